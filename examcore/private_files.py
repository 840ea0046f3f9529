"""Files only their owner may read: databases, keys, backups, room enrolment files, account slips.

On POSIX a private file is mode 0600 and a private folder 0700, set when it is created (never a moment
world-readable) and tightened when it already exists. SQLite creates a database's -wal and -shm files
with the database file's own mode, so creating the database file private first is enough for all three.

On Windows modes mean nothing: the file's ACL is replaced by one that grants full control to the current
user, SYSTEM and the Administrators group only, with inheritance from the folder removed, using the
``icacls`` tool every Windows has (by well-known SIDs, so it works in any language). That path cannot be
exercised on the Linux CI; a failure is logged, never fatal, so a locked-down PC still starts.

A station data folder chosen for the whole PC (desktop/data_folder.py, issue 23) is used by several
accounts of that PC (IT's and the exam account): inside a folder passed to ``share_folder`` "private" means
those accounts, not one owner: POSIX group read/write for the folder's group (set-group-id, so files made
inside keep it), on Windows modify rights for the local Users group beside SYSTEM and Administrators.
"""
from __future__ import annotations

import getpass
import logging
import os
import stat
import subprocess
import sys
import uuid
from pathlib import Path

log = logging.getLogger(__name__)

FILE_MODE = 0o600
FOLDER_MODE = 0o700
SHARED_FILE_MODE = 0o660
SHARED_FOLDER_MODE = 0o2770   # set-group-id: what is made inside keeps the folder's group
LOCAL_USERS_SID = "*S-1-5-32-545"
SQLITE_COMPANIONS = ("-wal", "-shm", "-journal")
_shared_roots: set[Path] = set()   # folders passed to share_folder in this process


def is_shared(path: Path) -> bool:
    """Whether ``path`` is a folder passed to share_folder, or inside one."""
    path = Path(path).absolute()
    return any(path == root or root in path.parents for root in _shared_roots)


def _restrict_windows(path: Path, folder: bool) -> None:
    inherit = "(OI)(CI)" if folder else ""
    if is_shared(path):
        who = f"{LOCAL_USERS_SID}:{inherit}M"
    else:
        user = getpass.getuser()
        domain = os.environ.get("USERDOMAIN")
        who = f"{domain}\\{user}:{inherit}F" if domain else f"{user}:{inherit}F"
    command = ["icacls", str(path), "/inheritance:r", "/grant:r",
               who, f"*S-1-5-18:{inherit}F", f"*S-1-5-32-544:{inherit}F"]
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=30, check=False)
    except (OSError, subprocess.SubprocessError) as exc:
        log.warning("could not restrict %s to its owner: %s", path, exc)
        return
    if done.returncode != 0:
        log.warning("could not restrict %s to its owner: %s", path, (done.stderr or done.stdout).strip())


def _mode(path: Path, folder: bool) -> int:
    if is_shared(path):
        return SHARED_FOLDER_MODE if folder else SHARED_FILE_MODE
    return FOLDER_MODE if folder else FILE_MODE


def make_private(path: Path) -> None:
    """Tighten an existing file (or folder) to its owner (in a shared folder: to the folder's accounts)."""
    path = Path(path)
    folder = path.is_dir()
    if sys.platform == "win32":
        _restrict_windows(path, folder)
    elif stat.S_IMODE(path.stat().st_mode) != _mode(path, folder):   # only its owner may change it, and in the
        os.chmod(path, _mode(path, folder))                         # PC's folder that may be another account


def mark_shared(path: Path) -> None:
    """From now on in this process, files made private inside ``path`` are shared by its accounts (the
    folder itself is made so by share_folder, or by private_folder when it is created)."""
    _shared_roots.add(Path(path).absolute())


def share_folder(path: Path, group: str | None = None) -> Path:
    """Create the folder if needed and let every account that runs the station on this PC use it: POSIX:
    the folder's group (or ``group``, by name, which needs root) may read and write, set-group-id; Windows:
    the local Users group may modify. Files made private inside it from now on are shared the same way.
    Raises OSError (LookupError for an unknown group)."""
    path = Path(path).absolute()
    path.mkdir(parents=True, exist_ok=True)
    mark_shared(path)
    if group is not None and sys.platform != "win32":
        import shutil
        shutil.chown(path, group=group)
    make_private(path)
    return path


def share_tree(path: Path) -> None:
    """share_folder for a folder already holding files (copied in by another account): each file and
    folder inside gets the folder's group (POSIX) and the shared rights."""
    root = share_folder(path)
    group = root.stat().st_gid
    for inside in sorted(root.rglob("*")):
        if sys.platform != "win32" and inside.stat().st_gid != group:
            os.chown(inside, -1, group)
        make_private(inside)


def private_folder(path: Path) -> Path:
    """Create the folder (and its parents) if needed; the folder itself ends up owner-only."""
    path = Path(path)
    path.mkdir(mode=_mode(path, True), parents=True, exist_ok=True)
    make_private(path)
    return path


def create_private(path: Path) -> Path:
    """Make sure the file exists (empty if new) and is owner-only, before anything writes to it."""
    path = Path(path)
    try:
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, _mode(path, False)))
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
        elif is_shared(tmp):
            os.chmod(tmp, SHARED_FILE_MODE)
        os.replace(tmp, path)
    finally:
        if tmp.exists():
            tmp.unlink()
