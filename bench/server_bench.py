"""Server benchmarks: ingest of verified sealed results (issue: sync server)."""
from __future__ import annotations

import random
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


def _setup(work: Path):
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
    config = Config(work / "server")
    create_keys(config.instance_dir, "bench centre")
    ctx = ServerContext.open(config)
    issuer, ph = SigningKey.generate(), PasswordHasher()
    package = build_package(bench_exam(), big_pool(2000), issuer=issuer, issuer_name="bench",
                            recipients=[ctx.keys.recipient()], start_code=START_CODE, proctor_password_hash="x")
    (work / "p.xfp").write_bytes(package)
    import_package(ctx, package)
    station = Station.open(work / "station")
    station.library.trust_issuer(issuer.public_raw(), "bench")
    station.accounts.import_roster(roster_bytes(
        [RosterEntry(LEARNER[0], "基准", "单位", "科员", False, ph.hash(LEARNER[1]), 1, False, None)], issuer))
    station.library.import_file(work / "p.xfp")
    request_enrolment(ctx, station.keys.device_id, station.keys.device_key.public_raw())
    approve_device(ctx, station.keys.device_id)
    envelopes = make_envelopes(station, RESULTS, random.Random(1), START_CODE, LEARNER[0])
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


def bench_ingest(work: Path) -> list[dict]:
    from sync_server.ingest import Ingest, Status
    ctx, blobs = _setup(work)
    bare = _bare_verify_insert(work, blobs)
    ingest = Ingest(ctx)
    ingest.ingest_many(blobs[:1], "bench")  # open the package once, as a running server has
    t = time.perf_counter()
    for start in range(1, len(blobs), BATCH):
        outcomes = ingest.ingest_many(blobs[start:start + BATCH], "bench")
        assert all(o.status is Status.STORED for o in outcomes), outcomes[0]
    ours = (len(blobs) - 1) / (time.perf_counter() - t)
    ctx.close()
    return [entry(f"server ingest, verified and re-graded, one process, SQLite, batches of {BATCH}", ours,
                  "results/s", bare, ">= 2000/s and ratio >= 0.5", ours >= 2000 and ours / bare >= 0.5, ours / bare)]


def run() -> list[dict]:
    with tempfile.TemporaryDirectory(prefix="xuefa-server-bench-") as tmp:
        return bench_ingest(Path(tmp))
