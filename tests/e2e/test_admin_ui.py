"""The desktop admin UI against a real centre and province (server processes on loopback), driven like
an administrator: log in, read the unit report and drill down, export it, the unit summary, reset a
password, approve a waiting station, import a station's USB bundle, and sync upstream with progress."""
from __future__ import annotations

from datetime import datetime, timezone

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from sqlalchemy import func, select

from desktop.app import install_translations
from desktop.ui.admin.admin_window import AdminWindow
from examcore.clock import utc_naive
from examcore.sync_client import SyncClient
from sync_server.admins import create_admin
from sync_server.config import Config
from sync_server.context import ServerContext
from sync_server.directory.service import LearnerFields, put_learner, put_unit
from sync_server.models import Device, Result
from tests.desktop.window_walk import english_in
from tests.desktop.ui_helpers import when_modal
from tests.conftest import LEARNER, NEW_LEARNER, ready_station
from tests.e2e.test_three_tiers import _code, _server_code, cli, tiers  # noqa: F401  (the fixture)
from tests.server_fixtures import sit_exam

ADMIN_PASSWORD = "Centre-admin-2026"


@pytest.fixture
def centre_world(tiers):  # noqa: F811
    folders, urls, stations = tiers
    ctx = ServerContext.open(Config(folders["centre"]))
    now = utc_naive(datetime.now(timezone.utc))
    with ctx.sessions.begin() as s:
        put_unit(s, "C1", "甲市考试中心", "city", None, now)
        put_unit(s, "U1", "市司法局", "unit", "C1", now)
        put_unit(s, "U2", "市人社局", "unit", "C1", now)
        put_learner(s, LEARNER[0], LearnerFields("李四", "U1", "处长", True), now)
        put_learner(s, NEW_LEARNER[0], LearnerFields("张三", "U2", "科员"), now)
        create_admin(s, "zhongxin", ADMIN_PASSWORD, "centre_admin", "C1", now, "王主任", "13800000000",
                     must_change_password=False)
        create_admin(s, "jiankao", ADMIN_PASSWORD, "proctor", "C1", now, must_change_password=False)
    ctx.close()
    sit_exam(stations[0], right=3, who=LEARNER)
    stations[0].enrolment.enrol(urls["centre"], "考场1", _code(folders["centre"]))
    outcomes = SyncClient(urls["centre"], stations[0].keys).deliver(stations[0].outbox.pending_results())
    stations[0].outbox.clear_results([o["receipt"].encode() for o in outcomes])
    return folders, urls, stations


def _log_in(qtbot, window: AdminWindow, user: str) -> None:
    window.user_edit.setText(user)
    window.password_edit.setText(ADMIN_PASSWORD)
    qtbot.mouseClick(window.login_button, Qt.MouseButton.LeftButton)


