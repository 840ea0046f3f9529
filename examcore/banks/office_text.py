"""Word (.docx) and plain-text (.txt) banks in the layouts that circulate in Chinese offices.

    一、单项选择题（每题2分）
    1. 我国的根本法是（ ）。
    A. 宪法    B. 刑法
    C、民法典  Ｄ．行政法
    答案：A
    解析：宪法是国家的根本法。
    （2）国家的一切权力属于（ A ）。      <- the answer may stand in the brackets
    二、判断题
    1、宪法是国家的根本法。（ √ ）
    参考答案                               <- or an answer key at the end, by section and number
    一、1.A 2.B
    二、1.√

A section heading (一、单项选择题 …, or a line that is only a type name) sets the type of the questions
under it; stems are numbered ``1.`` ``1、`` ``（1）``; options stand on their own lines or several on one
line (``A.`` ``A、`` ``Ａ．``); ``答案：`` and ``解析：`` lines, or an answer key at the end; blanks as ``（ ）``
and ``____``. A question whose paragraphs hold an image is refused by name (banks cannot keep images yet).
Every problem names the file, the line (paragraph in a .docx) and what was expected.
"""
from __future__ import annotations

import logging
import posixpath
import re
import unicodedata
import zipfile
import zlib
import xml.etree.ElementTree as ET
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from examcore.banks.common import (BLANK_PATTERN, MAX_ITEMS, MAX_PART_BYTES, MAX_UNPACKED_BYTES, OPTION_KEYS,
                                   TYPE_NAMES, FileRefused, ImportReport, QuestionSink, RowProblem, build_question,
                                   parse_choice_answer, parse_difficulty, parse_type, place)
from examcore.banks.excel_bank import _split_options
from examcore.banks.text_files import raised
from examcore.banks.word_numbering import WordNumbering
from examcore.cli_text import Words
from examcore.questions import Picture, Question, QuestionType

log = logging.getLogger(__name__)

_NUMERAL = "一二三四五六七八九十"
_HEADING = re.compile(rf"^\s*(?:[{_NUMERAL}]+\s*[、.．]|[（(][{_NUMERAL}]+[)）]|第[{_NUMERAL}\d]+部分)?\s*"
                      r"(?:[【\[〔]\s*(.+?)\s*[】\]〕]|(.+?))\s*(?:[（(][^（）()]*[）)])?\s*[:：]?\s*$")   # 【名词解释】
# kinds whose question is one statement: a numbered paragraph after one starts the next (no list inside it)
_ONE_STATEMENT = (QuestionType.TRUE_FALSE, QuestionType.FILL_IN)
# a number and its mark, and a stray second mark typed right after it ("2.、", "3．．", "（4）、"): not the
# stem's (one after a space is: "1. 、" is how a stem that starts with 、 is written)
_NUMBERED = re.compile(r"^\s*(?:(\d{1,5})\s*[.、．:：][、.．，,]?|[（(](\d{1,5})[)）][、.．，,]?)\s*(.*)$")
_OPTION = re.compile(r"^\s*[A-HＡ-Ｈ]\s*[.．、:：)）]")
# 答案：A, 【答案】A, 〔答案〕A, 答 案：A, and 答：… (a short answer's reference answer; 答 needs its colon)
# the words an answer's label is made of: 参考答案, 参 考 答 案, 标准答案, 试题答案, 答案, with 及评分标准, 要点, 部分 …
_ANSWER_WORDS = r"(?:正确答案|参\s?考\s?答\s?案|标准答案|试题答案|答\s?案)(?:部分|要点|[及与和](?:解析|评分标准|评分参考))?"
# a note in brackets after the label (（仅供参考）): words, never an answer's letter or mark
_LABEL_NOTE = r"[^（）()A-Za-zＡ-Ｚａ-ｚ√×✓✗对错正确误]{2,12}"
_ANSWER = re.compile(rf"^\s*(?:[【\[〔]?{_ANSWER_WORDS}(?!\s*解析)[】\]〕]?\s*(?:[（(]{_LABEL_NOTE}[）)])?\s*[:：]?|答\s*[:：])"
                     r"\s*(.+)$")   # (答案解析：… is an explanation)
_EXPLAIN = re.compile(r"^\s*[【\[〔]?(?:答案解析|试题解析|解析)[】\]〕]?\s*[:：]?\s*(.*)$")
# 考点： 法律依据： 【难度】： and a bracketed label without its colon (【考点】…, 〔分析〕…)
_LABEL = re.compile(r"^\s*(?:[【\[〔]?[\u4e00-\u9fff]{2,6}[】\]〕]?\s*[:：]|[【〔][\u4e00-\u9fff]{2,6}[】〕])")
_KEY_HEADING = re.compile(rf"^\s*(?:附\s*[:：]?\s*)?(?:[{_NUMERAL}]+\s*[、.．])?\s*(?:[【\[〔]?{_ANSWER_WORDS}[】\]〕]?\s*"
                          rf"(?:[（(]{_LABEL_NOTE}[）)])?\s*[:：]?|答\s*[:：])\s*$")
# an answer standing in the stem's brackets: 我国的根本法是（ A ）。 / 宪法是根本法。（ √ ）
_INLINE = re.compile(r"[（(]\s*([A-HＡ-Ｈ](?:\s*[、,，]?\s*[A-HＡ-Ｈ]){0,7}|√|×|✓|✔|✗|✘|✕|✖|╳|对|错|正确|错误)\s*[）)]|"
                     r"[【\[]\s*([A-HＡ-Ｈ](?:\s*[、,，]?\s*[A-HＡ-Ｈ]){0,7})\s*[】\]]")   # (and 【 A 】, [C])
# what is left ending a choice's or true/false stem after its answer was read that still looks like an answer
_ANSWERISH_END = re.compile(r"[（(［\[〔﹙【]\s*(?:答\s*[:：]\s*|选\s*)?(?:[A-HＡ-Ｈa-hａ-ｈ](?:\s*[、,，；;./／．]?\s*[A-HＡ-Ｈa-hａ-ｈ]){0,7}"
                            r"\s*[.．]?\s*(?:项|[\u4e00-\u9fff]{1,6})?|[√×✓✔✗✘✕✖╳☑✅vV]{1,2}|[对错是否](?:\s*[√×])?|正确|错误|"
                            r"[TFＴＦtf])\s*[。.]?\s*[）)］\]〕﹚】]\s*[。.？?]?\s*$")
# a true/false mark in the brackets that end a statement (its answer; one inside the sentence is its own text)
_MARK_ANY = re.compile(r"[（(]\s*(√|×|✓|✔|✗|✘|✕|✖|╳|对|错|正确|错误)\s*[）)]")
# an answer's letters written inside the blank's line (国家主席任期____C____年。)
_UNDERSCORED = re.compile(r"_{2,}\s*([A-HＡ-Ｈ](?:\s*[、,，]?\s*[A-HＡ-Ｈ]){0,7}|√|×)\s*_{2,}")
# a true/false statement's answer as an X, T or F in the brackets ending it (宪法是根本法。（ X ）, （ T ）), or a
# mark in square brackets there ([√], 【×】): only there, as f(x) or （X）市 elsewhere in a stem is its own text
_INLINE_X = re.compile(r"(?:[（(]\s*([XxＸｘTtＴｔFfＦｆ])\s*[）)]|[\[【]\s*([XxＸｘ√×✓✔✗✘✕✖╳]|对|错|正确|错误)\s*[\]】])"
                       r"\s*[。.]?\s*$|(?<=[。.！!？?])\s*([√×✓✔✗✘✕✖╳]|对|错|正确|错误)\s*$|"
                       r"(?<=\S)\s*([√×✓✔✗✘✕✖╳])\s*$")   # (…。  错 / …。√ / …错误√: ending the statement)
# an answer key's heading with the key on its own line: 参考答案：1.A 2.B 3.C
_KEY_OPENING = re.compile(rf"^\s*(?:附\s*[:：]?\s*)?(?:[{_NUMERAL}]+\s*[、.．])?\s*[【\[〔]?{_ANSWER_WORDS}[】\]〕]?"
                          rf"\s*(?:[（(]{_LABEL_NOTE}[）)])?\s*[:：]\s*(.+)$")
# 1.A 2.B, 5.AB, 5.A,B / 5.A、B / 5.A B (a multiple choice's letters apart), 3.√, 4.对
_KEY_ENTRY = re.compile(r"(\d{1,5})\s*[.、．:：)）\-－—–]?\s*([A-HＡ-Ｈa-h](?:[,，、 ]?[A-HＡ-Ｈa-h]){0,7}|√|×|✓|✔|✗|✘|✕|✖|╳|"
                        r"(?:对|错|正确|错误)(?![\u4e00-\u9fff]))")   # 对 alone, not 对行政处罚… (a written answer)
# "1. 18", "1、国务院": a numbered answer, not a number with a decimal point (3.14)
_NUMBERED_ANSWER = re.compile(r"^\s*(\d{1,5})\s*(?:[、．)）]|\.(?!\d))\s*\S")


@dataclass
class _Draft:
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
    bracketed: bool = False   # numbered （1） rather than 1.: a list in its explanation numbered the other way is a list
    listed: bool = False      # a numbered list inside a question, read as questions (_lists_inside): refused
    category: str | None = None    # 知识点：/考点：/分类： below it
    difficulty: int | None = None  # 难度：易 below it
    points: str | None = None      # 分值：2分 below it, as written
    answer_at: int | None = None   # the line of its 答案： line (a problem with the answer is said there)


def _chinese_number(text: str) -> int:
    """一 … 十九 as a number (section numerals); 0 when not one."""
    if text == "十":
        return 10
    tens, _, ones = text.rpartition("十")
    value = (_NUMERAL.index(tens) + 1 if tens else 1) * 10 if "十" in text else 0
    return value + (_NUMERAL.index(ones) + 1 if ones and ones in _NUMERAL[:9] else 0)


# any name of a question type: a heading's words are exactly one, so a line holding none is no heading,
# and most lines (options, answers, explanations) are told so without the heading pattern
_ANY_TYPE_NAME = re.compile("|".join(re.escape(name.casefold()) for names in TYPE_NAMES.values() for name in names))


MAX_LINES = 1_000_000   # lines or paragraphs of one file: 100,000 questions take about 600,000
TITLE_NOTES = 5         # lines above the first question said one by one; the rest are counted
# a page's number as a PDF or Word copy prints it: 第 1 页 共 2 页, 共2页 第1页, — 2 —, - 2 -, Page 2 of 5, 2 / 5,
# ·3·, P3
_PAGE_MARK = re.compile(r"第\s*\d{1,4}\s*页\s*[，,/]?\s*(?:共\s*\d{1,4}\s*页)?|共\s*\d{1,4}\s*页\s*[，,]?\s*第\s*\d{1,4}\s*页|"
                        r"[-—–－]{1,2}\s*\d{1,4}\s*[-—–－]{1,2}|\d{1,4}|(?i:page)\s*\d{1,4}(?:\s*(?i:of)\s*\d{1,4})?|"
                        r"\d{1,4}\s*[/／]\s*\d{1,4}|[·•‧・]\s*\d{1,4}\s*[·•‧・]|[Pp]\.?\s*\d{1,4}")
# a running head and the page number on one line (学法用法考试题库      第 1 页), or the other way round
_HEAD_AND_PAGE = re.compile(rf"(?P<head>\S.*?)(?:\s{{2,}}|\t)(?:{_PAGE_MARK.pattern})|"
                            rf"(?:{_PAGE_MARK.pattern})(?:\s{{2,}}|\t)(?P<tail>\S.*)")

# numbers and letters as other layouts write them, read as the usual ones: 第1题 / 1) / 【1】 -> 1.,
# (A) / （A） -> A. (only at a line's start)
_OTHER_MARKS = re.compile(r"^(?:第\s*(\d{1,5})\s*题\s*[.、．:：]?|(\d{1,5})\s*[)），,](?!\d)|【(\d{1,5})】|[（(]([A-HＡ-Ｈ])[)）])\s*")


_ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4, "V": 5, "VI": 6, "VII": 7, "VIII": 8, "IX": 9, "X": 10}
# a section's number as other layouts write it: II、 Ⅱ、 第二题 第二大题 (before a type's name: a heading)
_OTHER_SECTION_MARK = re.compile(r"^(?:(I{1,3}|IV|VI{0,3}|IX|X|[Ⅰ-Ⅹ])\s*[、.．]|第([一二三四五六七八九十]{1,3}|\d{1,2})\s*"
                                 r"(?:大题|题|部分)\s*[、.．:：]?|([一二三四五六七八九十]{1,3})\s+)\s*(\S.*)$")


def _as_usual_marks(text: str) -> str:
    """``text`` with a number or letter written as another layout does at its start read as the usual one;
    options in brackets on one line ((A) 甲 (B) 乙) each, as long as their letters go on in order; a section
    heading numbered II、 Ⅱ、 or 第二题 as 二、."""
    if text[:1] in "IVXⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩ第" + _NUMERAL and (section := _OTHER_SECTION_MARK.match(text)) and \
            len(section.group(4)) <= 30 and _ANY_TYPE_NAME.search(section.group(4).casefold()):
        roman = unicodedata.normalize("NFKC", section.group(1) or "")
        written = section.group(2) or section.group(3) or ""
        place = _ROMAN.get(roman, 0) or (int(written) if written.isdigit() else _chinese_number(written))
        if 0 < place <= 10:
            return f"{_NUMERAL[place - 1] if place < 10 else '十'}、{section.group(4)}"
    tagged = _TAG_FIRST.match(text) if text[:1] in "【[Q第" else None
    if tagged is not None:   # 【单选题】1. …, Q1. …, 第一题 …: the number first (a type tag stays the stem's own)
        number = tagged.group(2) or tagged.group(3) or str(_chinese_number(tagged.group(4) or ""))
        tag = f"【{tagged.group(1)}】" if tagged.group(1) else ""
        if number != "0":
            return f"{number}. {tag}{text[tagged.end():]}"
    m = _OTHER_MARKS.match(text)
    if m is None:
        return text
    number = m.group(1) or m.group(2) or m.group(3)
    if number:
        return f"{number}. {text[m.end():]}"
    expected = [unicodedata.normalize("NFKC", m.group(4))]

    def letter(found: re.Match[str]) -> str:
        key = unicodedata.normalize("NFKC", found.group(1))
        if key != expected[0]:
            return found.group(0)   # (C) out of order: left as written (and refused as such)
        expected[0] = chr(ord(key) + 1)
        return f" {key}. "
    return _BRACKETED_OPTION.sub(letter, text).strip()


_BRACKETED_OPTION = re.compile(r"\s*[（(]([A-HＡ-Ｈ])[)）]\s*")
# a question's number written after its type tag, or as Q1, or in Chinese numerals: 【单选题】1. / Q1. / 第一题
_TAG_FIRST = re.compile(r"^(?:[【\[]([^】\]]{1,8})[】\]]\s*(\d{1,5})\s*[.、．:：]|[Qq]\s*(\d{1,5})\s*[.、．:：)）]?|"
                        r"第([一二三四五六七八九十]{1,3})\s*题\s*[.、．:：]?)\s*")


HEADING_LONGEST = 60   # characters: "一、单项选择题（本大题共20小题，每小题2分，共40分）" is 30; a longer line is text


# a section heading of a kind Xuefa has not (五、计算题, 六、案例分析题): numbered with a Chinese numeral, naming
# one of these kinds; any other heading (一、选择题, 不定项选择题) leaves the type to be told by the answers
_OTHER_KINDS = "计算|案例|材料|连线|匹配|排序|综合|作图|操作|听力|论证"
_OTHER_SECTION = re.compile(rf"^\s*(?:[{_NUMERAL}]+\s*[、.．]|第[{_NUMERAL}\d]+部分|[（(][{_NUMERAL}]+[)）])\s*"
                            rf"([^\s（(：:，,。]{{0,6}}(?:{_OTHER_KINDS})[^\s（(：:，,。]{{0,4}}题)"
                            r"\s*(?:[（(][^（）()]*[）)])?\s*[:：]?\s*$")


# a section heading that names no one type (一、选择题, 二、客观题): a section whose questions' answers tell their
# type (one letter: single choice; several: multiple), as questions under no heading are told
_UNTYPED_SECTION = re.compile(rf"^\s*(?:[{_NUMERAL}]+\s*[、.．]|第[{_NUMERAL}\d]+部分|[（(][{_NUMERAL}]+[)）])\s*"
                              r"(?:[^\s（(：:，,。、]{0,8}选择题|选择|客观题|单选、多选题|单、多选题)\s*(?:[（(][^（）()]*[）)])?\s*[:：]?\s*$")
# any other line shaped as a section heading (三、法条理解题): glued into the stem above it, it would change the
# question; said instead
_SECTION_LIKE = re.compile(rf"^\s*(?:[{_NUMERAL}]+\s*[、.．]|第[{_NUMERAL}\d]+部分)\s*"
                           r"[^\s（(：:，,。、]{1,10}题\s*(?:[（(][^（）()]*[）)])?\s*[:：]?\s*$")


# a stem that points at its picture: 如上图 (the picture above it), 如下图 / 如图所示 (below it); as phrases, so
# 网上图书馆 or 以下图书 never move a picture
# a figure's caption on its own line or beside the picture: 图1 禁止通行标志, （图2）, 图 1-2： …
_CAPTION = re.compile(r"^\s*[（(]?\s*图\s*[0-9０-９一二三四五六七八九十]+(?:\s*[-－.．]\s*[0-9０-９]+)?\s*[）)]?"
                      r"(?:[\s：:、.．]|$)")
_UPWARD = re.compile(r"[如见据依由从]上图|上图(?:所示|中|为|是|的)")
_DOWNWARD = re.compile(r"[如见据依由从]下图|下图(?:所示|中|为|是|的)|如图|图中|图示")


def _heading_type(text: str) -> QuestionType | None:
    # runs of spaces folded first: _HEADING's neighbouring \s* would otherwise try every split of a long run
    # (a line of 3,000 spaces took minutes)
    normal = " ".join(unicodedata.normalize("NFKC", text).split())
    if len(normal) > HEADING_LONGEST or not _ANY_TYPE_NAME.search(normal.casefold()):
        return None
    match = _HEADING.match(normal)
    return parse_type(match.group(1) or match.group(2)) if match else None


# where a stem ends and its options may follow on the same line: a blank, a bracket, a sentence's end
_STEM_END = re.compile(r"(?:[。？?：:）)_]|[（(][\s\u3000]*[）)])\s*[。.]?\s*$")
_OPTION_A = re.compile(r"(?<=[\s。？?：:）)_])[AＡ]\s*[.．、:：)）]")


# an answer or explanation label inside a stem's or an option's line, after its text: 1. …（ ）。答案：A,
# D. 军队 【答案】A, …（ √ ） 解析：…, D. 检察机关（答案：A）, D. 债权 正确答案A: the line's own text ends there
_LABEL_WORDS = r"(?:正确答案|参考答案|标准答案|答案解析|试题解析|答案|解析)"
_LABEL_INSIDE = re.compile(rf"(?<=[\s。？?！!）)\]】])(?:【{_LABEL_WORDS}】|{_LABEL_WORDS}\s*[:：])|(?<=[\u4e00-\u9fff])【{_LABEL_WORDS}】|"
                           rf"[（(]\s*(?:正确答案|参考答案|标准答案|答案)\s*[:：]?\s*(?P<bracketed>[^（）()]{{1,40}}?)\s*[）)]"
                           r"\s*[。.]?\s*$|(?<=\s)正确答案\s*(?P<bare>[A-HＡ-Ｈ]{1,8}|[√×对错])\s*$")


