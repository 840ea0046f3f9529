"""Back up a centre server while it serves, lose the PC, restore on another folder: the same keys (stations
and packages still trust it) and every result; a damaged backup or an occupied folder is refused."""
from __future__ import annotations


import requests

from sync_server.exams.packages import import_package
from tests.server_fixtures import make_envelopes
from tests.server_cli import server_cli as cli



def test_backup_while_serving_and_restore_elsewhere(server, server_config, live_server, station_for_server,
                                                    server_package, tmp_path, database_url):
    import random

    from sync_server.devices import approve_device, request_enrolment
    from sync_server.results.ingest import Ingest
    import_package(server, server_package.read_bytes())
    request_enrolment(server, station_for_server.keys.device_id, station_for_server.keys.device_key.public_raw())
    approve_device(server, station_for_server.keys.device_id)
    outcomes = Ingest(server).ingest_many([e.to_bytes() for e in make_envelopes(station_for_server, 5,
                                                                               random.Random(7))], "test")
    assert [o.status.value for o in outcomes] == ["stored"] * 5
    assert requests.get(live_server + "/api/v1/health", timeout=10).status_code == 200   # it keeps serving
    made = cli(server_config.instance_dir, "backup", tmp_path / "backup")
    assert made.returncode == 0, made.stderr
    if database_url:   # PostgreSQL: the keys are copied and pg_dump is named for the data
        assert "pg_dump" in made.stdout
        return
    assert "5 result(s)" in made.stdout
    assert cli(server_config.instance_dir, "backup", tmp_path / "backup").returncode == 1   # never over a backup

    elsewhere = tmp_path / "new-pc" / "xuefa-server"
    restored = cli(elsewhere, "restore", tmp_path / "backup")
    assert restored.returncode == 0 and "5 result(s)" in restored.stdout, restored.stderr
    status = cli(elsewhere, "status")
    assert status.stdout.startswith("示范市考试中心: 5 result(s)"), status.stdout + status.stderr
    for key in ("server-signing.key", "server-results.key"):
        assert (elsewhere / key).read_bytes() == (server_config.instance_dir / key).read_bytes()
    # the restored server numbers changes from the backup's point again: a new feed id, so every station
    # reads its feed again from the start instead of skipping what comes after the restore (issue 20)
    import sqlite3
    feeds = [sqlite3.connect(folder / "server.sqlite3").execute(
        "SELECT value FROM settings WHERE key = 'feed_id'").fetchone() for folder in (tmp_path / "backup", elsewhere)]
    assert feeds[1] is not None and feeds[1] != feeds[0]
    again = cli(elsewhere, "restore", tmp_path / "backup")
    assert again.returncode == 1 and "already holds a server" in again.stderr

    damaged = tmp_path / "damaged"
    import shutil
    shutil.copytree(tmp_path / "backup", damaged)
    db = damaged / "server.sqlite3"
    data = bytearray(db.read_bytes())
    data[100:4096] = b"\xff" * (4096 - 100)   # the schema page overwritten
    db.write_bytes(bytes(data))
    refused = cli(tmp_path / "third", "restore", damaged)
    assert refused.returncode == 1 and "nothing was restored" in refused.stderr
    assert not (tmp_path / "third" / "server-signing.key").exists()
