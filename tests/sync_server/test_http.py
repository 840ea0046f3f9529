"""The sync API over real HTTP: a server process (cheroot) on loopback and the station's own client."""
from __future__ import annotations

import json

import pytest
import requests

from examcore.sync_client import SyncClient, SyncError
from examcore.signed_request import sign_request
from sync_server.devices import create_code, revoke_device
from sync_server.exams.packages import import_package
from tests.server_fixtures import sit_exam
from tests.server_cli import server_cli


@pytest.fixture
def enrolled(server, live_server, station_for_server, server_package):
    import_package(server, server_package.read_bytes())
    client = SyncClient(live_server, station_for_server.keys)
    enrolment = client.enrol("第一考场 01号机", create_code(server))
    assert enrolment.status == "approved"
    station_for_server.outbox.trust_server(enrolment.server_key, live_server)
    return client


def test_enrol_deliver_and_the_receipts_clear_the_outbox(enrolled, station_for_server):
    receipt = sit_exam(station_for_server)
    outcomes = enrolled.deliver(station_for_server.outbox.pending_results())
    assert [(o["result_id"], o["status"]) for o in outcomes] == [(receipt.result_id, "stored")]
    assert station_for_server.outbox.clear_results([o["receipt"].encode() for o in outcomes]) == (1, 0)
    assert station_for_server.outbox.pending_results() == []
    # delivering again (a retry after a lost answer) is harmless: the stored receipt comes back
    from examcore.sealed import Envelope
    from desktop.store.models import SealedResult
    with station_for_server.sessions() as s:
        env = Envelope.from_bytes(s.get(SealedResult, receipt.result_id).envelope)
    assert enrolled.deliver([env])[0]["status"] == "duplicate"


def test_an_enrolment_code_works_once(server, live_server, station_for_server, tmp_path):
    from desktop.station import Station
    code = create_code(server)
    assert SyncClient(live_server, station_for_server.keys).enrol("a", code).status == "approved"
    other = Station.open(tmp_path / "other")
    from sync_server.models import AuditEntry, Device
    for wrong, said in ((code, "code_used"), ("AAAAA-BBBBB-CCCCC-DDDDD-EEEEE-FFFFF", "unknown_code")):
        with pytest.raises(SyncError) as err:
            SyncClient(live_server, other.keys).enrol("第二考场-02", wrong)
        assert err.value.code == said
        with server.sessions() as s:   # a refused code queues nothing under the name the PC gave (issue 20)
            assert s.get(Device, other.keys.device_id) is None
            assert s.query(AuditEntry).filter_by(action="device.enrol_code", outcome="refused",
                                                 detail=said).count() == 1
    assert SyncClient(live_server, other.keys).enrol("b").status == "pending"  # an admin can still approve it
    other.close()


def test_a_province_turns_a_station_asking_to_enrol_to_its_centre(server, live_server, station_for_server):
    """Without a code a station asks to wait for approval; at a province that would skip its centre: refused,
    nothing queued. With a code too (issue 20: an outside tester enrolled a station at the province with one
    and received the roster): the code is left unused, for a server below."""
    from sync_server.identity import TIER
    from sync_server.models import Device, Setting
    with server.sessions.begin() as s:
        s.add(Setting(key=TIER, value="province"))
    with pytest.raises(SyncError) as err:
        SyncClient(live_server, station_for_server.keys).enrol("第一考场 01号机")
    assert err.value.code == "enrol_at_centre"
    with server.sessions() as s:
        assert s.query(Device).count() == 0
    code = create_code(server, kind="server")   # what `devices code` makes at a province
    with pytest.raises(SyncError) as err:
        SyncClient(live_server, station_for_server.keys).enrol("x", code)
    assert err.value.code == "enrol_at_centre"
    with server.sessions() as s:
        assert s.query(Device).count() == 0
    from examcore.crypto.keys import SigningKey
    from sync_server.devices import code_problem
    from sync_server.identity import server_device_id
    centre = SigningKey.generate().public_raw()
    assert code_problem(server, code, server_device_id(centre), centre) is None   # still there for a centre


def test_a_replayed_request_is_refused(enrolled, live_server, station_for_server):
    sit_exam(station_for_server)
    [envelope] = station_for_server.outbox.pending_results()
    body = json.dumps({"envelopes": [envelope.to_bytes().decode()]}).encode()
    keys = station_for_server.keys
    headers = {"Content-Type": "application/json",
               **sign_request(keys.device_key, keys.device_id, "POST", "/api/v1/results/batch", body)}
    first = requests.post(live_server + "/api/v1/results/batch", data=body, headers=headers, timeout=10)
    assert first.status_code == 200
    replay = requests.post(live_server + "/api/v1/results/batch", data=body, headers=headers, timeout=10)
    assert replay.status_code == 401 and replay.json()["error"] == "replayed"
    other_body = body.replace(b"envelopes", b"envelopes ")
    tampered = requests.post(live_server + "/api/v1/results/batch", data=other_body,
                             headers={**headers, "X-Xuefa-Nonce": "f" * 32}, timeout=10)
    assert tampered.status_code == 401 and tampered.json()["error"] == "bad_signature"


class _PassedOn(requests.adapters.HTTPAdapter):
    """What nginx does when the host that took a request stops before answering: it sends the same bytes
    to another host (proxy_next_upstream). The first ``times`` sends here reach the server twice."""

    def __init__(self, times: int):
        super().__init__()
        self.times, self.sends = times, 0

    def send(self, request, **kwargs):
        self.sends += 1
        if self.times > 0:
            self.times -= 1
            super().send(request, **kwargs).close()   # the first host took it (and its nonce), then stopped
        return super().send(request, **kwargs)


