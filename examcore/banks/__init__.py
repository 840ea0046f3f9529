"""Question-bank files: the project's JSON form and Excel template (more formats come with admin)."""
from __future__ import annotations

from pathlib import Path

from examcore.banks.common import BankImportError, RowProblem
from examcore.questions import QuestionBank

__all__ = ["BankImportError", "RowProblem", "load_bank"]


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
