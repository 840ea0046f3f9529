"""A seat the proctor moves (sittings.service.move_seat) and what the move changes in the learner's standing,
in one transaction: the console's endpoint and the `sittings move-seat` command both come here, so neither
moves a seat without judging the learner's results again (issue 14, outside rounds 21 and 22).

- a result the newly bound PC delivered before the move is the seat's now (``seat_given``: its
  seat_other_device hold is lifted);
- the attempt the old PC told is given back, so results held for the attempt limit alone may count
  (``relieve_limit``);
- a seat moved back to a PC gives that PC's attempt its count back, which may put the learner over the
  allowance again: held, with an alert (``hold_announced``).
"""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from examcore.clock import utc_naive
from sync_server.models import Package, Sitting
from sync_server.results.counted import hold_announced, relieve_limit, seat_given
from sync_server.sittings.service import move_seat


def move_seat_and_judge(s: Session, sitting_id: str, learner_no: str, device_id: str | None, reason: str,
                        actor: str, now: datetime, evidence: str | None = None) -> None:
    """Free the learner's seat from its PC (``device_id`` None) or bind it to ``device_id``, logged with
    ``reason`` and ``actor`` (``evidence``: the proctor station's signed action, when it came from one), then
    judge the learner's results of the sitting's exam again. Raises SittingError (not_seated, seat_closed,
    bad_action, wrong_room, …) with nothing changed."""
    move_seat(s, sitting_id, learner_no, device_id, reason, actor, now, evidence)
    package_id, exam_id = s.execute(select(Package.package_id, Package.exam_id).join(
        Sitting, Sitting.package_id == Package.package_id).where(Sitting.sitting_id == sitting_id)).one()
    at = utc_naive(now)
    if device_id is not None:
        seat_given(s, package_id, learner_no, device_id, actor, at)
    relieve_limit(s, exam_id, learner_no, package_id, at)
    hold_announced(s, {(exam_id, learner_no, package_id)}, at, device_id)
