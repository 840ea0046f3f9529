"""Lockdown checks: focus losses, time away, inactivity and the PC's environment, recorded in the
attempt's chain.

Each check follows the exam's policy: enforce (warn, then force submission at the limit), warn only, or
off. The exam window feeds focus and input; a one-second timer catches a learner who never comes back,
re-asserts what the window manager took away and watches screens and programs.

A focus loss the learner did not cause (issue 21: a window that appeared since the exam began, a system
dialog, the screen saver) is taken back at once, recorded as ``system_focus`` with what took it, shown
to the proctor, and neither counted nor timed against the learner. Which is which comes from the platform
layer (platform.py); where it cannot tell, a loss counts as before. Forgiveness has bounds: the exam must
have the focus back within 5 s (else the loss counts, timed from then), a window the learner turns to
meanwhile counts at once, and an attempt gets at most 10 forgiven losses. A platform layer that fails
is logged and treated as "cannot tell": lockdown never switches off by an error.
"""
from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

from desktop.lockdown.environment import Finding, default_programs, running_programs, survey
from desktop.lockdown.platform import UNKNOWN, FocusHolder, LockdownPlatform
from desktop.qt_app import widgets_app
from desktop.services.attempts import ActiveAttempt
from desktop.services.background import run_in_background
from examcore.chain import EventKind
from examcore.exam import CheckMode

log = logging.getLogger(__name__)

PROGRAMS_EVERY_TICKS = 5     # the process list is read every 5 s (a few ms each time)
SYSTEM_GRACE_MS = 5_000      # a system window must give the focus back within this, else it counts as away
TAKEN_BACK_CHECK_MS = 150   # after taking back a focus Qt did not report lost: when to see that it is back
MAX_FORGIVEN = 10            # system windows forgiven per attempt; more count as the learner's (a pattern)


