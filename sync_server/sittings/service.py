"""Sittings (场次) at an exam centre: who is seated, the start that releases the exam's content key to the
room's stations over the LAN, what each station reports, and the audit log of it all.

The content key travels sealed (HPKE) to a one-time X25519 key the station puts in its signed check-in
request, bound to the sitting and the station: nothing on the LAN can read or replay it elsewhere.
"""
from __future__ import annotations

import json
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import exists, func, select
from sqlalchemy.orm import Session

from examcore import canonical
from examcore.cli_text import Words
from examcore.clock import from_utc_naive, local_stamp, utc_naive
from examcore.crypto.hybrid import open_with, seal_to
from examcore.errors import PackageError
from examcore.package import parse_package
from examcore.proctor_action import verify_action
from examcore.proctor_codes import CODE_ACTION_PREFIX, EXTRA_TIME, challenge_from, code_ok
from examcore.proctor_codes import station_key as proctor_station_key
from examcore.sitting_key import key_info, proctor_key_info
from examcore.startcode import normalize_start_code
from examcore.window import EARLY_START
from sync_server import audit, changes
from sync_server.context import ServerContext
from sync_server.models import (AnnouncedAttempt, Device, Learner, Package, Result, SeenNonce, Sitting,
                                SittingAction, SittingEvent, SittingSeat, Unit)
from sync_server.directory.roster_files import STATUS_NAMES
from sync_server.sittings.rooms import stands_in, within

SAME_DAY = timedelta(hours=12)       # a check-in looks for sittings starting within this of now
REPORTED = ("waiting", "in_progress", "submitted")


class SittingError(Exception):
    """codes: not_found, unknown_package, unknown_learner, not_active, no_attempts_left, already_started, closed,
    not_logged_in (a hand-in for a seat with no attempt),
    bad_time, not_seated, seat_closed, wrong_room, bad_action. ``learners``: the learners it is about, as
    people read them ("1101… 王小明（免考：病休）"), where it is about some. ``times``: the moments it names
    (aware: the exam's window for outside_window, the start for already_started), for a message in local time."""

    def __init__(self, code: str, detail: str, learners: tuple[str, ...] = (), times: tuple[datetime, ...] = ()):
        super().__init__(detail)
        self.code, self.detail, self.learners, self.times = code, detail, learners, times


def log(s: Session, sitting_id: str, kind: str, actor: str, now: datetime, learner_no: str | None = None,
        detail: str = "", evidence: str | None = None) -> None:
    s.add(SittingEvent(sitting_id=sitting_id, kind=kind, learner_no=learner_no, actor=actor, detail=detail,
                       created_at=utc_naive(now), evidence=evidence))


def check_signed(ctx: ServerContext, s: Session, signed: dict | None, sitting_id: str, kind: str, now: datetime,
                 learner_no: str | None = None, minutes: int = 0, reason: str = "") -> str:
    """A proctor's action as the proctor's station signed it: that station is enrolled and current here, the
    signature verifies, it says what is being done, it is fresh and never seen before. Returns the evidence
    kept with the action (JSON); raises SittingError otherwise."""
    if not signed:
        raise SittingError("unsigned", "proctor actions come from the proctor console on a station enrolled with "
                                       "this centre; this one sent none")
    device = s.get(Device, str((signed.get("action") or {}).get("device_id", "")))
    if device is None or device.status != "approved" or (
            device.certificate_expires_at is not None and device.certificate_expires_at < utc_naive(now)):
        raise SittingError("unknown_station", "the proctor console's station is not enrolled (or no longer) "
                                              "with this centre")
    action = verify_action(device.public_key, signed)
    if action is None:
        raise SittingError("bad_signature", "the proctor station's signature does not verify")
    wanted = {"sitting_id": sitting_id, "kind": kind, "learner_no": learner_no, "minutes": minutes, "reason": reason}
    if any(action[k] != v for k, v in wanted.items()):
        raise SittingError("mismatch", "the signed action is not the action asked for")
    try:
        at = datetime.fromisoformat(action["at"])
    except (TypeError, ValueError):
        raise SittingError("bad_signature", "the signed action has no readable time") from None
    if abs((now - at).total_seconds()) > ctx.config.clock_skew_seconds:
        raise SittingError("clock_skew", "the proctor station's clock is off; check its time")
    if s.get(SeenNonce, (device.device_id, "act:" + action["nonce"])) is not None:
        raise SittingError("replayed", "this proctor action was already received once")
    s.add(SeenNonce(device_id=device.device_id, nonce="act:" + action["nonce"], seen_at=utc_naive(now)))
    return canonical.canonical_json(signed).decode()


