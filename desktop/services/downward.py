"""Taking the server's change feed onto the station: units, roster with login verifiers, trusted issuers,
packages, policy and revocations, cached so the station works offline afterwards.

Each page is verified under the key the station enrolled with, then applied in one transaction together
with the new cursor: a crash or a dropped connection applies a page wholly or not at all."""
from __future__ import annotations

import hashlib
import json
import logging
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import delete, or_, select
from sqlalchemy.orm import Session, sessionmaker

from desktop.services.accounts import take_password
from desktop.services.packages import PackageLibrary
from desktop.services.server_knowledge import apply_attempt, apply_sitting
from desktop.services.server_link import announce_next
from desktop.services.station_time import StationTime
from desktop.services.study import StudyService
from desktop.store.models import Attempt, Learner, OutboxItem, Package, Revocation, Setting, TrustedIssuer, Unit
from desktop.store.station_keys import StationKeys
from examcore import canonical
from examcore.change_feed import Change, FeedError, feed_changed, verify_page
from examcore.clock import Clock, utc_naive
from examcore.errors import PackageError
from examcore.sync_client import SyncClient, SyncError

log = logging.getLogger(__name__)
MAX_PAGES = 1000


@dataclass
class PullOutcome:
    applied: int = 0
    new_packages: int = 0
    study_files: int = 0
    skipped: list[str] = field(default_factory=list)
    learners_changed: set[str] = field(default_factory=set)   # one learner may change several times in a pull

    @property
    def learners(self) -> int:
        """How many learners the changes were about (not how many learner changes there were)."""
        return len(self.learners_changed)


def _setting(s: Session, key: str) -> str | None:
    row = s.get(Setting, key)
    return row.value if row else None


