"""One pydantic model per API message of /api/v1, shared by both ends: the server validates requests with
them and generates its OpenAPI document from them; the clients (examcore.sync_client) check the answers
they read with the answers' models. A request is strict (an unknown field is an error, never dropped); an
answer (``Answer``) lets a client read a newer server's answer, whose extra fields it does not know."""
from __future__ import annotations

import base64
import binascii
from datetime import date, datetime
from typing import Annotated, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field

from examcore.change_feed import KINDS

MAX_BATCH = 200
MAX_QUESTIONS = 10_000
INT32 = 2**31 - 1   # PostgreSQL's INTEGER: a larger number in such a column is a database error, not a 4xx


def _base64(text: str) -> str:
    try:
        base64.b64decode(text.encode("ascii"), validate=True)
    except (UnicodeEncodeError, binascii.Error):
        raise ValueError("not base64 (A-Z a-z 0-9 + / and = padding)") from None
    return text


Base64 = Annotated[str, AfterValidator(_base64)]


class Message(BaseModel):
    model_config = ConfigDict(extra="forbid")  # unknown fields are an error, not silently dropped


class Answer(BaseModel):
    """A server's answer: read by clients that may be older than the server (a station of last year)."""
    model_config = ConfigDict(extra="ignore")


class EnrolRequest(Message):
    device_id: str = Field(min_length=4, max_length=64, pattern=r"^[A-Za-z0-9._-]+$")
    public_key: Base64 = Field(description="the station's Ed25519 public key, base64", min_length=40, max_length=60)
    name: str = Field(default="", max_length=200, description="where the station is, for the administrator")
    code: str | None = Field(default=None, max_length=40, description="one-time enrolment code, if given one")


class Certificate(Message):
    device_id: str
    public_key: str
    expires_at: str
    server_id: str
    unit_id: str | None = Field(default=None, description="the unit subtree the device serves (when it has one)")
    room: str | None = Field(default=None, description="the exam room it stands in (when enrolled for one)")
    signature: str = Field(description="the server's Ed25519 signature over the other fields")


class IssuedCertificate(Certificate):
    """A certificate in an answer: a newer server's extra field is not an older station's error."""
    model_config = ConfigDict(extra="ignore")


class EnrolResponse(Answer):
    status: Literal["approved", "pending"]
    server_id: str
    server_key: str = Field(description="the server's Ed25519 public key, base64: receipts verify under it")
    certificate: IssuedCertificate | None = None
    message: str
    results_key_id: str | None = Field(default=None, description="the fingerprint of the server's results key: "
                                       "a station refuses a package that does not name it among its recipients")


class ResultOutcome(Answer):
    result_id: str | None
    status: Literal["stored", "duplicate", "conflict", "refused"]
    reason: str = ""
    detail: str = ""
    receipt: str | None = Field(default=None, description="the signed receipt; clears the station's outbox")
    flags: list[str] = Field(default=[], description="stored but held, not counted: the acceptance rules it broke "
                                                     "(learner_outside_unit, not_seated, attempt_limit …)")


class ResultsBatch(Message):
    envelopes: list[str] = Field(min_length=1, max_length=MAX_BATCH,
                                 description="sealed result envelopes, each the JSON text of one envelope")


class ResultsBatchResponse(Answer):
    results: list[ResultOutcome]


class SignedStudyRecord(Message):
    record: str = Field(description="the study record's canonical JSON, exactly as signed")
    signature: str = Field(description="base64 Ed25519 signature of the station's device key")


class StudyBatch(Message):
    records: list[SignedStudyRecord] = Field(min_length=1, max_length=MAX_BATCH)


class StudyRelayItem(SignedStudyRecord):
    certificate: Certificate = Field(description="the station's certificate, signed by the server it enrolled with")
    via: list[Certificate] = Field(default=[], max_length=7, description="the servers in between, as for results")


class StudyRelayBatch(Message):
    items: list[StudyRelayItem] = Field(min_length=1, max_length=MAX_BATCH)


class StudyRelayResponse(Answer):
    results: list["StudyOutcome"]


class StudyOutcome(Answer):
    record_id: str
    status: str = Field(description="stored | duplicate | conflict | refused")
    detail: str = Field(default="", description="why refused, or (stored) why a password change or reset was "
                                                "kept but not taken; empty when taken")
    detail_words: dict | None = Field(default=None, description="the detail as words to say in the reader's "
                                                                "language: {template, params}")


