"""Starting the station as `xuefa` does: the login window at once, then the station behind it."""
from __future__ import annotations

from PySide6.QtWidgets import QApplication

from desktop.services.login_types import LoginStatus
from desktop.startup import Startup
from tests.conftest import LEARNER
from tests.desktop.ui_helpers import failed_start, log_in


def test_login_window_shows_before_the_station_is_open_then_works(qtbot, station):
    data_dir = station.data_dir
    station.close()
    startup = Startup(data_dir)
    qtbot.addWidget(startup.shell.main)
    with qtbot.waitSignal(startup.ready, timeout=30_000):
        startup.start()
        assert startup.shell.main.isVisible()
        assert not startup.shell.login.login_button.isEnabled()  # "Starting…" until the station is open
        assert startup.shell.login.number_edit.font().pointSize() == 15  # the learner's text size at once
    try:
        login = startup.shell.login
        assert login.login_button.isEnabled()
        log_in(qtbot, login, *LEARNER)
        assert startup.controller.home is not None
        assert startup.station.accounts.login(*LEARNER).status is LoginStatus.OK
    finally:
        startup.station.close()
        QApplication.instance().setStyleSheet("")


def test_a_data_folder_that_cannot_be_written_is_explained(qtbot, tmp_path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the data folder should be")
    startup, shown = failed_start(qtbot, blocker / "station")
    assert "cannot write to its data folder" in shown and str(blocker) in shown
    assert startup.controller is None
