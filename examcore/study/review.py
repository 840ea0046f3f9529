"""The wrong-answer book (错题本): a missed question comes back, spaced over days, until answered right
twice in a row on different days."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

RIGHT_TIMES_TO_LEAVE = 2
SPACING = (timedelta(days=1), timedelta(days=3))   # after a miss; after the first right answer


@dataclass(frozen=True)
class ReviewState:
    wrong_count: int
    right_streak: int
    due_at: datetime


def after_answer(state: ReviewState | None, correct: bool, now: datetime) -> ReviewState | None:
    """The question's place in the book after an answer; None when it is not (or no longer) in it."""
    if not correct:
        return ReviewState((state.wrong_count if state else 0) + 1, 0, now + SPACING[0])
    if state is None:
        return None               # right at once: it never enters the book
    if now < state.due_at:
        return state              # answered again before it was due: the spacing is what teaches
    streak = state.right_streak + 1
    if streak >= RIGHT_TIMES_TO_LEAVE:
        return None
    return ReviewState(state.wrong_count, streak, now + SPACING[min(streak, len(SPACING) - 1)])
