"""GET /api/v1/openapi.json, generated from the same schemas that validate the messages."""
from __future__ import annotations

from flask import jsonify
from pydantic.json_schema import models_json_schema

from sync_server.api import api
from sync_server.api.schemas import (EnrolRequest, EnrolResponse, Error, Health, ResultOutcome, ResultsBatch,
                                     ResultsBatchResponse)

SIGNED = [{"deviceSignature": []}]


def _ref(name: str) -> dict:
    return {"$ref": f"#/components/schemas/{name}"}


def _json(name: str, description: str) -> dict:
    return {"description": description, "content": {"application/json": {"schema": _ref(name)}}}


def document() -> dict:
    _, schemas = models_json_schema([(m, "validation") for m in (EnrolRequest, EnrolResponse, Error, Health,
                                                                  ResultOutcome, ResultsBatch, ResultsBatchResponse)],
                                    ref_template="#/components/schemas/{model}")
    errors = {"400": _json("Error", "malformed request"), "401": _json("Error", "not signed, replayed, unknown"),
              "413": _json("Error", "body too large"), "422": _json("Error", "message does not fit its schema")}
    return {
        "openapi": "3.1.0",
        "info": {"title": "Xuefa sync API", "version": "1"},
        "servers": [{"url": "/api/v1"}],
        "components": {
            "schemas": schemas["$defs"],
            "securitySchemes": {"deviceSignature": {
                "type": "apiKey", "in": "header", "name": "X-Xuefa-Signature",
                "description": "Ed25519 signature by the device key over method, path, SHA-256 of the body, "
                               "X-Xuefa-Time, X-Xuefa-Nonce and X-Xuefa-Device (see examcore/signed_request.py)"}},
        },
        "paths": {
            "/health": {"get": {"responses": {"200": _json("Health", "the server is up")}}},
            "/devices/enrol": {"post": {
                "summary": "ask to deliver results here (request signed with the key being enrolled)",
                "requestBody": {"required": True, "content": {"application/json": {"schema": _ref("EnrolRequest")}}},
                "responses": {"200": _json("EnrolResponse", "approved"), "202": _json("EnrolResponse", "pending"),
                              "403": _json("Error", "enrolment code wrong, used or expired"), **errors}}},
            "/results/{result_id}": {"put": {
                "summary": "deliver one sealed result", "security": SIGNED,
                "parameters": [{"name": "result_id", "in": "path", "required": True, "schema": {"type": "string"}}],
                "requestBody": {"required": True, "content": {"application/json": {"schema": {"type": "object"}}}},
                "responses": {"201": _json("ResultOutcome", "stored"), "200": _json("ResultOutcome", "already stored"),
                              "409": _json("ResultOutcome", "another result with this id is stored"),
                              **errors, "422": _json("ResultOutcome", "refused, with the reason")}}},
            "/results/batch": {"post": {
                "summary": "deliver up to 200 sealed results", "security": SIGNED,
                "requestBody": {"required": True, "content": {"application/json": {"schema": _ref("ResultsBatch")}}},
                "responses": {"200": _json("ResultsBatchResponse", "one outcome per envelope"), **errors}}},
        },
    }


@api.get("/openapi.json")
def openapi():
    return jsonify(document())
