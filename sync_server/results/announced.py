"""Attempts a station announced before delivering them: at each pull of the change feed a station lists the
attempts it has not delivered (in progress, or sealed and waiting), each as ``"ATTEMPT_ID LEARNER_NO
PACKAGE_ID"`` (a station before this names the attempt id alone; a server before this reads the first 36
characters). Each one is kept here, and one that is never delivered uses an attempt of its learner
(counted.py ``_attempts_used``): an outside round (issue 14) let a learner sit, see a poor score, delete the
attempt from the station's database (which their own account can write where the key service does not
guard it) and sit again; the second counted, and the first, announced at a pull, had left no trace."""
from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Collection, Iterable
from datetime import datetime

from sqlalchemy import exists, func, or_, select
from sqlalchemy.orm import Session

from examcore.cli_text import Words
from examcore.window import EARLY_START
from examcore.clock import local_stamp
from sync_server import audit
from sync_server.directory.service import subtree
from sync_server.models import (Alert, AnnouncedAttempt, Device, Learner, Package, Result, Sitting, SittingEvent,
                                SittingSeat)
from sync_server.sittings.rooms import stands_in
from sync_server.sittings.service import moved_away

log = logging.getLogger(__name__)


def announce(s: Session, device: Device, items: Iterable[str], now: datetime) -> set[tuple[str, str, str]]:
    """Keep every attempt the station ``device`` lists, with when it was first listed (``now``: naive UTC)
    and by which station, and whose it is where the item names its learner and package (the first named
    stays: a station cannot move an attempt to another learner later; one listed by its id alone, as a station
    before this lists them, or in a form not understood, is kept with none, filled in once an item names
    them). An item in a form not understood is kept too: an outside round put a junk row among a station's
    attempts so that its pulls looked like an earlier version's, which the pull history then did not judge.

    One that names a learner the station does not serve (on this server's roster in the units it serves,
    every unit when it was approved for none, or seated in a sitting of its room here) is kept and uses no
    attempt, with one alert for the pull: an outside round listed invented attempts of other units' learners
    from a station, and their honest results were held. Returns (exam, learner, package) of the attempts now
    using one (counted.hold_announced holds what they put over the allowance)."""
    named: dict[str, tuple[str, str]] = {}
    for item in items:
        parts = item.split()
        if not parts:
            continue
        whose = (parts[1], parts[2]) if len(parts) == 3 and len(parts[0]) <= 36 and len(parts[1]) <= 40 \
            and len(parts[2]) <= 36 else ("", "")
        if named.get(parts[0][:36], ("", ""))[0] == "":
            named[parts[0][:36]] = whose
    if not named:
        return set()
    known = {a.attempt_id: a for a in s.scalars(select(AnnouncedAttempt).where(AnnouncedAttempt.attempt_id.in_(named)))}
    fresh = {a: v for a, v in named.items() if a not in known or (known[a].learner_no == "" and v[0])}
    if not fresh:
        return set()
    exams = dict(s.execute(select(Package.package_id, Package.exam_id).where(
        Package.package_id.in_({p for _, p in fresh.values() if p}))).all())
    served = _served(s, device, {no for no, _ in fresh.values() if no}, {p for _, p in fresh.values() if p}, now)
    foreign = sorted({no for no, _ in fresh.values() if no and no not in served})
    using: set[tuple[str, str, str]] = set()
    for a, (learner, package) in sorted(fresh.items()):
        row = known.get(a) or AnnouncedAttempt(attempt_id=a, device_id=device.device_id, announced_at=now)
        row.learner_no, row.package_id, row.exam_id = learner, package, exams.get(package)
        moved = moved_away(s, device.device_id, learner, package, now) if learner and package in exams else None
        row.counts = (not learner or learner in served) and moved is None
        if row.counts:
            row.note = ""
        else:
            row.set_note(moved or NOT_SERVED)
        if a not in known:
            s.add(row)
        if row.counts and learner and row.exam_id:
            using.add((row.exam_id, learner, package))
    if foreign:
        log.warning("station %s listed attempts of %d learner(s) it does not serve", device.device_id, len(foreign))
        s.add(Alert(kind="announced_not_served", device_id=device.device_id, created_at=now,
                    detail=Words("the station listed attempts of {count} learner(s) it does not serve ({learners}): "
                                 "kept, not counted", count=len(foreign), learners=", ".join(foreign[:10])
                                 + (" …" if len(foreign) > 10 else ""))))
    return using


NOT_SERVED = Words("the station does not serve this learner")


