"""Results and study records are taken in by one protocol (sync_server/intake.py; issue 18, Deliver 3): the
same deliveries give the same outcomes for both kinds: a station delivers only its own, only while enrolled
here; an item is stored once, a second copy is a duplicate; the receipts name what is held."""
from __future__ import annotations

import random
from datetime import timedelta

import pytest
from sqlalchemy import select

from examcore.receipt import read_receipt
from examcore.study.receipt import read_study_receipt
from examcore.study.records import RecordKind, StudyRecord as Record, sign_record
from sync_server.devices import approve_device, request_enrolment, revoke_device
from sync_server.exams.packages import import_package
from sync_server.intake import Delivery, Status
from sync_server.models import Device
from sync_server.results.ingest import Ingest
from sync_server.study.service import StudyIntake
from tests.conftest import LEARNER
from tests.server_fixtures import make_envelopes, on_roster


def _items(kind: str, station, server) -> list:
    if kind == "result":
        return [e.to_bytes() for e in make_envelopes(station, 2, random.Random(11))]
    now = server.clock.now()
    key = station.keys.device_key
    return [sign_record(Record(record_id=f"{station.keys.device_id}-r{n}", device_key=key.public_raw(), seq=n + 1,
                               learner_no=LEARNER[0], plan_id="", kind=RecordKind.READING, category_id="c",
                               started_at=now - timedelta(minutes=10), ended_at=now, active_seconds=600,
                               course_id="reader-2026", chapter_id="r1"), key) for n in range(2)]


def _held_by_receipts(kind: str, intake, outcomes, server) -> set[str]:
    trusted = {server.keys.signing.public_raw()}
    if kind == "result":
        return {read_receipt(r, trusted).result_id for r in intake.receipts(outcomes)}
    return {record_id for r in intake.receipts(outcomes) for record_id in read_study_receipt(r, trusted)}


@pytest.mark.parametrize("kind", ["result", "study"])
def test_both_kinds_take_the_same_deliveries_the_same_way(kind, server, station_for_server, server_package):
    import_package(server, server_package.read_bytes())
    on_roster(server, LEARNER[0])
    station = station_for_server
    device_id, key = station.keys.device_id, station.keys.device_key.public_raw()
    intake = Ingest(server) if kind == "result" else StudyIntake(server)
    assert intake.kind == kind
    items = _items(kind, station, server)
    by_file = Delivery("bundle", device_id, key=key)

    unknown = intake.take(items, by_file)   # never seen here: refused, and remembered as a request
    assert {(o.status, o.reason) for o in unknown} == {(Status.REFUSED, "device_not_enrolled")}
    assert _held_by_receipts(kind, intake, unknown, server) == set()
    with server.sessions() as s:
        assert s.scalar(select(Device.status).where(Device.device_id == device_id)) == "pending"

    approve_device(server, device_id)
    first = intake.take(items[:1], by_file)
    both = intake.take(items, by_file)
    assert [o.status for o in first] == [Status.STORED]
    assert [o.status for o in both] == [Status.DUPLICATE, Status.STORED]
    assert _held_by_receipts(kind, intake, both, server) == {o.item_id for o in both}

    request_enrolment(server, "room9-pc-99", b"\x01" * 32)   # another station delivering this one's
    approve_device(server, "room9-pc-99")
    foreign = intake.take(items, Delivery("http", "room9-pc-99", key=b"\x01" * 32))
    assert {(o.status, o.reason) for o in foreign} == {(Status.REFUSED, "device_mismatch")}

    revoke_device(server, device_id)
    revoked = intake.take(items, by_file)
    assert {(o.status, o.reason) for o in revoked} == {(Status.REFUSED, "device_revoked")}
    assert [o.to_dict()["status"] for o in revoked] == ["refused", "refused"]   # as sent: the plain word
