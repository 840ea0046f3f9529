"""With no network the proctor still gives extra time, pauses and restarts one learner's clock: the exam
window shows a challenge, the proctor's tool turns it into a code, and only that code, for this station,
attempt, action and number of minutes, does it, once."""
from __future__ import annotations

from PySide6.QtCore import Qt

from desktop.services.sitting_reporter import seat_report
from desktop.ui.proctor.proctor_tool import ProctorTool
from examcore.chain import EventKind
from examcore.proctor_codes import EXTRA_TIME, PAUSE, UNPAUSE, group
from tests.conftest import LEARNER, PROCTOR_PASSWORD, START_CODE, give_proctor_key
from tests.desktop.ui_helpers import log_in, when_modal


def _enter_exam(qtbot, controller, holds_key: bool = True):
    """The learner in the exam; ``holds_key``: the station was given the proctor key (by its server)."""
    if holds_key:
        give_proctor_key(controller.station, controller.station.library.load(
            controller.station.library.listings(LEARNER[0])[0].package_id).header)
    controller.start()
    log_in(qtbot, controller.login, *LEARNER)
    qtbot.mouseClick(controller.home.enter_button, Qt.MouseButton.LeftButton)
    dialog = controller.start_dialog
    qtbot.keyClicks(dialog.code_edit, START_CODE)
    with qtbot.waitSignal(dialog.finished, timeout=20_000):
        dialog.buttons.accepted.emit()
    return controller.exam


def _tool_code(qtbot, station, challenge: str, action: str, minutes: int = 10) -> str:
    """What the proctor reads off the proctor tool (on any station, with the proctor password)."""
    tool = ProctorTool(station.library, station.attempts)
    qtbot.addWidget(tool)
    tool.action_combo.setCurrentIndex(tool.action_combo.findData(action))
    tool.minutes_spin.setValue(minutes)
    tool.password_edit.setText(PROCTOR_PASSWORD)
    tool.challenge_edit.setText(challenge)
    qtbot.mouseClick(tool.make_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tool.code_label.text() != "", timeout=20_000)
    return tool.code_label.text()


def _type_code(qtbot, exam, action: str, code: str, minutes: int = 10, reason: str = "换机") -> dict:
    """Open the exam window's proctor dialog and type the code; what the dialog showed."""
    seen: dict = {}

    def act(dialog) -> None:
        seen["challenge"] = dialog.challenge_label.text()
        seen["actions"] = [dialog.action_combo.itemData(i) for i in range(dialog.action_combo.count())]
        dialog.action_combo.setCurrentIndex(dialog.action_combo.findData(action))
        dialog.minutes_spin.setValue(minutes)
        dialog.reason_edit.setText(reason)
        qtbot.keyClicks(dialog.code_edit, code)
        dialog.use_code()
        seen["error"] = dialog.error_label.text()
        seen["accepted"] = not dialog.isVisible()
        if dialog.isVisible():
            dialog.reject()
    when_modal(act)
    qtbot.mouseClick(exam.proctor_button, Qt.MouseButton.LeftButton)
    return seen


def test_extra_time_by_code_extends_only_with_the_right_code_and_only_once(qtbot, controller, station):
    exam = _enter_exam(qtbot, controller)
    attempt = exam.attempt
    before = attempt.remaining_ms()
    challenge = attempt.codes.challenge()
    # a code for another action, or for other minutes, on this very challenge does nothing
    for action, minutes in ((PAUSE, 0), (EXTRA_TIME, 10)):
        seen = _type_code(qtbot, exam, EXTRA_TIME, _tool_code(qtbot, station, challenge, action, minutes), minutes=15)
        assert not seen["accepted"] and "not right" in seen["error"] and seen["challenge"] == group(challenge)
    assert attempt.remaining_ms() == before
    code = _tool_code(qtbot, station, challenge, EXTRA_TIME, 15)
    seen = _type_code(qtbot, exam, EXTRA_TIME, code, minutes=15, reason="电脑故障换机")
    assert seen["accepted"]
    assert attempt.remaining_ms() == before + 15 * 60_000
    assert "15" in exam.warning_label.text()
    event = [e for e in attempt.chain.events if e.kind == EventKind.EXTRA_TIME][-1]
    assert event.data == {"minutes": 15, "reason": "电脑故障换机", "action_id": "code:" + challenge,
                          "proof": {"code": code.replace("-", "")}}   # the servers verify it again
    # the same code again: the challenge was spent, the station shows a new one, and the old code fails
    again = _type_code(qtbot, exam, EXTRA_TIME, code, minutes=15)
    assert not again["accepted"] and again["challenge"] != group(challenge)
    assert attempt.remaining_ms() == before + 15 * 60_000
    assert seat_report(attempt)["by_code"] == [{"action_id": "code:" + challenge, "kind": "extra_time",
                                                "minutes": 15, "reason": "电脑故障换机", "at": event.wall,
                                                "code": code.replace("-", "")}]   # the centre verifies it


def test_pause_by_code_hides_the_questions_and_stops_only_then_the_clock(qtbot, controller, station, later):
    exam = _enter_exam(qtbot, controller)
    attempt = exam.attempt
    seen = _type_code(qtbot, exam, PAUSE, _tool_code(qtbot, station, attempt.codes.challenge(), PAUSE))
    assert seen["actions"] == [EXTRA_TIME, PAUSE] and seen["accepted"]
    assert attempt.paused and exam.paused_label.isVisible() and not exam.body_widget.isVisible()
    frozen = attempt.remaining_ms()
    later(minutes=7)
    assert attempt.remaining_ms() == frozen
    seen = _type_code(qtbot, exam, UNPAUSE, _tool_code(qtbot, station, attempt.codes.challenge(), UNPAUSE))
    assert seen["actions"] == [UNPAUSE] and seen["accepted"]      # paused, the dialog offers only the restart
    assert not attempt.paused and exam.body_widget.isVisible() and not exam.paused_label.isVisible()
    later(minutes=2)
    assert attempt.remaining_ms() == frozen - 2 * 60_000
    assert [a["kind"] for a in seat_report(attempt)["by_code"]] == ["pause", "unpause"]


def test_five_wrong_codes_replace_the_challenge(qtbot, controller):
    exam = _enter_exam(qtbot, controller)
    attempt = exam.attempt
    first = attempt.codes.challenge()
    outcomes = [attempt.codes.use(PAUSE, "AAAA-AAAA") for _ in range(5)]
    assert outcomes == ["wrong"] * 4 + ["new_challenge"]
    assert attempt.codes.challenge() != first and not attempt.paused
