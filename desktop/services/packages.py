"""The station's exam packages: import (checked, nothing stored unless valid) and the "my exams" list."""
from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from fractions import Fraction
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from desktop.store.models import Attempt, Learner, Package, Revocation, Setting, TrustedIssuer, Unit
from examcore.clock import Clock, from_utc_naive, utc_naive
from examcore.errors import PackageError
from examcore.exam import Counting, Eligibility, unit_path
from examcore.grading import counted_index
from examcore.package import MAX_PACKAGE_BYTES, PackageHeader, ParsedPackage, parse_package
from examcore.window import WindowState, window_state


RESULTS_KEY_SETTING = "server_results_key_id"   # the enrolled server's results key, as packages name it


@dataclass(frozen=True)
class ExamListing:
    package_id: str
    exam_id: str
    title: str
    window_start: datetime
    window_end: datetime
    duration_minutes: int
    window_state: WindowState
    attempts_used: int
    max_attempts: int
    in_progress_attempt: str | None
    last_result_id: str | None
    counted_score: str | None   # the attempt that counts: the best or the last, as the exam says
    counted_outcome: str | None
    points_needed: int = 0      # study points the exam asks for, when the learner has fewer
    points_have: int = 0

    @property
    def can_start(self) -> bool:
        if self.in_progress_attempt is not None:   # begun: it can always be continued and handed in (outside
            return True   # round 79: one the proctor closed was stranded, "continue" greyed, once the window ended
        return (self.window_state is WindowState.OPEN and self.attempts_used < self.max_attempts
                and not self.points_needed)


def trusted_issuer_keys(sessions: sessionmaker[Session]) -> set[bytes]:
    with sessions() as s:
        return set(s.scalars(select(TrustedIssuer.public_key)))


