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
    with province.sessions() as s:   # held by the province itself (two attempts of a one-attempt exam), undecided
        row = s.get(Result, first)
        assert (row.review, row.reviewed_at, row.review_from) == ("held", None, None)


def test_a_station_revoked_here_is_refused_when_a_centre_relays_it_too(tiers):
    """The first outside round's doubt: a station this province revoked (a stolen PC, say) still got in by
    a centre that had certified it. Refused as when it delivers itself: its results and its study records."""
    from datetime import timedelta

    from examcore.crypto.keys import SigningKey
    from examcore.study.records import RecordKind, StudyRecord as Record, sign_record
    from sync_server.devices import certificate, revoke_device
    from sync_server.study.service import ingest_records
    from tests.conftest import LEARNER
    centre, province, (first, second), sender = tiers
    with province.sessions() as s:
        station_id = s.get(Result, first).device_id
    revoke_device(province, station_id)
    assert _relay(centre, province, sender, [second]) == ["refused"]
    with province.sessions() as s:
        assert s.get(Result, second) is None

    key = SigningKey.generate()   # another station of both, revoked here; its record relayed by the centre
    for ctx in (centre, province):
        request_enrolment(ctx, "room2-pc-07", key.public_raw())
        approve_device(ctx, "room2-pc-07", unit_id="U1")
    revoke_device(province, "room2-pc-07")
    with centre.sessions() as s:
        chain = certificate(centre, s.get(Device, "room2-pc-07"))
    now = province.clock.now()
    item = {**sign_record(Record(record_id="rec-revoked-1", device_key=key.public_raw(), seq=1, learner_no=LEARNER[0],
                                 plan_id="", kind=RecordKind.READING, category_id="c",
                                 started_at=now - timedelta(minutes=10), ended_at=now, active_seconds=600,
                                 course_id="reader-2026", chapter_id="r1"), key), "certificate": chain, "via": []}
    with province.sessions.begin() as s:
        [outcome] = ingest_records(s, [item], device_id=sender, device_key=None, source="relay", now=now,
                                   relayer=s.get(Device, sender))
    assert (outcome.status.value, outcome.reason) == ("refused", "device_revoked")


def test_a_servers_file_whose_results_carry_no_certificates_is_refused_whole(tiers, tmp_path):
    """Found by a second outside round: a server's file with a review decision and results without their
    certificates ended the import in an AssertionError; it is refused as a damaged file, nothing stored."""
    import pytest

    from examcore.bundle import export_bundle
    from examcore.errors import BundleError
    from examcore.sealed import Envelope
    from sync_server.identity import identity
    from sync_server.upstream.bundles import import_bundle
    centre, province, (first, second), sender = tiers
    with centre.sessions() as s:
        envelopes = [Envelope.from_bytes(r.envelope) for r in s.scalars(select(Result))]
    me = identity(centre)
    path = tmp_path / "odd.xfr"
    export_bundle(path, envelopes, me.device_key, me.device_id, None, [], [[] for _ in envelopes],
                  [{"result_id": first, "review": "accepted", "reviewed_by": "x",
                    "reviewed_at": "2026-12-01T00:00:00Z", "reason": "", "flags": []}])
    with pytest.raises(BundleError) as err:
        import_bundle(province, path.read_bytes())
    assert err.value.code == "entry_mismatch"
    with province.sessions() as s:
        assert s.get(Result, second) is None


def test_a_file_whose_later_result_lacks_its_certificate_is_damaged_not_a_crash(tiers):
    """Read from the code by the same round: a certificate on the first result only and not on a later one
    ended in a KeyError; the file is refused as damaged."""
    import json

    import pytest

    from examcore import canonical
    from examcore.bundle import bundle_bytes, read_bundle
    from examcore.errors import BundleError
    from examcore.sealed import Envelope
    from sync_server.identity import identity
    centre, province, (first, second), sender = tiers
    with centre.sessions() as s:
        envelopes = [Envelope.from_bytes(r.envelope) for r in s.scalars(select(Result))]
    me = identity(centre)
    outer = json.loads(bundle_bytes(envelopes, me.device_key, me.device_id, [{"device_id": "x"}] * len(envelopes)))
    manifest = json.loads(canonical.b64d(outer["manifest"]))
    del manifest["entries"][1]["certificate"]
    signed = canonical.canonical_json(manifest)
    outer.update(manifest=canonical.b64e(signed), signature=canonical.b64e(me.device_key.sign(signed)))
    with pytest.raises(BundleError) as err:
        read_bundle(json.dumps(outer).encode())
    assert err.value.code == "entry_mismatch"
