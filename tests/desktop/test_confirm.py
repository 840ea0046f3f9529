"""Confirmations (issue 19): Enter and Esc take the safe button, only the named action acts."""
from __future__ import annotations

from PySide6.QtCore import Qt

from desktop.ui.confirm import Confirmation


def test_enter_and_escape_do_not_act(qtbot):
    for key in (Qt.Key.Key_Return, Qt.Key.Key_Escape):
        box = Confirmation(None, "代为交卷", "现在为 李四（110101001，A01）代为交卷？", "代为交卷")
        qtbot.addWidget(box)
        box.show()
        qtbot.waitExposed(box)
        qtbot.keyClick(box, key)
        assert box.clickedButton() is box.cancel_button
    box = Confirmation(None, "代为交卷", "现在为 李四 代为交卷？", "代为交卷")
    qtbot.addWidget(box)
    box.show()
    box.act_button.click()
    assert box.clickedButton() is box.act_button and box.act_button.text() == "代为交卷"
