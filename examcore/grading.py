"""Grading a paper from the learner's responses; the same function runs on the station and the server."""
from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from enum import StrEnum
from fractions import Fraction

from examcore.chain import Event, late_events, responses_from_events
from examcore.exam import Counting
from examcore.normalize import normalize_text_answer
from examcore.paper import Paper
from examcore.questions import Question, QuestionType

Response = tuple[str, ...]  # option keys; ("T",)/("F",); one text per blank; (text,) for short answer
Points = int | Fraction     # whole points stay ints (fast); partial credit makes a Fraction


class ItemStatus(StrEnum):
    CORRECT = "correct"
    PARTIAL = "partial"
    WRONG = "wrong"
    UNANSWERED = "unanswered"
    PENDING = "pending"  # short answer, marked later by a person


class Outcome(StrEnum):
    PASSED = "passed"
    FAILED = "failed"
    PENDING = "pending"  # depends on short answers not yet marked


@dataclass(frozen=True)
class ItemGrade:
    question_id: str
    status: ItemStatus
    earned: Points
    points: int


@dataclass(frozen=True)
class PaperGrade:
    items: tuple[ItemGrade, ...]
    score: Points
    max_score: int
    pending_points: int
    outcome: Outcome

    @property
    def score_text(self) -> str:
        return format_score(self.score)


def format_score(score: Points) -> str:
    """Scores are shown and stored to two decimals at most: 87.5, 90, 66.67."""
    if isinstance(score, int):
        return str(score)
    d = (Decimal(score.numerator) / Decimal(score.denominator)).quantize(Decimal("0.01"), ROUND_HALF_UP)
    return format(d.normalize(), "f")


def is_answered(response: Response | None) -> bool:
    return bool(response) and any(part.strip() for part in response)  # type: ignore[union-attr]


def grade_item(question: Question, points: int, response: Response | None,
               partial_credit: bool = False) -> ItemGrade:
    """One question's grade. Servers grade with examcore/regrade.py's copy of these rules (no object per
    question): a change here is a change there too; tests/examcore/test_regrade.py fails until both agree."""
    def done(status: ItemStatus, earned: Points = 0) -> ItemGrade:
        return ItemGrade(question.id, status, earned, points)

    if question.type is QuestionType.SHORT_ANSWER:
        return done(ItemStatus.PENDING)
    if not is_answered(response):
        return done(ItemStatus.UNANSWERED)
    assert response is not None
    if question.type in (QuestionType.SINGLE, QuestionType.TRUE_FALSE):
        right = tuple(response) == question.answer
        return done(ItemStatus.CORRECT, points) if right else done(ItemStatus.WRONG)
    if question.type is QuestionType.MULTIPLE:
        chosen, key = set(response), set(question.answer)
        if chosen == key:
            return done(ItemStatus.CORRECT, points)
        if partial_credit and chosen < key:  # some right ones and no wrong one
            return done(ItemStatus.PARTIAL, Fraction(points * len(chosen), len(key)))
        return done(ItemStatus.WRONG)
    # fill-in: every blank against its accepted alternatives, after normalisation
    blanks = len(question.answer)
    right_blanks = sum(
        1 for i in range(blanks)
        if i < len(response) and normalize_text_answer(response[i]) in
        {normalize_text_answer(a) for a in question.accepted_for_blank(i)}
    )
    if right_blanks == blanks:
        return done(ItemStatus.CORRECT, points)
    if partial_credit and right_blanks:
        return done(ItemStatus.PARTIAL, Fraction(points * right_blanks, blanks))
    return done(ItemStatus.WRONG)


def grade_paper(paper: Paper, questions: Mapping[str, Question], responses: Mapping[str, Response],
                pass_mark: int, partial_credit: bool = False) -> PaperGrade:
    items = tuple(grade_item(questions[i.question_id], i.points, responses.get(i.question_id),
                             partial_credit) for i in paper.items)
    score: Points = sum(g.earned for g in items)
    pending = sum(g.points for g in items if g.status is ItemStatus.PENDING)
    return PaperGrade(items, score, paper.total_points, pending, outcome_of(score, pending, pass_mark))


def outcome_of(score: Points, pending: int, pass_mark: int) -> Outcome:
    """Passed at the pass mark; failed when even full marks on the short answers still to be marked
    (``pending`` points) would not reach it; else pending."""
    if score >= pass_mark:
        return Outcome.PASSED
    if score + pending < pass_mark:
        return Outcome.FAILED
    return Outcome.PENDING


def grade_events(paper: Paper, questions: Mapping[str, Question], events: list[Event], duration_minutes: int,
                 pass_mark: int, partial_credit: bool = False,
                 verified_extra_ms: int | None = None) -> tuple[PaperGrade, list[int]]:
    """Grade an attempt from its chain of events, as the station (on submit) and every server (on ingest)
    do: answers recorded past the time limit (``examcore.chain.late_events``) are ignored. Returns the grade
    and the sequence numbers of the ignored late answers (non-empty: the result is flagged ``late_answers``).
    ``verified_extra_ms``: the extra time a server verified (sync_server.results.acceptance.granted_ms), used instead of
    the extra time the chain's own events claim; the station, grading its own chain, leaves it None."""
    late = late_events(events, duration_minutes * 60_000, verified_extra_ms or 0,
                       count_chain_extra=verified_extra_ms is None)
    skip = set(late)
    responses = responses_from_events([e for e in events if e.seq not in skip])
    return grade_paper(paper, questions, responses, pass_mark, partial_credit), late


def counted_index(scores: Sequence[Fraction], counting: Counting) -> int | None:
    """Which attempt counts for the exam: the (first) best or the last one; scores in attempt order."""
    if not scores:
        return None
    if counting is Counting.BEST:
        return max(range(len(scores)), key=lambda i: (scores[i], -i))
    return len(scores) - 1


def counted_score(scores: Sequence[Fraction], counting: Counting) -> Fraction | None:
    index = counted_index(scores, counting)
    return None if index is None else scores[index]
