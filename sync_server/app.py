"""The Flask app factory: one blueprint per area, JSON errors, never a 500 page with a traceback."""
from __future__ import annotations

import logging
import os

from flask import Flask, jsonify, request
from werkzeug.exceptions import HTTPException

from examcore.clock import Clock
from sync_server.config import Config
from sync_server.context import ServerContext

log = logging.getLogger(__name__)

# Every answer is JSON or a file for a program, never a page: nothing is cached (answers carry tokens,
# initial passwords, rosters), sniffed into HTML, framed, or given a referrer.
SECURITY_HEADERS = {
    "Cache-Control": "no-store",
    "Pragma": "no-cache",
    "X-Content-Type-Options": "nosniff",
    "Content-Security-Policy": "default-src 'none'; frame-ancestors 'none'; sandbox",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "no-referrer",
    "Cross-Origin-Resource-Policy": "same-origin",
}
# the endpoints anyone on the network may call, without a signature or a token
UNAUTHENTICATED = {"api.admin_login", "api.enrol"}


def _address_checked(wsgi_app):
    """Behind the proxy: a client address that is no IP address (a host reached without the proxy, where
    anyone may write the header) is not believed; the connection's own address stands, as without a proxy.
    An address is kept in one spelling (2001:DB8::1 and 2001:db8:0::1 are one client, ::ffff:10.0.0.5 is
    10.0.0.5), so the per-address login and enrolment limits and the audit log see one client once."""
    import ipaddress

    def app(environ, start_response):
        try:
            address = ipaddress.ip_address(environ.get("REMOTE_ADDR", ""))
            mapped = getattr(address, "ipv4_mapped", None)
            environ["REMOTE_ADDR"] = str(mapped or address)
        except ValueError:
            given = str(environ.get("REMOTE_ADDR", ""))[:80]
            environ["REMOTE_ADDR"] = environ.get("werkzeug.proxy_fix.orig", {}).get("REMOTE_ADDR", "")
            log.warning("X-Forwarded-For named %r, which is no address: %s is taken", given, environ["REMOTE_ADDR"])
        return wsgi_app(environ, start_response)
    return app


def create_app(config: Config | None = None, clock: Clock | None = None) -> Flask:
    config = config or Config.from_env()
    app = Flask(__name__, instance_path=str(config.instance_dir.resolve()))
    app.config["MAX_CONTENT_LENGTH"] = config.max_request_bytes
    if config.behind_proxy:
        # every request arrives from the proxy's address: the per-address limits (login, enrolment) would
        # then be one for the whole province, and the audit log would name the proxy. The proxy puts the
        # client's address last in X-Forwarded-For (docs/server.md); only that last one is believed
        from werkzeug.middleware.proxy_fix import ProxyFix
        app.wsgi_app = ProxyFix(_address_checked(app.wsgi_app),  # type: ignore[method-assign]
                                x_for=1, x_proto=0, x_host=0, x_port=0, x_prefix=0)
    app.extensions["xuefa"] = ServerContext.open(config, clock)

    from sync_server.api import api
    from sync_server.directory.api import directory_api
    from sync_server.exams.api import exams_api
    from sync_server.reports.api import reports_api
    from sync_server.results.api import results_api
    from sync_server.sittings.api import sittings_api
    from sync_server.study.api import study_api
    from sync_server.upstream.api import upstream_api
    app.register_blueprint(api, url_prefix="/api/v1")
    for area in (exams_api, results_api, study_api, upstream_api, reports_api, directory_api, sittings_api):   # the areas moved to their own folders (issue 18)
        app.register_blueprint(area, url_prefix="/api/v1")

    @app.before_request
    def limits():
        """Limits that hold before any view reads anything: a small body where no one has shown who
        they are, and no NUL in the address (PostgreSQL cannot compare with it)."""
        from sync_server.api.validation import UNAUTHENTICATED_MAX_BYTES, refuse
        if request.endpoint in UNAUTHENTICATED:
            request.max_content_length = UNAUTHENTICATED_MAX_BYTES
        if "\x00" in request.path or any("\x00" in k or "\x00" in v for k, v in request.args.items(multi=True)):
            refuse(400, "bad_characters", "the address holds a NUL character")

    if os.environ.get("XUEFA_CHECK_ANSWERS") == "1":   # the test suite: every answer against its model
        from sync_server.api.answer_check import check_answers
        check_answers(app)

    @app.after_request
    def security_headers(response):
        for name, value in SECURITY_HEADERS.items():
            response.headers.setdefault(name, value)
        return response

    @app.errorhandler(RecursionError)
    def too_deep(exc: RecursionError):   # a file a view parses itself (an envelope, a bundle) nested too deep
        return jsonify(error="too_deep", message="the body nests arrays or objects too deep"), 400

    @app.errorhandler(HTTPException)
    def http_error(exc: HTTPException):
        from flask import request
        if exc.code == 404 and request.url_rule is None:   # no such route: a wrong path in the address given
            return jsonify(error="no_such_path", message=f"no route {request.path} on this Xuefa server"), 404
        return jsonify(error=exc.name.lower().replace(" ", "_"), message=exc.description), exc.code

    @app.errorhandler(Exception)
    def unexpected(exc: Exception):
        from sync_server.db import DATABASE_UNAVAILABLE, database_unreachable
        if database_unreachable(exc):
            log.error("the database cannot be reached: %s", exc)
            return jsonify(error="database_unavailable", message=DATABASE_UNAVAILABLE), 503
        log.exception("unexpected error")
        return jsonify(error="server_error", message="the server failed; the request may be retried"), 503

    return app
