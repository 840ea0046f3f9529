"""GET /api/v1/health: is the server up, and who is it."""
from __future__ import annotations

from flask import jsonify

from sync_server.api import api
from sync_server.context import server


@api.get("/health")
def health():
    keys = server().keys
    return jsonify(status="ok", server_id=keys.server_id, name=keys.name)
