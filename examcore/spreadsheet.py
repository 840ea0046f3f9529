"""The one way exports write Excel cells: text from people (a learner's name, a phone, a proctor's reason)
is written as text, never as a formula.

Excel, WPS and LibreOffice run a cell that starts with ``=``, ``+``, ``-`` or ``@`` as a formula
(``=HYPERLINK(...)``, ``=cmd|'/C calc'!A0``); a leading tab or carriage return hides such a start, and
WPS and Excel's IME also accept the full-width forms ``＝＋－＠``. openpyxl turns every string starting with
``=`` into a formula cell. So every string goes out as a string cell (``t="inlineStr"`` or a shared
string), and a formula-like one also carries ``quotePrefix`` so that editing the cell in Excel keeps it
text. The text itself is never changed: a reader gets back exactly what was stored (OWASP "CSV
injection"; the quote-prefix style instead of a visible apostrophe keeps the data exact).

Numbers, dates and booleans stay what they are. Characters a workbook cannot hold (C0 controls other than
tab, LF, CR) would make openpyxl refuse the whole export; they are written as U+FFFD instead.
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE, Cell

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\n", "＝", "＋", "－", "＠")
_LEADING_BLANK = re.compile(r"^[ \u3000]+")


def formula_like(text: str) -> bool:
    """True when a spreadsheet program could read ``text`` as a formula (also after leading spaces)."""
    return _LEADING_BLANK.sub("", text).startswith(FORMULA_STARTS)


def safe_text(text: str) -> str:
    """``text`` with the characters no workbook can hold replaced by U+FFFD; otherwise unchanged."""
    return ILLEGAL_CHARACTERS_RE.sub("\ufffd", text)


def safe_cell(ws: Any, value: object) -> Any:
    """A cell for ``ws.append``: a string is a string cell, never a formula; anything else as openpyxl
    writes it. ``ws`` is a normal or a write-only worksheet."""
    if not isinstance(value, str):
        return value
    text = safe_text(value)
    cell = Cell(ws, row=1, column=1)
    cell._value = text          # not cell.value: its setter makes a formula of "=..."
    cell.data_type = "s"
    if formula_like(text):
        cell.quotePrefix = True  # Excel keeps it text when the cell is edited
    return cell


def append_row(ws: Any, values: Iterable[object]) -> None:
    """``ws.append(values)`` with every string written as text (see the module's docstring)."""
    ws.append([safe_cell(ws, v) for v in values])
