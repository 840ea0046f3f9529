"""Before an office bank's lines are read (office_text): what one line holds beyond itself becomes lines of
its own (an answer written after a stem, the next question, a stem's options), and a key laid out as a grid
(题号 1 2 3 / 答案 A B C) becomes a key's entries."""
from __future__ import annotations

import re

from examcore.banks.excel_bank import _split_options
from examcore.banks.office_forms import (ANSWER, KEY_HEADING, LABEL_INSIDE, MARGIN_MARK, META_INSIDE, NUMBERED, OPTION,
                                         OPTION_A, STEM_END, TYPE_ALONE, as_usual_marks, heading_type, key_parts)


def _label_apart(text: str) -> list[str]:
    """A stem's or an option's line with an answer or explanation written after its text, as the line and
    that label's own line (答案：A); an answer's line with a difficulty or category after it (答案：A 难度：易)
    likewise; the line alone when there is none."""
    meta = META_INSIDE.search(text, 1) if "难" in text or "知识点" in text or "分类" in text else None
    if meta is not None and text[:meta.start()].strip():
        return [*_label_apart(text[:meta.start()].rstrip()), text[meta.start():]]
    if "答" not in text and "解析" not in text and "理由" not in text and "详解" not in text:
        return [text]
    found = LABEL_INSIDE.search(text, 1)
    if found is None or not text[:found.start()].strip() or \
            re.fullmatch(r"\s*[（(]?\d{1,5}[)）]?\s*[.、．]?\s*", text[:found.start()]):   # 1. 答：… in a key: its entry
        return [text]
    given = found.group("bracketed") or found.group("bare") or found.group("said")
    rest = f"答案：{given}" if given else text[found.start():].strip()
    return [text[:found.start()].rstrip(), rest]


def _next_apart(text: str, number: int) -> list[str]:
    """A numbered line holding the next question too (1. 宪法是根本法。（√） 2. 国务院…): one line each, split
    where the next number follows a finished stem (a full stop or a closing bracket, then a space)."""
    out: list[str] = []
    while True:
        found = next((m for m in _NEXT_NUMBER.finditer(text) if int(m.group(1)) == number + 1), None)
        if found is None:
            return out + [text]
        out.append(text[:found.start()])
        text, number = text[found.start():].strip(), number + 1


_NEXT_NUMBER = re.compile(r"(?<=[。？?！!）)])\s+(\d{1,5})\s*[.、．]\s*(?=\S)")


_GRID_NUMBERS = re.compile(r"\s*题\s*号\s*[:：]?\s*((?:\d{1,5}[\s,，、|]+)+\d{1,5})\s*")
_GRID_ANSWERS = re.compile(r"\s*(?:参考答案|答\s*案)\s*[:：]?\s*(\S.*?)\s*")


def grid_keys(lines: list[tuple[int, str, list[str]]]) -> list[tuple[int, str, list[str]]]:
    """A key laid out as a grid in text (题号 1 2 3 / 答案 A B C, a table copied as text) as its entries
    (1.A 2.B 3.C), on the numbers' line; after a key's heading or label as entries alone, else opening a key.
    The two lines must give as many answers as numbers; anything else is left as written (and refused)."""
    out = list(lines)
    for i, (number, raw, images) in enumerate(lines):
        numbers = _GRID_NUMBERS.fullmatch(raw) if "号" in raw and not images else None
        if numbers is None:
            continue
        j = next((k for k in range(i + 1, min(i + 3, len(lines))) if lines[k][1].strip()), None)
        given = _GRID_ANSWERS.fullmatch(lines[j][1]) if j is not None else None
        if given is None:
            continue
        keys = re.split(r"[\s,，、|]+", numbers.group(1).strip())
        answers = re.split(r"[\s,，、|]+", given.group(1).strip())
        if len(keys) != len(answers):
            continue
        before = next((t.strip() for _n, t, _i in reversed(lines[:i]) if t.strip()), "")
        headed = bool(KEY_HEADING.match(before)) or (
            len(parts := key_parts(before)) == 1 and parts[0].labelled and not parts[0].rest.strip())
        entries = " ".join(f"{k}.{a}" for k, a in zip(keys, answers))
        out[i] = (number, entries if headed else f"参考答案：{entries}", images)
        assert j is not None
        out[j] = (lines[j][0], "", lines[j][2])
    return out


