"""Opening the station database: SQLite in WAL mode with synchronous=FULL, schema by migration."""
from __future__ import annotations

from pathlib import Path

from sqlalchemy import URL, Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

from desktop.store.migrations import migrate
from examcore.private_files import private_sqlite


def open_database(path: Path) -> sessionmaker[Session]:
    private_sqlite(path)   # answers, results, the roster's verifiers: the station account only (and -wal, -shm)
    # a URL object, not a string: SQLAlchemy decodes %XX and cuts at ? in a URL string, so a folder named
    # "st%41" opened "stA" (issue 23)
    engine = create_engine(URL.create("sqlite", database=str(path)), future=True)
    _configure(engine)
    migrate(engine)
    return sessionmaker(engine, expire_on_commit=False)


def _configure(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn, _record):  # noqa: ANN001 - DB-API connection
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA synchronous=FULL")   # an answer shown as saved survives a power cut
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute("PRAGMA busy_timeout=5000")
        cur.close()


def reset_connections(sessions: sessionmaker[Session]) -> None:
    """Drop pooled connections after an I/O failure: SQLite may have fallen back to a read-only
    connection, which would keep failing after the folder is writable again."""
    sessions.kw["bind"].dispose()


def erase_freed_space(sessions: sessionmaker[Session]) -> None:
    """Rebuild the database file so nothing deleted or overwritten stays in its free pages or in the WAL (a
    secret taken out of a row is otherwise still in the file's bytes: an outside round read an exam's content
    key back that way, issue 15). Slow on a big file: only after such a change. Raises OperationalError
    (busy, disk full: the file stays as it was)."""
    engine = sessions.kw["bind"]
    with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        conn.exec_driver_sql("PRAGMA secure_delete=ON")
        conn.exec_driver_sql("VACUUM")
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
