"""The station's services on a real SQLite folder with a fake clock."""
from __future__ import annotations

from datetime import timedelta

import pytest

from desktop.services.login_types import LoginStatus
from desktop.services.attempts import AttemptRefused
from desktop.station import Station
from examcore.chain import EventKind, verify_chain
from examcore.errors import PackageError
from examcore.grading import grade_paper
from examcore.sealed import Envelope, open_envelope
from tests.conftest import LEARNER, NEW_LEARNER, START_CODE, ready_station, write_package


def _begin(station, who=LEARNER):
    learner = station.accounts.login(*who).learner
    pkg = station.library.listings(who[0])[0].package_id
    return station.attempts.begin(learner, station.attempts.unlock(pkg, START_CODE))


def test_first_login_forces_a_change_and_repeated_failures_lock(station, later):
    assert station.accounts.login(*NEW_LEARNER).status is LoginStatus.MUST_CHANGE
    # the shared rule (examcore/password_policy.py): length, the common-password list, not the learner number
    assert station.accounts.change_password(NEW_LEARNER[0], NEW_LEARNER[1], "Short-2026") == ["too_short"]
    assert station.accounts.change_password(NEW_LEARNER[0], NEW_LEARNER[1], "qwerty123456") == ["common_password"]
    assert station.accounts.change_password(NEW_LEARNER[0], NEW_LEARNER[1], f"me-{NEW_LEARNER[0]}!") == \
        ["contains_user_name"]
    assert station.accounts.change_password(NEW_LEARNER[0], NEW_LEARNER[1], NEW_LEARNER[1]) == \
        ["too_short", "same_as_old"]
    assert station.accounts.change_password(NEW_LEARNER[0], NEW_LEARNER[1], "Better-pass9") == []
    assert station.accounts.login(NEW_LEARNER[0], "Better-pass9").status is LoginStatus.OK
    outcomes = [station.accounts.login(LEARNER[0], "wrong").status for _ in range(5)]
    assert outcomes == [LoginStatus.WRONG] * 4 + [LoginStatus.LOCKED]
    assert station.accounts.login(*LEARNER).status is LoginStatus.LOCKED  # even the right password
    later(minutes=16)
    assert station.accounts.login(*LEARNER).status is LoginStatus.OK
    assert station.accounts.login("999", "x").status is LoginStatus.WRONG


def test_reimporting_the_roster_keeps_a_changed_password(station, roster_file):
    station.accounts.change_password(NEW_LEARNER[0], NEW_LEARNER[1], "Better-pass9")
    station.accounts.import_roster(roster_file.read_bytes())
    assert station.accounts.login(NEW_LEARNER[0], "Better-pass9").status is LoginStatus.OK


