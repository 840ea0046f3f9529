"""Relay of many results centre -> province over real HTTP: the centre's `relay` against a province
server process on loopback, which verifies and re-grades every original station envelope itself.

The province runs on PostgreSQL when XUEFA_TEST_DATABASE_URL names a server (make bench starts one), the
tier the target is for (issue 17); on SQLite otherwise. Every result is of its own learner, as a province's
100,000 results of one exam are (until 2026-12-05 all were of one learner: on PostgreSQL the attempt limit
then serialised the two workers on that learner's lock, and each batch counted all of them again).
XUEFA_BENCH_RELAY_N sets the count (default 100,000, the target's figure). Setting up that many real
sealed results takes minutes (built on both cores; then ingested at the centre through its own ingest)."""
from __future__ import annotations

import multiprocessing
import os
import random
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.station_bench import entry

DEVICES = 60        # stations at the centre
TARGET_S = 60.0


def _envelopes_worker(args: tuple[str, list[tuple[str, bytes]], int, int]) -> list[bytes]:
    """``count`` sealed results, result n of learner ``_learner(seed, n)`` (each learner one attempt)."""
    from desktop.station import Station
    from examcore.crypto.keys import SigningKey
    from tests.server_fixtures import make_envelopes
    from bench.fixtures import LEARNER, START_CODE
    station_dir, devices, count, seed = args
    keys = [(device_id, SigningKey.from_raw(raw)) for device_id, raw in devices]
    station = Station.open(Path(station_dir))
    package_id = station.library.listings(LEARNER[0])[0].package_id
    rng = random.Random(seed)
    out = []
    for start in range(0, count, 500):
        n = min(500, count - start)
        picks = [keys[rng.randrange(len(keys))] for _ in range(n)]
        learners = [_learner(seed, k) for k in range(start, start + n)]
        out += [e.to_bytes() for e in make_envelopes(station, n, rng, START_CODE, LEARNER[0], picks,
                                                     package_id=package_id, learners=learners)]
    station.close()
    return out


def _learner(seed: int, k: int) -> str:
    return f"32{seed:02d}{k:07d}"


def _on_roster(ctx, learners: list[str]) -> None:
    """The learners in unit R0, inserted as rows 10,000 a statement: tests.server_fixtures.on_roster puts each
    through the roster's own path (its change-feed entry, its lock), about 5 ms a learner on PostgreSQL, which
    is not what this bench measures."""
    from sqlalchemy import insert

    from tests.server_fixtures import on_roster
    from sync_server.models import Learner
    on_roster(ctx, learners[0])   # the unit, and one learner as the roster's path makes it: the others copy it
    with ctx.sessions() as s:
        made = s.get(Learner, learners[0])
        row = {c.key: getattr(made, c.key) for c in Learner.__table__.columns}
    for start in range(1, len(learners), 10_000):
        with ctx.sessions.begin() as s:
            s.execute(insert(Learner), [dict(row, learner_no=no, name="考生" + no[-4:])
                                        for no in learners[start:start + 10_000]])


def _ingest_worker(args: tuple[str, list[bytes]]) -> int:
    from sync_server.config import Config
    from sync_server.context import ServerContext
    from sync_server.results.ingest import Ingest, Status
    instance, blobs = args
    ctx = ServerContext.open(Config(Path(instance)))
    ingest = Ingest(ctx)
    stored = 0
    for start in range(0, len(blobs), 200):
        stored += sum(o.status is Status.STORED for o in ingest.ingest_many(blobs[start:start + 200], "bench"))
    ctx.close()
    return stored