def test_a_request_a_proxy_passed_on_is_signed_anew_once(enrolled, server, live_server, station_for_server):
    """The server refuses the passed-on copy as replayed; the client sends it once more, signed anew, and the
    result is stored once. A request refused as replayed twice running is not sent a third time."""
    from sync_server.models import Result
    receipt = sit_exam(station_for_server)
    session = requests.Session()
    session.mount("http://", passed := _PassedOn(times=1))
    client = SyncClient(live_server, station_for_server.keys, session=session)
    [outcome] = client.deliver(station_for_server.outbox.pending_results())
    # the first copy stored it; the copy passed on was refused; the one signed anew finds it there
    assert (outcome["result_id"], outcome["status"], passed.sends) == (receipt.result_id, "duplicate", 2)
    with server.sessions() as s:
        assert s.query(Result).filter_by(result_id=receipt.result_id).count() == 1
    session.mount("http://", always := _PassedOn(times=99))
    with pytest.raises(SyncError) as err:
        client.deliver(station_for_server.outbox.pending_results())
    assert (err.value.code, always.sends) == ("replayed", 2)


def test_unenrolled_and_revoked_stations_are_refused(server, live_server, station_for_server, enrolled, tmp_path):
    from desktop.station import Station
    stranger = Station.open(tmp_path / "stranger")
    sit_exam(station_for_server)
    with pytest.raises(SyncError) as err:  # another PC trying to deliver this station's results
        SyncClient(live_server, stranger.keys).deliver(station_for_server.outbox.pending_results())
    assert err.value.code == "device_not_enrolled"
    stranger.close()
    revoke_device(server, station_for_server.keys.device_id)
    with pytest.raises(SyncError) as err:
        enrolled.deliver(station_for_server.outbox.pending_results())
    assert err.value.code == "device_revoked"
    assert len(station_for_server.outbox.pending_results()) == 1  # nothing lost on the station


def test_bad_input_gets_a_clear_4xx_never_a_500(enrolled, live_server, station_for_server):
    keys = station_for_server.keys

    def post(body: bytes, path: str = "/api/v1/results/batch") -> requests.Response:
        headers = {"Content-Type": "application/json", **sign_request(keys.device_key, keys.device_id, "POST", path, body)}
        return requests.post(live_server + path, data=body, headers=headers, timeout=10)

    r = post(b"{not json")
    assert r.status_code == 400 and r.json()["error"] == "malformed_json"
    r = post(b'{"envelopes": ["x"], "extra": 1}')
    assert r.status_code == 422 and "extra" in r.json()["message"]
    r = post(b'{"envelopes": "not a list"}')
    assert r.status_code == 422 and r.json()["fields"][0]["field"] == "envelopes"
    r = post(b'{"envelopes": []}')
    assert r.status_code == 422
    r = post(json.dumps({"envelopes": ["garbage"]}).encode())
    assert r.status_code == 200 and r.json()["results"][0]["reason"] == "malformed"
    r = post(b"x" * (17 << 20))
    assert r.status_code == 413
    r = requests.post(live_server + "/api/v1/devices/enrol", data=b'{"device_id": 5}', timeout=10)
    assert r.status_code == 422
    assert requests.get(live_server + "/api/v1/nowhere", timeout=10).status_code == 404


def test_the_openapi_document_describes_the_api(live_server, server_config):
    doc = requests.get(live_server + "/api/v1/openapi.json", timeout=10).json()
    assert doc["openapi"].startswith("3.1")
    assert "additionalProperties" in json.dumps(doc["components"]["schemas"]["ResultsBatch"])
    # every route the server has is in the document, with its method
    import re

    from sync_server.app import create_app
    documented = {(method.upper(), path) for path, ops in doc["paths"].items() for method in ops}
    app = create_app(server_config)
    routes = {(method, re.sub(r"<(?:\w+:)?(\w+)>", r"{\1}", rule.rule.removeprefix("/api/v1")))
              for rule in app.url_map.iter_rules() if rule.rule.startswith("/api/v1")
              for method in rule.methods - {"HEAD", "OPTIONS"}}
    app.extensions["xuefa"].close()
    assert routes == documented


def test_station_commands_enrol_and_sync(server, server_config, live_server, station_for_server, server_package):
    import subprocess
    import sys
    from pathlib import Path
    root = Path(__file__).resolve().parents[2]

    def run(module, *args):
        return subprocess.run([sys.executable, "-m", module, *map(str, args)], cwd=root, capture_output=True,
                              text=True, timeout=120)
    import_package(server, server_package.read_bytes())
    sit_exam(station_for_server)
    data_dir = station_for_server.data_dir
    station_for_server.close()
    code_line = server_cli(server_config.instance_dir, "devices", "code").stdout
    code = code_line.split()[2]
    assert run("desktop.app", "--data-dir", data_dir, "sync").stderr.count("not enrolled") == 1
    enrol = run("desktop.app", "--data-dir", data_dir, "enrol", live_server, "--code", code, "--name", "01号机")
    assert enrol.returncode == 0 and enrol.stdout.startswith("approved"), enrol.stderr
    synced = run("desktop.app", "--data-dir", data_dir, "sync")
    assert synced.returncode == 0 and synced.stdout.startswith("delivered: 1 of 1 result(s) confirmed"), synced.stderr
    assert run("desktop.app", "--data-dir", data_dir, "sync").stdout.startswith("delivered: nothing waits")
    down = run("desktop.app", "--data-dir", data_dir, "enrol", "http://127.0.0.1:9", "--code", code)
    assert down.returncode == 1 and "cannot be reached" in down.stderr
