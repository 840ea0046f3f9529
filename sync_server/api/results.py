"""Result delivery: PUT one envelope, or POST a batch. Each goes through the one ingest path."""
from __future__ import annotations

from flask import abort, current_app, g, jsonify, request

from sync_server.api import api
from sync_server.api.device_auth import require_device
from sync_server.api.schemas import ResultsBatch
from sync_server.api.validation import parse_body
from sync_server.context import server
from sync_server.ingest import Ingest, Status

HTTP_STATUS = {Status.STORED: 201, Status.DUPLICATE: 200, Status.CONFLICT: 409, Status.REFUSED: 422}


def _ingest() -> Ingest:
    extensions = current_app.extensions   # one per app and worker: it caches opened packages (derived data)
    if "xuefa.ingest" not in extensions:
        extensions["xuefa.ingest"] = Ingest(server())
    return extensions["xuefa.ingest"]


@api.put("/results/<result_id>")
@require_device
def put_result(result_id: str):
    outcome = _ingest().ingest(request.get_data(cache=True), "http", expected_device=g.device_id)
    if outcome.result_id is not None and outcome.result_id != result_id:
        abort(400, description=f"the envelope is result {outcome.result_id}, the address says {result_id}")
    return jsonify(outcome.to_dict()), HTTP_STATUS[outcome.status]


@api.post("/results/batch")
@require_device
def post_batch():
    batch = parse_body(ResultsBatch)
    ingest = _ingest()
    outcomes = ingest.ingest_many([e.encode("utf-8") for e in batch.envelopes], "http", expected_device=g.device_id)
    return jsonify(results=[o.to_dict() for o in outcomes]), 200
