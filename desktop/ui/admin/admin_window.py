"""The administrator's window: log in to the centre (or provincial) server with an admin account, then
reports, the unit summary, the roster and this server's Sync page. A proctor's account is turned away
to the proctor console; what each admin sees is limited to their subtree by the server itself."""
from __future__ import annotations

from PySide6.QtWidgets import (QFormLayout, QLabel, QLineEdit, QPushButton, QStackedWidget, QTabWidget, QVBoxLayout,
                               QWidget)

from desktop.services.admin_client import AdminClient
from desktop.services.background import run_in_background
from desktop.ui.admin.banks_page import BanksPage
from desktop.ui.admin.items_page import ItemsPage
from desktop.ui.admin.reports_page import ReportsPage, SummaryPage
from desktop.ui.admin.roster_page import RosterPage
from desktop.ui.admin.sync_page import SyncPage


class AdminWindow(QWidget):
    def __init__(self, server_url: str | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Administration"))
        self.client: AdminClient | None = None
        self.stack = QStackedWidget()
        login = QWidget()
        self.url_edit = QLineEdit(server_url or "")
        self.url_edit.setPlaceholderText("http://192.168.1.10:8470")
        self.user_edit = QLineEdit()
        self.password_edit = QLineEdit()
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.login_button = QPushButton(self.tr("Log in"))
        self.login_button.setObjectName("primary")
        self.login_error = QLabel()
        self.login_error.setObjectName("error")
        self.login_error.setWordWrap(True)
        form = QFormLayout(login)
        form.addRow(QLabel(self.tr("Unit, centre and provincial administrators log in with their server account.")))
        form.addRow(self.tr("Server"), self.url_edit)
        form.addRow(self.tr("User name"), self.user_edit)
        form.addRow(self.tr("Password"), self.password_edit)
        form.addRow(self.login_button)
        form.addRow(self.login_error)
        self.tabs = QTabWidget()
        self.stack.addWidget(login)
        self.stack.addWidget(self.tabs)
        layout = QVBoxLayout(self)
        layout.addWidget(self.stack)
        self.login_button.clicked.connect(self.log_in)
        self.password_edit.returnPressed.connect(self.log_in)

    def log_in(self) -> None:
        client = AdminClient(self.url_edit.text().strip())
        user, password = self.user_edit.text().strip(), self.password_edit.text()
        self.login_button.setEnabled(False)
        self.login_error.clear()
        run_in_background(lambda: client.login(user, password), lambda _none: self._logged_in(client),
                          self._login_failed, self)

    def _login_failed(self, exc: BaseException) -> None:
        self.login_button.setEnabled(True)
        self.password_edit.clear()
        code = getattr(exc, "code", "")
        self.login_error.setText({
            "unreachable": self.tr("The server cannot be reached. Check the address and the network."),
            "wrong_login": self.tr("The user name or password is not right."),
            "locked": self.tr("Too many wrong passwords: the account is locked for 15 minutes."),
            "proctor_only": self.tr("This is a proctor's account: proctors use the proctor console (监考工具 on "
                                    "the login page)."),
        }.get(code, getattr(exc, "message", str(exc))))

    def _logged_in(self, client: AdminClient) -> None:
        self.client = client
        self.login_button.setEnabled(True)
        roles = {"unit_admin": self.tr("unit administrator"), "centre_admin": self.tr("centre administrator"),
                 "provincial_admin": self.tr("provincial administrator")}
        self.setWindowTitle(self.tr("Administration: %1 (%2)").replace("%1", client.username)
                            .replace("%2", roles.get(client.role, client.role)))
        self.reports, self.summary = ReportsPage(client), SummaryPage(client)
        self.roster, self.sync, self.items = RosterPage(client), SyncPage(client), ItemsPage(client)
        self.banks = BanksPage(client)
        self.tabs.addTab(self.reports, self.tr("Reports"))
        self.tabs.addTab(self.summary, self.tr("Unit summary"))
        self.tabs.addTab(self.items, self.tr("Item analysis"))
        self.tabs.addTab(self.banks, self.tr("Question banks"))
        self.tabs.addTab(self.roster, self.tr("Learners"))
        self.tabs.addTab(self.sync, self.tr("Sync"))
        for page in (self.reports, self.summary, self.items, self.banks, self.roster, self.sync):
            page.load()
        self.stack.setCurrentIndex(1)
