"""Whether this station still needs its first-run setup: a new data folder with nothing in it. A station
that already has exams, learners or a server (an upgrade, the demo) never sees the wizard."""
from __future__ import annotations

from sqlalchemy import func, select

from desktop.station import Station
from desktop.store.models import Learner, Package, Setting

FIRST_RUN = "first_run"   # the setting that records how the station was set up: standalone | server | files


def needs_first_run(station: Station) -> bool:
    with station.sessions() as s:
        if s.get(Setting, FIRST_RUN) is not None or s.get(Setting, "server_url") is not None:
            return False
        return not s.scalar(select(func.count()).select_from(Package)) and \
            not s.scalar(select(func.count()).select_from(Learner))


def mark_set_up(station: Station, mode: str) -> None:
    with station.sessions.begin() as s:
        s.merge(Setting(key=FIRST_RUN, value=mode))
