"""The forms a line of an office bank takes (a numbered stem, an option, an answer or explanation label,
a section heading, an answer key's entries), shared by the layout reader (office_text), the pre-pass that
breaks up lines (office_prepass), the Word reader (word_docx) and the writer (office_export)."""
from __future__ import annotations

import dataclasses
import functools
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass

from examcore.banks.common import TYPE_NAMES, ImportReport, RowProblem, parse_type, place
from examcore.banks.instructions import instructions_only
from examcore.cli_text import Words
from examcore.questions import QuestionType


NUMERAL = "一二三四五六七八九十"
_HEADING = re.compile(rf"^\s*(?:[{NUMERAL}]+\s*[、.．]|[（(][{NUMERAL}]+[)）]|第[{NUMERAL}\d]+部分)?\s*"
                      r"(?:[【\[〔]\s*(.+?)\s*[】\]〕]|(.+?))\s*(?:[（(][^（）()]*[）)])?\s*[:：]?\s*$")   # 【名词解释】
# a number and its mark, and a stray second mark typed right after it ("2.、", "3．．", "（4）、"): not the
# stem's (one after a space is: "1. 、" is how a stem that starts with 、 is written)
NUMBERED = re.compile(r"^\s*(?:(\d{1,5})\s*[.、．:：][、.．，,]?|[（(](\d{1,5})[)）][、.．，,]?)\s*(.*)$")
OPTION = re.compile(r"^\s*[A-HＡ-Ｈ]\s*[.．、:：)）]")
# 答案：A, 【答案】A, 〔答案〕A, 答 案：A, and 答：… (a short answer's reference answer; 答 needs its colon)
# the words an answer's label is made of: 参考答案, 参 考 答 案, 标准答案, 试题答案, 答案, with 及评分标准, 要点, 部分 …
_ANSWER_WORDS = r"(?:正确答案|正确选项|参\s?考\s?答\s?案|标准答案|试题答案|试卷答案|答\s?案)(?:部分|要点|速查|[及与和](?:解析|评分标准|评分参考|提示))?"
# a note in brackets after the label (（仅供参考）): words, never an answer's letter or mark
_LABEL_NOTE = r"[^（）()A-Za-zＡ-Ｚａ-ｚ√×✓✗对错正确误]{2,12}"
# a sentence about the answer in an explanation (正确答案是A，其余…; 答案B中的国务院…), not an answer's label
ANSWER_SENTENCE = re.compile(rf"^\s*{_ANSWER_WORDS}\s*(?:是|为|应为|应选|选|中|[A-HＡ-Ｈ]\s*(?:项)?中)")
ANSWER = re.compile(rf"^\s*(?:[【\[〔]?{_ANSWER_WORDS}(?!\s*解析)[】\]〕]?\s*(?:[（(]{_LABEL_NOTE}[）)])?\s*[:：]?|答\s*[:：]|"
                    r"[【\[〔]?(?:参考要点|答题要点|评分要点|要点|参考解答|参考答|解答|回答)[】\]〕]?\s*[:：])"
                    r"\s*(.+)$")   # (答案解析：… is an explanation; 参考要点：… a short answer's reference answer)
KEY_HEADING = re.compile(rf"^\s*(?:附\s*[:：]?\s*)?(?:[{NUMERAL}]+\s*[、.．]|第\s*[{NUMERAL}\d]{{1,2}}\s*部分\s*[、.．:：]?)?"
                          rf"\s*(?:[【\[〔]?{_ANSWER_WORDS}[】\]〕]?\s*"
                          rf"(?:[（(]{_LABEL_NOTE}[）)])?\s*[:：]?|答\s*[:：])\s*$")
# an answer standing in the stem's brackets: 我国的根本法是（ A ）。 / 宪法是根本法。（ √ ）
INLINE = re.compile(r"[（(]\s*([A-HＡ-Ｈ](?:\s*[、,，]?\s*[A-HＡ-Ｈ]){0,7}|√|×|✓|✔|✗|✘|✕|✖|╳|对|错|正确|错误)\s*[）)]|"
                     r"[【\[]\s*([A-HＡ-Ｈ](?:\s*[、,，]?\s*[A-HＡ-Ｈ]){0,7})\s*[】\]]")   # (and 【 A 】, [C])
# a true/false statement's answer as an X, T, F, Y or N in the brackets ending it (宪法是根本法。（ X ）, （ T ）), or a
# mark in square brackets there ([√], 【×】): only there, as f(x) or （X）市 elsewhere in a stem is its own text
INLINE_X = re.compile(r"(?:[（(]\s*([XxＸｘTtＴｔFfＦｆYyＹｙNnＮｎ])\s*[）)]|[\[【]\s*([XxＸｘ√×✓✔✗✘✕✖╳]|对|错|正确|错误)\s*[\]】])"
                       r"\s*[。.]?\s*$|(?<=[。.！!？?])\s*([√×✓✔✗✘✕✖╳]|对|错|正确|错误)\s*$|"
                       r"(?<=\S)\s*([√×✓✔✗✘✕✖╳])\s*$")   # (…。  错 / …。√ / …错误√: ending the statement)
# an answer key's heading with the key on its own line: 参考答案：1.A 2.B 3.C
KEY_OPENING = re.compile(rf"^\s*(?:附\s*[:：]?\s*)?(?:[{NUMERAL}]+\s*[、.．])?\s*[【\[〔]?{_ANSWER_WORDS}[】\]〕]?"
                          rf"\s*(?:[（(]{_LABEL_NOTE}[）)])?(?:\s*[:：]|(?<=[】\]〕])|\s+(?=\d{{1,5}}\s*[.、．]))\s*(.+)$")
# (【答案】AB: no colon; 参考答案 1.A 2.D: a space before numbered entries, round 90)


def chinese_number(text: str) -> int:
    """一 … 十九 as a number (section numerals); 0 when not one."""
    if text == "十":
        return 10
    tens, _, ones = text.rpartition("十")
    value = (NUMERAL.index(tens) + 1 if tens else 1) * 10 if "十" in text else 0
    return value + (NUMERAL.index(ones) + 1 if ones and ones in NUMERAL[:9] else 0)


# any name of a question type: a heading's words are exactly one, so a line holding none is no heading,
# and most lines (options, answers, explanations) are told so without the heading pattern
ANY_TYPE_NAME = re.compile("|".join(re.escape(name.casefold()) for names in TYPE_NAMES.values() for name in names))


MAX_LINES = 1_000_000   # lines or paragraphs of one file: 100,000 questions take about 600,000

# numbers and letters as other layouts write them, read as the usual ones: 第1题 / 1) / 【1】 -> 1.,
# (A) / （A） -> A. (only at a line's start)
_OTHER_MARKS = re.compile(r"^(?:第\s*(\d{1,5})\s*题\s*[.、．:：]?|(\d{1,5})\s*[)），,](?!\d)|【(\d{1,5})】|[（(]([A-HＡ-Ｈ])[)）])\s*")


