"""A station folder that lost its keys file, or whose database is damaged (issue 20): refused in plain words,
by the command line and the window, and nothing in the folder is changed: no new keys (they would give the
folder a new identity and leave every saved answer unreadable), no rewritten database (it is evidence)."""
from __future__ import annotations

import hashlib
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.station import DB_NAME, Station, StationDataError
from tests.desktop.ui_helpers import failed_start

ROOT = Path(__file__).resolve().parents[2]


def snapshot(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir()) if p.is_file()}


def lose_keys(folder: Path) -> None:
    (folder / "station.key").unlink()


def damage_database(folder: Path) -> None:
    db = folder / DB_NAME
    data = bytearray(db.read_bytes())
    data[:100] = b"\x00" * 100   # the header: no longer a SQLite file
    db.write_bytes(bytes(data))


@pytest.fixture
def closed_station(station):
    folder = station.data_dir
    station.close()
    return folder


@pytest.mark.parametrize("harm, kind, words", [(lose_keys, "keys_missing", "not its keys"),
                                               (damage_database, "damaged", "is damaged")])
def test_refused_by_the_service_and_the_command_line_and_nothing_changes(closed_station, harm, kind, words):
    folder = closed_station
    harm(folder)
    before = snapshot(folder)
    with pytest.raises(StationDataError) as refused:
        Station.open(folder)
    assert refused.value.kind == kind
    status = subprocess.run([sys.executable, "-m", "desktop.app", "--data-dir", str(folder), "status"], cwd=ROOT,
                            capture_output=True, text=True, timeout=120)
    assert status.returncode == 1 and words in status.stderr and "Traceback" not in status.stderr, status.stderr
    after = snapshot(folder)
    after.pop("xuefa.log", None)   # the command line logs what it refused
    assert after == before


def test_the_window_explains_a_damaged_database(qtbot, closed_station):
    damage_database(closed_station)
    before = snapshot(closed_station)
    startup, shown = failed_start(qtbot, closed_station)
    assert "damaged" in shown and str(closed_station) in shown and "IT staff" in shown
    assert startup.controller is None
    assert {k: v for k, v in snapshot(closed_station).items() if k != "xuefa.log"} == before
