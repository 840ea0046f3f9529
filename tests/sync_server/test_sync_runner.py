"""The station's background sync against a real server that vanishes and comes back."""
from __future__ import annotations

import signal
import subprocess
import sys
import time
from pathlib import Path

import requests
from PySide6.QtCore import Qt

from desktop.controller import StationController
from sync_server.devices import create_code
from sync_server.exams.packages import import_package
from tests.conftest import LEARNER
from tests.desktop.ui_helpers import log_in
from tests.server_fixtures import sit_exam

ROOT = Path(__file__).resolve().parents[2]


def _serve(instance: Path, port: int) -> subprocess.Popen:
    proc = subprocess.Popen([sys.executable, "-m", "sync_server.cli", "--instance", str(instance), "serve",
                             "--port", str(port)], cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    for _ in range(300):
        try:
            if requests.get(f"http://127.0.0.1:{port}/api/v1/health", timeout=0.5).status_code == 200:
                return proc
        except requests.RequestException:
            time.sleep(0.1)
    raise RuntimeError("server did not start")


def test_results_wait_while_the_server_is_away_and_leave_when_it_is_back(qtbot, server, server_config,
                                                                         live_server, station_for_server,
                                                                         server_package):
    import_package(server, server_package.read_bytes())
    station_for_server.enrolment.enrol(live_server, "01号机", create_code(server))
    port = int(live_server.rsplit(":", 1)[1])
    controller = StationController(station_for_server)
    qtbot.addWidget(controller.main)
    runner = controller.sync
    with qtbot.waitSignal(runner.state_changed, timeout=10_000,
                          check_params_cb=lambda s: s.online is not None and not s.busy):
        controller.start()  # the first sync runs at once
    assert runner.state.online is True and runner.state.pending == 0
    log_in(qtbot, controller.login, *LEARNER)
    status = controller.home.sync_status
    assert "connected" in status.label.text() and status.sync_button.isVisible()

    # the server goes away (the fixture's process): a result is sat and waits on the station
    subprocess.run(["pkill", "-f", "--", f"sync_server.cli.* serve .*--port {port}"], check=False)
    qtbot.waitUntil(lambda: requests_fail(live_server), timeout=10_000)
    sit_exam(station_for_server)
    with qtbot.waitSignal(runner.state_changed, timeout=15_000, check_params_cb=lambda s: not s.busy):
        qtbot.mouseClick(status.sync_button, Qt.MouseButton.LeftButton)
    assert runner.state.online is False and runner.state.pending == 1
    assert "not reachable" in status.label.text() and "Nothing is lost" in status.label.text()

    proc = _serve(server_config.instance_dir, port)  # back again
    try:
        with qtbot.waitSignal(runner.state_changed, timeout=15_000, check_params_cb=lambda s: not s.busy):
            qtbot.mouseClick(status.sync_button, Qt.MouseButton.LeftButton)
        assert runner.state.online is True and runner.state.pending == 0
        assert station_for_server.outbox.pending_results() == []
    finally:
        runner.stop()
        proc.send_signal(signal.SIGTERM)
        proc.wait(10)


def requests_fail(url: str) -> bool:
    try:
        requests.get(url + "/api/v1/health", timeout=0.5)
        return False
    except requests.RequestException:
        return True


def test_a_package_that_arrives_by_sync_appears_in_the_open_exam_list(qtbot, tmp_path, server, live_server,
                                                                     station_for_server, server_package, issuer):
    from tests.conftest import write_package
    import_package(server, server_package.read_bytes())
    station_for_server.enrolment.enrol(live_server, "01号机", create_code(server))
    controller = StationController(station_for_server)
    qtbot.addWidget(controller.main)
    runner = controller.sync
    with qtbot.waitSignal(runner.state_changed, timeout=10_000,
                          check_params_cb=lambda s: s.online is not None and not s.busy):
        controller.start()
    log_in(qtbot, controller.login, *LEARNER)
    assert controller.home.table.rowCount() == 1
    makeup = write_package(tmp_path / "makeup.xfp", issuer, recipients=[server.keys.recipient()], days=60)
    import_package(server, makeup.read_bytes())  # the exam office publishes the make-up paper
    try:
        qtbot.mouseClick(controller.home.sync_status.sync_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: controller.home.table.rowCount() == 2, timeout=15_000)
    finally:
        runner.stop()
