"""The learner's receipt for a sealed result, as printable rich text and as a PDF file."""
from __future__ import annotations

import html
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QSizeF
from PySide6.QtGui import QPagedPaintDevice, QPageLayout, QPageSize, QPdfWriter, QTextDocument

from desktop.paper_font import paper_font


@dataclass(frozen=True)
class ReceiptData:
    result_id: str
    content_hash: str
    submitted_at: datetime
    exam_title: str
    learner_no: str
    learner_name: str
    score: str | None
    outcome: str | None


translate = QCoreApplication.translate  # lupdate reads translate("Context", "text") calls


def receipt_html(r: ReceiptData) -> str:
    outcome = {"passed": translate("Receipt", "passed"), "failed": translate("Receipt", "not passed"),
               "pending": translate("Receipt", "awaiting marking of short answers")}.get(r.outcome or "", "")
    learner = f"{r.learner_name} ({r.learner_no})" if r.learner_name else r.learner_no
    rows = [(translate("Receipt", "Exam"), r.exam_title),
            (translate("Receipt", "Learner"), learner),
            (translate("Receipt", "Score"), f"{r.score or ''} {outcome}"),
            (translate("Receipt", "Submitted at"), r.submitted_at.astimezone().strftime("%Y-%m-%d %H:%M:%S")),
            (translate("Receipt", "Result id"), r.result_id),
            (translate("Receipt", "Content hash (SHA-256)"), r.content_hash)]
    body = "".join(f"<tr><td><b>{html.escape(k)}</b></td><td>{html.escape(v)}</td></tr>" for k, v in rows)
    title = html.escape(translate("Receipt", "Exam receipt"))
    note = html.escape(translate("Receipt", "Keep this receipt. The result id and hash identify your sealed "
                                            "result; the exam office can check it against what it received."))
    return f"<h2>{title}</h2><table cellpadding='6'>{body}</table><p>{note}</p>"


RECEIPT_POINTS = 11   # the receipt's text on paper, whatever text size the learner chose on screen (A+)


def receipt_document(r: ReceiptData, device: QPagedPaintDevice) -> QTextDocument:
    """The receipt laid out for ``device`` (a PDF file or a printer): its text in points of the paper, not of
    the screen (laid out for the screen, a 1200 dpi PDF showed it at 2 pt in a corner of the page)."""
    doc = QTextDocument()
    doc.documentLayout().setPaintDevice(device)
    font = paper_font(doc.defaultFont())
    font.setPointSize(RECEIPT_POINTS)
    doc.setDefaultFont(font)
    doc.setHtml(receipt_html(r))
    rect = device.pageLayout().paintRectPixels(device.logicalDpiX())
    doc.setPageSize(QSizeF(rect.width(), rect.height()))
    return doc


def save_receipt_pdf(r: ReceiptData, path: Path) -> None:
    """The receipt as an A4 PDF (15 mm margins, 11 pt text)."""
    writer = QPdfWriter(str(path))
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                     QMarginsF(15, 15, 15, 15), QPageLayout.Unit.Millimeter))
    writer.setTitle(translate("Receipt", "Exam receipt"))
    receipt_document(r, writer).print_(writer)
