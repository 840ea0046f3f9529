"""Device enrolment: a station asks (with its public key), an administrator approves, revokes."""
from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Literal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from examcore.cli_text import Words
from examcore.clock import utc_naive
from sync_server import audit
from sync_server.context import ServerContext
from sync_server.directory.service import revoke
from sync_server.identity import is_server
from sync_server.models import Device, Unit


# why a station is waiting for approval without having brought an enrolment code (the note devices list shows;
# a station enrolled by code or by `devices enrol` has its own name there)
SENT_RESULTS = Words("sent results before it was enrolled here")
SENT_STUDY_RECORDS = Words("sent study records before it was enrolled here")
_NOTES = {str(w): w for w in (SENT_RESULTS, SENT_STUDY_RECORDS)} | {
    "first seen delivering results": SENT_RESULTS,          # as servers before 2026-12 stored them
    "first seen delivering study records": SENT_STUDY_RECORDS}


def note_words(note: str | None) -> str:
    """A device's note as Words when this server wrote it (said in the reader's language), else as it is
    (the name a station gave itself)."""
    return _NOTES.get(note or "", note or "")


class EnrolmentRefused(Exception):
    def __init__(self, message: str, code: str = "enrolment_refused"):
        super().__init__(message)
        self.code = code
        self.message = message   # Words where the command line says it in its user's language


def add_request(s: Session, device_id: str, public_key: bytes, now: datetime, note: str) -> Device | None:
    """Remember a station that asks to deliver here; None if its key already belongs to another device."""
    if s.scalars(select(Device).where(Device.public_key == public_key)).first() is not None:
        return None
    device = Device(device_id=device_id, public_key=public_key, status="pending", requested_at=now, note=note)
    s.add(device)
    return device


def request_enrolment(ctx: ServerContext, device_id: str, public_key: bytes, note: str = "") -> Device:
    """The device asking (new: pending). A revoked device id or key stays revoked whatever code it brings
    (EnrolmentRefused device_revoked): only an administrator's explicit approval takes it back."""
    now = utc_naive(ctx.clock.now())
    with ctx.sessions.begin() as s:
        existing = s.get(Device, device_id)
        same_key = s.scalars(select(Device).where(Device.public_key == public_key)).first()
        if (existing is not None and existing.status == "revoked") or (same_key is not None
                                                                       and same_key.status == "revoked"):
            refused = "device_revoked"
        elif existing is not None and existing.public_key != public_key:
            refused = "other_key"
        elif existing is None and same_key is not None:
            refused = "key_elsewhere"
        else:
            refused = None
        if refused is None:
            if existing is not None:
                return existing
            device = add_request(s, device_id, public_key, now, note)
            if device is not None:
                audit.record(s, "device.enrol", f"device:{device_id}", now, detail=note,
                             actor=f"device:{device_id}")
                return device
            refused = "key_elsewhere"   # another device took this key since the check above
    with ctx.sessions.begin() as s:   # the refusal is recorded, in its own transaction
        audit.record(s, "device.enrol", f"device:{device_id}", now, "refused", refused, actor=f"device:{device_id}")
    if refused == "device_revoked":
        raise EnrolmentRefused("this station (its device id or its key) was revoked; a new enrolment code does "
                               "not undo that: ask the administrator", "device_revoked")
    if refused == "other_key":
        raise EnrolmentRefused(f"device id {device_id} is enrolled with another key")
    raise EnrolmentRefused("this key is already enrolled under another device id")


def approve_device(ctx: ServerContext, device_id: str, days: int | None = None,
                   unit_id: str | None = None, actor: str | None = None) -> Device:
    """``unit_id``: the subtree the station serves (it receives that part of the roster); None: all.
    ``actor`` for the audit log (default: the request's admin, or the CLI's user)."""
    with ctx.sessions.begin() as s:
        device = s.get(Device, device_id)
        if device is None:
            raise KeyError(device_id)
        now = utc_naive(ctx.clock.now())
        if unit_id is not None:
            if s.get(Unit, unit_id) is None:
                raise EnrolmentRefused(Words("no unit {unit_id} on this server: check the unit's code (the units "
                                             "command lists them)", unit_id=unit_id))
            if device.approved_at is not None and unit_id != device.unit_id:   # it has read the feed already
                catch_up(s, device_id, device.unit_id, unit_id, now)
            device.unit_id = unit_id
        before = device.status
        device.status, device.approved_at, device.revoked_at = "approved", now, None
        device.certificate_expires_at = now + timedelta(days=days or ctx.config.certificate_days)
        audit.record(s, "device.approve", f"device:{device_id}", now, actor=actor,
                     detail=f"unit {device.unit_id or '(all)'}" + (", was revoked" if before == "revoked" else ""))
        return device


