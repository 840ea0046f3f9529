"""Server configuration: an instance folder (keys, SQLite database, instance config) and the environment.

XUEFA_SERVER_DIR   the instance folder; default: a data folder of this machine, outside the program folder
                   (default_instance_dir below), because an upgrade replaces the program folder
XUEFA_DATABASE_URL SQLAlchemy URL; overrides the instance folder's config.json (written by `init`);
                   default: SQLite in the instance folder. PostgreSQL for the province:
                   postgresql+psycopg://user:password@host/database

Every path is made absolute when read (issue 23): a command run from another folder (Task Scheduler starts
in C:\\Windows\\System32) opens the same keys and the same database, never a new empty one.
"""
from __future__ import annotations

import json
import os
import sys
from dataclasses import dataclass, field
from pathlib import Path

from examcore.cli_text import cli_tr
from examcore.refusals import os_reason
from sync_server.keys import SIGNING

CONFIG_FILE = "config.json"
DB_FILE = "server.sqlite3"
TUNABLE = ("hash_slots", "login_per_minute", "enrol_per_minute", "idle_minutes",
           "relay_connections")   # also read from config.json
LEGACY_INSTANCE = "xuefa-server"   # the default before issue 23: relative to wherever the command ran


class ConfigError(ValueError):
    """The instance folder or its database cannot be used as named; the message says what to do."""


def default_instance_dir() -> Path:
    """This machine's server folder when neither --instance nor XUEFA_SERVER_DIR names one.

    Windows: %ProgramData%\\Xuefa\\server (machine-wide, not the program folder, not one user's profile);
    Linux as root: /var/lib/xuefa-server (the .deb's data folder); otherwise the user's data folder.
    """
    if sys.platform == "win32":
        return Path(os.environ.get("ProgramData") or r"C:\ProgramData") / "Xuefa" / "server"
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        return Path("/var/lib/xuefa-server")
    import platformdirs
    return Path(platformdirs.user_data_dir("xuefa-server", appauthor=False))


def sqlite_file(url: str) -> Path | None:
    """The file of a SQLite URL, or None for another database (or SQLite in memory)."""
    if url.startswith("sqlite:///") and url != "sqlite:///:memory:":
        return Path(url.removeprefix("sqlite:///"))
    return None


def program_folder() -> Path | None:
    """The folder of an installed bundle (PyInstaller), which an upgrade replaces; None when run from source."""
    return Path(sys.executable).resolve().parent if getattr(sys, "frozen", False) else None


@dataclass
class Config:
    instance_dir: Path
    database_url: str = ""
    max_request_bytes: int = 16 << 20
    certificate_days: int = 365
    clock_skew_seconds: int = 300     # signed requests older or newer than this are refused
    # accounts (issue 15): password checks at once per process (0: one per two cores), requests per
    # minute and client address at login and enrolment, minutes an unused admin session stays alive
    hash_slots: int = 0
    login_per_minute: int = 20
    enrol_per_minute: int = 60
    idle_minutes: int = 30
    # the relay (issue 17): chunks in flight to the upstream at once; 0: one per worker process of the
    # upstream (as its /health says); set it when the upstream is several hosts behind a proxy
    relay_connections: int = 0
    workers: int = 1   # this server's worker processes (`serve --workers`), told to lower servers in /health
    behind_proxy: bool = False   # `serve --behind-proxy`: client addresses come from X-Forwarded-For
    extra: dict = field(default_factory=dict)

    problem: str = ""   # why this folder must not be used as named (from_env); check_usable raises it

    def __post_init__(self) -> None:
        self.instance_dir = Path(self.instance_dir).absolute()
        self.database_url = absolute_url(self.database_url) or f"sqlite:///{self.instance_dir / DB_FILE}"

    @classmethod
    def from_env(cls, instance_dir: Path | None = None) -> "Config":
        """The configuration of the named instance folder, $XUEFA_SERVER_DIR, or this machine's default.

        Raises ConfigError for a config.json that cannot be read (say which file, never guess past it).
        When the default is used but the folder the command runs in holds a server of an earlier version
        (./xuefa-server), the Config carries that ``problem``: check_usable refuses it (help still reads).
        """
        named = instance_dir or os.environ.get("XUEFA_SERVER_DIR")
        folder = Path(named) if named else default_instance_dir()
        problem = ""
        if not named and not (folder / SIGNING).exists() and (Path(LEGACY_INSTANCE) / SIGNING).exists():
            old = Path(LEGACY_INSTANCE).absolute()
            problem = cli_tr("{old} holds a server, but the default instance folder is now {folder}: name it with "
                             "--instance (or XUEFA_SERVER_DIR), or move it there").format(old=old, folder=folder)
        folder = folder.absolute()
        saved = read_saved(folder / CONFIG_FILE)
        tuning = {k: saved[k] for k in TUNABLE if k in saved}
        url = os.environ.get("XUEFA_DATABASE_URL") or _saved_url(folder, saved)
        return cls(folder, url, problem=problem, **tuning)

    def save(self) -> None:
        """Remember the database in the instance folder, so every command and worker finds it."""
        from examcore.private_files import private_folder, write_private
        private_folder(self.instance_dir)
        tuning = {k: getattr(self, k) for k in TUNABLE if getattr(self, k) != getattr(Config, k)}
        # the folder's own database is not named: a moved or copied folder must open its own copy
        own = self.database_url == f"sqlite:///{self.instance_dir / DB_FILE}"
        # owner-only: a PostgreSQL URL carries the database password
        write_private(self.instance_dir / CONFIG_FILE,
                      json.dumps({"format": CONFIG_FORMAT, "database_url": "" if own else self.database_url,
                                  **tuning}, indent=1).encode("utf-8"))

    def check_usable(self, making: bool = False, reading: bool = False) -> None:
        """Refuse, before anything is opened or created, a folder that would lose keys or data.

        ConfigError with what to do when: the default folder was meant but an older server sits in
        ./xuefa-server (``problem``); the instance lies inside the installed program folder, which an
        upgrade replaces (allowed when only ``reading``: a backup gets the data out of it); or (unless
        ``making`` the database: init, restore) it holds server keys but its SQLite database is gone, where
        opening would make a new, empty one beside the real keys.
        """
        if self.problem:
            raise ConfigError(self.problem)
        program = program_folder()
        if not reading and program is not None and self.instance_dir.resolve().is_relative_to(program):
            raise ConfigError(cli_tr("the instance folder {folder} is inside the program folder {program}, which "
                                     "an upgrade replaces: back it up (`xuefa-server --instance {folder} backup "
                                     "NEW-FOLDER` works from there), then `xuefa-server --instance NEW-FOLDER "
                                     "restore` it outside and use that").format(folder=self.instance_dir,
                                                                               program=program))
        db = sqlite_file(self.database_url)
        if not making and db is not None and (self.instance_dir / SIGNING).exists() and not db.exists():
            raise ConfigError(cli_tr("the server in {folder} has keys but its database {db} is missing; nothing "
                                     "was opened. Check --instance, or restore the last backup (`xuefa-server "
                                     "restore`)").format(folder=self.instance_dir, db=db))


