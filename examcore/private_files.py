"""Files only their owner may read: databases, keys, backups, room enrolment files, account slips.

On POSIX a private file is mode 0600 and a private folder 0700, set when it is created (never a moment
world-readable) and tightened when it already exists. SQLite creates a database's -wal and -shm files
with the database file's own mode, so creating the database file private first is enough for all three.

On Windows modes mean nothing: the file's ACL is replaced by one that grants full control to the current
user, SYSTEM and the Administrators group only, with inheritance from the folder removed, using the
``icacls`` tool every Windows has (by well-known SIDs, so it works in any language). That path cannot be
exercised on the Linux CI; a failure is logged, never fatal, so a locked-down PC still starts.
"""
from __future__ import annotations

import getpass
import logging
import os
import subprocess
import sys
import uuid
from pathlib import Path

log = logging.getLogger(__name__)

FILE_MODE = 0o600
FOLDER_MODE = 0o700
SQLITE_COMPANIONS = ("-wal", "-shm", "-journal")


def _restrict_windows(path: Path, folder: bool) -> None:
    user = getpass.getuser()
    domain = os.environ.get("USERDOMAIN")
    who = f"{domain}\\{user}" if domain else user
    inherit = "(OI)(CI)" if folder else ""
    command = ["icacls", str(path), "/inheritance:r", "/grant:r",
               f"{who}:{inherit}F", f"*S-1-5-18:{inherit}F", f"*S-1-5-32-544:{inherit}F"]
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=30, check=False)
    except (OSError, subprocess.SubprocessError) as exc:
        log.warning("could not restrict %s to its owner: %s", path, exc)
        return
    if done.returncode != 0:
        log.warning("could not restrict %s to its owner: %s", path, (done.stderr or done.stdout).strip())


def make_private(path: Path) -> None:
    """Tighten an existing file (or folder) to its owner."""
    path = Path(path)
    folder = path.is_dir()
    if sys.platform == "win32":
        _restrict_windows(path, folder)
    else:
        os.chmod(path, FOLDER_MODE if folder else FILE_MODE)


def private_folder(path: Path) -> Path:
    """Create the folder (and its parents) if needed; the folder itself ends up owner-only."""
    path = Path(path)
    path.mkdir(mode=FOLDER_MODE, parents=True, exist_ok=True)
    make_private(path)
    return path


def create_private(path: Path) -> Path:
    """Make sure the file exists (empty if new) and is owner-only, before anything writes to it."""
    path = Path(path)
    try:
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE))
    except FileExistsError:
        pass
    make_private(path)
    return path


def private_sqlite(path: Path) -> Path:
    """A SQLite database file (and the journal files SQLite keeps beside it) owner-only."""
    path = create_private(path)
    for suffix in SQLITE_COMPANIONS:
        companion = path.with_name(path.name + suffix)
        if companion.exists():
            make_private(companion)
    return path


def write_private(path: Path, data: bytes) -> None:
    """Write ``data`` atomically (temp file, fsync, rename) to an owner-only file."""
    path = Path(path)
    tmp = path.with_name(f".{path.name}.{uuid.uuid4().hex[:8]}.part")
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE)
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        if sys.platform == "win32":
            _restrict_windows(tmp, folder=False)
        os.replace(tmp, path)
    finally:
        if tmp.exists():
            tmp.unlink()
