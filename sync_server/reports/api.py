"""The reports area's blueprint: participation and pass rates, the units' summary, a learner's archive and
question statistics, each scoped to the caller's subtree as the rest of /api/v1/admin is. Registered under
/api/v1 by sync_server/app.py."""
from __future__ import annotations

from flask import Blueprint, jsonify, request

from sync_server.api.admin_auth import admin, learner_in_scope, require_admin, unit_in_scope
from sync_server.context import server
from sync_server.directory.service import end_exemptions, learner_dict
from sync_server.reports.item_analysis import item_analysis
from sync_server.reports.units import personal_archive, unit_report, unit_summary
from sync_server.study.service import points_by_year

reports_api = Blueprint("reports", __name__)


@reports_api.get("/admin/reports/units")
@require_admin()
def report_units():
    scope = admin()
    exam_id = request.args.get("exam_id", "")
    unit_id = request.args.get("unit_id") or scope.unit_id
    if not exam_id:
        return jsonify(error="invalid_message", message="exam_id is required (?exam_id=…)"), 422
    end_exemptions(server())
    with server().sessions() as s:
        unit_in_scope(s, unit_id)
        report = unit_report(s, exam_id, unit_id, leaders_only=request.args.get("leaders") in ("1", "true"))
    return jsonify(report.to_dict())


@reports_api.get("/admin/reports/summary")
@require_admin()
def report_summary():
    scope = admin()
    unit_id = request.args.get("unit_id") or scope.unit_id
    end_exemptions(server())
    with server().sessions() as s:
        unit_in_scope(s, unit_id)
        return jsonify(units=unit_summary(s, unit_id))


@reports_api.get("/admin/learners/<learner_no>/archive")
@require_admin()
def learner_archive(learner_no: str):
    with server().sessions() as s:
        row = learner_in_scope(s, learner_no)
        study = points_by_year(s, learner_no, server().clock.now())
        return jsonify(learner=learner_dict(row), exams=personal_archive(s, learner_no), study=study)


@reports_api.get("/admin/reports/items")
@require_admin("provincial_admin")
def report_items():
    """Question statistics over every result of the exam: for whoever owns the questions."""
    if not admin().is_root:
        return jsonify(error="forbidden", message="item analysis covers every unit's results: top administrators"), 403
    exam_id = request.args.get("exam_id", "")
    if not exam_id:
        return jsonify(error="invalid_message", message="exam_id is required (?exam_id=…)"), 422
    return jsonify(items=[i.to_dict() for i in item_analysis(server(), exam_id)])
