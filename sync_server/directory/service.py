"""The directory a server keeps and hands down: units tree, roster with login verifiers, trusted issuers,
policy. Every change here is recorded in the change feed, in the same transaction.
"""
from __future__ import annotations

import json
import os
import re
import secrets
import unicodedata
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone

from argon2 import PasswordHasher
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from examcore import canonical
from examcore.change_feed import POLICY_LIMITS
from examcore.credentials import (above_change, change_applies, epoch, initial_version, newer, over_reranked,
                                  over_revoked, verifier_problem)
from examcore.cli_text import Words
from examcore.clock import utc_naive
from examcore.crypto.keys import fingerprint
from sync_server import audit, changes
from sync_server.directory.headcount import claim_numbers, counted_as, follow_learner
from sync_server.models import Alert, Learner, Setting, TrustedIssuer, Unit
from sync_server.directory.transfers import record_move

LEVELS = ("province", "city", "district", "unit")
STATUSES = ("active", "transferred", "retired", "exempt")


def _hidden_marks(text: str) -> bool:
    """A control character (a line break, a tab) or an invisible format mark (U+202E turns the text round,
    U+200B hides a space) in text people read in lists, slips and the exam window."""
    return any(unicodedata.category(ch) in ("Cc", "Cf") for ch in text)
ONE_TIME_PASSWORD_DAYS = 14
PHONE = re.compile(r"[0-9+\-() /,;.#*、，；转分机xX]{0,40}")   # as people write one (0571-8888 转 12); words are not
PASSWORD_ALPHABET = "23456789abcdefghjkmnpqrstuvwxyz"  # nothing to misread on a printed slip


class DirectoryError(ValueError):
    """A change that cannot be made, in words an administrator understands: ``code`` for programs (the HTTP
    API's ``error``), ``detail`` for people, ``Words`` so the command line says it in its user's language."""

    def __init__(self, code: str, detail: str):
        super().__init__(detail)
        self.code = code
        self.detail = detail


def subtree(s: Session, root: str) -> set[str]:
    """The unit and every unit below it."""
    children: dict[str | None, list[str]] = {}
    for unit_id, parent_id in s.execute(select(Unit.unit_id, Unit.parent_id)):
        children.setdefault(parent_id, []).append(unit_id)
    out, todo = set(), [root]
    while todo:
        unit = todo.pop()
        if unit not in out:
            out.add(unit)
            todo += children.get(unit, [])
    return out


def unit_body(u: Unit) -> dict:
    return {"unit_id": u.unit_id, "parent_id": u.parent_id, "name": u.name, "level": u.level}


def learner_dict(r: Learner) -> dict:
    """A learner as the admin API shows it (no password verifier): dates as ISO text."""
    return {"learner_no": r.learner_no, "name": r.name, "unit_id": r.unit_id, "rank": r.rank,
            "is_leader": r.is_leader, "phone": r.phone, "status": r.status, "exempt_reason": r.exempt_reason,
            "exempt_from": r.exempt_from.isoformat() if r.exempt_from else None,
            "exempt_until": r.exempt_until.isoformat() if r.exempt_until else None,
            "must_change_password": r.must_change_password}


def ensure_roster_kept_here(s: Session) -> None:
    """A server with an upstream takes its units and learners from it (``apply_unit``, ``apply_learner``):
    one made or changed here would never reach the upstream, which judges the results (a learner it does not
    know is held there), and the upstream's next change of that learner would undo it. Raises
    DirectoryError roster_upstream."""
    upstream = s.get(Setting, "upstream_url")
    if upstream is not None:
        raise DirectoryError("roster_upstream", Words(
            "this server takes its units and learners from its upstream ({url}): add or change them there; the "
            "change comes down with the next `xuefa-server sync-upstream` (a password reset here is still "
            "allowed, for this server's stations)", url=upstream.value))