def catch_up(s: Session, device_id: str, old_unit: str | None, new_unit: str, now: datetime) -> int:
    """A device now serving ``new_unit`` has read the feed past the units and learners it did not serve
    then: they are sent again, to it alone, top units first (a unit is placed under a parent it holds).
    Returns how many changes were added."""
    from sync_server.directory.service import learner_body, unit_body
    from sync_server.models import Learner
    from sync_server import changes
    children: dict[str | None, list[str]] = {}
    for unit, parent in s.execute(select(Unit.unit_id, Unit.parent_id).order_by(Unit.unit_id)):
        children.setdefault(parent, []).append(unit)
    had = _below(children, old_unit) if old_unit else set()
    order = [u for u in _top_down(children, new_unit) if u not in had]
    if not order:
        return 0
    units = {u.unit_id: u for u in s.scalars(select(Unit).where(Unit.unit_id.in_(order)))}
    changes.record_many(s, "unit", [(u, unit_body(units[u]), u) for u in order], now, device_id=device_id)
    learners = s.scalars(select(Learner).where(Learner.unit_id.in_(order)).order_by(Learner.learner_no))
    bodies = [(row.learner_no, learner_body(s, row), row.unit_id) for row in learners]
    changes.record_many(s, "learner", bodies, now, device_id=device_id)
    return len(order) + len(bodies)


def _top_down(children: dict[str | None, list[str]], root: str) -> list[str]:
    """The unit and every unit below it, each after its parent (breadth first)."""
    out, seen = [root], {root}
    for unit in out:   # grows as it is read
        for child in children.get(unit, []):
            if child not in seen:
                seen.add(child)
                out.append(child)
    return out


def _below(children: dict[str | None, list[str]], root: str) -> set[str]:
    return set(_top_down(children, root))


def revoke_device(ctx: ServerContext, device_id: str) -> Device:
    with ctx.sessions.begin() as s:
        device = s.get(Device, device_id)
        if device is None:
            raise KeyError(device_id)
        now = utc_naive(ctx.clock.now())
        device.status, device.revoked_at = "revoked", now
        revoke(s, "device", device_id, now, "revoked by an administrator")  # servers below refuse it too
        audit.record(s, "device.revoke", f"device:{device_id}", now)
        return device


CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"  # nothing to misread on a slip of paper


def _code_hash(code: str) -> str:
    import hashlib
    return hashlib.sha256(code.upper().replace("-", "").replace(" ", "").encode()).hexdigest()


CodeKind = Literal["station", "server"]


def create_code(ctx: ServerContext, hours: int = 24, unit_id: str | None = None, room: str | None = None,
                kind: CodeKind = "station") -> str:
    """A one-time enrolment code (50 bits, printed ``XXXXX-XXXXX``): the device enrolling with it is approved
    at once (to serve ``unit_id``'s subtree, if given; as a PC of exam room ``room``, if given: sittings in
    another room then refuse it). ``kind`` says whom it enrols: a station, or a lower server (whose device id
    is its key's fingerprint, identity.server_device_id): a code handed to one cannot enrol the other. A
    server's code names no room (ValueError); an unknown unit is EnrolmentRefused."""
    import secrets

    from sync_server.models import EnrolmentCode
    if kind not in ("station", "server") or (kind == "server" and room is not None):
        raise ValueError(f"no enrolment code for a {kind} in room {room!r}")
    raw = "".join(secrets.choice(CODE_ALPHABET) for _ in range(10))
    now = utc_naive(ctx.clock.now())
    with ctx.sessions.begin() as s:
        if unit_id is not None and s.get(Unit, unit_id) is None:
            raise EnrolmentRefused(Words("no unit {unit_id} on this server: check the unit's code (the units "
                                         "command lists them)", unit_id=unit_id))
        s.add(EnrolmentCode(code_hash=_code_hash(raw), created_at=now, expires_at=now + timedelta(hours=hours),
                            unit_id=unit_id, room=room, kind=kind))
    return f"{raw[:5]}-{raw[5:]}"


@dataclass(frozen=True)
class OpenCodes:
    """Enrolment codes still usable for one exam room (None: codes for no room), unit and kind ("station",
    "server", or None: made before codes had a kind)."""
    room: str | None
    unit_id: str | None
    kind: str | None
    count: int
    valid_until: datetime   # naive UTC: the latest expiry among them


def _open(now: datetime):
    from sync_server.models import EnrolmentCode
    return (EnrolmentCode.used_by.is_(None), EnrolmentCode.expires_at >= now)


def open_codes(ctx: ServerContext) -> list[OpenCodes]:
    """The enrolment codes not used and not expired, counted by room, unit and kind (room order)."""
    from sync_server.models import EnrolmentCode
    now = utc_naive(ctx.clock.now())
    grouping = (EnrolmentCode.room, EnrolmentCode.unit_id, EnrolmentCode.kind)
    with ctx.sessions() as s:
        rows = s.execute(select(*grouping, func.count(), func.max(EnrolmentCode.expires_at))
                         .where(*_open(now)).group_by(*grouping)).all()
    return sorted((OpenCodes(room, unit_id, kind, count, until) for room, unit_id, kind, count, until in rows),
                  key=lambda c: (c.room or "", c.unit_id or "", c.kind or ""))


