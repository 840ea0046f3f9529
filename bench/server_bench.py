"""Server benchmarks: ingest of verified sealed results (issue: sync server)."""
from __future__ import annotations

import random
from datetime import datetime, timezone
import sqlite3
import tempfile
import time
from pathlib import Path

from argon2 import PasswordHasher

from bench.station_bench import entry
from examcore.crypto.keys import verify_signature
from examcore import canonical

RESULTS = 2000
BATCH = 200


def _setup(work: Path, results: int = RESULTS):
    """A server instance, a station whose package names it, and RESULTS real sealed results."""
    from bench.fixtures import LEARNER, START_CODE, bench_exam, big_pool
    from desktop.station import Station
    from examcore.crypto.keys import SigningKey
    from examcore.package import build_package
    from examcore.roster import RosterEntry, roster_bytes
    from sync_server.config import Config
    from sync_server.context import ServerContext
    from sync_server.devices import approve_device, request_enrolment
    from sync_server.ingest import import_package
    from sync_server.keys import create_keys
    from tests.server_fixtures import make_envelopes
    work.mkdir(parents=True, exist_ok=True)
    config = Config(work / "server")
    create_keys(config.instance_dir, "bench centre")
    ctx = ServerContext.open(config)
    issuer, ph = SigningKey.generate(), PasswordHasher()
    package = build_package(bench_exam(), big_pool(2000), issuer=issuer, issuer_name="bench",
                            recipients=[ctx.keys.recipient()], start_code=START_CODE,
                            proctor_password="proctor-bench-2026")
    (work / "p.xfp").write_bytes(package)
    from sync_server.directory import trust_issuer
    with ctx.sessions.begin() as s:
        trust_issuer(s, issuer.public_raw(), "bench", datetime.now(timezone.utc).replace(tzinfo=None))
    import_package(ctx, package)
    station = Station.open(work / "station")
    station.library.trust_issuer(issuer.public_raw(), "bench")
    station.accounts.import_roster(roster_bytes(
        [RosterEntry(LEARNER[0], "基准", "单位", "科员", False, ph.hash(LEARNER[1]), 1, False, None)], issuer))
    station.library.import_file(work / "p.xfp")
    request_enrolment(ctx, station.keys.device_id, station.keys.device_key.public_raw())
    approve_device(ctx, station.keys.device_id)
    envelopes = make_envelopes(station, results, random.Random(1), START_CODE, LEARNER[0])
    station.close()
    return ctx, [e.to_bytes() for e in envelopes]


def _bare_verify_insert(work: Path, blobs: list[bytes]) -> float:
    """The bare-library floor: parse, Ed25519-verify and insert each envelope, one commit per batch."""
    con = sqlite3.connect(work / "bare.sqlite3", isolation_level=None)
    con.execute("PRAGMA journal_mode=WAL")
    con.execute("PRAGMA synchronous=FULL")
    con.execute("CREATE TABLE r (id TEXT PRIMARY KEY, blob BLOB)")
    import json
    t = time.perf_counter()
    for start in range(0, len(blobs), BATCH):
        con.execute("BEGIN")
        for blob in blobs[start:start + BATCH]:
            outer = json.loads(blob)
            signed, signature = canonical.b64d(outer["signed"]), canonical.b64d(outer["signature"])
            meta = json.loads(signed)
            assert verify_signature(canonical.b64d(meta["device"]["public_key"]), signature, signed)
            con.execute("INSERT INTO r VALUES (?, ?)", (meta["result_id"], blob))
        con.execute("COMMIT")
    elapsed = time.perf_counter() - t
    con.close()
    return len(blobs) / elapsed


def _ingest_worker(args: tuple[str, list[list[bytes]]]) -> int:
    """One server worker process: its own context on the shared instance, its share of the batches."""
    from sync_server.config import Config
    from sync_server.context import ServerContext
    from sync_server.ingest import Ingest, Status
    instance, batches = args
    ctx = ServerContext.open(Config(Path(instance)))
    ingest = Ingest(ctx)
    stored = 0
    for batch in batches:
        stored += sum(1 for o in ingest.ingest_many(batch, "bench") if o.status is Status.STORED)
    ctx.close()
    return stored


def bench_ingest_two_workers(instance: Path, blobs: list[bytes]) -> float:
    """Two worker processes (the target's 2 cores) ingest alternate batches into the same database."""
    import multiprocessing
    batches = [blobs[i:i + BATCH] for i in range(0, len(blobs), BATCH)]
    shares = [(str(instance), batches[0::2]), (str(instance), batches[1::2])]
    with multiprocessing.get_context("spawn").Pool(2) as pool:
        pool.map(_ingest_worker, [(str(instance), [b[:1] for b in batches[:1]])] * 2)  # warm both: imports
        t = time.perf_counter()
        stored = sum(pool.map(_ingest_worker, shares))
        elapsed = time.perf_counter() - t
    return stored / elapsed