def _setup(work: Path, count: int, province_url: str = ""):
    from argon2 import PasswordHasher

    from bench.fixtures import LEARNER, START_CODE, bench_exam, big_pool
    from desktop.station import Station
    from examcore.clock import utc_naive
    from examcore.crypto.keys import SigningKey
    from examcore.package import build_package
    from examcore.roster import RosterEntry, roster_bytes
    from sync_server.config import Config
    from sync_server.context import ServerContext
    from sync_server.devices import approve_device, request_enrolment
    from sync_server.directory.service import trust_issuer
    from sync_server.exams.packages import import_package
    from sync_server.keys import create_keys
    issuer = SigningKey.generate()
    keys = {tier: create_keys(work / tier, tier) for tier in ("centre", "province")}
    Config(work / "province", province_url).save()   # the province on PostgreSQL when given: its tier
    package = build_package(bench_exam(), big_pool(2000), issuer=issuer, issuer_name="bench",
                            recipients=[keys["centre"].recipient(), keys["province"].recipient()],
                            start_code=START_CODE, proctor_password="proctor-bench-2026")
    (work / "p.xfp").write_bytes(package)
    halves = [count // 2, count - count // 2]
    learners = [_learner(seed, k) for seed, n in enumerate(halves) for k in range(n)]
    for tier in keys:
        ctx = ServerContext.open(Config.from_env(work / tier))
        with ctx.sessions.begin() as s:
            trust_issuer(s, issuer.public_raw(), "bench", utc_naive(ctx.clock.now()))
        import_package(ctx, package)
        _on_roster(ctx, learners)   # both tiers know them, as a province's roster reaches its centres
        ctx.close()
    station = Station.open(work / "station")
    station.library.trust_issuer(issuer.public_raw(), "bench")
    station.accounts.import_roster(roster_bytes(
        [RosterEntry(LEARNER[0], "基准", "单位", "科员", False, PasswordHasher().hash(LEARNER[1]), 1, False, None)],
        issuer))
    station.library.import_file(work / "p.xfp")
    station.close()
    devices = [(f"station-relay-{n:03d}", SigningKey.generate()) for n in range(DEVICES)]
    centre = ServerContext.open(Config(work / "centre"))
    for device_id, key in devices:
        request_enrolment(centre, device_id, key.public_raw())
        approve_device(centre, device_id)
    centre.close()
    raw = [(d, k.raw()) for d, k in devices]
    with multiprocessing.get_context("spawn").Pool(2) as pool:
        parts = pool.map(_envelopes_worker, [(str(work / "station"), raw, n, seed) for seed, n in enumerate(halves)])
        blobs = parts[0] + parts[1]
        stored = sum(pool.map(_ingest_worker, [(str(work / "centre"), blobs[0::2]), (str(work / "centre"), blobs[1::2])]))
    assert stored == count, f"the centre stored {stored} of {count}"
    return blobs


def _serve(instance: Path) -> tuple[subprocess.Popen, str]:
    import requests
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    root = Path(__file__).resolve().parents[1]
    proc = subprocess.Popen([sys.executable, "-m", "sync_server.cli", "--instance", str(instance), "serve",
                             "--port", str(port), "--workers", "2"], cwd=root, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL,
                            env=os.environ.copy())
    url = f"http://127.0.0.1:{port}"
    for _ in range(300):
        try:
            if requests.get(url + "/api/v1/health", timeout=0.5).status_code == 200:
                return proc, url
        except requests.RequestException:
            time.sleep(0.1)
    raise RuntimeError("the province server did not start")


def bench_relay(work: Path, count: int, province_url: str = "") -> list[dict]:
    from bench.server_bench import _bare_verify_insert
    from sync_server.config import Config
    from sync_server.context import ServerContext
    from sync_server.devices import create_code
    from sync_server.upstream.relay import relay, set_upstream
    blobs = _setup(work, count, province_url)
    bare_rate = _bare_verify_insert(work, blobs[:20_000])
    province, url = _serve(work / "province")
    try:
        upstream = ServerContext.open(Config.from_env(work / "province"))
        code = create_code(upstream, unit_id="R0", kind="server")   # the centre serves the learners' unit (tests.server_fixtures.on_roster)
        upstream.close()
        centre = ServerContext.open(Config(work / "centre"))
        assert set_upstream(centre, url, code) == "approved"
        t = time.perf_counter()
        report = relay(centre)
        elapsed = time.perf_counter() - t
        centre.close()
    finally:
        province.send_signal(signal.SIGTERM)
        province.wait(30)
    assert report.match and report.sent == count and not report.refused, report
    floor = count / bare_rate  # the bare verify-and-insert loop's time for as many envelopes
    where = "PostgreSQL" if province_url else "SQLite"
    return [entry(f"relay of {count} results centre -> province on loopback, each re-verified and re-graded "
                  f"upstream (province: serve --workers 2 on {where}; chunks of 200; both counts and digests "
                  f"match)", elapsed, "s", floor,
                  f"<= {TARGET_S:.0f} s", elapsed <= TARGET_S, elapsed / floor)]


def run() -> list[dict]:
    count = int(os.environ.get("XUEFA_BENCH_RELAY_N", "100000"))
    url = os.environ.get("XUEFA_TEST_DATABASE_URL")   # the target's tier: a province on PostgreSQL
    if not url:
        with tempfile.TemporaryDirectory(prefix="xuefa-relay-bench-") as tmp:
            return bench_relay(Path(tmp), count)
    from bench.server_bench import _postgres_database
    with tempfile.TemporaryDirectory(prefix="xuefa-relay-bench-") as tmp, _postgres_database(url) as database:
        return bench_relay(Path(tmp), count, database)


if __name__ == "__main__":
    import json
    print(json.dumps(run(), ensure_ascii=False, indent=1))
