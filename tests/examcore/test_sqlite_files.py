"""A SQLite file opened read-only through a URI, in folders whose names a URI would otherwise cut."""
from __future__ import annotations

import sqlite3

import pytest

from examcore.sqlite_files import read_only


@pytest.mark.parametrize("folder", ["考场#1", "50%", "a?b", "空 格 𠮷", "%23"])
def test_read_only_opens_the_file_named_whatever_its_folder_is_called(tmp_path, folder):
    db = tmp_path / folder / "station.sqlite3"
    db.parent.mkdir()
    with sqlite3.connect(db) as conn:
        conn.execute("CREATE TABLE settings (key TEXT, value TEXT)")
        conn.execute("INSERT INTO settings VALUES ('server_url', 'https://192.168.1.10:8470')")
    conn.close()
    ro = read_only(db)
    try:
        assert ro.execute("SELECT value FROM settings").fetchone() == ("https://192.168.1.10:8470",)
        with pytest.raises(sqlite3.OperationalError):   # read-only: nothing is written by a check
            ro.execute("INSERT INTO settings VALUES ('x', 'y')")
    finally:
        ro.close()
    assert sorted(p.name for p in db.parent.iterdir()) == ["station.sqlite3"]   # nothing made beside it


def test_a_missing_file_is_an_error_not_a_new_database(tmp_path):
    with pytest.raises(sqlite3.OperationalError):
        read_only(tmp_path / "考场#1" / "station.sqlite3")
