"""The administrator's window: log in to the centre (or provincial) server with an admin account, then
reports, the unit summary, the roster and this server's Sync page. A proctor's account is turned away
to the proctor console; what each admin sees is limited to their subtree by the server itself."""
from __future__ import annotations

from typing import Protocol

from PySide6.QtWidgets import QFrame, QScrollArea, QStackedWidget, QTabWidget, QVBoxLayout, QWidget

from desktop.services.admin_client import AdminClient, AdminError
from examcore.tls_pin import PinError, Pins
from desktop.services.background import run_in_background
from desktop.ui.account_password import AdminPasswordDialog
from desktop.ui.admin.accounts_page import AccountsPage, AuditPage
from desktop.ui.admin.banks_page import BanksPage
from desktop.ui.admin.flagged_page import FlaggedPage
from desktop.ui.admin.items_page import ItemsPage
from desktop.ui.admin.reports_page import ReportsPage, SummaryPage
from desktop.ui.admin.roster_page import RosterPage
from desktop.ui.admin.sync_page import SyncPage
from desktop.ui.server_login import ServerLoginForm


class Page(Protocol):
    """A tab of the admin window: asks the server for what it shows."""

    def load(self) -> None: ...


class AdminWindow(QWidget):
    def __init__(self, server_url: str | None, parent: QWidget | None = None, pins: Pins | None = None):
        """``pins``: the certificate this station pinned for ``server_url`` (its enrolled server)."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("Administration"))
        self.client: AdminClient | None = None
        self.stack = QStackedWidget()
        login = ServerLoginForm(self.tr("Unit, centre and provincial administrators log in with their server "
                                        "account."), self.tr("Server"), server_url, pins=pins)
        self.login_form = login
        self.url_edit, self.user_edit, self.password_edit = login.url_edit, login.user_edit, login.password_edit
        self.login_button, self.login_error = login.login_button, login.error_label
        self.tabs = QTabWidget()
        self.stack.addWidget(login)
        self.stack.addWidget(self.tabs)
        layout = QVBoxLayout(self)
        layout.addWidget(self.stack)
        self.login_button.clicked.connect(self.log_in)
        self.password_edit.returnPressed.connect(self.log_in)

    def log_in(self) -> None:
        url, user, password = self.login_form.started()
        try:
            client = AdminClient(url, pins=self.login_form.pins())
        except (AdminError, PinError) as exc:
            self._login_failed(exc)
            return
        run_in_background(lambda: client.login(user, password), lambda _none: self._logged_in(client),
                          self._login_failed, self)

    def _login_failed(self, exc: BaseException) -> None:
        self.login_form.failed(exc, {"proctor_only": self.tr("This is a proctor's account: proctors use the proctor "
                                                             "console (监考工具 on the login page).")})

    def _logged_in(self, client: AdminClient) -> None:
        self.login_form.succeeded()
        if client.must_change_password:   # a new or reset account: its own password first, nothing else
            self.password_dialog = AdminPasswordDialog(client, forced=True, parent=self)
            self.password_dialog.accepted.connect(lambda: self._open(client))
            self.password_dialog.rejected.connect(lambda: self.login_form.password_edit.clear())
            self.password_dialog.open()
            return
        self._open(client)

    def _open(self, client: AdminClient) -> None:
        self.client = client
        roles = {"unit_admin": self.tr("unit administrator"), "centre_admin": self.tr("centre administrator"),
                 "provincial_admin": self.tr("provincial administrator")}
        self.setWindowTitle(self.tr("Administration: %1 (%2)").replace("%1", client.username)
                            .replace("%2", roles.get(client.role, client.role)))
        self.reports, self.summary = ReportsPage(client), SummaryPage(client)
        self.roster, self.sync, self.items = RosterPage(client), SyncPage(client), ItemsPage(client)
        self.banks, self.flagged = BanksPage(client), FlaggedPage(client)
        self.accounts = AccountsPage(client)
        for shown, name in ((self.reports, self.tr("Reports")), (self.flagged, self.tr("Flagged results")),
                           (self.summary, self.tr("Unit summary")), (self.items, self.tr("Item analysis")),
                           (self.banks, self.tr("Question banks")), (self.roster, self.tr("Learners")),
                           (self.sync, self.tr("Sync")), (self.accounts, self.tr("Administrators"))):
            self.tabs.addTab(scrolled(shown), name)
        pages: list[Page] = [self.reports, self.summary, self.flagged, self.items, self.banks, self.roster,
                             self.sync, self.accounts]
        if client.role == "provincial_admin":   # the server lets only its top administrator read it
            self.audit = AuditPage(client)
            self.tabs.addTab(scrolled(self.audit), self.tr("Security log"))
            pages.append(self.audit)
        for page in pages:
            page.load()
        self.stack.setCurrentIndex(1)


def scrolled(page: QWidget) -> QScrollArea:
    """A tab's page that scrolls where the screen is smaller than the page needs (1093×614 at Windows' 125 %:
    the 管理员 tab's buttons made the window 1113 px wide, its close button off screen; the 同步 tab's
    station list shrank to half a row) and fills the tab where it is larger (issue 19)."""
    area = QScrollArea()
    area.setWidget(page)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    return area