# a key's range cut by a PDF copy at its dash: …6-10 BAAAA  11- / 12 AA
_RANGE_CUT = re.compile(r"(?:^|\s)(?:\d{1,4}\s*[-－~～—]\s*\d{1,4}\s*[A-HＡ-Ｈ√×✓✗对错]{2,}\s+)+\d{1,4}\s*[-－~～—]\s*$")
_RANGE_REST = re.compile(r"\s*\d{1,4}\s+[A-HＡ-Ｈ√×✓✗对错]{2,}(?:\s|$)")


def wrapped_key_ranges_joined(lines: list[tuple[int, str, list[str]]]) -> list[tuple[int, str, list[str]]]:
    """``1-5 AABAA  6-10 BAAAA  11-`` / ``12 AA``: a key's last range a PDF copy wrapped after its dash, as one
    line (the line below had been read apart, question 11 left with no answer and the key's line never named;
    an outside round). Only after ranges of answers, and only a line going on with a number and answers."""
    out = list(lines)
    for i in range(len(lines) - 1):
        text, below = out[i][1], lines[i + 1][1]
        if text.rstrip()[-1:] in ("-", "－", "~", "～", "—") and not lines[i][2] and not lines[i + 1][2] and \
                _RANGE_CUT.search(text) and _RANGE_REST.match(below):   # (the cheap test first: every line)
            out[i] = (lines[i][0], f"{text.rstrip()}{below.strip()}", [])
            out[i + 1] = (lines[i + 1][0], "", [])
    return out


_LABEL_WORD = re.compile("答|解析|难|知识点|分类|理由|详解")   # a line that may hold a label after its text


def lines_apart(lines: list[tuple[int, str, list[str]]],
                 keep: dict[int, list]) -> list[tuple[int, str, list[str]]]:
    """``lines`` with what one line of a stem or an option holds beyond itself as lines of their own, of the
    same number: an answer or explanation written after it (_label_apart), the next question (_next_apart),
    and a stem's options (1. 我国的根本法是（ ）。A. 宪法 B. 刑法: they start at an A. after the stem's end, its
    blank, bracket or full stop, from which B. and more follow in order). Options stay on a line with
    pictures or colour (``keep``: their masks count the line's characters)."""
    out: list[tuple[int, str, list[str]]] = []
    for number, raw, images in lines:
        marked = _LABEL_WORD.search(raw) is not None
        text = as_usual_marks(raw.strip()) if marked or "A" in raw or "Ａ" in raw or "。" in raw or "）" in raw \
            else ""   # (most lines are told apart by these alone)
        numbered = NUMBERED.match(text) if text else None
        if not text or not (numbered or OPTION.match(text) or (ANSWER.match(text) and META_INSIDE.search(text))):
            out.append((number, raw, images))
            continue
        pieces = _label_apart(text) if marked else [text]
        if numbered:
            pieces = _next_apart(pieces[0], int(numbered.group(1) or numbered.group(2))) + pieces[1:]
        split: list[str] = []
        for piece in pieces:
            at = _options_at(piece) if number not in keep and not images else None
            split += [piece] if at is None else [piece[:at].rstrip(), piece[at:]]
        if len(split) == 1:
            out.append((number, raw, images))
        else:
            out += [(number, piece, images if n == 0 else []) for n, piece in enumerate(split)]
    return out


def _options_at(text: str) -> int | None:
    """Where the options start on a numbered stem's line; None when they do not stand there."""
    numbered = NUMBERED.match(text)
    if numbered is None or ("A" not in text and "Ａ" not in text):
        return None
    stem_at = numbered.start(3)
    for tried, found in enumerate(OPTION_A.finditer(text, stem_at)):
        if tried == OPTION_A_TRIES:   # each try reads the rest of the line: a line of 30,000 "A.甲" took minutes
            return None
        stem = text[stem_at:found.start()]
        if stem.strip() and STEM_END.search(stem) and len(_split_options(text[found.start():])) >= 2:
            return found.start()
    return None


OPTION_A_TRIES = 8   # "A." on a stem's line before its options start (A公司 is no "A."): a few, never thousands