def create_sitting(s: Session, package_id: str, room: str, starts_at: datetime, seats: list[tuple[str, str]],
                   actor: str, now: datetime, late_minutes: int = 30, unit_id: str | None = None,
                   seat_inactive: bool = False) -> Sitting:
    """``seats``: (learner number, seat label). Every learner must be on this server's roster, and active
    (not exempt, transferred or retired) unless ``seat_inactive``: a learner exempt this year (免考) need
    not sit, and a seat for them shows as absent in the sitting's report. Raises SittingError."""
    package = s.get(Package, package_id)
    if package is None:
        raise SittingError("unknown_package", Words("no package {package_id} on this server (import-package first)",
                                                      package_id=package_id))
    if starts_at.tzinfo is None:
        raise SittingError("bad_time", Words("the start time needs a time zone, e.g. 2026-11-23T09:00+08:00"))
    if not room.strip():
        raise SittingError("bad_room", Words("the sitting needs its room's name (--room)"))
    if not 0 <= late_minutes <= 240:
        raise SittingError("bad_late", Words("login closes 0 to 240 minutes after the start"))
    header = parse_package(package.data, None).header
    if not header.window_start <= starts_at <= header.window_end:
        raise SittingError("outside_window", f"{starts_at.isoformat()} is outside the exam's window "
                                             f"({header.window_start.isoformat()} to {header.window_end.isoformat()})",
                           times=(header.window_start, header.window_end))
    numbers = [no for no, _seat in seats]
    twice = sorted({no for no in numbers if numbers.count(no) > 1})
    if twice:
        raise SittingError("seated_twice", f"seated twice: {', '.join(twice[:10])}", tuple(twice))
    labels = [seat for _no, seat in seats if seat]
    shared = sorted({seat for seat in labels if labels.count(seat) > 1})
    if shared:
        raise SittingError("seat_shared", f"one seat for two learners: {', '.join(shared[:10])}", tuple(shared))
    # a check-in finds the learner's sitting of the day (SAME_DAY): two open ones would make it guess
    naive_start = utc_naive(starts_at)
    # (one recorded missing there is free: an absentee re-scheduled while that sitting is still closing)
    elsewhere = sorted(set(s.scalars(select(SittingSeat.learner_no).join(Sitting).where(
        SittingSeat.learner_no.in_(numbers), Sitting.package_id == package_id, Sitting.state != "closed",
        SittingSeat.state != "missing",
        Sitting.starts_at.between(naive_start - 2 * SAME_DAY, naive_start + 2 * SAME_DAY)))))
    if elsewhere:
        raise SittingError("seated_elsewhere", f"already seated in an open sitting of this exam that day: "
                                               f"{', '.join(elsewhere[:10])}", tuple(elsewhere))
    unknown = [no for no, _seat in seats if s.get(Learner, no) is None]
    if unknown:
        raise SittingError("unknown_learner", f"not on this server's roster: {', '.join(unknown[:10])}", tuple(unknown))
    inactive = tuple(f"{row.learner_no} {row.name}（{STATUS_NAMES.get(row.status, row.status)}"
                     f"{'：' + row.exempt_reason if row.exempt_reason else ''}）"
                     for row in (s.get(Learner, no) for no, _seat in seats) if row is not None and row.status != "active")
    if inactive and not seat_inactive:
        raise SittingError("not_active", f"not active on the roster (exempt, transferred or retired): "
                                         f"{', '.join(inactive[:10])}", inactive)
    if unit_id is not None:   # the sitting's room PCs serve its unit: a learner outside it is refused at every PC
        outside = tuple(f"{row.learner_no} {row.name}（{row.unit_id}）"
                        for row in (s.get(Learner, no) for no, _seat in seats)
                        if row is not None and not within(s, row.unit_id, unit_id))
        if outside:
            raise SittingError("outside_unit", Words("not in unit {unit_id} or below it, whose room PCs the sitting "
                                                     "uses: {learners}; seat them in a sitting of their own unit or "
                                                     "of a unit above both", unit_id=unit_id,
                                                     learners=", ".join(outside[:10])), outside)
    spent = [no for no, left in attempts_left(s, package_id, [no for no, _seat in seats]).items() if left <= 0]
    if spent:
        raise SittingError("no_attempts_left", f"no attempt left at this exam: {', '.join(spent[:10])}", tuple(spent))
    sitting = Sitting(sitting_id=str(uuid.uuid4()), package_id=package_id, title=package.title, room=room,
                      unit_id=unit_id, starts_at=utc_naive(starts_at), late_minutes=late_minutes)
    s.add(sitting)
    s.flush()
    for learner_no, seat in seats:
        s.add(SittingSeat(sitting_id=sitting.sitting_id, learner_no=learner_no, seat=seat))
    log(s, sitting.sitting_id, "created", actor, now, detail=f"{len(seats)} seat(s), room {room}")
    publish(s, sitting, now)
    return sitting


def move_seat(s: Session, sitting_id: str, learner_no: str, device_id: str | None, reason: str, actor: str,
              now: datetime, evidence: str | None = None) -> None:
    """The proctor frees a seat from the station it is bound to (the PC failed, the learner moved), or binds
    it to another station of the room at once. Logged with the reason."""
    sitting = _sitting(s, sitting_id)
    seat = s.get(SittingSeat, (sitting_id, learner_no))
    if seat is None:
        raise SittingError("not_seated", f"{learner_no} is not seated in this sitting")
    if seat.state in ("submitted", "missing"):
        raise SittingError("seat_closed", f"{learner_no} has {seat.state}")
    if not reason.strip():
        raise SittingError("bad_action", "moving a seat needs a reason")
    if device_id is not None:
        device = s.get(Device, device_id)
        if device is None or device.status != "approved" or \
                not stands_in(s, device.unit_id, device.room, sitting, learner_no):
            raise SittingError("wrong_room", f"{device_id} is not an enrolled station of {sitting.room}")
    before, seat.device_id = seat.device_id, device_id
    log(s, sitting_id, "seat_moved", actor, now, learner_no,
        f"{before or '-'} -> {device_id or 'the next station of the room'}: {reason.strip()}", evidence)
    if before is not None and before != device_id:   # the learner goes on at another PC, in a new attempt
        _release_moved(s, before, learner_no, sitting, actor, reason.strip(), utc_naive(now))
    if device_id is not None:   # moved back to a PC it was moved away from: its attempt goes on there
        _restore_moved_back(s, device_id, learner_no, sitting)


def _moved_note(actor: str, at: str, reason: str) -> Words:
    """Why an attempt a PC told uses no attempt: the proctor moved the seat away from it."""
    return Words("the proctor {actor} moved the seat from this station at {at}: {reason}", actor=actor, at=at,
                 reason=reason)


def _of_this_sitting(sitting: Sitting):
    """Announced attempts told since the sitting could begin (a start by code may come an hour early): the
    attempts of this sitting, not of an earlier one of the package (outside round 23: a move in a later
    sitting restored, or freed, an earlier sitting's attempts)."""
    return AnnouncedAttempt.announced_at >= sitting.starts_at - EARLY_START