# 1、单选题 我国… / 1. 单选：… / 1、[单选题] …: a question's type written after its number without 【】
_FULL_TYPE = r"(?:单项|多项|不定项)?选择题|单选题|多选题|判断题|填空题|简答题"
_OTHER_FULL_TYPE = r"问答题|论述题|名词解释"   # (followed by a space only in brackets or with a colon: 问答题 属于…)
_SHORT_TYPE = r"(?:单项|多项|不定项)?选择|单选|多选|判断|填空|简答|问答"
# a type's name standing alone before its points (单选题（2分）, 1、问答题（10分）): the line above a stem that
# exam systems export (office_prepass joins it to the stem, office_text reads it as the question's type)
TYPE_ALONE = r"(?:单项|多项|不定项)?选择题?|单选题?|多选题?|判断题?|填空题?|简答题?|问答题|论述题|名词解释"
# 判断题 是客观题的一种: a type's name as the sentence's subject, what follows it going on from it
TYPE_AS_SUBJECT = r"(?:是(?!否)|不是|属于|不属于|又称|也称|也是)"   # (为了…, 与宪法…, 具有…, 及时… begin stems)
_BARE_TYPE_TAG = re.compile(rf"^(\d{{1,5}})\s*[.、．]\s*(?:[\[［（(]({_FULL_TYPE}|{_OTHER_FULL_TYPE}|{_SHORT_TYPE})"
                            rf"[\]］）)]\s*[:：]?\s*|({_FULL_TYPE})\s*(?:[:：。]\s*|(?:[，,]\s*|\s+)(?!{TYPE_AS_SUBJECT})|"
                            # (判断题【难度：易】…: a bank's label glued to the type, left out after it, an outside round)
                            rf"(?=[【\[（(]\s*(?:难度|知识点|考点|分类)))|({_OTHER_FULL_TYPE})\s*[:：]\s*|"
                            rf"({_SHORT_TYPE})\s*[:：]\s*)(?=\S)(?!\d{{1,5}}\s*[.、．])")   # (单选 我国…: a word, not said)
# 4、判断题（1分）：… / 4．（判断题，1分）… / 3、判断题 每题1分 … / 8、【判断题】【1分】… / 5．判断题 1 分 …: a
# question's type and its points after its number (1.5 points are read, and refused by office_text by name)
_ANY_TYPE = rf"(?:{_FULL_TYPE}|{_OTHER_FULL_TYPE}|{_SHORT_TYPE})"
_OPEN, _CLOSE = r"[（(\[［【]", r"[)）\]］】]"
# (分值:1 in brackets needs no 分; 【难度：易】 between a type and its points is a bank's label, left out)
_TYPE_POINTS = (r"(?:本题|每题|每小题|本小题|分值\s*[:：]?|满分|共)?\s*(\d{1,3}(?:[.．]\d)?)\s*"
                r"(?:分(?![钟之])|(?:(?<=分值\d)|(?<=分值[:：]\d)|(?<=分值\s\d)|(?<=分值[:：]\s\d))(?=\s*[)）\]］】]))")
_DIFFICULTY_TAG = r"(?:\s*[【\[（(]\s*难度\s*[:：]?\s*[^】\]）)]{1,4}[】\]）)])?"
_TYPE_AND_POINTS = re.compile(rf"^(\d{{1,5}})\s*[.、．]\s*(?:{_OPEN}\s*({_ANY_TYPE})\s*[，,、;；\s/]\s*{_TYPE_POINTS}\s*{_CLOSE}|"
                              rf"{_OPEN}?\s*({_ANY_TYPE})\s*{_CLOSE}?{_DIFFICULTY_TAG}\s*{_OPEN}\s*{_TYPE_POINTS}\s*{_CLOSE}|"
                              # (points with no bracket run into the stem only after an exported separator
                              # (判断题/1分公民…) or a word saying so (分值：1分公民…); else a space or a mark ends them:
                              # 判断题 12分是…满分, 60分合格, 3分30秒内, 10分制, 55分贝 are the stem's, outside rounds)
                              rf"(?:题型\s*[:：]\s*)?({_ANY_TYPE})\s*[/／\-－|｜]\s*{_TYPE_POINTS}(?:\s*[|｜])?|"
                              rf"(?:题型\s*[:：]\s*)?({_ANY_TYPE})\s*(?:[，,:：]\s*|\s+)(?=本题|每题|每小题|本小题|分值|满分|共)"
                              rf"{_TYPE_POINTS}|"
                              rf"(?:题型\s*[:：]\s*)?({_ANY_TYPE})\s*(?:[，,:：]\s*|\s+){_TYPE_POINTS}(?=[\s:：。，,|｜(（【\[]|$)"
                              r"(?:\s*[|｜])?)"
                              r"\s*[:：。，,]?\s*(?=\S)")
# 6、单选题（共1题，2分）…, 判断题 本大题共1小题 …: a section's count copied onto a question, its type read (the count is
# refused by name by office_text)
_TYPE_AND_COUNT = re.compile(rf"^(\d{{1,5}})\s*[.、．]\s*({_ANY_TYPE})\s*(?=[（(\[［【]?\s*(?:本大题|本题)?\s*共\s*\d{{1,4}}\s*小?题)")
_TYPE_WORD_NEAR = re.compile(r"选|判断|填空|简答|问答|论述|名词")   # the words every type name above holds
# 2、单项选择题: a section numbered with an Arabic numeral, its text a type's name alone (with its note)
_ARABIC_SECTION = re.compile(r"^(\d{1,2})\s*[、.．]\s*((?:单项|多项|不定项)?选择题|判断题|是非题|填空题|简答题|问答题|论述题|名词解释)"
                             r"(\s*[（(][^（）()]{0,40}[)）])?\s*$")
_ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4, "V": 5, "VI": 6, "VII": 7, "VIII": 8, "IX": 9, "X": 10}
# a section's number as other layouts write it: II、 Ⅱ、 第二题 第二大题 (before a type's name: a heading)
_QUESTION_MARK = re.compile(r"第\s*(?:[一二三四五六七八九十]{1,3}|\d{1,2})\s*题(?!目)")   # 第1题, not 第一大题
_OTHER_SECTION_MARK = re.compile(r"^(?:(I{1,3}|IV|VI{0,3}|IX|X|[Ⅰ-Ⅹ])\s*[、.．]|第([一二三四五六七八九十]{1,3}|\d{1,2})\s*"
                                 r"(?:大题|题|部分)\s*[、.．:：]?|([一二三四五六七八九十]{1,3})\s+)\s*(\S.*)$")


