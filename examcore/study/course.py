"""Courses: chapters of rich text with pictures and end-of-chapter quizzes, signed by their issuer.

Chapter text is a small HTML subset that Qt's rich text renders (no browser engine); pictures travel in
the file and are referred to as ``<img src="img/NAME">``.
"""
from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from typing import Any

from examcore import canonical
from examcore.crypto.keys import SigningKey
from examcore.errors import PackageError
from examcore.questions import Question
from examcore.study.plan import StudyPlan
from examcore.study.signed_file import read_signed, write_signed

COURSE_FORMAT = "xuefa-course"
PLAN_FORMAT = "xuefa-study-plan"
COURSE_SUFFIX = ".xfc"


@dataclass(frozen=True)
class Chapter:
    chapter_id: str
    title: str
    html: str
    quiz: tuple[Question, ...] = ()


@dataclass(frozen=True)
class Course:
    course_id: str
    revision: int          # a newer revision of the same course replaces the older one
    title: str
    category_id: str       # the plan category its reading and quizzes credit
    year: int
    chapters: tuple[Chapter, ...]
    images: dict[str, bytes]

    def chapter(self, chapter_id: str) -> Chapter | None:
        return next((c for c in self.chapters if c.chapter_id == chapter_id), None)

    def question(self, question_id: str) -> tuple[Chapter, Question] | None:
        for ch in self.chapters:
            for q in ch.quiz:
                if q.id == question_id:
                    return ch, q
        return None

    def problems(self) -> list[str]:
        out = []
        if not self.chapters:
            out.append("a course needs at least one chapter")
        ids = [c.chapter_id for c in self.chapters]
        if len(set(ids)) != len(ids):
            out.append("two chapters have the same id")
        qids = [q.id for c in self.chapters for q in c.quiz]
        if len(set(qids)) != len(qids):
            out.append("two quiz questions have the same id")
        out += [f"chapter {c.chapter_id} question {q.id}: {p}" for c in self.chapters for q in c.quiz
                for p in q.problems()]
        return out

    def to_dict(self) -> dict[str, Any]:
        return {"course_id": self.course_id, "revision": self.revision, "title": self.title,
                "category_id": self.category_id, "year": self.year,
                "chapters": [{"chapter_id": c.chapter_id, "title": c.title, "html": c.html,
                              "quiz": [q.to_dict() for q in c.quiz]} for c in self.chapters],
                "images": {name: canonical.b64e(data) for name, data in sorted(self.images.items())}}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "Course":
        return cls(str(d["course_id"]), int(d["revision"]), str(d["title"]), str(d["category_id"]),
                   int(d["year"]),
                   tuple(Chapter(str(c["chapter_id"]), str(c["title"]), str(c["html"]),
                                 tuple(Question.from_dict(q) for q in c.get("quiz", ())))
                         for c in d["chapters"]),
                   {str(k): canonical.b64d(v) for k, v in d.get("images", {}).items()})


def build_course_file(course: Course, issuer: SigningKey, issuer_name: str) -> bytes:
    problems = course.problems()
    if problems:
        raise ValueError("; ".join(problems))
    return write_signed({"format": COURSE_FORMAT, "version": 1, "issuer_name": issuer_name,
                         "course": course.to_dict()}, issuer)


def read_course_file(data: bytes, trusted_issuers: Collection[bytes] | None) -> tuple[Course, str]:
    """The course and its issuer's name; PackageError when the file is not a good, trusted course."""
    doc, _key = read_signed(data, trusted_issuers, COURSE_FORMAT)
    return _course(doc), str(doc.get("issuer_name", ""))


def _course(doc: dict[str, Any]) -> Course:
    try:
        course = Course.from_dict(doc["course"])
    except (KeyError, ValueError, TypeError) as exc:
        raise PackageError("invalid_content", f"course unreadable: {exc}") from exc
    if course.problems():
        raise PackageError("invalid_content", "; ".join(course.problems()))
    return course


def build_plan_file(plan: StudyPlan, issuer: SigningKey, issuer_name: str) -> bytes:
    problems = plan.problems()
    if problems:
        raise ValueError("; ".join(problems))
    return write_signed({"format": PLAN_FORMAT, "version": 1, "issuer_name": issuer_name,
                         "plan": plan.to_dict()}, issuer)


def read_plan_file(data: bytes, trusted_issuers: Collection[bytes] | None) -> StudyPlan:
    return _plan(read_signed(data, trusted_issuers, PLAN_FORMAT)[0])


def _plan(doc: dict[str, Any]) -> StudyPlan:
    try:
        plan = StudyPlan.from_dict(doc["plan"])
    except (KeyError, ValueError, TypeError) as exc:
        raise PackageError("invalid_content", f"study plan unreadable: {exc}") from exc
    if plan.problems():
        raise PackageError("invalid_content", "; ".join(plan.problems()))
    return plan


PRACTICE_FORMAT = "xuefa-practice-bank"


def build_practice_file(bank_name: str, questions: list[Question], issuer: SigningKey, issuer_name: str) -> bytes:
    """A practice bank: questions for practice only, never drawn for an exam."""
    problems = [f"question {q.id}: {p}" for q in questions for p in q.problems()]
    if problems:
        raise ValueError("; ".join(problems))
    return write_signed({"format": PRACTICE_FORMAT, "version": 1, "issuer_name": issuer_name, "bank": bank_name,
                         "questions": [q.to_dict() for q in questions]}, issuer)


def read_practice_file(data: bytes, trusted_issuers: Collection[bytes] | None) -> tuple[str, list[Question]]:
    return _practice(read_signed(data, trusted_issuers, PRACTICE_FORMAT)[0])


def _practice(doc: dict[str, Any]) -> tuple[str, list[Question]]:
    try:
        questions = [Question.from_dict(q) for q in doc["questions"]]
    except (KeyError, ValueError, TypeError) as exc:
        raise PackageError("invalid_content", f"practice bank unreadable: {exc}") from exc
    bad = [f"question {q.id}: {p}" for q in questions for p in q.problems()]
    if bad:
        raise PackageError("invalid_content", "; ".join(bad))
    return str(doc.get("bank", "")), questions


@dataclass(frozen=True)
class StudyFile:
    """Any of the three study files, checked once (signature, trust, content)."""

    kind: str                                  # course | plan | practice
    issuer_name: str
    course: Course | None = None
    plan: StudyPlan | None = None
    practice: tuple[str, list[Question]] | None = None

    @property
    def natural_id(self) -> str:
        """What a newer file of the same thing replaces: the course, the plan, the practice bank."""
        if self.course is not None:
            return f"course:{self.course.course_id}"
        if self.plan is not None:
            return f"plan:{self.plan.plan_id}"
        assert self.practice is not None
        return f"practice:{self.practice[0]}"

    @property
    def title(self) -> str:
        if self.course is not None:
            return self.course.title
        if self.plan is not None:
            return self.plan.title
        assert self.practice is not None
        return self.practice[0]


def read_study_file(data: bytes, trusted_issuers: Collection[bytes] | None) -> StudyFile:
    """A course, plan or practice file, whichever it is. PackageError when it is not good and trusted."""
    doc, _key = read_signed(data, trusted_issuers, (COURSE_FORMAT, PLAN_FORMAT, PRACTICE_FORMAT))
    issuer = str(doc.get("issuer_name", ""))
    if doc["format"] == COURSE_FORMAT:
        return StudyFile("course", issuer, course=_course(doc))
    if doc["format"] == PLAN_FORMAT:
        return StudyFile("plan", issuer, plan=_plan(doc))
    return StudyFile("practice", issuer, practice=_practice(doc))
