"""Excel banks: the project's template and the layouts units keep (a header row, one question per row),
on every sheet that has such a header; the sheets read and the sheets left out are named."""
from __future__ import annotations

import datetime
import itertools
import logging
import posixpath
import re
import struct
import unicodedata
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from dataclasses import field as default
from typing import IO, Literal
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell.cell import ERROR_CODES
from openpyxl.utils import column_index_from_string
from python_calamine import CalamineWorkbook

from examcore.banks import cell_formats
from examcore.banks.excel_rich import Fonts, RichCells, fonts_of, hiding_ranges, rich_cells
from examcore.banks.text_files import raised
from examcore.banks.xls_extent import NotAnXls, sheet_extents
from examcore.banks.common import (EXPLANATION_LABEL, MAX_PART_BYTES, MAX_SHEET_CELLS, MAX_UNPACKED_BYTES,
                                   FALSE_WORDS, OPTION_KEYS, TRUE_WORDS, BankImportError, FileRefused, ImportReport,
                                   QuestionSink, RowProblem,
                                   build_question, parse_choice_answer, parse_difficulty, parse_type, place,
                                   problem_column, reason_of)
from examcore.banks.office_forms import (CHOICE_HEADING, ONLY_ONE, SAYS_MULTIPLE, TWO_OR_MORE, as_section, heading_type,
                                         answer_omitted, numbers_listed, omitted_note, term_and_definition,
                                         unbracketed_options, without_remarks)
from examcore.banks.stem_marks import CHOICE_ONLY, stem_marks
from examcore.cli_text import Words
from examcore.questions import FALSE, TRUE, Question, QuestionBank, QuestionType

log = logging.getLogger(__name__)

# header -> field; the spellings of the project's template and of the banks units commonly keep
HEADERS = {
    # an id the file declares; 序号/题号 are row numbers (1..N in every sheet), never ids
    "编号": "id", "试题编号": "id", "试题ID": "id", "题目ID": "id", "题目编号": "id", "ID": "id",
    "序号": "rownumber", "题号": "rownumber", "行号": "rownumber",
    "分值": "points", "分数": "points", "题目分值": "points", "试题分值": "points",
    "题型": "type", "试题类型": "type", "题目类型": "type", "类型": "type", "试题题型": "type",
    "题干": "stem", "题目": "stem", "试题": "stem", "试题内容": "stem", "题目内容": "stem", "试题题干": "stem",
    "题目题干": "stem", "问题": "stem", "题干内容": "stem",
    "答案": "answer", "正确答案": "answer", "正确选项": "answer", "参考答案": "answer", "标准答案": "answer",
    "试题答案": "answer",
    "分类": "category", "知识点": "category", "所属分类": "category", "题目分类": "category", "知识点分类": "category",
    "难度": "difficulty", "难易程度": "difficulty", "题目难度": "difficulty", "试题难度": "difficulty",
    "标签": "tags", "关键词": "tags",
    "解析": "explanation", "答案解析": "explanation", "试题解析": "explanation", "固定选项": "fixed",
    "选项": "options", "试题选项": "options",  # all options in one cell: "A.宪法 B.刑法 C.民法典"
    **{f"选项{k}": f"opt{k}" for k in OPTION_KEYS}, **{k: f"opt{k}" for k in OPTION_KEYS},
    # A选项, 选项一, 选项1: how other systems' templates name the same columns
    **{f"{k}选项": f"opt{k}" for k in OPTION_KEYS}, **{f"选项{n}": f"opt{k}" for n, k in zip("一二三四五六七八", OPTION_KEYS)},
    **{f"选项{n}": f"opt{k}" for n, k in enumerate(OPTION_KEYS, start=1)},
}

# the same fields as other systems' English templates name them (compared case-blind, spaces dropped)
ENGLISH_HEADERS = {
    "id": "id", "questionid": "id", "no.": "rownumber", "no": "rownumber", "number": "rownumber",
    "type": "type", "questiontype": "type", "question": "stem", "questiontext": "stem", "stem": "stem",
    "answer": "answer", "answers": "answer", "correctanswer": "answer", "rightanswer": "answer",
    "explanation": "explanation", "analysis": "explanation", "category": "category", "difficulty": "difficulty",
    "tags": "tags", "points": "points", "score": "points", "marks": "points", "options": "options",
    "choices": "options", **{f"option{k.lower()}": f"opt{k}" for k in OPTION_KEYS},
    **{f"choice{k.lower()}": f"opt{k}" for k in OPTION_KEYS},
}


# read only where no other column gives the field: a chapter beside a 知识点 column is its own (said unread)
SECONDARY_HEADERS = {"所属章节": "category", "章节": "category", "所属知识点": "category", "试题分类": "category",
                     "难易度": "difficulty", "难度等级": "difficulty"}


def _field_of(header: object) -> str | None:
    """The field a header cell names: 题干, "题 干", 选项Ａ, Question, Option A …; None for a column Xuefa
    does not read."""
    key = _header_key(header)
    return HEADERS.get(key) or ENGLISH_HEADERS.get(key.casefold())


def _header_key(text: object) -> str:
    """选项Ａ, "选项 A", "题 型", "*题干", "正确答案：", "答案（必填）" … are the same header."""
    folded = "".join(unicodedata.normalize("NFKC", str(text or "")).split()).lstrip("*")
    return re.sub(r"[:：*(（].*$", "", folded) if not re.fullmatch(r"[A-Za-z]", folded) else folded.upper()


_MARK = r"(?:^|(?<=[^A-Za-zＡ-Ｚａ-ｚ]))[{}]\s*[.．、:：)）\]]\s*"


_MARKS = [re.compile(_MARK.format(k + "ＡＢＣＤＥＦＧＨ"[i])) for i, k in enumerate(OPTION_KEYS)]
# any letter from the n-th on, looked for before each of their marks is (most lines have none)
_LETTERS_FROM = [re.compile(f"[{OPTION_KEYS[i:]}{'ＡＢＣＤＥＦＧＨ'[i:]}]") for i in range(len(OPTION_KEYS))]
_NINTH = re.compile(_MARK.format("IＩ"))   # an option I glued after H: one more than Xuefa has
# where a stem cell's options start (spaces up to the line's end only: across lines, a cell of 30,000 line
# breaks was searched from each)
_OPTIONS_IN_STEM = re.compile(r"(?:(?<=\n)|(?<=[。？?：:）)_]))[^\S\n]*[AＡ]\s*[.．、:：)）]")


# a tick marking the right option, before or after its text in an option cell: ✓宪法, 宪法√, 宪法（正确）
_MAY_TICK = re.compile(r"[√✓✔☑✅对]|正确")   # what every form of TICKED holds, looked for first (most options have none)
TICKED = re.compile(r"^\s*[√✓✔☑✅]\s*|\s*(?:[√✓✔☑✅]|[（(]\s*(?:正确|对|√|✓|✔|正确答案)\s*[)）])\s*$")


# a sheet of instructions (its name) or one that says it is not imported (a line above its header)
_INSTRUCTIONS_SHEET = re.compile(r"(?:填写|填表|导入|使用|模板|题库)?(?:说明|须知|示例|样例|范例)\d*|instructions?|examples?|readme",
                                 re.I)
_NOT_IMPORTED = re.compile(r"(?:本|此|该)(?:页|表|工作表|sheet)(?:内容)?(?:不|不要|勿|无需|不会|不被)导入|do not import this", re.I)
EXAMPLE_ROWS = 5   # rows below the header of an instructions sheet still read as its examples; more are a bank


def ticked_options(options: list[tuple[str, str]]) -> list[str]:
    """The letters of the options a tick marks as right (宪法✓, ✓宪法, 宪法（正确）); none when the other
    options end in symbols too (画○ 画√ 画×: the options' own words, no tick)."""
    ticked = [k for k, t in options if _MAY_TICK.search(t) and TICKED.search(t)]
    if not ticked:
        return []
    if any(_OWN_SYMBOL_END.search(t) for k, t in options if k not in ticked):
        return []
    return ticked


_OWN_SYMBOL_END = re.compile(r"[○×△□☐✗✘〇●]\s*$")


MAX_STYLE_TAGS = 500_000   # a workbook's styles.xml: Excel's own limit is 64,000 cell formats
HEADER_WITHIN = 20   # rows a sheet's header may stand below (a title, notes on how to fill it in)


_FILLED = re.compile(r"\S")
# 解析：…, 【解析】… at the start of a 解析 cell: the column's own name typed again, not the explanation's words
_EXPLANATION_LABEL = re.compile(rf"^\s*(?:{EXPLANATION_LABEL.pattern})\s*")


def _options_in_stem(stem: str) -> Iterator[re.Match]:
    """Where a stem cell's options may start: the first few places only, as each is read to the cell's end
    (a cell of 5,000 "A.甲" lines took seconds, a sheet of them hours)."""
    return itertools.islice(_OPTIONS_IN_STEM.finditer(stem), 8)


def _split_options(text: str, after: str = "") -> list[tuple[str, str]]:
    """ "A.宪法 B.刑法 C、民法典" in one cell (one per line, or glued: "A.合法行政B.合理行政", full-width
    "Ａ．") -> [(A, 宪法), (B, 刑法), (C, 民法典)]. Markers are looked for in order (A, then B …), so an
    option's own "B" that is not the next marker stays in its text; [] when the cell does not start with A
    (or with the letter after ``after``)."""
    start = OPTION_KEYS.index(after) + 1 if after else 0  # a line that goes on after option ``after``
    if start >= len(OPTION_KEYS):
        return []
    marks = _MARKS[start:]
    first = marks[0].match(text.lstrip())
    if first is None:
        return []
    text = text.lstrip()
    found: list[tuple[str, int, int]] = [(OPTION_KEYS[start], first.start(), first.end())]
    sign = first.group(0).strip()[-1:]   # "．" of "A．": "不包括B、C两项 B．乙" has B's marker after 两项, not 包括
    for n, (key, mark) in enumerate(zip(OPTION_KEYS[start + 1:], marks[1:], strict=True)):
        nxt = mark.search(text, found[-1][2])
        if nxt is None:   # C missing: a later letter written apart (A. 甲 B. 乙 D. 丁) would be merged into B
            # (one ending the line with nothing after it is the option's own: A. Vitamin C.)
            later = [hit for later_mark in marks[n + 2:] for hit in later_mark.finditer(text, found[-1][2])
                     if hit.start() > 0 and text[hit.start() - 1].isspace() and text[hit.end():].strip()] \
                if start + n + 2 < len(OPTION_KEYS) and _LETTERS_FROM[start + n + 2].search(text, found[-1][2]) else []
            if later:
                return []
            break
        if mark.search(text, nxt.end()) is not None:   # the letter stands twice: which one starts the option?
            # not one that would leave the option before it empty ("C. D.C.  D. S.F.": D.C. is C's text)
            filled = _FILLED.search(text, found[-1][2])   # the option's first character (one pass: a slice
            candidates = [c for c in mark.finditer(text, found[-1][2])    # per candidate took seconds on a long
                          if filled is not None and c.start() > filled.start()] \
                or list(mark.finditer(text, found[-1][2]))                  # line of letters)
            alike = [c for c in candidates if c.group(0).strip()[-1:] == sign] or candidates
            # written apart ("… B.不予处理") rather than inside a phrase ("依照B.2条"), when the cell spaces them
            nxt = next((c for c in alike if c.start() == 0 or text[c.start() - 1].isspace()), alike[0])
        found.append((key, nxt.start(), nxt.end()))
    out = []
    for n, (key, _, end) in enumerate(found):
        stop = found[n + 1][1] if n + 1 < len(found) else len(text)
        out.append((key, text[end:stop].strip()))
    ends = {t[-1:] for _k, t in out[:-1]}
    if len(out) > 1 and len(ends) == 1 and ends <= set("；;，,|｜┋/／"):   # A．甲；B．乙, A.甲|B.乙: the mark between
        sign = ends.pop()
        out = [(k, t[:-1].rstrip() if t.endswith(sign) or (n == len(out) - 1 and t.endswith(("。", "."))) else t)
               for n, (k, t) in enumerate(out)]
    return [(k, t) for k, t in out if t]


