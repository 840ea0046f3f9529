"""A question of a Word or text bank as it is being read (office_text.read_office_lines): its lines gathered
into a draft, and the material several questions share, before either becomes a stored question."""
from __future__ import annotations

from dataclasses import dataclass, field

from examcore.banks.common import BLANK_PATTERN
from examcore.questions import QuestionType


@dataclass
class Draft:
    """One question as read so far: ``line`` where its number stands, ``section`` the number of the heading above
    it (0: none), ``number`` its own number there, ``block`` the headings read above it; the rest filled in as its
    lines are read, then checked and built into a question (or refused, ``broken``)."""
    line: int
    qtype: QuestionType | None
    section: int
    number: int
    stem: list[str]
    options: list[tuple[str, str]] = field(default_factory=list)
    answer: str | None = None
    explanation: list[str] = field(default_factory=list)
    images: list[str] = field(default_factory=list)    # shown where a bank cannot keep them (options …)
    figures: list[str] = field(default_factory=list)   # shown with the stem: kept as its pictures
    option_figures: dict[str, list[str]] = field(default_factory=dict)   # shown on an option's own line
    in_explanation: bool = False
    in_answer: bool = False   # after an 答案： line with the answer below it (a short answer's several lines)
    broken: bool = False  # a problem on one of its lines is already reported
    list_next: int | None = None   # the next number of a numbered list in its explanation (or answer)
    block: int = 0                  # how many section headings stand above it (numbers repeat only across them)
    coloured: set[str] = field(default_factory=set)   # options written in colour (Word): the answer, if none is given
    underlined: set[str] = field(default_factory=set)   # options underlined (Word): the answer, if neither is given
    bold: set[str] = field(default_factory=set)   # options in bold (Word): the answer, if none of those is given
    bracketed: bool = False   # numbered （1） rather than 1.: a list in its explanation numbered the other way is a list
    listed: bool = False      # a numbered list inside a question, read as questions (_lists_inside): refused
    refused_at: int | None = None   # the line above it whose problem refuses it too (a topic numbered from 1 again,
    # its material refused)
    category: str | None = None    # 知识点：/考点：/分类： below it
    difficulty: int | None = None  # 难度：易 below it
    points: str | None = None      # 分值：2分 below it, as written
    topic_points: tuple[str, int] | None = None   # its topic's 每小题2分 as written, and the topic's line
    answer_at: int | None = None   # the line of its 答案： line (a problem with the answer is said there)
    material: Material | None = None   # the material (材料：…) above it that its stem goes with


@dataclass
class Material:
    """Material shared by several questions (材料：…, 阅读下列案例，回答1-2题): put before each one's stem."""
    line: int
    block: int
    text: list[str]
    cased: bool = False        # in a section of cases, where each question goes with the case above it
    first: int | None = None   # the questions it names (回答1-2题); None: up to the next heading or material
    last: int | None = None
    used: list[int] = field(default_factory=list)   # the lines of the questions it went with
    refused: bool = False      # it names questions that stand above it: those below are refused with it
    empty: bool = False        # nothing but the line naming its questions: each of them refused
    points: str | None = None  # （1~2题共用题干）（每题2分）: each named question's points, as written


def is_short(draft: Draft) -> bool:
    """A short answer (or a question that may be one: no options, no blank), whose reference answer may be
    written in numbered points."""
    return draft.qtype is QuestionType.SHORT_ANSWER or draft.qtype is None and not (
        draft.options or BLANK_PATTERN.search(" ".join(draft.stem)))
