"""Least exposure: files only their owner reads; a station receives the roster (with password verifiers)
only of the units it serves; a learner number held in another unit tells nothing of that unit."""
from __future__ import annotations

import io
import stat
from pathlib import Path
from types import SimpleNamespace

import pytest
import requests
from click.testing import CliRunner
from openpyxl import Workbook
from sqlalchemy import select

from examcore.clock import utc_naive
from examcore.crypto.keys import SigningKey
from examcore.spreadsheet import append_row
from examcore.sync_client import SyncClient
from sync_server.admins import create_admin
from sync_server.cli import main
from sync_server.devices import approve_device, create_code, request_enrolment
from sync_server.directory.service import LearnerFields, put_learner, put_unit, set_policy
from sync_server.models import Learner

PASSWORD = "Admin-pass-2026"


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def assert_private(*paths: Path) -> None:
    for path in paths:
        assert path.exists(), path
        assert mode(path) == (0o700 if path.is_dir() else 0o600), (path, oct(mode(path)))


@pytest.mark.skipif(not hasattr(__import__("os"), "getuid"), reason="POSIX modes; Windows gets an ACL (icacls)")
def test_databases_keys_backups_room_files_and_slips_are_owner_only(tmp_path, clock):
    from desktop.station import Station
    from sync_server.config import Config
    from sync_server.context import ServerContext
    instance = tmp_path / "centre"
    run = (lambda *args: CliRunner().invoke(main, ["--instance", str(instance), *map(str, args)]))
    assert run("init", "--name", "示范中心").exit_code == 0
    ctx = ServerContext.open(Config.from_env(instance))
    try:
        with ctx.sessions.begin() as s:   # a write while open: the -wal and -shm files exist now
            put_unit(s, "C1", "示范中心", "city", None, utc_naive(ctx.clock.now()))
        db = instance / "server.sqlite3"
        assert_private(instance, db, db.with_name(db.name + "-wal"), db.with_name(db.name + "-shm"),
                       *(p for p in instance.iterdir() if not p.name.endswith(".pub")))
    finally:
        ctx.close()
    assert run("backup", tmp_path / "backup").exit_code == 0
    assert_private(tmp_path / "backup", *(p for p in (tmp_path / "backup").iterdir() if not p.name.endswith(".pub")))
    made = run("devices", "room-file", tmp_path / "room.json", "--room", "第一考场", "--count", "2",
               "--url", "http://127.0.0.1:8470")
    assert made.exit_code == 0, made.output
    wb = Workbook()
    append_row(wb.active, ["学号", "姓名", "单位"])
    append_row(wb.active, ["110101001", "王小明", "C1"])
    wb.save(tmp_path / "roster.xlsx")
    assert run("import-roster", tmp_path / "roster.xlsx").exit_code == 0
    assert run("export-roster", tmp_path / "out.xlsx").exit_code == 0
    assert_private(tmp_path / "room.json", tmp_path / "roster.slips.pdf", tmp_path / "out.xlsx")
    (tmp_path / "restored").mkdir(mode=0o755)
    assert CliRunner().invoke(main, ["--instance", str(tmp_path / "restored"), "restore",
                                     str(tmp_path / "backup")]).exit_code == 0
    assert_private(tmp_path / "restored", *(p for p in (tmp_path / "restored").iterdir()
                                            if not p.name.endswith(".pub")))
    # a station's folder and database (a folder that was open to all before is closed)
    (tmp_path / "station").mkdir(mode=0o755)
    station = Station.open(tmp_path / "station", clock)
    try:
        with station.sessions.begin() as s:
            s.execute(select(1))
        db = next((tmp_path / "station").glob("*.sqlite3"))
        assert_private(tmp_path / "station", db, db.with_name(db.name + "-wal"), db.with_name(db.name + "-shm"))
    finally:
        station.close()