def test_an_administrator_reports_syncs_and_approves_from_the_desktop(qtbot, qapp, centre_world, tmp_path, issuer,
                                                                     roster_file):
    folders, urls, stations = centre_world
    window = AdminWindow(urls["centre"])
    qtbot.addWidget(window)
    window.show()
    _log_in(qtbot, window, "jiankao")   # a proctor is sent to the proctor console
    qtbot.waitUntil(lambda: "proctor's account" in window.login_error.text(), timeout=15_000)
    _log_in(qtbot, window, "zhongxin")
    qtbot.waitUntil(lambda: window.stack.currentIndex() == 1, timeout=15_000)

    # the unit report: the whole centre, then one unit under it
    reports = window.reports
    qtbot.waitUntil(lambda: reports.report is not None, timeout=15_000)

    def cells(row: int) -> list[str]:
        return [reports.table.item(row, c).text() for c in range(reports.table.columnCount())]
    assert cells(0)[:7] == ["甲市考试中心 (all)", "2", "0", "1", "1", "0", "1"]
    assert cells(0)[7:9] == ["50.0%", "50.0%"]   # both over those who should sit (reports.py)
    assert [cells(r)[0] for r in range(1, reports.table.rowCount())] == ["市司法局", "市人社局"]
    assert [name for name, *_ in reports.chart.rows] == ["市司法局", "市人社局"]
    reports.table.cellDoubleClicked.emit(1, 0)
    qtbot.waitUntil(lambda: reports.where_label.text() == "甲市考试中心 › 市司法局", timeout=15_000)
    assert cells(0)[:4] == ["市司法局 (all)", "1", "0", "1"] and reports.up_button.isEnabled()
    reports.export(tmp_path / "report.xlsx")
    sheet = load_workbook(tmp_path / "report.xlsx").active
    assert sheet["A2"].value == "Unit" and sheet["A3"].value == "市司法局" and sheet["D3"].value == "1"
    reports.export(tmp_path / "report.pdf")
    assert (tmp_path / "report.pdf").read_bytes()[:5] == b"%PDF-"
    qtbot.mouseClick(reports.up_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: reports.where_label.text() == "甲市考试中心", timeout=15_000)

    # the unit summary the province asks for
    summary = window.summary
    qtbot.waitUntil(lambda: summary.table.rowCount() == 3, timeout=15_000)
    assert summary.rows[0][:5] == ["甲市考试中心", "", 0, 0, "王主任"] and summary.rows[0][5] == "13800000000"

    # item analysis covers every unit's results: not for a centre admin below the top
    qtbot.waitUntil(lambda: window.items.status_label.text() != "", timeout=15_000)
    assert window.items.table.rowCount() == 0 and "top administrator" in window.items.status_label.text()

    # a password reset gives a one-time password to hand over
    roster = window.roster
    qtbot.waitUntil(lambda: roster.unit_combo.count() == 3, timeout=15_000)
    roster.unit_combo.setCurrentIndex(roster.unit_combo.findData("U1"))
    roster.refresh()
    qtbot.waitUntil(lambda: roster.table.rowCount() == 1, timeout=15_000)
    roster.table.selectRow(0)
    said: list[str] = []
    def cancel(box) -> None:
        said.append(box.text())
        box.cancel_button.click()
    when_modal(cancel)   # the reset asks first, naming the learner; Cancel changes nothing
    roster.ask_reset()
    assert LEARNER[0] in said[0] and "New one-time password" not in roster.status_label.text()
    roster.reset(LEARNER[0])
    qtbot.waitUntil(lambda: "New one-time password" in roster.status_label.text(), timeout=15_000)
    assert roster.last_password in roster.status_label.text()

    # an Excel roster: a row outside the admin's units changes nothing; a good file adds, with slips
    from openpyxl import Workbook
    book = Workbook()
    book.active.append(["学号", "姓名", "单位", "职务级别", "状态", "免考原因", "免考截止"])
    book.active.append(["110101777", "王五", "U2", "科员", "免考", "长期病假", "2099-06-30"])
    book.active.append(["110101778", "外人", "外省单位", "科员"])
    book.save(tmp_path / "新人.xlsx")
    roster.import_roster(tmp_path / "新人.xlsx")
    qtbot.waitUntil(lambda: "Nothing was changed" in roster.status_label.text(), timeout=15_000)
    assert "外省单位" in roster.status_label.text()
    book.active.delete_rows(3)
    book.save(tmp_path / "新人.xlsx")
    roster.import_roster(tmp_path / "新人.xlsx")
    qtbot.waitUntil(lambda: "1 new learner(s)" in roster.status_label.text(), timeout=15_000)
    assert (tmp_path / "新人.slips.pdf").read_bytes()[:5] == b"%PDF-"
    roster.export_roster(tmp_path / "roster.xlsx")
    qtbot.waitUntil(lambda: (tmp_path / "roster.xlsx").exists(), timeout=15_000)
    exported = [row[0] for row in load_workbook(tmp_path / "roster.xlsx").active.iter_rows(min_row=2, values_only=True)]
    assert exported == [LEARNER[0]]   # the unit chosen on the page (U1)
    roster.unit_combo.setCurrentIndex(roster.unit_combo.findData("U2"))   # the exemption, why and until when
    roster.refresh()
    shown = (lambda: {roster.table.item(r, 0).text(): roster.table.item(r, 4).text()
                      for r in range(roster.table.rowCount())})
    qtbot.waitUntil(lambda: "110101777" in shown(), timeout=15_000)
    assert shown()["110101777"] == "exempt: 长期病假 (until 2099-06-30)"

    # the Sync page: a station waiting for approval is approved
    sync = window.sync
    newcomer = ready_station(tmp_path / "newcomer", None, issuer, roster_file, tmp_path / "exam.xfp")
    try:
        newcomer.enrolment.enrol(urls["centre"], "考场2")   # no code: it waits for an administrator
        sync.load()
        qtbot.waitUntil(lambda: any(d["device_id"] == newcomer.keys.device_id for d in sync.devices), timeout=15_000)
        assert "1 station(s) waiting for approval" in sync.state_label.text()
        sync.devices_table.selectRow(0)   # waiting stations are listed first
        qtbot.mouseClick(sync.approve_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: "0 station(s) waiting" in sync.state_label.text(), timeout=15_000)

        # the newcomer's results come by USB: imported here, the receipt file written beside the bundle
        sit_exam(newcomer, right=2, who=NEW_LEARNER)
        bundle = tmp_path / "pc2.xfr"
        newcomer.outbox.export(bundle)
        sync.import_bundle(bundle)
        qtbot.waitUntil(lambda: "Carry pc2.receipts.json back" in sync.usb_label.text(), timeout=30_000)
        assert ": 1 stored. Carry" in sync.usb_label.text()   # outcome words, not the server's status codes
        cleared = newcomer.outbox.apply_receipt_file((tmp_path / "pc2.receipts.json").read_bytes()).results
        assert cleared == 1 and newcomer.outbox.pending_results() == []   # the station's copy is cleared by the receipt
    finally:
        newcomer.close()

    # sync upstream now, with progress, once the upstream is set
    up = cli(folders["centre"], "set-upstream", urls["province"], "--code", _server_code(folders["province"]))
    assert up.returncode == 0, up.stderr
    sync.load()
    qtbot.waitUntil(lambda: sync.sync_button.isEnabled(), timeout=15_000)
    qtbot.mouseClick(sync.sync_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: sync.sync_label.text().startswith(("Done", "The sync stopped")), timeout=60_000)
    assert "2 result(s) sent" in sync.sync_label.text() and "both sides hold the same 2 result(s)" in sync.sync_label.text(), sync.sync_label.text()
    province = ServerContext.open(Config(folders["province"]))
    with province.sessions.begin() as s:
        assert s.scalar(select(func.count()).select_from(Result)) == 2
        now = utc_naive(datetime.now(timezone.utc))
        put_unit(s, "P", "某省", "province", None, now)
        create_admin(s, "sheng", ADMIN_PASSWORD, "provincial_admin", "P", now, must_change_password=False)
    province.close()
    # at the province, its top administrator sees the item analysis over both results
    top = AdminWindow(urls["province"])     # the province speaks HTTPS: its fingerprint is typed
    qtbot.addWidget(top)
    from sync_server.tls import current
    top.login_form.fingerprint_edit.setText(current(folders["province"]).fingerprint[:20])
    _log_in(qtbot, top, "sheng")
    qtbot.waitUntil(lambda: top.stack.currentIndex() == 1 and top.items.table.rowCount() > 0, timeout=15_000)
    assert top.items.status_label.text().startswith(f"{top.items.table.rowCount()} question(s)")
    top.items.export(tmp_path / "items.xlsx")
    assert load_workbook(tmp_path / "items.xlsx").active["A2"].value == "Question"
    top.close()
    centre = ServerContext.open(Config(folders["centre"]))
    with centre.sessions() as s:
        assert s.get(Device, newcomer.keys.device_id).status == "approved"

    def status() -> str:
        with centre.sessions() as s:
            return s.get(Device, newcomer.keys.device_id).status
    sync.load()   # revoking asks first, naming the station; Cancel changes nothing
    qtbot.waitUntil(lambda: any(d["device_id"] == newcomer.keys.device_id for d in sync.devices), timeout=15_000)
    mine = newcomer.keys.device_id
    sync.devices_table.selectRow(next(r for r, d in enumerate(sync.devices) if d["device_id"] == mine))
    said.clear()
    when_modal(cancel)
    sync.revoke_selected()
    qtbot.wait(500)
    assert newcomer.keys.device_id in said[0] and status() == "approved"
    when_modal(lambda box: box.act_button.click())
    sync.revoke_selected()
    qtbot.waitUntil(lambda: status() == "revoked", timeout=15_000)
    centre.close()
    window.close()

    # the same window in Chinese, every page walked for English left on screen (issue 19 #7)
    translators = install_translations(qapp, "zh_CN")
    try:
        chinese = AdminWindow(urls["centre"])
        qtbot.addWidget(chinese)
        chinese.resize(1366, 768)
        chinese.show()
        _log_in(qtbot, chinese, "zhongxin")
        qtbot.waitUntil(lambda: chinese.stack.currentIndex() == 1 and chinese.reports.report is not None
                        and chinese.roster.unit_combo.count() == 3 and bool(chinese.sync.devices), timeout=15_000)
        chinese.roster.unit_combo.setCurrentIndex(chinese.roster.unit_combo.findData("U2"))
        chinese.roster.refresh()
        qtbot.waitUntil(lambda: chinese.roster.table.rowCount() == 2, timeout=15_000)
        left = {}
        pages = chinese.tabs
        for i in range(pages.count()):
            pages.setCurrentIndex(i)
            qtbot.wait(200)
            ids = tuple(d["device_id"] for d in chinese.sync.devices)   # data, as the accounts' names
            left[pages.tabText(i)] = english_in(chinese, data=("zhongxin", "jiankao", "centre", *ids))
        assert {k: v for k, v in left.items() if v} == {}
        # the whole window fits 1093×614 (1366×768 at Windows' 125 %) with its title bar, in Chinese with
        # every page loaded: a page larger than that scrolls (issue 19: 1113 px wide, the close button off screen)
        need = chinese.minimumSizeHint()
        assert need.width() + 40 <= 1093 and need.height() + 40 <= 614, need
        chinese.close()
    finally:
        for t in translators:
            qapp.removeTranslator(t)
