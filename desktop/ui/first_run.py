"""The station's first run: how this PC will work. Standalone (exams and results by files only), connected
to the centre server (its address and a one-time code, or the room's enrolment file), or set up now from
files on a stick. Shown once, in a new data folder; everything it does can also be done later."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QButtonGroup, QComboBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit,
                               QListWidget, QListWidgetItem, QPushButton, QRadioButton, QStackedWidget, QVBoxLayout,
                               QWidget)

from desktop.ui.file_dialogs import open_file, open_files
from desktop.services.background import run_in_background
from desktop.services.file_import import Imported
from desktop.services.setup_state import mark_set_up
from desktop.station import Station
from examcore import __version__
from examcore.enrolment_file import EnrolmentFileError, RoomEnrolment, read_enrolment_file
from examcore.refusals import explain

STANDALONE, SERVER, FILES = "standalone", "server", "files"


class FirstRunWizard(QWidget):
    done = Signal(str)   # the mode chosen, once set up

    def __init__(self, station: Station, parent: QWidget | None = None):
        super().__init__(parent)
        self.station = station
        self.room: RoomEnrolment | None = None
        self.pages = QStackedWidget()
        self.pages.addWidget(self._choice_page())
        self.pages.addWidget(self._server_page())
        self.pages.addWidget(self._files_page())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 32, 48, 32)
        title = QLabel(self.tr("Welcome to Xuefa: set up this station"))
        title.setObjectName("title")
        about = QLabel(self.tr("Version %1 · data folder %2").replace("%1", __version__)
                       .replace("%2", str(station.data_dir)))
        about.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        about.setWordWrap(True)
        layout.addWidget(title)
        layout.addWidget(about)
        layout.addWidget(self.pages, 1)

    # --- page 1: how will this station work? ---------------------------------------------------

    def _choice_page(self) -> QWidget:
        page = QWidget()
        self.standalone_radio = QRadioButton(self.tr("Standalone: exams, rosters and results travel by files "
                                                     "(USB stick) only"))
        self.server_radio = QRadioButton(self.tr("Connect to the exam centre's server (address and enrolment "
                                                 "code, or the room's enrolment file)"))
        self.files_radio = QRadioButton(self.tr("Set up from files now (issuer key, roster, exam package, "
                                                "courses) and work standalone"))
        self.server_radio.setChecked(True)
        group = QButtonGroup(page)
        for b in (self.server_radio, self.standalone_radio, self.files_radio):
            group.addButton(b)
        self.next_button = QPushButton(self.tr("Next"))
        self.next_button.setObjectName("primary")
        self.next_button.clicked.connect(self.next_from_choice)
        box = QVBoxLayout(page)
        box.addWidget(QLabel(self.tr("How will this station work?")))
        for b in (self.server_radio, self.standalone_radio, self.files_radio):
            box.addWidget(b)
        box.addStretch(1)
        box.addWidget(QLabel(self.tr("Everything here can also be done later (the xuefa command and the "
                                     "station's import buttons).")))
        box.addWidget(self.next_button, 0, Qt.AlignmentFlag.AlignRight)
        return page

    def next_from_choice(self) -> None:
        if self.standalone_radio.isChecked():
            self.finish(STANDALONE)
        elif self.server_radio.isChecked():
            self.pages.setCurrentIndex(1)
        else:
            self.pages.setCurrentIndex(2)

    # --- page 2: connect to the centre server --------------------------------------------------

    def _server_page(self) -> QWidget:
        page = QWidget()
        self.url_edit = QLineEdit()
        self.url_edit.setPlaceholderText("https://192.168.1.10:8470")
        self.code_edit = QLineEdit()
        self.code_edit.setPlaceholderText(self.tr("e.g. 7K2QM-XD4RT-GA1GS-PK1PY-4RWSB-QF2HH"))
        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(self.tr("e.g. 第一考场-07"))
        self.room_button = QPushButton(self.tr("Use the room's enrolment file…"))
        self.room_label = QLabel()
        self.room_label.setWordWrap(True)
        self.pc_combo = QComboBox()
        self.enrol_button = QPushButton(self.tr("Enrol this station"))
        self.enrol_button.setObjectName("primary")
        self.server_status = QLabel()
        self.server_status.setWordWrap(True)
        self.server_finish = QPushButton(self.tr("Finish"))
        self.server_finish.hide()
        back = QPushButton(self.tr("Back"))
        form = QFormLayout()
        form.addRow(self.tr("Centre server address"), self.url_edit)
        form.addRow(self.tr("Enrolment code"), self.code_edit)
        form.addRow(self.tr("This PC's name"), self.name_edit)
        form.addRow(self.room_button, self.room_label)
        form.addRow(self.tr("This PC in the file"), self.pc_combo)
        form.setRowVisible(self.pc_combo, False)   # shown once a room's file is read
        self._server_form = form
        buttons = QHBoxLayout()
        buttons.addWidget(back)
        buttons.addStretch(1)
        buttons.addWidget(self.enrol_button)
        buttons.addWidget(self.server_finish)
        box = QVBoxLayout(page)
        box.addWidget(QLabel(self.tr("The centre admin gives you the address and a one-time code, or a file "
                                     "for the whole room.")))
        box.addLayout(form)
        box.addWidget(self.server_status)
        box.addStretch(1)
        box.addLayout(buttons)
        back.clicked.connect(lambda: self.pages.setCurrentIndex(0))
        self.room_button.clicked.connect(self.ask_room_file)
        self.enrol_button.clicked.connect(self.enrol)
        self.server_finish.clicked.connect(lambda: self.finish(SERVER))
        return page

    def ask_room_file(self) -> None:
        path = open_file(self, self.tr("The room's enrolment file"),
                         self.tr("Enrolment files (*.json);;All files (*)"))
        if path:
            self.load_room_file(Path(path))

    def load_room_file(self, path: Path) -> None:
        try:
            self.room = read_enrolment_file(path.read_bytes())
        except (OSError, EnrolmentFileError) as exc:
            self.room = None
            if getattr(exc, "code", "") == "no_fingerprint":
                self._enrol_failed(exc)
                return
            self.server_status.setText(self.tr("%1 is not a readable enrolment file. Ask the centre admin for the "
                                               "room's file (xuefa-server devices room-file).").replace("%1", path.name))
            return
        self.url_edit.setText(self.room.server_url)
        self.room_label.setText(self.tr("%1: %2 PCs").replace("%1", self.room.room)
                                .replace("%2", str(len(self.room.stations))))
        self.pc_combo.clear()
        self.pc_combo.addItems([name for name, _ in self.room.stations])
        self._server_form.setRowVisible(self.pc_combo, True)
        for w in (self.url_edit, self.code_edit, self.name_edit):
            w.setEnabled(False)
        self.server_status.setText(self.tr("Choose this PC's name from the list, then enrol."))

    def enrol(self) -> None:
        station, room = self.station, self.room
        if room is not None:
            pc = self.pc_combo.currentText()
            work = lambda: station.enrolment.enrol_from_file(room, pc)  # noqa: E731
        else:
            url, code, name = self.url_edit.text().strip(), self.code_edit.text().strip(), self.name_edit.text().strip()
            if not url.startswith(("http://", "https://")):
                self.server_status.setText(self.tr("The address starts with https://, e.g. https://192.168.1.10:8470"))
                return
            work = lambda: station.enrolment.enrol(url, name, code or None)  # noqa: E731
        self.enrol_button.setEnabled(False)
        self.server_status.setText(self.tr("Enrolling…"))
        run_in_background(work, self._enrolled, self._enrol_failed, self)

    def _enrolled(self, enrolment) -> None:
        self.enrol_button.hide()
        self.server_finish.show()
        if enrolment.status == "approved":
            self.server_status.setText(self.tr("Enrolled: this station is approved by the centre server."))
        else:
            self.server_status.setText(self.tr("Enrolled, waiting for the centre admin to approve this station. "
                                               "It works meanwhile; results wait here until then."))

    def _enrol_failed(self, exc: BaseException) -> None:
        self.enrol_button.setEnabled(True)
        code = getattr(exc, "code", "")
        self.server_status.setText({
            "unreachable": self.tr("The centre server cannot be reached at this address. Check the address (ask "
                                   "the centre admin), the network cable, and that the server is running."),
            "unknown_code": self.tr("The enrolment code is not right. Check it, or ask the centre admin for a "
                                    "new one."),
            "code_used": self.tr("This code was already used by another PC. Each PC needs its own code: ask the "
                                 "centre admin for a new one (or choose this PC's own name in the room's file)."),
            "code_expired": self.tr("This code has expired. Ask the centre admin for a new one."),
            "code_withdrawn": self.tr("This code was withdrawn: a newer room file or code replaced it. Use the "
                                      "newest one, or ask the centre admin for a new code."),
            "code_other_unit": self.tr("This PC is already approved at the centre for another unit than the code's. "
                                       "The code was not used: ask the centre admin."),
            "code_for_a_server": self.tr("This code is for a lower exam centre's server, not for a PC. Ask the "
                                         "centre admin for a PC's code, or use the room's enrolment file."),
            "enrol_at_centre": self.tr("This address is a provincial server: a station enrols at its exam centre. "
                                       "Ask the centre admin for the centre's address and a code."),
            "device_revoked": self.tr("This PC was revoked by the centre: a new code does not enrol it again. Ask "
                                      "the centre admin."),
            "too_many_requests": self.tr("Too many tries from this PC. Wait a minute, then try again."),
            "wrong_server": self.tr("The server at this address is not the one the enrolment code or file names "
                                    "(its certificate or key differs): another computer may be answering. Nothing "
                                    "was sent. Check the address and the code with the centre admin."),
            "no_pin": self.tr("This code does not name the server's certificate. Use the whole code (six groups) "
                              "the centre admin printed, or the room's enrolment file."),
            "bad_fingerprint": self.tr("The enrolment code is not complete: it has six groups of five characters."),
            "plain_http": self.tr("The address must start with https:// (plain http:// only for a server on this "
                                  "PC)."),
            "no_fingerprint": self.tr("This enrolment file was made by an older version and does not name the "
                                      "server's certificate. Ask the centre admin for a new one."),
            "no_such_pc": self.tr("This PC's name is not in the enrolment file."),
        }.get(code, self.tr("Not enrolled: %1").replace("%1", explain(exc))))   # the CLI's plain words, never the
        # server's own English (round 93: a wrong path in the address showed a web server's sentence)

    # --- page 3: set up from files -------------------------------------------------------------

    def _files_page(self) -> QWidget:
        page = QWidget()
        self.choose_files_button = QPushButton(self.tr("Choose files…"))
        self.import_list = QListWidget()
        self.files_finish = QPushButton(self.tr("Finish"))
        self.files_finish.setObjectName("primary")
        back = QPushButton(self.tr("Back"))
        buttons = QHBoxLayout()
        buttons.addWidget(back)
        buttons.addStretch(1)
        buttons.addWidget(self.files_finish)
        box = QVBoxLayout(page)
        box.addWidget(QLabel(self.tr("Choose all the files you were given at once: the issuer's key (.pub), the "
                                     "roster, exam packages (.xfp), courses and plans (.xfc, .xfs), statutes "
                                     "(.txt). They are imported in the right order.")))
        box.addWidget(self.choose_files_button, 0, Qt.AlignmentFlag.AlignLeft)
        box.addWidget(self.import_list, 1)
        box.addLayout(buttons)
        back.clicked.connect(lambda: self.pages.setCurrentIndex(0))
        self.choose_files_button.clicked.connect(self.ask_files)
        self.files_finish.clicked.connect(lambda: self.finish(FILES))
        return page

    def ask_files(self) -> None:
        paths = open_files(self, self.tr("Files to import"))
        if paths:
            self.import_paths([Path(p) for p in paths])

    def import_paths(self, paths: list[Path]) -> None:
        station = self.station
        self.choose_files_button.setEnabled(False)
        run_in_background(lambda: station.files.import_files(paths), self._imported, self._import_failed, self)

    def _imported(self, results: list[Imported]) -> None:
        self.choose_files_button.setEnabled(True)
        labels = {"issuer": self.tr("Trusted issuer"), "roster": self.tr("Roster: learners"),
                  "package": self.tr("Exam package"), "package_again": self.tr("Exam package (already here)"),
                  "course": self.tr("Course"), "plan": self.tr("Study plan"), "practice": self.tr("Practice bank"),
                  "statute": self.tr("Statute"),
                  "statute_replaced": self.tr("Statute (replaced the same version held before)"),
                  "unknown": self.tr("Not a Xuefa file"),
                  "refused": self.tr("Not imported")}
        for r in results:
            item = QListWidgetItem(f"{'✓' if r.ok else '✗'} {r.path.name}: {labels.get(r.what, r.what)} {r.value}".rstrip())
            if not r.ok:
                item.setForeground(Qt.GlobalColor.darkRed)
            self.import_list.addItem(item)

    def _import_failed(self, exc: BaseException) -> None:
        self.choose_files_button.setEnabled(True)
        self.import_list.addItem(self.tr("✗ Import failed: %1").replace("%1", str(exc)))

    # ---------------------------------------------------------------------------------------------

    def finish(self, mode: str) -> None:
        mark_set_up(self.station.sessions, mode)
        self.done.emit(mode)
