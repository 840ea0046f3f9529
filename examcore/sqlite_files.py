"""Opening a SQLite file read-only, whatever characters its path holds."""
from __future__ import annotations

import sqlite3
from pathlib import Path


def read_only(path: Path) -> sqlite3.Connection:
    """A read-only connection to the SQLite file at ``path`` (no journal is created, nothing is migrated).

    The URI is built by pathlib, which percent-encodes: a folder named ``a#b`` or ``50%`` (the URI's
    fragment and escape characters) or a Chinese one opens the file meant, not a cut-off name (issue 23).
    Raises sqlite3.OperationalError when the file cannot be opened.
    """
    return sqlite3.connect(Path(path).absolute().as_uri() + "?mode=ro", uri=True)
