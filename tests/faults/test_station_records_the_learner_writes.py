"""Outside round 80 (issue 15): the fields of the station's database the learner's account can write, and
what they decided on a resume: the time used rolled back, extra time written in, a record cut short after a
proctor's close, a handed-in attempt set back to "in progress". With the key service, the time used and the
record's length are kept out of the learner's reach; extra time is the proctor's grants in the record."""
from __future__ import annotations

import sqlite3

import pytest

from desktop.services.attempts import AttemptRefused
from desktop.services.attempts.active import ALIVE_EVERY
from desktop.station import Station
from tests.conftest import LEARNER, START_CODE, answered_attempt, reopen_after_restart


def _db(station):
    return sqlite3.connect(station.data_dir / "station.sqlite3")


def test_elapsed_rolled_back_by_the_learner_gives_back_exam_time(key_helper, clock, later, station):
    """Read the paper for 40 minutes without answering, kill the program, lower elapsed_ms to the last
    answer's time and restart within the grace period: the 40 minutes are given back, with no resume code."""
    attempt = answered_attempt(station)
    answered_at = attempt.chain.events[-1].elapsed_ms
    for _ in range(40 * 12):                  # 40 minutes of reading, the program beating as it runs
        later(seconds=5)
        attempt.heartbeat()                   # the row now says 40 minutes more were used
    used_before_kill = attempt.elapsed_ms()
    assert used_before_kill >= answered_at + 40 * 60_000
    station.close()                           # killed
    with _db(station) as db:                  # the learner's account writes its own data folder
        db.execute("UPDATE attempts SET elapsed_ms = 0 WHERE attempt_id = ?", (attempt.attempt_id,))
    later(seconds=30)
    st = Station.open(station.data_dir, clock=clock)
    try:
        aid = st.attempts.interrupted()
        assert st.attempts.resume_challenge(aid, 10) is None   # within the grace period: no proctor
        again = reopen_after_restart(st, aid)
        # the time used is what the key service last heard: at most one note (ALIVE_EVERY) less than before
        assert used_before_kill - ALIVE_EVERY.total_seconds() * 1000 <= again.elapsed_ms() <= used_before_kill
    finally:
        st.close()


def test_extra_time_written_by_the_learner_is_not_taken(key_helper, clock, later, station):
    attempt = answered_attempt(station)
    station.close()
    with _db(station) as db:
        db.execute("UPDATE attempts SET extra_ms = 3600000 WHERE attempt_id = ?", (attempt.attempt_id,))
    later(seconds=30)
    st = Station.open(station.data_dir, clock=clock)
    try:
        again = reopen_after_restart(st, st.attempts.interrupted())
        assert again.extra_ms == 0, again.extra_ms   # no proctor granted any extra time
    finally:
        st.close()


def test_tail_events_deleted_and_flag_set_skips_the_resume_code(key_helper, clock, later, station):
    """The proctor closed the attempt once (a break); it was continued and answered on; later the PC is off
    for 90 minutes. The learner deletes the events after the close and sets the flag: the record's last
    event is the close again, and no resume code is asked."""
    attempt = answered_attempt(station)
    attempt.close_by_proctor()
    close_seq = attempt.chain.events[-1].seq
    station.close()
    later(minutes=2)
    st = Station.open(station.data_dir, clock=clock)
    learner = st.accounts.login(*LEARNER).learner
    unlocked = st.attempts.unlock(st.library.listings(LEARNER[0])[0].package_id, START_CODE)
    again = st.attempts.begin(learner, unlocked)         # the learner back from the break
    q = unlocked.content.questions[again.paper.items[1].question_id]
    again.save_answer(q.id, q.answer if q.type.value != "fill_in" else ("宪法",))
    again.heartbeat()
    st.close()                                            # then the PC is off for 90 minutes
    later(minutes=90)
    with _db(station) as db:
        db.execute("DELETE FROM attempt_events WHERE attempt_id = ? AND seq > ?", (attempt.attempt_id, close_seq))
        db.execute("UPDATE attempts SET closed_by_proctor = 1 WHERE attempt_id = ?", (attempt.attempt_id,))
    st = Station.open(station.data_dir, clock=clock)
    try:
        grace = st.attempts.grace_for(attempt.attempt_id, 10)
        assert st.attempts.resume_challenge(attempt.attempt_id, grace) is not None   # expected: the code
    finally:
        st.close()


def test_state_set_back_to_in_progress_does_not_reopen_a_handed_in_attempt(clock, later, station):
    attempt = answered_attempt(station)
    attempt.submit()
    station.close()
    with _db(station) as db:
        db.execute("UPDATE attempts SET state = 'in_progress' WHERE attempt_id = ?", (attempt.attempt_id,))
    st = Station.open(station.data_dir, clock=clock)
    try:
        assert st.attempts.in_progress_for() is None   # handed in: its sealed result is here
        learner = st.accounts.login(*LEARNER).learner
        unlocked = st.attempts.unlock(st.library.listings(LEARNER[0])[0].package_id, START_CODE)
        with pytest.raises(AttemptRefused, match="no_attempts_left"):
            st.attempts.begin(learner, unlocked)
        with _db(station) as db:
            assert db.execute("SELECT count(*) FROM sealed_results").fetchone()[0] == 1
    finally:
        st.close()


def test_the_key_service_keeps_each_attempts_progress_only_raised_and_reads_its_earlier_notes(tmp_path):
    """The service's note per attempt (desktop/keyhelper/daemon.py KeyVault.attempt_alive): when it last ran,
    the time used and the record's length, each only ever raised; a note of a service before this (the time
    alone) is read, and a count that is not a whole number is refused."""
    import json

    from desktop.keyhelper.daemon import KeyVault, Refused
    vault = KeyVault(tmp_path / "keys")
    station = vault.create()
    (tmp_path / "keys" / f"{station}.alive").write_text(json.dumps({"a1": "2026-12-06T08:00:00+00:00"}))
    assert vault.attempt_alive(station, "a1", None) == {"at": "2026-12-06T08:00:00+00:00"}
    note = vault.attempt_alive(station, "a1", "2026-12-06T08:05:00+00:00", 300_000, 12)
    assert note == {"at": "2026-12-06T08:05:00+00:00", "elapsed_ms": 300_000, "events": 12}
    assert vault.attempt_alive(station, "a1", "2026-12-06T08:01:00+00:00", 0, 3) == note   # never lowered
    for bad in (-1, "5", 1.5, True):
        with pytest.raises(Refused):
            vault.attempt_alive(station, "a1", None, bad, None)
