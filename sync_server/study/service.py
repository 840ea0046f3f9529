"""Study on the server: the plans, courses and practice banks it hands down, the study records stations
deliver (stored once each, whatever the retries), and points recomputed from those records.

The server trusts no station total and no station grading: quiz answers are graded again against its own
copy of the course, and the points come from examcore's one set of rules.
"""
from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from examcore import canonical
from examcore.cli_text import Words
from examcore.clock import from_utc_naive, utc_naive
from examcore.grading import ItemStatus, grade_item
from examcore.package import parse_package
from examcore.study.course import Course, read_course_file, read_plan_file, read_study_file
from examcore.study.plan import StudyPlan
from examcore.study.points import PointsReport, compute_points
from examcore.study.receipt import record_hash, sign_study_receipt
from examcore.study.records import BadRecord, RecordKind, StudyRecord as Record, verify_record
from sync_server import changes
from sync_server.directory.headcount import lock_counted
from sync_server.context import ServerContext
from sync_server.device_trust import REVOKED_HERE, relayed_refusal, revoked_here, station_refusal
from sync_server.devices import SENT_STUDY_RECORDS
from sync_server.intake import HOLDS, Delivery, Status
from sync_server.models import Alert, Device, Learner, Package, StudyFile, StudyPoints, StudyRecord, TrustedIssuer

if TYPE_CHECKING:
    from sync_server.keys import UpstreamIdentity


def import_study_file(s: Session, data: bytes, now: datetime) -> tuple[str, str, bool]:
    """Check a plan, course or practice file against the trusted issuers and hand it down to stations.
    Returns (kind, title, new). PackageError when it is not good or not trusted."""
    trusted = set(s.scalars(select(TrustedIssuer.public_key)))
    checked = read_study_file(data, trusted)
    kind, title = checked.kind, checked.title
    year = checked.course.year if checked.course else checked.plan.year if checked.plan else None
    revision = checked.course.revision if checked.course else 1
    # ASCII ids, so they travel in a signed URL path as they are (a practice bank is named in Chinese)
    file_id = f"{kind}:{hashlib.sha256(checked.natural_id.encode('utf-8')).hexdigest()[:24]}"
    row = s.get(StudyFile, file_id)
    if row is not None and (row.data == data or (kind == "course" and row.revision >= revision)):
        return kind, title, False
    if row is None:
        row = StudyFile(file_id=file_id, kind=kind, title=title, year=year, revision=revision, data=data,
                        imported_at=utc_naive(now))
        s.add(row)
    else:
        row.title, row.year, row.revision, row.data, row.imported_at = title, year, revision, data, utc_naive(now)
    changes.record(s, "study", file_id, {"file_id": file_id, "kind": kind, "title": title, "size": len(data),
                                         "sha256": hashlib.sha256(data).hexdigest()}, now)
    if kind in ("plan", "course"):   # new rules or answer keys: every learner's points again
        s.flush()
        refresh_points(s, None, now)
    return kind, title, True


@dataclass(frozen=True)
class RecordOutcome:
    record_id: str
    status: Status
    detail: str = ""
    reason: str = ""  # why refused or in conflict, as a result's reasons (examcore/refusals.py); not sent
    content_hash: str = ""   # held (stored or duplicate): what the batch's receipt names; not sent

    @property
    def item_id(self) -> str:
        return self.record_id

    def to_dict(self) -> dict:
        """As sent: a detail made as Words also as {"detail_words"} (Words.to_dict), said in the reader's
        language below (``words_said``)."""
        out: dict = {"record_id": self.record_id, "status": self.status.value, "detail": str(self.detail)}
        if isinstance(self.detail, Words):
            out["detail_words"] = self.detail.to_dict()
        return out


