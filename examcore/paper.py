"""Drawing a paper from an item pool: random, no duplicates, reproducible from the attempt's seed.

The draw ranks candidates by SHA-256 of (seed, purpose, id) instead of using ``random``, so any
server, on any Python version, re-derives exactly the paper a station showed.
"""
from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from examcore.blueprint import Blueprint
from examcore.questions import Question

LABELS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"


class BlueprintError(ValueError):
    """The pool cannot fill the blueprint."""


@dataclass(frozen=True)
class PaperItem:
    question_id: str
    points: int
    option_order: tuple[str, ...] = ()  # original option keys in display order; labels are A, B, … by position

    def label_for(self, key: str) -> str:
        return LABELS[self.option_order.index(key)]

    def to_dict(self) -> dict[str, Any]:
        return {"q": self.question_id, "p": self.points, "o": list(self.option_order)}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "PaperItem":
        return cls(d["q"], int(d["p"]), tuple(d["o"]))


@dataclass(frozen=True)
class Paper:
    items: tuple[PaperItem, ...]

    @property
    def total_points(self) -> int:
        return sum(i.points for i in self.items)

    def to_list(self) -> list[dict[str, Any]]:
        return [i.to_dict() for i in self.items]

    @classmethod
    def from_list(cls, items: list[dict[str, Any]]) -> "Paper":
        return cls(tuple(PaperItem.from_dict(d) for d in items))


def _rank(seed: bytes, purpose: str, ident: str) -> bytes:
    return hashlib.sha256(seed + b"\x00" + purpose.encode() + b"\x00" + ident.encode()).digest()


def shuffle_options(question: Question, seed: bytes) -> tuple[str, ...]:
    """Shuffle the movable options; a fixed option keeps its position."""
    if not question.type.has_options:
        return ()
    movable = sorted((o for o in question.options if not o.fixed),
                     key=lambda o: _rank(seed, "opt:" + question.id, o.key))
    it = iter(movable)
    return tuple(o.key if o.fixed else next(it).key for o in question.options)


def draw_paper(pool: Sequence[Question], blueprint: Blueprint, seed: bytes) -> Paper:
    used: set[str] = set()
    items: list[PaperItem] = []
    for index, section in enumerate(blueprint.sections):
        candidates = [q for q in pool if q.type is section.type and q.id not in used
                      and (section.category is None or q.category == section.category)]
        if len(candidates) < section.count:
            where = f" in category {section.category!r}" if section.category else ""
            raise BlueprintError(f"section {index + 1} needs {section.count} {section.type.value} "
                                 f"questions{where}, the pool has {len(candidates)}")
        candidates.sort(key=lambda q: _rank(seed, f"sec{index}", q.id))
        for q in candidates[: section.count]:
            used.add(q.id)
            items.append(PaperItem(q.id, section.points, shuffle_options(q, seed)))
    return Paper(tuple(items))

