"""``clock_moved_back`` judged against every pull of the station since the attempt's claimed start, not its
latest pull only (outside round 11 on issue 14): a learner began an attempt with the PC's clock set back to
before an earlier pull, marked it in progress in the station's database (their own account can write it
where the key service does not guard it), and let the next pull list it; the latest pull had listed it, so
it passed."""
from __future__ import annotations

import random
import uuid
from datetime import datetime, timedelta, timezone

from sqlalchemy import select

from examcore.chain import EventKind
from examcore.clock import utc_naive
from examcore.sync_client import SyncClient
from sync_server.models import DevicePullRun
from sync_server.results.pulls import RUN_GAP, pulled_between, record_pull, runs_of
from tests.server_fixtures import make_envelopes
from tests.sync_server.results.test_acceptance import MIN, _enrolled, _sealed

T0 = datetime(2026, 11, 2, 8, 0)


def _events(content):
    q = content.draw("general", b"\x07" * 16).items[0].question_id
    return [(EventKind.STARTED, 0, {}), (EventKind.ANSWER, MIN, {"q": q, "r": ["A"]}),
            (EventKind.SUBMITTED, 2 * MIN, {})]


def test_an_attempt_listed_first_at_a_later_pull_than_one_after_its_start_is_held(server, live_server,
                                                                                  station_for_server,
                                                                                  server_package):
    st = station_for_server
    package_id, content, _key = _enrolled(server, st, server_package)
    client = SyncClient(live_server, st.keys)
    before = datetime.now(timezone.utc) - timedelta(hours=1)   # claimed starts, an hour before the first pull
    carried, forged, near = (str(uuid.uuid4()) for _ in range(3))
    client.changes(0, [f"{carried} L1 {package_id}"])  # a pull: one attempt in progress (the honest one)
    listed = f"{carried} L1 {package_id}", f"{forged} L2 {package_id}", f"{near} L3 {package_id}"
    client.changes(0, list(listed))   # the next pull: the forged one marked in progress, and one begun just now
    sealed = [_sealed(server, st, content, package_id, _events(content), wall=before, attempt_id=carried,
                      learner_no="L1"),
              _sealed(server, st, content, package_id, _events(content), wall=before, attempt_id=forged,
                      learner_no="L2"),
              _sealed(server, st, content, package_id, _events(content),
                      wall=datetime.now(timezone.utc) - timedelta(minutes=1), attempt_id=near, learner_no="L3")]
    outcomes = client.deliver(sealed)
    assert [o["status"] for o in outcomes] == ["stored"] * 3, outcomes
    # the forged one's latest pull listed it: it is the earlier pull, after its claimed start, that did not
    assert ["clock_moved_back" in o["flags"] for o in outcomes] == [False, True, False], outcomes
    with server.sessions() as s:
        [run] = s.scalars(select(DevicePullRun)).all()   # two pulls a moment apart: one run
        assert run.device_id == st.keys.device_id and run.first_at < run.last_at


def test_a_station_that_names_attempt_ids_only_is_judged_by_its_pulls_too(server, live_server, station_for_server,
                                                                          server_package):
    """A station before announced attempts lists ids alone: when each was first listed is kept for it too,
    so its pulls judge it the same way (an honest one listed from its first pull passes)."""
    st = station_for_server
    package_id, content, _key = _enrolled(server, st, server_package)
    client = SyncClient(live_server, st.keys)
    before = datetime.now(timezone.utc) - timedelta(hours=1)
    carried, forged = str(uuid.uuid4()), str(uuid.uuid4())
    client.changes(0, [carried])
    client.changes(0, [carried, forged])
    outcomes = client.deliver([_sealed(server, st, content, package_id, _events(content), wall=before, attempt_id=a)
                               for a in (carried, forged)])
    assert ["clock_moved_back" in o["flags"] for o in outcomes] == [False, True], outcomes


