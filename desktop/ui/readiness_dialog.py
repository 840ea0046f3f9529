"""The readiness check, for the day before an exam: the self-test's checks and a practice exam with the
network gone (desktop/readiness.py), run off the GUI thread, each with a clear verdict and, when
something fails, what to do."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QLabel, QPushButton, QTreeWidget, QTreeWidgetItem,
                               QVBoxLayout, QWidget)

from desktop.selftest import FAIL, OK, WARN, Check
from desktop.ui.screen_fit import resize_fitted
from examcore.cli_text import said


def _tr(text: str) -> str:
    return QCoreApplication.translate("Selftest", text)


class ReadinessDialog(QDialog):
    def __init__(self, data_dir: Path, parent: QWidget | None = None):
        super().__init__(parent)
        self.data_dir = data_dir
        self.checks: list[Check] = []
        self.setWindowTitle(self.tr("Readiness check"))
        resize_fitted(self, 900, 560)
        intro = QLabel(self.tr("Checks this PC for exam day: the window system, Chinese fonts, the data folder, "
                               "the clock, the centre server, and a practice exam with the network cut. Nothing "
                               "of this station's own data is touched."))
        intro.setWordWrap(True)
        self.run_button = QPushButton(self.tr("Run the check"))
        self.run_button.setObjectName("primary")
        self.verdict = QLabel()
        self.verdict.setObjectName("title")
        self.verdict.setWordWrap(True)
        self.advice = QLabel()   # what to do for each failed check, in full sentences above the table
        self.advice.setObjectName("error")
        self.advice.setWordWrap(True)
        self.advice.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([self.tr("Check"), self.tr("Result"), self.tr("Details")])
        self.tree.setColumnWidth(0, 220)
        self.tree.setColumnWidth(1, 90)
        self.tree.setWordWrap(True)   # the advice is a sentence or two: shown whole, not cut off
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.run_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.verdict)
        layout.addWidget(self.advice)
        layout.addWidget(self.tree, 1)
        layout.addWidget(buttons)
        self.run_button.clicked.connect(self.run)

    def run(self) -> None:
        from desktop.selftest import run_checks
        from desktop.services.background import run_in_background
        from desktop.readiness import practice_exam
        data_dir = self.data_dir
        self.run_button.setEnabled(False)
        self.tree.clear()
        self.advice.clear()
        self.verdict.setText(self.tr("Checking… (about half a minute)"))
        run_in_background(lambda: run_checks(data_dir, place=_place(data_dir)) + practice_exam(), self._show,
                          self._failed, self)

    def _show(self, checks: list[Check]) -> None:
        self.checks = checks
        self.run_button.setEnabled(True)
        words = {OK: self.tr("ok"), FAIL: self.tr("FAILED"), WARN: self.tr("warning")}
        for c in checks:
            item = QTreeWidgetItem([_tr(c.name), words.get(c.status, self.tr("skipped")), said(c.detail)])
            if c.status in (FAIL, WARN):
                item.setForeground(1, Qt.GlobalColor.darkRed if c.status == FAIL else Qt.GlobalColor.darkYellow)
                advice = QTreeWidgetItem([self.tr("What to do"), "", _tr(c.fix)])
                advice.setToolTip(2, _tr(c.fix))
                item.addChild(advice)
            self.tree.addTopLevelItem(item)
        self.tree.expandAll()
        self.advice.setText("\n".join(f"{_tr(c.name)}: {_tr(c.fix)}" for c in checks if c.status in (FAIL, WARN)))
        failed = sum(c.status == FAIL for c in checks)
        warned = sum(c.status == WARN for c in checks)
        self.verdict.setText(self.tr("NOT ready: %n check(s) failed. See what to do below.", "", failed) if failed
                             else self.tr("Ready for exam day: every check passed; read the %n warning(s) below.", "",
                                          warned) if warned else self.tr("Ready for exam day: every check passed."))

    def _failed(self, exc: BaseException) -> None:
        self.run_button.setEnabled(True)
        self.verdict.setText(self.tr("The check itself could not run: %1").replace("%1", str(exc)))


def _place(data_dir: Path):  # -> desktop.data_folder.DataFolder | None
    """Where the station's folder is, for the checks of its place; None when this PC's setting is damaged
    (opening the station would have said so)."""
    from desktop.data_folder import DataFolderSettingError, station_data_folder
    try:
        return station_data_folder(data_dir)
    except DataFolderSettingError:
        return None