def _restore_moved_back(s: Session, device_id: str, learner_no: str, sitting: Sitting) -> None:
    """The seat bound again to a PC it had been moved away from (it came back to life): the attempt it told
    in this sitting, released by the move, uses an attempt again, as the learner goes on in it there (outside
    round 20: it stayed released, and the learner had an attempt left while sitting)."""
    for row in s.scalars(select(AnnouncedAttempt).where(
            AnnouncedAttempt.device_id == device_id, AnnouncedAttempt.learner_no == learner_no,
            AnnouncedAttempt.package_id == sitting.package_id, AnnouncedAttempt.counts.is_(False),
            _of_this_sitting(sitting), ~exists().where(Result.attempt_id == AnnouncedAttempt.attempt_id))):
        said = row.note_words()
        if isinstance(said, Words) and said.template == _moved_note("", "", "").template:
            row.counts, row.note = True, ""


def moved_from(s: Session, sitting_id: str, learner_no: str, device_id: str) -> datetime | None:
    """When the proctor last moved the learner's seat in the sitting away from ``device_id`` (naive UTC), or
    None: a result that PC sealed from an attempt begun before is of the seat it had then."""
    return s.scalar(select(func.max(SittingEvent.created_at)).where(
        SittingEvent.sitting_id == sitting_id, SittingEvent.kind == "seat_moved", SittingEvent.learner_no == learner_no,
        SittingEvent.detail.startswith(f"{device_id} -> ", autoescape=True)))


def moved_away(s: Session, device_id: str, learner_no: str, package_id: str, now: datetime) -> Words | None:
    """Why an attempt ``device_id`` announces now (naive UTC) for the learner in this package uses no attempt,
    when the proctor moved the learner's seat away from it in a sitting of the package and has not bound it
    back, and no later sitting of the learner's for the package has begun since: the PC froze before it told
    the attempt, and its first pull after the restart lists it (outside round 19; a move releases only what
    was told before it, _release_moved). None otherwise (round 23: an earlier sitting's move freed every
    later attempt the PC told)."""
    moved = s.scalars(select(SittingEvent).join(Sitting, Sitting.sitting_id == SittingEvent.sitting_id).where(
        Sitting.package_id == package_id, SittingEvent.kind == "seat_moved", SittingEvent.learner_no == learner_no,
        SittingEvent.detail.startswith(f"{device_id} -> ", autoescape=True)).order_by(SittingEvent.id.desc())).first()
    if moved is None:
        return None
    seat = s.get(SittingSeat, (moved.sitting_id, learner_no))
    if seat is not None and seat.device_id == device_id:   # moved back to it
        return None
    sitting = s.get(Sitting, moved.sitting_id)
    if sitting is None:
        return None
    later = s.scalar(select(Sitting.sitting_id).join(SittingSeat, SittingSeat.sitting_id == Sitting.sitting_id).where(
        SittingSeat.learner_no == learner_no, Sitting.package_id == package_id,
        Sitting.starts_at > sitting.starts_at, Sitting.starts_at - EARLY_START <= now).limit(1))
    if later is not None:   # the learner's next sitting has begun: an attempt told now is of that one
        return None
    return _moved_note(moved.actor, local_stamp(moved.created_at), moved.detail.partition(": ")[2])


def _release_moved(s: Session, device_id: str, learner_no: str, sitting: Sitting, actor: str, reason: str,
                   now: datetime) -> int:
    """The proctor moved the learner's seat away from ``device_id`` (the PC failed): the attempt that PC
    announced for them in this package and never delivered uses no attempt, as the learner goes on at another
    PC in a new one (round 15: the honest result from the second PC was held attempt_limit). If its result
    comes after all, the limit holds both for an administrator (results/announced.py keeps the announcements).
    Returns how many were released."""
    rows = s.scalars(select(AnnouncedAttempt).where(
        AnnouncedAttempt.device_id == device_id, AnnouncedAttempt.learner_no == learner_no,
        AnnouncedAttempt.package_id == sitting.package_id, AnnouncedAttempt.counts.is_(True), _of_this_sitting(sitting),
        ~exists().where(Result.attempt_id == AnnouncedAttempt.attempt_id))).all()
    for row in rows:
        row.counts = False
        row.set_note(_moved_note(actor, local_stamp(now), reason))
        audit.record(s, "announced.release", f"attempt:{row.attempt_id}", now, detail=f"{learner_no}: seat moved",
                     actor=actor)
    return len(rows)


def attempts_left(s: Session, package_id: str, learner_nos: list[str]) -> dict[str, int]:
    """Attempts each learner has left at the package's exam, counting the results from every station but
    those an administrator rejected (held ones use an attempt too: results/counted.py), and the attempts
    stations announced and never delivered, of the exam's packages of the same kind (main or make-up)."""
    from sqlalchemy import func

    from sync_server.models import Result
    kinds = {}
    for pid, data in s.execute(select(Package.package_id, Package.data).where(
            Package.exam_id == Package.stored(s, package_id).exam_id)):
        exam = parse_package(data, None).header.raw["exam"]
        kinds[pid] = (bool(exam.get("is_makeup")), int(exam.get("max_attempts", 1)))
    makeup, allowed = kinds[package_id]
    same_kind = [p for p, k in kinds.items() if k[0] == makeup]
    used = dict(s.execute(select(Result.learner_no, func.count()).where(
        Result.learner_no.in_(learner_nos), Result.review != "rejected",
        Result.package_id.in_(same_kind)).group_by(Result.learner_no)).all())
    # and those a station announced and never delivered (results/announced.py)
    announced = dict(s.execute(select(AnnouncedAttempt.learner_no, func.count()).where(
        AnnouncedAttempt.learner_no.in_(learner_nos), AnnouncedAttempt.package_id.in_(same_kind),
        AnnouncedAttempt.counts.is_(True), ~exists().where(Result.attempt_id == AnnouncedAttempt.attempt_id))
        .group_by(AnnouncedAttempt.learner_no)).all())
    return {no: allowed - used.get(no, 0) - announced.get(no, 0) for no in learner_nos}