def put_unit(s: Session, unit_id: str, name: str, level: str, parent_id: str | None, now: datetime, *,
             checked: bool = True) -> Unit:
    """Add or change a unit. ``checked``: a unit made here must have a code unlike every other (no
    full-width characters, no code differing only in upper and lower case) and stand below its parent's
    level and above its children's (a unit may hold units: its departments); a unit from the upstream is
    taken as its tier made it (``checked=False``). Raises DirectoryError."""
    if checked:
        ensure_roster_kept_here(s)
    if level not in LEVELS:
        raise DirectoryError("bad_level", Words("level must be one of {levels}", levels=", ".join(LEVELS)))
    if parent_id is not None:
        if s.get(Unit, parent_id) is None:
            raise DirectoryError("unknown_unit", Words("no parent unit {unit_id} (add it first with `xuefa-server units add`)",
                                                        unit_id=parent_id))
        if parent_id in subtree(s, unit_id):
            raise DirectoryError("cycle", Words("{parent_id} is inside {unit_id}; a unit cannot be its own ancestor",
                                                 parent_id=parent_id, unit_id=unit_id))
    unit = s.get(Unit, unit_id)
    if checked:
        if unit is None:
            _check_new_code(s, unit_id)
        _check_place(s, unit_id, level, parent_id)
    if unit is None:
        unit = Unit(unit_id=unit_id)
        s.add(unit)
    unit.name, unit.level, unit.parent_id = name, level, parent_id
    s.flush()
    changes.record(s, "unit", unit_id, unit_body(unit), now, unit_id=unit_id)
    return unit


LEVEL_WORDS = {"province": Words("province"), "city": Words("city"), "district": Words("district"),
               "unit": Words("unit")}


def _may_hold(upper: str, lower: str) -> bool:
    """A level holds only lower levels, and a unit its departments (units); a level from an older server,
    unknown here, is not judged."""
    if upper not in LEVELS or lower not in LEVELS:
        return True
    return LEVELS.index(lower) > LEVELS.index(upper) or upper == lower == "unit"


def _check_place(s: Session, unit_id: str, level: str, parent_id: str | None) -> None:
    parent = s.get(Unit, parent_id) if parent_id is not None else None
    if parent is not None and not _may_hold(parent.level, level):
        raise DirectoryError("bad_place", Words(
            "a {level} cannot stand under {parent_id}, which is a {parent_level}: give its right --level, or "
            "a --parent of a higher level", level=LEVEL_WORDS[level], parent_id=parent_id,
            parent_level=LEVEL_WORDS.get(parent.level, parent.level)))
    for child_id, child_level in s.execute(select(Unit.unit_id, Unit.level).where(Unit.parent_id == unit_id)):
        if not _may_hold(level, child_level):
            raise DirectoryError("bad_place", Words(
                "{unit_id} holds {child_id}, which is a {child_level}: it cannot be a {level}",
                unit_id=unit_id, child_id=child_id, child_level=LEVEL_WORDS.get(child_level, child_level),
                level=LEVEL_WORDS[level]))


def _check_new_code(s: Session, unit_id: str) -> None:
    """A new code that people would read as an existing one (Ｕ１, u1 beside U1) would split one unit in two."""
    plain = unicodedata.normalize("NFKC", unit_id)
    if plain != unit_id:
        raise DirectoryError("lookalike_code", Words(
            "the unit code {unit_id} has full-width characters: type it as {plain}", unit_id=unit_id, plain=plain))
    like = s.scalar(select(Unit.unit_id).where(func.lower(Unit.unit_id) == unit_id.lower()).limit(1))
    if like is not None:
        raise DirectoryError("lookalike_code", Words(
            "the unit code {unit_id} differs from the existing unit {like} only in upper or lower case: use "
            "{like}, or a code that differs in more", unit_id=unit_id, like=like))
    skeleton = _skeleton(unit_id)   # UI beside Ul, O1 beside 01: read aloud or copied by hand, they are one
    like = next((code for code in s.scalars(select(Unit.unit_id)) if _skeleton(code) == skeleton), None)
    if like is not None:
        raise DirectoryError("lookalike_code", Words(
            "the unit code {unit_id} looks like the existing unit {like} (I, l and 1, O and 0 are easily "
            "mistaken): use {like}, or a code that differs in more", unit_id=unit_id, like=like))


