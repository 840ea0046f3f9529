"""The server database: engine, sessions, and schema migration through Alembic."""
from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

from alembic import command
from alembic.config import Config as AlembicConfig
from sqlalchemy import URL, CursorResult, Engine, Executable, create_engine, event, text
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session, sessionmaker

MIGRATIONS = Path(__file__).with_name("migrations")
BUSY_SECONDS = 10   # how long a SQLite writer waits for another before "database is locked"
_writers: dict[str, threading.Lock] = {}   # one per SQLite file in this process
_writers_guard = threading.Lock()
_WRITING = "xuefa_writing"   # set in a pooled connection's info while it holds its file's writer lock


MIGRATION_LOCK = 0x78756566614d4947   # "xuefaMIG": one schema upgrade at a time on a shared PostgreSQL
# a host whose database stops answering (a powered-off primary, a cut link) finds out in seconds, not
# never: libpq's connection timeout and TCP keepalives (answers 503 database_unavailable meanwhile)
POSTGRES_CONNECT_ARGS = {"connect_timeout": 5, "keepalives": 1, "keepalives_idle": 5, "keepalives_interval": 2,
                         "keepalives_count": 3}
DATABASE_UNAVAILABLE = "the server cannot reach its database just now; the request may be retried"


def database_unreachable(exc: BaseException) -> bool:
    """The database server is down or cannot be reached (not a wrong query or a bug): the request may be
    answered 503 database_unavailable, which a proxy in front passes to another host."""
    from sqlalchemy.exc import DBAPIError, OperationalError
    if isinstance(exc, DBAPIError) and exc.connection_invalidated:
        return True
    return isinstance(exc, OperationalError) and "connection" in str(exc.orig).lower()


def make_engine(url: str) -> Engine:
    """An engine for ``url``. A SQLite URL's path is taken as written (Config keeps it a plain absolute
    path): SQLAlchemy would decode %XX and cut at ? in a URL string, so "a%41" opened the folder "aA"."""
    target: str | URL = url
    if url.startswith("sqlite:///") and url != "sqlite:///:memory:":
        from examcore.private_files import private_sqlite
        path = Path(url.removeprefix("sqlite:///"))
        private_sqlite(path)   # its -wal and -shm take the same mode
        target = URL.create("sqlite", database=str(path))
    engine = create_engine(target, future=True, pool_pre_ping=url.startswith("postgresql"),
                           connect_args=POSTGRES_CONNECT_ARGS if url.startswith("postgresql") else {})
    if url.startswith("sqlite"):
        @event.listens_for(engine, "connect")
        def _sqlite(dbapi_conn, _record):  # noqa: ANN001 - DB-API connection
            cur = dbapi_conn.cursor()
            cur.execute("PRAGMA journal_mode=WAL")
            cur.execute("PRAGMA synchronous=FULL")  # a receipt is only given for what is on disk
            cur.execute("PRAGMA foreign_keys=ON")
            cur.execute(f"PRAGMA busy_timeout={BUSY_SECONDS * 1000}")
            cur.close()
        if url.startswith("sqlite:///") and url != "sqlite:///:memory:":
            _one_writer_at_a_time(engine, Path(url.removeprefix("sqlite:///")).resolve())
    return engine


def _one_writer_at_a_time(engine: Engine, path: Path) -> None:
    """Writers to one SQLite file queue in this process on a lock, handed over as their commit or
    rollback begins (SQLAlchemy has no event after it: the next writer's short wait for that commit's
    sync is SQLite's own, in its first, millisecond steps).

    SQLite lets one transaction write at a time; the others wait in its busy handler, which sleeps in
    steps growing to 100 ms and wakes without order. Under load (a login flood beside a room checking in)
    a check-in waited up to 4 s for a lock free most of that time; queued here, its 99th percentile
    stayed under 0.8 s (tests/faults/test_login_storm.py). The first statement that is not a read takes
    the lock (pysqlite begins the transaction there too); other processes still wait in SQLite's handler.
    Raises sqlite3.OperationalError("database is locked") after BUSY_SECONDS, as SQLite's own wait does."""
    with _writers_guard:
        writer = _writers.setdefault(str(path), threading.Lock())

    @event.listens_for(engine, "before_cursor_execute")
    def _take(conn, _cursor, statement, _params, _context, _many):  # noqa: ANN001 - SQLAlchemy's event
        if conn.info.get(_WRITING) or statement.lstrip()[:6].upper() in ("SELECT", "PRAGMA"):
            return
        if not writer.acquire(timeout=BUSY_SECONDS):
            raise sqlite3.OperationalError("database is locked")
        conn.info[_WRITING] = True

    def _hand_over(conn, *_args) -> None:  # noqa: ANN001 - SQLAlchemy's event
        if conn.info.pop(_WRITING, False):
            writer.release()
    event.listen(engine, "commit", _hand_over)
    event.listen(engine, "rollback", _hand_over)

    def _dropped(record) -> None:  # noqa: ANN001 - a connection reset or lost mid-write
        if record.info.pop(_WRITING, False):
            writer.release()
    event.listen(engine.pool, "reset", lambda _dbapi, record, _state: _dropped(record))
    event.listen(engine.pool, "invalidate", lambda _dbapi, record, _exc: _dropped(record))


def migrate(engine: Engine) -> None:
    """Bring the schema to the newest revision (idempotent)."""
    cfg = AlembicConfig()
    # Alembic's options go through ConfigParser, where % starts an interpolation: a program folder named
    # "50%" (or any path with %) must reach it escaped (issue 23)
    cfg.set_main_option("script_location", str(MIGRATIONS).replace("%", "%%"))
    with engine.begin() as conn:
        if engine.dialect.name == "postgresql":
            # several hosts (or a host and a command) started together after an upgrade: one migrates, the
            # others wait for it inside this transaction and then find nothing left to do
            conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": MIGRATION_LOCK})
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")


def sessions_for(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(engine, expire_on_commit=False)


def rows_changed(s: Session, statement: Executable) -> int:
    """Run an UPDATE or DELETE and return how many rows it changed (the driver's rowcount)."""
    result = s.execute(statement)
    assert isinstance(result, CursorResult)  # DML always gives a cursor result; the type says Result
    return result.rowcount


def upsert_into(s: Session, table) -> postgresql.Insert | sqlite.Insert:
    """An INSERT with ``on_conflict_do_nothing``/``on_conflict_do_update`` in the session's dialect: both
    PostgreSQL and SQLite spell them the same way, but the statement classes differ."""
    if s.get_bind().dialect.name == "postgresql":
        return postgresql.insert(table)
    return sqlite.insert(table)
