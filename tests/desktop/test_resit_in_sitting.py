"""A learner who handed in at a sitting cannot sit again in that sitting (issue 19, an outside tester: after
the review showed every answer, the learner typed the room's start code and a new attempt opened at once).
A further attempt belongs to another sitting, the make-up."""
from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import pytest

from desktop.services.attempts import AttemptRefused
from desktop.services.server_knowledge import SERVER_SEEN, apply_sitting
from desktop.store.models import Setting
from desktop.ui.messages import attempt_refused
from examcore.clock import utc_naive
from tests.conftest import LEARNER, START_CODE


def _seat(station, clock, package_id: str, state: str = "started", starts_in=timedelta(minutes=-10)) -> None:
    """The sitting as the centre's change feed tells it (desktop.services.downward)."""
    now = clock.now()
    with station.sessions.begin() as s:
        apply_sitting(s, {"sitting_id": "sit-1", "package_id": package_id, "room": "第一考场", "state": state,
                          "starts_at": (now + starts_in).isoformat(), "seats": [LEARNER[0]], "missing": []},
                      utc_naive(now))
        s.merge(Setting(key=SERVER_SEEN, value=now.isoformat()))   # the station heard from its server just now


@pytest.mark.parametrize("how", ["sitting", "start_code"])
def test_no_second_attempt_in_the_same_sitting(station, clock, how):
    learner = station.accounts.login(*LEARNER).learner
    package_id = station.library.listings(LEARNER[0])[0].package_id
    _seat(station, clock, package_id)
    unlocked = station.attempts.unlock(package_id, START_CODE)
    first = station.attempts.begin(learner, replace(unlocked, sitting_id="sit-1") if how == "sitting" else unlocked)
    first.submit("learner")
    with pytest.raises(AttemptRefused) as refused:
        station.attempts.begin(learner, station.attempts.unlock(package_id, START_CODE))
    assert refused.value.code == "handed_in_here"   # said before the attempt count: the make-up is elsewhere
    assert "make-up" in attempt_refused("handed_in_here")


def test_an_attempt_before_the_sitting_does_not_count_as_sat_in_it(station, clock):
    learner = station.accounts.login(*LEARNER).learner
    package_id = station.library.listings(LEARNER[0])[0].package_id
    station.attempts.begin(learner, station.attempts.unlock(package_id, START_CODE)).submit("learner")
    _seat(station, clock, package_id, starts_in=timedelta(hours=3))   # a later sitting of the same package
    with pytest.raises(AttemptRefused) as refused:
        station.attempts.begin(learner, station.attempts.unlock(package_id, START_CODE))
    assert refused.value.code == "no_attempts_left"   # the exam's own limit, not this sitting's
