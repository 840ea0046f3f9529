"""Ingest of sealed results: verify everything, re-grade from the answers, store exactly once.

The same path serves HTTP uploads, USB bundles and the relay from a lower server. Outcomes:
stored (new), duplicate (same id and content: the stored receipt again), conflict (same id, other
content: refused, alert raised), refused (with a reason code; nothing stored).
"""
from __future__ import annotations

import logging
from dataclasses import dataclass
from enum import StrEnum
from functools import lru_cache

from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from examcore import canonical
from examcore.chain import responses_from_events
from examcore.clock import utc_naive
from examcore.errors import PackageError, SealError
from examcore.grading import grade_paper
from examcore.package import ExamContent, parse_package
from examcore.receipt import Receipt, sign_receipt
from examcore.sealed import Envelope, open_envelope, verify_envelope
from sync_server.context import ServerContext
from sync_server.devices import add_request
from sync_server.faults import crash_point
from sync_server.models import Alert, Device, Package, Result

log = logging.getLogger(__name__)


class Status(StrEnum):
    STORED = "stored"
    DUPLICATE = "duplicate"
    CONFLICT = "conflict"
    REFUSED = "refused"


@dataclass(frozen=True)
class IngestOutcome:
    result_id: str | None
    status: Status
    receipt: bytes | None = None
    reason: str = ""      # a stable code for refusals: bad_signature, device_not_enrolled, …
    detail: str = ""

    def to_dict(self) -> dict:
        return {"result_id": self.result_id, "status": self.status.value, "reason": self.reason,
                "detail": self.detail, "receipt": self.receipt.decode("utf-8") if self.receipt else None}


