"""An administrator's login to a Xuefa server's admin API: the one transport of the admin window and the
proctor's console (both log in with a user name and password and carry the bearer token), with one error
type. Calls block: run them off the GUI thread."""
from __future__ import annotations

from urllib.parse import quote

import requests
from pydantic import ValidationError

from examcore import api_messages as m
from examcore.api_messages import Answer
from examcore.cli_text import Words, said, words_said
from examcore.tls_pin import PinError, Pins, mismatch_in, mismatch_message, session_for
from examcore.sync_client import server_address


class AdminError(Exception):
    """codes: unreachable, no_answer (the request went out and no answer came back in time: it may have
    been done), certificate_changed, bad_answer (not a Xuefa server's JSON: a web login page, a proxy), wrong_login, account_disabled, busy, too_many_requests, proctor_only, forbidden, not_found,
    must_change_password, and the server's own."""

    def __init__(self, code: str, message: str, payload: dict | None = None):
        super().__init__(message)
        self.code, self.message, self.payload = code, message, payload or {}


class AdminSession:
    """``pins``: the server's certificate (examcore.tls_pin), required for https://. Raises AdminError
    (no_pin, plain_http) for an address that cannot be used safely; certificate_changed when the server
    shows another certificate. ``timeout``: seconds to connect and for the usual answer."""

    def __init__(self, base_url: str, timeout: float = 30, pins: Pins | None = None):
        self.base_url = server_address(base_url)
        self._timeout = timeout
        try:
            self._http = session_for(self.base_url, pins)
        except PinError as exc:
            raise AdminError(exc.code, str(exc)) from exc
        self.username = ""
        self.must_change_password = False

    def _send(self, method: str, path: str, wait: float | None = None, **kw) -> requests.Response:
        """``wait``: seconds for the answer, when this call's work takes longer than the usual timeout."""
        timeout = (self._timeout, wait) if wait else self._timeout
        try:
            answer = self._http.request(method, f"{self.base_url}/api/v1{path}", timeout=timeout, **kw)
        except requests.RequestException as exc:
            if (found := mismatch_in(exc)) is not None:
                raise AdminError("certificate_changed", mismatch_message(self.base_url, found)) from exc
            if isinstance(exc, requests.exceptions.ReadTimeout):   # it went out: it may have been done
                raise AdminError("no_answer", f"the server at {self.base_url} took the request but gave no answer "
                                              f"in time") from exc
            raise AdminError("unreachable", f"the server at {self.base_url} cannot be reached") from exc
        if answer.status_code >= 400:
            try:
                payload = answer.json()
            except ValueError:
                payload = {}
            if not isinstance(payload, dict):
                payload = {}
            if answer.status_code in (502, 504) and "error" not in payload and method != "GET":
                # a proxy in front gave up waiting for the server (nginx's proxy_read_timeout), which may
                # still be doing it: not "refused"
                raise AdminError("no_answer", f"a proxy in front of {self.base_url} gave up waiting for the server's "
                                              f"answer (HTTP {answer.status_code})", payload)
            message = str(payload.get("message") or f"HTTP {answer.status_code}")
            # the server's words in this side's language when it sent them (only templates we know)
            raise AdminError(str(payload.get("error") or f"http_{answer.status_code}"),
                             words_said(message, payload.get("words")), payload)
        return answer

    def _call(self, method: str, path: str, model: type[Answer], **kw) -> dict:
        """The server's JSON answer, checked against ``model`` (its model in examcore/api_messages.py, the one
        the server's API document names) before anything reads it: AdminError bad_answer when it does not fit
        (an older or foreign server), never a KeyError deep in a window. Returned as the dict it came as
        (fields a newer server added are kept for whoever knows them)."""
        answer = self._send(method, path, **kw)
        try:
            payload = answer.json()
        except ValueError:   # a proxy's page, or another program at that address
            payload = None
        if not isinstance(payload, dict):
            raise AdminError("bad_answer", f"HTTP {answer.status_code} from {self.base_url} without a Xuefa answer")
        try:
            model.model_validate(payload)
        except ValidationError as exc:
            raise self._off_model(f"{method} {path.split('?')[0]}", exc) from exc
        return payload

    def _off_model(self, call: str, exc: ValidationError) -> AdminError:
        """AdminError bad_answer for an answer that does not fit its model, said in the user's language."""
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"]) or "-"
        return AdminError("bad_answer", said(Words(
            "the answer of {server} to {call} is not what this version of Xuefa reads ({where}: {why}); the server "
            "may be of another version: ask its administrator", server=self.base_url, call=call, where=where,
            why=first["msg"])))

    def _log_in(self, username: str, password: str) -> dict:
        """The server's answer to the login: {token, role, unit_id, must_change_password}."""
        return self._call("POST", "/admin/login", m.AdminLoginResponse, json={"username": username, "password": password})

    def _carry(self, answer: dict, username: str) -> None:
        """Carry the login's token on every later call."""
        self._http.headers["Authorization"] = f"Bearer {answer['token']}"
        self.username = username
        self.must_change_password = bool(answer.get("must_change_password"))

    def change_password(self, old: str, new: str) -> None:
        """A new or reset account's first step (its token opens nothing else until then). AdminError
        wrong_password, same_password or weak_password (its message says what the rule needs)."""
        self._call("POST", "/admin/me/password", m.Acknowledged, json={"old_password": old, "new_password": new})
        self.must_change_password = False


def path_segment(value: object) -> str:
    """A value as one segment of a URL path: a learner number 110101001000%31 or a?b must name itself, not
    another learner (%31 is "1") or a query."""
    return quote(str(value), safe="")