# an option's line as some write it, which is not read as one: A 人民 (no mark), a. 人民 (a small letter)
_UNMARKED_OPTION = re.compile(r"^\s*(?:[A-HＡ-Ｈ]\s+\S|[a-h]\s*[.．、:：)）]\s*\S)")
_UNMARKED_INLINE = re.compile(r"(?<=[。？?）)])\s*[AＡ]\s+\S+\s+[BＢ]\s+\S.*")   # …（ ）。 A 人民 B 政协 on the stem's line


# the labels of what a bank gives about a question besides its text (its difficulty, its category)
_META_WORDS = r"(难度|难易程度|难易度|知识点|所属知识点|分值|分数)"   # (考点：… is often a sentence: refused, see _LABEL)
_META = re.compile(rf"^\s*(?:[【\[〔]{_META_WORDS}[】\]〕]\s*[:：]?|{_META_WORDS}\s*[:：])\s*(\S.{{0,99}}?)\s*$")
_META_INSIDE = re.compile(rf"(?<=\s)(?:[【\[〔]{_META_WORDS}[】\]〕]|{_META_WORDS}\s*[:：])|(?<=\S)[【\[〔]{_META_WORDS}[】\]〕]")


def _label_apart(text: str) -> list[str]:
    """A stem's or an option's line with an answer or explanation written after its text, as the line and
    that label's own line (答案：A); an answer's line with a difficulty or category after it (答案：A 难度：易)
    likewise; the line alone when there is none."""
    meta = _META_INSIDE.search(text, 1) if "难" in text or "知识点" in text or "分类" in text else None
    if meta is not None and text[:meta.start()].strip():
        return [*_label_apart(text[:meta.start()].rstrip()), text[meta.start():]]
    if "答案" not in text and "解析" not in text:
        return [text]
    found = _LABEL_INSIDE.search(text, 1)
    if found is None or not text[:found.start()].strip():
        return [text]
    given = found.group("bracketed") or found.group("bare")
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


_DECIMAL_START = re.compile(r"^\s*\d{1,5}[.．]\d")   # 3.5万元: a decimal, where a question's number may stand
_ENDED = re.compile(r"[。？！?!；;：:）)」”\"…]\s*$")     # a line that ends a sentence (or a stem's bracket)


# what signs a bank off below its last question: （完）, a date, who compiled it (XX市司法局法治宣传科 编)
_SIGN_OFF = re.compile(r"[（(]?\s*(?:全卷|全文|本卷|试卷)?\s*完\s*[）)]?|[（(]?\s*(?:\d{4}|[〇零一二三四五六七八九]{4})\s*年"
                       r"(?:\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?)?\s*[）)]?|"
                       r"\S.{1,30}?(?:\s编|(?:局|科|办|处|委员会|中心|部|院|所|室|组)\s*编|\s*(?:编印|汇编|印发|编制|命题|出题|翻印|供稿))|"
                       r"\S.{1,30}?(?:办|办公室|局|科|处|委员会|中心|厅|司法所|委|宣传部)|.{0,20}仅供参考.{0,6}")   # (who, 仅供参考)


def _signed_off(texts: list[str], lines: list[tuple[int, str, list[str]]]) -> set[int]:
    """The lines at the end of a file that sign it off (_SIGN_OFF), read from the last one up: at most three,
    and only where a question's own form (a number, an option, an answer label) does not stand."""
    found: set[int] = set()
    for i in range(len(texts) - 1, -1, -1):
        if not texts[i] and not lines[i][2]:
            continue
        if len(found) >= 3 or lines[i][2] or not _SIGN_OFF.fullmatch(texts[i]) or _structural(texts[i]) or \
                re.search(r"\d\s*[.、．]|^[一二三四五六七八九十]+\s*[、.．]", texts[i]):   # (a key's line, 四、1. 宪法 …)
            break
        found.add(i)
    above = next((texts[i] for i in range(min(found, default=len(texts)) - 1, -1, -1) if texts[i]), "")
    if found and not re.search(r"[。？！?!）)]\s*$|^[（(].*[)）]$", above):
        return set()   # the line above does not end (…依次为：, …，): these carry it on, never a sign-off
    return found


# a section's instructions below its heading: a bracketed remark, 说明：…, or the paper's scoring line
_INSTRUCTION = re.compile(r"\s*(?:[（(][^（）()]{2,200}[)）][。.]?|(?:说明|注意|注|要求|提示|答题要求|答题说明|考生须知)\s*[:：].{1,200}|"
                          r"得\s*分\s*[:：]?\s*_*\s*(?:评\s*卷\s*人\s*[:：]?\s*_*)?)\s*")


# a line that belongs to no stem or option: a label (考点：, 出处：, 注：, 【来源】), a remark in brackets alone, a
# paper's scoring line, or a heading of a part or of a kind not read (第二部分 民法典, B卷, PART 2)
_PART_LIKE = re.compile(r"\s*(?:第[一二三四五六七八九十\d]{1,3}\s*(?:部分|单元|章|篇|卷|编)|PART\s*\d|[A-FＡ-Ｆ]\s*卷\s*$)", re.I)


# labels of what a bank adds about a question (not a speaker's name: 张三说：… is a stem's own line)
_REMARK_LABEL = re.compile(r"\s*[【\[〔]?(?:考点|出处|来源|题目来源|试题来源|依据|法律依据|法条依据|法条链接|相关法条|备注|点评|评析|"
                           r"分析|注释|注|提示|链接|参考)[】\]〕]?\s*[:：]|\s*[【〔][\u4e00-\u9fff]{2,6}[】〕]")


def _stray(text: str) -> bool:
    return bool(_REMARK_LABEL.match(text) or _INSTRUCTION.fullmatch(text) or
                _PART_LIKE.match(text) or (len(text) <= 20 and _ANY_TYPE_NAME.search(text.casefold()) and
                                           not BLANK_PATTERN.search(text)))


def _last_text(d: _Draft) -> str:
    """The last line of what was read of a question so far: its answer, explanation, last option or stem."""
    if d.in_answer and d.answer:
        return d.answer.splitlines()[-1]
    if d.in_explanation and d.explanation:
        return d.explanation[-1]
    if d.answer:
        return d.answer
    return d.options[-1][1] if d.options else (d.stem[-1] if d.stem else "")


_GRID_NUMBERS = re.compile(r"\s*题\s*号\s*[:：]?\s*((?:\d{1,5}[\s,，、|]+)+\d{1,5})\s*")
_GRID_ANSWERS = re.compile(r"\s*(?:参考答案|答\s*案)\s*[:：]?\s*(\S.*?)\s*")


def _grid_keys(lines: list[tuple[int, str, list[str]]]) -> list[tuple[int, str, list[str]]]:
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
        headed = bool(_KEY_HEADING.match(before)) or (
            len(parts := _key_parts(before)) == 1 and parts[0].labelled and not parts[0].rest.strip())
        entries = " ".join(f"{k}.{a}" for k, a in zip(keys, answers))
        out[i] = (number, entries if headed else f"参考答案：{entries}", images)
        assert j is not None
        out[j] = (lines[j][0], "", lines[j][2])
    return out


def _lines_apart(lines: list[tuple[int, str, list[str]]],
                 keep: dict[int, list]) -> list[tuple[int, str, list[str]]]:
    """``lines`` with what one line of a stem or an option holds beyond itself as lines of their own, of the
    same number: an answer or explanation written after it (_label_apart), the next question (_next_apart),
    and a stem's options (1. 我国的根本法是（ ）。A. 宪法 B. 刑法: they start at an A. after the stem's end, its
    blank, bracket or full stop, from which B. and more follow in order). Options stay on a line with
    pictures or colour (``keep``: their masks count the line's characters)."""
    out: list[tuple[int, str, list[str]]] = []
    for number, raw, images in lines:
        marked = "答案" in raw or "解析" in raw or "难" in raw or "知识点" in raw or "分类" in raw
        text = _as_usual_marks(raw.strip()) if marked or "A" in raw or "Ａ" in raw or "。" in raw or "）" in raw \
            else ""   # (most lines are told apart by these alone)
        numbered = _NUMBERED.match(text) if text else None
        if not text or not (numbered or _OPTION.match(text) or (_ANSWER.match(text) and _META_INSIDE.search(text))):
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
    numbered = _NUMBERED.match(text)
    if numbered is None or ("A" not in text and "Ａ" not in text):
        return None
    stem_at = numbered.start(3)
    for found in _OPTION_A.finditer(text, stem_at):
        stem = text[stem_at:found.start()]
        if stem.strip() and _STEM_END.search(stem) and len(_split_options(text[found.start():])) >= 2:
            return found.start()
    return None


