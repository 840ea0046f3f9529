"""Two different sealed results of one attempt (issue 14, case 8), by two roads: an outside round (round 7)
delivered them to two centres, one over the LAN and one by USB, and both centres relayed them to the
province. The province stored the first and refused the second (409, an alert), but kept counting the
first, and the second centre went on counting the one its province had refused, with no alert: the tiers
counted different results, chosen by which centre relayed first. Now the result stored is held wherever a
second one of its attempt arrives (``second_result``), a centre whose copy its upstream refused as a
conflict holds its copy too, and the conflict is one alert however often it is sent again. The centre whose
copy went up first never sees the second: it hears that the province holds it (``upstream_differs``), as
for any verdict up there (docs/server.md)."""
from __future__ import annotations

import random
import uuid

import pytest
from sqlalchemy import select

from examcore.clock import utc_naive
from sync_server.config import Config
from sync_server.context import ServerContext
from sync_server.devices import approve_device, create_code, request_enrolment
from sync_server.directory.service import LearnerFields, put_learner, put_unit
from sync_server.exams.packages import import_package
from sync_server.models import Alert, CountedAttempt, Result
from sync_server.results.ingest import Ingest, Status
from sync_server.upstream.pull import pull
from sync_server.upstream.relay import relay, set_upstream
from tests.conftest import LEARNER, ready_station, write_package
from tests.factories import FakeClock
from tests.server_fixtures import make_envelopes, new_instance, serve_anywhere, stop_process, trust


def _units(ctx: ServerContext, package: bytes) -> None:
    import_package(ctx, package)
    now = utc_naive(ctx.clock.now())
    with ctx.sessions.begin() as s:
        put_unit(s, "P", "示范省", "province", None, now)
        put_unit(s, "U1", "甲单位", "unit", "P", now)
        put_learner(s, LEARNER[0], LearnerFields("李四", "U1"), now)


def _all_right(_n, question):
    return list(question.answer) if isinstance(question.answer, (list, tuple)) else [question.answer]


@pytest.fixture
def tiers(tmp_path, issuer, roster_file):
    """A province served as a real process; two centres relaying to it; a station of U1 enrolled at both
    that sealed one attempt twice: first with no answer (e1), then all right (e2)."""
    keys = {name: new_instance(tmp_path / name, name) for name in ("province", "c1", "c2")}
    package = write_package(tmp_path / "exam.xfp", issuer, recipients=[k.recipient() for k in keys.values()])
    opened = {}
    for name in keys:
        opened[name] = ServerContext.open(Config(tmp_path / name), FakeClock())
        trust(opened[name], issuer)
        _units(opened[name], package.read_bytes())
    codes = [create_code(opened["province"], unit_id="P", kind="server") for _ in range(2)]
    opened.pop("province").close()
    proc, url = serve_anywhere(tmp_path / "province")
    station = ready_station(tmp_path / "station", None, issuer, roster_file, package)
    try:
        for name, code in zip(("c1", "c2"), codes):
            assert set_upstream(opened[name], url, code) == "approved"
            request_enrolment(opened[name], station.keys.device_id, station.keys.device_key.public_raw())
            approve_device(opened[name], station.keys.device_id, unit_id="U1")
        attempt = str(uuid.uuid4())
        [e1] = make_envelopes(station, 1, random.Random(1), choose=lambda n, q: None, attempt_id=attempt)
        [e2] = make_envelopes(station, 1, random.Random(1), choose=_all_right, attempt_id=attempt)
    finally:
        station.close()
    yield opened["c1"], opened["c2"], tmp_path / "province", e1, e2
    for ctx in opened.values():
        ctx.close()
    stop_process(proc)


def _state(ctx: ServerContext, result_id: str) -> tuple[str, str] | None:
    with ctx.sessions() as s:
        row = s.get(Result, result_id)
        return (row.review, row.flags) if row is not None else None


def _counted(ctx: ServerContext) -> int:
    with ctx.sessions() as s:
        return len(s.scalars(select(CountedAttempt)).all())


def _alerts(ctx: ServerContext, kind: str) -> list[str]:
    with ctx.sessions() as s:
        return list(s.scalars(select(Alert.result_id).where(Alert.kind == kind)))