def withdraw_codes(ctx: ServerContext, room: str | None = None, keep: Collection[str] = (),
                   only: Collection[str] | None = None, units: Collection[str | None] | None = None) -> int:
    """Make the unused codes of exam room ``room`` (of every room and none, when None) unusable from now
    on, except the codes in ``keep`` (and, with ``only``, just those codes; with ``units``, only codes made
    for those units: a room is its unit's, and two units' 第一考场 are two rooms): a room file replaced, lost,
    left over or never written. A station that brings one is told the code was withdrawn. Audited; returns
    how many were withdrawn."""
    from sync_server.models import EnrolmentCode
    now = utc_naive(ctx.clock.now())
    kept = {_code_hash(code) for code in keep}
    chosen = None if only is None else {_code_hash(code) for code in only}
    with ctx.sessions.begin() as s:
        rows = [row for row in s.scalars(select(EnrolmentCode).where(
                    *_open(now), *(() if room is None else (EnrolmentCode.room == room,))))
                if row.code_hash not in kept and (chosen is None or row.code_hash in chosen)
                and (units is None or row.unit_id in units)]
        for row in rows:
            # ending before it was made: what marks a code withdrawn rather than run out (redeem_code accepts
            # until expires_at)
            row.expires_at = row.created_at - timedelta(seconds=1)
        if rows:
            audit.record(s, "device.codes_withdrawn", f"room:{room}" if room is not None else "room:*", now,
                         detail=f"{len(rows)} unused enrolment code(s)"
                         + (f" of unit(s) {', '.join(u or '-' for u in units)}" if units is not None else ""))
    return len(rows)


def code_problem(ctx: ServerContext, code: str, device_id: str, public_key: bytes) -> str | None:
    """Why ``code`` cannot enrol ``device_id`` with ``public_key`` ("unknown_code", "code_used",
    "code_withdrawn", "code_expired", "code_for_a_room", "code_for_a_station", "code_for_a_server",
    "code_other_unit"), recorded in the audit log as a refused enrolment; or None, nothing changed
    (redeem_code takes the code, checking again)."""
    from sync_server.models import EnrolmentCode
    now = utc_naive(ctx.clock.now())
    with ctx.sessions.begin() as s:
        problem = _code_problem(s.get(EnrolmentCode, _code_hash(code)), s.get(Device, device_id), now,
                                is_server(device_id, public_key))
        if problem is not None:
            audit.record(s, "device.enrol_code", f"device:{device_id}", now, "refused", problem,
                         actor=f"device:{device_id}")
        return problem


def _code_problem(row, device: Device | None, now: datetime, server: bool) -> str | None:
    return ("unknown_code" if row is None else "code_used" if row.used_by is not None
            else "code_withdrawn" if row.expires_at < row.created_at
            else "code_expired" if row.expires_at < now
            # a code enrols whom it was made for: a server (which relays others' records) with a station's code
            # could certify stations of its own making (outside rounds of issue 18 did so with a room's code
            # and with a unit's); a station with a server's code would take a server's place
            else "code_for_a_room" if row.room and server
            else "code_for_a_station" if row.kind == "station" and server
            else "code_for_a_server" if row.kind == "server" and not server
            else "code_other_unit" if (device is not None and device.status == "approved" and device.unit_id
                                       and row.unit_id and row.unit_id != device.unit_id)
            else None)


def redeem_code(ctx: ServerContext, code: str, device_id: str, public_key: bytes) -> tuple[str | None, str | None]:
    """(None, unit the code binds to) if the code was valid for this device and key (code_problem's rules) and
    is now used by it (which now stands in the code's room, if it names one); otherwise (why not, None), the
    code left unused. A device already approved (say, a lower server added from its key file) takes the
    code's unit when it has none; one approved for another unit is refused (``code_other_unit``): moving it
    is an administrator's decision (`devices approve --unit`)."""
    from sync_server.models import EnrolmentCode
    now = utc_naive(ctx.clock.now())
    with ctx.sessions.begin() as s:
        row = s.get(EnrolmentCode, _code_hash(code))
        device = s.get(Device, device_id)
        problem = _code_problem(row, device, now, is_server(device_id, public_key))
        if problem is not None or row is None:
            problem = problem or "unknown_code"
            audit.record(s, "device.enrol_code", f"device:{device_id}", now, "refused", problem,
                         actor=f"device:{device_id}")
            return problem, None
        row.used_by, row.used_at = device_id, now
        if device is not None and row.room:
            device.room = row.room
        return None, row.unit_id


def certificate(ctx: ServerContext, device: Device) -> dict:
    """The device's certificate: its id, key, expiry, and the unit and exam room it serves (when it has
    them: certificates issued before carry none and stay readable), signed by this server."""
    from examcore import canonical
    body = {"device_id": device.device_id, "public_key": canonical.b64e(device.public_key),
            "expires_at": device.certificate_expires_at.isoformat() + "Z" if device.certificate_expires_at else "",
            "server_id": ctx.keys.server_id,
            # the upper tiers check a relayed result against these (sync_server/results/acceptance.py)
            **({"unit_id": device.unit_id} if device.unit_id else {}), **({"room": device.room} if device.room else {})}
    return {**body, "signature": canonical.b64e(ctx.keys.signing.sign(canonical.canonical_json(body)))}
