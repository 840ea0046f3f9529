"""The desktop admin UI's connection to a Xuefa server's admin API (an administrator's login: unit, centre
or provincial admin; every answer is already limited to their subtree by the server). Calls block: run
them off the GUI thread."""
from __future__ import annotations

import json
from collections.abc import Callable

from urllib.parse import quote

import requests

from examcore.cli_text import words_said
from examcore.tls_pin import PinError, Pins, mismatch_in, mismatch_message, session_for

ADMIN_ROLES = ("unit_admin", "centre_admin", "provincial_admin")
# seconds to wait for the answer to a roster import: each new learner's one-time password verifier takes
# about a tenth of a second on the server (argon2id), so 20,000 take half an hour on two cores; the usual
# 30 s had ended the wait after ~250 new learners while the server went on and added them (their slips lost)
ROSTER_IMPORT_WAIT = 3 * 3600
BANK_IMPORT_WAIT = 600   # a bank of 50,000 questions is read in seconds, a large Word file in tens of them


class AdminError(Exception):
    """codes: unreachable, no_answer (the request went out and no answer came back in time: it may have
    been done), wrong_login, account_disabled, busy, too_many_requests, proctor_only, forbidden, not_found,
    must_change_password, and the server's own."""

    def __init__(self, code: str, message: str, payload: dict | None = None):
        super().__init__(message)
        self.code, self.message, self.payload = code, message, payload or {}


