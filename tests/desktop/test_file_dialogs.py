"""The station's file dialogs are Qt's, never the system's (issue 23): the Explorer dialog's right-click
menu opens a command prompt on a kiosk. An open dialog is read-only."""
from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit, QMessageBox, QWidget

from desktop.ui import file_dialogs
from tests.desktop.ui_helpers import when_modal


def _on_file_dialog(action) -> None:
    """Run ``action`` on the next file dialog once it is shown (the static dialogs block in exec())."""
    def poll():
        dialog = next((w for w in QApplication.topLevelWidgets() if isinstance(w, QFileDialog) and w.isVisible()),
                      None)
        if dialog is None:
            QTimer.singleShot(20, poll)
        else:
            action(dialog)
    QTimer.singleShot(20, poll)


def test_open_and_save_use_qts_own_dialog_and_opening_changes_nothing(qtbot, tmp_path):
    parent = QWidget()
    qtbot.addWidget(parent)
    seen_options: list[tuple[bool, bool]] = []

    def look_then_cancel(dialog):
        seen_options.append((dialog.testOption(QFileDialog.Option.DontUseNativeDialog),
                             dialog.testOption(QFileDialog.Option.ReadOnly)))
        dialog.reject()
    _on_file_dialog(look_then_cancel)
    assert file_dialogs.open_file(parent, "open", "All files (*)", str(tmp_path)) == ""
    _on_file_dialog(look_then_cancel)
    assert file_dialogs.save_file(parent, "save", str(tmp_path / "r.pdf"), "PDF files (*.pdf)") == ""
    assert seen_options == [(True, True), (True, True)]   # saving too: no rename, delete or new folder


def _type_and_save(name: str, then=None) -> None:
    def go(dialog):
        dialog.findChild(QLineEdit, "fileNameEdit").setText(name)
        if then is not None:   # the next modal box, once this dialog is gone
            when_modal(then)
        dialog.accept()
    _on_file_dialog(go)


def test_a_save_dialog_writes_only_its_own_kind_of_file(qtbot, tmp_path):
    """A learner typed the station's database as the receipt's name and it became a PDF (issue 19, an
    outside tester): another kind of file is never named, the suffix is added."""
    parent = QWidget()
    qtbot.addWidget(parent)
    victim = tmp_path / "station.sqlite3"
    victim.write_bytes(b"results")
    _type_and_save(str(victim))
    assert file_dialogs.save_file(parent, "save", str(tmp_path / "r.pdf"), "PDF files (*.pdf)") == \
        str(victim) + ".pdf"
    _type_and_save(str(tmp_path / "receipt"))
    assert file_dialogs.save_file(parent, "save", str(tmp_path / "r.pdf"), "PDF files (*.pdf)") == \
        str(tmp_path / "receipt.pdf")
    assert victim.read_bytes() == b"results"
    (tmp_path / "receipt.pdf").write_bytes(b"%PDF")   # an existing receipt: asked, and No keeps it
    _type_and_save(str(tmp_path / "receipt"), lambda box: box.button(QMessageBox.StandardButton.No).click())
    assert file_dialogs.save_file(parent, "save", str(tmp_path / "r.pdf"), "PDF files (*.pdf)") == ""