def test_pulls_make_runs_and_a_run_tells_where_a_pull_certainly_was(server):
    with server.sessions.begin() as s:
        for minute in range(0, 61, 2):                     # every 2 minutes for an hour: one run
            record_pull(s, "st-1", T0 + timedelta(minutes=minute))
        record_pull(s, "st-1", T0 + timedelta(minutes=60) + RUN_GAP + timedelta(seconds=1))   # a new run
        record_pull(s, "st-1", T0 - timedelta(days=1))      # this server's clock went back: nothing changes
        record_pull(s, "st-2", T0)
    with server.sessions() as s:
        runs = runs_of(s, ["st-1"], None)["st-1"]
        assert sorted((r.first_at, r.last_at) for r in runs) == [
            (T0, T0 + timedelta(minutes=60)),
            (T0 + timedelta(minutes=60) + RUN_GAP + timedelta(seconds=1),) * 2]
        assert list(runs_of(s, ["st-1", "st-2"], T0 + timedelta(minutes=61))) == ["st-1"]
    at = lambda minutes: T0 + timedelta(minutes=minutes)  # noqa: E731
    assert pulled_between(runs, at(-5), at(1))          # the run's first pull
    assert pulled_between(runs, at(59), at(65))         # its last
    assert pulled_between(runs, at(10), at(40))         # inside it, longer than the gap: a pull was made
    assert not pulled_between(runs, at(10), at(20))     # shorter than the gap: not certain, not judged
    assert not pulled_between(runs, at(61), at(74))     # between the runs
    assert not pulled_between(runs, at(-60), at(0))     # strictly between
    assert not pulled_between(runs, at(30), at(10))


def test_an_attempt_in_a_long_run_of_pulls_not_listed_until_late_is_held(server, station_for_server,
                                                                         server_package):
    """In process, on the server's own clock: a station that pulled every 2 minutes all morning, and an
    attempt claiming to have begun at 9:00 that it first listed at 11:00."""
    from sync_server.models import AnnouncedAttempt, DeviceContact
    from sync_server.results.ingest import Ingest
    st = station_for_server
    package_id, content, _key = _enrolled(server, st, server_package)
    now = utc_naive(server.clock.now())
    start = now - timedelta(hours=3)
    forged, honest = str(uuid.uuid4()), str(uuid.uuid4())
    with server.sessions.begin() as s:
        for minute in range(0, 181, 2):
            record_pull(s, st.keys.device_id, start + timedelta(minutes=minute))
        s.add(DeviceContact(device_id=st.keys.device_id, seen_at=now, undelivered=f'["{forged}", "{honest}"]'))
        s.add(AnnouncedAttempt(attempt_id=forged, device_id=st.keys.device_id, learner_no="L1",
                               package_id=package_id, exam_id=content.exam.exam_id, announced_at=now))
        s.add(AnnouncedAttempt(attempt_id=honest, device_id=st.keys.device_id, learner_no="L2",
                               package_id=package_id, exam_id=content.exam.exam_id,
                               announced_at=start + timedelta(minutes=62)))
    claimed = (start + timedelta(minutes=60)).replace(tzinfo=timezone.utc)
    envelopes = [_sealed(server, st, content, package_id, _events(content), wall=claimed, attempt_id=a,
                         learner_no=learner).to_bytes() for a, learner in ((forged, "L1"), (honest, "L2"))]
    envelopes.append(make_envelopes(st, 1, random.Random(3))[0].to_bytes())   # never listed, begun now
    outcomes = Ingest(server).ingest_many(envelopes, "http")
    assert [o.status.value for o in outcomes] == ["stored"] * 3, outcomes
    assert ["clock_moved_back" in o.flags for o in outcomes] == [True, False, False], outcomes


def test_a_junk_attempt_row_at_the_station_does_not_stop_the_server_keeping_pulls(server, live_server,
                                                                                  station_for_server,
                                                                                  server_package):
    """Outside round 12: one row the learner's account wrote among the station's attempts (an id with a
    space) made every pull look like an earlier version's, which kept no runs, and the round-11 attack
    passed again. Every pull is kept now, and every listed id with when it was first listed."""
    from desktop.store.models import Attempt
    from tests.conftest import LEARNER
    st = station_for_server
    package_id, content, _key = _enrolled(server, st, server_package)
    client = SyncClient(live_server, st.keys)
    with st.sessions.begin() as s:
        s.add(Attempt(attempt_id="x y", package_id=package_id, learner_no=LEARNER[0], variant="general",
                      seed=b"", state="in_progress", started_at=datetime(2026, 1, 1), keys_wrapped=b""))
    client.changes(0, st.downward._undelivered())
    forged = str(uuid.uuid4())
    client.changes(0, [*st.downward._undelivered(), f"{forged} L2 {package_id}"])   # marked in progress now
    sealed = _sealed(server, st, content, package_id, _events(content),
                     wall=datetime.now(timezone.utc) - timedelta(hours=1), attempt_id=forged, learner_no="L2")
    [outcome] = client.deliver([sealed])
    assert "clock_moved_back" in outcome["flags"], outcome


