"""The proctor's tool on any station: with the exam's proctor password (never the start code, which the
whole room hears), turn the code a station shows into the proctor's answer: resume an interrupted exam,
give extra time, pause or restart one learner's clock, let a learner start, or close a learner's exam
window (so the password is not typed at the learner's PC). Works with no network; the
password's slow unlock runs off the GUI thread, and the key is forgotten when the tool closes."""
from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QPushButton,
                               QSpinBox, QVBoxLayout, QWidget)

from desktop.services.attempts import AttemptService
from desktop.services.background import run_in_background
from desktop.services.packages import PackageLibrary
from desktop.ui.messages import package_error
from examcore.errors import PackageError
from examcore.proctor_codes import (CHALLENGE_LEN, EXIT, EXTRA_TIME, PAUSE, RESUME, START, UNPAUSE, make_code,
                                    normalize)


FORGET_AFTER_MS = 120_000   # the password is cleared two minutes after the last code


class ProctorTool(QDialog):
    def __init__(self, library: PackageLibrary, attempts: AttemptService, parent: QWidget | None = None):
        super().__init__(parent)
        self._attempts = attempts
        self._key: tuple[str, bytes] | None = None   # (package id, proctor key) once unlocked
        self.setWindowTitle(self.tr("Proctor tools"))
        intro = QLabel(self.tr("When the network is down: choose the exam and what to do, type the exam's proctor "
                               "password and the code the station shows, and type the answer into that station. "
                               "Never read the proctor password out."))
        intro.setWordWrap(True)
        self.package_combo = QComboBox()
        for package_id, title in library.all_packages():
            self.package_combo.addItem(title, package_id)
        self.action_combo = QComboBox()
        for label, action in ((self.tr("Resume an interrupted exam"), RESUME),
                              (self.tr("Extra time for this learner"), EXTRA_TIME),
                              (self.tr("Pause this learner's time"), PAUSE),
                              (self.tr("Restart this learner's time"), UNPAUSE),
                              (self.tr("Let this learner start (clock behind, or no network)"), START),
                              (self.tr("Close this learner's exam window"), EXIT)):
            self.action_combo.addItem(label, action)
        self.minutes_spin = QSpinBox()
        self.minutes_spin.setRange(1, 240)
        self.minutes_spin.setValue(10)
        self.minutes_spin.setSuffix(self.tr(" min"))
        self.password_edit = QLineEdit()
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        # the unlocked key is forgotten when the password changes and a while after the last code: the tool
        # opens on a learner station's login page, and the next person there must not find it unlocked
        self.password_edit.textChanged.connect(lambda _t: self.forget())
        self._forget_timer = QTimer(self)
        self._forget_timer.setSingleShot(True)
        self._forget_timer.setInterval(FORGET_AFTER_MS)
        self._forget_timer.timeout.connect(lambda: self.password_edit.clear())
        self.challenge_edit = QLineEdit()
        self.challenge_edit.setPlaceholderText(self.tr("e.g. 4K7Q-M2XD-8R"))
        self.make_button = QPushButton(self.tr("Make the code"))
        self.make_button.setObjectName("primary")
        self.code_label = QLabel()
        self.code_label.setObjectName("title")
        self.code_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.code_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error_label = QLabel()
        self.error_label.setObjectName("error")
        self.error_label.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Exam"), self.package_combo)
        form.addRow(self.tr("Action"), self.action_combo)
        form.addRow(self.tr("Extra time"), self.minutes_spin)
        form.addRow(self.tr("Proctor password"), self.password_edit)
        form.addRow(self.tr("Code on the station"), self.challenge_edit)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.make_button)
        layout.addWidget(self.code_label)
        layout.addWidget(self.error_label)
        layout.addWidget(close)
        self.make_button.clicked.connect(self.make)
        self.challenge_edit.returnPressed.connect(self.make)
        self.action_combo.currentIndexChanged.connect(self._action_changed)
        self.minutes_spin.valueChanged.connect(lambda _v: self.code_label.clear())
        self._action_changed()

    def _action_changed(self) -> None:
        self.minutes_spin.setEnabled(self.action_combo.currentData() == EXTRA_TIME)
        self.code_label.clear()

    def make(self) -> None:
        self.code_label.clear()
        self.error_label.clear()
        challenge = normalize(self.challenge_edit.text(), CHALLENGE_LEN)
        package_id = self.package_combo.currentData()
        if challenge is None:
            self.error_label.setText(self.tr("The station's code has 10 letters and digits, e.g. 4K7Q-M2XD-8R."))
            return
        if package_id is None:
            self.error_label.setText(self.tr("There is no exam on this station."))
            return
        if not self.password_edit.text():
            self.error_label.setText(self.tr("Type the exam's proctor password."))
            return
        if self._key is not None and self._key[0] == package_id:
            self._show(challenge)
            return
        self.make_button.setEnabled(False)
        password = self.password_edit.text()
        run_in_background(lambda: self._attempts.code_key(package_id, password),
                          lambda key: self._unlocked(package_id, key, challenge), self._failed, self)

    def _unlocked(self, package_id: str, key: bytes, challenge: str) -> None:
        self.make_button.setEnabled(True)
        self._key = (package_id, key)
        self._show(challenge)

    def forget(self) -> None:
        self._key = None
        self.code_label.clear()

    def done(self, result: int) -> None:  # noqa: D102 - QDialog API: closing forgets the key and the password
        self.password_edit.clear()
        super().done(result)

    def _show(self, challenge: str) -> None:
        assert self._key is not None
        self._forget_timer.start()
        action = self.action_combo.currentData()
        minutes = self.minutes_spin.value() if action == EXTRA_TIME else 0
        self.code_label.setText(make_code(self._key[1], action, challenge, minutes))

    def _failed(self, exc: BaseException) -> None:
        self.make_button.setEnabled(True)
        self.error_label.setText(package_error(exc.code) if isinstance(exc, PackageError) else str(exc))
