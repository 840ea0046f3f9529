"""Which exam room a station stands in. A room is named by the unit that runs it: two units' 第一考场 are
two rooms. A station enrolled for a room stands in a sitting's room when the names match and the sitting's
unit is the station's own or one below it (a station approved for no unit, or a sitting of no unit, is
judged by the name alone). Issue 14, outside round 14: a station of unit U2 enrolled for its own 第一考场
checked in a U1 learner seated in U1's 第一考场, bound the seat to itself and received the exam's key."""
from __future__ import annotations

from sqlalchemy.orm import Session

from sync_server.models import Sitting, Unit

MAX_DEPTH = 64   # a units' tree is a handful of levels deep; a loop in damaged data ends here


def stands_in(s: Session, unit_id: str | None, room: str | None, sitting: Sitting) -> bool:
    """Whether a station serving ``unit_id`` (None: every unit), enrolled for ``room``, stands in the
    sitting's room."""
    if not room or room != sitting.room:
        return False
    return unit_id is None or sitting.unit_id is None or within(s, sitting.unit_id, unit_id)


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
