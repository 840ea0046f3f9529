"""Malformed input of any shape gets a 4xx with a stable error code, never a 5xx; every answer carries the
security headers. Driven through the real app (Flask's test client, real SQLite and PostgreSQL), first at
the endpoints anyone may call (login, enrolment), then signed station requests, then the admin's."""
from __future__ import annotations

import json

import pytest

from examcore import canonical
from examcore.bundle import FORMAT, VERSION
from examcore.clock import utc_naive
from examcore.crypto.keys import SigningKey
from examcore.signed_request import sign_request
from sync_server.admins import create_admin
from sync_server.app import SECURITY_HEADERS, create_app
from sync_server.devices import approve_device, request_enrolment
from sync_server.directory.service import put_unit
from tests.server_fixtures import DATABASES

PASSWORD = "Admin-pass-2026"
DEEP = b"[" * 100_000 + b"]" * 100_000
DEEP_OBJECT = b'{"a":' * 100_000 + b"1" + b"}" * 100_000


class Api:
    """The app with a logged-in top administrator and an enrolled station of unit P."""

    def __init__(self, config):
        self.app = create_app(config)
        self.ctx = self.app.extensions["xuefa"]
        now = utc_naive(self.ctx.clock.now())
        with self.ctx.sessions.begin() as s:
            put_unit(s, "P", "示范省", "province", None, now)
            create_admin(s, "root", PASSWORD, "provincial_admin", "P", now, must_change_password=False)
        self.device = ("station-p-0001", SigningKey.generate())
        request_enrolment(self.ctx, self.device[0], self.device[1].public_raw())
        approve_device(self.ctx, self.device[0], unit_id="P")
        self.client = self.app.test_client()
        token = self.client.post("/api/v1/admin/login", json={"username": "root", "password": PASSWORD}).json["token"]
        self.admin = {"Authorization": f"Bearer {token}"}

    def signed(self, method: str, path: str, body: bytes, key: SigningKey | None = None, device_id: str | None = None):
        headers = {"Content-Type": "application/json",
                   **sign_request(key or self.device[1], device_id or self.device[0], method, path, body)}
        return self.client.open(path, method=method, data=body, headers=headers)

    def close(self):
        self.ctx.close()


@pytest.fixture
def api(server_config):
    a = Api(server_config)
    yield a
    a.close()


def refused(answer, status: int | tuple[int, ...], code: str | None = None) -> None:
    statuses = status if isinstance(status, tuple) else (status,)
    assert answer.status_code in statuses, (answer.status_code, answer.get_data()[:300])
    body = answer.get_json()
    assert body["error"] and body["message"], body
    if code is not None:
        assert body["error"] == code, body


def signed_bundle(manifest: dict | None = None, outer: dict | None = None) -> bytes:
    """A bundle signed by a key of the sender's own choosing: anyone can make one."""
    key = SigningKey.generate()
    fields = {"format": FORMAT, "version": VERSION, "bundle_id": "b-1", "created_at": "2026-11-30T00:00:00Z",
              "sender": {"id": "st-1", "public_key": canonical.b64e(key.public_raw())}, "entries": [],
              **(manifest or {})}
    signed = canonical.canonical_json(fields)
    return json.dumps({"manifest": canonical.b64e(signed), "signature": canonical.b64e(key.sign(signed)),
                       "envelopes": [], **(outer or {})}).encode()


def test_unauthenticated_endpoints_refuse_every_malformed_shape(api):
    for path in ("/api/v1/admin/login", "/api/v1/devices/enrol"):
        post = (lambda body: api.client.post(path, data=body, content_type="application/json"))
        refused(post(DEEP), 413)                    # more than anyone unauthenticated may send
        refused(post(DEEP[:20_000] + DEEP[-20_000:]), 400, "too_deep")
        refused(post(DEEP_OBJECT[:30_000]), 400, "too_deep")
        refused(post(b" " * (1 << 20)), 413)
        refused(post(b'{"username": 9223372036854775808, "device_id": 18446744073709551616}'), 422,
                "number_out_of_range")
        refused(post(b'{"username": 1e999}'), 422, "number_out_of_range")
        refused(post(b'{"username": NaN}'), 400, "malformed_json")
        refused(post(b'{"username": "a\\u0000", "password": "x", "device_id": "a\\u0000b"}'), 400, "bad_characters")
        refused(post(b'{"username": "\\ud800", "password": "x"}'), 400, "bad_characters")
        for body in (b"[]", b"null", b'"x"', b"5", b'{"username": [], "device_id": {}}'):
            refused(post(body), 422, "invalid_message")
        refused(post(b"\xff\xfe\x00"), 400, "malformed_json")
        refused(post(b""), 400, "malformed_json")
    assert api.client.post("/api/v1/admin/login", json={"username": "😀", "password": "x"}).status_code == 401
    # a key that is not base64, or not 32 bytes: named as such, before any signature check
    station = SigningKey.generate()
    for public_key in ("!" * 44, "密" * 44, "A" * 43 + "=", canonical.b64e(b"\x01" * 40)):
        body = json.dumps({"device_id": "station-x-01", "public_key": public_key}).encode()
        answer = api.signed("POST", "/api/v1/devices/enrol", body, station, "station-x-01")
        refused(answer, (401, 422))


