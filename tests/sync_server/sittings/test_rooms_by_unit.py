"""A room is its unit's: two units' 第一考场 are two rooms (issue 14, case 3 tried by a newcomer in outside
round 14: a station of unit U2 enrolled for U2's own 第一考场 checked in a U1 learner seated in U1's 第一考场,
bound the seat to itself, and received the exam's key once the proctor started)."""
from __future__ import annotations

import base64
import json
from datetime import timedelta

import pytest
import requests
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from examcore.clock import utc_naive
from examcore.signed_request import sign_request
from sync_server.devices import create_code
from sync_server.directory.service import LearnerFields, put_learner, put_unit
from sync_server.exams.packages import import_package
from sync_server.models import Package, SittingEvent, SittingSeat
from sync_server.sittings.service import SittingError, check_in, create_sitting, move_seat, start
from tests.conftest import LEARNER
from tests.server_fixtures import room_station


def _two_units(server, server_package=None, learner_unit: str = "U1") -> str | None:
    """Units P > U1, U2, and 李四 in ``learner_unit``; the package imported when given (its id)."""
    now = utc_naive(server.clock.now())
    with server.sessions.begin() as s:
        put_unit(s, "P", "省司法厅", "province", None, now)
        for unit in ("U1", "U2"):
            put_unit(s, unit, f"单位{unit}", "unit", "P", now)
        put_learner(s, LEARNER[0], LearnerFields("李四", learner_unit), now)
    if server_package is None:
        return None
    import_package(server, server_package.read_bytes())
    with server.sessions() as s:
        return s.query(Package.package_id).scalar()


@pytest.fixture
def u1_sitting(server, server_package):
    """Units P > U1, U2; 李四 of U1 seated at A01 in U1's 第一考场, starting in 30 minutes."""
    package_id = _two_units(server, server_package)
    now = server.clock.now()
    with server.sessions.begin() as s:
        return create_sitting(s, package_id, "第一考场", now + timedelta(minutes=30),
                              [(LEARNER[0], "A01")], "test", now, unit_id="U1").sitting_id


def _one_time_key() -> str:
    public = X25519PrivateKey.generate().public_key().public_bytes(serialization.Encoding.Raw,
                                                                   serialization.PublicFormat.Raw)
    return base64.b64encode(public).decode()


def test_a_station_of_another_units_room_of_the_same_name_gets_no_seat_and_no_key(server, u1_sitting, live_server,
                                                                                  station_for_server):
    st = station_for_server
    st.enrolment.enrol(live_server, "单位U2 第一考场 1号机", create_code(server, unit_id="U2", room="第一考场"))

    def ask(report: dict) -> dict:
        body = json.dumps({"learner_no": LEARNER[0], "station_key": _one_time_key(), "report": report}).encode()
        headers = sign_request(st.keys.device_key, st.keys.device_id, "POST", "/api/v1/sittings/check-in", body)
        headers["Content-Type"] = "application/json"
        answer = requests.post(f"{live_server}/api/v1/sittings/check-in", data=body, headers=headers, timeout=30)
        assert answer.status_code == 200, answer.text
        return answer.json()
    assert ask({"state": "waiting"})["refused"] == "wrong_room"
    with server.sessions.begin() as s:
        start(s, u1_sitting, "jiankao", server.clock.now())
    after = ask({"state": "waiting"})
    assert after["refused"] == "wrong_room" and after["content_key"] is None and after["proctor_key"] is None
    assert after["sitting"]["unit_name"] == "单位U1"   # both rooms are 第一考场: the unit tells them apart
    with server.sessions() as s:
        seat = s.get(SittingSeat, (u1_sitting, LEARNER[0]))
        assert seat.device_id is None and seat.state == "not_logged_in"
        assert "wrong_room_refused" in [e.kind for e in s.query(SittingEvent).filter_by(sitting_id=u1_sitting)]


def test_the_learner_sent_to_a_same_named_room_is_told_its_unit(server, u1_sitting, live_server, station_for_server,
                                                                qtbot):
    """Round 16's note: told "go to 第一考场" while standing in (U2's) 第一考场, a learner had nowhere to go."""
    from desktop.controller import StationController
    from desktop.services.login_types import LearnerInfo
    st = station_for_server
    st.enrolment.enrol(live_server, "单位U2 第一考场 1号机", create_code(server, unit_id="U2", room="第一考场"))
    status = st.sittings.check_in(LEARNER[0])
    assert status.refused == "wrong_room"
    ctl = StationController(st)
    qtbot.addWidget(ctl.main)
    learner = LearnerInfo(LEARNER[0], "李四", "单位U1", False)
    ctl.show_home(learner, check_in=False)
    ctl._checked_in(learner, status)
    assert "第一考场" in ctl.home.message_label.text() and "单位U1" in ctl.home.message_label.text()