def read_office_lines(lines: list[tuple[int, str, list[str]]], file: str, bank: str,
                      unit: str = "line", pictures: dict[str, Picture] | None = None,
                      auto_numbered: frozenset[int] = frozenset(),
                      labelled: dict[int, str] | None = None,
                      coloured: dict[int, list[tuple[str, str]]] | None = None,
                      underlined: dict[int, list[tuple[str, str]]] | None = None) -> ImportReport:
    """lines: (line or paragraph number, text, images shown in it) in document order; unit: what the number
    counts, for the problems; pictures: the image files the document holds, by the names ``lines`` use;
    labelled: paragraph -> the number Word draws in front of it (word_numbering), already at the start of its
    text; auto_numbered: the paragraphs Word numbers itself (its list numbering), whose numbers are not in their
    text: one inside a question refuses it by name rather than importing it without the number shown;
    coloured: paragraph -> (line, mask) of its lines with coloured characters (mask "1" per coloured one): a
    choice question with no answer given whose options are partly written in colour (or highlighted) takes
    the coloured ones as its answer, as many circulated banks mark it (标红), and the report says so;
    underlined: paragraph -> (line, mask) of its lines with underlined words: a fill-in with no answer given
    and no blank takes its underlined words as its blanks' answers (said too).

    An image on the stem's lines (a figure below a question, "如图所示") is kept as the question's picture;
    one on an option, answer or explanation line, or one the document does not hold, refuses the question
    by name."""
    pictures = pictures or {}
    labelled = labelled or {}
    coloured = coloured or {}
    underlined = underlined or {}
    if len(lines) > MAX_LINES:
        raise FileRefused(Words("more than {count:,} lines (paragraphs): a bank of at most {items:,} questions never "
                                "needs so many; split the file", count=MAX_LINES, items=MAX_ITEMS))
    lines = _lines_apart(_grid_keys(lines), {**coloured, **underlined})
    by_colour: list[int] = []   # questions whose answer is their coloured options
    from_brackets: list[int] = []   # fill-ins whose answers were read from their brackets
    from_underline: list[int] = []  # fill-ins whose answers were their underlined words
    coloured_apart: list[int] = []   # questions whose coloured options are not the answer written
    report = ImportReport(file, uncarried=frozenset({"category", "difficulty", "points", "tags"}), unit=unit)
    drafts: list[_Draft] = []
    section, qtype = 0, None
    in_key = False
    key: dict[tuple[int, int], str] = {}
    loose: dict[int, str] = {}   # entries of a key that names no section (1.A … 21.AB)
    loose_runs: list[list[list]] = []   # those entries, [line, number, answer], in runs whose numbers go up
    key_section = 0
    current: _Draft | None = None
    carried: list[str] = []   # a picture above the next question, whose stem says 如上图
    keyed: dict[tuple[int, int], list[tuple[int, str, bool]]] = {}   # each key entry: (line, answer, loose)
    skipped_numbers: set[tuple[int, int]] = set()   # (section, number) of questions of kinds Xuefa has not
    block = 0                 # section headings read so far
    skipping = ""             # the name of a section of a kind Xuefa has not (计算题): its questions are skipped
    placed: set[int] = set()  # lines whose pictures went to a question (or were refused with it)
    doubtful = False          # the next question may own a picture that could not be placed
    following = [""] * len(lines)   # the next line with text after each line (found once, backwards)
    for i in range(len(lines) - 2, -1, -1):
        after = lines[i + 1][1].strip()
        following[i] = after or following[i + 1]

    def next_text(i: int) -> str:
        return following[i]

    def next_question(i: int) -> str:
        """The next numbered line after line i, past section headings; "" when text of another kind comes
        first."""
        for j in range(i + 1, len(lines)):   # (no slice: a document of many pictures would copy it each time)
            text = lines[j][1].strip()
            if not text:
                continue
            if _NUMBERED.match(text):
                return text
            if _heading_type(text) is None and not _OTHER_SECTION.match(text) and not _CAPTION.match(text) and \
                    not _UNTYPED_SECTION.match(text):
                return ""   # (a figure's caption goes with its figure: it does not stand between)
        return ""
    section_types: dict[int, QuestionType] = {}   # the question sections read so far: a key may name them by type

    draft_at: dict[tuple[int, int], _Draft] = {}   # (section, number) -> its question, as read so far
    drafts_numbered: dict[int, list[_Draft]] = {}  # number -> the questions of that number, in any section
    last_entry: list[tuple[int, int]] = []         # the key entry read last: a line below it may go on with it
    key_lines: list[int] = []                      # where answer keys start

    def awaited(section: int, text: str) -> bool:
        """``text`` starts with the number of a question of ``section`` (0: any) still waiting for its answer:
        a key entry, however long (a short answer's reference answer), not a question."""
        numbered = _NUMBERED.match(text)
        if numbered is None:
            return False
        n = int(numbered.group(1) or numbered.group(2))
        if section:
            found = [draft_at[(section, n)]] if (section, n) in draft_at else []
        else:
            found = drafts_numbered.get(n, [])
        return any(d.answer is None and not d.broken for d in found)

    def read_bare_run(run: str, line: int, section: int) -> None:
        """一、ABCDA: the answers of section ``section``'s questions in their order, taken only when there are
        as many as the section has questions (otherwise which answer is whose cannot be told)."""
        groups = re.split(r"[\s,，、;；]+", run)
        answers = groups if len(groups) > 1 else list(run)
        numbers = sorted(n for (s, n) in draft_at if s == section)
        if len(groups) == 1 and section_types.get(section) is QuestionType.MULTIPLE:
            report.problems.append(RowProblem(file, line, None, Words(
                "answer key: {run!r} gives a multiple-choice section's answers without question numbers: which "
                "letters are whose cannot be told; number them (1.AB 2.ACD …)", run=run[:30]), unit=unit))
            return
        if not section:
            report.problems.append(RowProblem(file, line, None, Words(
                "answer key: {run!r} gives answers without question numbers or the section they belong to: "
                "number them (一、1.A 2.B …)", run=run[:30]), unit=unit))
            return
        if len(answers) != len(numbers):
            report.problems.append(RowProblem(file, line, None, Words(
                "answer key: {run!r} gives {given} answer(s) without question numbers, and section {section} has "
                "{count} question(s): number them (1.A 2.B …)", run=run[:30], given=len(answers), section=section,
                count=len(numbers)), unit=unit))
            return
        for n, given in zip(numbers, answers):
            keyed.setdefault((section, n), []).append((line, given, False))
            key[(section, n)] = given
        last_entry[:] = []

    def read_key_entries(text: str, line: int, key_section: int) -> None:
        """The answers of one part of an answer key (1.A 2.B, 1-5：ABCDA, 3. 依法治国) into ``key``; a line of
        no entry below a short answer's entry goes on with it (its reference answer's points)."""
        if last_entry and text.strip() and (_next_point(key.get(last_entry[-1], ""), text) or (
                not _NUMBERED.match(text) and not _KEY_ENTRY.search(text) and
                not _KEY_RANGE.search(text))) and any(_is_short(d) for d in (
                    [draft_at[last_entry[-1]]] if last_entry[-1] in draft_at else
                    drafts_numbered.get(last_entry[-1][1], []))):
            key[last_entry[-1]] = f"{key[last_entry[-1]]}\n{text.strip()}"
            if last_entry[-1][1] in loose and not key_section:
                loose[last_entry[-1][1]] = key[last_entry[-1]]
                loose_runs[-1][-1][2] = key[last_entry[-1]]
            return
        if _BARE_RUN.fullmatch(text) and len(re.sub(r"[\s,，、;；。.]", "", text)) > 1:
            waiting_sections = sorted({d.section for d in drafts if d.answer is None})
            read_bare_run(text.strip().rstrip("。."), line, key_section or (
                waiting_sections[0] if len(waiting_sections) == 1 else 0))
            return
        text, wrong = _key_ranges(text)
        for bad_range in wrong:
            report.problems.append(RowProblem(file, line, None, Words(
                "answer key: {range} does not give one answer to each question of its range; write them "
                "one by one (1.A 2.B 3.C)", range=bad_range), unit=unit))
        if _EXPLAIN.search(text) or re.search(r"(?:^|\s|[。；;])(?:答案解析|试题解析|解析)\s*[:：】]", text):
            report.problems.append(RowProblem(file, line, None, Words(
                "an explanation (解析) inside the answer key is not read: put it under its question as a 解析： line"),
                unit=unit))
            return
        first = _NUMBERED.match(text)
        entries = _KEY_ENTRY.findall(text)
        if first and len(entries) <= 1:  # "3. 依法治国": the whole rest is the answer (a fill-in's too)
            found = _written_entries(int(first.group(1) or first.group(2)), first.group(3))
        else:
            found = [(int(n), given) for n, given in entries]
            rest = _KEY_ENTRY.sub(" ", text)   # 1.√ 2.× 3.依法治国是…: the written ones after the letters
            written = re.search(r"(?:^|\s)(\d{1,5})\s*[.、．]\s*(\S.*)$", rest)
            if written:
                found += _written_entries(int(written.group(1)), written.group(2))
        for n, given in found:
            given = _REFERENCE_LABEL.sub("", given, count=1)   # 1. 答：科学立法…: the answer, not its label
            keyed.setdefault((max(key_section, 1), n), []).append((line, given, not key_section))
            key[(max(key_section, 1), n)] = given
            last_entry[:] = [(max(key_section, 1), n)]
            if not key_section:   # a key that names no section: numbered straight through, perhaps
                loose[n] = given
                if not loose_runs or (loose_runs[-1] and n == 1):
                    loose_runs.append([])   # 1.A 2.B … then 1.√ 2.×: the key of the next section, perhaps
                loose_runs[-1].append([line, n, given])

    def labelled_section(part: _KeyPart) -> int:
        """The section a key's label names: its numeral's, or the one section of its type; 0 when neither."""
        typed = [n for n, t in section_types.items() if t == part.qtype]
        return part.section or (typed[0] if len(typed) == 1 else 0)

    def key_ends_at(parts: list[_KeyPart], after: str) -> bool:
        """A label alone (二、判断题) ends the key when the line ``after`` it is that section's first question,
        not its key: a question line, or a numbered one whose text is no letter or mark a key of a choice or
        true/false section gives (4. 判一); never a line answering a question still waiting."""
        if len(parts) != 1 or not parts[0].labelled or parts[0].rest.strip() or \
                awaited(labelled_section(parts[0]), after):
            return False
        return _is_question_line(after) or (
            parts[0].qtype in (QuestionType.SINGLE, QuestionType.MULTIPLE, QuestionType.TRUE_FALSE) and
            _NUMBERED.match(after) is not None and not _is_key_line(after))

    def key_follows(i: int) -> bool:
        """An answer key's lines follow line i: a key line, perhaps after a label of its own (一、单项选择题)."""
        for j in range(i + 1, min(i + 40, len(lines))):
            text = lines[j][1].strip()
            if not text:
                continue
            parts = _key_parts(text)
            if not (len(parts) == 1 and parts[0].labelled and not parts[0].rest.strip()):
                return _is_key_line(text)
        return False

    def keys_waiting_questions(current: _Draft, after: str, heading: str) -> bool:
        """参考答案 then 1. 宪法 below a fill-in or choice question while the question before waits for its
        answer too: the key of them all (a fill-in's key: the answers are words), not the last one's answer;
        below short answers only after 参考答案 or 标准答案 alone (答案： then 1. … is a reference answer's points)."""
        entry = _NUMBERED.match(after)
        before_waits = len(drafts) > 1 and drafts[-2].answer is None and drafts[-2].block == current.block and \
            not _INLINE.search(" ".join(drafts[-2].stem)) and not _INLINE_X.search("\n".join(drafts[-2].stem))
        if entry is None and before_waits and _BARE_RUN.fullmatch(after) and not _is_short(current) and \
                current.qtype is not QuestionType.MULTIPLE:   # (ABD below a multiple choice is its answer)
            return True   # 参考答案 then ABCDA: the answers of the questions above, in their order
        if entry is None or not before_waits:
            return False
        n = int(entry.group(1) or entry.group(2))
        if _is_short(current):   # 参考答案 alone, then 1. …: the key of them all; 答案： then 1. …: its points
            return re.fullmatch(r"\s*[【\[〔]?(?:参考|标准)答案[】\]〕]?\s*[:：]?\s*", heading) is not None and n == 1 and \
                current.number > 1
        return n <= current.number

    def opens_key(rest: str, current: _Draft | None) -> bool:
        """What follows 答案： on its line is an answer key, not the question's answer: several answers
        (1.A 2.B, 1-5 ABCDA, 1.18 2.3 3.2018), or a numbered one below a fill-in or choice question, whose
        own answer is never written with a number ("参考答案：1. 18")."""
        if _is_key_line(rest) and _several_answers(rest):
            return True
        labelled = _key_parts(rest)[0]
        if labelled.labelled and _BARE_RUN.fullmatch(labelled.rest):   # 参考答案：一、ABCDA
            return True
        first = _NUMBERED.match(rest)
        if first and len(_written_entries(int(first.group(1) or first.group(2)), first.group(3))) > 1:
            return current is None or not _is_short(current)
        return bool(_NUMBERED_ANSWER.match(rest)) and current is not None and not _is_short(current)
    counted: list[int] = []   # stems Word numbers itself, read as numbered in order
    captioned = ""          # where the picture of the line before went: "carried", "current" or "refused"
    carried_caption: list[str] = []   # the caption of a carried picture: it goes with it, below the stem
    page_marks: list[int] = []   # 第 1 页 共 2 页, — 2 —, 3: the page's furniture, copied in with the text
    title_lines: set[str] = set()   # the lines above the first question, which a copy repeats on each page
    titles = 0
    texts = [_as_usual_marks(raw.strip()) for _number, raw, _images in lines]
    heads, repeated = _running_heads([t if not images else "" for t, (_n, _r, images) in zip(texts, lines)])
    paged_file = any(_PAGE_MARK.fullmatch(t) for t in texts if t)   # a copy of pages: its title may repeat as a head
    signed_off = _signed_off(texts, lines)   # XX市司法局 编 / 2024年3月 / （完） below the last question
    for i, (number, raw, images) in enumerate(lines):
        text = texts[i]
        if not text and not images:
            continue
        if i in signed_off:
            report.notes.append(RowProblem(file, number, None, Words(
                "{text!r} after the last question read as the file's sign-off (who made it, when, 完), not as part "
                "of the question above it: left out", text=text[:30]), unit=unit))
            continue
        if not images and current is not None and text.isdigit() and len(text) <= 4 and \
                (current.answer and (current.in_answer or _is_short(current)) or current.in_explanation) and \
                not _ENDED.search(_last_text(current)):
            # …合并执行最长为 / 20: the sentence's own number, or a page's? It cannot be told
            report.problems.append(RowProblem(file, number, None, Words(
                "{text!r} alone below a line that does not end (the answer or explanation of question {n}): a page "
                "number, or the text's own number? Join it to the line above, or delete it", text=text,
                n=current.number), unit=unit))
            current.broken = True
            continue
        if not images and (_PAGE_MARK.fullmatch(text) and not (current is not None and current.in_answer and
                                                                not current.answer)   # 答案： then 5: its answer
                           or (drafts and paged_file and text in title_lines) or text in heads):
            page_marks.append(number)   # (a title repeated below the questions: a page's running head)
            continue
        if not images and text in repeated and current is not None and not current.in_answer and \
                not current.in_explanation:
            # the same line inside several questions (a running head with no page number beside it, or a
            # line copied in): glued to a stem or option it would change what the question says
            report.problems.append(RowProblem(file, number, None, Words(
                "{text!r} stands {count} times in the file, here inside the question of {where}: a page's running "
                "head? Delete it there (or, if it belongs to the question, word the questions apart)",
                text=text[:30], count=repeated[text], where=place(unit, current.line)), unit=unit))
            current.broken = True
            continue
        last, captioned = captioned, ""
        if last and not images and _CAPTION.match(text):   # the caption below a picture: where the picture went
            placed.add(number)
            if last == "carried":
                carried_caption.append(text)
            elif last == "current" and current is not None:
                current.stem.append(text)
            continue   # (refused: with the question the picture refused)
        caption_line = bool(images) and bool(_CAPTION.match(text))   # a picture with its caption beside it
        opened = _KEY_OPENING.match(text)
        if opened and opens_key(opened.group(1), current):
            in_key, key_section, current, text = True, 0, None, opened.group(1)   # 参考答案：1.A 2.B 3.C
            key_lines.append(number)
        elif _KEY_HEADING.match(text):
            if current is not None and current.answer is None and not key_follows(i) and not \
                    keys_waiting_questions(current, next_text(i), text):
                current.answer, current.in_answer = "", True   # 答案： with the answer on the lines below
                continue
            in_key, key_section, current = True, 0, None
            key_lines.append(number)
            continue
        parts = _key_parts(text) if in_key else []
        if in_key and key_ends_at(parts, next_text(i)):
            in_key = False
        elif in_key and any(_is_question_in_key(part.rest) and not awaited(
                part.section if part.labelled else key_section, part.rest) for part in parts):
            in_key = False   # questions go on after a key that stood between them
        elif in_key:
            for part in parts:
                if part.labelled:   # 三、 （三） 判断题： …: the key of the third section, or of the 判断 one
                    key_section = labelled_section(part) or key_section + 1
                read_key_entries(part.rest, number, key_section)
            continue
        heading = _heading_type(text) if not _NUMBERED.match(text) else None
        other = _OTHER_SECTION.match(text) if heading is None and not _NUMBERED.match(text) else None
        if other is not None and "选择" in other.group(1):
            other = None   # 二、案例选择题, 综合选择题: choice questions, their answers telling single or multiple
        if heading is None and other is None and _UNTYPED_SECTION.match(text):   # 二、选择题
            written = re.match(rf"^\s*(?:第|[（(])?([{_NUMERAL}]+)", text)
            section = (_chinese_number(written.group(1)) if written else 0) or section + 1
            qtype, current, skipping = None, None, ""
            block += 1
            continue
        if other is not None:   # 五、计算题: a section of a kind Xuefa has not; its questions are skipped by name
            written = re.match(rf"^\s*(?:第|[（(])?([{_NUMERAL}]+)", text)
            section = (_chinese_number(written.group(1)) if written else 0) or section + 1
            qtype, current, skipping = None, None, other.group(1)
            block += 1
            continue
        if heading is not None:   # 三、判断题 is section 3 (an answer key says 三、), even after 一、 alone
            written = re.match(rf"^\s*(?:([{_NUMERAL}]+)\s*[、.．]|[（(]([{_NUMERAL}]+)[)）])", text)
            section = (_chinese_number(written.group(1) or written.group(2)) if written else 0) or section + 1
            qtype, current, skipping = heading, None, ""
            section_types[section] = heading
            block += 1
            continue
        numbered = _NUMBERED.match(text)
        starts = current is None or (not current.in_answer and (current.options or current.answer is not None or
                                                                current.qtype in _ONE_STATEMENT) and (
            not current.in_explanation or _OPTION.match(next_text(i)) or _ANSWER.match(next_text(i))))
        label = labelled.get(number)
        if label is not None and _NUMBERED.match(label + " ") and not starts and text.startswith(label):
            # 1. 2. or （1） that Word draws inside a question (a stem's statements, an explanation's points):
            # read as question numbers they would split the question; refused below, as a typed one is not
            text, numbered = text[len(label):].strip(), None
            auto_numbered = auto_numbered | {number}
        if numbered is None and number in auto_numbered and (qtype is not None or skipping) and starts:
            # a stem Word numbers itself (its list numbering) where a question starts: the number Word shows
            # is the next one; inside a question (statements ① ② of a stem, points of an explanation) it is
            # refused below, its numbers being part of what the question says
            text = f"{current.number + 1 if current is not None and current.block == block else 1}. {text}"
            numbered = _NUMBERED.match(text)
            counted.append(number)
        if numbered and skipping:
            skipped_numbers.add((max(section, 1), int(numbered.group(1) or numbered.group(2))))
            report.skipped.append(RowProblem(file, number, None, Words(
                "a question of the section {name}, which is not a kind this product has (单选, 多选, 判断, 填空, "
                "简答)", name=skipping), unit=unit))
            current = None
            placed.add(number)
            continue
        if numbered:
            n = int(numbered.group(1) or numbered.group(2))
            if current is not None and _DECIMAL_START.match(text) and not _ENDED.search(_last_text(current)) and \
                    not (current.options and not current.in_answer and not current.in_explanation):
                # (below an option the next question stands: 3.18周岁… after D. 六 is question 3)
                # 某公司违法所得为 / 3.5万元，…: a line wrapped at a decimal (a PDF copy), not question 3
                report.problems.append(RowProblem(file, number, None, Words(
                    "{text!r} below question {n}: the rest of a line wrapped at a decimal number, or question {k}? "
                    "It cannot be told: join the lines (or write {k}. with a space before its text)",
                    text=text[:30], n=current.number, k=n), unit=unit))
                current.broken = True
                placed.add(number)
                continue
            if current is not None and numbered.group(2) is not None and not current.bracketed and \
                    not current.options and current.answer is None and not current.in_explanation and (
                        current.list_next == n or (n == 1 and current.list_next is None and
                                                   current.qtype not in _ONE_STATEMENT)):
                # 1. 下列说法正确的有几项（ ） then （1）… （2）…: the stem's statements, numbered the other way
                current.stem.append(text)
                current.list_next = n + 1
                placed.add(number)
                continue
            if current is not None and numbered.group(2) is not None and not current.bracketed and \
                    current.list_next == n and current.options and n > 1 and not current.in_explanation:
                # 1. 案例… （1）…（ ） A. … （2）…（ ） A. …: sub-questions, a kind Xuefa has not
                report.problems.append(RowProblem(file, number, None, Words(
                    "{text!r}: a second sub-question of question {m} (a case with sub-questions, 案例分析)? Xuefa has "
                    "no such kind: write each sub-question as a question of its own, with the case in its stem",
                    text=text[:30], m=current.number), unit=unit))
                current.broken = True
                current.list_next = n + 1
                placed.add(number)
                continue
            if current is not None and (current.in_explanation or current.in_answer) and (
                    n <= current.number or (current.list_next == n and n != current.number + 1) or
                    (numbered.group(2) is not None) != current.bracketed and (n == 1 or current.list_next == n)):
                # (（1）（2） points under stems numbered 1. 2., or 1. 2. under （1）（2）: another list's numbers)
                # a numbered list in the explanation (or a reference answer): 1. 2. after question 5's 解析
                if current.in_explanation:
                    current.explanation.append(text)
                else:
                    current.answer = f"{current.answer}\n{text}".strip()
                current.list_next = n + 1
                placed.add(number)
                continue
            if current is not None and current.list_next == n == current.number + 1:
                report.problems.append(RowProblem(file, number, None, Words(
                    "{text!r}: the next point of the numbered list in the explanation above, or question {n}? It "
                    "cannot be told: number the list's points ① ② …", text=text[:30], n=n), unit=unit))
                current.broken = True
            current = _Draft(number, qtype, max(section, 1), int(numbered.group(1) or numbered.group(2)),
                             [numbered.group(3), *carried_caption], figures=carried + list(images), broken=doubtful,
                             block=block, bracketed=numbered.group(2) is not None)
            placed.add(number)
            carried, carried_caption, doubtful = [], [], False
            drafts.append(current)
            draft_at[(current.section, current.number)] = current
            drafts_numbered.setdefault(current.number, []).append(current)
            continue
        if current is None and skipping:   # the rest of a skipped question (its options, its answer)
            placed.add(number)
            continue
        if current is None and (not text or caption_line):   # a picture above a section's first question
            placed.add(number)
            if _UPWARD.search(next_question(i)):   # whose stem says 如上图
                carried += images
                carried_caption += [text] if text else []
                captioned = "carried"
                continue
            report.problems.append(RowProblem(file, number, None, Words(
                "a picture above the first question of its section: put it below the stem of its question"),
                unit=unit))
            doubtful = True   # the question below may be its owner: never imported without it
            continue
        if current is None:  # a title or instructions above the questions
            if (section or drafts) and _INSTRUCTION.fullmatch(text):   # （每小题2分…）, 说明：…, 得分：____ under a heading
                report.notes.append(RowProblem(file, number, None, Words(
                    "{text!r} below a section heading read as the section's instructions, not a question",
                    text=text[:30]), unit=unit))
            elif section or drafts:
                report.problems.append(RowProblem(file, number, None, Words(
                    "{text!r} is not a numbered question (1. 1、 （1）) nor a section heading",
                    text=text[:30]), unit=unit))
            else:
                titles += 1
                title_lines.add(text)
                if titles <= TITLE_NOTES:   # a file of nothing but such lines is said in one note, below
                    report.notes.append(RowProblem(file, number, None, Words(
                        "{text!r} read as a title, not a question", text=text[:30]), unit=unit))
            continue
        if not text or caption_line:   # a paragraph that only shows a picture: the stem's figure, until options
            placed.add(number)
            below = current.options or current.answer is not None or current.in_explanation
            if next_question(i):   # between two questions: 如上图 below it, or 如下图 above?
                upward = bool(_UPWARD.search(next_question(i)))
                downward = not below and bool(_DOWNWARD.search("".join(current.stem)))
                if upward and not downward:
                    carried += images
                    carried_caption += [text] if text else []
                    captioned = "carried"
                elif downward and not upward:
                    current.figures.extend(images)
                    current.stem += [text] if text else []
                    captioned = "current"
                else:
                    report.problems.append(RowProblem(file, number, None, Words(
                        "a picture between two questions: which one it belongs to cannot be told; put it right "
                        "below the stem that says 如下图, or say 如上图 in the stem below it"), unit=unit))
                    current.broken, doubtful = True, True
                    captioned = "refused"
                continue
            (current.images if below else current.figures).extend(images)
            if text and not below:
                current.stem.append(text)   # the caption beside its figure (below the options: refused with it)
            captioned = "refused" if below else "current"
            continue
        if number in auto_numbered:   # ① ② or 1. 2. that Word draws: the learner would never see them
            report.problems.append(RowProblem(file, number, None, Words(
                "{text!r} is numbered by Word's automatic numbering, which is not part of the text: the number "
                "would be lost, so the question of {where} is not imported; select the list, turn the numbering off "
                "(开始 → 编号 → 无) and type the numbers", text=text[:30], where=place(unit, current.line)), unit=unit))
            current.broken = True
            placed.add(number)
            continue
        meta = _META.match(text) if not ((current.in_explanation or current.in_answer) and
                                         re.search(r"[：:，,、]\s*$", _last_text(current))) else None
        if meta is not None:   # 难度：易, 知识点：宪法: the question's difficulty and category, as an Excel bank has them
            name, value = meta.group(1) or meta.group(2), meta.group(3)
            if name in ("分值", "分数"):
                current.points = value
            elif "难" in name:
                level = parse_difficulty(value)
                if level is None:
                    report.problems.append(RowProblem(file, number, None, Words(
                        "{text!r}: a difficulty is 易, 较易, 中, 较难, 难 or 1–5", text=text[:30]), unit=unit))
                    current.broken = True
                current.difficulty = level
            else:
                current.category = value[:100]
            placed.add(number)
            continue
        answer_line = _ANSWER.match(text)
        explain = _EXPLAIN.match(text)
        if current.in_explanation and current.answer is not None and (answer_line or explain or (
                BLANK_PATTERN.search(text) and re.match(r"\s*[AＡ]\s*[.．、:：)）]", next_text(i)))):
            # 答案： or 解析： again, or a stem with its blank and options A. B. below, inside an explanation: a
            # question whose number was lost (2，… for 2、…) would go into it whole
            report.problems.append(RowProblem(file, number, None, Words(
                "{text!r} inside the explanation of question {n}: a question without its number above it? Number "
                "it (1. 1、 （1）)", text=text[:30], n=current.number), unit=unit))
            current.broken = True
            continue
        if answer_line and (not current.in_explanation or current.answer is None):   # (解析 first, then 答案)
            current.in_explanation = False
            if current.answer:   # 答案：A, then 正确答案：B: which one? never the last one silently
                report.problems.append(RowProblem(file, number, None, Words(
                    "a second answer line ({text!r}) for the question of {where}: keep one",
                    text=text[:20], where=place(unit, current.line)), unit=unit))
                current.broken = True
                continue
            answer_text, explained = _answer_and_explanation(answer_line.group(1).strip())
            scored_here = re.search(r"\s*[（(](\d{1,3})\s*分[)）]\s*$", answer_text)
            if scored_here and answer_text[:scored_here.start()].strip():   # 答案：B（2分）: the question's points
                current.points, answer_text = scored_here.group(1), answer_text[:scored_here.start()]
            current.answer, current.in_answer, current.answer_at = answer_text.strip(), False, number
            points = [int(p) for p in re.findall(r"[（(](\d{1,2})[)）]", current.answer)]
            if _is_short(current) and not current.bracketed and points and points == list(range(1, len(points) + 1)):
                # 答案：（1）合法行政； with （2）… on the lines below: the reference answer's points, not questions
                current.in_answer, current.list_next = True, len(points) + 1
            counted = [int(p) for p in re.findall(r"(?:^|[\s；;。])(\d{1,2})\s*[.、．]\s*(?=\D)", current.answer)]
            if _is_short(current) and len(counted) >= 2 and counted == list(range(1, len(counted) + 1)):
                # 答：1. 合法行政；2. 合理行政； with 3. … on the line below: its points go on there
                current.in_answer, current.list_next = True, len(counted) + 1
            if explained.strip():   # 答案：A 解析：… on one line
                current.in_explanation = True
                current.explanation.append(explained.strip())
        elif current.in_answer and not explain:
            current.answer = f"{current.answer}\n{text}".strip()
        elif explain:
            current.in_answer = False
            current.in_explanation = True
            current.explanation.append(explain.group(1))
        elif current.in_explanation:
            current.explanation.append(text)
        elif _OPTION.match(text):
            start = current.options[-1][0] if current.options else ""
            split = _split_options(text, after=start)
            lone = re.fullmatch(r"\s*([A-HＡ-Ｈ])\s*[.．、:：)）]?\s*", text) if images and not split else None
            if lone is not None:   # "A." and a picture: an option that is a picture
                letter = unicodedata.normalize("NFKC", lone.group(1))
                expected = OPTION_KEYS.index(start) + 1 if start else 0
                if expected < len(OPTION_KEYS) and letter == OPTION_KEYS[expected]:
                    split = [(letter, "")]
            if split and images and len(split) == 1:   # the option's own line: its picture
                current.option_figures.setdefault(split[0][0], []).extend(images)
                placed.add(number)
                images = []
            if images and len(re.findall(r"[A-HＡ-Ｈ]\s*[.．、:：)）]", text)) >= 2:   # A. [picture] B. [picture]
                report.problems.append(RowProblem(file, number, None, Words(
                    "pictures on a line of several options: which picture is whose cannot be told; put each option on "
                    "its own line (A. and its picture)"), unit=unit))
                current.broken = True
                placed.add(number)
                continue
            if not split:
                report.problems.append(RowProblem(file, number, None, Words(
                    "{text!r}: options must go on in order after {value} (A. B. C. …)",
                    text=text[:30], value=start or Words("the stem")), unit=unit))
                current.broken = True
                continue
            keys = [start, *(k for k, _ in split)] if start else [k for k, _ in split]
            skipped = next((_after(a) for a, b in zip(keys, keys[1:]) if b != _after(a)), "") or \
                ("A" if not start and split and split[0][0] != "A" else "")
            hidden_letter = _next_letter_inside(split) or skipped or next(   # C.  D. 军队: C empty, or lost
                (k for k, t in split if not t.strip() and not images and not current.option_figures.get(k)), "")
            if hidden_letter:   # C. 民法典 D。行政法: D's mark mistyped, D would be part of C
                report.problems.append(RowProblem(file, number, None, Words(
                    "{text!r}: option {key} seems to be written here without its mark; write {key}. and its text",
                    text=text[:40], key=hidden_letter), unit=unit))
                current.broken = True
                continue
            current.options += split
            current.coloured |= _coloured_options(split, raw, coloured.get(number, ()))
        elif current.answer is not None or (current.options and _LABEL.match(text)):
            # 考点：…, 法律依据：… below the options or the answer: not the option's text, nor the stem's
            report.problems.append(RowProblem(file, number, None, Words(
                "{text!r} is not part of the question: below the options only 答案：, 解析：, 难度：, 知识点： and 分值： "
                "lines are read; move it into 解析, or delete it",
                text=text[:30]) if current.options else Words(
                "{text!r} is not part of the question: below its answer only 解析：, 难度：, 知识点： and 分值： lines are "
                "read; move it into 解析, or delete it", text=text[:30]), unit=unit))
            current.broken = True
        elif current.options and (_starts_with_letter(text, current.options[-1][0]) or BLANK_PATTERN.search(text)
                                  or unit == "paragraph" or re.search(r"(?:^|\s)[A-HＡ-Ｈ]\s*[.．、:：)）]", text)):
            # D。行政法 (the next option, mistyped), a stem with its blank (a question that lost its number), or in
            # Word a paragraph of its own (a line Word wraps is one paragraph): not the option's text
            report.problems.append(RowProblem(file, number, None, Words(
                "{text!r} below option {key} is neither the next option (its letter and a mark: {next}.) nor an "
                "answer line: a question without its number, a mistyped option, or a remark for 解析?",
                text=text[:30], key=current.options[-1][0], next=_after(current.options[-1][0])), unit=unit))
            current.broken = True
        elif _stray(text):
            # 考点：…, 出处：…, 注：…, （2021年新增）, 得分 评卷人, 第二部分 民法典 below a stem or an option: not its
            # text (the learner would read it), nor a line Xuefa reads
            report.problems.append(RowProblem(file, number, None, Words(
                "{text!r} is not part of the question: below a question only 答案：, 解析：, 难度：, 知识点： and 分值： "
                "lines are read (a part or section heading only as 一、单项选择题 …); move it into 解析, or delete it",
                text=text[:30]), unit=unit))
            current.broken = True
        elif current.options:
            current.options[-1] = (current.options[-1][0], current.options[-1][1] + "\n" + text)
            report.notes.append(RowProblem(file, number, None, Words(   # a wrapped option, or a remark?
                "{text!r} read as the rest of option {key}'s text (a remark there belongs in 解析)",
                text=text[:30], key=current.options[-1][0]), unit=unit))
        elif _INLINE.search(text) and _INLINE.search(" ".join(current.stem)) or (
                current.qtype is QuestionType.TRUE_FALSE and current.stem[-1].rstrip().endswith(("。", "？", "！"))
                and text.endswith(("。", "？", "！", "）", ")"))) or (
                current.qtype is QuestionType.FILL_IN and current.stem[-1].rstrip().endswith(("。", "？", "！")) and
                BLANK_PATTERN.search(current.stem[-1]) is not None and BLANK_PATTERN.search(text) is not None) or (
                current.qtype in (QuestionType.SHORT_ANSWER, None) and _ASKING.match(text)
                and current.stem[-1].rstrip().endswith(("。", "？", "?"))):
            # 2. 甲。（√） then 乙。（×）: a question without its number would be glued to the one above it
            report.problems.append(RowProblem(file, number, None, Words(
                "{text!r} below question {n}, which is a whole statement already: a question without its number? "
                "Number it, or join the lines", text=text[:30], n=current.number), unit=unit))
            current.broken = True
        elif _SECTION_LIKE.match(text) and not images:
            # 三、法条理解题 below a question: a heading naming no type Xuefa reads, not the stem's next words
            report.problems.append(RowProblem(file, number, None, Words(
                "{text!r} below question {n}: a section heading? It names no question type Xuefa reads (单项选择题, "
                "多项选择题, 判断题, 填空题, 简答题); name one of them, or delete the line if it belongs to no section",
                text=text[:30], n=current.number), unit=unit))
            current.broken = True
        else:
            current.stem.append(text)
            current.figures += images
            placed.add(number)
            continue
        current.images += images   # on an option, answer or explanation line
        placed.add(number)
    stray = sorted({n for n, _, images in lines if any(not isinstance(i, Words) for i in images)} - placed)
    for n in stray:   # a title's, a heading's or the answer key's picture: never dropped without a word
        report.problems.append(RowProblem(file, n, None, Words(
            "a picture on a title, a heading or the answer key belongs to no question: move it below the stem of "
            "its question, or delete it"), unit=unit))
    # a number twice in one section: a numbered list inside a question (1. 2. or （1）（2）) read as questions,
    # or a slip; which answer of a key goes with which cannot be told, so none of them is taken
    _lists_inside(drafts, report, unit)
    numbers = Counter((d.block, d.number) for d in drafts if not d.listed)
    for d in drafts:
        if numbers[(d.block, d.number)] > 1 and not d.broken and not d.listed:
            report.problems.append(RowProblem(file, d.line, None, Words(
                "question number {n} stands more than once in its section: a numbered list inside a question "
                "(1. 2. or （1）（2）) reads as questions; number its points ① ② …, or correct the numbers",
                n=d.number), unit=unit))
            d.broken = True
    if len(loose_runs) > 1:   # a key naming no section whose numbers start again: one run per section?
        _runs_by_section(loose_runs, drafts, skipped_numbers, keyed, key, loose, report, unit)
    for (key_section_of, n), entries in keyed.items():   # an entry twice, or for no question: never ignored
        if len({unicodedata.normalize("NFKC", a).replace(" ", "") for _, a, _ in entries}) > 1:
            report.problems.append(RowProblem(file, entries[-1][0], None, Words(
                "the answer key gives question {n} more than one answer ({answers}): keep the right one",
                n=n, answers=", ".join(a for _, a, _ in entries)), unit=unit))
            for d in drafts:
                if (d.section, d.number) == (key_section_of, n) or (entries[0][2] and d.number == n):
                    d.broken = True
        held = any((d.section, d.number) == (key_section_of, n) or (entries[0][2] and d.number == n)
                   for d in drafts) or (key_section_of, n) in skipped_numbers or \
            (entries[0][2] and any(number == n for _, number in skipped_numbers))
        if not held:
            report.problems.append(RowProblem(file, entries[0][0], None, Words(
                "the answer key names question {n}, which is not in its section: check the key's numbers",
                n=n), unit=unit))
    if block:   # 注意事项： 1. 本试卷共… above the first heading: instructions, not questions (no options, no answer)
        told = [d for d in drafts if d.block == 0 and not d.options and d.answer is None and not d.broken and
                not d.figures and not _INLINE.search(" ".join(d.stem)) and not _INLINE_X.search(" ".join(d.stem))
                and ((d.section, d.number) not in key and d.number not in loose or
                     any(e.block > 0 and e.number == d.number for e in drafts_numbered.get(d.number, [])))]
        for d in told:
            report.notes.append(RowProblem(file, d.line, None, Words(
                "{text!r} above the first section heading, with no options and no answer: read as instructions, "
                "not a question", text=" ".join(d.stem)[:30]), unit=unit))
        instructions = {id(d) for d in told}
        drafts = [d for d in drafts if id(d) not in instructions]
    sink = QuestionSink(report, bank)
    waiting = Counter(d.number for d in drafts if d.answer is None)   # numbers a key must tell apart
    unread_key = sorted(p.row for p in report.problems if p.row is not None and key_lines and p.row >= key_lines[0])
    keyed_numbers: dict[int, set[int]] = {}   # section -> the question numbers its key entries answer
    for section_of, n in key:
        keyed_numbers.setdefault(section_of, set()).add(n)
    loosely_keyed = {d.section for d in drafts if d.number in loose}   # sections a key of no section answers
    gaps = [(d, e) for d, e in zip(drafts, drafts[1:]) if d.block == e.block and e.number > d.number + 1]
    for earlier, later in gaps[:10]:   # 1、 2、 4、: a question whose number was lost went into the one before
        report.notes.append(RowProblem(file, later.line, None, Words(
            "question {n} follows question {m}: the numbers between are missing (a question whose number was "
            "lost is read into the one before it: check question {m})", n=later.number, m=earlier.number), unit=unit))
    _fewer_options(drafts, report, unit)
    answered_blocks = {d.block for d in drafts if d.answer and d.qtype is QuestionType.SHORT_ANSWER}
    for d in drafts:
        if d.broken:
            continue

        def problem(message: str) -> None:
            report.problems.append(RowProblem(file, d.line, None, message, unit=unit))
        underlined_answer = ""
        if d.qtype is QuestionType.FILL_IN and not d.options and d.line in underlined and \
                not any(BLANK_PATTERN.search(s) for s in d.stem):
            blanked, words = _underlined_blanks(d.stem[0], underlined[d.line])
            given_here = d.answer if d.answer is not None else key.get((d.section, d.number))
            if given_here is None or [w.strip() for w in re.split(r"[；;]", given_here)] == words:
                # no answer given (the underlined words are it), or the answer given is those words: blanks
                d.stem[0], underlined_answer = blanked, "" if given_here is not None else "；".join(words)
        underlined_letter = ""
        if d.options and d.line in underlined:   # 我国的根本法是<u> A </u>。: the answer on the blank's line
            blanked, words = _underlined_blanks(d.stem[0], underlined[d.line])
            if len(words) == 1 and re.fullmatch(r"[A-HＡ-Ｈ]{1,8}", words[0]):
                d.stem[0], underlined_letter = blanked, unicodedata.normalize("NFKC", words[0])
        stem = "\n".join(s for s in d.stem if s.strip())
        scored = _POINTS.search(stem)   # 1. 简述…（10分）: the question's points, not its words
        if scored and re.match(r"\s*[。.]", stem[scored.end():]) and \
                not re.search(r"[。？?！!）)_]\s*$", stem[:scored.start()]):
            scored = None   # 一次记（12分）。: inside the sentence, before its full stop, it is the statement's own
        stated = _TYPE_TAG.match(stem)
        stated_type = parse_type(stated.group(1)) if stated else None
        if scored and scored.start() > 0 and (stated_type or d.qtype) in _ONE_STATEMENT and \
                not re.search(r"[。？?！!）)_]\s*$", stem[:scored.start()]):
            problem(Words("{said} ending the statement without a full stop before it: its points, or its own words "
                          "(一次记12分)? Write points after the full stop (…。（2分）), or the words without brackets",
                          said=scored.group(0).strip()))
            continue
        own_points = None
        if scored:
            given_points = scored.group(1) or scored.group(2)
            if "." in given_points or "．" in given_points:
                problem(Words("{said}: points are whole numbers here; give the question whole points (or set them "
                              "when the exam is put together)", said=scored.group(0).strip()))
                continue
            own_points, stem = int(given_points), (stem[:scored.start()] + stem[scored.end():]).strip()
        if d.points is not None and own_points is None:   # 分值：2分 below it
            whole = re.fullmatch(r"(\d{1,3})\s*分?", unicodedata.normalize("NFKC", d.points).strip())
            if whole is None:
                problem(Words("分值 {said}: points are whole numbers here (分值：2分)", said=d.points[:20]))
                continue
            own_points = int(whole.group(1))
        tag = _TYPE_TAG.match(stem)   # 2.【多选题】下列…: the question says its own type, as exported banks do
        tagged = parse_type(tag.group(1)) if tag else None
        if tagged is not None and tag is not None:
            stem = stem[tag.end():].strip()
        answer = d.answer if d.answer is not None else key.get((d.section, d.number))
        if answer is None and waiting[d.number] == 1:   # numbered straight through (21.AB): the number says it
            answer = loose.get(d.number)
        if answer is None and d.coloured and len(d.coloured) < len(d.options):   # 标红: marked, not all alike
            answer = "".join(sorted(d.coloured))
            by_colour.append(d.line)
        elif answer is not None and d.coloured and len(d.coloured) < len(d.options) and \
                parse_choice_answer(_plain_choice(unicodedata.normalize("NFKC", answer))) and \
                not _same_answer(_plain_choice(answer), "".join(sorted(d.coloured))):
            # 标红 B, and 答案：A: the answer written is taken (colour may mark other things), and said
            coloured_apart.append(d.line)
        keyed_answer = key.get((d.section, d.number))
        if keyed_answer is None and waiting[d.number] == 1:
            keyed_answer = loose.get(d.number)
        if d.answer is not None and keyed_answer is not None and not _same_answer(d.answer, keyed_answer):
            problem(Words("the answer key at the end gives question {n} the answer {key}, its own 答案 line {answer}: "
                          "keep the right one", n=d.number, key=keyed_answer, answer=d.answer))
            continue
        if underlined_letter and answer is not None and not _same_answer(answer, underlined_letter):
            problem(Words("the answer written on the blank ({said}) and the answer given ({answer}) differ",
                          said=underlined_letter, answer=answer))
            continue
        answer = underlined_letter if answer is None and underlined_letter else answer
        underscored = _UNDERSCORED.search(stem) if d.options or d.qtype is QuestionType.TRUE_FALSE else None
        if underscored is not None:   # 国家主席任期____C____年。: the answer written on the blank's line
            said = re.sub(r"[\s、,，]+", "", unicodedata.normalize("NFKC", underscored.group(1)))
            if answer is not None and not _same_answer(unicodedata.normalize("NFKC", answer), said):
                problem(Words("the answer written on the blank ({said}) and the answer given ({answer}) differ",
                              said=said, answer=answer))
                continue
            stem = stem[:underscored.start()] + "（ ）" + stem[underscored.end():]
            answer = said if answer is None else answer
        inline = _INLINE.search(stem)
        if inline is not None and inline.group(1) and not re.fullmatch(
                r"[A-HＡ-Ｈ](?:\s*[、,，]?\s*[A-HＡ-Ｈ]){0,7}", inline.group(1)):
            # 画（√）表示同意…（√）: only a mark after the statement's end (or ending it) answers it
            inline = next((m for m in reversed(list(_MARK_ANY.finditer(stem)))
                           if re.search(r"(?:^|[。？！?!.\s])\s*$", stem[:m.start()]) or
                           re.fullmatch(r"\s*[。.]?\s*(?:[（(]\s*\d{1,3}\s*分\s*[)）])?\s*", stem[m.end():])), None)
        if inline is None and d.qtype in (QuestionType.TRUE_FALSE, None) and not d.options:
            inline = _INLINE_X.search(stem)
        said = re.sub(r"(?<=[A-H])[\s、,，]+(?=[A-H])", "",   # （ A、B、D ）: the letters, as an answer line's
                      unicodedata.normalize("NFKC", next(g for g in inline.groups() if g))) if inline else ""
        mark = bool(inline) and not re.fullmatch(r"[A-H]+", said)   # √ × 对 错: a true/false question's answer
        if mark and d.qtype not in (QuestionType.TRUE_FALSE, None):
            inline = None   # 公民（对）国家机关… in a fill-in is the stem's own word
        given = unicodedata.normalize("NFKC", answer).replace(" ", "") if answer is not None else None
        if inline and given is not None and not _same_answer(given, said) and (mark or (
                d.options and not BLANK_PATTERN.search(stem) and stem.rstrip().endswith(
                    (inline.group(0), inline.group(0) + "。", inline.group(0) + "？")))):
            # （ √ ） beside 答案：错; 单一（ B ）。 ending a choice question beside the key's A
            problem(Words("the answer in the brackets ({said}) and the answer given ({answer}) differ",
                          said=said, answer=answer))
            continue
        if inline and not BLANK_PATTERN.search(stem) and (given is None or _same_answer(given, said)):
            # the answer written in the stem's brackets: never left where a learner sees it. A bracketed
            # letter beside an empty blank, or apart from the answer given, is the stem's own text
            # (被评为（A）级…正确的是（ ）, 维生素（C）)
            stem = stem[:inline.start()] + "（ ）" + stem[inline.end():]
            answer = said if answer is None else answer
        if answer is None and underlined_answer:   # 我国的根本法是<u>宪法</u>。
            answer = underlined_answer
            from_underline.append(d.line)
        if answer is None and (tagged or d.qtype) is QuestionType.FILL_IN and not d.options and \
                not BLANK_PATTERN.search(stem):
            # 我国的根本法是（宪法）。: a fill-in with its answers in its brackets, as circulated banks write them
            filled = list(_FILLED_BLANK.finditer(stem))
            noted = next((m.group(1) for m in filled if _BRACKET_NOTE.search(m.group(1))), None)
            if noted is not None:
                problem(Words("（{said}） in a fill-in with its answers in its brackets: a note or the answer? It cannot "
                              "be told; write the blanks as （ ） and the answers on an 答案： line", said=noted[:20]))
                continue
            if filled:
                answer = "；".join(m.group(1).strip() for m in filled)
                stem = _FILLED_BLANK.sub("（ ）", stem)
                from_brackets.append(d.line)
        elif answer is not None and (tagged or d.qtype) is QuestionType.FILL_IN and not d.options and \
                not BLANK_PATTERN.search(stem):   # 我国的根本法是（宪法）。 and 答案：宪法: those brackets are its blanks
            stem = _answers_as_blanks(stem, [a.strip() for a in re.split(r"[；;]", answer)])
        if answer is not None and (d.options or d.qtype is QuestionType.TRUE_FALSE):
            answer = _plain_choice(answer)
            spelled = re.fullmatch(r"(?:是\s*)?([A-HＡ-Ｈ])\s*[.．、:：]?\s*(\S.*)", unicodedata.normalize("NFKC", answer))
            if spelled and dict(d.options).get(spelled.group(1), "").strip() == spelled.group(2).strip():
                answer = spelled.group(1)   # 答案：B.刑法 (web banks write the option out): the letter, its text agreeing
            elif re.fullmatch(r"是\s*[:：]?\s*[A-HＡ-Ｈ]{1,8}", answer):
                answer = answer[1:].strip(" :：")   # 正确答案是C, 正确答案是：C
        letters = re.sub(r"[\s,，、]", "", unicodedata.normalize("NFKC", answer or ""))
        guessed = (QuestionType.SINGLE if len(letters) == 1 else QuestionType.MULTIPLE) \
            if d.options and re.fullmatch(r"[A-H]+", letters) else None
        qtype = tagged or d.qtype or guessed  # options and letters are a choice whatever the (missing) heading
        if qtype is None and answer is None and d.options:   # a choice whose answer would have told its type
            problem(Words("no answer: an 答案： line, an answer in the brackets （ A ）, or an answer key at the end"))
            continue
        if qtype is None:
            problem(Words("no section heading (一、单项选择题, 二、判断题 …) says what type this question is"))
            continue
        if answer is None and qtype is not QuestionType.SHORT_ANSWER:
            problem(Words("no answer: an 答案： line, an answer in the brackets （ A ）, or an answer key at the end"))
            continue
        if answer is None and qtype is QuestionType.SHORT_ANSWER and (keyed_numbers.get(d.section) or
                                                                       d.section in loosely_keyed):
            problem(Words("no reference answer: the answer key answers other questions of its section but not this "
                          "one; check the key's entry for question {n} (its number)", n=d.number))
            continue
        if answer is None and qtype is QuestionType.SHORT_ANSWER and d.block in answered_blocks:
            # said: a point of the reference answer above (3. 合理行政；) read as a question would look so
            report.notes.append(RowProblem(file, d.line, None, Words(
                "question {n} has no reference answer while the other questions of its section have one: a point of "
                "the answer above it read as a question? Check it in the preview", n=d.number), unit=unit))
        if answer is None and key_lines and unread_key:   # its reference answer may be on the key's refused line
            problem(Words("no reference answer, and a line of the answer key could not be read ({where}): correct "
                          "that line first", where=place(unit, unread_key[0])))
            continue
        unmarked = next((line for line in d.stem[1:] if _UNMARKED_OPTION.match(line)), None) or next(
            (m.group(0) for m in [_UNMARKED_INLINE.search(d.stem[0])] if m), None)
        if not d.options and unmarked is not None and (qtype in (QuestionType.SINGLE, QuestionType.MULTIPLE) or (
                qtype is None and answer is not None)):   # A 人民 / a. 人民: options the layout does not read
            problem(Words("{text!r}: options written without a mark after their letters, or with small letters? "
                          "Options are read as A. B. C. (A．, A、): write A. 人民", text=unmarked.strip()[:30]))
            continue
        if (d.options or qtype is QuestionType.TRUE_FALSE) and (left := _ANSWERISH_END.search(stem)):
            # ［A］, 〔B〕, （选A）, （A项）, （abd）, （是） ending the stem: an answer in a form not read; the learner would see it
            problem(Words("the stem ends with {said}: an answer written in a form Xuefa does not read? The learner would "
                          "see it; write it as （ A ） (（ √ ） for true/false) or on an 答案： line", said=left.group(0).strip()))
            continue
        shown = d.figures + [f for fs in d.option_figures.values() for f in fs]
        q, errors = build_question(qid="", qtype=qtype, stem=stem, options=d.options, answer_text=answer or "",
                                   points=own_points,
                                   category=d.category or "", difficulty=d.difficulty or 3, tags=(),
                                   explanation="\n".join(d.explanation),
                                   # what a paragraph shows that is no picture (an embedded object, crossed-out
                                   # words) cannot be kept wherever it stands
                                   fixed_keys=set(), images=tuple(d.images) + tuple(
                                       f for f in shown if isinstance(f, Words)),
                                   pictures=tuple(pictures[f] for f in d.figures if f in pictures),
                                   missing=tuple(f.rsplit("/", 1)[-1] for f in shown
                                                 if f not in pictures and not isinstance(f, Words)),
                                   option_pictures={k: tuple(pictures[f] for f in fs if f in pictures)
                                                    for k, fs in d.option_figures.items()})
        if q is None:
            for e in errors:   # an answer's problem where its 答案： line stands, the others at the question
                at = d.answer_at if d.answer_at is not None and str(e).startswith("answer") else d.line
                report.problems.append(RowProblem(file, at, None, e, unit=unit))
            continue
        refused = sink.add(q, place(unit, d.line), d.line)
        if refused:
            problem(refused)
        elif report.questions and (own_points is not None or d.category is not None or d.difficulty is not None):
            # written here: taken, not left as the bank has them
            fields_here = {f for f, v in (("points", own_points), ("category", d.category),
                                      ("difficulty", d.difficulty)) if v is not None}
            report.uncarried_of[report.questions[-1].id] = report.uncarried - fields_here
    if titles > TITLE_NOTES:
        report.notes.append(RowProblem(file, None, None, Words(
            "{count:,} more lines above the first question read as a title", count=titles - TITLE_NOTES)))
    if page_marks:   # left out, and said where (the note's place is the first; all are listed)
        report.notes.append(RowProblem(file, page_marks[0], None, Words(
            "left out: page numbers and running heads (a bare number, 第 N 页, — N —, a title line again), "
            "at {shown}", shown=_listed(page_marks)), unit=unit))
    if counted:   # said: the numbers are Word's, not the text's; an answer key goes by them
        listed = _listed(counted)
        report.notes.append(RowProblem(file, None, None, Words(
            "paragraph(s) {shown}: stems numbered by Word's automatic numbering, read as questions 1, 2, 3 … of "
            "their section, as Word shows them", shown=listed)))
    if by_colour:   # said, so a colour that meant something else is caught in the preview
        listed = _listed(by_colour)
        report.notes.append(RowProblem(file, None, None, Words(
            "the answers of {count} question(s) with no 答案 line were read from the options written in colour "
            "(标红) or highlighted, at paragraph(s) {shown}: check them in the preview", count=len(by_colour),
            shown=listed)))
    if from_underline:   # said, so underlining that only stressed a word is caught in the preview
        listed = _listed(from_underline)
        report.notes.append(RowProblem(file, None, None, Words(
            "the answers of {count} fill-in question(s) with no 答案 line were read from their underlined words "
            "(as in 我国的根本法是宪法 with 宪法 underlined), at paragraph(s) {shown}: check them in the preview",
            count=len(from_underline), shown=listed)))
    if from_brackets:   # said, so a bracket that held the stem's own words is caught in the preview
        report.notes.append(RowProblem(file, from_brackets[0], None, Words(
            "{count} fill-in question(s) with no 答案 line, at {shown}: their answers were read from the words in "
            "their brackets (as in 我国的根本法是（宪法）); check them in the preview", count=len(from_brackets),
            shown=_listed(from_brackets)), unit=unit))
    if coloured_apart:   # the answer written was taken; a colour marking another option may mean a wrong one
        listed = _listed(coloured_apart)
        report.notes.append(RowProblem(file, None, None, Words(
            "{count} question(s) have options written in colour (标红) that are not the answer written on their "
            "答案 line, at paragraph(s) {shown}: the answer line was taken; check them in the preview",
            count=len(coloured_apart), shown=listed)))
    return report


