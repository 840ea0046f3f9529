"""The server's side of the answers' contract, checked where it is cheap to: with XUEFA_CHECK_ANSWERS=1 (the
test suite sets it) every JSON answer of a documented route is validated against the model the API document
names for its status (sync_server/api/openapi.py ENDPOINTS, examcore/api_messages.py), so each test that
uses an endpoint also checks that the server still sends what its clients read. An answer that does not fit
becomes a 500 naming the route and the fields, which fails that test. Off in service: the clients check
every answer they read themselves (examcore/sync_client.py, desktop/services/admin_session.py)."""
from __future__ import annotations

import json
import logging
import os
import re

from flask import Flask, Response, request
from pydantic import BaseModel, ValidationError

from sync_server.api.openapi import ENDPOINTS

log = logging.getLogger(__name__)


def check_answers(app: Flask) -> None:
    documented = {(method.upper(), "/api/v1" + path): responses for method, path, _, _, responses, _ in ENDPOINTS}

    @app.after_request
    def fits_its_model(response: Response) -> Response:
        if (request.url_rule is None or response.is_streamed or response.mimetype != "application/json"
                or request.url_rule.rule == "/api/v1/openapi.json"):   # (the document itself: OpenAPI's schema)
            return response
        path = re.sub(r"<(?:\w+:)?(\w+)>", r"{\1}", request.url_rule.rule)
        responses = documented.get((request.method, path))
        status = str(response.status_code)
        if responses is None or response.status_code >= 400 and status not in responses:
            return response   # (a refusal every route may give: ERRORS in openapi.py)
        if status not in responses:
            return _off(path, f"answered {status}, which the API document does not list")
        model: type[BaseModel] | None = responses[status][0]
        if model is None:
            return _off(path, f"answered {status} in JSON, which the API document names no model for")
        try:
            model.model_validate_json(response.get_data())
        except ValidationError as exc:
            return _off(path, f"answered {status} off its model {model.__name__}: {exc}")
        if seen := os.environ.get("XUEFA_ANSWERS_SEEN_LOG"):   # which answers a run checked: what no test reaches
            with open(seen, "a", encoding="utf-8") as out:
                out.write(f"{request.method} {path} {status}\n")
        return response


def _off(path: str, why: str) -> Response:
    log.error("%s %s %s", request.method, path, why)
    if listed := os.environ.get("XUEFA_ANSWERS_OFF_LOG"):   # every one in one file, across the suite's servers
        with open(listed, "a", encoding="utf-8") as out:
            out.write(f"{request.method} {path} {why}\n")
    return Response(json.dumps({"error": "answer_off_contract", "message": f"{request.method} {path} {why}"}),
                    status=500, mimetype="application/json")
