"""Versioned schema steps for the station database (PRAGMA user_version records how far it got).

Each step runs once, in order, in a transaction; a new release appends steps and never edits old ones.
"""
from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import Connection, Engine, text

from desktop.store.models import Base


def _v1_initial(conn: Connection) -> None:
    Base.metadata.create_all(conn)


STEPS: list[Callable[[Connection], None]] = [_v1_initial]
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