class LockdownMonitor(QObject):
    focus_lost = Signal(int, int)   # losses so far, losses allowed (the window shows a warning)
    away_countdown = Signal(int)    # seconds left before time away hands the exam in (enforce only)
    came_back = Signal(int)         # the learner is back after a counted loss: seconds away
    system_focus = Signal(str)      # a window the learner did not open took focus (taken back)
    environment = Signal(object)    # a Finding during the exam (the window says what to do)
    inactive = Signal()             # no input for the policy's minutes (warn-only mode)
    limit_reached = Signal(str)     # "focus_losses", "away_too_long", "inactive": force submission

    def __init__(self, attempt: ActiveAttempt, platform: LockdownPlatform | None = None,
                 parent: QObject | None = None):
        super().__init__(parent)
        self._attempt = attempt
        self._policy = attempt.exam.lockdown
        self.platform = platform or LockdownPlatform()
        self._window: QWidget | None = None
        self._away_since: int | None = None
        self._taken_by: str | None = None       # a system window has the focus; being taken back
        self._taken_since = 0
        self._unseen = False                    # the loss being handled is one Qt did not report
        self._last_input = attempt.elapsed_ms()
        self._inactive_logged = False
        self._ticks = 0
        self._programs_seen: set[str] = set()
        self._scanning = False
        self._screens_seen = len(QGuiApplication.screens())
        self._screens_settle = QTimer(self)
        self._screens_settle.setSingleShot(True)
        self._screens_settle.setInterval(700)
        self._screens_settle.timeout.connect(self._screens_settled)
        self._timer = QTimer(self)
        self._timer.setInterval(1000)
        self._timer.timeout.connect(self.check)
        self.enabled = True

    def start(self) -> None:
        self._timer.start()

    def attach(self, window: QWidget, findings: list[Finding] | None = None) -> None:
        """The exam window is on screen: start the platform's help and record what the environment check
        found at the start (``findings``; None: survey now)."""
        if self._window is not None:
            return
        self._window = window
        try:
            missing = self.platform.start(window)
        except Exception:   # noqa: BLE001 - see _holder: the checks that need no platform still run
            log.exception("lockdown: the %s platform layer could not start", self.platform.name)
            missing = ["platform"]
        if missing:
            log.info("lockdown on %s: not available here: %s", self.platform.name, ", ".join(missing))
        for f in findings if findings is not None else survey(self._policy, self.platform):
            self._record(f, "start")
            if f.check == "programs":
                self._programs_seen.update(x.strip() for x in f.detail.split(","))
        app = widgets_app()
        app.screenAdded.connect(self._screens_changed)
        app.screenRemoved.connect(self._screens_changed)

    def stop(self) -> None:
        self._timer.stop()
        self.enabled = False
        if self._window is not None:
            app = widgets_app()
            app.screenAdded.disconnect(self._screens_changed)
            app.screenRemoved.disconnect(self._screens_changed)
            try:
                self.platform.stop()
            except Exception:   # noqa: BLE001 - see _holder
                log.exception("lockdown: the platform layer could not stop")
            self._window = None

    # --- focus -----------------------------------------------------------------------------------

    def on_focus_lost(self) -> None:
        if self._unseen:   # found before Qt reported it (_focus_as_the_platform_has_it): Qt's report is late
            self._qt_caught_up()
            return
        if not self.enabled or self._away_since is not None or self._taken_by is not None or \
                self._policy.focus_mode is CheckMode.OFF:
            return
        holder = self._holder()
        if holder.caused_by == "system" and self._attempt.count(EventKind.SYSTEM_FOCUS) < MAX_FORGIVEN:
            self._taken_by, self._taken_since = holder.name, self._attempt.elapsed_ms()
            self._attempt.log(EventKind.SYSTEM_FOCUS, {"by": holder.name})
            self.system_focus.emit(holder.name)
            QTimer.singleShot(0, self._take_back)
            return
        self._count_loss(holder.name)

    def _count_loss(self, to: str, **why) -> None:
        self._taken_by = None
        self._away_since = self._attempt.elapsed_ms()
        self._attempt.log(EventKind.FOCUS_LOST, {"count": self._attempt.count(EventKind.FOCUS_LOST) + 1,
                                                 **({"to": to} if to else {}), **why})
        losses = self._attempt.count(EventKind.FOCUS_LOST)
        if self._attempt.focus_limit_reached():
            self.limit_reached.emit("focus_losses")
        else:
            self.focus_lost.emit(losses, self._policy.max_focus_losses)

    def _holder(self) -> FocusHolder:
        try:
            return self.platform.focus_holder()
        except Exception:   # noqa: BLE001 - a failing platform layer must not switch lockdown off
            log.exception("lockdown: the platform layer could not say who has the focus")
            return UNKNOWN

    def on_focus_back(self) -> None:
        if not self.enabled:
            return
        self._taken_by = None
        self._unseen = False
        if self._away_since is None:
            return
        away = self._attempt.elapsed_ms() - self._away_since
        self._away_since = None
        self._attempt.log(EventKind.FOCUS_BACK, {"away_ms": away})
        self.on_input()
        self.came_back.emit(away // 1000)

    def _qt_caught_up(self) -> None:
        """Qt reports a loss the monitor already handles: the same one while the focus is still elsewhere,
        else one that has ended (taken back, or the learner came back) before Qt's report came."""
        self._unseen = False
        if self._window is None or self._focus_elsewhere(self._window) is not True:
            self.on_focus_back()

    def _focus_elsewhere(self, window: QWidget) -> bool | None:
        try:
            return self.platform.focus_elsewhere(window)
        except Exception:   # noqa: BLE001 - see _holder
            log.exception("lockdown: the platform layer could not say where the focus is")
            return None

    def _focus_as_the_platform_has_it(self, window: QWidget) -> None:
        """Qt says the exam window is active: where the windowing system says another window has the focus
        (a change Qt reports late or never, platform.focus_elsewhere), the loss is handled as if Qt had
        reported it, and the focus found back ends a loss Qt may never report the end of."""
        if not window.isActiveWindow():   # Qt saw the loss: its report of the return is awaited
            return
        elsewhere = self._focus_elsewhere(window)
        if elsewhere and self._away_since is None and self._taken_by is None:
            log.warning("lockdown: another window has the focus and Qt has not reported the loss")
            self.on_focus_lost()
            self._unseen = self._away_since is not None or self._taken_by is not None
        elif elsewhere is False and (self._away_since is not None or self._taken_by is not None):
            self.on_focus_back()

    def _take_back(self) -> None:
        if self.enabled and self._taken_by is not None and self._window is not None:
            try:
                self.platform.take_focus(self._window)
            except Exception:   # noqa: BLE001 - see _holder
                log.exception("lockdown: could not take the focus back")
            if self._unseen:   # Qt will not report it back either: looked for soon, so that the next loss Qt
                # reports is not taken for this one
                QTimer.singleShot(TAKEN_BACK_CHECK_MS, self._check_taken_back)

    def _check_taken_back(self) -> None:
        if self._window is not None and self._unseen:
            self._focus_as_the_platform_has_it(self._window)

    def _system_focus_held(self, now: int) -> None:
        """A system window still has the focus: the learner turning to a window counts at once, and past the
        grace the time away counts (the exam could not get the focus back)."""
        holder = self._holder()
        if holder.caused_by == "learner":
            self._count_loss(holder.name)
        elif now - self._taken_since > SYSTEM_GRACE_MS:
            self._count_loss(self._taken_by or holder.name, held=True)
        else:
            self._take_back()

    def on_input(self) -> None:
        self._last_input = self._attempt.elapsed_ms()
        self._inactive_logged = False

    # --- every second ----------------------------------------------------------------------------

    def check(self) -> None:
        if not self.enabled:
            return
        if self._window is not None:
            self._focus_as_the_platform_has_it(self._window)
        now = self._attempt.elapsed_ms()
        if self._away_since is not None and self._policy.away_mode is CheckMode.ENFORCE:
            left_ms = self._policy.max_away_seconds * 1000 - (now - self._away_since)
            if left_ms < 0:
                self.limit_reached.emit("away_too_long")
                return
            self.away_countdown.emit((left_ms + 999) // 1000)
        if self._taken_by is not None:
            self._system_focus_held(now)
        idle_limit = self._policy.inactivity_minutes * 60_000
        if self._policy.inactivity_mode is not CheckMode.OFF and now - self._last_input > idle_limit:
            if not self._inactive_logged:
                self._inactive_logged = True
                self._attempt.log(EventKind.INACTIVE, {"idle_ms": now - self._last_input})
                if self._policy.inactivity_mode is CheckMode.ENFORCE:
                    self.limit_reached.emit("inactive")
                    return
                self.inactive.emit()
        if self._window is not None:
            self._watch_environment(self._window)

    def _watch_environment(self, window: QWidget) -> None:
        try:
            found = self.platform.tick(window)
        except Exception:   # noqa: BLE001 - see _holder
            log.exception("lockdown: the platform layer's check failed")
            found = []
        for check, detail in found:
            self._attempt.log(EventKind.ENVIRONMENT, {"check": check, "detail": detail, "when": "during"})
            if check == "overlay":   # the learner sees it too: it is on their screen
                self.environment.emit(Finding("overlay", detail, CheckMode.WARN))
        self._ticks += 1
        if self._policy.programs_mode is not CheckMode.OFF and self._ticks % PROGRAMS_EVERY_TICKS == 0 \
                and not self._scanning:
            # off the GUI thread: on Windows reading each process's file name takes a system call
            names = self._policy.programs if self._policy.programs is not None else default_programs()
            self._scanning = True
            run_in_background(lambda: running_programs(names), self._programs_found, self._scan_failed, self)

    def _programs_found(self, running: list[str]) -> None:
        self._scanning = False
        new = [p for p in running if p not in self._programs_seen]
        if new and self.enabled:
            self._programs_seen.update(new)
            self._found(Finding("programs", ", ".join(new), self._policy.programs_mode, during=True))

    def _scan_failed(self, exc: BaseException) -> None:
        self._scanning = False
        log.warning("lockdown: could not list the running programs: %s", exc)

    def _screens_changed(self, *_screen) -> None:
        """Screens come and go in steps (a split is a removal and two additions): judged once settled."""
        self._screens_settle.start()

    def _screens_settled(self) -> None:
        count = len(QGuiApplication.screens())
        if count != self._screens_seen:
            self._screens_seen = count
            if count > 1 and self._policy.screens_mode is not CheckMode.OFF and self.enabled:
                self._found(Finding("screens", str(count), self._policy.screens_mode, during=True))

    def _found(self, finding: Finding) -> None:
        self._record(finding, "during")
        self.environment.emit(finding)

    def _record(self, finding: Finding, when: str) -> None:
        self._attempt.log(EventKind.ENVIRONMENT, {"check": finding.check, "detail": finding.detail, "when": when})
