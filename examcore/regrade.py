"""A server's re-check of a sealed attempt, without an object per question (issue 17, Deliver 4).

A server re-draws the paper of every result it ingests (from the package and the attempt's seed) and
re-grades it from the answers in the hash chain. ``examcore.paper.draw_paper`` and
``examcore.grading.grade_events`` do that for the station, one ``PaperItem`` and one ``ItemGrade`` per
question; at thousands of results a second that was about a third of a server's Python time.
``Regrader`` does the same work from what a package holder can compute once per exam variant (each
candidate question's option layout, answer key and normalised accepted answers), compares the drawn
paper with the station's list as it was decrypted, and sums the grade as it goes.

The outcomes are the reference implementation's, not an approximation of them: the same random stream
(``paper._Stream``, ``paper._shuffle_from_one_hash``), the same equality, the same arithmetic, and the same
exceptions for a chain of a shape it cannot read. ``tests/examcore/test_regrade.py`` pins that on
thousands of generated attempts, honest and tampered.
"""
from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction
from typing import Any

from examcore.blueprint import Blueprint
from examcore.chain import Event, late_events, responses_from_events
from examcore.grading import Outcome, Points, format_score, is_answered, outcome_of
from examcore.normalize import normalize_text_answer
from examcore.paper import _Stream, _shuffle_from_one_hash, draw_paper, option_hash_tail, section_candidates
from examcore.questions import Question, QuestionType

_SINGLE, _MULTIPLE, _FILL_IN, _SHORT = range(4)   # how an item is graded (true/false grades as single)


@dataclass(frozen=True, slots=True)
class _Candidate:
    """One question as a drawing and grading server needs it, prepared once per package."""
    id: str
    grading: int
    movable: tuple[str, ...] | None    # option keys that shuffle, in bank order; None: a type without options
    fixed_at: tuple[str | None, ...]   # per option its key if fixed, else None; empty when none is fixed
    answer: tuple[str, ...]
    key_set: frozenset[str]             # multiple choice: the right keys
    accepted: tuple[frozenset[str], ...]   # fill-in: each blank's accepted answers, normalised
    option_hash: bytes | None            # what follows the seed in the option shuffle's first hash (None: an
                                         # id that is not text UTF-8 can hold: refused when drawn, as station's)

    @classmethod
    def of(cls, q: Question) -> "_Candidate":
        grading = {QuestionType.SINGLE: _SINGLE, QuestionType.TRUE_FALSE: _SINGLE, QuestionType.MULTIPLE: _MULTIPLE,
                   QuestionType.FILL_IN: _FILL_IN, QuestionType.SHORT_ANSWER: _SHORT}[q.type]
        movable = tuple(o.key for o in q.options if not o.fixed) if q.type.has_options else None
        fixed_at = tuple(o.key if o.fixed else None for o in q.options) if movable is not None and len(
            movable) != len(q.options) else ()
        accepted = tuple(frozenset(normalize_text_answer(a) for a in q.accepted_for_blank(i))
                         for i in range(len(q.answer))) if grading == _FILL_IN else ()
        try:
            tail: bytes | None = option_hash_tail(q.id)
        except UnicodeEncodeError:   # a lone surrogate: the reference fails only when it shuffles this question
            tail = None
        return cls(q.id, grading, movable, fixed_at, q.answer, frozenset(q.answer), accepted, tail)

    def option_order(self, seed: bytes) -> list[str]:
        """``paper.shuffle_options``, as the list a station's paper holds."""
        if self.movable is None:
            return []
        movable = list(self.movable)
        if len(movable) > 1 and not _shuffle_from_one_hash(movable, seed, self.id, self.option_hash):
            below = _Stream(seed, "opt:" + self.id).below
            for i in range(len(movable) - 1, 0, -1):
                j = below(i + 1)
                movable[i], movable[j] = movable[j], movable[i]
        if not self.fixed_at:
            return movable
        it = iter(movable)
        return [key if key is not None else next(it) for key in self.fixed_at]


@dataclass(frozen=True)
class Grade:
    """What a server stores of a re-grade: ``examcore.grading.PaperGrade`` without its items and maximum."""
    score: Points
    pending_points: int
    outcome: Outcome

    @property
    def score_text(self) -> str:
        return format_score(self.score)