def as_usual_marks(text: str) -> str:
    """``text`` with a number or letter written as another layout does at its start read as the usual one;
    options in brackets on one line ((A) 甲 (B) 乙) each, as long as their letters go on in order; a section
    heading numbered II、 Ⅱ、 第二题 or 2、单项选择题 as 二、; ⒉ (one character, as PDF copies and WPS write it)
    as 2.; a type after the number without brackets (1、单选题 …) as 【单选题】, with its points
    (4、判断题（1分）：…) as 【判断题】（1分）."""
    marked_first = MARGIN_MARK.match(text) if text[:1] in "（([［【" else None
    if marked_first is not None:   # （√）1. 宪法是根本法。: a filled-in paper's mark at the margin, read as written after
        text = f"{marked_first.group(2)}{marked_first.group(3)}（{marked_first.group(1) or ' '}）"   # （ ）1.: unfilled
    if "\u2488" <= text[:1] <= "\u249b":   # ⒈…⒛ (⑴…⒇ stay: a stem's statements are written so, and read so)
        text = unicodedata.normalize("NFKC", text[0]) + text[1:]
    # (a type's name within a numbered line's first characters, or none of the three patterns is tried: most
    # lines of a bank are numbered, few say their type)
    typed = text[:1].isdigit() and _TYPE_WORD_NEAR.search(text, 0, 20) is not None
    with_points = _TYPE_AND_POINTS.match(text) if typed else None
    if with_points is not None:   # 4、判断题（1分）：…: as 4. 【判断题】（1分）…, its points read after its type
        name, points = next((with_points.group(i), with_points.group(i + 1)) for i in (2, 4, 6, 8, 10)
                            if with_points.group(i))
        text = f"{with_points.group(1)}. 【{name}】（{points}分）{text[with_points.end():]}"
    counted = _TYPE_AND_COUNT.match(text) if typed and with_points is None else None
    if counted is not None:
        text = f"{counted.group(1)}. 【{counted.group(2)}】{text[counted.end():]}"
    untagged = _BARE_TYPE_TAG.match(text) if typed and with_points is None and counted is None else None
    if untagged is not None:   # 1、单选题 我国… / 1. 单选：… / 1、[单选题] (2分) …: the tag as exported banks bracket it
        name = untagged.group(2) or untagged.group(3) or untagged.group(4) or untagged.group(5)
        text = f"{untagged.group(1)}. 【{name}】{text[untagged.end():]}"
    numbered_section = _ARABIC_SECTION.match(text) if text[:1].isdigit() else None
    if numbered_section is not None and 0 < int(numbered_section.group(1)) <= 10:
        place = int(numbered_section.group(1))
        return f"{NUMERAL[place - 1] if place < 10 else '十'}、{numbered_section.group(2)}{numbered_section.group(3) or ''}"
    if text[:1] in "IVXⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩ第" + NUMERAL and (section := _OTHER_SECTION_MARK.match(text)) and \
            len(section.group(4)) <= 30 and ANY_TYPE_NAME.search(section.group(4).casefold()):
        roman = unicodedata.normalize("NFKC", section.group(1) or "")
        written = section.group(2) or section.group(3) or ""
        place = _ROMAN.get(roman, 0) or (int(written) if written.isdigit() else chinese_number(written))
        if _QUESTION_MARK.match(text) and heading_type(f"一、{section.group(4)}") is None:
            # 第1题 单选题 我国的根本法是…: a question, its number and type before its stem, never a title (第二题
            # 多项选择题 alone stays a section's heading)
            return as_usual_marks(f"{place}、{section.group(4)}")
        if 0 < place <= 10:
            return f"{NUMERAL[place - 1] if place < 10 else '十'}、{section.group(4)}"
    tagged = _TAG_FIRST.match(text) if text[:1] in "【[Q第" else None
    if tagged is not None:   # 【单选题】1. …, Q1. …, 第一题 …: the number first (a type tag stays the stem's own)
        number = tagged.group(2) or tagged.group(3) or str(chinese_number(tagged.group(4) or ""))
        tag = f"【{tagged.group(1)}】" if tagged.group(1) else ""
        if number != "0":
            if not tag and _BARE_TYPE_TAG.match(f"{number}、{text[tagged.end():]}"):   # 第一题 单选题 …
                return as_usual_marks(f"{number}、{text[tagged.end():]}")
            return f"{number}. {tag}{text[tagged.end():]}"
    m = _OTHER_MARKS.match(text)
    if m is None:
        return text
    number = m.group(1) or m.group(2) or m.group(3)
    if number:   # (第1题 单选题 …: its type tag read as 1、单选题 … reads it)
        return as_usual_marks(f"{number}、{text[m.end():]}") if _BARE_TYPE_TAG.match(f"{number}、{text[m.end():]}") \
            else f"{number}. {text[m.end():]}"
    return unbracketed_options(text, unicodedata.normalize("NFKC", m.group(4)))


def unbracketed_options(text: str, first: str = "A") -> str:
    """Options written with their letters in brackets, (A) 甲 (B) 乙 (Ａ)…, as A. 甲 B. 乙, from letter
    ``first`` on and as long as the letters go on in order (an out-of-order one is left as written)."""
    expected = [first]

    def letter(found: re.Match[str]) -> str:
        key = unicodedata.normalize("NFKC", found.group(1))
        if key != expected[0]:
            return found.group(0)   # (C) out of order: left as written (and refused as such)
        expected[0] = chr(ord(key) + 1)
        return f" {key}. "
    return _BRACKETED_OPTION.sub(letter, text).strip()


# a filled-in paper's mark at the margin before the number: （√）1. 宪法是根本法。, （ ）1. … unfilled
MARGIN_MARK = re.compile(r"[（(\[［【]\s*([√×✓✗✔✘对错]?)\s*[)）\]］】]\s*(\d{1,5}\s*[.、．]\s*)(\S.*)$")
_BRACKETED_OPTION = re.compile(r"\s*[（(]([A-HＡ-Ｈ])[)）]\s*")
# a question's number written after its type tag, or as Q1, or in Chinese numerals: 【单选题】1. / Q1. / 第一题
_TAG_FIRST = re.compile(r"^(?:[【\[]([^】\]]{1,8})[】\]]\s*(\d{1,5})\s*[.、．:：]|[Qq]\s*(\d{1,5})\s*[.、．:：)）]?|"
                        r"第([一二三四五六七八九十]{1,3})\s*题\s*[.、．:：]?)\s*")


# a choice section's heading (or instructions) saying each question has two or more right answers, or one
SAYS_MULTIPLE = re.compile(r"[（(]\s*(?:多选|多项|不定项|双项|双选)(?:选择)?题?\s*[)）]|双项选择|双选题")   # 选择题（多选）
TWO_OR_MORE = re.compile(r"(?:两|二|2)\s*(?:个|项)\s*(?:或\s*(?:两|二|2)\s*(?:个|项)\s*)?(?:以上|及以上)|"
                         r"至少\s*(?:有\s*)?(?:两|二|2)\s*(?:个|项)")
ONLY_ONE = re.compile(r"(?:只有|仅有|有且只有|有且仅有)\s*(?:一|1)\s*(?:个|项)|唯一")


HEADING_LONGEST = 60   # characters: "一、单项选择题（本大题共20小题，每小题2分，共40分）" is 30; a longer line is text
HEADING_WITH_INSTRUCTIONS = 160   # …unless the type's name comes first and instructions follow it


# a stem that points at its picture: 如上图 (the picture above it), 如下图 / 如图所示 (below it); as phrases, so
# 网上图书馆 or 以下图书 never move a picture
# a figure's caption on its own line or beside the picture: 图1 禁止通行标志, （图2）, 图 1-2： …
CAPTION = re.compile(r"^\s*[（(]?\s*图\s*[0-9０-９一二三四五六七八九十]+(?:\s*[-－.．]\s*[0-9０-９]+)?\s*[）)]?"
                      r"(?:[\s：:、.．]|$)")


@functools.lru_cache(maxsize=4096)   # the lines that repeat (答案：A, 解析：略) are read once
def heading_type(text: str) -> QuestionType | None:
    # runs of spaces folded first: _HEADING's neighbouring \s* would otherwise try every split of a long run
    # (a line of 3,000 spaces took minutes)
    normal = " ".join(unicodedata.normalize("NFKC", text).split())
    if not ANY_TYPE_NAME.search(normal.casefold()) or len(normal) > HEADING_LONGEST and not (
            len(normal) <= HEADING_WITH_INSTRUCTIONS and ANY_TYPE_NAME.search(normal[:16].casefold())):
        return None
    match = _HEADING.match(without_remarks(normal))
    if match is None or (asking := _ASKING_IN_BRACKETS.search(normal)) is not None and not instructions_only(
            asking.group(0)):   # 二、论述题（请结合…，谈谈对…的认识，20分）: a question in its heading's brackets, never a
        return None             # remark to drop (（请结合实际论述，不少于800字） is instructions)
    return parse_type(match.group(1) or match.group(2))


def heading_says_more(text: str) -> str:
    """What a line shaped as a section heading says after its name, in brackets or after a space or colon, when
    that is more than instructions (一、单项选择题（张三向区政府申请公开信息，区政府逾期未答复。）: a case's facts,
    which the heading would drop; an outside round); "" when it says nothing or only instructions (（本大题共10
    小题，每小题2分）, 每题3分)."""
    return next((said for said in heading_remarks(text) if not instructions_only(said)), "")


def heading_remarks(text: str) -> list[str]:
    """What a line shaped as a section heading says after its name: in its last brackets, and after a space or
    a colon (一、单项选择题（每小题2分）, 三、判断题：判断正误); empty when it says nothing more."""
    normal = " ".join(unicodedata.normalize("NFKC", text).split())
    bracket = re.search(r"[（(]([^（）()]*)[）)]\s*[:：]?\s*$", normal)
    head = without_remarks(normal)
    found = (bracket.group(1) if bracket else "", normal[len(head):] if normal.startswith(head) else "")
    return [said for said in (s.strip(" :：，,。.") for s in found) if said]


