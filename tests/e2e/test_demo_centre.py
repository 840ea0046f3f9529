"""`make demo` (issue 19 #8): one command makes a centre with a sitting for today and enrolled stations,
and an exam sat on a demo station reaches the demo server."""
from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from datetime import timedelta
from pathlib import Path

from sqlalchemy import func, select

from demo_centre.build import PROCTOR_PC, ROOM, STATIONS
from desktop.demo import DEMO_LEARNERS, DEMO_START_CODE
from desktop.services.login_types import LoginStatus
from desktop.services.sync_steps import run_sync
from desktop.station import Station
from sync_server.config import Config
from sync_server.context import ServerContext
from sync_server.models import Device, Result, Sitting, SittingEvent, SittingSeat
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
    with socket.socket() as held:   # the port taken by another program: said, and nothing is made
        held.bind(("127.0.0.1", port))
        held.listen()
        busy = subprocess.run([sys.executable, "-m", "demo_centre", "--folder", str(folder), "--port", str(port),
                               "--no-windows"], cwd=ROOT, capture_output=True, text=True, timeout=60,
                              env={**os.environ, "XUEFA_LANG": "en"})
    assert busy.returncode == 1 and f"port {port} is in use" in busy.stderr and not folder.exists(), busy.stderr
    (folder / "server.part").mkdir(parents=True)   # what a first run stopped halfway leaves: made again
    (folder / "server.part" / "config.json").write_text("{}", encoding="utf-8")
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
            report = run_sync(station.upward, station.downward, station.link.client())
            assert report.deliver.done and report.confirmed == 1 and station.outbox.pending_results() == []
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
        with server.sessions.begin() as s:   # the next day: yesterday's sitting was never ended by its proctor
            yesterday = s.scalars(select(Sitting)).one()
            yesterday.starts_at -= timedelta(days=1)
            first_id = yesterday.sitting_id
    finally:
        server.close()
    again, said = _start(folder, port)   # nothing made again; yesterday's ended, a new one for today
    _stop(again)
    assert not any(line.startswith(("made the demo", "enrolled")) for line in said)
    server = ServerContext.open(Config(folder / "server"))
    try:
        with server.sessions() as s:
            sittings = {x.sitting_id: x for x in s.scalars(select(Sitting))}
            assert len(sittings) == 2 and sittings[first_id].state in ("closing", "closed")
            kinds = set(s.scalars(select(SittingEvent.kind).where(SittingEvent.sitting_id == first_id)))
            assert {"started", "missing", "closing"} <= kinds   # ended as a proctor ends it, in its log
    finally:
        server.close()


def test_the_station_demo_and_the_demo_centre_share_their_keys_whichever_comes_first(tmp_path):
    """`make run` then `make demo`, or the other way round, in one folder: the station demo's exam is issued
    to the demo centre's server, which holds it and trusts its issuer, so its results can be delivered
    there (issue 19 #8)."""
    from demo_centre.build import DemoCentre, build_server
    from desktop.demo import ensure_demo
    from examcore.package import parse_package
    from sync_server.keys import load_keys
    from sync_server.models import Package, TrustedIssuer
    for first in ("station", "centre"):
        here = tmp_path / first
        if first == "station":
            ensure_demo(here / "demo-data")
            assert build_server(DemoCentre(here / "demo-centre"))
        else:
            assert build_server(DemoCentre(here / "demo-centre"))
            ensure_demo(here / "demo-data")
        station_exam = parse_package((here / "demo-data" / "demo-exam.xfp").read_bytes(), None)
        server = here / "demo-centre" / "server"
        results_key = load_keys(server).results.public_raw()
        assert results_key in [r.public_key for r in station_exam.header.recipients], first
        ctx = ServerContext.open(Config(server))
        try:
            with ctx.sessions() as s:
                if first == "station":   # made after the station demo: it holds that exam too
                    assert station_exam.header.package_id in set(s.scalars(select(Package.package_id)))
                issuers = set(s.scalars(select(TrustedIssuer.public_key)))
        finally:
            ctx.close()
        assert station_exam.header.issuer_key in issuers, first
