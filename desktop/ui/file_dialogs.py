"""File dialogs for the station's own windows, which a learner may sit in front of (issue 23): Qt's own
dialog, never the system's. The Windows Explorer dialog is a shell: its right-click menu opens a command
prompt, runs programs and deletes files, which a kiosk must not offer. Qt's dialog lists files only; an
open dialog is read-only (no new folder, rename or delete)."""
from __future__ import annotations

from PySide6.QtWidgets import QFileDialog, QWidget

_OPEN = QFileDialog.Option.DontUseNativeDialog | QFileDialog.Option.ReadOnly
_SAVE = QFileDialog.Option.DontUseNativeDialog


def open_file(parent: QWidget, title: str, filters: str, folder: str = "") -> str:
    """One file to read, or "" when the dialog was cancelled."""
    path, _ = QFileDialog.getOpenFileName(parent, title, folder, filters, options=_OPEN)
    return path


def open_files(parent: QWidget, title: str, filters: str = "", folder: str = "") -> list[str]:
    """Files to read, or [] when the dialog was cancelled."""
    paths, _ = QFileDialog.getOpenFileNames(parent, title, folder, filters, options=_OPEN)
    return paths


def save_file(parent: QWidget, title: str, name: str, filters: str) -> str:
    """Where to write a file (``name`` suggested), or "" when the dialog was cancelled."""
    path, _ = QFileDialog.getSaveFileName(parent, title, name, filters, options=_SAVE)
    return path
