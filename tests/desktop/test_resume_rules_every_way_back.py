"""Outside round 79 (issue 15): the resume rules on every way back to an interrupted attempt. The row's
"closed by the proctor" flag, which the learner's account can write, skipped the resume code; an attempt the
proctor closed was stranded once its window ended ("continue" greyed, never handed in); a clock set back
was told as "away longer than allowed"."""
from __future__ import annotations

import sqlite3

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from tests.conftest import LEARNER, START_CODE, answered_attempt
from tests.desktop.conftest import restarted, stop, type_start_code
from tests.desktop.ui_helpers import log_in


def _back_in(qtbot, ctl) -> None:
    """The learner logs in and continues their exam (the start code typed when asked)."""
    log_in(qtbot, ctl.login, *LEARNER)
    qtbot.mouseClick(ctl.home.enter_button, Qt.MouseButton.LeftButton)
    if ctl.key_gate is not None:
        type_start_code(qtbot, ctl, START_CODE)


def test_the_closed_flag_written_by_the_learner_does_not_skip_the_resume_code(key_helper, qtbot, tmp_path,
                                                                             clock, later, station):
    attempt_id = answered_attempt(station).attempt_id
    station.close()   # the program killed; the key service keeps the exam's key
    later(minutes=90)
    with sqlite3.connect(station.data_dir / "station.sqlite3") as db:   # the learner's to write
        db.execute("UPDATE attempts SET closed_by_proctor = 1 WHERE attempt_id = ?", (attempt_id,))
    ctl = restarted(qtbot, station.data_dir, clock)
    try:
        assert ctl.exam is None   # (marked closed: it waits for its learner)
        _back_in(qtbot, ctl)
        assert ctl.exam is None and ctl.gate is not None   # the proctor never closed it: the resume code
    finally:
        stop(ctl)


def test_an_attempt_the_proctor_closed_is_continued_after_its_window_and_without_the_resume_code(
        qtbot, clock, later, station):
    attempt = answered_attempt(station)
    attempt.close_by_proctor()   # with the proctor's password or code: logged in its record
    station.close()
    later(seconds=int((attempt.exam.window_end - clock.now()).total_seconds()) + 3600)   # the window ended
    ctl = restarted(qtbot, station.data_dir, clock)
    try:
        assert ctl.exam is None and ctl.key_gate is None   # not reopened by itself
        _back_in(qtbot, ctl)
        assert ctl.exam is not None and ctl.exam.attempt.attempt_id == attempt.attempt_id   # to hand it in
    finally:
        stop(ctl)


def test_a_clock_set_back_is_told_as_the_clock(qtbot, clock, later, station):
    answered_attempt(station)
    station.close()
    later(minutes=-30)   # back within a minute, but the PC's clock went back half an hour
    ctl = restarted(qtbot, station.data_dir, clock)
    try:
        type_start_code(qtbot, ctl, START_CODE)
        said = " ".join(w.text() for w in ctl.gate.findChildren(QLabel))
        assert "clock is behind" in said and "away longer" not in said
    finally:
        stop(ctl)
