"""Every visible string has a Simplified Chinese translation, and the station shows it by default."""
from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from desktop.app import install_translations
from desktop.services.preferences import Preferences
from desktop.ui.login_window import LoginWindow
from desktop.ui.messages import package_error

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "translations" / "xuefa_zh_CN.ts"


def _messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    root = ET.parse(ts).getroot()
    return {(ctx.findtext("name"), m.findtext("source")): m for ctx in root.iter("context") for m in ctx.iter("message")}


def test_every_string_in_the_code_has_a_finished_chinese_translation(tmp_path):
    fresh = tmp_path / "fresh.ts"
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    sources = [str(p) for p in (ROOT / "desktop").rglob("*.py")]
    subprocess.run([str(lupdate), *sources, "-ts", str(fresh)], check=True, capture_output=True, timeout=120)
    in_code, committed = _messages(fresh), _messages(TS)
    missing = sorted(set(in_code) - set(committed))
    assert missing == [], f"run `make translations-update` and translate: {missing}"
    unfinished = [k for k, m in committed.items() if m.find("translation").get("type") == "unfinished"]
    assert unfinished == []


def test_the_station_speaks_chinese_by_default(qtbot, qapp, station):
    translators = install_translations(qapp, "zh_CN")
    try:
        assert translators, "compiled translations are missing: run `make translations`"
        window = LoginWindow(station.accounts, Preferences(station.data_dir))
        qtbot.addWidget(window)
        assert window.login_button.text() == "登录"
        assert package_error("wrong_start_code").startswith("开考码不正确")
    finally:
        for t in translators:
            qapp.removeTranslator(t)


def test_qts_own_file_dialog_speaks_chinese_every_label(qtbot, qapp):
    """Qt's catalogue lacks "&Look in:" and "Files of &type:" as QFileDialog asks for them: a Chinese file
    dialog said them in English (found by an outside tester); ours translate them."""
    from PySide6.QtWidgets import QFileDialog
    translators = install_translations(qapp, "zh_CN")
    try:
        dialog = QFileDialog(None, "x")
        qtbot.addWidget(dialog)
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        labels = [dialog.labelText(label) for label in QFileDialog.DialogLabel]
        assert all(any("\u4e00" <= ch <= "\u9fff" for ch in text) for text in labels), labels
    finally:
        for t in translators:
            qapp.removeTranslator(t)
