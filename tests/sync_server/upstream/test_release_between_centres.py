"""Outside round 20 on issue 14: decisions and releases as they travel. A release at one centre of an attempt
"that will never come" (an accept of the result it held) was followed at the province where the province held
more than the allowance from another road (a second centre), even the very result of the attempt released:
which attempt counted was chosen by no one. The province now keeps such an accept, with an alert, for its
own administrator (review_relay._others_unseen_below); what held then holds still."""
from __future__ import annotations

import random
import uuid

import pytest
from sqlalchemy import select

from examcore.clock import utc_naive
from sync_server.models import Alert, CountedAttempt, Result
from sync_server.results.counted import release_attempt
from sync_server.results.ingest import Ingest
from sync_server.upstream.review_relay import item_of, untold
from tests.server_fixtures import announce_for, make_envelopes, province_with_two_centres, relay_as_acknowledged
from tests.sync_server.upstream.test_review_relay import _tell as tell


@pytest.fixture
def tiers(tmp_path, issuer, roster_file):
    ctxs: dict = {}
    phantom = str(uuid.uuid4())

    def seal(st):
        [r1] = make_envelopes(st, 1, random.Random(1))
        [rp] = make_envelopes(st, 1, random.Random(2), attempt_id=phantom)
        [r3] = make_envelopes(st, 1, random.Random(3))
        return r1, rp, r3
    ups, station_id, (r1, rp, r3) = province_with_two_centres(tmp_path, issuer, roster_file, ctxs, seal)
    yield ctxs, ups, station_id, phantom, r1, rp, r3
    for ctx in ctxs.values():
        ctx.close()


def _relay(centre, province, ids, upstream_id):
    relay_as_acknowledged(centre, province, ids, upstream_id)


def _tell(centre, province, sender_id):
    """What the relay tells up (the decisions not yet told), then tells it (test_review_relay._tell)."""
    with centre.sessions() as s:
        items = [item_of(r) for r in untold(s)]
    return items, tell(centre, province, sender_id, items)


def _state(ctx, rid):
    with ctx.sessions() as s:
        r = s.get(Result, rid)
        return (r.review, r.flags) if r else None


def _counted(ctx):
    with ctx.sessions() as s:
        c = s.scalar(select(CountedAttempt))
        return c.attempts if c else 0


def _announce(centre, station_id, attempt):
    announce_for(centre, station_id, attempt)


def test_the_released_attempts_own_result_held_at_the_province(tiers):
    """The station announced attempt P at centre 1 and then delivered P's result to centre 2 (USB to
    another centre; the station is enrolled at both). The learner's other attempt R1 went to centre 1.
    At the province both are stored: two attempts of a one-attempt exam, both held. Centre 1's administrator
    (told the PC's disk failed) releases P at centre 1, where P's result never came. The province follows
    the resulting 'accept' of R1 though it holds P's result itself: which attempt counts was chosen by a
    release whose premise ('it will never come') is false at the province, and no province administrator
    decided."""
    ctxs, ups, station_id, phantom, r1, rp, r3 = tiers
    c1, c2, province = ctxs["c1"], ctxs["c2"], ctxs["province"]
    _announce(c1, station_id, phantom)
    Ingest(c1).ingest_many([r1.to_bytes()], "http")
    assert _state(c1, r1.result_id) == ("held", "attempt_limit")
    Ingest(c2).ingest_many([rp.to_bytes()], "http")
    assert _state(c2, rp.result_id) == ("counted", "")
    _relay(c2, province, [rp.result_id], ups["c2"])
    _relay(c1, province, [r1.result_id], ups["c1"])
    assert _state(province, r1.result_id)[0] == "held" and _state(province, rp.result_id)[0] == "held"
    assert _counted(province) == 0
    c1.clock.advance(60_000)
    with c1.sessions.begin() as s:
        _, counting = release_attempt(s, phantom, "kaowu (server console)", "考试机硬盘损坏",
                                      utc_naive(c1.clock.now()))
    assert counting == [r1.result_id]
    items, answered = _tell(c1, province, ups["c1"])
    with province.sessions() as s:
        alerts = [(a.kind, a.result_id, str(a.detail)) for a in s.scalars(select(Alert))]
    # two attempts of a one-attempt exam at the province, one of them the very attempt released: no
    # administrator of the province chose; the release at centre 1 does not settle it
    assert _state(province, r1.result_id)[0] == "held" and _counted(province) == 0, (answered, alerts)
    assert answered[0]["outcome"] == "kept" and "chooses which counts" in answered[0]["note"]
    assert ("lower_review_kept", r1.result_id) in [(k, r) for k, r, _ in alerts], alerts


