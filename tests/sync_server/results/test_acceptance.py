"""The server as the authority of record (issue 14), at a real centre server on loopback: a seat is checked
in only by its room's bound station, a second result of one attempt is a conflict, results over the
attempt limit are stored, held and not counted until an administrator decides."""
from __future__ import annotations

import random
import uuid

import pytest
import requests
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings, strategies as st
from sqlalchemy import select

from examcore.chain import EventKind
from examcore.clock import utc_naive
from examcore.sealed import open_envelope, seal_result
from examcore.sync_client import SyncClient, SyncError
from sync_server.admins import create_admin
from sync_server.devices import create_code
from sync_server.directory.service import put_unit
from sync_server.results.ingest import Ingest
from sync_server.exams.packages import import_package
from sync_server.models import Alert, CountedAttempt, Result, SittingAction, SittingEvent, SittingSeat
from sync_server.sittings.service import start
from tests.conftest import LEARNER, START_CODE, another_attempt
from tests.server_fixtures import make_envelopes, on_roster, room_station, sit_exam
from tests.sync_server.sittings.test_sittings import ProctorStation, centre  # noqa: F401  (the fixture)

ADMIN_PASSWORD = "Centre-admin-2026"


def _seat(server, sitting_id: str, learner_no: str = LEARNER[0]) -> tuple:
    with server.sessions() as s:
        seat = s.get(SittingSeat, (sitting_id, learner_no))
        return seat.device_id, seat.state, seat.answered, seat.result_id


def _refused(client: SyncClient, learner_no: str, **kw) -> str:
    with pytest.raises(SyncError) as refusal:
        client.check_in(learner_no, **kw)
    return refusal.value.code


def test_only_the_bound_station_of_the_room_checks_a_seat_in_and_gets_the_key(server, centre, live_server):  # noqa: F811
    foreign = SyncClient(live_server, room_station(server, "u2-pc", room=None))       # no room: another unit's PC
    first = SyncClient(live_server, room_station(server, "room1-pc-01"))
    second = SyncClient(live_server, room_station(server, "room1-pc-02"))
    forged = {"state": "submitted", "answered": 10_000, "total": 10_000, "result_id": str(uuid.uuid4()),
              "by_code": [{"action_id": "code:4K7QM2XD8R", "kind": "extra_time", "minutes": 240, "reason": "x",
                           "code": "AAAA-AAAA"}]}
    assert _refused(foreign, LEARNER[0], report={**forged, "answered": 999_999}) == "invalid_message"  # beyond any exam
    assert _refused(foreign, LEARNER[0], station_key=b"\x01" * 32, report=forged) == "no_room"
    assert _seat(server, centre) == (None, "not_logged_in", 0, None)                # untouched
    assert first.check_in(LEARNER[0], report={"state": "waiting"})["seated"]          # binds the seat
    assert _refused(first, LEARNER[0], report={**forged, "by_code": []}) == "not_started"   # nothing began yet
    assert _refused(first, LEARNER[0], report={"state": "waiting", "answered": 10_000, "total": 10_000}) \
        == "bad_report"
    with server.sessions.begin() as s:
        start(s, centre, "jiankao", server.clock.now())
    assert _refused(second, LEARNER[0], station_key=b"\x02" * 32) == "seat_other_device"   # no key for it
    assert _seat(server, centre) == ("room1-pc-01", "waiting", 0, None)
    assert first.check_in(LEARNER[0], station_key=b"\x03" * 32)["content_key"]
    first.check_in(LEARNER[0], report={"state": "in_progress", "answered": 2, "total": 9, "by_code": forged["by_code"]})
    with server.sessions() as s:
        assert s.scalars(select(SittingAction).where(SittingAction.sitting_id == centre)).all() == []  # code refused
        kinds = [e.kind for e in s.scalars(select(SittingEvent).where(SittingEvent.sitting_id == centre))]
    assert {"no_room_refused", "not_started_refused", "bad_report_refused", "seat_other_device_refused",
            "code_action_refused"} <= set(kinds)
    # the proctor moves the seat (the first PC failed): from then on the second PC is the seat's station
    p = requests.Session()
    login = p.post(f"{live_server}/api/v1/admin/login", json={"username": "jiankao", "password": "Room1-proctor-2026"},
                   timeout=30)
    p.headers["Authorization"] = f"Bearer {login.json()['token']}"
    pc = ProctorStation(server)
    moved = p.post(f"{live_server}/api/v1/admin/sittings/{centre}/move-seat",
                   json={"learner_no": LEARNER[0], "reason": "1号机死机", "signed": pc.sign(centre, "move_seat", LEARNER[0],
                                                                                         reason="1号机死机")}, timeout=30)
    assert moved.status_code == 200, moved.text
    assert second.check_in(LEARNER[0], station_key=b"\x02" * 32)["content_key"]
    assert _refused(first, LEARNER[0], station_key=b"\x03" * 32) == "seat_other_device"
    with server.sessions() as s:
        assert s.scalars(select(SittingEvent.detail).where(SittingEvent.kind == "seat_moved")).one() \
            == "room1-pc-01 -> the next station of the room: 1号机死机"


def test_a_second_sealed_result_of_one_attempt_is_a_conflict_and_an_alert(server, station_for_server, live_server,
                                                                          server_package):
    import_package(server, server_package.read_bytes())
    station_for_server.enrolment.enrol(live_server, "1号机", create_code(server))
    on_roster(server, LEARNER[0])
    sit_exam(station_for_server)
    [sealed] = station_for_server.outbox.pending_results()
    client = SyncClient(live_server, station_for_server.keys)
    [stored] = client.deliver([sealed])
    assert stored["status"] == "stored" and stored["flags"] == []
    meta = sealed.meta   # a tampered station seals the same attempt again under a new result id
    again = seal_result(open_envelope(sealed, server.keys.results), exam_id=meta["exam_id"],
                        package_id=meta["package_id"], learner_no=meta["learner_no"], sitting_id=None,
                        station_score="100", outcome="passed", submitted_at=meta["submitted_at"],
                        recipients=station_for_server.library.load(meta["package_id"]).header.recipients,
                        device_key=station_for_server.keys.device_key, device_id=station_for_server.keys.device_id)
    status, answer = client._call("PUT", f"/results/{again.result_id}", again.to_bytes())
    assert status == 409 and answer["status"] == "conflict" and "already stored" in answer["detail"]
    assert client.deliver([sealed])[0]["receipt"] == stored["receipt"]          # the same one: its receipt
    with server.sessions() as s:   # the one stored is held: which came first was the station's choice
        assert [(r.result_id, r.review, r.flags) for r in s.scalars(select(Result))] == [
            (sealed.result_id, "held", "second_result")]
        assert [(a.kind, a.result_id) for a in s.scalars(select(Alert))] == [
            ("conflicting_attempt", again.result_id), ("result_held", sealed.result_id)]