_ASKING_IN_BRACKETS = re.compile(r"[（(][^（）()]*(?:论述|谈谈|简述|试述|如何|为什么|什么|[？?])[^（）()]*[）)]")


def without_remarks(heading: str) -> str:
    """A heading without what is said after its name: 一、多选题 每题3分, 二、判断题 共5题 每题1分 (after spaces),
    一、单选题：每题2分, 二、判断题：正确的打√，错误的打× (after a colon), 二、多选题【每题3分】, 三、单项选择题：（…）,
    一、单选题。 (a full stop). They had made such a heading a title, its questions left without a type, or
    their lines refused (outside rounds). What follows the name may be at most 40 characters, and no question."""
    heading = re.sub(r"\s*[。.]$", "", heading)
    heading = re.sub(r"[:：]\s*(?=[（(][^（）()]*[）)]$)", "", heading)
    for cut in re.finditer(r"\s+|\s*[:：，,。]\s*|(?=[【\[〔])|(?<=[）)])", heading):
        head, rest = heading[:cut.start()].rstrip(), heading[cut.end():]
        if head and rest and (len(rest) <= 40 and _REMARK_WORDS.search(rest) and not _NOT_A_REMARK.search(rest) or
                              len(rest) <= 120 and instructions_only(rest)) and _typed(head):
            # (三、判断题：判断正误，并将结果填入括号内。, 五、简答题：不少于200字: any instructions, an outside round:
            # the heading had been a title, every question below it refused)
            return head
    return heading


# what a heading's remark says (每题2分, 共5题, 请解释下列名词, 正确的打√, 多选、少选均不得分), and what it never
# holds: a blank or a question (第1题 单选题 我国的根本法是（ ）。 is a question with its type before it)
_REMARK_WORDS = re.compile(r"每|共\s*\d|\d\s*分|分值|答案|正确|错误|打\s*[√×✓✗]|不得分|只有|唯一|以上|单选|多选|少选|对错|"
                           r"(?:下列|以下)(?:各题|各小题|名词|概念|问题)")
# (二、论述题（20分） 请结合本单位工作实际，论述… is the section's question: never a remark to drop)
_NOT_A_REMARK = re.compile(r"[（(]\s*[)）]|_{2,}|[？?]\s*$|论述|谈谈|简述|结合|如何|为什么|什么|试述|分析")


def _typed(heading: str) -> bool:
    """A heading naming a type, or 选择题 (a choice section whose answers tell single or multiple)."""
    match = _HEADING.match(heading)
    return match is not None and parse_type(match.group(1) or match.group(2)) is not None or \
        CHOICE_HEADING.fullmatch(heading) is not None


# a section's remark in the cell beside its heading: 每题2分, （共10题，每题2分）, 20分, 共2题
SECTION_REMARK = re.compile(r"(?=.*(?:\d|每|共|本))[（(]?[^。？?！!：:]{0,20}[分题][^。？?！!：:]{0,8}[)）]?")


_NUMBERED_TYPE = re.compile(rf"\s*(?:\d{{1,4}}|[A-HＡ-Ｈ])\s*[.、．]\s*[\[［【]?({TYPE_ALONE})[\]］】]?\s*([（(][^（）()]{{0,40}}[)）])?\s*[:：]?\s*")


# 一、选择题 (after as_section): a section of choice questions that does not say single or multiple
CHOICE_HEADING = re.compile(rf"\s*[{NUMERAL}]{{1,3}}\s*[、.．]\s*选择题?\s*([（(][^（）()]{{0,40}}[)）])?\s*[:：]?\s*")


def as_section(label: str) -> str:
    """A table's section row (a field table's label, a header table's row alone) as the section heading
    paragraphs read it as: 1、单选题, A、单选题 and Ⅰ、单选题 as 一、单选题, 第一章 单选题 (a chapter numbering the
    sections) as 一、单选题, 一、单选题 每题2分 without its remark; other labels as they are."""
    typed = _NUMBERED_TYPE.fullmatch(label)
    if typed is not None:   # (11、单选题（2分）: a question's own row, as exam systems head each: its type all the same)
        return f"一、{typed.group(1)}{typed.group(2) or ''}"
    head, _, tail = label.strip().rpartition(" ")
    if head.strip() and SECTION_REMARK.fullmatch(tail):   # 二、多选题 每题3分: the heading, its remark after a space
        label = head.strip()
    chapter = re.fullmatch(rf"\s*第\s*([{NUMERAL}]{{1,3}}|\d{{1,2}})\s*(?:章|节|部分)\s*[、.．:：]?\s*(\S.{{0,30}})", label)
    if chapter is not None:
        return f"一、{chapter.group(2)}"
    return as_usual_marks(label)


# where a stem ends and its options may follow on the same line: a blank, a bracket, a sentence's end
STEM_END = re.compile(r"(?:[。？?：:）)_]|[（(][\s\u3000]*[）)])\s*[。.]?\s*$")
OPTION_A = re.compile(r"(?<=[\s。？?：:）)_])[AＡ]\s*[.．、:：)）]")


# an answer or explanation label inside a stem's or an option's line, after its text: 1. …（ ）。答案：A,
# D. 军队 【答案】A, …（ √ ） 解析：…, D. 检察机关（答案：A）, D. 债权 正确答案A: the line's own text ends there
# (答 last: 答： after the stem's own sentence, 1. 什么是法治？ 答：…, as 答案： is; it was kept in the stem)
_LABEL_WORDS = r"(?:正确答案|正确选项|参考答案|标准答案|答案解析|试题解析|答案|解析|理由|详解|答)"
LABEL_INSIDE = re.compile(rf"(?<=[\s。？?！!）)\]】])(?:【{_LABEL_WORDS}】|{_LABEL_WORDS}\s*[:：])|(?<=[\u4e00-\u9fff])【{_LABEL_WORDS}】|"
                           rf"[（(]\s*(?:正确答案|参考答案|标准答案|答案)\s*[:：]?\s*(?P<bracketed>[^（）()]{{1,40}}?)\s*[）)]"
                           r"\s*[。.]?\s*$|(?<=\s)正确答案\s*(?P<bare>[A-HＡ-Ｈ]{1,8}|[√×对错])\s*$|"
                           # 什么是法治？（答：法治是…） / 【答：…】 / 【答案：…】: a short answer's own answer, bracketed
                           r"[（(【\[]\s*答案?\s*[:：]\s*(?P<said>[^（）()【】\[\]]{1,300}?)\s*[）)】\]]\s*[。.]?\s*$")


# the labels of what a bank gives about a question besides its text (its difficulty, its category)
META_WORDS = r"(难度|难易程度|难易度|知识点|所属知识点|分值|分数)"   # (考点：… is often a sentence: refused, see _LABEL)
META_INSIDE = re.compile(rf"(?<=\s)(?:[【\[〔]{META_WORDS}[】\]〕]|{META_WORDS}\s*[:：])|(?<=\S)[【\[〔]{META_WORDS}[】\]〕]")


# a stem that asks about a table standing above it (上表, 表中, 表1, 前表, 以上表格; not 以下表述, 发表, 代表3名)
# a stem that asks about a table, said so plainly (下表, 上表, 如下表, 表中数据, 见表, 表1): in a file that holds
# no table of data (a text file, a sheet, a Word document whose tables hold its questions) the table was lost
# before Xuefa saw the file. A pointing word before 表 (根据下表, 从表格中, 见表1), never a word that ends in 表
# (申报表中, 会计报表, 征求意见表, 地表, 庭上表露): outside rounds found both kinds read wrong
# (下列表述, 表决, 表示, 上表演, 表露; 表弟, 表嫂, 表姑 …; 表见代理, 表意人, 表情: other words, outside rounds)
NOT_TABLE_AFTER = r"(?![述决达示明彰现态扬皮面层演露白带率弟妹哥姐兄叔舅亲嫂姑姨侄见意情式型]|格式)"
# a word pointing at a table right before 表 (根据下表, 结合表1, 分析表中数据, 已知下表); not 查 (调查表中) nor 见 (意见表)
_POINTS = "据如从在由依照按对读看与及或合考察析知"
_POINTED = rf"(?:(?<=[{_POINTS}、，,：:（(\s])(?<!数据)(?<!核对)(?<!对照)|(?<![\u4e00-\u9fff]))"   # (数据表中, 核对表中, 对照表中: other tables)
_TABLE_NUMBER = r"\s*[\d一二三四五六七八九十ⅠⅡⅢⅣⅤ]"


