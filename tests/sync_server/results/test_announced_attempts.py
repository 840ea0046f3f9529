"""An attempt a station announced and never delivered uses an attempt (outside round 11 on issue 14): the
learner sat, saw a poor score, deleted the attempt from the station's database with their own account (it
can write it where the key service does not guard it), and sat again. The station had listed the first at a
pull; the server kept only the latest list, so the second counted with no trace of the first. The server
now keeps every announced attempt with its learner and package."""
from __future__ import annotations

from sqlalchemy import delete, select

from desktop.store.models import Attempt, AttemptEvent, OutboxItem, SealedResult
from examcore.sync_client import SyncClient
from sync_server.models import AnnouncedAttempt, CountedAttempt, Result
from tests.conftest import LEARNER, START_CODE
from tests.sync_server.results.test_acceptance import _enrolled


def _sit(st, package_id):
    return st.attempts.begin(st.accounts.login(*LEARNER).learner, st.attempts.unlock(package_id, START_CODE))


def test_an_attempt_announced_then_deleted_at_the_station_holds_the_next(server, live_server, station_for_server,
                                                                         server_package, clock):
    st = station_for_server
    package_id, _content, _key = _enrolled(server, st, server_package)
    client = SyncClient(live_server, st.keys)
    first = _sit(st, package_id)
    client.changes(0, st.downward._undelivered())          # the station's pull while it is being sat
    clock.advance(5 * 60_000)
    first.submit()
    with st.sessions.begin() as s:   # a poor score: the learner deletes it from the shared data folder
        rid = s.scalar(select(Attempt.result_id).where(Attempt.attempt_id == first.attempt_id))
        for table, column, key in ((OutboxItem, OutboxItem.result_id, rid), (SealedResult, SealedResult.result_id, rid),
                                   (AttemptEvent, AttemptEvent.attempt_id, first.attempt_id),
                                   (Attempt, Attempt.attempt_id, first.attempt_id)):
            s.execute(delete(table).where(column == key))
    second = _sit(st, package_id)                            # the station lets them sit again
    clock.advance(5 * 60_000)
    second.submit()
    [outcome] = client.deliver(st.outbox.pending_results())
    client.changes(0, st.downward._undelivered())
    assert outcome["status"] == "stored" and outcome["flags"] == ["attempt_limit"]
    with server.sessions() as s:
        assert [(r.review, r.flags) for r in s.scalars(select(Result))] == [("held", "attempt_limit")]
        assert s.get(CountedAttempt, ("exam-2026", LEARNER[0])) is None
        announced = s.get(AnnouncedAttempt, first.attempt_id)
        assert (announced.learner_no, announced.device_id, announced.exam_id) == (
            LEARNER[0], st.keys.device_id, "exam-2026")


def test_an_attempt_announced_and_delivered_uses_one_attempt_only(server, live_server, station_for_server,
                                                                  server_package, clock):
    """The honest way: announced while sat (and again sealed, waiting), then delivered: it counts."""
    st = station_for_server
    package_id, _content, _key = _enrolled(server, st, server_package)
    client = SyncClient(live_server, st.keys)
    attempt = _sit(st, package_id)
    client.changes(0, st.downward._undelivered())
    clock.advance(5 * 60_000)
    attempt.submit()
    client.changes(0, st.downward._undelivered())          # sealed, waiting: listed again, kept once
    [outcome] = client.deliver(st.outbox.pending_results())
    assert outcome["status"] == "stored" and outcome["flags"] == []


def test_an_older_stations_bare_ids_and_odd_items_are_kept_whose_unknown(server, live_server, station_for_server,
                                                                         server_package):
    """Kept with when they were first listed (the pull history judges them: test_pull_history.py), but
    naming no learner they use no attempt."""
    from sync_server.results.announced import announced_unseen
    st = station_for_server
    _enrolled(server, st, server_package)
    SyncClient(live_server, st.keys).changes(0, ["0" * 36, "x y", "a b c d", f"{'1' * 37} {LEARNER[0]} p"])
    with server.sessions() as s:
        assert sorted((a.attempt_id, a.learner_no, a.package_id) for a in s.scalars(select(AnnouncedAttempt))) == [
            ("0" * 36, "", ""), ("1" * 36, "", ""), ("a", "", ""), ("x", "", "")]
        assert announced_unseen(s, [LEARNER[0], ""], ["exam-2026"]) == {}


def test_a_learner_whose_announced_attempt_never_came_is_not_seated_again(server, live_server, station_for_server,
                                                                           server_package):
    """A sitting seats only learners with attempts left: the announced one counts there too."""
    from datetime import timedelta

    import pytest

    from sync_server.models import Package
    from sync_server.sittings.service import SittingError, create_sitting
    st = station_for_server
    package_id, _content, _key = _enrolled(server, st, server_package)
    _sit(st, package_id)
    SyncClient(live_server, st.keys).changes(0, st.downward._undelivered())   # in progress, then never delivered
    with server.sessions.begin() as s:
        with pytest.raises(SittingError) as refused:
            create_sitting(s, s.query(Package.package_id).scalar(), "第一考场",
                           server.clock.now() + timedelta(hours=1), [(LEARNER[0], "A01")], "test", server.clock.now())
    assert refused.value.code == "no_attempts_left"
