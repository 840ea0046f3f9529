"""题库 → 导入…: bank files into a bank from the admin window, the way `xuefa-server import-questions`
does it (the same server code and report): choose the files and the bank, preview what would be added,
changed, skipped and refused with the reasons, then confirm. Nothing is stored before the confirmation,
nor when the import has problems the administrator has not chosen to leave out."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QComboBox, QDialog, QFileDialog, QFormLayout,
                               QHBoxLayout, QHeaderView, QLabel, QMessageBox, QPushButton, QTableWidget,
                               QTableWidgetItem, QTabWidget, QVBoxLayout, QWidget)

from desktop.services.admin_client import AdminClient, AdminError
from desktop.services.background import run_in_background
from desktop.ui.admin.questions_as_read import QuestionsAsRead
from desktop.ui.screen_fit import resize_fitted
from examcore.banks.common import RowProblem, change_said

BANK_FILES = "*.xlsx *.xlsm *.docx *.txt *.gift *.json *.xml *.zip"


class QuestionImportDialog(QDialog):
    imported = Signal(str)   # the bank the questions went into

    def __init__(self, client: AdminClient, banks: list[str], current: str | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.client = client
        self.paths: list[Path] = []
        self.preview: dict | None = None    # the dry run's report for the files and options shown
        self.setWindowTitle(self.tr("Import questions"))
        resize_fitted(self, 900, 560)
        self.bank_combo = QComboBox()
        self.bank_combo.setEditable(True)   # a new bank is named by typing it
        self.bank_combo.addItems(banks)
        if current:
            self.bank_combo.setCurrentText(current)
        self.files_label = QLabel(self.tr("No file chosen"))
        self.files_label.setWordWrap(True)
        self.choose_button = QPushButton(self.tr("Choose files…"))
        self.accept_valid_box = QCheckBox(self.tr("Import the valid questions even if some rows have problems "
                                                  "(those rows are left out)"))
        self.update_box = QCheckBox(self.tr("Let the import change questions already in the bank (each change "
                                            "is kept as a new version)"))
        self.preview_button = QPushButton(self.tr("Preview"))
        self.import_button = QPushButton(self.tr("Import"))
        self.import_button.setObjectName("primary")
        self.import_button.setEnabled(False)
        self.close_button = QPushButton(self.tr("Close"))
        self.summary_label = QLabel()
        self.summary_label.setWordWrap(True)
        self.table = QTableWidget(0, 2)
        self.table.setHorizontalHeaderLabels([self.tr("What"), self.tr("Where and why")])
        self.table.resizeColumnsToContents()   # headings whole before any row is loaded
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(True)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        files_row = QHBoxLayout()
        files_row.addWidget(self.files_label, 1)
        files_row.addWidget(self.choose_button)
        form = QFormLayout()
        form.addRow(self.tr("Bank"), self.bank_combo)
        form.addRow(self.tr("Files"), files_row)
        buttons = QHBoxLayout()
        buttons.addWidget(self.preview_button)
        buttons.addStretch(1)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.accept_valid_box)
        layout.addWidget(self.update_box)
        layout.addWidget(self.summary_label)
        self.read_table = QuestionsAsRead()
        self.tabs = QTabWidget()
        self.tabs.addTab(self.table, self.tr("Report"))
        self.tabs.addTab(self.read_table, self.tr("Questions as read"))
        layout.addWidget(self.tabs, 1)
        layout.addLayout(buttons)
        self.choose_button.clicked.connect(self.choose_files)
        self.preview_button.clicked.connect(self.run_preview)
        self.import_button.clicked.connect(self.confirm_import)
        self.close_button.clicked.connect(self.reject)
        for box in (self.accept_valid_box, self.update_box):
            box.toggled.connect(lambda _on: self._stale())
        self.bank_combo.currentTextChanged.connect(lambda _t: self._stale())

    def bank(self) -> str:
        return self.bank_combo.currentText().strip()

    def choose_files(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(self, self.tr("Question bank files"), "",
                                                self.tr("Question banks (%1);;All files (*)").replace("%1", BANK_FILES))
        if names:
            self.set_files([Path(n) for n in names])

    def set_files(self, paths: list[Path]) -> None:
        self.paths = list(paths)
        self.files_label.setText("; ".join(p.name for p in self.paths) or self.tr("No file chosen"))
        self._stale()

    def _stale(self) -> None:
        """Files, bank or options changed: the preview no longer says what an import would do."""
        self.preview = None
        self.import_button.setEnabled(False)

    def _busy(self, busy: bool, text: str = "") -> None:
        for w in (self.preview_button, self.choose_button, self.close_button):
            w.setEnabled(not busy)
        if busy:
            self.import_button.setEnabled(False)
            self.summary_label.setText(text)

    # --- preview ---------------------------------------------------------------------------------

    def run_preview(self) -> None:
        if not self.paths:
            self.summary_label.setText(self.tr("Choose the bank files first."))
            return
        if not self.bank():
            self.summary_label.setText(self.tr("Name the bank the questions go into."))
            return
        self._send(True, self.tr("Reading the files…"), self._previewed)

    def _previewed(self, report: dict) -> None:
        self._busy(False)
        self.preview = report
        self._show(report)
        self.read_table.show_read(report.get("read"))
        self.tabs.setTabText(1, self.tr("Questions as read (%1)").replace("%1", str(self.read_table.rowCount())))
        if self.read_table.rowCount():
            self.summary_label.setText(self.summary_label.text() + " " + self.tr(
                "Check the questions as read (second tab) before importing."))
        if self.read_table.shown_note:
            self.summary_label.setText(self.summary_label.text() + "\n" + self.read_table.shown_note)
        stores = (not report["problems"] or self.accept_valid_box.isChecked()) and not report["needs_update"]
        self.import_button.setEnabled(stores and (report["added"] > 0 or report["changed"] > 0))
        if report["problems"] and not self.accept_valid_box.isChecked():
            self.summary_label.setText(self.summary_label.text() + "\n" + self.tr(
                "Nothing will be imported while there are problems: fix the files, or tick the first box to "
                "import the %1 valid question(s) and leave those rows out.").replace("%1", str(report["added"])))
        elif report["needs_update"]:
            self.summary_label.setText(self.summary_label.text() + "\n" + self.tr(
                "Questions already in the bank would change (listed): tick the second box to allow it."))

    def _show(self, report: dict, done: bool = False) -> None:
        counts = (self.tr("Imported into %1: %2 added, %3 changed, %4 unchanged.") if done else
                  self.tr("Into %1 this would add %2, change %3, and leave %4 unchanged."))
        self.summary_label.setText(counts.replace("%1", self.bank()).replace("%2", str(report["added"]))
                                   .replace("%3", str(report["changed"])).replace("%4", str(report["unchanged"])))
        rows: list[tuple[str, str]] = []
        for f in report["files"]:
            what = (self.tr("refused whole") if f["refused"] else
                    self.tr("%1 question(s) read").replace("%1", str(f["questions"])))
            rows.append((f["file"], what))
        rows += [(self.tr("problem"), p) for p in _said(report, "problems")]
        rows += [(self.tr("would change") if not done else self.tr("changed"), c) for c in _said(report, "changes")]
        rows += [(self.tr("skipped"), p) for p in _said(report, "skipped")]
        rows += [(self.tr("note"), p) for p in _said(report, "notes")]
        self.table.setRowCount(len(rows))
        for n, (what, detail) in enumerate(rows):
            self.table.setItem(n, 0, QTableWidgetItem(what))
            self.table.setItem(n, 1, QTableWidgetItem(detail))
        self.table.resizeColumnToContents(0)
        self.table.resizeRowsToContents()

    # --- the import itself ------------------------------------------------------------------------

    def confirm_import(self, ask: bool = True) -> None:
        report = self.preview
        if report is None:
            return
        if ask:
            text = self.tr("Import into the bank %1: add %2 question(s) and change %3 (each change kept as a new "
                           "version)? Nothing else in the bank changes.") \
                .replace("%1", self.bank()).replace("%2", str(report["added"])).replace("%3", str(report["changed"]))
            if QMessageBox.question(self, self.tr("Import questions"), text) != QMessageBox.StandardButton.Yes:
                return
        self._send(False, self.tr("Importing…"), self._imported)

    def _send(self, dry_run: bool, busy_text: str, done) -> None:
        """The files, bank and options as shown, to the server off the GUI thread (a preview or the import)."""
        client, paths, bank = self.client, list(self.paths), self.bank()
        accept_valid, update = self.accept_valid_box.isChecked(), self.update_box.isChecked()
        self._busy(True, busy_text)
        run_in_background(lambda: client.import_questions(paths, bank, dry_run, accept_valid, update),
                          done, self._failed, self)

    def _imported(self, report: dict) -> None:
        self._busy(False)
        self.preview = None
        self._show(report, done=True)
        self.imported.emit(self.bank())

    def _failed(self, exc: BaseException) -> None:
        self._busy(False)
        self.preview = None
        if isinstance(exc, AdminError) and exc.code == "import_problems":   # the files changed since the preview
            self._show(exc.payload)
            self.summary_label.setText(self.tr("Nothing was imported: the report below says why."))
            return
        if isinstance(exc, OSError):   # the file went away (a USB stick pulled) or cannot be read
            name = Path(exc.filename).name if getattr(exc, "filename", None) else ""
            self.summary_label.setText(self.tr("The file %1 cannot be read: check the USB stick or the folder, and "
                                               "choose the files again.").replace("%1", name))
            return
        self.summary_label.setText(self.tr("Not done: %1").replace("%1", getattr(exc, "message", str(exc))))


def _said(report: dict, kind: str) -> list[str]:
    """The report's problems, changes, skipped items or notes in the window's language, from the parts
    the server sends beside its English lines (an older server sends only the lines: those are shown)."""
    details = report.get("details", {}).get(kind)
    if not isinstance(details, list) or len(details) != len(report[kind]):
        return list(report[kind])
    if kind == "changes":
        out = []
        for sent, text in zip(details, report[kind], strict=True):
            try:
                unit, values = sent.get("unit"), sent.get("values")
                out.append(change_said(str(sent["question_id"]), str(sent["stem"]), str(sent["file"]),
                                       sent["row"] if isinstance(sent["row"], int) else None,
                                       [str(f) for f in sent["fields"]], unit if isinstance(unit, str) else None,
                                       {str(f): (str(v[0]), str(v[1])) for f, v in values.items()}
                                       if isinstance(values, dict) else None))
            except (KeyError, TypeError, IndexError, AttributeError):
                out.append(text)
        return out
    return [RowProblem.said_of(sent, text) for sent, text in zip(details, report[kind], strict=True)]
