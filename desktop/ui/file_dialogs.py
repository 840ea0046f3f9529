"""File dialogs for the station's own windows, which a learner may sit in front of (issue 23): Qt's own
dialog, never the system's. The Windows Explorer dialog is a shell: its right-click menu opens a command
prompt, runs programs and deletes files, which a kiosk must not offer. Qt's dialog lists files only, and
is read-only both ways (no new folder, rename or delete: an outside tester deleted files from the receipt's
save dialog). A save dialog writes only its own kind of file: the suffix is added to any name that lacks it,
so a typed ``station.sqlite3`` becomes ``station.sqlite3.pdf`` and never overwrites the station's data."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

_OPEN = QFileDialog.Option.DontUseNativeDialog | QFileDialog.Option.ReadOnly
_SAVE = QFileDialog.Option.DontUseNativeDialog | QFileDialog.Option.ReadOnly


def open_file(parent: QWidget, title: str, filters: str, folder: str = "") -> str:
    """One file to read, or "" when the dialog was cancelled."""
    path, _ = QFileDialog.getOpenFileName(parent, title, folder, filters, options=_OPEN)
    return path


def open_files(parent: QWidget, title: str, filters: str = "", folder: str = "") -> list[str]:
    """Files to read, or [] when the dialog was cancelled."""
    paths, _ = QFileDialog.getOpenFileNames(parent, title, folder, filters, options=_OPEN)
    return paths


def save_file(parent: QWidget, title: str, name: str, filters: str, suffix: str = "pdf") -> str:
    """Where to write a file of ``suffix`` (``name`` suggested; a bare name starts in the user's Documents,
    not the program's folder), or "" when the dialog was cancelled or the person kept an existing file."""
    start = name if Path(name).parent != Path(".") else str(Path(QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.DocumentsLocation) or Path.home()) / name)
    dialog = QFileDialog(parent, title, start, filters)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    # asked here, of the name that will be written (the dialog would ask of the name typed)
    dialog.setOptions(_SAVE | QFileDialog.Option.DontConfirmOverwrite)
    dialog.setDefaultSuffix(suffix)
    if not dialog.exec() or not dialog.selectedFiles():
        return ""
    path = Path(dialog.selectedFiles()[0])
    if path.suffix.lower() != f".{suffix}":
        path = path.with_name(f"{path.name}.{suffix}")   # another kind of file is never written over
    if path.exists() and QMessageBox.question(
            parent, title, QCoreApplication.translate("FileDialogs", "%1 already exists. Replace it?")
            .replace("%1", path.name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No) != QMessageBox.StandardButton.Yes:
        return ""
    return str(path)
