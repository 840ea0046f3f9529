"""Ingest of sealed results: verify everything, re-grade from the answers, store exactly once.

The same path serves HTTP uploads, USB bundles and the relay from a lower server. Outcomes:
stored (new), duplicate (same id and content: the stored receipt again), conflict (same id, other
content: refused, alert raised), refused (with a reason code; nothing stored).
"""
from __future__ import annotations

import logging
from collections.abc import Sequence
from datetime import datetime, timedelta, timezone
from dataclasses import dataclass, replace
from functools import lru_cache

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from examcore import canonical
from examcore.cli_text import Words
from examcore.clock import local_stamp, utc_naive
from examcore.crypto.keys import fingerprint
from examcore.errors import PackageError, SealError
from examcore.exam import Eligibility, unit_path
from examcore.package import ExamContent, parse_package
from examcore.paper import BlueprintError
from examcore.receipt import Receipt, sign_receipt
from examcore.sealed import Envelope, named_result_id, open_envelope, verify_envelope
from examcore.station_certificates import chain_of
from sync_server.context import ServerContext
from sync_server.directory.transfers import unit_rules
from sync_server.device_trust import (REVOKED_HERE, Origin, origin_of_chain, relayed_refusal, revoked_here,
                                      station_refusal)
from sync_server.results.acceptance import (RULES, attempt_began, contact_rules, granted_ms, join,
                                            late_words, made_at, made_rules, sitting_rules, sleep_words,
                                            time_rules)
from sync_server.results.counted import (HELD_PREFIX, attempt_change, attempt_limits, hold_also, package_kind,
                                          store_results)
from sync_server.results.pulls import runs_of
from sync_server.devices import SENT_RESULTS
from sync_server.faults import crash_point
from sync_server.intake import HOLDS, Delivery, Status
from sync_server import changes
from sync_server.models import Alert, AnnouncedAttempt, Device, DeviceContact, Learner, Package, Result, Sitting, StudyPoints, Unit
from sync_server.study.service import exam_plan_id

log = logging.getLogger(__name__)


CONFLICTS = ("conflicting_attempt", "conflicting_upload")


def new_conflicts(s: Session, alerts: list[Alert]) -> list[Alert]:
    """``alerts`` without the conflict alerts already raised for their result and kind (a lower server, or a
    station, sends a refused result again at every try: one alert is enough)."""
    conflicts = {(a.kind, a.result_id) for a in alerts if a.kind in CONFLICTS}
    if not conflicts:
        return alerts
    known = {(kind, result_id) for kind, result_id in s.execute(select(Alert.kind, Alert.result_id).where(
        Alert.kind.in_(CONFLICTS), Alert.result_id.in_({r for _, r in conflicts})))}
    return [a for a in alerts if (a.kind, a.result_id) not in known]


class _NotHere(LookupError):
    """A package this server does not hold: not remembered, since it may be imported at any moment."""


@dataclass(frozen=True)
class IngestOutcome:
    result_id: str | None
    status: Status
    receipt: bytes | None = None
    reason: str = ""      # a stable code for refusals: bad_signature, device_not_enrolled, …
    detail: str = ""
    flags: str = ""       # stored but held: the acceptance rules it broke (sync_server/results/acceptance.py)

    @property
    def item_id(self) -> str:
        """The result id, as sent ("?": an envelope naming none)."""
        return self.result_id or "?"

    def to_dict(self) -> dict:
        # "?": an envelope naming no result id (a sender then matches the outcome to none of what it sent)
        return {"result_id": self.result_id or "?", "status": self.status.value, "reason": self.reason,
                "detail": self.detail, "receipt": self.receipt.decode("utf-8") if self.receipt else None,
                "flags": self.flags.split(",") if self.flags else []}


