"""The admin window's account pieces against a real server process: a new account's forced password change,
the 管理员 page disabling an account, and the top administrator's 审计日志 page exported to Excel."""
from __future__ import annotations

from openpyxl import load_workbook
from PySide6.QtCore import Qt

from examcore.clock import utc_naive
from desktop.ui.admin.admin_window import AdminWindow
from sync_server.admins import create_admin
from sync_server.directory.service import put_unit
from sync_server.models import AdminAccount

PASSWORD = "Admin-pass-2026"


def _log_in(qtbot, window: AdminWindow, user: str, password: str = PASSWORD) -> None:
    window.user_edit.setText(user)
    window.password_edit.setText(password)
    qtbot.mouseClick(window.login_button, Qt.MouseButton.LeftButton)


def test_forced_change_then_manage_then_audit(qtbot, server, live_server, tmp_path):
    now = utc_naive(server.clock.now())
    with server.sessions.begin() as s:
        put_unit(s, "P", "示范省", "province", None, now)
        put_unit(s, "C1", "甲市", "city", "P", now)
        put_unit(s, "A", "A单位", "unit", "C1", now)
        create_admin(s, "sheng", PASSWORD, "provincial_admin", "P", now, must_change_password=False)
        create_admin(s, "wang", PASSWORD, "centre_admin", "C1", now)   # new: must change at first login
        create_admin(s, "danwei_a", PASSWORD, "unit_admin", "A", now, must_change_password=False)

    window = AdminWindow(live_server)
    qtbot.addWidget(window)
    window.show()
    _log_in(qtbot, window, "wang")
    qtbot.waitUntil(lambda: getattr(window, "password_dialog", None) is not None
                    and window.password_dialog.isVisible(), timeout=15_000)
    dialog = window.password_dialog
    assert window.stack.currentIndex() == 0   # nothing of the server is shown before the change
    dialog.old_edit.setText(PASSWORD)
    for edit in (dialog.new_edit, dialog.repeat_edit):
        edit.setText("password1234")
    dialog.buttons.accepted.emit()
    assert "common" in dialog.error_label.text()
    for edit in (dialog.new_edit, dialog.repeat_edit):
        edit.setText("Quiet-harbour-2207")
    dialog.buttons.accepted.emit()
    qtbot.waitUntil(lambda: window.stack.currentIndex() == 1, timeout=15_000)
    with server.sessions() as s:
        assert s.get(AdminAccount, "wang").must_change_password is False

    page = window.accounts
    qtbot.waitUntil(lambda: page.table.rowCount() == 1, timeout=15_000)
    assert page.table.item(0, 0).text() == "danwei_a"
    assert not hasattr(window, "audit")   # a centre admin has no security log tab
    page.table.selectRow(0)
    # disabling asks first, naming whom (issue 19: one click locked a proctor out mid-sitting); Cancel is the
    # default, and cancelling changes nothing
    from tests.desktop.ui_helpers import when_modal
    asked: list[str] = []
    when_modal(lambda box: (asked.append(box.text()), box.cancel_button.click()))
    qtbot.mouseClick(page.disable_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(asked), timeout=15_000)
    assert "danwei_a" in asked[0] and "unit administrator" in asked[0] and "unit A" in asked[0]
    with server.sessions() as s:
        assert not s.get(AdminAccount, "danwei_a").disabled
    when_modal(lambda box: (asked.append(box.text()), box.defaultButton() is box.cancel_button
                            and box.act_button.click()))
    qtbot.mouseClick(page.disable_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "disabled" in page.status_label.text(), timeout=15_000)
    with server.sessions() as s:
        assert s.get(AdminAccount, "danwei_a").disabled

    top = AdminWindow(live_server)
    qtbot.addWidget(top)
    top.show()
    _log_in(qtbot, top, "sheng")
    qtbot.waitUntil(lambda: top.stack.currentIndex() == 1, timeout=15_000)
    audit = top.audit
    qtbot.waitUntil(lambda: len(audit.entries) >= 4, timeout=15_000)
    assert [(e["action"], e["object"]) for e in audit.entries[:3]] == [
        ("login", "admin:sheng"), ("admin.disable", "admin:danwei_a"), ("admin.change_password", "admin:wang")]
    out = tmp_path / "audit.xlsx"
    audit.export(out)
    rows = [[c.value for c in row] for row in load_workbook(out).active.iter_rows(min_row=3)]
    assert [r[3] for r in rows[:3]] == ["login", "admin.disable", "admin.change_password"]
    assert rows[1][1] == "wang" and rows[1][2] == "127.0.0.1"


def test_a_new_proctor_changes_the_password_in_the_console_first(qtbot, server, live_server):
    from desktop.ui.proctor.proctor_window import ProctorWindow
    now = utc_naive(server.clock.now())
    with server.sessions.begin() as s:
        put_unit(s, "C1", "甲市考试中心", "city", None, now)
        create_admin(s, "jiankao", PASSWORD, "proctor", "C1", now)   # new: must change at first login
    console = ProctorWindow(live_server)
    qtbot.addWidget(console)
    console.show()
    console.login_form.user_edit.setText("jiankao")
    console.login_form.password_edit.setText(PASSWORD)
    qtbot.mouseClick(console.login_form.login_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: getattr(console, "password_dialog", None) is not None
                    and console.password_dialog.isVisible(), timeout=15_000)
    assert console.stack.currentIndex() == 0
    dialog = console.password_dialog
    dialog.old_edit.setText(PASSWORD)
    for edit in (dialog.new_edit, dialog.repeat_edit):
        edit.setText("Exam-room-lantern-42")
    dialog.buttons.accepted.emit()
    qtbot.waitUntil(lambda: console.stack.currentIndex() == 1, timeout=15_000)
    assert console.status_label.text()   # "no sittings today": the sittings call went through