class _Needing:
    """A compiled pattern every match of which holds the character ``needed`` (表, 图): a stem without it is
    not searched. The patterns' many look-behinds are tried at every position of every stem (a 50,000-question
    bank read 10 % slower after rounds 25 to 28), and most stems hold neither character."""

    def __init__(self, pattern: re.Pattern[str], needed: str) -> None:
        self.compiled, self.needed, self.pattern = pattern, needed, pattern.pattern

    def search(self, text: str) -> re.Match[str] | None:
        return self.compiled.search(text) if self.needed in text else None

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        return self.compiled.finditer(text) if self.needed in text else iter(())


# 以上 and 以下 point only at a clause's start or after a word leading to them (根据以上, 对以下); after anything
# else they are "or more", "or less" (规模以上工业统计报表, 5万元以下: outside rounds)
# (80mg/100ml以上, 1万元（含）以上, “五万元”以上, 60dB以上: a unit or a bracket before them, a round after)
# (依照以上, 按照上面; 营业执照上面, 驾驶证照片以上: 照 ends other words, a round after)
_LEADS = r"(?:(?<![^\n，,。；;：:！!？?\s])|(?<=[据合述析依由对就在从如将把读的于见])|(?<=依照|按照|参照|对照))"
ASKS_ABOUT_A_TABLE = _Needing(re.compile(
    rf"(?:(?:如下|{_LEADS}以[下上]|下列|上述|[下上前左右][面方边]的?)(?:这张|这个|此|该)?(?:统计|数据)?表格?|"   # 下面这张表
    # (下列单位应报送统计报表, 下列事项应当在申请表中注明: a form the sentence names, a round after)
    rf"(?:如下|{_LEADS}以[下上]|下列|上述)(?!关于|有关)[^，。,；;、\s的应在报填提交送]{{1,8}}?(?<![代发外])表|(?:如下|以下|下面)所示的?表格?|"
    rf"{_POINTED}(?:[下上前左右]表格?|表(?:中|内|所列|所示)|表{_TABLE_NUMBER})|"   # 根据下表, 表1
    # 根据统计表, 从表格中 (，统计表中应当标明, 申请书、附表, 填写表格, 清单及表格: other tables, outside rounds)
    # (按表格要求, 对表格内容进行审核, 查看表格记录: a form named in a procedure, a round after that)
    r"(?:(?:根据|依据|(?<!数)据|从|由|(?<![例比诸正譬假])如|见|结合|观察|阅读|分析)(?:以下|下面|上面|下列|该|此|这张?)?|^)"
    r"(?:统计表|附表|表格)(?!填写|填报|要求|内容如实|的要求)|"   # (依据表格填写…, 结合表格填报说明: a form, a round after)
    r"(?<=[由从据])(?<!数据)表(?=[可中内所看知得，,])|附件[^，。,；;]{0,4}?表格?|所[附给列]的?表格|"   # 由表可知
    rf"(?:给出的|题中的?)表格?|{_POINTED}(?:这张|这个|本)表格?|"   # 根据给出的表格, 根据这张表, 本表所列
    rf"(?<![意遇看])见[下上附]?表|如表(?=所|中|{_TABLE_NUMBER})|[该此]表|附表{_TABLE_NUMBER}|读表)" + NOT_TABLE_AFTER), "表")
# a table written into the stem as text, beside the words that ask about it: two or more short lines of
# figures or columns (营业收入 100万元, or cells apart by tabs or |), no sentence (2023年3月，甲公司成立。) and no
# list's statement (（1）甲…)
_TABLE_TYPED = re.compile(r"^(?![ \t]*(?:[（(]\d{1,2}[)）]|\d{1,2}[.、．]|[①-⑳]))(?=[^\n]*(?:\d|\t|\||\s{2,}\S|"
                          r"\S\s+\S))"   # (执法单位 执法事项 处理结果: words in cells apart by single spaces)
                          r"[^\n，。；,;]{1,40}$", re.M)


def asks_about_a_table(stem: str, above_only: bool = False) -> str | None:
    """The words by which a stem asks about a table (ASKS_ABOUT_A_TABLE: 根据下表, 表中数据, 见表1 …), or None;
    ``above_only``: only words that may point up (not 下表, 如下表, 下列统计表)."""
    for asked in ASKS_ABOUT_A_TABLE.finditer(stem):
        if not above_only or not re.match(r"(?:如|以)?下|下[面方边列]", asked.group(0)):
            return asked.group(0)
    return None


# a stem that points at a figure (如图所示, 根据下图, 见图2, 上图中): in a file that holds no picture, lost on the
# way as a table is (如图书馆, 依图纸, 试图中止, 地图 are other words; 比如图表, 诸如图表, 查阅流程图, 说明书及附图
# name figures, they show none: an outside round)
# (数据图表, 依图施工, 读图能力, 勘察图例, 数据流程图: the pointing character ends another word, a round after)
# (统计分析图表, 符合图示要求, 参考图样: 析, 合, 考 end 分析, 符合, 参考; they point only at 下图, 上图, 图1)
_POINTS_AT = r"(?:(?<![例比诸正譬假])如|(?<![数证单票收字])据|(?<![勘督检视侦])察|(?<!查)阅|(?<!查)看|[见依由从读]|[合考析](?=[上下左右]图|图\s*\d))"
ASKS_ABOUT_A_FIGURE = _Needing(re.compile(rf"(?:{_POINTS_AT}[上下左右]?图|[上下左右]图(?:所示|中|为|是|的)|"
                                 r"(?:该|此|本)图(?:表明|所示|中|显示)|(?<![\u4e00-\u9fff])图\s*\d|图\s*\d+\s*所示|"
                                 r"图中所示|[下上]面的图|"
                                 # 根据所附图片, 观察下面的图片, 下列图示标志中, 根据柱状图, 根据该统计图, 见附图
                                 rf"(?:所给|所附|给出的|题中的?|下面的?|上面的?|下列|{_LEADS}以下|如下|(?<!应)该|本|此|这张?|(?:见|根据|如|结合|参照|按照|观察)附)(?:统计|柱状|流程|"
                                 r"示意|结构)?(?:图片|图表|图示|图)|(?:根据|(?<![例比诸正譬假])如|见|观察|结合)图片|图示(?:情形|标志)|"
                                 rf"(?:{_POINTS_AT}|按照|参照)(?:[下上]面的?)?(?:统计|流程|示意|结构|[柱饼条折]状)图)"
                                 # (行政执法流程图, 现场示意图, 组织结构图 name a paper, not a figure to see: an outside
                                 # round; only a word pointing at one asks)
                                 r"(?![书案谋纸腾章形像景标片省方便利斑审集层件式能例施则])"), "图")   # (图斑, 图审, 图集: 自然资源 and 住建
                                 # words; 读图能力, 图例, 依图施工: a round after)


