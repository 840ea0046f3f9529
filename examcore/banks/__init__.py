"""Question-bank files: the project's JSON form and Excel template (more formats come with admin)."""
from __future__ import annotations

from pathlib import Path

from examcore.banks.common import BankImportError, ImportReport, RowProblem
from examcore.questions import QuestionBank

__all__ = ["BankImportError", "ImportReport", "RowProblem", "load_bank", "read_bank"]

FORMATS = ".json (Xuefa), .xlsx (template or common layouts), .gift/.txt (GIFT), .xml (Moodle XML or a QTI " \
          "item), .zip (QTI content package)"


def read_bank(path: Path, bank: str) -> ImportReport:
    """Any supported file as an ImportReport: questions, problems (nothing is imported while there are
    any, unless the administrator takes the valid ones), and skipped items of kinds Xuefa lacks."""
    path = Path(path)
    suffix = path.suffix.lower()
    try:
        data = path.read_bytes()
    except OSError as exc:
        return ImportReport(path.name, problems=[RowProblem(path.name, None, None, f"cannot be read: {exc}")])
    if suffix in (".json", ".xlsx", ".xlsm"):
        try:
            if suffix == ".json":
                from examcore.banks.json_bank import load_json_bank
                questions = load_json_bank(path).questions
            else:
                from examcore.banks.excel_bank import load_excel_bank
                questions = load_excel_bank(path, bank).questions
        except BankImportError as exc:
            return ImportReport(path.name, problems=exc.problems)
        return ImportReport(path.name, questions=list(questions))
    if suffix in (".gift", ".txt"):
        from examcore.banks.gift import read_gift
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            text = data.decode("gb18030", errors="replace")  # GIFT files saved by Chinese Windows editors
        return read_gift(text, path.name, bank)
    head = data[:4000]
    if suffix == ".zip" or (suffix == ".xml" and (b"assessmentItem" in head or b"qti-assessment-item" in head)):
        from examcore.banks.qti import read_qti
        return read_qti(data, path.name, bank)
    if suffix == ".xml":
        from examcore.banks.moodle_xml import read_moodle_xml
        return read_moodle_xml(data, path.name, bank)
    return ImportReport(path.name, problems=[RowProblem(path.name, None, None,
                                                        f"unknown bank file type {suffix!r}; expected {FORMATS}")])


def load_bank(path: Path) -> QuestionBank:
    """Load a bank file by its ending; raises BankImportError naming every bad row (nothing imported)."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix == ".json":
        from examcore.banks.json_bank import load_json_bank
        return load_json_bank(path)
    if suffix in (".xlsx", ".xlsm"):
        from examcore.banks.excel_bank import load_excel_bank
        return load_excel_bank(path)
    raise BankImportError([RowProblem(path.name, None, None, f"unknown bank file type {suffix!r}; "
                                                              "expected .json or .xlsx")])