def test_results_over_the_limit_are_held_listed_and_counted_once_accepted(server, server_config, station_for_server,
                                                                         live_server, server_package):
    import_package(server, server_package.read_bytes())
    station_for_server.enrolment.enrol(live_server, "1号机", create_code(server))
    now = utc_naive(server.clock.now())
    with server.sessions.begin() as s:
        put_unit(s, "P", "省司法厅", "province", None, now)
        put_unit(s, "X", "另一单位", "unit", "P", now)
        create_admin(s, "guanli", ADMIN_PASSWORD, "provincial_admin", "P", now, must_change_password=False)
        create_admin(s, "other", ADMIN_PASSWORD, "unit_admin", "X", now, must_change_password=False)
        put_unit(s, "Y", "李四的单位", "unit", "P", now)
    on_roster(server, LEARNER[0], unit_id="Y")
    first, second = make_envelopes(station_for_server, 2, random.Random(5))   # the exam allows one attempt
    outcomes = SyncClient(live_server, station_for_server.keys).deliver([first, second])
    # two results of a one-attempt exam: neither counts until an administrator decides which stands
    assert [(o["status"], o["flags"]) for o in outcomes] == [("stored", ["attempt_limit"])] * 2

    def http(who: str) -> requests.Session:
        h = requests.Session()
        token = h.post(f"{live_server}/api/v1/admin/login", json={"username": who, "password": ADMIN_PASSWORD},
                       timeout=30).json()["token"]
        h.headers["Authorization"] = f"Bearer {token}"
        return h
    admin, other = http("guanli"), http("other")
    listed = admin.get(f"{live_server}/api/v1/admin/flagged-results?rule=attempt_limit", timeout=30).json()
    assert sorted(r["result_id"] for r in listed["results"]) == sorted([first.result_id, second.result_id])
    assert listed["held"]["total"] == 2
    assert other.get(f"{live_server}/api/v1/admin/flagged-results", timeout=30).json()["results"] == []
    status = CliRunner().invoke(__import__("sync_server.cli", fromlist=["main"]).main,
                                ["--instance", str(server_config.instance_dir), "status"])
    assert "2 result(s) held back" in status.output
    assert "the learner sat more attempts than the exam allows: an administrator decides which counts: 2" in status.output
    assert "result held back" in status.output and "result_held" not in status.output   # the alert, in words
    listing = CliRunner().invoke(__import__("sync_server.cli", fromlist=["main"]).main,
                                 ["--instance", str(server_config.instance_dir), "flagged", "--rule", "attempt_limit"])
    assert second.result_id in listing.output and "2 result(s)" in listing.output
    assert "the learner sat more attempts" in listing.output and "attempt_limit" not in listing.output
    chinese = CliRunner().invoke(__import__("sync_server.cli", fromlist=["main"]).main,
                                 ["--instance", str(server_config.instance_dir), "status"], env={"XUEFA_LANG": "zh_CN"})
    assert "考试次数超出规定，由管理员决定计入哪一次：2 份" in chinese.output and "attempt_limit" not in chinese.output, \
        chinese.output

    def counted() -> int:
        with server.sessions() as s:
            row = s.get(CountedAttempt, ("exam-2026", LEARNER[0]))
            return row.attempts if row else 0
    url = f"{live_server}/api/v1/admin/flagged-results/{second.result_id}/decision"
    assert other.post(url, json={"decision": "accept", "reason": "x"}, timeout=30).status_code == 404
    assert admin.post(url, json={"decision": "accept", "reason": ""}, timeout=30).status_code == 422
    assert counted() == 0
    accepted = admin.post(url, json={"decision": "accept", "reason": "考试机故障，经核实补考"}, timeout=30).json()["result"]
    assert (accepted["review"], accepted["reviewed_by"]) == ("accepted", "guanli") and counted() == 1
    with server.sessions() as s:
        assert s.get(CountedAttempt, ("exam-2026", LEARNER[0])).last_id == second.result_id
    # accepting the other too would count two attempts of a one-attempt exam: refused until one is taken back
    first_url = f"{live_server}/api/v1/admin/flagged-results/{first.result_id}/decision"
    over = admin.post(first_url, json={"decision": "accept", "reason": "再议"}, timeout=30)
    assert over.status_code == 409 and over.json()["error"] == "over_limit" and counted() == 1
    taken_back = admin.post(first_url, json={"decision": "reject", "reason": "第一次考试机故障"}, timeout=30)
    assert taken_back.json()["result"]["review"] == "rejected"
    assert admin.post(first_url, json={"decision": "reject", "reason": "x"}, timeout=30).status_code == 200
    admin.post(url, json={"decision": "reject", "reason": "复核后不予认定"}, timeout=30)
    with server.sessions() as s:
        assert s.get(Result, second.result_id).review_reason == "复核后不予认定"     # kept, with who and why
        assert s.get(CountedAttempt, ("exam-2026", LEARNER[0])) is None
    # the server console decides only in an administrator's name
    cli = __import__("sync_server.cli", fromlist=["main"]).main
    base = ["--instance", str(server_config.instance_dir), "decide", first.result_id, "accept", "--reason", "复核"]
    nobody = CliRunner().invoke(cli, [*base, "--by", "张三"])
    assert nobody.exit_code != 0 and "not an administrator account" in nobody.output
    outside = CliRunner().invoke(cli, [*base, "--by", "other"])   # an administrator of another unit
    assert outside.exit_code == 1 and "does not administer the unit of learner" in outside.output, outside.output
    done = CliRunner().invoke(cli, [*base, "--by", "guanli", "--yes"])   # it was rejected: a change, said yes to
    assert done.exit_code == 0 and "accepted by guanli (server console)" in done.output, done.output
    assert counted() == 1
    # turning a decision round asks first, naming who made it and why
    flip = ["--instance", str(server_config.instance_dir), "decide", first.result_id, "reject", "--reason", "再核",
            "--by", "guanli"]
    asked = CliRunner().invoke(cli, flip, input="n\n")
    assert asked.exit_code == 1 and "was accepted by guanli (server console) (复核). Change it?" in asked.output
    with server.sessions() as s:
        assert s.get(Result, first.result_id).review == "accepted"
    status = CliRunner().invoke(cli, ["--instance", str(server_config.instance_dir), "status"]).output
    assert "held result accepted" in status and " -> " not in status, status
    assert "rejected → accepted (the learner sat more attempts than the exam allows: an administrator decides " \
        "which counts): 复核" in status, status
    # a decision on a result held for no rule (one that counted, taken back) has no empty brackets
    on_roster(server, "110101099", unit_id="Y")
    [alone] = make_envelopes(station_for_server, 1, random.Random(6), learner_no="110101099")
    Ingest(server).ingest_many([alone.to_bytes()], "http")
    assert CliRunner().invoke(cli, ["--instance", str(server_config.instance_dir), "decide", alone.result_id,
                                    "reject", "--reason", "代考", "--by", "guanli", "--yes"]).exit_code == 0
    status = CliRunner().invoke(cli, ["--instance", str(server_config.instance_dir), "status"]).output
    assert "counted → rejected: 代考" in status and "()" not in status, status
    chinese = CliRunner().invoke(cli, ["--instance", str(server_config.instance_dir), "status"],
                                 env={"XUEFA_LANG": "zh_CN"}).output
    assert "guanli（服务器命令行）" in chinese and "server console" not in chinese, chinese
    assert "counted" not in chinese, chinese
    assert CliRunner().invoke(cli, ["--instance", str(server_config.instance_dir), "flagged", "--rule",
                                    "nonsense"]).exit_code == 2   # an unknown rule is no empty list