def test_two_results_of_one_attempt_by_two_roads_count_nowhere_undecided(tiers):
    c1, c2, province_dir, e1, e2 = tiers
    assert Ingest(c1).ingest_many([e1.to_bytes()], "http")[0].status is Status.STORED   # the LAN at one centre
    assert Ingest(c2).ingest_many([e2.to_bytes()], "usb")[0].status is Status.STORED    # a USB file at another
    assert relay(c1).sent == 1
    report = relay(c2)
    assert [o["status"] for o in report.refused] == ["conflict"]    # the province holds another of the attempt
    for _ in range(2):
        relay(c2)                                                     # sent again at every relay
    province = ServerContext.open(Config(province_dir))
    try:
        assert _state(province, e1.result_id) == ("held", "second_result")   # the first, too: the order was chosen
        assert _state(province, e2.result_id) is None                      # refused there (kept at c2)
        assert _alerts(province, "conflicting_attempt") == [e2.result_id]  # once, however often it came
        assert _counted(province) == 0
    finally:
        province.close()
    assert _state(c2, e2.result_id) == ("held", "second_result") and _counted(c2) == 0
    assert _alerts(c2, "result_held") == [e2.result_id]                    # the centre is told, once
    # the first centre never saw the second result: it judges what it holds (its result counts there), and
    # hears from its upstream's feed that the province does not count it (as for any verdict up there)
    pull(c1)
    assert _state(c1, e1.result_id) == ("counted", "")
    assert _alerts(c1, "upstream_differs") == [e1.result_id]


def test_the_better_result_of_an_attempt_sealed_twice_delivered_first_is_held(tiers):
    """At one centre: the one delivered first had counted, whichever the station chose to send first."""
    c1, _, _, poor, good = tiers
    assert Ingest(c1).ingest_many([good.to_bytes()], "http")[0].status is Status.STORED
    second = Ingest(c1).ingest_many([poor.to_bytes()], "usb")[0]
    assert second.status is Status.CONFLICT                      # one result per attempt: 409, an alert
    assert _state(c1, good.result_id) == ("held", "second_result") and _counted(c1) == 0
    assert _state(c1, poor.result_id) is None
    assert Ingest(c1).ingest_many([poor.to_bytes()], "usb")[0].status is Status.CONFLICT
    assert _alerts(c1, "conflicting_attempt") == [poor.result_id]


def test_both_results_of_an_attempt_in_one_batch(tiers):
    c1, _, _, e1, e2 = tiers
    outcomes = Ingest(c1).ingest_many([e2.to_bytes(), e1.to_bytes()], "http")
    assert [o.status for o in outcomes] == [Status.STORED, Status.CONFLICT]
    assert outcomes[0].flags == "second_result" and _state(c1, e2.result_id) == ("held", "second_result")
    assert _counted(c1) == 0


def test_a_conflict_told_by_the_upstreams_receipt_file_is_held_at_the_centre_too(tiers):
    """The USB road: the province's receipt file names c2's result refused as a conflict (its signed
    refusals); c2 holds its copy as the relay road makes it, once however often the file is read."""
    from examcore.receipt import receipt_file_bytes, sign_refusals
    from sync_server.keys import load_keys
    from sync_server.upstream.relay import apply_upstream_receipts
    c1, c2, province_dir, e1, e2 = tiers
    assert Ingest(c2).ingest_many([e2.to_bytes()], "usb")[0].status is Status.STORED
    assert _state(c2, e2.result_id) == ("counted", "")
    told = receipt_file_bytes([], refusals=sign_refusals(
        [{"result_id": e2.result_id, "reason": "conflict", "detail": "another result of the attempt is stored"}],
        load_keys(province_dir).signing))
    for _ in range(2):
        applied = apply_upstream_receipts(c2, told)
        assert [o["result_id"] for o in applied.refused] == [e2.result_id] and applied.confirmed == 0
    assert _state(c2, e2.result_id) == ("held", "second_result") and _counted(c2) == 0
    assert _alerts(c2, "result_held") == [e2.result_id]