def sitting_dict(sitting: Sitting) -> dict:
    return {"sitting_id": sitting.sitting_id, "title": sitting.title, "room": sitting.room,
            "package_id": sitting.package_id, "starts_at": from_utc_naive(sitting.starts_at).isoformat(),
            "late_minutes": sitting.late_minutes, "state": sitting.state,
            "started_at": from_utc_naive(sitting.started_at).isoformat() if sitting.started_at else None}


def seat_dict(seat: SittingSeat, name: str = "") -> dict:
    return {"learner_no": seat.learner_no, "name": name, "seat": seat.seat, "device_id": seat.device_id,
            "state": seat.state, "answered": seat.answered, "total": seat.total, "time_left_ms": seat.time_left_ms,
            "irregularities": json.loads(seat.irregularities or "{}"),
            "last_seen_at": from_utc_naive(seat.last_seen_at).isoformat() if seat.last_seen_at else None,
            "note": seat.note}


def start(s: Session, sitting_id: str, actor: str, now: datetime, evidence: str | None = None) -> Sitting:
    sitting = s.get(Sitting, sitting_id)
    if sitting is None:
        raise SittingError("not_found", Words("there is no sitting {sitting_id}: `sittings list` shows the sittings "
                                                  "and their ids", sitting_id=sitting_id))
    if sitting.state == "started":
        when = from_utc_naive(sitting.started_at) if sitting.started_at is not None else None
        raise SittingError("already_started", f"{sitting.title} ({sitting.room}) was started at "
                                              f"{when.isoformat() if when else '?'}", times=(when,) if when else ())
    if sitting.state == "closed":
        raise SittingError("closed", Words("{title} ({room}) is closed", title=sitting.title, room=sitting.room))
    sitting.state, sitting.started_at = "started", utc_naive(now)
    log(s, sitting_id, "started", actor, now, evidence=evidence)
    publish(s, sitting, now)
    return sitting


ACTIONS = ("extra_time", "pause", "unpause", "force_submit")
OPEN_SEATS = ("not_logged_in", "waiting", "in_progress")


def _sitting(s: Session, sitting_id: str) -> Sitting:
    sitting = s.get(Sitting, sitting_id)
    if sitting is None:
        raise SittingError("not_found", Words("there is no sitting {sitting_id}: `sittings list` shows the sittings "
                                                  "and their ids", sitting_id=sitting_id))
    return sitting


START_CODE_INFO = b"xuefa sitting start code v1"


def set_start_code(ctx: ServerContext, s: Session, sitting_id: str, start_code: str, actor: str,
                   now: datetime) -> None:
    """Keep the package's start code with the sitting (checked against the package first, with its slow
    KDF), so the proctor's console can show and print it when stations must start with no LAN."""
    sitting = _sitting(s, sitting_id)
    package = Package.stored(s, sitting.package_id)
    try:
        parse_package(package.data, None).unwrap_with_start_code(start_code)
    except PackageError as exc:
        raise SittingError("wrong_start_code", Words("that is not the start code of {title}: check it with the "
                                                         "exam office", title=sitting.title)) from exc
    normal = normalize_start_code(start_code) or ""
    shown = "-".join(normal[i:i + 4] for i in range(0, len(normal), 4))   # as printed: XXXX-XXXX-XXXX
    sitting.start_code_sealed = canonical.b64e(seal_to(ctx.keys.results.public_raw(), shown.encode(),
                                                       START_CODE_INFO + sitting_id.encode()))
    log(s, sitting_id, "start_code_set", actor, now)


def reveal_start_code(ctx: ServerContext, s: Session, sitting_id: str, actor: str, now: datetime) -> str:
    """The start code for the proctor (logged: who looked, when)."""
    sitting = _sitting(s, sitting_id)
    if sitting.start_code_sealed is None:
        raise SittingError("no_start_code", Words("no start code was given for {title} ({room}); ask the exam "
                                                  "office", title=sitting.title, room=sitting.room))
    code = open_with(ctx.keys.results, canonical.b64d(sitting.start_code_sealed), START_CODE_INFO + sitting_id.encode())
    log(s, sitting_id, "start_code_shown", actor, now)
    return code.decode()


def act(s: Session, sitting_id: str, kind: str, actor: str, now: datetime, learner_no: str | None = None,
        minutes: int = 0, reason: str = "", evidence: str | None = None) -> list[str]:
    """A proctor's action for one learner, or (``learner_no`` None) for every seat still open.
    Returns the learner numbers it reaches."""
    sitting = _sitting(s, sitting_id)
    if kind not in ACTIONS:
        raise SittingError("bad_action", f"unknown action {kind!r}")
    if sitting.state != "started":
        raise SittingError("not_started" if sitting.state == "scheduled" else "closed",
                           f"{sitting.title} ({sitting.room}) is {sitting.state}")
    if kind == "extra_time" and not (1 <= minutes <= 240 and reason.strip()):
        raise SittingError("bad_action", "extra time needs 1 to 240 minutes and a reason")
    seats = list(s.scalars(select(SittingSeat).where(SittingSeat.sitting_id == sitting_id)))
    if learner_no is not None:
        seats = [x for x in seats if x.learner_no == learner_no]
        if not seats:
            raise SittingError("not_seated", f"{learner_no} is not seated in this sitting")
        if seats[0].state not in OPEN_SEATS:
            raise SittingError("seat_closed", f"{learner_no} has {seats[0].state}")
        if kind == "force_submit" and seats[0].state == "not_logged_in":
            # no attempt to hand in: it would have made a 0-point result the learner finds at their first
            # login, with an attempt spent (found by an outside tester)
            raise SittingError("not_logged_in", Words("{learner_no} has not logged in, so there is nothing to hand "
                                                      "in: record the learner as missing (缺考) instead",
                                                      learner_no=learner_no))
    else:
        seats = [x for x in seats if x.state in OPEN_SEATS
                 and not (kind == "force_submit" and x.state == "not_logged_in")]
    for seat in seats:
        s.add(SittingAction(action_id=str(uuid.uuid4()), sitting_id=sitting_id, learner_no=seat.learner_no,
                            kind=kind, minutes=minutes, reason=reason, actor=actor, created_at=utc_naive(now),
                            evidence=evidence))
        log(s, sitting_id, kind, actor, now, seat.learner_no, f"{minutes} min: {reason}" if minutes else reason,
            evidence)
    return [x.learner_no for x in seats]


