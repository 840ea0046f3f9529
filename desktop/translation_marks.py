"""``QT_TRANSLATE_NOOP`` with its real type: PySide6's stub says it returns ``object``; it returns the
source text unchanged (translated later by ``QCoreApplication.translate`` with the same context).
pyside6-lupdate finds the calls by their name, so modules import it from here under the same name."""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    def QT_TRANSLATE_NOOP(context: str, source: str) -> str: ...  # noqa: N802 - Qt's name, kept for lupdate
else:
    from PySide6.QtCore import QT_TRANSLATE_NOOP

__all__ = ["QT_TRANSLATE_NOOP"]