class StudyBatchResponse(Answer):
    results: list[StudyOutcome]
    receipt: str = Field(description="signed by this server: the (record id, sha256) pairs it now holds")


class CodeAction(Message):
    action_id: str = Field(min_length=6, max_length=36, pattern=r"^code:")
    kind: Literal["extra_time", "pause", "unpause"]
    minutes: int = Field(default=0, ge=0, le=240)
    reason: str = Field(default="", max_length=500)
    at: str = Field(default="", max_length=40, description="the station's wall clock (informative)")
    code: str | None = Field(default=None, max_length=12, description="the proctor's code the station accepted; "
                                                                     "the centre verifies it (no code: refused)")


class QuestionOption(Message):
    key: str = Field(min_length=1, max_length=4)
    text: str = Field(max_length=2000)
    fixed: bool = False


class QuestionEdit(Message):
    """What changes in a bank question; fields left out stay as they are."""
    stem: str | None = Field(default=None, max_length=10000)
    options: list[QuestionOption] | None = None
    answer: list[str] | None = None
    category: str | None = Field(default=None, max_length=200)
    difficulty: int | None = Field(default=None, ge=1, le=5)
    explanation: str | None = Field(default=None, max_length=10000)
    note: str = Field(default="", max_length=500, description="why it changed, kept in the history")


class ExamBuild(Message):
    exam: dict = Field(description="the exam definition as in an exam file (docs/question-banks.md)")
    bank: str = Field(min_length=1, max_length=100)
    recipients: list[str] = Field(default=[], description="lower servers' server-results.key.pub, as text")
    makeup_of: str | None = Field(default=None, max_length=100, description="the main exam's id, for a make-up")
    again: bool = Field(default=False, description="build an exam whose id was built before, on purpose")


class StartCodeRequest(Message):
    start_code: str = Field(min_length=12, max_length=20, description="the package's start code, e.g. XFDM-2026-K7QM")


class SeatReport(Message):
    state: str = Field(default="waiting", max_length=20, description="waiting | in_progress | submitted")
    answered: int = Field(default=0, ge=0, le=MAX_QUESTIONS)
    total: int = Field(default=0, ge=0, le=MAX_QUESTIONS)
    time_left_ms: int | None = Field(default=None, ge=0, le=INT32)   # kept in 32-bit columns
    irregularities: dict[Annotated[str, Field(max_length=40)], Annotated[int, Field(ge=0, le=INT32)]] = Field(
        default={}, max_length=20, description="counts: focus_lost, clock_jump, interrupted …")
    result_id: str | None = Field(default=None, max_length=36)
    applied: list[Annotated[str, Field(max_length=64)]] = Field(default=[], max_length=500, description="ids of the proctor's actions this station has applied")
    by_code: list[CodeAction] = Field(default=[], max_length=100, description="actions the proctor took by code at this seat "
                                                              "while the network was down")


class CheckInRequest(Message):
    learner_no: str = Field(min_length=1, max_length=40)
    station_key: Base64 | None = Field(default=None, max_length=100, description="base64 X25519 one-time key: the content key "
                                                               "is sealed to it once the sitting has started")
    report: SeatReport | None = None
    reopen: bool = Field(default=False, description="a restarted station asks for the key of the learner's attempt "
                                                    "again, before anyone logs in: given only where the server "
                                                    "recorded the learner began at this station; nothing recorded")


class CheckInResponse(Answer):
    seated: bool
    sitting: dict | None = None
    refused: str | None = Field(default=None, description="late: login closed N minutes after the start; "
                                                          "wrong_room: this PC was enrolled for another room; missing: the "
                                                          "proctor marked the learner missing; closed: the sitting is "
                                                          "closed")
    content_key: str | None = Field(default=None, description="base64 HPKE blob for the station's one-time key")
    actions: list[dict] = Field(default=[], description="the proctor's actions this station has not applied yet")
    proctor_key: str | None = Field(default=None, description="base64 HPKE blob: the package's proctor key, sealed "
                                                              "like the content key (checks offline codes)")


SIGNED = Field(default=None, description="the action as the proctor's station signed it (examcore.proctor_action): "
                                        "{action: {format, sitting_id, kind, learner_no, minutes, reason, "
                                        "device_id, at, nonce}, signature}; required")


class ProctorSigned(Message):
    signed: dict | None = SIGNED


