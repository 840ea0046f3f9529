"""GET /api/v1/openapi.json, generated from the same schemas that validate the messages.

Every route is listed in ENDPOINTS; a test fails when the server has a route the document lacks."""
from __future__ import annotations

from flask import jsonify
from pydantic.json_schema import models_json_schema

from sync_server.api import api
from examcore import api_messages as m

DEVICE: list[dict[str, list]] = [{"deviceSignature": []}]
ADMIN: list[dict[str, list]] = [{"adminToken": []}]
ERRORS = {"400": "malformed request", "401": "not signed, replayed, unknown device, or not logged in",
          "413": "body too large", "422": "the message does not fit its schema"}
ADMIN_ERRORS = {**ERRORS, "403": "the role is not enough", "404": "not there, or outside your units"}

# (method, path, summary, request schema, {status: (response schema or None, description)}, security)
ENDPOINTS: list[tuple[str, str, str, type | None, dict[str, tuple[type | None, str]], list]] = [
    ("get", "/health", "the server is up", None, {"200": (m.Health, "up")}, []),
    ("get", "/openapi.json", "this document", None, {"200": (None, "OpenAPI 3.1")}, []),
    ("post", "/devices/enrol", "ask to deliver results here (signed with the key being enrolled)", m.EnrolRequest,
     {"200": (m.EnrolResponse, "approved"), "202": (m.EnrolResponse, "pending"),
      "403": (m.Error, "enrolment code wrong, used or expired; device_revoked: this device id or key was revoked, "
                       "and no code undoes that"),
      "409": (m.Error, "the device id or the key is enrolled with another"),
      "429": (m.Error, "too_many_requests from this address; see Retry-After")}, []),
    ("put", "/results/{result_id}", "deliver one sealed result (body: the envelope)", None,
     {"201": (m.ResultOutcome, "stored"), "200": (m.ResultOutcome, "already stored"),
      "409": (m.ResultOutcome, "another result with this id is stored")}, DEVICE),
    ("post", "/results/batch", "deliver up to 200 sealed results", m.ResultsBatch,
     {"200": (m.ResultsBatchResponse, "one outcome per envelope")}, DEVICE),
    ("post", "/sync/changes", "the next page of downward changes after the device's cursor", m.ChangesRequest,
     {"200": (m.ChangesPage, "a page signed by this server")}, DEVICE),
    ("get", "/packages/{package_id}", "an exam package file (signed by its issuer)", None,
     {"200": (None, "application/octet-stream"), "404": (m.Error, "no such package")}, DEVICE),
    ("post", "/sync/study", "deliver the station's signed study records (stored once each)", m.StudyBatch,
     {"200": (m.StudyBatchResponse, "one outcome per record and a signed receipt")}, DEVICE),
    ("get", "/study-files/{file_id}", "a study plan, course or practice file (signed by its issuer)", None,
     {"200": (None, "application/octet-stream"), "404": (m.Error, "no such file")}, DEVICE),
    ("post", "/relay/study", "a lower server's station study records with their certificates", m.StudyRelayBatch,
     {"200": (m.StudyRelayResponse, "one outcome per record")}, DEVICE),
    ("post", "/sittings/check-in", "a learner at a station: their sitting today, and the key once started",
     m.CheckInRequest, {"200": (m.CheckInResponse, "seated or not; the sealed content key once started")}, DEVICE),
    ("post", "/relay/missing", "which of these results (or study records: kind) this server lacks", m.RelayMissingRequest,
     {"200": (m.RelayMissingResponse, "the ids to send")}, DEVICE),
    ("post", "/relay/batch", "a lower server's station envelopes with their certificates", m.RelayBatch,
     {"200": (m.ResultsBatchResponse, "one outcome per item")}, DEVICE),
    ("post", "/relay/summary", "compare count and digest of the results (or study records: kind) both sides hold", m.RelaySummary,
     {"200": (m.RelaySummaryResponse, "match or not")}, DEVICE),
    ("post", "/relay/reviews", "a lower server's decisions on results it holds back (followed here unless decided "
     "here, held for a rule of this server's own, or over the attempt limit)", m.RelayReviews,
     {"200": (m.RelayReviewsResponse, "one outcome per decision")}, DEVICE),
    ("post", "/admin/login", "an administrator's bearer token", m.AdminLogin,
     {"200": (m.AdminLoginResponse, "logged in"),
      "401": (m.Error, "wrong_login (one answer for an unknown name, a wrong password and a locked account), "
                       "or account_disabled after the right password"),
      "429": (m.Error, "too_many_requests from this address, or busy (every password check slot taken); "
                       "see Retry-After")}, []),
    ("get", "/admin/me", "who this token belongs to, and whether the password must be changed first", None,
     {"200": (m.AdminAccountOut, "this account")}, ADMIN),
    ("post", "/admin/me/password", "change your own password (the one call a token opens before a forced change)",
     m.PasswordChange, {"200": (m.Acknowledged, "{status: changed}"),
                        "422": (m.Error, "wrong_password, same_password or weak_password")}, ADMIN),
    ("get", "/admin/admins", "the administrator accounts you manage (at or below your unit, role no higher)",
     None, {"200": (m.AdminAccountList, "accounts")}, ADMIN),
    ("post", "/admin/admins/{username}/reset-password", "a one-time password the owner must change at login; "
     "ends their sessions", None, {"200": (m.AdminPasswordReset, "the one-time password, shown once")}, ADMIN),
    ("post", "/admin/admins/{username}/disable", "the account can no longer log in; its sessions end", None,
     {"200": (m.AdminAccountOut, "disabled")}, ADMIN),
    ("post", "/admin/admins/{username}/enable", "the account may log in again", None,
     {"200": (m.AdminAccountOut, "enabled")}, ADMIN),
    ("put", "/admin/admins/{username}/role", "change the role (no higher than yours); its sessions end", m.RolePut,
     {"200": (m.AdminAccountOut, "changed")}, ADMIN),
    ("post", "/admin/admins/{username}/logout-all", "end every session of the account", None,
     {"200": (m.LoggedOutAll, "{ended}")}, ADMIN),
    ("get", "/admin/audit", "the security log, newest first (top administrator; ?action= prefix, ?actor=, "
     "?object=, ?outcome=, ?since=, ?until= ISO times, ?before= id to page, ?limit= up to 500)", None,
     {"200": (m.AuditPage, "a page of entries")}, ADMIN),
    ("post", "/admin/logout", "end this token", None, {"200": (m.Acknowledged, "logged out")}, ADMIN),
    ("get", "/admin/units", "units in your subtree", None, {"200": (m.UnitList, "units")}, ADMIN),
    ("put", "/admin/units/{unit_id}", "add or change a unit (centre admin and up)", m.UnitPut,
     {"200": (m.UnitOut, "changed"), "201": (m.UnitOut, "added")}, ADMIN),
    ("get", "/admin/learners", "learners in your subtree (?unit_id=, ?below=1 with the units under it, ?after= to page)", None,
     {"200": (m.LearnerPage, "a page of learners")}, ADMIN),
    ("get", "/admin/learners/{learner_no}", "one learner", None, {"200": (m.LearnerOut, "the learner")}, ADMIN),
    ("put", "/admin/learners/{learner_no}", "add or change a learner; a new one gets a one-time password",
     m.LearnerPut, {"200": (m.LearnerOut, "changed"), "201": (m.LearnerOut, "added, with initial_password")}, ADMIN),
    ("post", "/admin/learners/{learner_no}/reset-password", "a new one-time password", None,
     {"200": (m.LearnerPassword, "the one-time password, shown once")}, ADMIN),
    ("get", "/admin/learners/{learner_no}/archive", "一人一档: the learner's exams by year, attempts and the "
     "one that counts", None, {"200": (m.Archive, "the learner, their exams and study points")}, ADMIN),
    ("get", "/admin/results", "results of learners in your subtree (?exam_id=, ?after=)", None,
     {"200": (m.ResultPage, "a page of results")}, ADMIN),
    ("get", "/admin/results/{result_id}", "one result", None, {"200": (m.ResultOut, "the result")}, ADMIN),
    ("get", "/admin/alerts", "alerts about your units' results and stations", None,
     {"200": (m.AlertList, "the newest alerts")}, ADMIN),
    ("get", "/admin/devices", "stations serving your subtree (centre admin and up)", None,
     {"200": (m.DeviceList, "stations")}, ADMIN),
    ("post", "/admin/devices/{device_id}/approve", "approve a station for a unit", m.DeviceApprove,
     {"200": (m.DeviceOut, "the device")}, ADMIN),
    ("post", "/admin/devices/{device_id}/revoke", "revoke a station (handed down as a revocation)", None,
     {"200": (m.DeviceOut, "the device")}, ADMIN),
    ("get", "/admin/reports/units", "participation and pass rates of a unit and each unit below it "
     "(?exam_id=, ?unit_id= default yours, ?leaders=1)", None,
     {"200": (m.UnitReportOut, "the report")}, ADMIN),
    ("get", "/admin/reports/summary", "each unit with its headcount and its administrators' contacts "
     "(?unit_id= default yours)", None, {"200": (m.UnitSummary, "units and contacts")}, ADMIN),
    ("get", "/admin/reports/items", "item analysis of an exam: facility, discrimination, options chosen "
     "(?exam_id=; provincial admin)", None, {"200": (m.ItemAnalysis, "one row per question")}, ADMIN),
    ("put", "/admin/policy/{key}", "set a policy value (provincial admin of the whole server)", m.PolicyPut,
     {"200": (m.PolicyOut, "the policy now")}, ADMIN),
    ("get", "/admin/sittings", "the sittings of a day in the admin's units (?date=YYYY-MM-DD, default today)", None,
     {"200": (m.SittingList, "sittings")}, ADMIN),
    ("get", "/admin/sittings/{sitting_id}", "a sitting and the live state of each seat", None,
     {"200": (m.SittingDetail, "the sitting and its seats")}, ADMIN),
    ("post", "/admin/sittings/{sitting_id}/start", "start the sitting: stations receive the key over the LAN",
     m.ProctorSigned, {"200": (m.SittingDetail, "started"), "409": (m.Error, "already started or closed")}, ADMIN),
    ("post", "/admin/sittings/{sitting_id}/actions", "extra time, pause, resume or forced submission for one "
     "learner or every open seat", m.SittingActionRequest,
     {"200": (m.SittingDetail, "queued for the stations"), "409": (m.Error, "not started, closed, not seated")},
     ADMIN),
    ("post", "/admin/sittings/{sitting_id}/missing", "record that a seated learner has no result, with the reason",
     m.MissingRequest, {"200": (m.SittingDetail, "recorded"), "409": (m.Error, "not seated or has a result")},
     ADMIN),
    ("post", "/admin/sittings/{sitting_id}/close", "close: force every open attempt in; complete once every seat "
     "has a result or a missing record", m.ProctorSigned,
     {"200": (m.SittingDetail, "closing or closed"), "409": (m.Error, "not started or already closed")}, ADMIN),
    ("post", "/admin/sittings/{sitting_id}/cancel", "call off a sitting that never started and no one may have "
     "sat (closed with the reason; kept with its seats)", m.CancelRequest,
     {"200": (m.SittingDetail, "called off"), "409": (m.Error, "started, in use (close it instead) or closed")}, ADMIN),
    ("put", "/admin/sittings/{sitting_id}/start-code", "keep the package's start code with the sitting (checked "
     "against the package) for starts with no LAN", m.StartCodeRequest,
     {"200": (m.SittingDetail, "kept"), "409": (m.Error, "not this package's start code")}, ADMIN),
    ("post", "/admin/roster/import", "an Excel roster (the body; ?name=): all or nothing within the admin's "
     "subtree; new learners' account slips as a PDF", None,
     {"200": (m.RosterImported, "imported"), "422": (m.Error, "every problem, nothing changed")},
     ADMIN),
    ("get", "/admin/roster/export", "the roster (?unit_id=) as a workbook in the import template's layout", None,
     {"200": (None, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")}, ADMIN),
    ("post", "/admin/exams/build", "build an exam package from this server's bank (top provincial admin): "
     "the start code and proctor password come back once", m.ExamBuild,
     {"200": (m.BuiltExam, "built"),
      "422": (m.Error, "the exam or the bank does not allow it")}, ADMIN),
    ("post", "/admin/questions/import", "bank files (multipart parts 'file'; ?bank=&dry_run=&accept_valid=&update=) "
     "into this server's bank (top provincial admin), with the import-questions report; dry_run=1 previews, and "
     "then also sends read: {questions: the first 2,000 questions as read, total}", None,
     {"200": (m.BankImportOut, "the report (a dry run: with read)"),
      "422": (m.Error, "nothing was imported: the report says why")}, ADMIN),
    ("get", "/admin/banks", "the question banks, with their question and retired counts (top provincial admin)",
     None, {"200": (m.BankList, "banks")}, ADMIN),
    ("get", "/admin/questions", "a bank's questions a page at a time (?bank=, ?after=, ?q=, ?retired=1)", None,
     {"200": (m.QuestionPage, "a page of questions")}, ADMIN),
    ("put", "/admin/questions/{question_id}", "correct a question: checked like an import, kept as a new version",
     m.QuestionEdit, {"200": (m.QuestionEdited, "kept"), "422": (m.Error, "what is wrong with it")}, ADMIN),
    ("post", "/admin/questions/{question_id}/retire", "leave it out of packages built from now on", None,
     {"200": (m.QuestionEdited, "retired")}, ADMIN),
    ("post", "/admin/questions/{question_id}/restore", "take a retired question back", None,
     {"200": (m.QuestionEdited, "restored")}, ADMIN),
    ("get", "/admin/questions/{question_id}/history", "every version of a question: when, who, why", None,
     {"200": (m.QuestionHistory, "its versions, oldest first")}, ADMIN),
    ("get", "/admin/exams", "the exams this server holds packages of, for choosing a report", None,
     {"200": (m.ExamList, "exams")}, ADMIN),
    ("get", "/admin/status", "this server: results held, devices waiting, alerts, upstream and what it still "
     "lacks (top administrator)", None, {"200": (m.ServerStatus, "this server")}, ADMIN),
    ("post", "/admin/sync-upstream", "sync with the upstream now: a stream of JSON lines with progress, then "
     "the outcome (top administrator)", None,
     {"200": (None, "application/x-ndjson"), "409": (m.Error, "a sync is already running")}, ADMIN),
    ("post", "/admin/bundles/import", "ingest a USB bundle (the body); the answer carries its receipt file",
     None, {"200": (m.BundleImported, "taken in"), "422": (m.Error, "refused")}, ADMIN),
    ("post", "/admin/bundles/export", "the results the upstream lacks, as a bundle file (?all=1: every one)",
     None, {"200": (None, "application/octet-stream")}, ADMIN),
    ("post", "/admin/receipts/import", "the upstream's receipt file (the body) for a bundle carried there",
     None, {"200": (m.ReceiptsImported, "results confirmed newly, receipts matching none, results confirmed "
                                            "before, study records and password records confirmed newly"),
            "422": (m.Error, "refused")}, ADMIN),
    ("get", "/admin/sittings/{sitting_id}/start-code", "the start code, for the proctor to show and print (logged)",
     None, {"200": (m.StartCodeOut, "the start code"), "404": (m.Error, "no start code was given")}, ADMIN),
    ("post", "/admin/sittings/{sitting_id}/move-seat", "free a seat bound to a station (or bind it to another "
     "station of the room), logged", m.MoveSeatRequest,
     {"200": (m.SittingDetail, "moved"), "409": (m.Error, "not seated, another room, has a result")}, ADMIN),
    ("get", "/admin/flagged-results", "results held back by the acceptance rules, in the admin's units "
     "(?rule=&unit_id=&exam_id=&review=held|accepted|rejected|all)", None,
     {"200": (m.FlaggedList, "results, counts held per rule, the rules")}, ADMIN),
    ("post", "/admin/flagged-results/{result_id}/decision", "accept (it counts) or reject a held result, with a "
     "reason (logged with who and when)", m.ReviewDecision,
     {"200": (m.ReviewDone, "decided"), "409": (m.Error, "not a flagged result")}, ADMIN),
]


# the optional query parameters each operation reads (all text; "1" or "true" for the flags)
QUERY: dict[tuple[str, str], list[str]] = {
    ("get", "/admin/learners"): ["unit_id", "below", "after"],
    ("get", "/admin/results"): ["exam_id", "after"],
    ("get", "/admin/reports/units"): ["exam_id", "unit_id", "leaders"],
    ("get", "/admin/reports/summary"): ["unit_id"],
    ("get", "/admin/reports/items"): ["exam_id"],
    ("get", "/admin/sittings"): ["date"],
    ("get", "/admin/questions"): ["bank", "after", "q", "retired"],
    ("post", "/admin/roster/import"): ["name"],
    ("get", "/admin/roster/export"): ["unit_id"],
    ("post", "/admin/bundles/export"): ["all"],
}


def _ref(model: type) -> dict:
    return {"$ref": f"#/components/schemas/{model.__name__}"}


def document() -> dict:
    models = sorted({x for e in ENDPOINTS for x in [e[3], *(r[0] for r in e[4].values())] if x is not None}
                    | {m.Error}, key=lambda x: x.__name__)
    _, schemas = models_json_schema([(x, "validation") for x in models], ref_template="#/components/schemas/{model}")
    paths: dict[str, dict] = {}
    for method, path, summary, request, responses, security in ENDPOINTS:
        errors = ADMIN_ERRORS if security is ADMIN else ERRORS
        op: dict = {"summary": summary, "responses": {
            **{code: {"description": text, "content": {"application/json": {"schema": _ref(m.Error)}}}
               for code, text in errors.items()},
            **{code: {"description": text, **({"content": {"application/json": {"schema": _ref(model)}}}
                                               if model else {})} for code, (model, text) in responses.items()}}}
        if security:
            op["security"] = security
        if request is not None:
            op["requestBody"] = {"required": True, "content": {"application/json": {"schema": _ref(request)}}}
        params = [part[1:-1] for part in path.split("/") if part.startswith("{")]
        parameters = [{"name": p, "in": "path", "required": True, "schema": {"type": "string"}} for p in params]
        parameters += [{"name": q, "in": "query", "required": False, "schema": {"type": "string"}}
                       for q in QUERY.get((method, path), [])]
        if parameters:
            op["parameters"] = parameters
        paths.setdefault(path, {})[method] = op
    return {
        "openapi": "3.1.0",
        "info": {"title": "Xuefa sync API", "version": "1"},
        "servers": [{"url": "/api/v1"}],
        "components": {
            "schemas": schemas["$defs"],
            "securitySchemes": {
                "deviceSignature": {
                    "type": "apiKey", "in": "header", "name": "X-Xuefa-Signature",
                    "description": "Ed25519 signature by the device key over method, path, SHA-256 of the body, "
                                   "X-Xuefa-Time, X-Xuefa-Nonce and X-Xuefa-Device (see examcore/signed_request.py)"},
                "adminToken": {"type": "http", "scheme": "bearer",
                               "description": "the token from POST /admin/login (256 bits, expires)"}},
        },
        "paths": paths,
    }


@api.get("/openapi.json")
def openapi():
    return jsonify(document())
