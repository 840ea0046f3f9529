"""One-time passwords issued below, settled above: a reset made at a server below the top travels up.

A learner's verifier comes down from the province with the roster, and a password the learner chose at a
station goes up as the station's signed record. A reset made at a centre (a learner forgot the password on
exam day) went nowhere: the province never heard of it, so a reset the province made the same hours lost
to it at the centre, and a change the centre had refused (made before its reset) was taken up there
(issue 20, found by an outside tester). Now such a reset is a study record of kind ``reset``, signed by
the server that made it and certified by itself (a station's record is certified by its server), and
relayed with the station records over the network or on a bundle. A centre keeps that record even before
it has an upstream, so the resets it made alone go up when it joins a province, before the changes the
learners made over them (the relay goes in the order records were kept). The server above settles it
(examcore/credentials.py ``settle_reset``); what it holds then comes down to every tier with the roster,
and a server that holds a password at a version of its own making sends that up in turn.
"""
from __future__ import annotations

import json
import uuid
from datetime import datetime, timedelta, timezone
from typing import TYPE_CHECKING

from argon2 import PasswordHasher
from sqlalchemy import select
from sqlalchemy.orm import Session

from examcore.cli_text import Words
from examcore.clock import utc_naive
from examcore.credentials import LOW_MASK, reset_time, reset_version, settle_reset, verifier_problem
from examcore.study.receipt import record_hash
from examcore.study.records import RecordKind, StudyRecord as Record, sign_record
from sync_server import audit, changes
from sync_server.directory.service import ONE_TIME_PASSWORD_DAYS, DirectoryError, learner_body, one_time_password
from sync_server.models import Alert, Change, Learner, StudyRecord

if TYPE_CHECKING:
    from sync_server.keys import UpstreamIdentity

REFUSED_ALERT = "password_reset_refused"


def reset_password(s: Session, learner_no: str, now: datetime, hasher: PasswordHasher | None = None, *,
                   upward: UpstreamIdentity | None = None, signer: UpstreamIdentity | None = None) -> str:
    """A new one-time password for the learner (returned once; ``now``: naive UTC). ``upward``: this
    server's identity at its upstream (sync_server/identity.py ``upward_identity``; None: it has none);
    ``signer``: the identity the reset is kept under as a signed record (``reset_signer``: this server's
    unless it is the top; defaults to ``upward``), which goes up with the next relay or bundle, now or once
    there is an upstream, and the tiers above settle it (``take_reset``).
    Raises DirectoryError (unknown_learner; learner_moved: at a server with an upstream, a learner who has
    moved out of its units, whose reset the upstream would not take)."""
    row = s.get(Learner, learner_no)
    if row is None:
        raise DirectoryError("unknown_learner", Words("no learner {learner_no} here: check the number",
                                                      learner_no=learner_no))
    if upward is not None and row.status == "transferred":   # issue 20: the province refused it, the centre
        raise DirectoryError("learner_moved", Words(    # said nothing, and the password worked nowhere
            "learner {learner_no} has moved to another unit ({unit}): the password is reset where the learner is "
            "now", learner_no=learner_no, unit=row.unit_id))
    password = one_time_password()
    row.password_hash = (hasher or PasswordHasher()).hash(password)
    # replaces any password changed before it, anywhere (and, at a tier that counts as many resets, a
    # password changed before it in time)
    row.password_version = reset_version(row.password_version, now)
    row.must_change_password, row.password_expires_at = True, now + timedelta(days=ONE_TIME_PASSWORD_DAYS)
    s.flush()
    changes.record(s, "learner", learner_no, learner_body(s, row), now, unit_id=row.unit_id)
    keeper = signer or upward
    if keeper is not None:
        record_reset(s, row, keeper, now)
    return password


def record_reset(s: Session, row: Learner, upward: UpstreamIdentity, now: datetime) -> None:
    """Keep the learner's current one-time password as this server's signed ``reset`` record, which the
    next relay (or bundle) carries up, now or once this server has an upstream. ``now``: naive UTC, as the
    tables keep it."""
    at = now.replace(tzinfo=timezone.utc) if now.tzinfo is None else now
    record = Record(record_id=str(uuid.uuid4()), device_key=upward.device_key.public_raw(),
                    seq=int(at.timestamp() * 1000), learner_no=row.learner_no, plan_id="", kind=RecordKind.RESET,
                    category_id="", started_at=at, ended_at=at,
                    extra={"password_hash": row.password_hash, "password_version": row.password_version,
                           "password_expires_at": row.password_expires_at.isoformat()
                           if row.password_expires_at else None})
    signed = sign_record(record, upward.device_key)
    s.add(StudyRecord(record_id=record.record_id, content_hash=record_hash(signed["record"]),
                      learner_no=row.learner_no, plan_id="", kind=RecordKind.RESET.value, device_id=upward.device_id,
                      body=signed["record"], signature=signed["signature"], received_at=utc_naive(now),
                      source="here", relayed_by=None, certificate=None))


def record_extras(s: Session, learner_no: str, kind: RecordKind) -> list[dict]:
    """The ``extra`` of each of the learner's stored records of ``kind`` (password: a station's change, reset:
    a lower server's reset), as signed; a body that cannot be read is passed over."""
    out = []
    for body in s.scalars(select(StudyRecord.body).where(StudyRecord.learner_no == learner_no,
                                                         StudyRecord.kind == kind.value)):
        try:
            extra = json.loads(body)["extra"]
        except (KeyError, TypeError, ValueError):
            continue
        if isinstance(extra, dict):
            out.append(extra)
    return out


