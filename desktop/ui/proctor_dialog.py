"""The proctor's password, needed to close an exam window before it is submitted.

Wrong passwords are slowed down (issue 21): from the third wrong try on, the next try waits 5 s more each
time, up to 30 s, and each wrong try is handed to ``on_wrong`` (the exam window records it in the chain,
so the count also survives a restart)."""
from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout, QWidget

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
    def __init__(self, verify: Callable[[str], bool], parent: QWidget | None = None,
                 on_wrong: Callable[[int], None] = lambda _n: None, wrong_so_far: int = 0):
        super().__init__(parent)
        self._verify, self._on_wrong, self.wrong = verify, on_wrong, wrong_so_far
        self.setWindowTitle(self.tr("Proctor"))
        text = QLabel(self.tr("Only the proctor can close the exam before it is submitted. Your answers so far "
                              "are saved and the exam can be continued on this station."))
        text.setWordWrap(True)
        self.password_edit = QLineEdit()
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setPlaceholderText(self.tr("Proctor password"))
        self.error_label = QLabel()
        self.error_label.setObjectName("error")
        self.error_label.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._check)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for w in (text, self.password_edit, self.error_label, self.buttons):
            layout.addWidget(w)
        self._left = 0
        self._tick = QTimer(self)
        self._tick.setInterval(1000)
        self._tick.timeout.connect(self._count_down)
        self._hold(wait_after(self.wrong))

    def _check(self) -> None:
        if self._left > 0:
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
