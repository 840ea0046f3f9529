"""Offline proctor codes: bound to the challenge the station made, the action and its argument."""
from __future__ import annotations

import os

from hypothesis import given, strategies as st

from examcore.proctor_codes import (CHALLENGE_LEN, EXTRA_TIME, RESUME, challenge_names, code_ok, make_code,
                                    new_challenge, station_code, station_code_ok, station_key)

KEY = os.urandom(32)   # a package's proctor key


def test_a_code_opens_only_its_own_challenge_action_and_argument():
    challenge = new_challenge("station-a", "attempt-1")
    code = make_code(KEY, RESUME, challenge)
    assert len(code) == 9 and code_ok(KEY, RESUME, challenge, code)
    assert code_ok(KEY, RESUME, challenge.lower(), code.lower().replace("-", " "))    # as typed by a person
    other_station = new_challenge("station-b", "attempt-1")
    assert not code_ok(KEY, RESUME, other_station, code)
    assert not code_ok(KEY, EXTRA_TIME, challenge, code, 10)
    ten = make_code(KEY, EXTRA_TIME, challenge, 10)
    assert code_ok(KEY, EXTRA_TIME, challenge, ten, 10) and not code_ok(KEY, EXTRA_TIME, challenge, ten, 30)
    other_exam = os.urandom(32)
    assert not code_ok(other_exam, RESUME, challenge, code)
    assert not code_ok(KEY, RESUME, challenge, "") and not code_ok(KEY, RESUME, challenge, "ABCD-EFG!")


def test_the_challenge_names_the_seat_and_is_new_each_time():
    a, b = new_challenge("station-a", "attempt-1"), new_challenge("station-a", "attempt-1")
    assert len(a) == CHALLENGE_LEN and a[:3] == b[:3] and a != b


@given(st.text(min_size=0, max_size=12))
def test_nothing_typed_at_random_is_taken_for_a_code(typed):
    challenge = new_challenge("s", "a")
    code = make_code(KEY, RESUME, challenge)
    assert code_ok(KEY, RESUME, challenge, typed) == (typed.upper().replace("-", "").replace(" ", "")
                                                      .replace("O", "0").replace("I", "1").replace("L", "1")
                                                      == code.replace("-", ""))


def test_a_station_holds_a_key_for_its_own_challenges_only():
    """What a station is given of the package's key checks (and makes) codes for its own challenges; a code
    it makes for a neighbour's challenge is no code at the neighbour nor at a server (issue 14: a learner who
    reads one station's key gets no extra time for another seat)."""
    mine, neighbour = new_challenge("station-a", "attempt-1"), new_challenge("station-b", "attempt-9")
    held = station_key(KEY, "station-a")
    assert held != KEY and held != station_key(KEY, "station-b")
    issued = make_code(KEY, EXTRA_TIME, mine, 10)                       # the proctor tool, with the package's key
    assert station_code_ok(held, EXTRA_TIME, mine, issued, 10) and station_code(held, EXTRA_TIME, mine, 10) == issued
    forged = station_code(held, EXTRA_TIME, neighbour, 240)             # the learner, with station a's key
    assert not code_ok(KEY, EXTRA_TIME, neighbour, forged, 240)
    assert not station_code_ok(station_key(KEY, "station-b"), EXTRA_TIME, neighbour, forged, 240)
    assert challenge_names(mine, "station-a", "attempt-1") and not challenge_names(mine, "station-a", "attempt-2")
    assert not challenge_names(mine, "station-b", "attempt-1")
