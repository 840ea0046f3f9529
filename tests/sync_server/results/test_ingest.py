"""Ingest of sealed results: verified end to end, re-graded, stored exactly once, refusals with reasons."""
from __future__ import annotations

import json
from datetime import timedelta

from sqlalchemy import func, select

from examcore import canonical
from examcore.receipt import read_receipt
from examcore.sealed import Envelope
from sync_server.devices import approve_device, request_enrolment, revoke_device
from sync_server.results.ingest import Ingest, Status
from sync_server.exams.packages import import_package
from sync_server.models import Alert, Device, Result
from tests.conftest import LEARNER, NEW_LEARNER
from tests.server_fixtures import on_roster, sit_exam


def _count(server, model) -> int:
    with server.sessions() as s:
        return s.scalar(select(func.count()).select_from(model))


def _alerts(server) -> list[str]:
    with server.sessions() as s:
        return [a.kind for a in s.scalars(select(Alert).order_by(Alert.id))]


def _ready(server, station, server_package, enrol: bool = True):
    import_package(server, server_package.read_bytes())
    on_roster(server, LEARNER[0], NEW_LEARNER[0])
    if enrol:
        request_enrolment(server, station.keys.device_id, station.keys.device_key.public_raw())
        approve_device(server, station.keys.device_id)
    return Ingest(server)


def test_a_result_is_verified_regraded_and_stored_once(server, station_for_server, server_package):
    ingest = _ready(server, station_for_server, server_package, enrol=False)
    receipt = sit_exam(station_for_server)
    [envelope] = station_for_server.outbox.pending_results()
    first = ingest.ingest(envelope.to_bytes(), "http")
    assert first.status is Status.REFUSED and first.reason == "device_not_enrolled"  # not approved yet
    assert _count(server, Result) == 0
    approve_device(server, station_for_server.keys.device_id)
    stored = ingest.ingest(envelope.to_bytes(), "http")
    assert stored.status is Status.STORED
    signed = read_receipt(stored.receipt, {server.keys.signing.public_raw()})
    assert (signed.result_id, signed.content_hash) == (receipt.result_id, receipt.content_hash)
    assert signed.server_score == receipt.grade.score_text  # re-graded from the answers, same score
    again = ingest.ingest(envelope.to_bytes(), "bundle")
    assert again.status is Status.DUPLICATE and again.receipt == stored.receipt
    assert _count(server, Result) == 1 and _alerts(server) == []


def _resign(envelope: Envelope, device_key, change) -> Envelope:
    meta = json.loads(envelope.signed)
    change(meta)
    signed = canonical.canonical_json(meta)
    return Envelope(signed, device_key.sign(signed))


def test_same_id_with_changed_content_is_a_conflict_and_an_alert(server, station_for_server, server_package):
    ingest = _ready(server, station_for_server, server_package)
    sit_exam(station_for_server)
    [envelope] = station_for_server.outbox.pending_results()
    assert ingest.ingest(envelope.to_bytes(), "http").status is Status.STORED
    changed = _resign(envelope, station_for_server.keys.device_key,
                      lambda m: m.update(submitted_at="2026-09-30T10:00:01+08:00"))
    outcome = ingest.ingest(changed.to_bytes(), "http")
    assert outcome.status is Status.CONFLICT and outcome.receipt is None
    assert ingest.ingest(changed.to_bytes(), "http").status is Status.CONFLICT   # again: no second alert
    assert sorted(_alerts(server)) == ["conflicting_upload", "result_held"]
    with server.sessions() as s:   # the original stays, held: which of the two came first was the station's choice
        row = s.get(Result, envelope.result_id)
        assert (row.content_hash, row.review, row.flags) == (envelope.content_hash, "held", "second_result")


