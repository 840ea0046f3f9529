"""The first screen: learner number and password, offline."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout,
                               QWidget)

from typing import TYPE_CHECKING

from desktop.services.login_types import LearnerInfo, LoginStatus
from desktop.services.preferences import Preferences
from desktop.ui.display_controls import DisplayControls
from desktop.ui.password_dialog import ChangePasswordDialog

if TYPE_CHECKING:  # the database-backed service loads after the window is shown
    from desktop.services.accounts import AccountService


class LoginWindow(QWidget):
    logged_in = Signal(object)  # LearnerInfo of the learner who logged in (password change done)
    proctor_tools_wanted = Signal()  # the proctor asked for the offline codes tool
    readiness_wanted = Signal()      # IT staff asked for the readiness check
    admin_wanted = Signal()          # an administrator asked for the admin window

    def __init__(self, accounts: "AccountService | None", prefs: Preferences, parent: QWidget | None = None):
        super().__init__(parent)
        self._accounts = accounts
        self.setWindowTitle(self.tr("Xuefa exam station"))
        title = QLabel(self.tr("Legal knowledge study and exam"))
        title.setObjectName("title")
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.notice_label = QLabel()
        self.notice_label.setObjectName("notice")
        self.notice_label.setWordWrap(True)
        self.notice_label.hide()
        self.number_edit = QLineEdit()
        self.number_edit.setPlaceholderText(self.tr("e.g. 1101010010001"))
        self.password_edit = QLineEdit()
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.login_button = QPushButton(self.tr("Log in"))
        self.login_button.setObjectName("primary")
        self.login_button.setDefault(True)
        self.error_label = QLabel()
        self.error_label.setObjectName("error")
        self.error_label.setWordWrap(True)
        self.display_controls = DisplayControls(prefs)

        form = QFormLayout()
        form.addRow(self.tr("Learner number"), self.number_edit)
        form.addRow(self.tr("Password"), self.password_edit)
        box = QVBoxLayout()
        box.addStretch(1)
        box.addWidget(title)
        box.addSpacing(12)
        box.addWidget(self.notice_label)
        box.addLayout(form)
        box.addWidget(self.login_button)
        box.addWidget(self.error_label)
        box.addStretch(2)
        box.addWidget(QLabel(self.tr("Forgot your password? Ask your unit administrator to reset it.")))
        self.proctor_button = QPushButton(self.tr("Proctor tools…"))
        self.proctor_button.clicked.connect(self.proctor_tools_wanted.emit)
        self.readiness_button = QPushButton(self.tr("Readiness check…"))
        self.readiness_button.setToolTip(self.tr("For IT staff, the day before an exam: is this PC ready?"))
        self.readiness_button.clicked.connect(self.readiness_wanted.emit)
        self.admin_button = QPushButton(self.tr("Administration…"))
        self.admin_button.setToolTip(self.tr("For unit, centre and provincial administrators"))
        self.admin_button.clicked.connect(self.admin_wanted.emit)
        staff = QHBoxLayout()
        staff.addStretch(1)
        staff.addWidget(self.admin_button)
        staff.addWidget(self.readiness_button)
        staff.addWidget(self.proctor_button)
        box.addLayout(staff)
        box.addWidget(self.display_controls)
        centre = QWidget()
        centre.setLayout(box)
        centre.setMaximumWidth(640)
        outer = QHBoxLayout(self)
        outer.addStretch(1)
        outer.addWidget(centre, 3)
        outer.addStretch(1)

        if accounts is None:
            self.login_button.setEnabled(False)
            self.login_button.setText(self.tr("Starting…"))
        self.login_button.clicked.connect(self.try_login)
        self.password_edit.returnPressed.connect(self.try_login)
        self.number_edit.returnPressed.connect(self.password_edit.setFocus)

    def set_accounts(self, accounts: "AccountService") -> None:
        """The station is open: logging in works from now on."""
        self._accounts = accounts
        self.login_button.setText(self.tr("Log in"))
        self.login_button.setEnabled(True)

    def show_notice(self, text: str) -> None:
        self.notice_label.setText(text)
        self.notice_label.setVisible(bool(text))

    def try_login(self) -> None:
        number, password = self.number_edit.text().strip(), self.password_edit.text()
        if self._accounts is None:
            return
        if not number or not password:
            self.error_label.setText(self.tr("Enter your learner number and password."))
            return
        outcome = self._accounts.login(number, password)
        self.password_edit.clear()
        if outcome.status is LoginStatus.WRONG:
            text = self.tr("Learner number or password is not right.")
            if outcome.tries_left:
                text += " " + self.tr("%n more wrong attempt(s) will lock the account for 15 minutes.", "",
                                      outcome.tries_left)
            self.error_label.setText(text)
        elif outcome.status is LoginStatus.LOCKED:
            self.error_label.setText(self.tr("Too many wrong passwords. The account is locked for %n minute(s); "
                                             "a unit administrator can also unlock it.", "",
                                             outcome.minutes_locked))
        elif outcome.status is LoginStatus.INACTIVE:
            self.error_label.setText(self.tr("This account is no longer open on this station (retired, or moved to "
                                             "another unit). Ask your unit administrator."))
        elif outcome.status is LoginStatus.EXPIRED:
            self.error_label.setText(self.tr("Your initial password has expired. Ask your unit administrator "
                                             "for a new one."))
        elif outcome.status is LoginStatus.MUST_CHANGE:
            assert outcome.learner is not None
            dialog = ChangePasswordDialog(self._accounts, outcome.learner.learner_no, password, first_login=True,
                                          parent=self)
            if dialog.exec():
                self._succeed(outcome.learner)
            else:
                self.error_label.setText(self.tr("You must set your own password before you continue."))
        else:
            assert outcome.learner is not None
            self._succeed(outcome.learner)

    def _succeed(self, learner: LearnerInfo) -> None:
        self.error_label.clear()
        self.number_edit.clear()
        self.show_notice("")
        self.logged_in.emit(learner)