_LOOKALIKES = str.maketrans({"i": "1", "l": "1", "|": "1", "o": "0"})


def _skeleton(code: str) -> str:
    """A code as a person might misread it: case folded, I/l/1 and O/0 made one."""
    return code.casefold().translate(_LOOKALIKES)


def learner_body(s: Session, row: Learner, moved_at: datetime | None = None) -> dict:
    """A learner's change body. ``moved_at``: when this change moves them to ``unit_id`` (naive UTC), so
    every tier dates the move alike (sync_server/directory/transfers.py); None in every other change."""
    unit = s.get(Unit, row.unit_id)
    return {"moved_at": moved_at.isoformat() if moved_at else None, "learner_no": row.learner_no,
            "name": row.name, "unit_id": row.unit_id, "unit": unit.name if unit else row.unit_id,
            "rank": row.rank, "is_leader": row.is_leader,
            "status": row.status, "exempt_reason": row.exempt_reason,
            "exempt_from": row.exempt_from.isoformat() if row.exempt_from else None,
            "exempt_until": row.exempt_until.isoformat() if row.exempt_until else None,
            "password_hash": row.password_hash, "password_version": row.password_version,
            "must_change_password": row.must_change_password,
            "password_expires_at": row.password_expires_at.isoformat() if row.password_expires_at else None}


@dataclass(frozen=True)
class LearnerFields:
    name: str
    unit_id: str
    rank: str = ""
    is_leader: bool = False
    phone: str = ""
    status: str = "active"
    exempt_reason: str = ""          # an exemption's reason (required) and period (optional)
    exempt_from: date | None = None
    exempt_until: date | None = None   # the last day exempt; the day after, the learner is active again


def check_exemption(fields: LearnerFields, today: date) -> str | None:
    """What is wrong with an exemption, in words an administrator can act on; None when it is fine."""
    if fields.status != "exempt":
        return None
    if not fields.exempt_reason.strip():
        return Words("an exemption needs its reason (e.g. 两年内退休, 长期病假)")
    if len(fields.exempt_reason) > 200:
        return Words("the exemption's reason is longer than 200 characters")
    if fields.exempt_from and fields.exempt_until and fields.exempt_from > fields.exempt_until:
        return Words("the exemption starts ({start}) after it ends ({end})", start=fields.exempt_from,
                     end=fields.exempt_until)
    if fields.exempt_until and fields.exempt_until < today:
        return Words("the exemption ended on {end}; give a new end date, or the status 在职 (active)",
                     end=fields.exempt_until)
    return None


