"""Asking before an irreversible or exam-changing action (issue 19): the question names who and what, the
consequence is said in plain words, the button that acts says what it does, and the safe button (Cancel)
is the default, so Enter or Esc changes nothing."""
from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget


class Confirmation(QMessageBox):
    def __init__(self, parent: QWidget | None, title: str, text: str, action: str):
        super().__init__(parent)
        self.setObjectName("confirmation")
        self.setIcon(QMessageBox.Icon.Warning)
        self.setWindowTitle(title)
        self.setText(text)
        self.act_button = self.addButton(action, QMessageBox.ButtonRole.AcceptRole)
        self.cancel_button = self.addButton(QMessageBox.StandardButton.Cancel)
        self.setDefaultButton(self.cancel_button)
        self.setEscapeButton(self.cancel_button)


def confirm(parent: QWidget | None, title: str, text: str, action: str) -> bool:
    """True only when the person pressed the button named ``action``."""
    box = Confirmation(parent, title, text, action)
    box.exec()
    return box.clickedButton() is box.act_button
