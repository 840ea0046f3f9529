"""The project's Excel bank template: one sheet, a header row, one question per row."""
from __future__ import annotations

import re
import unicodedata
import zipfile
from pathlib import Path

from openpyxl import Workbook
from openpyxl.utils import column_index_from_string
from python_calamine import CalamineWorkbook

from examcore.banks.common import (OPTION_KEYS, BankImportError, RowProblem, build_question, parse_type,
                                   stable_id)
from examcore.questions import QuestionBank

# header -> field; the spellings of the project's template and of the banks units commonly keep
HEADERS = {
    "编号": "id", "序号": "id", "试题编号": "id", "题号": "id",
    "题型": "type", "试题类型": "type", "题目类型": "type", "类型": "type",
    "题干": "stem", "题目": "stem", "试题": "stem", "试题内容": "stem", "题目内容": "stem",
    "答案": "answer", "正确答案": "answer", "正确选项": "answer", "参考答案": "answer", "标准答案": "answer",
    "分类": "category", "知识点": "category", "所属分类": "category", "题目分类": "category", "知识点分类": "category",
    "难度": "difficulty", "难易程度": "difficulty", "标签": "tags", "关键词": "tags",
    "解析": "explanation", "答案解析": "explanation", "试题解析": "explanation", "固定选项": "fixed",
    "选项": "options",  # all options in one cell: "A.宪法 B.刑法 C.民法典"
    **{f"选项{k}": f"opt{k}" for k in OPTION_KEYS}, **{k: f"opt{k}" for k in OPTION_KEYS},
}
DIFFICULTY_WORDS = {"易": 1, "容易": 1, "简单": 1, "较易": 2, "中": 3, "中等": 3, "一般": 3, "较难": 4, "难": 5, "困难": 5}


def _header_key(text: object) -> str:
    """选项Ａ, "选项 A", "正确答案：" … are the same header."""
    folded = unicodedata.normalize("NFKC", str(text or "")).strip()
    return re.sub(r"[\s:：*（(].*$|\s+", "", folded) if not re.fullmatch(r"[A-Za-z]", folded) else folded.upper()


def _split_options(text: str) -> list[tuple[str, str]]:
    """ "A.宪法 B.刑法 C、民法典" (one cell, or one per line) -> [(A, 宪法), (B, 刑法), (C, 民法典)]."""
    folded = unicodedata.normalize("NFKC", text)
    parts = re.split(r"(?:^|\s)([A-H])\s*[.、:)\]]\s*", folded)
    return [(parts[i], parts[i + 1].strip()) for i in range(1, len(parts) - 1, 2) if parts[i + 1].strip()]


def _merged_ranges(path: Path, sheet_index: int = 0) -> list[tuple[int, int, int, int]]:
    """(first column, first row, last column, last row), 1-based, of the sheet's merged cells. Read from the
    file itself because openpyxl's fast read-only mode does not report them."""
    with zipfile.ZipFile(path) as z:
        workbook = z.read("xl/workbook.xml").decode("utf-8")
        rels = z.read("xl/_rels/workbook.xml.rels").decode("utf-8")
        rel_ids = re.findall(r"<(?:\w+:)?sheet\b[^>]*?r:id=\"([^\"]+)\"", workbook)
        if len(rel_ids) <= sheet_index:
            return []
        target = re.search(r"<Relationship\b[^>]*Id=\"%s\"[^>]*Target=\"([^\"]+)\"" % re.escape(rel_ids[sheet_index]),
                           rels) or re.search(r"<Relationship\b[^>]*Target=\"([^\"]+)\"[^>]*Id=\"%s\""
                                              % re.escape(rel_ids[sheet_index]), rels)
        if target is None:
            return []
        name = target.group(1).lstrip("/")
        sheet = z.read(name if name.startswith("xl/") else "xl/" + name).decode("utf-8")
    out = []
    for a, r1, b, r2 in re.findall(r"<(?:\w+:)?mergeCell\b[^>]*ref=\"([A-Z]+)(\d+):([A-Z]+)(\d+)\"", sheet):
        out.append((column_index_from_string(a), int(r1), column_index_from_string(b), int(r2)))
    return out


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


def _sheet_rows(path: Path):
    """The first sheet's rows from row 1, empty cells as None. Read with calamine (Rust): a 50,000-row
    bank in a few seconds, where openpyxl's read-only mode takes about ten times as long."""
    sheet = CalamineWorkbook.from_path(str(path)).get_sheet_by_index(0)
    return iter([tuple(None if v == "" else v for v in row) for row in sheet.to_python(skip_empty_area=False)])


