"""The order of a learner's verifiers (examcore/credentials.py): resets beat every earlier credential,
later changes beat earlier ones, and every tier ends with the same verifier whatever order they arrive in."""
from __future__ import annotations

import random
from datetime import datetime, timedelta, timezone

from hypothesis import given, strategies as st

from examcore.credentials import (change_applies, changed_version, epoch, initial_version, newer, reset_version,
                                  settle_reset)

T0 = datetime(2026, 12, 1, 9, 0, tzinfo=timezone.utc)


def test_a_reset_beats_any_change_made_before_it_and_a_change_after_it_beats_the_reset():
    v1 = reset_version(0)
    changed = changed_version(v1, T0)
    assert change_applies(v1, changed)
    reset = reset_version(changed)
    assert reset > changed and epoch(reset) == epoch(changed) + 1
    late = changed_version(changed, T0 + timedelta(days=1))   # made on a station that had not heard of the reset
    assert late < reset and not change_applies(reset, late)
    after = changed_version(reset, T0 - timedelta(days=365))   # a station clock a year behind: still newer
    assert change_applies(reset, after)
    # a station that claims a change a thousand resets ahead would pin a password no reset could replace;
    # not even one ahead, straight or relayed: a lower tier's reset goes up before the changes made over it
    assert not change_applies(v1, changed_version(reset_version(0) + (1000 << 42), T0))
    one_ahead = changed_version(reset_version(v1), T0)
    assert not change_applies(v1, one_ahead) and change_applies(reset_version(v1), one_ahead)


def test_no_version_reaches_the_top_of_63_bits():
    from examcore.credentials import MAX_EPOCH
    top = (MAX_EPOCH - 1) << 42
    assert not change_applies(top, changed_version(top + (1 << 42), T0))
    assert reset_version(top) < 1 << 63 and newer(reset_version(top), changed_version(top, T0))


def test_versions_from_before_the_rule_are_read_as_their_reset_count():
    assert epoch(1) == 1 and epoch(2) == 2
    # a learner created now and the same learner in an older roster file (version 1): the same verifier age
    assert not newer(initial_version(), 1) and not newer(1, initial_version())
    assert newer(reset_version(1), initial_version())
    assert change_applies(1, changed_version(1, T0))
    assert reset_version(2) > changed_version(1, T0) and epoch(reset_version(2)) == 3


def _take(current: int, event: tuple[str, int]) -> int:
    kind, version = event
    if kind == "reset":
        return version if newer(version, current) else current
    return version if change_applies(current, version) else current


@given(st.lists(st.tuples(st.sampled_from(["reset", "change"]), st.integers(0, 10**6)), min_size=1, max_size=8),
       st.randoms(use_true_random=False))
def test_every_order_of_arrival_ends_with_the_same_verifier(steps, rng):
    """Events are made in causal order at their origin (a change on top of what its station held); then
    they reach a server in any order that keeps each change after the reset it was made over (the relay
    carries them so): the server ends on the same version as one that saw them in order."""
    made, current = [], 0
    for kind, ms in steps:
        version = reset_version(current) if kind == "reset" else changed_version(current, T0 + timedelta(milliseconds=ms))
        made.append((kind, version))
        current = _take(current, (kind, version))
    shuffled = made[:]
    rng.shuffle(shuffled)
    # a change after its reset: move each reset in front of the first change of its epoch
    for reset in [e for e in made if e[0] == "reset"]:
        shuffled.remove(reset)
        first = next((n for n, e in enumerate(shuffled) if e[0] == "change" and epoch(e[1]) >= epoch(reset[1])),
                     len(shuffled))
        shuffled.insert(first, reset)
    seen = 0
    for event in shuffled:
        seen = _take(seen, event)
    assert seen == current


def test_a_later_reset_at_another_tier_wins_over_a_change_it_never_heard_of():
    """Issue 20 (a second outside tester): the centre reset a learner and the learner changed the password;
    the province, which never heard of either, reset the same learner later: its one-time password worked
    nowhere. Resets at a tier counting as many resets order by the server's time."""
    centre = reset_version(initial_version(), T0)                    # the centre's reset
    changed = changed_version(centre, T0 + timedelta(minutes=5))     # the learner's change after it
    province = reset_version(initial_version(), T0 + timedelta(minutes=10))   # the province's, later
    assert epoch(province) == epoch(changed) and newer(province, changed) and newer(province, centre)
    # two tiers resetting before they sync end with the later reset everywhere
    assert newer(reset_version(initial_version(), T0 + timedelta(seconds=1)), reset_version(initial_version(), T0))
    # a change made after the province's reset, even on a station whose clock is a day behind, is above it
    assert change_applies(province, changed_version(province, T0 - timedelta(days=1)))


