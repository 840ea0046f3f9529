"""A one-line label that shortens its text with … when the window leaves it too little room (the full text
in its tooltip), instead of wrapping a title into a column of two-character lines (issue 19: the exam
window at Windows' 125 % scaling of a 1366×768 screen)."""
from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget


class ElidedLabel(QLabel):
    """Its whole text where it fits, else as much as fits and … (nothing when that would be under three
    characters); never less room than ``min_chars`` characters of its font."""

    def __init__(self, text: str, parent: QWidget | None = None, min_chars: int = 4) -> None:
        super().__init__(text, parent)
        self._min_chars = min_chars
        self.setToolTip(text)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

    def minimumSizeHint(self) -> QSize:   # noqa: N802 - Qt's name
        metrics = self.fontMetrics()
        return QSize(metrics.horizontalAdvance("国") * self._min_chars, metrics.height())

    def sizeHint(self) -> QSize:   # noqa: N802 - Qt's name
        metrics = self.fontMetrics()
        return QSize(metrics.horizontalAdvance(self.text()) + 2, metrics.height())

    def paintEvent(self, _event) -> None:   # noqa: N802, ANN001 - Qt's name and signature
        painter = QPainter(self)
        shown = self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideRight, self.contentsRect().width())
        if shown != self.text() and len(shown) < 4:   # "2…" says nothing: the tooltip has it
            return
        painter.drawText(self.contentsRect(), int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), shown)
