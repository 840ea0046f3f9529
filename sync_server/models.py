"""Server tables (SQLAlchemy 2 typed models). Changes go through an Alembic revision in migrations/."""
from __future__ import annotations

import json
from datetime import date, datetime

from sqlalchemy import BigInteger, ForeignKey, Index, Integer, LargeBinary, String, Text, text, true
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column, validates

from examcore.cli_text import Words, words_said


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
    unit_id: Mapped[str | None] = mapped_column(String(40))  # the subtree it serves; NULL: the whole server
    room: Mapped[str | None] = mapped_column(String(100))    # the exam room it stands in, if enrolled for one


class EnrolmentCode(Base):
    """A one-time code an administrator hands to exam-centre IT: a station that enrols with it is approved."""

    __tablename__ = "enrolment_codes"
    code_hash: Mapped[str] = mapped_column(String(64), primary_key=True)  # SHA-256 of the code
    created_at: Mapped[datetime]
    expires_at: Mapped[datetime]
    used_by: Mapped[str | None] = mapped_column(String(64))
    used_at: Mapped[datetime | None]
    unit_id: Mapped[str | None] = mapped_column(String(40))  # the station enrolled with it serves this subtree
    room: Mapped[str | None] = mapped_column(String(100))    # and stands in this exam room
    # whom it enrols: "station" or "server" (a lower server); NULL: made before codes had a kind, either
    kind: Mapped[str | None] = mapped_column(String(10))


class Package(Base):
    __tablename__ = "packages"
    package_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    exam_id: Mapped[str] = mapped_column(String(100), index=True)
    title: Mapped[str] = mapped_column(String(200))
    data: Mapped[bytes] = mapped_column(LargeBinary)
    imported_at: Mapped[datetime]

    @staticmethod
    def stored(s: Session, package_id: str) -> Package:
        """The package a result, seat or sitting names; results and sittings refer to packages by foreign
        key, so a missing one is a broken database (LookupError), never a learner's mistake."""
        package = s.get(Package, package_id)
        if package is None:
            raise LookupError(f"package {package_id} is not stored on this server")
        return package


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
    upstream_ack_at: Mapped[datetime | None]  # the upstream confirmed it holds it (relay, or a receipt file)
    # one result per attempt (NULL: stored before attempts were kept); a second, different one is a conflict
    attempt_id: Mapped[str | None] = mapped_column(String(36))
    # the acceptance rules it broke (comma-separated codes, sync_server/results/acceptance.py), and what became of it:
    # counted (broke none) | held (broke some, not counted until an administrator decides) | accepted | rejected
    flags: Mapped[str] = mapped_column(String(400), default="")
    review: Mapped[str] = mapped_column(String(12), default="counted")
    reviewed_by: Mapped[str | None] = mapped_column(String(64))
    reviewed_at: Mapped[datetime | None]
    review_reason: Mapped[str] = mapped_column(Text, default="")
    # the rules a lower server held it for that this server did not find itself: the only ones a lower
    # server's acceptance may lift (sync_server/upstream/review_relay.py)
    flags_below: Mapped[str] = mapped_column(String(400), default="", server_default="")
    # the lower server whose decision this review applies (sync_server/upstream/review_relay.py); None: decided here
    review_from: Mapped[str | None] = mapped_column(String(64))
    # the reviewed_at of the decision last told to the upstream (it hears each decision once)
    review_sent_at: Mapped[datetime | None]

    __table_args__ = (Index("ix_results_exam_learner", "exam_id", "learner_no"),
                      Index("ix_results_attempt_id", "attempt_id", unique=True),
                      Index("ix_results_review", "review"))


class Alert(Base):
    """Something an administrator must look at: a changed re-upload, a score that differs, …"""

    __tablename__ = "alerts"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    kind: Mapped[str] = mapped_column(String(40))
    result_id: Mapped[str | None] = mapped_column(String(36), index=True)   # the flagged lists show a result's facts
    device_id: Mapped[str | None] = mapped_column(String(64))
    detail: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime]
    # the detail's Words (template and parameters, JSON) when it was made with them: shown in the reader's language
    words: Mapped[str | None] = mapped_column(Text, nullable=True)

    @validates("detail")
    def _keep_words(self, _key: str, value: str) -> str:
        self.words = json.dumps(value.to_dict(), ensure_ascii=False) if isinstance(value, Words) else None
        return str(value)

    def said(self) -> str:
        """The detail in the reader's language when it was made with Words (or, stored before they were
        kept, reads as one of the templates alerts are made from); else as stored."""
        return words_said(self.detail, self.words_sent())

    def words_sent(self) -> dict | None:
        """The detail's Words as Words.to_dict (kept, or read from the English stored before they were kept),
        for a reader to say in its own language; None: say the detail as it is."""
        try:
            sent = json.loads(self.words) if self.words else None
        except ValueError:
            sent = None
        if sent is None:
            from sync_server.alert_words import words_of_stored
            made = words_of_stored(self.detail)
            sent = made.to_dict() if made is not None else None
        return sent


