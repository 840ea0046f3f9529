"""Logins under attack, against real server processes on loopback (issue 15):

- the race: 61 logins for one admin at once (60 wrong, 1 right), spread over two server processes on the
  same database and sent from 61 loopback addresses (so no per-address limit interferes): at most five
  wrong passwords are ever checked, and no token is handed out after five failures;
- the flood: 24 unauthenticated logins at a time, over and over, while 30 stations check in to a started
  sitting every second: the check-ins' 99th percentile stays under one second."""
from __future__ import annotations

import http.client
import json
import multiprocessing
import statistics
import subprocess
import sys
import threading
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
import requests
from argon2 import PasswordHasher
from sqlalchemy import select

from examcore.clock import utc_naive
from examcore.crypto.keys import SigningKey
from examcore.sync_client import SyncClient
from sync_server.admins import create_admin
from sync_server.devices import approve_device, request_enrolment
from sync_server.directory.service import LearnerFields, put_learner, put_unit
from sync_server.models import AuditEntry, Device, Package
from tests.server_fixtures import free_port

PASSWORD = "Centre-admin-2026"
ROOT = Path(__file__).resolve().parents[2]


def serve(instance: Path, threads: int = 16) -> tuple[subprocess.Popen, str]:
    port = free_port()
    proc = subprocess.Popen([sys.executable, "-m", "sync_server.cli", "--instance", str(instance), "serve",
                             "--port", str(port), "--threads", str(threads)], cwd=ROOT,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    for _ in range(300):
        try:
            if requests.get(url + "/api/v1/health", timeout=1).status_code == 200:
                return proc, url
        except requests.RequestException:
            time.sleep(0.1)
    proc.kill()
    raise RuntimeError("server did not start")


@pytest.fixture
def servers(request, server_config, server):
    """Server processes on one instance folder and database; ``hash_slots`` set through config.json."""
    procs = []

    def start(count: int, hash_slots: int = 0, threads: int = 16) -> list[str]:
        server_config.hash_slots = hash_slots
        server_config.save()
        urls = []
        for _ in range(count):
            proc, url = serve(server_config.instance_dir, threads)
            procs.append(proc)
            urls.append(url)
        return urls
    yield start
    for proc in procs:
        proc.terminate()
        proc.wait(10)


def post_login(url: str, source: str, username: str, password: str) -> tuple[int, dict]:
    """POST /admin/login from the loopback address ``source``; a 429 busy is waited out as Retry-After says
    (a patient attacker), so every request ends with a real answer."""
    host, port = url.removeprefix("http://").split(":")
    body = json.dumps({"username": username, "password": password})
    while True:
        conn = http.client.HTTPConnection(host, int(port), timeout=60, source_address=(source, 0))
        try:
            conn.request("POST", "/api/v1/admin/login", body, {"Content-Type": "application/json"})
            answer = conn.getresponse()
            status, payload = answer.status, json.loads(answer.read())
        finally:
            conn.close()
        if status == 429 and payload["error"] == "busy":
            time.sleep(0.05)
            continue
        return status, payload


def test_61_logins_at_once_check_at_most_five_wrong_passwords(server, server_config, servers):
    now = utc_naive(server.clock.now())
    with server.sessions.begin() as s:
        put_unit(s, "C1", "甲市考试中心", "city", None, now)
        create_admin(s, "zhongxin", PASSWORD, "centre_admin", "C1", now, must_change_password=False)
    urls = servers(2, hash_slots=4)
    tries = [f"wrong-guess-{n:04d}" for n in range(60)]
    tries.insert(37, PASSWORD)
    answers: list[tuple[int, dict] | None] = [None] * len(tries)
    gate = threading.Barrier(len(tries))

    def attempt(n: int) -> None:
        gate.wait()
        answers[n] = post_login(urls[n % 2], f"127.0.0.{10 + n}", "zhongxin", tries[n])
    threads = [threading.Thread(target=attempt, args=(n,)) for n in range(len(tries))]
    for t in threads:
        t.start()
    for t in threads:
        t.join(120)
    assert all(a is not None for a in answers)
    wrong = [a for n, a in enumerate(answers) if n != 37]
    assert all(status == 401 for status, _ in wrong)
    assert len({json.dumps(p, sort_keys=True) for _, p in wrong}) == 1   # one answer, locked or wrong

    with server.sessions() as s:
        log = [(e.outcome, e.detail) for e in s.scalars(select(AuditEntry).where(AuditEntry.action == "login")
                                                         .order_by(AuditEntry.id))]
    checked_wrong = [n for n, (outcome, _) in enumerate(log) if outcome == "failed"]
    assert len(checked_wrong) <= 5, log                     # never more than five wrong passwords checked
    # every other try refused unchecked (the right one, checked in one of the five places, leaves four for
    # wrong ones: seen in CI when it came early)
    assert sum(1 for o, d in log if o == "refused" and d.startswith("locked")) == len(tries) - len(checked_wrong) - (
        1 if answers[37][0] == 200 else 0), log
    if answers[37][0] == 200:
        success = log.index(("ok", ""))
        assert sum(1 for n in checked_wrong if n < success) < 5    # a token only before the fifth failure
    else:
        assert len(checked_wrong) == 5, log                 # all five places went to wrong passwords
        assert answers[37] == wrong[0]                      # refused like the rest: nothing tells it was right


def flood(url: str, stop, answers) -> None:
    """24 login requests at a time, each from its own loopback address, each sent again as soon as it is
    answered, until ``stop``; ``answers[status]`` counts the answers."""
    host, port = url.removeprefix("http://").split(":")
    body = json.dumps({"username": "zhongxin", "password": "guess-guess-1"})

    def one(source: str) -> None:
        while not stop.is_set():
            conn = http.client.HTTPConnection(host, int(port), timeout=30, source_address=(source, 0))
            conn.request("POST", "/api/v1/admin/login", body, {"Content-Type": "application/json"})
            answer = conn.getresponse()
            answer.read()
            conn.close()
            with answers.get_lock():
                answers[answer.status] += 1
    threads = [threading.Thread(target=one, args=(f"127.0.1.{n + 1}",)) for n in range(24)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()


@pytest.mark.solo   # a latency bound: measured with nothing else running (make test)
def test_a_login_flood_does_not_stall_the_check_ins(server, server_config, server_package, servers):
    from sync_server.exams.packages import import_package
    from sync_server.sittings.service import create_sitting, start
    import_package(server, server_package.read_bytes())
    now = datetime.now(timezone.utc)
    cheap = PasswordHasher(time_cost=1, memory_cost=8, parallelism=1)   # set-up only: the learners' verifiers
    stations = []
    with server.sessions.begin() as s:
        put_unit(s, "C1", "甲市考试中心", "city", None, utc_naive(now))
        create_admin(s, "zhongxin", PASSWORD, "centre_admin", "C1", utc_naive(now), must_change_password=False)
        for n in range(30):
            put_learner(s, f"3000000{n:02d}", LearnerFields(f"考生{n}", "C1"), utc_naive(now), cheap)
        package_id = s.query(Package.package_id).scalar()
        sitting = create_sitting(s, package_id, "第一考场", now, [(f"3000000{n:02d}", f"{n:02d}") for n in range(30)],
                                 "test", now, unit_id="C1")
        start(s, sitting.sitting_id, "test", now)
    for n in range(30):
        key = SigningKey.generate()
        request_enrolment(server, f"station-{n:02d}", key.public_raw())
        approve_device(server, f"station-{n:02d}", unit_id="C1")
        stations.append((f"station-{n:02d}", key))
    with server.sessions.begin() as s:   # the room's PCs (a sitting takes check-ins only from its room)
        for device_id, _key in stations:
            s.get(Device, device_id).room = "第一考场"
    [url] = servers(1)   # the default pool: one password check per two cores

    stop = threading.Event()
    ctx = multiprocessing.get_context("spawn")   # the flood is another machine: not this process's GIL
    flood_stop, flood_answers = ctx.Event(), ctx.Array("i", 600)
    flooder = ctx.Process(target=flood, args=(url, flood_stop, flood_answers))

    class Identity:
        def __init__(self, device_id, key):
            self.device_id, self.device_key = device_id, key

    latencies: list[float] = []

    def station(device_id: str, key, learner_no: str) -> None:
        client = SyncClient(url, Identity(device_id, key), timeout=30)
        while not stop.is_set():
            begun = time.monotonic()
            client.check_in(learner_no, None, {"state": "in_progress", "answered": 3, "total": 9,
                                               "time_left_ms": 3_000_000})
            latencies.append(time.monotonic() - begun)
            stop.wait(max(0.0, 1.0 - (time.monotonic() - begun)))
    threads = [threading.Thread(target=station, args=(d, k, f"3000000{n:02d}"), daemon=True)
               for n, (d, k) in enumerate(stations)]
    for t in threads:
        t.start()
    time.sleep(3)   # the room alone: what a check-in costs on this machine today
    quiet = list(latencies)
    flooder.start()
    deadline = time.monotonic() + 60   # a spawned process takes a while to import everything
    while sum(flood_answers) == 0 and time.monotonic() < deadline:
        time.sleep(0.1)
    latencies[:] = []
    time.sleep(6)
    stop.set()
    for t in threads:
        t.join(30)
    flood_stop.set()
    flooder.join(30)
    answers = {status: n for status, n in enumerate(flood_answers) if n}
    assert len(latencies) >= 60 and len(quiet) >= 30, (latencies, quiet)
    quiet_p99 = statistics.quantiles(quiet, n=100)[98]
    p99 = statistics.quantiles(latencies, n=100)[98]
    # under one second on a machine of its own (CI); a machine busy with other work adds its own delay
    assert p99 < 1.0 + quiet_p99, (p99, quiet_p99, sorted(latencies)[-5:], answers)
    assert set(answers) <= {401, 429} and answers.get(429, 0) > 0   # turned away, never a 5xx