def test_a_later_reset_wins_over_a_tier_that_reset_more_often_before_it():
    """Issue 20: a centre reset a learner five times (and the learner changed the password after each);
    the province, which heard of none of it, reset the same learner a day later: its reset wins everywhere,
    and the changes the centre relays up, made before it, are kept as records but not taken."""
    centre, changes = initial_version(), []
    for n in range(5):
        centre = reset_version(centre, T0 + timedelta(minutes=n))
        centre = changed_version(centre, T0 + timedelta(minutes=n, seconds=30))
        changes.append(centre)
    province = reset_version(initial_version(), T0 + timedelta(days=1))
    assert all(newer(province, v) for v in changes)
    assert not any(change_applies(province, v) for v in changes)
    # before the province's reset, the centre's changes relayed up are taken once its reset went up (it
    # travels before them) and the province holds it
    centre_reset = reset_version(initial_version(), T0 + timedelta(minutes=4))
    assert change_applies(centre_reset, changed_version(centre_reset, T0 + timedelta(minutes=4, seconds=30)))
    # never over a reset the province does not hold (forged, or one it refused)
    assert not change_applies(initial_version(), changes[-1])


def test_a_server_time_stored_naive_is_read_as_utc():
    naive = T0.replace(tzinfo=None)
    assert reset_version(initial_version(), naive) == reset_version(initial_version(), T0)
    assert changed_version(initial_version(), naive) == changed_version(initial_version(), T0)


def _settled(held: tuple[int, bool, str], relayed: tuple[int, str], now=T0 + timedelta(days=1)):
    """What a server holding (version, one-time, password) makes of a relayed reset (version, password)."""
    outcome = settle_reset(held[0], held[1], relayed[0], now)
    assert outcome is not None
    take, version = outcome
    return (version, True, relayed[1]) if take else (version, held[1], held[2])


def test_of_two_tiers_resets_the_later_one_stands_however_many_either_counted():
    """Issue 20 (an outside tester): a centre reset a learner three times in an hour; the province, which had
    heard of none of them, reset the same learner later that hour; its reset lost at the centre because the
    centre counted more resets. The province settles the centre's relayed resets: the later one-time
    password stands, at a version above every one, in whatever order the resets arrive."""
    centre, made = initial_version(), []
    for n in range(3):
        centre = reset_version(centre, T0 + timedelta(minutes=n))
        made.append((centre, f"centre-{n}"))
    province = reset_version(initial_version(), T0 + timedelta(minutes=30))
    assert newer(made[-1][0], province)   # the fault: by count, the centre's third reset outranks it
    rng = random.Random(20)
    for _ in range(20):
        held = (province, True, "province")
        for relayed in rng.sample(made, len(made)):
            held = _settled(held, relayed)
        assert held[2] == "province" and all(newer(held[0], v) for v, _ in made)
    # the other way round: the centre's resets were the later ones; its last stands, above the province's
    early = reset_version(initial_version(), T0 - timedelta(minutes=30))
    for _ in range(20):
        held = (early, True, "province")
        for relayed in rng.sample(made, len(made)):
            held = _settled(held, relayed)
        assert held[2] == "centre-2" and newer(held[0], early) and not newer(made[-1][0], held[0])
    # the same reset told twice changes nothing
    assert settle_reset(made[0][0], True, made[0][0], T0) == (False, made[0][0])


def test_a_relayed_reset_over_a_password_chosen_at_a_station_is_weighed_by_version_alone():
    """A station's clock is not trusted: against a password the learner chose, the newer version wins."""
    reset = reset_version(initial_version(), T0)
    chosen = changed_version(reset, T0 + timedelta(hours=5))
    assert settle_reset(chosen, False, reset, T0) == (False, chosen)      # made before the change
    later = reset_version(reset, T0 + timedelta(minutes=1))              # the centre's next reset
    assert settle_reset(chosen, False, later, T0) == (True, later)
    # and a reset counting implausibly many resets ahead of this server is not settled at all
    far = reset_version(initial_version(), T0 + timedelta(days=30))
    assert settle_reset(initial_version(), True, far, T0) is None
