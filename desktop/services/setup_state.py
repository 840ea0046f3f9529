"""Whether this station still needs its first-run setup: a new data folder with nothing in it. A station
that already has exams, learners or a server (an upgrade, the demo) never sees the wizard."""
from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from desktop.store.models import Learner, Package, Setting

FIRST_RUN = "first_run"   # the setting that records how the station was set up: standalone | server | files


def needs_first_run(sessions: sessionmaker[Session]) -> bool:
    with sessions() as s:
        if s.get(Setting, FIRST_RUN) is not None or s.get(Setting, "server_url") is not None:
            return False
        return not s.scalar(select(func.count()).select_from(Package)) and \
            not s.scalar(select(func.count()).select_from(Learner))


def mark_set_up(sessions: sessionmaker[Session], mode: str) -> None:
    with sessions.begin() as s:
        s.merge(Setting(key=FIRST_RUN, value=mode))
