"""The unit report with drill-down through the tree (computed on the server), its chart, and the unit
summary table the provinces ask for; both export to Excel."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QComboBox, QFileDialog, QHBoxLayout, QHeaderView, QLabel,
                               QPushButton, QScrollArea, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from desktop.services.admin_client import AdminClient
from desktop.services.admin_export import why_not_saved, write_pdf_table, write_table
from desktop.services.background import run_in_background
from desktop.ui.admin.rate_chart import RateChart


def _pct(value: float | None) -> str:
    return "" if value is None else f"{value * 100:.1f}%"


def _num(value: float | None) -> str:
    return "" if value is None else f"{value:g}"


class ReportsPage(QWidget):
    def __init__(self, client: AdminClient, parent: QWidget | None = None):
        super().__init__(parent)
        self.client = client
        self.path: list[tuple[str, str]] = []   # (unit id, name) from the admin's own unit down to the one shown
        self.report: dict | None = None
        self.exam_combo = QComboBox()
        self.leaders_box = QCheckBox(self.tr("Leaders only"))
        self.up_button = QPushButton(self.tr("◀ Up"))
        self.export_button = QPushButton(self.tr("Export to Excel…"))
        self.pdf_button = QPushButton(self.tr("Export to PDF…"))
        self.where_label = QLabel()
        self.where_label.setObjectName("title")
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.headers = [self.tr("Unit"), self.tr("Should sit"), self.tr("Exempt"), self.tr("Sat"), self.tr("Passed"),
                        self.tr("Failed"), self.tr("Absent"), self.tr("Participation"), self.tr("Pass rate"),
                        self.tr("Average score"), self.tr("Average study points")]
        self.table = QTableWidget(0, len(self.headers))
        self.table.setHorizontalHeaderLabels(self.headers)
        self.table.resizeColumnsToContents()   # headings whole before any row is loaded
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.chart = RateChart()
        chart_area = QScrollArea()
        chart_area.setWidgetResizable(True)
        chart_area.setWidget(self.chart)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Exam")))
        top.addWidget(self.exam_combo, 1)
        top.addWidget(self.leaders_box)
        top.addWidget(self.up_button)
        top.addWidget(self.export_button)
        top.addWidget(self.pdf_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.where_label)
        layout.addWidget(QLabel(self.tr("Double-click a unit to see the units under it.")))
        layout.addWidget(self.table, 3)
        layout.addWidget(chart_area, 2)
        layout.addWidget(self.status_label)
        self.exam_combo.activated.connect(lambda _i: self.refresh())
        self.leaders_box.toggled.connect(lambda _on: self.refresh())
        self.up_button.clicked.connect(self.go_up)
        self.table.cellDoubleClicked.connect(lambda row, _col: self.drill_down(row))
        self.export_button.clicked.connect(self.ask_export)
        self.pdf_button.clicked.connect(self.ask_pdf)

    def load(self) -> None:
        client = self.client
        run_in_background(client.exams, self._exams, self._failed, self)

    def _exams(self, exams: list[dict]) -> None:
        self.exam_combo.clear()
        for e in exams:
            self.exam_combo.addItem(e["title"], e["exam_id"])
        if not exams:
            self.status_label.setText(self.tr("This server holds no exam yet."))
            return
        self.path = [(self.client.unit_id, "")]
        self.refresh()

    def refresh(self) -> None:
        exam_id, client = self.exam_combo.currentData(), self.client
        if exam_id is None or not self.path:
            return
        unit_id, leaders = self.path[-1][0], self.leaders_box.isChecked()
        self.status_label.setText(self.tr("Loading…"))
        run_in_background(lambda: client.unit_report(exam_id, unit_id, leaders), self._show, self._failed, self)

    def _show(self, report: dict) -> None:
        self.report = report
        total = report["total"]
        self.path[-1] = (total["unit_id"], total["name"])
        self.where_label.setText(" › ".join(name for _, name in self.path))
        rows = [total] + report["children"] + ([report["own"]] if report["own"]["should_sit"] and report["children"]
                                                 else [])
        self.table.setRowCount(len(rows))
        bold = QFont(self.font())
        bold.setBold(True)
        for r, figures in enumerate(rows):
            name = figures["name"] if r else self.tr("%1 (all)").replace("%1", figures["name"])
            if figures is report["own"] and r:
                name = self.tr("%1 (its own staff)").replace("%1", figures["name"])
            for c, text in enumerate(self.row_cells(figures, name)):
                item = QTableWidgetItem(text)
                if c:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if r == 0:
                    item.setFont(bold)
                self.table.setItem(r, c, item)
        self.table.resizeColumnsToContents()
        self.chart.set_rows([(c["name"], c["participation_rate"], c["pass_rate"]) for c in report["children"]]
                            or [(total["name"], total["participation_rate"], total["pass_rate"])])
        self.up_button.setEnabled(len(self.path) > 1)
        self.status_label.setText(self.tr("Computed by the server from every result it holds."))

    @staticmethod
    def row_cells(f: dict, name: str) -> list[str]:
        return [name, str(f["should_sit"]), str(f["exempt"]), str(f["sat"]), str(f["passed"]), str(f["failed"]),
                str(f["absent"]), _pct(f["participation_rate"]), _pct(f["pass_rate"]), _num(f["average_score"]),
                _num(f["average_study_points"])]

    def drill_down(self, row: int) -> None:
        if self.report is None or row < 1 or row > len(self.report["children"]):
            return   # the total row, or the unit's own staff: nothing under them
        child = self.report["children"][row - 1]
        self.path.append((child["unit_id"], child["name"]))
        self.refresh()

    def go_up(self) -> None:
        if len(self.path) > 1:
            self.path.pop()
            self.refresh()

    def ask_export(self) -> None:
        if self.report is None:
            return
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export the report"), self.tr("report.xlsx"),
                                              self.tr("Excel workbooks (*.xlsx)"))
        if path:
            self.export(Path(path))

    def ask_pdf(self) -> None:
        if self.report is None:
            return
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export the report"), self.tr("report.pdf"),
                                              self.tr("PDF files (*.pdf)"))
        if path:
            self.export(Path(path))

    def export(self, path: Path) -> None:
        """To Excel, or to PDF when the name ends in .pdf."""
        if self.report is None:   # the button is enabled only once a report is shown
            return
        rows = [self.row_cells(self.report["total"], self.report["total"]["name"])] + \
            [self.row_cells(c, c["name"]) for c in self.report["children"]]
        title = f"{self.exam_combo.currentText()} · {' › '.join(name for _, name in self.path)}"
        if self.leaders_box.isChecked():
            title += " · " + self.tr("leaders")
        try:
            (write_pdf_table if path.suffix.lower() == ".pdf" else write_table)(path, title, self.headers, rows)
        except OSError as exc:
            self.status_label.setText(self.tr("The report was not saved: %1").replace("%1", why_not_saved(exc)))
            return
        self.status_label.setText(self.tr("Saved to %1").replace("%1", str(path)))

    def _failed(self, exc: BaseException) -> None:
        self.status_label.setText(self.tr("Not loaded: %1").replace("%1", getattr(exc, "message", str(exc))))


class SummaryPage(QWidget):
    """Each unit of the admin's subtree: headcount, exempt, its administrators and how to reach them."""

    def __init__(self, client: AdminClient, parent: QWidget | None = None):
        super().__init__(parent)
        self.client = client
        self.rows: list[list] = []
        self.headers = [self.tr("Unit"), self.tr("Parent unit"), self.tr("Headcount"), self.tr("Exempt"),
                        self.tr("Unit admin"), self.tr("Phone"), self.tr("E-mail")]
        self.table = QTableWidget(0, len(self.headers))
        self.table.setHorizontalHeaderLabels(self.headers)
        self.table.resizeColumnsToContents()   # headings whole before any row is loaded
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.export_button = QPushButton(self.tr("Export to Excel…"))
        self.pdf_button = QPushButton(self.tr("Export to PDF…"))
        self.status_label = QLabel()
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("The unit summary table (for the province)")))
        top.addStretch(1)
        top.addWidget(self.export_button)
        top.addWidget(self.pdf_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status_label)
        self.export_button.clicked.connect(self.ask_export)
        self.pdf_button.clicked.connect(self.ask_pdf)

    def load(self) -> None:
        run_in_background(self.client.summary, self._show, self._failed, self)

    def _show(self, units: list[dict]) -> None:
        self.rows = [[u["name"], u["parent"], u["headcount"], u["exempt"], "、".join(a["name"] for a in u["admins"]),
                      "、".join(a["phone"] for a in u["admins"] if a["phone"]),
                      "、".join(a["email"] for a in u["admins"] if a["email"])] for u in units]
        self.table.setRowCount(len(self.rows))
        for r, row in enumerate(self.rows):
            for c, value in enumerate(row):
                item = QTableWidgetItem(str(value))
                if isinstance(value, int):   # headcounts line up on the right, as in the report table
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(r, c, item)
        self.table.resizeColumnsToContents()

    def ask_export(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export the unit summary"), self.tr("units.xlsx"),
                                              self.tr("Excel workbooks (*.xlsx)"))
        if path:
            self.export(Path(path))

    def ask_pdf(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export the unit summary"), self.tr("units.pdf"),
                                              self.tr("PDF files (*.pdf)"))
        if path:
            self.export(Path(path))

    def export(self, path: Path) -> None:
        """To Excel, or to PDF when the name ends in .pdf."""
        try:
            (write_pdf_table if path.suffix.lower() == ".pdf" else write_table)(path, self.tr("Unit summary"),
                                                                                self.headers, self.rows)
        except OSError as exc:
            self.status_label.setText(self.tr("Not saved: %1").replace("%1", why_not_saved(exc)))
            return
        self.status_label.setText(self.tr("Saved to %1").replace("%1", str(path)))

    def _failed(self, exc: BaseException) -> None:
        self.status_label.setText(self.tr("Not loaded: %1").replace("%1", getattr(exc, "message", str(exc))))
