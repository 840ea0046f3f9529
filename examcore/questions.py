"""Questions of a bank: the five types, their answer keys and their validation."""
from __future__ import annotations

import base64
import hashlib
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from examcore.cli_text import Words

TRUE, FALSE = "T", "F"


class QuestionType(StrEnum):
    SINGLE = "single"
    MULTIPLE = "multiple"
    TRUE_FALSE = "true_false"
    FILL_IN = "fill_in"
    SHORT_ANSWER = "short_answer"

    @property
    def has_options(self) -> bool:
        return self in (QuestionType.SINGLE, QuestionType.MULTIPLE)

    @property
    def word(self) -> Words:
        """The type's name in messages (单选题 … in Chinese)."""
        return {QuestionType.SINGLE: Words("single-choice"), QuestionType.MULTIPLE: Words("multiple-choice"),
                QuestionType.TRUE_FALSE: Words("true/false"), QuestionType.FILL_IN: Words("fill-in"),
                QuestionType.SHORT_ANSWER: Words("short-answer")}[self]


PICTURE_TYPES = {b"\x89PNG\r\n\x1a\n": "image/png", b"\xff\xd8\xff": "image/jpeg", b"GIF87a": "image/gif",
                 b"GIF89a": "image/gif"}
MAX_PICTURE_BYTES = 2 * 1024 * 1024   # one figure; a photographed page scaled for the screen is well under it
MAX_PICTURES = 8                      # per question
NOT_A_PICTURE = "picture {name} is not a PNG, JPEG or GIF image (save it as PNG)"


def picture_type(data: bytes) -> str | None:
    """The media type of a picture from its first bytes (PNG, JPEG or GIF: what Qt shows on every station
    without plug-ins), or None."""
    return next((kind for magic, kind in PICTURE_TYPES.items() if data.startswith(magic)), None)


@dataclass(frozen=True)
class Picture:
    """A picture of a question: a figure below its stem ("如图所示") or an option's picture ("选出正确的标志");
    the image file's bytes as the bank had them."""
    data: bytes
    name: str = ""   # the file name it came from, for messages

    @property
    def media_type(self) -> str | None:
        return picture_type(self.data)

    @property
    def digest(self) -> str:
        return hashlib.sha256(self.data).hexdigest()


@dataclass(frozen=True)
class Option:
    key: str
    text: str
    fixed: bool = False  # stays at its position when options are shuffled ("all of the above")
    pictures: tuple["Picture", ...] = ()   # an option that is (or shows) a picture: 选出正确的标志