LIST_LONGEST = 12   # points of a numbered list inside one question; numbers that start again and go on
                   # longer are a slip in the numbering (1. 1. 2. 3. …), said as a number standing twice


def _lists_inside(drafts: list[_Draft], report: ImportReport, unit: str) -> None:
    """Numbers that go back to 1 inside a section (1. then 1. 2. 3. then 2.) are a numbered list inside the
    question before them, read as questions: that question and every piece of the list are refused (with
    --accept-valid, a piece with options and an answer would otherwise be stored as a question of its own),
    until the numbers go on from that question (its next number, after the list's own)."""
    by_block: dict[int, list[_Draft]] = {}
    for d in drafts:
        by_block.setdefault(d.block, []).append(d)
    runs: list[tuple[_Draft, list[_Draft], bool]] = []   # (the question, the list's pieces, the numbers went on)
    for block in by_block.values():
        top: _Draft | None = None
        pieces: list[_Draft] | None = None
        for d in block:
            if pieces is not None and top is not None and (
                    pieces[-1].options or pieces[-1].answer is not None or
                    d.number == top.number + 1 and d.number <= max(p.number for p in pieces)):
                # the questions go on: the list's last piece took the question's options or answer (its end),
                # or the next number stands again after the list's own
                runs.append((top, pieces, True))
                pieces = None
            if pieces is None and (top is None or d.number != 1):
                top = d
            elif pieces is None:
                pieces = [d]
            else:
                pieces.append(d)
        if pieces is not None and top is not None:
            runs.append((top, pieces, False))
    for inside, pieces, ended in runs:
        if not ended and len(pieces) > LIST_LONGEST:
            continue   # 1. 1. 2. … to the section's end: a slip in the numbers, said as a number twice
        inside.listed = True
        if not inside.broken:
            report.problems.append(RowProblem(report.file, inside.line, None, Words(
                "question {n} is followed by numbers that start again at 1: a numbered list inside it, read "
                "as questions; number its points ① ② …", n=inside.number), unit=unit))
            inside.broken = True
        for d in pieces:
            d.listed = True
            if not d.broken:
                report.problems.append(RowProblem(report.file, d.line, None, Words(
                    "{n}. below question {m}: a point of a numbered list inside that question, not a question; "
                    "number its points ① ② …", n=d.number, m=inside.number), unit=unit))
                d.broken = True


