"""What the server tells this station about the world beyond it: the attempts a learner sat on other
stations (change kind ``attempt``) and the state of sittings (change kind ``sitting``). Starting an exam
checks both (desktop.services.attempts)."""
from __future__ import annotations

import json
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.store.models import Attempt, KnownAttempt, KnownSitting, Package, SealedResult, Setting
from examcore.clock import from_utc_naive
from examcore.sealed import Envelope
from examcore.window import EARLY_START

OPEN_SITTING = ("scheduled", "started")   # a closing sitting takes no new starts: it is being closed
# The station's word on a sitting is fresh this long after it last heard from its server (sync every 30 s by
# default); after that an offline start in a sitting that has begun needs the proctor's code, because the
# proctor may have closed it or recorded the learner missing meanwhile.
SITTING_FRESH = timedelta(minutes=10)
SERVER_SEEN = "server_seen_at"


def apply_attempt(s: Session, body: dict, now: datetime) -> None:
    """body: exam_id, learner_no, attempt_id, result_id, device_id, room, submitted_at, counted, and (newer
    servers) uses_attempt: whether it uses one of the learner's attempts (held ones do, rejected ones not),
    which is what the station keeps as ``counted``; an older server's ``counted`` stands in for it."""
    uses = body["uses_attempt"] if "uses_attempt" in body else body.get("counted", True)
    s.merge(KnownAttempt(result_id=str(body["result_id"]), attempt_id=str(body["attempt_id"]),
                         exam_id=str(body["exam_id"]), learner_no=str(body["learner_no"]),
                         device_id=str(body.get("device_id") or ""), room=str(body.get("room") or ""),
                         submitted_at=str(body.get("submitted_at") or ""), counted=bool(uses),
                         makeup=body.get("makeup") is True, received_at=now))


def apply_sitting(s: Session, body: dict, now: datetime) -> None:
    """body: sitting_id, package_id, room, state, starts_at, seats [learner_no], missing [learner_no]."""
    s.merge(KnownSitting(sitting_id=str(body["sitting_id"]), package_id=str(body["package_id"]),
                         room=str(body.get("room") or ""), state=str(body["state"]),
                         starts_at=str(body.get("starts_at") or ""),
                         seats=json.dumps(sorted(map(str, body.get("seats", ())))),
                         missing=json.dumps(sorted(map(str, body.get("missing", ())))), received_at=now))


def attempts_sat(s: Session, learner_no: str, exam_id: str, own_device: str, makeup: bool = False) -> list[dict]:
    """The learner's attempts at the exam (its main packages, or with ``makeup`` its make-up's: each has its
    own allowance) that count against its limit: those begun on this station (handed in, or still running in
    another package of the exam: the caller resumes one of the same package first) but those the server says
    an administrator rejected, and those the server holds or counts from anywhere else, each once (by
    attempt id). Each: attempt_id, here (bool), device_id, room, submitted_at (ISO)."""
    sat: dict[str, dict] = {}
    given_back = set(s.scalars(select(KnownAttempt.attempt_id).where(
        KnownAttempt.learner_no == learner_no, KnownAttempt.exam_id == exam_id, KnownAttempt.counted.is_(False))))
    kind = {package_id: _is_makeup(data) for package_id, data in s.execute(
        select(Package.package_id, Package.data).where(Package.exam_id == exam_id))}
    for attempt_id, package_id, sealed_at in s.execute(
            select(Attempt.attempt_id, Attempt.package_id, SealedResult.sealed_at).join(Package)
            .outerjoin(SealedResult, SealedResult.attempt_id == Attempt.attempt_id)
            .where(Attempt.learner_no == learner_no, Package.exam_id == exam_id,
                   Attempt.state.in_(("submitted", "in_progress")))):
        if attempt_id in given_back or kind.get(package_id, False) != makeup:   # rejected: the learner's again
            continue
        sat[attempt_id] = {"attempt_id": attempt_id, "here": True, "device_id": own_device, "room": "",
                           "submitted_at": from_utc_naive(sealed_at).isoformat() if sealed_at else ""}
    for row in s.scalars(select(KnownAttempt).where(KnownAttempt.learner_no == learner_no,
                                                    KnownAttempt.exam_id == exam_id, KnownAttempt.counted.is_(True),
                                                    KnownAttempt.makeup.is_(makeup))
                         .order_by(KnownAttempt.submitted_at)):
        if row.attempt_id not in sat:
            sat[row.attempt_id] = {"attempt_id": row.attempt_id, "here": row.device_id == own_device,
                                   "device_id": row.device_id, "room": row.room, "submitted_at": row.submitted_at}
    return sorted(sat.values(), key=lambda a: a["submitted_at"])


