"""Practice: sets from the practice bank (never an exam pool) with instant feedback, and the
wrong-answer book that brings missed questions back until they are answered right twice, days apart."""
from __future__ import annotations

import json
import random
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from desktop.store.models import PracticeQuestion, WrongAnswer
from examcore.clock import Clock, from_utc_naive, utc_naive
from examcore.grading import ItemStatus, Response, grade_item
from examcore.questions import Question
from examcore.study.review import RIGHT_TIMES_TO_LEAVE, ReviewState, after_answer


@dataclass(frozen=True)
class PracticeFeedback:
    correct: bool
    right_answer: tuple[str, ...]
    explanation: str
    in_book: bool            # the question is (still) in the wrong-answer book
    left_book: bool = False  # this answer took it out of the book (right twice, on different days)
    rights_to_go: int = 0    # in the book: right answers on later days it still needs to leave


class PracticeService:
    def __init__(self, sessions: sessionmaker[Session], clock: Clock):
        self._sessions, self._clock = sessions, clock

    def categories(self) -> list[tuple[str, int]]:
        with self._sessions() as s:
            return [(c, n) for c, n in s.execute(select(PracticeQuestion.category, func.count())
                                                  .group_by(PracticeQuestion.category)
                                                  .order_by(PracticeQuestion.category))]

    def practice_set(self, category: str | None, size: int, rng: random.Random | None = None) -> list[Question]:
        with self._sessions() as s:
            q = select(PracticeQuestion.data)
            if category:
                q = q.where(PracticeQuestion.category == category)
            items = [Question.from_dict(json.loads(d)) for d in s.scalars(q.order_by(PracticeQuestion.question_id))]
        (rng or random.Random()).shuffle(items)
        return items[:size]

    def due(self, learner_no: str) -> list[Question]:
        """Questions of the wrong-answer book due today or earlier."""
        now = utc_naive(self._clock.now())
        with self._sessions() as s:
            rows = s.execute(select(PracticeQuestion.data).join(
                WrongAnswer, WrongAnswer.question_id == PracticeQuestion.question_id)
                .where(WrongAnswer.learner_no == learner_no, WrongAnswer.due_at <= now)
                .order_by(WrongAnswer.due_at)).scalars()
            return [Question.from_dict(json.loads(d)) for d in rows]

    def next_due(self, learner_no: str) -> datetime | None:
        """When the next question of the book that is not due yet comes back (aware UTC), or None."""
        now = utc_naive(self._clock.now())
        with self._sessions() as s:
            when = s.scalar(select(func.min(WrongAnswer.due_at)).join(
                PracticeQuestion, WrongAnswer.question_id == PracticeQuestion.question_id)
                .where(WrongAnswer.learner_no == learner_no, WrongAnswer.due_at > now))
        return from_utc_naive(when) if when is not None else None

    def book_size(self, learner_no: str) -> int:
        with self._sessions() as s:
            return s.scalar(select(func.count()).select_from(WrongAnswer)
                            .where(WrongAnswer.learner_no == learner_no)) or 0

    def answer(self, learner_no: str, question: Question, response: Response) -> PracticeFeedback:
        correct = grade_item(question, 1, response).status is ItemStatus.CORRECT
        now = self._clock.now()
        with self._sessions.begin() as s:
            row = s.get(WrongAnswer, (learner_no, question.id))
            state = (ReviewState(row.wrong_count, row.right_streak, from_utc_naive(row.due_at))
                     if row is not None else None)
            after = after_answer(state, correct, now)
            if after is None:
                if row is not None:
                    s.delete(row)
            elif row is None:
                s.add(WrongAnswer(learner_no=learner_no, question_id=question.id, source="practice",
                                  wrong_count=after.wrong_count, right_streak=after.right_streak,
                                  due_at=utc_naive(after.due_at)))
            else:
                row.wrong_count, row.right_streak, row.due_at = after.wrong_count, after.right_streak, utc_naive(after.due_at)
        return PracticeFeedback(correct, question.answer, question.explanation, after is not None,
                                left_book=row is not None and after is None,
                                rights_to_go=RIGHT_TIMES_TO_LEAVE - after.right_streak if after is not None else 0)