def mark_missing(s: Session, sitting_id: str, learner_no: str, reason: str, actor: str, now: datetime,
                 evidence: str | None = None) -> None:
    """An explicit record that a seated learner has no result (absent, left ill …), with the reason."""
    seat = s.get(SittingSeat, (sitting_id, learner_no))
    if seat is None:
        raise SittingError("not_seated", f"{learner_no} is not seated in this sitting")
    if not reason.strip():
        raise SittingError("bad_action", "a missing record needs a reason")
    if seat.state == "submitted" and seat.result_id is not None and s.get(Result, seat.result_id) is not None:
        raise SittingError("seat_closed", f"{learner_no} has a result already")
    # a seat a station reported handed in, with no result here (yet): the proctor's record stands; a result
    # that comes later is held (recorded_missing) for an administrator to decide
    seat.state, seat.note = "missing", reason.strip()
    log(s, sitting_id, "missing", actor, now, learner_no, reason, evidence)
    _maybe_complete(s, _sitting(s, sitting_id), now)
    publish(s, _sitting(s, sitting_id), now)


def close(s: Session, sitting_id: str, actor: str, now: datetime, evidence: str | None = None) -> Sitting:
    """Force the submission of every open attempt; the sitting is complete (closed) once every seat has a
    result or a missing record, until then it is closing. A sitting the server never started is closed only
    when learners may have sat it (checked in, or the start code read out): else it is called off
    (``cancel``)."""
    sitting = _sitting(s, sitting_id)
    if sitting.state == "closed":
        raise SittingError("closed", f"{sitting.title} ({sitting.room}) is closed")
    if sitting.state == "scheduled" and not _in_use(s, sitting_id):
        raise SittingError("not_started", Words("a sitting that never started is not closed; call it off instead "
                                                "(the proctor console's Call off, or xuefa-server sittings cancel)"))
    # (a sitting the server never started handed no key: nothing to hand in from here; one begun by the
    # start code is delivered as its station hands it in)
    in_progress = [x.learner_no for x in s.scalars(select(SittingSeat).where(
        SittingSeat.sitting_id == sitting_id, SittingSeat.state.in_(("waiting", "in_progress"))))
    ] if sitting.state == "started" else []
    for learner_no in in_progress:
        act(s, sitting_id, "force_submit", actor, now, learner_no, reason="sitting closed", evidence=evidence)
    sitting.state = "closing"
    log(s, sitting_id, "closing", actor, now, detail=f"{len(in_progress)} forced", evidence=evidence)
    _maybe_complete(s, sitting, now)
    publish(s, sitting, now)
    return sitting


def _in_use(s: Session, sitting_id: str) -> bool:
    """Learners may have begun a sitting the server never started: a seat checked in, or the proctor read
    the start code out (the LAN failed at the start)."""
    return s.scalar(select(SittingEvent.id).where(SittingEvent.sitting_id == sitting_id, SittingEvent.kind.in_(
        ("start_code_shown", "logged_in"))).limit(1)) is not None


def cancel(s: Session, sitting_id: str, actor: str, now: datetime, reason: str, evidence: str | None = None) -> Sitting:
    """Call off a sitting that never started (the room's power failed; re-scheduled): it is closed, with the
    reason in its log, and kept with its seats (nothing is deleted), so its learners may be seated in another
    sitting that day; the stations hear that it is closed. SittingError: not_found; bad_action (no reason);
    started (a sitting that started is closed instead: close); closed."""
    sitting = _sitting(s, sitting_id)
    if not reason.strip():
        raise SittingError("bad_action", Words("calling off a sitting needs a reason"))
    if sitting.state == "closed":
        raise SittingError("closed", Words("{title} ({room}) is closed", title=sitting.title, room=sitting.room))
    if sitting.state != "scheduled":
        raise SittingError("started", Words("{title} ({room}) has started: close it instead (every open attempt "
                                            "is handed in)", title=sitting.title, room=sitting.room))
    if _in_use(s, sitting_id):   # (an outside round called off such a sitting as 'never started')
        raise SittingError("in_use", Words("{title} ({room}) has learners checked in, or its start code was read "
                                           "out: it may have been sat; close it instead", title=sitting.title,
                                           room=sitting.room))
    sitting.state, sitting.closed_at = "closed", utc_naive(now)
    log(s, sitting_id, "cancelled", actor, now, detail=reason.strip(), evidence=evidence)
    publish(s, sitting, now)
    return sitting


def _maybe_complete(s: Session, sitting: Sitting, now: datetime) -> None:
    if sitting.state != "closing":
        return
    s.flush()
    open_seats = s.scalars(select(SittingSeat.learner_no).where(
        SittingSeat.sitting_id == sitting.sitting_id, SittingSeat.state.not_in(("submitted", "missing")))).all()
    if not open_seats:
        sitting.state, sitting.closed_at = "closed", utc_naive(now)
        log(s, sitting.sitting_id, "closed", "server", now)


@dataclass(frozen=True)
class CheckIn:
    """What a station learns when a learner logs in or reports: the sitting, and the key once started."""

    seated: bool
    sitting: dict | None = None
    refused: str | None = None          # late | wrong_room | missing | closed
    content_key: str | None = None      # base64 HPKE blob for the station's one-time key
    actions: tuple[dict, ...] = ()      # the proctor's actions this station has not applied yet
    proctor_key: str | None = None      # the package's proctor key, sealed the same way (checks offline codes)

    def to_dict(self) -> dict:
        return {"seated": self.seated, "sitting": self.sitting, "refused": self.refused,
                "content_key": self.content_key, "actions": list(self.actions), "proctor_key": self.proctor_key}