class PackageLibrary:
    def __init__(self, sessions: sessionmaker[Session], clock: Clock,
                 points_for_exam: Callable[[str], int] | None = None):
        """``points_for_exam``: a learner's study points earned by the plan's deadline (exams may ask
        for a number of them)."""
        self._sessions = sessions
        self._clock = clock
        self._points = points_for_exam or (lambda _learner_no: 0)

    def trusted_issuers(self) -> set[bytes]:
        return trusted_issuer_keys(self._sessions)

    def trust_issuer(self, public_key: bytes, name: str) -> None:
        with self._sessions.begin() as s:
            if s.get(TrustedIssuer, public_key) is None:
                s.add(TrustedIssuer(public_key=public_key, name=name, added_at=utc_naive(self._clock.now())))

    def import_file(self, path: Path) -> tuple[PackageHeader, bool]:
        """Check and store a package file. Returns its header and whether it was new.

        Raises PackageError (codes of examcore.package, plus file_unreadable, too_large, exam_closed,
        not_for_this_centre: the server this station is enrolled at is not among its recipients).
        """
        try:
            size = Path(path).stat().st_size
            if size > MAX_PACKAGE_BYTES:
                raise PackageError("too_large", f"{size} bytes")
            data = Path(path).read_bytes()
        except OSError as exc:
            raise PackageError("file_unreadable", str(exc)) from exc
        with self._sessions.begin() as s:
            return self.store(s, data)

    def store(self, s: Session, data: bytes) -> tuple[PackageHeader, bool]:
        """Check and store package bytes inside the caller's transaction (a file, or one sync brought)."""
        parsed = parse_package(data, set(s.scalars(select(TrustedIssuer.public_key))))
        header = parsed.header
        if s.get(Revocation, ("package", header.package_id)) is not None:
            raise PackageError("withdrawn", f"package {header.package_id} was withdrawn by its issuer")
        if header.window_end <= self._clock.now():
            raise PackageError("exam_closed", f"window ended {header.window_end.isoformat()}")
        server = s.get(Setting, RESULTS_KEY_SETTING)
        if server is not None and server.value not in {r.key_id for r in header.recipients}:
            raise PackageError("not_for_this_centre", f"the package's results go to "
                               f"{', '.join(r.name for r in header.recipients)}, not to this station's server "
                               f"(results key {server.value})")
        if s.get(Package, header.package_id) is not None:
            return header, False
        s.add(Package(package_id=header.package_id, exam_id=header.exam_id, title=header.title,
                      window_start=utc_naive(header.window_start), window_end=utc_naive(header.window_end),
                      duration_minutes=header.duration_minutes, max_attempts=header.max_attempts,
                      counting=header.counting.value, issuer_name=header.issuer_name,
                      data=data, imported_at=utc_naive(self._clock.now()),
                      eligibility="" if header.eligibility.is_default()
                      else json.dumps(header.eligibility.to_dict(), sort_keys=True)))
        s.flush()
        return header, True

    def load(self, package_id: str) -> ParsedPackage:
        """Re-check a stored package (the signature is verified again on every use)."""
        with self._sessions() as s:
            row = s.get(Package, package_id)
            if row is None:
                raise PackageError("not_a_package", f"no package {package_id} on this station")
            data = row.data
        return parse_package(data, self.trusted_issuers())

    def refusal_for(self, learner_no: str, package_id: str) -> str | None:
        """Why this learner may not sit this package (a reason code), or None."""
        with self._sessions() as s:
            pkg = s.get(Package, package_id)
            return _refusal(s, pkg, learner_no, self._points) if pkg is not None else "not_a_package"

    def listings(self, learner_no: str) -> list[ExamListing]:
        now = self._clock.now()
        out = []
        with self._sessions() as s:
            for pkg in s.scalars(select(Package).order_by(Package.window_start, Package.title)):
                attempts = list(s.scalars(
                    select(Attempt).join(Package).where(Attempt.learner_no == learner_no,
                                                        Package.exam_id == pkg.exam_id)
                    .order_by(Attempt.started_at)))
                if pkg.withdrawn_at is not None and not attempts:
                    continue  # withdrawn upstream before this learner began it: nothing to show
                refusal = _refusal(s, pkg, learner_no, self._points) if not attempts else None
                if refusal and refusal != "points_short":
                    continue  # another unit's exam, a leaders' paper, a make-up for others …
                needed = (Eligibility.from_dict(json.loads(pkg.eligibility)).min_study_points
                          if refusal == "points_short" else 0)
                submitted = [a for a in attempts if a.state == "submitted"]
                running = next((a.attempt_id for a in attempts
                                if a.state == "in_progress" and a.package_id == pkg.package_id), None)
                scored = [(a, Fraction(a.score_text)) for a in submitted if a.score_text is not None]
                index = counted_index([score for _a, score in scored], Counting(pkg.counting))
                counted = scored[index][0] if index is not None else None
                start, end = from_utc_naive(pkg.window_start), from_utc_naive(pkg.window_end)
                state = window_state(start, end, now) if pkg.withdrawn_at is None else WindowState.CLOSED
                out.append(ExamListing(
                    pkg.package_id, pkg.exam_id, pkg.title, start, end, pkg.duration_minutes, state,
                    len(submitted), pkg.max_attempts, running,
                    submitted[-1].result_id if submitted else None,
                    counted.score_text if counted else None, counted.outcome if counted else None,
                    needed, self._points(learner_no) if needed else 0))
        return out

    def points_asked(self) -> int:
        """The most study points an exam on this station asks for (0: no exam here asks for any)."""
        with self._sessions() as s:
            rules = s.scalars(select(Package.eligibility).where(Package.withdrawn_at.is_(None))).all()
        return max((Eligibility.from_dict(json.loads(r)).min_study_points for r in rules if r), default=0)

    def all_packages(self) -> list[tuple[str, str]]:
        """(package id, title) of every exam on this station, newest window first (the proctor's view)."""
        with self._sessions() as s:
            return [(p, t) for p, t in s.execute(select(Package.package_id, Package.title)
                                                 .order_by(Package.window_start.desc()))]

    def submitted_count(self, learner_no: str, exam_id: str) -> int:
        with self._sessions() as s:
            return s.scalar(select(func.count()).select_from(Attempt).join(Package).where(
                Attempt.learner_no == learner_no, Package.exam_id == exam_id,
                Attempt.state == "submitted")) or 0


def _refusal(s: Session, pkg: Package, learner_no: str, points: Callable[[str], int]) -> str | None:
    if not pkg.eligibility:
        return None
    rules = Eligibility.from_dict(json.loads(pkg.eligibility))
    learner = s.get(Learner, learner_no)
    if learner is None:
        return "not_listed"
    path = unit_path(learner.unit_id, lambda u: getattr(s.get(Unit, u), "parent_id", None))
    if learner.unit_id is None and learner.unit:  # a roster file names the unit, it has no code
        path.add(learner.unit)
    return rules.refusal(pkg.package_id, learner_no, path, learner.rank, learner.is_leader, learner.status,
                         points(learner_no) if rules.min_study_points else None)
