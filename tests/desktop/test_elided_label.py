"""The one-line label of the exam window's title (issue 19): whole where it fits, shortened with … where
not, its full text in the tooltip."""
from __future__ import annotations

from PySide6.QtGui import QImage
from PySide6.QtWidgets import QWidget

from desktop.ui.elided_label import ElidedLabel


def _ink(label: ElidedLabel) -> int:
    image = QImage(label.size(), QImage.Format.Format_ARGB32)
    image.fill(0)
    label.render(image, renderFlags=QWidget.RenderFlag.DrawChildren)   # the text alone, no background
    return sum(1 for x in range(image.width()) for y in range(image.height()) if image.pixel(x, y) >> 24)


def test_a_title_is_shortened_on_one_line_and_never_to_a_stub(qtbot):
    label = ElidedLabel("2026年度学法考试（第一场）")
    qtbot.addWidget(label)
    assert label.toolTip() == label.text() and label.sizeHint().height() == label.fontMetrics().height()
    label.resize(label.sizeHint())
    whole = _ink(label)
    label.resize(label.sizeHint().width() // 2, label.sizeHint().height())
    assert 0 < _ink(label) < whole                     # shortened, one line
    label.resize(label.fontMetrics().horizontalAdvance("国") * 2, label.sizeHint().height())
    assert _ink(label) == 0                            # "2…" would say nothing
