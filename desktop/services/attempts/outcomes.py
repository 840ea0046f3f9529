"""What the attempt services hand back: an opened package, a receipt, and the ways a step is refused."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from examcore.grading import PaperGrade
from examcore.package import ExamContent, PackageHeader


class SaveFailed(Exception):
    """The database refused the write (disk full, read-only folder …). Nothing saved before is lost."""


class AttemptRefused(Exception):
    """codes: window_not_open, window_closed, no_attempts_left, not_eligible, points_short, recorded_missing,
    handed_in_here (already handed in at the sitting that is still open),
    sitting_closed, sitting_not_yet (by the start code more than an hour before the learner's sitting;
    ``detail``: when it starts, ISO 8601), clock_behind or sitting_unconfirmed (the proctor's start code for
    ``detail``, the challenge, lets it start),
    wrong_code (the proctor's code typed was not right), clock_before_package (the PC's clock is more than
    examcore.package.MADE_MARGIN before the package was made; ``detail``: when it was made, ISO 8601).
    ``places``: for no_attempts_left, where the earlier attempts were sat (server_knowledge.attempts_sat)."""

    def __init__(self, code: str, detail: str = "", places: tuple[dict, ...] = ()):
        super().__init__(code)
        self.code = code
        self.detail = detail
        self.places = places


class AnswerRefused(Exception):
    """code time_up: the time limit (with extra time granted) has passed; the answer is not saved."""

    def __init__(self, code: str = "time_up"):
        super().__init__(code)
        self.code = code


@dataclass(frozen=True)
class Unlocked:
    """A package opened with its start code (the result of the slow KDF step)."""

    header: PackageHeader
    content_key: bytes = field(repr=False)   # never in a log line or a traceback's locals
    content: ExamContent
    sitting_id: str | None = None   # the key was released over the LAN for this sitting; None: the start code


@dataclass(frozen=True)
class SubmissionReceipt:
    result_id: str
    content_hash: str
    submitted_at: datetime
    learner_no: str
    learner_name: str
    exam_title: str
    grade: PaperGrade
    pass_mark: int
    reason: str
