"""Changing a password; at first login it cannot be skipped."""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout,
                               QWidget)

from typing import TYPE_CHECKING

from desktop.ui.messages import password_problem
from desktop.ui.screen_fit import FRAME, free_area

if TYPE_CHECKING:
    from desktop.services.accounts import AccountService


class ChangePasswordDialog(QDialog):
    def __init__(self, accounts: "AccountService", learner_no: str, current_password: str = "",
                 first_login: bool = False, parent: QWidget | None = None):
        super().__init__(parent)
        self._accounts, self._learner_no = accounts, learner_no
        self.setWindowTitle(self.tr("Set your password"))
        # the same at a first login and after the administrator reset the password: given, not chosen
        intro = QLabel(self.tr("The password you just used was given to you (for a first login, or after a reset). "
                               "Choose your own now: at least 12 characters, not a common password. A few words "
                               "you will remember make a good one.") if first_login
                       else self.tr("Choose a new password: at least 12 characters, not a common password."))
        intro.setWordWrap(True)
        self.old_edit = QLineEdit(current_password)
        self.new_edit = QLineEdit()
        self.repeat_edit = QLineEdit()
        for e in (self.old_edit, self.new_edit, self.repeat_edit):
            e.setEchoMode(QLineEdit.EchoMode.Password)
            e.installEventFilter(self)
        self.error_label = QLabel()
        self.error_label.setObjectName("error")
        self.error_label.setWordWrap(True)
        self.error_label.hide()   # no empty strip under the fields until there is something to say
        form = QFormLayout()
        if not current_password:
            form.addRow(self.tr("Current password"), self.old_edit)
        form.addRow(self.tr("New password"), self.new_edit)
        form.addRow(self.tr("New password again"), self.repeat_edit)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)
        layout = self._layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        # wide enough that the introduction reads in a few lines, never wider than the screen
        self.setMinimumWidth(min(self.fontMetrics().horizontalAdvance("汉") * 26, free_area(self).width() - FRAME))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        """Enter moves on to the next empty field, as on the login page; on the last one it submits."""
        if isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress and \
                event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            fields = [e for e in (self.old_edit, self.new_edit, self.repeat_edit) if e.isVisibleTo(self)]
            after = fields[fields.index(watched) + 1:] if watched in fields else []
            empty = next((e for e in after if not e.text()), None)
            if empty is not None:
                empty.setFocus()
                return True
        return False

    def _submit(self) -> None:
        if self.new_edit.text() != self.repeat_edit.text():
            self._say(password_problem("mismatch"))
            return
        problems = self._accounts.change_password(self._learner_no, self.old_edit.text(), self.new_edit.text())
        if problems:
            self._say("\n".join(password_problem(p) for p in problems))
            return
        self.accept()

    def _say(self, text: str) -> None:
        """Show what is wrong, the dialog grown to hold it: a fixed height squeezed the introduction's last
        line away at the largest text."""
        self.error_label.setText(text)
        self.error_label.show()
        self._layout.activate()
        self.resize(self.width(), max(self.height(), self._layout.totalHeightForWidth(self.width())))
