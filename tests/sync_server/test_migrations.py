"""Server upgrades keep data: a database left at every earlier schema revision, with data in it, upgrades
to the newest and still has that data; and the newest schema the migrations build is exactly what the
models describe (a model change without its migration fails here). SQLite, and PostgreSQL in CI."""
from __future__ import annotations

from datetime import datetime

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.config import Config as AlembicConfig
from alembic.runtime.migration import MigrationContext
from sqlalchemy import text

from sync_server.db import MIGRATIONS, make_engine
from sync_server.models import Base

REVISIONS = sorted(p.name.split("_")[0] for p in (MIGRATIONS / "versions").glob("[0-9]*.py"))


def _alembic(conn) -> AlembicConfig:
    cfg = AlembicConfig()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.attributes["connection"] = conn
    return cfg


def _url(database_url: str, tmp_path, name: str) -> str:
    return database_url or f"sqlite:///{tmp_path / name}.sqlite3"


def test_every_earlier_revision_upgrades_with_its_data(tmp_path, database_url):
    assert REVISIONS[0] == "0001" and len(REVISIONS) >= 10
    engine = make_engine(_url(database_url, tmp_path, "upgrades"))
    try:
        for start in REVISIONS[:-1]:
            with engine.begin() as conn:
                command.downgrade(_alembic(conn), "base")      # an empty database, then left at ``start``
                command.upgrade(_alembic(conn), start)
                conn.execute(text("INSERT INTO settings (key, value) VALUES ('server_name', :v)"),
                             {"v": f"考试中心 {start}"})
                conn.execute(text("INSERT INTO devices (device_id, public_key, status, requested_at, note) "
                                  "VALUES ('station-1', :k, 'approved', :t, '第一考场 1号机')"),
                             {"k": b"\x01" * 32, "t": datetime(2026, 11, 1, 8, 0)})
                conn.execute(text("INSERT INTO alerts (kind, detail, created_at) VALUES ('regrade', '分数不符', :t)"),
                             {"t": datetime(2026, 11, 2, 9, 0)})
            with engine.begin() as conn:
                command.upgrade(_alembic(conn), "head")
                assert conn.execute(text("SELECT value FROM settings WHERE key = 'server_name'")).scalar_one() \
                    == f"考试中心 {start}"
                assert tuple(conn.execute(text("SELECT status, note FROM devices")).one()) == ("approved",
                                                                                              "第一考场 1号机")
                assert conn.execute(text("SELECT detail FROM alerts")).scalar_one() == "分数不符"
    finally:
        engine.dispose()


@pytest.mark.usefixtures("database_url")
def test_the_migrations_build_exactly_the_models(tmp_path, database_url):
    engine = make_engine(_url(database_url, tmp_path, "head"))
    try:
        with engine.begin() as conn:
            command.upgrade(_alembic(conn), "head")
            differences = compare_metadata(MigrationContext.configure(conn, opts={"compare_type": False}),
                                           Base.metadata)
        assert differences == []
    finally:
        engine.dispose()


def test_results_stored_before_the_counted_attempts_are_counted_on_upgrade(tmp_path, database_url):
    """Revision 0013 counts the results already held (best and last), copies the learners' units and
    counts the learners per unit."""
    engine = make_engine(_url(database_url, tmp_path, "counted"))
    try:
        with engine.begin() as conn:
            command.downgrade(_alembic(conn), "base")
            command.upgrade(_alembic(conn), "0012")
            conn.execute(text("INSERT INTO units (unit_id, name, level) VALUES ('A', '甲局', 'unit')"))
            conn.execute(text("INSERT INTO learners (learner_no, name, unit_id, rank, is_leader, phone, status, "
                              "password_hash, password_version, must_change_password) "
                              "VALUES ('a1', '张三', 'A', '', true, '', 'active', 'x', 1, false)"))
            conn.execute(text("INSERT INTO packages (package_id, exam_id, title, data, imported_at) "
                              "VALUES ('p', 'e', 't', :d, :t)"), {"d": b"", "t": datetime(2026, 10, 1)})
            for rid, score, outcome, at in (("r1", "9", "passed", "2026-10-01"), ("r2", "6.67", "failed",
                                                                                "2026-10-02")):
                conn.execute(text("INSERT INTO results (result_id, content_hash, envelope, package_id, exam_id, "
                                  "learner_no, device_id, station_score, server_score, outcome, pending_points, "
                                  "submitted_at, received_at, source, receipt) VALUES (:id, 'h', :b, 'p', 'e', "
                                  "'a1', 'd', :s, :s, :o, 0, :at, :t, 'http', :b)"),
                             {"id": rid, "b": b"", "s": score, "o": outcome, "at": at, "t": datetime(2026, 10, 3)})
            conn.execute(text("INSERT INTO study_points (learner_no, plan_id, points, points_by_deadline, "
                              "updated_at) VALUES ('a1', 'plan', 5, 5, :t)"), {"t": datetime(2026, 10, 3)})
        with engine.begin() as conn:
            command.upgrade(_alembic(conn), "head")
            assert tuple(conn.execute(text(
                "SELECT attempts, best_cents, best_mark, last_cents, last_mark, last_id, unit_id, status, is_leader "
                "FROM counted_attempts WHERE exam_id = 'e' AND learner_no = 'a1'")).one()) \
                == (2, 900, 2, 667, 1, "r2", "A", "active", True)
            assert tuple(conn.execute(text("SELECT unit_id, status, is_leader FROM study_points")).one()) \
                == ("A", "active", True)
            assert tuple(conn.execute(text("SELECT unit_id, status, is_leader, n FROM headcounts")).one()) \
                == ("A", "active", True, 1)
    finally:
        engine.dispose()


def test_large_columns_are_compressed_with_lz4_on_postgresql(tmp_path, database_url):
    """On PostgreSQL the envelopes, packages and study files are stored compressed with lz4 (migration
    0024), and read back byte for byte; SQLite stores them as they are."""
    import os
    from sync_server.db import migrate
    engine = make_engine(_url(database_url, tmp_path, "lz4"))
    try:
        migrate(engine)
        data = (b'{"signed": "' + os.urandom(6000).hex().encode() + b'"}') * 2   # compressible, as base64 is
        with engine.begin() as conn:
            conn.execute(text("INSERT INTO packages (package_id, exam_id, title, data, imported_at) "
                              "VALUES ('p1', 'e1', 't', :d, :t)"), {"d": data, "t": datetime(2026, 12, 4)})
            assert conn.execute(text("SELECT data FROM packages")).scalar() == data
            if engine.dialect.name == "postgresql":
                assert conn.execute(text("SELECT pg_column_compression(data) FROM packages")).scalar() == "lz4"
                methods = conn.execute(text(
                    "SELECT attrelid::regclass::text || '.' || attname, attcompression FROM pg_attribute WHERE "
                    "(attrelid, attname) IN (('results'::regclass, 'envelope'), ('packages'::regclass, 'data'), "
                    "('study_files'::regclass, 'data'))")).all()
                assert sorted(methods) == [("packages.data", "l"), ("results.envelope", "l"),
                                           ("study_files.data", "l")]
    finally:
        engine.dispose()