@settings(max_examples=10, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(order=st.permutations(range(6)), cuts=st.lists(st.integers(1, 3), min_size=6, max_size=6),
       repeat=st.lists(st.booleans(), min_size=6, max_size=6), allowed=st.sampled_from([1]), sat=st.integers(1, 6))
def test_counted_attempts_never_exceed_the_limit_and_nothing_delivered_is_lost(server, station_for_server,
                                                                              server_package, order, cuts, repeat,
                                                                              allowed, sat):
    """Three stations, two attempts each (``sat`` of them sat), delivered in any order, in batches of any
    size, some twice: within the allowance all count; beyond it none counts until an administrator decides,
    whatever the order and batches; every one is kept."""
    from examcore.crypto.keys import SigningKey
    from sync_server.devices import approve_device, request_enrolment
    if not server_package.with_suffix(".imported").exists():   # once: hypothesis calls this many times
        import_package(server, server_package.read_bytes())
        server_package.with_suffix(".imported").touch()
    learner = f"L9{uuid.uuid4().hex[:8]}"
    on_roster(server, learner)
    devices = []
    for n in range(3):
        key = SigningKey.generate()
        request_enrolment(server, f"pc-{learner}-{n}", key.public_raw())
        approve_device(server, f"pc-{learner}-{n}")
        devices += [(f"pc-{learner}-{n}", key)] * 2
    envelopes = make_envelopes(station_for_server, sat, random.Random(order[0]), learner_no=learner, devices=devices)
    order = [i for i in order if i < sat]
    queue = [envelopes[i] for i in order] + [envelopes[i] for i in order if repeat[i]]
    ingest = Ingest(server)
    while queue:
        batch, queue = queue[:cuts[len(queue) % 6]], queue[cuts[len(queue) % 6]:]
        for outcome in ingest.ingest_many([e.to_bytes() for e in batch], "http"):
            assert outcome.status.value in ("stored", "duplicate")
    with server.sessions() as s:
        rows = s.scalars(select(Result).where(Result.learner_no == learner)).all()
        counted = s.get(CountedAttempt, ("exam-2026", learner))
    assert sorted(r.result_id for r in rows) == sorted(e.result_id for e in envelopes)   # every one kept
    if sat <= allowed:
        assert counted.attempts == sat and all((r.review, r.flags) == ("counted", "") for r in rows)
    else:
        assert counted is None and all((r.review, r.flags) == ("held", "attempt_limit") for r in rows)


def test_more_attempts_than_allowed_count_none_whatever_the_order_of_delivery(server, station_for_server,
                                                                             server_package):
    """Found by outside rounds: with one attempt allowed, a learner sat on one PC (all wrong), then on
    another that had not heard of it (all right). Whichever arrived first had counted; an order judged by
    the attempts' start was beaten by a PC's clock set back. Now neither counts until an administrator
    decides, whatever the order; nothing is dropped."""
    from examcore.crypto.keys import SigningKey
    from sync_server.devices import approve_device, request_enrolment
    import_package(server, server_package.read_bytes())
    devices = []
    for n in range(2):
        key = SigningKey.generate()
        request_enrolment(server, f"pc-{n}", key.public_raw())
        approve_device(server, f"pc-{n}")
        devices.append((f"pc-{n}", key))
    choose = (lambda n, q: [o.key for o in q.options if o.key not in q.answer][:1] if n == 0 else list(q.answer))
    ingest = Ingest(server)
    for learner, order in (("110101097", (1, 0)), ("110101098", (0, 1))):
        on_roster(server, learner)
        sealed = make_envelopes(station_for_server, 2, random.Random(1), learner_no=learner, devices=devices,
                                choose=choose)
        for n in order:
            assert ingest.ingest_many([sealed[n].to_bytes()], "http")[0].status.value == "stored"
        with server.sessions() as s:
            rows = [s.get(Result, e.result_id) for e in sealed]
            held = {a.result_id for a in s.scalars(select(Alert).where(Alert.kind == "result_held"))}
            assert s.get(CountedAttempt, ("exam-2026", learner)) is None, learner
        assert [(r.review, r.flags) for r in rows] == [("held", "attempt_limit")] * 2, learner
        assert {e.result_id for e in sealed} <= held   # the one that had counted is said held too


def test_an_attempt_left_running_on_one_pc_holds_the_one_sat_elsewhere_when_it_arrives(
        server, station_for_server, clock, issuer, roster_file, server_package, tmp_path):
    """Found by an outside round: a learner began on PC A and read the paper, left it running, and sat the
    exam on PC B, which had not heard of A's attempt; B's result counted. When A's attempt is handed in and
    arrives, neither counts until an administrator decides. (An attempt that never arrives cannot be known.)"""
    from sync_server.devices import approve_device, request_enrolment
    from tests.conftest import ready_station
    import_package(server, server_package.read_bytes())
    on_roster(server, LEARNER[0])
    a = station_for_server
    b = ready_station(tmp_path / "b", clock, issuer, roster_file, server_package)
    try:
        for st in (a, b):
            request_enrolment(server, st.keys.device_id, st.keys.device_key.public_raw())
            approve_device(server, st.keys.device_id)
        pkg = a.library.listings(LEARNER[0])[0].package_id
        left = a.attempts.begin(a.accounts.login(*LEARNER).learner, a.attempts.unlock(pkg, START_CODE))
        clock.advance(5 * 60_000)
        b.attempts.begin(b.accounts.login(*LEARNER).learner, b.attempts.unlock(pkg, START_CODE)).submit()
        ingest = Ingest(server)
        [sat] = ingest.ingest_many([e.to_bytes() for e in b.outbox.pending_results()], "http")
        assert sat.status.value == "stored" and not sat.flags   # B did not know: it counts, for now
        clock.advance(5 * 60_000)
        left.submit()   # A's attempt, handed in at last
        [late] = ingest.ingest_many([e.to_bytes() for e in a.outbox.pending_results()], "http")
    finally:
        b.close()
    with server.sessions() as s:
        rows = {r.result_id: r for r in s.scalars(select(Result))}
    assert [(rows[o.result_id].review, rows[o.result_id].flags) for o in (sat, late)] == \
        [("held", "attempt_limit")] * 2


def _sealed(server, station, content, package_id: str, events: list[tuple[str, int, dict]], wall=None,
            sitting_id: str | None = None, attempt_id: str | None = None, learner_no: str | None = None):
    """An attempt with these (kind, elapsed ms, data) events, sealed as the station seals it, for a new
    learner on the server's roster."""
    from datetime import datetime, timezone

    from examcore.chain import Chain, responses_from_events
    from examcore.grading import grade_paper
    from examcore.sealed import ResultPayload
    attempt_id, seed = attempt_id or str(uuid.uuid4()), b"\x07" * 16
    paper = content.draw("general", seed)
    at = (wall or datetime.now(timezone.utc)).isoformat()
    chain = Chain(attempt_id)
    for kind, elapsed, data in events:
        chain.append(chain.next_event(kind, elapsed, at, data))
    grade = grade_paper(paper, content.questions, responses_from_events(chain.events), content.exam.pass_mark)
    header = station.library.load(package_id).header
    learner_no = learner_no or f"T9{uuid.uuid4().hex[:6]}"
    on_roster(server, learner_no)
    return seal_result(ResultPayload(attempt_id, seed, "general", paper.to_list(), chain.events),
                       exam_id=content.exam.exam_id, package_id=package_id, learner_no=learner_no,
                       sitting_id=sitting_id, station_score=grade.score_text, outcome=grade.outcome.value, submitted_at=at,
                       recipients=header.recipients, device_key=station.keys.device_key,
                       device_id=station.keys.device_id)


def test_time_is_judged_from_the_chain_with_only_the_extra_time_the_server_can_verify(server, station_for_server,
                                                                                    server_package):
    from datetime import timedelta

    from examcore.chain import EventKind
    from examcore.package import parse_package
    from examcore.proctor_codes import make_code, new_challenge
    from sync_server.devices import approve_device, request_enrolment
    from tests.conftest import START_CODE, proctor_key_of
    import_package(server, server_package.read_bytes())
    on_roster(server, LEARNER[0])
    request_enrolment(server, station_for_server.keys.device_id, station_for_server.keys.device_key.public_raw())
    approve_device(server, station_for_server.keys.device_id)
    package_id = station_for_server.library.listings(LEARNER[0])[0].package_id
    parsed = parse_package(server_package.read_bytes(), None)
    content = parsed.open_body(parsed.unwrap_with_start_code(START_CODE))
    key = proctor_key_of(parsed.header)
    q = content.draw("general", b"\x07" * 16).items[0].question_id
    minute = 60_000

    def attempt(how: str, wall=None):
        """how: fair (the proctor's code for this seat's challenge), forged, or another_seat (a right code,
        but for the challenge of another attempt: copied from a neighbour)."""
        attempt_id = str(uuid.uuid4())
        device = station_for_server.keys.device_id
        seat = attempt_id if how != "another_seat" else another_attempt(device, attempt_id)
        challenge = new_challenge(station_for_server.keys.device_id, seat)
        code = make_code(key, "extra_time", challenge, 15) if how != "forged" else "AAAA-AAAA"
        return _sealed(server, station_for_server, content, package_id, [
            (EventKind.STARTED, 0, {}),
            (EventKind.EXTRA_TIME, 20 * minute, {"minutes": 15, "reason": "换机", "action_id": "code:" + challenge,
                                                 "proof": {"code": code}}),
            (EventKind.ANSWER, 40 * minute, {"q": q, "r": ["A"]}),   # a 30-minute exam: in the extra time
            (EventKind.SUBMITTED, 44 * minute, {})], wall, attempt_id=attempt_id)
    fair, forged, copied = attempt("fair"), attempt("forged"), attempt("another_seat")
    late = attempt("fair", wall=content.exam.window_end + timedelta(days=2))
    outcomes = Ingest(server).ingest_many([e.to_bytes() for e in (fair, forged, copied, late)], "http")
    assert [o.flags for o in outcomes] == ["", "late_answers,over_duration", "late_answers,over_duration",
                                           "outside_window"]


def test_the_station_seals_its_sitting_and_the_centre_counts_the_seated_result(server, centre,  # noqa: F811
                                                                               live_server, station_for_server):
    from tests.conftest import proctor_key_of
    station_for_server.enrolment.enrol(live_server, "第一考场 1号机", create_code(server, room="第一考场"))
    sittings = station_for_server.sittings
    assert sittings.check_in(LEARNER[0]).waiting
    with server.sessions.begin() as s:
        start(s, centre, "jiankao", server.clock.now())
    header = station_for_server.library.load(station_for_server.library.listings(LEARNER[0])[0].package_id).header
    assert station_for_server.attempts.proctor_keys.held(header, None) is None
    status = sittings.check_in(LEARNER[0])   # the key over the LAN, for this sitting
    # with this station's own key of the package's proctor key beside it (never the package's key itself):
    # it now checks the proctor's codes offline
    from examcore.proctor_codes import station_key
    held = station_for_server.attempts.proctor_keys.held(header, None)
    assert held == station_key(proctor_key_of(header), station_for_server.keys.device_id) != proctor_key_of(header)
    attempt = station_for_server.attempts.begin(station_for_server.accounts.login(*LEARNER).learner, status.unlocked)
    attempt.submit()
    [sealed] = station_for_server.outbox.pending_results()
    assert sealed.meta["sitting_id"] == centre
    [outcome] = SyncClient(live_server, station_for_server.keys).deliver([sealed])
    assert (outcome["status"], outcome["flags"]) == ("stored", [])



@pytest.mark.parametrize("together", [False, True], ids=["one_after_the_other", "in_one_batch"])
def test_a_second_result_in_one_sitting_is_stored_and_held(server, centre, live_server,  # noqa: F811
                                                            station_for_server, monkeypatch, together):
    """A station changed to let a learner sit again in the sitting (the station's own refusal taken out):
    both results are stored, the first as it stands, the second held as ``second_in_sitting`` (issue 19)."""
    from desktop.services.attempts import life_cycle as attempts_module
    station_for_server.enrolment.enrol(live_server, "第一考场 1号机", create_code(server, room="第一考场"))
    sittings = station_for_server.sittings
    assert sittings.check_in(LEARNER[0]).waiting
    with server.sessions.begin() as s:
        start(s, centre, "jiankao", server.clock.now())
    client = SyncClient(live_server, station_for_server.keys)
    monkeypatch.setattr(attempts_module, "handed_in_at_open_sitting", lambda *a: False)
    monkeypatch.setattr(attempts_module, "attempts_sat", lambda *a: [])   # the exam allows one attempt
    outcomes = []
    for _ in range(2):
        status = sittings.check_in(LEARNER[0])
        station_for_server.attempts.begin(station_for_server.accounts.login(*LEARNER).learner,
                                          status.unlocked).submit()
        if not together:
            outcomes += client.deliver(station_for_server.outbox.pending_results()[-1:])
    if together:
        outcomes = client.deliver(station_for_server.outbox.pending_results())
    assert [o["status"] for o in outcomes] == ["stored", "stored"]
    assert "second_in_sitting" in outcomes[1]["flags"]
    # both held, the earlier one too: the station chooses which arrives first (an outside tester delivered
    # the better one first), so neither counts until an administrator decides
    with server.sessions() as s:
        stored = {r.result_id: (r.review, r.flags) for r in s.scalars(select(Result))}
        counted = s.scalars(select(CountedAttempt)).all()
    assert len(stored) == 2 and all(review == "held" and "second_in_sitting" in flags
                                    for review, flags in stored.values()), stored
    assert counted == [] or all(c.attempts == 0 for c in counted)



def test_an_attempt_begun_after_the_sitting_closed_at_a_station_that_never_checked_in_is_held(
        server, centre, station_for_server, clock):  # noqa: F811
    """Issue 14 (an outside tester): a seated learner never checked in; the proctor started and closed the
    sitting; three hours later a station of the room that had not heard of it opened the exam with the
    room's start code, and the centre counted the result."""
    from sync_server.devices import approve_device, request_enrolment
    from sync_server.models import Device
    from sync_server.sittings.service import close
    from tests.conftest import START_CODE
    st = station_for_server
    request_enrolment(server, st.keys.device_id, st.keys.device_key.public_raw())
    approve_device(server, st.keys.device_id)
    with server.sessions.begin() as s:
        s.get(Device, st.keys.device_id).room = "第一考场"
        start(s, centre, "jiankao", server.clock.now())
    with server.sessions.begin() as s:
        close(s, centre, "jiankao", server.clock.now())
    clock.advance(3 * 3600_000)
    package_id = st.library.listings(LEARNER[0])[0].package_id
    st.attempts.begin(st.accounts.login(*LEARNER).learner, st.attempts.unlock(package_id, START_CODE)).submit()
    [outcome] = Ingest(server).ingest_many([e.to_bytes() for e in st.outbox.pending_results()], "http")
    assert outcome.status.value == "stored" and "late_start" in outcome.flags, outcome



def test_an_attempt_dated_before_the_stations_last_pull_and_not_listed_then_is_held(server, live_server,
                                                                                     station_for_server,
                                                                                     server_package):
    """Issue 14 (an outside tester): with the station's time mark edited in its database (no key service
    guards it on Windows) and the PC clock set back 2.5 days, an attempt began after the window closed and
    the centre counted it. At each pull a station says which attempts it has not delivered; one delivered
    later that claims to have begun before that pull, yet was not listed, was begun with the clock set
    back."""
    from datetime import datetime, timedelta, timezone
    from examcore.chain import EventKind
    package_id, content, _key = _enrolled(server, station_for_server, server_package)
    client = SyncClient(live_server, station_for_server.keys)
    listed = str(uuid.uuid4())
    client.changes(0, [listed])   # the station's pull: one attempt in progress
    back = datetime.now(timezone.utc) - timedelta(days=2, hours=12)
    q = content.draw("general", b"\x07" * 16).items[0].question_id
    events = [(EventKind.STARTED, 0, {}), (EventKind.ANSWER, MIN, {"q": q, "r": ["A"]}), (EventKind.SUBMITTED, 2 * MIN, {})]
    forged = _sealed(server, station_for_server, content, package_id, events, wall=back)
    honest = _sealed(server, station_for_server, content, package_id, events, wall=back, attempt_id=listed)
    later = _sealed(server, station_for_server, content, package_id, events,
                    wall=datetime.now(timezone.utc) + timedelta(minutes=5))
    outcomes = client.deliver([forged, honest, later])
    assert ["clock_moved_back" in o["flags"] for o in outcomes] == [True, False, False], outcomes


MIN = 60_000


def _enrolled(server, station, server_package):
    """The station approved by the server; the package's id, content and proctor-code key."""
    from examcore.package import parse_package
    from sync_server.devices import approve_device, request_enrolment
    from tests.conftest import START_CODE, proctor_key_of
    import_package(server, server_package.read_bytes())
    request_enrolment(server, station.keys.device_id, station.keys.device_key.public_raw())
    approve_device(server, station.keys.device_id)
    on_roster(server, LEARNER[0])
    package_id = station.library.listings(LEARNER[0])[0].package_id
    parsed = parse_package(server_package.read_bytes(), None)
    content_key = parsed.unwrap_with_start_code(START_CODE)
    return package_id, parsed.open_body(content_key), proctor_key_of(parsed.header)


@pytest.mark.parametrize("data", [{"minutes": "abc"}, {"minutes": None}, {"minutes": True},
                                  {"minutes": 5, "action_id": "x", "proof": "junk"},
                                  {"minutes": 5, "action_id": 7, "proof": {}}])
def test_a_malformed_extra_time_event_is_no_grant_and_never_stops_the_batch(server, station_for_server,
                                                                             server_package, data):
    package_id, content, _key = _enrolled(server, station_for_server, server_package)
    good = make_envelopes(station_for_server, 1, random.Random(1))[0]
    q = content.draw("general", b"\x07" * 16).items[0].question_id
    bad = _sealed(server, station_for_server, content, package_id, [
        (EventKind.STARTED, 0, {}), (EventKind.EXTRA_TIME, MIN, data),
        (EventKind.ANSWER, 35 * MIN, {"q": q, "r": ["A"]}), (EventKind.SUBMITTED, 36 * MIN, {})])
    outcomes = Ingest(server).ingest_many([good.to_bytes(), bad.to_bytes()], "bundle")
    assert [o.status.value for o in outcomes] == ["stored", "stored"]
    assert "late_answers" in outcomes[1].flags      # no extra time granted: the answer at 35 of 30 minutes
    with server.sessions() as s:
        assert s.get(Result, bad.result_id).review == "held"


def test_the_server_grade_ignores_answers_under_extra_time_it_cannot_verify(server, station_for_server,
                                                                          server_package):
    package_id, content, _key = _enrolled(server, station_for_server, server_package)
    paper = content.draw("general", b"\x07" * 16)
    right = [content.questions[i.question_id] for i in paper.items if content.questions[i.question_id].options]
    events = [(EventKind.STARTED, 0, {}),
              (EventKind.EXTRA_TIME, MIN, {"minutes": 240, "reason": "x", "action_id": "code:4K7QM2XD8R",
                                            "proof": {"code": "AAAA-AAAA"}})]   # a code nobody issued
    events += [(EventKind.ANSWER, 100 * MIN + n, {"q": q.id, "r": list(q.answer)}) for n, q in enumerate(right)]
    envelope = _sealed(server, station_for_server, content, package_id, [*events, (EventKind.SUBMITTED, 101 * MIN, {})])
    [outcome] = Ingest(server).ingest_many([envelope.to_bytes()], "http")
    with server.sessions() as s:
        row = s.get(Result, outcome.result_id)
        alerts = {a.kind for a in s.scalars(select(Alert).where(Alert.result_id == outcome.result_id))}
    assert row.server_score == "0" and "late_answers" in row.flags and row.review == "held"
    assert {"late_answers", "score_mismatch"} <= alerts   # the station said full marks


def test_one_grant_repeated_in_the_chain_counts_once(server, station_for_server, server_package):
    from examcore.proctor_codes import make_code, new_challenge
    package_id, content, key = _enrolled(server, station_for_server, server_package)
    q = content.draw("general", b"\x07" * 16).items[0].question_id
    def grant(attempt_id: str):
        challenge = new_challenge(station_for_server.keys.device_id, attempt_id)
        return (EventKind.EXTRA_TIME, MIN, {"minutes": 15, "reason": "x", "action_id": "code:" + challenge,
                                            "proof": {"code": make_code(key, "extra_time", challenge, 15)}})
    a, b = str(uuid.uuid4()), str(uuid.uuid4())
    within = _sealed(server, station_for_server, content, package_id, [
        (EventKind.STARTED, 0, {}), grant(a), grant(a), (EventKind.ANSWER, 44 * MIN, {"q": q, "r": ["A"]}),
        (EventKind.SUBMITTED, 44 * MIN, {})], attempt_id=a)                  # 30 + 15 minutes: in time
    beyond = _sealed(server, station_for_server, content, package_id, [
        (EventKind.STARTED, 0, {}), *[grant(b)] * 4, (EventKind.ANSWER, 85 * MIN, {"q": q, "r": ["A"]}),
        (EventKind.SUBMITTED, 89 * MIN, {})], attempt_id=b)                  # four copies are still 15 minutes
    outcomes = Ingest(server).ingest_many([within.to_bytes(), beyond.to_bytes()], "http")
    assert outcomes[0].flags == "" and {"late_answers", "over_duration"} <= set(outcomes[1].flags.split(","))



def test_extra_time_by_code_counts_up_to_its_cap(server, station_for_server, server_package):
    """Issue 14 (an outside tester): a station holds the key its codes are checked with, so it can make
    its own: twenty 240-minute grants let answers at minute 250 of a 30-minute exam count. Codes count up
    to CODE_GRANT_CAP_MINUTES in all; past that the result is held by the time rules."""
    from examcore.proctor_codes import make_code, new_challenge
    from examcore.proctor_codes import CODE_GRANT_CAP_MINUTES
    package_id, content, key = _enrolled(server, station_for_server, server_package)
    q = content.draw("general", b"\x07" * 16).items[0].question_id
    attempt = str(uuid.uuid4())

    def grant(minutes: int):   # each on a challenge of its own, as a station makes them
        challenge = new_challenge(station_for_server.keys.device_id, attempt)
        return (EventKind.EXTRA_TIME, MIN, {"minutes": minutes, "reason": "x", "action_id": "code:" + challenge,
                                            "proof": {"code": make_code(key, "extra_time", challenge, minutes)}})
    limit = 30 + CODE_GRANT_CAP_MINUTES
    minted = _sealed(server, station_for_server, content, package_id, [
        (EventKind.STARTED, 0, {}), *[grant(240) for _ in range(20)],
        (EventKind.ANSWER, (limit + 10) * MIN, {"q": q, "r": ["A"]}),
        (EventKind.SUBMITTED, (limit + 10) * MIN, {})], attempt_id=attempt)
    [outcome] = Ingest(server).ingest_many([minted.to_bytes()], "http")
    assert {"late_answers", "over_duration"} <= set(outcome.flags.split(",")), outcome


def test_a_signed_grant_of_another_sitting_is_not_granted(server, station_for_server, server_package):
    from sync_server.devices import certificate
    from sync_server.models import Device
    package_id, content, _key = _enrolled(server, station_for_server, server_package)
    pc = ProctorStation(server)
    signed = pc.sign("another-sitting", "extra_time", None, 240, "停电")
    with server.sessions() as s:
        cert = certificate(server, s.get(Device, pc.device_id))
    q = content.draw("general", b"\x07" * 16).items[0].question_id
    envelope = _sealed(server, station_for_server, content, package_id, [
        (EventKind.STARTED, 0, {}),
        (EventKind.EXTRA_TIME, MIN, {"minutes": 240, "reason": "x", "action_id": str(uuid.uuid4()),
                                     "proof": {"signed": signed, "certificate": cert}}),
        (EventKind.ANSWER, 200 * MIN, {"q": q, "r": ["A"]}), (EventKind.SUBMITTED, 201 * MIN, {})],
        sitting_id="this-sitting")
    [outcome] = Ingest(server).ingest_many([envelope.to_bytes()], "http")
    assert "late_answers" in outcome.flags.split(",")


@pytest.mark.parametrize("road", ["relay", "usb"])
def test_the_province_holds_what_the_centre_holds_for_rules_only_the_centre_can_check(tmp_path, issuer,
                                                                                    roster_file, road):
    """A learner recorded missing in the centre's sitting: the centre holds the result; the province (which
    holds no sittings) is told the rules with the relayed envelope (or in the signed USB bundle) and holds
    it too; once the centre's administrator accepts it, a later relay tells nothing and the province judges
    by its own rules."""
    from datetime import timedelta

    from sync_server.devices import approve_device, request_enrolment
    from sync_server.models import Device, Package
    from sync_server.upstream.relay import _items
    from sync_server.identity import identity
    from sync_server.sittings.service import create_sitting, mark_missing
    from tests.conftest import ready_station
    from tests.server_fixtures import centre_and_province
    ctxs: dict = {}
    try:
        package = centre_and_province(tmp_path, issuer, ctxs)
        centre, province = ctxs["centre"], ctxs["province"]
        st = ready_station(tmp_path / "station", None, issuer, roster_file, package)
        try:
            request_enrolment(centre, st.keys.device_id, st.keys.device_key.public_raw())
            approve_device(centre, st.keys.device_id, unit_id="U1")
            now = centre.clock.now()
            with centre.sessions.begin() as s:
                s.get(Device, st.keys.device_id).room = "第一考场"
                sitting = create_sitting(s, s.scalar(select(Package.package_id)), "第一考场", now - timedelta(hours=1),
                                         [(LEARNER[0], "A01")], "t", now, unit_id="U1").sitting_id
            with centre.sessions.begin() as s:
                start(s, sitting, "jiankao", now)
            with centre.sessions.begin() as s:
                mark_missing(s, sitting, LEARNER[0], "未到场", "jiankao", now)
            [envelope] = make_envelopes(st, 1, random.Random(3))
        finally:
            st.close()
        [at_centre] = Ingest(centre).ingest_many([envelope.to_bytes()], "http")
        assert at_centre.flags
        upstream = identity(centre)
        request_enrolment(province, upstream.device_id, upstream.device_key.public_raw())
        approve_device(province, upstream.device_id, unit_id="P")
        [item] = _items(centre, [envelope.result_id])
        assert item["flags"] == at_centre.flags.split(",")
        if road == "relay":
            Ingest(province).ingest_many([item["envelope"].encode()], "relay", relayed_by=upstream.device_id,
                                         certificates=[[item["certificate"], *item["via"]]],
                                         held_below=[item["flags"]])
        else:
            from sync_server.upstream.bundles import export_bundle, import_bundle
            assert export_bundle(centre, tmp_path / "centre.xfr") == (1, 0, 0)
            [outcome] = import_bundle(province, (tmp_path / "centre.xfr").read_bytes()).outcomes
            assert outcome.status.value == "stored"
        with province.sessions() as s:
            row = s.get(Result, envelope.result_id)
            assert row.review == "held" and set(at_centre.flags.split(",")) <= set(row.flags.split(","))
            assert s.get(CountedAttempt, ("exam-2026", LEARNER[0])) is None      # not counted up there either
        from sync_server.results.review import decide
        with centre.sessions.begin() as s:
            decide(s, envelope.result_id, "accept", "监考记录有误，本人到场", "guanli", utc_naive(now))
        assert _items(centre, [envelope.result_id])[0]["flags"] == []   # accepted below: no rule to tell
        # the decision itself travels up the same road, and the province follows it
        if road == "relay":
            from sync_server.upstream.review_relay import follow, item_of
            with centre.sessions() as s, province.sessions.begin() as up:
                [told] = follow(up, up.get(Device, upstream.device_id), [item_of(s.get(Result, envelope.result_id))],
                                province.clock.now())
        else:
            export_bundle(centre, tmp_path / "centre2.xfr")
            [told] = import_bundle(province, (tmp_path / "centre2.xfr").read_bytes()).reviews
        assert told["outcome"] == "applied"
        with province.sessions() as s:
            assert s.get(Result, envelope.result_id).review == "accepted"
            assert s.get(CountedAttempt, ("exam-2026", LEARNER[0])) is not None
    finally:
        for ctx in ctxs.values():
            ctx.close()


def test_a_learner_of_a_unit_that_runs_the_exam_in_sittings_but_seated_in_none_is_held(server, centre,
                                                                                      station_for_server):  # noqa: F811
    from sync_server.devices import approve_device, request_enrolment
    from sync_server.directory.service import LearnerFields, put_learner
    request_enrolment(server, station_for_server.keys.device_id, station_for_server.keys.device_key.public_raw())
    approve_device(server, station_for_server.keys.device_id, unit_id="C1")   # an office PC of the centre, no room
    with server.sessions.begin() as s:   # a unit that runs no sitting of this exam: its own PCs are fine
        put_unit(s, "U9", "乙单位", "unit", None, utc_naive(server.clock.now()))
        put_learner(s, "110109901", LearnerFields("赵六", "U9"), utc_naive(server.clock.now()))
    [unseated] = make_envelopes(station_for_server, 1, random.Random(4), learner_no="110101009")   # 王五 of C1
    [elsewhere] = make_envelopes(station_for_server, 1, random.Random(5), learner_no="110109901")
    outcomes = Ingest(server).ingest_many([unseated.to_bytes(), elsewhere.to_bytes()], "http")
    assert [o.status.value for o in outcomes] == ["stored", "stored"]
    assert "not_seated" in outcomes[0].flags.split(",") and "not_seated" not in outcomes[1].flags.split(",")


def test_a_room_pc_serving_no_unit_vouches_only_for_its_sittings_and_no_one_off_the_roster(server, centre,  # noqa: F811
                                                                                          station_for_server):
    from sync_server.devices import approve_device, request_enrolment
    from sync_server.models import Device
    request_enrolment(server, station_for_server.keys.device_id, station_for_server.keys.device_key.public_raw())
    approve_device(server, station_for_server.keys.device_id)             # serves no unit
    on_roster(server, "110109901", unit_id="U9")   # of a unit that runs no sitting of this exam
    [stranger] = make_envelopes(station_for_server, 1, random.Random(6), learner_no="990000001")   # on no roster
    [unseated] = make_envelopes(station_for_server, 1, random.Random(7), learner_no="110109901")
    office = Ingest(server).ingest_many([stranger.to_bytes(), unseated.to_bytes()], "http")
    assert "learner_outside_unit" in office[0].flags.split(",")
    assert "not_seated" not in office[1].flags.split(",")   # a PC of no room: an office PC, sittings aside
    with server.sessions.begin() as s:
        s.get(Device, station_for_server.keys.device_id).room = "第二考场"   # now a PC of an exam room
    [again] = make_envelopes(station_for_server, 1, random.Random(8), learner_no="110109901")
    [room] = Ingest(server).ingest_many([again.to_bytes()], "http")
    assert room.status.value == "stored" and "not_seated" in room.flags.split(",")   # stored, held, listed


def test_a_learner_moved_after_the_attempt_is_judged_by_the_unit_they_had_when_it_began(server, station_for_server,
                                                                                        server_package):
    """Sat at a station of U1, moved to U2 before that station synced: no alert. Moved to U2 a day before
    sitting at U1's station: the alert stands (issue 20)."""
    from datetime import datetime, timedelta, timezone

    from sync_server.devices import approve_device, request_enrolment
    from sync_server.directory.service import LearnerFields, put_learner
    from sync_server.directory.transfers import moves
    now = utc_naive(server.clock.now())
    import_package(server, server_package.read_bytes())
    on_roster(server, "110109901", "110109902", "110109903", unit_id="U1")
    with server.sessions.begin() as s:
        put_unit(s, "U2", "乙单位", "unit", None, now)
    request_enrolment(server, station_for_server.keys.device_id, station_for_server.keys.device_key.public_raw())
    approve_device(server, station_for_server.keys.device_id, unit_id="U1")
    sat_then_moved, moved_then_sat, stayed = (
        make_envelopes(station_for_server, 1, random.Random(9 + n), learner_no=no)[0]
        for n, no in enumerate(("110109901", "110109902", "110109903")))
    sat_at = utc_naive(datetime.now(timezone.utc))   # the envelopes' chains begin now, by the real clock
    with server.sessions.begin() as s:
        put_learner(s, "110109901", LearnerFields("考生9901", "U2"), sat_at + timedelta(minutes=20))
        put_learner(s, "110109902", LearnerFields("考生9902", "U2"), sat_at - timedelta(days=1))
    outcomes = Ingest(server).ingest_many([e.to_bytes() for e in (sat_then_moved, moved_then_sat, stayed)], "http")
    assert [o.status.value for o in outcomes] == ["stored"] * 3, outcomes
    assert ["learner_outside_unit" in o.flags.split(",") for o in outcomes] == [False, True, False]
    with server.sessions() as s:
        [move] = moves(s, "110109901")
        assert (move.from_unit, move.to_unit) == ("U1", "U2")
        assert moves(s, "110109903") == []


def test_a_relaying_server_approved_for_no_unit_vouches_for_no_learner(server):
    """Its stations' certificates are its own word: without a unit of its own here, a centre could name any
    unit in them. Its results (and password changes) are held until it is given its unit."""
    from sync_server.directory.transfers import unit_rules
    from sync_server.device_trust import origin_of_chain
    on_roster(server, "110109901", unit_id="U1")
    chain = [{"device_id": "station-x", "unit_id": "U1"}]
    with server.sessions() as s:
        assert unit_rules(s, "110109901", origin_of_chain(chain, None, b"k" * 32).units) == ["learner_outside_unit"]
        assert unit_rules(s, "110109901", origin_of_chain(chain, "U1", b"k" * 32).units) == []
        assert unit_rules(s, "110109901", origin_of_chain([{"device_id": "station-y"}], "U1", b"k" * 32).units) == []
