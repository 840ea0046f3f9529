"""One running station per data folder.

Two copies of the station on one folder both opened the same live exam (found by an outside tester): the
older window then failed every save ("未保存"), its hand-in did nothing and an answer shown as chosen was
never stored. The window process holds an operating-system lock on a file in the data folder for as long
as it runs (py-filelock: flock on Linux, msvcrt on Windows, so the system frees it when the process dies,
even by kill -9, and a copy of the folder carries no lock); a second copy says the station is already open
and stops before it opens the database. The command-line tools do not take it: SQLite orders their writes,
and none of them runs an exam.
"""
from __future__ import annotations

import logging
from pathlib import Path

from filelock import FileLock, Timeout

from examcore.private_files import is_shared

LOCK_NAME = "station.lock"
log = logging.getLogger(__name__)


class AlreadyOpen(Exception):
    """Another running copy of the station holds this data folder."""


def hold_data_folder(data_dir: Path) -> FileLock | None:
    """The held lock of ``data_dir`` (keep it for the life of the process; ``release()`` at the end), or None
    when no lock file can be made there (a read-only folder: opening the station then says what is wrong).
    Raises AlreadyOpen when another running station holds it."""
    # in the PC's folder (desktop/data_folder.py) the lock file is every station account's to take
    lock = FileLock(str(Path(data_dir) / LOCK_NAME), timeout=0, mode=0o660 if is_shared(data_dir) else -1)
    try:
        lock.acquire()
    except Timeout as exc:
        log.warning("the data folder %s is held by another running station", data_dir)
        raise AlreadyOpen(str(data_dir)) from exc
    except OSError as exc:
        log.warning("no lock file could be made in %s (%s): the station starts without one", data_dir, exc)
        return None
    return lock