def sitting_refusal(s: Session, learner_no: str, package_id: str) -> str | None:
    """``recorded_missing`` or ``sitting_closed`` when the learner's sittings of this package are over for
    them (recorded missing, or closed or being closed) and none still open seats them; else None."""
    mine = [k for k in s.scalars(select(KnownSitting).where(KnownSitting.package_id == package_id))
            if learner_no in json.loads(k.seats) or learner_no in json.loads(k.missing)]
    if not mine:
        return None
    if any(k.state in OPEN_SITTING and learner_no not in json.loads(k.missing) for k in mine):
        return None
    if any(learner_no in json.loads(k.missing) for k in mine):
        return "recorded_missing"
    return "sitting_closed"


def handed_in_at_open_sitting(s: Session, learner_no: str, package_id: str) -> bool:
    """True when the learner already handed in an attempt of this package in a sitting that is still open
    and seats them: a further attempt belongs to another sitting (the make-up), never to the same one, where
    the learner has just seen the review and the room still hears the start code (an outside tester sat
    again at once). The sitting an attempt was sealed for is read from its sealed result."""
    sittings = {k.sitting_id: k for k in s.scalars(select(KnownSitting).where(
        KnownSitting.package_id == package_id, KnownSitting.state.in_(OPEN_SITTING))) if learner_no in json.loads(k.seats)}
    if not sittings:
        return False
    # an attempt started with the room's start code names no sitting: one begun since shortly before the
    # sitting's start (a proctor may start a little early) is taken as sat in it
    since = min((datetime.fromisoformat(k.starts_at) for k in sittings.values() if k.starts_at), default=None)
    for envelope, started_at in s.execute(
            select(SealedResult.envelope, Attempt.started_at).join(Attempt, Attempt.attempt_id ==
                                                                  SealedResult.attempt_id)
            .where(Attempt.learner_no == learner_no, Attempt.package_id == package_id)):
        try:
            sitting_id = Envelope.from_bytes(envelope).meta.get("sitting_id")
        except (ValueError, KeyError, TypeError):   # this station's own envelope: never expected to fail
            continue
        if sitting_id in sittings or (not sitting_id and since is not None
                                      and from_utc_naive(started_at) >= since - EARLY_START):
            return True
    return False


def sitting_not_yet(s: Session, learner_no: str, package_id: str, now: datetime) -> datetime | None:
    """When the learner's first sitting of this package starts, if every open one that seats them is still
    scheduled and starts more than EARLY_START after ``now`` (aware): a start by the room's start code then is
    no start in any of them, and every server holds its result (sitting_not_started), so the station refuses
    it at once rather than let the learner sit an exam that will not count (issue 14: the station left it to
    the server). None otherwise, and for a learner seated in no sitting of the package here."""
    seated = [k for k in s.scalars(select(KnownSitting).where(KnownSitting.package_id == package_id,
                                                              KnownSitting.state.in_(OPEN_SITTING)))
              if learner_no in json.loads(k.seats) and learner_no not in json.loads(k.missing)]
    if not seated or any(k.state != "scheduled" or not k.starts_at for k in seated):
        return None
    first = min(datetime.fromisoformat(k.starts_at) for k in seated)
    return first if first - EARLY_START > now else None


def seated_unconfirmed(s: Session, learner_no: str, package_id: str, now: datetime) -> bool:
    """True when the learner is seated in a known open sitting of this package that has begun, and this
    station has not heard from its server for SITTING_FRESH: its knowledge may be stale (offline)."""
    begun = [k for k in s.scalars(select(KnownSitting).where(KnownSitting.package_id == package_id,
                                                             KnownSitting.state.in_(OPEN_SITTING)))
             if learner_no in json.loads(k.seats) and k.starts_at and datetime.fromisoformat(k.starts_at) <= now]
    if not begun:
        return False
    seen = s.get(Setting, SERVER_SEEN)
    return seen is None or now - datetime.fromisoformat(seen.value) > SITTING_FRESH


def _is_makeup(data: bytes) -> bool:
    """Whether a stored package is an exam's make-up (its header says so; its signature was checked when it
    was stored)."""
    from examcore.package import parse_package
    return bool(parse_package(data, None).header.raw["exam"].get("is_makeup"))
