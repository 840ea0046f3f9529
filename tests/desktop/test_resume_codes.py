"""A station that comes back after a crash: within the grace period the exam simply continues; after it,
only the proctor's resume code for this station's challenge lets it continue (no network anywhere)."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from desktop.controller import StationController
from desktop.station import Station
from desktop.ui.proctor.proctor_tool import ProctorTool
from examcore.chain import EventKind
from examcore.proctor_codes import RESUME, make_code, new_challenge
from tests.desktop.conftest import restarted, stop, type_start_code
from tests.conftest import LEARNER, PROCTOR_PASSWORD, START_CODE, another_attempt, another_station, give_proctor_key


def _crash_mid_exam(station: Station) -> str:
    learner = station.accounts.login(*LEARNER).learner
    pkg = station.library.listings(LEARNER[0])[0].package_id
    attempt = station.attempts.begin(learner, station.attempts.unlock(pkg, START_CODE))
    q = attempt.unlocked.content.questions[attempt.paper.items[0].question_id]
    attempt.save_answer(q.id, q.answer)
    return attempt.attempt_id   # the process dies here: nothing else is written


@pytest.fixture
def restart(qtbot, station, clock):
    """Open the station's folder again, as the station does after a crash."""
    made = []

    def again() -> StationController:
        ctl = restarted(qtbot, station.data_dir, clock)
        made.append(ctl)
        if ctl.key_gate is not None:   # a restart: the exam's start code first (kept in memory only)
            type_start_code(qtbot, ctl, START_CODE)
        return ctl
    yield again
    for ctl in made:
        stop(ctl)


def test_back_within_the_grace_period_the_exam_just_continues(station, later, restart):
    attempt_id = _crash_mid_exam(station)
    later(minutes=3)
    ctl = restart()
    assert ctl.exam is not None and ctl.gate is None
    assert ctl.exam.attempt.attempt_id == attempt_id and len(ctl.exam.attempt.responses) == 1
    # said, so the learner knows nothing was lost (found by an outside tester: the exam just reappeared)
    assert ctl.exam.warning_label.isVisibleTo(ctl.exam)
    assert ctl.exam.warning_label.text().startswith("Your exam has been restored: your 1 answer(s) and your "
                                                    "remaining time ")


def test_after_the_grace_period_only_this_stations_resume_code_opens_the_exam(qtbot, station, later, restart):
    attempt_id = _crash_mid_exam(station)
    later(minutes=20)
    ctl = restart()
    gate = ctl.gate
    assert ctl.exam is None and gate is not None and ctl.main.currentWidget() is gate
    challenge = gate.challenge_label.text()
    assert restart().gate.challenge_label.text() == challenge      # the same until a code is used
    # a code made for another station's (or attempt's) challenge, with the right exam key, is refused
    with ctl.station.sessions() as s:
        from desktop.store.models import Attempt
        row = s.get(Attempt, attempt_id)
    key = give_proctor_key(ctl.station, ctl.station.library.load(row.package_id).header)
    device = ctl.station.keys.device_id
    for other in (new_challenge(another_station(device), attempt_id),
                  new_challenge(device, another_attempt(device, attempt_id))):
        qtbot.keyClicks(gate.code_edit, make_code(key, RESUME, other))
        qtbot.mouseClick(gate.continue_button, Qt.MouseButton.LeftButton)
        assert "not the resume code" in gate.error_label.text() and ctl.exam is None
    # the proctor's tool on this (or any) station makes the right one from the proctor password
    tool = ProctorTool(ctl.station.library, ctl.station.attempts)
    qtbot.addWidget(tool)
    tool.password_edit.setText(PROCTOR_PASSWORD)
    tool.challenge_edit.setText(challenge.lower())
    qtbot.mouseClick(tool.make_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tool.code_label.text() != "", timeout=10_000)
    qtbot.keyClicks(gate.code_edit, tool.code_label.text())
    qtbot.mouseClick(gate.continue_button, Qt.MouseButton.LeftButton)
    assert ctl.exam is not None and ctl.exam.attempt.attempt_id == attempt_id
    assert len(ctl.exam.attempt.responses) == 1 and "has been restored" in ctl.exam.warning_label.text()
    assert ctl.exam.attempt.chain.events[-1].kind == EventKind.RESUMED_BY_CODE


def test_five_wrong_codes_change_the_challenge(qtbot, station, later, restart):
    _crash_mid_exam(station)
    later(minutes=20)
    gate = restart().gate
    first = gate.challenge_label.text()
    for _ in range(5):
        qtbot.keyClicks(gate.code_edit, "AAAA-AAAA")
        qtbot.mouseClick(gate.continue_button, Qt.MouseButton.LeftButton)
    assert gate.challenge_label.text() != first and "has changed" in gate.error_label.text()


def test_the_proctor_tool_wants_the_proctor_password_not_the_start_code(qtbot, station):
    tool = ProctorTool(station.library, station.attempts)
    qtbot.addWidget(tool)
    tool.password_edit.setText(START_CODE)   # what a learner heard read out
    tool.challenge_edit.setText("4K7Q-M2XD-8R")
    qtbot.mouseClick(tool.make_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tool.error_label.text() != "", timeout=10_000)
    assert "proctor password is not right" in tool.error_label.text() and tool.code_label.text() == ""
    tool.challenge_edit.setText("12")
    qtbot.mouseClick(tool.make_button, Qt.MouseButton.LeftButton)
    assert "10 letters and digits" in tool.error_label.text()


def test_wrong_proctor_passwords_at_the_resume_gate_are_slowed(qtbot, station, later, restart):
    from desktop.ui.exam.proctor_dialog import PasswordTries
    _crash_mid_exam(station)
    later(minutes=20)
    ctl = restart()
    gate = ctl.gate
    for guess in ("guess-1", "guess-2", "guess-3"):
        qtbot.keyClicks(gate.password_edit, guess)
        qtbot.mouseClick(gate.continue_button, Qt.MouseButton.LeftButton)
    assert PasswordTries.wrong == 3
    qtbot.keyClicks(gate.password_edit, PROCTOR_PASSWORD)   # the right one waits too, and is not used up
    qtbot.mouseClick(gate.continue_button, Qt.MouseButton.LeftButton)
    assert ctl.exam is None and "next try is possible in" in gate.error_label.text()
    PasswordTries.succeeded()   # the wait is over
    qtbot.keyClicks(gate.password_edit, PROCTOR_PASSWORD)
    qtbot.mouseClick(gate.continue_button, Qt.MouseButton.LeftButton)
    assert ctl.exam is not None