def put_learner(s: Session, learner_no: str, fields: LearnerFields, now: datetime,
                hasher: PasswordHasher | None = None, *, claimed: bool = False,
                initial: tuple[str, str] | None = None) -> tuple[Learner, str | None]:
    """Add or update a learner. A new learner gets a one-time initial password, returned once.
    ``claimed``: the caller already took the number (``claim_numbers``), as a roster import does;
    ``initial``: the password and verifier to give if the learner is new (``initial_passwords``). Raises
    DirectoryError (roster_upstream: this server has an upstream, whose roster it follows)."""
    ensure_roster_kept_here(s)
    if s.get(Unit, fields.unit_id) is None:
        raise DirectoryError("unknown_unit", Words("no unit {unit_id} (add it with `xuefa-server units add`)",
                                                    unit_id=fields.unit_id))
    if fields.status not in STATUSES:
        raise DirectoryError("bad_status", Words("status must be one of {statuses}", statuses=", ".join(STATUSES)))
    problem = check_exemption(fields, local_day(now))
    if problem:
        raise DirectoryError("bad_exemption", problem)
    unreadable = next((text for text in (fields.name, fields.rank, fields.exempt_reason) if _hidden_marks(text)), None)
    if unreadable is not None:   # a line break splits every listing; a direction mark (U+202E) shows it reversed
        raise DirectoryError("bad_text", Words("{text!r} holds a line break or an invisible control character: "
                                               "type it again as plain text", text=unreadable[:40]))
    if unicodedata.normalize("NFKC", fields.name).strip().isdigit():   # the number typed again as the name (round 95)
        raise DirectoryError("bad_name", Words("the name {name} is only digits: type the person's name (the number "
                                               "goes in the learner number)", name=fields.name[:40]))
    if not PHONE.fullmatch(unicodedata.normalize("NFKC", fields.phone)):
        raise DirectoryError("bad_phone", Words("the phone number {phone} cannot be used: digits, spaces, + - ( ) / "
                                                "and 转 for an extension only", phone=fields.phone))
    row = s.get(Learner, learner_no)
    if row is None and not claimed:   # another transaction may be adding the number: wait, look again
        claim_numbers(s, [learner_no])
        row = s.get(Learner, learner_no)
    password = None
    if row is None:
        if _hidden_marks(learner_no) or any(ch in learner_no for ch in "/\\?#%") or not learner_no.strip("."):
            # a number names a learner in a web address too: / ? # % and a number of dots would name another one
            raise DirectoryError("bad_number", Words("the learner number {learner_no!r} cannot be used: a number has "
                                                     "none of / \\ ? # % and no control characters",
                                                     learner_no=learner_no[:40]))
        plain = "".join(unicodedata.normalize("NFKC", learner_no).split())
        if not any(ch.isdigit() for ch in plain):   # a name or a word typed where the number goes (round 91: `abc`)
            raise DirectoryError("bad_number", Words(
                "the learner number {learner_no} has no digit: a learner number is the person's staff or ID number "
                "(a name goes in the name)", learner_no=learner_no[:40]))
        if plain != learner_no:   # 全角 digits or a stray space: a second learner nobody could tell apart
            raise DirectoryError("lookalike_number", Words(
                "the learner number {learner_no} has full-width characters or spaces: type it as {plain}",
                learner_no=learner_no, plain=plain))
        if initial is None:   # (a roster import made them beforehand, on every core: initial_passwords)
            made = one_time_password()
            initial = (made, (hasher or PasswordHasher()).hash(made))
        password, verifier = initial
        row = Learner(learner_no=learner_no, password_hash=verifier,
                      password_version=initial_version(), must_change_password=True,
                      password_expires_at=now + timedelta(days=ONE_TIME_PASSWORD_DAYS))
        s.add(row)
    moved_from = row.unit_id if password is None and row.unit_id != fields.unit_id else None
    before = counted_as(row)
    row.name, row.unit_id, row.rank, row.is_leader = fields.name, fields.unit_id, fields.rank, fields.is_leader
    row.phone, row.status = fields.phone, fields.status
    exempt = fields.status == "exempt"   # the reason and period belong to an exemption only
    row.exempt_reason = fields.exempt_reason.strip() if exempt else ""
    row.exempt_from, row.exempt_until = (fields.exempt_from, fields.exempt_until) if exempt else (None, None)
    s.flush()
    follow_learner(s, row, before)
    if moved_from is not None:  # the stations of the old unit learn the learner has left them
        record_move(s, learner_no, moved_from, row.unit_id, now)   # callers pass naive UTC
        changes.record(s, "learner", learner_no, {**learner_body(s, row, now), "status": "transferred"}, now,
                       unit_id=moved_from)
    changes.record(s, "learner", learner_no, learner_body(s, row, now if moved_from is not None else None), now,
                   unit_id=row.unit_id)
    return row, password


