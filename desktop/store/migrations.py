"""Versioned schema steps for the station database (PRAGMA user_version records how far it got).

Each step runs once, in order, in a transaction; a new release appends steps and never edits old ones.
"""
from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import Connection, Engine, text

from desktop.store.models import Base


def _v1_initial(conn: Connection) -> None:
    Base.metadata.create_all(conn)


def _add_column(conn: Connection, table: str, column: str, ddl: str) -> None:
    """Steps must also run on a database that create_all made with today's models (a fresh folder)."""
    have = {row[1] for row in conn.execute(text(f"PRAGMA table_info({table})"))}
    if column not in have:
        conn.execute(text(f"ALTER TABLE {table} ADD COLUMN {column} {ddl}"))


def _v2_downward_sync(conn: Connection) -> None:
    """Units, revocations, and what the roster and packages bring down by sync."""
    Base.metadata.create_all(conn)  # the new tables (checkfirst: existing ones are left alone)
    _add_column(conn, "learners", "unit_id", "VARCHAR(40)")
    _add_column(conn, "learners", "status", "VARCHAR(20) NOT NULL DEFAULT 'active'")
    _add_column(conn, "packages", "withdrawn_at", "DATETIME")


def _v3_eligibility(conn: Connection) -> None:
    _add_column(conn, "packages", "eligibility", "TEXT NOT NULL DEFAULT ''")


def _v4_study(conn: Connection) -> None:
    """Study plans, courses, study records, reading positions, profiles, the law library, practice."""
    Base.metadata.create_all(conn)
    create_law_index(conn)


def create_law_index(conn: Connection) -> None:
    """An FTS5 index over the law articles. The trigram tokenizer (SQLite 3.34+) matches any Chinese
    phrase of three or more characters; shorter ones are found by a scan (the library is small)."""
    conn.execute(text("CREATE VIRTUAL TABLE IF NOT EXISTS law_fts USING fts5("
                      "text, content='law_articles', content_rowid='id', tokenize='trigram')"))


def _law_structure(conn: Connection) -> None:
    """Articles 之N get their own number (sub), a law its version (two versions of one law may be kept);
    the index also covers the law's title, the heading path and
    the label, so a search ranks a match there first and finds the 序言 by its name."""
    _add_column(conn, "law_articles", "sub", "INTEGER NOT NULL DEFAULT 0")
    _add_column(conn, "law_articles", "version", "VARCHAR(10) NOT NULL DEFAULT ''")
    conn.execute(text("CREATE INDEX IF NOT EXISTS ix_law_articles_number ON law_articles (number, sub)"))
    conn.execute(text("DROP TABLE IF EXISTS law_fts"))
    conn.execute(text("CREATE VIRTUAL TABLE law_fts USING fts5(law_title, heading, label, text, "
                      "content='law_articles', content_rowid='id', tokenize='trigram')"))
    conn.execute(text("INSERT INTO law_fts(law_fts) VALUES('rebuild')"))
    # one- and two-character words (法, 公开) are below the trigram index: a second index of single characters
    # (each spaced, so the unicode61 tokenizer makes every Chinese character a token) finds them as phrases
    conn.execute(text("CREATE VIRTUAL TABLE IF NOT EXISTS law_chars USING fts5(title, body, tokenize='unicode61')"))
    from desktop.services.law_library import char_index_row
    rows = conn.execute(text("SELECT id, law_title, heading, label, text FROM law_articles")).all()
    if rows:
        conn.execute(text("INSERT INTO law_chars(rowid, title, body) VALUES (:id, :title, :body)"),
                     [char_index_row(*row) for row in rows])


def _v5_known_elsewhere(conn: Connection) -> None:
    """Attempts sat on other stations and sittings' states, as the server's change feed tells them."""
    Base.metadata.create_all(conn)


def _law_in_force(conn: Connection) -> None:
    """The day a version of a law takes effect (自…起施行), which may be months after it was adopted."""
    _add_column(conn, "law_articles", "in_force", "VARCHAR(10) NOT NULL DEFAULT ''")
    conn.execute(text("UPDATE law_articles SET in_force = version WHERE in_force = ''"))


def _makeup_attempts(conn: Connection) -> None:
    """Whether an attempt the server tells of was of the exam's make-up, which has its own allowance (a
    learner who failed the main exam was refused the make-up: issue 14, a fourth outside round)."""
    _add_column(conn, "known_attempts", "makeup", "BOOLEAN NOT NULL DEFAULT 0")


STEPS: list[Callable[[Connection], None]] = [_v1_initial, _v2_downward_sync, _v3_eligibility, _v4_study,
                                             _v5_known_elsewhere, _law_structure, _law_in_force, _makeup_attempts]
SCHEMA_VERSION = len(STEPS)


class SchemaTooNew(RuntimeError):
    pass


def migrate(engine: Engine) -> int:
    with engine.begin() as conn:
        current = conn.execute(text("PRAGMA user_version")).scalar_one()
        if current > SCHEMA_VERSION:
            raise SchemaTooNew(f"the data folder was written by a newer Xuefa (schema {current}, "
                               f"this version knows {SCHEMA_VERSION})")
        for number in range(current, SCHEMA_VERSION):
            STEPS[number](conn)
            conn.execute(text(f"PRAGMA user_version={number + 1}"))
    return SCHEMA_VERSION
