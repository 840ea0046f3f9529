"""The sitting's start code on the proctor's screen, and printed on a slip, for a room whose stations must
start with no LAN: every station accepts the package's start code offline."""
from __future__ import annotations

import html
from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop.paper_font import paper_font


class StartCodeSlip(QDialog):
    def __init__(self, start_code: str, sitting: dict, parent: QWidget | None = None):
        super().__init__(parent)
        self.start_code, self.sitting = start_code, sitting
        self.setWindowTitle(self.tr("Start code"))
        starts = datetime.fromisoformat(sitting["starts_at"]).astimezone()
        self.heading = self.tr("%1, %2, %3").replace("%1", sitting["title"]).replace("%2", sitting["room"]) \
            .replace("%3", f"{starts:%Y-%m-%d %H:%M}")
        self.advice = self.tr("Only if the stations cannot reach the centre server: read this code out at the "
                              "start; each learner types it on the station. Keep the slip with you; it is not for "
                              "the learners' desks.")
        title = QLabel(self.heading)
        title.setWordWrap(True)
        self.code_label = QLabel(start_code)
        self.code_label.setObjectName("title")
        self.code_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.code_label.setStyleSheet("font-size: 32pt; letter-spacing: 4px;")
        self.code_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        advice = QLabel(self.advice)
        advice.setWordWrap(True)
        self.print_button = QPushButton(self.tr("Print…"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.print_button.clicked.connect(self.ask_print)
        layout = QVBoxLayout(self)
        for w in (title, self.code_label, advice, buttons):
            layout.addWidget(w)

    def document(self) -> QTextDocument:
        """The slip as printed: the sitting, the code in large type, and what it is for."""
        doc = QTextDocument()
        doc.setDefaultFont(paper_font(doc.defaultFont()))
        doc.setHtml(f"<h2>{html.escape(self.tr('Start code'))}</h2><p>{html.escape(self.heading)}</p>"
                    f"<p style='font-size:36pt; font-family:monospace'><b>{html.escape(self.start_code)}</b></p>"
                    f"<p>{html.escape(self.advice)}</p>")
        return doc

    def print_to(self, printer: QPrinter) -> None:
        self.document().print_(printer)

    def ask_print(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.print_to(printer)
