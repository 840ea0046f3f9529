"""`make demo` (issue 19 #8): one command makes a centre with a sitting for today and enrolled stations,
and an exam sat on a demo station reaches the demo server."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from sqlalchemy import func, select

from demo_centre.build import PROCTOR_PC, ROOM, STATIONS
from desktop.demo import DEMO_LEARNERS, DEMO_START_CODE
from desktop.services.login_types import LoginStatus
from desktop.services.server_link import station_client
from desktop.services.sync_steps import run_sync
from desktop.station import Station
from sync_server.config import Config
from sync_server.context import ServerContext
from sync_server.models import Device, Result, Sitting, SittingSeat
from tests.server_fixtures import free_port

ROOT = Path(__file__).resolve().parents[2]


def _start(folder: Path, port: int) -> tuple[subprocess.Popen, list[str]]:
    proc = subprocess.Popen([sys.executable, "-m", "demo_centre", "--folder", str(folder), "--port", str(port),
                             "--no-windows"], cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                            env={**os.environ, "XUEFA_LANG": "en"})
    lines: list[str] = []
    deadline = time.monotonic() + 240
    assert proc.stdout is not None
    while time.monotonic() < deadline:
        line = proc.stdout.readline()
        if not line:
            break
        lines.append(line.rstrip())
        if line.startswith("(delete it to begin afresh)"):
            return proc, lines
    proc.kill()
    raise AssertionError("the demo did not come up:\n" + "\n".join(lines))


def _stop(proc: subprocess.Popen) -> None:
    """As a terminal's Ctrl+C or a session's end would: the demo stops its server (and windows)."""
    proc.send_signal(signal.SIGTERM)
    proc.communicate(timeout=30)


def test_one_command_makes_a_centre_whose_stations_deliver_to_it(tmp_path):
    folder, port = tmp_path / "demo-centre", free_port()
    proc, said = _start(folder, port)
    try:
        text = "\n".join(said)
        assert f"The demo centre is running at https://127.0.0.1:{port}" in text
        assert all(f"enrolled the demo station {name}" in text for name in (*STATIONS, PROCTOR_PC))
        assert all(f"{no}  {name}" in text for no, name, *_ in DEMO_LEARNERS)
        station = Station.open(folder / STATIONS[0])
        try:   # the station got the roster, the issuer and the exam from the server in its first sync
            no, _name, _unit, _rank, _leader, password = DEMO_LEARNERS[0]
            assert station.accounts.login(no, password).status is LoginStatus.MUST_CHANGE
            assert station.accounts.change_password(no, password, "Wang-xiaoming-2026") == []
            learner = station.accounts.login(no, "Wang-xiaoming-2026").learner
            listing = station.library.listings(no)[0]
            attempt = station.attempts.begin(learner, station.attempts.unlock(listing.package_id, DEMO_START_CODE))
            first = attempt.paper.items[0]
            attempt.save_answer(first.question_id, attempt.unlocked.content.questions[first.question_id].answer)
            receipt = attempt.submit()
            report = run_sync(station, station_client(station))
            assert report.deliver.done and report.confirmed == 1 and station.results.pending() == []
        finally:
            station.close()
    finally:
        _stop(proc)
    assert proc.returncode is not None
    server = ServerContext.open(Config(folder / "server"))
    try:
        with server.sessions() as s:
            assert s.get(Result, receipt.result_id) is not None            # the result reached the demo server
            sitting = s.scalars(select(Sitting)).one()                     # today's, in the room, all seated
            assert sitting.room == ROOM
            assert s.scalar(select(func.count()).select_from(SittingSeat)) == len(DEMO_LEARNERS)
            rooms = {d.note: d.room for d in s.scalars(select(Device))}
            assert rooms == {STATIONS[0]: ROOM, STATIONS[1]: ROOM, PROCTOR_PC: None}
    finally:
        server.close()
    again, said = _start(folder, port)   # a second run reuses everything: nothing made, the same sitting
    _stop(again)
    assert not any(line.startswith(("made the demo", "enrolled")) for line in said)
    server = ServerContext.open(Config(folder / "server"))
    try:
        with server.sessions() as s:
            assert s.scalar(select(func.count()).select_from(Sitting)) == 1
    finally:
        server.close()