class SittingActionRequest(Message):
    kind: str = Field(description="extra_time | pause | unpause | force_submit")
    learner_no: str | None = Field(default=None, description="one learner; none: every seat still open")
    minutes: int = Field(default=0, ge=0, le=240)
    reason: str = Field(default="", max_length=500)
    signed: dict | None = SIGNED


class MissingRequest(Message):
    learner_no: str = Field(min_length=1, max_length=40)
    reason: str = Field(min_length=1, max_length=500)
    signed: dict | None = SIGNED


class CancelRequest(Message):
    reason: str = Field(min_length=1, max_length=500, description="why the sitting is called off (kept in its log)")
    signed: dict | None = SIGNED


class ReviewDecision(Message):
    decision: Literal["accept", "reject"]
    reason: str = Field(min_length=1, max_length=500, description="kept with who decided and when")


class MoveSeatRequest(Message):
    learner_no: str = Field(min_length=1, max_length=40)
    device_id: str | None = Field(default=None, max_length=64, description="the station the seat moves to; "
                                                                          "none: the next station of the room to check in")
    reason: str = Field(min_length=1, max_length=500)
    signed: dict | None = SIGNED


class SittingOut(Answer):
    sitting_id: str
    title: str
    room: str | None
    package_id: str
    starts_at: str = Field(description="ISO time with its offset")
    late_minutes: int
    state: str = Field(description="planned | started | closing | closed")
    started_at: str | None


class SeatOut(Answer):
    learner_no: str
    name: str
    seat: str | None
    device_id: str | None
    state: str
    answered: int
    total: int
    time_left_ms: int | None
    irregularities: dict[str, int]
    last_seen_at: str | None
    note: str | None


class SittingList(Answer):
    sittings: list[SittingOut]


class SittingDetail(Answer):
    sitting: SittingOut
    seats: list[SeatOut]


class StartCodeOut(Answer):
    start_code: str = Field(description="shown to the proctor to give out at a station with no LAN (logged)")
    sitting: SittingOut


class Error(Answer):
    """A refusal: a stable code and a message (in English; ``words`` for the reader's language when the server
    sent them); some carry more (the problems of a roster, the import that is running)."""
    error: str
    message: str
    fields: list[dict] | None = None


class Health(Answer):
    status: Literal["ok"]
    server_id: str
    name: str
    workers: int = 1   # worker processes: a lower server's relay keeps one chunk in flight for each


MAX_RELAY_IDS = 1000


RelayKind = Literal["result", "study"]   # what a relay asks about: results, or study records (and password changes)


class RelayMissingRequest(Message):
    ids: list[str] = Field(min_length=1, max_length=MAX_RELAY_IDS)
    kind: RelayKind = Field(default="result", description="results (by result id) or study records (by record id)")


class RelayMissingResponse(Answer):
    missing: list[str]


class RelayItem(Message):
    envelope: str
    certificate: Certificate = Field(description="the station's certificate, signed by the server it enrolled with")
    via: list[Certificate] = Field(default=[], max_length=7,
                                   description="from two or more tiers down: the certificates of the servers in "
                                               "between, each signed by the next one up, the last by the sender")
    flags: list[Annotated[str, Field(max_length=40)]] = Field(
        default=[], max_length=20, description="the acceptance rules the sender holds the result for (it is held "
                                               "here too): sitting rules an upper server cannot check itself")


class RelayBatch(Message):
    items: list[RelayItem] = Field(min_length=1, max_length=MAX_BATCH)


class RelayReviewItem(Message):
    result_id: str = Field(max_length=64)
    review: Literal["accepted", "rejected"]
    reviewed_by: str = Field(max_length=200)
    reviewed_at: datetime = Field(description="when it was decided down there (ISO 8601 with offset)")
    reason: str = Field(max_length=2000)
    flags: list[Annotated[str, Field(max_length=40)]] = Field(default=[], max_length=20,
                                                              description="the rules it was held for down there")


class RelayReviews(Message):
    items: list[RelayReviewItem] = Field(min_length=1, max_length=MAX_BATCH)


class RelayReviewOutcome(Answer):
    result_id: str
    outcome: Literal["applied", "kept", "unknown", "not_yours"]
    note: str
    note_words: dict | None = None


class RelayReviewsResponse(Answer):
    results: list[RelayReviewOutcome]