class Regrader:
    """The re-draw and re-grade of one exam variant (a blueprint over a package's questions).

    Build it once per package and variant (``ExamContent.regrader``); it is read-only after that, so one
    serves every thread of a server process."""

    def __init__(self, questions: dict[str, Question], blueprint: Blueprint):
        self._blueprint = blueprint
        self._candidates = section_candidates(list(questions.values()), blueprint)
        prepared: dict[str, _Candidate] = {}
        self._sections = [(index, section.count, section.points,
                           [prepared.setdefault(q.id, _Candidate.of(q)) for q in cands])
                          for index, (section, cands) in enumerate(zip(blueprint.sections, self._candidates,
                                                                       strict=True))]

    def drawn_as_sent(self, seed: bytes, sent: Any) -> list[tuple[_Candidate, int]] | None:
        """The paper ``seed`` draws, as (question, points) in paper order, when ``sent`` (a station's paper
        as decrypted: ``[{"q", "p", "o"}, …]``) is that paper; None when it is not.

        Not None exactly when ``draw_paper(...).to_list() == sent``. Raises ``paper.BlueprintError`` as
        ``draw_paper`` does when the pool cannot fill the blueprint."""
        same = type(sent) is list
        used: set[str] = set()
        drawn: list[tuple[_Candidate, int]] = []
        for index, count, points, cands in self._sections:
            # draw_paper's partial Fisher-Yates over range(len(cands)), with only the moved places kept: a
            # 50-question paper touches about 100 places of a pool of thousands
            moved: dict[int, int] = {}
            below = _Stream(seed, f"sec{index}").below
            picked, size = 0, len(cands)
            for i in range(size):
                if picked == count:
                    break
                j = i + below(size - i)
                at_i, at_j = moved.get(i, i), moved.get(j, j)
                moved[i], moved[j] = at_j, at_i
                q = cands[at_j]
                if q.id in used:
                    continue
                used.add(q.id)
                picked += 1
                order = q.option_order(seed)   # every drawn question's, as the reference (which fails as it does)
                if same:   # once it differs, the draw goes on only to fail where the reference's draw fails
                    item = sent[len(drawn)] if len(drawn) < len(sent) else None
                    # a dict equal to {"q": id, "p": points, "o": order}: its three keys and no other
                    same = (type(item) is dict and len(item) == 3 and item.get("q") == q.id
                            and item.get("p") == points and item.get("o") == order)
                    drawn.append((q, points))
            if picked < count:   # raises the reference's error, with its words
                draw_paper((), self._blueprint, seed, self._candidates)
                raise AssertionError("draw_paper filled a section the fast draw could not: the two drifted apart")
        return drawn if same and len(drawn) == len(sent) else None

    @staticmethod
    def grade(drawn: list[tuple[_Candidate, int]], events: list[Event], duration_minutes: int, pass_mark: int,
              partial_credit: bool = False, verified_extra_ms: int | None = None) -> tuple[Grade, list[int]]:
        """``examcore.grading.grade_events`` for a paper ``drawn_as_sent`` returned: the grade and the
        sequence numbers of the late answers it ignored."""
        late = late_events(events, duration_minutes * 60_000, verified_extra_ms or 0,
                           count_chain_extra=verified_extra_ms is None)
        if late:
            skip = set(late)
            events = [e for e in events if e.seq not in skip]
        responses = responses_from_events(events)
        score: Points = 0
        pending = 0
        for q, points in drawn:
            if q.grading == _SHORT:
                pending += points
                continue
            response = responses.get(q.id)
            if not is_answered(response):   # the station's own test (it raises for what it raises for)
                continue
            assert response is not None
            if q.grading == _SINGLE:
                if tuple(response) == q.answer:
                    score += points
            elif q.grading == _MULTIPLE:
                chosen = set(response)
                if chosen == q.key_set:
                    score += points
                elif partial_credit and chosen < q.key_set:
                    score += Fraction(points * len(chosen), len(q.key_set))
            else:
                blanks = len(q.answer)
                right = sum(1 for i in range(blanks)
                            if i < len(response) and normalize_text_answer(response[i]) in q.accepted[i])
                if right == blanks:
                    score += points
                elif partial_credit and right:
                    score += Fraction(points * right, blanks)
        return Grade(score, pending, outcome_of(score, pending, pass_mark)), late
