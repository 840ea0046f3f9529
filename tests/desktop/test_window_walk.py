"""A walk through the station's windows in Chinese (issue 19 #7): an English word on screen fails the test.
It finds what the catalogue test cannot: text built outside tr(), raw codes, Qt's own words. The admin
window and the proctor console are walked the same way in their own tests (test_admin_ui,
test_proctor_console), where their servers already run."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop.app import install_translations
from desktop.controller import StationController
from tests.conftest import LEARNER, START_CODE
from tests.desktop.ui_helpers import log_in, when_modal
from tests.desktop.window_walk import english_in


@pytest.fixture
def chinese_controller(qtbot, qapp, study_station):
    translators = install_translations(qapp, "zh_CN")
    assert translators, "compiled translations are missing: run `make translations`"
    ctl = StationController(study_station)
    qtbot.addWidget(ctl.main)
    yield ctl
    if ctl.exam is not None:
        ctl.exam._finish()
        ctl.exam.close()
    QApplication.instance().setStyleSheet("")
    for t in translators:
        qapp.removeTranslator(t)


def test_every_learner_window_is_chinese(qtbot, chinese_controller):
    ctl = chinese_controller
    ctl.start()
    ctl.main.resize(1366, 768)
    ctl.main.show()
    seen = {"login": english_in(ctl.main)}
    log_in(qtbot, ctl.login, *LEARNER)
    tabs = ctl.tabs
    for i in range(tabs.count()):
        tabs.setCurrentIndex(i)
        qtbot.wait(10)
        seen[f"tab {tabs.tabText(i)}"] = english_in(ctl.main)
    tabs.setCurrentWidget(ctl.home)
    qtbot.mouseClick(ctl.home.enter_button, Qt.MouseButton.LeftButton)
    dialog = ctl.start_dialog
    seen["start code"] = english_in(dialog)
    qtbot.keyClicks(dialog.code_edit, START_CODE)
    with qtbot.waitSignal(dialog.finished, timeout=20_000):
        dialog.buttons.accepted.emit()
    window = ctl.exam
    seen["exam"] = english_in(window)

    def look_and_submit(box):
        seen["submit"] = english_in(box)
        box.button(QMessageBox.StandardButton.Yes).click()
    when_modal(look_and_submit)
    with qtbot.waitSignal(window.submitted, timeout=10_000):
        qtbot.mouseClick(window.submit_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: ctl.result is not None, timeout=5000)
    seen["result"] = english_in(ctl.result)
    assert {k: v for k, v in seen.items() if v} == {}
