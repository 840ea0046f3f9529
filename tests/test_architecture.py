"""The core stays free of UI and web frameworks (ARCHITECTURE.md, STYLE.md 1) and type-clean (STYLE.md 7)."""
from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FORBIDDEN = {"PySide6", "PyQt5", "PyQt6", "flask", "werkzeug", "desktop", "sync_server"}


def forbidden_imports(source: str) -> list[str]:
    names: list[str] = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            names += [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names.append(node.module)
    return [n for n in names if n.split(".")[0] in FORBIDDEN]


def test_the_check_itself_sees_forbidden_imports():
    assert forbidden_imports("import os\nfrom PySide6.QtCore import Qt\ndef f():\n    import flask\n") == \
        ["PySide6.QtCore", "flask"]


def test_examcore_imports_neither_qt_nor_flask():
    files = list((ROOT / "examcore").rglob("*.py"))
    assert len(files) > 10
    offenders = {p.name: bad for p in files if (bad := forbidden_imports(p.read_text(encoding="utf-8")))}
    assert offenders == {}


def test_the_server_imports_neither_qt_nor_the_station():
    offenders = {p.name: bad for p in (ROOT / "sync_server").rglob("*.py")
                 if (bad := [n for n in forbidden_imports(p.read_text(encoding="utf-8"))
                             if n.split(".")[0] in {"PySide6", "desktop"}])}
    assert offenders == {}


def test_examcore_is_type_clean():
    out = subprocess.run([sys.executable, "-m", "mypy", "examcore"], cwd=ROOT, capture_output=True, text=True,
                         timeout=300)
    assert out.returncode == 0, out.stdout[-3000:]
