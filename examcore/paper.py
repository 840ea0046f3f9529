"""Drawing a paper from an item pool: random, no duplicates, reproducible from the attempt's seed.

The randomness is a SHA-256 counter stream of (seed, purpose) rather than ``random``, so any server, on
any Python version, re-derives exactly the paper a station showed. Questions are picked by a partial
Fisher-Yates shuffle of each section's candidates in pool order: a 50-question paper costs about 50
hashes whatever the pool's size, which matters when a server re-draws thousands of papers a second.
"""
from __future__ import annotations

import hashlib
import struct
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from examcore.blueprint import Blueprint
from examcore.cli_text import Words
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


class _Stream:
    """64-bit integers from SHA-256(seed, purpose, counter), four per hash.

    A server re-draws every paper it ingests, so this is written for speed; the numbers it yields are
    fixed by the format (tests/examcore pin them), never by the implementation."""

    __slots__ = ("_prefix", "_counter", "_buffer")

    def __init__(self, seed: bytes, purpose: str):
        self._prefix = hashlib.sha256(seed + b"\x00" + purpose.encode() + b"\x00")
        self._counter = 0
        self._buffer: list[int] = []

    def below(self, n: int) -> int:
        """Uniform in range(n), by rejection (no modulo bias)."""
        limit = _TWO64 - _TWO64 % n
        buffer = self._buffer
        while True:
            if not buffer:
                digest = self._prefix.copy()
                digest.update(self._counter.to_bytes(8, "big"))
                self._counter += 1
                buffer = self._buffer = list(reversed(_FOUR_WORDS.unpack(digest.digest())))
            value = buffer.pop()
            if value < limit:
                return value % n


_TWO64 = 1 << 64
_FOUR_WORDS = struct.Struct(">4Q")


def _shuffle_from_one_hash(movable: list[str], seed: bytes, question_id: str, tail: bytes | None = None) -> bool:
    """The common case of shuffle_options, the same numbers without the stream's overhead: up to five
    options need at most four values, all in the stream's first hash. False (nothing changed) when
    that is not enough: more options, or a value the stream would reject (odds about 1 in 2**61).
    ``tail``: ``option_hash_tail(question_id)``, when the caller keeps it."""
    n = len(movable)
    if n > 5:
        return False
    words = _FOUR_WORDS.unpack(hashlib.sha256(seed + (tail or option_hash_tail(question_id))).digest())
    picks = []
    for k, i in enumerate(range(n - 1, 0, -1)):
        if words[k] >= _TWO64 - _TWO64 % (i + 1):
            return False
        picks.append((i, words[k] % (i + 1)))
    for i, j in picks:
        movable[i], movable[j] = movable[j], movable[i]
    return True


_FIRST_BLOCK = b"\x00" + (0).to_bytes(8, "big")


def option_hash_tail(question_id: str) -> bytes:
    """What follows the seed in the first hash of a question's option stream (``_Stream(seed, "opt:" + id)``)."""
    return b"\x00opt:" + question_id.encode() + _FIRST_BLOCK


def section_candidates(pool: Sequence[Question], blueprint: Blueprint) -> list[list[Question]]:
    """Each section's candidates in pool order (what a package holder can compute once and keep). A section's
    category takes the categories below it too: 宪法 finds 宪法/总则 (bank categories keep their whole path)."""
    return [[q for q in pool if q.type is s.type and (s.category is None or in_category(q.category, s.category))]
            for s in blueprint.sections]


def in_category(category: str, wanted: str) -> bool:
    """category is wanted or one below it ("宪法/总则" is in "宪法"; "宪法学" is not)."""
    return category == wanted or category.startswith(wanted.rstrip("/") + "/")


def shuffle_options(question: Question, seed: bytes) -> tuple[str, ...]:
    """Shuffle the movable options (Fisher-Yates on the stream); a fixed option keeps its position."""
    if not question.type.has_options:
        return ()
    options = question.options
    movable = [o.key for o in options if not o.fixed]
    if len(movable) > 1 and not _shuffle_from_one_hash(movable, seed, question.id):
        below = _Stream(seed, "opt:" + question.id).below
        for i in range(len(movable) - 1, 0, -1):
            j = below(i + 1)
            movable[i], movable[j] = movable[j], movable[i]
    if len(movable) == len(options):
        return tuple(movable)
    it = iter(movable)
    return tuple(o.key if o.fixed else next(it) for o in options)


def draw_paper(pool: Sequence[Question], blueprint: Blueprint, seed: bytes,
               candidates: list[list[Question]] | None = None) -> Paper:
    candidates = candidates if candidates is not None else section_candidates(pool, blueprint)
    used: set[str] = set()
    items: list[PaperItem] = []
    for index, (section, cands) in enumerate(zip(blueprint.sections, candidates, strict=True)):
        order = list(range(len(cands)))
        stream = _Stream(seed, f"sec{index}")
        picked = 0
        for i in range(len(order)):
            if picked == section.count:
                break
            j = i + stream.below(len(order) - i)
            order[i], order[j] = order[j], order[i]
            q = cands[order[i]]
            if q.id in used:  # already drawn by an earlier, overlapping section
                continue
            used.add(q.id)
            items.append(PaperItem(q.id, section.points, shuffle_options(q, seed)))
            picked += 1
        if picked < section.count:  # counted only here: the common case never walks the whole pool
            available = sum(1 for q in cands if q.id not in used) + picked
            if section.category:
                raise BlueprintError(Words("section {n} needs {count} {kind} question(s) in category {category}, "
                                           "the bank has {available}", n=index + 1, count=section.count,
                                           kind=section.type.word, category=section.category,
                                           available=available))
            raise BlueprintError(Words("section {n} needs {count} {kind} question(s), the bank has {available}",
                                       n=index + 1, count=section.count, kind=section.type.word,
                                       available=available))
    return Paper(tuple(items))
