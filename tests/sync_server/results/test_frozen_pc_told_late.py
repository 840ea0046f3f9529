"""Outside round 19 on issue 14 (the honest learner): PC A checked the learner in and froze before it told
the server of the attempt begun on it (a pull of the change feed); the proctor moved the seat and the learner
sat the exam on PC B, counted. Restarted after the exam, A's first pull listed the attempt still in progress:
it used one of the learner's attempts and the honest result from B was held attempt_limit (a seat's move
released only what the PC had told before it)."""
from __future__ import annotations

import uuid
from datetime import timedelta

from sqlalchemy import select

from examcore.sync_client import SyncClient
from sync_server.models import AnnouncedAttempt, Device, Package, Result
from tests.conftest import LEARNER
from tests.server_fixtures import room_station
from tests.sync_server.results.test_acceptance import _enrolled
from tests.sync_server.results.test_announced_attempts import _sit


def test_pc_frozen_before_its_pull_then_restarted_after_the_move_holds_the_honest_result(
        server, live_server, station_for_server, server_package, clock):
    """PC A: the learner checks in and begins; A freezes before its next pull of the change feed (so it
    never announced the attempt). The proctor moves the seat; the learner sits the exam on PC B, delivered,
    counted. After the exam IT restarts A; its first pull lists the attempt it still has in progress."""
    from sync_server.sittings.service import check_in, create_sitting, move_seat, start
    st = station_for_server                     # PC B, the honest one
    package_id, _content, _key = _enrolled(server, st, server_package)
    now = server.clock.now()
    pc_a = room_station(server, "pc-a", room="第一考场", unit_id="R0")
    with server.sessions.begin() as s:
        s.get(Device, st.keys.device_id).room = "第一考场"
        sitting = create_sitting(s, s.query(Package.package_id).scalar(), "第一考场", now,
                                 [(LEARNER[0], "A01")], "cli", now).sitting_id
        start(s, sitting, "jiankao", now)
        check_in(server, s, "pc-a", LEARNER[0], now)           # A checks the learner in; A then freezes
    with server.sessions.begin() as s:
        move_seat(s, sitting, LEARNER[0], None, "考试机死机", "jiankao", now + timedelta(minutes=3))
        check_in(server, s, st.keys.device_id, LEARNER[0], now + timedelta(minutes=4))
    b = SyncClient(live_server, st.keys)
    attempt = _sit(st, package_id)
    b.changes(0, st.downward._undelivered())
    clock.advance(5 * 60_000)
    attempt.submit()
    [outcome] = b.deliver(st.outbox.pending_results())
    assert outcome["status"] == "stored" and outcome["flags"] == [], outcome
    # later IT restarts A: its first pull lists the attempt it had begun before it froze
    a_attempt = str(uuid.uuid4())
    SyncClient(live_server, pc_a).changes(0, [f"{a_attempt} {LEARNER[0]} {package_id}"])
    with server.sessions() as s:
        row = s.get(AnnouncedAttempt, a_attempt)
        results = [(r.review, r.flags) for r in s.scalars(select(Result))]
    # the attempt of a PC the seat was moved away from uses no attempt (as when it was told before the move),
    # kept with why, and the honest result from B still counts
    assert results == [("counted", "")], results
    assert not row.counts and "考试机死机" in row.note and "jiankao" in row.note, row.note
