"""The login form of the windows that work against a Xuefa server with a server account (the proctor
console, the admin window): address, the server's certificate fingerprint, user name, password, and a plain
answer when it goes wrong.

The station's own server comes filled in with the certificate the station pinned at enrolment. For another
server the fingerprint is typed (its administrator reads it from `xuefa-server tls show`; the 20-character
short form is enough); a server showing another certificate is refused."""
from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QPushButton, QWidget

from examcore.tls_pin import Pins, parse_fingerprint, show


class ServerLoginForm(QWidget):
    def __init__(self, intro: str, server_label: str, server_url: str | None, parent: QWidget | None = None,
                 pins: Pins | None = None):
        super().__init__(parent)
        self._server_url, self._pins = (server_url or "").rstrip("/"), pins
        self.url_edit = QLineEdit(server_url or "")
        self.url_edit.setPlaceholderText("https://192.168.1.10:8470")
        self.fingerprint_edit = QLineEdit(show(pins.current) if pins else "")
        self.fingerprint_edit.setPlaceholderText(self.tr("e.g. GA1G-SPK1-PY4R-WSBQ-F2HH (xuefa-server tls show)"))
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
        self.form.addRow(self.tr("Certificate fingerprint"), self.fingerprint_edit)
        self.form.addRow(self.tr("User name"), self.user_edit)
        self.form.addRow(self.tr("Password"), self.password_edit)
        self.form.addRow(self.login_button)
        self.form.addRow(self.error_label)

    def started(self) -> tuple[str, str, str]:
        """The login is under way: (address, user name, password) to send."""
        self.login_button.setEnabled(False)
        self.error_label.clear()
        return self.url_edit.text().strip(), self.user_edit.text().strip(), self.password_edit.text()

    def pins(self) -> Pins | None:
        """The certificate to pin: the station's own (with an announced next one) for its server, else the
        fingerprint typed. Raises PinError(bad_fingerprint)."""
        typed = self.fingerprint_edit.text().strip()
        if self._pins is not None and self.url_edit.text().strip().rstrip("/") == self._server_url \
                and typed == show(self._pins.current):
            return self._pins
        return Pins(parse_fingerprint(typed)) if typed else None

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
            "certificate_changed": self.tr("This server's certificate is not the one given for it: another "
                                           "computer may be answering at this address. Nothing was sent. Check the "
                                           "address and the fingerprint with the server's administrator."),
            "no_pin": self.tr("Type the server's certificate fingerprint (its administrator reads it with "
                              "xuefa-server tls show)."),
            "bad_fingerprint": self.tr("The fingerprint is not right: 20 to 52 letters and digits, as xuefa-server "
                                       "tls show prints it."),
            "plain_http": self.tr("The address must start with https:// (plain http:// only for this PC itself)."),
            "bad_answer": self.tr("The computer at that address did not answer as a Xuefa server (a web login page "
                                  "or a proxy may be in the way). Check the address and the port."),
            "no_answer": self.tr("The server took the request but gave no answer in time. Wait a moment and log in "
                                 "again."),
            **(more or {}),
        }
        code = getattr(exc, "code", "")
        self.error_label.setText(words.get(code, getattr(exc, "message", str(exc))))

    def succeeded(self) -> None:
        self.login_button.setEnabled(True)
