"""A data folder written at every earlier station schema (v1 … v7: tests/data holds each as its release
left it) opens after the upgrade with nothing lost."""
from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from sqlalchemy import text

from desktop.station import DB_NAME, Station
from desktop.store.migrations import SCHEMA_VERSION
from desktop.store.station_keys import PLAIN, load_or_create_station_keys

DATA = Path(__file__).resolve().parents[1] / "data"
EARLIER = sorted(DATA.glob("station_schema_v*.sql"))


def test_every_earlier_schema_has_its_snapshot():
    assert [p.stem for p in EARLIER] == [f"station_schema_v{n}" for n in range(1, SCHEMA_VERSION)]


@pytest.mark.parametrize("schema", EARLIER, ids=lambda p: p.stem)
def test_an_earlier_data_folder_upgrades_and_keeps_its_learners(tmp_path, clock, schema):
    folder = tmp_path / "old-station"
    folder.mkdir()
    con = sqlite3.connect(folder / DB_NAME)
    con.executescript(schema.read_text(encoding="utf-8"))
    con.execute("INSERT INTO settings (key, value) VALUES ('server_url', 'http://192.168.1.10:8470')")
    row = {"learner_no": "110101009", "name": "孙九", "unit": "市司法局", "rank": "科员", "is_leader": 0,
           "password_hash": "x", "must_change_password": 1, "password_version": 1, "failed_logins": 0}
    if "status" in {c[1] for c in con.execute("PRAGMA table_info(learners)")}:
        row["status"] = "active"   # v2 on: written by the release that knew it
    con.execute(f"INSERT INTO learners ({', '.join(row)}) VALUES ({', '.join('?' * len(row))})", list(row.values()))
    versioned = "version" in {c[1] for c in con.execute("PRAGMA table_info(law_articles)")}
    if versioned:   # v6: a law of a known version, which takes effect on that day until told otherwise
        in_force = "in_force" in {c[1] for c in con.execute("PRAGMA table_info(law_articles)")}   # v7 on
        columns, values = ("law_title, version, number, sub, label, heading, text",
                           "'示范法', '2018-03-11', 1, 0, '第一条', '', '甲。'")
        if in_force:
            columns, values = columns + ", in_force", values + ", '2018-03-11'"
        con.execute(f"INSERT INTO law_articles ({columns}) VALUES ({values})")
    con.commit()
    con.close()
    load_or_create_station_keys(folder / PLAIN).close()   # every release kept its keys beside the database
    station = Station.open(folder, clock)
    try:
        with station.sessions() as s:
            assert s.execute(text("PRAGMA user_version")).scalar_one() == SCHEMA_VERSION
            row = s.execute(text("SELECT name, unit, status, unit_id FROM learners")).one()
            url = s.execute(text("SELECT value FROM settings WHERE key = 'server_url'")).scalar_one()
        assert url == "http://192.168.1.10:8470"
        assert tuple(row) == ("孙九", "市司法局", "active", None)
        assert station.library.listings("110101009") == []  # the new columns are readable
        with station.sessions() as s:   # v5: what the server says about attempts and sittings elsewhere
            assert s.execute(text("SELECT count(*) FROM known_attempts WHERE makeup")).scalar_one() == 0   # v8
            assert s.execute(text("SELECT count(*) FROM known_sittings")).scalar_one() == 0
        assert station.time.behind() is None   # the time mark starts at the wall clock
        if versioned:
            assert station.laws.find_article("示范法", 1, on="2019-01-01").in_force == "2018-03-11"
    finally:
        station.close()
