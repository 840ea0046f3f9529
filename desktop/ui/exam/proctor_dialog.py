"""The proctor's closing code or password, needed to close an exam window before it is submitted.

The station shows its code (a challenge); the proctor makes the closing code for it in the proctor tool
on their own PC, so the proctor password, which makes every code of the exam, is not typed at a learner's
PC where a camera or a keylogger could take it (issue 14). A station that never reached its centre server
knows no codes: then the password typed here is the way.

Wrong passwords are slowed down (issue 21): from the third wrong try on, the next try waits 5 s more each
time, up to 30 s, and each wrong try is handed to ``on_wrong`` (the exam window records it in the chain,
so the count also survives a restart)."""
from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from desktop.ui.exam.code_fields import code_fields
from examcore.proctor_codes import group

FREE_TRIES = 2
STEP_S, MAX_WAIT_S = 5, 30


def wait_after(wrong: int) -> int:
    """Seconds before the next try after ``wrong`` wrong passwords (0, 0, 5, 10 … 30)."""
    return 0 if wrong <= FREE_TRIES else min(MAX_WAIT_S, STEP_S * (wrong - FREE_TRIES))


class PasswordTries:
    """Wrong proctor passwords anywhere on this station (the proctor's actions, the resume and start
    gates), slowed as in the close dialog. Kept for the station process: a restart is a visible act."""

    wrong = 0
    _next_at = 0.0

    @classmethod
    def wait_s(cls) -> int:
        """Seconds before a password may be tried again (0: now)."""
        return max(0, int(cls._next_at - time.monotonic() + 0.999))

    @classmethod
    def failed(cls) -> int:
        cls.wrong += 1
        cls._next_at = time.monotonic() + wait_after(cls.wrong)
        return cls.wrong

    @classmethod
    def succeeded(cls) -> None:
        cls.wrong, cls._next_at = 0, 0.0


def must_wait(password_edit, error_label) -> bool:
    """True (and the field cleared, the wait said) if a proctor password is typed while tries are slowed."""
    if password_edit.text() and PasswordTries.wait_s():
        password_edit.clear()
        error_label.setText(wait_text(PasswordTries.wait_s()))
        return True
    return False


def wait_text(seconds: int) -> str:
    return QCoreApplication.translate("ProctorPasswordDialog", "Too many wrong proctor passwords: the next try is "
                                      "possible in %1 seconds. Each wrong try is recorded.").replace("%1", str(seconds))


class ProctorPasswordDialog(QDialog):
    """``verify``: the proctor password is right (slow); ``challenge`` and ``use_code``, when given: the
    station's code shown, and the closing code typed checked ("applied", "wrong", "new_challenge")."""

    def __init__(self, verify: Callable[[str], bool], parent: QWidget | None = None,
                 on_wrong: Callable[[int], None] = lambda _n: None, wrong_so_far: int = 0,
                 challenge: Callable[[], str] | None = None, use_code: Callable[[str], str] | None = None):
        super().__init__(parent)
        self._verify, self._on_wrong, self.wrong = verify, on_wrong, wrong_so_far
        self._challenge, self._use_code = challenge, use_code
        self.setWindowTitle(self.tr("Proctor"))
        text = QLabel(self.tr("Only the proctor can close the exam before it is submitted. Your answers so far "
                              "are saved and the exam can be continued on this station."))
        text.setWordWrap(True)
        self.challenge_label, self.code_edit, self.password_edit, self.error_label = code_fields(
            self.tr("e.g. 7RQ2-KD4M"), self.tr("Proctor password"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._check)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        if challenge is not None and use_code is not None:
            how = QLabel(self.tr("Proctor: in the proctor tool on your own PC choose \"Close this learner's exam "
                                 "window\", type the code of this station and type the closing code here. The "
                                 "proctor password only when this station knows no codes (it never reached the "
                                 "centre server)."))
            how.setWordWrap(True)
            layout.addWidget(how)
            form = QFormLayout()
            form.addRow(self.tr("Code of this station"), self.challenge_label)
            form.addRow(self.tr("Closing code"), self.code_edit)
            form.addRow(self.tr("Or proctor password"), self.password_edit)
            layout.addLayout(form)
            self._show_challenge()
        else:
            self.code_edit.hide()
            layout.addWidget(self.password_edit)
        for w in (self.error_label, self.buttons):
            layout.addWidget(w)
        self._left = 0
        self._tick = QTimer(self)
        self._tick.setInterval(1000)
        self._tick.timeout.connect(self._count_down)
        self._hold(wait_after(self.wrong))

    def _show_challenge(self) -> None:
        if self._challenge is not None:
            self.challenge_label.setText(group(self._challenge()))

    def _check(self) -> None:
        if self._left > 0:
            return
        if self.code_edit.text().strip() and self._use_code is not None:
            outcome = self._use_code(self.code_edit.text())
            self.code_edit.clear()
            if outcome == "applied":
                self.accept()
            elif outcome == "new_challenge":
                self._show_challenge()
                self.error_label.setText(self.tr("Too many wrong codes. The station shows a new code: make the "
                                                 "closing code again for it."))
            else:
                self.error_label.setText(self.tr("That closing code is not right for this station's code. Check "
                                                 "the action in the proctor tool and the code, and try again."))
            return
        if self._verify(self.password_edit.text()):
            self.accept()
            return
        self.wrong += 1
        self.password_edit.clear()
        self._on_wrong(self.wrong)
        self.error_label.setText(self.tr("That is not the proctor password."))
        self._hold(wait_after(self.wrong))

    def _hold(self, seconds: int) -> None:
        self._left = seconds
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(seconds <= 0)
        self.password_edit.setEnabled(seconds <= 0)
        if seconds > 0:
            self._show_wait()
            self._tick.start()

    def _count_down(self) -> None:
        self._left -= 1
        if self._left <= 0:
            self._tick.stop()
            self._hold(0)
            self.error_label.setText(self.tr("Try again."))
            self.password_edit.setFocus()
        else:
            self._show_wait()

    def _show_wait(self) -> None:
        self.error_label.setText(self.tr("That is not the proctor password. %1 wrong tries; the next try is "
                                         "possible in %2 seconds. Each wrong try is recorded.")
                                 .replace("%1", str(self.wrong)).replace("%2", str(self._left)))