_FIELD = re.compile(r"^\s*(?:[【\[]\s*(题型|题干|题目|试题|选项)\s*[】\]]\s*[:：]?|(题型|题干)\s*[:：])\s*(.*)$")


# 1、单选题（2分）: a question's number, type and points on a line of their own, as exam systems export them
_TYPE_ONLY = re.compile(rf"\s*(\d{{1,5}})\s*[.、．]\s*[\[［【]?({TYPE_ALONE})[\]］】]?\s*"
                        r"([（(]\s*\d{1,3}(?:[.．]\d)?\s*分\s*[)）])?\s*")


# 1、单选题（每题2分）, 2. 判断题：: a section numbered with an Arabic numeral, a type's name and its note
_TYPE_SECTION = re.compile(rf"\s*(\d{{1,2}})\s*[.、．]\s*[\[［【]?({TYPE_ALONE})[\]］】]?\s*"
                           r"([（(][^（）()]{0,40}[)）])?\s*[:：]?\s*")
_REMARK = re.compile(r"[（(].*[)）]")
# kinds whose one question has parts （1）（2） (not 名词解释: its （1）（2） are terms, each a question)
_ASKED_IN_PARTS = re.compile(r"简答|问答|论述|案例|材料|分析")
# （20分）: one question's points (每题10分, 共2题 say a section of several)
_ONE_QUESTIONS_POINTS = re.compile(r"[（(]\s*(?:\d{1,3}(?:[.．]\d)?\s*)?分\s*[)）]")


def typed_numbers_joined(lines: list[tuple[int, str, list[str]]]) -> list[tuple[int, str, list[str]]]:
    """``1、单选题（2分）`` / ``我国的根本法是（ ）。`` / ``A. 宪法`` …, a question whose number, type and points
    stand on a line above its stem, as one numbered line ``1. 【单选题】（2分）我国的根本法是（ ）。`` when the line
    after the stem is an option or an answer. ``1、单选题（每题2分）`` with a numbered question below it (or a
    remark in brackets, the section's instructions, then one) is a section's heading, read as ``一、单选题…``
    (it was question 1, and the numbers below it a list inside it). Otherwise as it is. The lines keep their
    numbers."""
    out = list(lines)
    texts = [raw.strip() for _, raw, _ in lines]
    filled = [i for i, t in enumerate(texts) if t]
    for at, i in enumerate(filled[:-1]):
        if not texts[i][:1].isdigit() or "题" not in texts[i] and "名词解释" not in texts[i]:
            continue
        section = _TYPE_SECTION.fullmatch(texts[i])
        if section is not None and 0 < int(section.group(1)) <= 10:
            at_below = next((k for k in range(at + 1, min(at + 3, len(filled)))
                             if not _REMARK.fullmatch(texts[filled[k]])), None)
            below = texts[filled[at_below]] if at_below is not None else ""
            numbered = NUMBERED.match(as_usual_marks(below))
            after_part = texts[filled[at_below + 1]] if at_below is not None and at_below + 1 < len(filled) else ""
            if numbered is not None and numbered.group(2) and _ASKED_IN_PARTS.search(section.group(2)) and \
                    _ONE_QUESTIONS_POINTS.fullmatch(section.group(3) or "（分）") and not ANSWER.match(after_part):
                # 1、问答题（20分） above （1）什么是法治？ （2）…: one question asked in parts, not a heading; its
                # number, type and points written as the reader takes such a question (without the colon of
                # 1、问答题： the parts became questions of their own, the reference answer the last one's). Not
                # when the remark says a section (每题10分, 共2题) or each part has its answer below it.
                out[i] = (lines[i][0], f"{section.group(1)}. 【{section.group(2)}】{section.group(3) or ''}",
                          lines[i][2])
                continue
            if numbered is not None and not (numbered.group(2) and _ASKED_IN_PARTS.search(section.group(2))):
                out[i] = (lines[i][0], f"{'一二三四五六七八九十'[int(section.group(1)) - 1]}、{section.group(2)}"
                                       f"{section.group(3) or ''}", lines[i][2])
                continue
        if at + 2 >= len(filled):
            continue
        typed = _TYPE_ONLY.fullmatch(texts[i])
        stem, after = texts[filled[at + 1]], as_usual_marks(texts[filled[at + 2]])
        if typed is None or NUMBERED.match(as_usual_marks(stem)) or OPTION.match(stem) or ANSWER.match(stem) or \
                heading_type(as_usual_marks(stem)) or \
                KEY_HEADING.match(stem) or re.fullmatch(r"[（(].*[)）]", stem) or \
                not (OPTION.match(after) or ANSWER.match(after)):
            continue
        number, _, images = lines[i]
        j = filled[at + 1]
        out[i] = (number, f"{typed.group(1)}. 【{typed.group(2)}】{typed.group(3) or ''}{stem}", images + lines[j][2])
        out[j] = (lines[j][0], "", [])
    return out