@dataclass(frozen=True)
class Question:
    """One bank item.

    ``answer`` holds option keys for choice questions, ``T``/``F`` for true/false, one entry per blank
    for fill-in (alternatives separated by ``|``), and an optional reference answer for short answer.
    """

    id: str
    type: QuestionType
    stem: str
    options: tuple[Option, ...] = ()
    answer: tuple[str, ...] = ()
    category: str = ""
    difficulty: int = 3
    tags: tuple[str, ...] = ()
    explanation: str = ""
    points: int | None = None  # the bank's 分值 (whole points, as exam sections have); a section's points override it
    pictures: tuple[Picture, ...] = ()   # figures shown below the stem, in order

    def problems(self) -> list[str]:
        """What is wrong with this question, in words an admin can act on (empty when valid)."""
        out: list[str] = []
        if not self.stem.strip():
            out.append(Words("empty stem"))
        if self.points is not None and not 0 < self.points <= 1000:
            out.append(Words("points {points} is not between 1 and 1000", points=self.points))
        if not 1 <= self.difficulty <= 5:
            out.append(Words("difficulty {difficulty} is not between 1 and 5", difficulty=self.difficulty))
        keys = [o.key for o in self.options]
        if len(set(keys)) != len(keys):
            out.append(Words("duplicate option keys"))
        if self.type.has_options:
            if len(self.options) < 2:
                out.append(Words("a choice question needs at least two options"))
            unknown = [a for a in self.answer if a not in keys]
            if unknown:
                out.append(Words("answer {items} is not an option", items=','.join(unknown)))
            if self.type is QuestionType.SINGLE and len(self.answer) != 1:
                out.append(Words("a single-choice question needs exactly one right answer, has {count}",
                                 count=len(self.answer)))
            if self.type is QuestionType.MULTIPLE and len(self.answer) < 1:
                out.append(Words("a multiple-choice question needs at least one right answer"))
        elif self.options:
            out.append(Words("a {kind} question takes no options: remove them, or make it a choice question",
                             kind=self.type.word))
        if self.type is QuestionType.TRUE_FALSE and self.answer not in ((TRUE,), (FALSE,)):
            out.append(Words("a true/false answer must be T or F"))
        every = self.pictures + tuple(p for o in self.options for p in o.pictures)
        if len(every) > MAX_PICTURES:
            out.append(Words("{count} pictures; at most {most} per question", count=len(every),
                             most=MAX_PICTURES))
        for picture in every:
            if picture.media_type is None:
                out.append(Words(NOT_A_PICTURE, name=picture.name or picture.digest[:12]))
            elif len(picture.data) > MAX_PICTURE_BYTES:
                out.append(Words("picture {name} is {size:,} bytes; at most {most:,} (save it smaller)",
                                 name=picture.name or picture.digest[:12], size=len(picture.data),
                                 most=MAX_PICTURE_BYTES))
        if self.type is QuestionType.FILL_IN:
            if not self.answer or any(not alt.strip("| ") for alt in self.answer):
                out.append(Words("a fill-in question needs an accepted answer for every blank"))
        return out

    def accepted_for_blank(self, blank: int) -> list[str]:
        return [alt for alt in self.answer[blank].split("|") if alt.strip()]

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id, "type": self.type.value, "stem": self.stem,
            "options": [{"key": o.key, "text": o.text, **({"fixed": True} if o.fixed else {}),
                         **({"pictures": _pictures_dict(o.pictures)} if o.pictures else {})}
                        for o in self.options],
            "answer": list(self.answer), "category": self.category, "difficulty": self.difficulty,
            "tags": list(self.tags), "explanation": self.explanation,
            **({"points": self.points} if self.points is not None else {}),
            # only when there are some: a question without pictures keeps the same stored form and hash
            **({"pictures": _pictures_dict(self.pictures)} if self.pictures else {}),
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "Question":
        return cls(
            id=str(d["id"]), type=QuestionType(d["type"]), stem=d["stem"],
            options=tuple(Option(str(o["key"]), o["text"], bool(o.get("fixed", False)),
                                 _pictures_of(o.get("pictures", ()))) for o in d.get("options", ())),
            answer=tuple(str(a) for a in d.get("answer", ())), category=d.get("category", ""),
            difficulty=int(d.get("difficulty", 3)), tags=tuple(d.get("tags", ())),
            explanation=d.get("explanation", ""),
            points=int(d["points"]) if d.get("points") is not None else None,
            pictures=_pictures_of(d.get("pictures", ())),
        )


def _pictures_dict(pictures: tuple[Picture, ...]) -> list[dict[str, str]]:
    """The pictures as stored and sent: their bytes alone. The file name a picture had in the bank file only
    names it in messages (a Word export renumbers them: image1, image2 …), so it is not part of the question."""
    return [{"data": base64.b64encode(p.data).decode("ascii")} for p in pictures]


def _pictures_of(sent: Any) -> tuple[Picture, ...]:
    return tuple(Picture(base64.b64decode(p["data"], validate=True), str(p.get("name", ""))) for p in sent)


@dataclass
class QuestionBank:
    name: str
    questions: list[Question] = field(default_factory=list)

    def by_id(self) -> dict[str, Question]:
        return {q.id: q for q in self.questions}
