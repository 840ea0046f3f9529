"""The station's file dialogs are Qt's, never the system's (issue 23): the Explorer dialog's right-click
menu opens a command prompt on a kiosk. An open dialog is read-only."""
from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QWidget

from desktop.ui import file_dialogs


def test_open_and_save_use_qts_own_dialog_and_opening_changes_nothing(qtbot, tmp_path):
    parent = QWidget()
    qtbot.addWidget(parent)
    seen: list[QFileDialog] = []

    def look_then_cancel():
        dialog = next((w for w in QApplication.topLevelWidgets() if isinstance(w, QFileDialog) and w.isVisible()),
                      None)
        if dialog is None:
            QTimer.singleShot(20, look_then_cancel)
            return
        seen.append(dialog)
        seen_options.append((dialog.testOption(QFileDialog.Option.DontUseNativeDialog),
                             dialog.testOption(QFileDialog.Option.ReadOnly)))
        dialog.reject()
    seen_options: list[tuple[bool, bool]] = []
    QTimer.singleShot(20, look_then_cancel)
    assert file_dialogs.open_file(parent, "open", "All files (*)", str(tmp_path)) == ""
    QTimer.singleShot(20, look_then_cancel)
    assert file_dialogs.save_file(parent, "save", str(tmp_path / "r.pdf"), "PDF files (*.pdf)") == ""
    assert seen_options == [(True, True), (True, False)]
