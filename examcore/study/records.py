"""Study records: append-only, one per reading segment, quiz answer or profile completion (and a
learner's password change, which travels the same road).

Each has a stable id made once on the station and a per-device sequence number, and is signed by the
station's device key, so it can travel by LAN or file any number of times and land exactly once.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Any

from examcore import canonical
from examcore.crypto.keys import Signer, verify_signature

SIGNING_CONTEXT = b"xuefa study record v1\x00"


class RecordKind(StrEnum):
    READING = "reading"     # a stretch of active reading, ended by idleness, closing or a time slice
    QUIZ = "quiz"           # one answer to an end-of-chapter quiz question
    PROFILE = "profile"     # the learner completed their profile
    PASSWORD = "password"   # the learner chose a new password: its verifier and version (examcore/credentials.py)
                            # in ``extra``; it earns nothing and travels the same road to every tier
    RESET = "reset"         # a server with an upstream issued a one-time password: signed by that server,
                            # its verifier, version and expiry in ``extra``, so the tiers above settle it too


STUDY_KINDS = frozenset({RecordKind.READING, RecordKind.QUIZ, RecordKind.PROFILE})   # those that earn points


@dataclass(frozen=True)
class StudyRecord:
    record_id: str
    device_key: bytes        # the station's Ed25519 public key (raw)
    seq: int                 # per device, rising: wall time that runs backwards along it is a moved clock
    learner_no: str
    plan_id: str
    kind: RecordKind
    category_id: str
    started_at: datetime
    ended_at: datetime
    active_seconds: int = 0  # reading: measured on the monotonic clock, idle time left out
    course_id: str = ""
    chapter_id: str = ""
    question_id: str = ""
    question_type: str = ""
    answer: tuple[str, ...] = ()
    correct: bool = False    # the station's grading; a server with the course grades again
    extra: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {
            "record_id": self.record_id, "device_key": canonical.b64e(self.device_key), "seq": self.seq,
            "learner_no": self.learner_no, "plan_id": self.plan_id, "kind": self.kind.value,
            "category_id": self.category_id, "started_at": self.started_at.isoformat(),
            "ended_at": self.ended_at.isoformat(),
        }
        if self.kind is RecordKind.READING:
            d.update(active_seconds=self.active_seconds, course_id=self.course_id, chapter_id=self.chapter_id)
        if self.kind is RecordKind.QUIZ:
            d.update(course_id=self.course_id, chapter_id=self.chapter_id, question_id=self.question_id,
                     question_type=self.question_type, answer=list(self.answer), correct=self.correct)
        if self.extra:
            d["extra"] = self.extra
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "StudyRecord":
        started, ended = datetime.fromisoformat(d["started_at"]), datetime.fromisoformat(d["ended_at"])
        if started.tzinfo is None or ended.tzinfo is None:
            raise ValueError("study record times need a time zone")
        return cls(
            record_id=str(d["record_id"]), device_key=canonical.b64d(d["device_key"]), seq=int(d["seq"]),
            learner_no=str(d["learner_no"]), plan_id=str(d["plan_id"]), kind=RecordKind(d["kind"]),
            category_id=str(d["category_id"]), started_at=started, ended_at=ended,
            active_seconds=int(d.get("active_seconds", 0)), course_id=str(d.get("course_id", "")),
            chapter_id=str(d.get("chapter_id", "")), question_id=str(d.get("question_id", "")),
            question_type=str(d.get("question_type", "")),
            answer=tuple(str(a) for a in d.get("answer", ())), correct=bool(d.get("correct", False)),
            extra=dict(d.get("extra", {})),
        )


def sign_record(record: StudyRecord, key: Signer) -> dict[str, str]:
    """The form a record travels in: its canonical JSON and the device's signature over it."""
    body = canonical.canonical_json(record.to_dict())
    return {"record": body.decode("utf-8"), "signature": canonical.b64e(key.sign(SIGNING_CONTEXT + body))}


class BadRecord(ValueError):
    pass


def verify_record(signed: dict[str, Any]) -> StudyRecord:
    """Check the signature against the device key the record names (whether that device is trusted is
    the receiver's question) and parse it. Raises BadRecord."""
    try:
        body = str(signed["record"]).encode("utf-8")
        record = StudyRecord.from_dict(json.loads(body))
        signature = canonical.b64d(signed["signature"])
    except (KeyError, ValueError, TypeError) as exc:
        raise BadRecord(f"unreadable study record: {exc}") from exc
    if canonical.canonical_json(record.to_dict()) != body:
        raise BadRecord(f"study record {record.record_id} is not in canonical form")
    if not verify_signature(record.device_key, signature, SIGNING_CONTEXT + body):
        raise BadRecord(f"study record {record.record_id}: the device signature does not verify")
    return record