def apply_learner(s: Session, body: dict, now: datetime) -> None:
    """A roster entry from the upstream, verifier and all (a lower server passes it on unchanged)."""
    row = s.get(Learner, body["learner_no"])
    if row is None:   # as in put_learner
        claim_numbers(s, [body["learner_no"]])
        row = s.get(Learner, body["learner_no"])
    if s.get(Unit, body["unit_id"]) is None:  # the unit is outside what this server receives: keep it findable
        s.add(Unit(unit_id=body["unit_id"], parent_id=None, name=body.get("unit") or body["unit_id"], level="unit"))
        s.flush()
    moved_from = None
    if row is None:
        row = Learner(learner_no=body["learner_no"], password_version=0)
        s.add(row)
    elif row.unit_id != body["unit_id"]:   # dated where the move was made; an older server's body: on arrival
        moved_from = row.unit_id
        record_move(s, row.learner_no, row.unit_id, body["unit_id"], _time(body.get("moved_at")) or now)
    before = counted_as(row)
    row.name, row.unit_id, row.rank = body["name"], body["unit_id"], body.get("rank", "")
    row.is_leader, row.status = bool(body.get("is_leader")), body.get("status", "active")
    row.exempt_reason = body.get("exempt_reason") or ""
    row.exempt_from, row.exempt_until = _day(body.get("exempt_from")), _day(body.get("exempt_until"))
    if newer(int(body["password_version"]), row.password_version):
        row.password_hash, row.password_version = body["password_hash"], int(body["password_version"])
        row.must_change_password = bool(body.get("must_change_password", True))
        exp = body.get("password_expires_at")
        row.password_expires_at = datetime.fromisoformat(exp) if exp else None
    s.flush()
    follow_learner(s, row, before)
    moved_at = _time(body.get("moved_at"))
    if moved_from is not None:   # this server's stations of the old unit learn the learner has left them
        changes.record(s, "learner", row.learner_no, {**learner_body(s, row, moved_at), "status": "transferred"},
                       now, unit_id=moved_from)
    changes.record(s, "learner", row.learner_no, learner_body(s, row, moved_at), now, unit_id=row.unit_id)


def take_password_from_above(s: Session, held: dict, now: datetime) -> bool:
    """A learner's password as the upstream holds it, carried back in its receipt file to a centre with no
    network road (examcore/receipt.py ``accounts_in_file``): taken, as a pull takes it, when newer than the one
    held here, and passed on to this server's stations. Returns whether it was taken (False also for a
    learner not here, or a verifier this server would not keep)."""
    row = s.get(Learner, held["learner_no"])
    if row is None or not newer(held["password_version"], row.password_version) or \
            verifier_problem(held["password_hash"]):
        return False
    row.password_hash, row.password_version = held["password_hash"], held["password_version"]
    row.must_change_password = held["must_change_password"]
    exp = held.get("password_expires_at")
    row.password_expires_at = utc_naive(datetime.fromisoformat(exp)) if exp else None
    s.flush()
    changes.record(s, "learner", row.learner_no, learner_body(s, row), now, unit_id=row.unit_id)
    return True


def _time(text: str | None) -> datetime | None:
    """A time in a change body, as the tables keep it (naive UTC)."""
    when = datetime.fromisoformat(text) if text else None
    return utc_naive(when) if when and when.tzinfo else when


def local_day(now: datetime) -> date:
    """Today at this server (a naive time is UTC, as stored)."""
    return (now if now.tzinfo else now.replace(tzinfo=timezone.utc)).astimezone().date()


