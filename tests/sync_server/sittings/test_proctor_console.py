"""The proctor's console, driven like a proctor: log in to the real centre server, watch the seat grid,
start the sitting, give extra time, hand one exam in, record an absentee and close the sitting."""
from __future__ import annotations

import re
import uuid

from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from desktop.app import install_translations
from desktop.controller import StationController
from desktop.ui.proctor.proctor_window import COL, ExtraTimeDialog, ProctorWindow
from examcore.sync_client import SyncClient
from sync_server.devices import create_code
from sync_server.models import Device, SittingEvent
from sync_server.sittings.report import sitting_report
from tests.conftest import LEARNER, NEW_LEARNER
from tests.desktop.window_walk import english_in
from tests.desktop.ui_helpers import log_in, when_modal
from tests.sync_server.sittings.test_sittings import PROCTOR_PASSWORD, ProctorStation, centre  # noqa: F401  (the fixture)
from tests.server_cli import server_cli



def logged_in(qtbot, url: str, server) -> ProctorWindow:
    """The proctor console on the proctor's enrolled PC, logged in as the centre's proctor (its sittings load)."""
    console = ProctorWindow(url, ProctorStation(server))
    qtbot.addWidget(console)
    console.user_edit.setText("jiankao")
    console.password_edit.setText(PROCTOR_PASSWORD)
    console.log_in()
    return console


def closed_from_the_console(qtbot, url: str, server) -> tuple[ProctorWindow, list[str]]:
    """The proctor logs in, presses End the sitting and confirms: the console, and what the confirmation said."""
    console = logged_in(qtbot, url, server)
    qtbot.waitUntil(lambda: console.table.rowCount() == 2, timeout=10_000)
    said: list[str] = []
    answer(True, said)
    qtbot.mouseClick(console.close_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: console.state_label.text() == "closing", timeout=10_000)
    return console, said


def answer(accept: bool, said: list | None = None) -> None:
    """Answer the next confirmation (desktop/ui/confirm.py), keeping its text in ``said``."""
    def press(box) -> None:
        if said is not None:
            said.append(box.text())
        (box.act_button if accept else box.cancel_button).click()
    when_modal(press)


