"""The admin window's rate chart keeps its value labels inside the widget at every text size (issue 19, an
outside tester: "100.0%" was clipped at the right edge)."""
from __future__ import annotations

import pytest
from PySide6.QtGui import QFont

from desktop.ui.admin.rate_chart import RateChart


@pytest.mark.parametrize("points", [10, 16, 22])
def test_the_values_fit_beside_the_bars(qtbot, points):
    chart = RateChart()
    qtbot.addWidget(chart)
    font = QFont(chart.font())
    font.setPointSize(points)
    chart.setFont(font)
    chart.set_rows([("示范市司法局", 1.0, 1.0), ("某某区人民政府办公室", 0.5, None)])
    chart.resize(600, chart.sizeHint().height())
    chart.show()
    qtbot.waitExposed(chart)
    _label_w, bar_x, bar_w, value_w = chart.columns()
    said = chart.fontMetrics().horizontalAdvance("100.0%")
    assert value_w >= said and bar_x + bar_w + 6 + said <= chart.width()
    chart.grab()   # paints without error
