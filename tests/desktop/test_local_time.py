"""Server time stamps are shown in the PC's local time, whatever form the server sent them in."""
from __future__ import annotations

import time

import pytest

from desktop.ui.local_time import local_time


@pytest.fixture
def in_beijing(monkeypatch):
    monkeypatch.setenv("TZ", "Asia/Shanghai")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def test_a_server_stamp_reads_as_beijing_time(in_beijing):
    assert local_time("2026-12-02T02:18:22.534712Z") == "2026-12-02 10:18"
    assert local_time("2026-12-02T02:18:22", seconds=True) == "2026-12-02 10:18:22"   # naive: UTC, as stored
    assert local_time("2026-12-01T20:05:00+00:00") == "2026-12-02 04:05"             # across midnight
    assert local_time("2026-12-02T10:18:00+08:00") == "2026-12-02 10:18"
    assert local_time(None) == local_time("") == ""
    assert local_time("not a time") == "not a time"
