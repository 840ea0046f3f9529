"""The province's ingest on PostgreSQL (issue 17, Deliver 6): results of many learners and exams, stored by
one and by two worker processes, each worker's CPU time measured, against a bare verify-and-insert loop
with as many processes, in the same run.

The targets: >= 1,000 verified, re-graded results/s per worker in CPU time; elapsed rate >= 0.5 of the bare
loop's with the same number of processes; two workers >= 1.8 times one. On this two-core machine
PostgreSQL shares the cores with the workers, so the scaling is measured, not what a province would see.

Needs XUEFA_TEST_DATABASE_URL (make bench starts a local PostgreSQL as CI does). XUEFA_BENCH_PROVINCE_N
sets the count (default 4,000)."""
from __future__ import annotations

import dataclasses
import multiprocessing
import os
import random
import tempfile
import time
import uuid
from pathlib import Path

from bench.station_bench import entry

LEARNERS = 2000
EXAMS = 4
BATCH = 200
DEVICES = 60


def _database(admin, name: str, template: str | None = None) -> None:
    from sqlalchemy import text
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"' + (f' TEMPLATE "{template}"' if template else "")))


def _setup(work: Path, admin_url, base: str, count: int) -> tuple[list[bytes], list[list[bytes]]]:
    """The province (keys in work/province; database ``base``) holding EXAMS packages, LEARNERS learners and
    DEVICES approved stations. Returns ``count`` sealed results, each of its own learner and exam pair,
    shuffled so that every batch mixes learners, exams and stations; and three warm-up sets (one result of
    each exam, of other learners) for the three worker runs: a running server has read its packages."""
    from bench.fixtures import START_CODE, bench_exam, big_pool
    from desktop.station import Station
    from examcore.crypto.keys import SigningKey
    from examcore.package import build_package
    from sync_server.config import Config
    from sync_server.context import ServerContext
    from sync_server.devices import approve_device, request_enrolment
    from sync_server.exams.packages import import_package
    from tests.server_fixtures import make_envelopes, new_instance, on_roster, trust
    url = admin_url.set(database=base).render_as_string(hide_password=False)
    keys = new_instance(work / "province", "bench province", url)
    issuer = SigningKey.generate()
    ctx = ServerContext.open(Config(work / "province", url))
    station = Station.open(work / "station")
    station.library.trust_issuer(issuer.public_raw(), "bench")
    trust(ctx, issuer)
    packages = []
    for k in range(EXAMS):
        exam = dataclasses.replace(bench_exam(), exam_id=f"bench-{k}", title=f"基准考试{k}")
        data = build_package(exam, big_pool(2000, seed=k + 1), issuer=issuer, issuer_name="bench",
                             recipients=[keys.recipient()], start_code=START_CODE,
                             proctor_password="proctor-bench-2026")
        (work / f"p{k}.xfp").write_bytes(data)
        import_package(ctx, data)
        packages.append(station.library.import_file(work / f"p{k}.xfp")[0].package_id)
    learners = [f"3201{n:07d}" for n in range(LEARNERS)]
    warmers = [f"3299{n:07d}" for n in range(3)]
    on_roster(ctx, *learners, *warmers)
    devices = [(f"station-prov-{n:03d}", SigningKey.generate()) for n in range(DEVICES)]
    for device_id, key in devices:
        request_enrolment(ctx, device_id, key.public_raw())
        approve_device(ctx, device_id)
    ctx.close()
    rng = random.Random(4)
    blobs = []
    for n in range(count):   # learner n % LEARNERS, exam by the round: no pair twice until EXAMS rounds
        pick = devices[rng.randrange(DEVICES)]
        blobs += [e.to_bytes() for e in make_envelopes(station, 1, rng, START_CODE, learners[n % LEARNERS], [pick],
                                                       package_id=packages[(n // LEARNERS) % EXAMS])]
    warm = [[e.to_bytes() for k in range(EXAMS) for e in make_envelopes(
        station, 1, rng, START_CODE, learner, [devices[0]], package_id=packages[k])] for learner in warmers]
    station.close()
    rng.shuffle(blobs)
    return blobs, warm


def _ingest_worker(args: tuple[str, str, list[bytes], list[list[bytes]]]) -> tuple[int, float, float, float]:
    """One worker process on the province's database: the warm-up results (not timed), then its share of
    the batches. Returns (stored of its share, its CPU s, wall clock at its start and end)."""
    from sync_server.config import Config
    from sync_server.context import ServerContext
    from sync_server.results.ingest import Ingest, Status
    from sync_server.serving import tune_collector
    instance, url, warm, batches = args
    ctx = ServerContext.open(Config(Path(instance), url))
    tune_collector()   # as `serve` and each of its workers run
    ingest = Ingest(ctx)
    assert all(o.status is Status.STORED for o in ingest.ingest_many(warm, "bench"))
    began, cpu = time.time(), time.process_time()
    stored = sum(o.status is Status.STORED for batch in batches for o in ingest.ingest_many(batch, "bench"))
    cpu, ended = time.process_time() - cpu, time.time()
    ctx.close()
    return stored, cpu, began, ended


def _warm(args: tuple[str, str]) -> None:
    """Imports and the engine, before the clock starts (as a running server has them)."""
    from sync_server.config import Config
    from sync_server.context import ServerContext
    ServerContext.open(Config(Path(args[0]), args[1])).close()


def _bare_worker(args: tuple[str, list[list[bytes]]]) -> int:
    """The floor: parse, Ed25519-verify and insert each envelope, one commit per batch, on PostgreSQL."""
    import json

    import psycopg

    from examcore import canonical
    from examcore.crypto.keys import verify_signature
    url, batches = args
    with psycopg.connect(url.replace("postgresql+psycopg://", "postgresql://")) as conn:
        for batch in batches:
            rows = []
            for blob in batch:
                outer = json.loads(blob)
                signed, signature = canonical.b64d(outer["signed"]), canonical.b64d(outer["signature"])
                meta = json.loads(signed)
                assert verify_signature(canonical.b64d(meta["device"]["public_key"]), signature, signed)
                rows.append((meta["result_id"], blob))
            with conn.cursor() as cur:
                cur.executemany("INSERT INTO bare (id, blob) VALUES (%s, %s)", rows)
            conn.commit()
    return sum(len(b) for b in batches)


def _run(pool, worker, shares: list) -> tuple[float, list]:
    t = time.perf_counter()
    out = pool.map(worker, shares)
    return time.perf_counter() - t, out


def bench_province(work: Path, url: str, count: int) -> list[dict]:
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    from tests.server_fixtures import _drop_database
    admin_url = make_url(url)
    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    tag = uuid.uuid4().hex[:8]
    names = {k: f"xuefa_prov_{k}_{tag}" for k in ("base", "one", "two", "bare1", "bare2")}
    _database(admin, names["base"])
    try:
        blobs, warm = _setup(work, admin_url, names["base"], count)
        for k in ("one", "two"):
            _database(admin, names[k], template=names["base"])
        for k in ("bare1", "bare2"):
            _database(admin, names[k])
            with create_engine(admin_url.set(database=names[k])).begin() as conn:
                conn.execute(text("CREATE TABLE bare (id text PRIMARY KEY, blob bytea)"))
        batches = [blobs[i:i + BATCH] for i in range(0, len(blobs), BATCH)]
        db = {k: admin_url.set(database=n).render_as_string(hide_password=False) for k, n in names.items()}
        instance = str(work / "province")
        with multiprocessing.get_context("spawn").Pool(2) as pool:
            pool.map(_warm, [(instance, db["base"])] * 2)
            one = pool.map(_ingest_worker, [(instance, db["one"], warm[0], batches)])
            two = pool.map(_ingest_worker, [(instance, db["two"], warm[1], batches[0::2]),
                                            (instance, db["two"], warm[2], batches[1::2])])
            bare1_s, _ = _run(pool, _bare_worker, [(db["bare1"], batches)])
            bare2_s, _ = _run(pool, _bare_worker, [(db["bare2"], batches[0::2]), (db["bare2"], batches[1::2])])
        assert one[0][0] == count and sum(w[0] for w in two) == count, (one, two)
    finally:
        for name in names.values():
            _drop_database(admin, name)
        admin.dispose()
    cpu_rate = count / one[0][1]
    # the workers' own span, after their warm-up (a pool's start and the packages' first reading left out)
    one_s, two_s = one[0][3] - one[0][2], max(w[3] for w in two) - min(w[2] for w in two)
    rate1, rate2 = count / one_s, count / two_s
    bare1, bare2 = count / bare1_s, count / bare2_s
    cpu_two = [round(w[1], 2) for w in two]
    what = f"{count} results of {LEARNERS} learners and {EXAMS} exams from {DEVICES} stations, batches of {BATCH}"
    return [
        entry(f"province ingest on PostgreSQL, verified and re-graded, per worker in CPU time ({what}; the "
              f"worker's own CPU, PostgreSQL's not counted)", cpu_rate, "results/s", bare1,
              ">= 1000/s per worker", cpu_rate >= 1000, cpu_rate / bare1),
        entry(f"province ingest on PostgreSQL, one worker process, elapsed ({what})", rate1, "results/s", bare1,
              "ratio >= 0.5 against the bare loop in one process", rate1 / bare1 >= 0.5, rate1 / bare1),
        entry(f"province ingest on PostgreSQL, two worker processes, elapsed ({what}; worker CPU {cpu_two} s; "
              f"{rate2 / rate1:.2f} x one worker, target >= 1.8)", rate2, "results/s", bare2,
              "ratio >= 0.5 against the bare loop in two processes, and >= 1.8 x one worker",
              rate2 / bare2 >= 0.5 and rate2 / rate1 >= 1.8, rate2 / bare2),
    ]


def run() -> list[dict]:
    url = os.environ.get("XUEFA_TEST_DATABASE_URL")
    if not url:
        return [entry("province ingest on PostgreSQL (skipped: no XUEFA_TEST_DATABASE_URL)", 0.0, "results/s", 1.0,
                      ">= 1000/s per worker", False, None)]
    count = int(os.environ.get("XUEFA_BENCH_PROVINCE_N", "4000"))
    with tempfile.TemporaryDirectory(prefix="xuefa-province-bench-") as tmp:
        return bench_province(Path(tmp), url, count)


if __name__ == "__main__":
    import json
    print(json.dumps(run(), ensure_ascii=False, indent=1))
