"""The results area's blueprint. Stations deliver sealed results (PUT one envelope, or POST a batch), each
through the one ingest path; administrators list the results in their units, and the results held back by
the acceptance rules, and decide on each. Registered under /api/v1 by sync_server/app.py."""
from __future__ import annotations

from flask import Blueprint, abort, current_app, g, jsonify, request
from sqlalchemy import or_, select

from sync_server.api.admin_auth import admin, not_found, require_admin
from sync_server.api.device_auth import require_device
from examcore.api_messages import ResultsBatch, ReviewDecision
from examcore.cli_text import Words
from sync_server.api.validation import parse_body
from sync_server.context import server
from sync_server.intake import Delivery
from sync_server.models import Learner, Result
from sync_server.results.acceptance import RULES
from sync_server.results.ingest import Ingest, Status
from sync_server.results.review import ReviewError, decide, flagged_results, held_counts, result_dict

results_api = Blueprint("results", __name__)

PAGE = 500
HTTP_STATUS = {Status.STORED: 201, Status.DUPLICATE: 200, Status.CONFLICT: 409, Status.REFUSED: 422}


def shared_ingest() -> Ingest:
    """The app's one Ingest (per app and worker process): it caches the packages it has opened."""
    extensions = current_app.extensions   # one per app and worker: it caches opened packages (derived data)
    if "xuefa.ingest" not in extensions:
        extensions["xuefa.ingest"] = Ingest(server())
    return extensions["xuefa.ingest"]


@results_api.put("/results/<result_id>")
@require_device
def put_result(result_id: str):
    outcome = shared_ingest().ingest(request.get_data(cache=True), "http", expected_device=g.device_id)
    if outcome.result_id is not None and outcome.result_id != result_id:
        abort(400, description=f"the envelope is result {outcome.result_id}, the address says {result_id}")
    return jsonify(outcome.to_dict()), HTTP_STATUS[outcome.status]


@results_api.post("/results/batch")
@require_device
def post_batch():
    batch = parse_body(ResultsBatch)
    ingest = shared_ingest()
    outcomes = ingest.take([e.encode("utf-8") for e in batch.envelopes], Delivery("http", g.device_id))
    return jsonify(results=[o.to_dict() for o in outcomes]), 200


def _results_in_scope(query):
    scope = admin()
    query = query.outerjoin(Learner, Learner.learner_no == Result.learner_no)
    seen = Learner.unit_id.in_(list(scope.units))
    return query.where(or_(seen, Learner.learner_no.is_(None)) if scope.is_root else seen)


def _result_dict(r: Result) -> dict:
    return {"result_id": r.result_id, "exam_id": r.exam_id, "learner_no": r.learner_no, "device_id": r.device_id,
            "server_score": r.server_score, "station_score": r.station_score, "outcome": r.outcome,
            "pending_points": r.pending_points, "submitted_at": r.submitted_at,
            "received_at": r.received_at.isoformat() + "Z", "source": r.source}


@results_api.get("/admin/results")
@require_admin()
def results_list():
    query = select(Result).order_by(Result.result_id).where(Result.result_id > request.args.get("after", ""))
    if request.args.get("exam_id"):
        query = query.where(Result.exam_id == request.args["exam_id"])
    with server().sessions() as s:
        rows = list(s.scalars(_results_in_scope(query).limit(PAGE)))
    return jsonify(results=[_result_dict(r) for r in rows], more=len(rows) == PAGE)


@results_api.get("/admin/results/<result_id>")
@require_admin()
def result_get(result_id: str):
    with server().sessions() as s:
        row = s.scalars(_results_in_scope(select(Result).where(Result.result_id == result_id))).first()
        if row is None:
            not_found(f"result {result_id}")
        return jsonify(_result_dict(row))


@results_api.get("/admin/flagged-results")
@require_admin()
def list_flagged():
    """?rule=&unit_id=&exam_id=&review=held|accepted|rejected|all (default held)."""
    scope = admin()
    rule, unit_id = request.args.get("rule") or None, request.args.get("unit_id") or None
    review = request.args.get("review", "held")
    if rule is not None and rule not in RULES:
        return jsonify(error="unknown_rule", message=f"rules: {', '.join(RULES)}"), 422
    if review not in ("held", "accepted", "rejected", "all"):
        return jsonify(error="invalid_message", message="review is held, accepted, rejected or all"), 422
    if unit_id is not None and not scope.has_unit(unit_id):
        not_found(f"unit {unit_id}")
    with server().sessions() as s:
        rows = flagged_results(s, scope.units, scope.is_root, rule, unit_id, request.args.get("exam_id") or None,
                               None if review == "all" else review)
        counts = held_counts(s, scope.units, include_unplaced=scope.is_root)
    return jsonify(results=rows, held=counts, rules=RULES)


@results_api.post("/admin/flagged-results/<result_id>/decision")
@require_admin()
def decide_flagged(result_id: str):
    ask = parse_body(ReviewDecision)
    ctx = server()
    scope = admin()
    try:
        with ctx.sessions.begin() as s:
            row = s.get(Result, result_id)
            learner = s.get(Learner, row.learner_no) if row is not None else None
            if row is None or not scope.has_unit(learner.unit_id if learner is not None else None):
                not_found(f"result {result_id}")
            row, counting = decide(s, result_id, ask.decision, ask.reason, scope.username, ctx.clock.now())
            return jsonify(result=result_dict(row, learner.name if learner else "", getattr(learner, "unit_id", None)),
                           now_counting=counting)
    except ReviewError as exc:   # with its words, said in the admin window's language (over_limit names results)
        words = exc.detail.to_dict() if isinstance(exc.detail, Words) else None
        return jsonify(error=exc.code, message=exc.detail, words=words), 404 if exc.code == "not_found" else 409