class Ingest:
    """Sealed results taken in (the Intake of sync_server/intake.py for results): each envelope verified,
    its station checked, graded again and judged by the acceptance rules, stored once, and answered with a
    signed receipt of its own."""
    kind = "result"

    def __init__(self, ctx: ServerContext):
        self.ctx = ctx
        self._proctor_keys: dict[str, bytes | None] = {}
        self._kinds: dict[str, tuple[bool, int]] = {}   # package id -> (make-up, attempts allowed)
        # derived data only: safe per worker; only packages found are kept (an exception is never cached), so a
        # package imported after a result was refused for lacking it is found at the next delivery (issue 20:
        # the refusal lasted until the server was restarted)
        self._opened = lru_cache(maxsize=32)(self._open_package)
        self._plans: dict[str, str] = {}   # exam id -> its study plan, for the study-points check
        self._made: dict[str, datetime | None] = {}   # package id -> when its issuer made it (its signed header)
        self._key_id = fingerprint(ctx.keys.results.public_raw())   # how a result names this server

    def _content(self, package_id: str) -> ExamContent | None:
        """The package's content, None when it is not on this server (yet); PackageError if unreadable."""
        try:
            return self._opened(package_id)
        except _NotHere:
            return None

    def _open_package(self, package_id: str) -> ExamContent:
        with self.ctx.sessions() as s:
            row = s.get(Package, package_id)
            if row is None:
                raise _NotHere(package_id)
            parsed = parse_package(row.data, None)
        self._made[package_id] = made_at(parsed.header.raw)
        return parsed.open_body(parsed.unwrap_for_recipient(self.ctx.keys.results))

    def take(self, items: Sequence[bytes], delivery: Delivery) -> list[IngestOutcome]:
        """The envelopes ``items`` as ``delivery`` hands them in (ingest_many)."""
        if delivery.relayed:
            return self.ingest_many(list(items), delivery.source, relayed_by=delivery.sender,
                                    certificates=list(delivery.chains) if delivery.chains is not None else None,
                                    held_below=list(delivery.held_below) if delivery.held_below else None)
        return self.ingest_many(list(items), delivery.source, expected_device=delivery.sender)

    def receipts(self, outcomes: Sequence[IngestOutcome]) -> list[str]:
        """Each held result's own signed receipt."""
        return [o.receipt.decode("utf-8") for o in outcomes if o.receipt is not None and o.status in HOLDS]

    def ingest(self, data: bytes, source: str, expected_device: str | None = None) -> IngestOutcome:
        return self.ingest_many([data], source, expected_device)[0]

    def ingest_many(self, items: list[bytes], source: str, expected_device: str | None = None,
                    relayed_by: str | None = None, certificates: list | None = None,
                    held_below: list[list[str]] | None = None) -> list[IngestOutcome]:
        """Verify and re-grade each result, then store all new ones in one transaction (one disk flush).

        ``relayed_by``: an enrolled lower server delivering its stations' original envelopes; each comes
        with the certificate chain that stands in for enrolment here: the station's certificate, then
        (from two or more tiers down) the certificates of the servers in between, each signed by the next
        server up, the last by ``relayed_by``. A single certificate dict is a chain of one. ``held_below``
        (relayed only): per item, the acceptance rules the lower server holds it for; among them those this
        server cannot check itself (a province holds no sittings), so they hold it here too."""
        outcomes: list[IngestOutcome | None] = [None] * len(items)
        checked: list[tuple[int, Envelope, dict]] = []
        for n, data in enumerate(items):
            try:
                envelope = Envelope.from_bytes(data)
                meta = verify_envelope(envelope)
            except SealError as exc:   # named by the id it gives, so the sender can tell which one it was
                outcomes[n] = IngestOutcome(named_result_id(data), Status.REFUSED, reason=exc.code, detail=exc.detail)
                continue
            if relayed_by is None and expected_device is not None and meta["device"]["device_id"] != expected_device:
                outcomes[n] = IngestOutcome(envelope.result_id, Status.REFUSED, reason="device_mismatch",
                                            detail="a device may only deliver its own results")
                continue
            checked.append((n, envelope, meta))
        fresh: list[tuple[int, Envelope, dict]] = []
        origins: dict[int, Origin] = {}
        with self.ctx.sessions.begin() as s:
            devices: dict[tuple[str, str], tuple[str, str] | None] = {}  # (device id, key) -> refusal
            signatures_ok: dict[bytes, bool] = {}  # a batch holds many results of each station
            stored = {r.result_id: r for r in s.scalars(select(Result).where(
                Result.result_id.in_([e.result_id for _, e, _ in checked])))} if checked else {}
            seen_here: set[str] = set()
            relayer = s.get(Device, relayed_by) if relayed_by else None
            known_origins: dict[str, Origin] = {}   # a batch holds many results of each station
            # the batch's stations in one query: the checks below then find them in the session (this list
            # keeps them there; the session holds only what is referenced)
            stations = s.scalars(select(Device).where(Device.device_id.in_(
                {str(meta["device"]["device_id"]) for _, _, meta in checked}))).all() if relayer is None else []
            revoked = revoked_here(s, (canonical.b64d(meta["device"]["public_key"]) for _, _, meta in checked)
                                   ) if relayer is not None else set()
            for n, envelope, meta in checked:
                device_id = str(meta["device"]["device_id"])
                key = (device_id, meta["device"]["public_key"])
                if relayer is not None:
                    assert certificates is not None
                    devices[key] = relayed_refusal(relayer, certificates[n], meta, signatures_ok) or (
                        REVOKED_HERE if canonical.b64d(meta["device"]["public_key"]) in revoked else None)
                    if not devices[key]:
                        origins[n] = origin_of_chain(chain_of(certificates[n]), relayer.unit_id, relayer.public_key)
                else:
                    if key not in devices:
                        devices[key] = station_refusal(s, device_id, canonical.b64d(meta["device"]["public_key"]),
                                                       utc_naive(self.ctx.clock.now()), SENT_RESULTS)
                    if not devices[key]:
                        if device_id not in known_origins:
                            known_origins[device_id] = self._origin(s, device_id)
                        origins[n] = known_origins[device_id]
                refusal = devices[key]
                if refusal:
                    code, detail = refusal
                    outcomes[n] = IngestOutcome(envelope.result_id, Status.REFUSED, reason=code, detail=detail)
                elif envelope.result_id in stored:
                    known_row = stored[envelope.result_id]
                    outcomes[n] = known = self._known(s, known_row, envelope.content_hash, device_id)
                    if relayer is not None and known_row.relayed_by is None and known.status is Status.DUPLICATE:
                        # it came first by another road (its station delivered it here itself): the lower
                        # server now vouches for it too, so it counts in that server's totals
                        # (/relay/summary) and a loss of it here is found by its next relay, as for study
                        # records (sync_server/study/service.py). Its source keeps the first road.
                        assert certificates is not None
                        known_row.relayed_by = relayed_by
                        known_row.certificate = canonical.canonical_json(chain_of(certificates[n]))
                elif envelope.result_id in seen_here:  # twice in one batch: settled once the first is stored
                    fresh.append((n, envelope, meta))
                else:
                    seen_here.add(envelope.result_id)
                    fresh.append((n, envelope, meta))
        del stations
        graded: list[tuple[int, dict]] = []
        alerts: list[Alert] = []
        later: list[tuple[int, Envelope, dict]] = []
        chains: dict[str, list] = {}   # result id -> the attempt's events, for the rules read from the database
        now = utc_naive(self.ctx.clock.now())
        firsts: set[str] = set()
        for n, envelope, meta in fresh:
            if envelope.result_id in firsts:
                later.append((n, envelope, meta))
                continue
            try:
                outcome, row, alert = self._grade(envelope, meta, items[n], source, now, origins[n], chains)
            except (ValueError, TypeError, AttributeError, KeyError, IndexError) as exc:
                # a signed chain of a shape this server cannot read: refused by itself, never the whole batch
                log.warning("result %s: events cannot be read: %r", envelope.result_id, exc)
                outcome, row, alert = IngestOutcome(envelope.result_id, Status.REFUSED, reason="malformed_events",
                                                    detail="the attempt's events cannot be read"), None, []
            outcomes[n] = outcome
            if row is not None and relayed_by:
                row["relayed_by"] = relayed_by
                row["certificate"] = canonical.canonical_json(chain_of(certificates[n])) if certificates else None
            if row is not None:
                firsts.add(envelope.result_id)
                graded.append((n, row))
                alerts += alert
        below = {n: [f for f in held_below[n] if f in RULES] for n in range(len(items))} if held_below else {}
        rows, rooms, holds = self._judge(graded, outcomes, alerts, origins, chains, now, below)
        if rows:
            try:
                with self.ctx.sessions.begin() as s:
                    undecided_before = store_results(s, rows, self._limits(s, rows))  # one executemany: ORM objects cost more
                    for rule, ids in holds.items():
                        alerts += hold_also(s, ids, rule, now, HELD_PREFIX)
                    alerts = new_conflicts(s, alerts)
                    if undecided_before:   # the learner is over the allowance now: none counts undecided, each carries it
                        alerts += hold_also(s, undecided_before, "attempt_limit", now, HELD_PREFIX)
                    self._record_attempts(s, rows, rooms, now, self._kinds)
                    s.add_all(alerts)
                    s.add_all(Alert(kind="result_held", result_id=r["result_id"], device_id=r["device_id"],
                                    created_at=now, detail=HELD_PREFIX + r["flags"])
                              for r in rows if r["review"] == "held")
                    s.flush()
                    crash_point("before_commit")  # written but not committed: must vanish without a trace
            except IntegrityError:  # another request stored some of them meanwhile: settle one by one
                return [self.ingest_many([data], source, expected_device, relayed_by,
                                         [certificates[n]] if certificates else None,
                                         [held_below[n]] if held_below else None)[0]
                        for n, data in enumerate(items)]
            crash_point("after_commit")  # stored, but the station never hears of it: it must retry safely
            held = {r["result_id"]: r["flags"] for r in rows if r["flags"]}
            outcomes = [replace(o, flags=held[o.result_id]) if o is not None and o.status is Status.STORED
                        and o.result_id in held else o for o in outcomes]
        elif alerts or holds:   # nothing to store, but something to look into (a second result of an attempt)
            with self.ctx.sessions.begin() as s:
                for rule, ids in holds.items():
                    alerts += hold_also(s, ids, rule, now, HELD_PREFIX)
                s.add_all(new_conflicts(s, alerts))
        for n, envelope, meta in later:
            with self.ctx.sessions.begin() as s:
                first = s.get(Result, envelope.result_id)
                outcomes[n] = (self._known(s, first, envelope.content_hash, str(meta["device"]["device_id"]))
                               if first else IngestOutcome(envelope.result_id, Status.REFUSED, reason="refused",
                                                         detail="the same result was refused just before"))
        assert all(o is not None for o in outcomes), "every item gets an outcome"
        return outcomes  # type: ignore[return-value]

    def _grade(self, envelope: Envelope, meta: dict, data: bytes, source: str, now, origin: Origin,
               chains: dict[str, list]) -> tuple[IngestOutcome, dict | None, list[Alert]]:
        result_id = envelope.result_id

        def refuse(code: str, detail: str):
            return IngestOutcome(result_id, Status.REFUSED, reason=code, detail=detail), None, []
        # sealed for other servers only: said as that before the package is looked for, since importing the
        # package here (the remedy of unknown_package) cannot work: the package does not name this server either
        if not any(isinstance(r, dict) and r.get("key_id") == self._key_id for r in meta.get("recipients") or ()):
            return refuse("not_a_recipient", f"key {self._key_id} is not a recipient of this result")
        try:
            content = self._content(meta["package_id"])
        except PackageError as exc:
            return refuse("package_unreadable", exc.detail)
        if content is None:
            return refuse("unknown_package", f"package {meta['package_id']} is not on this server")
        try:
            payload = open_envelope(envelope, self.ctx.keys.results, meta)
        except SealError as exc:
            return refuse(exc.code, exc.detail)
        if not 0 < len(payload.attempt_id) <= 36:   # stations name attempts by UUID
            return refuse("malformed", "the attempt id is not an attempt id")
        if meta["exam_id"] != content.exam.exam_id:
            return refuse("wrong_exam", "exam and package differ")
        if not content.exam.eligibility.is_default():
            why = self._not_eligible(content.exam.eligibility, meta["package_id"], str(meta["learner_no"]))
            if why:
                return refuse("not_eligible", why)
        try:
            regrader = content.regrader(payload.variant)
        except KeyError:
            return refuse("paper_mismatch", f"the exam has no {payload.variant!r} paper")
        # the paper re-drawn and the grade re-done from the answers as the station does (examcore.grading),
        # without an object per question: examcore.regrade, pinned to the station's functions by a test
        try:
            drawn = regrader.drawn_as_sent(payload.seed, payload.paper)
        except BlueprintError as exc:   # (it was said as events that cannot be read)
            return refuse("paper_mismatch", f"the package cannot fill its own paper for this seed: {exc}")
        if drawn is None:
            return refuse("paper_mismatch", "the paper does not follow from the package and the attempt's seed")
        # the extra time this server can verify, not what the chain claims, sets which answers were late
        extra = granted_ms(payload.events, str(meta["learner_no"]), self._proctor_key(meta["package_id"]),
                           origin.issuer_key, meta.get("sitting_id"),
                           (str(meta["device"]["device_id"]), payload.attempt_id))
        grade, late = regrader.grade(drawn, payload.events, content.exam.duration_minutes, content.exam.pass_mark,
                                     content.exam.multiple_partial_credit, extra)
        device_id = str(meta["device"]["device_id"])
        receipt = sign_receipt(Receipt(result_id, envelope.content_hash, now.isoformat() + "Z",
                                       self.ctx.keys.server_id, grade.score_text, grade.outcome.value),
                               self.ctx.keys.signing)
        row = dict(result_id=result_id, content_hash=envelope.content_hash, envelope=data,
                   package_id=meta["package_id"], exam_id=meta["exam_id"], learner_no=meta["learner_no"],
                   device_id=device_id, sitting_id=meta.get("sitting_id"), station_score=meta["station_score"],
                   server_score=grade.score_text, outcome=grade.outcome.value, pending_points=grade.pending_points,
                   submitted_at=meta["submitted_at"], received_at=now, source=source, receipt=receipt,
                   attempt_id=payload.attempt_id, reviewed_by=None, reviewed_at=None, review_reason="")
        row["flags"] = time_rules(content.exam, payload.events, str(meta["submitted_at"]), extra, self._skew)
        row["flags"] += made_rules(self._made.get(meta["package_id"]), payload.events)
        chains[result_id] = payload.events
        alerts = []
        if grade.score_text != meta["station_score"]:
            alerts.append(Alert(kind="score_mismatch", result_id=result_id, device_id=device_id, created_at=now,
                                detail=Words("station said {station}, re-graded {server}",
                                             station=str(meta['station_score']), server=grade.score_text)))
        if late:   # answers past the time limit were ignored in the grade: flagged for an administrator
            alerts.append(Alert(kind="late_answers", result_id=result_id, device_id=device_id, created_at=now,
                                detail=late_words(payload.events, late, content.exam.duration_minutes, extra)))
        if "slept_long" in row["flags"]:   # the facts an administrator decides on
            alerts.append(Alert(kind="slept_long", result_id=result_id, device_id=device_id, created_at=now,
                                detail=sleep_words(payload.events)))
        short = self._points_short(content.exam.eligibility, str(meta["exam_id"]), str(meta["learner_no"]))
        if short:
            alerts.append(Alert(kind="points_short", result_id=result_id, device_id=device_id, created_at=now,
                                detail=short))
        return IngestOutcome(result_id, Status.STORED, receipt=receipt), row, alerts

    @property
    def _skew(self) -> timedelta:
        return timedelta(seconds=self.ctx.config.clock_skew_seconds)

    def _proctor_key(self, package_id: str) -> bytes | None:
        """The package's proctor-code key (sealed to this server, a recipient of the package)."""
        if package_id not in self._proctor_keys:
            with self.ctx.sessions() as s:
                row = s.get(Package, package_id)
                data = row.data if row is not None else None
            if data is None:
                return None
            try:
                self._proctor_keys[package_id] = parse_package(data, None).proctor_key_for_recipient(
                    self.ctx.keys.results)
            except PackageError:   # made before the proctor key: no code of it is granted
                self._proctor_keys[package_id] = None
        return self._proctor_keys[package_id]

    def _origin(self, s: Session, device_id: str) -> Origin:
        device = s.get(Device, device_id)   # checked just before: enrolled here
        if device is None:
            return Origin(device_id, (), None, self.ctx.keys.signing.public_raw())
        return Origin(device_id, (device.unit_id,) if device.unit_id else (), device.room,
                      self.ctx.keys.signing.public_raw())

    def _judge(self, graded: list[tuple[int, dict]], outcomes: list, alerts: list[Alert], origins: dict[int, Origin],
               chains: dict[str, list], now, below: dict[int, list[str]]
               ) -> tuple[list[dict], dict[str, str | None], dict[str, set[str]]]:
        """One result per attempt (a different second result of an attempt is a conflict: refused, alert;
        the one stored is held ``second_result``, as the station chose which came first), then the rules
        read from this server's roster and sittings. Returns the rows to store (flags joined, review set),
        each one's exam room, and the stored results to hold as well, by rule (second_in_sitting,
        second_result)."""
        rows: list[dict] = []
        rooms: dict[str, str | None] = {}
        if not graded:
            return rows, rooms, {}
        earlier: set[str] = set()   # results handed in before another in one sitting: held too
        resealed: set[str] = set()   # the stored (or first in this batch) result of an attempt sealed twice
        with self.ctx.sessions() as s:
            held = dict(s.execute(select(Result.attempt_id, Result.result_id).where(
                Result.attempt_id.in_([r["attempt_id"] for _, r in graded]))).all())
            # a province holds no sittings: asked once per batch, not once per result
            in_sittings = set(s.scalars(select(Sitting.package_id).distinct().where(
                Sitting.package_id.in_({r["package_id"] for _, r in graded}))))
            handed_in: dict[tuple[str, str], str] = {}   # (sitting, learner) -> this batch's first result there
            # one query each for the batch: the rules below then find the learners in the session (the list
            # keeps them there: the session holds only what is referenced) and the contacts in the dict
            learners = s.scalars(select(Learner).where(
                Learner.learner_no.in_({r["learner_no"] for _, r in graded}))).all()
            contacts = {c.device_id: c for c in s.scalars(select(DeviceContact).where(
                DeviceContact.device_id.in_({r["device_id"] for _, r in graded})))}
            delivering = {r["device_id"] for _, r in graded if r.get("relayed_by") is None}
            first_met = dict(s.execute(select(Device.device_id, Device.requested_at).where(
                Device.device_id.in_(delivering))).all()) if delivering else {}
            met_after: dict[tuple[str, str], list[str]] = {}   # (station, package) -> results sat before it met us
            began_at = {row["result_id"]: attempt_began(chains[row["result_id"]]) for _, row in graded}
            earliest = min((b for b in began_at.values() if b is not None), default=None)
            runs = runs_of(s, contacts, utc_naive(earliest) if earliest else None)
            announced = {a.attempt_id: a for a in s.scalars(select(AnnouncedAttempt).where(
                AnnouncedAttempt.attempt_id.in_([r["attempt_id"] for _, r in graded])))}
            parents: dict[str, str | None] = {}   # the units' tree as read for this batch
            for n, row in graded:
                other = held.get(row["attempt_id"])
                if other is not None and other != row["result_id"]:   # not stored: its other alerts go too
                    resealed.add(other)
                    alerts[:] = [a for a in alerts if a.result_id != row["result_id"]]
                    alerts.append(Alert(kind="conflicting_attempt", result_id=row["result_id"],
                                        device_id=row["device_id"], created_at=now,
                                        detail=Words("attempt {attempt} already delivered result {other}",
                                                     attempt=str(row['attempt_id']), other=str(other))))
                    log.warning("a second result %s of attempt %s", row["result_id"], row["attempt_id"])
                    outcomes[n] = IngestOutcome(row["result_id"], Status.CONFLICT, reason="conflict",
                                                detail=f"another result of this attempt is already stored ({other})")
                    continue
                held[row["attempt_id"]] = row["result_id"]
                origin, events = origins[n], chains[row["result_id"]]
                meta = {"learner_no": row["learner_no"], "package_id": row["package_id"],
                        "sitting_id": row["sitting_id"], "result_id": row["result_id"], "exam_id": row["exam_id"]}
                began = began_at[row["result_id"]]
                flags = [*row["flags"], *unit_rules(s, row["learner_no"], origin.units, began and began - self._skew,
                                                    parents)]
                if row.get("relayed_by") is None:   # the station itself delivered it: what it said at its last pull
                    # and at every pull since it began; one another station listed first (an attempt never
                    # moves to another PC; an outside round listed it at a second one to switch this off) is
                    # judged as never listed by this one
                    first = announced.get(row["attempt_id"])
                    listed = first.announced_at if first is not None and first.device_id == row["device_id"] else None
                    flags += contact_rules(contacts.get(row["device_id"]), row["attempt_id"], began, self._skew,
                                           runs.get(row["device_id"], ()), listed)
                    if self._met_after_window(first_met.get(row["device_id"]), row["package_id"], began):
                        met_after.setdefault((row["device_id"], row["package_id"]), []).append(row["result_id"])
                if row["package_id"] in in_sittings:
                    flags += sitting_rules(s, meta, events, origin, self._skew, handed_in, earlier)
                # what the lower server held it for beyond what this server finds: all its acceptance may lift
                row["flags_below"] = join(f for f in below.get(n, []) if f not in flags)
                flags += below.get(n, [])
                row["flags"] = join(flags)
                row["review"] = "held" if flags else "counted"
                rows.append(row)
                rooms[row["result_id"]] = origin.room
            del learners
            alerts += [self._met_after_alert(device_id, package_id, first_met[device_id], ids, now)
                       for (device_id, package_id), ids in met_after.items()]
        holds = {"second_in_sitting": earlier, "second_result": resealed}
        for row in rows:   # an earlier one of this batch
            for rule, ids in holds.items():
                if row["result_id"] in ids:
                    row["flags"] = join([*row["flags"].split(","), rule])
                    row["review"] = "held"
        in_batch = {row["result_id"] for row in rows}
        return rows, rooms, {rule: ids - in_batch for rule, ids in holds.items() if ids - in_batch}

    def _met_after_window(self, requested_at: datetime | None, package_id: str, began: datetime | None) -> bool:
        """Whether a station first reached this server after the exam's window closed, with an attempt that
        claims to have begun before that: a fresh install on a PC set back into the closed window, never
        connected until delivery, looks so (outside round 18), and so does an honest station that sat the
        exam offline and first brought its results by USB after the window. Told (an alert), not held."""
        content = self._content(package_id)
        if requested_at is None or began is None or content is None:
            return False
        met = requested_at.replace(tzinfo=timezone.utc)
        return met - self._skew > content.exam.window_end and began < met - self._skew

    def _met_after_alert(self, device_id: str, package_id: str, requested_at: datetime, result_ids: list[str],
                         now: datetime) -> Alert:
        content = self._content(package_id)
        return Alert(kind="first_met_after_window", result_id=result_ids[0], device_id=device_id, created_at=now,
                     detail=Words("station {device_id} first reached this server at {met}, after the window of "
                                  "{exam} closed; {count} result(s) it sat before that ({results}): a PC installed "
                                  "afresh with its clock set back looks the same as one that sat offline; ask "
                                  "who ran it", device_id=device_id, met=local_stamp(requested_at),
                                  exam=content.exam.title if content else package_id, count=str(len(result_ids)),
                                  results=", ".join(result_ids)))

    def _limits(self, s: Session, rows: list[dict]) -> dict[str, tuple[int, tuple[str, ...]]]:
        return attempt_limits(s, rows, self._kinds)

    @staticmethod
    def _record_attempts(s: Session, rows: list[dict], rooms: dict[str, str | None], now,
                         kinds: dict[str, tuple[bool, int]]) -> None:
        """Each stored result as an ``attempt`` change for the stations serving the learner's unit, so they
        refuse an attempt the learner no longer has (and say where the earlier ones were sat). ``kinds``:
        the packages' kinds (the limits read them just before)."""
        units = dict(s.execute(select(Learner.learner_no, Learner.unit_id).where(
            Learner.learner_no.in_({r["learner_no"] for r in rows}))).all())
        changes.record_many(s, "attempt", [(r["result_id"], attempt_change(r, rooms.get(r["result_id"]),
                                                                           package_kind(s, r["package_id"], kinds)[0]),
                                            units[r["learner_no"]])
                                           for r in rows if r["learner_no"] in units], now)  # else: no station of it

    def _points_short(self, rules: Eligibility, exam_id: str, learner_no: str) -> str | None:
        """The exam asks for study points by the plan's deadline: the server checks what it holds. A result
        is never refused for it (the learner's study records may still be on their way from a station, and
        the station checked its own before opening the exam), but a shortfall is an alert to look into."""
        if not rules.min_study_points:
            return None
        with self.ctx.sessions() as s:
            plan_id = self._plans.get(exam_id)
            if plan_id is None:   # found once per exam (it parses the package); not found: asked again later
                plan_id = exam_plan_id(s, exam_id)
                if plan_id is not None:
                    self._plans[exam_id] = plan_id
            row = s.get(StudyPoints, (learner_no, plan_id)) if plan_id else None
        held = row.points_by_deadline if row is not None else 0
        if held >= rules.min_study_points:
            return None
        return Words("learner {learner_no} sat an exam that asks for {points} study points by the deadline; this "
                     "server holds {held} (records may still be on their way)", learner_no=learner_no,
                     points=rules.min_study_points, held=held)

    def _not_eligible(self, rules: Eligibility, package_id: str, learner_no: str) -> str | None:
        """The server checks who may sit against its own roster: a station could be tampered with."""
        with self.ctx.sessions() as s:
            learner = s.get(Learner, learner_no)
            if learner is None:
                return f"learner {learner_no} is not on this server's roster, and the exam is not open to all"
            path = unit_path(learner.unit_id, lambda u: getattr(s.get(Unit, u), "parent_id", None))
            code = rules.refusal(package_id, learner_no, path, learner.rank, learner.is_leader, learner.status)
        return f"learner {learner_no} may not sit this exam ({code})" if code else None

    def _known(self, s: Session, row: Result, content_hash: str, device_id: str) -> IngestOutcome:
        result_id = row.result_id
        if row.content_hash == content_hash:
            return IngestOutcome(result_id, Status.DUPLICATE, receipt=row.receipt)
        now = utc_naive(self.ctx.clock.now())
        # the stored one is held too: which of the two came first was the station's choice
        s.add_all(new_conflicts(s, [Alert(kind="conflicting_upload", result_id=result_id, device_id=device_id,
                                          created_at=now, detail=Words("stored content {stored}…, offered {offered}…",
                                                                       stored=row.content_hash[:16],
                                                                       offered=content_hash[:16])),
                                    *hold_also(s, [result_id], "second_result", now, HELD_PREFIX)]))
        log.warning("conflicting upload for result %s from %s", result_id, device_id)
        return IngestOutcome(result_id, Status.CONFLICT, reason="conflict",
                             detail="a different result with this id is already stored")