class AdminClient:
    """``pins``: the server's certificate (examcore.tls_pin), required for https://. Raises AdminError
    (no_pin, plain_http) for an address that cannot be used safely; certificate_changed when the server
    shows another certificate."""

    def __init__(self, base_url: str, timeout: float = 30, pins: Pins | None = None):
        self.base_url = base_url.rstrip("/")
        self._timeout = timeout
        try:
            self._http = session_for(self.base_url, pins)
        except PinError as exc:
            raise AdminError(exc.code, str(exc)) from exc
        self.role, self.unit_id, self.username = "", "", ""
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

    def _call(self, method: str, path: str, **kw) -> dict:
        return self._send(method, path, **kw).json()

    def login(self, username: str, password: str) -> None:
        answer = self._call("POST", "/admin/login", json={"username": username, "password": password})
        if answer["role"] not in ADMIN_ROLES:   # a proctor's account runs sittings, not the administration
            raise AdminError("proctor_only", "this account is a proctor's")
        self._http.headers["Authorization"] = f"Bearer {answer['token']}"
        self.role, self.unit_id, self.username = answer["role"], answer["unit_id"], username
        self.must_change_password = bool(answer.get("must_change_password"))

    # --- accounts ------------------------------------------------------------------------------------

    def change_password(self, old: str, new: str) -> None:
        """AdminError wrong_password, same_password or weak_password (its message says what the rule needs)."""
        self._call("POST", "/admin/me/password", json={"old_password": old, "new_password": new})
        self.must_change_password = False

    def admins(self) -> list[dict]:
        """The administrator accounts this admin manages."""
        return self._call("GET", "/admin/admins")["admins"]

    def reset_admin_password(self, username: str) -> str:
        return self._call("POST", f"/admin/admins/{_seg(username)}/reset-password")["initial_password"]

    def set_admin_disabled(self, username: str, disabled: bool) -> dict:
        return self._call("POST", f"/admin/admins/{_seg(username)}/{'disable' if disabled else 'enable'}")

    def set_admin_role(self, username: str, role: str) -> dict:
        return self._call("PUT", f"/admin/admins/{_seg(username)}/role", json={"role": role})

    def logout_all(self, username: str) -> int:
        return self._call("POST", f"/admin/admins/{_seg(username)}/logout-all")["ended"]

    def audit(self, before: int | None = None, action: str = "", outcome: str = "") -> dict:
        """A page of the security log, newest first: {entries: [...], more}."""
        params = {k: v for k, v in (("before", before), ("action", action), ("outcome", outcome)) if v}
        return self._call("GET", "/admin/audit", params=params)

    # --- reports -------------------------------------------------------------------------------------

    def units(self) -> list[dict]:
        return self._call("GET", "/admin/units")["units"]

    def exams(self) -> list[dict]:
        return self._call("GET", "/admin/exams")["exams"]

    def flagged_results(self, rule: str | None = None, review: str = "held") -> dict:
        """Results held back by the acceptance rules: {results, held: counts per rule, rules}."""
        return self._call("GET", "/admin/flagged-results", params={"review": review, **({"rule": rule} if rule else {})})

    def decide(self, result_id: str, decision: str, reason: str) -> dict:
        """accept or reject a held result, with the reason (the server logs who and when)."""
        return self._call("POST", f"/admin/flagged-results/{result_id}/decision",
                          json={"decision": decision, "reason": reason})["result"]

    def unit_report(self, exam_id: str, unit_id: str | None = None, leaders: bool = False) -> dict:
        params = {"exam_id": exam_id, **({"unit_id": unit_id} if unit_id else {}), **({"leaders": "1"} if leaders else {})}
        return self._call("GET", "/admin/reports/units", params=params)

    def items(self, exam_id: str) -> list[dict]:
        """Item analysis over every result of the exam (top administrators): facility, discrimination,
        how often each option was chosen."""
        return self._call("GET", "/admin/reports/items", params={"exam_id": exam_id})["items"]

    def summary(self, unit_id: str | None = None) -> list[dict]:
        return self._call("GET", "/admin/reports/summary", params={"unit_id": unit_id} if unit_id else {})["units"]

    # --- question banks (the top provincial administrator) -------------------------------------------

    def banks(self) -> list[dict]:
        return self._call("GET", "/admin/banks")["banks"]

    def questions(self, bank: str, retired: bool = False, words: str = "") -> list[dict]:
        out: list[dict] = []
        while True:
            page = self._call("GET", "/admin/questions", params={"bank": bank, "after": out[-1]["id"] if out else "",
                                                                 "retired": "1" if retired else "", "q": words})
            out += page["questions"]
            if not page["more"]:
                return out

    def edit_question(self, question_id: str, fields: dict) -> dict:
        return self._call("PUT", f"/admin/questions/{_seg(question_id)}", json=fields)

    def retire_question(self, question_id: str, retired: bool = True) -> dict:
        return self._call("POST", f"/admin/questions/{_seg(question_id)}/{'retire' if retired else 'restore'}")

    def question_history(self, question_id: str) -> list[dict]:
        return self._call("GET", f"/admin/questions/{_seg(question_id)}/history")["versions"]

    def build_exam(self, exam: dict, bank: str, recipients: list[str], makeup_of: str | None = None) -> dict:
        return self._call("POST", "/admin/exams/build", json={"exam": exam, "bank": bank, "recipients": recipients,
                                                               "makeup_of": makeup_of})

    # --- roster --------------------------------------------------------------------------------------

    def learners(self, unit_id: str | None = None, below: bool = False) -> list[dict]:
        """A unit's learners (``below``: with the units under it), or all in the admin's subtree."""
        out, after = [], ""
        scope = {"unit_id": unit_id, **({"below": "1"} if below else {})} if unit_id else {}
        while True:
            page = self._call("GET", "/admin/learners", params={"after": after, **scope})
            out += page["learners"]
            if not page["more"]:
                return out
            after = out[-1]["learner_no"]

    def import_questions(self, paths: list, bank: str, dry_run: bool, accept_valid: bool = False,
                         update: bool = False) -> dict:
        """Bank files into ``bank`` (the import-questions report); AdminError("import_problems"), its
        payload the report, when a real import stored nothing."""
        from pathlib import Path
        files = [("file", (Path(p).name, Path(p).read_bytes())) for p in paths]
        flags = {"bank": bank, "dry_run": int(dry_run), "accept_valid": int(accept_valid), "update": int(update)}
        return self._call("POST", "/admin/questions/import", params=flags, files=files, wait=BANK_IMPORT_WAIT)

    def import_roster(self, data: bytes, name: str) -> dict:
        """An Excel roster; AdminError("roster_problems"), its payload listing every problem: nothing changed."""
        return self._call("POST", "/admin/roster/import", data=data, params={"name": name},
                          headers={"Content-Type": "application/octet-stream"}, wait=ROSTER_IMPORT_WAIT)

    def export_roster(self, unit_id: str | None = None) -> bytes:
        return self._send("GET", "/admin/roster/export", params={"unit_id": unit_id} if unit_id else {}).content

    def reset_password(self, learner_no: str) -> dict:
        return self._call("POST", f"/admin/learners/{_seg(learner_no)}/reset-password")

    def archive(self, learner_no: str) -> dict:
        return self._call("GET", f"/admin/learners/{_seg(learner_no)}/archive")

    # --- this server: devices and syncing ------------------------------------------------------------

    def devices(self) -> list[dict]:
        return self._call("GET", "/admin/devices")["devices"]

    def approve(self, device_id: str, unit_id: str) -> dict:
        return self._call("POST", f"/admin/devices/{_seg(device_id)}/approve", json={"unit_id": unit_id})

    def revoke(self, device_id: str) -> dict:
        return self._call("POST", f"/admin/devices/{_seg(device_id)}/revoke")

    def status(self) -> dict:
        return self._call("GET", "/admin/status")

    def sync_upstream(self, progress: Callable[[dict], None]) -> dict:
        """Runs the upstream sync; ``progress`` gets each {"stage", "done", "total"} line as it comes.
        Returns the outcome; raises AdminError if the upstream could not be reached or refused."""
        answer = self._send("POST", "/admin/sync-upstream", stream=True)
        for raw in answer.iter_lines():
            if not raw:
                continue
            line = json.loads(raw)
            if "finished" in line:
                return line["finished"]
            if "failed" in line:   # payload "relayed": {"sent", "already_there"} when results went up before
                raise AdminError(line["failed"]["code"], line["failed"]["message"], line["failed"])
            progress(line)
        raise AdminError("unreachable", "the sync stopped before it finished; run it again to resume")

    def import_bundle(self, data: bytes) -> dict:
        return self._call("POST", "/admin/bundles/import", data=data,
                          headers={"Content-Type": "application/octet-stream"})

    def export_bundle(self) -> tuple[bytes, int]:
        answer = self._send("POST", "/admin/bundles/export")
        return answer.content, int(answer.headers.get("X-Xuefa-Results", "0"))

    def import_receipts(self, data: bytes) -> dict:
        return self._call("POST", "/admin/receipts/import", data=data,
                          headers={"Content-Type": "application/octet-stream"})


def _seg(value: object) -> str:
    """A value as one segment of a URL path: a learner number 110101001000%31 or a?b must name itself, not
    another learner (%31 is "1") or a query."""
    return quote(str(value), safe="")
