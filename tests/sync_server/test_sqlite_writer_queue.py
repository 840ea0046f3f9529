"""Writers to the server's SQLite file queue in the process (sync_server.db._one_writer_at_a_time): the
lock is handed over however a write ends, reads never wait for it, and a write that can never get it
fails like SQLite's own busy wait instead of hanging."""
from __future__ import annotations

import threading
import time

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError, OperationalError

from sync_server import db


@pytest.fixture
def engine(tmp_path):
    engine = db.make_engine(f"sqlite:///{tmp_path / 'server.sqlite3'}")
    with engine.begin() as conn:
        conn.execute(text("CREATE TABLE seat (learner_no TEXT PRIMARY KEY, state TEXT)"))
        conn.execute(text("INSERT INTO seat VALUES ('300000001', 'waiting')"))
    yield engine
    engine.dispose()


def write_in_thread(engine, state: str) -> tuple[threading.Thread, list[float]]:
    done: list[float] = []

    def write() -> None:
        with engine.begin() as conn:
            conn.execute(text("UPDATE seat SET state = :s"), {"s": state})
        done.append(time.monotonic())
    thread = threading.Thread(target=write)
    thread.start()
    return thread, done


def test_a_failed_write_hands_the_queue_on(engine):
    with pytest.raises(IntegrityError):
        with engine.begin() as conn:
            conn.execute(text("UPDATE seat SET state = 'in_progress'"))
            conn.execute(text("INSERT INTO seat VALUES ('300000001', 'twice')"))
    thread, done = write_in_thread(engine, "submitted")
    thread.join(5)
    assert done, "the next writer still waits for a write that was rolled back"
    with engine.connect() as conn:
        assert conn.execute(text("SELECT state FROM seat")).scalar() == "submitted"


def test_a_writer_waits_for_the_commit_and_reads_do_not(engine):
    with engine.connect() as holder:
        holder.execute(text("UPDATE seat SET state = 'in_progress'"))
        thread, done = write_in_thread(engine, "submitted")
        with engine.connect() as reader:   # WAL: a read sees the last commit while a write is open
            began = time.monotonic()
            assert reader.execute(text("SELECT state FROM seat")).scalar() == "waiting"
            assert time.monotonic() - began < 1.0
        time.sleep(0.3)
        assert not done, "a second writer ran beside the first"
        committed = time.monotonic()
        holder.commit()
    thread.join(5)
    assert done and done[0] >= committed
    with engine.connect() as conn:
        assert conn.execute(text("SELECT state FROM seat")).scalar() == "submitted"


def test_a_connection_closed_mid_write_hands_the_queue_on(engine):
    holder = engine.connect()
    holder.execute(text("UPDATE seat SET state = 'in_progress'"))
    holder.close()   # no commit: rolled back when it goes back to the pool
    thread, done = write_in_thread(engine, "missing")
    thread.join(5)
    assert done


def test_a_write_that_never_gets_its_turn_fails_like_sqlite(engine, monkeypatch):
    monkeypatch.setattr(db, "BUSY_SECONDS", 0.3)
    with engine.connect() as outer:
        outer.execute(text("UPDATE seat SET state = 'in_progress'"))
        with engine.connect() as inner, pytest.raises(OperationalError, match="database is locked"):
            inner.execute(text("UPDATE seat SET state = 'submitted'"))
        outer.commit()
    with engine.connect() as conn:
        assert conn.execute(text("SELECT state FROM seat")).scalar() == "in_progress"