class StudyIntake:
    """Signed study records taken in (the Intake of sync_server/intake.py for study records and password
    changes): each record verified, its station checked, stored once, and the batch answered with one signed
    receipt naming every record held."""
    kind = "study"

    def __init__(self, ctx: ServerContext):
        self.ctx = ctx

    def take(self, items: Sequence[dict], delivery: Delivery) -> list[RecordOutcome]:
        """The signed records ``items`` ({"record", "signature"}; relayed: with "certificate" and "via") as
        ``delivery`` hands them in, in one transaction. A station's own are refused whole when the station may
        not deliver here (sync_server/device_trust.py station_refusal: the same rule as for its results)."""
        from sync_server.identity import reset_signer
        now = self.ctx.clock.now()
        upward = reset_signer(self.ctx) if delivery.relayed else None   # a reset re-ranked here goes up
        with self.ctx.sessions.begin() as s:
            sender = s.get(Device, delivery.sender)
            if delivery.relayed:
                if sender is None:
                    return [RecordOutcome(named_id(i), Status.REFUSED, "the relaying server is not known here",
                                          "device_not_enrolled") for i in items]
                return ingest_records(s, items, device_id=delivery.sender, device_key=None, source=delivery.source,
                                      now=now, relayer=sender, upward=upward)
            key = delivery.key if delivery.key is not None else sender.public_key if sender is not None else None
            refusal = (station_refusal(s, delivery.sender, key, utc_naive(now), SENT_STUDY_RECORDS) if key is not None
                       else ("device_not_enrolled", f"station {delivery.sender} is not enrolled here"))
            if refusal:
                return [RecordOutcome(named_id(i), Status.REFUSED, refusal[1], refusal[0]) for i in items]
            return ingest_records(s, items, device_id=delivery.sender, device_key=key, source=delivery.source, now=now)

    def receipts(self, outcomes: Sequence[RecordOutcome]) -> list[str]:
        """One signed receipt for the batch, naming every record held (stored now or before)."""
        held = [(o.record_id, o.content_hash) for o in outcomes if o.status in HOLDS]
        return [sign_study_receipt(held, self.ctx.keys.server_id, self.ctx.keys.signing)]


def ingest_records(s: Session, signed: Iterable[dict], *, device_id: str, device_key: bytes | None,
                   source: str, now: datetime, relayer: Device | None = None,
                   upward: UpstreamIdentity | None = None) -> list[RecordOutcome]:
    """Store each record once. ``device_key``: the delivering station's key, which every record must
    carry. ``relayer``: a lower server relaying its stations' records, each with the certificate chain
    that vouches for its station (item keys "certificate" and "via", as for results), and its own resets
    (sync_server/directory/password_resets.py). Neither: records carried on a file whose stations were checked by the
    caller. ``upward``: this server's identity at its upstream, when it has one (a reset settled here at a
    version of its own making goes up). Returns the outcomes (a held record's with its content hash, for the
    receipt)."""
    outcomes: list[RecordOutcome] = []
    signatures_ok: dict[bytes, bool] = {}
    revoked: dict[bytes, bool] = {}   # relayed: a station key revoked here (a batch holds few stations)
    for item in signed:
        try:
            record = verify_record(item)
        except BadRecord as exc:
            outcomes.append(RecordOutcome(named_id(item), Status.REFUSED, str(exc), "malformed"))
            continue
        if device_key is not None and record.device_key != device_key:
            outcomes.append(RecordOutcome(record.record_id, Status.REFUSED, "a station may deliver only its own records",
                                          "device_mismatch"))
            continue
        chain: list[dict] | None = None
        station_id = device_id
        if relayer is not None:
            chain = [item.get("certificate") or {}, *(item.get("via") or [])]
            station_id = str(chain[0].get("device_id", ""))
            meta = {"device": {"device_id": station_id, "public_key": canonical.b64e(record.device_key)},
                    "submitted_at": record.ended_at.isoformat()}
            refusal = relayed_refusal(relayer, chain, meta, signatures_ok)
            if refusal is None:
                if record.device_key not in revoked:
                    revoked[record.device_key] = bool(revoked_here(s, [record.device_key]))
                refusal = REVOKED_HERE if revoked[record.device_key] else None
            if refusal:
                outcomes.append(RecordOutcome(record.record_id, Status.REFUSED, f"{refusal[0]}: {refusal[1]}",
                                              refusal[0]))
                continue
        body = str(item["record"])
        digest = record_hash(body)
        stored = s.get(StudyRecord, record.record_id)
        if stored is not None:
            if stored.content_hash == digest:
                if relayer is not None and stored.relayed_by is None:
                    # it came first by another road (a station's bundle carried here): the lower server now
                    # vouches for it too, so it counts in that server's totals (/relay/summary) and a loss of
                    # it here is found by its next relay. Its source keeps the first road.
                    stored.relayed_by, stored.certificate = relayer.device_id, json.dumps(chain)
                outcomes.append(RecordOutcome(record.record_id, Status.DUPLICATE, content_hash=digest))
            else:
                s.add(Alert(kind="study_record_conflict", device_id=device_id, created_at=utc_naive(now),
                            detail=Words("study record {record_id} arrived again with different content",
                                         record_id=record.record_id)))
                outcomes.append(RecordOutcome(record.record_id, Status.CONFLICT, "a different record with this id is stored",
                                              "record_conflict"))
            continue
        s.add(StudyRecord(record_id=record.record_id, content_hash=digest, learner_no=record.learner_no,
                          plan_id=record.plan_id, kind=record.kind.value, device_id=station_id, body=body,
                          signature=str(item["signature"]), received_at=utc_naive(now), source=source,
                          relayed_by=relayer.device_id if relayer is not None else None,
                          certificate=json.dumps(chain) if chain is not None else None))
        outcomes.append(RecordOutcome(record.record_id, Status.STORED,
                                      _take_credential(s, record, device_id, station_id, chain, relayer, now, upward),
                                      content_hash=digest))
    s.flush()
    stored_ids = {o.record_id for o in outcomes if o.status is Status.STORED}
    if stored_ids:
        learners = set(s.scalars(select(StudyRecord.learner_no).where(StudyRecord.record_id.in_(list(stored_ids)))))
        refresh_points(s, learners, now)
    return outcomes


