"""The study area's blueprint: study records up (signed by their station, stored once each, or relayed by a
lower server) and study files down. Registered under /api/v1 by sync_server/app.py."""
from __future__ import annotations

from flask import Blueprint, Response, g, jsonify

from examcore.api_messages import StudyBatch, StudyRelayBatch
from sync_server.api.device_auth import require_device, require_server
from sync_server.api.validation import parse_body
from sync_server.context import server
from sync_server.intake import Delivery
from sync_server.study.service import StudyIntake, study_file

study_api = Blueprint("study", __name__)


@study_api.post("/sync/study")
@require_device
def sync_study():
    batch = parse_body(StudyBatch)
    intake = StudyIntake(server())
    outcomes = intake.take([r.model_dump() for r in batch.records], Delivery("http", g.device_id))
    [receipt] = intake.receipts(outcomes)
    return jsonify(results=[o.to_dict() for o in outcomes], receipt=receipt)


@study_api.get("/study-files/<path:file_id>")
@require_device
def get_study_file(file_id: str):
    with server().sessions() as s:
        data = study_file(s, file_id)
    if data is None:
        return jsonify(error="not_found", message=f"no study file {file_id} here"), 404
    return Response(data, mimetype="application/octet-stream")


@study_api.post("/relay/study")
@require_server
def relay_study():
    """A lower server's stations' records: each station vouched for by the chain of certificates."""
    batch = parse_body(StudyRelayBatch)
    outcomes = StudyIntake(server()).take([i.model_dump(exclude_none=True) for i in batch.items],
                                          Delivery("relay", g.device_id, relayed=True))
    return jsonify(results=[o.to_dict() for o in outcomes])