class RelaySummary(Message):
    count: int = Field(ge=0)
    digest: str = Field(description="SHA-256 over the sorted 'id:content_hash' lines (result or record ids)")
    kind: RelayKind = Field(default="result", description="results, or study records")


class RelaySummaryResponse(Answer):
    count: int
    digest: str
    match: bool


class AdminLogin(Message):
    username: str = Field(min_length=1, max_length=64)
    password: str = Field(min_length=1, max_length=200)


class AdminLoginResponse(Answer):
    token: str = Field(description="bearer token (256 bits), sent as 'Authorization: Bearer …'; it also ends "
                                   "after 30 minutes unused")
    expires_at: str
    role: str
    unit_id: str
    must_change_password: bool = Field(description="true: the token opens only POST /admin/me/password")


class PasswordChange(Message):
    old_password: str = Field(min_length=1, max_length=200)
    new_password: str = Field(min_length=1, max_length=200,
                              description="at least 12 characters, not a common password, not the user name")


class RolePut(Message):
    role: Literal["proctor", "unit_admin", "centre_admin", "provincial_admin"]


class AdminAccountOut(Answer):
    username: str
    role: str
    unit_id: str
    full_name: str
    phone: str
    email: str
    disabled: bool
    must_change_password: bool
    locked: bool
    password_changed_at: str | None


class AdminAccountList(Answer):
    admins: list[AdminAccountOut]


class AdminPasswordReset(Answer):
    username: str
    initial_password: str = Field(description="shown once; the owner must change it at the next login")


class AuditEntryOut(Answer):
    id: int
    at: str
    actor: str
    address: str
    action: str
    object: str
    outcome: Literal["ok", "failed", "refused"]
    detail: str


class AuditPage(Answer):
    entries: list[AuditEntryOut]
    more: bool = Field(description="true: ask again with ?before= the last id")


class UnitPut(Message):
    name: str = Field(min_length=1, max_length=200)
    level: Literal["province", "city", "district", "unit"]
    parent_id: str | None = Field(default=None, max_length=40)


class LearnerPut(Message):
    name: str = Field(min_length=1, max_length=100)
    unit_id: str = Field(min_length=1, max_length=40)
    rank: str = Field(default="", max_length=100)
    is_leader: bool = False
    phone: str = Field(default="", max_length=40)
    status: Literal["active", "transferred", "retired", "exempt"] = "active"
    exempt_reason: str = Field(default="", max_length=200, description="required when the status is exempt")
    exempt_from: date | None = None
    exempt_until: date | None = Field(default=None, description="the last day exempt; then active again")


class DeviceApprove(Message):
    unit_id: str = Field(min_length=1, max_length=40, description="the subtree the station serves")
    days: int | None = Field(default=None, ge=1, le=3650)


class PolicyPut(Message):
    value: int


class ChangesRequest(Message):
    after: int = Field(ge=0, le=INT32, description="the cursor: the last seq this device applied (a 32-bit column)")
    limit: int = Field(default=500, ge=1, le=500)
    undelivered: list[str] | None = Field(default=None, max_length=5000,
                                          description="a station's attempts not yet delivered (in progress, or "
                                                      "sealed and waiting): ids of at most 36 characters")


class FeedChange(Answer):
    seq: int
    kind: str = Field(description="one of " + ", ".join(KINDS) + " (examcore/change_feed.py); a reader skips a kind "
                                  "it does not know: a newer server may hand down more")
    key: str
    body: dict


class ChangesPage(Answer):
    """Read by stations and lower servers of any version: what it does not know, a reader ignores."""
    changes: list[FeedChange]
    cursor: int = Field(description="apply the changes, then ask again after this")
    more: bool
    device_id: str
    after: int
    server_id: str
    feed: str = Field(default="", description="the server's feed id: another one than the reader kept means the "
                                              "server was restored, and the feed is read again from 0")
    signature: str = Field(description="the server's Ed25519 signature over the other fields (canonical JSON)")


# --- the admin API's answers (read by the admin window and the proctor's console, desktop/services/) ------


class Acknowledged(Answer):
    status: str = Field(description="changed | logged_out")


class LoggedOutAll(Answer):
    ended: int = Field(description="sessions ended")


class UnitOut(Answer):
    unit_id: str
    parent_id: str | None
    name: str
    level: str


class UnitList(Answer):
    units: list[UnitOut]


