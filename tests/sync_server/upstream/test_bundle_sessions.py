"""A USB bundle import is a transfer session (issue 17, Deliver 2): its row says who imports it, how far it got
and how it ended; a second import of the same sender's bundle, by any process, window or host, is told who
runs it and reads nothing; other senders' bundles and the upstream sync go on beside it."""
from __future__ import annotations

import random

from sqlalchemy import func, select

from examcore.bundle import export_bundle
from sync_server.upstream import bundles
from sync_server.upstream import transfer_sessions
from sync_server.upstream.bundles import import_bundle
from sync_server.devices import approve_device
from sync_server.exams.packages import import_package
from sync_server.models import Result, TransferSession
from sync_server.upstream.transfer_sessions import SyncRunning, bundle_kind
from tests.conftest import LEARNER
from tests.server_cli import server_cli
from tests.server_fixtures import make_envelopes, on_roster
from tests.sync_server.test_sync_admin import _centre_admin


def _bundle(tmp_path, server, station, server_package, count: int = 5) -> bytes:
    """A bundle of ``count`` results from ``station``, enrolled here (its first file asks, an admin approves)."""
    import_package(server, server_package.read_bytes())
    on_roster(server, LEARNER[0])
    path = tmp_path / "r.xfb"
    export_bundle(path, make_envelopes(station, count, random.Random(7)), station.keys.device_key,
                  station.keys.device_id)
    import_bundle(server, path.read_bytes())   # (not enrolled yet: refused, and remembered as a request)
    approve_device(server, station.keys.device_id)
    return path.read_bytes()


def _sessions(server) -> list[tuple[str, str, int, int, str]]:
    with server.sessions() as s:
        return [(r.kind, r.stage, r.done, r.total, r.outcome) for r in
                s.scalars(select(TransferSession).order_by(TransferSession.started_at))]


def _stored(server) -> int:
    with server.sessions() as s:
        return s.scalar(select(func.count()).select_from(Result))


def test_an_import_is_a_session_stored_in_chunks_with_its_progress_and_outcome(tmp_path, server, station_for_server,
                                                                             server_package, monkeypatch):
    data = _bundle(tmp_path, server, station_for_server, server_package)
    told: list[tuple] = []
    stage = transfer_sessions.Held.stage
    monkeypatch.setattr(transfer_sessions.Held, "stage",
                        lambda self, *a, **k: (told.append(a), stage(self, *a, **k))[1])
    monkeypatch.setattr(bundles, "INGEST_CHUNK", 2)
    done = import_bundle(server, data, how="the import-bundle command")
    assert [o.status.value for o in done.outcomes] == ["stored"] * 5 and _stored(server) == 5
    assert told == [("ingest", 0, 5), ("ingest", 2, 5), ("ingest", 4, 5), ("ingest", 5, 5)]
    kind = bundle_kind(station_for_server.keys.device_id)
    assert _sessions(server)[-1] == (kind, "done", 5, 5, "stored 5"), _sessions(server)
    assert _sessions(server)[0][1:] == ("done", 5, 5, "refused 5")   # the first file, refused: its row too
    assert transfer_sessions.bundle_imports_running(server) == []


def test_a_second_import_of_the_same_senders_bundle_is_told_who_runs_it_and_reads_nothing(
        tmp_path, server, server_config, station_for_server, server_package):
    data = _bundle(tmp_path, server, station_for_server, server_package, count=2)
    sender = station_for_server.keys.device_id
    other = transfer_sessions.begin(server, "admin window, zhongxin", kind=bundle_kind(sender), about=sender)
    other.stage("ingest", 500, 2000)
    try:
        try:
            import_bundle(server, data)
            raise AssertionError("a second import of one sender's bundle ran beside the first")
        except SyncRunning as refused:
            assert (refused.running.about, refused.running.done, refused.running.total) == (sender, 500, 2000)
        assert _stored(server) == 0
        # the command line and `status`, in a real second process, in the reader's language
        path = tmp_path / "again.xfb"
        path.write_bytes(data)
        instance = server_config.instance_dir
        busy = server_cli(instance, "import-bundle", path)
        assert busy.returncode == 1 and f"a bundle from {sender} is already being imported" in busy.stderr, \
            busy.stdout + busy.stderr
        assert "the admin window of zhongxin on " in busy.stderr and "500 of 2000" in busy.stderr
        assert "Traceback" not in busy.stderr
        chinese = server_cli(instance, "import-bundle", path, env={"XUEFA_LANG": "zh_CN"})
        assert "zhongxin 的管理窗口" in chinese.stderr and "is already" not in chinese.stderr, chinese.stderr
        status = server_cli(instance, "status").stdout
        assert f"a bundle from {sender} is being imported since" in status, status
        # the admin window: 409, with who and how far, for the page to say in the clerk's language
        app, auth = _centre_admin(server, server_config)
        try:
            client = app.test_client()
            answer = client.post("/api/v1/admin/bundles/import", headers=auth, data=data)
            assert answer.status_code == 409 and answer.json["error"] == "bundle_import_running"
            assert (answer.json["sender"], answer.json["done"], answer.json["total"]) == (sender, 500, 2000)
            [importing] = client.get("/api/v1/admin/status", headers=auth).json["importing"]
            assert importing["sender"] == sender
        finally:
            app.extensions["xuefa"].close()
        assert _stored(server) == 0
    finally:
        other.finish("stored 2000")
    # an upstream sync running does not stop a bundle import (other kinds of session)
    sync = transfer_sessions.begin(server, "the sync-upstream command")
    try:
        assert [o.status.value for o in import_bundle(server, data).outcomes] == ["stored", "stored"]
    finally:
        sync.finish()


