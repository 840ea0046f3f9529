"""An attempt started with the room's start code in a sitting the server never started (the LAN failed at the
start) counts when the proctor looked the code up for that sitting. An outside round (round 10 on issue 14)
began by code two hours before the sitting, told the code, alone at an idle PC of the room: the proctor's
lookup at the start confirmed it, as the rule asked only whether a lookup existed. The lookup must come
before the attempt began, and the attempt no earlier than a sitting may start early (an hour)."""
from __future__ import annotations

from datetime import timedelta, timezone

import pytest

from examcore.chain import Event
from sync_server.device_trust import Origin
from sync_server.models import Package
from sync_server.results.acceptance import sitting_rules
from sync_server.sittings.service import reveal_start_code, set_start_code
from tests.conftest import LEARNER, START_CODE
from tests.sync_server.sittings.test_sittings import centre  # noqa: F401  (the fixture)

SKEW = timedelta(minutes=5)


def _flags(server, began) -> list[str]:
    events = [Event(0, "started", 0, began.astimezone(timezone.utc).isoformat(), {"start": "code"}, "")]
    with server.sessions.begin() as s:
        package_id = s.query(Package.package_id).scalar()
        return sitting_rules(s, {"learner_no": LEARNER[0], "package_id": package_id, "sitting_id": None,
                                 "result_id": "r1", "exam_id": "x"}, events,
                             Origin("station-x", ("C1",), "第一考场", b""), SKEW)


@pytest.mark.parametrize("began_minutes, looked_up_minutes, held", [
    (-120, 10, True),   # two hours before the sitting (due at +10), confirmed only by a lookup at the start
    (20, 30, True),     # begun before the proctor looked the code up
    (12, 10, False),    # the LAN failed at the start: looked up at +10, begun at +12
    (-30, -40, False),  # the proctor read it out a little early (half an hour before)
])
def test_a_start_by_code_counts_only_after_the_proctor_read_it_out(server, centre, began_minutes,  # noqa: F811
                                                                   looked_up_minutes, held):
    t0 = server.clock.now()            # the sitting is due at t0 + 10 min
    with server.sessions.begin() as s:
        set_start_code(server, s, centre, START_CODE, "office", t0)
    with server.sessions.begin() as s:
        at = t0 + timedelta(minutes=looked_up_minutes)
        reveal_start_code(server, s, centre, "jiankao", at)
    flags = _flags(server, t0 + timedelta(minutes=began_minutes))
    assert ("sitting_not_started" in flags) is held, flags
