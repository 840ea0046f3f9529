"""A sitting at a real centre server on loopback: a seated learner waits at the station until the proctor
starts it, then the exam opens with the key released over the LAN (no start code); late logins, learners
not seated and a second start are refused with a clear answer."""
from __future__ import annotations

from datetime import datetime, timedelta

import pytest
import requests

from desktop.controller import StationController
from examcore.clock import utc_naive
from sync_server.admins import create_admin
from sync_server.devices import create_code
from sync_server.directory.service import LearnerFields, put_learner, put_unit
from sync_server.exams.packages import import_package
from sync_server.models import Package, SittingEvent
from sync_server.sittings.service import SittingError, act, check_in, create_sitting, start
from tests.conftest import LEARNER, NEW_LEARNER, ready_station
from tests.desktop.ui_helpers import log_in
from tests.server_fixtures import room_station

PROCTOR_PASSWORD = "Room1-proctor-2026"


@pytest.fixture
def centre(server, server_package):
    import_package(server, server_package.read_bytes())
    now = server.clock.now()
    with server.sessions.begin() as s:
        put_unit(s, "C1", "甲市考试中心", "city", None, utc_naive(now))
        for no, name in ((LEARNER[0], "李四"), (NEW_LEARNER[0], "张三"), ("110101009", "王五")):
            put_learner(s, no, LearnerFields(name, "C1"), utc_naive(now))
        create_admin(s, "jiankao", PROCTOR_PASSWORD, "proctor", "C1", utc_naive(now), must_change_password=False)
        package_id = s.query(Package.package_id).scalar()
        sitting = create_sitting(s, package_id, "第一考场", now + timedelta(minutes=10),
                                 [(LEARNER[0], "A01"), (NEW_LEARNER[0], "A02")], "test", now, unit_id="C1")
        return sitting.sitting_id


class ProctorStation:
    """The proctor's PC, enrolled with the centre: its key signs every action."""

    def __init__(self, server, device_id: str = "proctor-pc-1"):
        from examcore.crypto.keys import SigningKey
        from sync_server.devices import approve_device, request_enrolment
        self.device_id, self.device_key = device_id, SigningKey.generate()
        request_enrolment(server, device_id, self.device_key.public_raw(), "监考机")
        approve_device(server, device_id)

    def sign(self, sitting_id: str, kind: str, learner_no: str | None = None, minutes: int = 0,
             reason: str = "") -> dict:
        from examcore.proctor_action import sign_action
        return sign_action(self.device_key, self.device_id, sitting_id, kind, learner_no, minutes, reason)


def proctor(url: str) -> requests.Session:
    http = requests.Session()
    answer = http.post(f"{url}/api/v1/admin/login", json={"username": "jiankao", "password": PROCTOR_PASSWORD},
                       timeout=30)
    assert answer.status_code == 200, answer.text
    http.headers["Authorization"] = f"Bearer {answer.json()['token']}"
    return http


