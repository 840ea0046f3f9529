"""The login form of the windows that work against a Xuefa server with a server account (the proctor
console, the admin window): address, user name, password, and a plain answer when it goes wrong."""
from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QPushButton, QWidget


class ServerLoginForm(QWidget):
    def __init__(self, intro: str, server_label: str, server_url: str | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.url_edit = QLineEdit(server_url or "")
        self.url_edit.setPlaceholderText("http://192.168.1.10:8470")
        self.user_edit = QLineEdit()
        self.password_edit = QLineEdit()
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.login_button = QPushButton(self.tr("Log in"))
        self.login_button.setObjectName("primary")
        self.error_label = QLabel()
        self.error_label.setObjectName("error")
        self.error_label.setWordWrap(True)
        self.form = QFormLayout(self)
        self.form.addRow(QLabel(intro))
        self.form.addRow(server_label, self.url_edit)
        self.form.addRow(self.tr("User name"), self.user_edit)
        self.form.addRow(self.tr("Password"), self.password_edit)
        self.form.addRow(self.login_button)
        self.form.addRow(self.error_label)

    def started(self) -> tuple[str, str, str]:
        """The login is under way: (address, user name, password) to send."""
        self.login_button.setEnabled(False)
        self.error_label.clear()
        return self.url_edit.text().strip(), self.user_edit.text().strip(), self.password_edit.text()

    def failed(self, exc: BaseException, more: dict[str, str] | None = None) -> None:
        """Say why, in the user's words; ``more``: answers for codes only this window meets."""
        self.login_button.setEnabled(True)
        self.password_edit.clear()
        words = {
            "unreachable": self.tr("The server cannot be reached. Check the address and the network."),
            "wrong_login": self.tr("The user name or password is not right."),
            "locked": self.tr("Too many wrong passwords: the account is locked for 15 minutes."),
            "account_disabled": self.tr("This account is disabled. Ask the administrator above you."),
            "busy": self.tr("The server is busy. Wait a moment and log in again."),
            "too_many_requests": self.tr("Too many logins from this computer. Wait a minute and try again."),
            **(more or {}),
        }
        code = getattr(exc, "code", "")
        self.error_label.setText(words.get(code, getattr(exc, "message", str(exc))))

    def succeeded(self) -> None:
        self.login_button.setEnabled(True)
