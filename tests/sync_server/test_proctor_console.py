"""The proctor's console, driven like a proctor: log in to the real centre server, watch the seat grid,
start the sitting, give extra time, hand one exam in, record an absentee and close the sitting."""
from __future__ import annotations

from PySide6.QtCore import Qt

from desktop.controller import StationController
from desktop.services.enrolment import enrol_station
from desktop.ui.proctor_window import ExtraTimeDialog, ProctorWindow
from sync_server.devices import create_code
from tests.conftest import LEARNER, NEW_LEARNER
from tests.desktop.ui_helpers import log_in, when_modal
from tests.sync_server.test_sittings import PROCTOR_PASSWORD, centre  # noqa: F401  (the fixture)


def test_a_proctor_runs_a_sitting_from_the_console(qtbot, server, centre, live_server, station_for_server):  # noqa: F811
    enrol_station(station_for_server, live_server, "第一考场 1号机", create_code(server))
    controller = StationController(station_for_server, full_screen=False)
    qtbot.addWidget(controller.main)
    controller.main.show()
    log_in(qtbot, controller.login, *LEARNER)
    qtbot.waitUntil(lambda: controller.waiting is not None, timeout=10_000)

    console = ProctorWindow(live_server)
    qtbot.addWidget(console)
    console.show()
    qtbot.keyClicks(console.user_edit, "wrong")
    qtbot.keyClicks(console.password_edit, PROCTOR_PASSWORD)
    qtbot.mouseClick(console.login_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: console.login_error.text() != "", timeout=10_000)
    assert console.login_error.text() == "The user name or password is not right."
    console.user_edit.setText("jiankao")
    qtbot.keyClicks(console.password_edit, PROCTOR_PASSWORD)
    qtbot.mouseClick(console.login_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: console.stack.currentIndex() == 1 and console.table.rowCount() == 2, timeout=10_000)

    def cell(row: int, col: int) -> str:
        item = console.table.item(row, col)
        return item.text() if item else ""
    assert console.sitting_combo.currentText().endswith("第一考场 · 2026年度学法考试")
    assert (cell(0, 0), cell(0, 2), cell(1, 0), cell(1, 2)) == ("A01", "waiting", "A02", "not logged in")
    assert not console.pause_button.isEnabled()      # nothing to pause before the start

    qtbot.mouseClick(console.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: controller.exam is not None, timeout=15_000)
    attempt = controller.exam.attempt
    qtbot.waitUntil(lambda: cell(0, 2) == "in progress", timeout=15_000)
    assert cell(0, 3) == f"0 / {len(attempt.paper.items)}" and console.state_label.text() == "started"

    console.table.selectRow(0)
    def fill(dialog: ExtraTimeDialog) -> None:
        dialog.minutes.setValue(15)
        dialog.reason.setText("更换电脑")
        dialog._ok()
    when_modal(fill)
    qtbot.mouseClick(console.extra_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: attempt.extra_ms == 15 * 60_000, timeout=15_000)

    console.table.selectRow(0)
    qtbot.mouseClick(console.hand_in_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: attempt.submitted is not None, timeout=15_000)
    qtbot.waitUntil(lambda: cell(0, 2) == "submitted", timeout=15_000)

    console.table.selectRow(1)
    def absent(dialog) -> None:
        dialog.setTextValue("未到场")
        dialog.accept()
    when_modal(absent)
    qtbot.mouseClick(console.missing_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: cell(1, 2) == "missing" and cell(1, 6) == "未到场", timeout=15_000)
    qtbot.mouseClick(console.close_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: console.state_label.text() == "closed", timeout=15_000)
    assert NEW_LEARNER[0] in cell(1, 1)
