"""The project's Excel bank template: one sheet, a header row, one question per row."""
from __future__ import annotations

import zipfile
from pathlib import Path

from openpyxl import Workbook, load_workbook
from openpyxl.utils.exceptions import InvalidFileException

from examcore.banks.common import (OPTION_KEYS, BankImportError, RowProblem, build_question, parse_type,
                                   stable_id)
from examcore.questions import QuestionBank

# header -> field; several spellings are accepted for the common ones
HEADERS = {
    "编号": "id", "题型": "type", "题干": "stem", "题目": "stem", "答案": "answer", "正确答案": "answer",
    "分类": "category", "知识点": "category", "难度": "difficulty", "标签": "tags", "解析": "explanation",
    "固定选项": "fixed",
    **{f"选项{k}": f"opt{k}" for k in OPTION_KEYS}, **{k: f"opt{k}" for k in OPTION_KEYS},
}
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


def load_excel_bank(path: Path, bank_name: str | None = None) -> QuestionBank:
    path = Path(path)
    name = bank_name or path.stem
    try:
        wb = load_workbook(path, read_only=True, data_only=True)
    except (InvalidFileException, zipfile.BadZipFile, KeyError, OSError, ValueError) as exc:
        raise BankImportError([RowProblem(path.name, None, None, f"not an Excel workbook ({exc})")]) from exc
    try:
        ws = wb.worksheets[0]
        rows = ws.iter_rows(values_only=True)
        header_row = next(rows, None) or ()
        headers = [str(h).strip() if h is not None else "" for h in header_row]
        columns = {HEADERS[h]: (i, h) for i, h in enumerate(headers) if h in HEADERS}
        missing = [f for f in REQUIRED if f not in columns]
        if missing:
            want = {"type": "题型", "stem": "题干", "answer": "答案"}
            raise BankImportError([RowProblem(
                path.name, 1, None, f"missing column(s) {', '.join(want[m] for m in missing)}; "
                f"found: {', '.join(h for h in headers if h) or 'none'}")])
        bank = QuestionBank(name)
        problems: list[RowProblem] = []
        seen: dict[str, int] = {}
        for rownum, row in enumerate(rows, start=2):
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
                bad("type", f"unknown question type {cell('type')!r}")
                continue
            stem = cell("stem")
            qid = cell("id").strip() or stable_id(name, stem)
            if qid in seen:
                bad("id" if cell("id") else "stem", f"duplicate of row {seen[qid]}")
                continue
            seen[qid] = rownum
            try:
                difficulty = int(cell("difficulty") or 3)
            except ValueError:
                bad("difficulty", f"{cell('difficulty')!r} is not a whole number")
                continue
            options = [(k, cell(f"opt{k}").strip()) for k in OPTION_KEYS if cell(f"opt{k}").strip()]
            q, errs = build_question(
                qid=qid, qtype=qtype, stem=stem, options=options, answer_text=cell("answer"),
                category=cell("category"), difficulty=difficulty,
                tags=tuple(t.strip() for t in cell("tags").replace("，", ",").split(",") if t.strip()),
                explanation=cell("explanation"), fixed_keys=set(cell("fixed").upper()))
            for e in errs:
                bad("answer" if e.startswith("answer") else None, e)
            if q:
                bank.questions.append(q)
    finally:
        wb.close()
    if problems:
        raise BankImportError(problems)
    return bank
