"""GET /api/v1/health: is the server up, and who is it."""
from __future__ import annotations

from flask import jsonify

from sync_server.api import api
from sync_server.context import server


@api.get("/health")
def health():
    ctx = server()
    # workers: how many chunks a lower server's relay keeps in flight to use every one (issue 17)
    return jsonify(status="ok", server_id=ctx.keys.server_id, name=ctx.keys.name, workers=ctx.config.workers)
