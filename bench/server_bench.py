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


def _setup(work: Path, results: int = RESULTS, database_url: str = ""):
    """A server instance (SQLite, or ``database_url``; with its TLS certificate), a station whose package
    names it, and RESULTS real sealed results."""
    from bench.fixtures import LEARNER, START_CODE, bench_exam, big_pool
    from desktop.station import Station
    from examcore.crypto.keys import SigningKey
    from examcore.package import build_package
    from examcore.roster import RosterEntry, roster_bytes
    from sync_server.config import Config
    from sync_server.context import ServerContext
    from sync_server.devices import approve_device, request_enrolment
    from sync_server.exams.packages import import_package
    from sync_server.keys import create_keys
    from tests.server_fixtures import make_envelopes
    work.mkdir(parents=True, exist_ok=True)
    config = Config(work / "server", database_url)
    create_keys(config.instance_dir, "bench centre")
    config.save()   # the server processes started on this folder find the same database
    from sync_server.tls import create as create_certificate
    create_certificate(config.instance_dir, "bench centre")
    ctx = ServerContext.open(config)
    issuer, ph = SigningKey.generate(), PasswordHasher()
    package = build_package(bench_exam(), big_pool(2000), issuer=issuer, issuer_name="bench",
                            recipients=[ctx.keys.recipient()], start_code=START_CODE,
                            proctor_password="proctor-bench-2026")
    (work / "p.xfp").write_bytes(package)
    from sync_server.directory.service import trust_issuer
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
    from sync_server.results.ingest import Ingest, Status
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

    from sync_server.results.ingest import Ingest, Status
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


def _burst_devices(work: Path, database_url: str = ""):
    """A server instance with STATIONS stations approved, each with one real sealed result."""
    from bench.fixtures import LEARNER, START_CODE
    from desktop.station import Station
    from examcore.crypto.keys import SigningKey
    from sync_server.devices import approve_device, request_enrolment
    from tests.server_fixtures import make_envelopes
    ctx, _ = _setup(work, results=0, database_url=database_url)
    devices = [(f"station-burst-{n:03d}", SigningKey.generate()) for n in range(STATIONS)]
    for device_id, key in devices:
        request_enrolment(ctx, device_id, key.public_raw())
        approve_device(ctx, device_id)
    station = Station.open(work / "station")
    envelopes = make_envelopes(station, STATIONS, random.Random(2), START_CODE, LEARNER[0], devices)
    station.close()
    ctx.close()
    return ctx.config.instance_dir, devices, envelopes