CODE_ACTIONS = uuid.UUID("6d1c0a52-93f4-4c8e-9a57-5b0c2d7e4f10")   # namespace of the ids of code actions


class CheckInRefused(SittingError):
    """A check-in refused as a whole (nothing about the seat changes): the API answers ``status`` with the
    code. codes: no_room (403), seat_other_device (409), not_started (409), bad_report (422)."""

    def __init__(self, code: str, detail: str, status: int, sitting_id: str | None = None):
        super().__init__(code, detail)
        self.status, self.sitting_id = status, sitting_id


MAX_LEFT_MS = (24 * 60 + 240) * 60_000   # a day's exam plus the most extra time a proctor may give
MAX_IRREGULARITY = 100_000
_papers: dict[str, int] = {}             # package id -> the most questions a paper of it has (header only)


def paper_size(s: Session, package_id: str) -> int:
    if package_id not in _papers:
        header = parse_package(Package.stored(s, package_id).data, None).header
        sizes = [bp.question_count for bp in header.blueprints.values()]
        _papers[package_id] = max(sizes) if sizes else 1000   # packages made before the header said
    return _papers[package_id]


def check_report(s: Session, sitting: Sitting, seat: SittingSeat, learner_no: str, device_id: str,
                 report: dict) -> None:
    """Only possible seat states and bounded numbers (raises CheckInRefused, bad_report / not_started): an
    exam in progress or handed in only once the sitting started, handed in only with a result id that is
    this learner's from this station (if the server holds it already), at most the paper's questions."""
    def bad(why: str):
        raise CheckInRefused("bad_report", why, 422, sitting.sitting_id)
    state = report.get("state", "waiting")
    if state not in REPORTED:
        bad(f"a seat is waiting, in_progress or submitted, not {state!r}")
    if state != "waiting" and sitting.state == "scheduled":
        raise CheckInRefused("not_started", f"{sitting.title} ({sitting.room}) has not started: no exam can be "
                                            f"{state.replace('_', ' ')} yet", 409, sitting.sitting_id)
    result_id = report.get("result_id")
    if state == "submitted" and not result_id:
        bad("a submitted seat names its result")
    if result_id:
        try:
            uuid.UUID(str(result_id))
        except ValueError:
            bad("a result id is a UUID")
        from sync_server.models import Result
        held = s.get(Result, str(result_id))
        if held is not None and (held.learner_no != learner_no or held.device_id != device_id):
            bad("that result is another learner's or another station's")
    size = paper_size(s, sitting.package_id)
    answered, total = int(report.get("answered", 0)), int(report.get("total", 0))
    if not (0 <= answered <= max(total, 0) <= size) and not (state == "waiting" and total == 0 and answered == 0):
        bad(f"answered {answered} of {total}: a paper here has at most {size} questions")
    left = report.get("time_left_ms")
    if left is not None and not 0 <= int(left) <= MAX_LEFT_MS:
        bad("the time left is out of range")
    if any(not 0 <= int(n) <= MAX_IRREGULARITY for n in (report.get("irregularities") or {}).values()) or \
            len(report.get("irregularities") or {}) > 20:
        bad("the irregularity counts are out of range")


def _the_sitting(rows: list[tuple[SittingSeat, Sitting]], naive: datetime, device_id: str,
                 in_room: Callable[[Sitting], bool], writing: bool) -> tuple[SittingSeat, Sitting]:
    """The learner's sitting for a check-in among those of the day (the station does not say which exam: a
    learner may sit two exams in a day): one where their seat is still open; of those, one in the station's
    room; then the one they are writing when the station says so (``writing``), else one not begun; then one
    this station checked them in to; then the nearest by its start. Else (every seat settled, or its sitting
    closing before they began) the same order, for its refusal. Outside rounds' learners, handed in at 09:00
    in a sitting still closing, or whose hand-in the LAN lost, were sent back to it at 14:00 for another
    exam, at its right PC or in another room."""
    def usable(seat: SittingSeat, sitting: Sitting) -> bool:
        return seat.state in OPEN_SEATS and (sitting.state != "closing" or seat.state == "in_progress")

    def first(row: tuple[SittingSeat, Sitting]) -> tuple[int, int, int, timedelta]:
        seat, sitting = row
        return (not in_room(sitting), (seat.state == "in_progress") != writing, seat.device_id != device_id,
                abs(sitting.starts_at - naive))
    return min([r for r in rows if usable(*r)] or rows, key=first)