# A stem that asks about material (a case's facts, a table's figures) which a stem with nothing but its question
# has lost (rounds 20 to 23: stored with none). Three kinds of asking words:
# - pointing up (上述材料, 以上案例, 本案中, 该案中, 上述规定, 根据上文, 根据题意): the material stands above the
#   asking words, so only facts before them count;
# - pointing down (下列数据, 以下资料, 所给材料): facts before or after them count; and when the question
#   chooses among its options (…的是（ ）, 哪一项), the options may be what 下列 points at (根据下列事实，可以认定…的是),
#   so it is said in a note, not refused;
# - a noun alone at the stem's start (根据材料，…, 根据案情回答, 据此): as pointing down, never softened. (根据案情需要,
#   据资料显示, 根据材料的来源 go on as a sentence: they ask about nothing lost.)
_NUMBERED_NOUN = r"[一二三四五六七八九十\d]{0,2}"
_MATERIAL_NOUN = r"(?:相关|有关)?(?:统计)?(?:材料|资料|数据|案例|案情|事实|信息)"
# (以上 points up only at a clause's start or after a word leading to it (根据以上, 综合以上, 对以上, 甲的以上);
# after anything else it is "or more": 三十万元以上, 两起以上, 半数以上, 5%以上, 一周以上, 副处以上, 二审以上,
# and 县级及以上: a count word list fell behind in every round)
# (标签上面的信息, 车辆前面的情况: a place, not the text above; 上列车前: 上 and 列车, a round after)
_ABOVE = rf"(?:上述|{_LEADS}以上|{_LEADS}上面|前述|上列(?!车))"
# 本案, 该案, 此案 (not in 基本案件, 根本案由, 样本案例, 应该案, 因此案件, 如此案情: other words, an outside round)
_THIS_CASE = r"(?:(?<![基根样副剧文范脚])本案|(?<!应)该案|(?<![因如从彼据由])此案)"
# (对于以上所列情形, 对上述当事人的行为, 针对上述问题, 前面提到的行为, 对于前文所述情况: words between the pointer
# and what it points at, an outside round)
# (根据上述原则, 依照上述条款, 按照上述程序, 对于上述内容, 依据上述证据, 根据上述第1062条: a round after)
_POINTED_AT = (rf"(?:{_MATERIAL_NOUN}|案件|情况|情形|规定|约定|行为|做法|所述|问题|当事人|原则|条款|程序|内容|证据|事项|"
               rf"措施|条件|标准|条文|第[\d一二三四五六七八九十百零]{{1,6}}条){_NUMBERED_NOUN}")
_ASKS_UP = re.compile(rf"(?:根据|依据|结合|阅读|按照|依照|据|依|分析|由|综合)?{_ABOVE}"
                      r"(?:[几两二三四五六七八九十\d]{1,2}[种项个条点类])?(?:所列|所述|这些|各种|提到|列举)?的?"
                      rf"{_POINTED_AT}|综上所述|"
                      rf"(?:上文|前文|{_LEADS}前面)(?:所述|提到|所列)?的?{_POINTED_AT}|"
                      # (以上一年度为例, 以上级行政机关的名义, 以上访为名, 以上市公司名义, 以上海市为例: 以 and a
                      # word starting with 上; at a stem's start 以上, 上面, 上列 point up only when a comma, 的, a
                      # count, 都, 均, 这, 所 follows: no list of such words would ever be whole, outside rounds)
                      r"^\s*(?:在\s*)?(?:上述|前述)(?!各项|说法|选项)|"   # 上述合同的效力为（ ）: what it names stood above
                      r"^\s*(?:在\s*)?(?:以上|上面|上列)(?=[，,：:的都均皆这所]|[几两二三四五六七八九十\d])(?!各项|说法|选项)|"
                      # (该规定, 此规定, 这一规定 at a stem's start: the rule it means stood above)
                      r"^\s*(?:该|此|这一?)(?:规定|条款|条例|法条)|"
                      rf"{_THIS_CASE}(?:件)?(?:中|的?事实|的?情况)|(?:根据|依据|结合|按照|依照|据|分析|关于|对于|对|就){_THIS_CASE}|^\s*(?:在\s*)?{_THIS_CASE}(?:例|件)?(?=的|中|[，,])|"
                      r"(?:根据|依据|结合|据)(?:上文|题意|题干)|"
                      # (依照前款规定, 根据前条, 题述情形中, 题中所述: a paragraph or case the stem does not give, a
                      # round after: they point up, as 上述 does)
                      r"(?:根据|依据|依照|按照)(?:前款|前条)|^\s*(?:题述|题中所述|题干所述)")
_ASKS_DOWN = re.compile(r"(?:根据|依据|结合|阅读|按照|依照|据|分析|由)(?:下列|以下|下面|下述|如下|所给|给定|所附|题中)的?"
                        rf"{_MATERIAL_NOUN}{_NUMBERED_NOUN}")
_ASKS_BARE = re.compile(r"^\s*请?(?:(?:根据|依据|阅读|据)(?:题干)?(?:材料|资料|案例|案情|信息)|结合(?:题干)?(?:材料|资料|案例|信息))"
                        rf"{_NUMBERED_NOUN}(?=\s*(?:[，,：:。]|回答|判断|可知|所述|中|$))|^\s*(?:据此|对此|就此)(?=[，,])")
# (every way of asking starts at a stem's start or with one of these characters: the engine tries the many
# alternatives only where one stands, not at every position of every stem)
_ASKING_STARTS = "根依结阅按据分由综上以前本该此关对就这题"
ASKS_ABOUT_MATERIAL = re.compile(f"(?:^|(?=[{_ASKING_STARTS}]))(?:{_ASKS_UP.pattern}|{_ASKS_DOWN.pattern}|"
                                 f"{_ASKS_BARE.pattern})")
# a clause of the question itself, not of facts: 回答问题, 下列说法正确的是, 计算, 判断, 请问 … (as words: 计算机, 并购,
# 问询, 试用期 start facts, an outside round)
_QUESTION_CLAUSE = re.compile(r"^(?:下列|以下|下面|如下|上述|和|及|以及|判断|回答|计算(?!机)|分析(?!报告|仪)|请|问[:：题]?$|问[:：]|正确|"
                              r"错误|哪|说法|选出|指出|其中(?:正确|错误|属于|不属于|说法)|并(?:回答|说明|判断|计算|分析|指出)|"
                              r"试(?:述|分析|判断|回答|说明|计算|论)|若|如果|假如|\d{1,3}\s*[-－~～至]\s*\d{1,3}\s*题)")
# a question that chooses among its options: what 下列 points at may be them
_CHOOSES = re.compile(r"的(?:是|有)\s*[（(]|哪(?:一|些|个|项|种)|其中")
# facts and pieces of information may be the options whatever the blank's shape (根据下列事实，…的情形是（ ）, …的是：
# （ ）, …的是____, …人员为（ ）: an outside round); figures, data and cases never are (…败诉率为（ ）)
_CHOOSES_FACTS = re.compile(r"[是为有]\s*[:：]?\s*(?:[（(][\s\u3000_＿]*[)）]|[_＿]{2,}|[？?])\s*[。.]?\s*$")


def _facts_before(before: str) -> bool:
    """Facts stand before the asking words: a clause that does not ask, of four characters, or of three ending a
    sentence or naming a party (甲打伤乙，甲的上述行为…; 甲乙互殴，本案中…; 甲杀乙，本案中…); a hypothesis is
    facts too (若甲殴打他人，上述行为…); 下列情形中，属于 (上述情况的是) is the question's own."""
    before = re.sub(r"[\s请]", "", before)
    for clause in re.finditer(r"[^，,；;：:。？?！!\n]+([。；;！!？?])?", before):
        if clause.end() == len(before) and not clause.group(1):
            continue   # (甲、乙在本案中…, 甲的上述行为: the asking words' own clause, its subject)
        text = re.sub(r"^(?:若|如果|假如|假设|倘若)(?=.{2})", "", clause.group(0).rstrip("。；;！!？?"))
        if not _QUESTION_CLAUSE.match(text) and (len(text) >= 4 or len(text) >= 3 and (
                clause.group(1) or re.search(r"[甲乙丙丁戊某]", text))):
            return True
    return False


