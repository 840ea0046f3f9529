"""The HTTP client of a station (or a lower server) for the server above it: enrolment and delivery,
every request signed with the device key."""
from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from email.utils import parsedate_to_datetime
from typing import Protocol
from urllib.parse import urlsplit

import requests
import urllib3

from examcore import canonical
from examcore.crypto.keys import Signer
from examcore.sealed import Envelope
from examcore.signed_request import sign_request
from examcore.tls_pin import (PinError, Pins, mismatch_in, mismatch_message, parse_fingerprint, session_for,
                              split_code)

BATCH = 100


class DeviceIdentity(Protocol):
    """Who signs: a station's keys, or a server's own identity towards its upstream."""

    @property
    def device_id(self) -> str: ...
    @property
    def device_key(self) -> Signer: ...


class SyncError(Exception):
    """The server could not be reached or refused the request (``code`` from its answer, or 'unreachable';
    'no_answer' when the request went out and no answer came back;
    'certificate_changed' when the server shows a certificate the pin does not accept, 'no_pin' and
    'plain_http' for an address that cannot be used safely)."""

    def __init__(self, code: str, message: str):
        # a device between station and server may answer {"error": ["busy"]}: a code is a name, or bad_answer
        if not isinstance(code, str) or not code.isidentifier() or len(code) > 40:
            message, code = f"{code!r:.80}: {message!s:.200}", "bad_answer"
        super().__init__(str(message)[:2000])
        self.code = code


@dataclass(frozen=True)
class Enrolment:
    status: str            # approved | pending
    server_key: bytes
    message: str
    results_key_id: str | None = None   # the server's results key, as packages name their recipients


def secret_and_pin(code: str | None, fingerprint: str | None) -> tuple[str | None, str | None]:
    """An enrolment code's secret and the certificate fingerprint to pin: ``fingerprint`` if given, else the one
    the code's last four groups carry (None: plain HTTP on loopback). Raises SyncError (the PinError's code)
    for a code or fingerprint that is not one."""
    try:
        secret, code_pin = split_code(code) if code else (None, None)
        return secret, parse_fingerprint(fingerprint) if fingerprint else code_pin
    except PinError as exc:
        raise SyncError(exc.code, str(exc)) from exc


def _error_code(response: requests.Response) -> str | None:
    try:
        payload = response.json()
    except ValueError:
        return None
    return payload.get("error") if isinstance(payload, dict) else None


API_PATH = "/api/v1"   # every route's prefix on the server


def server_address(url: str) -> str:
    """A server's address as the clients keep it: no trailing slash, and no /api/v1 (the path every request
    adds itself; `serve` once printed its address with it, and an address copied so was refused in English:
    issue 20, round 93)."""
    url = url.rstrip("/")
    return url[: -len(API_PATH)].rstrip("/") if url.endswith(API_PATH) else url


