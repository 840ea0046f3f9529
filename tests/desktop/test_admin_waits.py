"""The admin window waits as long as a call's work takes: a roster import makes each new learner's
one-time password (a tenth of a second each on the server), so its answer may take minutes. The usual
30 s had ended the wait after ~250 new learners while the server went on and added them, their slips lost,
and the window said the server could not be reached. A real HTTP server on loopback answers slowly here."""
from __future__ import annotations

import http.server
import json
import threading
import time

import pytest

from desktop.services import admin_client
from desktop.services.admin_client import AdminClient, AdminError
from examcore.api_messages import RosterImported

SLOW = 1.5   # seconds the server takes to answer


class _Slow(http.server.BaseHTTPRequestHandler):
    def do_POST(self):   # noqa: N802 - the standard library's name
        self.rfile.read(int(self.headers.get("Content-Length") or 0))
        if self.path.endswith("/gateway"):   # what nginx answers when its proxy_read_timeout passes
            self.send_response(504)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Length", "29")
            self.end_headers()
            self.wfile.write(b"<html>504 Gateway Time-out</html>"[:29])
            return
        time.sleep(SLOW)
        body = json.dumps({"added": 3, "updated": 0, "transferred": 0, "slips_pdf": None}).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


@pytest.fixture
def slow_server():
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Slow)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def test_a_roster_import_waits_for_its_answer_and_a_lost_answer_is_not_called_unreachable(slow_server, monkeypatch):
    client = AdminClient(slow_server, timeout=0.5)   # the usual wait, shortened: the server takes longer
    assert client.import_roster(b"PK...", "名册.xlsx")["added"] == 3
    with pytest.raises(AdminError) as lost:   # an ordinary call waits the usual time: the answer is too late
        client._call("POST", "/admin/roster/withdraw", RosterImported, json={})
    assert lost.value.code == "no_answer" and "took the request" in lost.value.message
    monkeypatch.setattr(admin_client, "ROSTER_IMPORT_WAIT", 0.5)   # longer than even the import waits
    with pytest.raises(AdminError) as late:
        client.import_roster(b"PK...", "名册.xlsx")
    assert late.value.code == "no_answer"
    with pytest.raises(AdminError) as gave_up:   # a proxy in front gave up: maybe done, not refused
        client._call("POST", "/gateway", RosterImported, json={})
    assert gave_up.value.code == "no_answer" and "proxy" in gave_up.value.message


def test_the_roster_page_says_an_import_whose_answer_was_lost_may_have_been_done(qtbot):
    from desktop.ui.admin.roster_page import RosterPage

    class _Client:
        role, unit_id = "centre_admin", "C1"

        def __getattr__(self, name):
            raise AdminError("unreachable", "not in this test")
    page = RosterPage(_Client())
    qtbot.addWidget(page)
    page._import_failed(AdminError("no_answer", "took the request but gave no answer in time"))
    said = page.status_label.text()
    assert "may have been imported" in said and "before importing it again" in said, said
    assert "Not done" not in said