def test_signed_station_requests_refuse_every_malformed_shape(api):
    from sync_server.identity import server_device_id
    lower = SigningKey.generate()   # the relay's calls come from a lower server (only one may make them)
    request_enrolment(api.ctx, server_device_id(lower.public_raw()), lower.public_raw())
    approve_device(api.ctx, server_device_id(lower.public_raw()), unit_id="P")
    for path in ("/api/v1/sync/changes", "/api/v1/sittings/check-in", "/api/v1/results/batch", "/api/v1/relay/summary",
                 "/api/v1/relay/missing", "/api/v1/relay/batch", "/api/v1/sync/study", "/api/v1/relay/study"):
        sender = ({"key": lower, "device_id": server_device_id(lower.public_raw())} if "/relay/" in path else {})
        refused(api.signed("POST", path, DEEP, **sender), 400, "too_deep")
        refused(api.signed("POST", path, b'{"after": 9223372036854775808, "count": 9223372036854775808}', **sender), 422,
                "number_out_of_range")
        refused(api.signed("POST", path, b'{"after": 9223372036854775807, "count": -1, "learner_no": "\\udfff"}',
                           **sender), (400, 422))
        refused(api.signed("POST", path, b'{"learner_no": "1", "report": {"answered": 9223372036854775807, '
                                         b'"irregularities": {"x": 9223372036854775807}}}', **sender), 422)
    refused(api.signed("POST", "/api/v1/sittings/check-in", b'{"learner_no": "1", "station_key": "!!!!"}'), 422,
            "invalid_message")
    for body in (DEEP, b"[]", b'"x"', b'{"header": [], "payload": 5}', b'{"signed": [], "signature": 5}', b"\xff"):
        answer = api.signed("PUT", "/api/v1/results/r-1", body)   # the envelope itself: refused as malformed
        assert (answer.status_code, answer.json["reason"]) == (422, "malformed"), body[:20]
    answer = api.signed("POST", "/api/v1/results/batch", json.dumps(
        {"envelopes": ["[]", "5", "null", '{"format": 5}', '{"header": [], "payload": 5}', "[" * 5000]}).encode())
    assert answer.status_code == 200
    assert {r["status"] for r in answer.json["results"]} == {"refused"}


def test_malformed_signature_headers_are_refused(api):
    import time

    from examcore.signed_request import _message
    body, path = b'{"after": 0}', "/api/v1/sync/changes"
    good = sign_request(api.device[1], api.device[0], "POST", path, body)
    for name, value in (("X-Xuefa-Time", "9" * 400), ("X-Xuefa-Time", "1e5"), ("X-Xuefa-Time", "١٢٣"),
                        ("X-Xuefa-Nonce", "n" * 5000), ("X-Xuefa-Device", "d" * 5000),
                        ("X-Xuefa-Signature", "密"), ("X-Xuefa-Signature", "AAAA")):
        answer = api.client.post(path, data=body, headers={**good, name: value, "Content-Type": "application/json"})
        refused(answer, 401)
    # a nonce longer than any the server keeps, properly signed by the station itself
    moment, nonce = str(int(time.time())), "n" * 5000
    signature = api.device[1].sign(_message("POST", path, body, moment, nonce, api.device[0]))
    answer = api.client.post(path, data=body, headers={
        "X-Xuefa-Time": moment, "X-Xuefa-Nonce": nonce, "X-Xuefa-Device": api.device[0],
        "X-Xuefa-Signature": canonical.b64e(signature), "Content-Type": "application/json"})
    refused(answer, 401, "unsigned")


def test_bundle_and_receipt_imports_refuse_malformed_files(api):
    def bundle(body: bytes):
        return api.client.post("/api/v1/admin/bundles/import", data=body, headers=api.admin)
    for body in (signed_bundle({"entries": 5}),                                           # the four shapes
                 signed_bundle({"sender": {"id": {"a": 1}, "public_key": "AAAA"}}),       # that gave 503
                 signed_bundle({"study": 5}, {"study": 5}),
                 b'{"manifest": 5, "signature": "x"}',
                 signed_bundle({"entries": ["x"]}, {"envelopes": ["y"]}),
                 signed_bundle({"entries": [{"result_id": "r", "content_hash": "h"}]}, {"envelopes": [5]}),
                 signed_bundle({"bundle_id": None}), signed_bundle({"format": {"a": 1}}),
                 signed_bundle({"study": [{"sha256": "0"}]}, {"study": [{"record": 5}]}),
                 b"[1]", b'"x"', b"PK\x03\x04", b"", DEEP[:50_000] + DEEP[-50_000:]):
        answer = bundle(body)
        refused(answer, (400, 422))
        answer = api.client.post("/api/v1/admin/receipts/import", data=body, headers=api.admin)
        refused(answer, (400, 422))