def _time_burst(base: str, devices, envelopes, new_session) -> tuple[list[float], list[float], list[int]]:
    """The floor (50 unsigned GET /health round trips, each on a new connection as a station's first
    request is) and the burst: each station's signed PUT of its result, started at a random moment within
    BURST_SECONDS. Returns (floor ms, latencies s, HTTP statuses)."""
    import threading
    from examcore.signed_request import sign_request
    bare = []
    for _ in range(50):
        t = time.perf_counter()
        with new_session() as http:
            http.get(base + "/api/v1/health", timeout=5)
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
        with new_session() as http:
            r = http.put(base + path, data=body, headers=headers, timeout=30)
        latencies.append(time.perf_counter() - t)
        statuses.append(r.status_code)

    threads = [threading.Thread(target=station_submits, args=(n,)) for n in range(STATIONS)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    return bare, latencies, statuses


def _burst_entry(what: str, bare: list[float], latencies: list[float], statuses: list[int]) -> dict:
    import statistics
    acknowledged = sum(1 for s in statuses if s == 201)
    p99 = sorted(latencies)[int(0.99 * (len(latencies) - 1))] * 1000
    return entry(f"burst: {STATIONS} stations submit within {BURST_SECONDS} s{what}, p99 acknowledgement "
                 f"({acknowledged}/{STATIONS} acknowledged, median {statistics.median(latencies) * 1000:.0f} ms)",
                 p99, "ms", statistics.median(bare), "all acknowledged, p99 <= 1000 ms",
                 acknowledged == STATIONS and p99 <= 1000, p99 / statistics.median(bare))


def bench_burst(work: Path, tls: bool = False) -> list[dict]:
    """300 stations, each enrolled with its own key, deliver one result each within 10 s to a real server
    (one `serve` process, 16 threads): plain HTTP on loopback, or (``tls``) HTTPS with the instance's
    certificate, as every centre serves off loopback, each station on a new pinned connection."""
    from examcore.tls_pin import Pins, session_for
    from sync_server import tls as server_tls
    from tests.server_fixtures import free_port, serve_process, stop_process
    instance, devices, envelopes = _burst_devices(work)
    proc, base = serve_process(instance, free_port(), tls=tls, extra=("--threads", "16"))
    pin = Pins(server_tls.current(instance).fingerprint) if tls else None
    try:
        timed = _time_burst(base, devices, envelopes, lambda: session_for(base, pin))
    finally:
        stop_process(proc)
    return [_burst_entry(", HTTPS (cheroot, the instance's certificate)" if tls else "", *timed)]


def bench_burst_two_hosts(work: Path, database_url: str) -> list[dict]:
    """The same burst through nginx (TLS with the instance's certificate) onto two hosts sharing one
    PostgreSQL (tests/proxy_hosts.py, docs/server.md "A province on several hosts")."""
    from examcore.tls_pin import Pins, session_for
    from sync_server import tls as server_tls
    from tests import proxy_hosts
    instance, devices, envelopes = _burst_devices(work, database_url)
    running = proxy_hosts.start(instance, work)
    pin = Pins(server_tls.current(instance).fingerprint)
    try:
        timed = _time_burst(running.url, devices, envelopes, lambda: session_for(running.url, pin))
    finally:
        running.close()
    return [_burst_entry(" through nginx (TLS) onto two hosts on one PostgreSQL", *timed)]


def _postgres_database(url: str):
    """A new empty database on the PostgreSQL server ``url`` names, dropped afterwards."""
    from tests.server_fixtures import postgres_database
    return postgres_database(url, "xuefa_bench")


def bench_envelope_compression(database_url: str, blobs: list[bytes]) -> list[dict]:
    """Storing real envelopes on PostgreSQL with the column compressed by lz4 (migration 0024) against the
    default pglz, in the same run: the same rows into two tables that differ only in that, best of 3."""
    from sqlalchemy import create_engine, text
    engine = create_engine(database_url)
    timing = {}
    try:
        for method in ("pglz", "lz4"):
            best = float("inf")
            for _ in range(3):
                with engine.begin() as conn:
                    conn.execute(text(f"DROP TABLE IF EXISTS env_{method}"))
                    conn.execute(text(f"CREATE TABLE env_{method} (id integer PRIMARY KEY, "
                                      f"envelope bytea COMPRESSION {method})"))
                rows = [{"i": n, "e": blob} for n, blob in enumerate(blobs)]
                t = time.perf_counter()
                with engine.begin() as conn:
                    for start in range(0, len(rows), BATCH):
                        conn.execute(text(f"INSERT INTO env_{method} VALUES (:i, :e)"), rows[start:start + BATCH])
                best = min(best, time.perf_counter() - t)
            timing[method] = best / len(blobs) * 1000
        with engine.begin() as conn:
            size = conn.execute(text("SELECT avg(length(envelope)), avg(pg_column_size(envelope)) FROM env_lz4")).one()
            for method in timing:
                conn.execute(text(f"DROP TABLE env_{method}"))
    finally:
        engine.dispose()
    return [entry(f"store one envelope on PostgreSQL, lz4 column compression (migration 0024) against pglz; "
                  f"{size[0] / 1000:.1f} KB stored as {size[1] / 1000:.1f} KB; batches of {BATCH}",
                  timing["lz4"], "ms", timing["pglz"], "less than pglz", timing["lz4"] < timing["pglz"],
                  timing["lz4"] / timing["pglz"])]


def run() -> list[dict]:
    with tempfile.TemporaryDirectory(prefix="xuefa-server-bench-") as tmp:
        results = bench_ingest(Path(tmp) / "ingest")
    with tempfile.TemporaryDirectory(prefix="xuefa-server-bench-") as tmp:
        results += bench_burst(Path(tmp))
    with tempfile.TemporaryDirectory(prefix="xuefa-server-bench-") as tmp:
        results += bench_burst(Path(tmp), tls=True)
    import os
    url = os.environ.get("XUEFA_TEST_DATABASE_URL")
    if not url:
        return results + [entry("burst through nginx onto two hosts (skipped: no XUEFA_TEST_DATABASE_URL)", 0.0,
                                "ms", 1.0, "all acknowledged, p99 <= 1000 ms", False, None)]
    with tempfile.TemporaryDirectory(prefix="xuefa-server-bench-") as tmp, _postgres_database(url) as database:
        results += bench_burst_two_hosts(Path(tmp), database)
    with tempfile.TemporaryDirectory(prefix="xuefa-server-bench-") as tmp, _postgres_database(url) as database:
        _ctx, blobs = _setup(Path(tmp))
        _ctx.close()
        return results + bench_envelope_compression(database, blobs)
