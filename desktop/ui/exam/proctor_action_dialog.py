"""At a running exam with no network: the proctor gives extra time, pauses or restarts one learner's clock
by code. The station shows a challenge; the proctor's tool (on any station, with the proctor password)
turns it into the code typed here, or the proctor types the proctor password here. Each code works once,
on this station, for this attempt and this action."""
from __future__ import annotations

from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QSpinBox,
                               QVBoxLayout, QWidget)

from desktop.services.attempts import ActiveAttempt
from desktop.ui.exam.code_fields import code_fields
from desktop.ui.exam.proctor_dialog import PasswordTries, must_wait
from examcore.chain import EventKind
from examcore.proctor_codes import CODE_GRANT_CAP_MINUTES, EXTRA_TIME, PAUSE, UNPAUSE, group


class ProctorActionDialog(QDialog):
    def __init__(self, attempt: ActiveAttempt, parent: QWidget | None = None):
        super().__init__(parent)
        self.attempt = attempt
        self.applied: tuple[str, dict] | None = None   # (kind, {"minutes": …}) once a code worked
        self.setWindowTitle(self.tr("Proctor"))
        intro = QLabel(self.tr("For the proctor, when the network is down: choose the action, make its code in the "
                               "proctor tool from the code shown here, and type it below; or type the proctor "
                               "password below instead."))
        intro.setWordWrap(True)
        self.action_combo = QComboBox()
        if attempt.paused:
            self.action_combo.addItem(self.tr("Restart this learner's time"), UNPAUSE)
        else:
            self.action_combo.addItem(self.tr("Extra time for this learner"), EXTRA_TIME)
            self.action_combo.addItem(self.tr("Pause this learner's time"), PAUSE)
        self.minutes_spin = QSpinBox()
        self.minutes_spin.setRange(1, 240)
        self.minutes_spin.setValue(10)
        self.minutes_spin.setSuffix(self.tr(" min"))
        self.reason_edit = QLineEdit()
        self.reason_edit.setPlaceholderText(self.tr("e.g. the PC was replaced"))
        self.challenge_label, self.code_edit, self.password_edit, self.error_label = code_fields(
            self.tr("e.g. 7RQ2-KD4M"))
        form = QFormLayout()
        form.addRow(self.tr("Action"), self.action_combo)
        form.addRow(self.tr("Extra time"), self.minutes_spin)
        form.addRow(self.tr("Reason"), self.reason_edit)
        form.addRow(self.tr("Code of this station"), self.challenge_label)
        form.addRow(self.tr("Proctor's code"), self.code_edit)
        form.addRow(self.tr("Or proctor password"), self.password_edit)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.use_code)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        self.action_combo.currentIndexChanged.connect(lambda _i: self._action_changed())
        self._action_changed()
        self._show_challenge()

    def _show_challenge(self) -> None:
        self.challenge_label.setText(group(self.attempt.codes.challenge()))

    def _action_changed(self) -> None:
        extra = self.action_combo.currentData() == EXTRA_TIME
        self.minutes_spin.setEnabled(extra)
        self.reason_edit.setEnabled(extra)

    def use_code(self) -> None:
        kind = self.action_combo.currentData()
        minutes = self.minutes_spin.value() if kind == EXTRA_TIME else 0
        reason = self.reason_edit.text().strip()
        if kind == EXTRA_TIME and not reason:
            self.error_label.setText(self.tr("Please give the reason for the extra time (it is recorded)."))
            return
        password = self.password_edit.text()
        if must_wait(self.password_edit, self.error_label):   # wrong passwords are slowed, as when closing
            return
        outcome = self.attempt.codes.use(kind, self.code_edit.text(), minutes, reason, password)
        self.code_edit.clear()
        self.password_edit.clear()
        if password and outcome not in ("applied", "not_now"):
            self.attempt.log(EventKind.PROCTOR_PASSWORD_WRONG, {"count": PasswordTries.failed(), "where": "action"})
        elif password:
            PasswordTries.succeeded()
        if outcome == "applied":
            self.applied = (kind, {"minutes": minutes, "reason": reason})
            self.accept()
        elif outcome == "new_challenge":
            self._show_challenge()
            self.error_label.setText(self.tr("Too many wrong codes. The station shows a new code: make the "
                                             "proctor's code again for it."))
        elif outcome == "over_cap":
            self.error_label.setText(self.tr("Extra time by code is at most %1 minutes for one exam (%2 given so "
                                             "far): more is given from the proctor console, with the network.")
                                     .replace("%1", str(CODE_GRANT_CAP_MINUTES))
                                     .replace("%2", str(self.attempt.codes.minutes_granted())))
        elif outcome == "not_now":
            self.error_label.setText(self.tr("Nothing to do: the time is already in that state."))
        else:
            self.error_label.setText(self.tr("That code (or password) is not right for this station and action. "
                                             "Check the action, the minutes and the code, and try again. A station "
                                             "that never reached the centre server knows no codes yet: then the "
                                             "proctor types the proctor password."))
