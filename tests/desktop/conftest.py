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
