"""Participation and pass rate per unit as paired horizontal bars, so the weak units stand out."""
from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget

PARTICIPATION, PASS = QColor("#1f5fa8"), QColor("#2e8b57")


class RateChart(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.rows: list[tuple[str, float | None, float | None]] = []   # unit, participation, pass rate (0..1)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_rows(self, rows: list[tuple[str, float | None, float | None]]) -> None:
        self.rows = rows
        self.updateGeometry()
        self.update()

    def _row_height(self) -> int:
        return 2 * self.fontMetrics().height() + 10

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return QSize(500, max(1, len(self.rows)) * self._row_height() + self.fontMetrics().height() + 16)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return self.sizeHint()

    def columns(self) -> tuple[int, int, int, int]:
        """(label width, bar x, bar width, value width) in pixels: the value column has room for "100.0%" at
        the window's font (a fixed 64 px cut it at the larger text sizes: an outside tester)."""
        fm = self.fontMetrics()
        label_w = min(260, max([fm.horizontalAdvance(r[0]) for r in self.rows] + [80]) + 12)
        value_w = fm.horizontalAdvance("100.0%") + 8
        return label_w, label_w, max(60, self.width() - label_w - value_w - 6), value_w

    def paintEvent(self, _event) -> None:  # noqa: N802, ANN001 - Qt API
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        fm = self.fontMetrics()
        label_w, bar_x, bar_w, value_w = self.columns()
        text = self.palette().color(QPalette.ColorRole.WindowText)
        y = 4
        legend = ((PARTICIPATION, self.tr("participation rate")), (PASS, self.tr("pass rate")))
        x = bar_x
        for color, name in legend:
            p.fillRect(QRectF(x, y + 3, 12, fm.height() - 6), color)
            p.setPen(text)
            p.drawText(QRectF(x + 16, y, 200, fm.height()), Qt.AlignmentFlag.AlignVCenter, name)
            x += 36 + fm.horizontalAdvance(name)
        y += fm.height() + 12
        h = fm.height()
        for name, part, passed in self.rows:
            p.setPen(text)
            p.drawText(QRectF(0, y, label_w - 8, 2 * h), Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight,
                       fm.elidedText(name, Qt.TextElideMode.ElideMiddle, label_w - 8))
            for i, (value, color) in enumerate(((part, PARTICIPATION), (passed, PASS))):
                top = y + i * h
                p.fillRect(QRectF(bar_x, top + 2, bar_w, h - 4), QColor(0, 0, 0, 18))
                if value is not None:
                    p.fillRect(QRectF(bar_x, top + 2, bar_w * max(0.0, min(1.0, value)), h - 4), color)
                p.setPen(text)
                p.drawText(QRectF(bar_x + bar_w + 6, top, value_w, h), Qt.AlignmentFlag.AlignVCenter,
                           "–" if value is None else f"{value * 100:.1f}%")
            y += self._row_height()
        p.end()
