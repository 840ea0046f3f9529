"""The windowing system behind one small interface: who took focus, keeping the exam window on top and
full screen, the keyboard grab, keeping the screen awake, capture exclusion, remote session and virtual
machine. ``for_session()`` picks X11 (x11.py), Windows (windows.py) or the no-op base (offscreen,
Wayland, anything else); the monitor works the same over each, and tests drive it with a fake.
"""
from __future__ import annotations

import logging
import sys
from dataclasses import dataclass

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class FocusHolder:
    """Who has the focus the exam window lost.

    ``caused_by``: "learner" (a window that was already open when the exam began: the learner went to it),
    "system" (a window that appeared since, a system dialog, the screen saver, nothing at all), or
    "unknown" (this platform cannot tell: counted as the learner's, as before issue 21).
    ``name``: what it was, for the log and the proctor (a window class or program name)."""

    caused_by: str
    name: str = ""


UNKNOWN = FocusHolder("unknown")


class LockdownPlatform:
    """No windowing-system help: every check answers "cannot tell" and every action does nothing.

    Used offscreen and on Wayland (no global grab or window list for an ordinary client there: the
    monitor falls back to what Qt itself reports, and the readiness check says so)."""

    name = "none"
    can_grab = False

    def start(self, window: QWidget) -> list[str]:
        """The exam window is open: take what the platform allows. Returns what could not be done, as
        short codes for the log and the chain ("keyboard_grab", "capture_exclusion" …)."""
        return []

    def stop(self) -> None:
        """The exam window closes: give back everything taken in start()."""

    def focus_holder(self) -> FocusHolder:
        return UNKNOWN

    def focus_elsewhere(self, window: QWidget) -> bool | None:
        """Whether the windowing system has given the keyboard focus to a window not ours while Qt reports
        the exam window active (None: this platform cannot tell). Asked every second because Qt's own
        report can miss a change: its X11 plugin keeps a window active when a FocusIn is already queued
        behind the FocusOut (QXcbWindow::doFocusOut), and the X11 test saw a pop-up hold the focus
        unnoticed about one sitting in three."""
        return None

    def take_focus(self, window: QWidget) -> None:
        """Bring the exam window back to the front with the focus (also Qt's own way, which works on most
        window managers)."""
        window.raise_()
        window.activateWindow()

    def tick(self, window: QWidget) -> list[tuple[str, str]]:
        """Called every second while the exam runs: re-assert what slipped and report what was found, as
        (check, detail) pairs: ("not_on_top", ""), ("not_full_screen", ""), ("overlay", "<class>")."""
        return []

    def remote_session(self) -> str | None:
        """The kind of remote session this desktop is ("RDP", "VNC", "X forwarding" …), None if local."""
        return None

    def virtual_machine(self) -> str | None:
        """The hypervisor or VM product this PC runs in, None if none is seen."""
        return None


def for_session() -> LockdownPlatform:
    """The platform layer for the running Qt session (call after QApplication exists)."""
    qpa = QGuiApplication.platformName()
    try:
        if qpa == "xcb":
            from desktop.lockdown.x11 import X11Platform
            return X11Platform()
        if qpa == "windows" and sys.platform == "win32":
            from desktop.lockdown.windows import WindowsPlatform
            return WindowsPlatform()
    except Exception:   # noqa: BLE001 - no platform help is still a working exam (as before issue 21)
        log.exception("lockdown: the %s platform layer could not start; detection from Qt only", qpa)
    if qpa.startswith("wayland"):
        log.warning("lockdown: Wayland has no keyboard grab or window list for this program; "
                    "focus losses are detected but not told apart")
    return LockdownPlatform()
