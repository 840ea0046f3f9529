"""The admin window and the proctor's console read every answer of the admin API with its model
(examcore/api_messages.py, the one the server's API document names; issue 18, one API contract): an answer
of another shape (an older or foreign server) is AdminError bad_answer before a window reads it, not a
KeyError in a worker thread; a newer server's extra fields are no error. The server's side of the same
models is checked by every test that uses an endpoint (sync_server/api/answer_check.py)."""
from __future__ import annotations

from types import SimpleNamespace

import pytest

from desktop.services.admin_client import AdminClient
from desktop.services.admin_session import AdminError, AdminSession
from desktop.services.proctor_client import ProctorClient

ADMIN_CALLS = {
    "admins": lambda c: c.admins(), "reset_admin_password": lambda c: c.reset_admin_password("wang"),
    "set_admin_disabled": lambda c: c.set_admin_disabled("wang", True),
    "set_admin_role": lambda c: c.set_admin_role("wang", "unit_admin"), "logout_all": lambda c: c.logout_all("wang"),
    "audit": lambda c: c.audit(), "units": lambda c: c.units(), "exams": lambda c: c.exams(),
    "flagged_results": lambda c: c.flagged_results(), "decide": lambda c: c.decide("r1", "accept", "ok"),
    "unit_report": lambda c: c.unit_report("e1"), "items": lambda c: c.items("e1"), "summary": lambda c: c.summary(),
    "banks": lambda c: c.banks(), "questions": lambda c: c.questions("b"),
    "edit_question": lambda c: c.edit_question("q1", {}), "retire_question": lambda c: c.retire_question("q1"),
    "question_history": lambda c: c.question_history("q1"), "build_exam": lambda c: c.build_exam({}, "b", []),
    "learners": lambda c: c.learners(), "import_questions": lambda c: c.import_questions([], "b", True),
    "import_roster": lambda c: c.import_roster(b"x", "r.xlsx"), "reset_password": lambda c: c.reset_password("1"),
    "archive": lambda c: c.archive("1"), "devices": lambda c: c.devices(),
    "approve": lambda c: c.approve("d", "U"), "revoke": lambda c: c.revoke("d"), "status": lambda c: c.status(),
    "import_bundle": lambda c: c.import_bundle(b"x"), "import_receipts": lambda c: c.import_receipts(b"x"),
    "login": lambda c: c.login("wang", "pw"), "change_password": lambda c: c.change_password("a", "b"),
}
PROCTOR_CALLS = {
    "sittings": lambda c: c.sittings(), "sitting": lambda c: c.sitting("s1"), "start": lambda c: c.start("s1"),
    "act": lambda c: c.act("s1", "pause"), "move_seat": lambda c: c.move_seat("s1", "1", "why"),
    "missing": lambda c: c.missing("s1", "1", "why"), "close": lambda c: c.close("s1"),
    "cancel": lambda c: c.cancel("s1", "why"),
    "start_code": lambda c: c.start_code("s1"),
}


def _answering(monkeypatch, payload: dict) -> None:
    monkeypatch.setattr(AdminSession, "_send", lambda self, method, path, wait=None, **kw: SimpleNamespace(
        status_code=200, json=lambda: payload))


def test_every_call_reads_its_answer_with_a_model():
    """Each public call of both clients is listed here: a new one must be added (and read with a model)."""
    public = {n for n in dir(AdminClient) if not n.startswith("_") and callable(getattr(AdminClient, n))}
    assert public - {"export_roster", "export_bundle", "sync_upstream"} == set(ADMIN_CALLS)
    public = {n for n in dir(ProctorClient) if not n.startswith("_") and callable(getattr(ProctorClient, n))}
    assert public - {"login", "change_password"} == set(PROCTOR_CALLS)


@pytest.mark.parametrize("name", [*ADMIN_CALLS, *(f"proctor.{n}" for n in PROCTOR_CALLS)])
def test_an_answer_of_another_shape_is_a_bad_answer(name, monkeypatch):
    _answering(monkeypatch, {"something": "else"})
    client, call = ((ProctorClient("http://127.0.0.1:9"), PROCTOR_CALLS[name.removeprefix("proctor.")])
                    if name.startswith("proctor.") else (AdminClient("http://127.0.0.1:9"), ADMIN_CALLS[name]))
    with pytest.raises(AdminError) as err:
        call(client)
    assert err.value.code == "bad_answer" and "another version" in err.value.message


def test_a_newer_servers_extra_field_is_read_and_kept(monkeypatch):
    unit = {"unit_id": "U1", "parent_id": None, "name": "甲单位", "level": "unit", "added_later": 1}
    _answering(monkeypatch, {"units": [unit]})
    assert AdminClient("http://127.0.0.1:9").units() == [unit]
    _answering(monkeypatch, {"units": [{**unit, "level": None}]})   # a field it reads, of another type
    with pytest.raises(AdminError) as err:
        AdminClient("http://127.0.0.1:9").units()
    assert "units.0.level" in err.value.message


def test_a_bad_answer_is_said_in_the_users_language(monkeypatch):
    monkeypatch.setenv("XUEFA_LANG", "zh_CN")
    _answering(monkeypatch, {"units": "none"})
    with pytest.raises(AdminError) as err:
        AdminClient("http://127.0.0.1:9").units()
    assert "不是本版本学法能读取的" in err.value.message and "GET /admin/units" in err.value.message


def test_rows_the_windows_read_are_checked_too(monkeypatch):
    """Found by an outside tester: the status model took any list of objects for the bundle imports, and the
    sync page then failed with KeyError 'sender' on a row without it. Every row a window reads has a model."""
    status = {"name": "示范考点", "server_id": "ab:cd", "results": 0, "devices_waiting": 0, "alerts": [],
              "upstream": None, "to_relay": 0, "study_to_relay": 0, "last_taken": None, "last_relayed": None,
              "syncing": False, "importing": [], "imports_stopped": [{"unexpected": 1}]}
    _answering(monkeypatch, status)
    with pytest.raises(AdminError) as err:
        AdminClient("http://127.0.0.1:9").status()
    assert err.value.code == "bad_answer" and "imports_stopped.0.sender" in err.value.message
    status["imports_stopped"] = [{"sender": "station-1", "stage": "ingest", "at": "2026-12-06T01:00:00Z", "done": 3,
                                  "total": 9}]
    _answering(monkeypatch, status)
    assert AdminClient("http://127.0.0.1:9").status()["imports_stopped"][0]["sender"] == "station-1"