def test_a_proctor_runs_a_sitting_from_the_console(qtbot, server, centre, live_server, station_for_server,  # noqa: F811
                                                   tmp_path):
    station_for_server.enrolment.enrol(live_server, "第一考场 1号机", create_code(server, room="第一考场"))
    controller = StationController(station_for_server, full_screen=False)
    qtbot.addWidget(controller.main)
    controller.main.show()
    log_in(qtbot, controller.login, *LEARNER)
    qtbot.waitUntil(lambda: controller.waiting is not None, timeout=10_000)

    unenrolled = ProctorWindow(live_server)     # a console on a PC the centre does not know: may watch, not act
    qtbot.addWidget(unenrolled)
    unenrolled.user_edit.setText("jiankao")
    unenrolled.password_edit.setText(PROCTOR_PASSWORD)
    unenrolled.log_in()
    qtbot.waitUntil(lambda: unenrolled.table.rowCount() == 2, timeout=10_000)
    answer(True)
    qtbot.mouseClick(unenrolled.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "enrolled" in unenrolled.status_label.text(), timeout=10_000)
    unenrolled.close()

    proctor_pc = ProctorStation(server)
    console = ProctorWindow(live_server, proctor_pc)
    qtbot.addWidget(console)
    console.show()
    qtbot.keyClicks(console.user_edit, "wrong")
    qtbot.keyClicks(console.password_edit, PROCTOR_PASSWORD)
    qtbot.mouseClick(console.login_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: console.login_error.text() != "", timeout=10_000)
    assert console.login_error.text() == "The user name or password is not right."
    console.user_edit.setText("jiankao")
    qtbot.keyClicks(console.password_edit, PROCTOR_PASSWORD)
    qtbot.mouseClick(console.login_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: console.stack.currentIndex() == 1 and console.table.rowCount() == 2, timeout=10_000)

    def cell(row: int, col: str) -> str:
        item = console.table.item(row, COL[col])
        return item.text() if item else ""
    assert console.sitting_combo.currentText().endswith("第一考场 · 2026年度学法考试")
    assert (cell(0, "seat"), cell(0, "state"), cell(1, "seat"), cell(1, "state")) == ("A01", "waiting", "A02", "not logged in")
    # the PC each seat is bound to, by its enrolled name (its id in the tooltip); none yet for a learner not here
    assert (cell(0, "pc"), cell(1, "pc")) == ("第一考场 1号机", "")
    assert station_for_server.keys.device_id in console.table.item(0, COL["pc"]).toolTip()
    assert not console.pause_button.isEnabled()      # nothing to pause before the start

    said: list[str] = []
    answer(False, said)   # Cancel (the default) changes nothing
    qtbot.mouseClick(console.start_button, Qt.MouseButton.LeftButton)
    qtbot.wait(1200)
    assert controller.exam is None and console.state_label.text() == "scheduled"
    assert "第一考场 · 2026年度学法考试" in said[0]
    answer(True)
    qtbot.mouseClick(console.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: controller.exam is not None, timeout=15_000)
    attempt = controller.exam.attempt
    qtbot.waitUntil(lambda: cell(0, "state") == "in progress", timeout=15_000)
    assert cell(0, "answered") == f"0 / {len(attempt.paper.items)}" and console.state_label.text() == "started"
    metrics = console.table.fontMetrics()   # room for the counts as they grow: never "7…" (issue 19)
    assert console.table.columnWidth(COL["answered"]) > metrics.horizontalAdvance("888 / 888")
    console.table.selectRow(1)   # never logged in: nothing to hand in (it made a 0-point result: issue 19)
    assert not console.hand_in_button.isEnabled() and console.extra_button.isEnabled()

    console.table.selectRow(0)
    def fill(dialog: ExtraTimeDialog) -> None:
        assert "李四" in dialog.windowTitle() and "A01" in dialog.windowTitle()   # for whom, said
        dialog.minutes.setValue(15)
        assert "15 more minutes: about" in dialog.total_label.text()   # and the total before it is given
        dialog.reason.setText("更换电脑")
        dialog._ok()
    when_modal(fill)
    qtbot.mouseClick(console.extra_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: attempt.extra_ms == 15 * 60_000, timeout=15_000)

    console.table.selectRow(0)   # the PC fails: the proctor frees the seat for another PC of the room
    assert console.move_button.isEnabled()
    asked: dict = {}
    def why(dialog) -> None:
        asked["text"] = dialog.labelText()
        dialog.setTextValue("1号机死机")
        dialog.accept()
    when_modal(why)
    qtbot.mouseClick(console.move_button, Qt.MouseButton.LeftButton)

    def moved() -> bool:
        with server.sessions() as s:
            return s.scalar(select(SittingEvent.detail).where(SittingEvent.sitting_id == centre,
                                                              SittingEvent.kind == "seat_moved")) is not None
    qtbot.waitUntil(moved, timeout=15_000)
    assert "李四" in asked["text"] and station_for_server.keys.device_id in asked["text"]
    with server.sessions() as s:   # the PC as the proctor knows it: its enrolled name (outside round 22)
        name = s.get(Device, station_for_server.keys.device_id).note
    assert name == "第一考场 1号机" and name in asked["text"], asked["text"]
    qtbot.waitUntil(lambda: "is freed from" in console.status_label.text(), timeout=15_000)   # and said done
    with server.sessions() as s:
        detail = s.scalar(select(SittingEvent.detail).where(SittingEvent.kind == "seat_moved"))
    assert detail.startswith(station_for_server.keys.device_id) and detail.endswith("1号机死机")

    console.table.selectRow(0)
    said.clear()
    answer(False, said)
    qtbot.mouseClick(console.hand_in_button, Qt.MouseButton.LeftButton)
    qtbot.wait(1200)
    assert attempt.submitted is None and "李四" in said[0] and "cannot be undone" in said[0]
    console.table.selectRow(0)
    answer(True)
    qtbot.mouseClick(console.hand_in_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: attempt.submitted is not None, timeout=15_000)
    qtbot.waitUntil(lambda: cell(0, "state") == "submitted", timeout=15_000)
    # said, not only shown by the next refresh
    qtbot.waitUntil(lambda: console.status_label.text().startswith("Done: handed in for 李四"), timeout=15_000)

    console.table.selectRow(1)
    when_modal(lambda dialog: dialog.accept())   # OK with no reason: nothing recorded, and said so
    qtbot.mouseClick(console.missing_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "needs the reason" in console.status_label.text(), timeout=15_000)
    assert cell(1, "state") != "missing"

    def absent(dialog) -> None:
        dialog.setTextValue("未到场")
        dialog.accept()
    when_modal(absent)
    qtbot.mouseClick(console.missing_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: cell(1, "state") == "missing" and cell(1, "note") == "未到场", timeout=15_000)
    answer(True)
    qtbot.mouseClick(console.close_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: console.state_label.text() == "closed", timeout=15_000)
    assert NEW_LEARNER[0] in cell(1, "learner")

    # the sitting report, once the station's result has arrived
    SyncClient(live_server, station_for_server.keys).deliver(station_for_server.outbox.pending_results())
    out = tmp_path / "report"
    done = server_cli(server.config.instance_dir, "sittings", "report", centre, "--excel", out.with_suffix(".xlsx"),
                      "--pdf", out.with_suffix(".pdf"))
    assert done.returncode == 0, done.stderr
    assert "应考 2 人，实考 1 人，缺考 1 人，合格 0 人，不合格 1 人" in done.stdout   # nothing answered: failed
    with server.sessions() as s:
        report = sitting_report(s, centre)
    assert report["seats"][0]["score"] == "0" and report["seats"][1]["note"] == "未到场"
    kinds = [e["kind"] for e in report["proctor_actions"]]
    assert kinds[:1] == ["created"] and {"started", "extra_time", "force_submit", "missing", "closing"} <= set(kinds)
    sheet = load_workbook(out.with_suffix(".xlsx"))
    rows = list(sheet["考场情况"].iter_rows(values_only=True))
    assert rows[3][:6] == ("A01", LEARNER[0], "李四", "已交卷", "0", "不合格")
    assert rows[4][3:8] == ("缺考", None, None, None, "未到场")
    log_rows = list(sheet["监考记录"].iter_rows(values_only=True))
    assert any(r[1] == "延长时间" and r[4] == "15 分钟：更换电脑" for r in log_rows), log_rows
    # no log kind, state or detail left in English, times local without the ISO "T" (issue 19, an outsider)
    assert not [r for r in log_rows[1:] if re.search(r"[a-z]{4,}_[a-z]+|seat\(s\)|T\d\d:", f"{r[0]} {r[1]} {r[4]}")], \
        log_rows
    pdf = out.with_suffix(".pdf").read_bytes()
    assert pdf.startswith(b"%PDF") and LEARNER[0].encode() in pdf
    assert b"start_code" not in pdf and b"seat" not in pdf and not re.search(rb"\(\s*(started|closing|closed)\s*\)", pdf)

    # the console in Chinese on the closed sitting: no English left on screen (issue 19 #7)
    translators = install_translations(QApplication.instance(), "zh_CN")
    try:
        chinese = ProctorWindow(live_server, proctor_pc)
        qtbot.addWidget(chinese)
        chinese.resize(1366, 768)
        chinese.show()
        assert english_in(chinese, data=("jiankao",)) == []        # the login page
        chinese.user_edit.setText("jiankao")
        chinese.password_edit.setText(PROCTOR_PASSWORD)
        chinese.log_in()
        qtbot.waitUntil(lambda: chinese.stack.currentIndex() == 1 and chinese.table.rowCount() == 2, timeout=10_000)
        assert english_in(chinese, data=("jiankao", centre)) == []
        chinese.close()
    finally:
        for t in translators:
            QApplication.instance().removeTranslator(t)


