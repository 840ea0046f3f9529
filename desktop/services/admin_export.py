"""Tables from the admin UI to Excel (openpyxl): a title row, the header, the rows, columns sized."""
from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Font


def write_table(path: Path, title: str, headers: list[str], rows: list[list]) -> None:
    book = Workbook()
    sheet = book.active
    sheet.title = title[:31] or "Sheet"
    sheet.append([title])
    sheet["A1"].font = Font(bold=True, size=14)
    sheet.append(headers)
    for cell in sheet[2]:
        cell.font = Font(bold=True)
    for row in rows:
        sheet.append(row)
    for col, header in enumerate(headers, start=1):
        width = max([len(str(header))] + [len(str(r[col - 1])) for r in rows if col - 1 < len(r)])
        sheet.column_dimensions[sheet.cell(row=2, column=col).column_letter].width = min(60, 4 + 2 * width)
    tmp = Path(path).with_suffix(".part")
    book.save(tmp)
    tmp.replace(path)   # a half-written file never carries the report's name
