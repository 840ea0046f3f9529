"""The Flask app factory: one blueprint per area, JSON errors, never a 500 page with a traceback."""
from __future__ import annotations

import logging

from flask import Flask, jsonify
from werkzeug.exceptions import HTTPException

from examcore.clock import Clock
from sync_server.config import Config
from sync_server.context import ServerContext

log = logging.getLogger(__name__)


def create_app(config: Config | None = None, clock: Clock | None = None) -> Flask:
    config = config or Config.from_env()
    app = Flask(__name__, instance_path=str(config.instance_dir.resolve()))
    app.config["MAX_CONTENT_LENGTH"] = config.max_request_bytes
    app.extensions["xuefa"] = ServerContext.open(config, clock)

    from sync_server.api import api
    app.register_blueprint(api, url_prefix="/api/v1")

    @app.errorhandler(HTTPException)
    def http_error(exc: HTTPException):
        return jsonify(error=exc.name.lower().replace(" ", "_"), message=exc.description), exc.code

    @app.errorhandler(Exception)
    def unexpected(exc: Exception):
        log.exception("unexpected error")
        return jsonify(error="server_error", message="the server failed; the request may be retried"), 503

    return app
