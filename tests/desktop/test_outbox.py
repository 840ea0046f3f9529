"""The station's one outbox (desktop/services/outbox.py): what an outside tester found in its LAN road and its
receipt files. Records are real signed rows in the station's SQLite file; the server is a stand-in that
stores what it is given and signs real study receipts, refusing the records it is told to."""
from __future__ import annotations

import json

import pytest

from desktop.services.sync_steps import SyncReport
from examcore.crypto.keys import SigningKey
from examcore.receipt import ReceiptError, receipt_file_bytes
from examcore.study.receipt import record_hash, sign_study_receipt
from tests.conftest import LEARNER

RECORDS = 500


class _Server:
    """Takes study records; refuses those whose ids it is given; signs a receipt for the rest."""

    def __init__(self, refuse: set[str]):
        self.key, self.refuse, self.batches = SigningKey.generate(), refuse, []

    def deliver(self, envelopes):
        return []

    def deliver_study(self, records):
        self.batches.append([json.loads(r["record"])["record_id"] for r in records])
        outcomes, held = [], []
        for r in records:
            rid = json.loads(r["record"])["record_id"]
            if rid in self.refuse:
                outcomes.append({"record_id": rid, "status": "refused", "detail": "a rule of the server"})
            else:
                outcomes.append({"record_id": rid, "status": "stored"})
                held.append((rid, record_hash(r["record"])))
        return outcomes, sign_study_receipt(held, "srv", self.key)


def _study(station, count: int) -> list[str]:
    """``count`` signed profile records (the only record kind needing no course), oldest first."""
    for n in range(count):
        with station.sessions.begin() as s:
            station.study.record_password_change(s, LEARNER[0], f"hash-{n}", n + 1)
    return [json.loads(r["record"])["record_id"] for r in station.outbox.pending_records(limit=None)]


def test_records_the_server_refuses_do_not_hold_back_the_others_and_are_sent_once(station):
    """Found by an outside tester: the LAN road always sent the 200 oldest waiting records and stopped when
    none of them was cleared, so 200 refused records at the head kept every later one here for good; fewer
    refused ones were sent, and reported, again with every batch (199 refused among 1,000: 1,001 requests)."""
    ids = _study(station, RECORDS)
    server = _Server(set(ids[:200]))
    station.outbox.trust_server(server.key.public_raw(), "centre")
    report = SyncReport()
    station.upward.deliver(server, report)
    assert station.outbox.count_records() == 200 and report.records_confirmed == RECORDS - 200
    assert sorted(r["id"] for r in report.refused) == sorted(ids[:200])   # each once
    assert sum(len(b) for b in server.batches) == RECORDS                # each sent once


def test_a_receipt_file_with_a_damaged_study_part_is_refused_whole(station):
    """Found by an outside tester: a study part that is not a receipt's text ({}, 12, "", null) was taken as
    no study part, and the results part applied: the file was half applied and the damage unsaid."""
    _study(station, 2)
    key = SigningKey.generate()
    station.outbox.trust_server(key.public_raw(), "centre")
    for damaged in ({"x": 1}, 12, "", None, ["a"]):
        data = json.dumps({**json.loads(receipt_file_bytes([])), "study_receipt": damaged}).encode()
        with pytest.raises(ReceiptError) as refused:
            station.outbox.apply_receipt_file(data)
        assert refused.value.code == "malformed"
    assert station.outbox.count_records() == 2


def test_another_stations_study_receipts_are_told_as_matching_nothing_here(station):
    """A receipt file with only study receipts, for another station's records: nothing cleared, and the file
    is said to match nothing here (the command then asks whether it is another station's), where it had
    looked like a file for nothing at all."""
    _study(station, 1)
    key = SigningKey.generate()
    station.outbox.trust_server(key.public_raw(), "centre")
    theirs = receipt_file_bytes([], sign_study_receipt([("someone-elses-record", "0" * 64)], "srv", key))
    cleared = station.outbox.apply_receipt_file(theirs)
    assert (cleared.records, cleared.records_unmatched) == ({}, 1) and station.outbox.count_records() == 1
    from desktop.services.outbox import LAST_RECEIPT_FILE
    from desktop.store.models import Setting
    with station.sessions() as s:   # it confirmed nothing: no "last confirmed by a receipt file"
        assert s.get(Setting, LAST_RECEIPT_FILE) is None
    from examcore.study.receipt import record_hash
    held = [(json.loads(r["record"])["record_id"], record_hash(r["record"]))
            for r in station.outbox.pending_records(limit=None)]
    assert station.outbox.apply_receipt_file(receipt_file_bytes([], sign_study_receipt(held, "srv", key))).records
    with station.sessions() as s:   # its own, by USB: `xuefa status` says when (it had said "never delivered")
        assert s.get(Setting, LAST_RECEIPT_FILE) is not None


def test_a_receipt_file_imported_again_says_its_results_were_confirmed_before(station):
    """Round 89: the same receipt file a second time said only "0 result(s) confirmed"."""
    from desktop.store.models import SealedResult
    from examcore.receipt import Receipt, sign_receipt
    from tests.server_fixtures import sit_exam
    sit_exam(station)
    with station.sessions() as s:
        sealed = s.query(SealedResult).one()
    key = SigningKey.generate()
    station.outbox.trust_server(key.public_raw(), "centre")
    data = receipt_file_bytes([sign_receipt(Receipt(sealed.result_id, sealed.content_hash, "2026-12-02T09:00:00Z",
                                                    "s", "80", "passed"), key)])
    first = station.outbox.apply_receipt_file(data)
    again = station.outbox.apply_receipt_file(data)
    assert (first.results, first.already) == (1, 0) and (again.results, again.already) == (0, 1)


def test_a_receipt_file_names_the_results_the_server_refused_and_why(station):
    """Issue 20 (round 91): a result refused on the USB road was only "still waiting" wherever the receipt
    file went back; the file now carries the server's signed refusals, told for this station's results only,
    and a file whose refusals another key signed is refused whole."""
    from desktop.store.models import SealedResult
    from examcore.receipt import sign_refusals
    from tests.server_fixtures import sit_exam
    sit_exam(station)
    with station.sessions() as s:
        sealed = s.query(SealedResult).one()
    key = SigningKey.generate()
    station.outbox.trust_server(key.public_raw(), "centre")
    refusals = sign_refusals([{"result_id": sealed.result_id, "reason": "unknown_package", "detail": "no package"},
                              {"result_id": "someone-elses", "reason": "malformed", "detail": ""}], key)
    told = station.outbox.apply_receipt_file(receipt_file_bytes([], refusals=refusals))
    assert [o["result_id"] for o in told.refused] == [sealed.result_id] and told.results == 0
    assert [p.result_id for p in station.outbox.pending_results()] == [sealed.result_id]   # it stays, evidence
    forged = sign_refusals([{"result_id": sealed.result_id, "reason": "malformed", "detail": ""}],
                           SigningKey.generate())
    with pytest.raises(ReceiptError):
        station.outbox.apply_receipt_file(receipt_file_bytes([], refusals=forged))