def _merged_ranges(xml: bytes) -> list[tuple[int, int, int, int]]:
    """(first column, first row, last column, last row), 1-based, of the merged cells of a sheet's XML. Read
    from the file itself because openpyxl's fast read-only mode does not report them."""
    at = xml.find(b"mergeCell")   # after the cells, if anywhere: a sheet without any costs one search
    if at < 0:
        return []
    return [(column_index_from_string(a.decode().upper()), int(r1), column_index_from_string(b.decode().upper()),
             int(r2)) for a, r1, b, r2 in _MERGE_CELL.findall(xml, max(0, at - 40))]


_MERGE_CELL = re.compile(rb"<(?:\w+:)?mergeCell\b[^>]*ref=\"([A-Za-z]{1,3})(\d{1,9}):([A-Za-z]{1,3})(\d{1,9})\"")


TEMPLATE_HEADERS = ["编号", "题型", "题干", *[f"选项{k}" for k in OPTION_KEYS], "答案", "分类", "难度",
                    "标签", "解析", "固定选项"]
REQUIRED = ("type", "stem", "answer")


def write_template(path: Path) -> None:
    wb = Workbook()
    ws = wb.active
    ws.title = "题库"
    ws.append(TEMPLATE_HEADERS)
    ws.append(["", "单选", "我国的根本法是（　）。", "宪法", "刑法", "民法典", "行政诉讼法", "", "", "", "",
               "A", "宪法", 1, "根本法", "宪法是国家的根本法。", ""])
    ws.append(["", "判断", "国家工作人员应当带头尊法学法守法用法。", *[""] * 8, "对", "纪律", 1, "", "", ""])
    wb.save(path)


def write_excel_bank(questions: list[Question], path: Path) -> None:
    """The questions in the template's columns plus 分值: everything a bank keeps but images. 编号 is left
    empty, so the questions are known by their content when the file comes back (an unchanged file is
    then no change at all)."""
    wb = Workbook()
    ws = wb.active
    ws.title = "题库"
    ws.append(TEMPLATE_HEADERS + ["分值"])
    for rownum, q in enumerate(questions, start=2):
        options = [o.text for o in q.options] + [""] * (len(OPTION_KEYS) - len(q.options))
        answer = {QuestionType.TRUE_FALSE: {TRUE: "对", FALSE: "错"}.get(q.answer[0], "") if q.answer else "",
                  QuestionType.FILL_IN: "；".join(q.answer)}.get(q.type, ",".join(q.answer))
        fixed = ",".join(o.key for o in q.options if o.fixed)
        values = ["", q.type.value, q.stem, *options, answer, q.category, q.difficulty, ",".join(q.tags),
                  q.explanation, fixed, q.points]
        ws.append(values)
        for column, value in enumerate(values, start=1):   # text that begins with = is text: openpyxl would
            # write it as a formula, and #N/A as an error (a cell by its place: ws.max_row counts every cell)
            if isinstance(value, str) and (value.startswith("=") or value in ERROR_CODES):
                ws.cell(row=rownum, column=column).data_type = "s"
    wb.save(path)


def _check_parts(path: Path | IO[bytes]) -> dict[str, int]:
    """Refuse a workbook whose parts unpack to more than the limits, before calamine unpacks them;
    returns each part's unpacked size."""
    try:
        with zipfile.ZipFile(path) as z:
            infos = z.infolist()
    except (zipfile.BadZipFile, OSError) as exc:
        log.info("not a readable workbook: %s", exc)
        raise FileRefused(NOT_A_WORKBOOK) from exc
    big = next((i for i in infos if i.file_size > MAX_PART_BYTES), None)
    if big is not None:
        raise FileRefused(Words("part {filename} unpacks to {file_size:,} bytes; at most {MAX_PART_BYTES:,}",
                                filename=big.filename, file_size=big.file_size, MAX_PART_BYTES=MAX_PART_BYTES))
    total = sum(i.file_size for i in infos)
    if total > MAX_UNPACKED_BYTES:
        raise FileRefused(Words("the workbook unpacks to {total:,} bytes; at most {MAX_UNPACKED_BYTES:,}",
                                total=total, MAX_UNPACKED_BYTES=MAX_UNPACKED_BYTES))
    return {i.filename: i.file_size for i in infos}


@dataclass
class SheetFacts:
    """What a sheet's XML says that calamine's grid does not, read in one pass over it (issue 16).

    last_row, last_col: the extent its cells name, read before calamine lays the sheet out as a dense grid
    (one cell at XFD1048576 would be seventeen billion cells). errors: (row, column) -> "#N/A" of the error
    cells, which calamine reads as empty. formats: (row, column) -> format code of the number cells whose
    number format is not General (``codes`` from ``cell_formats.styles_of``). in_cells: the rows with a WPS
    picture in a cell (=DISPIMG). hidden: the rows hidden in Excel. merged: the merged ranges, as
    (first column, first row, last column, last row), 1-based. rich: the cells struck through or raised
    (examcore/banks/excel_rich.py)."""

    last_row: int = 0
    last_col: int = 0
    errors: dict[tuple[int, int], str] = default(default_factory=dict)
    read: bool = False   # the sheet's XML was read: its error cells are those marked so (text "#N/A" is text)
    formats: dict[tuple[int, int], str] = default(default_factory=dict)
    in_cells: set[int] = default(default_factory=set)
    hidden: set[int] = default(default_factory=set)
    merged: list[tuple[int, int, int, int]] = default(default_factory=list)
    rich: RichCells = default(default_factory=RichCells)
    hidden_columns: set[int] = default(default_factory=set)   # 1-based
    uncalculated: set[tuple[int, int]] = default(default_factory=set)   # formula cells with no value saved
    hiding: list[tuple[str, str]] = default(default_factory=list)   # conditional formats that strike or whiten
    comments: dict[tuple[int, int], str] = default(default_factory=dict)   # (row, column) -> a comment's words (批注)


def _comments_of(z: zipfile.ZipFile, part: str) -> dict[tuple[int, int], str]:
    """The comments (批注) on a sheet's cells: (row, column) -> their words, from the comments part its
    relationships name; none when it has none. A comment may correct a question (此题答案有误，应为C): it is
    said beside its row, never read into the question."""
    import html
    folder, name = posixpath.split(part)
    try:
        rels = z.read(f"{folder}/_rels/{name}.rels").decode("utf-8", "replace")
    except KeyError:
        return {}
    target = re.search(r'<Relationship\b[^>]*Type="[^"]*/comments"[^>]*Target="([^"]+)"', rels) or \
        re.search(r'<Relationship\b[^>]*Target="([^"]+)"[^>]*Type="[^"]*/comments"', rels)
    if target is None:
        return {}
    path = target.group(1).lstrip("/") if target.group(1).startswith("/") else \
        posixpath.normpath(posixpath.join(folder, target.group(1)))
    try:
        xml = z.read(path).decode("utf-8", "replace")
    except KeyError:
        return {}
    out: dict[tuple[int, int], str] = {}
    for ref, body in re.findall(r'<(?:\w+:)?comment\b[^>]*\bref="([A-Za-z]{1,3}\d{1,7})"[^>]*>(.*?)</(?:\w+:)?comment>',
                                xml, re.S)[:1000]:
        words = html.unescape("".join(re.findall(r"<(?:\w+:)?t\b[^>]*>([^<]*)</", body))).strip()
        cell = re.fullmatch(r"([A-Za-z]+)(\d+)", ref)
        if words and cell:
            out[(int(cell.group(2)), column_index_from_string(cell.group(1).upper()))] = words
    return out


_ROW_REF = re.compile(rb"<(?:\w+:)?row\b[^>]*?\br=\"(\d+)\"")
# every cell's own reference counts (calamine places a cell by it, whatever its row says), in either case
# (r="xfd1000000" is read too), and of any length: r="ZZZZZZ99999999", far beyond Excel's XFD1048576,
# made calamine ask for an exabyte and abort the whole process
_CELL_REF = re.compile(rb"<(?:\w+:)?c\b[^>]*?\br=\"([A-Za-z]+)(\d+)\"")
_CELL_XML = re.compile(rb"<(?:\w+:)?c\b([^>]*)>(.*?)</(?:\w+:)?c>", re.S)
_ERROR_CELL_XML = re.compile(rb"<(?:\w+:)?c\b([^>]*?\bt=\"e\"[^>]*)>(.*?)</(?:\w+:)?c>", re.S)


