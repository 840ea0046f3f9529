"""What a server left running for weeks needs from its PC (issue 23): a log in files, never the console;
no more connections than the platform's selector holds; a PC that does not go to sleep while it serves.

Why not the console: a console window on Windows pauses every program writing to it when someone clicks
into it (QuickEdit), and a thread writing a warning there while holding the server's lock froze every
request. After the one start-up line nothing is written to stdout or stderr: warnings, tracebacks and
cheroot's own errors go to <instance>/logs/server.log (rotated: 5 files of 5 MB).
"""
from __future__ import annotations

import contextlib
import logging
import sys
import threading
from collections.abc import Iterator
from logging.handlers import RotatingFileHandler
from pathlib import Path

LOG_FOLDER = "logs"
LOG_FILE = "server.log"
LOG_BYTES, LOG_BACKUPS = 5_000_000, 5
# Windows' select() takes at most 512 sockets (CPython's FD_SETSIZE there), the listening socket included;
# cheroot parks idle connections in it, so more than this crashed the server at a large room's start
WINDOWS_MAX_CONNECTIONS = 500
ES_CONTINUOUS, ES_SYSTEM_REQUIRED = 0x80000000, 0x00000001

log = logging.getLogger(__name__)


def log_to_files(instance_dir: Path, rotate: bool = True) -> Path:
    """Send every log record of this process (INFO and up) to <instance>/logs/server.log, and Python's
    warnings and uncaught thread exceptions with them; returns the file's path.

    ``rotate``: False when several worker processes append to one file (gunicorn, Linux): one process
    cannot rotate a file others hold open; logrotate with copytruncate does it there (docs/server.md)."""
    from examcore.private_files import private_folder
    folder = Path(instance_dir) / LOG_FOLDER
    private_folder(folder)   # requests' addresses and admins' names: the server's account only
    path = folder / LOG_FILE
    handler: logging.Handler = (RotatingFileHandler(path, maxBytes=LOG_BYTES, backupCount=LOG_BACKUPS,
                                                    encoding="utf-8", delay=False) if rotate
                                else logging.FileHandler(path, encoding="utf-8"))
    handler.setFormatter(logging.Formatter("%(asctime)s %(process)d %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    for old in [h for h in root.handlers if getattr(h, "xuefa_server_log", False)]:
        root.removeHandler(old)
        old.close()
    handler.xuefa_server_log = True   # type: ignore[attr-defined]
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    logging.captureWarnings(True)

    def thread_died(args) -> None:   # else printed on stderr
        logging.getLogger("xuefa.server").error("thread %s died", args.thread and args.thread.name,
                                                exc_info=(args.exc_type, args.exc_value, args.exc_traceback))
    threading.excepthook = thread_died
    return path


def connection_limit(requested: int, platform: str = sys.platform) -> int:
    """The connections one process may hold open on this platform (fewer than ``requested`` on Windows)."""
    return min(requested, WINDOWS_MAX_CONNECTIONS) if platform == "win32" else requested


@contextlib.contextmanager
def awake(platform: str = sys.platform, kernel32=None) -> Iterator[bool]:
    """Keep the PC from sleeping while the server runs (Windows: SetThreadExecutionState, which lasts while
    this thread asks, and ends with the process; the screen may still turn off). Yields whether it was
    asked. On Linux a server PC is kept awake by its power settings (docs/installing.md)."""
    if platform != "win32":
        yield False
        return
    if kernel32 is None:
        import ctypes
        kernel32 = ctypes.windll.kernel32   # type: ignore[attr-defined,unused-ignore]
    held = bool(kernel32.SetThreadExecutionState(ES_CONTINUOUS | ES_SYSTEM_REQUIRED))
    if not held:
        log.warning("Windows refused to keep the PC awake: set its sleep to Never while it serves")
    try:
        yield held
    finally:
        kernel32.SetThreadExecutionState(ES_CONTINUOUS)