def test_the_rooms_own_units_station_and_one_above_it_stand_in_it(server, u1_sitting):
    room_station(server, "u1-pc", unit_id="U1")
    room_station(server, "centre-pc", unit_id="P")    # the centre's PCs serve the units below it
    room_station(server, "u2-pc", unit_id="U2")
    room_station(server, "any-pc", unit_id=None)      # approved for no unit: the name alone
    now = server.clock.now()
    with server.sessions.begin() as s:
        assert check_in(server, s, "u2-pc", LEARNER[0], now).refused == "wrong_room"
        for device in ("centre-pc", "u1-pc", "any-pc"):
            assert check_in(server, s, device, LEARNER[0], now).refused is None
            move_seat(s, u1_sitting, LEARNER[0], None, "换机", "jiankao", now)
        with pytest.raises(SittingError) as refused:   # nor can the proctor bind the seat to another unit's PC
            move_seat(s, u1_sitting, LEARNER[0], "u2-pc", "换机", "jiankao", now)
        assert refused.value.code == "wrong_room"


def test_a_sitting_of_no_unit_seats_no_learner_at_a_station_that_does_not_serve_them(server, server_package):
    """Outside round 15: `sittings create` without --unit makes a sitting of the whole server; round 14's
    case came back through it (the U2 station's 第一考场 took the U1 learner's seat and key)."""
    package_id = _two_units(server, server_package)
    now = server.clock.now()
    with server.sessions.begin() as s:
        sitting = create_sitting(s, package_id, "第一考场", now + timedelta(minutes=30),
                                 [(LEARNER[0], "A01")], "test", now).sitting_id
    room_station(server, "u2-pc", unit_id="U2")
    room_station(server, "u1-pc", unit_id="U1")
    with server.sessions.begin() as s:
        start(s, sitting, "jiankao", now)
        assert check_in(server, s, "u2-pc", LEARNER[0], now, _raw_key()).content_key is None
        assert s.get(SittingSeat, (sitting, LEARNER[0])).device_id is None
        assert check_in(server, s, "u1-pc", LEARNER[0], now, _raw_key()).content_key is not None


def test_a_room_whose_pcs_serve_the_learners_unit_below_the_unit_running_the_sitting(server, server_package):
    """Outside round 15: a sitting run by P (its proctors), in a room whose PCs were enrolled for U1 (the
    roster they receive), refused U1's own learner as wrong_room."""
    package_id = _two_units(server, server_package)
    now = server.clock.now()
    with server.sessions.begin() as s:
        create_sitting(s, package_id, "第一考场", now + timedelta(minutes=30), [(LEARNER[0], "A01")], "test", now,
                       unit_id="P")
    room_station(server, "u1-pc", unit_id="U1")
    with server.sessions.begin() as s:
        assert check_in(server, s, "u1-pc", LEARNER[0], now).refused is None


def _raw_key() -> bytes:
    return base64.b64decode(_one_time_key())


def test_a_sitting_does_not_seat_a_learner_outside_its_unit(server, server_package):
    """Outside round 16: U2's learner seated in U1's sitting (U2 borrowing U1's room) was accepted, then
    refused at every PC of the room (they serve U1): refused when the sitting is made, naming them."""
    package_id = _two_units(server, server_package, learner_unit="U2")
    now = server.clock.now()
    with server.sessions.begin() as s:
        with pytest.raises(SittingError) as refused:
            create_sitting(s, package_id, "第一考场", now + timedelta(minutes=30), [(LEARNER[0], "A01")], "test", now,
                           unit_id="U1")
        assert refused.value.code == "outside_unit" and "李四" in refused.value.learners[0]
        create_sitting(s, package_id, "第一考场", now + timedelta(minutes=30), [(LEARNER[0], "A01")], "test", now,
                       unit_id="P")   # a unit above both: the centre's


def test_a_room_file_replaces_only_its_own_units_codes(server, server_config, tmp_path):
    """Outside round 16: U2's room file for its 第一考场 withdrew the codes of U1's room file for U1's 第一考场,
    and `withdraw-codes --room 第一考场` took both units' codes."""
    from sync_server.devices import code_problem
    from tests.server_cli import server_cli
    _two_units(server)
    instance = server_config.instance_dir
    made = {}
    for unit in ("U1", "U2"):
        out = tmp_path / f"{unit}.json"
        ran = server_cli(instance, "devices", "room-file", out, "--room", "第一考场", "--count", "1",
                         "--url", "http://127.0.0.1:8470", "--unit", unit)
        assert ran.returncode == 0, ran.stderr
        made[unit] = ran.stdout.split()[1]
        assert "no longer work" not in ran.stdout
    assert code_problem(server, made["U1"], "pc-1", b"\x01" * 32) is None
    both = server_cli(instance, "devices", "withdraw-codes", "--room", "第一考场", "--yes")
    assert both.returncode == 1 and "--unit" in both.stderr
    one = server_cli(instance, "devices", "withdraw-codes", "--room", "第一考场", "--unit", "U2", "--yes")
    assert one.returncode == 0 and one.stdout.startswith("1 ")
    assert code_problem(server, made["U1"], "pc-1", b"\x01" * 32) is None
    assert code_problem(server, made["U2"], "pc-2", b"\x02" * 32) == "code_withdrawn"