def _answers_as_blanks(stem: str, answers: list[str]) -> str:
    """A fill-in's stem with the brackets that hold its answers, in order, as blanks (根据宪法（2018年修正），
    权力属于（人民）。 with the answer 人民: only the second); the stem as it is unless each answer is found so."""
    spans, wanted = [], iter(answers)
    part = next(wanted, None)
    for m in _FILLED_BLANK.finditer(stem):
        if part is not None and m.group(1).strip() == part:
            spans.append(m.span())
            part = next(wanted, None)
    if part is not None or len(spans) != len(answers):
        return stem
    for start, end in reversed(spans):
        stem = stem[:start] + "（ ）" + stem[end:]
    return stem


def _listed(numbers: list[int]) -> str:
    """Lines or paragraphs for a note, each once, ten at most."""
    once = sorted(set(numbers))
    return ", ".join(map(str, once[:10])) + (" …" if len(once) > 10 else "")


def _fewer_options(drafts: list[_Draft], report: ImportReport, unit: str) -> None:
    """Said, not refused: a choice question with fewer options than every other of its section (at least
    three others, all alike), as an option whose letter was lost reads into the one before it (C.法院军队
    for C.法院 D.军队) and nothing else shows it."""
    by_block: dict[int, list[_Draft]] = {}
    for d in drafts:
        if d.options and not d.broken:
            by_block.setdefault(d.block, []).append(d)
    for group in by_block.values():
        counts = Counter(len(d.options) for d in group)
        if len(counts) != 2:
            continue
        (usual, many), (fewer, few) = counts.most_common()
        if few > 2 or many < 3 or fewer > usual:
            continue
        for d in group:
            if len(d.options) == fewer:
                report.notes.append(RowProblem(report.file, d.line, None, Words(
                    "question {n} has {fewer} options where the other questions of its section have {usual}: check "
                    "that no option lost its letter (C.法院军队 written for C.法院 D.军队)", n=d.number, fewer=fewer,
                    usual=usual), unit=unit))


def _runs_by_section(runs: list[list[list]], drafts: list[_Draft], skipped: set[tuple[int, int]],
                     keyed: dict[tuple[int, int], list[tuple[int, str, bool]]], key: dict[tuple[int, int], str],
                     loose: dict[int, str], report: ImportReport, unit: str) -> None:
    """An answer key that names no section but numbers each section's answers from 1 again (1.A 2.B, then
    1.√ 2.×): its runs are the sections' keys in the sections' order, taken only when there are as many runs
    as sections that start again at 1 and each run answers exactly its section's numbers; otherwise said,
    since which answer is whose cannot be told."""
    order: list[int] = []
    numbers: dict[int, set[int]] = {}
    for section, n in [(d.section, d.number) for d in sorted(drafts, key=lambda d: d.line)] + sorted(skipped):
        if section not in numbers:
            order.append(section)
        numbers.setdefault(section, set()).add(n)
    taken = [{n for _line, n, _given in run} for run in runs]
    if len(order) < 2:
        return   # one section: an entry given twice, said as such
    if len(runs) != len(order) or any(t != numbers[s] for t, s in zip(taken, order)):
        report.problems.append(RowProblem(report.file, runs[1][0][0], None, Words(
            "the answer key starts again at question {n} here but names no section, and its parts do not answer "
            "the sections one by one ({parts} part(s), {sections} section(s)): label each part with its section "
            "(一、1.A 2.B … 二、1.√ …)", n=runs[1][0][1], parts=len(runs), sections=len(order)), unit=unit))
        return
    for run, section in zip(runs, order):
        for line, n, given in run:
            kept = [e for e in keyed.get((1, n), []) if not e[2]]   # what a key labelled 一、 gave, if anything
            if kept:
                keyed[(1, n)], key[(1, n)] = kept, kept[-1][1]
            elif (1, n) in keyed:
                del keyed[(1, n)]
                key.pop((1, n), None)
            loose.pop(n, None)
        for line, n, given in run:
            keyed.setdefault((section, n), []).append((line, given, False))
            key[(section, n)] = given


def _line_starts(text: str) -> list[tuple[int, str]]:
    """(offset, line) of each line of ``text``."""
    out, at = [], 0
    for line in text.split("\n"):
        out.append((at, line))
        at += len(line) + 1
    return out


def _underlined_blanks(first: str, marked: list[tuple[str, str]]) -> tuple[str, list[str]]:
    """A fill-in's first stem line ``first`` with its underlined words (by the masks of its paragraph's lines)
    as blanks, and those words in order; ``first`` and [] when none stands in it."""
    for line, mask in marked:
        start = line.find(first) if first else -1   # where ``first`` starts in ``line`` (an answer split off
        if start < 0:                               # after it, its number before it)
            continue
        runs = [(m.start() - start, m.end() - start) for m in re.finditer("1+", mask)
                if start <= m.start() and m.end() <= start + len(first)]
        if not runs:
            return first, []
        words, out, at = [], [], 0
        for begin, end in runs:
            word = first[begin:end].strip()
            if word:
                words.append(word)
                out.append(first[at:begin] + "（ ）")
                at = end
        return "".join(out) + first[at:], words
    return first, []


def _coloured_options(split: list[tuple[str, str]], line: str, marked: tuple | list) -> set[str]:
    """The options of ``split`` (read from ``line``) whose own text is written wholly in colour, by the masks
    of the paragraph's coloured lines ((line, mask): "1" per coloured character)."""
    mask = next((m for text, m in marked if text == line), None)
    if mask is None:
        return set()
    found, at = set(), 0
    for letter, text in split:
        start = line.find(text, at)
        if start < 0 or not text.strip():
            continue
        at = start + len(text)
        if all(flag == "1" for ch, flag in zip(line[start:at], mask[start:at]) if not ch.isspace()):
            found.add(letter)
    return found


def _is_key_line(text: str) -> bool:
    """A line of an answer key: 1.A 2.B, 一、1.√ 2.×, 单项选择题：1-3 ABC, 3. 依法治国 (a fill-in's, short), not
    a question."""
    first = _key_parts(text)[0]
    rest = first.rest if first.labelled else text
    if _is_question_in_key(rest):
        return False
    if _KEY_ENTRY.match(rest) or _KEY_RANGE.match(rest) or (first.labelled and _BARE_RUN.fullmatch(rest)):
        return True
    numbered = _NUMBERED.match(rest)   # 四、1. 宪法 (a section's fill-in key), 1. 宪法 2. 国务院
    return numbered is not None and (first.section > 0 or len(
        _written_entries(int(numbered.group(1) or numbered.group(2)), numbered.group(3))) > 1)


def _is_question_in_key(text: str) -> bool:
    """A numbered question standing among an answer key's lines (the key between sections ended), not a line of
    several fill-in answers (1. 宪法 2. 全国人民代表大会；全国人民代表大会常务委员会 …), long as that is."""
    numbered = _NUMBERED.match(text)
    return _is_question_line(text) and len(_KEY_ENTRY.findall(text)) < 2 and not (numbered and len(
        _written_entries(int(numbered.group(1) or numbered.group(2)), numbered.group(3))) > 1)


_SENTENCE_ENDS = ("。", "？", "！", "；", "?", "!", ";")   # a line so ending is a sentence of a question, no page's head


def _running_heads(texts: list[str]) -> tuple[set[str], dict[str, int]]:
    """Lines a copy repeats on each page (a running head that is not the title: 某市司法局 内部资料): the
    same words twice or more, no question's, option's, answer's or heading's form, no blank. Returns
    (those next to a page number or above the first question, left out as the page's furniture; the others,
    with how often they stand, which refuse a question they stand inside). ``texts``: the lines as read
    ("" for one with a picture)."""
    counts = Counter(t for t in texts if len(t) >= 4)
    candidates = {t for t, c in counts.items() if c >= 2 and not (_structural(t) or BLANK_PATTERN.search(t) or
                                                                   _LABEL.match(t) or t.endswith(_SENTENCE_ENDS))}
    heads: set[str] = set()
    shown = [t for t in texts if t]
    # a head with its page number on one line: the number changes, the head repeats
    # (a head is short: a long line is never tried, so a run of thousands of spaces costs nothing)
    paged = {t: m.group("head") or m.group("tail") for t in shown
             if len(t) <= 120 and (m := _HEAD_AND_PAGE.fullmatch(t))}
    repeated_heads = Counter(paged.values())
    heads |= {t for t, head in paged.items() if repeated_heads[head] >= 2}
    first_question = next((n for n, t in enumerate(shown) if _NUMBERED.match(t)), len(shown))
    if any(_PAGE_MARK.fullmatch(t) for t in shown):   # (a title standing again in a file of no pages is content)
        heads |= candidates & set(shown[:first_question])
    for n, t in enumerate(shown):
        if _PAGE_MARK.fullmatch(t):
            heads |= candidates & set(shown[max(n - 1, 0):n + 2])
            # a line between a page number and the next question's number (a footer, XX市司法局): the page's
            if n + 2 < len(shown) and _NUMBERED.match(shown[n + 2]) and not _structural(shown[n + 1]):
                heads.add(shown[n + 1])
    # twice beside a page number is a two-page copy's head; inside questions only three times or more says so
    return heads, {t: counts[t] for t in candidates - heads if counts[t] >= 3}


def _structural(t: str) -> bool:
    """A line of a question's or key's own form: numbered, an option, an answer, an explanation, a heading."""
    return bool(_NUMBERED.match(t) or _OPTION.match(t) or _ANSWER.match(t) or _EXPLAIN.match(t) or
                _heading_type(t) or _OTHER_SECTION.match(t) or _UNTYPED_SECTION.match(t) or _KEY_OPENING.match(t) or
                _KEY_HEADING.match(t) or _PAGE_MARK.fullmatch(t))


# a fill-in's answer written in its brackets (（宪法）), and words that make a bracket a note instead (（2018年修正）)
_FILLED_BLANK = re.compile(r"[（(]([^（）()\n]{1,60})[）)]")
_BRACKET_NOTE = re.compile(r"\d{4}\s*年|修正|修订|试行|草案|简称|以下|注[:：]|[（(]|除外|包括|包含|不含|含|第.{1,8}[条款项章节]|"
                           r"参见|详见|见|例如|如|等|另有规定|特殊情况|法律另|下同|同上")


# a question's own type at the start of its stem: 【多选题】 [单选] （判断题）
_TYPE_TAG = re.compile(r"^\s*[【\[〔（(]\s*([^】\]〕）)]{1,8}?)\s*[】\]〕）)]\s*")

# a question's own points at the start or end of its stem: （10分） (2 分) 【5分】 （本题10分）, at the end also
# before a bracket answer that ends it (宪法是根本法。（2分）（ √ ）)
_POINTS = re.compile(r"^\s*[（(【\[]\s*(?:本题)?\s*(\d{1,3}(?:[.．]\d)?)\s*分\s*[)）】\]]\s*|"
                     r"\s*[（(【\[]\s*(?:本题)?\s*(?:共)?\s*(\d{1,3}(?:[.．]\d)?)\s*分\s*[)）】\]]"
                     r"(?=\s*(?:[（(][^（）()]{0,8}[)）])?\s*[。.]?\s*$)")


