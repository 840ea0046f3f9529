"""The core stays free of UI and web frameworks (ARCHITECTURE.md, STYLE.md 1)."""
from __future__ import annotations

import ast
from pathlib import Path

FORBIDDEN = {"PySide6", "PyQt5", "PyQt6", "flask", "desktop", "sync_server", "werkzeug"}


def test_examcore_imports_neither_qt_nor_flask():
    root = Path(__file__).resolve().parents[1] / "examcore"
    offenders = []
    files = list(root.rglob("*.py"))
    assert files, "examcore has no modules"
    for path in files:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = ([a.name for a in node.names] if isinstance(node, ast.Import)
                     else [node.module or ""] if isinstance(node, ast.ImportFrom) and node.level == 0 else [])
            offenders += [f"{path.name}: {n}" for n in names if n.split(".")[0] in FORBIDDEN]
    assert offenders == []
