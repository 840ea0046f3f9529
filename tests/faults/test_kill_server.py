"""Kill the centre server while stations deliver: after retries every result exists exactly once."""
from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
import requests
from sqlalchemy import func, select

from examcore.sync_client import SyncClient, SyncError
from examcore.receipt import read_receipt
from sync_server.devices import approve_device, request_enrolment
from sync_server.exams.packages import import_package
from sync_server.models import Result
from tests.server_fixtures import free_port, make_envelopes

ROOT = Path(__file__).resolve().parents[2]
TRIALS = 9    # each armed crash point (1–3, after and before the commit) fires once (CI time: was 12)
PER_TRIAL = 8  # new results each trial, besides whatever the earlier trials left undelivered
RESULTS = TRIALS * PER_TRIAL


def _start(instance: Path, port: int, fault: str | None = None) -> subprocess.Popen:
    env = {**os.environ, **({"XUEFA_FAULT": fault} if fault else {})}
    env.pop("XUEFA_FAULT", None) if not fault else None
    proc = subprocess.Popen([sys.executable, "-m", "sync_server.cli", "--instance", str(instance), "serve",
                             "--port", str(port)], cwd=ROOT, env=env, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            if requests.get(f"http://127.0.0.1:{port}/api/v1/health", timeout=0.5).status_code == 200:
                return proc
        except requests.RequestException:
            time.sleep(0.05)
    proc.kill()
    raise RuntimeError("server did not start")


@pytest.mark.slow
def test_killing_the_centre_during_ingest_loses_and_doubles_nothing(server, server_config, station_for_server,
                                                                   server_package):
    import_package(server, server_package.read_bytes())
    request_enrolment(server, station_for_server.keys.device_id, station_for_server.keys.device_key.public_raw())
    approve_device(server, station_for_server.keys.device_id)
    rng = random.Random(3)
    envelopes = make_envelopes(station_for_server, RESULTS, rng)
    receipts: dict[str, bytes] = {}
    port = free_port()
    client = SyncClient(f"http://127.0.0.1:{port}", station_for_server.keys, timeout=5)
    fault_kills = 0
    stored_unanswered = []  # results the server kept although the station never heard back
    for trial in range(TRIALS):
        # every third trial the server dies by its own hand right after a commit, before answering
        point = trial // 3 % 3 + 1   # 1, 2, 3, 1 …: every crash point, not a random few
        fault = f"after_commit:{point}" if trial % 3 == 0 else (f"before_commit:{point}" if trial % 3 == 1 else None)
        proc = _start(server_config.instance_dir, port, fault)
        stop = threading.Event()

        def deliver(due=envelopes[: (trial + 1) * PER_TRIAL]) -> None:
            for env in due:
                if stop.is_set() or env.result_id in receipts:
                    continue
                try:
                    [outcome] = client.deliver([env])
                except SyncError:
                    return  # the server is gone: the rest waits for the next trial
                if outcome["status"] == "duplicate":
                    stored_unanswered.append(env.result_id)
                if outcome.get("receipt"):
                    receipts[env.result_id] = outcome["receipt"].encode()

        worker = threading.Thread(target=deliver)
        worker.start()
        if fault:
            worker.join(30)  # the server dies at its armed crash point; the worker then stops on the error
        else:
            worker.join(rng.uniform(0.05, 0.6))  # a seeded random moment into the deliveries
        if not fault:
            proc.send_signal(signal.SIGKILL)
        stop.set()
        worker.join(30)
        if proc.wait(30) == 137:  # died at its crash point (os._exit(137)), not by our SIGKILL (-9)
            fault_kills += 1
    # the network is back for good: the station retries what has no receipt yet
    proc = _start(server_config.instance_dir, port)
    try:
        for env in envelopes:
            if env.result_id not in receipts:
                [outcome] = client.deliver([env])
                assert outcome["status"] in ("stored", "duplicate"), outcome
                if outcome["status"] == "duplicate":
                    stored_unanswered.append(env.result_id)
                receipts[env.result_id] = outcome["receipt"].encode()
    finally:
        proc.send_signal(signal.SIGTERM)
        proc.wait(10)
    with server.sessions() as s:
        ids = list(s.scalars(select(Result.result_id)))
        assert s.scalar(select(func.count()).select_from(Result)) == RESULTS
    assert sorted(ids) == sorted(e.result_id for e in envelopes)  # each exactly once
    for env in envelopes:
        receipt = read_receipt(receipts[env.result_id], {server.keys.signing.public_raw()})
        assert receipt.content_hash == env.content_hash
    assert fault_kills == sum(1 for t in range(TRIALS) if t % 3 != 2)  # every armed crash point fired
    assert stored_unanswered  # and a commit whose answer was lost came back as the same result, not a second
