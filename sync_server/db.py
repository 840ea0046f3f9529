"""The server database: engine, sessions, and schema migration through Alembic."""
from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config as AlembicConfig
from sqlalchemy import URL, CursorResult, Engine, Executable, create_engine, event
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session, sessionmaker

MIGRATIONS = Path(__file__).with_name("migrations")


def make_engine(url: str) -> Engine:
    """An engine for ``url``. A SQLite URL's path is taken as written (Config keeps it a plain absolute
    path): SQLAlchemy would decode %XX and cut at ? in a URL string, so "a%41" opened the folder "aA"."""
    target: str | URL = url
    if url.startswith("sqlite:///") and url != "sqlite:///:memory:":
        from examcore.private_files import private_sqlite
        path = Path(url.removeprefix("sqlite:///"))
        private_sqlite(path)   # its -wal and -shm take the same mode
        target = URL.create("sqlite", database=str(path))
    engine = create_engine(target, future=True, pool_pre_ping=url.startswith("postgresql"))
    if url.startswith("sqlite"):
        @event.listens_for(engine, "connect")
        def _sqlite(dbapi_conn, _record):  # noqa: ANN001 - DB-API connection
            cur = dbapi_conn.cursor()
            cur.execute("PRAGMA journal_mode=WAL")
            cur.execute("PRAGMA synchronous=FULL")  # a receipt is only given for what is on disk
            cur.execute("PRAGMA foreign_keys=ON")
            cur.execute("PRAGMA busy_timeout=10000")
            cur.close()
    return engine


def migrate(engine: Engine) -> None:
    """Bring the schema to the newest revision (idempotent)."""
    cfg = AlembicConfig()
    # Alembic's options go through ConfigParser, where % starts an interpolation: a program folder named
    # "50%" (or any path with %) must reach it escaped (issue 23)
    cfg.set_main_option("script_location", str(MIGRATIONS).replace("%", "%%"))
    with engine.begin() as conn:
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