class DownwardPull:
    """The server's change feed taken onto this station (the downward half of a sync)."""

    def __init__(self, sessions: sessionmaker[Session], keys: StationKeys, clock: Clock, time: StationTime,
                 library: PackageLibrary, study: StudyService):
        self._sessions, self._keys, self._clock, self._time = sessions, keys, clock, time
        self._library, self._study = library, study

    def policy(self) -> dict:
        """The policy the server sent last (sync interval, …); {} before any."""
        with self._sessions() as s:
            return json.loads(_setting(s, "policy") or "{}")

    def pull(self, client: SyncClient) -> PullOutcome:
        """Apply every change the server has for this station. Raises SyncError (network, refusal, a page
        that does not verify); what was applied before stays applied."""
        with self._sessions() as s:
            key_hex = _setting(s, "server_key")
        if not key_hex:
            raise SyncError("not_enrolled", "this station has no server key: enrol it again")
        server_key = bytes.fromhex(key_hex)
        outcome = PullOutcome()
        for _ in range(MAX_PAGES):
            with self._sessions() as s:
                after = int(_setting(s, "feed_cursor") or 0)
                have = {p for (p,) in s.query(Package.package_id)}
            try:
                page = verify_page(client.changes(after, self._undelivered()), server_key, self._keys.device_id,
                                   after)
            except FeedError as exc:
                raise SyncError(exc.code, f"the server's changes were refused: {exc.detail}") from exc
            with self._sessions.begin() as s:
                kept = _setting(s, "feed_id")
                if feed_changed(kept or "", page):   # restored from a backup: read it all again
                    log.warning("the server's feed is another one now (%s, was %s): reading it again from the start",
                                page.feed, kept)
                    s.merge(Setting(key="feed_cursor", value="0"))
                if page.feed and page.feed != kept:
                    s.merge(Setting(key="feed_id", value=page.feed))
            if feed_changed(kept or "", page):
                continue
            # an answer over the pinned connection, its page signed: the server's Date moves the mark on
            self._time.observe_server(client.server_time)
            files = {c.key: client.package(c.key) for c in page.changes if c.kind == "package" and c.key not in have}
            files.update({c.key: client.study_file(c.key) for c in page.changes if c.kind == "study"})
            with self._sessions.begin() as s:
                for change in page.changes:
                    self._apply(s, change, files, outcome)
                s.merge(Setting(key="feed_cursor", value=str(page.cursor)))
            outcome.applied += len(page.changes)
            if not page.more:
                return outcome
        raise SyncError("too_many_pages", "the server kept sending changes; sync again")


    def _undelivered(self) -> list[str]:
        """The attempts this station has not delivered: in progress, or sealed and waiting in the outbox, as
        "ATTEMPT_ID LEARNER_NO PACKAGE_ID". Its
        server holds an attempt delivered later that claims to have begun before this moment and was not
        listed (the PC's clock set back: sync_server/results/acceptance.py, clock_moved_back). Read in one
        statement, one snapshot: read apart, a hand-in committed between the two reads was in neither (an
        outside round; the honest result was held)."""
        with self._sessions() as s:
            rows = s.execute(select(Attempt.attempt_id, Attempt.learner_no, Attempt.package_id)
                             .outerjoin(OutboxItem, OutboxItem.result_id == Attempt.result_id)
                             .where(or_(Attempt.state == "in_progress", OutboxItem.state == "pending")))
            # each with whose it is: the server keeps it, and one never delivered uses an attempt
            # (sync_server/results/announced.py); a server before that reads the id, the first 36 characters
            return sorted({f"{a} {learner} {package}" for a, learner, package in rows})


    def _apply(self, s: Session, change: Change, files: dict[str, bytes], outcome: PullOutcome) -> None:
        body, now = change.body, utc_naive(self._clock.now())
        if change.kind == "unit":
            s.merge(Unit(unit_id=body["unit_id"], parent_id=body.get("parent_id"), name=body["name"],
                         level=body["level"]))
        elif change.kind == "learner":
            _apply_learner(s, body)
            outcome.learners_changed.add(body["learner_no"])
        elif change.kind == "issuer":
            key = canonical.b64d(body["public_key"])
            if s.get(TrustedIssuer, key) is None and s.get(Revocation, ("issuer", body["public_key"])) is None:
                s.add(TrustedIssuer(public_key=key, name=body["name"], added_at=now))
        elif change.kind == "package":
            data = files.get(change.key)
            if data is None:
                return  # already on this station (imported from a file, say)
            if hashlib.sha256(data).hexdigest() != body.get("sha256"):
                outcome.skipped.append(f"package {body.get('title')}: the file differs from the one announced")
                return
            try:
                with s.begin_nested():
                    _, new = self._library.store(s, data)
                outcome.new_packages += int(new)
            except PackageError as exc:  # e.g. its window has ended: nothing to sit any more
                outcome.skipped.append(f"package {body.get('title')}: {exc.code}")
        elif change.kind == "study":   # a study plan, course or practice bank
            data = files.get(change.key)
            if data is None or hashlib.sha256(data).hexdigest() != body.get("sha256"):
                outcome.skipped.append(f"study file {body.get('title')}: the file differs from the one announced")
                return
            try:
                with s.begin_nested():
                    self._study.store(s, data)
                outcome.study_files += 1
            except PackageError as exc:
                outcome.skipped.append(f"study file {body.get('title')}: {exc.code}")
        elif change.kind == "policy":
            s.merge(Setting(key="policy", value=json.dumps(body, sort_keys=True)))
        elif change.kind == "revocation":
            _apply_revocation(s, body, now)
        elif change.kind == "attempt":   # an attempt the server holds, sat here or elsewhere: counts to the limit
            apply_attempt(s, body, now)
        elif change.kind == "sitting":   # a sitting's state, who is seated and who was recorded missing
            apply_sitting(s, body, now)
        elif change.kind == "tls":      # the server will switch to this certificate: accept it when met
            announce_next(s, body)
        else:
            outcome.skipped.append(f"change kind {change.kind} is not known to this version of Xuefa")


def _apply_learner(s: Session, body: dict) -> None:
    row = s.get(Learner, body["learner_no"])
    if row is None:
        row = Learner(learner_no=body["learner_no"], password_hash=body["password_hash"], password_version=0)
        s.add(row)
    row.name, row.unit, row.unit_id = body["name"], body.get("unit", ""), body.get("unit_id")
    row.rank, row.is_leader, row.status = body.get("rank", ""), bool(body.get("is_leader")), body.get("status", "active")
    exp = body.get("password_expires_at")
    take_password(row, body["password_hash"], int(body["password_version"]),
                  bool(body.get("must_change_password", True)), datetime.fromisoformat(exp) if exp else None)


def _apply_revocation(s: Session, body: dict, now: datetime) -> None:
    what, key = body["what"], body["key"]
    s.merge(Revocation(what=what, key=key, detail=body.get("detail", ""), received_at=now))
    if what == "issuer":
        s.execute(delete(TrustedIssuer).where(TrustedIssuer.public_key == canonical.b64d(key)))
    elif what == "package" and (pkg := s.get(Package, key)) is not None:
        pkg.withdrawn_at = pkg.withdrawn_at or now
