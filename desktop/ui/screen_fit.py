"""Opening a window at a size that fits the screen it opens on (issue 19: 1366×768 with a taskbar)."""
from __future__ import annotations

from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLayout, QWidget

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


def resize_fitted(window: QWidget, width: int, height: int, free: QRect | None = None) -> None:
    """Size a dialog ``width`` × ``height`` pixels, or as much of that as the screen's free area leaves
    with its title bar (``free``: that area, the window's screen's by default). At Windows' 125–150 %
    scaling a 1366×768 or 1920×1080 screen leaves a window 1093×574 or 1280×680 of its own pixels: a
    700-high dialog put its OK and Cancel under the taskbar (issue 23)."""
    if free is None:
        screen = window.screen() or QGuiApplication.primaryScreen()
        free = screen.availableGeometry()
    window.resize(max(min(width, free.width() - FRAME), window.minimumSizeHint().width()),
                  max(min(height, free.height() - FRAME), window.minimumSizeHint().height()))


def free_area(window: QWidget) -> QRect:
    """The screen's free area (less the taskbar) of the screen ``window`` is on."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry()


def laid_out_minimum(window: QWidget) -> QSize:
    """``window``'s smallest size with every layout done again, innermost first: right after a font change
    the sizes layouts kept are from the text size before (and stay so until the event loop gets to them)."""
    for layout in reversed(window.findChildren(QLayout)):
        layout.invalidate()
        layout.activate()
    return window.minimumSizeHint()


def fits_free_screen(window: QWidget) -> bool:
    """Whether ``window``'s smallest size, with its title bar, fits the free area of its screen."""
    need, free = laid_out_minimum(window), free_area(window)
    return need.width() + FRAME <= free.width() and need.height() + FRAME <= free.height()


def narrow_combo(combo: QComboBox, characters: int = 14) -> QComboBox:
    """A list of long names (exam titles, statute names) that never makes its window wider than the screen:
    as wide as ``characters`` characters at least, the rest elided, the whole name in the popup list (which
    may be wider than the box) and in the tooltip. At the largest text an exam's title in such a box made
    the page wider than a 1366×768 screen (issue 19)."""
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(characters)
    combo.view().setTextElideMode(Qt.TextElideMode.ElideNone)
    combo.currentTextChanged.connect(combo.setToolTip)
    return combo