def test_the_sync_page_says_a_running_import_in_the_clerks_words(qtbot):
    from PySide6.QtWidgets import QLabel, QWidget

    from desktop.services.admin_client import AdminError
    from desktop.ui.admin.sync_page import SyncPage
    page = SyncPage.__new__(SyncPage)   # only the failure's words are looked at
    holder = QWidget()
    qtbot.addWidget(holder)
    page.usb_label = QLabel(holder)
    page.tr = lambda text: text
    SyncPage._usb_failed(page, AdminError("bundle_import_running", "a bundle from station-1 is already being imported",
                                          {"error": "bundle_import_running", "sender": "station-1", "done": 3,
                                           "total": 9}))
    said = page.usb_label.text()
    assert "station-1" in said and "3 of 9" in said and "import this file again" in said, said


def test_an_import_stopped_halfway_is_said_by_status_until_the_file_goes_in_again(
        tmp_path, server, server_config, station_for_server, server_package):
    """A killed import-bundle (a real process, killed after storing its first chunk) leaves its session
    running with no owner: `status` and the admin API say which sender's import stopped and what to do; the
    same file imported again takes that session over (keeping its sender), stores nothing twice, and the
    line goes. A failed import is said with its error."""
    data = _bundle(tmp_path, server, station_for_server, server_package)
    sender, instance = station_for_server.keys.device_id, server_config.instance_dir
    path = tmp_path / "cut.xfb"
    path.write_bytes(data)
    killed = server_cli(instance, "import-bundle", path, env={"XUEFA_FAULT": "after_commit:1"})
    assert killed.returncode == 137, killed.stdout + killed.stderr
    [stopped] = transfer_sessions.bundle_imports_stopped(server)
    assert (stopped.about, stopped.stage, stopped.total) == (sender, "interrupted", 5)
    status = server_cli(instance, "status").stdout
    assert f"the last import of a bundle from {sender} stopped at" in status and "its program was stopped" in status
    assert "Import the same file again" in status, status
    chinese = server_cli(instance, "status", env={"XUEFA_LANG": "zh_CN"}).stdout
    assert f"来自 {sender} 的数据包最近一次导入" in chinese and "Import the same" not in chinese, chinese
    app, auth = _centre_admin(server, server_config)
    try:
        [said] = app.test_client().get("/api/v1/admin/status", headers=auth).json["imports_stopped"]
        assert (said["sender"], said["stage"], said["total"]) == (sender, "interrupted", 5)
    finally:
        app.extensions["xuefa"].close()

    again = import_bundle(server, data)
    assert [o.status.value for o in again.outcomes] == ["duplicate"] * 5 and _stored(server) == 5
    assert transfer_sessions.bundle_imports_stopped(server) == []
    with server.sessions() as s:
        taken = s.scalars(select(TransferSession).where(TransferSession.stage == "taken_over")).one()
        assert taken.about == sender and "its process had ended" in taken.outcome

    server.clock.advance(60_000)
    try:
        with transfer_sessions.held(server, "the import-bundle command", kind=bundle_kind(sender), about=sender):
            raise OSError(28, "No space left on device")
    except OSError:
        pass
    [failed] = transfer_sessions.bundle_imports_stopped(server)
    assert (failed.about, failed.stage) == (sender, "failed")
    assert "it failed (the disk is full)" in server_cli(instance, "status").stdout


def test_the_sync_page_says_an_import_that_stopped(qtbot):
    from desktop.ui.admin.sync_page import SyncPage
    page = SyncPage(client=None)   # only what the server's status says is shown here
    qtbot.addWidget(page)
    status = {"name": "示范市考试中心", "results": 5, "devices_waiting": 0, "alerts": [], "upstream": None,
              "to_relay": 0, "study_to_relay": 0, "last_taken": None, "last_relayed": None, "syncing": False,
              "importing": [], "imports_stopped": [{"sender": "station-1", "stage": "interrupted",
                                                    "at": "2026-12-05T01:02:03Z", "done": 500, "total": 2000}]}
    page._show((status, []))
    said = page.state_label.text()
    assert "from station-1 stopped at" in said and "500 of 2000" in said and "import the same file again" in said
    page._show(({**status, "imports_stopped": []}, []))
    assert "stopped" not in page.state_label.text()
