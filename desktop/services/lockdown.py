"""Lockdown checks: focus losses, time away and inactivity, counted into the attempt's chain.

Each check follows the exam's policy: enforce (warn, then force submission at the limit), warn only,
or off. The exam window feeds it focus and input; a timer catches a learner who never comes back.
"""
from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal

from desktop.services.attempts import ActiveAttempt
from examcore.chain import EventKind
from examcore.exam import CheckMode


class LockdownMonitor(QObject):
    focus_lost = Signal(int, int)   # losses so far, losses allowed (the window shows a warning)
    inactive = Signal()             # no input for the policy's minutes (warn-only mode)
    limit_reached = Signal(str)     # "focus_losses", "away_too_long", "inactive": force submission

    def __init__(self, attempt: ActiveAttempt, parent: QObject | None = None):
        super().__init__(parent)
        self._attempt = attempt
        self._policy = attempt.exam.lockdown
        self._away_since: int | None = None
        self._last_input = attempt.elapsed_ms()
        self._inactive_logged = False
        self._timer = QTimer(self)
        self._timer.setInterval(1000)
        self._timer.timeout.connect(self.check)
        self.enabled = True

    def start(self) -> None:
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()
        self.enabled = False

    def on_focus_lost(self) -> None:
        if not self.enabled or self._away_since is not None or self._policy.focus_mode is CheckMode.OFF:
            return
        self._away_since = self._attempt.elapsed_ms()
        self._attempt.log(EventKind.FOCUS_LOST, {"count": self._attempt.count(EventKind.FOCUS_LOST) + 1})
        losses = self._attempt.count(EventKind.FOCUS_LOST)
        if self._attempt.focus_limit_reached():
            self.limit_reached.emit("focus_losses")
        else:
            self.focus_lost.emit(losses, self._policy.max_focus_losses)

    def on_focus_back(self) -> None:
        if not self.enabled or self._away_since is None:
            return
        away = self._attempt.elapsed_ms() - self._away_since
        self._away_since = None
        self._attempt.log(EventKind.FOCUS_BACK, {"away_ms": away})
        self.on_input()

    def on_input(self) -> None:
        self._last_input = self._attempt.elapsed_ms()
        self._inactive_logged = False

    def check(self) -> None:
        if not self.enabled:
            return
        now = self._attempt.elapsed_ms()
        if (self._away_since is not None and self._policy.away_mode is CheckMode.ENFORCE
                and now - self._away_since > self._policy.max_away_seconds * 1000):
            self.limit_reached.emit("away_too_long")
            return
        idle_limit = self._policy.inactivity_minutes * 60_000
        if self._policy.inactivity_mode is not CheckMode.OFF and now - self._last_input > idle_limit:
            if not self._inactive_logged:
                self._inactive_logged = True
                self._attempt.log(EventKind.INACTIVE, {"idle_ms": now - self._last_input})
                if self._policy.inactivity_mode is CheckMode.ENFORCE:
                    self.limit_reached.emit("inactive")
                else:
                    self.inactive.emit()
