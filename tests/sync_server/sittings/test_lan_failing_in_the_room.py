"""Outside round 21 on issue 14: a room on exam day with the LAN failing. A room PC enrolled for the learners'
unit listed an invented attempt of the learner checked in at the PC beside it, and held the honest result;
a learner whose PC died with the LAN down sat at a spare PC by the start code, the spare delivered before the
proctor could record the move at the console, and the one result stayed held seat_other_device."""
from __future__ import annotations

import uuid

from sqlalchemy import select

from examcore.sync_client import SyncClient
from sync_server.models import Alert, AnnouncedAttempt, Device, Learner, Result
from tests.conftest import LEARNER
from tests.server_fixtures import room_station
from tests.sync_server.results.test_acceptance import _enrolled
from tests.sync_server.sittings.test_seats_and_pcs import _sit, _sitting_at_a


def test_a_unit_room_pc_announcing_for_a_learner_bound_to_the_pc_beside_it(
        server, live_server, station_for_server, server_package, clock):
    """As round 20's case, but PC B of the room is enrolled for the learners' unit (round 15's setting: a
    room's PCs enrolled for the learners' unit). The neighbour at B writes B's database and lists an
    invented attempt of the learner checked in at A. The learner's one honest result from A should count."""
    st = station_for_server
    package_id, _c, _k = _enrolled(server, st, server_package)
    sitting, now = _sitting_at_a(server, st)
    with server.sessions() as s:
        unit = s.get(Learner, LEARNER[0]).unit_id
    b = room_station(server, "room1-pc-b", room="第一考场", unit_id=unit)
    SyncClient(live_server, b).changes(0, [f"{uuid.uuid4()} {LEARNER[0]} {package_id}"])
    attempt = _sit(st, package_id)
    clock.advance(5 * 60_000)
    attempt.submit()
    [outcome] = SyncClient(live_server, st.keys).deliver(st.outbox.pending_results())
    with server.sessions() as s:
        rows = [(a.device_id, a.counts) for a in s.scalars(select(AnnouncedAttempt))]
        alerts = [a.kind for a in s.scalars(select(Alert))]
    assert outcome["flags"] == [] and ("room1-pc-b", False) in rows, (outcome, rows)
    assert "announced_not_served" in alerts, alerts   # the administrator hears of the PC that listed it


def test_pc_a_died_lan_down_learner_sat_at_spare_b_proctor_moves_the_seat_after_b_delivered(
        server, live_server, station_for_server, server_package, clock):
    """The learner checks in at PC A (waiting); the sitting starts; A dies and the LAN is down, so the proctor
    cannot move the seat; the learner sits by the start code at the spare PC B of the room. The LAN comes
    back: B delivers first, then the proctor moves the seat from A to B at the console (as the seat grid
    tells them). The honest, only result should count (or at least be freed once the move is recorded)."""
    from datetime import timedelta

    from examcore.clock import utc_naive
    from sync_server.admins import create_admin
    from sync_server.models import Package
    from sync_server.sittings.service import check_in, create_sitting, start
    from tests.sync_server.sittings.test_sittings import PROCTOR_PASSWORD, ProctorStation, proctor
    st = station_for_server                     # spare PC B
    package_id, _c, _k = _enrolled(server, st, server_package)
    now = server.clock.now()
    room_station(server, "room1-pc-a", room="第一考场", unit_id=None)
    with server.sessions.begin() as s:
        s.get(Device, st.keys.device_id).room = "第一考场"
        unit = s.get(Learner, LEARNER[0]).unit_id
        sitting = create_sitting(s, s.query(Package.package_id).scalar(), "第一考场", now,
                                 [(LEARNER[0], "A01")], "cli", now, unit_id=unit).sitting_id
        check_in(server, s, "room1-pc-a", LEARNER[0], now)       # waiting at A
        start(s, sitting, "jiankao", now)
        create_admin(s, "jiankao", PROCTOR_PASSWORD, "proctor", unit, utc_naive(now), must_change_password=False)
    attempt = _sit(st, package_id)
    clock.advance(5 * 60_000)
    attempt.submit()
    [outcome] = SyncClient(live_server, st.keys).deliver(st.outbox.pending_results())
    assert outcome["flags"] == ["seat_other_device"], outcome   # the seat is A's as far as the server knows
    # the LAN is back: the proctor records at the console what happened (a signed action, as the console does)
    http = proctor(live_server)
    moved = http.post(f"{live_server}/api/v1/admin/sittings/{sitting}/move-seat",
                      json={"learner_no": LEARNER[0], "device_id": st.keys.device_id, "reason": "A 死机，已在备用机 B 考完",
                            "signed": ProctorStation(server).sign(sitting, "move_seat", LEARNER[0],
                                                                  reason="A 死机，已在备用机 B 考完")}, timeout=30)
    assert moved.status_code == 200, moved.text
    with server.sessions() as s:
        rows = [(r.review, r.flags) for r in s.scalars(select(Result))]
        told = [a.kind for a in s.scalars(select(Alert).where(Alert.kind == "result_counted"))]
    assert rows == [("counted", "")] and told == ["result_counted"], rows


def test_the_seat_moved_before_the_spare_pc_delivers_counts_at_once(
        server, live_server, station_for_server, server_package, clock):
    """As above, with the move recorded before the spare PC delivers (what held)."""
    from datetime import timedelta

    from sync_server.models import Package
    from sync_server.sittings.service import check_in, create_sitting, move_seat, start
    st = station_for_server                     # spare PC B
    package_id, _c, _k = _enrolled(server, st, server_package)
    now = server.clock.now()
    room_station(server, "room1-pc-a", room="第一考场", unit_id=None)
    with server.sessions.begin() as s:
        s.get(Device, st.keys.device_id).room = "第一考场"
        sitting = create_sitting(s, s.query(Package.package_id).scalar(), "第一考场", now,
                                 [(LEARNER[0], "A01")], "cli", now).sitting_id
        check_in(server, s, "room1-pc-a", LEARNER[0], now)       # waiting at A
        start(s, sitting, "jiankao", now)
    attempt = _sit(st, package_id)
    clock.advance(5 * 60_000)
    attempt.submit()
    with server.sessions.begin() as s:
        move_seat(s, sitting, LEARNER[0], st.keys.device_id, "A 死机，已在备用机 B 考完", "jiankao",
                  server.clock.now() + timedelta(minutes=1))
    SyncClient(live_server, st.keys).deliver(st.outbox.pending_results())
    with server.sessions() as s:
        rows = [(r.review, r.flags) for r in s.scalars(select(Result))]
    assert rows == [("counted", "")], rows