def test_the_start_releases_the_key_to_the_waiting_stations(qtbot, server, centre, live_server, station_for_server,
                                                           tmp_path, clock, issuer, roster_file, server_package):
    second = ready_station(tmp_path / "station2", clock, issuer, roster_file, server_package)
    try:
        for n, st in enumerate((station_for_server, second)):
            st.enrolment.enrol(live_server, f"第一考场 {n + 1}号机", create_code(server, room="第一考场"))
        controller = StationController(station_for_server, full_screen=False)
        qtbot.addWidget(controller.main)
        controller.main.show()
        log_in(qtbot, controller.login, *LEARNER)
        qtbot.waitUntil(lambda: controller.waiting is not None, timeout=10_000)
        waiting = controller.waiting
        assert waiting.name_label.text() == f"李四（{LEARNER[0]}）"
        assert waiting.sitting_label.text().startswith("2026年度学法考试\n第一考场, starts at ")
        other = second.sittings
        assert other.check_in(NEW_LEARNER[0]).waiting
        assert not other.check_in("110101009").seated          # on the roster, not in this sitting

        p = proctor(live_server)
        pc = ProctorStation(server)
        seats = p.get(f"{live_server}/api/v1/admin/sittings/{centre}", timeout=30).json()["seats"]
        assert [(x["seat"], x["state"]) for x in seats] == [("A01", "waiting"), ("A02", "waiting")]
        assert [x["sitting_id"] for x in p.get(f"{live_server}/api/v1/admin/sittings", timeout=30).json()["sittings"]] \
            == [centre]
        unsigned = p.post(f"{live_server}/api/v1/admin/sittings/{centre}/start", json={}, timeout=30)
        assert unsigned.status_code == 409 and unsigned.json()["error"] == "unsigned"    # and nothing started
        assert p.get(f"{live_server}/api/v1/admin/sittings/{centre}", timeout=30).json()["sitting"]["state"] \
            == "scheduled"
        outsider = ProctorStation(server, "not-enrolled")
        from sync_server.devices import revoke_device
        revoke_device(server, "not-enrolled")
        refused = p.post(f"{live_server}/api/v1/admin/sittings/{centre}/start",
                         json={"signed": outsider.sign(centre, "start")}, timeout=30)
        assert refused.status_code == 409 and refused.json()["error"] == "unknown_station"
        go = {"signed": pc.sign(centre, "start")}
        started = p.post(f"{live_server}/api/v1/admin/sittings/{centre}/start", json=go, timeout=30)
        assert started.status_code == 200 and started.json()["sitting"]["state"] == "started"
        replayed = p.post(f"{live_server}/api/v1/admin/sittings/{centre}/start", json=go, timeout=30)
        assert replayed.status_code == 409 and replayed.json()["error"] in ("replayed", "already_started")
        again = p.post(f"{live_server}/api/v1/admin/sittings/{centre}/start", json={"signed": pc.sign(centre, "start")},
                       timeout=30)
        assert again.status_code == 409 and again.json()["error"] == "already_started"
        with server.sessions() as s:   # the start is in the security log once: the refusals changed nothing
            from sync_server.models import AuditEntry
            assert [(e.actor, e.object) for e in s.query(AuditEntry).filter_by(action="sitting.start")] == \
                [("jiankao", f"sitting:{centre}")]

        qtbot.waitUntil(lambda: controller.exam is not None, timeout=15_000)   # no start code typed
        exam = controller.exam
        attempt = exam.attempt
        assert attempt.learner.learner_no == LEARNER[0]
        status = other.check_in(NEW_LEARNER[0])
        assert status.unlocked is not None and status.unlocked.content.exam.exam_id == "exam-2026"
        api = f"{live_server}/api/v1/admin/sittings/{centre}"

        def seat(no: str) -> dict:
            return next(x for x in p.get(api, timeout=30).json()["seats"] if x["learner_no"] == no)
        qtbot.waitUntil(lambda: seat(LEARNER[0])["state"] == "in_progress", timeout=15_000)
        assert seat(LEARNER[0])["total"] == len(attempt.paper.items) and seat(LEARNER[0])["time_left_ms"] > 0

        # extra time for this learner only
        before = attempt.remaining_ms()
        wrong = p.post(api + "/actions", json={"kind": "extra_time", "learner_no": LEARNER[0], "minutes": 30,
                                               "reason": "电脑故障",
                                               "signed": pc.sign(centre, "extra_time", LEARNER[0], 10, "电脑故障")},
                       timeout=30)
        assert wrong.status_code == 409 and wrong.json()["error"] == "mismatch"   # signed 10, asked 30
        assert p.post(api + "/actions", json={"kind": "extra_time", "learner_no": LEARNER[0], "minutes": 10,
                                              "reason": "电脑故障",
                                              "signed": pc.sign(centre, "extra_time", LEARNER[0], 10, "电脑故障")},
                      timeout=30).status_code == 200
        qtbot.waitUntil(lambda: attempt.extra_ms == 600_000, timeout=15_000)
        assert attempt.remaining_ms() >= before + 600_000 - 1000
        assert exam.warning_label.text() == "The proctor gave you 10 more minutes."
        granted = [e for e in attempt.chain.events if e.kind == "extra_time"][-1]
        assert granted.data["proof"]["signed"]["action"]["device_id"] == "proctor-pc-1"   # who, in the chain
        assert other.check_in(NEW_LEARNER[0]).actions == ()              # the other seat is untouched
        bad = p.post(api + "/actions", json={"kind": "extra_time", "learner_no": LEARNER[0], "minutes": 10,
                                             "signed": pc.sign(centre, "extra_time", LEARNER[0], 10)}, timeout=30)
        assert bad.status_code == 409 and "reason" in bad.json()["message"]

        # pause stops only this clock
        assert p.post(api + "/actions", json={"kind": "pause", "learner_no": LEARNER[0],
                                              "signed": pc.sign(centre, "pause", LEARNER[0])}, timeout=30).ok
        qtbot.waitUntil(lambda: attempt.paused, timeout=15_000)
        frozen = attempt.remaining_ms()
        clock.advance(5 * 60_000)
        assert attempt.remaining_ms() == frozen
        assert p.post(api + "/actions", json={"kind": "unpause", "learner_no": LEARNER[0],
                                              "signed": pc.sign(centre, "unpause", LEARNER[0])}, timeout=30).ok
        qtbot.waitUntil(lambda: not attempt.paused, timeout=15_000)
        clock.advance(60_000)
        assert attempt.remaining_ms() == frozen - 60_000

        # close: the open exam is handed in; the seat that never began gets a missing record
        closing = p.post(api + "/close", json={"signed": pc.sign(centre, "close")}, timeout=30).json()
        assert closing["sitting"]["state"] == "closing"
        qtbot.waitUntil(lambda: attempt.submitted is not None, timeout=15_000)
        qtbot.waitUntil(lambda: seat(LEARNER[0])["state"] == "submitted", timeout=15_000)
        assert [e.kind for e in attempt.chain.events][-2:] == ["forced_submit", "submitted"]
        assert p.get(api, timeout=30).json()["sitting"]["state"] == "closing"   # A02 is not accounted for
        done = p.post(api + "/missing", json={"learner_no": NEW_LEARNER[0], "reason": "身体不适离场",
                                              "signed": pc.sign(centre, "missing", NEW_LEARNER[0], reason="身体不适离场")},
                      timeout=30)
        assert done.json()["sitting"]["state"] == "closed"
        assert [(x["seat"], x["state"], x["note"]) for x in done.json()["seats"]] == [
            ("A01", "submitted", ""), ("A02", "missing", "身体不适离场")]
        assert p.post(api + "/close", json={"signed": pc.sign(centre, "close")}, timeout=30).status_code == 409
        with server.sessions() as s:   # the sitting's audit log keeps each action as the proctor's PC signed it
            logged = {e.kind: e.evidence for e in s.query(SittingEvent).filter_by(sitting_id=centre)}
        for kind in ("started", "extra_time", "pause", "unpause", "force_submit", "closing", "missing"):
            assert '"device_id":"proctor-pc-1"' in (logged[kind] or ""), kind
    finally:
        second.close()


