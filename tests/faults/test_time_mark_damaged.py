"""The station's time mark written over in its database (the learner's account can write it on a station
without the key service: docs/exam-time.md). An outside round (round 6 on issue 14) found that garbage, an
empty value or a time without its offset stopped the station opening with a traceback, and IT's
``xuefa reset-time-mark`` opens it the same way. Now an unreadable mark reads as none, and a missing one is
taken from the latest time the station's own records show: a learner who damages it gains no window."""
from __future__ import annotations

from datetime import timedelta

import pytest

from desktop.station import Station
from desktop.store.models import Setting
from tests.conftest import LEARNER, START_CODE
from tests.factories import FakeClock


@pytest.mark.parametrize("value", ["garbage", "", "2026-11-22T09:00:00", "9999-12-31T23:59:59+00:00"],
                         ids=["garbage", "empty", "no_offset", "far_future"])
def test_a_damaged_time_mark_does_not_stop_the_station_opening(station, clock, value):
    with station.sessions.begin() as s:
        s.merge(Setting(key="time_high_water", value=value))
    station.close()
    again = Station.open(station.data_dir, FakeClock(clock.wall))
    try:
        assert (again.time.behind() is not None) is value.startswith("9999")   # far ahead: windows stay closed
    finally:
        again.close()


@pytest.mark.parametrize("how", ["garbage", "deleted"])
def test_a_damaged_mark_is_floored_by_the_stations_records(station, clock, how):
    """A result sealed today, then the mark damaged and the PC's clock set back two days: still behind."""
    package_id = station.library.listings(LEARNER[0])[0].package_id
    station.attempts.begin(station.accounts.login(*LEARNER).learner,
                           station.attempts.unlock(package_id, START_CODE)).submit()
    with station.sessions.begin() as s:
        if how == "garbage":
            s.merge(Setting(key="time_high_water", value="not a time"))
        else:
            s.delete(s.get(Setting, "time_high_water"))
    station.close()
    again = Station.open(station.data_dir, FakeClock(clock.wall - timedelta(days=2)))
    try:
        behind = again.time.behind()
        assert behind is not None and behind > timedelta(days=1, hours=23)
    finally:
        again.close()
