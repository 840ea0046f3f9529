"""Shown instead of an interrupted exam when the station restarted since it began: the exam's content key
is never stored (issue 15, docs/station-keys.md), so the exam opens again only with its start code, typed
by the proctor or read out by them, or with the key the centre server releases again in a sitting. The
answers are saved either way; the resume rules (grace period, resume code) apply after this."""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from desktop.services.attempts import AttemptService
from desktop.ui.exam.start_code_dialog import StartCodeDialog


class KeyGate(QWidget):
    key_given = Signal(object)   # Unlocked: the exam opened again (by its start code)
    left = Signal()              # back to the login: the attempt waits, as it is, for its learner

    def __init__(self, attempts: AttemptService, attempt_id: str, package_id: str, exam_title: str, learner: str,
                 asks_centre: bool, parent: QWidget | None = None):
        super().__init__(parent)
        self._attempts, self.attempt_id, self.package_id, self._title = attempts, attempt_id, package_id, exam_title
        self.dialog: StartCodeDialog | None = None
        title = QLabel(self.tr("This exam was interrupted"))
        title.setObjectName("title")
        text = QLabel(self.tr("Exam: %1\nLearner: %2\n\nYour answers are saved. The exam program or this computer "
                              "was restarted, so the exam opens again only with its start code. Raise your hand: "
                              "the proctor types the start code, or reads it out to you. If the exam was away for "
                              "long, the proctor's resume code is asked next.").replace("%1", exam_title)
                      .replace("%2", learner))
        text.setWordWrap(True)
        self.centre_label = QLabel(self.tr("Asking the exam centre's server for the exam again…") if asks_centre
                                   else "")
        self.centre_label.setWordWrap(True)
        self.centre_label.setVisible(asks_centre)
        self.code_button = QPushButton(self.tr("Type the start code"))
        self.code_button.setObjectName("primary")
        self.code_button.clicked.connect(self.ask_code)
        # another learner may use the PC meanwhile; this exam asks again when its learner logs in
        self.back_button = QPushButton(self.tr("Back to the login (the exam waits, answers saved)"))
        self.back_button.clicked.connect(self.left.emit)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        for w in (title, text, self.centre_label, self.code_button, self.back_button):
            layout.addWidget(w)
        layout.addStretch(2)

    def ask_code(self) -> None:
        self.dialog = StartCodeDialog(self._attempts, self.package_id, self._title, self, reopening=True)
        self.dialog.unlocked.connect(self.key_given.emit)
        self.dialog.open()

    def centre_said_no(self) -> None:
        """The centre did not give the key (not reached, not begun here by its record, or the sitting no longer
        runs)."""
        self.centre_label.setText(self.tr("The exam centre's server did not give this exam again (it was not "
                                          "reached, or it does not know the exam was begun at this computer in a "
                                          "running sitting): the start code opens it."))
