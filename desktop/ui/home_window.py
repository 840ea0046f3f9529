"""A learner's home: "my exams" with their windows and status, and importing exam packages."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (QAbstractItemView, QHBoxLayout, QHeaderView, QLabel,
                               QPushButton, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from desktop.services.login_types import LearnerInfo
from desktop.services.packages import ExamListing, PackageLibrary
from desktop.services.preferences import Preferences
from desktop.ui.display_controls import DisplayControls
from desktop.ui.file_dialogs import open_file
from desktop.ui.messages import package_error
from examcore.errors import PackageError
from examcore.window import WindowState

PACKAGE_SUFFIX = ".xfp"


class HomeWindow(QWidget):
    exam_chosen = Signal(object)     # ExamListing the learner wants to enter
    receipt_wanted = Signal(str)     # result id of a submitted attempt
    logged_out = Signal()

    def __init__(self, library: PackageLibrary, prefs: Preferences, learner: LearnerInfo,
                 sync_status: QWidget | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self._library, self.learner = library, learner
        self.listings: list[ExamListing] = []
        self.setAcceptDrops(True)
        self.setWindowTitle(self.tr("My exams"))
        hello = QLabel(self.tr("%1 (%2), %3").replace("%1", learner.name).replace("%2", learner.learner_no)
                       .replace("%3", learner.unit))
        hello.setObjectName("title")
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels([self.tr("Exam"), self.tr("Window"), self.tr("Duration"),
                                              self.tr("Status"), self.tr("Score")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, 5):   # window, duration, status, score: always whole, at every text size (A+)
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setWordWrap(True)   # a long title wraps onto a taller row rather than being cut
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().hide()
        self.enter_button = QPushButton(self.tr("Enter the exam"))
        self.enter_button.setObjectName("primary")
        self.receipt_button = QPushButton(self.tr("Show receipt"))
        self.import_button = QPushButton(self.tr("Import exam package…"))
        self.logout_button = QPushButton(self.tr("Log out"))
        self.message_label = QLabel()
        self.message_label.setWordWrap(True)
        self.hint_label = QLabel(self.tr("Exam packages (.xfp) can also be dragged onto this window."))
        self.display_controls = DisplayControls(prefs)
        buttons = QHBoxLayout()
        for b in (self.enter_button, self.receipt_button, self.import_button):
            buttons.addWidget(b)
        buttons.addStretch(1)   # the logout button is placed by LearnerHome, at the end of the tab bar
        layout = QVBoxLayout(self)
        layout.addWidget(hello)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message_label)
        layout.addLayout(buttons)
        layout.addWidget(self.hint_label)
        self.sync_status = sync_status
        if sync_status is not None:
            layout.addWidget(sync_status)
        layout.addWidget(self.display_controls)

        self.enter_button.clicked.connect(self._enter)
        self.receipt_button.clicked.connect(self._receipt)
        self.import_button.clicked.connect(self._choose_file)
        self.logout_button.clicked.connect(self.logged_out.emit)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.setTabKeyNavigation(False)   # Tab leaves the table; the arrows choose the exam (issue 21)
        self.table.activated.connect(lambda *_: self._enter())   # Enter or a double click on the chosen exam
        self.refresh()

    # --- the list --------------------------------------------------------------------------------

    def _status_text(self, x: ExamListing) -> str:
        if x.in_progress_attempt:
            return self.tr("In progress: continue")
        if x.window_state is WindowState.NOT_OPEN:
            return self.tr("Not open yet")
        if x.window_state is WindowState.CLOSED:
            return self.tr("Window ended")
        if x.attempts_used >= x.max_attempts:
            return self.tr("Done: no attempts left")
        if x.points_needed:
            return (self.tr("Opens at %1 study points (you have %2)").replace("%1", str(x.points_needed))
                    .replace("%2", str(x.points_have)))
        if x.attempts_used:
            return self.tr("Open: %1 of %2 attempts used").replace("%1", str(x.attempts_used)) \
                .replace("%2", str(x.max_attempts))
        return self.tr("Open")

    def refresh(self) -> None:
        self.listings = self._library.listings(self.learner.learner_no)
        self.table.setRowCount(len(self.listings))
        fmt = "%Y-%m-%d %H:%M"
        for row, x in enumerate(self.listings):
            outcome = {"passed": self.tr("passed"), "failed": self.tr("failed"),
                       "pending": self.tr("awaiting marking")}.get(x.counted_outcome or "", "")
            cells = [x.title,
                     f"{x.window_start.astimezone().strftime(fmt)} – {x.window_end.astimezone().strftime(fmt)}",
                     self.tr("%1 min").replace("%1", str(x.duration_minutes)), self._status_text(x),
                     f"{x.counted_score} {outcome}" if x.counted_score is not None else ""]
            for col, text in enumerate(cells):
                self.table.setItem(row, col, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        if self.listings:
            self.table.selectRow(0)
        else:
            self.message_label.setText(self.tr("No exams on this station yet. Import the exam package you "
                                               "received (a .xfp file)."))
        self._update_buttons()

    def selected(self) -> ExamListing | None:
        rows = self.table.selectionModel().selectedRows()
        return self.listings[rows[0].row()] if rows else None

    def _update_buttons(self) -> None:
        x = self.selected()
        self.enter_button.setEnabled(bool(x and x.can_start))
        self.receipt_button.setEnabled(bool(x and x.last_result_id))

    def _enter(self) -> None:
        x = self.selected()
        if x and x.can_start:
            self.exam_chosen.emit(x)

    def _receipt(self) -> None:
        x = self.selected()
        if x and x.last_result_id:
            self.receipt_wanted.emit(x.last_result_id)

    # --- importing -------------------------------------------------------------------------------

    def _choose_file(self) -> None:
        path = open_file(self, self.tr("Import exam package"), self.tr("Exam packages (*.xfp);;All files (*)"))
        if path:
            self.import_package(Path(path))

    def import_package(self, path: Path) -> bool:
        try:
            header, new = self._library.import_file(path)
        except PackageError as exc:
            self.message_label.setObjectName("error")
            self.message_label.setText(self.tr("%1 was not imported: %2").replace("%1", path.name)
                                       .replace("%2", package_error(exc.code)))
            self._repolish(self.message_label)
            return False
        self.message_label.setObjectName("notice")
        self.message_label.setText(
            (self.tr("Imported: %1") if new else self.tr("Already on this station: %1")).replace("%1", header.title))
        self._repolish(self.message_label)
        self.refresh()
        return True

    @staticmethod
    def _repolish(widget: QWidget) -> None:
        widget.style().unpolish(widget)
        widget.style().polish(widget)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt API
        if any(u.toLocalFile().lower().endswith(PACKAGE_SUFFIX) for u in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt API
        for url in event.mimeData().urls():
            if url.toLocalFile():
                self.import_package(Path(url.toLocalFile()))
        event.acceptProposedAction()