class LearnerOut(Answer):
    learner_no: str
    name: str
    unit_id: str
    rank: str | None
    is_leader: bool
    phone: str | None
    status: str
    exempt_reason: str | None
    exempt_from: str | None
    exempt_until: str | None
    must_change_password: bool
    initial_password: str | None = Field(default=None, description="a new learner's, shown once (201)")


class LearnerPage(Answer):
    learners: list[LearnerOut]
    more: bool = Field(description="true: ask again with ?after= the last learner_no")


class LearnerPassword(Answer):
    learner_no: str
    initial_password: str = Field(description="shown once; the learner must change it at the next login")


class ArchiveAttempt(Answer):
    submitted_at: str
    score: str | None
    outcome: str | None
    makeup: bool
    review: str = Field(description="counted | held | accepted | rejected (held and rejected never count)")
    flags: list[str]


class ArchiveExam(Answer):
    exam_id: str
    title: str
    year: str
    attempts: list[ArchiveAttempt] = Field(description="oldest first")
    counted_score: str | None
    counted_outcome: str | None


class ArchiveStudy(Answer):
    year: int
    plan_id: str
    title: str
    points: int
    points_by_deadline: int
    threshold: int
    reached: bool
    by_category: dict[str, int]


class Archive(Answer):
    """一人一档."""
    learner: LearnerOut
    exams: list[ArchiveExam]
    study: list[ArchiveStudy] = Field(description="per plan year")


class ResultOut(Answer):
    result_id: str
    exam_id: str
    learner_no: str
    device_id: str
    server_score: str | None
    station_score: str | None
    outcome: str | None
    pending_points: int | None
    submitted_at: str
    received_at: str
    source: str


class ResultPage(Answer):
    results: list[ResultOut]
    more: bool


class AlertOut(Answer):
    id: int
    kind: str
    result_id: str | None
    device_id: str | None
    detail: str | None
    words: dict | None
    created_at: str


class AlertList(Answer):
    alerts: list[AlertOut]


class DeviceOut(Answer):
    device_id: str
    status: str = Field(description="pending | approved | revoked")
    unit_id: str | None
    note: str | None
    requested_at: str
    certificate_expires_at: str | None


class DeviceList(Answer):
    devices: list[DeviceOut]


class UnitFigures(Answer):
    unit_id: str
    name: str
    should_sit: int
    exempt: int
    sat: int
    passed: int
    failed: int
    pending: int
    absent: int
    participation_rate: float | None
    pass_rate: float | None
    average_score: float | None
    average_study_points: float | None


class UnitReportOut(Answer):
    exam_id: str
    total: UnitFigures
    own: UnitFigures
    children: list[UnitFigures]
    held_back: dict[str, int] = Field(description="results held back from the report, per rule, and total")
    footnote: str


class UnitAdminContact(Answer):
    name: str
    phone: str | None
    email: str | None


class UnitContacts(Answer):
    unit_id: str
    name: str
    parent: str
    headcount: int
    exempt: int
    admins: list[UnitAdminContact]


class UnitSummary(Answer):
    units: list[UnitContacts]


class ItemFigures(Answer):
    question_id: str
    stem: str
    answer: str | list | None
    shown: int
    facility: float
    discrimination: float | None
    chosen: dict[str, int]
    unanswered: int


class ItemAnalysis(Answer):
    items: list[ItemFigures]


class PolicyOut(Answer):
    policy: dict


class BankOut(Answer):
    bank: str
    questions: int
    retired: int


class BankList(Answer):
    banks: list[BankOut]


class OptionOut(Answer):
    key: str
    text: str


class QuestionOut(Answer):
    """A question's fields as examcore/questions.py writes them (Question.to_dict)."""
    id: str
    type: str
    stem: str
    options: list[OptionOut]
    answer: list[str]
    category: str
    difficulty: int
    explanation: str


class BankQuestionOut(QuestionOut):
    """A question as the bank keeps it, with its place."""
    bank: str
    version: int
    retired: bool
    updated_at: str


class QuestionPage(Answer):
    questions: list[BankQuestionOut]
    more: bool


class QuestionEdited(Answer):
    question: BankQuestionOut
    changed: bool = False


class QuestionVersionOut(Answer):
    version: int
    changed_at: str
    changed_by: str | None
    note: str | None
    question: QuestionOut


class QuestionHistory(Answer):
    versions: list[QuestionVersionOut]