def test_the_console_shows_and_prints_the_sittings_start_code(qtbot, server, centre, live_server,  # noqa: F811
                                                                tmp_path):
    import requests
    from PySide6.QtPrintSupport import QPrinter

    from sync_server.models import SittingEvent
    from tests.conftest import START_CODE
    from tests.sync_server.sittings.test_sittings import proctor
    console = ProctorWindow(live_server)
    qtbot.addWidget(console)
    console.user_edit.setText("jiankao")
    console.password_edit.setText(PROCTOR_PASSWORD)
    console.log_in()
    qtbot.waitUntil(lambda: console.table.rowCount() == 2, timeout=10_000)
    qtbot.mouseClick(console.start_code_button, Qt.MouseButton.LeftButton)    # none given yet: said plainly
    qtbot.waitUntil(lambda: "no start code" in console.status_label.text(), timeout=10_000)

    api = f"{live_server}/api/v1/admin/sittings/{centre}/start-code"
    http = proctor(live_server)
    wrong = http.put(api, json={"start_code": "AAAA-BBBB-CCCC"}, timeout=30)
    assert wrong.status_code == 409 and wrong.json()["error"] == "wrong_start_code"
    assert http.put(api, json={"start_code": START_CODE.lower()}, timeout=30).status_code == 200
    outsider = requests.get(api, timeout=10)
    assert outsider.status_code == 401 and START_CODE not in outsider.text

    qtbot.mouseClick(console.start_code_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: getattr(console, "slip", None) is not None and console.slip.isVisible(), timeout=10_000)
    slip = console.slip
    assert slip.code_label.text() == START_CODE.upper()
    assert START_CODE.upper() in slip.document().toPlainText() and "第一考场" in slip.document().toPlainText()
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "slip.pdf"))
    slip.print_to(printer)
    assert (tmp_path / "slip.pdf").read_bytes()[:5] == b"%PDF-"
    slip.close()
    with server.sessions() as s:
        kinds = [(e.kind, e.actor) for e in s.query(SittingEvent).filter_by(sitting_id=centre)
                 if e.kind.startswith("start_code")]
    assert kinds == [("start_code_set", "jiankao"), ("start_code_shown", "jiankao")]
    console.close()


