"""The proctor's connection to the centre server's sitting API (an administrator login with the proctor
role). Every action is signed with this station's enrolled device key (examcore.proctor_action): the
centre refuses unsigned ones, and stations check the signature before applying. Calls block: run them off
the GUI thread."""
from __future__ import annotations

from urllib.parse import quote

import requests

from examcore.proctor_action import sign_action
from examcore.tls_pin import PinError, Pins, mismatch_in, mismatch_message, session_for


class ProctorError(Exception):
    """codes: unreachable, not_logged_in, forbidden, not_found, and the sitting refusals (already_started,
    not_started, closed, not_seated, seat_closed, bad_action)."""

    def __init__(self, code: str, message: str):
        super().__init__(message)
        self.code, self.message = code, message


class ProctorClient:
    """``pins``: the centre's certificate (examcore.tls_pin), required for https://; raises ProctorError
    (no_pin, plain_http, certificate_changed) like AdminClient."""

    def __init__(self, base_url: str, identity=None, timeout: float = 10,
                 pins: Pins | None = None):  # identity: DeviceIdentity
        self.base_url = base_url.rstrip("/")
        self._identity = identity
        self._timeout = timeout
        try:
            self._http = session_for(self.base_url, pins)
        except PinError as exc:
            raise ProctorError(exc.code, str(exc)) from exc
        self.username = ""
        self.must_change_password = False

    def _call(self, method: str, path: str, body: dict | None = None) -> dict:
        try:
            answer = self._http.request(method, f"{self.base_url}/api/v1{path}", json=body, timeout=self._timeout)
        except requests.RequestException as exc:
            if (found := mismatch_in(exc)) is not None:
                raise ProctorError("certificate_changed", mismatch_message(self.base_url, found)) from exc
            raise ProctorError("unreachable", f"the centre server at {self.base_url} cannot be reached") from exc
        try:
            payload = answer.json()
        except ValueError:
            payload = {}
        if answer.status_code >= 400:
            raise ProctorError(payload.get("error", f"http_{answer.status_code}"),
                               payload.get("message", f"HTTP {answer.status_code}"))
        return payload

    def login(self, username: str, password: str) -> None:
        answer = self._call("POST", "/admin/login", {"username": username, "password": password})
        self._http.headers["Authorization"] = f"Bearer {answer['token']}"
        self.username = username
        self.must_change_password = bool(answer.get("must_change_password"))

    def change_password(self, old: str, new: str) -> None:
        """A new or reset account's first step (its token opens nothing else until then)."""
        self._call("POST", "/admin/me/password", {"old_password": old, "new_password": new})
        self.must_change_password = False

    def sittings(self) -> list[dict]:
        return self._call("GET", "/admin/sittings")["sittings"]

    def sitting(self, sitting_id: str) -> dict:
        return self._call("GET", f"/admin/sittings/{_seg(sitting_id)}")

    def _signed(self, sitting_id: str, kind: str, learner_no: str | None = None, minutes: int = 0,
                reason: str = "") -> dict | None:
        if self._identity is None:
            return None   # the centre answers "unsigned", and the console says why
        return sign_action(self._identity.device_key, self._identity.device_id, sitting_id, kind, learner_no,
                           minutes, reason)

    def start(self, sitting_id: str) -> dict:
        return self._call("POST", f"/admin/sittings/{_seg(sitting_id)}/start",
                          {"signed": self._signed(sitting_id, "start")})

    def act(self, sitting_id: str, kind: str, learner_no: str | None = None, minutes: int = 0,
            reason: str = "") -> dict:
        return self._call("POST", f"/admin/sittings/{_seg(sitting_id)}/actions",
                          {"kind": kind, "learner_no": learner_no, "minutes": minutes, "reason": reason,
                           "signed": self._signed(sitting_id, kind, learner_no, minutes, reason)})

    def move_seat(self, sitting_id: str, learner_no: str, reason: str, device_id: str | None = None) -> dict:
        """Free the learner's seat from the station it is bound to (or bind it to ``device_id``)."""
        return self._call("POST", f"/admin/sittings/{_seg(sitting_id)}/move-seat",
                          {"learner_no": learner_no, "device_id": device_id, "reason": reason,
                           "signed": self._signed(sitting_id, "move_seat", learner_no, reason=reason)})

    def missing(self, sitting_id: str, learner_no: str, reason: str) -> dict:
        return self._call("POST", f"/admin/sittings/{_seg(sitting_id)}/missing",
                          {"learner_no": learner_no, "reason": reason,
                           "signed": self._signed(sitting_id, "missing", learner_no, reason=reason)})

    def close(self, sitting_id: str) -> dict:
        return self._call("POST", f"/admin/sittings/{_seg(sitting_id)}/close",
                          {"signed": self._signed(sitting_id, "close")})

    def start_code(self, sitting_id: str) -> dict:
        """{start_code, sitting}: for starting stations with no LAN (the server logs who asked)."""
        return self._call("GET", f"/admin/sittings/{_seg(sitting_id)}/start-code")


def _seg(value: object) -> str:
    """A value as one segment of a URL path: a learner number 110101001000%31 or a?b must name itself, not
    another learner (%31 is "1") or a query."""
    return quote(str(value), safe="")
