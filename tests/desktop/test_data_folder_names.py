"""A station data folder may be named anything a PC allows (issue 23): a URI's or URL's special characters,
a percent escape, Chinese, a character outside GBK. The database is the folder's own, never a neighbour's."""
from __future__ import annotations

import pytest

from desktop.station import DB_NAME, Station


@pytest.mark.parametrize("name", ["st%41", "考场#1 50%", "a?b", "赵𠮷 的考试机"])
def test_the_database_is_in_the_folder_named(tmp_path, clock, name):
    (tmp_path / "stA").mkdir()   # where "st%41" decoded as a URL would lead
    folder = tmp_path / name
    station = Station.open(folder, clock=clock)
    try:
        station.library.trust_issuer(b"\x01" * 32, "省普法办")
    finally:
        station.close()
    assert (folder / DB_NAME).stat().st_size > 0 and list((tmp_path / "stA").iterdir()) == []
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted({"stA", name})
