"""Which of a learner's login verifiers is current: one ordering that every tier and station computes alike.

A learner's password can change in two ways: a server issues a one-time password (a new learner, a reset
at any tier), or the learner changes it at a station, which sends the new verifier up as a signed record
(kind ``password``, examcore/study/records.py). Both travel through servers and stations in any order, so
the verifier kept is the one with the greatest *version*, an integer that orders them the same everywhere
(a last-writer-wins register):

- the high bits count server resets (the *epoch*); a reset starts a new epoch, so a one-time password
  replaces every credential issued or chosen before it, wherever it was chosen; a reset's epoch is also
  at least the hours since 2026-01-01 by the resetting server's clock, so a reset made hours after
  another tier's resets is above them however many that tier made (a centre that reset a learner five
  times no longer outranks the province's later reset, which it never heard of: issue 20); resets at two
  tiers within the same few hours order by count, until the tier above hears of the lower tier's resets
  (they go up as signed records) and settles them by time (``settle_reset``);
- the low 42 bits are, within an epoch, the station's time of a change in ms since 1970 (until 2109), so
  of two changes the later one wins; a reset's own low bits are the server's time of the reset, so two
  tiers that reset the same learner as often order by time (the later reset wins everywhere), and a change
  made after a reset is above it (its low bits at least the reset's plus one).

So the newest version wins wherever it arrives, as long as a change arrives after the reset it was made
over (the relay carries a lower tier's resets before the changes made over them): a change made on a
station that had not yet heard of a reset is below that reset everywhere; where the tiers counted resets
differently, a change whose record names the password it replaced loses to a reset made after that password
(``over_revoked``), whatever the counts. A change must be of an epoch the
server holds, from a station or relayed (``change_applies``); a relayed reset may rank a little past the
server's clock, never near the top of 63 bits (``settle_reset``). Versions written before this rule were
bare reset counts (1, 2, …) and compare as that epoch with low bits 0 (``normal``).
"""
from __future__ import annotations

import secrets
from datetime import datetime, timezone

from argon2 import Type, extract_parameters
from argon2.exceptions import InvalidHashError

LOW_BITS = 42
LOW_MASK = (1 << LOW_BITS) - 1
RESET_TIE_BITS = 16     # a reset's random low bits: far below any change's time
MAX_EPOCHS_AHEAD = 64   # how far a lower tier's relayed reset may rank past this server's clock (settle_reset)
MAX_EPOCH = 1 << 20     # far beyond any real count of resets; keeps every version inside 63 bits
EPOCH_CLOCK_START = datetime(2026, 1, 1, tzinfo=timezone.utc)   # hour 0 of a reset's least epoch (to 2145)
# what a verifier sent up by a station may cost the server that checks it later (argon2id, KiB / passes):
# below OWASP's floor it would be cheap to crack; far above, a login there would stall the server
MIN_MEMORY_KIB, MAX_MEMORY_KIB = 19_456, 262_144
MAX_TIME_COST, MAX_PARALLELISM = 10, 16


def epoch(version: int) -> int:
    """The reset count a version belongs to."""
    return version >> LOW_BITS if version > LOW_MASK else version


def normal(version: int) -> int:
    """A version in today's form: a bare reset count from before the rule is that epoch with low bits 0."""
    return version if version > LOW_MASK else version << LOW_BITS


def newer(version: int, than: int) -> bool:
    """``version`` replaces ``than`` (the one comparison every tier and station makes)."""
    return normal(version) > normal(than)


def _utc(at: datetime) -> datetime:
    """A moment as stored by the servers (naive UTC) or aware, as aware UTC (never the machine's zone)."""
    return at.replace(tzinfo=timezone.utc) if at.tzinfo is None else at


def clock_epoch(at: datetime) -> int:
    """The least epoch of a reset made at ``at`` (aware, or naive UTC): whole hours since
    EPOCH_CLOCK_START, kept below MAX_EPOCH with room for the resets a tier may count above it."""
    return _clock_epoch_ms(_ms(at))


