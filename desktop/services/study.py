"""Study on the station: courses and the year's plan, signed study records, points and what to do next.

Every study record is signed with the station's device key when it is written and kept append-only; it is
written undelivered, so it waits in the station's outbox (desktop/services/outbox.py) for a server's
receipt. The points shown here are computed from the records by the same function the server runs (the
server does not trust this total).
"""
from __future__ import annotations

import json
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from desktop.store.models import (CourseRow, PracticeQuestion, Profile, ReadingPosition, StudyPlanRow, StudyRecordRow,
                                  TrustedIssuer)
from desktop.store.station_keys import StationKeys
from examcore.clock import Clock, utc_naive
from examcore.errors import PackageError
from examcore.grading import ItemStatus, Response, grade_item
from examcore.questions import Question
from examcore.study.course import Course, read_course_file, read_study_file
from examcore.study.plan import PROFILE, StudyPlan
from examcore.study.points import PointsReport, compute_points
from examcore.study.records import RecordKind, StudyRecord, sign_record
from examcore.study.signed_file import MAGIC as STUDY_MAGIC

MAX_STUDY_FILE = 256 << 20


@dataclass(frozen=True)
class CourseSummary:
    course_id: str
    title: str
    category_id: str
    year: int
    revision: int


@dataclass(frozen=True)
class QuizFeedback:
    correct: bool
    counted: bool            # the first answer to this question: it decides the points
    points: int              # points it earned (0 when wrong or not the first answer)
    right_answer: tuple[str, ...]
    explanation: str


@dataclass(frozen=True)
class Imported:
    kind: str                # course | plan | practice
    title: str
    count: int = 0           # practice questions