def test_a_release_at_one_centre_settles_two_real_attempts_at_the_province(tiers):
    """A genuine phantom at centre 1 (never delivered anywhere); the learner sat twice for real: R1 at
    centre 1, R3 at centre 2. The province holds both (attempt_limit). Centre 1 releases its phantom: its
    'accept' of R1 is followed at the province, which then counts R1 over R3 though no administrator saw the
    two attempts side by side (at centre 1 R3 is unknown)."""
    ctxs, ups, station_id, phantom, r1, rp, r3 = tiers
    c1, c2, province = ctxs["c1"], ctxs["c2"], ctxs["province"]
    _announce(c1, station_id, phantom)
    Ingest(c1).ingest_many([r1.to_bytes()], "http")
    Ingest(c2).ingest_many([r3.to_bytes()], "http")
    _relay(c1, province, [r1.result_id], ups["c1"])
    _relay(c2, province, [r3.result_id], ups["c2"])
    assert _state(province, r1.result_id)[0] == "held" and _state(province, r3.result_id)[0] == "held"
    c1.clock.advance(60_000)
    with c1.sessions.begin() as s:
        release_attempt(s, phantom, "kaowu (server console)", "考试机硬盘损坏", utc_naive(c1.clock.now()))
    items, answered = _tell(c1, province, ups["c1"])
    assert _state(province, r1.result_id)[0] == "held" and answered[0]["outcome"] == "kept", answered


def test_release_then_the_phantom_arrives_then_reject_the_accepted(tiers):
    """What held: release at c1, P's result arrives after all at c1 (held), both relayed; c1 rejects R1: P's
    result counts at both tiers."""
    from sync_server.results.review import decide
    ctxs, ups, station_id, phantom, r1, rp, r3 = tiers
    c1, province = ctxs["c1"], ctxs["province"]
    _announce(c1, station_id, phantom)
    Ingest(c1).ingest_many([r1.to_bytes()], "http")
    _relay(c1, province, [r1.result_id], ups["c1"])
    c1.clock.advance(60_000)
    with c1.sessions.begin() as s:
        release_attempt(s, phantom, "kaowu", "考试机硬盘损坏", utc_naive(c1.clock.now()))
    _tell(c1, province, ups["c1"])
    assert _state(province, r1.result_id)[0] == _state(c1, r1.result_id)[0] == "accepted"
    Ingest(c1).ingest_many([rp.to_bytes()], "http")
    assert _state(c1, rp.result_id) == ("held", "attempt_limit")
    _relay(c1, province, [rp.result_id], ups["c1"])
    assert _state(province, rp.result_id) == ("held", "attempt_limit")
    c1.clock.advance(60_000)
    with c1.sessions.begin() as s:
        _, counting = decide(s, r1.result_id, "reject", "the phantom came after all", "kaowu", c1.clock.now())
    assert counting == [rp.result_id]
    _tell(c1, province, ups["c1"])
    assert _state(c1, r1.result_id)[0] == _state(province, r1.result_id)[0] == "rejected"
    assert _state(c1, rp.result_id)[0] == "counted" and _state(province, rp.result_id)[0] == "counted"
    assert _counted(c1) == _counted(province) == 1


def test_province_decided_first(tiers):
    """What held: the province's administrator rejects R1 before the release's accept arrives: kept, alerted
    both sides."""
    from sync_server.results.review import decide
    ctxs, ups, station_id, phantom, r1, rp, r3 = tiers
    c1, province = ctxs["c1"], ctxs["province"]
    _announce(c1, station_id, phantom)
    Ingest(c1).ingest_many([r1.to_bytes()], "http")
    _relay(c1, province, [r1.result_id], ups["c1"])
    with province.sessions.begin() as s:
        decide(s, r1.result_id, "reject", "not ours to count", "sheng", province.clock.now())
    c1.clock.advance(60_000)
    with c1.sessions.begin() as s:
        release_attempt(s, phantom, "kaowu", "考试机硬盘损坏", utc_naive(c1.clock.now()))
    _, answered = _tell(c1, province, ups["c1"])
    assert answered[0]["outcome"] == "kept"
    with province.sessions() as s:
        assert s.scalar(select(Alert).where(Alert.kind == "lower_review_kept")) is not None