def sheet_facts(path: Path | IO[bytes], sheet_index: int, codes: list[str] | None = None,
                fonts: Fonts | None = None) -> SheetFacts:
    """A sheet's SheetFacts, its XML read and searched once; an empty one when the workbook names no such
    sheet. Raises KeyError, zipfile.BadZipFile or UnicodeDecodeError for a damaged workbook."""
    with zipfile.ZipFile(path) as z:   # opened once: the workbook's part list is read at each opening
        part = _sheet_part(z, sheet_index)
        if part is None:
            return SheetFacts()
        xml = z.read(part)
        comments = _comments_of(z, part)
    facts = SheetFacts(merged=_merged_ranges(xml), read=True, comments=comments)
    if b"hidden=" in xml or b'ht="0' in xml:   # rare: the rows are looked at one by one only then
        for m in _ROW_REF.finditer(xml):   # hidden, or 0 high (what Excel shows as hidden, a filter's too)
            end = xml.find(b">", m.end())
            if re.search(rb"\bhidden=\"(?:1|true)\"|\bht=\"0(?:\.0*)?\"", xml[m.start():end + 1 if end >= 0 else len(xml)]):
                facts.hidden.add(int(m.group(1)[:20]))
    # the longest letters and digits of the rows' and cells' references, then the greatest of those
    refs = _CELL_REF.findall(xml)
    columns = {c.upper() for c, _ in refs}
    digits = {r.lstrip(b"0") or b"0" for r in {r for _, r in refs} | set(_ROW_REF.findall(xml))}
    del refs
    longest = max(map(len, columns), default=0)
    widest = max((c for c in columns if len(c) == longest), default=b"")
    longest = max(map(len, digits), default=0)
    deepest = max((r for r in digits if len(r) == longest), default=b"0")
    facts.last_row = int(deepest) if len(deepest) <= 20 else 10 ** 20
    facts.last_col = _column_number(widest)
    if b't="e"' in xml:   # the search below needs it: a sheet without error cells costs one search
        for attrs, body in _ERROR_CELL_XML.findall(xml):
            ref = re.search(rb"\br=\"([A-Za-z]{1,3})(\d+)\"", attrs)
            value = re.search(rb"<(?:\w+:)?v>([^<]*)</", body)
            if ref:
                facts.errors[(int(ref.group(2)), column_index_from_string(ref.group(1).decode().upper()))] = \
                    value.group(1).decode("utf-8", "replace") if value else "#ERROR"
    if b"DISPIMG" in xml:   # WPS: a picture in a cell, as =DISPIMG("ID_…",1)
        facts.in_cells = {int(m.group(1)) for m in re.finditer(
            rb'<(?:\w+:)?c\b[^>]*?\br="[A-Za-z]{1,3}(\d{1,9})"[^>]*>(?:(?!</(?:\w+:)?c>).)*?DISPIMG', xml, re.S)}
    facts.formats = _formatted_cells(xml, codes or [])
    facts.rich = rich_cells(xml, fonts or Fonts())
    facts.hiding = hiding_ranges(xml, fonts or Fonts())
    head = xml.split(b"sheetData", 1)[0]
    if b"hidden=" in head or b'width="0' in head:   # <cols><col min="5" max="5" hidden="1"/>, or 0 wide (shown so)
        for attrs in re.findall(rb"<(?:\w+:)?col\b([^>]*)>", head):
            low, high = re.search(rb"\bmin=\"(\d{1,5})\"", attrs), re.search(rb"\bmax=\"(\d{1,5})\"", attrs)
            if low and high and re.search(rb"\bhidden=\"(?:1|true)\"|\bwidth=\"0(?:\.0*)?\"", attrs):
                facts.hidden_columns |= set(range(int(low.group(1)), min(int(high.group(1)), 16384) + 1))
    if b"<f" in xml or b":f" in xml:   # a formula a program wrote without its value: calamine reads it empty
        for attrs, body in _CELL_XML.findall(xml):
            # (an empty value of t="str" is a formula Excel calculated to "", not one never calculated)
            if re.search(rb"<(?:\w+:)?f\b", body) and not re.search(rb"<(?:\w+:)?v>[^<]|<(?:\w+:)?is\b", body) \
                    and not re.search(rb"\bt=\"str\"", attrs):
                ref = re.search(rb"\br=\"([A-Za-z]{1,3})(\d{1,9})\"", attrs)
                if ref:
                    facts.uncalculated.add((int(ref.group(2)), column_index_from_string(ref.group(1).decode().upper())))
    return facts


def _columns_of(cells: str) -> set[int]:
    """The columns (A = 1) a range list such as "A2:C100 E:E F5" covers."""
    out: set[int] = set()
    for part in cells.split():
        ends = [re.match(r"\$?([A-Za-z]{1,3})", end) for end in part.split(":")[:2]]
        if all(ends):
            first, last = (column_index_from_string(e.group(1).upper()) for e in (ends[0], ends[-1]))  # type: ignore[union-attr]
            out |= set(range(min(first, last), max(first, last) + 1))
        elif re.fullmatch(r"\$?\d+:\$?\d+", part):   # whole rows: every column
            out |= set(range(1, 16385))
    return out


def _column_number(letters: bytes) -> int:
    """A cell reference's column letters as a number (A = 1), whatever their length (Excel stops at XFD)."""
    number = 0
    for ch in letters[:20].upper():
        number = number * 26 + ch - 64
    return number if len(letters) <= 20 else 26 ** 20


def _formatted_cells(xml: bytes, codes: list[str]) -> dict[tuple[int, int], str]:
    """(row, column) -> format code of the sheet's number cells styled with a format other than General,
    and of its text cells whose format writes text around them ("第"@"条"). A negative number under a date
    or time format, which Excel shows as ####, gets cell_formats.NEGATIVE_DATE (calamine reads it as a
    time of day). Only the styles that have such a format are looked for, so a sheet without any costs one
    search."""
    styled = [str(i).encode() for i, code in enumerate(codes) if not cell_formats.is_general(code)]
    if not styled:
        return {}
    out = {}
    pattern = rb"<(?:\w+:)?c\b([^>]*?\bs=\"(?:%s)\"[^>]*)>" % b"|".join(styled)
    for m in re.finditer(pattern, xml):
        attrs = m.group(1)
        kind = re.search(rb"\bt=\"(\w+)\"", attrs)
        ref = re.search(rb"\br=\"([A-Za-z]{1,3})(\d+)\"", attrs)
        if ref is None or (kind is not None and kind.group(1) not in (b"n", b"d", b"s", b"str", b"inlineStr")):
            continue   # a boolean or an error: no format applies
        code = codes[int(re.search(rb"\bs=\"(\d+)\"", attrs).group(1))]  # type: ignore[union-attr]
        text = kind is not None and kind.group(1) in (b"s", b"str", b"inlineStr")
        if text and not cell_formats.writes_around_text(code):
            continue
        if not text and cell_formats.is_date(code):
            value = re.match(rb"(?:(?!</(?:\w+:)?c>).)*?<(?:\w+:)?v>\s*-", xml[m.end():m.end() + 2000], re.S)
            code = cell_formats.NEGATIVE_DATE if value else code
        out[(int(ref.group(2)), column_index_from_string(ref.group(1).decode().upper()))] = code
    return out


def _picture_rows(path: Path, sheet_index: int) -> set[int]:
    """The rows a picture floats over (an image placed on the sheet, anchored at a cell; 0 for one placed
    at a position): an Excel bank cannot carry it, so its question is refused rather than imported without
    it. (A WPS picture in a cell is found by sheet_facts, which reads the sheet anyway.)"""
    rows: set[int] = set()
    with zipfile.ZipFile(path) as z:
        part = _sheet_part(z, sheet_index)
        if part is None:
            return rows
        folder, name = part.rsplit("/", 1)
        names = set(z.namelist())
        rels = f"{folder}/_rels/{name}.rels"
        if rels not in names:
            return rows
        for target in re.findall(r'<Relationship\b[^>]*?Type="[^"]*/drawing"[^>]*?Target="([^"]+)"|'
                                 r'<Relationship\b[^>]*?Target="([^"]+)"[^>]*?Type="[^"]*/drawing"',
                                 z.read(rels).decode("utf-8", "replace")):
            target = target[0] or target[1]
            drawing = target.lstrip("/") if target.startswith("/") else posixpath.normpath(f"{folder}/{target}")
            if drawing not in names or z.getinfo(drawing).file_size > MAX_PART_BYTES:
                continue
            xml = z.read(drawing).decode("utf-8", "replace")
            for anchor in re.findall(r"<(?:\w+:)?(?:oneCell|twoCell|absolute)Anchor\b.*?</(?:\w+:)?(?:oneCell|twoCell|"
                                     r"absolute)Anchor>", xml, re.S):
                start = re.search(r"<(?:\w+:)?from>.*?<(?:\w+:)?row>(\d+)</", anchor, re.S)
                if re.search(r"<(?:\w+:)?pic\b|<(?:\w+:)?blip\b", anchor):   # a picture, or a shape filled with one
                    rows.add(int(start.group(1)) + 1 if start else 0)   # 0: placed at a position, on no row
    return rows


def _sheet_part(z: zipfile.ZipFile, sheet_index: int) -> str | None:
    """The zip part of the workbook's sheet ``sheet_index`` (0-based, in the workbook's order); None when
    it names no such sheet."""
    workbook = z.read("xl/workbook.xml").decode("utf-8")
    rels = z.read("xl/_rels/workbook.xml.rels").decode("utf-8")
    rel_ids = re.findall(r"<(?:\w+:)?sheet\b[^>]*?r:id=\"([^\"]+)\"", workbook)
    if len(rel_ids) <= sheet_index:
        return None
    rid = re.escape(rel_ids[sheet_index])
    target = re.search(r"<Relationship\b[^>]*Id=\"%s\"[^>]*Target=\"([^\"]+)\"" % rid, rels) or \
        re.search(r"<Relationship\b[^>]*Target=\"([^\"]+)\"[^>]*Id=\"%s\"" % rid, rels)
    if target is None:
        return None
    name = target.group(1).lstrip("/")
    return name if name.startswith("xl/") else "xl/" + name


_ERROR_CELL = re.compile(r"^#(?:N/A|DIV/0!|VALUE!|REF!|NAME\?|NUM!|NULL!|SPILL!|CALC!|GETTING_DATA)$")


def _header_columns(row: tuple) -> dict[str, tuple[int, str]]:
    columns: dict[str, tuple[int, str]] = {}
    for i, h in enumerate(row):
        if h is None:
            continue
        field = _field_of(h)
        if field and field not in columns:
            columns[field] = (i, str(h).strip())
    for i, h in enumerate(row):
        field = SECONDARY_HEADERS.get(_header_key(h)) if h is not None else None
        if field and field not in columns:
            columns[field] = (i, str(h).strip())
    return columns


def _header_doubts(row: tuple) -> list[str]:
    """What in a header row would make the reader guess: two columns for one field (答案（旧） beside 正确答案:
    which is the answer?) and option columns past H (Xuefa has at most 8 options: 选项I would be dropped)."""
    seen: dict[str, str] = {}
    doubts: list[str] = []
    letters = {_header_key(h) for h in row if h is not None}
    for h in row:
        if h is None or not str(h).strip():
            continue
        key, text = _header_key(h), str(h).strip()
        field = _field_of(h)
        if field and field in seen:
            doubts.append(Words("two columns for one field: {seen} and {text}; keep one (delete or rename the other)",
                                seen=seen[field], text=text))
        elif field:
            seen[field] = text
        elif re.fullmatch(r"选项[I-Z]", key) or (re.fullmatch(r"[I-Z]", key) and {"A", "B"} <= letters):
            doubts.append(Words("column {text}: Xuefa has at most {count} options (A–H)",
                                text=text, count=len(OPTION_KEYS)))
    return doubts


NUMBER_FIELDS = ("points", "difficulty", "rownumber")   # read as numbers; every other column as Excel shows it


class Unshown:
    """A number or date cell whose display Xuefa cannot be sure of, or a cell its number format hides
    (``hidden_by``: the format, ;;; as 隐藏 writes it): its row is refused with the reason."""

    def __init__(self, value: object, reason: str, hidden_by: str = "") -> None:
        self.value, self.reason, self.hidden_by = value, reason, hidden_by

    def __str__(self) -> str:
        return str(self.value)