class StudyService:
    def __init__(self, sessions: sessionmaker[Session], keys: StationKeys, clock: Clock,
                 trusted_issuers: Callable[[], set[bytes]]):
        self._sessions, self._keys, self._clock, self._trusted = sessions, keys, clock, trusted_issuers
        self._parsed: dict[str, tuple[int, list[StudyRecord]]] = {}   # learner -> (last seq read, records)

    # --- content ---------------------------------------------------------------------------------

    def import_file(self, path: Path) -> Imported:
        """A course, a study plan or a practice bank file. PackageError when it is not good and trusted."""
        try:
            if Path(path).stat().st_size > MAX_STUDY_FILE:
                raise PackageError("too_large", str(path))
            data = Path(path).read_bytes()
        except OSError as exc:
            raise PackageError("file_unreadable", str(exc)) from exc
        with self._sessions.begin() as s:
            return self.store(s, data)

    def store(self, s: Session, data: bytes) -> Imported:
        if not data.startswith(STUDY_MAGIC):
            raise PackageError("not_a_package", "not a course, study plan or practice file")
        trusted = set(s.scalars(select(TrustedIssuer.public_key)))   # this transaction's view (a sync page may add one)
        checked = read_study_file(data, trusted)
        now = utc_naive(self._clock.now())
        if checked.course is not None:
            course = checked.course
            row = s.get(CourseRow, course.course_id)
            if row is not None and row.revision >= course.revision:
                return Imported("course", course.title)   # the same or an older revision
            if row is not None:
                s.delete(row)
                s.flush()
            s.add(CourseRow(course_id=course.course_id, revision=course.revision, title=course.title,
                            category_id=course.category_id, year=course.year, issuer_name=checked.issuer_name,
                            data=data, imported_at=now))
            return Imported("course", course.title)
        if checked.plan is not None:
            plan = checked.plan
            plan_row = s.get(StudyPlanRow, plan.plan_id)
            if plan_row is None:
                s.add(StudyPlanRow(plan_id=plan.plan_id, year=plan.year, data=json.dumps(plan.to_dict()),
                                   imported_at=now))
            else:
                plan_row.data, plan_row.year = json.dumps(plan.to_dict()), plan.year
            return Imported("plan", plan.title)
        assert checked.practice is not None
        bank, questions = checked.practice
        for q in questions:
            s.merge(PracticeQuestion(question_id=q.id, bank=bank, category=q.category or bank,
                                     data=json.dumps(q.to_dict(), ensure_ascii=False)))
        return Imported("practice", bank, len(questions))

    def plan(self) -> StudyPlan | None:
        """This year's plan (the latest year not after today when there is none for this year)."""
        year = self._clock.now().year
        with self._sessions() as s:
            row = (s.scalars(select(StudyPlanRow).where(StudyPlanRow.year == year)).first()
                   or s.scalars(select(StudyPlanRow).where(StudyPlanRow.year <= year)
                                .order_by(StudyPlanRow.year.desc())).first())
            return StudyPlan.from_dict(json.loads(row.data)) if row is not None else None

    def courses(self) -> list[CourseSummary]:
        """Newest year first, then in the order of the plan's categories."""
        plan = self.plan()
        order = {c.category_id: i for i, c in enumerate(plan.categories)} if plan else {}
        with self._sessions() as s:
            rows = [CourseSummary(r.course_id, r.title, r.category_id, r.year, r.revision)
                    for r in s.scalars(select(CourseRow))]
        return sorted(rows, key=lambda c: (-c.year, order.get(c.category_id, len(order)), c.title))

    def open_course(self, course_id: str) -> Course:
        """The course, its signature checked again (a file changed on disk is refused)."""
        with self._sessions() as s:
            row = s.get(CourseRow, course_id)
            if row is None:
                raise PackageError("not_a_package", f"no course {course_id} on this station")
            data = row.data
        return read_course_file(data, self._trusted())[0]

    # --- recording study -------------------------------------------------------------------------

    def _append(self, s: Session, **fields) -> StudyRecord:
        seq = (s.scalar(select(func.max(StudyRecordRow.seq))) or 0) + 1
        record = StudyRecord(record_id=str(uuid.uuid4()), device_key=self._keys.device_key.public_raw(),
                             seq=seq, **fields)
        signed = sign_record(record, self._keys.device_key)
        s.add(StudyRecordRow(record_id=record.record_id, seq=seq, learner_no=record.learner_no,
                             plan_id=record.plan_id, kind=record.kind.value, body=signed["record"],
                             signature=signed["signature"], created_at=utc_naive(self._clock.now())))
        return record

    def record_password_change(self, s: Session, learner_no: str, password_hash: str, version: int,
                               over: int | None = None) -> None:
        """The learner chose a new password here: its verifier goes up with the study records (same road,
        same receipts) and down from the server to every station of the learner's units. ``over``: the
        version of the password it replaced, so the servers know which reset it was chosen after
        (sync_server/directory/password_resets.py). In the caller's transaction, so the change and its record are kept
        together or not at all."""
        now = self._clock.now()
        self._append(s, learner_no=learner_no, plan_id="", kind=RecordKind.PASSWORD, category_id="",
                     started_at=now, ended_at=now,
                     extra={"password_hash": password_hash, "password_version": version,
                            **({"over_version": over} if over is not None else {})})

    def _plan_id(self) -> str:
        plan = self.plan()
        return plan.plan_id if plan is not None else ""

    def record_reading(self, learner_no: str, course: Course, chapter_id: str, active_seconds: int) -> None:
        """A stretch of active reading that ended now (its length measured on the monotonic clock)."""
        if active_seconds <= 0:
            return
        ended = self._clock.now()
        with self._sessions.begin() as s:
            self._append(s, learner_no=learner_no, plan_id=self._plan_id(), kind=RecordKind.READING,
                         category_id=course.category_id, started_at=ended - timedelta(seconds=active_seconds),
                         ended_at=ended, active_seconds=active_seconds, course_id=course.course_id,
                         chapter_id=chapter_id)

    def answer_quiz(self, learner_no: str, course: Course, chapter_id: str, question: Question,
                    answer: Response) -> QuizFeedback:
        correct = grade_item(question, 1, answer).status is ItemStatus.CORRECT
        plan = self.plan()
        with self._sessions.begin() as s:
            first = question.id not in self._answered(s, learner_no)
            now = self._clock.now()
            self._append(s, learner_no=learner_no, plan_id=plan.plan_id if plan else "", kind=RecordKind.QUIZ,
                         category_id=course.category_id, started_at=now, ended_at=now, course_id=course.course_id,
                         chapter_id=chapter_id, question_id=question.id, question_type=question.type.value,
                         answer=tuple(answer), correct=correct)
        points = plan.quiz_points.get(question.type.value, 0) if (plan and first and correct) else 0
        return QuizFeedback(correct, first, points, question.answer, question.explanation)

    def _answered(self, s: Session, learner_no: str) -> set[str]:
        rows = s.scalars(select(StudyRecordRow.body).where(StudyRecordRow.learner_no == learner_no,
                                                           StudyRecordRow.kind == RecordKind.QUIZ.value))
        return {json.loads(b)["question_id"] for b in rows}

    def answered_questions(self, learner_no: str) -> set[str]:
        with self._sessions() as s:
            return self._answered(s, learner_no)

    def profile(self, learner_no: str) -> Profile | None:
        with self._sessions() as s:
            return s.get(Profile, learner_no)

    def complete_profile(self, learner_no: str, phone: str, email: str) -> None:
        with self._sessions.begin() as s:
            row = s.get(Profile, learner_no)
            first = row is None or row.completed_at is None
            if row is None:
                row = Profile(learner_no=learner_no)
                s.add(row)
            row.phone, row.email = phone.strip(), email.strip()
            row.completed_at = row.completed_at or utc_naive(self._clock.now())
            if first:
                now = self._clock.now()
                self._append(s, learner_no=learner_no, plan_id=self._plan_id(), kind=RecordKind.PROFILE,
                             category_id=PROFILE, started_at=now, ended_at=now)

    def reading_position(self, learner_no: str, course_id: str) -> tuple[str, int] | None:
        with self._sessions() as s:
            row = s.get(ReadingPosition, (learner_no, course_id))
            return (row.chapter_id, row.scroll) if row is not None else None

    def save_position(self, learner_no: str, course_id: str, chapter_id: str, scroll: int) -> None:
        with self._sessions.begin() as s:
            s.merge(ReadingPosition(learner_no=learner_no, course_id=course_id, chapter_id=chapter_id,
                                    scroll=scroll, updated_at=utc_naive(self._clock.now())))

    # --- points ----------------------------------------------------------------------------------

    def records(self, learner_no: str) -> list[StudyRecord]:
        """This station's own records, parsed (not re-verified: the signing key sits beside the database,
        so a signature check here would prove nothing; the server verifies every record it receives)."""
        # append-only: parsed records are kept, and only those written since are read again
        last_seq, known = self._parsed.get(learner_no, (0, []))
        with self._sessions() as s:
            rows = s.execute(select(StudyRecordRow.seq, StudyRecordRow.body)
                             .where(StudyRecordRow.learner_no == learner_no, StudyRecordRow.seq > last_seq)
                             .order_by(StudyRecordRow.seq)).all()
        if rows:
            known = known + [StudyRecord.from_dict(json.loads(body)) for _seq, body in rows]
            self._parsed[learner_no] = (rows[-1][0], known)
        return list(known)

    def points(self, learner_no: str, for_exam: bool = False) -> PointsReport | None:
        """The year's points; ``for_exam``: only what was earned before the plan's deadline."""
        plan = self.plan()
        if plan is None:
            return None
        return compute_points(plan, self.records(learner_no), self._clock.now(),
                              until=plan.deadline if for_exam else None)

    def exam_points(self, learner_no: str) -> int:
        """Points that count toward the exam (earned by the deadline); 0 with no plan on the station,
        so an exam that asks for points stays closed rather than opening on a guess."""
        report = self.points(learner_no, for_exam=True)
        return report.total if report is not None else 0

    def reading_seconds_by_chapter(self, learner_no: str, course_id: str) -> dict[str, int]:
        out: dict[str, int] = {}
        for r in self.records(learner_no):
            if r.kind is RecordKind.READING and r.course_id == course_id:
                out[r.chapter_id] = out.get(r.chapter_id, 0) + r.active_seconds
        return out
