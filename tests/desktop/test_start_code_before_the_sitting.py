"""A start by the room's start code hours before the learner's sitting is refused at the station (issue 14:
the station let the learner sit, and every server then held the result as begun before the sitting
started). From an hour before the sitting (EARLY_START, the servers' rule too) it opens."""
from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from desktop.services.attempts import AttemptRefused
from desktop.services.server_knowledge import SERVER_SEEN, apply_sitting
from desktop.store.models import Attempt, Setting
from desktop.ui.messages import attempt_refused
from examcore.clock import utc_naive
from tests.conftest import LEARNER, START_CODE


def _sitting(station, clock, package_id: str, sitting_id: str, state: str, starts_in: timedelta) -> None:
    now = clock.now()
    with station.sessions.begin() as s:
        apply_sitting(s, {"sitting_id": sitting_id, "package_id": package_id, "room": "第一考场", "state": state,
                          "starts_at": (now + starts_in).isoformat(), "seats": [LEARNER[0]], "missing": []},
                      utc_naive(now))
        s.merge(Setting(key=SERVER_SEEN, value=now.isoformat()))


def test_a_start_code_three_hours_before_the_sitting_is_refused_and_says_when(station, clock):
    learner = station.accounts.login(*LEARNER).learner
    package_id = station.library.listings(LEARNER[0])[0].package_id
    _sitting(station, clock, package_id, "afternoon", "scheduled", timedelta(hours=3))
    with pytest.raises(AttemptRefused) as refused:
        station.attempts.begin(learner, station.attempts.unlock(package_id, START_CODE))
    assert refused.value.code == "sitting_not_yet"
    said = attempt_refused(refused.value.code, refused.value.places, refused.value.detail)
    starts = (clock.now() + timedelta(hours=3)).astimezone().strftime("%H:%M")
    assert starts in said and "wait for the proctor" in said
    with station.sessions() as s:
        assert s.scalars(select(Attempt)).all() == []   # nothing begun, nothing to hold
    clock.advance(2 * 3600_000 + 60_000)                 # 59 minutes before: the start code opens it
    station.attempts.begin(learner, station.attempts.unlock(package_id, START_CODE)).submit("learner")


def test_a_learner_whose_morning_sitting_runs_is_not_refused_for_the_afternoons(station, clock):
    learner = station.accounts.login(*LEARNER).learner
    package_id = station.library.listings(LEARNER[0])[0].package_id
    _sitting(station, clock, package_id, "morning", "started", timedelta(minutes=-10))
    _sitting(station, clock, package_id, "afternoon", "scheduled", timedelta(hours=5))
    station.attempts.begin(learner, station.attempts.unlock(package_id, START_CODE)).submit("learner")
