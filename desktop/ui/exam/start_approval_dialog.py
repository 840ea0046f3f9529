"""Shown when an exam may start only with the proctor's code (the PC's clock is behind the time the station
has already seen, or the station cannot confirm with its server that the learner's sitting is still open):
the station's challenge, and the code the proctor's tool makes for it, or the proctor password typed here
by the proctor (no network)."""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from desktop.services.attempts import AttemptRefused, AttemptService, SaveFailed, Unlocked
from desktop.services.login_types import LearnerInfo
from desktop.ui.exam.code_fields import code_fields
from desktop.ui.exam.proctor_dialog import PasswordTries, must_wait
from desktop.ui.messages import attempt_refused, not_saved
from examcore.proctor_codes import group
from examcore.startcode import normalize_start_code


class StartApprovalDialog(QDialog):
    approved = Signal(object)   # ActiveAttempt: the proctor's code was right, the exam starts

    def __init__(self, attempts: AttemptService, learner: LearnerInfo, unlocked: Unlocked, challenge: str,
                 parent: QWidget | None = None, why: str = "clock_behind"):
        super().__init__(parent)
        self._attempts, self._learner, self._unlocked = attempts, learner, unlocked
        self.setWindowTitle(self.tr("The proctor's code is needed"))
        text = QLabel(attempt_refused(why))
        text.setWordWrap(True)
        self.challenge_label, self.code_edit, self.password_edit, self.error_label = code_fields(
            self.tr("The proctor's code for this seat (8 letters and digits)"),
            self.tr("Or the proctor password (typed by the proctor)"), challenge, centred=True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Start the exam"))
        self.buttons.accepted.connect(self.try_code)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for w in (text, self.challenge_label, self.code_edit, self.password_edit, self.error_label, self.buttons):
            layout.addWidget(w)

    def try_code(self) -> None:
        if normalize_start_code(self.code_edit.text()) is not None:   # the room's code, typed again: no try spent
            self.code_edit.clear()
            self.error_label.setText(self.tr("That is the room's start code. Here the proctor gives a code for this "
                                             "seat: 8 letters and digits, made from the code shown above."))
            return
        password = self.password_edit.text()
        if must_wait(self.password_edit, self.error_label):   # wrong passwords are slowed, as when closing
            return
        try:
            attempt = self._attempts.begin(self._learner, self._unlocked, self.code_edit.text(), password)
        except AttemptRefused as exc:
            self.code_edit.clear()
            self.password_edit.clear()
            if password and exc.code == "wrong_code":
                PasswordTries.failed()
            if exc.code == "wrong_code":
                self.challenge_label.setText(group(exc.detail))   # a new one after too many wrong codes
            self.error_label.setText(attempt_refused(exc.code, exc.places, exc.detail))
            return
        except SaveFailed:
            self.error_label.setText(not_saved())
            return
        if password:
            PasswordTries.succeeded()
        self.accept()
        self.approved.emit(attempt)
