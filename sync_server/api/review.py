"""Results held back by the acceptance rules: list them (within the admin's units) and decide on each."""
from __future__ import annotations

from flask import jsonify, request

from sync_server.acceptance import RULES
from sync_server.api import api
from sync_server.api.admin_auth import admin, not_found, require_admin
from sync_server.api.schemas import ReviewDecision
from sync_server.api.validation import parse_body
from sync_server.context import server
from sync_server.models import Learner, Result
from sync_server.review import ReviewError, decide, flagged_results, held_counts, result_dict


@api.get("/admin/flagged-results")
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


@api.post("/admin/flagged-results/<result_id>/decision")
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
            row = decide(s, result_id, ask.decision, ask.reason, scope.username, ctx.clock.now())
            return jsonify(result=result_dict(row, learner.name if learner else "", getattr(learner, "unit_id", None)))
    except ReviewError as exc:
        return jsonify(error=exc.code, message=exc.detail), 404 if exc.code == "not_found" else 409