def _next_point(answer: str, text: str) -> bool:
    """``text`` starts with the next point of a reference answer whose points are numbered in brackets
    ("（1）合法行政；" given, "（2）合理行政；" below it): the same answer, not the key entry of question 2."""
    point = re.match(r"\s*[（(](\d{1,2})[)）]", text)
    return point is not None and int(point.group(1)) > 1 and re.search(
        rf"[（(]{int(point.group(1)) - 1}[)）]", answer) is not None


def _is_short(draft: _Draft) -> bool:
    """A short answer (or a question that may be one: no options, no blank), whose reference answer may be
    written in numbered points."""
    return draft.qtype is QuestionType.SHORT_ANSWER or draft.qtype is None and not (
        draft.options or BLANK_PATTERN.search(" ".join(draft.stem)))


_EXPLAIN_INSIDE = re.compile(r"\s*(?:[【\[〔](?:答案解析|试题解析|解析)[】\]〕]|(?:\s|(?<=[。；;！？]))(?:答案解析|试题解析|解析)"
                             r"\s*[:：])\s*")


def _answer_and_explanation(text: str) -> tuple[str, str]:
    """答案：A 解析：… (or 【解析】…) on one line: (answer, explanation); the explanation "" when none."""
    m = _EXPLAIN_INSIDE.search(text)
    return (text, "") if m is None else (text[:m.start()], text[m.end():])


def _plain_choice(answer: str) -> str:
    """A choice's or true/false answer as written with its trimmings: A。 （A） A； ×。 错误。 -> A, A, A, ×, 错误."""
    text = answer.strip().rstrip("。；;.，,、")
    m = re.fullmatch(r"[（(]\s*(.*?)\s*[)）]", text)
    return m.group(1) if m else text


# how a short answer's question starts: a line so starting below a whole question is another question
_ASKING = re.compile(r"^\s*(?:请?简述|请?试述|请?论述|请?简要|谈谈|什么是|如何理解)")


def _after(key: str) -> str:
    """The option letter after ``key`` (A -> B)."""
    return chr(ord(key) + 1) if key < "H" else "?"


def _starts_with_letter(text: str, key: str) -> bool:
    """``text`` starts with the letter of the option after ``key`` in another form than a mark: D。行政法,
    D 行政法, D行政法, d. 行政法, Ｄ-行政法."""
    m = re.match(r"\s*([A-Ha-hＡ-Ｈａ-ｈ])(?=\s*[。\-－—.．、:：]|\s+\S|[\u4e00-\u9fff])", text)
    return m is not None and unicodedata.normalize("NFKC", m.group(1)).upper() == _after(key)


def _next_letter_inside(split: list[tuple[str, str]]) -> str:
    """The letter of an option written inside the text of one before it without its usual mark (C. 民法典 D。行政法,
    C. 民法典  D 行政法, C. 民法典 Ｄ行政法, C. 法院 d. 军队, C. 法院 D, 军队), a later option's marked letter
    inside it (B. 政府法院D.军队: C lost), or, in a line of several options, a wide gap or a number's mark
    where a letter was lost (C、民法典  行政法, C. 法院 0. 军队): that letter (or "?"), or ""."""
    for key, text in split:
        next_key = _after(key)
        # a lower-case letter only with a mark (d. 军队): bare before Chinese text it is the option's own word
        for m in re.finditer(r"\s(?:([A-Ha-hＡ-Ｈａ-ｈ])\s*[。\-－—.．,，、:：)）]|([A-HＡ-Ｈ])\s*(?=[\u4e00-\u9fff]))", text):
            if unicodedata.normalize("NFKC", m.group(1) or m.group(2)).upper() == next_key:
                return next_key
        for m in re.finditer(r"(?<![A-Za-z.．])([A-HＡ-Ｈ])\s*[.．、:：)）](?![A-Za-z])", text):   # not D.C.
            if unicodedata.normalize("NFKC", m.group(1)) > key:
                return unicodedata.normalize("NFKC", m.group(1))
        if len(split) > 1 and (re.search(r"\S(?:\s{2,}|\t)\S", text.strip()) or re.search(r"\s\d\s*[.．、]\s*\S", text)):
            return next_key
    return ""


def _same_answer(a: str, b: str) -> bool:
    """Two ways of writing one answer: A,B and AB, √ and 对, Ａ and A."""
    from examcore.banks.common import parse_true_false
    x, y = (unicodedata.normalize("NFKC", t).strip() for t in (a, b))
    if parse_true_false(x) is not None and parse_true_false(y) is not None:
        return parse_true_false(x) == parse_true_false(y)
    if parse_choice_answer(x) and parse_choice_answer(y):
        return parse_choice_answer(x) == parse_choice_answer(y)
    return " ".join(x.split()) == " ".join(y.split())


def _written_entries(first: int, rest: str) -> list[tuple[int, str]]:
    """Fill-in answers of a key, from the first one's number and the text after it: "宪法 2. 国务院" is two when
    the numbers inside go on one by one (2. after 1.); otherwise the whole text is the first one's."""
    rest = rest.strip()
    marks = list(_NEXT_ENTRY.finditer(rest))
    numbers = [int(m.group(1) or m.group(2) or m.group(3)) for m in marks]
    if not numbers or any(b <= a for a, b in zip([first, *numbers], numbers)):
        return [(first, rest)]   # (numbers going up, gaps allowed: 1.宪法  3.方略 when 2 has its own answer)
    starts = [0, *(m.end() for m in marks)]
    ends = [m.start() for m in marks] + [len(rest)]
    return [(n, rest[a:b].strip().rstrip("，,；;、").strip()) for n, a, b in zip([first, *numbers], starts, ends)]


# the next entry's number inside a key line of written answers: 1.宪法 2.国务院, 1.宪法，2.国务院, （1）宪法 （2）国务院
_NEXT_ENTRY = re.compile(r"(?:\s+(\d{1,5})\s*[.、．]|[，,；;、]\s*(\d{1,5})\s*[.、．](?!\d)|(?:\s+|[，,；;、]\s*)[（(](\d{1,5})[)）])\s*")


def _several_answers(text: str) -> bool:
    """More than one answer in a key line (1.A 2.B, 1-3：ABC): a key, not one question's 答案：1.A."""
    return len(_KEY_ENTRY.findall(_key_ranges(text)[0])) > 1


@dataclass(frozen=True)
class _KeyPart:
    """A part of an answer key's line: its label (一、 （一） 第一部分 单项选择题（每题1分）：, each optional) and
    the entries after it. section: the numeral's section, 0 when none is written."""
    labelled: bool
    section: int
    qtype: QuestionType | None
    rest: str


_KEY_TYPE_NAMES = "|".join(sorted((re.escape(name) for names in TYPE_NAMES.values() for name in names
                                   if not name.isascii()), key=len, reverse=True))
# a label inside an answer key: a section's numeral, its type's name, or both; a note in brackets and a colon
_KEY_LABEL = re.compile(rf"(?:([{_NUMERAL}]+)\s*[、.．]|[（(]([{_NUMERAL}]+)[)）]|第([{_NUMERAL}]+)(?:部分|大题))\s*"
                        rf"(?:({_KEY_TYPE_NAMES})\s*(?:[（(][^（）()]*[）)])?)?\s*[:：]?\s*"
                        rf"|({_KEY_TYPE_NAMES})\s*(?:[（(][^（）()]*[）)])?\s*[:：]?\s*")


def _key_parts(text: str) -> list[_KeyPart]:
    """A line of an answer key cut at its labels: "一、单项选择题：1.A 2.B 二、判断题：1.√" is two parts, "1.A 2.B"
    one unlabelled part. A label stands at the start or after a space, never inside an answer."""
    parts: list[_KeyPart] = []
    labels = [m for m in _KEY_LABEL.finditer(text) if m.group(0).strip() and (
        not text[:m.start()].strip() or text[m.start() - 1].isspace() and (   # a type's name inside: 判断：
            not m.group(5) or re.search("[:：]", m.group(0))))]
    if not labels or labels[0].start() > 0 and text[:labels[0].start()].strip():
        parts.append(_KeyPart(False, 0, None, text[:labels[0].start()] if labels else text))
    for at, m in enumerate(labels):
        end = labels[at + 1].start() if at + 1 < len(labels) else len(text)
        numeral = m.group(1) or m.group(2) or m.group(3)
        name = m.group(4) or m.group(5)
        parts.append(_KeyPart(True, _chinese_number(numeral) if numeral else 0,
                              parse_type(name) if name else None, text[m.end():end]))
    return parts


# 1-5：ABCDA, 6～10 √×√√×, 1-5：A B C D A, 1-10：ABCDA BCDAB, 1-3：AB、C、ABD: an answer per question of the range
_RANGE_ANSWER = "[A-HＡ-Ｈa-h√×✓✔✗✘✕✖╳XxＸ对错]+"
# 一、ABCDA BCDAB: a section's answers in order, with no question numbers (each letter one answer; with
# separators, each group one: 二、AB、C、ABD)
_BARE_RUN = re.compile(rf"\s*{_RANGE_ANSWER}(?:[ \t,，、;；]+{_RANGE_ANSWER})*\s*[。.]?\s*")
_KEY_RANGE = re.compile(rf"(\d{{1,5}})\s*[-－—–~～至到]\s*(\d{{1,5}})\s*[.、．:：]?\s*"
                        rf"({_RANGE_ANSWER}(?:[ \t,，、;；]+{_RANGE_ANSWER})*)")


def _key_ranges(text: str) -> tuple[str, list[str]]:
    """``text`` with each range written out (1-3：ABC -> 1.A 2.B 3.C), and the ranges whose answers do not
    match their questions' count, as written. Answers spaced one per question (1-3：AB C D) may be a multiple
    choice's letters; letters in groups (1-10：ABCDA BCDAB) are one per question."""
    wrong: list[str] = []

    def out(m: re.Match[str]) -> str:
        first, last = int(m.group(1)), int(m.group(2))
        written = re.split(r"[ \t,，、;；]+", m.group(3).strip())
        count = last - first + 1
        if len("".join(written)) == count:
            answers = list("".join(written))
        elif len(written) == count:
            answers = written
        else:
            answers = []
        if not answers or last < first:
            wrong.append(m.group(0).strip())
            return " "   # read as nothing, never as an answer to its last number
        return " ".join(f"{first + n}.{a}" for n, a in enumerate(answers))
    return _KEY_RANGE.sub(out, text), wrong


def _is_question_line(text: str) -> bool:
    """A numbered question rather than a key entry: it has a blank, ends as a sentence, or is long."""
    numbered = _NUMBERED.match(text)
    if not numbered:
        return False
    rest = numbered.group(3).strip()
    return bool(BLANK_PATTERN.search(rest)) or rest.endswith(("。", "？", "?", "：", ":")) or len(rest) > 24


def read_text_bank(text: str, file: str, bank: str) -> ImportReport:
    from examcore.banks.text_files import split_lines
    return read_office_lines([(n, line, []) for n, line in enumerate(split_lines(text), start=1)], file, bank)


_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_W_P, _W_T, _W_TAB, _W_BR, _W_OBJECT = (_W + n for n in ("p", "t", "tab", "br", "object"))
_W_R, _W_VANISH, _W_VAL = _W + "r", _W + "vanish", _W + "val"
_W_STRIKES, _W_VERT_ALIGN = (_W + "strike", _W + "dstrike"), _W + "vertAlign"
_W_SYM, _W_FONT, _W_CHAR, _W_NUMPR, _W_PSTYLE, _W_NUMID = (_W + n for n in ("sym", "font", "char", "numPr", "pStyle",
                                                                           "numId"))
_W_ILVL = _W + "ilvl"
_W_TBL, _W_TR, _W_TC = _W + "tbl", _W + "tr", _W + "tc"
_W_GRID_SPAN, _W_VMERGE = _W + "gridSpan", _W + "vMerge"   # a table cell merged across columns, or down rows
_W_CAPS = (_W + "caps", _W + "smallCaps")   # the run shown in capitals: a typed "wto" reads WTO on the page
_W_MOVE_FROM, _W_NO_BREAK_HYPHEN = _W + "moveFrom", _W + "noBreakHyphen"   # a tracked move's old place; 不断字符
_W_RSTYLE, _W_U, _W_COLOR, _W_SHD, _W_HIGHLIGHT = (_W + n for n in ("rStyle", "u", "color", "shd", "highlight"))
_W_THEME_COLOR, _W_FILL = _W + "themeColor", _W + "fill"
_W_NOTE_REFS = (_W + "footnoteReference", _W + "endnoteReference")   # a note's text is elsewhere (footnotes.xml)
_W_RUBY_TEXT, _W_INSTR = _W + "rt", _W + "instrText"   # a phonetic guide (拼音指南) over its base; a field's code
_EQ_FIELD = re.compile(r"\s*EQ\b", re.I)   # { EQ \f(1,2) }: a formula Word draws from the field's code
# what Word shows as a line to write on (underlined spaces or tab) is read as the blank banks type: ____
UNDERLINED_BLANK = "____"
# 插入 → 符号 from a symbol font stores a code of that font, not the character: the ones banks use
_SYMBOLS = {"symbol": {0xB3: "≥", 0xA3: "≤", 0xB9: "≠", 0xD6: "√", 0xB4: "×", 0xB1: "±", 0xAE: "→", 0xAC: "←",
                       0xB0: "°", 0xA5: "∞", 0xBB: "≈", 0xB7: "•", 0xD7: "·"},
            "wingdings": {0xFC: "√", 0xFB: "×", 0xFE: "☑", 0xFD: "☒", 0xA8: "□", 0x6C: "●", 0x9F: "•"},
            "wingdings 2": {0x50: "√", 0x4F: "×", 0x52: "☑", 0x54: "☒", 0xA3: "□"}}
_A_BLIP = "{http://schemas.openxmlformats.org/drawingml/2006/main}blip"
_R_EMBED = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}embed"
_MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
_R_LINK = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}link"   # a picture not in the file
_V_IMAGE = "{urn:schemas-microsoft-com:vml}imagedata"
# what a paragraph draws that is no picture nor text: never dropped without a word (a formula's digits, an
# arrow the stem points at)
_M = "{http://schemas.openxmlformats.org/officeDocument/2006/math}"
_MATH = {_M + "oMath", _M + "oMathPara"}
_CHART = "{http://schemas.openxmlformats.org/drawingml/2006/chart}chart"
_WPS = "{http://schemas.microsoft.com/office/word/2010/wordprocessingShape}"
_V = "{urn:schemas-microsoft-com:vml}"
_SHAPES = {_WPS + "wsp", _V + "shape"}                  # a shape: a text box or a picture when it holds one
_SHAPE_FILLED = {_WPS + "txbx", _V + "textbox", _V + "imagedata",
                 "{http://schemas.openxmlformats.org/drawingml/2006/main}blip"}
_V_DRAWN = {_V + n for n in ("line", "rect", "oval", "roundrect", "polyline", "arc", "curve")}
_R_ID = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"


@dataclass(frozen=True)
class StyleLooks:
    """What a document's styles do to the text they are given to, each through the styles it is based on
    (w:basedOn): paragraph styles that number their paragraphs (List Number, and one based on it), and the
    look a paragraph or character style gives its runs: hidden (w:vanish), struck through, raised. Found by
    an outside tester: an answer hidden by a style, and an option struck by one, reached the station."""

    numbered: frozenset[str] = frozenset()
    runs: dict[str, tuple[bool | None, bool | None, str | None]] = field(default_factory=dict)   # id -> look
    default_paragraph: str = ""   # the style of a paragraph that names none (Normal)
    numbers: dict[str, tuple[str, int | None]] = field(default_factory=dict)   # id -> (numId, ilvl) it numbers by


def style_looks(root: ET.Element) -> StyleLooks:
    """The StyleLooks of word/styles.xml (parsed)."""
    own: dict[str, tuple[str, bool, tuple[bool | None, bool | None, str | None]]] = {}
    own_numbers: dict[str, tuple[str | None, int | None]] = {}
    default = ""
    for style in root.iter(_W + "style"):
        sid = style.get(_W + "styleId", "")
        based = style.find(_W + "basedOn")
        props = style.find(_W + "rPr")
        look: tuple[bool | None, bool | None, str | None] = (None, None, None)
        if props is not None:
            def on(tags: tuple[str, ...]) -> bool | None:
                found = [e for e in props if e.tag in tags]
                return None if not found else found[-1].get(_W_VAL, "true") not in ("0", "false", "off")
            vert = props.find(_W_VERT_ALIGN)
            look = (on((_W_VANISH,)), on(_W_STRIKES),
                    None if vert is None else {"superscript": "sup", "subscript": "sub"}.get(vert.get(_W_VAL, ""), ""))
        ppr = style.find(_W + "pPr")
        num = ppr.find(_W_NUMPR) if ppr is not None else None
        num_id = num.find(_W_NUMID) if num is not None else None
        numbered = num is not None and (num_id is None or num_id.get(_W_VAL, "") != "0")
        own[sid] = (based.get(_W_VAL, "") if based is not None else "", numbered, look)
        level = num.find(_W_ILVL) if num is not None else None
        own_numbers[sid] = (num_id.get(_W_VAL) if num_id is not None else None,
                            _level(level.get(_W_VAL)) if level is not None else None)
        if style.get(_W + "type") == "paragraph" and style.get(_W + "default") in ("1", "true", "on"):
            default = sid

    every: dict[str, tuple[bool, tuple[bool | None, bool | None, str | None]]] = {}
    numbers: dict[str, tuple[str | None, int | None]] = {}
    for start in own:   # each style through the styles it is based on, nearest first (a loop of basedOn ends)
        chain: list[str] = []
        sid = start
        while sid in own and sid not in every and sid not in chain:
            chain.append(sid)
            sid = own[sid][0]
        numbered_up, up = every.get(sid, (False, (None, None, None)))
        number_up = numbers.get(sid, (None, None))
        for sid in reversed(chain):
            _, numbered, look = own[sid]
            numbered_up = numbered or numbered_up
            up = tuple(mine if mine is not None else theirs for mine, theirs in zip(look, up))  # type: ignore[assignment]
            every[sid] = (numbered_up, up)
            number_up = (own_numbers[sid][0] or number_up[0],
                         own_numbers[sid][1] if own_numbers[sid][1] is not None else number_up[1])
            numbers[sid] = number_up
    # a look that says anything, off included (a character style turning off its paragraph's hidden text)
    return StyleLooks(frozenset(sid for sid, (numbered, _) in every.items() if numbered),
                      {sid: look for sid, (_, look) in every.items() if any(v is not None for v in look)}, default,
                      {sid: (num, level) for sid, (num, level) in numbers.items() if num and num != "0"})


def _level(text: str | None) -> int:
    """A list level (w:ilvl), 0 to 8; 0 for what is not one."""
    try:
        return min(max(int(text or 0), 0), 8)
    except ValueError:
        return 0