class SyncClient:
    """``pins``: the server's certificate (examcore.tls_pin), required for https://; ``on_seen`` is told
    the fingerprint met at each new connection; ``proxy`` an explicit http://host:port proxy (the system's
    is never used). Raises SyncError (no_pin, plain_http, bad_proxy) for an address that cannot be used."""

    def __init__(self, base_url: str, keys: DeviceIdentity, session: requests.Session | None = None,
                 timeout: float = 15.0, pins: Pins | None = None, on_seen=None, proxy: str | None = None):
        self.base_url = server_address(base_url)
        self._prefix = urlsplit(self.base_url).path
        self._keys = keys
        if session is None:
            try:
                session = session_for(self.base_url, pins, on_seen, proxy)
            except PinError as exc:
                raise SyncError(exc.code, str(exc)) from exc
        self._http = session
        self._timeout = timeout
        self.server_time: datetime | None = None   # the Date of the server's last answer (station time mark)
        self._http.hooks["response"].append(self._note_server_time)

    def _note_server_time(self, response: requests.Response, *_args, **_kwargs) -> None:
        """The server's Date header (RFC 9110: always UTC). One that names no zone ("-0000", or two headers
        joined by a proxy that added its own) is not used: a station compares it with aware times."""
        try:
            seen = parsedate_to_datetime(response.headers["Date"])
        except (KeyError, TypeError, ValueError, IndexError):
            return
        if seen.tzinfo is not None and seen.utcoffset() is not None:
            self.server_time = seen

    def _request(self, method: str, path: str, body: bytes = b"", signed: bool = True) -> requests.Response:
        response = self._send(method, path, body, signed)
        if signed and response.status_code == 401 and _error_code(response) == "replayed":
            # this client signs every send anew and sends none twice: a nonce already taken means a proxy in
            # front passed this request on to another host after the first had taken it and stopped (nginx's
            # proxy_next_upstream, a province on several hosts). Every station and relay request does its
            # work once by the ids it carries (results, records, actions), so it is sent once more, signed anew.
            response = self._send(method, path, body, signed)
        return response

    def _send(self, method: str, path: str, body: bytes, signed: bool) -> requests.Response:
        headers = {"Content-Type": "application/json"}
        if signed:
            headers.update(sign_request(self._keys.device_key, self._keys.device_id, method,
                                        self._prefix + API_PATH + path, body))
        try:
            return self._http.request(method, f"{self.base_url}{API_PATH}{path}", data=body, headers=headers,
                                      timeout=self._timeout)
        except requests.RequestException as exc:
            if (found := mismatch_in(exc)) is not None:
                raise SyncError("certificate_changed", mismatch_message(self.base_url, found)) from exc
            if self.base_url.startswith("https://") and isinstance(exc, requests.exceptions.SSLError) and \
                    "WRONG_VERSION_NUMBER" in str(exc).upper().replace(" ", "_"):
                # a server that answers, without encryption (`serve --no-tls`, or another program): said so, not
                # "check the cable" (round 89)
                raise SyncError("plain_server", f"{self.base_url} answered without encryption: {exc}") from exc
            if isinstance(exc, requests.exceptions.ProxyError):
                raise SyncError("proxy_failed", f"the proxy did not reach {self.base_url}: {exc}") from exc
            if self.base_url.startswith("http://") and isinstance(exc, requests.ConnectionError) and \
                    isinstance(exc.args[0] if exc.args else None, urllib3.exceptions.ProtocolError):
                # the connection was taken and dropped at the first words: a server that speaks only TLS
                raise SyncError("closed_plain", f"{self.base_url} took the connection and closed it: {exc}") from exc
            if isinstance(exc, requests.exceptions.ReadTimeout) or (
                    isinstance(exc, requests.ConnectionError)
                    and isinstance(exc.args[0] if exc.args else None, urllib3.exceptions.ProtocolError)):
                # the request went out and no answer came back (the server stopped, or the line dropped): it
                # may have arrived, so "cannot be reached" would mislead (issue 20)
                raise SyncError("no_answer", f"the server at {self.base_url} took the request but no answer came "
                                             f"back: {exc}") from exc
            raise SyncError("unreachable", f"the server at {self.base_url} cannot be reached: {exc}") from exc

    def _call(self, method: str, path: str, body: bytes = b"", signed: bool = True) -> tuple[int, dict]:
        response = self._request(method, path, body, signed)
        try:
            payload = response.json()
        except ValueError:
            payload = {"error": "not_xuefa", "message": f"HTTP {response.status_code} without a Xuefa answer"}
        if not isinstance(payload, dict):   # [] or 5: no Xuefa server answers so
            payload = {"error": "bad_answer", "message": f"HTTP {response.status_code} with a JSON {type(payload).__name__}"}
        if response.status_code in (502, 503, 504) and payload.get("error") in ("not_xuefa", "bad_answer"):
            # a proxy or gateway in front answered itself: the server behind it stopped or is busy (a
            # province on several hosts behind nginx), not "another computer at that address"
            payload = {"error": "gateway", "message": f"HTTP {response.status_code} from a proxy or gateway in "
                                                       f"front of {self.base_url}, without the server's answer"}
        return response.status_code, payload

    def _ok(self, method: str, path: str, ask: dict | None = None, signed: bool = True) -> dict:
        """The answer to a call that must succeed (HTTP 200); SyncError with the server's code otherwise."""
        status, payload = self._call(method, path, json.dumps(ask).encode() if ask is not None else b"", signed)
        if status != 200:
            raise SyncError(payload.get("error", "error"), payload.get("message", f"HTTP {status}"))
        return payload

    def close(self) -> None:
        """Close this client's connections."""
        self._http.close()

    def health(self) -> dict:
        return _read("Health", self._ok("GET", "/health", signed=False))

    def enrol(self, name: str = "", code: str | None = None) -> Enrolment:
        body = json.dumps({"device_id": self._keys.device_id, "public_key": canonical.b64e(self._keys.device_key.public_raw()),
                           "name": name, **({"code": code} if code else {})}).encode()
        status, payload = self._call("POST", "/devices/enrol", body)
        if status not in (200, 202):
            raise SyncError(payload.get("error", "error"), payload.get("message", f"HTTP {status}"))
        _read("EnrolResponse", payload)
        key_id = payload.get("results_key_id")
        return Enrolment(payload["status"], canonical.b64d(payload["server_key"]), payload["message"],
                         key_id if isinstance(key_id, str) and key_id else None)

    def deliver(self, envelopes: list[Envelope]) -> list[dict]:
        """Deliver in batches; returns one outcome per envelope (status, reason, receipt)."""
        outcomes: list[dict] = []
        for start in range(0, len(envelopes), BATCH):
            chunk = envelopes[start:start + BATCH]
            payload = _read("ResultsBatchResponse", self._ok(
                "POST", "/results/batch", {"envelopes": [e.to_bytes().decode("utf-8") for e in chunk]}))
            outcomes += _outcomes(payload, len(chunk), ("result_id", "status"))
        return outcomes

    def deliver_study(self, records: list[dict[str, str]]) -> tuple[list[dict], str]:
        """Signed study records; returns one outcome per record and the server's signed receipt."""
        payload = _read("StudyBatchResponse", self._ok("POST", "/sync/study", {"records": records}))
        if not isinstance(payload.get("receipt"), str):
            raise SyncError("bad_answer", "the answer to the study records has no receipt")
        return _outcomes(payload, len(records), ("record_id", "status")), payload["receipt"]

    def study_file(self, file_id: str) -> bytes:
        """A study plan, course or practice file (signed by its issuer: the caller checks it)."""
        response = self._request("GET", f"/study-files/{file_id}")   # ids are ASCII (kind:hex)
        if response.status_code != 200:
            raise SyncError("study_file_missing", f"the server could not give study file {file_id} "
                                                  f"(HTTP {response.status_code})")
        return response.content

    def check_in(self, learner_no: str, station_key: bytes | None = None, report: dict | None = None,
                 reopen: bool = False) -> dict:
        """A learner at this station: their sitting today (and its content key, sealed to ``station_key``,
        once the proctor has started it). ``reopen``: only the key of an attempt the server knows began here
        (a restarted station; a server before this refuses the field: invalid_message)."""
        body = {"learner_no": learner_no, **({"station_key": canonical.b64e(station_key)} if station_key else {}),
                **({"report": report} if report else {}), **({"reopen": True} if reopen else {})}
        return _read("CheckInResponse", self._ok("POST", "/sittings/check-in", body))

    def changes(self, after: int, undelivered: list[str] | None = None) -> dict:
        """One page of the server's change feed after the cursor (verify it with examcore.change_feed);
        ``undelivered``: a station's attempts not yet delivered, told to its server (None: not a station)."""
        ask: dict = {"after": after, **({"undelivered": undelivered} if undelivered is not None else {})}
        return _read("ChangesPage", self._ok("POST", "/sync/changes", ask))

    # --- a lower server relaying to the one above it (sync_server/upstream): each call once, by its ids ---

    def relay_missing(self, ids: list[str], kind: str = "result") -> list[str]:
        """Which of these results (``kind`` "study": study records) the server above lacks (a subset of
        ``ids``). An upstream of an earlier version asked about study records answers SyncError
        invalid_message."""
        ask: dict = {"ids": ids, **({"kind": kind} if kind != "result" else {})}   # as an earlier version asked
        missing = _read("RelayMissingResponse", self._ok("POST", "/relay/missing", ask))["missing"]
        if not set(missing) <= set(ids):
            raise SyncError("bad_answer", "the answer to which records are missing names records not asked about")
        return list(dict.fromkeys(missing))   # each once: a repeated id would be sent and counted twice

    def relay_batch(self, items: list[dict]) -> list[dict]:
        """Station envelopes with their certificate chains; one outcome per item (result_id, status)."""
        return _outcomes(_read("ResultsBatchResponse", self._ok("POST", "/relay/batch", {"items": items})), len(items),
                         ("result_id", "status"))

    def relay_summary(self, count: int, digest: str, kind: str = "result") -> tuple[bool, int]:
        """Whether the server above holds the same results (``kind`` "study": study records) from this server
        as this one holds (count and digest of their hashes), and how many it holds."""
        answer = self.relay_totals(count, digest, kind)
        return answer["match"], answer["count"]

    def relay_totals(self, count: int, digest: str, kind: str = "result") -> dict:
        """relay_summary's whole answer: {"match", "count", "digest"} (the digest of what the server above
        holds from this server)."""
        ask: dict = {"count": count, "digest": digest, **({"kind": kind} if kind != "result" else {})}
        return _read("RelaySummaryResponse", self._ok("POST", "/relay/summary", ask))

    def relay_study(self, items: list[dict]) -> list[dict]:
        """Station study records with their certificate chains; one outcome per item (record_id, status)."""
        return _outcomes(_read("StudyRelayResponse", self._ok("POST", "/relay/study", {"items": items})), len(items),
                         ("record_id", "status"))

    def relay_reviews(self, items: list[dict]) -> list[dict]:
        """This server's review decisions; one outcome per item (result_id, outcome)."""
        return _outcomes(_read("RelayReviewsResponse", self._ok("POST", "/relay/reviews", {"items": items})),
                         len(items), ("result_id", "outcome"))

    def package(self, package_id: str) -> bytes:
        """A package file (signed by its issuer: the caller checks it)."""
        response = self._request("GET", f"/packages/{package_id}")
        if response.status_code != 200:
            raise SyncError("package_missing", f"the server could not give package {package_id} "
                                               f"(HTTP {response.status_code})")
        return response.content


def _read(model: str, payload: dict) -> dict:
    """``payload`` when it is the answer ``model`` (examcore.api_messages) describes; SyncError bad_answer
    otherwise, so a proxy's page or another program's JSON never reaches the code that clears an outbox or
    opens an exam. The models are imported on first use (pydantic is not needed to start a station)."""
    from pydantic import ValidationError

    from examcore import api_messages
    try:
        getattr(api_messages, model).model_validate(payload, strict=True)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first.get("loc", ())) or "the answer"
        raise SyncError("bad_answer", f"the server's answer is not a {model}: {where}: {first.get('msg', '')}") from None
    return payload


def _outcomes(payload: dict, count: int, keys: tuple[str, ...]) -> list[dict]:
    """The answer's "results": one dict per item sent, each with ``keys`` as text (SyncError bad_answer
    otherwise: a proxy's page or another program's JSON never reaches the code that clears an outbox)."""
    results = payload.get("results")
    if not isinstance(results, list) or len(results) != count or not all(
            isinstance(r, dict) and all(isinstance(r.get(k), str) for k in keys) for r in results):
        raise SyncError("bad_answer", f"the server's answer does not give one outcome per item sent ({count})")
    return results
