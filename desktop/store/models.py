"""Station tables (SQLAlchemy 2 typed models). Schema changes go through desktop/store/migrations.py."""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Index, Integer, LargeBinary, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    pass


class Setting(Base):
    __tablename__ = "settings"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class TrustedIssuer(Base):
    __tablename__ = "trusted_issuers"
    public_key: Mapped[bytes] = mapped_column(LargeBinary, primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    added_at: Mapped[datetime]


class TrustedServer(Base):
    """A sync server whose receipts may clear this station's outbox."""

    __tablename__ = "trusted_servers"
    public_key: Mapped[bytes] = mapped_column(LargeBinary, primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    added_at: Mapped[datetime]


class Learner(Base):
    __tablename__ = "learners"
    learner_no: Mapped[str] = mapped_column(String(40), primary_key=True)
    name: Mapped[str] = mapped_column(String(100))
    unit: Mapped[str] = mapped_column(String(200), default="")   # the unit's name, as shown
    unit_id: Mapped[str | None] = mapped_column(String(40))       # set when the roster came by sync
    status: Mapped[str] = mapped_column(String(20), default="active")  # active | transferred | retired | exempt
    rank: Mapped[str] = mapped_column(String(100), default="")
    is_leader: Mapped[bool] = mapped_column(default=False)
    password_hash: Mapped[str] = mapped_column(String(200))
    must_change_password: Mapped[bool] = mapped_column(default=True)
    password_version: Mapped[int] = mapped_column(Integer, default=0)  # from the roster; a reset raises it
    password_expires_at: Mapped[datetime | None]  # one-time initial passwords expire
    failed_logins: Mapped[int] = mapped_column(default=0)
    locked_until: Mapped[datetime | None]


class Package(Base):
    __tablename__ = "packages"
    package_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    exam_id: Mapped[str] = mapped_column(String(100), index=True)
    title: Mapped[str] = mapped_column(String(200))
    window_start: Mapped[datetime]
    window_end: Mapped[datetime]
    duration_minutes: Mapped[int]
    max_attempts: Mapped[int]
    counting: Mapped[str] = mapped_column(String(10))   # best | last
    issuer_name: Mapped[str] = mapped_column(String(200))
    data: Mapped[bytes] = mapped_column(LargeBinary, deferred=True)  # read only to open the exam
    imported_at: Mapped[datetime]
    withdrawn_at: Mapped[datetime | None]  # revoked from upstream: no new attempt may start
    eligibility: Mapped[str] = mapped_column(Text, default="")  # who may sit (JSON from the header); "": all


class Attempt(Base):
    __tablename__ = "attempts"
    attempt_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    package_id: Mapped[str] = mapped_column(ForeignKey("packages.package_id"), index=True)
    learner_no: Mapped[str] = mapped_column(ForeignKey("learners.learner_no"), index=True)
    variant: Mapped[str] = mapped_column(String(20))
    seed: Mapped[bytes] = mapped_column(LargeBinary)
    state: Mapped[str] = mapped_column(String(20), default="in_progress")  # in_progress | submitted
    closed_by_proctor: Mapped[bool] = mapped_column(default=False)  # waits for its learner to log in again
    started_at: Mapped[datetime]
    elapsed_ms: Mapped[int] = mapped_column(Integer, default=0)
    extra_ms: Mapped[int] = mapped_column(Integer, default=0)
    # the attempt's own key under the storage key (the exam's content key is never stored: held_secrets.py)
    keys_wrapped: Mapped[bytes] = mapped_column(LargeBinary)
    saved_at: Mapped[datetime | None]
    result_id: Mapped[str | None] = mapped_column(String(36))
    score_text: Mapped[str | None] = mapped_column(String(20))
    outcome: Mapped[str | None] = mapped_column(String(20))


class AttemptEvent(Base):
    __tablename__ = "attempt_events"
    attempt_id: Mapped[str] = mapped_column(ForeignKey("attempts.attempt_id"), primary_key=True)
    seq: Mapped[int] = mapped_column(Integer, primary_key=True)
    blob: Mapped[bytes] = mapped_column(LargeBinary)  # AES-GCM(attempt key), AAD = attempt id + seq


class SealedResult(Base):
    __tablename__ = "sealed_results"
    result_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    attempt_id: Mapped[str] = mapped_column(ForeignKey("attempts.attempt_id"), unique=True)
    learner_no: Mapped[str] = mapped_column(String(40), index=True)
    exam_id: Mapped[str] = mapped_column(String(100))
    envelope: Mapped[bytes] = mapped_column(LargeBinary)
    content_hash: Mapped[str] = mapped_column(String(64))
    sealed_at: Mapped[datetime]


class OutboxItem(Base):
    __tablename__ = "outbox"
    result_id: Mapped[str] = mapped_column(ForeignKey("sealed_results.result_id"), primary_key=True)
    state: Mapped[str] = mapped_column(String(20), default="pending")  # pending | delivered
    tries: Mapped[int] = mapped_column(Integer, default=0)
    last_error: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime]
    exported_at: Mapped[datetime | None]  # written to a USB bundle (still pending until a receipt)
    delivered_at: Mapped[datetime | None]


class Unit(Base):
    """The part of the units tree this station serves, as its server hands it down."""

    __tablename__ = "units"
    unit_id: Mapped[str] = mapped_column(String(40), primary_key=True)
    parent_id: Mapped[str | None] = mapped_column(String(40))
    name: Mapped[str] = mapped_column(String(200))
    level: Mapped[str] = mapped_column(String(20))


class Revocation(Base):
    """A device, issuer or package revoked upstream; kept so a later file import cannot bring it back."""

    __tablename__ = "revocations"
    what: Mapped[str] = mapped_column(String(20), primary_key=True)   # device | issuer | package
    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    detail: Mapped[str] = mapped_column(Text, default="")
    received_at: Mapped[datetime]


# --- study (schema v4) --------------------------------------------------------------------------

class StudyPlanRow(Base):
    __tablename__ = "study_plans"
    plan_id: Mapped[str] = mapped_column(String(100), primary_key=True)
    year: Mapped[int] = mapped_column(Integer, index=True)
    data: Mapped[str] = mapped_column(Text)      # the plan as JSON (its file was checked on import)
    imported_at: Mapped[datetime]


class CourseRow(Base):
    __tablename__ = "courses"
    course_id: Mapped[str] = mapped_column(String(100), primary_key=True)
    revision: Mapped[int] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(String(200))
    category_id: Mapped[str] = mapped_column(String(100))
    year: Mapped[int] = mapped_column(Integer)
    issuer_name: Mapped[str] = mapped_column(String(200), default="")
    data: Mapped[bytes] = mapped_column(LargeBinary, deferred=True)   # the signed file, re-read to open
    imported_at: Mapped[datetime]


class StudyRecordRow(Base):
    """Append-only: a signed study record, and whether a server has confirmed it."""

    __tablename__ = "study_records"
    record_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    seq: Mapped[int] = mapped_column(Integer, unique=True)
    learner_no: Mapped[str] = mapped_column(String(40), index=True)
    plan_id: Mapped[str] = mapped_column(String(100))
    kind: Mapped[str] = mapped_column(String(20))
    body: Mapped[str] = mapped_column(Text)        # canonical JSON, as signed
    signature: Mapped[str] = mapped_column(String(100))
    created_at: Mapped[datetime]
    delivered_at: Mapped[datetime | None]


class ReadingPosition(Base):
    __tablename__ = "reading_positions"
    learner_no: Mapped[str] = mapped_column(String(40), primary_key=True)
    course_id: Mapped[str] = mapped_column(String(100), primary_key=True)
    chapter_id: Mapped[str] = mapped_column(String(100))
    scroll: Mapped[int] = mapped_column(Integer, default=0)
    updated_at: Mapped[datetime]


class Profile(Base):
    __tablename__ = "profiles"
    learner_no: Mapped[str] = mapped_column(String(40), primary_key=True)
    phone: Mapped[str] = mapped_column(String(40), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    completed_at: Mapped[datetime | None]


class LawArticle(Base):
    """The offline law library; searched through the law_fts index over title, heading path, label and
    text (trigram, so Chinese phrases match)."""

    __tablename__ = "law_articles"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    law_title: Mapped[str] = mapped_column(String(200), index=True)
    version: Mapped[str] = mapped_column(String(10), default="")   # the law's latest amendment date, YYYY-MM-DD
    in_force: Mapped[str] = mapped_column(String(10), default="")  # the day this version takes effect, YYYY-MM-DD
    number: Mapped[int] = mapped_column(Integer)     # 0: the 序言
    sub: Mapped[int] = mapped_column(Integer, default=0)   # 第三条之一: number 3, sub 1
    label: Mapped[str] = mapped_column(String(40))
    heading: Mapped[str] = mapped_column(String(200), default="")   # the heading path, " › " between levels
    text: Mapped[str] = mapped_column(Text)

    __table_args__ = (Index("ix_law_articles_number", "number", "sub"),)   # a reference (第五条) is looked up


class PracticeQuestion(Base):
    __tablename__ = "practice_questions"
    question_id: Mapped[str] = mapped_column(String(100), primary_key=True)
    bank: Mapped[str] = mapped_column(String(200))
    category: Mapped[str] = mapped_column(String(200), index=True)
    data: Mapped[str] = mapped_column(Text)


class WrongAnswer(Base):
    """The wrong-answer book (错题本): one row per learner and missed question while it is in the book."""

    __tablename__ = "wrong_answers"
    learner_no: Mapped[str] = mapped_column(String(40), primary_key=True)
    question_id: Mapped[str] = mapped_column(String(100), primary_key=True)
    source: Mapped[str] = mapped_column(String(20))        # practice | course
    wrong_count: Mapped[int] = mapped_column(Integer)
    right_streak: Mapped[int] = mapped_column(Integer, default=0)
    due_at: Mapped[datetime]


# --- what the server says about other stations (schema v5) --------------------------------------

class KnownAttempt(Base):
    """An attempt the server holds for a learner this station serves (change kind ``attempt``), wherever it
    was sat: counted against the exam's attempt limit here, by attempt id (never twice)."""

    __tablename__ = "known_attempts"
    result_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    attempt_id: Mapped[str] = mapped_column(String(36), index=True)
    exam_id: Mapped[str] = mapped_column(String(100))
    learner_no: Mapped[str] = mapped_column(String(40), index=True)
    device_id: Mapped[str] = mapped_column(String(100), default="")
    room: Mapped[str] = mapped_column(String(100), default="")
    submitted_at: Mapped[str] = mapped_column(String(40), default="")   # ISO, as the server sent it
    counted: Mapped[bool] = mapped_column(default=True)   # uses an attempt; False: rejected by the server
    makeup: Mapped[bool] = mapped_column(default=False)   # of the exam's make-up (its own allowance)
    received_at: Mapped[datetime]


class KnownSitting(Base):
    """A sitting as the server last described it (change kind ``sitting``): who is seated, who was recorded
    missing, and whether it is closed, so the start code cannot open it for them afterwards."""

    __tablename__ = "known_sittings"
    sitting_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    package_id: Mapped[str] = mapped_column(String(36), index=True)
    room: Mapped[str] = mapped_column(String(100), default="")
    state: Mapped[str] = mapped_column(String(20))       # scheduled | started | closing | closed
    starts_at: Mapped[str] = mapped_column(String(40), default="")
    seats: Mapped[str] = mapped_column(Text, default="[]")     # JSON list of learner numbers
    missing: Mapped[str] = mapped_column(Text, default="[]")   # JSON list of learner numbers recorded missing
    received_at: Mapped[datetime]
