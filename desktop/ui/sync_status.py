"""A line on the station's screens: is the result server reachable, what waits to be sent, "sync now"."""
from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from desktop.services.sync_runner import SyncRunner, SyncState
from examcore.refusals import plain_result_refusal


class SyncStatus(QWidget):
    def __init__(self, runner: SyncRunner, parent: QWidget | None = None):
        super().__init__(parent)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.bar = QProgressBar()
        self.bar.hide()
        self.sync_button = QPushButton(self.tr("Sync now"))
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.label, 1)
        row.addWidget(self.bar)
        row.addWidget(self.sync_button)
        self.sync_button.clicked.connect(runner.sync_now)
        runner.state_changed.connect(self.show_state)
        runner.progress.connect(self._progress)
        self.show_state(runner.state)

    def show_state(self, state: SyncState) -> None:
        if not state.enrolled:
            text = self.tr("Results leave this station on a USB stick (no result server set up). "
                           "Results waiting: %1").replace("%1", str(state.pending))
        elif state.busy:
            text = self.tr("Sending results to the server…")
        else:
            where = {True: self.tr("Result server: connected"), False: self.tr("Result server: not reachable"),
                     None: self.tr("Result server: not tried yet")}[state.online]
            text = where + " · " + self.tr("results waiting: %1").replace("%1", str(state.pending))
            if state.last_sync:
                text += " · " + self.tr("last confirmed %1").replace("%1", state.last_sync.strftime("%m-%d %H:%M"))
            if state.last_code == "certificate_changed":
                text += "\n" + self.tr("The computer answering at the server's address shows a certificate other "
                                       "than the one this station trusts: it may not be the centre's server. "
                                       "Nothing was sent; results wait here. Tell the centre admin (if the server "
                                       "was really replaced, enrol this station again with a new code).")
            elif state.last_code in ("plain_http", "no_pin"):
                text += "\n" + self.tr("This station was enrolled before the server used encrypted connections: "
                                       "nothing is sent over the network unencrypted. Enrol this station again "
                                       "with a new code from the centre admin; results wait here until then.")
            elif state.pull_failed:
                text += "\n" + self.tr("Results were delivered, but the server's news (roster, exams) could not be "
                                       "taken this time; it is tried again at the next sync.")
            elif state.last_error and not state.online:
                text += "\n" + self.tr("Nothing is lost: results wait here and are sent when the server answers.")
        if state.enrolled and not state.busy and state.refused:
            text += "\n" + self.tr("The server did not accept %1 result(s) or record(s) (reason: %2). They stay on "
                                   "this station; tell the centre admin.").replace("%1", str(state.refused)) \
                .replace("%2", plain_result_refusal(state.refusal, station=True))
        self.label.setText(text)
        self.sync_button.setVisible(state.enrolled)
        self.sync_button.setEnabled(not state.busy)
        self.bar.setVisible(state.busy)

    def _progress(self, done: int, total: int) -> None:
        self.bar.setMaximum(max(total, 1))
        self.bar.setValue(done)
