"""The study plan for a year, set upstream: categories with caps, how points are earned, the threshold.

Both styles seen on the provinces' platforms fit: 100 points by category (profile 5, required reader 60,
hot-topic cases 15, other laws 20, each capped) and daily-capped thousands (e.g. 125 a day, 3,000 needed).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from examcore.questions import QuestionType

PROFILE = "profile"  # the category that profile completion credits, when the plan has one


@dataclass(frozen=True)
class Category:
    category_id: str
    name: str
    cap: int                       # most points this category can give in the year
    daily_cap: int | None = None   # most points a day from this category


@dataclass(frozen=True)
class StudyPlan:
    plan_id: str
    year: int
    title: str
    categories: tuple[Category, ...]
    threshold: int                          # points that make a learner eligible for the exam
    deadline: datetime                      # points count toward the exam only if earned before this
    reading_minutes_per_credit: int = 10    # active reading minutes that earn one credit
    reading_points_per_credit: int = 1
    idle_seconds: int = 120                 # no input this long: the reader stops counting time
    quiz_points: dict[str, int] = field(default_factory=lambda: {
        QuestionType.SINGLE.value: 1, QuestionType.MULTIPLE.value: 2, QuestionType.TRUE_FALSE.value: 1})
    profile_points: int = 0
    daily_cap_total: int | None = None      # most points a day over all categories

    def category(self, category_id: str) -> Category | None:
        return next((c for c in self.categories if c.category_id == category_id), None)

    @property
    def total_cap(self) -> int:
        return sum(c.cap for c in self.categories)

    def problems(self) -> list[str]:
        out: list[str] = []
        ids = [c.category_id for c in self.categories]
        if not ids:
            out.append("a plan needs at least one category")
        if len(set(ids)) != len(ids):
            out.append("two categories have the same id")
        if any(c.cap < 0 or (c.daily_cap is not None and c.daily_cap < 0) for c in self.categories):
            out.append("caps cannot be negative")
        if self.reading_minutes_per_credit < 1:
            out.append("reading needs at least one minute per credit")
        if self.idle_seconds < 10:
            out.append("idle detection below 10 seconds would stop the clock while a learner reads")
        if self.threshold > self.total_cap:
            out.append(f"the threshold {self.threshold} is more than the categories can give ({self.total_cap})")
        if self.profile_points and self.category(PROFILE) is None:
            out.append("profile points need a 'profile' category")
        if self.deadline.tzinfo is None:
            out.append("the deadline needs a time zone")
        return out

    def to_dict(self) -> dict[str, Any]:
        return {
            "plan_id": self.plan_id, "year": self.year, "title": self.title,
            "categories": [{"category_id": c.category_id, "name": c.name, "cap": c.cap,
                            **({"daily_cap": c.daily_cap} if c.daily_cap is not None else {})}
                           for c in self.categories],
            "threshold": self.threshold, "deadline": self.deadline.isoformat(),
            "reading_minutes_per_credit": self.reading_minutes_per_credit,
            "reading_points_per_credit": self.reading_points_per_credit,
            "idle_seconds": self.idle_seconds, "quiz_points": dict(self.quiz_points),
            "profile_points": self.profile_points,
            **({"daily_cap_total": self.daily_cap_total} if self.daily_cap_total is not None else {}),
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "StudyPlan":
        return cls(
            plan_id=str(d["plan_id"]), year=int(d["year"]), title=str(d["title"]),
            categories=tuple(Category(str(c["category_id"]), str(c["name"]), int(c["cap"]),
                                      int(c["daily_cap"]) if c.get("daily_cap") is not None else None)
                             for c in d["categories"]),
            threshold=int(d["threshold"]), deadline=datetime.fromisoformat(d["deadline"]),
            reading_minutes_per_credit=int(d.get("reading_minutes_per_credit", 10)),
            reading_points_per_credit=int(d.get("reading_points_per_credit", 1)),
            idle_seconds=int(d.get("idle_seconds", 120)),
            quiz_points={str(k): int(v) for k, v in d.get("quiz_points", {}).items()},
            profile_points=int(d.get("profile_points", 0)),
            daily_cap_total=int(d["daily_cap_total"]) if d.get("daily_cap_total") is not None else None,
        )
