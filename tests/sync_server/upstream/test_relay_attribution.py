"""A result the province took first by another road (its station, enrolled there too, delivered it itself)
did not count as the centre's up there: the centre's totals never matched and every relay asked about every
result again. As for study records (tests/sync_server/upstream/test_study_relay.py), such a result is asked
for once; sent, the centre vouches for it too, it counts in the centre's totals, and its later loss up
there is asked for again."""
from __future__ import annotations

import random

import pytest
from sqlalchemy import delete, select

from sync_server.devices import approve_device, request_enrolment
from sync_server.identity import identity
from sync_server.models import Device, Result
from sync_server.results.ingest import Ingest, Status
from sync_server.upstream.relay import _items, digest_of, held_from, lacking
from tests.conftest import ready_station
from tests.server_fixtures import centre_and_province, make_envelopes


@pytest.fixture
def tiers(tmp_path, issuer, roster_file):
    """A centre and its province; one station enrolled with both, which delivered its two results to the
    centre and the first of them to the province as well."""
    ctxs: dict = {}
    package = centre_and_province(tmp_path, issuer, ctxs)
    centre, province = ctxs["centre"], ctxs["province"]
    st = ready_station(tmp_path / "station", None, issuer, roster_file, package)
    try:
        for ctx in (centre, province):
            request_enrolment(ctx, st.keys.device_id, st.keys.device_key.public_raw())
            approve_device(ctx, st.keys.device_id, unit_id="U1")
        envelopes = make_envelopes(st, 2, random.Random(7))
    finally:
        st.close()
    Ingest(centre).ingest_many([e.to_bytes() for e in envelopes], "http")
    [direct] = Ingest(province).ingest_many([envelopes[0].to_bytes()], "http")
    assert direct.status is Status.STORED
    upstream = identity(centre)
    request_enrolment(province, upstream.device_id, upstream.device_key.public_raw(), "第一考点")
    approve_device(province, upstream.device_id, unit_id="P")
    yield centre, province, [e.result_id for e in envelopes], upstream.device_id
    for ctx in ctxs.values():
        ctx.close()


def _relay(centre, province, sender: str, ids: list[str]) -> list[str]:
    """What the relay does with these results: ask which the province lacks, send those; returns the
    statuses of what was sent."""
    with province.sessions() as s:
        wanted = lacking(s, "result", ids)
    items = _items(centre, wanted)
    outcomes = Ingest(province).ingest_many([i["envelope"].encode() for i in items], "relay", relayed_by=sender,
                                            certificates=[[i["certificate"], *i["via"]] for i in items],
                                            held_below=[i["flags"] for i in items])
    return [o.status.value for o in outcomes]


def _totals_match(centre, province, sender: str) -> bool:
    with centre.sessions() as s:
        rows = list(s.execute(select(Result.result_id, Result.content_hash)))
    with province.sessions() as s:
        return held_from(s, "result", sender) == (len(rows), digest_of(rows))


def test_a_result_the_upstream_took_by_another_road_counts_as_this_servers_and_its_loss_is_found(tiers):
    centre, province, (first, second), sender = tiers
    assert _relay(centre, province, sender, [first, second]) == ["duplicate", "stored"]   # the first asked for once
    assert _totals_match(centre, province, sender)
    with province.sessions() as s:
        row = s.get(Result, first)
        assert (row.relayed_by, row.source) == (sender, "http")   # vouched for now; its first road kept
        assert row.certificate and b'"device_id"' in row.certificate
        assert lacking(s, "result", [first, second]) == []   # asked for once only
    with province.sessions.begin() as s:   # the province restored from an older backup
        s.execute(delete(Result).where(Result.result_id == first))
    assert not _totals_match(centre, province, sender)
    assert _relay(centre, province, sender, [first, second]) == ["stored"]
    assert _totals_match(centre, province, sender)


def test_a_study_record_and_a_result_are_asked_about_by_their_own_kind(tiers):
    centre, province, (first, second), sender = tiers
    with province.sessions() as s:
        assert lacking(s, "study", [first, second]) == [first, second]   # no study record has these ids
        assert held_from(s, "study", sender) == (0, digest_of([]))


def test_counting_in_a_centres_totals_gives_it_no_say_over_the_result(tiers):
    """Found on reading the change again: the centre's review decisions are followed up there for results
    it relayed (review_relay.follow), and the attribution above had made a result the station delivered to
    the province itself one of them: the centre could then reject a result the province counted. A decision
    on such a result is answered not_yours and changes nothing."""
    from sync_server.results.review import decide
    from sync_server.upstream.review_relay import follow, item_of
    centre, province, (first, second), sender = tiers
    _relay(centre, province, sender, [first, second])
    with centre.sessions.begin() as s:
        decide(s, first, "reject", "考试机故障，成绩作废", "guanli", centre.clock.now())
    with centre.sessions() as s:
        told = [item_of(s.get(Result, first))]
    with province.sessions.begin() as s:
        [answer] = follow(s, s.get(Device, sender), told, province.clock.now())
    assert answer["outcome"] == "not_yours"
    with province.sessions() as s:
        assert s.get(Result, first).review == "counted"
