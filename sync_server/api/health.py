"""GET /api/v1/health: is the server up, and who is it."""
from __future__ import annotations

import logging

from flask import jsonify

from sync_server.api import api
from sync_server.context import server

log = logging.getLogger(__name__)


@api.get("/health")
def health():
    """200 when this server can serve; 503 ``database_unavailable`` when it cannot reach its database, so a
    proxy's health check (or its passive one, docs/server.md) takes this host out of the rotation."""
    from sqlalchemy import text
    from sqlalchemy.exc import SQLAlchemyError

    from sync_server.db import DATABASE_UNAVAILABLE
    ctx = server()
    try:
        with ctx.engine.connect() as conn:
            conn.execute(text("SELECT 1"))
    except SQLAlchemyError as exc:
        log.error("health: the database cannot be reached: %s", exc)
        return jsonify(error="database_unavailable", message=DATABASE_UNAVAILABLE), 503
    # workers: how many chunks a lower server's relay keeps in flight to use every one (issue 17)
    return jsonify(status="ok", server_id=ctx.keys.server_id, name=ctx.keys.name, workers=ctx.config.workers)