CONFIG_FORMAT = 2   # config.json from issue 23 on: database_url "" is the folder's own, any other is absolute


def absolute_url(url: str) -> str:
    """``url`` with a relative SQLite path made absolute (against the folder the command runs in, where the
    user typed it), so no later command depends on where it runs."""
    db = sqlite_file(url)
    return f"sqlite:///{db.absolute()}" if db is not None and not db.is_absolute() else url


def read_saved(path: Path) -> dict:
    """config.json's values, checked: ConfigError naming the file when it cannot be read (an edit in
    Notepad adds a BOM, which is allowed; a stray comma is not) or a tuning value is not a whole number."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        return {}
    except (OSError, UnicodeDecodeError) as exc:
        why = cli_tr("not UTF-8 text") if isinstance(exc, UnicodeDecodeError) else os_reason(exc)
        raise ConfigError(cli_tr("{file} cannot be read ({why}): fix it or put back the copy from the last "
                                 "backup").format(file=path, why=why)) from exc
    try:
        saved = json.loads(text)
        if not isinstance(saved, dict):
            raise ValueError("not a JSON object")
    except ValueError as exc:   # where, not the parser's English: the line and column to look at
        why = (cli_tr("line {line}, column {column}").format(line=exc.lineno, column=exc.colno)
               if isinstance(exc, json.JSONDecodeError) else cli_tr("not a JSON object"))
        raise ConfigError(cli_tr("{file} is not valid JSON ({why}): fix it or put back the copy from the last "
                                 "backup").format(file=path, why=why)) from exc
    for key in TUNABLE:
        if key in saved and (isinstance(saved[key], bool) or not isinstance(saved[key], int) or saved[key] < 0):
            raise ConfigError(cli_tr("{file}: {key} must be a whole number (0 or more), not {value}").format(
                file=path, key=key, value=json.dumps(saved[key], ensure_ascii=False)))
    return saved


def _saved_url(folder: Path, saved: dict) -> str:
    """The database config.json names. From format 2 on, "" is the folder's own file (not named, so a moved
    or copied folder opens its own copy) and anything else is as written. Before it (an earlier `init`),
    the folder's own file was named too: relative to the folder `init` ran in, or absolute to where the
    folder was then; such a server.sqlite3 is read as the folder's own, unless it is a file elsewhere that
    exists while the folder has none (a database kept outside on purpose). Both existing: ConfigError."""
    url = str(saved.get("database_url") or "")
    db = sqlite_file(url)
    if saved.get("format", 1) >= CONFIG_FORMAT or db is None:
        return url
    own = folder / DB_FILE
    if not db.is_absolute():
        return "" if db.name == DB_FILE else f"sqlite:///{folder / db}"
    if db.name != DB_FILE or db.parent == folder or not db.exists():
        return "" if db.name == DB_FILE else url
    if own.exists():
        raise ConfigError(cli_tr("{file} names the database {db}, and {own} is there too: which one is this "
                                 "server's cannot be guessed. Move the one that is not aside, then run the command "
                                 "again").format(file=folder / CONFIG_FILE, db=db, own=own))
    return url
