"""The suite checks every answer the server gives against the model its API document names
(sync_server/api/answer_check.py): a route whose answer drifted from its model fails the test that used it."""
from __future__ import annotations

from examcore import api_messages as m
from sync_server.api import openapi
from sync_server.app import create_app


def _health(server_config, responses: dict | None = None, monkeypatch=None):
    if responses is not None:
        endpoints = [(*e[:4], responses, e[5]) if e[1] == "/health" else e for e in openapi.ENDPOINTS]
        monkeypatch.setattr(openapi, "ENDPOINTS", endpoints)
        import sync_server.api.answer_check as check
        monkeypatch.setattr(check, "ENDPOINTS", endpoints)
    app = create_app(server_config)
    try:
        return app.test_client().get("/api/v1/health")
    finally:
        app.extensions["xuefa"].close()


def test_an_answer_that_fits_its_model_passes(server_config):
    assert _health(server_config).status_code == 200


def test_an_answer_off_its_model_fails_loudly(server_config, monkeypatch):
    answer = _health(server_config, {"200": (m.EnrolResponse, "up")}, monkeypatch)
    assert answer.status_code == 500 and answer.json["error"] == "answer_off_contract"
    assert "EnrolResponse" in answer.json["message"]


def test_a_status_or_a_json_answer_the_document_does_not_list_fails(server_config, monkeypatch):
    assert "does not list" in _health(server_config, {"201": (m.Health, "up")}, monkeypatch).json["message"]
    assert "no model" in _health(server_config, {"200": (None, "up")}, monkeypatch).json["message"]