def _as_shown(rows: list[tuple], header_at: int, columns: dict[str, tuple[int, str]],
              formats: dict[tuple[int, int], str], date1904: bool) -> list[tuple]:
    """The rows with every number, date or time below the header, in a column of text (stem, options,
    answer, explanation …), replaced by the text Excel shows for it (13% rather than 0.13, 001234 rather
    than 1234, 2018年3月11日 rather than 2018-03-11), or by an ``Unshown`` when that is uncertain."""
    text_columns = [i for field, (i, _) in columns.items() if field not in NUMBER_FIELDS]
    out = rows[:header_at]
    for rownum, row in enumerate(rows[header_at:], start=header_at + 1):
        changed: list | None = None
        for i in text_columns:
            v = row[i] if i < len(row) else None
            if v is None or isinstance(v, Struck):   # refused whatever it shows
                continue
            if isinstance(v, str):   # text shows as written, unless its format writes text around it
                code = formats.get((rownum, i + 1))
                if code is not None:
                    changed = changed or list(row)
                    shown = cell_formats.shown_text(v, code)
                    changed[i] = shown
                    if v.strip() and (not shown.strip() or cell_formats.hides_text(code)):
                        # ;;; or 0;-0;0; or [White]@ (nothing seen), ;;;"略" (other words): the text typed is there
                        changed[i] = Unshown(v, shown if shown.strip() and shown != v else "", hidden_by=code)
                continue
            code = formats.get((rownum, i + 1), cell_formats.GENERAL)
            try:
                text: object = cell_formats.shown(v, code, date1904)
            except cell_formats.NotShown as exc:
                text = Unshown(v, reason_of(exc))
            if isinstance(text, str) and not text.strip():   # 0 under 0;-0;;@, anything under ;;;
                try:
                    text = Unshown(cell_formats.general(v), "", hidden_by=code)
                except cell_formats.NotShown:
                    text = Unshown(v, "", hidden_by=code)
            if isinstance(text, str) and not isinstance(v, (datetime.date, datetime.time, datetime.timedelta)) and \
                    (_FORMAT_WORDS.search(code) or "," in text):
                try:
                    typed = cell_formats.general(v)
                except cell_formats.NotShown:
                    typed = text
                # words around it (60岁), or thousands apart (1,000): a learner types the number
                if typed != text and (_FORMAT_WORDS.search(code) or text.replace(",", "") == typed):
                    text = Worded(text, typed, code)
            changed = changed or list(row)
            changed[i] = text
        out.append(tuple(changed) if changed else row)
    return out


class Worded(str):
    """The text Excel shows for a number whose format writes words around it (60 under 0"岁" shows 60岁):
    kept as shown, with the number as typed (``typed``) and the format (``code``), so an answer changed by
    its format is said."""

    typed: str
    code: str

    def __new__(cls, shown: str, typed: str, code: str) -> "Worded":
        made = super().__new__(cls, shown)
        made.typed, made.code = typed, code
        return made


# 1.我国…, 2、全国…, （3）国务院…: a number and its mark before a stem's words (never 2.5万元 or 1949年)
_STEM_NUMBER = re.compile(r"\s*[（(]?(\d{1,4})\s*(?:[.．]|[、)）])(?!\s*\d)\s*(?=\S)")   # (3、4两个月: the stem's)


def _own_list(stem: str, number: str) -> bool:
    """The stem goes on to its next number (1、…；2、…, （1）…（2）…): a list of its own statements, whose first
    number is the stem's, never the row's."""
    following = int(number) + 1
    return any(int(n) == following for n in _LIST_NUMBER.findall(stem, 1))


# a number of a stem's own list after its first: …；2、…, （2）… (one pattern: a 50,000-row sheet asks it often)
_LIST_NUMBER = re.compile(r"(?:^|[\s；;。，,）)])[（(]?(\d{1,4})\s*[.．、)）]")


def _stems_numbered_down(rows: list[tuple], header_at: int, column: int) -> set[int]:
    """The rows (1-based) whose stems are numbered 1. 2. 3. down the column, when most stems of the sheet are
    (four in five, at least two): the numbers are the rows', not the stems' words. An empty set otherwise
    (one stem "1、" is its own, and so is a stem's own list 1、…；2、…)."""
    chain: set[int] = set()
    filled, expected = 0, 1
    for rownum, row in enumerate(rows[header_at:], start=header_at + 1):
        value = row[column] if column < len(row) else None
        if value is None or not str(value).strip():
            continue
        filled += 1
        m = _STEM_NUMBER.match(str(value))
        if m is not None and int(m.group(1)) == expected and not _own_list(str(value), m.group(1)):
            chain.add(rownum)
            expected += 1
    return chain if len(chain) >= 2 and len(chain) * 5 >= filled * 4 else set()


# a format's own words: "岁", \元 (digits, signs and separators are the number's)
_FORMAT_WORDS = re.compile(r'"[^"]*[^\s\d.,:/%+\-"][^"]*"|\\[^\s\d.,:/%+\-]')


class Struck:
    """A cell with struck-through words (删除线), which the station cannot show crossed out, or with words
    white on a white cell (``white``), which Excel shows as nothing and the station would show: its row is
    refused with the words named."""

    def __init__(self, value: object, words: str, white: bool = False, symbol: bool = False) -> None:
        self.value, self.words, self.white, self.symbol = value, words, white, symbol

    def __str__(self) -> str:
        return str(self.value)


def _with_rich(rows: list[tuple], header_at: int, rich: RichCells) -> list[tuple]:
    """The rows below the header with each raised run marked (x², H₂O) and each struck cell a Struck."""
    if not (rich.shown or rich.struck or rich.raised or rich.white or rich.symbol):
        return rows
    out = list(rows)
    for (r, c) in {*rich.shown, *rich.struck, *rich.raised, *rich.white, *rich.symbol}:
        if r <= header_at or r > len(out) or c > len(out[r - 1]) or out[r - 1][c - 1] is None:
            continue
        row = list(out[r - 1])
        value = row[c - 1]
        if isinstance(value, str) and (r, c) in rich.shown:
            value = rich.shown[(r, c)]
        if isinstance(value, str) and (r, c) in rich.raised:
            value = raised(value, rich.raised[(r, c)])
        if (r, c) in rich.struck and str(value).strip():
            value = Struck(value, rich.struck[(r, c)] or str(value).strip())
        elif (r, c) in rich.white and str(value).strip():
            value = Struck(value, rich.white[(r, c)] or str(value).strip(), white=True)
        elif (r, c) in rich.symbol and str(value).strip():
            value = Struck(value, rich.symbol[(r, c)] or str(value).strip(), symbol=True)
        row[c - 1] = value
        out[r - 1] = tuple(row)
    return out


def _cell_text(v: object) -> str:
    if v is None:
        return ""
    if isinstance(v, float) and v.is_integer():
        return str(int(v))
    text = str(v)   # a line break pasted in from elsewhere (\r\n) is the cell's line break, as Excel shows it
    return text.replace("\r\n", "\n").replace("\r", "\n") if "\r" in text else text


NOT_A_WORKBOOK = (Words("not an Excel workbook: open it in Excel or WPS and save it as an Excel workbook (.xlsx); "
                        "a file exported as .csv or as a web page (.html) and named .xls is not one"))
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"   # an Excel 97-2003 workbook (.xls): a compound file


def first_sheet_rows(path: Path) -> Iterator[tuple]:
    """The first sheet's rows from row 1, empty cells as None (a roster is one sheet).

    The format is read from the content, not the name: .xlsx and the older .xls that offices still save,
    whatever the extension's case (名册.XLS) or a wrong extension. An .xlsx's parts are size-checked
    before calamine unpacks them, as for a bank; an .xls sheet's cells are counted before they are laid
    out (at most MAX_SHEET_CELLS).

    Raises FileRefused (an oversized part or sheet) or calamine's own errors (not a workbook)."""
    import io
    data = Path(path).read_bytes()
    if not (data.startswith(OLE_MAGIC) or zipfile.is_zipfile(io.BytesIO(data))):
        raise FileRefused(NOT_A_WORKBOOK)
    if data.startswith(OLE_MAGIC):   # calamine lays out every sheet of an .xls as it opens it
        try:
            extents = sheet_extents(data)
        except NotAnXls as exc:
            log.info("an .xls that is not one: %s", exc)
            raise FileRefused(NOT_A_WORKBOOK) from exc
    else:   # an .xlsx sheet is laid out when it is asked for; its number formats are read in the same pass
        _check_parts(io.BytesIO(data))
        try:
            with zipfile.ZipFile(io.BytesIO(data)) as z:
                codes, date1904 = cell_formats.styles_of(z)
            facts = sheet_facts(io.BytesIO(data), 0, codes)
            extents = [(facts.last_row, facts.last_col)]
        except (KeyError, zipfile.BadZipFile, UnicodeDecodeError) as exc:
            raise FileRefused(NOT_A_WORKBOOK) from exc
    for number, (rows, columns) in enumerate(extents, start=1):
        if rows * columns > MAX_SHEET_CELLS:
            raise FileRefused(Words("sheet {number} spans {rows:,} rows x {columns:,} columns; at most "
                                    "{MAX_SHEET_CELLS:,} cells (delete the stray cells far below or to the right)",
                                    number=number, rows=rows, columns=columns, MAX_SHEET_CELLS=MAX_SHEET_CELLS))
    if data.startswith(OLE_MAGIC):   # read with its number formats: a 工号 shown 000123 is 000123
        return iter(_xls_rows(data))
    sheet = CalamineWorkbook.from_filelike(io.BytesIO(data)).get_sheet_by_index(0)
    if sheet.total_height * sheet.total_width > MAX_SHEET_CELLS:   # what calamine laid out, should it differ
        raise FileRefused(Words("the first sheet spans {total_height:,} rows x {total_width:,} columns; at most "
                                "{MAX_SHEET_CELLS:,} cells",
                                total_height=sheet.total_height, total_width=sheet.total_width, MAX_SHEET_CELLS=MAX_SHEET_CELLS))
    return iter([tuple(None if v == "" else _number_as_shown(v, facts.formats.get((r, c), cell_formats.GENERAL), date1904)
                       for c, v in enumerate(row, start=1))
                 for r, row in enumerate(sheet.to_python(skip_empty_area=False), start=1)])


