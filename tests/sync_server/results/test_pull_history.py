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


def test_a_station_that_names_attempt_ids_only_leaves_no_runs(server, live_server, station_for_server,
                                                             server_package):
    """A station before announced attempts lists ids only; when an attempt was first listed is not kept for
    it, so its pulls are not kept either (its latest pull judges, as before)."""
    st = station_for_server
    _enrolled(server, st, server_package)
    client = SyncClient(live_server, st.keys)
    client.changes(0, [str(uuid.uuid4())])
    with server.sessions() as s:
        assert s.scalars(select(DevicePullRun)).all() == []
    client.changes(0, [])
    with server.sessions() as s:
        assert len(s.scalars(select(DevicePullRun)).all()) == 1


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