class Ingest:
    def __init__(self, ctx: ServerContext):
        self.ctx = ctx
        self._content = lru_cache(maxsize=32)(self._open_package)  # derived data only: safe per worker

    def _open_package(self, package_id: str) -> ExamContent | None:
        with self.ctx.sessions() as s:
            row = s.get(Package, package_id)
            if row is None:
                return None
            parsed = parse_package(row.data, None)
        return parsed.open_body(parsed.unwrap_for_recipient(self.ctx.keys.results))

    def ingest(self, data: bytes, source: str, expected_device: str | None = None) -> IngestOutcome:
        try:
            envelope = Envelope.from_bytes(data)
            meta = verify_envelope(envelope)
        except SealError as exc:
            return IngestOutcome(None, Status.REFUSED, reason=exc.code, detail=exc.detail)
        result_id = envelope.result_id
        device_id = str(meta["device"]["device_id"])
        if expected_device is not None and device_id != expected_device:
            return IngestOutcome(result_id, Status.REFUSED, reason="device_mismatch",
                                 detail="a device may only deliver its own results")
        with self.ctx.sessions.begin() as s:
            refusal = self._check_device(s, device_id, canonical.b64d(meta["device"]["public_key"]))
            if refusal:
                return IngestOutcome(result_id, Status.REFUSED, reason=refusal[0], detail=refusal[1])
            known = self._known(s, result_id, envelope.content_hash, device_id)
            if known:
                return known
        try:
            content = self._content(meta["package_id"])
        except PackageError as exc:
            return IngestOutcome(result_id, Status.REFUSED, reason="package_unreadable", detail=exc.detail)
        if content is None:
            return IngestOutcome(result_id, Status.REFUSED, reason="unknown_package",
                                 detail=f"package {meta['package_id']} is not on this server")
        try:
            payload = open_envelope(envelope, self.ctx.keys.results)
        except SealError as exc:
            return IngestOutcome(result_id, Status.REFUSED, reason=exc.code, detail=exc.detail)
        if meta["exam_id"] != content.exam.exam_id:
            return IngestOutcome(result_id, Status.REFUSED, reason="wrong_exam", detail="exam and package differ")
        paper = content.draw(payload.variant, payload.seed)
        if paper.to_list() != payload.paper:
            return IngestOutcome(result_id, Status.REFUSED, reason="paper_mismatch",
                                 detail="the paper does not follow from the package and the attempt's seed")
        grade = grade_paper(paper, content.questions, responses_from_events(payload.events),
                            content.exam.pass_mark, content.exam.multiple_partial_credit)
        now = utc_naive(self.ctx.clock.now())
        receipt = sign_receipt(Receipt(result_id, envelope.content_hash, now.isoformat() + "Z",
                                       self.ctx.keys.server_id, grade.score_text, grade.outcome.value),
                               self.ctx.keys.signing)
        try:
            with self.ctx.sessions.begin() as s:
                s.add(Result(result_id=result_id, content_hash=envelope.content_hash, envelope=data,
                             package_id=meta["package_id"], exam_id=meta["exam_id"], learner_no=meta["learner_no"],
                             device_id=device_id, sitting_id=meta.get("sitting_id"),
                             station_score=meta["station_score"], server_score=grade.score_text,
                             outcome=grade.outcome.value, pending_points=grade.pending_points,
                             submitted_at=meta["submitted_at"], received_at=now, source=source, receipt=receipt))
                if grade.score_text != meta["station_score"]:
                    s.add(Alert(kind="score_mismatch", result_id=result_id, device_id=device_id, created_at=now,
                                detail=f"station said {meta['station_score']}, re-graded {grade.score_text}"))
                s.flush()
                crash_point("before_commit")  # written but not committed: must vanish without a trace
        except IntegrityError:  # the same result arrived at the same moment through another path
            with self.ctx.sessions.begin() as s:
                known = self._known(s, result_id, envelope.content_hash, device_id)
            assert known is not None
            return known
        crash_point("after_commit")  # stored, but the station never hears of it: it must retry safely
        return IngestOutcome(result_id, Status.STORED, receipt=receipt)

    def _known(self, s: Session, result_id: str, content_hash: str, device_id: str) -> IngestOutcome | None:
        row = s.get(Result, result_id)
        if row is None:
            return None
        if row.content_hash == content_hash:
            return IngestOutcome(result_id, Status.DUPLICATE, receipt=row.receipt)
        s.add(Alert(kind="conflicting_upload", result_id=result_id, device_id=device_id,
                    created_at=utc_naive(self.ctx.clock.now()),
                    detail=f"stored content {row.content_hash[:16]}…, offered {content_hash[:16]}…"))
        log.warning("conflicting upload for result %s from %s", result_id, device_id)
        return IngestOutcome(result_id, Status.CONFLICT, reason="conflict",
                             detail="a different result with this id is already stored")

    def _check_device(self, s: Session, device_id: str, public_key: bytes) -> tuple[str, str] | None:
        device = s.get(Device, device_id)
        now = utc_naive(self.ctx.clock.now())
        if device is None:  # remembered as a request an administrator can approve
            add_request(s, device_id, public_key, now, "first seen delivering results")
            return ("device_not_enrolled", f"station {device_id} is not enrolled here; an administrator "
                                           "can approve it (xuefa-server devices approve)")
        if device.public_key != public_key:
            return "device_key_mismatch", f"station {device_id} signed with a key other than its enrolled one"
        if device.status == "revoked":
            return "device_revoked", f"station {device_id} was revoked"
        if device.status != "approved":
            return "device_not_enrolled", f"station {device_id} is waiting for approval"
        if device.certificate_expires_at is not None and device.certificate_expires_at < now:
            return "certificate_expired", f"station {device_id}'s certificate expired"
        return None


def import_package(ctx: ServerContext, data: bytes) -> tuple[str, bool]:
    """Store a package this server can open (it must be one of its recipients). Returns (title, new)."""
    parsed = parse_package(data, None)
    parsed.open_body(parsed.unwrap_for_recipient(ctx.keys.results))  # refuses what this server cannot open
    with ctx.sessions.begin() as s:
        if s.get(Package, parsed.header.package_id) is not None:
            return parsed.header.title, False
        s.add(Package(package_id=parsed.header.package_id, exam_id=parsed.header.exam_id,
                      title=parsed.header.title, data=data, imported_at=utc_naive(ctx.clock.now())))
    return parsed.header.title, True