@dataclass
class WordTable:
    """A table of a Word document: its rows of cells, each cell its paragraphs as (paragraph, text)."""

    before: str   # the last paragraph before it outside a table (a section heading names the questions' type)
    rows: list[list[list[tuple[int, str]]]] = field(default_factory=list)
    paragraphs: set[int] = field(default_factory=set)
    # each cell's merging, as its w:tcPr says: (columns it spans (w:gridSpan), w:vMerge: "" none, "restart"
    # the first of cells merged down, "continue" one below it)
    merging: list[list[tuple[int, str]]] = field(default_factory=list)

    def cells(self) -> list[tuple[str, ...]]:
        """The rows as a sheet's: a cell spanning n columns is followed by n - 1 empty ones, so each column
        stays under its header (选项 over A B C D)."""
        grid = []
        for row, merging in zip(self.rows, self.merging):
            texts: list[str] = []
            for cell, (span, _) in zip(row, merging):
                texts += ["\n".join(text for _, text in cell).strip()] + [""] * (span - 1)
            grid.append(tuple(texts))
        return grid

    def merged(self) -> list[tuple[int, int, int, int]]:
        """(first column, first row, last column, last row), 1-based, of the merged cells, as a sheet's
        merged ranges: across (w:gridSpan) and down (w:vMerge, whose cells below are empty)."""
        ranges: list[tuple[int, int, int, int]] = []
        starts: dict[int, tuple[int, int, int]] = {}   # grid column -> (first row, span, last row) of a merge down
        grid = self.cells()
        for r, merging in enumerate(self.merging, start=1):
            column = 1
            for span, vmerge in merging:
                if vmerge == "continue" and column in starts and not grid[r - 1][column - 1]:
                    starts[column] = (starts[column][0], span, r)
                else:
                    if column in starts:
                        first, width, last = starts.pop(column)
                        if last > first or width > 1:
                            ranges.append((column, first, column + width - 1, last))
                    if vmerge == "restart":
                        starts[column] = (r, span, r)
                    elif span > 1:
                        ranges.append((column, r, column + span - 1, r))
                column += span
        ranges += [(column, first, column + width - 1, last) for column, (first, width, last) in starts.items()
                   if last > first or width > 1]
        return ranges


_LINK_BLUES = {"0563C1", "0000FF", "0000EE", "1155CC", "0066CC", "954F72"}   # a hyperlink's colours as pasted


def _looks_coloured(value: str, theme: str) -> bool:
    """A run's colour reads as colour on the page (red, blue, green …), not black or grey: an RGB value
    (which Word writes beside a theme colour, resolved) with at least 64 between its strongest and weakest
    channel; "黑色，淡色15%" (262626) and greys do not, dark red (C00000) does. Without one, a theme colour other
    than the text's own."""
    if re.fullmatch(r"[0-9A-Fa-f]{6}", value):
        channels = [int(value[i:i + 2], 16) for i in (0, 2, 4)]
        return max(channels) - min(channels) >= 64
    return bool(theme) and theme not in ("text1", "dark1", "text2", "dark2", "background1", "light1",
                                         "background2", "light2")


MAX_PIECES = 20_000   # runs, tabs and breaks of one paragraph (a long explanation has a few hundred)


class _Paragraphs:
    """The parser target for word/document.xml: each paragraph's text (w:t, a w:tab as a tab, a w:br as a
    line break) and images, in document order, as its end tag is read. Nothing of the tree is kept, so a
    50,000-question document takes the memory of its lines. A paragraph inside another (a text box) is its
    own, read before the one that holds it."""

    def __init__(self, image_names: dict[str, str], looks: StyleLooks | None = None,
                 numbering: WordNumbering | None = None):
        self.lines: list[tuple[int, str, list[str]]] = []
        self._looks = looks or StyleLooks()
        self._numbering = numbering or WordNumbering()
        self._nums: list[list] = []   # each open paragraph's [style's numId, style's level, own numId, own level]
        self._numbered_styles = self._looks.numbered   # paragraph styles that number their paragraphs (List Number)
        self._paragraph_look: tuple[bool | None, bool | None, str | None] = (None, None, None)   # its style's
        self._names = image_names
        self._open: list[tuple[list[str], list[str]]] = []   # (text pieces, images) of each open paragraph
        self._boxed: list[list[tuple[int, str, list[str]]]] = []   # the lines of the text boxes each one holds
        self._box_pictured: list[bool] = []   # per open paragraph: a text box in it holds a picture (its caption)
        self._in_text = False   # right after a <w:t>, before any element inside it: its own text (w:t.text)
        self._fallback = 0      # depth inside mc:Fallback (a text box's second copy, for older readers)
        self._count = 0
        self._hidden_run = False   # a run formatted as hidden text (w:vanish): Word does not show or print it
        self._raised = ""          # the run is "superscript" or "subscript" (w:vertAlign): 10³ is not 103
        self._struck = False       # the run is struck through (w:strike, w:dstrike): shown crossed out
        self._caps = False         # the run is shown in capitals (w:caps, w:smallCaps)
        self._moved_away = 0       # depth inside w:moveFrom: text a tracked move took elsewhere
        self._underlined = False   # the run is underlined (w:u): its spaces or tab are a blank to fill in
        self._white = False        # the run's colour is white (w:color) on no shading: not seen on the page
        self._coloured = False     # the run is red, blue … or highlighted: how many banks mark the right option
        self._link_blue = False    # its colour is a web link's blue (with an underline: a pasted link, no mark)
        self._masks: list[list[str]] = []   # per open paragraph: "1" per coloured character of its text, else "0"
        self.coloured: dict[int, list[tuple[str, str]]] = {}   # paragraph -> (line, its mask) of coloured lines
        self._under: list[list[str]] = []   # per open paragraph: "1" per underlined character (words, not blanks)
        self.underlined: dict[int, list[tuple[str, str]]] = {}   # paragraph -> (line, its mask): underlined words
        self._guide = 0            # depth inside a phonetic guide's text (w:rt): not the text itself
        self._in_code = False      # inside a field's code (w:instrText): an EQ field is a formula Word draws
        self.guided: list[int] = []   # paragraphs whose phonetic guides (拼音指南) were left out
        self.hidden: list[int] = []   # paragraphs whose hidden text was left out
        self.unknown_symbols: list[tuple[int, str]] = []   # (paragraph, "Wingdings F0A8") with no text known
        self.auto_numbered: list[int] = []   # paragraphs numbered by Word's list numbering (not in the text)
        self.labelled: dict[int, str] = {}   # paragraph -> the number Word draws, put in front of its text
        self._math = 0                       # depth inside a formula (m:oMathPara holds m:oMath)
        # tables, each as its rows of cells of (paragraph, text), with the last paragraph before it (a
        # section heading: 一、单项选择题); a table inside a cell is part of that cell
        self.tables: list[WordTable] = []
        self._tables: list[WordTable] = []   # open tables, outermost first
        self._before = ""                    # the text of the last paragraph outside any table
        self._shapes: list[list[bool]] = []  # each open shape: has it shown a text box or a picture?

    def start(self, tag: str, attrib: dict[str, str]) -> None:
        if tag == _MC_FALLBACK or self._fallback:   # the copy Word keeps for older readers: read once, not twice
            self._fallback += 1
            self._in_text = False
            return
        if tag == _W_MOVE_FROM:   # text moved away (a tracked move): its new place (w:moveTo) is read
            self._moved_away += 1
        self._in_text = tag == _W_T and bool(self._open) and not self._hidden_run and not self._guide and \
            not self._moved_away
        self._in_code = tag == _W_INSTR and bool(self._open)
        if tag == _W_RUBY_TEXT:
            self._guide += 1
            if self._count + 1 not in self.guided:
                self.guided.append(self._count + 1)
        if tag == _W_T and self._hidden_run and self._open and self._count + 1 not in self.hidden:
            self.hidden.append(self._count + 1)   # the paragraph being read (Word's count)
        if tag in _MATH:
            if not self._math and self._open:
                self._open[-1][1].append(Words("a formula"))
            self._math += 1
            self._in_text = False
            return
        if tag in _SHAPES:
            self._shapes.append([False])
        elif tag in _SHAPE_FILLED and self._shapes:
            self._shapes[-1][0] = True
        if tag == _CHART and self._open:
            self._open[-1][1].append(Words("a chart"))
        elif tag in _V_DRAWN and self._open:
            self._open[-1][1].append(Words("a drawing (a shape)"))
        if tag == _W_TBL:
            self._tables.append(WordTable(self._before))
        elif tag == _W_TR and len(self._tables) == 1:
            self._tables[0].rows.append([])
            self._tables[0].merging.append([])
        elif tag == _W_TC and len(self._tables) == 1 and self._tables[0].rows:
            self._tables[0].rows[-1].append([])
            self._tables[0].merging[-1].append((1, ""))
        elif tag == _W_GRID_SPAN and len(self._tables) == 1 and self._tables[0].merging and \
                self._tables[0].merging[-1]:
            span = attrib.get(_W_VAL, "1")
            merging = self._tables[0].merging[-1]
            merging[-1] = (max(1, min(int(span), 64)) if span.isdigit() else 1, merging[-1][1])
        elif tag == _W_VMERGE and len(self._tables) == 1 and self._tables[0].merging and \
                self._tables[0].merging[-1]:
            merging = self._tables[0].merging[-1]
            merging[-1] = (merging[-1][0], "restart" if attrib.get(_W_VAL) == "restart" else "continue")
        if tag == _W_P:
            self._open.append(([], []))
            self._masks.append([])
            self._under.append([])
            self._nums.append([None, None, None, None])
            self._boxed.append([])
            self._box_pictured.append(False)
            self._paragraph_look = self._looks.runs.get(self._looks.default_paragraph, (None, None, None))
        elif tag == _W_PSTYLE and self._open:   # the paragraph's style gives its runs their look, and a number
            self._paragraph_look = self._looks.runs.get(attrib.get(_W_VAL, ""), (None, None, None))
            self._nums[-1][0:2] = self._looks.numbers.get(attrib.get(_W_VAL, ""), (None, None))
            if attrib.get(_W_VAL, "") in self._numbered_styles and self._count + 1 not in self.auto_numbered:
                self.auto_numbered.append(self._count + 1)
        elif tag == _W_R:
            self._run_look(self._paragraph_look)
        elif tag == _W_RSTYLE:   # a character style, over the paragraph's: then the run's own properties
            character = self._looks.runs.get(attrib.get(_W_VAL, ""), (None, None, None))
            self._run_look(tuple(c if c is not None else p for c, p in zip(character, self._paragraph_look)))
        elif tag == _W_VANISH:
            self._hidden_run = attrib.get(_W_VAL, "true") not in ("0", "false", "off")
        elif tag in _W_CAPS:
            self._caps = attrib.get(_W_VAL, "true") not in ("0", "false", "off")
        elif tag in _W_STRIKES:
            self._struck = attrib.get(_W_VAL, "true") not in ("0", "false", "off")
        elif tag == _W_VERT_ALIGN:
            self._raised = {"superscript": "sup", "subscript": "sub"}.get(attrib.get(_W_VAL, ""), "")
        elif tag == _W_U:
            self._underlined = attrib.get(_W_VAL, "single") not in ("none", "0", "false", "off")
        elif tag == _W_COLOR:
            self._white = attrib.get(_W_VAL, "").upper() == "FFFFFF" or \
                attrib.get(_W_THEME_COLOR, "") in ("background1", "light1")
            self._coloured = not self._white and _looks_coloured(attrib.get(_W_VAL, "auto"),
                                                                 attrib.get(_W_THEME_COLOR, ""))
            self._link_blue = attrib.get(_W_VAL, "").upper() in _LINK_BLUES or \
                attrib.get(_W_THEME_COLOR, "") in ("hyperlink", "followedHyperlink")
        elif tag in (_W_SHD, _W_HIGHLIGHT):
            plain = (attrib.get(_W_FILL) or attrib.get(_W_VAL, "auto")).upper() in ("AUTO", "FFFFFF", "NONE",
                                                                                      "WHITE", "CLEAR")
            if self._white:   # white on a shade or highlight is seen
                self._white = plain
            self._coloured = self._coloured or not plain
        elif not self._open or self._hidden_run or self._moved_away:
            return
        elif tag == _W_NO_BREAK_HYPHEN:
            self._put("-")
        elif tag == _W_SYM:
            font, code = attrib.get(_W_FONT, "").strip(), attrib.get(_W_CHAR, "")
            try:
                char = _SYMBOLS.get(font.casefold(), {}).get(int(code, 16) & 0xFF)
            except ValueError:
                char = None
            if char is None:
                self.unknown_symbols.append((self._count + 1, f"{font} {code}"))
            self._put(char or "\ufffd")
        elif tag == _W_NUMPR:
            if self._count + 1 not in self.auto_numbered:
                self.auto_numbered.append(self._count + 1)
        elif tag == _W_NUMID and attrib.get(_W_VAL, "") == "0" and self._count + 1 in self.auto_numbered:
            self.auto_numbered.remove(self._count + 1)   # numId 0: the numbering of its style turned off here
            self._nums[-1][2] = "0"
        elif tag == _W_NUMID:
            self._nums[-1][2] = attrib.get(_W_VAL, "")
        elif tag == _W_ILVL:
            self._nums[-1][3] = _level(attrib.get(_W_VAL))
        elif tag == _W_TAB:
            self._put(UNDERLINED_BLANK if self._underlined else "\t")
        elif tag == _W_BR:
            self._put("\n")
        elif tag == _A_BLIP:
            rid = attrib.get(_R_EMBED) or attrib.get(_R_LINK, "")
            self._open[-1][1].append(self._names.get(rid, "image"))
        elif tag == _V_IMAGE:
            self._open[-1][1].append(self._names.get(attrib.get(_R_ID, ""), "image"))
        elif tag == _W_OBJECT:
            self._open[-1][1].append(Words("embedded object"))
        elif tag in _W_NOTE_REFS:   # its text is not in the paragraph: a question would lose it
            self._open[-1][1].append(Words("a footnote"))

    def _put(self, text: str) -> None:
        """Text of the open paragraph, and whether each character is coloured (a run's own colour)."""
        if len(self._open[-1][0]) >= MAX_PIECES:   # 6 million one-letter runs took a minute (an outside tester)
            raise FileRefused(Words("paragraph {paragraph} is made of more than {count:,} separately formatted "
                                    "pieces, which no question needs: not a bank as Word writes it",
                                    paragraph=self._count + 1, count=MAX_PIECES))
        self._open[-1][0].append(text)
        linked = self._underlined and self._link_blue   # a web link's blue and underline, pasted: no answer's mark
        self._masks[-1].append(("1" if self._coloured and not linked and text != "\n" else "0") * len(text))
        self._under[-1].append(("1" if self._underlined and text.strip() and text != UNDERLINED_BLANK else "0")
                               * len(text))

    def _run_look(self, look: tuple) -> None:
        hidden, struck, lifted = look
        self._hidden_run, self._struck, self._raised = bool(hidden), bool(struck), lifted or ""
        self._underlined = self._white = self._coloured = self._caps = self._link_blue = False

    def end(self, tag: str) -> None:
        self._in_text = self._in_code = False
        if tag == _W_RUBY_TEXT:
            self._guide = max(0, self._guide - 1)
        if tag == _W_MOVE_FROM:
            self._moved_away = max(0, self._moved_away - 1)
        if self._fallback:
            self._fallback -= 1
            return
        if tag in _MATH:
            self._math = max(0, self._math - 1)
            return
        if tag in _SHAPES and self._shapes:
            filled = self._shapes.pop()[0]
            if not filled and self._open:
                self._open[-1][1].append(Words("a drawing (a shape)"))
            return
        if tag == _W_TBL and self._tables:
            table = self._tables.pop()
            if not self._tables:
                self.tables.append(table)
        if tag == _W_R:
            self._hidden_run, self._raised, self._struck, self._underlined, self._white = False, "", False, False, False
            self._coloured = self._caps = self._link_blue = False
        elif tag == _W_P and self._open:
            self._hidden_run = False
            pieces, images = self._open.pop()
            self._count += 1   # paragraphs are numbered as Word counts them, empty ones too
            if self._count > MAX_LINES:   # refused while reading: never held in memory first
                raise FileRefused(Words("more than {count:,} lines (paragraphs): a bank of at most {items:,} "
                                        "questions never needs so many; split the file", count=MAX_LINES,
                                        items=MAX_ITEMS))
            text, mask, under = "".join(pieces), "".join(self._masks.pop()), "".join(self._under.pop())
            style_num, style_level, own_num, own_level = self._nums.pop()
            num_id = own_num or style_num
            if num_id and num_id != "0":   # the number Word draws in front: part of what the page shows
                label = self._numbering.label(num_id, own_level if own_level is not None else (style_level or 0))
                if label is not None and self._count in self.auto_numbered:
                    self.auto_numbered.remove(self._count)   # shown, so nothing is lost
                if label and _typed_again(label, text):   # Word's "B." and a typed "B. 乙": shown twice, meant once
                    label = ""
                if label:
                    text = f"{label} {text}"
                    mask = "0" * (len(label) + 1) + mask
                    under = "0" * (len(label) + 1) + under
                    self.labelled[self._count] = label
            if "1" in mask:   # by line, as the lines below split the paragraph
                at = 0
                for line in text.split("\n"):
                    if "1" in mask[at:at + len(line)]:
                        self.coloured.setdefault(self._count, []).append((line, mask[at:at + len(line)]))
                    at += len(line) + 1
            if "1" in under:   # a fill-in's answers, where a bank underlines them (我国的根本法是<u>宪法</u>。)
                self.underlined[self._count] = [(line, under[at:at + len(line)]) for at, line in
                                                _line_starts(text) if "1" in under[at:at + len(line)]]
            if self._tables and not self._open:   # a paragraph of a table's cell (not of a text box in it)
                table = self._tables[0]
                if table.rows and table.rows[-1]:
                    table.rows[-1][-1].append((self._count, text))
                table.paragraphs.add(self._count)
            elif not self._open and text.strip():
                self._before = text
            boxed, box_pictured = self._boxed.pop(), self._box_pictured.pop()
            if boxed and not box_pictured and any(t.strip() and not _CAPTION.match(t.strip()) for _, t, _ in boxed):
                # a text box of words alone (内部资料, a note) in a question: glued to its stem it would change
                # what the question says; refused by name, as the doc says of drawn shapes
                boxed = []
                images = [*images, Words("a text box")]
            mine = [(self._count, piece, images if n == 0 else []) for n, piece in
                    enumerate(text.split("\n"))] + boxed
            if self._open:   # a text box's paragraph: its pictures go with the paragraph that holds the box,
                self._open[-1][1].extend(images)   # its text (a caption) follows that paragraph's own lines
                self._boxed[-1].extend((count, text, []) for count, text, _ in mine)
                if any(not isinstance(i, Words) for i in images):
                    self._box_pictured[-1] = True
            else:
                self.lines.extend(mine)

    def data(self, text: str) -> None:
        if self._in_code and self._open and _EQ_FIELD.match(text) and not self._hidden_run:
            self._open[-1][1].append(Words("a formula"))   # { EQ \f(1,2) }: drawn by Word from its code
        if self._in_text and self._open:
            if self._struck and text.strip():   # crossed-out words cannot be shown crossed out: refused, named
                self._open[-1][1].append(Words("struck-through text “{text}”", text=text.strip()))
            if self._white and text.strip():   # an answer or a 不 hidden in white: what Word shows is not it
                self._open[-1][1].append(Words("white text “{text}” (not seen on the page)", text=text.strip()))
            if self._underlined and text and not text.strip():   # underlined spaces: a line to write on
                text = UNDERLINED_BLANK
            text = text.upper() if self._caps else text
            self._put(raised(text, self._raised) if self._raised else text)

    def close(self) -> list[tuple[int, str, list[str]]]:
        return self.lines


def _typed_again(label: str, text: str) -> bool:
    """The paragraph's text starts with the letter or number Word draws in front of it, with a mark of its
    own ("B." drawn, "B．乙" typed; "3." drawn, "3、下列" typed)."""
    core = label.strip().strip("（()）.．、:： ")
    return bool(core) and re.match(rf"\s*[（(]?{re.escape(core)}\s*[.．、:：)）]", text) is not None


