"""Outside round 19 on issue 14: an administrator's decisions at the centre, then the province.

A station announced an attempt (its disk then failed), and delivered the learner's one real result: the centre
holds that result attempt_limit and relays it up with that flag (held_for). The centre's administrator
releases the phantom attempt (`xuefa-server release-attempt`): at the centre the real result counts now
(relieve_limit). The province, which keeps no announcements, held it for good and nobody was told: the result
is now accepted at the centre by the one who released the attempt, a decision the province hears and follows
(counted.release_attempt)."""
from __future__ import annotations

import uuid

import pytest
from sqlalchemy import select

from examcore.clock import utc_naive
from sync_server.models import Alert, Change, CountedAttempt, Result
from sync_server.results.counted import release_attempt
from sync_server.results.ingest import Ingest
from tests.server_fixtures import announce_for, relay_as_acknowledged, tiers_with_station
from tests.sync_server.upstream.test_release_between_centres import _tell


@pytest.fixture
def tiers(tmp_path, issuer, roster_file):
    ctxs: dict = {}
    yield tiers_with_station(tmp_path, issuer, roster_file, ctxs, 1, 7)
    for ctx in ctxs.values():
        ctx.close()


def _phantom_then_real(centre, station_id, envelope) -> str:
    """The station announces an attempt (its disk then fails), then delivers the learner's one real result:
    held attempt_limit at the centre. Returns the phantom attempt's id."""
    lost = str(uuid.uuid4())
    announce_for(centre, station_id, lost)
    Ingest(centre).ingest_many([envelope.to_bytes()], "http")
    return lost


def _state(ctx, rid):
    with ctx.sessions() as s:
        r = s.get(Result, rid)
        c = s.get(CountedAttempt, (r.exam_id, r.learner_no))
        return r.review, r.flags, (c.attempts if c else 0)


def test_a_release_at_the_centre_reaches_the_province(tiers):
    centre, province, envelopes, station_id, upstream_id = tiers
    [envelope] = envelopes
    rid = envelope.result_id
    lost = _phantom_then_real(centre, station_id, envelope)
    assert _state(centre, rid)[:2] == ("held", "attempt_limit")
    relay_as_acknowledged(centre, province, [rid], upstream_id)
    assert _state(province, rid)[:2] == ("held", "attempt_limit"), _state(province, rid)
    # the centre's administrator releases the phantom attempt (as `xuefa-server release-attempt` does)
    centre.clock.advance(60_000)
    with centre.sessions.begin() as s:
        _, counting = release_attempt(s, lost, "kaowu (server console)", "考试机硬盘损坏", utc_naive(centre.clock.now()))
    assert counting == [rid]
    assert _state(centre, rid) == ("accepted", "", 1)
    # the next relay: results (none missing), then decisions
    items, answered = _tell(centre, province, upstream_id)
    assert [i["review"] for i in items] == ["accepted"] and "考试机硬盘损坏" in items[0]["reason"]
    with province.sessions() as s:
        up_changes = [(c.kind, c.key, c.body) for c in s.scalars(select(Change).where(Change.key == rid))]
        up_alerts = [(a.kind, a.detail) for a in s.scalars(select(Alert).where(Alert.result_id == rid))]
    with centre.sessions() as s:
        down_alerts = [(a.kind, a.detail) for a in s.scalars(select(Alert).where(Alert.result_id == rid))]
    # the province counts what the centre counts
    assert _state(province, rid)[0] == "accepted" and _state(province, rid)[2] == 1, (up_changes, up_alerts,
                                                                                     down_alerts)


def test_in_the_sync_order_the_province_follows_the_release(tiers):
    """sync-upstream pulls, then relays. Run 1 relays the held result; run 2's pull brings the province's
    `attempt` change (counted: false) while the centre still holds it too: no difference. Then the release;
    run 3 told nothing up and the province held the result for good, unsaid. Now run 3 tells the acceptance."""
    from sync_server.upstream.pull import _upstream_verdict
    centre, province, envelopes, station_id, upstream_id = tiers
    [envelope] = envelopes
    rid = envelope.result_id
    lost = _phantom_then_real(centre, station_id, envelope)
    relay_as_acknowledged(centre, province, [rid], upstream_id)      # run 1
    with province.sessions() as s:
        feed = [c.body for c in s.scalars(select(Change).where(Change.kind == "attempt", Change.key == rid))]
    import json
    with centre.sessions.begin() as s:                                # run 2: the pull
        for body in feed:
            _upstream_verdict(s, s.get(Result, rid), bool(json.loads(body)["counted"]), utc_naive(centre.clock.now()))
    centre.clock.advance(60_000)
    with centre.sessions.begin() as s:                                # the release
        release_attempt(s, lost, "kaowu (server console)", "考试机硬盘损坏", utc_naive(centre.clock.now()))
    items, _ = _tell(centre, province, upstream_id)                   # run 3
    assert len(items) == 1
    with province.sessions() as s:
        more = [c.body for c in s.scalars(select(Change).where(Change.kind == "attempt", Change.key == rid))]
        up_alerts = [a.kind for a in s.scalars(select(Alert).where(Alert.result_id == rid))]
    with centre.sessions() as s:
        down_alerts = [a.kind for a in s.scalars(select(Alert).where(Alert.result_id == rid))]
    assert len(more) > len(feed)   # the province's verdict changed: its feed says so
    assert _state(province, rid)[0] == _state(centre, rid)[0] == "accepted", (down_alerts, up_alerts)
