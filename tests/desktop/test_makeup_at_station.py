"""A learner who failed the main exam sits the make-up at a station (a fourth outside round of issue 14: it
was refused, the station counting the main and the make-up attempts together, as one exam id has both; the
servers count each kind against its own allowance)."""
from __future__ import annotations

from dataclasses import replace

import pytest

from desktop.services.accounts import LearnerInfo
from desktop.services.attempts import AttemptRefused
from desktop.station import Station
from examcore.clock import utc_naive
from examcore.exam import Eligibility
from examcore.sync_client import SyncClient
from sync_server.devices import create_code
from sync_server.exams.builder import build_exam
from sync_server.models import Result
from tests.server_fixtures import annual_exam


def test_a_learner_who_failed_the_main_exam_sits_the_makeup_once(server, live_server, tmp_path, clock):
    main_def = annual_exam(server)
    now = utc_naive(server.clock.now())
    assert main_def.max_attempts == 1
    main = build_exam(server, main_def, "题库", [])
    station = Station.open(tmp_path / "station", clock)
    try:
        station.enrolment.enrol(live_server, "01", create_code(server, unit_id="P"))
        station.downward.pull(SyncClient(live_server, station.keys))
        a2 = LearnerInfo("a2", "a2", "甲局", False)
        # a2 sits the main exam here and fails (no answers)
        station.attempts.begin(a2, station.attempts.unlock(main.package_id, main.start_code)).submit("learner")
        with server.sessions.begin() as s:   # the server holds a2's failed main result
            s.add(Result(result_id="m1", content_hash="h", envelope=b"{}", package_id=main.package_id,
                         exam_id="2026-annual", learner_no="a2", device_id="d", sitting_id=None, station_score="0",
                         server_score="0", outcome="failed", pending_points=0,
                         submitted_at="2026-10-01T10:00:00", received_at=now, source="http", receipt=b""))
        makeup = build_exam(server, replace(main_def, title="2026年度学法考试（补考）", eligibility=Eligibility()),
                            "题库", [], makeup_of="2026-annual")
        assert makeup.makeup_for == 1
        station.downward.pull(SyncClient(live_server, station.keys))
        unlocked = station.attempts.unlock(makeup.package_id, makeup.start_code)
        assert unlocked.content.exam.is_makeup and unlocked.content.exam.max_attempts == 1
        # the make-up is the learner's right: its own count (server: counted.attempt_limits by kind) is 0
        station.attempts.begin(a2, unlocked).submit("learner")
        with pytest.raises(AttemptRefused) as refused:   # the make-up's own allowance: one
            station.attempts.begin(a2, station.attempts.unlock(makeup.package_id, makeup.start_code))
        assert refused.value.code == "no_attempts_left"
    finally:
        station.close()