def _part_of(target: str, mode: str) -> str:
    """The zip part a relationship of word/document.xml names ("media/image1.png" -> word/media/image1.png);
    a linked file outside the document keeps its own name (it is not in the document: refused by name)."""
    if mode == "External":
        return target.rsplit("/", 1)[-1] or target
    return posixpath.normpath(posixpath.join("word", target)) if not target.startswith("/") else target.lstrip("/")


def read_docx_bank(path: Path, bank: str) -> ImportReport:
    """A .docx bank: its paragraphs, and the paragraphs of its table cells, in document order.

    The document part is streamed through defusedxml's parser (DTDs forbidden) into a target that keeps
    only each paragraph's text: python-docx, which the tests use to write documents, holds the whole tree
    (about 800 MB and half a minute for a 50,000-question bank)."""
    import defusedxml.ElementTree as SafeET
    from defusedxml import DefusedXmlException

    from examcore.banks.text_files import TextRefused, parse_xml
    try:
        with zipfile.ZipFile(path) as z:
            infos = {i.filename: i for i in z.infolist()}
            big = next((i for i in infos.values() if i.file_size > MAX_PART_BYTES), None)
            if big is not None:
                raise FileRefused(Words("part {filename} unpacks to {file_size:,} bytes; at most {MAX_PART_BYTES:,}",
                                        filename=big.filename, file_size=big.file_size, MAX_PART_BYTES=MAX_PART_BYTES))
            if sum(i.file_size for i in infos.values()) > MAX_UNPACKED_BYTES:
                raise FileRefused(Words("the document unpacks to more than {MAX_UNPACKED_BYTES:,} bytes",
                                        MAX_UNPACKED_BYTES=MAX_UNPACKED_BYTES))
            if "word/document.xml" not in infos:
                raise FileRefused(Words("not a Word document (.docx): it has no word/document.xml"))
            names: dict[str, str] = {}   # relationship id -> the part it names (word/media/image1.png)
            if "word/_rels/document.xml.rels" in infos:
                rels, _ = parse_xml(z.read("word/_rels/document.xml.rels"))
                names = {r.get("Id", ""): _part_of(r.get("Target", ""), r.get("TargetMode", "")) for r in rels}
            looks = StyleLooks()
            if "word/styles.xml" in infos:   # what styles do to the text: numbering, hidden, struck, raised
                looks = style_looks(parse_xml(z.read("word/styles.xml"))[0])
            numbering = WordNumbering(parse_xml(z.read("word/numbering.xml"))[0]) \
                if "word/numbering.xml" in infos else WordNumbering()
            target = _Paragraphs(names, looks, numbering)
            parser = SafeET.DefusedXMLParser(target=target, forbid_dtd=True)
            with z.open("word/document.xml") as part:
                while chunk := part.read(1 << 16):
                    parser.feed(chunk)
            lines = parser.close()
            referenced = {name for _, _, images in lines for name in images}
            pictures = {name: Picture(z.read(name), name.rsplit("/", 1)[-1]) for name in referenced if name in infos}
    except (zipfile.BadZipFile, OSError, zlib.error, RuntimeError, NotImplementedError) as exc:
        # a damaged deflate stream, an encrypted part, a compression zipfile cannot read
        log.info("%s is not a readable .docx: %s", path.name, exc)
        raise FileRefused(Words("not a Word document (.docx), or a damaged one: open it in Word or WPS and save it "
                                "again as .docx")) from exc
    except TextRefused as exc:
        raise FileRefused(Words("not a Word document (.docx): {message}", message=exc.message)) from exc
    except (DefusedXmlException, SafeET.ParseError) as exc:
        log.info("%s: its text part is not readable XML: %s", path.name, exc)
        raise FileRefused(Words("not a Word document (.docx), or a damaged one: open it in Word or WPS and save it "
                                "again as .docx")) from exc
    except (ValueError, LookupError) as exc:   # its XML names an encoding expat cannot read (GBK, unknown)
        raise FileRefused(Words(
            "not a Word document (.docx): its text part is in an encoding that cannot be read ({exc}); "
            "save it again from Word",
            exc=exc)) from exc
    tabled = [t for t in target.tables if _is_bank_table(t)]
    pictured: list[int] = []   # paragraphs of a table bank with a picture or a formula: never dropped unsaid
    if tabled:   # questions laid out in a table with a header row (序号 | 题目 | A | B | 答案): read as a sheet
        inside = set().union(*(t.paragraphs for t in tabled))
        pictured = sorted({n for n, _, images in lines if n in inside and images})
        lines = [line for line in lines if line[0] not in inside]
    score_boxes: list[int] = []
    lines = _tables_as_read(lines, [t for t in target.tables if t not in tabled], score_boxes)
    report = read_office_lines(lines, path.name, bank, unit="paragraph", pictures=pictures,
                               auto_numbered=frozenset(target.auto_numbered), labelled=target.labelled,
                               coloured=target.coloured, underlined=target.underlined)
    if score_boxes:
        report.notes.append(RowProblem(path.name, score_boxes[0], None, Words(
            "left out: scoring boxes (得分 | 评卷人), at paragraph(s) {shown}", shown=_listed(score_boxes)),
            unit="paragraph"))
    for n, table in enumerate(tabled, start=1):
        _read_table(table, n, path.name, bank, report)
    for n in pictured:
        report.problems.append(RowProblem(path.name, n, None, Words(
            "a picture (or a formula, a chart) in a table of questions cannot be kept with its question: put "
            "questions with pictures as numbered paragraphs (1. … A. …), or delete the picture"), unit="paragraph"))
    for table in target.tables:   # a table of questions with no header row: how to make it one, once
        wide = any(len(row) > 1 for row in table.rows)
        if table not in tabled and wide and any(p.row in table.paragraphs for p in report.problems):
            first = min(table.paragraphs)
            report.notes.append(RowProblem(path.name, first, None, Words(
                "a table starts here whose first row is no header: to be read as a table of questions, give it a "
                "header row (题型, 题目, 选项A, 选项B …, 答案) as in the Excel template"), unit="paragraph"))
    for paragraph, symbol in target.unknown_symbols:   # never a question with a character silently gone
        report.problems.append(RowProblem(path.name, paragraph, None, Words(
            "a symbol inserted from the font {symbol} has no text Xuefa knows: type the character "
            "itself (√, ≥ …)",
            symbol=symbol), unit="paragraph"))
    refused = sorted({p.row for p in report.problems
                      if p.row is not None and "Word's automatic numbering" in str(p.message)})
    if refused:   # refused for a number Word draws: how to turn it off, once
        shown = _listed(refused)
        report.notes.append(RowProblem(path.name, None, None, Words(
            "paragraph(s) {shown} are numbered by Word's automatic numbering, which is not part of the "
            "text: select them, turn the numbering off (开始 → 编号 → 无) and type the numbers, or save as "
            ".txt",
            shown=shown)))
    if target.guided:   # the base text is the text; the pinyin over it is an aid Word draws
        shown = _listed(target.guided)
        report.notes.append(RowProblem(path.name, None, None, Words(
            "left out: phonetic guides (拼音指南) over the text in paragraph(s) {shown}", shown=shown)))
    if target.hidden:   # what Word shows is what is imported, and the report says what was not
        shown = _listed(target.hidden)
        report.notes.append(RowProblem(path.name, None, None, Words(
            "left out: hidden text (Word's 隐藏文字) in paragraph(s) {shown}",
            shown=shown)))
    return report


_KEY_CELL = re.compile(r"[A-HＡ-Ｈa-h](?:\s*[,，、]?\s*[A-HＡ-Ｈa-h]){0,7}|√|×|✓|✗|对|错|正确|错误")   # a key table's answer
_NUMBER_WORDS = {"题号", "题目", "序号", "题次"}
_REFERENCE_LABEL = re.compile(r"^\s*答\s*[:：]\s*")


def _key_table(table: WordTable, after_key_heading: bool) -> list[tuple[str, str]] | None:
    """The (number, answer) pairs of an answer key laid out as a table: 题号 | 答案 down the rows (or in
    pairs of columns), or a row of numbers over a row of answers (题号 1 2 3 / 答案 A B C); None when it is
    no key. Answers must be letters or true/false marks unless a key heading (参考答案) stands above it."""
    grid = [[unicodedata.normalize("NFKC", c).strip() for c in row] for row in table.cells()]
    if not grid or max(len(row) for row in grid) < 2:
        return None
    pairs: list[tuple[str, str]] = []
    header = grid[0]
    if any("解析" in cell for row in grid[:2] for cell in row):   # its explanations would not be read: not a key
        return None
    columns = [c for c in range(len(header) - 1) if header[c] in _NUMBER_WORDS and "答案" in header[c + 1]]
    if columns:   # 题号 | 答案 (| 题号 | 答案 …) down the rows
        for row in grid[1:]:
            for c in columns:
                if c + 1 < len(row) and row[c].isdigit() and row[c + 1]:
                    pairs.append((row[c], row[c + 1]))
                elif c < len(row) and (row[c] or (c + 1 < len(row) and row[c + 1])):
                    return None   # something else in a number's place: not a key as written
    else:   # a row of numbers, the row of their answers below it (each perhaps labelled 题号 / 答案)
        at = 0
        while at < len(grid):
            numbers = grid[at][1:] if grid[at] and grid[at][0] in _NUMBER_WORDS else grid[at]
            if not numbers or not all(n.isdigit() for n in numbers if n) or at + 1 >= len(grid):
                return None
            below = grid[at + 1]
            answers = below[1:] if below and "答案" in below[0] and len(below) == len(grid[at]) else below
            if len(answers) != len(numbers):
                return None
            pairs += [(n, a) for n, a in zip(numbers, answers) if n and a]
            at += 2
    if not pairs or not after_key_heading and not all(_KEY_CELL.fullmatch(a) for _, a in pairs):
        return None
    return pairs


_SCORE_WORDS = {"得分", "评卷人", "阅卷人", "复核人", "核分人", "评分人", "总分", "题号", "分数", "签名", "合计"}


def _tables_as_read(lines: list[tuple[int, str, list]], tables: list[WordTable],
                    score_boxes: list[int] | None = None) -> list[tuple[int, str, list]]:
    """The document's lines with its tables of no questions read as what they are: an answer key laid out
    as a table (_key_table) as one 参考答案： line of its entries in the table's place; a table of several
    columns holding no question, option or answer line (a stem's data table: 项目 | 税率) marked on its first
    paragraph as a table, which refuses the question it is in by name (flattened into lines it would read
    as other text)."""
    if not tables:
        return lines
    replaced: dict[int, tuple[int, str, list]] = {}   # first paragraph -> the key's line in the table's place
    dropped: set[int] = set()
    marked: set[int] = set()                           # first paragraph of a data table
    key_at = next((n for n, t, _ in lines if _KEY_HEADING.match(t) or _KEY_OPENING.match(t)), None)
    for table in tables:
        if not table.paragraphs:
            continue
        first = min(table.paragraphs)
        words = {"".join(cell.split()) for row in table.cells() for cell in row if cell.strip()}
        if words & _SCORE_WORDS and \
                words <= _SCORE_WORDS | {c for c in words if re.fullmatch(r"[一二三四五六七八九十\d]{1,3}", c)}:
            # 得分 | 评卷人: a paper's scoring box before a section, nothing of a question (left out, and said)
            dropped |= table.paragraphs
            if score_boxes is not None:
                score_boxes.append(first)
            continue
        label = _key_parts(table.before) if key_at is not None and key_at < first else []
        # 参考答案 above it, or inside the key a section's label (二、判断题): the key's lines follow it
        headed = bool(_KEY_HEADING.match(table.before)) or (
            len(label) == 1 and label[0].labelled and not label[0].rest.strip())
        pairs = _key_table(table, headed)
        if pairs is not None:
            entries = " ".join(f"{n}.{a.replace(' ', '')}" for n, a in pairs)
            replaced[first] = (first, entries if headed else f"参考答案：{entries}", [])
            dropped |= table.paragraphs - {first}
            continue
        texts = [cell for row in table.cells() for cell in row if cell]
        wide = any(len(row) > 1 for row in table.rows)
        if wide and texts and not any(_NUMBERED.match(t) or _OPTION.match(t) or _ANSWER.match(t) or
                                      _heading_type(t) for t in texts):
            marked.add(first)
    out: list[tuple[int, str, list]] = []
    for line in lines:
        if line[0] in dropped:
            continue
        if line[0] in marked:
            line = (line[0], line[1], [*line[2], Words("a table")])
        out.append(replaced.get(line[0], line))
    return out


def _is_bank_table(table: WordTable) -> bool:
    """A table whose first row is a bank's header: a stem column and an answer or option columns."""
    from examcore.banks.excel_bank import _header_columns
    if len(table.rows) < 2:
        return False
    found = _header_columns(table.cells()[0])
    return "stem" in found and ("answer" in found or sum(1 for f in found if f.startswith("opt")) >= 2)


def _read_table(table: WordTable, number: int, file: str, bank: str, report: ImportReport) -> None:
    """The questions of a bank table, read as the same table in a sheet is (examcore/banks/excel_bank.py):
    the sheet is named by the section heading above the table (一、单项选择题 gives the type when the table
    has no 题型 column); problems name the table and its row."""
    import tempfile

    from openpyxl import Workbook

    from examcore.banks.excel_bank import read_excel_bank
    heading = re.sub(rf"^\s*[{_NUMERAL}\d]+\s*[、.．]\s*", "", table.before).strip()
    name = f"表格{number}"
    book = Workbook()
    sheet = book.active
    sheet.title = (heading[:20] if parse_type(heading) is not None else name).replace("/", " ")
    for row in table.cells():
        sheet.append(list(row))
    for first_column, first_row, last_column, last_row in table.merged():   # read as a sheet's merged cells are
        sheet.merge_cells(start_row=first_row, start_column=first_column, end_row=last_row, end_column=last_column)
    with tempfile.TemporaryDirectory(prefix="xuefa-table-") as folder:
        made = Path(folder) / f"{name}.xlsx"
        book.save(made)
        read = read_excel_bank(made, bank)
    where = Words("table {number}", number=number)
    report.questions += read.questions
    report.rows += [None] * len(read.questions)
    report.declared.update(read.declared)
    report.asked.update(read.asked)
    for kind in ("problems", "skipped"):
        getattr(report, kind).extend(RowProblem(file, p.row, p.column, p.message, where, "row", p.name)
                                     for p in getattr(read, kind))


# --- writing --------------------------------------------------------------------------------------------

SECTION_NAMES = {QuestionType.SINGLE: "单项选择题", QuestionType.MULTIPLE: "多项选择题", QuestionType.TRUE_FALSE: "判断题",
                 QuestionType.FILL_IN: "填空题", QuestionType.SHORT_ANSWER: "简答题"}


def office_lines(questions: list[Question], pictures: bool = False) -> list:
    """The questions in the office layout this module reads: a section per type (一、单项选择题 …, in that
    order), numbered stems, one option a line (A. …), 答案： and 解析： lines. Kept: type, stem, options,
    answers (√/× for true/false, blanks apart by ；, alternatives by |), explanation. Not kept by the
    layout: category, difficulty, points, tags. A line of a stem, option or explanation that itself looks
    like a numbered stem, an option or an 答案： line would be read back as one: such text needs another
    format (JSON or Excel). pictures: each question's pictures follow its stem (a Word document holds them;
    plain text does not)."""
    lines: list = []
    sections = [t for t in SECTION_NAMES if any(q.type is t for q in questions)]
    for numeral, qtype in zip(_NUMERAL, sections):
        lines.append(f"{numeral}、{SECTION_NAMES[qtype]}")
        for n, q in enumerate((q for q in questions if q.type is qtype), start=1):
            # a Word document holds the stem's pictures in the stem's own paragraph: no doubt whose they are
            lines.append((f"{n}. {q.stem}", q.pictures) if pictures and q.pictures else f"{n}. {q.stem}")
            lines += [(f"{o.key}. {o.text}", o.pictures) if pictures and o.pictures else f"{o.key}. {o.text}"
                      for o in q.options]
            if q.type is QuestionType.TRUE_FALSE:
                answer = "√" if q.answer == ("T",) else "×"
            elif q.type.has_options:
                answer = "".join(q.answer)
            else:
                answer = "；".join(q.answer)
            if answer:
                lines.append(f"答案：{answer}")
            if q.explanation:
                lines.append(f"解析：{q.explanation}")
    return lines


# what in a question's text the office layout could read as its own marks: a line break, a letter with a
# mark after it (an option), an answer or explanation label, a section numeral; a question without any is
# written and read back as itself, and only the others are tried
# what may read back as something else: checked by reading the question back (an answer in the stem's brackets
# too: 宪法规定（ × ）是错误的说法 with the answer 对 came back refused)
_RISKY = re.compile(r"\n|[A-HＡ-Ｈ]\s*[.．、:：)）]|答案|解析|[一二三四五六七八九十]\s*[、.．]|^\s*[(（]?\d|"
                    + _INLINE.pattern + "|" + _INLINE_X.pattern)


def reads_back(q: Question) -> bool:
    """Whether ``q`` written in the office layout (office_lines) reads back as itself: its content and
    explanation. One that would not (a stem with a numbered list, an option whose text starts "B.") is
    left out of a .docx or .txt export by name, never written to come back as other questions."""
    from examcore.banks.common import content_key
    texts = [q.stem, q.explanation, *(o.text for o in q.options), *q.answer]
    if not any(_RISKY.search(t) for t in texts):
        return True
    back = read_text_bank("\n".join(office_lines([q])), "check", "check")
    return len(back.questions) == 1 and not back.problems and \
        content_key(back.questions[0]) == content_key(q) and back.questions[0].explanation == q.explanation.strip()


def write_docx_bank(questions: list[Question], path: Path) -> None:
    """The office layout (office_lines) as a Word document, a paragraph a line, each picture in its own
    paragraph below its stem, at most 15 cm wide (python-docx)."""
    import io

    import docx
    from docx.oxml.ns import qn
    from docx.shared import Cm
    from docx.text.paragraph import Paragraph
    document = docx.Document()
    body = document._body   # python-docx inserts each paragraph before the section properties by scanning the
    sections = body._element.sectPr   # body (a 4,000-question export took 7 s, 50,000 never ended): they are
    if sections is not None:          # appended here, and the section properties put back after them
        body._element.remove(sections)

    def add_paragraph(text: str = "") -> Paragraph:
        element = body._element.makeelement(qn("w:p"), {})
        body._element.append(element)
        paragraph = Paragraph(element, body)
        if text:
            paragraph.add_run(text)
        return paragraph
    def fit(shape) -> None:   # noqa: ANN001 - python-docx's InlineShape
        if shape.width > Cm(15):
            shape.height, shape.width = int(shape.height * Cm(15) / shape.width), Cm(15)
    for line in office_lines(questions, pictures=True):
        if isinstance(line, Picture):
            fit(add_paragraph().add_run().add_picture(io.BytesIO(line.data)))
            continue
        if isinstance(line, tuple):   # a stem or an option, and its pictures, in its own paragraph
            text, shown = line
            *before, last = text.split("\n")   # a stem of several lines: the pictures go with its last one
            for part in before:
                add_paragraph(part)
            paragraph = add_paragraph(last)
            for picture in shown:
                fit(paragraph.add_run().add_picture(io.BytesIO(picture.data)))
            continue
        for part in line.split("\n"):
            add_paragraph(part)
    if sections is not None:
        body._element.append(sections)
    document.save(str(path))
