"""The unit report over 1,000,000 results on PostgreSQL, with drill-down: the province's report, then
one city's, then one district's, each timed; beside a bare `SELECT count(*)` over the same results.

Needs XUEFA_TEST_DATABASE_URL (make bench starts a local PostgreSQL as CI does). The data are loaded
with COPY: 7,000 units (province, 14 cities, 10 districts each, 50 units each), 1,000,000 learners
and one result each (a tenth absent, a tenth exempt), the counted attempts ingest keeps beside them, the headcounts, and
every learner's study points under the year's plan."""
from __future__ import annotations

import os
import random
import time
import uuid
from datetime import datetime, timedelta, timezone

from bench.station_bench import entry

RESULTS = 1_000_000
TARGET_S = 1.0


def _package() -> bytes:
    """A real package of the exam (the report reads which attempt counts from it)."""
    from dataclasses import replace

    from bench.fixtures import START_CODE, bench_exam, big_pool
    from examcore.crypto.keys import ResultKey, SigningKey
    from examcore.package import Recipient, build_package
    return build_package(replace(bench_exam(), exam_id="bench-exam"), big_pool(200), issuer=SigningKey.generate(),
                         issuer_name="bench", recipients=[Recipient("bench", ResultKey.generate().public_raw())],
                         start_code=START_CODE, proctor_password="proctor-bench-2026")


_PLAN_YEAR = datetime.now().year   # the bench exam's window starts yesterday


def _plan_file() -> bytes:
    from examcore.crypto.keys import SigningKey
    from examcore.study.course import build_plan_file
    from examcore.study.plan import Category, StudyPlan
    plan = StudyPlan("bench-plan", _PLAN_YEAR, "plan", (Category("reader", "必修读本", 3000, daily_cap=125),),
                     threshold=30, deadline=datetime(_PLAN_YEAR, 12, 31, tzinfo=timezone(timedelta(hours=8))))
    return build_plan_file(plan, SigningKey.generate(), "bench")