def _ms(at: datetime) -> int:
    """A moment as the low bits hold it: ms since 1970 (UTC), within 0..LOW_MASK."""
    return min(LOW_MASK, max(int(_utc(at).timestamp() * 1000), 0))


def _clock_epoch_ms(ms: int) -> int:
    hours = (ms - int(EPOCH_CLOCK_START.timestamp() * 1000)) // 3_600_000
    return min(max(hours, 0), MAX_EPOCH - 2 * MAX_EPOCHS_AHEAD)


def initial_version() -> int:
    """A new learner's first one-time password: epoch 1, the same as a roster's version 1 from before."""
    return 1 << LOW_BITS


def reset_version(current: int, at: datetime | None = None) -> int:
    """The version of a one-time password issued at ``at`` (aware, or naive UTC; None: a small random number)
    over a verifier of version ``current`` (0: none). Changes never reach MAX_EPOCH (change_applies), so a
    reset always has room above them. Its low bits are the server's time: two tiers that count the same
    number of resets (a centre's reset and change the province never heard of, then the province's reset)
    then order by time, the later one winning everywhere (issue 20, found by an outside tester); a change
    made after a reset is still above it, its low bits at least the reset's plus one (changed_version)."""
    return _reset_at(current, _ms(at)) if at is not None else _reset_at(current, secrets.randbelow(1 << RESET_TIE_BITS))


def _reset_at(current: int, low: int) -> int:
    """A reset made at ``low`` (ms since 1970; a small number: time unknown) over a verifier of ``current``."""
    count = min(epoch(current), MAX_EPOCH) + 1
    return (max(count, _clock_epoch_ms(low)) << LOW_BITS) | low


def reset_time(version: int) -> int:
    """When the reset that issued a one-time password of this version was made: ms since 1970 by the
    resetting server's clock (0: before the rule, or a new learner's first password)."""
    return version & LOW_MASK if version > LOW_MASK else 0


def changed_version(current: int, at: datetime) -> int:
    """The version of a password the learner chose at ``at`` (timezone-aware) over one of ``current``:
    always above ``current``, even when the station's clock is behind the time of the current one."""
    low = current & LOW_MASK if current > LOW_MASK else 0
    return (epoch(current) << LOW_BITS) | min(LOW_MASK, max(int(_utc(at).timestamp() * 1000), low + 1))


def change_applies(current: int, proposed: int) -> bool:
    """A learner's change of version ``proposed`` replaces the verifier of version ``current``: it is newer
    (so not made before a reset here) and of an epoch this server holds, from a station or relayed by a
    lower server alike: every reset a lower server makes goes up before the changes made over it, on the
    same road (sync_server/directory/password_resets.py), so a change of a later epoch follows a reset this server
    never took, or is forged (a station could otherwise raise a version until no reset could replace it;
    an outside tester's forged change 40 epochs ahead was taken at the province: issue 20)."""
    return newer(proposed, current) and epoch(proposed) <= epoch(current) and epoch(proposed) < MAX_EPOCH


