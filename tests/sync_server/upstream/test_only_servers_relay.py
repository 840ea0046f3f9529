"""Only a lower server relays (found by an outside tester, issue 18's round): an ordinary station called
/relay/study with a certificate it had signed itself for a station never enrolled anywhere, and for a
station revoked here, and both records were stored. Every relay endpoint now takes only a lower server (its
device id is its signing key's fingerprint: identity.is_server), and a relayed item whose relayer is no
server is refused on every road (the relay's HTTP calls, a bundle carried by USB)."""
from __future__ import annotations

import json
from datetime import timedelta

import pytest
from sqlalchemy import select

from examcore import canonical
from examcore.bundle import export_bundle
from examcore.crypto.keys import SigningKey
from examcore.errors import BundleError
from examcore.study.records import RecordKind, StudyRecord as Record, sign_record
from sync_server.devices import approve_device, request_enrolment, revoke_device
from sync_server.identity import is_server, server_device_id
from sync_server.models import StudyRecord
from sync_server.upstream.bundles import import_bundle
from tests.conftest import LEARNER
from tests.sync_server.test_malformed_input import api  # noqa: F401  (fixture)


def _certificate(signer: SigningKey, device_id: str, key: SigningKey) -> dict:
    body = {"device_id": device_id, "public_key": canonical.b64e(key.public_raw()), "expires_at": "",
            "server_id": "whatever", "unit_id": "P"}
    return {**body, "signature": canonical.b64e(signer.sign(canonical.canonical_json(body)))}


def _record(api, key: SigningKey, record_id: str) -> dict:
    now = api.ctx.clock.now()
    return sign_record(Record(record_id=record_id, device_key=key.public_raw(), seq=1, learner_no=LEARNER[0],
                              plan_id="", kind=RecordKind.READING, category_id="c",
                              started_at=now - timedelta(minutes=10), ended_at=now, active_seconds=600,
                              course_id="reader-2026", chapter_id="r1"), key)


def _stored(api) -> list:
    with api.ctx.sessions() as s:
        return list(s.scalars(select(StudyRecord.record_id)))


def test_a_station_cannot_call_the_relay(api):
    station_key = api.device[1]
    ghost = SigningKey.generate()   # a station never enrolled anywhere
    revoked = SigningKey.generate()
    request_enrolment(api.ctx, "station-p-0002", revoked.public_raw())
    approve_device(api.ctx, "station-p-0002", unit_id="P")
    revoke_device(api.ctx, "station-p-0002")
    items = [{**_record(api, ghost, "ghost-r1"), "certificate": _certificate(station_key, "station-ghost", ghost)},
             {**_record(api, revoked, "revoked-r1"),
              "certificate": _certificate(station_key, "station-p-0002", revoked)}]
    calls = {"/api/v1/relay/study": {"items": items}, "/api/v1/relay/missing": {"ids": ["r1"]},
             "/api/v1/relay/summary": {"count": 0, "digest": "0" * 64},
             "/api/v1/relay/batch": {"items": [{"envelope": "e", "certificate": items[0]["certificate"]}]},
             "/api/v1/relay/reviews": {"items": []}}
    for path, body in calls.items():
        answer = api.signed("POST", path, json.dumps(body).encode())
        assert (answer.status_code, answer.json["error"]) == (403, "not_a_server"), path
    assert _stored(api) == []


def test_a_station_cannot_relay_by_usb_either(api, tmp_path):
    """The same records in a bundle the station signs, with certificates as a lower server's bundle has."""
    station_key = api.device[1]
    ghost = SigningKey.generate()
    study = [{**_record(api, ghost, "ghost-r2"), "certificate": _certificate(station_key, "station-ghost", ghost),
              "via": []}]
    path = tmp_path / "relayed.xfr"
    export_bundle(path, [], station_key, api.device[0], [], study, [], [])
    with pytest.raises(BundleError) as err:
        import_bundle(api.ctx, path.read_bytes())
    assert err.value.code == "not_a_server" and _stored(api) == []


def test_a_servers_device_id_names_its_key():
    key = SigningKey.generate()
    assert is_server(server_device_id(key.public_raw()), key.public_raw())
    assert not is_server(server_device_id(key.public_raw()), SigningKey.generate().public_raw())
    assert not is_server("station-p-0001", key.public_raw())


def test_a_rooms_code_enrols_no_server(api):
    """Found by a second outside round: a room's enrolment code, taken with a device id made from a key of
    one's own (a lower server's form), enrolled a "lower server" that then relayed made-up stations' records.
    A room's code is for an exam-room PC: it enrols no server, and is left unused."""
    from examcore.signed_request import sign_request
    from sync_server.devices import code_problem, create_code
    code = create_code(api.ctx, unit_id="P", room="第一考场")   # (unit P: the api fixture's)
    key = SigningKey.generate()
    device_id = server_device_id(key.public_raw())
    body = json.dumps({"device_id": device_id, "public_key": canonical.b64e(key.public_raw()), "code": code}).encode()
    answer = api.client.post("/api/v1/devices/enrol", data=body, headers={
        "Content-Type": "application/json", **sign_request(key, device_id, "POST", "/api/v1/devices/enrol", body)})
    assert (answer.status_code, answer.json["error"]) == (403, "code_for_a_room")
    relayed = api.signed("POST", "/api/v1/relay/study", json.dumps({"items": []}).encode(), key=key,
                         device_id=device_id)
    assert relayed.status_code in (401, 403) and _stored(api) == []
    # the code is still there for the PC it was made for
    assert code_problem(api.ctx, code, "room1-pc-01", SigningKey.generate().public_raw()) is None