def bench_ingest(work: Path) -> list[dict]:
    import shutil

    from sync_server.ingest import Ingest, Status
    ctx, blobs = _setup(work)
    with ctx.engine.connect() as conn:  # everything into the main file, then copy it for the two-worker run
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    shutil.copytree(ctx.config.instance_dir, work / "server-2")
    bare = _bare_verify_insert(work, blobs)
    ingest = Ingest(ctx)
    ingest.ingest_many(blobs[:1], "bench")  # open the package once, as a running server has
    t = time.perf_counter()
    for start in range(1, len(blobs), BATCH):
        outcomes = ingest.ingest_many(blobs[start:start + BATCH], "bench")
        assert all(o.status is Status.STORED for o in outcomes), outcomes[0]
    ours = (len(blobs) - 1) / (time.perf_counter() - t)
    ctx.close()
    two = bench_ingest_two_workers(work / "server-2", blobs)
    return [entry(f"server ingest, verified and re-graded, one process, SQLite, batches of {BATCH}", ours,
                  "results/s", bare, "informative (one core)", True, ours / bare),
            entry(f"server ingest, verified and re-graded, two worker processes (2 cores), SQLite, batches of "
                  f"{BATCH}", two, "results/s", bare, ">= 2000/s and ratio >= 0.5",
                  two >= 2000 and two / bare >= 0.5, two / bare)]


STATIONS = 300
BURST_SECONDS = 10


def bench_burst(work: Path) -> list[dict]:
    """300 stations, each enrolled with its own key, deliver one result each within 10 s to a real server."""
    import os
    import signal
    import socket
    import statistics
    import subprocess
    import sys
    import threading
    import requests

    from bench.fixtures import LEARNER, START_CODE
    from desktop.station import Station
    from examcore.crypto.keys import SigningKey
    from examcore.signed_request import sign_request
    from sync_server.devices import approve_device, request_enrolment
    from tests.server_fixtures import make_envelopes
    ctx, _ = _setup(work, results=0)
    devices = [(f"station-burst-{n:03d}", SigningKey.generate()) for n in range(STATIONS)]
    for device_id, key in devices:
        request_enrolment(ctx, device_id, key.public_raw())
        approve_device(ctx, device_id)
    station = Station.open(work / "station")
    envelopes = make_envelopes(station, STATIONS, random.Random(2), START_CODE, LEARNER[0], devices)
    station.close()
    ctx.close()
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    root = Path(__file__).resolve().parents[1]
    proc = subprocess.Popen([sys.executable, "-m", "sync_server.cli", "--instance", str(ctx.config.instance_dir),
                             "serve", "--port", str(port), "--threads", "16"], cwd=root,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=os.environ.copy())
    base = f"http://127.0.0.1:{port}"
    for _ in range(300):
        try:
            if requests.get(base + "/api/v1/health", timeout=0.5).status_code == 200:
                break
        except requests.RequestException:
            time.sleep(0.1)
    bare = []  # the floor: an unsigned GET /health round trip to the same server
    for _ in range(50):
        t = time.perf_counter()
        requests.get(base + "/api/v1/health", timeout=5)
        bare.append((time.perf_counter() - t) * 1000)
    latencies: list[float] = []
    statuses: list[int] = []
    rng = random.Random(5)
    starts = sorted(rng.uniform(0, BURST_SECONDS) for _ in range(STATIONS))
    t0 = time.perf_counter()

    def station_submits(n: int) -> None:
        time.sleep(max(0.0, starts[n] - (time.perf_counter() - t0)))
        device_id, key = devices[n]
        body = envelopes[n].to_bytes()
        path = f"/api/v1/results/{envelopes[n].result_id}"
        headers = {"Content-Type": "application/json", **sign_request(key, device_id, "PUT", path, body)}
        t = time.perf_counter()
        r = requests.put(base + path, data=body, headers=headers, timeout=30)
        latencies.append(time.perf_counter() - t)
        statuses.append(r.status_code)

    threads = [threading.Thread(target=station_submits, args=(n,)) for n in range(STATIONS)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    proc.send_signal(signal.SIGTERM)
    proc.wait(10)
    acknowledged = sum(1 for s in statuses if s == 201)
    p99 = sorted(latencies)[int(0.99 * (len(latencies) - 1))] * 1000
    return [entry(f"burst: {STATIONS} stations submit within {BURST_SECONDS} s, p99 acknowledgement "
                  f"({acknowledged}/{STATIONS} acknowledged, median {statistics.median(latencies) * 1000:.0f} ms)",
                  p99, "ms", statistics.median(bare), "all acknowledged, p99 <= 1000 ms",
                  acknowledged == STATIONS and p99 <= 1000, p99 / statistics.median(bare))]


def run() -> list[dict]:
    with tempfile.TemporaryDirectory(prefix="xuefa-server-bench-") as tmp:
        results = bench_ingest(Path(tmp) / "ingest")
    with tempfile.TemporaryDirectory(prefix="xuefa-server-bench-") as tmp:
        return results + bench_burst(Path(tmp))
