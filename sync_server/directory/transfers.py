"""A learner's moves between units (调动), kept so that the unit rule judges a result by the units the learner
had when the attempt was sat, not by the roster of the day the result arrived (issue 20: a learner who sat
the exam in U1 and moved to U2 before U1's station synced was flagged ``learner_outside_unit``).

A move is recorded where it is made (``put_learner``) with that server's time, and travels down in the
learner's change body as ``moved_at``, so a centre and its province date the move alike and reach the
same verdict (sync_server/results/acceptance.py).
"""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from sync_server.models import Learner, LearnerTransfer


def record_move(s: Session, learner_no: str, from_unit: str, to_unit: str, at: datetime) -> None:
    """Keep one move. ``at``: naive UTC, as every server time is stored."""
    s.add(LearnerTransfer(learner_no=learner_no, from_unit=from_unit, to_unit=to_unit, moved_at=at))


def units_held_since(s: Session, learner: Learner, since: datetime) -> set[str]:
    """The units the learner belonged to at any moment from ``since`` (naive UTC) until now: the unit they
    have now, and the unit they left by each move made since then."""
    left = s.scalars(select(LearnerTransfer.from_unit).where(LearnerTransfer.learner_no == learner.learner_no,
                                                             LearnerTransfer.moved_at >= since))
    return {learner.unit_id, *left}


def moves(s: Session, learner_no: str) -> list[LearnerTransfer]:
    """Every move of the learner kept here, oldest first (``learners show``)."""
    return list(s.scalars(select(LearnerTransfer).where(LearnerTransfer.learner_no == learner_no)
                          .order_by(LearnerTransfer.moved_at, LearnerTransfer.id)))