def test_closing_while_a_station_is_offline_says_what_is_still_open(qtbot, server, centre, live_server):  # noqa: F811
    from sync_server.models import SittingEvent
    from sync_server.sittings.service import check_in, start
    from tests.server_fixtures import room_station
    room_station(server, "station-1")
    now = server.clock.now()
    with server.sessions.begin() as s:
        start(s, centre, "jiankao", now)
        check_in(server, s, "station-1", LEARNER[0], now, report={"state": "in_progress", "answered": 3,
                                                                   "total": 9})   # then its cable is pulled
    console, said = closed_from_the_console(qtbot, live_server, server)
    assert "1 learner(s) still in the exam are handed in" in said[0]
    assert "no result yet from A01." in console.status_label.text()
    assert "Never logged in: A02. Record each as missing" in console.status_label.text()
    with server.sessions.begin() as s:   # the station is back: it hands in (the forced submission it was given)
        assert [a["kind"] for a in check_in(server, s, "station-1", LEARNER[0], server.clock.now()).actions] \
            == ["force_submit"]
        check_in(server, s, "station-1", LEARNER[0], server.clock.now(), report={"state": "submitted",
                                                                               "result_id": str(uuid.uuid4())})
    qtbot.waitUntil(lambda: "no result yet" not in console.status_label.text(), timeout=10_000)
    assert console.state_label.text() == "closing" and "Never logged in: A02" in console.status_label.text()
    with server.sessions() as s:
        kinds = [e.kind for e in s.query(SittingEvent).filter_by(sitting_id=centre)]
    assert kinds.index("closing") < kinds.index("submitted")   # the audit log has both, in order
    console.close()


def test_closing_tells_who_checked_in_and_never_began_from_who_never_came(qtbot, server, centre,  # noqa: F811
                                                                         live_server):
    """Issue 14: a learner who checked in and never began kept a closed sitting "closing" while the console said
    "no result yet … each hands in as soon as its station reaches the server", which will never happen: it now
    tells them apart (before the close and after it), and once the proctor records them missing it is closed."""
    from sync_server.sittings.service import check_in, mark_missing, start
    from tests.server_fixtures import room_station
    room_station(server, "station-1")
    with server.sessions.begin() as s:
        check_in(server, s, "station-1", LEARNER[0], server.clock.now())   # 李四 logs in at A01, then leaves
        start(s, centre, "jiankao", server.clock.now())
    console, said = closed_from_the_console(qtbot, live_server, server)
    assert "0 learner(s) still in the exam" in said[0], said
    assert "1 learner(s) checked in whose start has not reached the server (李四)" in said[0], said
    assert "1 learner(s) never logged in (张三)" in said[0], said
    status = console.status_label.text()
    assert "Checked in but never began, by the server's record: A01. If they did not sit, record each as " \
        "missing" in status and "Never logged in: A02." in status and "no result yet" not in status, status
    with server.sessions.begin() as s:
        for learner in (LEARNER[0], NEW_LEARNER[0]):
            mark_missing(s, centre, learner, "未到场", "jiankao", server.clock.now())
    qtbot.waitUntil(lambda: console.state_label.text() == "closed", timeout=10_000)
    assert "Never logged in" not in console.status_label.text()
    console.close()