def named_id(item: object) -> str:
    """The id an unreadable record gives, to name it in its refusal: the body's record_id when the body is
    JSON that names one (a kind this version does not know, a signature that does not verify), else "?".
    The sender matches outcomes to what it sent by these ids: "?" for each would name none of them."""
    try:
        value = json.loads(str(item["record"])).get("record_id")   # type: ignore[index]
    except (KeyError, TypeError, ValueError, AttributeError):
        return "?"
    return value[:36] if isinstance(value, str) and value else "?"


def _take_credential(s: Session, record: Record, device_id: str, station_id: str, chain: list[dict] | None,
                     relayer: Device | None, now: datetime, upward: UpstreamIdentity | None) -> str:
    """A learner's password change (kind ``password``) or a lower server's reset (kind ``reset``): the
    record is kept as it came; whether the new verifier is taken is sync_server/directory/service.py's rule for a
    change, sync_server/directory/password_resets.py's for a reset. Returns "" or why it was not taken (other kinds:
    "")."""
    from sync_server.device_trust import origin_of_chain
    from sync_server.directory.service import take_password_change
    if record.kind not in (RecordKind.PASSWORD, RecordKind.RESET):
        return ""
    issuer: bytes | None = None
    if relayer is not None and chain is not None:
        origin = origin_of_chain(chain, relayer.unit_id, relayer.public_key)
        units, room, issuer = origin.units, origin.room, origin.issuer_key
    else:
        device = s.get(Device, device_id)
        units = (device.unit_id,) if device is not None and device.unit_id else ()
        room = device.room if device is not None else None
    if record.kind is RecordKind.RESET:
        from sync_server.directory.password_resets import take_reset
        return take_reset(s, record, issuer=issuer, units=units, device_id=station_id, now=utc_naive(now),
                          upward=upward)
    try:
        password_hash, version = str(record.extra["password_hash"]), int(record.extra["password_version"])
    except (KeyError, TypeError, ValueError):
        return "the password record names no verifier and version"
    over = record.extra.get("over_version")   # the password it replaced, as the station's record names it
    return take_password_change(s, record.learner_no, password_hash, version, units=units, device_id=station_id,
                                now=utc_naive(now), room=room,
                                over=over if isinstance(over, int) and not isinstance(over, bool) else None)


