"""Outside round 19 on issue 14: a room PC whose clock or time zone is off (Windows showing the right local
time in the wrong zone) is refused by the centre at every signed request (clock_skew). The learner waiting
for the sitting read that the server could not be reached and to use the start code (whose result the wrong
clock would then get held); now they are told to have the date, time and time zone set."""
from __future__ import annotations

from desktop.ui.exam.waiting_page import WaitingPage
from examcore.sync_client import SyncError
from tests.conftest import LEARNER


def test_a_waiting_learner_at_a_pc_whose_clock_is_off_is_told_to_have_it_set(controller, station):
    learner = station.accounts.login(*LEARNER).learner
    controller.waiting = WaitingPage(learner, {"title": "2026年度学法考试", "room": "第一考场",
                                               "starts_at": "2026-12-06T09:00:00+08:00"})
    try:
        controller._check_in_failed(learner, SyncError("clock_skew", "request time is 28800 s off the server's clock"))
        said = controller.waiting.status_label.text()
        assert "time zone" in said and "cannot be reached" not in said, said
        controller._check_in_failed(learner, SyncError("unreachable", "connection refused"))
        assert "cannot be reached" in controller.waiting.status_label.text()   # a LAN cut is still said so
    finally:
        controller._poll.stop()
