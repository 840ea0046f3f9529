"""Server tables (SQLAlchemy 2 typed models). Changes go through an Alembic revision in migrations/."""
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


class Device(Base):
    """A station (or a lower server) that may deliver results here."""

    __tablename__ = "devices"
    device_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    public_key: Mapped[bytes] = mapped_column(LargeBinary, unique=True)
    status: Mapped[str] = mapped_column(String(16), default="pending")  # pending | approved | revoked
    requested_at: Mapped[datetime]
    approved_at: Mapped[datetime | None]
    certificate_expires_at: Mapped[datetime | None]
    revoked_at: Mapped[datetime | None]
    note: Mapped[str] = mapped_column(Text, default="")


class EnrolmentCode(Base):
    """A one-time code an administrator hands to exam-centre IT: a station that enrols with it is approved."""

    __tablename__ = "enrolment_codes"
    code_hash: Mapped[str] = mapped_column(String(64), primary_key=True)  # SHA-256 of the code
    created_at: Mapped[datetime]
    expires_at: Mapped[datetime]
    used_by: Mapped[str | None] = mapped_column(String(64))
    used_at: Mapped[datetime | None]


class Package(Base):
    __tablename__ = "packages"
    package_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    exam_id: Mapped[str] = mapped_column(String(100), index=True)
    title: Mapped[str] = mapped_column(String(200))
    data: Mapped[bytes] = mapped_column(LargeBinary)
    imported_at: Mapped[datetime]


class Result(Base):
    """A sealed result as received (the original envelope, for the upstream to verify itself)."""

    __tablename__ = "results"
    result_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    content_hash: Mapped[str] = mapped_column(String(64))
    envelope: Mapped[bytes] = mapped_column(LargeBinary)
    package_id: Mapped[str] = mapped_column(ForeignKey("packages.package_id"))
    exam_id: Mapped[str] = mapped_column(String(100))
    learner_no: Mapped[str] = mapped_column(String(40))
    device_id: Mapped[str] = mapped_column(String(64))
    sitting_id: Mapped[str | None] = mapped_column(String(64))
    station_score: Mapped[str] = mapped_column(String(20))
    server_score: Mapped[str] = mapped_column(String(20))   # re-graded here from the answers
    outcome: Mapped[str] = mapped_column(String(20))
    pending_points: Mapped[int] = mapped_column(Integer, default=0)
    submitted_at: Mapped[str] = mapped_column(String(40))
    received_at: Mapped[datetime]
    source: Mapped[str] = mapped_column(String(16))           # http | bundle | relay
    relayed_by: Mapped[str | None] = mapped_column(String(64))  # the lower server that vouched for the station
    receipt: Mapped[bytes] = mapped_column(LargeBinary)
    certificate: Mapped[bytes | None] = mapped_column(LargeBinary)  # the station's certificate, passed upward

    __table_args__ = (Index("ix_results_exam_learner", "exam_id", "learner_no"),)


class Alert(Base):
    """Something an administrator must look at: a changed re-upload, a score that differs, …"""

    __tablename__ = "alerts"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    kind: Mapped[str] = mapped_column(String(40))
    result_id: Mapped[str | None] = mapped_column(String(36))
    device_id: Mapped[str | None] = mapped_column(String(64))
    detail: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime]


class SeenNonce(Base):
    """Nonces of signed requests, kept in the database so every worker refuses a replay."""

    __tablename__ = "seen_nonces"
    device_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    nonce: Mapped[str] = mapped_column(String(64), primary_key=True)
    seen_at: Mapped[datetime] = mapped_column(index=True)