def load_excel_bank(path: Path, bank_name: str | None = None) -> QuestionBank:
    path = Path(path)
    name = bank_name or path.stem
    try:
        rows = _sheet_rows(path)
    except Exception as exc:  # calamine raises its own error types for every kind of unreadable file
        raise BankImportError([RowProblem(path.name, None, None, f"not an Excel workbook ({exc})")]) from exc
    # the header row is the first of the top rows that names the needed columns (a title row may
    # come first, often merged across the sheet)
    header_row: tuple = ()
    header_at = 1
    for number, candidate in enumerate(rows, start=1):
        if number == 1:
            header_row = candidate  # if no row names the columns, the error quotes the first
        if {"type", "stem"} <= {HEADERS.get(_header_key(h)) for h in candidate if h is not None}:
            header_row, header_at = candidate, number
            break
        if number == 5:
            break
    headers = [str(h).strip() if h is not None else "" for h in header_row]
    columns: dict[str, tuple[int, str]] = {}
    for i, h in enumerate(headers):
        field = HEADERS.get(_header_key(h))
        if field and field not in columns:
            columns[field] = (i, h)
    missing = [f for f in REQUIRED if f not in columns]
    if missing:
        want = {"type": "题型", "stem": "题干", "answer": "答案"}
        raise BankImportError([RowProblem(
            path.name, header_at or 1, None, f"missing column(s) {', '.join(want[m] for m in missing)}; "
            f"found: {', '.join(h for h in headers if h) or 'none'}")])
    try:
        merged = _merged_ranges(path)
    except (KeyError, zipfile.BadZipFile, UnicodeDecodeError):
        merged = []
    # a value merged down over several rows (题型 or 分类 for a group of questions) belongs to each row
    inherited = {(col, r): (c1, r1) for c1, r1, c2, r2 in merged for col in range(c1, c2 + 1)
                 for r in range(r1 + 1, r2 + 1)}
    bank = QuestionBank(name)
    problems: list[RowProblem] = []
    seen: dict[str, int] = {}
    anchors = set(inherited.values())
    remembered: dict[tuple[int, int], object] = {}
    for rownum, row in enumerate(rows, start=header_at + 1):
        row = tuple(row)
        if inherited:
            for col, value in enumerate(row, start=1):
                if (col, rownum) in anchors:
                    remembered[(col, rownum)] = value
            row = tuple(remembered.get(inherited[(col, rownum)]) if value is None and (col, rownum) in inherited
                        else value for col, value in enumerate(row, start=1))

        def cell(field: str) -> str:
            if field not in columns or columns[field][0] >= len(row):
                return ""
            v = row[columns[field][0]]
            return "" if v is None else (str(int(v)) if isinstance(v, float) and v.is_integer() else str(v))

        def bad(field: str | None, msg: str) -> None:
            problems.append(RowProblem(path.name, rownum, columns[field][1] if field in columns else None, msg))

        if all(v is None or str(v).strip() == "" for v in row):
            continue  # blank rows are common in hand-kept sheets
        qtype = parse_type(cell("type"))
        if qtype is None:
            bad("type", f"unknown question type {cell('type')!r}" if cell("type").strip() else
                "the question type is empty (单选, 多选, 判断, 填空 or 简答)")
            continue
        stem = cell("stem")
        qid = cell("id").strip() or stable_id(name, stem)
        if qid in seen:
            bad("id" if cell("id") else "stem", f"duplicate of row {seen[qid]}")
            continue
        seen[qid] = rownum
        word = cell("difficulty").strip()
        try:
            difficulty = DIFFICULTY_WORDS[word] if word in DIFFICULTY_WORDS else int(word or 3)
        except ValueError:
            bad("difficulty", f"{cell('difficulty')!r} is not a whole number from 1 to 5 (or 易/中/难)")
            continue
        options = [(k, cell(f"opt{k}").strip()) for k in OPTION_KEYS if cell(f"opt{k}").strip()]
        if not options and cell("options").strip():
            options = _split_options(cell("options"))
        q, errs = build_question(
            qid=qid, qtype=qtype, stem=stem, options=options, answer_text=cell("answer"),
            category=cell("category"), difficulty=difficulty,
            tags=tuple(t.strip() for t in cell("tags").replace("，", ",").split(",") if t.strip()),
            explanation=cell("explanation"), fixed_keys=set(cell("fixed").upper()))
        for e in errs:
            bad("answer" if e.startswith("answer") else None, e)
        if q:
            bank.questions.append(q)
    if problems:
        raise BankImportError(problems)
    return bank