def _facts_after(after: str) -> bool:
    """A clause after the asking words that is neither the question's last one nor one that asks (回答问题：,
    下列说法…, 计算…, 若…; 关于… before 下列…): 根据下列案例，张某于2023年…，张某的行为构成（ ）。"""
    after = re.sub(r"[（(][\s\u3000_＿]*[)）]|[_＿]{2,}", "", after)   # the blanks
    after = re.sub(r"\n(?=[，,。；;)）]|[^\n]{0,4}(?:\n|$))", "", after)   # a line a copy wrapped: one clause
    clauses = [c.strip() for c in re.split(r"[，,；;：:。？?！!\n]", after) if c.strip()]
    return any(len(c) >= 4 and not _QUESTION_CLAUSE.match(c) and not (
        c.startswith("关于") and _QUESTION_CLAUSE.match(clauses[k + 1])) for k, c in enumerate(clauses[:-1]))


def asks_about_missing_material(stem: str, has_options: bool) -> tuple[str, bool] | None:
    """(the asking words, whether the material is surely missing) for a stem that asks about material it does not
    hold, or None. Not sure: pointing down in a question that chooses among its options (they may be what it
    points at)."""
    for asked in ASKS_ABOUT_MATERIAL.finditer(stem):
        if _facts_before(stem[:asked.start()]):
            return None
        up = _ASKS_UP.fullmatch(asked.group(0)) is not None
        if up:   # (the material is above the asking words: what follows them is the question)
            return asked.group(0), True
        if _facts_after(stem[asked.end():]):
            return None
        down = _ASKS_DOWN.fullmatch(asked.group(0)) is not None
        chooses = _CHOOSES.search(stem[asked.end():]) is not None or (
            re.search(r"事实|信息", asked.group(0)) is not None and _CHOOSES_FACTS.search(stem[asked.end():]) is not None)
        return asked.group(0), not (down and has_options and chooses)
    return None


def refuse_what_it_lacks(report: ImportReport, tables: bool = True, figures: bool = True) -> None:
    """For a file that holds no table of data (``tables``) or no picture (``figures``): each question whose stem
    asks about one (ASKS_ABOUT_A_TABLE with no table typed into the stem beside the asking words;
    ASKS_ABOUT_A_FIGURE), or about material its stem does not hold (asks_about_missing_material, with
    ``tables``), and shows no picture (a table's screenshot, the figure) is refused in words and left out. It
    had been stored, and its learners asked about a table, a figure or a case nobody could see (issue 16: lost
    in an earlier conversion, or never copied). A question pointing down at material while choosing among its
    options is kept, with a note: its options may be what it points at."""
    asking: list[int] = []
    doubtful: list[tuple[int, str]] = []   # asking about material below, which may be its options
    for k, q in enumerate(report.questions):
        if q.pictures:
            continue
        table = ASKS_ABOUT_A_TABLE.search(q.stem) if tables and _asks_about_a_missing_table(q.stem) else None
        if table is not None and re.match(r"(?:下列|以下)[^，。,；;、\s的]{1,8}表", table.group(0)) and \
                sum("表" in option.text for option in q.options) >= 2:   # 下列纳税申报表中，属于…的是: its options name forms
            doubtful.append((k, table.group(0)))
            continue
        figure = ASKS_ABOUT_A_FIGURE.search(q.stem) if figures and table is None else None
        missing = asks_about_missing_material(q.stem, bool(q.options)) if tables and table is None and \
            figure is None else None
        if missing is not None and not missing[1]:   # 根据下列事实，可以认定…的是: its options may be the facts
            doubtful.append((k, missing[0]))
            missing = None
        material = missing[0] if missing is not None else None
        if table is None and figure is None and material is None:
            continue
        asking.append(k)
        report.problems.append(RowProblem(report.file, report.row_of(k), None, Words(
            "the question asks about material ({said}) that its stem does not hold: put the facts or figures in "
            "the stem before the question, or above the questions as 材料：… (阅读下列材料，回答1-2题), or leave "
            "the question out", said=material) if material is not None else Words(
            "the question asks about a table ({said}) that this file does not hold: a question cannot keep a table; "
            "write what it needs from the table into its stem as text, or leave the question out",
            said=table.group(0)) if table is not None else Words(
            "the question points at a figure ({said}) that this file does not hold: put the picture with the question "
            "(a Word .docx keeps it), write what it shows into the stem, or leave the question out",
            said=figure.group(0) if figure is not None else ""), report.sheet_of(k), report.unit))
    for k, said in doubtful:
        noted = RowProblem(report.file, report.row_of(k), None, Words(
            "the question asks about material below ({said}) and chooses among its options: if the options are "
            "what it points at, it is whole; if facts or figures were to stand below it, they were lost: check it "
            "in the preview", said=said), report.sheet_of(k), report.unit)
        if noted not in report.notes:   # (a text file is checked twice: said once)
            report.notes.append(noted)
    if asking:
        left_out = set(asking)
        _counted_anew(report, [report.sheet_of(k) for k in asking])
        kept = [k for k in range(len(report.questions)) if k not in left_out]
        report.questions[:] = [report.questions[k] for k in kept]
        report.rows[:] = [report.rows[k] for k in kept if k < len(report.rows)]
        report.sheets[:] = [report.sheets[k] for k in kept if k < len(report.sheets)]


def _counted_anew(report: ImportReport, sheets: list[str | None]) -> None:
    """A sheet's "read: N question(s)" note less the questions of that sheet left out after it was made."""
    read = [n for n, note in enumerate(report.notes)
            if isinstance(note.message, Words) and note.message.template == "read: {count} question(s)"]
    for n in read:
        note, message = report.notes[n], report.notes[n].message
        assert isinstance(message, Words)
        # (a workbook of one sheet keeps no sheet per question: its one note counts them all; a Word table's
        # note counts only its own)
        alone = len(read) == 1 and not any(report.sheets) and not isinstance(note.sheet, Words)
        gone = sheets.count(note.sheet) + (sheets.count(None) if alone else 0)
        if gone:
            report.notes[n] = dataclasses.replace(note, message=Words(
                "read: {count} question(s)", count=int(str(message.params["count"])) - gone))


# 名词解释 / 1. 法治：依法治理国家的原则。: a term (a few words, its gloss in brackets at most) and its definition
# (《民法典》的绿色原则, “放管服”改革, 公开、公平、公正原则 and terms of up to 24 characters too)
_TERM_DEFINED = re.compile(r"([^\s，。？?！!；;：:,（）()—]{1,24}(?:[（(][^（）()]{1,30}[)）])?)\s*(?:[：:]|——)\s*(\S.{3,}?)\s*",
                           re.S)
# an instruction where a term would stand (请解释下列名词：…, 简要解释：…, 根据《…》：…), but not a term that
# starts so (司法解释, 说明理由制度, 试用期, 简易程序 are terms: an outside round)
_NOT_A_TERM = re.compile(r"^(?:请|根据|依据|谈谈)|(?:^(?:试|简要|简单)?(?:解释|说明|阐述|论述|分析|简述|概述|回答|述)"
                         r"(?:下列|以下|如下)?(?:名词|概念|术语)?$)")