def test_late_logins_are_refused_and_logged(server, centre):
    now = server.clock.now()
    with server.sessions.begin() as s:
        package_id = s.query(Package.package_id).scalar()
        sitting = create_sitting(s, package_id, "第二考场", now - timedelta(minutes=40), [("110101009", "B01")],
                                 "test", now, late_minutes=30, unit_id="C1")
        start(s, sitting.sitting_id, "jiankao", now - timedelta(minutes=40))
    room_station(server, "station-x", "第二考场")
    with server.sessions.begin() as s:
        late = check_in(server, s, "station-x", "110101009", now, b"\x01" * 32)
        assert late.refused == "late" and late.content_key is None
        kinds = [e.kind for e in s.query(SittingEvent).filter_by(sitting_id=sitting.sitting_id)]
    assert kinds == ["created", "started", "late_login_refused"]


def test_a_seat_that_never_logged_in_is_not_handed_in(server, centre):
    """代为交卷 for a seat with no attempt made a 0-point result the learner met at their first login, with an
    attempt spent (issue 19, an outside tester): refused for that seat, and left out of a hand-in for all."""
    now = server.clock.now()
    with server.sessions.begin() as s:
        package_id = s.query(Package.package_id).scalar()
        sitting = create_sitting(s, package_id, "第三考场", now, [("110101009", "C01")], "test", now, unit_id="C1")
        start(s, sitting.sitting_id, "jiankao", now)
        with pytest.raises(SittingError) as refused:
            act(s, sitting.sitting_id, "force_submit", "jiankao", now, "110101009")
        assert refused.value.code == "not_logged_in" and "missing" in str(refused.value)
        assert act(s, sitting.sitting_id, "force_submit", "jiankao", now) == []
        assert act(s, sitting.sitting_id, "extra_time", "jiankao", now, "110101009", 10, "视力") == ["110101009"]


