"""Item analysis of an exam (computed on the server over every result): how hard each question was, how
well it told strong from weak candidates, and how often each option was chosen, so the bad questions
stand out: marked when almost everyone or almost no one got them right, or when the weak did as well as
the strong."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QFileDialog, QHBoxLayout, QHeaderView, QLabel,
                               QPushButton, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from desktop.services.admin_client import AdminClient
from desktop.services.admin_export import why_not_saved, write_table
from desktop.services.background import run_in_background

TOO_EASY, TOO_HARD, WEAK_DISCRIMINATION = 0.95, 0.20, 0.20   # the usual rules of thumb for a test item


class ItemsPage(QWidget):
    def __init__(self, client: AdminClient, parent: QWidget | None = None):
        super().__init__(parent)
        self.client = client
        self.items: list[dict] = []
        self.exam_combo = QComboBox()
        self.export_button = QPushButton(self.tr("Export to Excel…"))
        self.headers = [self.tr("Question"), self.tr("Stem"), self.tr("Answer"), self.tr("Shown"),
                        self.tr("Facility"), self.tr("Discrimination"), self.tr("Options chosen"),
                        self.tr("Unanswered"), self.tr("Look at it")]
        self.table = QTableWidget(0, len(self.headers))
        self.table.setHorizontalHeaderLabels(self.headers)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.resizeColumnsToContents()   # before any row: 难度（答对率） whole, not cut to 度（答对率
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Exam")))
        top.addWidget(self.exam_combo, 1)
        top.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(QLabel(self.tr("Questions worth a look come first: answered right by almost everyone or "
                                        "almost no one, or no better answered by strong candidates than weak.")))
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status_label)
        self.exam_combo.activated.connect(lambda _i: self.refresh())
        self.export_button.clicked.connect(self.ask_export)

    def load(self) -> None:
        run_in_background(self.client.exams, self._exams, self._failed, self)

    def _exams(self, exams: list[dict]) -> None:
        self.exam_combo.clear()
        for e in exams:
            self.exam_combo.addItem(e["title"], e["exam_id"])
        self.refresh()

    def refresh(self) -> None:
        exam_id, client = self.exam_combo.currentData(), self.client
        if exam_id is not None:
            run_in_background(lambda: client.items(exam_id), self._show, self._failed, self)

    def concern(self, item: dict) -> str:
        if item["facility"] >= TOO_EASY:
            return self.tr("too easy")
        if item["facility"] <= TOO_HARD:
            return self.tr("too hard, or the key is wrong")
        if item["discrimination"] is not None and item["discrimination"] < WEAK_DISCRIMINATION:
            return self.tr("does not tell strong from weak")
        return ""

    def row_cells(self, item: dict) -> list[str]:
        disc = item["discrimination"]
        return [item["question_id"], item["stem"], "".join(item["answer"]) if isinstance(item["answer"], list)
                else str(item["answer"]), str(item["shown"]), f"{item['facility']:.2f}",
                "" if disc is None else f"{disc:.2f}",
                " ".join(f"{k}:{n}" for k, n in item["chosen"].items()), str(item["unanswered"]), self.concern(item)]

    def _show(self, items: list[dict]) -> None:
        self.items = sorted(items, key=lambda i: (self.concern(i) == "", i["discrimination"] or 0.0))
        self.table.setRowCount(len(self.items))
        for r, item in enumerate(self.items):
            for c, text in enumerate(self.row_cells(item)):
                cell = QTableWidgetItem(text)
                if c == len(self.headers) - 1 and text:
                    cell.setForeground(QColor("#a11d1d"))
                if c in (3, 4, 5, 7):
                    cell.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(r, c, cell)
        self.table.resizeColumnsToContents()
        flagged = sum(1 for i in self.items if self.concern(i))
        self.status_label.setText(self.tr("%1 question(s), %2 worth a look.").replace("%1", str(len(self.items)))
                                  .replace("%2", str(flagged)))

    def ask_export(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export the item analysis"), self.tr("items.xlsx"),
                                              self.tr("Excel workbooks (*.xlsx)"))
        if path:
            self.export(Path(path))

    def export(self, path: Path) -> None:
        try:
            write_table(path, self.exam_combo.currentText(), self.headers, [self.row_cells(i) for i in self.items])
        except OSError as exc:
            self.status_label.setText(self.tr("Not saved: %1").replace("%1", why_not_saved(exc)))
            return
        self.status_label.setText(self.tr("Saved to %1").replace("%1", str(path)))

    def _failed(self, exc: BaseException) -> None:
        if getattr(exc, "code", "") == "forbidden":
            self.status_label.setText(self.tr("Item analysis covers every unit's results: it is for this server's "
                                              "top administrator."))
        else:
            self.status_label.setText(self.tr("Not loaded: %1").replace("%1", getattr(exc, "message", str(exc))))
