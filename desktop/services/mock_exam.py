"""Mock exams on the station: the shape of an exam the learner may sit, filled from the practice bank.
Timed but not locked down, not sealed, not sent anywhere; misses go into the wrong-answer book."""
from __future__ import annotations

from dataclasses import dataclass

from desktop.services.packages import PackageLibrary
from desktop.services.practice import PracticeService
from examcore.blueprint import GENERAL, LEADER
from examcore.errors import PackageError
from examcore.grading import PaperGrade, Response, grade_paper
from examcore.study.mock import MockExam, build_mock


@dataclass(frozen=True)
class MockOffer:
    package_id: str
    title: str


class MockExamService:
    def __init__(self, library: PackageLibrary, practice: PracticeService):
        self._library, self._practice = library, practice

    def offers(self, learner_no: str) -> list[MockOffer]:
        """The exams on this station this learner may sit (or has sat), whose shape is known."""
        out = []
        for listing in self._library.listings(learner_no):
            try:
                header = self._library.load(listing.package_id).header
            except PackageError:
                continue
            if header.blueprints:
                out.append(MockOffer(listing.package_id, listing.title))
        return out

    def build(self, package_id: str, is_leader: bool) -> MockExam | None:
        """None when the practice bank holds nothing the exam asks for."""
        header = self._library.load(package_id).header
        shapes = header.blueprints
        shape = shapes[LEADER] if is_leader and LEADER in shapes else shapes[GENERAL]
        return build_mock(header.title, shape, header.duration_minutes, header.pass_mark,
                          self._practice.practice_set(None, 100_000))

    def finish(self, learner_no: str, mock: MockExam, responses: dict[str, Response]) -> PaperGrade:
        grade = grade_paper(mock.paper, mock.questions, responses, mock.pass_mark)
        for item in grade.items:
            if item.question_id in responses:   # unanswered ones are not counted as misses to review
                self._practice.answer(learner_no, mock.questions[item.question_id], responses[item.question_id])
        return grade