def test_actions_taken_by_code_offline_reach_the_sitting_log_once(server, centre):
    now = server.clock.now()
    with server.sessions.begin() as s:
        start(s, centre, "jiankao", now)
    room_station(server, "station-x")
    from examcore.proctor_codes import new_challenge
    challenge = new_challenge("station-x", "attempt-1")
    taken = {"action_id": "code:" + challenge, "kind": "extra_time", "minutes": 15, "reason": "换机",
             "at": "2026-11-22T09:10:00", "code": _proctor_code(server, centre, challenge, 15)}
    for _ in range(3):   # the station repeats it in every report until the exam ends
        with server.sessions.begin() as s:
            outcome = check_in(server, s, "station-x", LEARNER[0], now,
                               report={"state": "in_progress", "by_code": [taken], "applied": ["code:" + challenge]})
            assert outcome.actions == ()   # nothing handed back to apply again
    with server.sessions() as s:
        from sync_server.models import SittingAction
        actions = s.query(SittingAction).filter_by(sitting_id=centre).all()
        events = [(e.kind, e.detail) for e in s.query(SittingEvent).filter_by(sitting_id=centre)]
    assert [(a.kind, a.minutes, a.reason, a.applied_at is not None) for a in actions] == [("extra_time", 15, "换机", True)]
    assert [e for e in events if e[0].endswith("_by_code")] == [
        ("extra_time_by_code", "15 min: 换机 (station clock 2026-11-22T09:10:00)")]


def _proctor_code(server, sitting_id: str, challenge: str, minutes: int) -> str:
    """What the proctor tool shows for a station's extra-time challenge (from the proctor password)."""
    from examcore.package import parse_package
    from examcore.proctor_codes import make_code
    from tests.conftest import proctor_key_of
    from sync_server.models import Sitting
    with server.sessions() as s:
        package = s.get(Package, s.get(Sitting, sitting_id).package_id)
        key = proctor_key_of(parse_package(package.data, None).header)
    return make_code(key, "extra_time", challenge, minutes)


def test_sittings_add_keeps_the_start_code_only_when_it_opens_the_package(server, server_config, centre):
    from click.testing import CliRunner

    from sync_server.cli import main
    from sync_server.models import Sitting
    from datetime import datetime, timezone

    from sync_server.sittings.service import reveal_start_code
    from tests.conftest import START_CODE
    with server.sessions() as s:
        package_id = s.query(Package.package_id).scalar()
    starts = (datetime.now(timezone.utc) + timedelta(days=2)).isoformat(timespec="minutes")   # in the window
    args = ["--instance", str(server_config.instance_dir), "sittings", "add", "--package", package_id,
            "--room", "第三考场", "--starts", starts, "--learner", "110101009:C01"]
    wrong = CliRunner().invoke(main, args + ["--start-code", "AAAA-BBBB-CCCC"])
    assert wrong.exit_code != 0 and "that is not the start code of" in wrong.output
    with server.sessions() as s:
        assert s.query(Sitting).filter_by(room="第三考场").count() == 0      # nothing half-made
    right = CliRunner().invoke(main, args + ["--start-code", START_CODE])
    assert right.exit_code == 0, right.output
    with server.sessions.begin() as s:
        sitting = s.query(Sitting).filter_by(room="第三考场").one()
        assert START_CODE not in (sitting.start_code_sealed or "")             # sealed at rest
        assert reveal_start_code(server, s, sitting.sitting_id, "test", server.clock.now()) == START_CODE


