"""Shown instead of the exam when a station comes back after the grace period: only the proctor's
resume code, made for the challenge shown here, or the proctor password typed here by the proctor, lets the
attempt continue (no network needed)."""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from desktop.services.attempts import AttemptService
from desktop.ui.exam.code_fields import code_fields
from desktop.ui.exam.proctor_dialog import PasswordTries, must_wait
from examcore.proctor_codes import group


class ResumeGate(QWidget):
    code_accepted = Signal(str)   # attempt id: the proctor's code was right, the exam may continue

    def __init__(self, attempts: AttemptService, attempt_id: str, challenge: str, clock_behind: bool = False,
                 parent: QWidget | None = None):
        """``clock_behind``: the PC's clock is behind the station's time mark (said so: the proctor checks the
        clock, not how long the PC was away; outside round 79)."""
        super().__init__(parent)
        self._attempts, self.attempt_id = attempts, attempt_id
        title = QLabel(self.tr("This exam was interrupted"))
        title.setObjectName("title")
        text = QLabel(self.tr("This computer's clock is behind the time the station has already seen. Your answers "
                              "are saved. Raise your hand: the proctor checks the computer's date and time, and "
                              "needs the code below to give you a resume code.") if clock_behind else
                      self.tr("The station was away longer than allowed. Your answers are saved. Raise your hand: "
                              "the proctor needs the code below to give you a resume code."))
        text.setWordWrap(True)
        self.challenge_label, self.code_edit, self.password_edit, self.error_label = code_fields(
            self.tr("Resume code from the proctor"), self.tr("Or the proctor password (typed by the proctor)"),
            challenge, centred=True)
        self.continue_button = QPushButton(self.tr("Continue the exam"))
        self.continue_button.setObjectName("primary")
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        for w in (title, text, self.challenge_label, self.code_edit, self.password_edit, self.continue_button,
                  self.error_label):
            layout.addWidget(w)
        layout.addStretch(2)
        self.continue_button.clicked.connect(self._try)
        self.code_edit.returnPressed.connect(self._try)
        self.password_edit.returnPressed.connect(self._try)

    def _try(self) -> None:
        password = self.password_edit.text()
        if must_wait(self.password_edit, self.error_label):   # wrong passwords are slowed, as when closing
            return
        if self._attempts.use_resume_code(self.attempt_id, self.code_edit.text(), password):
            if password:
                PasswordTries.succeeded()
            self.code_accepted.emit(self.attempt_id)
            return
        if password:
            PasswordTries.failed()
        self.code_edit.clear()
        self.password_edit.clear()
        shown = self._attempts.resume_challenge(self.attempt_id, 0)
        if shown is not None and group(shown) != self.challenge_label.text():
            self.challenge_label.setText(group(shown))
            self.error_label.setText(self.tr("Too many wrong codes. The code to tell the proctor has changed; "
                                             "ask for a new resume code."))
        else:
            self.error_label.setText(self.tr("That is not the resume code for this station, or not the proctor "
                                             "password. Check it with the proctor and type it again. A station "
                                             "that never reached the centre server knows no codes yet: then the "
                                             "proctor types the proctor password."))
