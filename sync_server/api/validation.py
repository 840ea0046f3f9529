"""Reading a request body into its schema: a clear 400/422 naming what is wrong, never a 500."""
from __future__ import annotations

import json
from typing import TypeVar

from flask import abort, jsonify, make_response, request
from pydantic import BaseModel, ValidationError

M = TypeVar("M", bound=BaseModel)


def parse_body(model: type[M]) -> M:
    raw = request.get_data(cache=True)
    try:
        data = json.loads(raw)
    except (ValueError, UnicodeDecodeError) as exc:
        abort(make_response(jsonify(error="malformed_json", message=f"the body is not JSON: {exc}"), 400))
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        fields = [{"field": ".".join(str(p) for p in e["loc"]), "problem": e["msg"]} for e in exc.errors()]
        abort(make_response(jsonify(error="invalid_message", fields=fields,
                                    message="; ".join(f"{f['field']}: {f['problem']}" for f in fields)), 422))