def _day(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def expire_exemptions(s: Session, now: datetime) -> int:
    """Exemptions whose period has ended: those learners are active again (and count in the reports).
    Run before figures are read; returns how many ended."""
    today = local_day(now)
    ended = list(s.scalars(select(Learner).where(Learner.status == "exempt", Learner.exempt_until.is_not(None),
                                                 Learner.exempt_until < today)))
    for row in ended:
        before = counted_as(row)
        row.status, row.exempt_reason, row.exempt_from, row.exempt_until = "active", "", None, None
        s.flush()
        follow_learner(s, row, before)
        changes.record(s, "learner", row.learner_no, learner_body(s, row), now, unit_id=row.unit_id)
    return len(ended)


def end_exemptions(ctx) -> int:
    """``expire_exemptions`` in its own transaction, before a report or a roster list is read."""
    with ctx.sessions.begin() as s:
        return expire_exemptions(s, utc_naive(ctx.clock.now()))


def apply_unit(s: Session, body: dict, now: datetime) -> None:
    parent = body.get("parent_id")
    if parent is not None and s.get(Unit, parent) is None:
        parent = None  # this server receives a subtree: its top unit is a root here
    put_unit(s, body["unit_id"], body["name"], body["level"], parent, now, checked=False)


def one_time_password() -> str:
    """10 characters from 31 (~50 bits): expires and must be changed at first login."""
    return "".join(secrets.choice(PASSWORD_ALPHABET) for _ in range(10))


HASHING_THREADS = 8   # argon2id takes 64 MiB a hash: 8 at once is 512 MiB


def initial_passwords(numbers: list[str], progress: Callable[[int, int], None] | None = None
                      ) -> dict[str, tuple[str, str]]:
    """A one-time password and its argon2id verifier for each number: ``{number: (password, hash)}``. The
    hashes are made on as many threads as the CPU has cores (at most HASHING_THREADS; argon2 leaves the
    interpreter while it works), before a roster import takes any lock: ~0.1 s each on two cores, the
    whole of a 20,000-learner import's time (issue 17). ``progress(done, total)`` is told every 1,000."""
    hasher = PasswordHasher()
    passwords = {no: one_time_password() for no in numbers}
    threads = max(1, min(HASHING_THREADS, os.cpu_count() or 1, len(numbers)))
    made: dict[str, tuple[str, str]] = {}
    with ThreadPoolExecutor(threads) as pool:
        for no, verifier in zip(passwords, pool.map(hasher.hash, passwords.values()), strict=True):
            made[no] = (passwords[no], verifier)
            if progress and (len(made) % 1000 == 0 or len(made) == len(passwords)):
                progress(len(made), len(passwords))
    return made


def take_password_change(s: Session, learner_no: str, password_hash: str, version: int, *, units: tuple[str, ...],
                         device_id: str, now: datetime, room: str | None = None, over: int | None = None) -> str:
    """A learner's new password, chosen at a station and carried up as a signed record: it replaces the
    verifier here (and, through the change feed, at every station of the learner's units) when
    examcore/credentials.py says it is newer. ``units``: the units the station and each server vouching
    for it serve; a station that serves none (a centre's room PC, ``room``) vouches only for learners
    seated in a sitting of its room. Returns "" when taken, else why not; a change from a station outside
    the learner's units, or made over a reset this server does not hold, is also an alert (the record
    itself is kept). ``over``: the version the record names as replaced (None: an older station's record); a
    change made over a credential a later reset held here replaced is not taken (examcore/credentials.py
    ``over_revoked``)."""
    from sync_server.directory.transfers import unit_rules
    from sync_server.models import Sitting, SittingSeat
    row = s.get(Learner, learner_no)
    if row is None:
        return Words("the learner is not on this server's roster")
    seated_here = room is not None and s.scalar(
        select(SittingSeat.learner_no).join(Sitting, Sitting.sitting_id == SittingSeat.sitting_id)
        .where(SittingSeat.learner_no == learner_no, Sitting.room == room).limit(1)) is not None
    if (units and unit_rules(s, learner_no, units)) or (not units and not seated_here):
        s.add(Alert(kind="password_change_outside_unit", device_id=device_id, created_at=now,
                    detail=Words("station {device_id} sent a new password for learner {learner_no}, who is not in "
                                 "the units it serves; not taken", device_id=device_id, learner_no=learner_no)))
        return Words("the learner is not in the units this station serves")
    problem = verifier_problem(password_hash)
    if problem:
        return f"the new password's verifier was refused: {problem}"
    if not change_applies(row.password_version, version) and row.must_change_password:
        # made over a lower tier's reset that this server took re-ranked (settle_reset): at its rank here
        version = next((v for v in (over_reranked(row.password_version, base, version)
                                    for base in _reset_versions(s, learner_no)) if v is not None), version)
    if epoch(version) > epoch(row.password_version) and newer(version, row.password_version):
        # made over a reset this server never took: forged, or over a reset refused here (issue 20)
        why = Words("station {device_id} sent a new password for learner {learner_no} made over a reset this server "
                    "does not hold; not taken", device_id=device_id, learner_no=learner_no)
        s.add(Alert(kind="password_change_refused", device_id=device_id, created_at=now, detail=why))
        return why
    if over_revoked(row.password_version, row.must_change_password, over):
        held = above_change(row.password_version, version)
        if held != row.password_version:   # the tiers that took the change take the one-time password back
            row.password_version = held
            s.flush()
            changes.record(s, "learner", learner_no, learner_body(s, row), now, unit_id=row.unit_id)
        return Words("the password was changed over one that a later reset replaced; the later reset stands (its "
                     "one-time password comes down with the next sync)")
    if not change_applies(row.password_version, version):
        return Words("a newer password (or a reset) is already held here")
    row.password_hash, row.password_version = password_hash, version
    row.must_change_password, row.password_expires_at = False, None
    s.flush()
    changes.record(s, "learner", learner_no, learner_body(s, row), now, unit_id=row.unit_id)
    # who changed whose password, and from which station, for the security log
    audit.record(s, "learner.password_changed", f"learner:{learner_no}", now, actor=f"device:{device_id}")
    return ""


def _reset_versions(s: Session, learner_no: str) -> list[int]:
    """The versions of the learner's resets that lower tiers sent up (sync_server/directory/password_resets.py)."""
    from sync_server.models import StudyRecord   # (password_resets.record_extras builds on this module)
    out = []
    for body in s.scalars(select(StudyRecord.body).where(StudyRecord.learner_no == learner_no,
                                                         StudyRecord.kind == "reset")):
        try:
            out.append(int(json.loads(body)["extra"]["password_version"]))
        except (KeyError, TypeError, ValueError):
            continue
    return out


def trust_issuer(s: Session, public_key: bytes, name: str, now: datetime) -> bool:
    """Accept packages from this issuer; stations are told to trust it too. False if already trusted."""
    if s.get(TrustedIssuer, public_key) is not None:
        return False
    s.add(TrustedIssuer(public_key=public_key, name=name, added_at=now))
    changes.record(s, "issuer", fingerprint(public_key), {"public_key": canonical.b64e(public_key), "name": name},
                   now)
    return True


def policy(s: Session) -> dict:
    row = s.get(Setting, "policy")
    return json.loads(row.value) if row else {}


def set_policy(s: Session, key: str, value: int, now: datetime) -> dict:
    if key not in POLICY_LIMITS:
        raise DirectoryError("unknown_policy", Words("no policy {key}; known: {known}", key=key,
                                                      known=", ".join(sorted(POLICY_LIMITS))))
    low, high = POLICY_LIMITS[key]
    if not low <= value <= high:
        raise DirectoryError("out_of_range", Words("{key} must be between {low} and {high}", key=key, low=low, high=high))
    current = {**policy(s), key: value}
    s.merge(Setting(key="policy", value=json.dumps(current, sort_keys=True)))
    changes.record(s, "policy", "policy", current, now)
    return current


def revoke(s: Session, what: str, key: str, now: datetime, detail: str = "") -> None:
    """Hand a revocation down: a device (refused everywhere below), an issuer (its packages are no longer
    trusted) or a package (withdrawn: stations stop offering it)."""
    assert what in ("device", "issuer", "package"), what
    changes.record(s, "revocation", f"{what}:{key}", {"what": what, "key": key, "detail": detail}, now)


def distrust_issuer(s: Session, public_key: bytes, now: datetime) -> bool:
    row = s.get(TrustedIssuer, public_key)
    if row is None:
        return False
    s.delete(row)
    revoke(s, "issuer", canonical.b64e(public_key), now, f"issuer {row.name} is no longer trusted")
    return True