def test_a_station_claiming_a_higher_score_is_regraded_and_reported(server, server_config, station_for_server,
                                                                    server_package):
    ingest = _ready(server, station_for_server, server_package)
    sit_exam(station_for_server, right=1)
    [envelope] = station_for_server.outbox.pending_results()
    boasting = _resign(envelope, station_for_server.keys.device_key, lambda m: m.update(station_score="100"))
    outcome = ingest.ingest(boasting.to_bytes(), "http")
    assert outcome.status is Status.STORED
    with server.sessions() as s:
        row = s.get(Result, envelope.result_id)
        assert row.station_score == "100" and row.server_score != "100"
    assert _alerts(server) == ["score_mismatch"]
    from click.testing import CliRunner

    from sync_server.cli import main
    with server.sessions() as s:   # English stored for the log and the API, its words beside it
        [alert] = s.scalars(select(Alert)).all()
        assert alert.detail.startswith("station said 100, re-graded ") and json.loads(alert.words)["template"]
    said = CliRunner().invoke(main, ["--instance", str(server_config.instance_dir), "status"],
                              env={"XUEFA_LANG": "zh_CN"})
    assert "考试机报 100 分，服务器重新评分为" in said.output and "station said" not in said.output, said.output


def test_refusals_name_their_reason_and_store_nothing(server, station_for_server, server_package):
    from examcore.crypto.keys import SigningKey
    ingest = _ready(server, station_for_server, server_package)
    device_id = station_for_server.keys.device_id
    sit_exam(station_for_server)
    [envelope] = station_for_server.outbox.pending_results()
    data = envelope.to_bytes()

    def reason(blob: bytes) -> str:
        outcome = ingest.ingest(blob, "http")
        assert outcome.status is Status.REFUSED, outcome
        return outcome.reason

    flipped = bytearray(envelope.signed)
    flipped[len(flipped) // 2] ^= 1
    assert reason(Envelope(bytes(flipped), envelope.signature).to_bytes()) in {"bad_signature", "malformed"}
    assert reason(b"{not json") == "malformed"
    assert reason(data[: len(data) // 2]) == "malformed"
    forged = _resign(envelope, SigningKey.generate(), lambda m: None)  # signed by another key, same device id
    assert reason(forged.to_bytes()) == "bad_signature"  # the envelope names the real key; the signature fails
    impostor = SigningKey.generate()
    stolen_id = _resign(envelope, impostor, lambda m: m["device"].update(public_key=canonical.b64e(impostor.public_raw())))
    assert reason(stolen_id.to_bytes()) == "device_key_mismatch"
    bad_paper = _resign(envelope, station_for_server.keys.device_key, lambda m: m.update(package_id="p-unknown"))
    assert reason(bad_paper.to_bytes()) == "unknown_package"
    # sealed for another server only (a package that never named this centre): said as that, even without the
    # package here, since importing the package could not help (issue 20)
    elsewhere = _resign(envelope, station_for_server.keys.device_key,
                        lambda m: m.update(package_id="p-unknown", recipients=[
                            dict(r, key_id="0" * len(r["key_id"])) for r in m["recipients"]]))
    assert reason(elsewhere.to_bytes()) == "not_a_recipient"
    server.clock.wall += timedelta(days=400)
    assert reason(data) == "certificate_expired"
    server.clock.wall -= timedelta(days=400)
    revoke_device(server, device_id)
    assert reason(data) == "device_revoked"
    assert _count(server, Result) == 0
    with server.sessions() as s:
        assert s.get(Device, device_id).status == "revoked"


def test_a_batch_with_the_same_result_twice_and_a_changed_copy(server, station_for_server, server_package):
    ingest = _ready(server, station_for_server, server_package)
    sit_exam(station_for_server)
    [envelope] = station_for_server.outbox.pending_results()
    changed = _resign(envelope, station_for_server.keys.device_key,
                      lambda m: m.update(submitted_at="2026-09-30T10:00:01+08:00"))
    outcomes = ingest.ingest_many([envelope.to_bytes(), envelope.to_bytes(), changed.to_bytes(), b"junk"], "http")
    assert [o.status for o in outcomes] == [Status.STORED, Status.DUPLICATE, Status.CONFLICT, Status.REFUSED]
    assert outcomes[0].receipt == outcomes[1].receipt
    assert _count(server, Result) == 1 and _alerts(server) == ["conflicting_upload", "result_held"]   # held: sealed twice


def test_a_result_short_of_the_exams_study_points_is_stored_with_an_alert(tmp_path, server, issuer, clock,
                                                                        roster_file):
    """Never refused (the learner's study records may still be on their way), but flagged for review."""
    import random

    from examcore.clock import utc_naive
    from examcore.exam import Eligibility
    from sync_server.devices import approve_device, request_enrolment
    from sync_server.directory.service import LearnerFields, put_learner, put_unit
    from sync_server.results.ingest import Ingest
    from sync_server.exams.packages import import_package
    from sync_server.models import Alert
    from tests.conftest import LEARNER, ready_station, write_package
    from tests.server_fixtures import make_envelopes, trust
    trust(server, issuer)
    package = write_package(tmp_path / "points.xfp", issuer, recipients=[server.keys.recipient()],
                            eligibility=Eligibility(min_study_points=50))
    import_package(server, package.read_bytes())
    now = utc_naive(server.clock.now())
    with server.sessions.begin() as s:
        put_unit(s, "U1", "市司法局", "unit", None, now)
        put_learner(s, LEARNER[0], LearnerFields("李四", "U1"), now)
    station = ready_station(tmp_path / "station", clock, issuer, roster_file, package)
    try:
        request_enrolment(server, station.keys.device_id, station.keys.device_key.public_raw())
        approve_device(server, station.keys.device_id)
        [envelope] = make_envelopes(station, 1, random.Random(3))
    finally:
        station.close()
    [outcome] = Ingest(server).ingest_many([envelope.to_bytes()], "test")
    assert outcome.status.value == "stored"
    with server.sessions() as s:
        alerts = [(a.kind, a.result_id) for a in s.query(Alert)]
        detail = s.query(Alert).filter_by(kind="points_short").one().detail
    assert alerts == [("points_short", envelope.result_id)] and "asks for 50" in detail and "holds 0" in detail


def test_a_device_note_the_server_wrote_is_said_in_words_also_as_older_servers_wrote_it():
    from examcore.cli_text import said
    from sync_server.devices import SENT_RESULTS, SENT_STUDY_RECORDS, note_words
    assert note_words("first seen delivering results") is SENT_RESULTS   # stored before 2026-12
    assert note_words("first seen delivering study records") is SENT_STUDY_RECORDS
    assert note_words(str(SENT_RESULTS)) is SENT_RESULTS
    assert note_words("机房二 3 号机") == "机房二 3 号机" and note_words(None) == ""   # a station's own name


def test_an_alert_stored_before_its_words_were_kept_is_said_in_the_readers_language(server, monkeypatch):
    """Alerts from before migration 0020 kept only their English: matched against the templates alerts are
    made from, they are said in Chinese too; an English line that matches none stays as it was."""
    from datetime import datetime
    from sync_server.models import Alert
    with server.sessions.begin() as s:
        old = Alert(kind="score_mismatch", detail="placeholder", created_at=datetime(2026, 11, 1))
        s.add(old)
        s.flush()
        old.detail, old.words = "station said 80, re-graded 78", None   # as an older server stored it
        other = Alert(kind="x", detail="something no template says", created_at=datetime(2026, 11, 1))
        outside = Alert(kind="password_change_outside_unit", created_at=datetime(2026, 11, 1),
                        detail="station S1 sent a new password for learner 2001, who is not in the units it "
                               "serves; not taken")
        s.add_all([other, outside])
        s.flush()
        outside.words = None
        monkeypatch.setenv("XUEFA_LANG", "zh_CN")
        assert old.said() == "考试机报 80 分，服务器重新评分为 78 分"
        assert outside.said().startswith("考试机 S1 发来了考生 2001 的新密码")
        assert other.said() == "something no template says"
        monkeypatch.setenv("XUEFA_LANG", "en")
        assert old.said() == "station said 80, re-graded 78"
