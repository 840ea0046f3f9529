"""Starting the station: the login window first, the database and services right behind it.

Importing SQLAlchemy, the crypto stack and the services, opening and migrating the database take about
three times as long as showing a window. They run on a background thread while the learner already
sees the login page (whose button says "Starting…" until they are ready, well before anyone can type).
"""
from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QMessageBox

from desktop.qt_app import widgets_app
from desktop.services.background import run_in_background
from desktop.services.preferences import Preferences
from desktop.ui.shell import Shell
from desktop.ui.theme import apply_theme

if TYPE_CHECKING:   # imported where used: they load the database and crypto stack (see above)
    from desktop.controller import StationController
    from desktop.station import Station
    from desktop.ui.first_run import FirstRunWizard

log = logging.getLogger(__name__)


def _open_station(data_dir: Path, demo: bool):  # runs on the background thread
    if demo:
        from desktop.demo import ensure_demo
        ensure_demo(data_dir)
    from desktop.services.setup_state import needs_first_run
    from desktop.station import Station
    station = Station.open(data_dir)
    return station, needs_first_run(station.sessions)


class Startup(QObject):
    ready = Signal(object)    # the StationController, once the station is open
    failed = Signal(str)      # the station could not start; carries what the person was told

    def __init__(self, data_dir: Path, demo: bool = False, parent: QObject | None = None,
                 windowed: bool = False, console: bool = False):
        super().__init__(parent)
        self.data_dir, self.demo = Path(data_dir), demo
        self.windowed, self.console = windowed, console   # `xuefa --windowed`, `xuefa --console`
        self.controller: StationController | None = None
        self.station: Station | None = None
        self.wizard: FirstRunWizard | None = None   # the first-run wizard, while it is shown
        prefs = Preferences(self.data_dir)
        apply_theme(widgets_app(), prefs.font_size, prefs.high_contrast)  # before any widget exists
        self.shell = Shell(prefs)

    def start(self) -> None:
        self.shell.show()
        run_in_background(lambda: _open_station(self.data_dir, self.demo), self._opened, self._failed)

    def _opened(self, opened: tuple[Station, bool]) -> None:
        station, first_run = opened
        self.station = station
        if first_run:   # a new data folder: how will this station work? (then the login page as always)
            from desktop.ui.first_run import FirstRunWizard
            wizard = self.wizard = FirstRunWizard(station)
            self.shell.main.addWidget(wizard)
            self.shell.main.setCurrentWidget(wizard)
            wizard.done.connect(lambda _mode: self._set_up(wizard, station))
            return
        self._start_controller(station)

    def _set_up(self, wizard: FirstRunWizard, station: Station) -> None:
        self.shell.main.setCurrentWidget(self.shell.login)
        self.shell.main.removeWidget(wizard)
        wizard.deleteLater()
        self.wizard = None
        self._start_controller(station)

    def _start_controller(self, station: Station) -> None:
        from desktop.controller import StationController
        controller = self.controller = StationController(station, shell=self.shell, windowed=self.windowed)
        controller.start()
        if self.console:
            controller.open_proctor_tool()
        self.ready.emit(controller)

    def _failed(self, exc: BaseException) -> None:
        from desktop.station import DataFolderError, StationDataError
        from desktop.store.station_keys import KeyStoreError
        from examcore.cli_text import said_of
        log.error("the station could not start: %r", exc)
        if isinstance(exc, StationDataError) and exc.kind == "moved":
            text = QCoreApplication.translate(
                "Startup", "This station was moved to another folder:\n%1\n\nThe folder opened here is kept only "
                "as it was. Start Xuefa without --data-dir, or with the new folder.").replace("%1", exc.detail)
        elif isinstance(exc, StationDataError) and exc.kind == "keys_missing":
            text = QCoreApplication.translate(
                "Startup", "This station's data folder has lost its keys file:\n%1\n\nNothing was opened or "
                "changed. Call the exam-centre IT staff: the keys file must be put back from the backup or the "
                "PC the folder was copied from.").replace("%1", str(exc.folder))
        elif isinstance(exc, StationDataError):
            text = QCoreApplication.translate(
                "Startup", "This station's database is damaged and cannot be read:\n%1\n\nNothing was "
                "changed. Call the exam-centre IT staff and leave the folder as it is.").replace("%1", str(exc.folder))
        elif isinstance(exc, KeyStoreError):
            text = QCoreApplication.translate(
                "Startup", "The station cannot reach its keys (the Xuefa key service):\n%1\n\nCall the "
                "exam-centre IT staff: the key service must be running (docs/station-keys.md). Nothing already "
                "saved is lost.").replace("%1", said_of(exc))
        elif isinstance(exc, DataFolderError):
            text = QCoreApplication.translate(
                "Startup", "The station cannot write to its data folder:\n%1\n\nCall the proctor or the "
                "exam-centre IT staff: the disk may be full or read-only. Nothing already saved is lost.") \
                .replace("%1", str(exc.folder))
        else:
            from examcore.errors import PackageError
            from desktop.ui.messages import package_error
            why = package_error(exc.code) if isinstance(exc, PackageError) else said_of(exc)   # never a raw code
            text = QCoreApplication.translate(
                "Startup", "The station could not start: %1\n\nCall the exam-centre IT staff; the log file "
                "xuefa.log in the data folder has the details.").replace("%1", why)
        QMessageBox.critical(self.shell.main, "Xuefa", text)
        self.failed.emit(text)  # the caller decides what follows (`xuefa` exits with status 2)