def _xls_rows(data: bytes) -> list[tuple]:
    """The first sheet of an .xls (its reach already checked), each number cell as its format shows it and
    each date as a date, read with xlrd: calamine does not give an .xls cell's number format."""
    import xlrd
    try:
        book = xlrd.open_workbook(file_contents=data, formatting_info=True, on_demand=True)
        sheet = book.sheet_by_index(0)
    except (xlrd.XLRDError, AssertionError, IndexError, KeyError, ValueError, struct.error) as exc:
        log.info("an .xls xlrd cannot read: %s", exc)
        raise FileRefused(NOT_A_WORKBOOK) from exc
    rows = []
    for r in range(sheet.nrows):
        row: list[object] = []
        for c in range(sheet.ncols):
            cell = sheet.cell(r, c)
            if cell.ctype == xlrd.XL_CELL_TEXT:
                row.append(cell.value or None)
            elif cell.ctype == xlrd.XL_CELL_NUMBER:
                fmt = book.format_map.get(book.xf_list[cell.xf_index].format_key) if cell.xf_index is not None else None
                row.append(_number_as_shown(cell.value, fmt.format_str if fmt else cell_formats.GENERAL,
                                            book.datemode == 1))
            elif cell.ctype == xlrd.XL_CELL_DATE:
                try:
                    row.append(xlrd.xldate.xldate_as_datetime(cell.value, book.datemode))
                except (xlrd.xldate.XLDateError, OverflowError, ValueError):
                    row.append(Unshown(cell.value, Words("a date Excel cannot show")))
            elif cell.ctype == xlrd.XL_CELL_BOOLEAN:
                row.append(bool(cell.value))
            elif cell.ctype == xlrd.XL_CELL_ERROR:
                row.append(xlrd.error_text_from_code.get(cell.value, "#ERROR"))
            else:
                row.append(None)
        rows.append(tuple(row))
    return rows


def _number_as_shown(v: object, code: str, date1904: bool) -> object:
    """A number cell as the text Excel shows (工号 001234, not 1234), or an Unshown; other cells as read
    (a date stays a date)."""
    if not isinstance(v, (int, float)) or isinstance(v, bool):
        return v
    try:
        return cell_formats.shown(v, code, date1904)
    except cell_formats.NotShown as exc:
        return Unshown(v, reason_of(exc))


def load_excel_bank(path: Path, bank_name: str | None = None) -> QuestionBank:
    """An Excel bank for the pack tool: declared ids kept as written. Raises BankImportError naming every
    bad row (nothing imported)."""
    path = Path(path)
    name = bank_name or path.stem
    report = read_excel_bank(path, name, keep_declared=True)
    if report.problems:
        raise BankImportError(report.problems)
    return QuestionBank(name, list(report.questions))


def read_excel_bank(path: Path, bank: str, keep_declared: bool = False) -> ImportReport:
    """Every sheet of the workbook with a recognisable header row (题型 and 题干, or 题干 on a sheet named for
    a type such as 判断题), each named in the report's notes; sheets without one are named as left out."""
    path = Path(path)
    report = ImportReport(path.name)
    try:
        _check_parts(path)
        try:
            book = CalamineWorkbook.from_path(str(path))
        except Exception as exc:  # calamine raises its own error types for every kind of unreadable file
            log.info("%s: calamine cannot read it: %s", path.name, exc)
            raise FileRefused(NOT_A_WORKBOOK) from exc
        sink = QuestionSink(report, bank, keep_declared)
        try:
            with zipfile.ZipFile(path) as z:
                styles = z.read("xl/styles.xml").decode("utf-8") if "xl/styles.xml" in z.namelist() else None
                if styles is not None and styles.count("<") > MAX_STYLE_TAGS:   # read by patterns: each costs
                    raise FileRefused(Words("the workbook's styles (xl/styles.xml) hold more than {most:,} tags: no "
                                            "bank needs so many; copy its sheets into a new workbook",
                                            most=MAX_STYLE_TAGS))
                codes, date1904 = cell_formats.styles_of(z, styles) if styles is not None else ([], False)
                fonts = fonts_of(z, styles or "")
        except (KeyError, zipfile.BadZipFile, UnicodeDecodeError):
            codes, date1904, fonts = [], False, Fonts()
        first_headers: tuple[int, list[str]] | None = None
        read_any = False
        for index, meta in enumerate(book.sheets_metadata):
            sheet_name = meta.name
            if "WorkSheet" not in str(meta.typ):
                continue
            if not str(meta.visible).endswith(".Visible"):   # hidden (已删除, 草稿 …): what Excel shows is imported
                report.notes.append(RowProblem(path.name, None, None, Words(
                    "left out: the sheet is hidden in Excel (unhide it to import it)"), sheet=sheet_name))
                continue
            try:
                facts = sheet_facts(path, index, codes, fonts)
            except (KeyError, zipfile.BadZipFile, UnicodeDecodeError):
                facts = SheetFacts()
            last_row, last_col = facts.last_row, facts.last_col
            if last_row * last_col > MAX_SHEET_CELLS:
                raise FileRefused(Words(
                    "sheet {sheet_name}: its cells span {last_row:,} rows by {last_col:,} columns; at most "
                    "{MAX_SHEET_CELLS:,} cells (delete the stray cells far below or to the right)",
                    sheet_name=sheet_name, last_row=last_row, last_col=last_col, MAX_SHEET_CELLS=MAX_SHEET_CELLS))
            try:
                sheet = book.get_sheet_by_index(index)
                rows = [tuple(None if v == "" else v for v in row)
                        for row in sheet.to_python(skip_empty_area=False)]
            except Exception as exc:  # a sheet calamine cannot lay out: said in words, its reason in the log
                log.info("%s, sheet %s cannot be read: %s", path.name, sheet_name, exc)
                report.problems.append(RowProblem(path.name, None, None, Words(
                    "the sheet cannot be read: a cell holds a value Excel itself would not write (a number that "
                    "is no number, a damaged date); open the file in Excel or WPS and save it again"),
                    sheet=sheet_name))
                continue
            header_at, columns, untyped, top = 0, {}, 0, 0
            for number, candidate in enumerate(rows[:HEADER_WITHIN], start=1):
                found = _header_columns(candidate)
                if not untyped and {"stem", "answer"} <= found.keys():
                    untyped = number   # questions, but no 题型 to read them by (unless the sheet's name gives it)
                if {"type", "stem"} <= found.keys() or ("stem" in found and (
                        parse_type(sheet_name) or any(_section_of(row) for row in rows[number:]))):
                    header_at, columns, top = number, found, number
                    below = _header_columns(rows[number]) if number < len(rows) else {}
                    letters = {f: c for f, c in below.items() if f.startswith("opt")}
                    filled = sum(1 for v in (rows[number] if number < len(rows) else ()) if v is not None
                                 and str(v).strip())
                    if len(letters) >= 2 and filled == len(letters):  # nothing but option letters below
                        # a two-row header: 选项 merged over the option columns, A B C D in the row below
                        columns = {f: c for f, c in found.items() if f != "options"} | letters
                        header_at = number + 1
                    break
            if not header_at:
                if untyped:   # a sheet of questions is never left out with a note only
                    report.problems.append(RowProblem(path.name, untyped, None, Words(
                        "the sheet has questions (题干 and 答案) but no 题型 column: add one (单选, 多选, 判断, 填空, "
                        "简答), or name the sheet by its type (单选题)"), sheet=sheet_name))
                elif any(v is not None and str(v).strip() for row in rows for v in row):
                    if first_headers is None:
                        first_headers = (1, [str(h).strip() for h in (rows[0] if rows else ()) if h is not None])
                    report.notes.append(RowProblem(path.name, None, None, Words(
                        "left out: no header row naming 题型 and 题干 in its first {rows} rows", rows=HEADER_WITHIN),
                        sheet=sheet_name))
                continue
            said = next((str(v).strip() for row in rows[:header_at - 1] for v in row
                         if v is not None and _NOT_IMPORTED.search(str(v))), "")
            if (said or _INSTRUCTIONS_SHEET.fullmatch(sheet_name.strip())) and len(rows) - header_at <= EXAMPLE_ROWS:
                # (a sheet of more rows is a bank, whatever its title says: read, never left out on a guess)
                # 填写说明 with a 示例 row, or a title saying 本页不导入: the template's example, never a question
                report.notes.append(RowProblem(path.name, None, None, Words(
                    "left out: the sheet is the template's instructions or example ({why}), not questions; rename it "
                    "to import it", why=said[:40] or sheet_name), sheet=sheet_name))
                continue
            doubts = _header_doubts(rows[header_at - 1])
            hidden_read = [h for _, (i, h) in sorted(columns.items(), key=lambda c: c[1][0]) if i + 1 in facts.hidden_columns]
            if hidden_read:   # 选项E hidden in Excel: read, it would be an option no one saw; left out, a changed question
                doubts.append(Words("column(s) {items} are hidden in Excel: unhide them to import them as they are, or "
                                    "delete them", items=", ".join(hidden_read)))
            for cells, look in facts.hiding:   # 条件格式: struck or whitened where a rule Xuefa does not run holds
                if any(i + 1 in _columns_of(cells) for i, _ in columns.values()):
                    doubts.append(Words(
                        "a conditional format (条件格式) crosses out the cells {cells} where its rule holds: Xuefa "
                        "cannot tell which; clear the rule (开始 → 条件格式 → 清除规则), and delete withdrawn "
                        "questions instead", cells=cells) if look == "struck" else Words(
                        "a conditional format (条件格式) writes the cells {cells} white where its rule holds, hiding "
                        "them in Excel: Xuefa cannot tell which; clear the rule (开始 → 条件格式 → 清除规则)",
                        cells=cells))
                    break
            if doubts:   # nothing of this sheet is read rather than a guess stored
                report.problems += [RowProblem(path.name, header_at, None, d, sheet=sheet_name) for d in doubts]
                continue
            missing = [f for f in ("answer",) if f not in columns]
            if missing:
                report.problems.append(RowProblem(path.name, header_at, None, Words(
                    "missing column 答案; found: {headers}", headers=", ".join(h for _, h in columns.values())),
                    sheet=sheet_name))
                continue
            unread = [str(h).strip() for row in rows[top - 1:header_at] for h in row   # both rows of a two-row one
                      if h is not None and str(h).strip() and _field_of(h) is None and
                      not any(str(h).strip() == name for _, name in columns.values())]
            if unread:   # 备注, 图片, 出处 …: said, so a column of the file is never passed over without a word
                report.notes.append(RowProblem(path.name, top, None, Words(
                    "column(s) not read: {items} (Xuefa reads 题型, 题干, 选项A–H, 答案, 解析, 分类, 难度, 分值, 标签, 编号)",
                    items=", ".join(unread)), sheet=sheet_name))
            read_any = True
            before = len(report.questions)
            rows = _as_shown(_with_rich(rows, header_at, facts.rich), header_at, columns, facts.formats, date1904)
            _read_sheet(path, index, sheet_name, rows, header_at, columns, sink, len(book.sheet_names) > 1, facts)
            report.notes.append(RowProblem(path.name, None, None, Words(
                "read: {count} question(s)", count=len(report.questions) - before), sheet=sheet_name))
        if not read_any and not report.problems:
            _, headers = first_headers or (1, [])
            raise FileRefused(Words("missing column(s) 题型, 题干, 答案; found: {value}",
                                    value=', '.join(h for h in headers if h) or Words('none')))
    except FileRefused as exc:
        report.refuse(reason_of(exc), row=1 if str(exc).startswith("missing") else None)
    return report


