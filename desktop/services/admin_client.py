"""The desktop admin UI's connection to a Xuefa server's admin API (an administrator's login: unit, centre
or provincial admin; every answer is already limited to their subtree by the server). Calls block: run
them off the GUI thread."""
from __future__ import annotations

import json
from collections.abc import Callable

from pydantic import ValidationError

from desktop.services.admin_session import AdminError, AdminSession, path_segment
from examcore import api_messages as m
from examcore.tls_pin import Pins

ADMIN_ROLES = ("unit_admin", "centre_admin", "provincial_admin")
# seconds to wait for the answer to a roster import: each new learner's one-time password verifier takes
# about a tenth of a second on the server (argon2id), so 20,000 take half an hour on two cores; the usual
# 30 s had ended the wait after ~250 new learners while the server went on and added them (their slips lost)
ROSTER_IMPORT_WAIT = 3 * 3600
BANK_IMPORT_WAIT = 600   # a bank of 50,000 questions is read in seconds, a large Word file in tens of them


class AdminClient(AdminSession):
    """The admin window's calls (unit, centre or provincial administrator)."""

    def __init__(self, base_url: str, timeout: float = 30, pins: Pins | None = None):
        super().__init__(base_url, timeout, pins)
        self.role, self.unit_id = "", ""

    def login(self, username: str, password: str) -> None:
        answer = self._log_in(username, password)
        if answer["role"] not in ADMIN_ROLES:   # a proctor's account runs sittings, not the administration
            raise AdminError("proctor_only", "this account is a proctor's")
        self._carry(answer, username)
        self.role, self.unit_id = answer["role"], answer["unit_id"]

    # --- accounts ------------------------------------------------------------------------------------

    def admins(self) -> list[dict]:
        """The administrator accounts this admin manages."""
        return self._call("GET", "/admin/admins", m.AdminAccountList)["admins"]

    def reset_admin_password(self, username: str) -> str:
        return self._call("POST", f"/admin/admins/{path_segment(username)}/reset-password", m.AdminPasswordReset)["initial_password"]

    def set_admin_disabled(self, username: str, disabled: bool) -> dict:
        return self._call("POST", f"/admin/admins/{path_segment(username)}/{'disable' if disabled else 'enable'}",
                          m.AdminAccountOut)

    def set_admin_role(self, username: str, role: str) -> dict:
        return self._call("PUT", f"/admin/admins/{path_segment(username)}/role", m.AdminAccountOut, json={"role": role})

    def logout_all(self, username: str) -> int:
        return self._call("POST", f"/admin/admins/{path_segment(username)}/logout-all", m.LoggedOutAll)["ended"]

    def audit(self, before: int | None = None, action: str = "", outcome: str = "") -> dict:
        """A page of the security log, newest first: {entries: [...], more}."""
        params = {k: v for k, v in (("before", before), ("action", action), ("outcome", outcome)) if v}
        return self._call("GET", "/admin/audit", m.AuditPage, params=params)

    # --- reports -------------------------------------------------------------------------------------

    def units(self) -> list[dict]:
        return self._call("GET", "/admin/units", m.UnitList)["units"]

    def exams(self) -> list[dict]:
        return self._call("GET", "/admin/exams", m.ExamList)["exams"]

    def flagged_results(self, rule: str | None = None, review: str = "held", unit_id: str | None = None,
                        exam_id: str | None = None) -> dict:
        """Results held back by the acceptance rules: {results, held: counts per rule, rules}; ``unit_id``: of
        learners in that unit or below it; ``exam_id``: of that exam."""
        params = {"review": review, **({"rule": rule} if rule else {}), **({"unit_id": unit_id} if unit_id else {}),
                  **({"exam_id": exam_id} if exam_id else {})}
        return self._call("GET", "/admin/flagged-results", m.FlaggedList, params=params)

    def decide(self, result_id: str, decision: str, reason: str) -> dict:
        """accept or reject a held result, with the reason (the server logs who and when): {"result": the
        result as decided, "now_counting": ids of the learner's other results that count now (a rejection gave
        back the attempt they were held for)}."""
        return self._call("POST", f"/admin/flagged-results/{path_segment(result_id)}/decision", m.ReviewDone,
                          json={"decision": decision, "reason": reason})

    def unit_report(self, exam_id: str, unit_id: str | None = None, leaders: bool = False) -> dict:
        params = {"exam_id": exam_id, **({"unit_id": unit_id} if unit_id else {}), **({"leaders": "1"} if leaders else {})}
        return self._call("GET", "/admin/reports/units", m.UnitReportOut, params=params)

    def items(self, exam_id: str) -> list[dict]:
        """Item analysis over every result of the exam (top administrators): facility, discrimination,
        how often each option was chosen."""
        return self._call("GET", "/admin/reports/items", m.ItemAnalysis, params={"exam_id": exam_id})["items"]

    def summary(self, unit_id: str | None = None) -> list[dict]:
        return self._call("GET", "/admin/reports/summary", m.UnitSummary, params={"unit_id": unit_id} if unit_id else {})["units"]

    # --- question banks (the top provincial administrator) -------------------------------------------

    def banks(self) -> list[dict]:
        return self._call("GET", "/admin/banks", m.BankList)["banks"]

    def questions(self, bank: str, retired: bool = False, words: str = "") -> list[dict]:
        out: list[dict] = []
        while True:
            page = self._call("GET", "/admin/questions", m.QuestionPage, params={"bank": bank, "after": out[-1]["id"] if out else "",
                                                                 "retired": "1" if retired else "", "q": words})
            out += page["questions"]
            if not page["more"]:
                return out

    def edit_question(self, question_id: str, fields: dict) -> dict:
        return self._call("PUT", f"/admin/questions/{path_segment(question_id)}", m.QuestionEdited, json=fields)

    def retire_question(self, question_id: str, retired: bool = True) -> dict:
        return self._call("POST", f"/admin/questions/{path_segment(question_id)}/{'retire' if retired else 'restore'}",
                          m.QuestionEdited)

    def question_history(self, question_id: str) -> list[dict]:
        return self._call("GET", f"/admin/questions/{path_segment(question_id)}/history", m.QuestionHistory)["versions"]

    def build_exam(self, exam: dict, bank: str, recipients: list[str], makeup_of: str | None = None) -> dict:
        return self._call("POST", "/admin/exams/build", m.BuiltExam, json={"exam": exam, "bank": bank, "recipients": recipients,
                                                               "makeup_of": makeup_of})

    # --- roster --------------------------------------------------------------------------------------

    def learners(self, unit_id: str | None = None, below: bool = False) -> list[dict]:
        """A unit's learners (``below``: with the units under it), or all in the admin's subtree."""
        out, after = [], ""
        scope = {"unit_id": unit_id, **({"below": "1"} if below else {})} if unit_id else {}
        while True:
            page = self._call("GET", "/admin/learners", m.LearnerPage, params={"after": after, **scope})
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
        return self._call("POST", "/admin/questions/import", m.BankImportOut, params=flags, files=files, wait=BANK_IMPORT_WAIT)

    def import_roster(self, data: bytes, name: str) -> dict:
        """An Excel roster; AdminError("roster_problems"), its payload listing every problem: nothing changed."""
        return self._call("POST", "/admin/roster/import", m.RosterImported, data=data, params={"name": name},
                          headers={"Content-Type": "application/octet-stream"}, wait=ROSTER_IMPORT_WAIT)

    def export_roster(self, unit_id: str | None = None) -> bytes:
        return self._send("GET", "/admin/roster/export", params={"unit_id": unit_id} if unit_id else {}).content

    def reset_password(self, learner_no: str) -> dict:
        return self._call("POST", f"/admin/learners/{path_segment(learner_no)}/reset-password", m.LearnerPassword)

    def archive(self, learner_no: str) -> dict:
        return self._call("GET", f"/admin/learners/{path_segment(learner_no)}/archive", m.Archive)

    # --- this server: devices and syncing ------------------------------------------------------------

    def devices(self) -> list[dict]:
        return self._call("GET", "/admin/devices", m.DeviceList)["devices"]

    def approve(self, device_id: str, unit_id: str) -> dict:
        return self._call("POST", f"/admin/devices/{path_segment(device_id)}/approve", m.DeviceOut, json={"unit_id": unit_id})

    def revoke(self, device_id: str) -> dict:
        return self._call("POST", f"/admin/devices/{path_segment(device_id)}/revoke", m.DeviceOut)

    def status(self) -> dict:
        return self._call("GET", "/admin/status", m.ServerStatus)

    def sync_upstream(self, progress: Callable[[dict], None]) -> dict:
        """Runs the upstream sync; ``progress`` gets each {"stage", "done", "total"} line as it comes.
        Returns the outcome; raises AdminError if the upstream could not be reached or refused."""
        answer = self._send("POST", "/admin/sync-upstream", stream=True)
        for raw in answer.iter_lines():
            if not raw:
                continue
            line = json.loads(raw)
            if "finished" in line:
                try:
                    m.SyncFinished.model_validate(line["finished"])
                except ValidationError as exc:
                    raise self._off_model("POST /admin/sync-upstream", exc) from exc
                return line["finished"]
            if "failed" in line:   # payload "relayed": {"sent", "already_there"} when results went up before
                raise AdminError(line["failed"]["code"], line["failed"]["message"], line["failed"])
            progress(line)
        raise AdminError("unreachable", "the sync stopped before it finished; run it again to resume")

    def import_bundle(self, data: bytes) -> dict:
        return self._call("POST", "/admin/bundles/import", m.BundleImported, data=data,
                          headers={"Content-Type": "application/octet-stream"})

    def export_bundle(self) -> tuple[bytes, int]:
        answer = self._send("POST", "/admin/bundles/export")
        return answer.content, int(answer.headers.get("X-Xuefa-Results", "0"))

    def import_receipts(self, data: bytes) -> dict:
        return self._call("POST", "/admin/receipts/import", m.ReceiptsImported, data=data,
                          headers={"Content-Type": "application/octet-stream"})
