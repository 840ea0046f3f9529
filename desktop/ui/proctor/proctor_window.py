"""The proctor's console: log in to the centre server, pick today's sitting, watch every seat live (state,
answers, time left, irregularities) and act: start, extra time, pause, resume, hand in, missing, close.
All server calls run off the GUI thread; the seat grid refreshes twice a second (REFRESH_MS)."""
from __future__ import annotations

import time
from datetime import date, datetime, timezone

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout,
                               QHeaderView, QInputDialog, QLabel, QLineEdit, QPushButton, QSpinBox,
                               QStackedWidget, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from desktop.services.background import run_in_background
from desktop.services.admin_session import AdminError
from desktop.services.proctor_client import ProctorClient
from examcore.tls_pin import PinError, Pins
from desktop.ui.confirm import confirm
from desktop.ui.server_login import ServerLoginForm
from desktop.ui.proctor.start_code_slip import StartCodeSlip

REFRESH_MS = 500   # a change reaches the proctor's screen within one refresh and one fetch
DISCONNECTED_AFTER_S = 15   # a station that has not reported for this long is shown as disconnected
SEAT_COLUMNS = ("seat", "pc", "learner", "state", "answered", "time_left", "irregularities", "note")
COL = {name: index for index, name in enumerate(SEAT_COLUMNS)}   # the seat grid's columns by name


DONE_SHOWN_S = 60   # how long "Done: …" stays in the console's status line