_GOES_ON = ("，", ",", "、", "；", ";", "：", ":", "（", "(", "“", "《")   # a line that does not end an option
_LETTER_FIRST = re.compile(r"\s*[A-HＡ-Ｈa-h]")   # a line that may start with an option's letter, even unmarked
# words that name a type and also tell the learner what to do, before a colon (判断：甲的行为是否合法？ under 简答)
_INSTRUCTION_WORDS = ("判断", "简答", "问答", "论述", "分析", "说明")
# 题目：我国的根本法是（ ）: the column's name typed again in its cell
_STEM_LABEL = re.compile(r"^\s*(?:[【\[](?:题目|题干|试题)[】\]]\s*[:：]?|(?:题目|题干|试题)\s*[:：])\s*(?=\S)")


CHOICE_SECTION: Literal["choice"] = "choice"   # a 选择题 section: each question below single or multiple as its answer says


def _section_of(row: tuple) -> QuestionType | Literal["choice"] | None:
    """The type a section row gives the rows below it: one text alone in the row (merged across it, as a
    paper kept in a sheet writes 一、单项选择题), a section heading naming a type; CHOICE_SECTION for 一、选择题
    (as paragraphs read such a section)."""
    filled = [v for v in row if v is not None and str(v).strip()]
    if len(filled) != 1 or not isinstance(filled[0], str) or len(filled[0]) > 60:
        return None
    return section_heading(filled[0].strip())


def section_heading(text: str) -> QuestionType | Literal["choice"] | None:
    """A table's section heading (1、单选题, 一、单选题 每题2分 as a Word table's too: office_forms.as_section):
    its type, CHOICE_SECTION for 一、选择题, None for no heading. A 选择题 whose words say how many answers
    each question has (（每题只有一个正确答案）, （两个或两个以上）) is single or multiple, as paragraphs read it."""
    usual = as_section(text)
    typed = heading_type(usual)
    if typed is not None or not CHOICE_HEADING.fullmatch(without_remarks(usual)):
        return typed
    if SAYS_MULTIPLE.search(text) or TWO_OR_MORE.search(text):
        return QuestionType.MULTIPLE
    return QuestionType.SINGLE if ONLY_ONE.search(text) else CHOICE_SECTION


def _named_option(answer: str, options: list[tuple[str, str]]) -> str:
    """The letter of the option an answer names by its text: "A.宪法" (its letter and its own text), or
    "宪法" when exactly one option says that; "" otherwise."""
    lettered = re.fullmatch(r"([A-HＡ-Ｈ])\s*[.．、:：)）]\s*(\S.*)", answer)
    if unicodedata.normalize("NFKC", answer).strip().isdigit():   # 3: option 3 (C), or the option that says 3?
        return ""
    texts = {k: " ".join(t.split()) for k, t in options}
    if lettered:
        key = unicodedata.normalize("NFKC", lettered.group(1))
        return key if texts.get(key) == " ".join(lettered.group(2).split()) else ""
    named = [k for k, t in texts.items() if t and t == " ".join(answer.split())]
    return named[0] if len(named) == 1 else ""


