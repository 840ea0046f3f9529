"""A seated learner before the start: their name and the sitting, until the proctor starts it."""
from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from desktop.services.login_types import LearnerInfo


class WaitingPage(QWidget):
    logged_out = Signal()

    def __init__(self, learner: LearnerInfo, sitting: dict, parent: QWidget | None = None):
        super().__init__(parent)
        self.learner = learner
        starts = datetime.fromisoformat(sitting["starts_at"]).astimezone()
        self.name_label = QLabel(f"{learner.name}（{learner.learner_no}）")
        self.name_label.setObjectName("title")
        self.name_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.sitting_label = QLabel(self.tr("%1\n%2, starts at %3").replace("%1", sitting["title"])
                                    .replace("%2", sitting["room"]).replace("%3", starts.strftime("%H:%M")))
        self.sitting_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.status_label = QLabel(self.tr("Please wait. The exam opens here when the proctor starts the sitting."))
        self.status_label.setObjectName("notice")
        self.status_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.status_label.setWordWrap(True)
        self.logout_button = QPushButton(self.tr("Log out"))
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        for w in (self.name_label, self.sitting_label, self.status_label):
            layout.addWidget(w)
        layout.addStretch(2)
        layout.addWidget(self.logout_button, 0, Qt.AlignmentFlag.AlignRight)
        self.logout_button.clicked.connect(self.logged_out.emit)

    def connection_lost(self) -> None:
        self.status_label.setText(self.tr("The exam-centre server cannot be reached right now; this station keeps "
                                          "trying. If the proctor reads out a start code, log out and use it."))

    def refused(self, why: str) -> None:
        """The centre refused this PC for the seat (moved to another PC, say): why, in place of the wait."""
        self.status_label.setText(why)
