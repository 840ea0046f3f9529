"""The study area's blueprint: study records up (signed by their station, stored once each, or relayed by a
lower server) and study files down. Registered under /api/v1 by sync_server/app.py."""
from __future__ import annotations

from flask import Blueprint, Response, g, jsonify

from examcore.study.receipt import sign_study_receipt
from sync_server.api.device_auth import require_device
from examcore.api_messages import StudyBatch, StudyRelayBatch
from sync_server.api.validation import parse_body
from sync_server.context import server
from sync_server.models import Device
from sync_server.study.service import ingest_records, study_file

study_api = Blueprint("study", __name__)


@study_api.post("/sync/study")
@require_device
def sync_study():
    batch = parse_body(StudyBatch)
    ctx = server()
    with ctx.sessions.begin() as s:
        device = s.get(Device, g.device_id)
        outcomes, held = ingest_records(s, [r.model_dump() for r in batch.records], device_id=g.device_id,
                                        device_key=device.public_key, source="http", now=ctx.clock.now())
    return jsonify(results=[o.to_dict() for o in outcomes],
                   receipt=sign_study_receipt(held, ctx.keys.server_id, ctx.keys.signing))


@study_api.get("/study-files/<path:file_id>")
@require_device
def get_study_file(file_id: str):
    with server().sessions() as s:
        data = study_file(s, file_id)
    if data is None:
        return jsonify(error="not_found", message=f"no study file {file_id} here"), 404
    return Response(data, mimetype="application/octet-stream")


@study_api.post("/relay/study")
@require_device
def relay_study():
    """A lower server's stations' records: each station vouched for by the chain of certificates."""
    from sync_server.identity import upward_identity
    batch = parse_body(StudyRelayBatch)
    ctx = server()
    upward = upward_identity(ctx)
    with ctx.sessions.begin() as s:
        relayer = s.get(Device, g.device_id)
        outcomes, _held = ingest_records(s, [i.model_dump(exclude_none=True) for i in batch.items], device_id=g.device_id,
                                         device_key=None, source="relay", now=ctx.clock.now(), relayer=relayer,
                                         upward=upward)
    return jsonify(results=[o.to_dict() for o in outcomes])