def test_a_station_applies_only_actions_its_servers_proctor_station_signed(server, centre, live_server,
                                                                            station_for_server):
    from examcore.crypto.keys import SigningKey
    from sync_server.devices import certificate
    from sync_server.models import Device
    from sync_server.sittings.service import act, check_signed
    station_for_server.enrolment.enrol(live_server, "1号机", create_code(server, room="第一考场"))
    pc = ProctorStation(server)
    now = server.clock.now()
    with server.sessions.begin() as s:
        start(s, centre, "jiankao", now, check_signed(server, s, pc.sign(centre, "start"), centre, "start", now))
        evidence = check_signed(server, s, pc.sign(centre, "extra_time", LEARNER[0], 15, "换机"), centre, "extra_time",
                                now, LEARNER[0], 15, "换机")
        act(s, centre, "extra_time", "jiankao", now, LEARNER[0], 15, "换机", evidence)
    with server.sessions.begin() as s:
        [handed] = check_in(server, s, station_for_server.keys.device_id, LEARNER[0], now).actions
        device = s.get(Device, "proctor-pc-1")
        rogue_cert = dict(certificate(server, device))
    sittings = station_for_server.sittings
    good = sittings.verified(centre, LEARNER[0], handed)
    assert good is not None and good["proof"]["signed"]["action"]["device_id"] == "proctor-pc-1"
    # what a forged or altered action looks like to the station: each is not applied
    more = {**handed, "minutes": 60}                                     # the minutes changed on the way
    other_learner = sittings.verified(centre, NEW_LEARNER[0], handed)    # signed for someone else
    rogue = SigningKey.generate()                                        # a certificate from another server
    body = {k: v for k, v in rogue_cert.items() if k != "signature"}
    from examcore import canonical
    forged_cert = {**body, "signature": canonical.b64e(rogue.sign(canonical.canonical_json(body)))}
    unsigned = {k: v for k, v in handed.items() if k not in ("signed", "certificate")}
    assert sittings.verified(centre, LEARNER[0], more) is None and other_learner is None
    assert sittings.verified(centre, LEARNER[0], {**handed, "certificate": forged_cert}) is None
    assert sittings.verified(centre, LEARNER[0], unsigned) is None
    assert sittings.verified("another-sitting", LEARNER[0], handed) is None


def test_a_pc_of_another_room_is_refused_and_the_learner_told_where_to_go(qtbot, server, centre, live_server,
                                                                         station_for_server):
    station_for_server.enrolment.enrol(live_server, "第二考场-03", create_code(server, room="第二考场"))
    controller = StationController(station_for_server, full_screen=False)
    qtbot.addWidget(controller.main)
    controller.main.show()
    log_in(qtbot, controller.login, *LEARNER)
    qtbot.waitUntil(lambda: controller.home is not None and "第一考场" in controller.home.message_label.text(),
                    timeout=10_000)
    assert controller.waiting is None and "not in this room" in controller.home.message_label.text()
    with server.sessions() as s:
        from sync_server.models import SittingSeat
        events = [(e.kind, e.learner_no) for e in s.query(SittingEvent).filter_by(sitting_id=centre)]
        seat = s.get(SittingSeat, (centre, LEARNER[0]))
        assert ("wrong_room_refused", LEARNER[0]) in events and seat.state == "not_logged_in" and seat.device_id is None


def test_a_replayed_check_in_is_refused(server, centre, live_server, station_for_server):
    import json

    from examcore.signed_request import sign_request
    station_for_server.enrolment.enrol(live_server, "1号机", create_code(server, room="第一考场"))
    body = json.dumps({"learner_no": LEARNER[0], "report": {"state": "waiting"}}).encode()
    headers = sign_request(station_for_server.keys.device_key, station_for_server.keys.device_id, "POST",
                           "/api/v1/sittings/check-in", body)
    headers["Content-Type"] = "application/json"
    first = requests.post(f"{live_server}/api/v1/sittings/check-in", data=body, headers=headers, timeout=30)
    again = requests.post(f"{live_server}/api/v1/sittings/check-in", data=body, headers=headers, timeout=30)
    assert first.status_code == 200 and first.json()["seated"]
    assert again.status_code == 401 and again.json()["error"] == "replayed"
    with server.sessions() as s:   # the replay changed nothing: one login in the sitting's log
        assert [e.kind for e in s.query(SittingEvent).filter_by(sitting_id=centre)].count("logged_in") == 1


