"""Handing in: the grade from the chain, the sealed and signed envelope, queued for delivery at once.

The last event, the envelope, its outbox entry and the attempt's new state are one transaction: a kill
leaves either a running attempt (nothing handed in) or a sealed result that will be delivered.
"""
from __future__ import annotations

import logging
from datetime import datetime
from typing import TYPE_CHECKING

from sqlalchemy import insert, update
from sqlalchemy.exc import SQLAlchemyError

from desktop.services.attempts.outcomes import SaveFailed, SubmissionReceipt
from desktop.store.db import reset_connections
from desktop.store.models import Attempt, AttemptEvent, OutboxItem, SealedResult
from desktop.store.station_keys import KeyStoreError
from examcore.chain import Event, EventKind
from examcore.clock import utc_naive
from examcore.grading import PaperGrade, grade_events
from examcore.sealed import Envelope, ResultPayload, seal_result

if TYPE_CHECKING:
    from desktop.services.attempts.active import ActiveAttempt

log = logging.getLogger(__name__)


def grade_with_late(attempt: ActiveAttempt) -> tuple[PaperGrade, list[int]]:
    """The grade from the chain, as every server computes it (answers past the limit ignored), and the
    sequence numbers of those late answers."""
    exam = attempt.exam
    return grade_events(attempt.paper, attempt.unlocked.content.questions, attempt.chain.events,
                        exam.duration_minutes, exam.pass_mark, exam.multiple_partial_credit)


def _seal(attempt: ActiveAttempt, events: list[Event], grade: PaperGrade, now: datetime) -> Envelope:
    """The sealed, signed envelope of the attempt (signed by the station's device key, which may live in
    the key helper: raises KeyStoreError when it cannot be reached)."""
    header, keys = attempt.unlocked.header, attempt.keys
    return seal_result(
        ResultPayload(attempt.attempt_id, attempt.seed, attempt.variant, attempt.paper.to_list(), events),
        exam_id=attempt.exam.exam_id, package_id=header.package_id, learner_no=attempt.learner.learner_no,
        sitting_id=attempt.chain.events[0].data.get("sitting_id") if attempt.chain.events else None,
        station_score=grade.score_text, outcome=grade.outcome.value,
        submitted_at=now.isoformat(), recipients=header.recipients, device_key=keys.device_key,
        device_id=keys.device_id)


def seal_and_queue(attempt: ActiveAttempt, reason: str) -> SubmissionReceipt:
    """Seal the attempt and queue it for delivery, in one transaction; the final event joins the chain
    only once it is stored. Raises SaveFailed (the station's keys cannot be reached, or the database
    refused): the answers are kept and the learner may try again."""
    grade, late = grade_with_late(attempt)
    now = attempt.now()
    final = attempt.chain.next_event(EventKind.SUBMITTED, attempt.elapsed_ms(), now.isoformat(),
                                     {"reason": reason, "score": grade.score_text,
                                      **({"late_answers": len(late)} if late else {})})
    try:
        envelope = _seal(attempt, [*attempt.chain.events, final], grade, now)
    except KeyStoreError as exc:   # the key helper is down: the answers are kept, the learner may retry
        log.error("cannot seal attempt %s: %s", attempt.attempt_id, exc)
        raise SaveFailed(f"the station's keys cannot be reached: {exc}") from exc
    naive, learner_no, exam = utc_naive(now), attempt.learner.learner_no, attempt.exam
    sessions = attempt.sessions
    try:
        with sessions.begin() as s:
            s.execute(insert(AttemptEvent).values(attempt_id=attempt.attempt_id, seq=final.seq,
                                                  blob=attempt.journal.sealed_blob(final)))
            s.add(SealedResult(result_id=envelope.result_id, attempt_id=attempt.attempt_id,
                               learner_no=learner_no, exam_id=exam.exam_id, envelope=envelope.to_bytes(),
                               content_hash=envelope.content_hash, sealed_at=naive))
            s.flush()
            s.add(OutboxItem(result_id=envelope.result_id, created_at=naive))
            s.execute(update(Attempt).where(Attempt.attempt_id == attempt.attempt_id).values(
                state="submitted", elapsed_ms=attempt.elapsed_ms(), saved_at=naive,
                result_id=envelope.result_id, score_text=grade.score_text, outcome=grade.outcome.value))
    except (SQLAlchemyError, OSError) as exc:
        reset_connections(sessions)
        raise SaveFailed(str(exc)) from exc
    attempt.chain.append(final)
    return SubmissionReceipt(envelope.result_id, envelope.content_hash, now, learner_no, attempt.learner.name,
                             exam.title, grade, exam.pass_mark, reason)