def test_an_attempt_another_station_listed_first_is_judged_by_this_stations_pulls(server, live_server,
                                                                                  station_for_server,
                                                                                  server_package, clock, tmp_path,
                                                                                  issuer, roster_file):
    """Outside round 12: the forged attempt's id written into a second PC's database, listed there first,
    switched the pull history off for the station that delivered it. An attempt never moves to another PC:
    this station's pulls since its claimed start judge it as never listed by it."""
    from sync_server.devices import approve_device, request_enrolment
    from tests.server_fixtures import ready_station
    st = station_for_server
    package_id, content, _key = _enrolled(server, st, server_package)
    other = ready_station(tmp_path / "b", clock, issuer, roster_file, server_package)
    try:
        request_enrolment(server, other.keys.device_id, other.keys.device_key.public_raw())
        approve_device(server, other.keys.device_id)
        a, b = SyncClient(live_server, st.keys), SyncClient(live_server, other.keys)
        a.changes(0, st.downward._undelivered())              # A pulls after the claimed start
        forged = str(uuid.uuid4())
        b.changes(0, [f"{forged} L2 {package_id}"])            # B lists it first
        a.changes(0, [f"{forged} L2 {package_id}"])            # then A (its latest pull lists it)
        sealed = _sealed(server, st, content, package_id, _events(content),
                         wall=datetime.now(timezone.utc) - timedelta(hours=1), attempt_id=forged, learner_no="L2")
        [outcome] = a.deliver([sealed])
        assert "clock_moved_back" in outcome["flags"], outcome
    finally:
        other.close()


def test_an_id_listed_alone_is_kept_and_named_later(server):
    """A station before announced attempts lists ids alone: kept with when it was first listed (the pull
    history judges it), and whose it is once an item names it; a named one never changes learner."""
    from types import SimpleNamespace

    from sync_server.models import AnnouncedAttempt
    from sync_server.results.announced import announce
    from tests.server_fixtures import on_roster
    on_roster(server, "L1")
    st1, st2 = (SimpleNamespace(device_id=d, unit_id=None, room=None) for d in ("st-1", "st-2"))
    aid = str(uuid.uuid4())
    with server.sessions.begin() as s:
        announce(s, st1, [aid, "x y", "   "], T0)
    with server.sessions.begin() as s:
        announce(s, st1, [f"{aid} L1 P1"], T0 + timedelta(minutes=5))
        announce(s, st2, ["x L9 P9"], T0 + timedelta(minutes=6))
    with server.sessions.begin() as s:
        announce(s, st1, [f"{aid} L2 P2"], T0 + timedelta(minutes=7))
    with server.sessions() as s:
        rows = {a.attempt_id: (a.device_id, a.learner_no, a.package_id, a.announced_at, a.counts)
                for a in s.scalars(select(AnnouncedAttempt))}
    # L9 is on no roster here: no station serves them, so theirs uses no attempt
    assert rows == {aid: ("st-1", "L1", "P1", T0, True), "x": ("st-1", "L9", "P9", T0, False)}


def test_the_station_lists_its_undelivered_attempts_in_one_read(station, monkeypatch):
    """Outside round 12: the outbox and the attempts were read apart, and a hand-in committed between the two
    reads was in neither list; the honest result was then held. One statement reads both now."""
    from sqlalchemy import event
    statements: list[str] = []
    engine = station.sessions.kw["bind"]
    listen = lambda *args: statements.append(args[2])  # noqa: E731  (conn, cursor, statement, …)
    event.listen(engine, "before_cursor_execute", listen)
    try:
        station.downward._undelivered()
    finally:
        event.remove(engine, "before_cursor_execute", listen)
    assert len([x for x in statements if x.lstrip().upper().startswith("SELECT")]) == 1, statements