class BuiltExam(Answer):
    package_id: str
    questions: int
    start_code: str = Field(description="shown once")
    proctor_password: str = Field(description="shown once")
    makeup_for: int = Field(description="a make-up: how many learners it is for (absent or failed); else 0")
    package: str = Field(description="the package file, base64")


class BankImportFile(Answer):
    file: str
    refused: bool
    questions: int
    problems: int
    skipped: int


class ReadQuestion(Answer):
    """A question as the readers took it from a file (BankImport.as_read), for the preview."""
    file: str
    row: int | None
    unit: str | None
    sheet: str | None = None
    type: str
    stem: str
    options: list[dict] = Field(description="{key, text, right}")
    answer: list[str] | str | None
    points: int | float | None
    explanation: str | None


class AsRead(Answer):
    questions: list[ReadQuestion] = Field(description="at most the first 2,000")
    total: int


class BankImportOut(Answer):
    """sync_server/exams/question_bank.py BankImport.to_dict; a dry run also sends ``read``."""
    files: list[BankImportFile]
    added: int
    changed: int
    unchanged: int
    imported: bool
    needs_update: int | bool
    problems: list[str]
    skipped: list[str]
    notes: list[str]
    changes: list[str]
    details: dict[str, list[dict]] = Field(description="problems, skipped, notes, changes as Words (their "
                                                   "template and values), for the reader's language")
    read: AsRead | None = None


class ExamOut(Answer):
    exam_id: str
    title: str


class ExamList(Answer):
    exams: list[ExamOut]


class RosterImported(Answer):
    added: int
    updated: int
    transferred: int
    slips_pdf: str | None = Field(description="the new learners' account slips, a PDF in base64 (none added: null)")


class StatusAlert(Answer):
    at: str
    kind: str
    result_id: str | None
    detail: str | None


class ImportRunning(Answer):
    sender: str
    owner: str
    since: str
    done: int
    total: int


class ImportStopped(Answer):
    sender: str
    stage: str
    at: str
    done: int
    total: int


class ServerStatus(Answer):
    name: str
    server_id: str
    results: int
    devices_waiting: int
    alerts: list[StatusAlert]
    upstream: str | None
    to_relay: int
    study_to_relay: int
    last_taken: str | None
    last_relayed: str | None
    syncing: bool
    importing: list[ImportRunning] = Field(description="bundle imports running now")
    imports_stopped: list[ImportStopped] = Field(description="bundle imports that stopped before the end")


class BundleProblem(Answer):
    result_id: str | None
    reason: str
    detail: str


class BundleImported(Answer):
    sender: str
    counts: dict[str, int] = Field(description="results per outcome: stored, duplicate, conflict, refused")
    problems: list[BundleProblem]
    study: dict[str, int] = Field(description="study records per outcome")
    held: int
    receipt_file: str | None = Field(description="for the sender to import; null when nothing was stored here")


class ReceiptsImported(Answer):
    confirmed: int
    unmatched: int
    already: int
    study: int
    refused: list[BundleProblem] = Field(default_factory=list,
                                         description="the upstream's refusals the file carries, and why")
    not_taken: list[dict[str, str]] = Field(default_factory=list, description="account records the upstream kept "
                                            "but did not take: {learner_no, kind (password or reset)}")
    passwords: list[str] = Field(default_factory=list, description="learners whose password the file brought down")


class FlaggedResult(Answer):
    result_id: str
    exam_id: str
    learner_no: str
    name: str
    unit_id: str | None
    device_id: str
    room: str | None
    sitting_id: str | None
    score: str | None
    outcome: str | None
    submitted_at: str
    received_at: str
    source: str
    flags: list[str]
    why: str | list | None
    review: str
    reviewed_by: str | None
    reviewed_at: str | None
    review_reason: str | None


class FlaggedList(Answer):
    results: list[FlaggedResult]
    held: dict[str, int]
    rules: list[str] | dict


class ReviewDone(Answer):
    result: FlaggedResult
    now_counting: list[str] = Field(default_factory=list, description="other results of the learner that count "
                                    "now: a rejection gave back the attempt they were held for")


class SyncFinished(Answer):
    """The last line of POST /admin/sync-upstream's stream when it went through: {"finished": this}."""
    sent: int
    already_there: int
    count: int
    match: bool
    refused: int
    upstream_count: int | None
    reviews_sent: int
    reviews_kept: int
    reviews_failed: str | None
    study_sent: int
    study_refused: int
    study_match: bool