def check_in(ctx: ServerContext, s: Session, device_id: str, learner_no: str, now: datetime,
             station_key: bytes | None = None, report: dict | None = None, *,
             station_place: tuple[str | None, str | None] | None = None, reopen: bool = False) -> CheckIn:
    """A learner at a station: find their sitting today, record the station's report, and hand over the
    content key (sealed to ``station_key``) once the sitting has started.

    Only a station of the sitting's room may check a learner in (a station used for sittings is enrolled
    with its room); the first one binds the seat until the proctor moves it (``move_seat``), and only the
    bound station receives the key and the proctor's actions. A room is its unit's (rooms.py).
    ``station_place``: the station's (unit, room) when the caller has read them already (the request's device
    check), else they are read here. ``reopen``: a station restarted with the learner's attempt open and no
    key (it keeps the key in memory only, issue 15) asks for the key again before anyone logs in: given only
    where this server recorded the learner began at this station, and nothing is recorded or bound (an
    outside round's station bound a seat to itself that way). Raises CheckInRefused (nothing changed)."""
    naive = utc_naive(now)
    rows = [(seat, sitting) for seat, sitting in s.execute(
        select(SittingSeat, Sitting).join(Sitting)
        .where(SittingSeat.learner_no == learner_no, Sitting.state != "closed",
               Sitting.starts_at.between(naive - SAME_DAY, naive + SAME_DAY)).order_by(Sitting.starts_at))]
    if not rows:
        return CheckIn(False)
    if reopen:   # the sitting this server recorded the learner began at this station (a later one the same day
        # may not have begun: outside round 77), and only while it runs or closes
        here = [(seat, sitting) for seat, sitting in rows if seat.state == "in_progress" and seat.device_id == device_id
                and sitting.state in ("started", "closing")]
        if not here:
            return CheckIn(False)
        seat, sitting = here[-1]
        log(s, sitting.sitting_id, "key_released_again", device_id, now, learner_no)
        sealed, sealed_proctor = _sealed_keys(ctx, s, sitting, device_id, station_key)
        return CheckIn(True, sitting_dict(sitting), content_key=sealed, proctor_key=sealed_proctor)
    if station_place is None:
        station = s.get(Device, device_id)
        station_place = (station.unit_id, station.room) if station is not None else (None, None)
    station_unit, station_room = station_place
    seat, sitting = _the_sitting(rows, naive, device_id, lambda x: stands_in(s, station_unit, station_room, x, learner_no),
                                 (report or {}).get("state") == "in_progress")
    if not station_room:
        raise CheckInRefused("no_room", "this station was not enrolled for an exam room, so it cannot check "
                                        "learners into a sitting (enrol it with a code made for its room)", 403,
                             sitting.sitting_id)
    # closed means closed: no key for a learner recorded missing, nor to a closing sitting for a learner who
    # had not begun (a first login, or one who checked in and waited: the close hands them in with nothing);
    # a station whose learner began still reports and hears the proctor's hand-in
    begun = (report or {}).get("state") in ("in_progress", "submitted") or seat.state in ("in_progress", "submitted")
    if seat.state == "missing" or (sitting.state == "closing" and not begun):
        log(s, sitting.sitting_id, "closed_login_refused", device_id, now, learner_no, seat.state)
        return CheckIn(True, sitting_dict(sitting), refused="missing" if seat.state == "missing" else "closed")
    if seat.state == "not_logged_in" and sitting.state in ("started", "closing") and \
            naive > sitting.starts_at + timedelta(minutes=sitting.late_minutes):
        log(s, sitting.sitting_id, "late_login_refused", device_id, now, learner_no)
        return CheckIn(True, sitting_dict(sitting), refused="late")
    if not stands_in(s, station_unit, station_room, sitting, learner_no):
        log(s, sitting.sitting_id, "wrong_room_refused", device_id, now, learner_no,
            f"a PC of {station_room} ({station_unit or 'every unit'}), the seat is in {sitting.room} "
            f"({sitting.unit_id or 'no unit'})")
        # rooms of different units may share a name (第一考场): the unit tells the learner which one
        unit = s.get(Unit, sitting.unit_id) if sitting.unit_id else None
        return CheckIn(True, sitting_dict(sitting) | {"unit_name": unit.name if unit else None}, refused="wrong_room")
    if seat.device_id not in (None, device_id):
        raise CheckInRefused("seat_other_device", f"seat {seat.seat or learner_no} is bound to another station; "
                                                  "the proctor can move it to this one", 409, sitting.sitting_id)
    report = report or {}
    began_here = seat.state == "in_progress" and seat.device_id == device_id   # the server's record, not this report
    check_report(s, sitting, seat, learner_no, device_id, report)
    if seat.state == "not_logged_in":
        log(s, sitting.sitting_id, "logged_in", device_id, now, learner_no)
    seat.device_id, seat.last_seen_at = device_id, naive
    state = report.get("state", "waiting")
    # a seat never goes back from in progress to waiting (a station that lost its learner's attempt, or
    # a report meant for another sitting: the record of having begun stands)
    if state in REPORTED and seat.state not in ("submitted", "missing") and not (
            seat.state == "in_progress" and state == "waiting"):
        if state == "submitted" and seat.state != "submitted":
            log(s, sitting.sitting_id, "submitted", device_id, now, learner_no, str(report.get("result_id", "")))
        seat.state = state
    seat.answered, seat.total = int(report.get("answered", seat.answered)), int(report.get("total", seat.total))
    if report.get("time_left_ms") is not None:   # a waiting station has no clock running to report
        seat.time_left_ms = int(report["time_left_ms"])
    if "irregularities" in report:
        seat.irregularities = json.dumps(report["irregularities"], sort_keys=True)
    if report.get("result_id") and seat.result_id not in (None, str(report["result_id"])):
        # a second result from one seat of one sitting: the first stays the seat's, the second is logged for
        # the report (a station that let the learner sit again in the same sitting)
        log(s, sitting.sitting_id, "second_result", device_id, now, learner_no,
            f"{seat.result_id} then {report['result_id']}")
    elif report.get("result_id"):
        seat.result_id = str(report["result_id"])
    for action_id in report.get("applied", ()):   # only actions handed to this seat (bound to this station)
        action = s.get(SittingAction, str(action_id))
        if action is not None and action.sitting_id == sitting.sitting_id and action.learner_no == learner_no \
                and action.applied_at is None:
            action.applied_at = naive
            log(s, sitting.sitting_id, f"{action.kind}_applied", device_id, now, learner_no)
    for taken in report.get("by_code", ()):
        _log_code_action(ctx, s, sitting, learner_no, device_id, now, taken)
    if seat.state == "submitted":
        _maybe_complete(s, sitting, now)
    pending = tuple(_handed(ctx, s, a) for a in s.scalars(select(SittingAction).where(
        SittingAction.sitting_id == sitting.sitting_id, SittingAction.learner_no == learner_no,
        SittingAction.applied_at.is_(None)).order_by(SittingAction.created_at)))
    sealed = sealed_proctor = None
    # the key only while the sitting runs, and in a closing sitting to the station this server already knew
    # the learner had begun at (it was given the key then; a station keeps it in memory only, so after a
    # reboot it needs it again to hand in); a report of "in progress" after the close may be a station's word
    # only (an outside round got the key so)
    if sitting.state == "started" or (sitting.state == "closing" and began_here):
        sealed, sealed_proctor = _sealed_keys(ctx, s, sitting, device_id, station_key)
    return CheckIn(True, sitting_dict(sitting), content_key=sealed, actions=pending, proctor_key=sealed_proctor)