_LONE_NUMERAL = re.compile(r"[（(]\s*[一二三四五六七八九十]{1,3}\s*[)）]")
_LONE_SECTION = re.compile(r"[一二三四五六七八九十]{1,3}\s*[、.．]")


def lone_numerals_joined(lines: list[tuple[int, str, list[str]]]) -> list[tuple[int, str, list[str]]]:
    """``（二）`` alone on its line, its words on the next (a copy that broke the line after the numeral, or a
    Word paragraph whose drawn number stands apart): one line ``（二）简述…``, read as if typed so (a question
    of a section numbered （一）（二）, a topic's title). It had been refused as "not a numbered question",
    the words below as facts (an outside round). Not when the next line is a question, an option, an
    answer, a heading or another numeral alone. The lines keep their numbers."""
    out = list(lines)
    texts = [raw.strip() for _, raw, _ in lines]
    filled = [i for i, t in enumerate(texts) if t]
    for i, j in zip(filled, filled[1:]):
        below = as_usual_marks(texts[j])
        if _LONE_SECTION.fullmatch(texts[i]) and out[i][1].strip() and \
                heading_type(as_usual_marks(texts[i] + texts[j])) is not None:
            # 二、 / 判断题: a section's heading broken after its numeral (round 92: 二、 had gone into the
            # explanation above, or into its answer, refusing it as "B\n二")
            out[i] = (lines[i][0], f"{texts[i]}{texts[j]}", lines[i][2] + lines[j][2])
            out[j] = (lines[j][0], "", [])
            continue
        if not _LONE_NUMERAL.fullmatch(texts[i]) or not out[i][1].strip() or _LONE_NUMERAL.fullmatch(below) or \
                NUMBERED.match(below) or OPTION.match(below) or ANSWER.match(below) or \
                heading_type(below) is not None or KEY_HEADING.match(below):
            continue
        out[i] = (lines[i][0], f"{texts[i]}{texts[j]}", lines[i][2] + lines[j][2])
        out[j] = (lines[j][0], "", [])
    return out


_SECTION_OPENING = re.compile(r"^\s*[一二三四五六七八九十]{1,3}\s*[、.．]\s*\S{0,6}?(?:题|名词解释)")


def wrapped_headings_joined(lines: list[tuple[int, str, list[str]]]) -> list[tuple[int, str, list[str]]]:
    """``二、多项选择题（本大题共2小题，…在每小题列出的备选项中`` / ``至少有两个是符合题目要求的）``: a section's
    heading whose remark a PDF copy wrapped onto the next line (its bracket closes there; or, unbracketed after a
    colon, the next line ends the sentence), as one line. Read apart, the heading's line was a title, the
    section lost, and its key's entries refused (outside rounds 21 and 22). At most two more lines, none a
    question, an option or a heading; the words before the remark must be a heading's. Otherwise as it is."""
    out = list(lines)
    for i, (number, raw, images) in enumerate(lines):
        text = raw.strip()
        opening = _SECTION_OPENING.match(text) if text and not images else None
        if opening is None:
            continue
        remark = re.search(r"[（(:：]", text)
        if remark is None or heading_type(text[:remark.start()]) is None:
            continue
        bracketed = remark.group(0) in "（("
        if bracketed and text.count("（") + text.count("(") <= text.count("）") + text.count(")"):
            continue
        if not bracketed and (re.search(r"[。；;！!）)]\s*$", text) or NUMBERED.match(text[remark.end():].strip())):
            continue   # (一、填空题：1.人民 2.执行: a key's labelled line, its entries after the colon)
        joined, taken = text, list[int]()
        for j in range(i + 1, min(i + 4, len(lines))):
            more = lines[j][1].strip()
            if not more or lines[j][2] or NUMBERED.match(as_usual_marks(more)) or OPTION.match(more) or \
                    heading_type(more) is not None or _SECTION_OPENING.match(more) or len(joined) + len(more) > 300:
                break   # (二、1.答：… below: the next section's, never a remark's words)
            joined, taken = joined + more, taken + [j]
            closed = joined.count("（") + joined.count("(") <= joined.count("）") + joined.count(")") if bracketed \
                else bool(re.search(r"[。！!]\s*$", more))
            if closed:   # (a remark after a colon, bracketed: read as a heading's remark is, whatever its words)
                out[i] = (number, joined if bracketed else
                          f"{joined[:remark.start()]}（{joined[remark.end():].strip()}）", images)
                for k in taken:
                    out[k] = (lines[k][0], "", [])
                break
    return out