def _served(s: Session, device: Device, learners: set[str], packages: set[str], now: datetime) -> set[str]:
    """Of ``learners``, those the station may have run an attempt of: on the roster in a unit it serves
    (approved for no unit, it serves them all, as learner_outside_unit has it, unless it stands in a room: a
    room PC that serves no unit is there for its sittings, as not_seated has it), or seated in a sitting of
    its room here (sittings/rooms.py) of one of ``packages``, not called off (round 15: a seat in any
    sitting of the room, called off or for another exam, served the learner for every exam), where the seat
    is not bound to another PC of the room (round 20: a room PC listed an invented attempt of a learner
    checked in at the PC beside it, and held their honest result, even after the sitting had closed)."""
    if not learners:
        return set()
    out: set[str] = set()
    if device.unit_id or not device.room:   # a room PC that serves no unit is there for its sittings only
        query = select(Learner.learner_no).where(Learner.learner_no.in_(learners))
        if device.unit_id:
            query = query.where(Learner.unit_id.in_(list(subtree(s, device.unit_id))))
        out = set(s.scalars(query))
    if device.room and learners - out:
        out |= {no for no, sitting in s.execute(
            select(SittingSeat.learner_no, Sitting).join(Sitting, Sitting.sitting_id == SittingSeat.sitting_id)
            .where(Sitting.room == device.room, Sitting.package_id.in_(packages),
                   SittingSeat.learner_no.in_(learners - out),
                   or_(SittingSeat.device_id.is_(None), SittingSeat.device_id == device.device_id),
                   ~exists().where(SittingEvent.sitting_id == Sitting.sitting_id, SittingEvent.kind == "cancelled")))
            if stands_in(s, device.unit_id, device.room, sitting, no)}
    # whoever else the station serves, not a learner whose seat in their latest sitting of the exam begun by
    # ``now`` is bound to another PC (round 21: a room PC enrolled for the learners' unit listed an invented
    # attempt of the learner at the PC beside it; round 23: a seat of an earlier sitting does not decide a
    # later one); a PC the seat was moved away from is judged by moved_away
    if out:
        latest: dict[str, tuple] = {}
        for no, begins, bound, state in s.execute(
                select(SittingSeat.learner_no, Sitting.starts_at, SittingSeat.device_id, SittingSeat.state)
                .join(Sitting, Sitting.sitting_id == SittingSeat.sitting_id)
                .where(Sitting.package_id.in_(packages), SittingSeat.learner_no.in_(out),
                       Sitting.starts_at - EARLY_START <= now,
                       ~exists().where(SittingEvent.sitting_id == Sitting.sitting_id,
                                       SittingEvent.kind == "cancelled"))):
            if no not in latest or begins > latest[no][0]:
                latest[no] = (begins, bound, state)
        out -= {no for no, (_, bound, state) in latest.items()
                if bound is not None and bound != device.device_id and state != "missing"}
    return out


def release(s: Session, attempt_id: str, actor: str, reason: str, now: datetime) -> AnnouncedAttempt:
    """An administrator releases an announced attempt that never came (the station's disk failed, the PC was
    re-imaged): it is kept, and uses no attempt from now on (the caller then lets the results it held count:
    counted.relieve_limit). ``actor``: who, as kept. Raises AnnouncedError:
    not_found, delivered (its result is here: decide that instead), released (already), bad_reason."""
    row = s.get(AnnouncedAttempt, attempt_id)
    if row is None:
        raise AnnouncedError("not_found", Words("no announced attempt {attempt_id} here", attempt_id=attempt_id))
    if s.scalar(select(Result.result_id).where(Result.attempt_id == attempt_id).limit(1)) is not None:
        raise AnnouncedError("delivered", Words("the result of attempt {attempt_id} is here: accept or reject it "
                                                "instead (xuefa-server decide)", attempt_id=attempt_id))
    if not row.counts:
        raise AnnouncedError("released", Words("attempt {attempt_id} uses no attempt already ({note})",
                                               attempt_id=attempt_id, note=row.note_words()))
    if not reason.strip():
        raise AnnouncedError("bad_reason", Words("releasing an attempt needs a reason"))
    row.counts = False
    row.set_note(Words("released by {actor} at {at}: {reason}", actor=actor, at=local_stamp(now),
                       reason=reason.strip()))
    audit.record(s, "announced.release", f"attempt:{attempt_id}", now, detail=f"{row.learner_no}: {reason.strip()}",
                 actor=actor)
    return row


class AnnouncedError(Exception):
    def __init__(self, code: str, detail: str):
        super().__init__(detail)
        self.code, self.detail = code, detail


def never_delivered(s: Session, learner_no: str | None = None) -> list[AnnouncedAttempt]:
    """Announced attempts that use an attempt and whose result never came, oldest first."""
    query = select(AnnouncedAttempt).where(AnnouncedAttempt.counts.is_(True), AnnouncedAttempt.learner_no != "",
                                           ~exists().where(Result.attempt_id == AnnouncedAttempt.attempt_id))
    if learner_no:
        query = query.where(AnnouncedAttempt.learner_no == learner_no)
    return list(s.scalars(query.order_by(AnnouncedAttempt.announced_at)))


def announced_unseen(s: Session, learners: Collection[str], exams: Collection[str]
                     ) -> Counter[tuple[str, str, str]]:
    """Per (exam, learner, package): the attempts announced and never delivered here (no result of theirs is
    stored)."""
    out: Counter[tuple[str, str, str]] = Counter()
    if not learners:
        return out
    for exam, learner, package, n in s.execute(
            select(AnnouncedAttempt.exam_id, AnnouncedAttempt.learner_no, AnnouncedAttempt.package_id, func.count())
            .where(AnnouncedAttempt.learner_no.in_(list(learners)), AnnouncedAttempt.exam_id.in_(list(exams)),
                   AnnouncedAttempt.counts.is_(True), ~exists().where(Result.attempt_id == AnnouncedAttempt.attempt_id))
            .group_by(AnnouncedAttempt.exam_id, AnnouncedAttempt.learner_no, AnnouncedAttempt.package_id)):
        if exam is not None:   # (always: the filter names exams)
            out[(exam, learner, package)] = n
    return out