def _sealed_keys(ctx: ServerContext, s: Session, sitting: Sitting, device_id: str,
                 station_key: bytes | None) -> tuple[str | None, str | None]:
    """(content key, this station's proctor key) of the sitting's package sealed to the station's one-time
    ``station_key`` (base64), or (None, None) without one."""
    if station_key is None:
        return None, None
    parsed = parse_package(Package.stored(s, sitting.package_id).data, None)
    content_key = parsed.unwrap_for_recipient(ctx.keys.results)
    sealed = canonical.b64e(seal_to(station_key, content_key, key_info(sitting.sitting_id, device_id)))
    sealed_proctor = None
    if parsed.header.has_proctor_key:
        # only this station's key of the package (examcore.proctor_codes): codes for other seats stay out of
        # its reach
        mine = proctor_station_key(parsed.proctor_key_for_recipient(ctx.keys.results), device_id)
        sealed_proctor = canonical.b64e(seal_to(station_key, mine, proctor_key_info(sitting.sitting_id, device_id)))
    return sealed, sealed_proctor


def _handed(ctx: ServerContext, s: Session, action: SittingAction) -> dict:
    """An action as a station receives it: with the proctor station's signed action and that station's
    certificate from this server, so the station can check who gave it before applying it."""
    from sync_server.devices import certificate
    out = {"action_id": action.action_id, "kind": action.kind, "minutes": action.minutes, "reason": action.reason}
    if action.evidence:
        signed = json.loads(action.evidence)
        device = s.get(Device, str(signed["action"]["device_id"]))
        if device is not None:
            out.update(signed=signed, certificate=certificate(ctx, device))
    return out


def _log_code_action(ctx: ServerContext, s: Session, sitting: Sitting, learner_no: str, device_id: str,
                     now: datetime, taken: dict) -> None:
    """An action the proctor took by code while this station was offline: into the sitting's actions and
    audit log once (the station repeats it in every report), if its code verifies (the package's proctor
    key is sealed to this server too); else logged once as refused."""
    action_id = str(uuid.uuid5(CODE_ACTIONS, f"{sitting.sitting_id}/{learner_no}/{taken['action_id']}"))
    if s.get(SittingAction, action_id) is not None:
        return
    minutes, reason, kind = int(taken.get("minutes", 0)), str(taken.get("reason", "")), str(taken["kind"])
    package = Package.stored(s, sitting.package_id)
    try:
        key: bytes | None = parse_package(package.data, None).proctor_key_for_recipient(ctx.keys.results)
    except PackageError:   # a package made before the proctor key: no code of it verifies
        key = None
    challenge = str(taken["action_id"])[len(CODE_ACTION_PREFIX):]
    if not (0 <= minutes <= 240 and key is not None and challenge_from(challenge, device_id)
            and code_ok(key, kind, challenge, str(taken.get("code") or ""), minutes if kind == EXTRA_TIME else 0)):
        detail = f"{kind} {minutes} min by code {taken['action_id']}: the code does not verify"
        if s.scalar(select(SittingEvent.id).where(SittingEvent.sitting_id == sitting.sitting_id,
                                                  SittingEvent.kind == "code_action_refused",
                                                  SittingEvent.learner_no == learner_no,
                                                  SittingEvent.detail == detail).limit(1)) is None:
            log(s, sitting.sitting_id, "code_action_refused", device_id, now, learner_no, detail)
        return
    s.add(SittingAction(action_id=action_id, sitting_id=sitting.sitting_id, learner_no=learner_no, kind=kind,
                        minutes=minutes, reason=reason, actor=f"code {taken['action_id'][5:]} at {device_id}",
                        created_at=utc_naive(now), applied_at=utc_naive(now)))
    log(s, sitting.sitting_id, f"{kind}_by_code", device_id, now, learner_no,
        (f"{minutes} min: {reason}" if minutes else reason) + f" (station clock {taken.get('at', '')})")


def sittings_between(s: Session, start_at: datetime, end_at: datetime) -> list[Sitting]:
    return list(s.scalars(select(Sitting).where(Sitting.starts_at.between(utc_naive(start_at), utc_naive(end_at)))
                          .order_by(Sitting.starts_at, Sitting.room)))


def seats_of(s: Session, sitting_id: str) -> list[dict]:
    """The sitting's seats (seat_dict), each with ``device_name``: the name its PC was enrolled with (the
    proctor knows PCs by it, not by their ids; outside round 22), or None."""
    rows = s.execute(select(SittingSeat, Learner.name, Device.note)
                     .join(Learner, Learner.learner_no == SittingSeat.learner_no)
                     .outerjoin(Device, Device.device_id == SittingSeat.device_id)
                     .where(SittingSeat.sitting_id == sitting_id).order_by(SittingSeat.seat, SittingSeat.learner_no))
    return [seat_dict(seat, name) | {"device_name": note or None} for seat, name, note in rows]


def publish(s: Session, sitting: Sitting, now: datetime) -> None:
    """The sitting as the room's stations must know it (change kind ``sitting``): its state, who is seated
    and who was recorded missing, so the start code cannot open a closed sitting or a missing learner's
    exam at a station that has synced (desktop/services/server_knowledge.py)."""
    s.flush()
    seats = s.execute(select(SittingSeat.learner_no, SittingSeat.state)
                      .where(SittingSeat.sitting_id == sitting.sitting_id)).all()
    changes.record(s, "sitting", sitting.sitting_id, {
        "sitting_id": sitting.sitting_id, "package_id": sitting.package_id, "room": sitting.room,
        "state": sitting.state, "starts_at": from_utc_naive(sitting.starts_at).isoformat(),
        "seats": sorted(no for no, _state in seats),
        "missing": sorted(no for no, state in seats if state == "missing")}, utc_naive(now), unit_id=sitting.unit_id)
