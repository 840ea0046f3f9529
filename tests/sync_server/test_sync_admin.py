"""The Sync page's endpoints: one upstream sync at a time, and a clear answer when there is no upstream."""
from __future__ import annotations

import json

from examcore.clock import utc_naive
from sync_server.admins import create_admin
from sync_server.upstream import transfer_sessions
from sync_server.app import create_app
from sync_server.directory.service import put_unit

PASSWORD = "Centre-admin-2026"


def _centre_admin(server, server_config):
    """The centre's app and its administrator's authorisation header."""
    now = utc_naive(server.clock.now())
    with server.sessions.begin() as s:
        put_unit(s, "C1", "甲市考试中心", "city", None, now)
        create_admin(s, "zhongxin", PASSWORD, "centre_admin", "C1", now, must_change_password=False)
    app = create_app(server_config)
    token = app.test_client().post("/api/v1/admin/login",
                                   json={"username": "zhongxin", "password": PASSWORD}).json["token"]
    return app, {"Authorization": f"Bearer {token}"}


def test_a_second_sync_is_refused_while_one_runs_and_no_upstream_is_said_plainly(server, server_config):
    app, auth = _centre_admin(server, server_config)
    try:
        client = app.test_client()
        other = transfer_sessions.begin(server, "the sync-upstream command")   # a sync is running
        try:
            busy = client.post("/api/v1/admin/sync-upstream", headers=auth)
            assert busy.status_code == 409 and busy.json["error"] == "sync_running"
            assert client.get("/api/v1/admin/status", headers=auth).json["syncing"] is True
        finally:
            other.finish()
        lines = [json.loads(x) for x in client.post("/api/v1/admin/sync-upstream", headers=auth).data.splitlines()]
        assert "failed" in lines[-1] and "upstream" in lines[-1]["failed"]["message"]
        assert transfer_sessions.running(server) is None      # and the session was ended, as no sync that stopped
        assert transfer_sessions.last_failed(server) is None
        # a damaged USB bundle and a file that is not a receipt file: refused with the reason, nothing kept
        junk = client.post("/api/v1/admin/bundles/import", headers=auth, data=b"PK\x03\x04 not a bundle")
        assert junk.status_code == 422 and "nothing was stored" in junk.json["message"]
        wrong = client.post("/api/v1/admin/receipts/import", headers=auth, data=b'{"format": "something else"}')
        assert wrong.status_code == 422 and "nothing changed" in wrong.json["message"]
        empty = client.post("/api/v1/admin/bundles/export", headers=auth)
        assert empty.status_code == 200 and empty.headers["X-Xuefa-Results"] == "0"
        status = client.get("/api/v1/admin/status", headers=auth).json
        assert status["upstream"] is None and status["results"] == 0 and status["syncing"] is False
    finally:
        app.extensions["xuefa"].close()


def test_a_bundle_of_which_nothing_was_stored_brings_no_receipt_file(server, server_config, station_for_server,
                                                                     server_package, tmp_path):
    """Issue 20: a receipt file is written only for what the server holds; a station unknown here stores
    nothing, so the admin window gets no receipt to carry back."""
    from sync_server.exams.packages import import_package
    from tests.server_fixtures import sit_exam
    import_package(server, server_package.read_bytes())
    now = utc_naive(server.clock.now())
    with server.sessions.begin() as s:
        put_unit(s, "C1", "甲市考试中心", "city", None, now)
        create_admin(s, "zhongxin", PASSWORD, "centre_admin", "C1", now, must_change_password=False)
    sit_exam(station_for_server)
    bundle = tmp_path / "pc.xfr"
    station_for_server.outbox.export(bundle)
    app = create_app(server_config)
    try:
        client = app.test_client()
        token = client.post("/api/v1/admin/login", json={"username": "zhongxin", "password": PASSWORD}).json["token"]
        done = client.post("/api/v1/admin/bundles/import", headers={"Authorization": f"Bearer {token}"},
                           data=bundle.read_bytes())
        assert done.status_code == 200 and done.json["counts"] == {"refused": 1}
        assert done.json["held"] == 0 and done.json["receipt_file"] is None
    finally:
        app.extensions["xuefa"].close()


def test_results_relayed_before_a_later_step_failed_are_in_the_failure(server, server_config, monkeypatch):
    """The admin window's 立即向上级同步, like `sync-upstream` (issue 20): results relayed before the study
    records failed are told with the failure, never hidden behind it."""
    import sync_server.upstream.pull
    import sync_server.upstream.relay
    import sync_server.upstream.study_relay
    from examcore.sync_client import SyncError
    from sync_server.upstream.pull import PullReport
    from sync_server.upstream.relay import RelayReport

    def cut(_ctx):
        raise SyncError("unreachable", "connection refused")
    monkeypatch.setattr(sync_server.upstream.pull, "pull", lambda _ctx: PullReport(1, 0, []))
    monkeypatch.setattr(sync_server.upstream.relay, "relay", lambda _ctx, _progress=None: RelayReport(3, 1, [], 9, True, 9))
    monkeypatch.setattr(sync_server.upstream.study_relay, "relay_study", cut)
    app, auth = _centre_admin(server, server_config)
    try:
        lines = [json.loads(x) for x in app.test_client().post("/api/v1/admin/sync-upstream",
                                                               headers=auth).data.splitlines()]
        assert lines[-1]["failed"]["code"] == "unreachable"
        assert lines[-1]["failed"]["relayed"] == {"sent": 3, "already_there": 1}
    finally:
        app.extensions["xuefa"].close()


def test_the_sync_page_says_what_went_up_before_it_stopped(qtbot, monkeypatch):
    from desktop.services.admin_client import AdminError
    from desktop.ui.admin.sync_page import SyncPage
    monkeypatch.setenv("XUEFA_LANG", "en")
    page = SyncPage.__new__(SyncPage)   # only the failure's words are looked at
    from PySide6.QtWidgets import QLabel, QProgressBar, QPushButton, QWidget
    holder = QWidget()
    qtbot.addWidget(holder)
    page.progress, page.sync_button, page.sync_label = QProgressBar(holder), QPushButton(holder), QLabel(holder)
    page.tr = lambda text: text
    SyncPage._sync_failed(page, AdminError("unreachable", "connection refused",
                                           {"relayed": {"sent": 3, "already_there": 1}}))
    text = page.sync_label.text()
    assert text.startswith("3 result(s) sent to the upstream and confirmed; then the sync stopped: ") and \
        "connection refused" not in text, text
