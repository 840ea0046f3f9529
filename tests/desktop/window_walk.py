"""Walking a window for English left on a Chinese screen (issue 19 #7): every text a person can see
(labels, buttons, headers, placeholders, list and table items, tabs, titles, tooltips) is read."""
from __future__ import annotations

import re

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QComboBox, QGroupBox, QLabel, QLineEdit,
                               QListWidget, QTabWidget, QTextEdit, QTreeWidget, QWidget)

# Latin words a Chinese screen rightly shows: names of formats and things, units, the product's own name
# and the names of keys printed on the keyboard
ALLOWED = {"PDF", "USB", "Xuefa", "xfp", "xfc", "xfs", "txt", "docx", "html", "htm", "Excel", "Word", "SHA",
           "PgDn", "PgUp", "Tab", "Esc", "Enter", "Ctrl", "Alt", "Shift", "XXXX"}
WORD = re.compile(r"[A-Za-z]{3,}")
TAG = re.compile(r"<[^>]+>|&[a-z]+;")
HEX = re.compile(r"[0-9a-fA-F-]{16,}")   # result ids and check values are shown as they are
# typed, not translated: a server's address, a command, a code or fingerprint in groups
TYPED = re.compile(r"https?://[^\s。，；）]+|\bxuefa(?:-server)?(?: [a-z][a-z-]*)*|\b[A-Z0-9]{4}(?:-[A-Z0-9]{4})+\b")


def _texts(widget: QWidget) -> list[str]:
    out = [widget.windowTitle(), widget.toolTip()]
    if isinstance(widget, QLabel):
        out.append(TAG.sub(" ", widget.text()))
    elif isinstance(widget, QAbstractButton):
        out.append(widget.text())
    elif isinstance(widget, QGroupBox):
        out.append(widget.title())
    elif isinstance(widget, QLineEdit):
        out.append(widget.placeholderText())
    elif isinstance(widget, QComboBox):
        out += [widget.itemText(i) for i in range(widget.count())]
    elif isinstance(widget, QTabWidget):
        out += [widget.tabText(i) for i in range(widget.count())]
    elif isinstance(widget, QTextEdit):
        out.append(widget.toPlainText())
    if isinstance(widget, QListWidget):
        out += [widget.item(i).text() for i in range(widget.count())]
    elif isinstance(widget, QTreeWidget):
        out += [widget.headerItem().text(c) for c in range(widget.columnCount())]
    elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
        model, root = widget.model(), QModelIndex()
        columns = model.columnCount(root)
        out += [str(model.headerData(c, Qt.Orientation.Horizontal) or "") for c in range(columns)]
        out += [str(model.data(model.index(r, c, root)) or "") for r in range(min(model.rowCount(root), 50))
                for c in range(columns)]
    return out


def english_in(window: QWidget, data: tuple[str, ...] = ()) -> list[str]:
    """The visible texts of ``window`` and its children that hold an English word. ``data``: Latin values
    the test itself put there (account names, station ids), which are not the interface's words."""
    found = []
    for w in [window, *window.findChildren(QWidget)]:
        if not w.isVisibleTo(window) and w is not window:
            continue
        for text in _texts(w):
            for value in data:
                text = (text or "").replace(value, " ")
            # ids and check values first: a uuid whose groups are all digits (4134-8816) looks like a typed code
            words = [x for x in WORD.findall(TYPED.sub(" ", HEX.sub(" ", text or ""))) if x not in ALLOWED]
            if words:
                found.append(f"{type(w).__name__} {w.objectName() or ''}: {text!r}")
    return sorted(set(found))
