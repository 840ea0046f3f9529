"""Which exam room a station stands in, for a learner. A room is named by the unit that runs it: two units'
第一考场 are two rooms. A station enrolled for a room stands in a sitting's room for a learner when the names
match, the station serves the learner (their unit is the station's or below it; a station approved for no
unit serves all), and the station's unit and the sitting's are one line of the units' tree (one is the
other or above it; a sitting of no unit is the whole server's).

Issue 14: a station of unit U2 enrolled for its own 第一考场 checked in a U1 learner seated in U1's 第一考场,
bound the seat to itself and received the exam's key (outside round 14); the same through a sitting made
without a unit (round 15); and a room's PCs enrolled for the learners' unit below the unit that runs the
sitting were refused (round 15)."""
from __future__ import annotations

from sqlalchemy.orm import Session

from sync_server.models import Learner, Sitting, Unit

MAX_DEPTH = 64   # a units' tree is a handful of levels deep; a loop in damaged data ends here


def stands_in(s: Session, unit_id: str | None, room: str | None, sitting: Sitting, learner_no: str) -> bool:
    """Whether a station serving ``unit_id`` (None: every unit), enrolled for ``room``, stands in the
    sitting's room for the learner ``learner_no``."""
    if not room or room != sitting.room:
        return False
    if unit_id is None:
        return True
    learner = s.get(Learner, learner_no)
    if learner is None or not within(s, learner.unit_id, unit_id):
        return False
    return sitting.unit_id is None or within(s, sitting.unit_id, unit_id) or within(s, unit_id, sitting.unit_id)


def within(s: Session, unit_id: str, ancestor: str) -> bool:
    """Whether ``unit_id`` is ``ancestor`` or a unit below it (walks up the parents: a few rows, kept in the
    session)."""
    current: str | None = unit_id
    for _ in range(MAX_DEPTH):
        if current is None:
            return False
        if current == ancestor:
            return True
        unit = s.get(Unit, current)
        current = unit.parent_id if unit is not None else None
    return False
