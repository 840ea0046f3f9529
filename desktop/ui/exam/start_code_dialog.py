"""Typing the start code the proctor reads out; the slow unlock runs off the GUI thread."""
from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from desktop.services.attempts import AttemptService, Unlocked
from desktop.services.background import run_in_background
from desktop.ui.messages import package_error
from examcore.errors import PackageError


class StartCodeDialog(QDialog):
    unlocked = Signal(object)  # Unlocked: the package opened with a right code

    def __init__(self, attempts: AttemptService, package_id: str, exam_title: str, parent: QWidget | None = None,
                 reopening: bool = False):
        """``reopening``: the code opens an interrupted attempt again (its button says continue, not start)."""
        super().__init__(parent)
        self._attempts, self._package_id = attempts, package_id
        self.result_unlocked: Unlocked | None = None
        self.setWindowTitle(self.tr("Start code"))
        intro = QLabel(self.tr("Exam: %1\n\nType the start code the proctor reads out or writes on the board "
                               "(12 letters and digits; dashes and spaces do not matter).").replace("%1", exam_title))
        intro.setWordWrap(True)
        self.code_edit = QLineEdit()
        self.code_edit.setPlaceholderText("XXXX-XXXX-XXXX")
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            self.tr("Continue the exam") if reopening else self.tr("Start the exam"))
        self.buttons.accepted.connect(self.try_unlock)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.code_edit)
        layout.addWidget(self.status_label)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(560)

    def _fit(self) -> None:
        """Grow to the height the wrapped text needs at this width: at the largest text size a message cut the
        instruction off (a window does not follow its labels' height-for-width by itself)."""
        layout = self.layout()
        needed = layout.totalHeightForWidth(self.width()) if layout is not None else -1
        if needed > self.height():
            self.resize(self.width(), needed)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):   # A+ while it is open
            self._fit()

    def try_unlock(self) -> None:
        code = self.code_edit.text()
        self.buttons.setEnabled(False)
        self.code_edit.setEnabled(False)
        self.status_label.setObjectName("")
        self.status_label.setText(self.tr("Checking the code and opening the paper…"))
        self._fit()
        run_in_background(lambda: self._attempts.unlock(self._package_id, code), self._done, self._failed, self)

    def _done(self, unlocked: Unlocked) -> None:
        self.result_unlocked = unlocked
        self.unlocked.emit(unlocked)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.buttons.setEnabled(True)
        self.code_edit.setEnabled(True)
        self.code_edit.selectAll()
        self.code_edit.setFocus()
        self.status_label.setObjectName("error")
        self.status_label.style().unpolish(self.status_label)  # the new object name changes its style
        self.status_label.style().polish(self.status_label)
        self.status_label.setText(package_error(exc.code) if isinstance(exc, PackageError)
                                  else self.tr("The paper could not be opened: %1").replace("%1", str(exc)))
        self._fit()
