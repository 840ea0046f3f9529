"""Tables from the admin UI to Excel (openpyxl): a title row, the header, the rows, columns sized."""
from __future__ import annotations

from io import BytesIO
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Font

from examcore.bundle import write_atomically
from examcore.spreadsheet import append_row


def write_table(path: Path, title: str, headers: list[str], rows: list[list]) -> None:
    book = Workbook()
    sheet = book.active
    sheet.title = title[:31] or "Sheet"
    append_row(sheet, [title])
    sheet["A1"].font = Font(bold=True, size=14)
    append_row(sheet, headers)
    for cell in sheet[2]:
        cell.font = Font(bold=True)
    for row in rows:
        append_row(sheet, row)
    for col, header in enumerate(headers, start=1):
        width = max([len(str(header))] + [len(str(r[col - 1])) for r in rows if col - 1 < len(r)])
        sheet.column_dimensions[sheet.cell(row=2, column=col).column_letter].width = min(60, 4 + 2 * width)
    out = BytesIO()
    book.save(out)
    write_atomically(Path(path), out.getvalue())   # a half-written file never carries the report's name


def write_pdf_table(path: Path, title: str, headers: list[str], rows: list[list]) -> None:
    """The same table as a PDF page for printing or filing (Qt's PDF writer: CJK fonts embedded)."""
    import html

    from PySide6.QtGui import QPageLayout, QPageSize, QTextDocument
    from PySide6.QtPrintSupport import QPrinter
    cell = "border:1px solid #888; padding:3px 6px"
    head = "".join(f"<th style='{cell}; background:#e8eef6'>{html.escape(str(h))}</th>" for h in headers)
    body = "".join("<tr>" + "".join(f"<td style='{cell}'>{html.escape(str(v))}</td>" for v in row) + "</tr>"
                   for row in rows)
    from desktop.paper_font import paper_font
    doc = QTextDocument()
    doc.setDefaultFont(paper_font(doc.defaultFont()))
    doc.setHtml(f"<h2>{html.escape(title)}</h2><table style='border-collapse:collapse' cellspacing='0'>"
                f"<tr>{head}</tr>{body}</table>")
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    printer.setPageOrientation(QPageLayout.Orientation.Landscape)
    tmp = Path(path).with_suffix(".part")
    printer.setOutputFileName(str(tmp))
    try:
        doc.print_(printer)
        if not tmp.exists():
            raise OSError(f"the PDF could not be written to {path}")
        tmp.replace(path)   # PermissionError on Windows while a PDF reader holds the old file open
    finally:
        tmp.unlink(missing_ok=True)   # never a .part left beside the report


def why_not_saved(exc: OSError) -> str:
    """Why an export failed, in words a clerk can act on (the UI's language; Qt's translation context
    "Export"). A PermissionError is almost always the old file still open in Excel, WPS or a PDF reader,
    which Windows will not let anyone replace ("拒绝访问")."""
    from PySide6.QtCore import QCoreApplication
    if isinstance(exc, PermissionError):
        return QCoreApplication.translate(
            "Export", "the file is open in another program (Excel, WPS or a PDF reader?), or the folder may not "
            "be written: close the file, or choose another name, and save again")
    return exc.strerror or str(exc)