def test_extra_time_typed_replaces_the_suggestion_and_a_large_one_is_asked_again(qtbot):
    """Typing 5 after opening the dialog gives 5 minutes (it gave 105); more than an hour asks once more,
    and Cancel there gives nothing."""
    dialog = ExtraTimeDialog("李四（110101001，A01）", None, left_ms=20 * 60_000)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.keyClicks(dialog.minutes, "5")
    assert dialog.minutes.value() == 5 and "about 25 minutes left" in dialog.total_label.text()
    dialog.reason.setText("更换电脑")
    qtbot.keyClick(dialog.reason, Qt.Key.Key_Return)   # Enter gives nothing: the button is pressed
    assert dialog.isVisible() and dialog.result() != dialog.DialogCode.Accepted
    dialog.minutes.setValue(90)
    said: list[str] = []
    answer(False, said)
    dialog._ok()
    assert dialog.result() != dialog.DialogCode.Accepted and "more than an hour" in said[0]
    answer(True)
    dialog._ok()
    assert dialog.result() == dialog.DialogCode.Accepted


def test_a_proctor_calls_off_a_sitting_that_never_started_from_the_console(qtbot, server, centre,  # noqa: F811
                                                                            live_server):
    """The room's power failed before the start: the proctor calls the sitting off from the console (it was
    on the command line only), with the reason asked for, naming the sitting and its seated learners. One
    whose start code was read out is refused: it may have been sat, and is closed instead."""
    from datetime import timedelta

    from sync_server.models import Package, Sitting
    from sync_server.sittings.service import create_sitting, reveal_start_code, set_start_code
    from tests.conftest import START_CODE
    with server.sessions.begin() as s:   # the afternoon's sitting of the room: its start code was read out
        other = create_sitting(s, s.query(Package.package_id).scalar(), "第一考场",
                               server.clock.now() + timedelta(hours=3), [("110101009", "A01")], "test",
                               server.clock.now(), unit_id="C1").sitting_id
        set_start_code(server, s, other, START_CODE, "test", server.clock.now())
        reveal_start_code(server, s, other, "jiankao", server.clock.now())
    console = logged_in(qtbot, live_server, server)
    qtbot.waitUntil(lambda: console.sitting_combo.count() == 2, timeout=10_000)
    ids = [console.sitting_combo.itemData(i) for i in range(2)]
    console.sitting_combo.setCurrentIndex(ids.index(centre))
    console.refresh()
    qtbot.waitUntil(lambda: console.table.rowCount() == 2, timeout=10_000)
    assert console.call_off_button.isEnabled() and console.close_button.isEnabled()
    asked: list[str] = []

    def give_reason(dialog) -> None:
        asked.append(dialog.labelText())
        dialog.setTextValue(" " if not asked[1:] else "考场停电，改期")
        dialog.accept()
    when_modal(give_reason)
    qtbot.mouseClick(console.call_off_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Not called off" in console.status_label.text(), timeout=5_000)   # no reason: nothing
    with server.sessions() as s:
        assert s.get(Sitting, centre).state == "scheduled"
    when_modal(give_reason)
    qtbot.mouseClick(console.call_off_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: console.state_label.text() == "closed", timeout=10_000)
    assert "第一考场" in asked[1] and "2 learner(s)" in asked[1] and "cannot be undone" in asked[1]
    assert not console.call_off_button.isEnabled() and not console.close_button.isEnabled()
    with server.sessions() as s:
        [event] = s.scalars(select(SittingEvent).where(SittingEvent.sitting_id == centre,
                                                       SittingEvent.kind == "cancelled")).all()
        assert (event.actor, event.detail) == ("jiankao", "考场停电，改期") and "proctor-pc-1" in event.evidence
    console.sitting_combo.setCurrentIndex(ids.index(other))
    console.refresh()
    qtbot.waitUntil(lambda: console.table.rowCount() == 1, timeout=10_000)
    console.call_off("停电")
    qtbot.waitUntil(lambda: "Not done" in console.status_label.text(), timeout=10_000)
    assert "close it instead" in console.status_label.text()
    with server.sessions() as s:
        assert s.get(Sitting, other).state == "scheduled"
    console.close()