# what a definition never is: a request or a question (…：请谈谈…, …：写出其含义。, …：什么是人权, …：其含义是什么)
# (…：列举其主要种类, …：比较其与…的区别, …：有何特征, …：怎样理解, …。请任选两项解释。 too: an outside round)
# (and never an answer's blank: 行政许可：______, 居住权：（ ）)
_NOT_A_DEFINITION = re.compile(r"^[\s\u3000_＿]*$|^[（(][\s\u3000_＿]*[)）]$|"
                               r"^(?:请|试|简述|简答|简要|谈|说明|解释|阐述|阐明|论述|分析|结合|举|回答|写出|概述|指出|其|"
                               r"含义|列举|比较|要求|并|有何|有哪|包括哪|与[^，。,]{0,16}?(?:区别|联系|关系|异同|比较)|在[^，。,]{0,16}?(?:体现|运用|适用)|"
                               r"[（(]\s*请)|什么|哪|怎样|如何|相比|[？?]|"
                               r"(?:^|[。；;])\s*请[^。]*[。！!]?\s*$|"
                               # 内涵与基本要求, 概念和特征, 基本内容, 定义及作用: what to write about it (round 21)
                               # (意义和功能, 成立要件, 构成要件及法律后果, 历史沿革, 三个子原则: a round after)
                               r"^(?:其|的)?(?:(?:[一二三四五六七八九十两几]个)?(?:基本|主要|法律|核心|成立|构成|适用|历史|子)?"
                               r"(?:内涵|概念|特征|特点|含义|定义|内容|作用|意义|功能|要求|条件|要件|后果|沿革|发展|性质|地位|价值|目的|"
                               r"种类|分类|类型|范围|方式|形式|原则|程序|效力|区别|联系|要点)(?:及其|与|和|及|以及|、)?){1,4}"
                               r"[。.]?\s*$")


# 答案：略, （略）, 见教材: a short answer's reference answer left out (stored as none, and said)
# (参见教材, 此题略。, 见教材第35页, 参考答案略（言之成理即可）: an outside round)
# (参见教材有关内容, 详见教材第三章, 见课本第20页, （答案详见教材）, 见教材P35, 参见《行政法学》教材第三章, 答案要点见
# 讲义, 要点略: rounds after; by its shape, a pointer at a book and a place in it, never a list of endings)
_ANSWER_OMITTED = re.compile(r"(?:\d{1,3}\s*[.．、]\s*)?[（(]?\s*(?:此题|本题)?\s*(?:答案要点|参考答案|答案|要点)?\s*[:：]?\s*"
                             r"(?:略|(?:参见|详见|参考|请见|见)\s*(?:《[^》\n]{1,12}》)?\s*(?:教材|课本|讲义)[^。.，,；;！!？?\n]{0,12})"
                             r"\s*[)）]?\s*(?:[（(][^（）()]{1,20}[)）])?\s*[。.]?")


def answer_omitted(answer: str) -> bool:
    """A short answer's reference answer that says it was left out (略, （略）, 见教材)."""
    return bool(_ANSWER_OMITTED.fullmatch(answer.strip()))


def omitted_note(lines: list[int]) -> Words:
    """The note for short answers whose reference answer was 略: stored without one."""
    return Words("{count} short answer(s) whose reference answer is 略 (or 见教材, or empty), at {shown}: stored without a "
                 "reference answer, so the marker grades them without one; give the answer to keep it",
                 count=len(lines), shown=numbers_listed(lines))


# what a definition is not by its shape: a few words with no full stop and none of the words a sentence that
# defines holds (中止与中断, 三要素, 受案范围, 设立方式: what to write about the term; an outside round found the
# list of such words would never be whole)
_ASPECT_SHAPE = re.compile(r"[^。.，,；;：:是指的为由对以经即而或]{1,10}|"   # 设定的原则, 成立的条件和限度, 实施的主体和程序
                           r"[^。.，,；;：:是指的为由对以经即而或]{1,4}的[^。.，,；;：:是指的为由对以经即而或和与及、]{1,4}"
                           r"(?:(?:和|与|及|以及|、)[^。.，,；;：:是指的为由对以经即而或和与及、]{1,4})?")


def term_and_definition(stem: str) -> tuple[str, str] | None:
    """Under 名词解释, a stem written ``term：definition``: (term, definition); None when it is not one (a
    question or an instruction on either side of the colon, what to write about the term, or a term of more
    than a few words)."""
    found = _TERM_DEFINED.fullmatch(stem.strip())
    if found is None or _NOT_A_TERM.search(found.group(1)) or _NOT_A_DEFINITION.search(found.group(2)) or \
            _ASPECT_SHAPE.fullmatch(found.group(2).strip()):
        return None
    return found.group(1), found.group(2)


def _asks_about_a_missing_table(stem: str) -> bool:
    """A stem asking about a table with no table typed into it (above the asking words for 上表, below for 下表:
    the lines of the stem but the asking one)."""
    asked = ASKS_ABOUT_A_TABLE.search(stem)
    if asked is None:
        return False
    start, end = stem.rfind("\n", 0, asked.start()) + 1, stem.find("\n", asked.end())
    others = stem[:start] + ("\n" + stem[end + 1:] if end >= 0 else "")
    return len(_TABLE_TYPED.findall(others)) < 2



def numbers_listed(numbers: list[int]) -> str:
    """Lines or paragraphs for a note, each once, ten at most."""
    once = sorted(set(numbers))
    return ", ".join(map(str, once[:10])) + (" …" if len(once) > 10 else "")


def line_starts(text: str) -> list[tuple[int, str]]:
    """(offset, line) of each line of ``text``."""
    out, at = [], 0
    for line in text.split("\n"):
        out.append((at, line))
        at += len(line) + 1
    return out


@dataclass(frozen=True)
class KeyPart:
    """A part of an answer key's line: its label (一、 （一） 第一部分 单项选择题（每题1分）：, each optional) and
    the entries after it. section: the numeral's section, 0 when none is written."""
    labelled: bool
    section: int
    qtype: QuestionType | None
    rest: str


_KEY_TYPE_NAMES = "|".join(sorted((re.escape(name) for names in TYPE_NAMES.values() for name in names
                                   if not name.isascii()), key=len, reverse=True))
# a label inside an answer key: a section's numeral, its type's name, or both; a note in brackets and a colon
_FILLED = re.compile(r"\S")
_KEY_LABEL = re.compile(rf"(?:([{NUMERAL}]+)\s*[、.．]|[（(]([{NUMERAL}]+)[)）]|第([{NUMERAL}]+)(?:部分|大题))\s*"
                        rf"(?:({_KEY_TYPE_NAMES})\s*(?:[（(][^（）()]*[）)])?)?\s*[:：]?\s*"
                        rf"|({_KEY_TYPE_NAMES})\s*(?:[（(][^（）()]*[）)])?\s*[:：]?\s*")


def key_parts(text: str) -> list[KeyPart]:
    """A line of an answer key cut at its labels: "一、单项选择题：1.A 2.B 二、判断题：1.√" is two parts, "1.A 2.B"
    one unlabelled part. A label stands at the start or after a space, never inside an answer."""
    parts: list[KeyPart] = []
    filled = _FILLED.search(text)   # (found once: a slice per label took seconds on a long line of labels)
    labels = [m for m in _KEY_LABEL.finditer(text) if m.group(0).strip() and (
        filled is None or m.start() <= filled.start() or text[m.start() - 1].isspace() and (   # 判断： inside
            not m.group(5) or re.search("[:：]", m.group(0))))]
    if not labels or labels[0].start() > 0 and text[:labels[0].start()].strip():
        parts.append(KeyPart(False, 0, None, text[:labels[0].start()] if labels else text))
    for at, m in enumerate(labels):
        end = labels[at + 1].start() if at + 1 < len(labels) else len(text)
        numeral = m.group(1) or m.group(2) or m.group(3)
        name = m.group(4) or m.group(5)
        parts.append(KeyPart(True, chinese_number(numeral) if numeral else 0,
                              parse_type(name) if name else None, text[m.end():end]))
    return parts


# an explanation's label starting a line (解析：…, 【解析】…, 理由：…), its text after it
EXPLAIN = re.compile(r"^\s*(?:[【\[〔]?(?:答案解析|试题解析|解析)[】\]〕]?\s*[:：]?|"
                     r"[【\[〔]?(?:理由|详解|解题思路|答题思路|参考依据|解题分析|试题分析|答案分析)[】\]〕]?\s*[:：])\s*(.*)$")
# (分析： alone is not one: under a case it asks the question, 分析：张某应承担哪些法律责任？)
