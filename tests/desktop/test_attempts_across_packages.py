"""An exam built again on purpose (--again: both packages open): one station let a learner start the second
package while an attempt of the first was still running (it counted only attempts handed in), and the
server then held both (a fourth outside round of issue 14). An attempt running in another package of the
exam uses the attempt: the start is refused, naming it."""
from __future__ import annotations

import pytest

from desktop.services.accounts import LearnerInfo
from desktop.services.attempts import AttemptRefused
from desktop.station import Station
from examcore.sync_client import SyncClient
from sync_server.devices import create_code
from sync_server.exams.builder import build_exam
from tests.server_fixtures import annual_exam


def test_an_attempt_running_in_another_package_of_the_exam_uses_the_attempt(server, live_server, tmp_path, clock):
    exam = annual_exam(server)
    first = build_exam(server, exam, "题库", [])
    second = build_exam(server, exam, "题库", [], again=True)
    station = Station.open(tmp_path / "station", clock)
    try:
        station.enrolment.enrol(live_server, "01", create_code(server, unit_id="P"))
        station.downward.pull(SyncClient(live_server, station.keys))
        a2 = LearnerInfo("a2", "a2", "甲局", False)
        one = station.attempts.begin(a2, station.attempts.unlock(first.package_id, first.start_code))
        with pytest.raises(AttemptRefused) as refused:
            station.attempts.begin(a2, station.attempts.unlock(second.package_id, second.start_code))
        assert refused.value.code == "no_attempts_left"
        assert [p["attempt_id"] for p in refused.value.places] == [one.attempt_id]
    finally:
        station.close()
