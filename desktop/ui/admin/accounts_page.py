"""Administrator accounts in the admin window: the 管理员 page (the accounts this admin manages: reset the
password, disable, enable, change the role, end every session) and the 审计日志 page (the security log, for
the server's top administrator, exportable to Excel); changing one's own password is account_password.py.
The server decides who may do what; these pages only ask."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QFileDialog, QHBoxLayout, QLabel, QPushButton,
                               QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from desktop.services.admin_client import AdminClient
from desktop.services.admin_export import why_not_saved, write_table
from desktop.services.background import run_in_background
from desktop.ui.account_password import AdminPasswordDialog
from desktop.ui.confirm import confirm
from desktop.ui.local_time import local_time

ROLES = ("proctor", "unit_admin", "centre_admin", "provincial_admin")


def _table(headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.resizeColumnsToContents()   # headings whole before any row is loaded
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().hide()
    table.horizontalHeader().setStretchLastSection(True)
    return table


class AccountsPage(QWidget):
    """The administrator accounts this admin manages (管理员)."""

    changed = Signal()   # an account was changed on the server (the list was loaded again)

    def __init__(self, client: AdminClient, parent: QWidget | None = None):
        super().__init__(parent)
        self.client = client
        self.accounts: list[dict] = []
        self.role_names = {"proctor": self.tr("proctor"), "unit_admin": self.tr("unit administrator"),
                           "centre_admin": self.tr("centre administrator"),
                           "provincial_admin": self.tr("provincial administrator")}
        self.table = _table([self.tr("User name"), self.tr("Name"), self.tr("Role"), self.tr("Unit"),
                             self.tr("State")])
        self.reset_button = QPushButton(self.tr("Reset password…"))
        self.disable_button = QPushButton(self.tr("Disable"))
        self.enable_button = QPushButton(self.tr("Enable"))
        self.role_combo = QComboBox()
        for role in ROLES[:ROLES.index(client.role) + 1] if client.role in ROLES else ():
            self.role_combo.addItem(self.role_names[role], role)
        self.role_button = QPushButton(self.tr("Set role"))
        self.logout_button = QPushButton(self.tr("End their sessions"))
        self.own_button = QPushButton(self.tr("Change my password…"))
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        buttons = QHBoxLayout()   # two rows: one row of all of them was 1091 px wide (issue 19, 1093×614)
        for w in (self.reset_button, self.disable_button, self.enable_button, self.logout_button):
            buttons.addWidget(w)
        buttons.addStretch(1)
        roles = QHBoxLayout()
        roles.addWidget(self.role_combo)
        roles.addWidget(self.role_button)
        roles.addStretch(1)
        roles.addWidget(self.own_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addLayout(roles)
        layout.addWidget(self.status_label)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.ask = confirm   # (parent, title, question, action) -> bool; Cancel is the default button
        self.reset_button.clicked.connect(self.ask_reset)
        self.disable_button.clicked.connect(self.ask_disable)
        self.enable_button.clicked.connect(lambda: self._change(lambda c, u: c.set_admin_disabled(u, False),
                                                                self.tr("%1 may log in again.")))
        self.role_button.clicked.connect(self._set_role)
        self.logout_button.clicked.connect(self.ask_logout)
        self.own_button.clicked.connect(self.change_own_password)
        self._update_buttons()

    def load(self) -> None:
        client = self.client
        run_in_background(client.admins, self._loaded, self._failed, self)

    def _loaded(self, accounts: list[dict]) -> None:
        self.accounts = accounts
        self.table.setRowCount(len(accounts))
        for row, a in enumerate(accounts):
            state = [self.tr("disabled")] if a["disabled"] else []
            state += [self.tr("locked for now")] if a["locked"] else []
            state += [self.tr("must change the password")] if a["must_change_password"] else []
            cells = [a["username"], a["full_name"], self.role_names.get(a["role"], a["role"]), a["unit_id"],
                     ", ".join(state) or self.tr("active")]
            for col, text in enumerate(cells):
                self.table.setItem(row, col, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        self._update_buttons()

    def selected(self) -> dict | None:
        rows = self.table.selectionModel().selectedRows()
        return self.accounts[rows[0].row()] if rows and rows[0].row() < len(self.accounts) else None

    def _update_buttons(self) -> None:
        chosen = self.selected()
        for w in (self.reset_button, self.role_button, self.logout_button):
            w.setEnabled(chosen is not None)
        self.disable_button.setEnabled(chosen is not None and not chosen["disabled"])
        self.enable_button.setEnabled(chosen is not None and chosen["disabled"])

    def _change(self, call, done_words: str) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        client, username = self.client, chosen["username"]

        def done(_answer) -> None:
            self.status_label.setText(done_words.replace("%1", username))
            self.load()
            self.changed.emit()
        run_in_background(lambda: call(client, username), done, self._failed, self)

    def _who(self, account: dict) -> str:
        """An account as people know it: 赵监考 (jiankao), proctor, unit P."""
        return self.tr("%1 (%2), %3, unit %4").replace("%1", account["full_name"] or account["username"]) \
            .replace("%2", account["username"]).replace("%3", self.role_names.get(account["role"], account["role"])) \
            .replace("%4", account["unit_id"] or "-")

    def _asked(self, title: str, question: str, action: str) -> dict | None:
        """The chosen account when the administrator confirmed the action on it (named in the question)."""
        chosen = self.selected()
        if chosen is None or not self.ask(self, title, question.replace("%1", self._who(chosen)), action):
            return None
        return chosen

    def ask_disable(self) -> None:
        if self._asked(self.tr("Disable an account"),
                       self.tr("Disable %1? They cannot log in, and every session of theirs ends now (a proctor "
                               "in a sitting loses the console)."), self.tr("Disable")):
            self._change(lambda c, u: c.set_admin_disabled(u, True), self.tr("%1 is disabled; their sessions ended."))

    def ask_logout(self) -> None:
        if self._asked(self.tr("End sessions"), self.tr("End every session of %1? They must log in again."),
                       self.tr("End their sessions")):
            self._change(lambda c, u: c.logout_all(u), self.tr("Every session of %1 has ended."))

    def _set_role(self) -> None:
        role = self.role_combo.currentData()
        named = self.role_names.get(role, role)
        if self._asked(self.tr("Set role"), self.tr("Make %1 a %2? What they may see and do changes at once.")
                       .replace("%2", named), self.tr("Set role")):
            self._change(lambda c, u: c.set_admin_role(u, role), self.tr("%1 is now: %2.").replace("%2", named))

    def ask_reset(self) -> None:
        chosen = self._asked(self.tr("Reset password"),
                             self.tr("Give %1 a new one-time password? Their sessions end; they must choose their "
                                     "own at the next login."), self.tr("Reset password"))
        if chosen is not None:
            self.reset(chosen["username"])

    def reset(self, username: str) -> None:
        client = self.client

        def done(password: str) -> None:
            self.last_password = password
            self.status_label.setText(self.tr("New one-time password for %1: %2. Give it to them in person.")
                                      .replace("%1", username).replace("%2", password))
            self.load()
        run_in_background(lambda: client.reset_admin_password(username), done, self._failed, self)

    def change_own_password(self) -> None:
        self.password_dialog = AdminPasswordDialog(self.client, forced=False, parent=self)
        self.password_dialog.accepted.connect(lambda: self.status_label.setText(self.tr("Your password is changed.")))
        self.password_dialog.open()

    def _failed(self, exc: BaseException) -> None:
        words = {"forbidden": self.tr("You may not change this account (its role is higher than yours)."),
                 "not_found": self.tr("This account is not among the ones you manage.")}
        code = getattr(exc, "code", "")
        self.status_label.setText(words.get(code) or self.tr("Not done: %1").replace(
            "%1", getattr(exc, "message", str(exc))))


class AuditPage(QWidget):
    """The security log (审计日志): newest first, filtered by kind and outcome, a page at a time."""

    def __init__(self, client: AdminClient, parent: QWidget | None = None):
        super().__init__(parent)
        self.client = client
        self.entries: list[dict] = []
        self.more = False
        self.headers = [self.tr("Time (UTC)"), self.tr("Who"), self.tr("Address"), self.tr("Action"),
                        self.tr("Object"), self.tr("Outcome"), self.tr("Detail")]
        self.table = _table(self.headers)
        self.action_combo = QComboBox()
        for label, prefix in ((self.tr("Everything"), ""), (self.tr("Logins"), "login"),
                              (self.tr("Administrator accounts"), "admin."), (self.tr("Devices"), "device."),
                              (self.tr("Learners and rosters"), "learner."), (self.tr("Roster imports"), "roster."),
                              (self.tr("Policy"), "policy."), (self.tr("Units"), "unit.")):
            self.action_combo.addItem(label, prefix)
        self.outcome_combo = QComboBox()
        for label, outcome in ((self.tr("Any outcome"), ""), (self.tr("Done"), "ok"), (self.tr("Failed"), "failed"),
                               (self.tr("Refused"), "refused")):
            self.outcome_combo.addItem(label, outcome)
        self.more_button = QPushButton(self.tr("Load older entries"))
        self.export_button = QPushButton(self.tr("Export to Excel…"))
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Show")))
        top.addWidget(self.action_combo)
        top.addWidget(self.outcome_combo)
        top.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.more_button)
        buttons.addStretch(1)
        buttons.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.status_label)
        self.action_combo.activated.connect(lambda _i: self.load())
        self.outcome_combo.activated.connect(lambda _i: self.load())
        self.more_button.clicked.connect(self.load_more)
        self.export_button.clicked.connect(self.ask_export)
        self.more_button.setEnabled(False)

    def load(self) -> None:
        self.entries = []
        self._fetch(None)

    def load_more(self) -> None:
        if self.entries:
            self._fetch(self.entries[-1]["id"])

    def _fetch(self, before: int | None) -> None:
        client = self.client
        action, outcome = self.action_combo.currentData(), self.outcome_combo.currentData()
        run_in_background(lambda: client.audit(before, action, outcome), self._loaded, self._failed, self)

    def row_cells(self, e: dict) -> list[str]:
        return [local_time(e["at"], seconds=True), e["actor"], e["address"], e["action"], e["object"],
                e["outcome"], e["detail"]]

    def _loaded(self, page: dict) -> None:
        self.entries += page["entries"]
        self.more = page["more"]
        self.table.setRowCount(len(self.entries))
        for row, e in enumerate(self.entries):
            for col, text in enumerate(self.row_cells(e)):
                self.table.setItem(row, col, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        self.more_button.setEnabled(self.more)
        self.status_label.setText(self.tr("%1 entries shown.").replace("%1", str(len(self.entries))))

    def ask_export(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export the security log"), self.tr("audit-log.xlsx"),
                                              self.tr("Excel workbooks (*.xlsx)"))
        if path:
            self.export(Path(path))

    def export(self, path: Path) -> None:
        """The entries shown (load older ones first for more) as a workbook."""
        try:
            write_table(path, self.tr("Security log"), self.headers, [self.row_cells(e) for e in self.entries])
        except OSError as exc:
            self.status_label.setText(self.tr("Not saved: %1").replace("%1", why_not_saved(exc)))
            return
        self.status_label.setText(self.tr("Saved to %1").replace("%1", str(path)))

    def _failed(self, exc: BaseException) -> None:
        if getattr(exc, "code", "") == "forbidden":
            self.status_label.setText(self.tr("The security log is for this server's top administrator."))
        else:
            self.status_label.setText(self.tr("Not loaded: %1").replace("%1", getattr(exc, "message", str(exc))))
