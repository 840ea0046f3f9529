"""Opening a window at a size that fits the screen it opens on (issue 19: 1366×768 with a taskbar)."""
from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

FRAME = 40   # the title bar and borders a window manager adds around the window's own area, in pixels


def show_fitted(window: QWidget, width: int, height: int) -> None:
    """Show ``window`` at ``width`` × ``height`` pixels, or maximized when that would not fit in the screen's
    free area (the screen less the taskbar): a 760-pixel-high window with its title bar is taller than what a
    1366×768 screen leaves free, and its bottom row of buttons would be under the taskbar."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    free = screen.availableGeometry()
    if width + FRAME > free.width() or height + FRAME > free.height():
        window.showMaximized()
    else:
        window.resize(width, height)
        window.show()
