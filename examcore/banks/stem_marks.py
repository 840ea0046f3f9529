"""A type tag and points written into a question's stem, as exported banks and sheets write them (issue 16: they
were kept in the stem a learner reads): 【单选题】, [判断题], （单选题）, 〔单选题〕, 单选题：, 【单选题 2分】, （单选题，2分）,
单选题（2分）：, and points before the stem or after its sentence (（2分）, 【2分】, （两分）, …（ ）。（本题3分）,
…（ ）（2分）。, …的是：（2分）). A bracket or a word with a colon that names no type (（2019年真题）, 注意：, 甲：) is
the stem's own; so is 名词解释：, which tells the learner what to do with the term."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from examcore.banks.common import parse_type
from examcore.banks.office_forms import chinese_number

_OPEN, _CLOSE = "【\\[［（(〔〖", "】\\]］）)〕〗"
_POINTS = r"(\d{1,3}(?:[.．]\d{1,2})?|[一二两三四五六七八九十]{1,3})\s*分"
# a tag at the stem's start: 【单选题】, 【单选题 2分】, 【判断2分】, （单选题/2分）; with a colon: 单选题：, 单选题（2分）：,
# 判断题2分：; with points and no colon: 单选（2分）…, 单选题 2分 …
_TAG = re.compile(rf"^\s*(?:[{_OPEN}]\s*([^{_CLOSE}\s,，、;；/／]{{1,8}}?)(?:\s*[\s,，、;；/／]?\s*(?:共|每题|每小题|本题)?\s*{_POINTS})?\s*"
                  rf"[{_CLOSE}]\s*[:：]?|([^\s:：{_OPEN}]{{1,8}}?)\s*(?:[（(]\s*{_POINTS}\s*[)）]|{_POINTS})?\s*([:：])|"
                  rf"([^\s:：{_OPEN}\d]{{1,8}}?)\s*(?:[（(]\s*{_POINTS}\s*[)）]|\s{_POINTS}\s))\s*")
# points at the stem's start: （2分）, 【2分】, （本题2分）, （第1题，2分）
_LEAD = re.compile(rf"^\s*[{_OPEN}]\s*(?:第\s*\d{{1,4}}\s*题\s*[,，、]?\s*)?(?:(?:本题|本小题)\s*满分|本题|本小题|每题|每小题|共)?\s*"
                   rf"{_POINTS}\s*[{_CLOSE}]\s*[:：]?\s*")
# the row's number before a tag or points: 1.（2分）下列…
_NUMBER = re.compile(rf"^\s*\d{{1,4}}\s*[.、．]\s*(?=[{_OPEN}])")
# points after the stem's sentence (…（ ）。（本题3分）, …（ ）（2分）。, …的是：（2分）), never inside it: 一次记（12分）。
_AFTER = re.compile(rf"(?<=[。？?！!）)_:：])\s*[{_OPEN}]\s*(?:(?:本题|本小题)\s*满分|本题|本小题|每题|每小题|共)?\s*{_POINTS}\s*"
                    rf"[{_CLOSE}]\s*([。.]?)\s*$")
# points ending the stem with no sentence end before them (…一次记（12分）): its points, or its own words?
_END = re.compile(rf"[{_OPEN}]\s*(?:(?:本题|本小题)\s*满分|本题|本小题|每题|每小题|共)?\s*{_POINTS}\s*[{_CLOSE}]\s*$")
CHOICE_ONLY = re.compile(r"\s*(?:选择题?|选择类|choice)\s*", re.I)   # a 题型 or tag that says choice, not which
_NOT_A_TAG = ("名词解释",)   # the learner's instruction, not an export's tag


@dataclass
class StemMarks:
    """``stem`` with its marks taken out; ``tag``: the tag as written ("" when none), ``type_name``: the type it
    names (parse_type reads it; "选择" names no one type), ``colon``: written as a word and a colon (单选题：),
    which a learner's instruction may also be (判断：甲的行为是否合法？); ``other_types``: further tags (（单选）（多选）);
    ``points``: each points figure written (digits; "2.5" stays so for the caller to refuse); ``unsure``: points
    ending the stem with no sentence end before them (一次记（12分）: its points, or its words?)."""
    stem: str
    tag: str = ""
    type_name: str = ""
    colon: bool = False
    other_types: list[str] = field(default_factory=list)
    points: list[str] = field(default_factory=list)
    unsure: str = ""


def _figure(written: str) -> str:
    return str(chinese_number(written.replace("两", "二")) or written) if written[:1] in "一二两三四五六七八九十" \
        else re.sub(r"[.．]0+$", "", written.replace("．", "."))


def stem_marks(stem: str, names_type=None) -> StemMarks:
    """The type tag and points written into ``stem`` (in either order, again after them), taken out.
    ``names_type``: whether a tag's words name a type (default: parse_type reads them, or they say 选择)."""
    names_type = names_type or (lambda words: parse_type(words) is not None or CHOICE_ONLY.fullmatch(words) is not None)
    marks = StemMarks(stem)
    number = _NUMBER.match(stem)
    if number is not None:   # 1.（2分）…: the row's number goes with them, never alone
        rest = stem[number.end():]
        tag = _TAG.match(rest)
        if _LEAD.match(rest) or (tag is not None and names_type(tag.group(1) or tag.group(3) or tag.group(7))):
            marks.stem = rest
    for _ in range(6):   # 【单选题】（2分）, （2分）【单选题】, 【判断题】（2分）（2分）, （单选）（多选）
        tag = _TAG.match(marks.stem)
        words = (tag.group(1) or tag.group(3) or tag.group(7)) if tag is not None else ""
        if tag is not None and words not in _NOT_A_TAG and names_type(words):
            if marks.tag:
                marks.other_types.append(words)
            else:
                marks.tag, marks.type_name, marks.colon = tag.group(0).strip(), words, bool(tag.group(6))
            marks.points += [_figure(p) for p in (tag.group(2), tag.group(4), tag.group(5), tag.group(8), tag.group(9))
                             if p]
            marks.stem = marks.stem[tag.end():]
            continue
        lead = _LEAD.match(marks.stem)
        if lead is None:
            break
        marks.points.append(_figure(lead.group(1)))
        marks.stem = marks.stem[lead.end():]
    for _ in range(3):   # …（ ）。（2分）（3分）: each said, so two that disagree are a doubt
        after = _AFTER.search(marks.stem)
        if after is None:
            break
        marks.points.append(_figure(after.group(1)))
        marks.stem = marks.stem[:after.start()].rstrip() + after.group(2)
    if not marks.points or marks.tag:
        end = _END.search(marks.stem)
        if end is not None and marks.stem[:end.start()].strip() and not _AFTER.search(marks.stem):
            marks.unsure, marks.stem = _figure(end.group(1)), marks.stem[:end.start()].rstrip()
    marks.stem = marks.stem.strip()
    return marks