def test_addresses_and_queries_with_nul_or_nonsense_are_refused(api):
    for url in ("/api/v1/admin/learners?after=%00", "/api/v1/admin/learners/%00", "/api/v1/admin/results?exam_id=%00",
                "/api/v1/admin/roster/export?unit_id=%00", "/api/v1/admin/questions?bank=%00",
                "/api/v1/admin/reports/items?exam_id=%00", "/api/v1/admin/units/%00"):
        refused(api.client.get(url, headers=api.admin), (400, 405), None)
    refused(api.client.put("/api/v1/admin/learners/%00", json={"name": "x", "unit_id": "P"}, headers=api.admin), 400,
            "bad_characters")
    refused(api.client.put("/api/v1/admin/learners/110101001", json={"name": "x\u0000", "unit_id": "P"},
                           headers=api.admin), 400, "bad_characters")
    for url in ("/api/v1/admin/sittings?date=2026-13-45", "/api/v1/admin/sittings?date=%ff",
                "/api/v1/admin/learners/" + "x" * 5000, "/api/v1/admin/reports/units?exam_id=x&unit_id=" + "é" * 3000):
        assert 400 <= api.client.get(url, headers=api.admin).status_code < 500, url


def test_a_roster_file_name_of_any_length_is_only_a_label(api):
    for name in ("a" * 300, "名" * 100, "a.xlsx" * 60, "..", "x/../../y.xls"):
        answer = api.client.post("/api/v1/admin/roster/import", query_string={"name": name}, data=b"PK\x03\x04junk",
                                 headers=api.admin)
        refused(answer, 422, "roster_problems")


def test_every_answer_carries_the_security_headers(api):
    answers = [api.client.get("/api/v1/health"), api.client.get("/api/v1/openapi.json"),
               api.client.get("/api/v1/nowhere"), api.client.get("/api/v1/admin/units"),
               api.client.get("/api/v1/admin/units", headers=api.admin),
               api.client.post("/api/v1/admin/login", data=DEEP, content_type="application/json"),
               api.client.post("/api/v1/admin/login", json={"username": "root", "password": "wrong"}),
               api.client.get("/api/v1/admin/roster/export", headers=api.admin),
               api.client.delete("/api/v1/health"),
               api.signed("POST", "/api/v1/sync/changes", b'{"after": 0}')]
    assert [a.status_code for a in answers] == [200, 200, 404, 401, 200, 413, 401, 200, 405, 200]
    for answer in answers:
        for name, value in SECURITY_HEADERS.items():
            assert answer.headers.get(name) == value, (answer.status_code, name)
    assert SECURITY_HEADERS["Cache-Control"] == "no-store"
    assert SECURITY_HEADERS["X-Content-Type-Options"] == "nosniff"


@pytest.mark.parametrize("database_url", DATABASES[-1:], indirect=True)
def test_schemathesis_finds_no_server_error(api):
    """Property-based requests from the OpenAPI document, to every operation: as the schema says and
    deliberately not (schemathesis' negative mode), with credentials (the admin's token, the station's
    signature) and without. Derandomized, ten examples per operation, 15 to 40 s; run once, on
    PostgreSQL when the suite has it (stricter: NUL, 32-bit columns, string lengths), else SQLite."""
    import schemathesis
    from hypothesis import HealthCheck, given, settings, strategies as st
    schema = schemathesis.openapi.from_wsgi("/api/v1/openapi.json", api.app)
    errors: list[tuple] = []
    count = 0
    for result in schema.get_all_operations():
        operation = result.ok()
        security = json.dumps(operation.definition.raw.get("security", []))
        if operation.path == "/admin/logout":   # would end the token the other operations use
            continue

        @settings(max_examples=10, derandomize=True, database=None, deadline=None,
                  suppress_health_check=list(HealthCheck))
        @given(case=st.one_of(operation.as_strategy(),
                              operation.as_strategy(generation_mode=schemathesis.GenerationMode.NEGATIVE)),
               credentials=st.booleans())
        def send(case, credentials):
            nonlocal count
            request = case.as_transport_kwargs()
            request.pop("base_url", None)
            headers = request.pop("headers", {})
            if "json" in request:
                request["data"] = json.dumps(request.pop("json")).encode()
                headers["Content-Type"] = "application/json"
            if credentials and "deviceSignature" in security:
                headers.update(sign_request(api.device[1], api.device[0], request["method"], request["path"],
                                            request.get("data") or b""))
            if credentials and "adminToken" in security:
                headers.update(api.admin)
            answer = api.client.open(headers=headers, **request)
            count += 1
            if answer.status_code >= 500:
                errors.append((request["method"], request["path"], request.get("query_string"),
                               (request.get("data") or b"")[:300], answer.get_data()[:300]))
        send()
    assert count > 250
    assert errors == []
