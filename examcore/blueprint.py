"""Paper blueprints: how many questions of which type and category, worth how many points."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from examcore.questions import QuestionType

GENERAL, LEADER = "general", "leader"


@dataclass(frozen=True)
class Section:
    type: QuestionType
    count: int
    points: int                  # per question
    category: str | None = None  # None: any category

    def to_dict(self) -> dict[str, Any]:
        return {"type": self.type.value, "count": self.count, "points": self.points,
                "category": self.category}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "Section":
        return cls(QuestionType(d["type"]), int(d["count"]), int(d["points"]), d.get("category"))


@dataclass(frozen=True)
class Blueprint:
    sections: tuple[Section, ...]

    @property
    def question_count(self) -> int:
        return sum(s.count for s in self.sections)

    @property
    def total_points(self) -> int:
        return sum(s.count * s.points for s in self.sections)

    def to_dict(self) -> dict[str, Any]:
        return {"sections": [s.to_dict() for s in self.sections]}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "Blueprint":
        return cls(tuple(Section.from_dict(s) for s in d["sections"]))
