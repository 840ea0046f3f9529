"""A data folder written by release 1 (schema v1) opens after the upgrade with nothing lost."""
from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlalchemy import text

from desktop.station import DB_NAME, Station
from desktop.store.migrations import SCHEMA_VERSION

V1_SCHEMA = Path(__file__).resolve().parents[1] / "data" / "station_schema_v1.sql"


def test_a_v1_data_folder_upgrades_and_keeps_its_learners(tmp_path, clock):
    folder = tmp_path / "old-station"
    folder.mkdir()
    con = sqlite3.connect(folder / DB_NAME)
    con.executescript(V1_SCHEMA.read_text(encoding="utf-8"))
    con.execute("INSERT INTO learners (learner_no, name, unit, rank, is_leader, password_hash, must_change_password,"
                " password_version, failed_logins) VALUES ('110101009', '孙九', '市司法局', '科员', 0, 'x', 1, 1, 0)")
    con.commit()
    con.close()
    station = Station.open(folder, clock)
    try:
        with station.sessions() as s:
            assert s.execute(text("PRAGMA user_version")).scalar_one() == SCHEMA_VERSION
            row = s.execute(text("SELECT name, unit, status, unit_id FROM learners")).one()
        assert tuple(row) == ("孙九", "市司法局", "active", None)
        assert station.library.listings("110101009") == []  # the new columns are readable
    finally:
        station.close()
