"""A centre's SQLite database damaged on disk (issue 20, an outside tester): every command says the file is
damaged and what to do (restore the latest backup), in the reader's language, never that PostgreSQL may be
down (the instance has none); the detail goes to the instance's log; nothing is changed."""
from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _cli(instance: Path, *args: str, lang: str = "zh_CN") -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "sync_server.cli", "--instance", str(instance), *args], cwd=ROOT,
                          capture_output=True, text=True, timeout=120,
                          env={**os.environ, "XUEFA_LANG": lang, "XUEFA_TEST_DATABASE_URL": ""})


@pytest.mark.parametrize("command", [("status",), ("serve", "--port", "1")])
def test_a_damaged_sqlite_file_is_said_as_that(tmp_path, command):
    instance = tmp_path / "centre"
    assert _cli(instance, "init", "--name", "测试中心").returncode == 0
    db = instance / "server.sqlite3"
    data = bytearray(db.read_bytes())
    data[100:4096] = b"\xff" * (4096 - 100)   # the schema page overwritten
    db.write_bytes(bytes(data))
    before = hashlib.sha256(db.read_bytes()).hexdigest()
    told = _cli(instance, *command)
    assert told.returncode == 1, told.stdout + told.stderr
    assert "文件已损坏" in told.stderr and "恢复最近的备份" in told.stderr, told.stderr
    assert "PostgreSQL" not in told.stderr and "Traceback" not in told.stderr and "No handlers" not in told.stderr
    assert "malformed" in (instance / "logs" / "server.log").read_text(encoding="utf-8")
    assert hashlib.sha256(db.read_bytes()).hexdigest() == before
