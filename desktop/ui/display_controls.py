"""Font-size and high-contrast buttons, shown on every screen a learner sees."""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from desktop.services.preferences import Preferences


class DisplayControls(QWidget):
    changed = Signal()  # font size or contrast changed: the theme must be applied again

    def __init__(self, prefs: Preferences, parent: QWidget | None = None):
        super().__init__(parent)
        self._prefs = prefs
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.smaller_button = QPushButton(self.tr("A−  Smaller text"))
        self.bigger_button = QPushButton(self.tr("A+  Larger text"))
        self.contrast_button = QPushButton(self.tr("High contrast"))
        self.contrast_button.setCheckable(True)
        self.contrast_button.setChecked(prefs.high_contrast)
        for b in (self.smaller_button, self.bigger_button, self.contrast_button):
            layout.addWidget(b)
        self.smaller_button.clicked.connect(lambda: self._resize(prefs.smaller))
        self.bigger_button.clicked.connect(lambda: self._resize(prefs.bigger))
        self.contrast_button.toggled.connect(self._contrast)

    def show_largest(self, largest: bool) -> None:
        """A+ pressed at the largest size this screen allows: the button's tip says so (a label beside it would
        widen the very row that did not fit; the learner's home says it in its message line)."""
        self.bigger_button.setToolTip(self.limit_words() if largest else "")

    def limit_words(self) -> str:
        return self.tr("The text is as large as this screen allows.")

    def show_prefs(self) -> None:
        """Show the preferences as they are now (another learner's were reset), without applying them."""
        self.contrast_button.blockSignals(True)
        self.contrast_button.setChecked(self._prefs.high_contrast)
        self.contrast_button.blockSignals(False)

    def _resize(self, step: Callable[[], object]) -> None:
        step()
        self.changed.emit()

    def _contrast(self, on: bool) -> None:
        self._prefs.high_contrast = on
        self.changed.emit()