def refresh_points(s: Session, learners: Iterable[str] | None, now: datetime) -> None:
    """Recompute the stored points of these learners (None: everyone with records) under every plan."""
    all_plans = plans(s)
    if learners is None:
        learners = set(s.scalars(select(StudyRecord.learner_no).distinct()))
    learners = sorted(set(learners))
    lock_counted(s, learners)   # the learners first, in number order, as a roster import takes them (no deadlock)
    for learner_no in learners:
        for plan in all_plans:
            total = learner_points(s, plan, learner_no, now).total
            in_time = learner_points(s, plan, learner_no, now, for_exam=True).total
            row = s.get(StudyPoints, (learner_no, plan.plan_id))
            if row is None:
                learner = s.get(Learner, learner_no)   # its unit, status and leader flag, for the reports
                s.add(StudyPoints(learner_no=learner_no, plan_id=plan.plan_id, points=total,
                                  points_by_deadline=in_time, updated_at=utc_naive(now),
                                  unit_id=learner.unit_id if learner else None,
                                  status=learner.status if learner else None,
                                  is_leader=bool(learner.is_leader) if learner else False))
            else:
                row.points, row.points_by_deadline, row.updated_at = total, in_time, utc_naive(now)
    s.flush()


def plans(s: Session) -> list[StudyPlan]:
    return [read_plan_file(data, None) for data in s.scalars(select(StudyFile.data).where(StudyFile.kind == "plan"))]


def exam_plan_id(s: Session, exam_id: str) -> str | None:
    """The study plan of the exam's year (its points are the ones that count toward it)."""
    row = s.scalars(select(Package).where(Package.exam_id == exam_id).order_by(Package.imported_at)).first()
    if row is None:
        return None
    year = parse_package(row.data, None).header.window_start.year
    return next((p.plan_id for p in plans(s) if p.year == year), None)


def _courses(s: Session) -> dict[str, Course]:
    out = {}
    for data in s.scalars(select(StudyFile.data).where(StudyFile.kind == "course")):
        course, _ = read_course_file(data, None)   # checked on import; the signature is checked again here
        out[course.course_id] = course
    return out


def regraded(record: Record, courses: dict[str, Course]) -> Record:
    """A quiz answer graded by this server's copy of the course; unknown questions earn nothing."""
    if record.kind is not RecordKind.QUIZ:
        return record
    found = courses[record.course_id].question(record.question_id) if record.course_id in courses else None
    if found is None:
        return replace(record, correct=False)
    _chapter, question = found
    right = grade_item(question, 1, record.answer).status is ItemStatus.CORRECT
    return replace(record, correct=right, question_type=question.type.value,
                   category_id=courses[record.course_id].category_id)


def learner_points(s: Session, plan: StudyPlan, learner_no: str, now: datetime,
                   for_exam: bool = False) -> PointsReport:
    courses = _courses(s)
    records, received = [], {}
    for body, sig, at in s.execute(select(StudyRecord.body, StudyRecord.signature, StudyRecord.received_at)
                                   .where(StudyRecord.learner_no == learner_no, StudyRecord.plan_id == plan.plan_id)):
        record = regraded(verify_record({"record": body, "signature": sig}), courses)
        records.append(record)
        received[record.record_id] = from_utc_naive(at)
    return compute_points(plan, records, now, until=plan.deadline if for_exam else None, received=received)


def points_by_year(s: Session, learner_no: str, now: datetime) -> list[dict]:
    """For the personal archive: each plan's points, per category, and whether the threshold was met in time."""
    out = []
    for plan in sorted(plans(s), key=lambda p: p.year):
        report = learner_points(s, plan, learner_no, now)
        in_time = learner_points(s, plan, learner_no, now, for_exam=True).total
        out.append({"year": plan.year, "plan_id": plan.plan_id, "title": plan.title, "points": report.total,
                    "points_by_deadline": in_time, "threshold": plan.threshold,
                    "reached": in_time >= plan.threshold,
                    "by_category": report.by_category})
    return out


def study_file(s: Session, file_id: str) -> bytes | None:
    return s.scalar(select(StudyFile.data).where(StudyFile.file_id == file_id))

