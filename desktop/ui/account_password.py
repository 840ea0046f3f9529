"""An administrator's or proctor's own password, changed from the window they logged in to (forced at the
first login of a new or reset account): the admin window and the proctor's console both use it."""
from __future__ import annotations

from typing import Protocol

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from desktop.services.background import run_in_background
from examcore import password_policy


class PasswordOwner(Protocol):
    """A logged-in account that can change its own password: the admin or the proctor client."""
    username: str

    def change_password(self, old: str, new: str) -> None: ...


class AdminPasswordDialog(QDialog):
    """The logged-in admin's (or proctor's: ``client`` is either client) new password. ``forced``: the
    account's first login (or after a reset): the window shows nothing else until it is done."""

    def __init__(self, client: PasswordOwner, forced: bool, parent: QWidget | None = None):
        super().__init__(parent)
        self.client = client
        self.setWindowTitle(self.tr("Change your password"))
        intro = QLabel(self.tr("Your password was set by someone else: choose your own before you go on. At least "
                               "12 characters, not a common password, not your user name.") if forced else
                       self.tr("At least 12 characters, not a common password, not your user name."))
        intro.setWordWrap(True)
        self.old_edit, self.new_edit, self.repeat_edit = QLineEdit(), QLineEdit(), QLineEdit()
        for edit in (self.old_edit, self.new_edit, self.repeat_edit):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.error_label = QLabel()
        self.error_label.setObjectName("error")
        self.error_label.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Current password"), self.old_edit)
        form.addRow(self.tr("New password"), self.new_edit)
        form.addRow(self.tr("New password again"), self.repeat_edit)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)

    def _words(self, code: str) -> str:
        return {
            "too_short": self.tr("The new password needs at least 12 characters."),
            "too_long": self.tr("The new password may have at most 128 characters."),
            "common_password": self.tr("This password is one of the most common ones and easy to guess."),
            "too_simple": self.tr("This password is only spaces or a few repeated keys and easy to guess."),
            "contains_user_name": self.tr("The new password must not contain your user name."),
            "mismatch": self.tr("The two new passwords are not the same."),
            "wrong_password": self.tr("The current password is not right."),
            "same_password": self.tr("The new password must differ from the current one."),
            "unreachable": self.tr("The server cannot be reached. Check the network."),
        }.get(code, "")

    def submit(self) -> None:
        old, new = self.old_edit.text(), self.new_edit.text()
        problems = password_policy.password_problems(self.client.username, new)
        if new != self.repeat_edit.text():
            problems = ["mismatch"]
        if problems:   # the same rule the server keeps (examcore/password_policy.py), said here at once
            self.error_label.setText("\n".join(self._words(p) for p in problems))
            return
        self.buttons.setEnabled(False)
        client = self.client
        run_in_background(lambda: client.change_password(old, new), lambda _none: self.accept(), self._failed, self)

    def _failed(self, exc: BaseException) -> None:
        self.buttons.setEnabled(True)
        code = getattr(exc, "code", "")
        self.error_label.setText(self._words(code) or getattr(exc, "message", str(exc)))
