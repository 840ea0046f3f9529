"""Who a make-up is for: a passing result an administrator rejected (a forged full-marks result from a
foreign station, say), or one still held, keeps no learner out of the make-up (a fourth outside round of
issue 14: builder.makeup_learners read every result of the main exam, whatever its review)."""
from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from examcore.banks import ImportReport
from examcore.blueprint import GENERAL, Blueprint, Section
from examcore.clock import utc_naive
from examcore.exam import ExamDefinition
from examcore.questions import QuestionType
from sync_server.directory.service import LearnerFields, put_learner, put_unit
from sync_server.exams.builder import build_exam, makeup_learners
from sync_server.exams.question_bank import import_questions
from sync_server.models import Result
from tests.factories import make_pool


@pytest.mark.parametrize("review", ["rejected", "held"])
def test_a_rejected_or_held_pass_keeps_no_learner_out_of_the_makeup(server, review):
    now = utc_naive(server.clock.now())
    with server.sessions.begin() as s:
        import_questions(s, [ImportReport("pool", questions=make_pool(10))], "题库", "test", now)
        put_unit(s, "P", "示范省", "province", None, now)
        put_unit(s, "A", "甲局", "unit", "P", now)
        put_learner(s, "a2", LearnerFields("a2", "A"), now)
    start = datetime.now(timezone.utc) - timedelta(days=1)
    exam = ExamDefinition("2026-annual", "2026年度学法考试", 60, 3, start, start + timedelta(days=30),
                          {GENERAL: Blueprint((Section(QuestionType.SINGLE, 5, 1),))})
    main = build_exam(server, exam, "题库", [])
    with server.sessions.begin() as s:
        s.add(Result(result_id="forged", content_hash="h", envelope=b"{}", package_id=main.package_id,
                     exam_id="2026-annual", learner_no="a2", device_id="d", sitting_id=None, station_score="5",
                     server_score="5", outcome="passed", pending_points=0, submitted_at="2026-10-01T10:00:00",
                     received_at=now, source="http", receipt=b"", flags="learner_outside_unit", review=review,
                     reviewed_by="admin" if review == "rejected" else None,
                     reviewed_at=now if review == "rejected" else None, review_reason="forged"))
    with server.sessions() as s:
        assert makeup_learners(s, exam, "2026-annual") == ["a2"]   # a2 has no passing result that counts