_SENTENCE_END = re.compile(r"[。？！?!]\s*$")
_FIELD_LABEL = re.compile(r"\s*(?:答案解析|试题解析|解析|答案|理由|详解|考点|难度|知识点|分值|分数|出处|来源)\s*[:：]")


def margin_marks_moved(lines: list[tuple[int, str, list[str]]]) -> list[tuple[int, str, list[str]]]:
    """``（√）1. 宪法是…都不得`` / ``同宪法相抵触。``: a filled-in paper's mark at the margin of a statement that
    wraps on to the next lines (up to three, the last ending the sentence) as written after its last line, where
    a mark in brackets ends a statement (it was read after the first line, and the rest refused as a stray
    line). The lines keep their numbers."""
    out = list(lines)
    texts = [raw.strip() for _, raw, _ in lines]
    for i, text in enumerate(texts):
        marked = MARGIN_MARK.match(text) if text[:1] in "（([［【" else None
        if marked is None or _SENTENCE_END.search(text):
            continue
        last = None
        for j in range(i + 1, min(i + 4, len(texts))):
            usual = as_usual_marks(texts[j])
            if not usual or usual[:1] in "（([［【" or NUMBERED.match(usual) or OPTION.match(usual) or \
                    ANSWER.match(usual) or _FIELD_LABEL.match(usual) or KEY_HEADING.match(usual) or \
                    heading_type(usual) is not None:   # (解析：… below it is its explanation, never its words)
                break
            if _SENTENCE_END.search(usual):
                last = j
                break
        if last is not None:
            out[i] = (lines[i][0], f"{marked.group(2)}{marked.group(3)}", lines[i][2])
            out[last] = (lines[last][0], f"{texts[last]}（{marked.group(1) or ' '}）", lines[last][2])
    return out


def labelled_questions(lines: list[tuple[int, str, list[str]]]) -> list[tuple[int, str, list[str]]]:
    """A bank that labels each question's parts as exam systems export them (【题型】单选题 / 【题干】… / 【选项】 /
    A. … / 【答案】A / 【解析】…) as the numbered layout: each 【题干】 line a question numbered in order, its type
    as a tag (1. 【单选题】…), the 【题型】 and 【选项】 lines left empty; the lines keep their numbers. A file with no
    【题干】 (or 题干：) line is left as it is."""
    fields = [_FIELD.match(raw) if "题" in raw or "选项" in raw else None for _, raw, _ in lines]
    if not any(f is not None and (f.group(1) or f.group(2)) in ("题干", "题目", "试题") for f in fields):
        return lines
    out: list[tuple[int, str, list[str]]] = []
    kind, count = "", 0
    for (number, raw, images), field in zip(lines, fields):
        name = (field.group(1) or field.group(2)) if field is not None else ""
        if name == "题型":
            kind = field.group(3).strip() if field is not None else ""
            out.append((number, "", images))
        elif name == "选项" and field is not None:   # 【选项】 alone, or 【选项】A. 宪法 B. 刑法: the options
            out.append((number, field.group(3), images))
        elif name in ("题干", "题目", "试题") and field is not None:
            count += 1
            tag = f"【{kind}】" if kind else ""
            out.append((number, f"{count}. {tag}{field.group(3)}", images))
            kind = ""
        else:
            out.append((number, raw, images))
    return out