def test_the_proctor_list_keeps_open_sittings_around_midnight(server, centre, server_config):
    """Today's sittings, and one that starts just after midnight or began just before it, closed or not; one
    of yesterday and one of tomorrow noon stay in their own days (the list once depended on the hour the
    tests ran). A sitting across midnight closed at 00:05 stays for its report (it vanished at once: a CI
    run at 23:58 lost the sitting it had just closed). The console opens on the first one not closed."""
    from datetime import datetime

    from desktop.ui.proctor.proctor_window import sitting_choices
    from sync_server.app import create_app
    from sync_server.sittings.service import close, mark_missing
    now = datetime.now().astimezone()
    before_midnight = now.replace(hour=23, minute=55, second=0, microsecond=0)
    if before_midnight < now:   # run in the day's last five minutes: yesterday's sitting (24 h before) would
        before_midnight += timedelta(days=1)   # fall before the exam's window, which opens a day before now
    server.clock.wall = before_midnight
    with server.sessions.begin() as s:
        package_id = s.query(Package.package_id).scalar()
        for n in range(4):   # a learner of their own in each: one learner has one open sitting a day
            put_learner(s, f"11010200{n}", LearnerFields(f"考生{n}", "C1"), utc_naive(before_midnight))
        made = {name: create_sitting(s, package_id, name, before_midnight + offset, [(f"11010200{n}", "B01")],
                                     "test", before_midnight, unit_id="C1").sitting_id
                for n, (name, offset) in enumerate((("午夜后", timedelta(minutes=10)),
                                                    ("明天中午", timedelta(hours=12, minutes=5)),
                                                    ("昨晚已结束", timedelta(hours=-24)),
                                                    ("跨午夜", timedelta(hours=-1))))}
        start(s, made["昨晚已结束"], "jiankao", before_midnight - timedelta(hours=24))
        close(s, made["昨晚已结束"], "jiankao", before_midnight - timedelta(hours=23))
    app = create_app(server_config, server.clock)
    try:
        client = app.test_client()
        token = client.post("/api/v1/admin/login",
                            json={"username": "jiankao", "password": PROCTOR_PASSWORD}).json["token"]
        headers = {"Authorization": f"Bearer {token}"}
        mine = set(made)

        def listed(query: str = "") -> list[str]:   # (the centre fixture's sitting is at the real time: left out)
            found = client.get("/api/v1/admin/sittings" + query, headers=headers).json["sittings"]
            return [x["room"] for x in found if x["room"] in mine]
        assert listed() == ["跨午夜", "午夜后"]
        server.clock.wall = before_midnight + timedelta(minutes=10)   # past midnight: last night's open one stays
        assert listed() == ["跨午夜", "午夜后", "明天中午"]
        assert listed(f"?date={before_midnight.date().isoformat()}") == ["跨午夜"]   # a named day: only its own
        with server.sessions.begin() as s:
            start(s, made["跨午夜"], "jiankao", before_midnight - timedelta(hours=1))
            mark_missing(s, made["跨午夜"], "110102003", "未到场", "jiankao", before_midnight)
            assert close(s, made["跨午夜"], "jiankao", before_midnight + timedelta(minutes=10)).state == "closed"
        assert listed() == ["跨午夜", "午夜后", "明天中午"]   # closed after midnight: still there for its report
        found = [x for x in client.get("/api/v1/admin/sittings", headers=headers).json["sittings"] if x["room"] in mine]
        labels, first = sitting_choices(found, (before_midnight + timedelta(minutes=10)).date())
        assert labels[0].startswith(f"{before_midnight - timedelta(hours=1):%m-%d %H:%M} 跨午夜")   # last night's: dated
        assert labels[1].startswith(f"{before_midnight + timedelta(minutes=10):%H:%M} 午夜后")
        assert found[first]["room"] == "午夜后"   # the console opens on the next one, not the closed one
    finally:
        app.extensions["xuefa"].close()   # its own database engine (PostgreSQL connections)


