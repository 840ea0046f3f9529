"""`xuefa --selftest` from the source tree: a station enrolled with a real centre server on loopback is
ready; a dead server, a wrong clock and an unwritable folder are each a failure that says what to do.
(The built bundle's self-test is in tests/packaging.)"""
from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

from desktop.selftest import FAIL, OK, SKIP, check_clock_and_server, check_data_folder, configured_server
from sync_server.devices import create_code

ROOT = Path(__file__).resolve().parents[2]


def _now() -> datetime:
    return datetime.now(timezone.utc)


def test_an_enrolled_station_with_its_server_up_is_ready(server, live_server, key_helper, station_for_server,
                                                         tmp_path):
    station_for_server.enrolment.enrol(live_server, "1号机", create_code(server))
    assert configured_server(station_for_server.data_dir) == live_server
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XUEFA_STATION_SETTING=str(tmp_path / "data-folder.json"))
    (tmp_path / "data-folder.json").write_text(json.dumps({"data_dir": str(station_for_server.data_dir)}),
                                               encoding="utf-8")   # the PC's folder (as `data-folder set` writes)
    done = subprocess.run([sys.executable, "-m", "desktop.app", "--data-dir", str(station_for_server.data_dir),
                           "--selftest"], cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stdout + done.stderr
    assert f"[  ok] Centre server       {live_server} answers" in done.stdout
    assert "[  ok] Station keys        held by the key service" in done.stdout
    assert "s from the centre server's clock" in done.stdout and done.stdout.rstrip().endswith("every check passed.")
    # in Chinese, as a clerk runs it (issue 19 item 8, issue 20): every line's words, not only the frame
    chinese = subprocess.run([sys.executable, "-m", "desktop.app", "--data-dir", str(station_for_server.data_dir),
                              "--selftest"], cwd=tmp_path, env={**env, "XUEFA_LANG": "zh_CN"}, capture_output=True,
                             text=True, timeout=120)
    lines = chinese.stdout.strip().splitlines()
    assert chinese.returncode == 0 and lines[0].startswith("学法 ") and lines[-1] == "已就绪：全部检查通过。", lines
    assert all(re.search(r"[\u4e00-\u9fff]", line) for line in lines), lines
    assert not [line for line in lines if re.search(r"[a-z]{4,} [a-z]{3,}", line)], lines


def test_a_dead_server_a_wrong_clock_and_a_blocked_folder_fail_with_advice(live_server, tmp_path):
    dead = check_clock_and_server("http://127.0.0.1:9", _now)
    assert [(c.name, c.status) for c in dead] == [("Clock", OK), ("Centre server", FAIL)]
    assert "network cable" in dead[1].fix
    fast = check_clock_and_server(live_server, lambda: _now() + timedelta(minutes=10))
    assert [(c.name, c.status) for c in fast] == [("Clock", FAIL), ("Centre server", OK)]
    assert fast[0].detail.startswith("+6") and "time" in fast[0].fix
    assert [c.status for c in check_clock_and_server(live_server, _now)] == [OK, OK]
    stale = check_clock_and_server(None, lambda: datetime(2020, 1, 1, tzinfo=timezone.utc))
    assert [(c.name, c.status) for c in stale] == [("Clock", FAIL), ("Centre server", SKIP)]
    blocked = tmp_path / "file"
    blocked.write_text("in the way")
    folder = check_data_folder(blocked / "data")
    assert folder.status == FAIL and "cannot be written" in folder.detail and "write access" in folder.fix
    assert check_data_folder(tmp_path / "ok").status == OK
    assert not list((tmp_path / "ok").iterdir())    # the probe files are gone again
