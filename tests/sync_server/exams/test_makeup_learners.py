"""Who a make-up is for: a passing result an administrator rejected (a forged full-marks result from a
foreign station, say) keeps no learner out of the make-up (a fourth outside round of issue 14:
builder.makeup_learners read every result of the main exam, whatever its review); a learner with a result
still held is not listed until an administrator decides (a fifth round: one over the main exam's
allowance was offered the make-up, and its result counted)."""
from __future__ import annotations

import pytest

from examcore.clock import utc_naive
from sync_server.exams.builder import build_exam, makeup_learners
from sync_server.models import Result
from tests.server_fixtures import annual_exam


@pytest.mark.parametrize("review", ["rejected", "held"])
def test_a_rejected_pass_keeps_no_learner_out_of_the_makeup_and_a_held_one_waits(server, review):
    exam = annual_exam(server)
    now = utc_naive(server.clock.now())
    main = build_exam(server, exam, "题库", [])
    with server.sessions.begin() as s:
        s.add(Result(result_id="forged", content_hash="h", envelope=b"{}", package_id=main.package_id,
                     exam_id="2026-annual", learner_no="a2", device_id="d", sitting_id=None, station_score="5",
                     server_score="5", outcome="passed", pending_points=0, submitted_at="2026-10-01T10:00:00",
                     received_at=now, source="http", receipt=b"", flags="learner_outside_unit", review=review,
                     reviewed_by="admin" if review == "rejected" else None,
                     reviewed_at=now if review == "rejected" else None, review_reason="forged"))
    with server.sessions() as s:
        # rejected: a2 has no passing result that counts; held: an administrator decides first
        assert makeup_learners(s, exam, "2026-annual") == (["a2"] if review == "rejected" else [])
