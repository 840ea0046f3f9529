"""A learner's moves between units (调动), kept so that the unit rule judges a result by the units the learner
had when the attempt was sat, not by the roster of the day the result arrived (issue 20: a learner who sat
the exam in U1 and moved to U2 before U1's station synced was flagged ``learner_outside_unit``).

A move is recorded where it is made (``put_learner``) with that server's time, and travels down in the
learner's change body as ``moved_at``, so a centre and its province date the move alike and reach the
same verdict (unit_rules, which the ingest and the directory's checks both ask).
"""
from __future__ import annotations

from datetime import datetime, timezone

from sqlalchemy import select
from sqlalchemy.orm import Session

from examcore.exam import unit_path
from sync_server.models import Learner, LearnerTransfer, Unit


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


def unit_rules(s: Session, learner_no: str, units: tuple[str, ...], began: datetime | None = None,
               parents: dict[str, str | None] | None = None) -> list[str]:
    """The learner is on this server's roster, and a unit they belonged to lies in every subtree the
    result's vouchers serve. ``began``: when the attempt began (aware, or naive UTC; the clock skew allowed
    already taken off): a learner moved since then is judged by every unit they had from then until now
    (units_held_since); None: by their unit now. A station that serves no unit (a centre's room
    PC) vouches for no one outside this server's roster. ``parents``: each unit's parent as read so far, kept by
    a caller judging a batch (the session does not keep a unit no one refers to: it was read again per result)."""
    learner = s.get(Learner, learner_no)
    if learner is None:
        return ["learner_outside_unit"]
    if not units or _under_all(s, learner.unit_id, units, parents):
        return []
    if began is not None:   # asked only when the unit now fails: most results never read the moves
        since = began.astimezone(timezone.utc).replace(tzinfo=None) if began.tzinfo else began
        if any(_under_all(s, unit, units, parents)
               for unit in units_held_since(s, learner, since) - {learner.unit_id}):
            return []
    return ["learner_outside_unit"]


def _under_all(s: Session, unit_id: str, units: tuple[str, ...], parents: dict[str, str | None] | None = None) -> bool:
    known = parents if parents is not None else {}

    def parent(u: str) -> str | None:
        if u not in known:
            known[u] = getattr(s.get(Unit, u), "parent_id", None)
        return known[u]
    path = unit_path(unit_id, parent)
    return all(u in path for u in units)