def _load(url: str, count: int) -> str:
    """A fresh database with the schema, the units tree, learners and results; returns its URL."""
    import psycopg
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url
    admin_url = make_url(url)
    name = f"xuefa_bench_{uuid.uuid4().hex[:8]}"
    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    admin.dispose()
    db_url = admin_url.set(database=name)
    from sync_server.db import make_engine, migrate
    engine = make_engine(db_url.render_as_string(hide_password=False))
    migrate(engine)
    engine.dispose()
    rng = random.Random(1)
    units = [("P", None, "示范省", "province")]
    leaves = []
    for c in range(14):
        units.append((f"C{c}", "P", f"市{c}", "city"))
        for d in range(10):
            units.append((f"C{c}D{d}", f"C{c}", f"区{c}-{d}", "district"))
            for u in range(50):
                leaf = f"C{c}D{d}U{u}"
                units.append((leaf, f"C{c}D{d}", f"单位{c}-{d}-{u}", "unit"))
                leaves.append(leaf)
    conninfo = db_url.set(drivername="postgresql").render_as_string(hide_password=False)
    with psycopg.connect(conninfo) as conn, conn.cursor() as cur:
        with cur.copy("COPY units (unit_id, parent_id, name, level) FROM STDIN") as copy:
            for row in units:
                copy.write_row(row)
        cur.execute("INSERT INTO packages (package_id, exam_id, title, data, imported_at) "
                    "VALUES ('bench', 'bench-exam', 'bench', %s, now())", (_package(),))
        with cur.copy("COPY learners (learner_no, name, unit_id, rank, is_leader, phone, status, password_hash, "
                      "password_version, must_change_password) FROM STDIN") as copy:
            for n in range(count):
                status = "exempt" if n % 10 == 9 else "active"
                copy.write_row((f"L{n:07d}", "学员", leaves[n % len(leaves)], "科员", n % 50 == 0, "", status, "x",
                                1, False))
        scores = {n: rng.randint(40, 100) for n in range(count) if n % 10 != 8}  # every tenth is absent
        with cur.copy("COPY results (result_id, content_hash, envelope, package_id, exam_id, learner_no, device_id, "
                      "station_score, server_score, outcome, pending_points, submitted_at, received_at, source, "
                      "receipt) FROM STDIN") as copy:
            for n, score in scores.items():
                copy.write_row((f"r{n:07d}", "h", b"{}", "bench", "bench-exam", f"L{n:07d}", "d", str(score),
                                str(score), "passed" if score >= 60 else "failed", 0, "2026-10-01T10:00:00",
                                "2026-10-01 10:00:00", "bench", b""))
        # what ingest keeps beside each result (sync_server/results/counted.py), written here in bulk
        with cur.copy("COPY counted_attempts (exam_id, learner_no, attempts, best_cents, best_mark, last_cents, "
                      "last_mark, last_at, last_id, unit_id, status, is_leader) FROM STDIN") as copy:
            for n, score in scores.items():
                mark = 2 if score >= 60 else 1
                copy.write_row(("bench-exam", f"L{n:07d}", 1, score * 100, mark, score * 100, mark,
                                "2026-10-01T10:00:00", f"r{n:07d}", leaves[n % len(leaves)],
                                "exempt" if n % 10 == 9 else "active", n % 50 == 0))
        cur.execute("INSERT INTO headcounts (unit_id, status, is_leader, n) SELECT unit_id, status, is_leader, "
                    "count(*) FROM learners GROUP BY unit_id, status, is_leader")
        # the year's study plan, and every learner's points under it
        cur.execute("INSERT INTO study_files (file_id, kind, title, year, revision, data, imported_at) "
                    "VALUES ('plan:bench', 'plan', 'bench', %s, 1, %s, now())", (_PLAN_YEAR, _plan_file()))
        with cur.copy("COPY study_points (learner_no, plan_id, points, points_by_deadline, updated_at, unit_id, "
                      "status, is_leader) FROM STDIN") as copy:
            for n in range(count):
                points = rng.randint(0, 60)
                copy.write_row((f"L{n:07d}", "bench-plan", points, points, "2026-10-01 10:00:00",
                                leaves[n % len(leaves)], "exempt" if n % 10 == 9 else "active", n % 50 == 0))
        conn.commit()
        cur.execute("ANALYZE")
    return db_url.render_as_string(hide_password=False)


def run() -> list[dict]:
    url = os.environ.get("XUEFA_TEST_DATABASE_URL")
    if not url:
        return [entry("unit report over 1,000,000 results on PostgreSQL (skipped: no XUEFA_TEST_DATABASE_URL)",
                      0.0, "s", 1.0, f"<= {TARGET_S} s", False, None)]
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url
    from sqlalchemy.orm import sessionmaker
    from sync_server.directory.service import expire_exemptions
    from sync_server.reports.units import unit_report
    db = _load(url, RESULTS)
    engine = create_engine(db)
    try:
        with sessionmaker(engine)() as s:
            unit_report(s, "bench-exam", "C0D0")  # warm the caches, as a running server has them
            t = time.perf_counter()
            s.execute(text("SELECT count(*) FROM results WHERE exam_id = 'bench-exam'")).scalar()
            bare = time.perf_counter() - t
            times = {}
            for unit in ("P", "C3", "C3D4"):
                t = time.perf_counter()
                with sessionmaker(engine).begin() as w:   # as the report API and command do first
                    expire_exemptions(w, datetime.now(timezone.utc))
                report = unit_report(s, "bench-exam", unit)
                times[unit] = time.perf_counter() - t
            assert report.unit.should_sit + report.unit.exempt > 0 and report.unit.average_points is not None
    finally:
        engine.dispose()
        admin = create_engine(make_url(url), isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{make_url(db).database}" WITH (FORCE)'))
        admin.dispose()
    worst = max(times.values())
    return [entry(f"unit report over {RESULTS:,} results on PostgreSQL with drill-down (province "
                  f"{times['P']:.2f} s, city {times['C3']:.2f} s, district {times['C3D4']:.2f} s; worst shown)",
                  worst, "s", bare, f"<= {TARGET_S:.0f} s", worst <= TARGET_S, worst / bare)]


if __name__ == "__main__":
    import json
    print(json.dumps(run(), ensure_ascii=False, indent=1))
