from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from desktop.controller import StationController
from desktop.ui.exam.proctor_dialog import PasswordTries


@pytest.fixture(autouse=True)
def fresh_password_tries():
    """Wrong proctor passwords are slowed for the station process: each test starts with none."""
    PasswordTries.succeeded()
    yield
    PasswordTries.succeeded()


@pytest.fixture
def controller(qtbot, station):
    ctl = StationController(station)
    qtbot.addWidget(ctl.main)
    yield ctl
    if ctl.exam is not None:  # an exam window left open by a test: release its hold on the app
        ctl.exam._finish()
        ctl.exam.close()
    QApplication.instance().setStyleSheet("")


def type_start_code(qtbot, ctl: StationController, code: str) -> None:
    """After a restart the interrupted exam waits for its start code (the content key is kept in memory
    only, issue 15): type it on the page shown, as the proctor would, and wait for the slow unlock."""
    from PySide6.QtCore import Qt
    gate = ctl.key_gate
    assert gate is not None and ctl.main.currentWidget() is gate
    qtbot.mouseClick(gate.code_button, Qt.MouseButton.LeftButton)
    dialog = gate.dialog
    assert dialog is not None
    dialog.code_edit.setText(code)
    dialog.try_unlock()
    qtbot.waitUntil(lambda: ctl.key_gate is None or bool(dialog.status_label.objectName() == "error"), timeout=20000)


def restarted(qtbot, data_dir, clock) -> StationController:
    """The station opened again on ``data_dir`` after a crash, its window started (the interrupted exam, or
    the page that asks for its start code)."""
    from desktop.station import Station
    ctl = StationController(Station.open(data_dir, clock=clock), full_screen=False)
    qtbot.addWidget(ctl.main)
    ctl.start()
    return ctl


def stop(ctl: StationController) -> None:
    """Close what ``restarted`` opened."""
    if ctl.exam is not None:
        ctl.exam._finish()
        ctl.exam.close()
    ctl.sync.stop()
    ctl.station.close()
    QApplication.instance().setStyleSheet("")