def test_the_sittings_commands_seat_only_active_learners_and_ask_before_an_early_start(server, server_config,
                                                                                        server_package):
    """`sittings add` refuses a learner exempt this year (免考) unless told, `sittings list` reads in local
    time with its words, and `sittings start` days ahead asks first (issue 20)."""
    from datetime import datetime, timezone

    from click.testing import CliRunner

    from sync_server.cli import main as server_cli
    from sync_server.models import Sitting
    import_package(server, server_package.read_bytes())
    now = server.clock.now()
    with server.sessions.begin() as s:
        put_unit(s, "C1", "甲市考试中心", "city", None, utc_naive(now))
        put_learner(s, LEARNER[0], LearnerFields("李四", "C1"), utc_naive(now))
        put_learner(s, "110101009", LearnerFields("王五", "C1", status="exempt", exempt_reason="病休"), utc_naive(now))
        package_id = s.query(Package.package_id).scalar()

    def run(*args, stdin: str | None = None):
        return CliRunner().invoke(server_cli, ["--instance", str(server_config.instance_dir), *args], input=stdin)
    starts = (datetime.now(timezone.utc) + timedelta(days=3)).replace(second=0, microsecond=0)
    add = ["sittings", "add", "--package", package_id, "--room", "第一考场", "--starts", starts.isoformat(),
           "--learner", f"{LEARNER[0]}:A01", "--learner", "110101009:A02"]
    refused = run(*add)
    assert refused.exit_code == 1 and "110101009 王五（免考：病休）" in refused.output, refused.output
    assert "--include-exempt" in refused.output
    with server.sessions() as s:
        assert s.query(Sitting).count() == 0
    # seats that cannot be: a learner twice, a seat twice, a start outside the exam's window or past
    for wrong, says in (([f"{LEARNER[0]}:A01", f"{LEARNER[0]}:A02"], "named twice: " + LEARNER[0]),
                        ([f"{LEARNER[0]}:A01", "110101009:A01"], "given twice: A01")):
        bad = ["sittings", "add", "--package", package_id, "--room", "第一考场", "--starts", starts.isoformat(),
               "--include-exempt", *[a for w in wrong for a in ("--learner", w)]]
        out = run(*bad)
        assert out.exit_code == 1 and says in out.output and "Traceback" not in out.output, out.output
    stranger = run(*[a if a != f"{LEARNER[0]}:A01" else "999999999:A01" for a in add], "--include-exempt")
    assert stranger.exit_code == 1 and "not on this server's roster: 999999999 (import the roster" in stranger.output
    late = datetime.fromisoformat("2099-01-01T09:00+08:00").astimezone().strftime("%Y-%m-%d %H:%M")
    for when, says in (("2099-01-01T09:00+08:00", f"{late} is outside the exam's window"),
                       ("2020-01-01T09:00+08:00", "has passed")):
        out = run(*[when if a == starts.isoformat() else a for a in add], "--include-exempt")
        assert out.exit_code == 1 and says in out.output, out.output
    made = run(*add, "--include-exempt")
    assert made.exit_code == 0, made.output
    again = run(*add, "--include-exempt")   # the same learners in a second open sitting of the same exam
    assert again.exit_code == 1 and "already seated in an open sitting" in again.output, again.output
    with server.sessions() as s:
        sitting_id = s.query(Sitting.sitting_id).scalar()

    listed = run("sittings", "list")
    local = starts.astimezone().strftime("%Y-%m-%d %H:%M")
    assert f"{sitting_id}  {local}  第一考场" in listed.output and "2 seat(s)  scheduled" in listed.output
    assert "UTC" not in listed.output
    day = starts.astimezone().date()   # other days on asking: the sitting's own day, and a span without it
    assert sitting_id in run("sittings", "list", "--from", str(day), "--to", str(day)).output
    before = run("sittings", "list", "--from", str(day - timedelta(days=9)), "--to", str(day - timedelta(days=1)))
    assert before.exit_code == 0 and sitting_id not in before.output
    assert f"no sittings from {day - timedelta(days=9)} to {day - timedelta(days=1)}" in before.output
    backwards = run("sittings", "list", "--from", str(day), "--to", str(day - timedelta(days=1)))
    assert backwards.exit_code == 2 and "is before --from" in backwards.output
    ahead = run("sittings", "report", sitting_id)   # days before it: nobody absent yet, and it says why
    assert ahead.exit_code == 0 and "缺考 0 人" in ahead.output and "has not started (it is due at " + local in \
        ahead.output, ahead.output
    before_default = run("sittings", "list", "--to", "2020-01-01")   # the start the user did not give is named
    assert before_default.exit_code == 2 and "is before yesterday" in before_default.output
    for typed, says in (("9999-12-31", "between the years 2000 and 2100"), ("0001-01-01", "between the years"),
                        ("2026-02-30", "is not a day like 2026-11-20"), ("2026/01/01", "is not a day like")):
        slip = run("sittings", "list", "--from", typed)
        assert slip.exit_code == 2 and says in slip.output and "Traceback" not in slip.output, slip.output

    asked = run("sittings", "start", sitting_id, stdin="n\n")
    assert asked.exit_code == 1 and "is due at " + local in asked.output and "2 day(s)" in asked.output
    with server.sessions() as s:
        assert s.get(Sitting, sitting_id).state == "scheduled"
    assert run("sittings", "start", sitting_id, stdin="y\n").exit_code == 0
    with server.sessions() as s:
        assert s.get(Sitting, sitting_id).state == "started"
    twice = run("sittings", "start", sitting_id)   # said in the user's words and this computer's time
    assert twice.exit_code == 1 and "was already started at " in twice.output and "nothing changed" in twice.output
    assert "already_started" not in twice.output and "+00:00" not in twice.output, twice.output
    assert "there is no sitting nope" in run("sittings", "start", "nope").output
