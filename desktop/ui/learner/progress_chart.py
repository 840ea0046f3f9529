"""Study points per category as bars against their caps, and the total against the exam threshold."""
from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget


class ProgressChart(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.rows: list[tuple[str, int, int]] = []   # label, earned, cap
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_rows(self, rows: list[tuple[str, int, int]]) -> None:
        self.rows = rows
        self.updateGeometry()
        self.update()

    def _row_height(self) -> int:
        return self.fontMetrics().height() + 12

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return QSize(500, max(1, len(self.rows)) * self._row_height() + 8)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return self.sizeHint()

    def paintEvent(self, _event) -> None:  # noqa: N802, ANN001 - Qt API
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        fm = self.fontMetrics()
        label_w = max((fm.horizontalAdvance(r[0]) for r in self.rows), default=0) + 16
        value_w = fm.horizontalAdvance("000 / 000") + 16
        bar_w = max(40, self.width() - label_w - value_w)
        h = self._row_height()
        text_color = self.palette().color(QPalette.ColorRole.WindowText)
        for i, (label, earned, cap) in enumerate(self.rows):
            y = 4 + i * h
            p.setPen(text_color)
            p.drawText(QRectF(0, y, label_w - 8, h), Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight, label)
            track = QRectF(label_w, y + 4, bar_w, h - 8)
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(QColor("#dde3ea"))
            p.drawRoundedRect(track, 4, 4)
            share = min(1.0, earned / cap) if cap else 0.0
            p.setBrush(QColor("#2e7d32") if share >= 1.0 else QColor("#1f5fa8"))
            if share > 0:
                p.drawRoundedRect(QRectF(track.x(), track.y(), track.width() * share, track.height()), 4, 4)
            p.setPen(text_color)
            p.drawText(QRectF(label_w + bar_w + 8, y, value_w, h), Qt.AlignmentFlag.AlignVCenter, f"{earned} / {cap}")
        p.end()