def settle_reset(current: int, one_time: bool, proposed: int, now: datetime,
                 chosen_after: int | None = None) -> tuple[bool, int] | None:
    """A reset a lower server made (version ``proposed``, relayed up as a signed record) against this
    server's verifier of version ``current`` (``one_time``: a one-time password, from a reset here or
    above, is current). Returns (take, version): whether the relayed password replaces the one held here,
    and the version the one kept is held at from now on; None: ``proposed`` is implausibly far ahead.

    The server above settles which of two resets stands, and its answer comes down to every tier: of two
    one-time passwords the later reset's (by the resetting servers' clocks) wins, at a version above both,
    however many resets either tier counted (a centre that reset a learner three times in an hour no longer
    outranks the province's later reset: issue 20). A password a learner chose at a station is weighed by
    version alone (a station's clock is not trusted), as everywhere else in this module, unless
    ``chosen_after`` names the time of the reset it was chosen over (ms since 1970, by that server's clock):
    a reset made before that one is older than the password and does not replace it, however many resets
    its tier counted (issue 20, an outside tester), and a reset made after both that reset and the choice (the
    password version's own time, the station's clock, never before that reset) replaces it, however many
    resets the tier above counted (round 93)."""
    if epoch(proposed) >= MAX_EPOCH or \
            epoch(proposed) > max(epoch(current), clock_epoch(now)) + MAX_EPOCHS_AHEAD:
        return None
    above = newer(proposed, current)
    if not one_time and chosen_after is not None and reset_time(proposed) < chosen_after:
        # kept, ranked above the older reset so the tiers that took it take the chosen password back
        return (False, (epoch(proposed) << LOW_BITS) | max(current & LOW_MASK, (proposed & LOW_MASK) + 1)) \
            if above else (False, current)
    if not one_time and chosen_after is not None and not above and \
            reset_time(proposed) > max(chosen_after, current & LOW_MASK):
        # made after the reset the password was chosen over and after the choice itself: the later event, though
        # another tier counted more resets that hour (an outside tester's second centre, joining by USB with
        # three resets made minutes after the chosen password, lost to it: issue 20, round 93)
        return (True, _reset_at(current, reset_time(proposed)))
    if not one_time or reset_time(proposed) == reset_time(current):
        return (True, proposed) if above else (False, current)
    later = reset_time(proposed) > reset_time(current)
    if above:
        return (True, proposed) if later else (False, _reset_at(proposed, reset_time(current)))
    return (True, _reset_at(current, reset_time(proposed))) if later else (False, current)


def over_reranked(current: int, base: int, proposed: int) -> int | None:
    """A change (version ``proposed``) made over a one-time password that this server holds re-ranked at
    ``current`` and that was issued at version ``base`` (a lower tier's reset, settled here above a reset
    of this tier that counted more: ``settle_reset``): the version it is held at here, in ``current``'s
    epoch after it; None when it was not made over that password (another epoch, or not after it). Without
    this, a password the learner chose over the later reset was lost at every tier (issue 20)."""
    if base == current or reset_time(base) != reset_time(current) or epoch(proposed) != epoch(base) or \
            not newer(proposed, base):
        return None
    return (epoch(current) << LOW_BITS) | max(proposed & LOW_MASK, (current & LOW_MASK) + 1)


def over_revoked(current: int, one_time: bool, over: int | None) -> bool:
    """A learner's change made over the password of version ``over`` (the version its station's record names
    as replaced) is made over a credential that a later reset replaced: the one-time password held here
    (``current``, ``one_time``) comes from a reset made (by its server's clock) after ``over`` was issued or
    chosen. Such a change is not taken, wherever it arrives: a reset replaces every credential issued or
    chosen before it, and a change made with one of those never heard of it (outside round 94: whether it
    stood had depended on how many resets the tier above had counted that hour). False when the record
    names no replaced version (a station older than this rule)."""
    return one_time and over is not None and reset_time(current) > (normal(over) & LOW_MASK)


def above_change(current: int, proposed: int) -> int:
    """The version a one-time password of version ``current`` is held at once a change ``proposed`` made
    over a credential it replaced is refused (``over_revoked``): above that change, so every tier that took
    the change takes the one-time password back; the reset's time kept in the low bits."""
    if not newer(proposed, current):
        return current
    return ((max(epoch(current), epoch(proposed)) + 1) << LOW_BITS) | (current & LOW_MASK)


def verifier_problem(password_hash: str) -> str | None:
    """Why a verifier sent by a station cannot be kept (None: it can): it must be an argon2id hash whose
    cost lies within the bounds above."""
    try:
        params = extract_parameters(password_hash)
    except (InvalidHashError, ValueError, TypeError):
        return "not an argon2id hash"
    if params.type is not Type.ID:
        return "not an argon2id hash"
    if not MIN_MEMORY_KIB <= params.memory_cost <= MAX_MEMORY_KIB:
        return f"memory cost {params.memory_cost} KiB is outside {MIN_MEMORY_KIB}..{MAX_MEMORY_KIB}"
    if not 1 <= params.time_cost <= MAX_TIME_COST or not 1 <= params.parallelism <= MAX_PARALLELISM:
        return "time cost or parallelism out of bounds"
    return None