def _chosen_after(s: Session, learner_no: str, version: int) -> int | None:
    """When the reset was made that the learner's chosen password of ``version`` descends from (ms since
    1970), followed through the stations' password records (each names the version it replaced; a version
    re-ranked here keeps its time, the low bits, so it is found by them); None when a record on the way
    names none (a station older than this rule) or names a version this server never held (a station
    signs its records itself: a forged one named a reset dated 2109, and no centre reset could replace the
    password after it; issue 20, an outside tester)."""
    held: set[int] = set()   # every version this server has held for the learner: its change feed says them
    for body in s.scalars(select(Change.body).where(Change.kind == "learner", Change.key == learner_no)):
        try:
            held.add(int(json.loads(body)["password_version"]))
        except (KeyError, TypeError, ValueError):
            continue
    records: dict[int, int | None] = {}
    for extra in record_extras(s, learner_no, RecordKind.PASSWORD):
        try:
            over = extra.get("over_version")
            records[int(extra["password_version"])] = int(over) if over is not None else None
        except (KeyError, TypeError, ValueError):
            continue
    by_time = {v & LOW_MASK: v for v in records}
    if version not in records and (version & LOW_MASK) in by_time:   # re-ranked here (settle_reset)
        version = by_time[version & LOW_MASK]
    seen: set[int] = set()
    while version in records and version not in seen:   # a chosen password: to what it replaced
        seen.add(version)
        over = records[version]
        if over is None or over not in held:
            return None
        version = over
    if not seen:
        return None   # no record set this version here (a change taken re-ranked, or one from before the rule)
    return reset_time(version)


def take_reset(s: Session, record: Record, *, issuer: bytes | None, units: tuple[str, ...], device_id: str,
               now: datetime, upward: UpstreamIdentity | None) -> str:
    """A lower server's reset (the record is already stored, whatever is decided). ``issuer``: the key that
    certified the record's signer (None: it came straight from a station): a reset is taken only from a
    server, which certifies itself. ``units``: the units the servers vouching for it serve; ``upward``:
    the identity a version of this server's own making is kept under to go up (sync_server/identity.py
    ``reset_signer``; None: this is the top).
    ``now``: naive UTC. Returns "" when settled here, else why not (a refused reset is also an alert)."""
    from sync_server.directory.transfers import unit_rules
    row = s.get(Learner, record.learner_no)
    if row is None:
        return Words("the learner is not on this server's roster")
    why: Words | None = None
    if issuer != record.device_key:
        why = Words("station {device_id} sent a password reset for learner {learner_no}; only a server resets "
                    "passwords: not taken", device_id=device_id, learner_no=record.learner_no)
    elif unit_rules(s, record.learner_no, units):
        why = Words("server {device_id} reset the password of learner {learner_no}, who is not in the units it "
                    "serves; not taken", device_id=device_id, learner_no=record.learner_no)
    if why is not None:
        s.add(Alert(kind=REFUSED_ALERT, device_id=device_id, created_at=now, detail=why))
        return why
    try:
        password_hash, version = str(record.extra["password_hash"]), int(record.extra["password_version"])
        expires = record.extra.get("password_expires_at")
        expires_at = utc_naive(datetime.fromisoformat(expires)) if expires else None
    except (KeyError, TypeError, ValueError):
        return Words("the reset names no verifier, version or expiry that can be read")
    problem = verifier_problem(password_hash)
    if problem:
        return f"the reset's verifier was refused: {problem}"
    settled = settle_reset(row.password_version, row.must_change_password, version,
                           now.replace(tzinfo=timezone.utc),
                           None if row.must_change_password else _chosen_after(s, row.learner_no, row.password_version))
    if settled is None:   # a clock days ahead, or a forged rank: said up here and to the server below
        why = Words("the password reset of learner {learner_no} by {device_id} ranks days ahead of this server's "
                    "clock (is that server's clock days ahead?): not taken", learner_no=record.learner_no,
                    device_id=device_id)
        s.add(Alert(kind=REFUSED_ALERT, device_id=device_id, created_at=now, detail=why))
        return why
    take, held = settled
    if not take and held == row.password_version:
        return Words("the tier above already holds a newer password (or a later reset) of this learner")
    if take:
        row.password_hash, row.must_change_password, row.password_expires_at = password_hash, True, expires_at
    row.password_version = held
    s.flush()
    changes.record(s, "learner", row.learner_no, learner_body(s, row), now, unit_id=row.unit_id)
    if take:   # whose password was reset, and by which server, for the security log
        audit.record(s, "learner.reset_password", f"learner:{row.learner_no}", now, actor=f"device:{device_id}")
    if upward is not None and held != version and row.must_change_password:
        record_reset(s, row, upward, now)   # a one-time password at a rank made here: the tiers above settle it
    if not take and not row.must_change_password:   # a password chosen after a later reset stands
        return Words("the tier above holds a password the learner chose after a later reset, which stands (it "
                     "comes down with the next sync)")
    if not take:   # the one-time password issued here stands, re-ranked above the relayed one
        return Words("the tier above holds a later reset of this learner, which stands (its password comes "
                     "down with the next sync, or in the receipt file of a bundle)")
    return ""