class ExtraTimeDialog(QDialog):
    def __init__(self, who: str, parent: QWidget | None = None, left_ms: int | None = None):
        """``who``: name, number and seat, said in the title and the question; ``left_ms``: the learner's
        time left now, so that the total after the extra time can be shown before it is given."""
        super().__init__(parent)
        self._who, self._left_ms = who, left_ms
        self.setWindowTitle(self.tr("Extra time for %1").replace("%1", who))
        self.minutes = QSpinBox()
        self.minutes.setRange(1, 240)
        self.minutes.setValue(10)
        self.minutes.lineEdit().selectAll()   # typing 5 replaces the 10 (it made 105 before)
        self.minutes.setFocus()
        self.total_label = QLabel()
        self.minutes.valueChanged.connect(self._show_total)
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("e.g. the computer was replaced"))
        self.error_label = QLabel()
        self.error_label.setObjectName("error")
        form = QFormLayout(self)
        form.addRow(self.tr("Minutes"), self.minutes)
        form.addRow(self.total_label)
        form.addRow(self.tr("Reason (recorded)"), self.reason)
        form.addRow(self.error_label)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        box.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Give the extra time"))
        box.accepted.connect(self._ok)
        box.rejected.connect(self.reject)
        form.addRow(box)

        self._show_total()

    def keyPressEvent(self, event) -> None:  # noqa: N802, ANN001 - Qt API
        """Enter after typing the reason gives nothing (the button box makes 确定 the default when shown):
        the time is given by pressing the button, as every other exam-changing action asks for a choice."""
        focused = self.focusWidget()
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not isinstance(focused, QPushButton):
            event.accept()
            return
        super().keyPressEvent(event)

    def total_text(self) -> str:
        minutes = self.minutes.value()
        if self._left_ms is None:
            return self.tr("%1 gets %2 more minutes.").replace("%1", self._who).replace("%2", str(minutes))
        return (self.tr("%1 gets %2 more minutes: about %3 minutes left in all.").replace("%1", self._who)
                .replace("%2", str(minutes)).replace("%3", str(self._left_ms // 60_000 + minutes)))

    def _show_total(self) -> None:
        self.total_label.setText(self.total_text())

    def _ok(self) -> None:
        if not self.reason.text().strip():
            self.error_label.setText(self.tr("Give the reason: it goes into the sitting's record."))
            return
        if self.minutes.value() > 60 and not confirm(self, self.tr("Extra time"), self.total_text() + "\n"
                                                     + self.tr("That is more than an hour. Is it right?"),
                                                     self.tr("Give the extra time")):
            return
        self.accept()


def sitting_choices(sittings: list[dict], today: date) -> tuple[list[str], int]:
    """The console's list of sittings (the server's ``/admin/sittings`` dicts, in its order): a label each,
    "08:30 第一考场 · title", with the month and day for last night's or tomorrow's (the list reaches 12 hours
    either way), and the index to open on: the first sitting not closed, not the morning's closed one."""
    labels = []
    for x in sittings:
        starts = datetime.fromisoformat(x["starts_at"]).astimezone()
        when = f"{starts:%H:%M}" if starts.date() == today else f"{starts:%m-%d %H:%M}"
        labels.append(f"{when} {x['room']} · {x['title']}")
    return labels, next((n for n, x in enumerate(sittings) if x["state"] != "closed"), 0)


class ProctorWindow(QWidget):
    offline_codes_wanted = Signal()   # the proctor wants the offline resume-code tool
    refreshed = Signal()              # the seat grid shows the server's state as of now

    def __init__(self, server_url: str | None, identity=None, parent: QWidget | None = None,
                 pins: Pins | None = None):
        """``identity``: this station's device keys (enrolled with the centre), which sign every action;
        ``pins``: the certificate this station pinned for ``server_url``."""
        super().__init__(parent)
        self._done: tuple[float, str] = (0.0, "")   # the last action the server took, and when (monotonic)
        self._identity = identity
        self.setWindowTitle(self.tr("Proctor console"))
        self.client: ProctorClient | None = None
        self.detail: dict | None = None
        self._busy = False
        self.stack = QStackedWidget()
        # logging in
        login = ServerLoginForm(self.tr("Proctors log in with the account the centre gave them."),
                                self.tr("Centre server"), server_url, pins=pins)
        self.login_form = login
        self.url_edit, self.user_edit, self.password_edit = login.url_edit, login.user_edit, login.password_edit
        self.login_button, self.login_error = login.login_button, login.error_label
        self.codes_button = QPushButton(self.tr("Offline codes (no network)…"))
        login.form.addRow(self.codes_button)
        # the console
        console = QWidget()
        self.sitting_combo = QComboBox()
        self.state_label = QLabel()
        self.start_button = QPushButton(self.tr("Start the sitting"))
        self.start_button.setObjectName("primary")
        self.close_button = QPushButton(self.tr("Close the sitting"))
        self.call_off_button = QPushButton(self.tr("Call off…"))
        self.call_off_button.setToolTip(self.tr("The sitting cannot be held (a power cut, moved to another day): "
                                                "call it off before it starts"))
        self.codes_button2 = QPushButton(self.tr("Offline codes…"))
        self.start_code_button = QPushButton(self.tr("Start code…"))
        self.start_code_button.setToolTip(self.tr("Show and print the start code, for stations that cannot reach "
                                                  "the centre server"))
        top = QHBoxLayout()
        top.addWidget(self.sitting_combo, 1)
        top.addWidget(self.state_label)
        top.addWidget(self.start_button)
        top.addWidget(self.close_button)
        top.addWidget(self.call_off_button)
        top.addWidget(self.start_code_button)
        top.addWidget(self.codes_button2)
        self.table = QTableWidget(0, len(SEAT_COLUMNS))
        # the PC a seat is bound to, by the name it was enrolled with: the proctor walks to it (outside round 22)
        self.table.setHorizontalHeaderLabels([self.tr("Seat"), self.tr("PC"), self.tr("Learner"), self.tr("State"),
                                              self.tr("Answered"), self.tr("Time left"), self.tr("Irregularities"),
                                              self.tr("Note")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        # columns are sized to their contents once, when the seats first arrive, not on every change: in
        # ResizeToContents mode each changed cell re-measures its whole column (16 ms a cell with 300 seats;
        # a refresh where 150 seats changed held the GUI thread for over two seconds)
        self.table.horizontalHeader().setSectionResizeMode(COL["note"], QHeaderView.ResizeMode.Stretch)
        self.extra_button = QPushButton(self.tr("Extra time…"))
        self.pause_button = QPushButton(self.tr("Pause"))
        self.resume_button = QPushButton(self.tr("Resume"))
        self.hand_in_button = QPushButton(self.tr("Hand in"))
        self.missing_button = QPushButton(self.tr("Record as missing…"))
        self.move_button = QPushButton(self.tr("Move to another PC…"))
        self.move_button.setToolTip(self.tr("The learner's PC failed: free the seat from it, so the learner logs in "
                                            "at another PC of this room and goes on."))
        seat_row = QHBoxLayout()
        seat_row.addWidget(QLabel(self.tr("Selected seat:")))
        for b in (self.extra_button, self.pause_button, self.resume_button, self.hand_in_button, self.move_button,
                  self.missing_button):
            seat_row.addWidget(b)
        seat_row.addStretch(1)
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        c = QVBoxLayout(console)
        c.addLayout(top)
        c.addWidget(self.table, 1)
        c.addLayout(seat_row)
        c.addWidget(self.status_label)
        self.stack.addWidget(login)
        self.stack.addWidget(console)
        layout = QVBoxLayout(self)
        layout.addWidget(self.stack)

        self.login_button.clicked.connect(self.log_in)
        self.password_edit.returnPressed.connect(self.log_in)
        for b in (self.codes_button, self.codes_button2):
            b.clicked.connect(self.offline_codes_wanted.emit)
        self.sitting_combo.activated.connect(lambda _i: self.refresh())
        self.start_button.clicked.connect(lambda: self.start_sitting())
        self.close_button.clicked.connect(lambda: self.close_sitting())
        self.call_off_button.clicked.connect(lambda: self.call_off())
        self.start_code_button.clicked.connect(self.show_start_code)
        self.extra_button.clicked.connect(lambda: self.extra_time())
        self.pause_button.clicked.connect(lambda: self.pause_seat())
        self.resume_button.clicked.connect(lambda: self._seat_action("unpause"))
        self.hand_in_button.clicked.connect(lambda: self.hand_in())
        self.missing_button.clicked.connect(lambda: self.record_missing())
        self.move_button.clicked.connect(lambda: self.move_seat())
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self._timer = QTimer(self)
        self._timer.setInterval(REFRESH_MS)
        self._timer.timeout.connect(self.refresh)

    # --- logging in and choosing the sitting -----------------------------------------------------

    def log_in(self) -> None:
        url, user, password = self.login_form.started()
        try:
            client = ProctorClient(url, self._identity, pins=self.login_form.pins())
        except (AdminError, PinError) as exc:
            self._login_failed(exc)
            return

        def work():
            client.login(user, password)
            return None if client.must_change_password else client.sittings()
        run_in_background(work, lambda sittings: self._logged_in(client, sittings), self._login_failed, self)

    def _change_password_first(self, client: ProctorClient) -> None:
        """A new or reset proctor account chooses its own password before anything else."""
        from desktop.ui.account_password import AdminPasswordDialog
        self.login_form.succeeded()
        self.password_dialog = AdminPasswordDialog(client, forced=True, parent=self)
        self.password_dialog.accepted.connect(
            lambda: run_in_background(client.sittings, lambda sittings: self._logged_in(client, sittings),
                                      self._login_failed, self))
        self.password_dialog.open()

    def _login_failed(self, exc: BaseException) -> None:
        self.login_form.failed(exc)

    def _logged_in(self, client: ProctorClient, sittings: list[dict] | None) -> None:
        if sittings is None:
            self._change_password_first(client)
            return
        self.client = client
        self.login_form.succeeded()
        self.sitting_combo.clear()
        labels, first = sitting_choices(sittings, datetime.now().astimezone().date())
        for label, x in zip(labels, sittings):
            self.sitting_combo.addItem(label, x["sitting_id"])
        self.sitting_combo.setCurrentIndex(first)
        self.stack.setCurrentIndex(1)
        if not sittings:
            self.status_label.setText(self.tr("No sittings today for your units."))
        self.refresh()
        self._timer.start()

    # --- the live seat grid ----------------------------------------------------------------------

    def sitting_id(self) -> str | None:
        return self.sitting_combo.currentData()

    def refresh(self) -> None:
        sitting_id, client = self.sitting_id(), self.client
        if self._busy or sitting_id is None or client is None:
            return
        self._busy = True
        run_in_background(lambda: client.sitting(sitting_id), self._show, self._refresh_failed, self)

    def _refresh_failed(self, exc: BaseException) -> None:
        self._busy = False
        self.status_label.setText(self.tr("Not updated: %1").replace("%1", getattr(exc, "message", str(exc))))

    def state_text(self, state: str) -> str:
        return {"not_logged_in": self.tr("not logged in"), "waiting": self.tr("waiting"),
                "in_progress": self.tr("in progress"), "submitted": self.tr("submitted"),
                "missing": self.tr("missing"), "disconnected": self.tr("disconnected"),
                "scheduled": self.tr("scheduled"), "started": self.tr("started"), "closing": self.tr("closing"),
                "closed": self.tr("closed")}.get(state, state)

    def _show(self, detail: dict) -> None:
        self._busy = False
        self.detail = detail
        now = datetime.now(timezone.utc)
        seats = detail["seats"]
        selected = self.selected_learner()
        first_fill = self.table.rowCount() != len(seats)
        self.table.setRowCount(len(seats))
        for row, seat in enumerate(seats):
            state = seat["state"]
            seen = datetime.fromisoformat(seat["last_seen_at"]) if seat["last_seen_at"] else None
            if state in ("waiting", "in_progress") and seen is not None and \
                    (now - seen.replace(tzinfo=seen.tzinfo or timezone.utc)).total_seconds() > DISCONNECTED_AFTER_S:
                state = "disconnected"
            left = seat["time_left_ms"]
            irregular = " · ".join(f"{self._irregularity(k)} {n}" for k, n in sorted(seat["irregularities"].items()))
            cells = [seat["seat"], self._pc_short(seat), f"{seat['name']} {seat['learner_no']}", self.state_text(state),
                     f"{seat['answered']} / {seat['total']}" if seat["total"] else "",
                     f"{left // 60000}:{left // 1000 % 60:02d}" if left is not None and state == "in_progress" else "",
                     irregular, seat["note"]]
            for col, text in enumerate(cells):
                item = self.table.item(row, col)
                if item is None:
                    item = QTableWidgetItem(text)
                    self.table.setItem(row, col, item)
                elif item.text() != text:
                    item.setText(text)
                if col in (COL["irregularities"], COL["note"]) and item.toolTip() != text:   # a long list, read whole
                    item.setToolTip(text)
                elif col == COL["pc"] and item.toolTip() != self._pc_name(seat):   # its id, to tell two apart
                    item.setToolTip(self._pc_name(seat))
            if seat["learner_no"] == selected:
                self.table.selectRow(row)
        if first_fill:
            self.table.resizeColumnsToContents()
            metrics = self.table.fontMetrics()   # room for the longest state and a few irregularities later
            states = ("not_logged_in", "waiting", "in_progress", "submitted", "missing", "disconnected")
            widest = max(metrics.horizontalAdvance(self.state_text(x)) for x in states) + 24
            self.table.setColumnWidth(COL["state"], max(self.table.columnWidth(COL["state"]), widest))
            # the counts grow after the first fill ("0 / 43" becomes "43 / 43", a clock "120:00"): room for the
            # widest they can be, never "7…" (an outside tester could not read the answered count)
            for col, widest_text in ((COL["answered"], "888 / 888"), (COL["time_left"], "888:88")):
                header = self.table.horizontalHeaderItem(col)
                wanted = max(metrics.horizontalAdvance(widest_text),
                             metrics.horizontalAdvance(header.text() if header else "")) + 24
                self.table.setColumnWidth(col, max(self.table.columnWidth(col), wanted))
            listed = COL["irregularities"]
            self.table.setColumnWidth(listed, max(self.table.columnWidth(listed), 30 * metrics.averageCharWidth()))
        sitting = detail["sitting"]
        self.state_label.setText(self.state_text(sitting["state"]))
        self.start_button.setEnabled(sitting["state"] == "scheduled")
        # a sitting not started is closed when its start code was read out (the LAN failed), else called off:
        # the server tells which
        self.close_button.setEnabled(sitting["state"] != "closed")
        self.call_off_button.setEnabled(sitting["state"] == "scheduled")
        status = self.tr("Updated %1").replace("%1", datetime.now().strftime("%H:%M:%S"))
        if sitting["state"] == "closing":
            status += self._closing_words(seats)
        done_at, done = self._done
        if done and time.monotonic() - done_at < DONE_SHOWN_S:
            status = done + " · " + status
        self.status_label.setText(status)
        self._update_buttons()
        self.refreshed.emit()

    def _closing_words(self, seats: list[dict]) -> str:
        """What keeps a closing sitting open, seat by seat as the server knows them: begun with no result yet
        (e.g. stations offline when it was closed: each hands in when it reaches the server), checked in and
        never begun (nothing to hand in: a learner who did not sit is recorded missing), never logged in."""
        def named(*states: str) -> str:
            return ", ".join(x["seat"] or x["learner_no"] for x in seats if x["state"] in states)
        begun = ", ".join(x["seat"] or x["learner_no"] for x in seats
                          if x["state"] not in ("submitted", "missing", "waiting", "not_logged_in"))
        checked_in, absent = named("waiting"), named("not_logged_in")
        words = ""
        if begun:
            words += " · " + self.tr("Closing: no result yet from %1. Each hands in as soon as its station "
                                     "reaches the server; a seat that cannot, record as missing with the reason.") \
                .replace("%1", begun)
        if checked_in:
            words += " · " + self.tr("Checked in but never began, by the server's record: %1. If they did not sit, "
                                     "record each as missing; a station cut off from the server hands in when it "
                                     "is back.").replace("%1", checked_in)
        if absent:
            words += " · " + self.tr("Never logged in: %1. Record each as missing (缺考) with the reason, and the "
                                     "sitting is complete.").replace("%1", absent)
        return words

    def _irregularity(self, kind: str) -> str:
        return {"focus_lost": self.tr("left the window"), "clock_jump": self.tr("clock jumps"),
                "interrupted": self.tr("restarts"), "inactive": self.tr("inactive"),
                "suspended": self.tr("sleeps"), "clock_behind": self.tr("clock set back"),
                "system_focus": self.tr("system windows (not counted)"),
                "environment:screens": self.tr("more than one screen"),
                "environment:remote": self.tr("remote session"), "environment:vm": self.tr("virtual machine"),
                "environment:programs": self.tr("listed programs running"),
                "environment:not_on_top": self.tr("lost stay-on-top"),
                "environment:not_full_screen": self.tr("left full screen"),
                "environment:overlay": self.tr("window over the exam"),
                "environment:not_on_every_desktop": self.tr("moved off the desktop"),
                "environment:keyboard_released": self.tr("keyboard hold lost"),
                "environment:windowed": self.tr("in a normal window (--windowed)"),
                "drop_refused": self.tr("drags refused"),
                "proctor_password_wrong": self.tr("wrong proctor passwords")}.get(kind, kind)

    def selected_learner(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows or self.detail is None or rows[0].row() >= len(self.detail["seats"]):
            return None
        return self.detail["seats"][rows[0].row()]["learner_no"]

    def _update_buttons(self) -> None:
        running = bool(self.detail and self.detail["sitting"]["state"] == "started")
        seat = next((x for x in (self.detail or {}).get("seats", []) if x["learner_no"] == self.selected_learner()), None)
        open_seat = seat is not None and seat["state"] in ("waiting", "in_progress", "not_logged_in")
        for b in (self.extra_button, self.pause_button, self.resume_button):
            b.setEnabled(running and open_seat)
        # a seat that never logged in has no attempt to hand in: it is recorded as missing instead
        self.hand_in_button.setEnabled(running and seat is not None and seat["state"] in ("waiting", "in_progress"))
        self.missing_button.setEnabled(seat is not None and seat["state"] != "submitted")
        self.move_button.setEnabled(seat is not None and seat["state"] not in ("submitted", "missing")
                                    and bool(seat.get("device_id")))

    def closeEvent(self, event) -> None:  # noqa: N802, ANN001 - Qt API
        self._timer.stop()   # no more refreshes for a closed console
        super().closeEvent(event)

    # --- acting ----------------------------------------------------------------------------------

    def _send(self, call, done: str = "") -> None:
        """Run one action against the server; ``done`` is said once the server has taken it."""
        sitting_id, client = self.sitting_id(), self.client
        if sitting_id is None or client is None:
            return
        run_in_background(lambda: call(client, sitting_id), lambda detail: self._acted(detail, done),
                          self._act_failed, self)

    def _acted(self, detail: dict, done: str = "") -> None:
        if done:   # kept in the status line for a minute, through the refreshes that follow
            self._done = (time.monotonic(), self.tr("Done: %1").replace("%1", done))
        self._show(detail)

    def _act_failed(self, exc: BaseException) -> None:
        if getattr(exc, "code", "") in ("unsigned", "unknown_station"):
            self.status_label.setText(self.tr("Not done: proctor actions must come from a station enrolled with the "
                                              "centre server. Use the console on an enrolled station, or enrol this "
                                              "one."))
            return
        self.status_label.setText(self.tr("Not done: %1").replace("%1", getattr(exc, "message", str(exc))))

    def show_start_code(self) -> None:
        sitting_id, client = self.sitting_id(), self.client
        if sitting_id is None or client is None:
            return
        run_in_background(lambda: client.start_code(sitting_id), self._start_code_shown, self._start_code_failed, self)

    def _start_code_shown(self, answer: dict) -> None:
        self.slip = StartCodeSlip(answer["start_code"], answer["sitting"], self)
        self.slip.open()

    def _start_code_failed(self, exc: BaseException) -> None:
        if getattr(exc, "code", "") == "no_start_code":
            self.status_label.setText(self.tr("The centre has no start code for this sitting. Use the one the exam "
                                              "office sent, or ask the centre admin to enter it."))
        else:
            self._act_failed(exc)

    def _seat_action(self, kind: str) -> None:
        learner = self.selected_learner()
        if learner is not None:
            self._send(lambda c, sid: c.act(sid, kind, learner))

    def _seat(self) -> dict | None:
        learner = self.selected_learner()
        return next((x for x in (self.detail or {}).get("seats", []) if x["learner_no"] == learner), None)

    def _who(self, seat: dict) -> str:
        """Name, number and seat, as the proctor sees them in the room."""
        return f"{seat['name']}（{seat['learner_no']}，{seat['seat'] or '-'}）"

    def _sitting_name(self) -> str:
        sitting = (self.detail or {}).get("sitting", {})
        return f"{sitting.get('room', '')} · {sitting.get('title', '')}"

    def start_sitting(self) -> None:
        """Start the sitting for every seat; before its scheduled time the question says how early."""
        sitting = (self.detail or {}).get("sitting")
        if sitting is None:
            return
        text = self.tr("Start %1 now? Every learner logged in there begins the exam and their time runs.") \
            .replace("%1", self._sitting_name())
        starts = datetime.fromisoformat(sitting["starts_at"])
        early = (starts - datetime.now(timezone.utc)).total_seconds() // 60
        if early >= 1:
            text += "\n" + self.tr("It is %1 minutes before the scheduled start (%2).").replace("%1", str(int(early))) \
                .replace("%2", starts.astimezone().strftime("%H:%M"))
        if confirm(self, self.tr("Start the exam"), text, self.tr("Start now")):
            self._send(lambda c, sid: c.start(sid), self.tr("%1 has started").replace("%1", self._sitting_name()))

    def close_sitting(self) -> None:
        """End the sitting: every seat still writing is handed in with the answers it has."""
        seats = (self.detail or {}).get("seats", [])
        writing = [x for x in seats if x["state"] == "in_progress"]
        not_begun = [x for x in seats if x["state"] == "waiting"]
        absent = [x for x in seats if x["state"] == "not_logged_in"]
        text = self.tr("End %1? No one can answer any more; %2 learner(s) still in the exam are handed in with "
                       "the answers they have. This cannot be undone.").replace("%1", self._sitting_name()) \
            .replace("%2", str(len(writing)))
        if not_begun:   # (checked in, not begun by the server's record: the closed sitting lets none begin)
            text += "\n" + self.tr("%1 learner(s) checked in whose start has not reached the server (%2): one who "
                                   "began is handed in by the station; one who did not gets no result, so record "
                                   "them as missing (缺考).").replace(
                "%1", str(len(not_begun))).replace("%2", "、".join(x["name"] for x in not_begun[:5])
                                                   + ("…" if len(not_begun) > 5 else ""))
        if absent:
            text += "\n" + self.tr("%1 learner(s) never logged in (%2): they get no result; record each as missing "
                                   "(缺考) with the reason, and the sitting is complete.").replace(
                "%1", str(len(absent))).replace("%2", "、".join(x["name"] for x in absent[:5])
                                               + ("…" if len(absent) > 5 else ""))
        if confirm(self, self.tr("End the sitting"), text, self.tr("End the sitting")):
            self._send(lambda c, sid: c.close(sid), self.tr("%1 is ending").replace("%1", self._sitting_name()))

    def call_off(self, reason: str | None = None) -> None:
        """Call off a sitting that has not started: it is closed for good with the reason, and its learners can
        be seated in another sitting. The server refuses one that learners may have sat (close it instead)."""
        detail = self.detail or {}
        if detail.get("sitting") is None:
            return
        if reason is None:
            seated = len(detail.get("seats", []))
            reason, ok = QInputDialog.getText(
                self, self.tr("Call off the sitting"),
                self.tr("Call off %1? It has not started. It is closed for good, and its %2 learner(s) can be seated "
                        "in another sitting. This cannot be undone.\nWhy is it called off? (recorded)")
                .replace("%1", self._sitting_name()).replace("%2", str(seated)))
            if not ok:
                return
            if not reason.strip():
                self.status_label.setText(self.tr("Not called off: say why the sitting is called off."))
                return
        self._send(lambda c, sid: c.cancel(sid, reason.strip()),
                   self.tr("%1 is called off").replace("%1", self._sitting_name()))

    def hand_in(self) -> None:
        seat = self._seat()
        if seat is None:
            return
        text = self.tr("Hand in for %1 now? They cannot answer any more; the result counts the %2 answer(s) given "
                       "so far. This cannot be undone.").replace("%1", self._who(seat)) \
            .replace("%2", str(seat["answered"]))
        if confirm(self, self.tr("Hand in for a learner"), text, self.tr("Hand in")):
            self._send(lambda c, sid: c.act(sid, "force_submit", seat["learner_no"]),
                       self.tr("handed in for %1").replace("%1", self._who(seat)))

    def pause_seat(self) -> None:
        seat = self._seat()
        if seat is None:
            return
        text = self.tr("Pause the clock of %1? Their screen is covered until you restart the clock; the time "
                       "stopped is not lost.").replace("%1", self._who(seat))
        if confirm(self, self.tr("Pause"), text, self.tr("Pause")):
            self._send(lambda c, sid: c.act(sid, "pause", seat["learner_no"]),
                       self.tr("the clock of %1 is paused").replace("%1", self._who(seat)))

    def extra_time(self, minutes: int | None = None, reason: str | None = None) -> None:
        seat = self._seat()
        if seat is None:
            return
        learner = seat["learner_no"]
        if minutes is None or reason is None:
            dialog = ExtraTimeDialog(self._who(seat), self, seat.get("time_left_ms"))
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return
            minutes, reason = dialog.minutes.value(), dialog.reason.text().strip()
        self._send(lambda c, sid: c.act(sid, "extra_time", learner, minutes, reason),
                   self.tr("%1 minute(s) more for %2").replace("%1", str(minutes)).replace("%2", self._who(seat)))

    def move_seat(self, reason: str | None = None) -> None:
        """Free the selected seat from the PC it is bound to (the next PC of the room the learner logs in at
        takes it); asks for the reason, which is logged with the proctor's name."""
        learner = self.selected_learner()
        seat = next((x for x in (self.detail or {}).get("seats", []) if x["learner_no"] == learner), None)
        if seat is None:
            return
        if reason is None:
            who = f"{seat['name']}（{learner}，{seat['seat'] or '-'}）"
            reason, ok = QInputDialog.getText(
                self, self.tr("Move to another PC"),
                self.tr("Free the seat of %1 from the PC %2? The learner then logs in at another PC of this room "
                        "(what the failed PC holds stays there until it is back). Why (recorded)?")
                .replace("%1", who).replace("%2", self._pc_name(seat)))
            if not ok:
                return
            if not reason.strip():   # OK on an empty reason: said, not silently nothing
                self.status_label.setText(self.tr("Not moved: a reason is needed."))
                return
        pc = self._pc_name(seat)
        self._send(lambda c, sid: c.move_seat(sid, learner, reason.strip()),
                   self.tr("the seat of %1 is freed from %2").replace("%1", self._who(seat)).replace("%2", pc))

    @staticmethod
    def _pc_short(seat: dict) -> str:
        """The seat grid's PC cell: the PC's enrolled name, else the start of its id; empty when no PC is bound."""
        if not seat.get("device_id"):
            return ""
        return seat.get("device_name") or seat["device_id"][:8]

    @staticmethod
    def _pc_name(seat: dict) -> str:
        """The PC a seat is bound to as the proctor knows it: its enrolled name, with its id to tell it apart."""
        if not seat.get("device_id"):
            return "-"
        return f"{seat['device_name']}（{seat['device_id']}）" if seat.get("device_name") else seat["device_id"]

    def record_missing(self, reason: str | None = None) -> None:
        learner = self.selected_learner()
        if learner is None:
            return
        if reason is None:
            seat = self._seat()
            reason, ok = QInputDialog.getText(self, self.tr("Record as missing"),
                                              self.tr("Record %1 as missing (缺考)? They can then not sit this "
                                                      "sitting. Why has the learner no result? (recorded)")
                                              .replace("%1", self._who(seat) if seat else learner))
            if not ok:
                return
            if not reason.strip():   # OK on an empty reason: said, not silently nothing
                self.status_label.setText(self.tr("Not recorded: a missing record needs the reason why the learner "
                                                  "has no result."))
                return
        self._send(lambda c, sid: c.missing(sid, learner, reason.strip()),
                   self.tr("%1 is recorded as missing").replace("%1", learner))