@pytest.fixture
def directory(server):
    """P > C1 > units A, B; one learner in each; a policy for everyone."""
    now = utc_naive(server.clock.now())
    with server.sessions.begin() as s:
        put_unit(s, "P", "示范省", "province", None, now)
        put_unit(s, "C1", "甲市", "city", "P", now)
        put_unit(s, "A", "甲单位", "unit", "C1", now)
        put_unit(s, "B", "乙单位", "unit", "C1", now)
        put_learner(s, "200000001", LearnerFields("赵一", "A"), now)
        put_learner(s, "200000002", LearnerFields("钱二", "B", phone="13800000002"), now)
        set_policy(s, "sync_interval_seconds", 45, now)
        create_admin(s, "admin_a", PASSWORD, "unit_admin", "A", now, must_change_password=False)


def feed(url: str, device) -> list[dict]:
    client = SyncClient(url, SimpleNamespace(device_id=device[0], device_key=device[1]))
    changes, after = [], 0
    while True:
        page = client.changes(after)
        changes += page["changes"]
        after = page["cursor"]
        if not page["more"]:
            return changes


def test_a_station_receives_the_roster_only_of_the_units_it_serves(server, directory, live_server):
    stations = {}
    for name, unit in (("no-unit", None), ("unit-a", "A"), ("city", "C1")):
        stations[name] = (f"station-{name}", SigningKey.generate())
        request_enrolment(server, stations[name][0], stations[name][1].public_raw())
        approve_device(server, stations[name][0], unit_id=unit)
    by_code = (f"station-by-code", SigningKey.generate())   # a code without a unit makes such a station too
    enrolled = SyncClient(live_server, SimpleNamespace(device_id=by_code[0], device_key=by_code[1])).enrol(
        "1号机", create_code(server))
    assert enrolled.status == "approved"

    def seen(device) -> dict[str, set[str]]:
        out: dict[str, set[str]] = {}
        for change in feed(live_server, device):
            out.setdefault(change["kind"], set()).add(change["key"])
        return out
    for device in (stations["no-unit"], by_code):   # the policy, but no unit and no learner, no verifier
        assert seen(device) == {"policy": {"policy"}}
    unit_a = seen(stations["unit-a"])
    assert unit_a["learner"] == {"200000001"} and unit_a["unit"] == {"A"} and unit_a["policy"] == {"policy"}
    city = seen(stations["city"])
    assert city["learner"] == {"200000001", "200000002"} and city["unit"] == {"C1", "A", "B"}


def test_a_learner_number_held_in_another_unit_tells_nothing_of_it(server, directory, live_server):
    http = requests.Session()
    token = http.post(f"{live_server}/api/v1/admin/login", json={"username": "admin_a", "password": PASSWORD},
                      timeout=30).json()["token"]
    http.headers["Authorization"] = f"Bearer {token}"
    api = f"{live_server}/api/v1/admin"
    held = http.put(f"{api}/learners/200000002", json={"name": "钱二", "unit_id": "A"}, timeout=30)
    assert (held.status_code, held.json()["error"]) == (409, "learner_no_unavailable")
    for secret in ("B", "乙单位", "钱二", "13800000002", "C1", "甲市"):   # not whose, not where
        assert secret not in held.json()["message"].replace("200000002", "")
    assert http.get(f"{api}/learners/200000002", timeout=30).status_code == 404   # as for a number never used
    assert http.get(f"{api}/learners/299999999", timeout=30).status_code == 404
    # nor can a roster import move the person into A (before, it quietly did: a transfer)
    wb = Workbook()
    append_row(wb.active, ["学号", "姓名", "单位"])
    append_row(wb.active, ["200000002", "钱二", "A"])
    data = io.BytesIO()
    wb.save(data)
    answer = http.post(f"{api}/roster/import", data=data.getvalue(), timeout=60)
    assert answer.status_code == 422 and answer.json()["error"] == "roster_problems"
    assert "cannot be added or changed by you" in answer.json()["problems"][0]
    assert "乙单位" not in answer.json()["problems"][0]
    with server.sessions() as s:
        assert s.get(Learner, "200000002").unit_id == "B"
    created = http.put(f"{api}/learners/200000003", json={"name": "孙三", "unit_id": "A"}, timeout=30)
    assert created.status_code == 201   # a number no one holds is the admin's to use
