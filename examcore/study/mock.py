"""Mock exams: the real exam's shape (sections, time, pass mark) filled from the practice bank, never
from the exam pool. A practice bank too small for a section gives a shorter section, and the pass mark
shrinks in proportion, so the learner still practises the real mix."""
from __future__ import annotations

import math
import os
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from examcore.blueprint import Blueprint, Section
from examcore.paper import Paper, draw_paper
from examcore.questions import Question


@dataclass(frozen=True)
class MockExam:
    title: str
    duration_minutes: int
    pass_mark: int
    paper: Paper
    questions: dict[str, Question]
    full_size: bool          # False: the practice bank could not fill every section

    @property
    def total_points(self) -> int:
        return sum(i.points for i in self.paper.items)


def fit_blueprint(blueprint: Blueprint, pool: Sequence[Question]) -> Blueprint:
    """The blueprint with each section cut to what the pool holds (categories dropped: practice banks
    are sorted by topic, not by the exam's categories)."""
    left = Counter(q.type for q in pool)
    sections = []
    for section in blueprint.sections:
        count = min(section.count, left[section.type])
        left[section.type] -= count
        if count:
            sections.append(Section(section.type, count, section.points))
    return Blueprint(tuple(sections))


def build_mock(title: str, blueprint: Blueprint, duration_minutes: int, pass_mark: int,
               pool: Sequence[Question], seed: bytes | None = None) -> MockExam | None:
    """None when the practice bank holds nothing the exam asks for."""
    fitted = fit_blueprint(blueprint, pool)
    if not fitted.sections:
        return None
    full = sum(s.count * s.points for s in blueprint.sections)
    have = sum(s.count * s.points for s in fitted.sections)
    paper = draw_paper(pool, fitted, seed or os.urandom(16))
    used = {i.question_id for i in paper.items}
    return MockExam(title, duration_minutes, math.ceil(pass_mark * have / full) if full else pass_mark, paper,
                    {q.id: q for q in pool if q.id in used}, have == full)
