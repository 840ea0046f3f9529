"""The proctor's password, needed to close an exam window before it is submitted."""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout, QWidget


class ProctorPasswordDialog(QDialog):
    def __init__(self, verify: Callable[[str], bool], parent: QWidget | None = None):
        super().__init__(parent)
        self._verify = verify
        self.setWindowTitle(self.tr("Proctor"))
        text = QLabel(self.tr("Only the proctor can close the exam before it is submitted. Your answers so far "
                              "are saved and the exam can be continued on this station."))
        text.setWordWrap(True)
        self.password_edit = QLineEdit()
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setPlaceholderText(self.tr("Proctor password"))
        self.error_label = QLabel()
        self.error_label.setObjectName("error")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._check)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for w in (text, self.password_edit, self.error_label, self.buttons):
            layout.addWidget(w)

    def _check(self) -> None:
        if self._verify(self.password_edit.text()):
            self.accept()
        else:
            self.password_edit.clear()
            self.error_label.setText(self.tr("That is not the proctor password."))
