"""The wrong-answer book (错题本): a missed question comes back, spaced over days, until answered right
twice in a row on different days. "The next day" is the next calendar day where the station stands: a
question missed at 16:30 is due from midnight, not from 16:30 the day after (issue 19: a learner who came
back the next morning found nothing due)."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, time, timedelta, tzinfo

RIGHT_TIMES_TO_LEAVE = 2
SPACING = (timedelta(days=1), timedelta(days=3))   # after a miss; after the first right answer


def days_later(now: datetime, days: timedelta, local: tzinfo | None = None) -> datetime:
    """The start of the calendar day ``days`` after ``now``'s, in ``local`` time (default: this computer's
    time zone), as an aware datetime."""
    here = now.astimezone(local) if local is not None else now.astimezone()
    return datetime.combine(here.date() + days, time(0), here.tzinfo)


@dataclass(frozen=True)
class ReviewState:
    wrong_count: int
    right_streak: int
    due_at: datetime


def after_answer(state: ReviewState | None, correct: bool, now: datetime,
                 local: tzinfo | None = None) -> ReviewState | None:
    """The question's place in the book after an answer; None when it is not (or no longer) in it. ``now``
    aware; due dates are the start of a calendar day in ``local`` time (days_later)."""
    if not correct:
        return ReviewState((state.wrong_count if state else 0) + 1, 0, days_later(now, SPACING[0], local))
    if state is None:
        return None               # right at once: it never enters the book
    if now < state.due_at:
        return state              # answered again before it was due: the spacing is what teaches
    streak = state.right_streak + 1
    if streak >= RIGHT_TIMES_TO_LEAVE:
        return None
    return ReviewState(state.wrong_count, streak, days_later(now, SPACING[min(streak, len(SPACING) - 1)], local))
