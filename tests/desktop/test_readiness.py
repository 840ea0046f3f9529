"""The readiness check in the station window, as IT staff use it the day before an exam: every self-test
check and a practice exam with the network cut, run from the login page; a failure shows what to do."""
from __future__ import annotations

import json

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop.ui.readiness_dialog import ReadinessDialog


def test_a_ready_station_passes_every_check_and_the_practice_exam(qtbot, key_helper, controller, tmp_path,
                                                                  monkeypatch):
    setting = tmp_path / "data-folder.json"   # the station's folder is this PC's (`xuefa data-folder set`)
    setting.write_text(json.dumps({"data_dir": str(controller.station.data_dir)}), encoding="utf-8")
    monkeypatch.setenv("XUEFA_STATION_SETTING", str(setting))
    controller.start()
    qtbot.mouseClick(controller.login.readiness_button, Qt.MouseButton.LeftButton)
    dialog = controller.readiness
    assert dialog.isVisible()
    qtbot.mouseClick(dialog.run_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.run_button.isEnabled() and bool(dialog.checks), timeout=120_000)
    rows = {dialog.tree.topLevelItem(i).text(0): dialog.tree.topLevelItem(i).text(1)
            for i in range(dialog.tree.topLevelItemCount())}
    assert rows["Practice: network lost"] == "ok" and rows["Practice: USB bundle"] == "ok"
    assert rows["Data folder"] == "ok" and rows["Chinese fonts"] == "ok" and rows["Centre server"] == "skipped"
    assert rows["Station keys"] == "ok"     # held by the key helper, not in the data folder
    assert dialog.verdict.text() == "Ready for exam day: every check passed."
    dialog.close()


def test_a_failing_check_says_what_to_do(qtbot, tmp_path):
    blocked = tmp_path / "file"
    blocked.write_text("in the way")
    dialog = ReadinessDialog(blocked / "data")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.run()
    qtbot.waitUntil(lambda: dialog.run_button.isEnabled() and bool(dialog.checks), timeout=120_000)
    # the folder, and so no keys either (no key helper runs here)
    assert dialog.verdict.text() == "NOT ready: 2 check(s) failed. See what to do below."
    failed = next(dialog.tree.topLevelItem(i) for i in range(dialog.tree.topLevelItemCount())
                  if dialog.tree.topLevelItem(i).text(1) == "FAILED")
    assert failed.text(0) == "Data folder" and failed.child(0).text(0) == "What to do"
    assert "write access" in failed.child(0).text(2) and dialog.advice.text().startswith("Data folder: Give this")
    QApplication.instance().setStyleSheet("")


def test_warnings_are_said_in_the_verdict_and_what_to_do(qtbot, tmp_path):
    """A warning fails nothing, but the verdict says to read it (it said only "every check passed")."""
    from desktop.selftest import OK, WARN, Check
    dialog = ReadinessDialog(tmp_path)
    qtbot.addWidget(dialog)
    dialog._show([Check("Data folder", OK, "fine"),
                  Check("Data folder's place", WARN, "on the system drive", "Choose another disk.")])
    assert dialog.verdict.text() == "Ready for exam day: every check passed; read the 1 warning(s) below."
    assert "Choose another disk." in dialog.advice.text()
    assert dialog.tree.topLevelItem(1).text(1) == "warning"