def _as_header(text: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", str(text)))


def _is_header(text: str, header: str) -> bool:
    """``text`` is the column's header ``header`` (as _as_header reads it) again. A text more than four times
    the header's length without its spaces is never folded (NFKC joins at most a few characters into one):
    every stem of a sheet is asked (bench.bank_bench)."""
    return len("".join(text.split())) <= 4 * len(header) + 4 and _as_header(text) == header


# what a template's row below the header says of a column: （必填） / 选填, the form of its value (整数, 1-5, 文本 …)
_REQUIRED_NOTE = re.compile(r"[（(【\[]?\s*(?:必填|选填|非必填|可选填?|可不填|可为空|可空|必须填写|选择填写)(?:项|字段)?\s*[）)】\]]?")
_FORM_NOTE = re.compile(r"(?:整数|数字|数值|文本|字符|正整数|\d+\s*[-~～至]\s*\d+|[A-H]\s*[-~～至]\s*[A-H])"
                        r"(?:[（(][^）)]{1,20}[）)])?")


def _describes_columns(texts: dict[str, str]) -> bool:
    """The first row below the header of a unit's template: every filled cell says of its column that it is
    required or optional, or the form of its value; the stem's cell among them (a stem is never （必填）).
    An outside round found ``（必填）单选/多选/判断 | （必填） | … | 整数 | 1-5`` refused as an unknown type."""
    filled = {f: t.strip() for f, t in texts.items() if t.strip()}
    if "stem" not in filled or not _REQUIRED_NOTE.match(filled["stem"]) or len(filled["stem"]) > 30:
        return False   # （必填）, or （必填）题目内容: a stem is never that
    return all(_REQUIRED_NOTE.match(t) and len(t) <= 40 or _FORM_NOTE.fullmatch(t) for t in filled.values())


def _read_sheet(path: Path, index: int, sheet_name: str, rows: list[tuple], header_at: int,
                columns: dict[str, tuple[int, str]], sink: QuestionSink, many_sheets: bool, facts: SheetFacts
                ) -> None:
    report = sink.report
    sheet_type = parse_type(sheet_name)
    merged, hidden, error_cells, uncalculated = facts.merged, facts.hidden, facts.errors, facts.uncalculated
    # a value merged down over several rows (题型 or 分类 for a group of questions) belongs to each row
    # (only over the cells the sheet has: a range to XFD1048576 is as wide as what is read, not a billion cells)
    width = max((len(row) for row in rows), default=0)
    inherited = {(col, r): (c1, r1) for c1, r1, c2, r2 in merged for col in range(c1, min(c2, width) + 1)
                 for r in range(r1 + 1, min(r2, len(rows)) + 1)}
    anchors = set(inherited.values())
    # a question's own text merged down over several rows (答案 A over two questions): whose is it? Only 题型
    # and 分类 (and the like) are shared by a group; these are refused on every row they cover
    own_fields = [f for f in columns if f in ("stem", "answer", "explanation", "options") or f.startswith("opt")]
    merged_own = {(col, r): (r1, r2) for c1, r1, c2, r2 in merged if r2 > r1
                  for f in own_fields for col in [columns[f][0] + 1] if c1 <= col <= c2
                  for r in range(r1, min(r2, len(rows)) + 1)}
    remembered: dict[tuple[int, int], object] = {}
    try:
        pictured = _picture_rows(path, index) | facts.in_cells
    except (KeyError, zipfile.BadZipFile, UnicodeDecodeError):
        pictured = set(facts.in_cells)
    if 0 in pictured:   # which question it shows cannot be told: the sheet is not read rather than read without it
        report.problems.append(RowProblem(path.name, None, None, Words(
            "a picture is placed on the sheet at a fixed position, on no row: which question it belongs to cannot "
            "be told; put the questions with pictures into a Word bank, or delete the picture"),
            sheet=sheet_name if many_sheets else None))
        return
    left_out: list[int] = []
    headers_again: list[int] = []
    told_apart: list[int] = []   # rows of 题型 选择题, single or multiple by their answers
    section_type: QuestionType | Literal["choice"] | None = None   # the type the last section row (一、单项选择题) gives
    two_or_more = False   # that row says each question has two or more right answers
    section_terms = False   # that row is 名词解释's: a stem term：definition is the term and its answer
    terms_defined: list[int] = []   # rows read so
    answers_omitted: list[int] = []   # short answers whose reference answer is 略
    numbered_stems: list[int] = []   # rows whose stem began with the row's number (1.我国…): left out, said
    tag_typed: list[int] = []   # rows whose 题型 was empty and whose stem's tag gave the type (【判断题】…), said
    tagged_stems: list[int] = []   # rows whose stem began with a type tag or points (【单选题】（2分）…): taken out, said
    numbered_down = _stems_numbered_down(rows, header_at, columns["stem"][0]) if "stem" in columns else set()
    section_rows: list[int] = []
    stem_header = _as_header(columns["stem"][1]) if "stem" in columns else ""
    first_below = next((n for n, row in enumerate(rows[header_at:], start=header_at + 1)
                        if any(v is not None and str(v).strip() for v in row)), 0)
    described = 0   # the row below the header that says what goes in each column
    for rownum, row in enumerate(rows[header_at:], start=header_at + 1):
        if rownum in hidden:
            if any(v is not None and str(v).strip() for v in row):
                left_out.append(rownum)
            continue
        if inherited:
            for col, value in enumerate(row, start=1):
                if (col, rownum) in anchors:
                    remembered[(col, rownum)] = value
            row = tuple(remembered.get(inherited[(col, rownum)]) if value is None and (col, rownum) in inherited
                        else value for col, value in enumerate(row, start=1))

        if all(v is None or (isinstance(v, str) and not v.strip()) for v in row):
            continue  # blank rows are common in hand-kept sheets
        heading = _section_of(row)
        if heading is not None:   # 一、单项选择题 alone on its row: the type of the rows below, never a question
            section_type = heading
            section_rows.append(rownum)
            # 二、多选题（每题有两个或两个以上正确答案）: an answer of one letter is refused, as in paragraphs
            two_or_more = heading is QuestionType.MULTIPLE and any(
                TWO_OR_MORE.search(str(v)) for v in row if isinstance(v, str))
            section_terms = any("名词解释" in v for v in row if isinstance(v, str))
            continue
        # each column's text, once: a 50,000-row sheet is read in seconds (bench.bank_bench)
        texts = {f: _cell_text(row[i]) for f, (i, _) in columns.items() if i < len(row)}

        def cell(field: str) -> str:
            return texts.get(field, "")

        if not described and rownum == first_below and _describes_columns(texts):
            described = rownum   # （必填）| 整数 | 1-5 under the header: the template's own words, never a question
            report.notes.append(RowProblem(path.name, rownum, None, Words(
                "the row below the header says what goes in each column ({text}): left out, not a question",
                text=" | ".join(t for t in texts.values() if t)[:60]),
                sheet=sheet_name if many_sheets else None))
            continue
        if "stem" in columns and _is_header(cell("stem"), stem_header) and \
                ("type" not in columns or _as_header(cell("type")) == _as_header(columns["type"][1])):
            headers_again.append(rownum)   # 题型 | 题干 | … again: two blocks pasted together, not a question
            continue

        def bad(field: str | None, msg: str) -> None:
            report.problems.append(RowProblem(path.name, rownum, columns[field][1] if field in columns else None,
                                              msg, sheet=sheet_name if many_sheets else None))

        shared = next(((f, merged_own[(columns[f][0] + 1, rownum)]) for f in own_fields
                       if (columns[f][0] + 1, rownum) in merged_own), None) if merged_own else None
        if shared is not None:
            bad(shared[0], Words("the cell is merged over rows {first}-{last}: which question its text belongs to "
                                 "cannot be told (only 题型 and 分类 may be shared); unmerge it and fill each row",
                                 first=shared[1][0], last=shared[1][1]))
            continue

        errors: list[tuple[str, str]] = []   # a failed formula: calamine reads it empty, or its text is #N/A
        unshown: list[tuple[str, Unshown | Struck]] = []
        in_cell: list[str] = []
        for f, (i, _) in columns.items():   # one look at each cell: this loop runs for every row
            t = texts.get(f)
            if error_cells and (rownum, i + 1) in error_cells:
                errors.append((f, error_cells[(rownum, i + 1)]))
            elif uncalculated and (rownum, i + 1) in uncalculated:
                errors.append((f, ""))
            elif t and t[0] == "#" and not facts.read and _ERROR_CELL.match(t):
                errors.append((f, t))
            if t:
                if isinstance(row[i], (Unshown, Struck)):
                    unshown.append((f, row[i]))
                elif t.lstrip()[:9].upper() == "=DISPIMG(":
                    in_cell.append(f)
        if rownum in pictured or in_cell:   # WPS puts a picture into a cell as =DISPIMG("ID_…",1)
            bad(in_cell[0] if in_cell else None, Words(
                "a picture on this row cannot be kept from an Excel bank: put the question with its picture "
                "into a Word bank (below its stem), or delete the picture"))
            continue
        if errors or unshown:
            for field, value in errors:
                bad(field, Words("the cell holds the error {value} (a formula that failed); put the value itself",
                                 value=value) if value else Words(
                    "the cell holds a formula whose value was never calculated (the file was written by a program, "
                    "not saved by Excel or WPS): open it in Excel or WPS and save it, or put the value itself"))
            struck = [v for _, v in unshown if isinstance(v, Struck) and not v.white and not v.symbol]
            if len(struck) == len(texts) - sum(1 for t in texts.values() if not t.strip()) and all(
                    v.words == str(v.value).strip() for v in struck):   # every filled cell struck whole
                bad(None, Words("the row is struck through (删除线), as a withdrawn question is marked: it is not "
                                "imported; delete the row, or remove the strike-through if it belongs in the bank"))
                continue
            for field, cell_value in unshown:
                if isinstance(cell_value, Struck) and cell_value.symbol:
                    bad(field, Words("“{text}” is in a symbol font (Wingdings, Symbol …): Excel shows another "
                                     "character (√, ≥ …) than the text holds; type that character itself in a normal "
                                     "font", text=cell_value.words))
                    continue
                if isinstance(cell_value, Struck) and cell_value.white:
                    bad(field, Words("text “{text}” in its cell's own colour (white on white, or as the fill): "
                                     "Excel shows nothing there, the station would show it; delete it, or set its "
                                     "font colour to 自动 (automatic) if it belongs in the question",
                                     text=cell_value.words))
                    continue
                if isinstance(cell_value, Struck):
                    bad(field, Words("struck-through text “{text}”: the station cannot show it crossed out; delete "
                                     "the struck words (or the row, if the question is withdrawn), or remove the "
                                     "strike-through (删除线)", text=cell_value.words))
                    continue
                if cell_value.hidden_by and cell_value.reason:   # ;;;"略": what Excel shows is not what was typed
                    bad(field, Words("Excel shows {shown!r} here, not what the cell holds (“{text}”): its number "
                                     "format {code} writes that instead. Set the cell's format to 常规 (General), and "
                                     "type what the question should say", shown=cell_value.reason,
                                     text=str(cell_value.value)[:30], code=cell_value.hidden_by))
                    continue
                if cell_value.hidden_by:   # the value is there, hidden: never stored as if the cell were empty
                    bad(field, Words("Excel shows nothing here: the cell's number format {code} hides “{text}” (a way "
                                     "to hide a cell, 隐藏); the station would show it. Set the cell's format to 常规 "
                                     "(General) if it belongs to the question, or delete it",
                                     code=cell_value.hidden_by, text=str(cell_value.value)[:30]))
                    continue
                bad(field, Words(
                    "Xuefa cannot be sure what Excel shows here ({reason}); format the cell as Text (设置单元格格式 → "
                    "文本) and type what it should say",
                    reason=cell_value.reason))
            continue
        typed = section_type or sheet_type   # a 题型 cell left empty takes its section's, or its sheet's
        given = cell("type").strip()
        qtype = typed if isinstance(typed, QuestionType) and not given else parse_type(cell("type"))
        told_by_answer = qtype is None and (CHOICE_ONLY.fullmatch(unicodedata.normalize("NFKC", cell("type")))
                                            or (not given and typed == CHOICE_SECTION))
        if told_by_answer:   # 选择题: single or multiple as its answer says (as a 二、选择题 section is read)
            qtype = QuestionType.MULTIPLE
        stem_tag = stem_marks(cell("stem")).type_name if qtype is None and not given else ""
        if stem_tag:   # its 题型 empty, its stem 【单选题】… or （2分）【选择题】…: the tag says it (rounds 97, 98)
            qtype = parse_type(stem_tag)
            told_by_answer = qtype is None   # 【选择题】: single or multiple as its answer says
            qtype = qtype or QuestionType.MULTIPLE
            tag_typed.append(rownum)
        if qtype is None:
            bad("type", Words("unknown question type {type!r} (单选, 多选, 判断, 填空 or 简答; single, multiple, "
                              "true_false, fill_in or short_answer)", type=cell('type'))
                if cell("type").strip() else Words("the question type is empty (单选, 多选, 判断, 填空 or 简答; single, "
                                                   "multiple, true_false, fill_in or short_answer)"))
            continue
        # 题目：我国的根本法是（ ）: the column's name typed again in its cell, never what the learner is asked
        # (an outside round: shown to learners)
        stem = _STEM_LABEL.sub("", cell("stem"))
        typed_number = _STEM_NUMBER.match(stem)
        if typed_number is not None and (rownum in numbered_down or cell("rownumber").strip() == typed_number.group(1)) \
                and not _own_list(stem, typed_number.group(1)):
            # 1.我国的根本法是… with 序号 1, or numbered 1. 2. 3. down the column: the row's number typed again,
            # which a shuffled paper would show before another question
            stem = stem[typed_number.end():]
            numbered_stems.append(rownum)
        # 【单选题】（2分）我国的根本法是…, （2分）【单选题】…, …（ ）。（本题3分）: an exported bank's type tag and the
        # question's points, never the learner's to read (they were kept in the stem, round 28's leftovers)
        marks = stem_marks(stem)
        if marks.colon and marks.type_name in _INSTRUCTION_WORDS and parse_type(marks.type_name) is not qtype and \
                not told_by_answer:
            # 判断：甲的行为是否合法？ under 简答: the learner's instruction, not a tag (round 99: refused)
            marks = stem_marks(stem, names_type=lambda words: False)
        stem = _STEM_LABEL.sub("", marks.stem) if marks.stem != stem else stem   # 【单选题】题目：…
        tagged = parse_type(marks.type_name) if marks.tag else None
        if any(parse_type(other) is not tagged for other in marks.other_types):   # （单选）（多选）…
            bad("stem", Words("the stem begins with {tag} while its 题型 says {type}: which is it? Correct the "
                              "题型, or the tag", tag="、".join([marks.tag, *marks.other_types]),
                              type=cell("type").strip() or qtype.value))
            continue
        if marks.tag:   # a tag saying another type than the row's is a doubt, not a choice
            if told_by_answer and tagged in (QuestionType.SINGLE, QuestionType.MULTIPLE):
                qtype, told_by_answer = tagged, False   # 选择 and 【多选题】: the tag says which (round 97: the answer
                # had said it, and the tag that disagreed went unsaid)
            elif (tagged is not None and tagged is not qtype) or (tagged is None and not qtype.has_options):
                # (【选择题】 under 判断 too)
                bad("stem", Words("the stem begins with {tag} while its 题型 says {type}: which is it? Correct the "
                                  "题型, or the tag", tag=marks.tag, type=cell("type").strip() or qtype.value))
                continue
        written_points = list(marks.points)
        if marks.unsure:   # 违章一次记（12分）, …哪种违法行为一次记（12分）: its points, or the stem's own words?
            # (round 99: a choice's stem was cut there and given 12 points)
            bad("stem", Words("{said} ending the statement without a full stop before it: its points, or its own words "
                              "(一次记12分)? Write points after the full stop (…。（2分）), or the words without brackets",
                              said=f"（{marks.unsure}分）"))
            continue
        if len(set(written_points)) > 1:   # 【判断题】（1分）宪法是根本法。（2分）
            bad("stem", Words("the stem gives its points twice ({points}): which is it? Keep one, or write them in "
                              "分值", points=", ".join(f"（{p}分）" for p in written_points)))
            continue
        if written_points and not written_points[0].isdigit():   # （2.5分）: whole points only, as 分值 says
            bad("stem", Words("{said}: points are whole numbers here; give the question whole points (or set them "
                              "when the exam is put together)", said=f"（{written_points[0]}分）"))
            continue
        if marks.tag or written_points:
            tagged_stems.append(rownum)
        difficulty = parse_difficulty(cell("difficulty"))
        if difficulty is None:
            bad("difficulty", Words("{difficulty!r} is not a whole number from 1 to 5 (or 低/中/高, 易/中/难, 低难度/中难度/高难度)",
                                    difficulty=cell('difficulty')))
            continue
        points_text = cell("points").strip()
        points = None
        if written_points:
            written = written_points[0]
            if points_text and re.sub(r"(?:[.．]0+)?\s*分?$", "", unicodedata.normalize("NFKC", points_text)) != written:
                bad("points", Words("the stem gives {said} while 分值 says {points_text}: which is it?",
                                    said=f"（{written_points[0]}分）", points_text=points_text))
                continue
            points_text = points_text or written
        if points_text:
            try:   # 2, 2分, 2.0 (a whole number written as Excel or a person writes it)
                points = int(re.sub(r"(?:[.．]0+)?\s*分?$", "", unicodedata.normalize("NFKC", points_text)))
            except ValueError:
                bad("points", Words("{points_text!r} is not a whole number of points: Xuefa counts whole points (a "
                                    "paper's too); give whole ones (1.5 and 0.5 doubled: 3 and 1, with a pass mark to "
                                    "match), or leave 分值 empty and set the points when the exam is put together",
                                    points_text=points_text))
                continue
        filled = {k: cell(f"opt{k}").strip() for k in OPTION_KEYS}
        options = [(k, t) for k, t in filled.items() if t]
        gaps = [k for k in OPTION_KEYS[:OPTION_KEYS.index(options[-1][0])] if not filled[k]] if options else []
        if gaps:  # letters would shift or an answer name an empty option: say so instead
            bad(f"opt{gaps[0]}", Words("option {items} is empty while a later option is filled",
                                       items=', '.join(gaps)))
            continue
        if (options or cell("options").strip()) and qtype.has_options and any(
                len(_split_options(stem[m.start():])) >= 2 for m in _options_in_stem(stem)):
            # …（ ）。\nA.甲说法\nB.乙说法 in the stem, and 选项A/B filled too: the learner would see two sets
            bad("stem", Words("the stem lists options (A. … B. …) and the option columns hold options too: which "
                              "are the question's? Keep them in one place"))
            continue
        if not options and not cell("options").strip() and qtype.has_options:
            # the options written into the stem's cell (我国的根本法是（ ）。\nA.宪法\nB.刑法 …, or after its end)
            inside = next((m.start() for m in _options_in_stem(stem)
                           if len(_split_options(stem[m.start():])) >= 2), None)
            if inside is not None and stem[:inside].strip():
                stem, options = stem[:inside].rstrip(), _split_options(stem[inside:])
        if not options and cell("options").strip():   # (A)甲 (B)乙 as the text reader reads it: A. 甲 B. 乙
            options = _split_options(cell("options")) or _split_options(unbracketed_options(cell("options")))
            unlettered = [line.strip() for line in cell("options").strip().split("\n")]
            if not options and 2 <= len(unlettered) <= len(OPTION_KEYS) and all(unlettered) and \
                    not any(_LETTER_FIRST.match(line) for line in unlettered) and \
                    not any(line.endswith(_GOES_ON) for line in unlettered[:-1]):   # (宪法是根本法，/ 具有…: wrapped)
                # 宪法 / 刑法 / 民法典, one a line and no letters: A, B, C in order, said
                options = list(zip(OPTION_KEYS, unlettered))
                report.notes.append(RowProblem(path.name, rownum, columns["options"][1], Words(
                    "the options, one a line without letters, read as A–{last} in their order",
                    last=OPTION_KEYS[len(options) - 1]), sheet=sheet_name if many_sheets else None))
            pair = [w for w in re.split(r"[；;、,，|｜/／\s]+", cell("options").strip()) if w]
            if not options and qtype is QuestionType.TRUE_FALSE and len(pair) == 2 and \
                    pair[0].casefold() in TRUE_WORDS | FALSE_WORDS and pair[1].casefold() in TRUE_WORDS | FALSE_WORDS:
                # a true/false question's two words in one cell (正确；错误, 对；错, √；×): what every true/false
                # question shows, as 正确 / 错误 one a line is read (an outside round: refused)
                options = list(zip(OPTION_KEYS, pair))
            if not options:
                bad("options", Words("{value!r} does not list options as A. … B. …", value=cell('options')[:30]))
                continue
            elif len(options) == len(OPTION_KEYS) and _NINTH.search(options[-1][1]):
                bad("options", Words("more than {count} options: Xuefa has at most {count} (A–H)",
                                     count=len(OPTION_KEYS)))
                continue
        listed = [k for k, _ in options]
        if listed and listed != list(OPTION_KEYS[:len(listed)]):   # A.甲 B.乙 C. D.丁: C empty, never dropped
            empty = [k for k in OPTION_KEYS[:OPTION_KEYS.index(listed[-1])] if k not in listed]
            bad("options" if "options" in columns else "stem", Words(
                "option {items} is empty while a later option is filled", items=", ".join(empty)))
            continue
        answer_text = cell("answer")
        ticked = ticked_options(options) if qtype.has_options else []
        if ticked and (not answer_text.strip() or re.sub(r"[^A-H]", "", unicodedata.normalize(
                "NFKC", answer_text).upper()) == "".join(ticked)):
            # 根本法✓ in 选项A, the 答案 cell empty (or saying A too): the mark is the answer, never the option's text
            options = [(k, TICKED.sub("", t).strip()) for k, t in options]
            answer_text = answer_text if answer_text.strip() else "".join(ticked)
            report.notes.append(RowProblem(path.name, rownum, None, Words(
                "the ✓ marking option(s) {items} read as the answer, and left out of the option's text",
                items=", ".join(ticked)), sheet=sheet_name if many_sheets else None))
        if qtype.has_options and not parse_choice_answer(answer_text) and answer_text.strip():
            plain = answer_text.strip().rstrip("。；;.，,、").strip()   # B。 A,B, as the text reader reads them
            named = plain if parse_choice_answer(plain) else _named_option(plain, options)
            if named:
                if not parse_choice_answer(plain):   # A.宪法, or 宪法 itself: the option it names, said
                    report.notes.append(RowProblem(path.name, rownum, None, Words(
                        "the answer {answer!r} read as option {key}, whose text it is", answer=answer_text[:30],
                        key=named), sheet=sheet_name if many_sheets else None))
                answer_text = named
        if told_by_answer:
            letters = parse_choice_answer(answer_text)
            qtype = QuestionType.SINGLE if len(letters) == 1 else QuestionType.MULTIPLE
            told_apart.append(rownum)
        if two_or_more and not given and qtype is QuestionType.MULTIPLE and len(parse_choice_answer(answer_text)) == 1:
            bad("answer", Words("the section's heading says each question has two or more right answers; this one gives "
                                "only {answer}: give all its right answers", answer=answer_text.strip()))
            continue
        if qtype is QuestionType.SHORT_ANSWER and answer_text.strip() and answer_omitted(answer_text):
            answer_text = ""   # 略: no reference answer given (a definition in the stem is the one it left out)
            answers_omitted.append(rownum)
        defined = term_and_definition(stem) if qtype is QuestionType.SHORT_ANSWER and (
            "名词解释" in cell("type") or "名词解释" in sheet_name or section_terms) else None
        if defined is not None and answer_text.strip():   # as the text reader reads the same words
            bad("stem", Words("under 名词解释 the stem reads as a term and its definition ({term}：…) and the question has "
                              "an answer too: the learner would see the definition; keep only the term in the stem",
                              term=defined[0]))
            continue
        if defined is not None:   # 法治：依法治理国家的原则。 and no answer: the term asked, the definition its answer
            stem, answer_text = defined
            terms_defined.append(rownum)
            if rownum in answers_omitted:
                answers_omitted.remove(rownum)
        q, errs = build_question(
            qid="", qtype=qtype, stem=stem, options=options, answer_text=answer_text,
            category=cell("category"), difficulty=difficulty,
            tags=tuple(t.strip() for t in cell("tags").replace("，", ",").split(",") if t.strip()),
            explanation=_EXPLANATION_LABEL.sub("", cell("explanation"), count=1), fixed_keys=set(unicodedata.normalize("NFKC", cell("fixed")).upper()), points=points)
        if q is None:
            for e in errs:
                about = problem_column(e)
                bad(("options" if "options" in columns else "optA") if about == "options" else about, e)
            continue
        where = Words("row {row} of sheet {sheet}", row=rownum, sheet=sheet_name) if many_sheets \
            else place("row", rownum)
        refused = sink.add(q, where, rownum, cell("id"), sheet=sheet_name if many_sheets else None)
        if refused:
            bad("id" if cell("id").strip() else "stem", refused)
            continue
        worded = row[columns["answer"][0]] if "answer" in columns and columns["answer"][0] < len(row) else None
        if isinstance(worded, Worded) and not qtype.has_options and qtype is not QuestionType.TRUE_FALSE:
            report.notes.append(RowProblem(path.name, rownum, columns["answer"][1], Words(
                "the answer {typed} is shown as {shown} by the cell's number format {code}: stored as shown, so a "
                "learner who types {typed} is marked wrong; if both are right, write {shown}|{typed}",
                typed=worded.typed, shown=str(worded), code=worded.code), sheet=sheet_name if many_sheets else None))
    headers = {i + 1: header for i, header in columns.values()}
    for (row_number, column), words in sorted(facts.comments.items()):   # 批注 此题答案有误，应为C: said, never read in
        if row_number > header_at and column in headers:
            report.notes.append(RowProblem(path.name, row_number, headers[column], Words(
                "a comment (批注) on this cell is not read: “{words}”; if it corrects the question, correct the "
                "cell itself", words=words[:60]), sheet=sheet_name if many_sheets else None))
    if numbered_stems:
        report.notes.append(RowProblem(path.name, numbered_stems[0], None, Words(
            "the number typed before the stem (1. 2、) left out at row(s) {shown}: a paper shuffles the questions, "
            "and each is numbered where it stands", shown=numbers_listed(numbered_stems)),
            sheet=sheet_name if many_sheets else None))
    if tag_typed:   # said: the type came from the stem, not from the 题型 column
        report.notes.append(RowProblem(path.name, tag_typed[0], None, Words(
            "题型 empty at row(s) {shown}: the type read from the tag before the stem (【单选题】 …)",
            shown=numbers_listed(tag_typed)), sheet=sheet_name if many_sheets else None))
    if tagged_stems:   # said, so a tag that was the stem's own words is caught in the preview
        tag_rows = sorted(set(tagged_stems))
        report.notes.append(RowProblem(path.name, tag_rows[0], None, Words(
            "the type tag or points written into the stem (【单选题】, （2分）, （本题3分）) taken out of it at row(s) "
            "{shown}: the type is the 题型's, the points the question's", shown=numbers_listed(tag_rows)),
            sheet=sheet_name if many_sheets else None))
    if section_rows:   # said, so a title row that names a type is seen
        report.notes.append(RowProblem(path.name, section_rows[0], None, Words(
            "row(s) {shown} read as section headings: each gives its type to the rows below it whose 题型 is empty",
            shown=numbers_listed(section_rows)), sheet=sheet_name if many_sheets else None))
    if answers_omitted:
        report.notes.append(RowProblem(path.name, answers_omitted[0], None, omitted_note(answers_omitted),
                                       sheet=sheet_name if many_sheets else None))
    if terms_defined:
        report.notes.append(RowProblem(path.name, terms_defined[0], None, Words(
            "{count} question(s) under 名词解释 written as term：definition, at {shown}: the term read as the question "
            "and its definition as the reference answer; check them in the preview", count=len(terms_defined),
            shown=numbers_listed(terms_defined)), sheet=sheet_name if many_sheets else None))
    if told_apart:   # said, so a one-letter answer of a question with several right ones is caught in the preview
        report.notes.append(RowProblem(path.name, told_apart[0], None, Words(
            "题型 选择题 at row(s) {shown}: read as 单选 where the answer is one letter, 多选 where it is several; "
            "check them in the preview", shown=numbers_listed(told_apart)), sheet=sheet_name if many_sheets else None))
    if headers_again:   # said, so two sheets pasted into one are seen
        report.notes.append(RowProblem(path.name, headers_again[0], None, Words(
            "the header row stands again at row(s) {shown} (blocks pasted together?): read as a header, not a "
            "question", shown=", ".join(map(str, headers_again[:10])) + (" …" if len(headers_again) > 10 else "")),
            sheet=sheet_name if many_sheets else None))
    if left_out:   # counted as skipped, so the summary says it (a filter left on hides rows too)
        shown = ", ".join(map(str, left_out[:10])) + (" …" if len(left_out) > 10 else "")
        report.notes.append(RowProblem(path.name, None, None, Words(
            "left out: row(s) {shown} are hidden in Excel (unhide them to import them)",
            shown=shown), sheet=sheet_name))
        report.skipped += [RowProblem(path.name, n, None, Words(
            "hidden in Excel (hidden rows, or a filter left on): unhide it to import it"),
            sheet=sheet_name if many_sheets else None) for n in left_out]