def test_packages_are_checked_on_import(station, tmp_path, issuer, centre_key, package_file):
    header, new = station.library.import_file(package_file)
    assert not new  # the same package twice is not a second exam
    bad = tmp_path / "bad.xfp"
    data = bytearray(package_file.read_bytes())
    header_len = int.from_bytes(data[8:12], "big")
    body_start = 8 + 4 + header_len + 64             # magic, header length, header, signature
    data[(body_start + len(data)) // 2] ^= 0xFF      # a byte in the middle of the sealed body
    bad.write_bytes(bytes(data))
    with pytest.raises(PackageError, match="body_tampered"):
        station.library.import_file(bad)
    closed = write_package(tmp_path / "closed.xfp", issuer, centre_key,
                           start=station.clock.now() - timedelta(days=40), days=30)
    with pytest.raises(PackageError, match="exam_closed"):
        station.library.import_file(closed)
    with pytest.raises(PackageError, match="file_unreadable"):
        station.library.import_file(tmp_path / "missing.xfp")
    assert len(station.library.listings(LEARNER[0])) == 1  # nothing else was imported


def test_answers_survive_a_restart_with_the_time_used(station, tmp_path, clock, later):
    attempt = _begin(station)
    first = attempt.paper.items[0].question_id
    attempt.save_answer(first, ("B",))
    attempt.set_flag(first, True)
    later(minutes=7)
    attempt.heartbeat()
    later(seconds=0.5)  # not persisted: at most a heartbeat is lost
    before = attempt.remaining_ms()
    station.close()

    again = Station.open(tmp_path / "station", clock=clock)
    running = again.attempts.in_progress_for()
    # the exam's content key is kept in memory only (no key service here: this process's): after a restart
    # the start code opens the exam again (issue 15)
    assert again.attempts.needs_key(running)
    with pytest.raises(AttemptRefused, match="key_needed"):
        again.attempts.resume(running)
    package_id = again.library.listings(LEARNER[0])[0].package_id
    again.attempts.keep_open(again.attempts.unlock(package_id, START_CODE), running)
    assert not again.attempts.needs_key(running)
    resumed = again.attempts.resume(running)
    assert resumed.responses == {first: ("B",)} and resumed.flags == {first}
    assert abs(resumed.remaining_ms() - before) <= 2000
    assert resumed.chain.events[-1].kind == EventKind.INTERRUPTED
    assert verify_chain(resumed.attempt_id, resumed.chain.events, resumed.chain.head) is None
    again.close()


@pytest.mark.parametrize("hours", [2, -2])
def test_moving_the_wall_clock_does_not_change_remaining_time(station, clock, later, hours):
    attempt = _begin(station)
    later(minutes=5)
    attempt.heartbeat()
    before = attempt.remaining_ms()
    clock.wall += timedelta(hours=hours)
    attempt.heartbeat()
    assert attempt.remaining_ms() == before
    jumps = [e for e in attempt.chain.events if e.kind == EventKind.CLOCK_JUMP]
    assert [e.data["jump_ms"] for e in jumps] == [hours * 3_600_000]


def test_submit_seals_a_result_only_the_centre_can_open(station, centre_key):
    attempt = _begin(station)
    for item in attempt.paper.items:
        q = attempt.unlocked.content.questions[item.question_id]
        attempt.save_answer(q.id, q.answer if q.type.value != "fill_in" else ("宪法",))
    receipt = attempt.submit()
    assert receipt.grade.outcome.value == "passed"
    [envelope] = station.outbox.pending_results()
    assert envelope.result_id == receipt.result_id and envelope.content_hash == receipt.content_hash
    payload = open_envelope(Envelope.from_bytes(envelope.to_bytes()), centre_key)
    # independent re-grade from the sealed answers, as a server will do
    from examcore.chain import responses_from_events
    from examcore.paper import Paper
    regrade = grade_paper(Paper.from_list(payload.paper), attempt.unlocked.content.questions,
                          responses_from_events(payload.events), attempt.exam.pass_mark)
    assert regrade.score == receipt.grade.score
    assert attempt.submit() is receipt  # a second submit changes nothing
    assert station.attempts.in_progress_for() is None


def test_attempt_limit_and_window(station, clock):
    attempt = _begin(station)
    attempt.submit()
    with pytest.raises(AttemptRefused, match="no_attempts_left"):
        _begin(station)
    clock.wall += timedelta(days=60)
    with pytest.raises(AttemptRefused, match="window_closed"):
        _begin(station)


def test_the_listing_shows_the_attempt_that_counts(tmp_path, clock, issuer, centre_key, roster_file):
    from examcore.exam import Counting
    for counting, expected in ((Counting.BEST, "14"), (Counting.LAST, "0")):
        st = ready_station(tmp_path / counting.value, clock, issuer, roster_file,
                           write_package(tmp_path / f"{counting.value}.xfp", issuer, centre_key,
                                         max_attempts=2, counting=counting))
        first = _begin(st)
        for item in first.paper.items:  # all right but the short answer: 14 points
            q = first.unlocked.content.questions[item.question_id]
            first.save_answer(q.id, q.answer if q.type.value != "fill_in" else ("宪法",))
        first.submit()
        _begin(st).submit()  # nothing answered: 0
        listing = st.library.listings(LEARNER[0])[0]
        assert (listing.attempts_used, listing.counted_score) == (2, expected)
        assert listing.counted_outcome == ("passed" if expected == "14" else "failed")
        st.close()