class SeenNonce(Base):
    """Nonces of signed requests, kept in the database so every worker refuses a replay."""

    __tablename__ = "seen_nonces"
    device_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    nonce: Mapped[str] = mapped_column(String(64), primary_key=True)
    seen_at: Mapped[datetime] = mapped_column(index=True)


class Unit(Base):
    """A node of the province → city → district → unit tree; admins are scoped to a subtree."""

    __tablename__ = "units"
    unit_id: Mapped[str] = mapped_column(String(40), primary_key=True)
    parent_id: Mapped[str | None] = mapped_column(ForeignKey("units.unit_id"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    level: Mapped[str] = mapped_column(String(20))  # province | city | district | unit


class Learner(Base):
    """A roster entry with its offline-login verifier (argon2id); stations receive it by sync."""

    __tablename__ = "learners"
    learner_no: Mapped[str] = mapped_column(String(40), primary_key=True)
    name: Mapped[str] = mapped_column(String(100))
    unit_id: Mapped[str] = mapped_column(ForeignKey("units.unit_id"), index=True)
    rank: Mapped[str] = mapped_column(String(100), default="")
    is_leader: Mapped[bool] = mapped_column(default=False)
    phone: Mapped[str] = mapped_column(String(40), default="")
    status: Mapped[str] = mapped_column(String(20), default="active")  # active | transferred | retired | exempt
    # an exemption is granted on a written request, for a reason and a period; when the period ends the
    # learner is active again (sync_server/directory/service.py: expire_exemptions)
    exempt_reason: Mapped[str] = mapped_column(String(200), default="")
    exempt_from: Mapped[date | None]
    exempt_until: Mapped[date | None] = mapped_column(index=True)   # found by range: most are NULL
    password_hash: Mapped[str] = mapped_column(String(200))
    password_version: Mapped[int] = mapped_column(BigInteger, default=1)   # examcore/credentials.py
    must_change_password: Mapped[bool] = mapped_column(default=True)
    password_expires_at: Mapped[datetime | None]


class LearnerTransfer(Base):
    """A learner moved from one unit to another (sync_server/directory/transfers.py), kept so a result sat in the old
    unit before the move is judged by the unit the learner had then (sync_server/results/acceptance.py)."""

    __tablename__ = "learner_transfers"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    learner_no: Mapped[str] = mapped_column(String(40))
    from_unit: Mapped[str] = mapped_column(String(40))
    to_unit: Mapped[str] = mapped_column(String(40))
    moved_at: Mapped[datetime]   # UTC, when the move was made at the server that made it
    __table_args__ = (Index("ix_learner_transfers_learner_moved", "learner_no", "moved_at"),)


class AdminAccount(Base):
    __tablename__ = "admin_accounts"
    username: Mapped[str] = mapped_column(String(64), primary_key=True)
    password_hash: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(20))  # unit_admin | centre_admin | provincial_admin
    unit_id: Mapped[str] = mapped_column(ForeignKey("units.unit_id"))  # the root of what this admin may see
    full_name: Mapped[str] = mapped_column(String(100), default="")  # contact shown in the unit summary table
    phone: Mapped[str] = mapped_column(String(40), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    created_at: Mapped[datetime]
    # login attempts reserved (failed, or being checked) since failures_since: sync_server/admins.py
    failed_logins: Mapped[int] = mapped_column(Integer, default=0)
    failures_since: Mapped[datetime | None]
    locked_until: Mapped[datetime | None]
    disabled: Mapped[bool] = mapped_column(default=False)
    # a new or reset account's password was chosen by someone else: its token allows only the change
    must_change_password: Mapped[bool] = mapped_column(default=False)
    password_changed_at: Mapped[datetime | None]


class AdminSession(Base):
    """A bearer token (256 bits) handed out at login; only its SHA-256 is stored."""

    __tablename__ = "admin_sessions"
    token_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    username: Mapped[str] = mapped_column(ForeignKey("admin_accounts.username"), index=True)
    expires_at: Mapped[datetime]
    last_used_at: Mapped[datetime | None]   # idle longer than the idle timeout: the session has ended


class RateLimit(Base):
    """Requests counted per bucket (e.g. ``login:192.168.1.7``) in a fixed window, in the database so
    every worker process shares the count."""

    __tablename__ = "rate_limits"
    bucket: Mapped[str] = mapped_column(String(120), primary_key=True)
    window_start: Mapped[datetime]
    hits: Mapped[int] = mapped_column(Integer)


class AuditEntry(Base):
    """The security log: who did what to which object, from where, and how it went. Append-only: written
    in the transaction of the change it records; triggers (migration 0015) refuse UPDATE and DELETE."""

    __tablename__ = "audit_log"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    at: Mapped[datetime] = mapped_column(index=True)   # UTC
    actor: Mapped[str] = mapped_column(String(100))     # admin user name, device id, "cli:<os user>"
    address: Mapped[str] = mapped_column(String(64))    # the client's IP address, or "local"
    action: Mapped[str] = mapped_column(String(40), index=True)   # e.g. login, admin.passwd, device.revoke
    object: Mapped[str] = mapped_column(String(200), default="")  # e.g. admin:wang, learner:200000001
    outcome: Mapped[str] = mapped_column(String(20))    # ok | failed | refused
    detail: Mapped[str] = mapped_column(Text, default="")


class TrustedIssuer(Base):
    """An exam-package issuer this server accepts packages from (and tells its stations to trust)."""

    __tablename__ = "trusted_issuers"
    public_key: Mapped[bytes] = mapped_column(LargeBinary, primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    added_at: Mapped[datetime]


class Change(Base):
    """The downward change feed: one row per change, read by stations and lower servers with a cursor.

    ``unit_id`` scopes a change to a subtree (a learner's unit); NULL reaches every device. ``device_id``
    addresses it to one device only."""

    __tablename__ = "changes"
    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    kind: Mapped[str] = mapped_column(String(20))  # unit | learner | issuer | package | policy | revocation | study | attempt
    key: Mapped[str] = mapped_column(String(100))
    unit_id: Mapped[str | None] = mapped_column(String(40))
    # one device's catch-up after its unit changed (sync_server/changes.py: catch_up); NULL: every device
    device_id: Mapped[str | None] = mapped_column(String(64))
    body: Mapped[str] = mapped_column(Text)  # canonical JSON
    created_at: Mapped[datetime]


class BankQuestion(Base):
    """A question of a named bank, as it stands now; every version is kept in question_versions."""

    __tablename__ = "bank_questions"
    question_id: Mapped[str] = mapped_column(String(40), primary_key=True)
    bank: Mapped[str] = mapped_column(String(100), index=True)
    version: Mapped[int] = mapped_column(Integer)
    data: Mapped[str] = mapped_column(Text)  # canonical JSON of examcore Question.to_dict()
    retired_at: Mapped[datetime | None]
    updated_at: Mapped[datetime]


class QuestionVersion(Base):
    __tablename__ = "question_versions"
    question_id: Mapped[str] = mapped_column(String(40), primary_key=True)
    version: Mapped[int] = mapped_column(Integer, primary_key=True)
    data: Mapped[str] = mapped_column(Text)
    changed_at: Mapped[datetime]
    changed_by: Mapped[str] = mapped_column(String(64))
    note: Mapped[str] = mapped_column(Text, default="")  # e.g. "imported from bank.xlsx"


class StudyFile(Base):
    """A study plan, course or practice bank this server distributes (and re-grades quizzes with)."""

    __tablename__ = "study_files"
    file_id: Mapped[str] = mapped_column(String(120), primary_key=True)   # kind:id (a course's newer revision replaces it)
    kind: Mapped[str] = mapped_column(String(20))                         # plan | course | practice
    title: Mapped[str] = mapped_column(String(200))
    year: Mapped[int | None] = mapped_column(Integer)
    revision: Mapped[int] = mapped_column(Integer, default=1)
    data: Mapped[bytes] = mapped_column(LargeBinary)
    imported_at: Mapped[datetime]


class StudyRecord(Base):
    """A station's signed study record, stored once by its id (a changed re-upload is refused)."""

    __tablename__ = "study_records"
    record_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    content_hash: Mapped[str] = mapped_column(String(64))
    learner_no: Mapped[str] = mapped_column(String(40), index=True)
    plan_id: Mapped[str] = mapped_column(String(100), index=True)
    kind: Mapped[str] = mapped_column(String(20))
    device_id: Mapped[str] = mapped_column(String(64))   # the station that delivered it
    body: Mapped[str] = mapped_column(Text)
    signature: Mapped[str] = mapped_column(String(100))
    received_at: Mapped[datetime]
    source: Mapped[str] = mapped_column(String(16))       # http | bundle | relay
    relayed_by: Mapped[str | None] = mapped_column(String(64))   # the lower server that vouched for the station
    certificate: Mapped[str | None] = mapped_column(Text)        # the station's certificate chain, passed upward
    upstream_ack_at: Mapped[datetime | None]


class StudyPoints(Base):
    """Each learner's points under each plan, recomputed here whenever their records (or the plan's
    courses) change, so reports read one row per learner instead of replaying every record."""

    __tablename__ = "study_points"
    learner_no: Mapped[str] = mapped_column(String(40), primary_key=True)
    plan_id: Mapped[str] = mapped_column(String(100), primary_key=True)
    points: Mapped[int] = mapped_column(Integer)
    points_by_deadline: Mapped[int] = mapped_column(Integer)   # what counts toward the exam
    updated_at: Mapped[datetime]
    # the learner's unit, status and leader flag, copied (sync_server/results/counted.py keeps them true) so the
    # unit report sums points per unit without joining a million learners
    unit_id: Mapped[str | None] = mapped_column(String(40))
    status: Mapped[str | None] = mapped_column(String(20))
    is_leader: Mapped[bool] = mapped_column(default=False)

    __table_args__ = (Index("ix_study_points_plan_unit", "plan_id", "unit_id"),)


class CountedAttempt(Base):
    """Per exam and learner, the attempt that counts, kept as results arrive (sync_server/results/counted.py):
    the best (highest score; passed if any attempt passed) and the last, so either counting rule reads one
    row. With the learner's unit, status and leader flag copied in, the unit report over a million results
    is a GROUP BY of this table instead of a window over the results joined to the learners."""

    __tablename__ = "counted_attempts"
    exam_id: Mapped[str] = mapped_column(String(100), primary_key=True)
    learner_no: Mapped[str] = mapped_column(String(40), primary_key=True, index=True)
    attempts: Mapped[int] = mapped_column(Integer)
    best_cents: Mapped[int] = mapped_column(Integer)     # score x 100 (scores have two decimals at most)
    best_mark: Mapped[int] = mapped_column(Integer)      # 2 passed, 1 failed, 0 awaiting marking
    last_cents: Mapped[int] = mapped_column(Integer)
    last_mark: Mapped[int] = mapped_column(Integer)
    last_at: Mapped[str] = mapped_column(String(40))     # submitted_at of the last attempt
    last_id: Mapped[str] = mapped_column(String(36))     # its result id (breaks a tie of submitted_at)
    unit_id: Mapped[str | None] = mapped_column(String(40))   # NULL: the learner is not on this roster (yet)
    status: Mapped[str | None] = mapped_column(String(20))
    is_leader: Mapped[bool] = mapped_column(default=False)

    __table_args__ = (Index("ix_counted_attempts_exam_unit", "exam_id", "unit_id"),)


class Headcount(Base):
    """Learners per unit, status and leader flag, kept as the roster changes (sync_server/results/counted.py), so
    the report's "should sit" and "exempt" do not count a million learners each time."""

    __tablename__ = "headcounts"
    unit_id: Mapped[str] = mapped_column(String(40), primary_key=True)
    status: Mapped[str] = mapped_column(String(20), primary_key=True)
    is_leader: Mapped[bool] = mapped_column(primary_key=True)
    n: Mapped[int] = mapped_column(Integer)


# --- sittings (issue 4) -------------------------------------------------------------------------

class Sitting(Base):
    """A sitting (场次) of an exam in a room of this centre: who is seated, when it starts, its state."""

    __tablename__ = "sittings"
    sitting_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    package_id: Mapped[str] = mapped_column(ForeignKey("packages.package_id"))
    title: Mapped[str] = mapped_column(String(200))
    room: Mapped[str] = mapped_column(String(100))
    unit_id: Mapped[str | None] = mapped_column(String(40))       # the centre's unit: who may run it
    starts_at: Mapped[datetime] = mapped_column(index=True)         # UTC
    late_minutes: Mapped[int] = mapped_column(Integer, default=30)  # login closes this long after the start
    state: Mapped[str] = mapped_column(String(16), default="scheduled")  # scheduled | started | closed
    started_at: Mapped[datetime | None]
    closed_at: Mapped[datetime | None]
    # the package's start code, for the proctor to show and print when the LAN fails: sealed (HPKE) to this
    # server's results key, so a copy of the database alone does not reveal it
    start_code_sealed: Mapped[str | None] = mapped_column(Text)


class SittingSeat(Base):
    """A learner seated in a sitting, and what their station last said."""

    __tablename__ = "sitting_seats"
    sitting_id: Mapped[str] = mapped_column(ForeignKey("sittings.sitting_id"), primary_key=True)
    learner_no: Mapped[str] = mapped_column(String(40), primary_key=True)
    seat: Mapped[str] = mapped_column(String(20), default="")
    device_id: Mapped[str | None] = mapped_column(String(64))    # the station the learner logged in at
    state: Mapped[str] = mapped_column(String(20), default="not_logged_in")
    # not_logged_in | waiting | in_progress | submitted | missing
    answered: Mapped[int] = mapped_column(Integer, default=0)
    total: Mapped[int] = mapped_column(Integer, default=0)
    time_left_ms: Mapped[int | None] = mapped_column(Integer)
    irregularities: Mapped[str] = mapped_column(Text, default="{}")   # JSON counts: focus losses, clock jumps …
    last_seen_at: Mapped[datetime | None]
    result_id: Mapped[str | None] = mapped_column(String(36))
    note: Mapped[str] = mapped_column(Text, default="")          # the reason for a missing record


class SittingEvent(Base):
    """The sitting's audit log: every proctor action and what stations reported."""

    __tablename__ = "sitting_events"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    sitting_id: Mapped[str] = mapped_column(ForeignKey("sittings.sitting_id"), index=True)
    kind: Mapped[str] = mapped_column(String(30))
    learner_no: Mapped[str | None] = mapped_column(String(40))
    actor: Mapped[str] = mapped_column(String(100))               # admin username or station device id
    detail: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime]
    evidence: Mapped[str | None] = mapped_column(Text)   # a proctor's action as their station signed it (JSON)


class SittingAction(Base):
    """A proctor's action for one learner's station (extra time, pause, resume, forced submission),
    handed to the station at its next check-in and marked once the station has applied it."""

    __tablename__ = "sitting_actions"
    action_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    sitting_id: Mapped[str] = mapped_column(ForeignKey("sittings.sitting_id"), index=True)
    learner_no: Mapped[str] = mapped_column(String(40))
    kind: Mapped[str] = mapped_column(String(20))        # extra_time | pause | unpause | force_submit
    minutes: Mapped[int] = mapped_column(Integer, default=0)
    reason: Mapped[str] = mapped_column(Text, default="")
    actor: Mapped[str] = mapped_column(String(100))
    created_at: Mapped[datetime]
    applied_at: Mapped[datetime | None]
    evidence: Mapped[str | None] = mapped_column(Text)   # the proctor station's signed action (JSON)


class TransferSession(Base):
    """One sync with the upstream (pull, relay of results and study records), from whichever process or host
    of this server runs it: its stage, how far it got and who runs it (sync_server/upstream/transfer_sessions.py).
    At most one runs at a time (the unique index on running sessions, enforced by the database for every
    worker and host alike); one whose owner has shown no sign of life for a while is taken over."""

    __tablename__ = "transfer_sessions"
    session_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    kind: Mapped[str] = mapped_column(String(20))              # upstream_sync | bundle:<sender digest>
    owner: Mapped[str] = mapped_column(String(200))            # host, process and how it was started
    stage: Mapped[str] = mapped_column(String(20))             # pull | relay | study | done | failed | taken_over
    done: Mapped[int] = mapped_column(Integer, default=0)      # results relayed (or imported) so far
    total: Mapped[int] = mapped_column(Integer, default=0)
    started_at: Mapped[datetime]
    heartbeat_at: Mapped[datetime]
    finished_at: Mapped[datetime | None]
    outcome: Mapped[str] = mapped_column(Text, default="")
    about: Mapped[str] = mapped_column(String(200), default="", server_default="")   # a bundle's sender

    __table_args__ = (Index("ux_transfer_sessions_running", "kind", unique=True,
                            sqlite_where=text("finished_at IS NULL"), postgresql_where=text("finished_at IS NULL")),)


class DeviceContact(Base):
    """What a station said at its last pull of the change feed (server time): the attempts it had not yet
    delivered (in progress, or sealed and waiting). An attempt it delivers later, claiming to have begun
    before that moment yet not listed then, was begun with the PC's clock set back (acceptance rule
    ``clock_moved_back``; issue 14: the time mark edited in the station's database)."""

    __tablename__ = "device_contacts"
    device_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    seen_at: Mapped[datetime]                                      # naive UTC, this server's clock
    undelivered: Mapped[str] = mapped_column(Text, default="[]")   # JSON list of attempt ids


class DevicePullRun(Base):
    """A run of a station's pulls of the change feed that listed its undelivered attempts, no two of them
    further apart than sync_server/results/pulls.py RUN_GAP (this server's clock): a pull was made at
    ``first_at`` and at ``last_at``. Kept so that an attempt delivered later is judged against every pull
    after its claimed start, not the latest only (``clock_moved_back``; issue 14, outside round 11: an
    attempt begun with the clock set back and marked in progress in the station's database before one pull
    was listed by that pull, and passed)."""

    __tablename__ = "device_pull_runs"
    run_id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    device_id: Mapped[str] = mapped_column(String(64), index=True)
    first_at: Mapped[datetime]   # naive UTC
    last_at: Mapped[datetime]    # naive UTC


class AnnouncedAttempt(Base):
    """An attempt a station said it had not yet delivered (at a pull of the change feed), with whose it is:
    kept after the station stops listing it, so one that is never delivered still uses an attempt (issue 14:
    an outside round deleted a poor attempt from the station's database after it had been announced, and
    sat again)."""

    __tablename__ = "announced_attempts"
    attempt_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    device_id: Mapped[str] = mapped_column(String(64))
    learner_no: Mapped[str] = mapped_column(String(40), index=True)
    package_id: Mapped[str] = mapped_column(String(36))
    exam_id: Mapped[str | None] = mapped_column(String(100))   # the package's, when this server holds it
    announced_at: Mapped[datetime]                             # naive UTC, this server's clock
    # whether it uses an attempt while never delivered: not when the station does not serve the learner (an
    # outside round used up other units' learners' attempts by listing invented ones), nor once an
    # administrator released it (the station's disk failed); ``note`` says which, who and why
    counts: Mapped[bool] = mapped_column(default=True, server_default=true())
    note: Mapped[str] = mapped_column(Text, default="", server_default="")   # Words as JSON (set_note)

    def set_note(self, words: Words) -> None:
        """Keep why it uses no attempt as Words, to be said in the reader's language (note_words)."""
        self.note = json.dumps(words.to_dict(), ensure_ascii=False)

    def note_words(self) -> str:
        """The note as Words (``said`` gives the reader's language); one kept as plain English as it is."""
        try:
            sent = json.loads(self.note)
            return Words(sent["template"], **{k: v for k, v in sent["params"].items() if isinstance(v, (str, int))})
        except (ValueError, TypeError, KeyError, IndexError, AttributeError):
            return self.note


class LowerReview(Base):
    """A lower server's decision on a result it relayed (accepted or rejected there, with who, when and why),
    as that server told it, and what this server made of it: ``applied`` (this server's review follows it)
    or ``kept`` (decided here already, or held here for rules of its own; ``note`` says which). One row per
    result: the latest decision told (sync_server/upstream/review_relay.py)."""

    __tablename__ = "lower_reviews"
    result_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    server_id: Mapped[str] = mapped_column(String(64))        # the device id of the lower server that told it
    review: Mapped[str] = mapped_column(String(12))           # accepted | rejected
    reviewed_by: Mapped[str] = mapped_column(String(200))
    reviewed_at: Mapped[datetime]                             # naive UTC, the lower server's clock
    reason: Mapped[str] = mapped_column(Text, default="")
    flags: Mapped[str] = mapped_column(String(400), default="")   # the rules it was held for down there
    received_at: Mapped[datetime]                             # naive UTC, this server's clock
    outcome: Mapped[str] = mapped_column(String(12))          # applied | kept
    note: Mapped[str] = mapped_column(Text, default="")       # why kept: JSON {"text", "words"}, or ""

    def note_words(self) -> tuple[str, dict | None]:
        """The note as (English, Words.to_dict) for words_said."""
        if not self.note:
            return "", None
        note = json.loads(self.note)
        return note["text"], note["words"]
