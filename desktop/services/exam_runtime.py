"""The running exam's clock: ticks the UI, persists time used, warns, and ends the exam at zero."""
from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal

from desktop.services.attempts import ActiveAttempt, SaveFailed
from examcore.timer import warnings_crossed

TICK_MS = 250
HEARTBEAT_MS = 1000


class ExamRuntime(QObject):
    ticked = Signal(int)          # remaining milliseconds
    warned = Signal(int)          # minutes left: 10, then 1
    time_up = Signal()            # remaining time reached zero: the exam is submitted
    save_failed = Signal(str)     # the database refused a write; the learner must call the proctor
    save_recovered = Signal()     # the time is being saved again after a failure

    def __init__(self, attempt: ActiveAttempt, parent: QObject | None = None):
        super().__init__(parent)
        self.attempt = attempt
        self._last_remaining = attempt.remaining_ms()
        self._since_heartbeat = 0
        self._failing = False
        self._timer = QTimer(self)
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self._tick)

    def start(self) -> None:
        self._timer.start()
        self.ticked.emit(self._last_remaining)

    def stop(self) -> None:
        self._timer.stop()

    def _tick(self) -> None:
        self._since_heartbeat += TICK_MS
        try:
            if self.attempt.check_suspend():   # a sleep is dealt with before the time left is looked at
                self._since_heartbeat = HEARTBEAT_MS
        except SaveFailed as exc:
            self._failing = True
            self.save_failed.emit(str(exc))
        if self._since_heartbeat >= HEARTBEAT_MS:
            self._since_heartbeat = 0
            try:
                self.attempt.heartbeat()
            except SaveFailed as exc:
                self._failing = True
                self.save_failed.emit(str(exc))
            else:
                if self._failing:
                    self._failing = False
                    self.save_recovered.emit()
        remaining = self.attempt.remaining_ms()
        for threshold in warnings_crossed(self._last_remaining, remaining):
            self.warned.emit(threshold // 60_000)
        self._last_remaining = remaining
        self.ticked.emit(remaining)
        if remaining <= 0:
            self.stop()
            self.time_up.emit()
