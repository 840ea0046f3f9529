"""Back up and restore a centre server's instance folder: its keys, its config and (SQLite) its database.

The database copy uses SQLite's online backup, so it is consistent while the server keeps serving. The
keys matter as much as the data: without the results key no sealed result can be opened again, and
stations trust this server's signing key. A PostgreSQL database is backed up with pg_dump (docs/installing.md);
this then copies the keys and config only, and says so.
"""
from __future__ import annotations

import logging
import shutil
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from examcore.cli_text import cli_tr
from examcore.keyfiles import KeyFileError
from examcore.private_files import make_private, private_folder, private_sqlite
from examcore.sqlite_files import read_only
from sync_server.config import CONFIG_FILE, DB_FILE, Config, ConfigError, read_saved, sqlite_file
from sync_server.keys import RESULTS, SIGNING, load_keys

log = logging.getLogger(__name__)

KEY_FILES = (SIGNING, SIGNING + ".pub", RESULTS, RESULTS + ".pub")
TLS_FILES = ("server-tls.key", "server-tls.crt", "server-tls.next.key", "server-tls.next.crt")  # pinned by clients


class BackupError(Exception):
    pass


@dataclass(frozen=True)
class BackupReport:
    folder: Path
    database: bool        # False: PostgreSQL, dump it separately
    results: int


def backup(config: Config, dest: Path) -> BackupReport:
    if Path(dest).resolve().is_relative_to(config.instance_dir.resolve()):   # lost with what it should save
        raise BackupError(cli_tr("{dest} is inside the server's instance folder: a backup goes elsewhere, best off "
                                 "this PC").format(dest=dest))
    if dest.exists() and any(dest.iterdir()):
        raise BackupError(cli_tr("{dest} is not empty; choose a new folder for each backup").format(dest=dest))
    missing = [f for f in KEY_FILES if not (config.instance_dir / f).is_file()]
    if missing:
        raise BackupError(cli_tr("{folder} has no server keys ({missing}): is it the instance folder?").format(
            folder=config.instance_dir, missing=", ".join(missing)))
    private_folder(dest)   # a backup holds the keys and every result: the server's account only
    for name in KEY_FILES + TLS_FILES + (CONFIG_FILE,):
        if (config.instance_dir / name).is_file():
            shutil.copy2(config.instance_dir / name, dest / name)
            make_private(dest / name)
    db = sqlite_file(config.database_url)
    results = 0
    if db is not None:
        source = read_only(db)
        target = sqlite3.connect(private_sqlite(dest / DB_FILE))
        try:
            source.backup(target)   # page by page, consistent even while the server writes
            results = target.execute("SELECT count(*) FROM results").fetchone()[0]
            if target.execute("PRAGMA integrity_check").fetchone()[0] != "ok":
                raise BackupError(cli_tr("the copied database does not pass SQLite's integrity check; try again"))
        finally:
            source.close()
            target.close()
    return BackupReport(dest, db is not None, results)


def _backed_up_url(source: Path) -> str:
    """The database the backed-up config.json named ("" or a SQLite path: SQLite; PostgreSQL: its URL)."""
    try:
        return str(read_saved(source / CONFIG_FILE).get("database_url") or "sqlite:///")
    except ConfigError:
        return "sqlite:///"


def restore(source: Path, config: Config, force: bool = False) -> BackupReport:
    """Put a backup in place as this instance folder (the server must be stopped)."""
    missing = [f for f in KEY_FILES if not (source / f).is_file()]
    if missing:
        raise BackupError(cli_tr("{source} is not a Xuefa server backup (missing {missing})").format(
            source=source, missing=", ".join(missing)))
    try:   # a damaged backup is refused before anything is copied, not found by the next command
        load_keys(source)
        read_saved(source / CONFIG_FILE)
    except (KeyFileError, ConfigError) as exc:
        raise BackupError(cli_tr("{why}; this backup cannot be used, take an older one").format(why=exc)) from exc
    target = config.instance_dir
    if (target / SIGNING).exists() and not force:
        raise BackupError(cli_tr("{target} already holds a server; restore into an empty folder, or add --force to "
                                 "replace it (stop the server first)").format(target=target))
    has_db = (source / DB_FILE).is_file()
    if not has_db and sqlite_file(_backed_up_url(source)) is not None:
        # a SQLite server's backup always holds its database: without it the keys would get an empty one
        raise BackupError(cli_tr("{source} holds no database ({db}) although the server it came from used SQLite: "
                                 "use a whole backup").format(source=source, db=DB_FILE))
    results = 0
    if has_db:
        conn = read_only(source / DB_FILE)
        try:
            if conn.execute("PRAGMA integrity_check").fetchone()[0] != "ok":
                raise BackupError(cli_tr("{db} is damaged; use an older backup").format(db=source / DB_FILE))
            results = conn.execute("SELECT count(*) FROM results").fetchone()[0]
        except sqlite3.DatabaseError as exc:
            log.info("%s cannot be read as a database: %s", source / DB_FILE, exc)
            raise BackupError(cli_tr("{db} is not a readable database; use an older backup").format(
                db=source / DB_FILE)) from exc
        finally:
            conn.close()
    private_folder(target)
    for suffix in ("-wal", "-shm"):   # a stale journal of the replaced database must not be replayed
        (target / (DB_FILE + suffix)).unlink(missing_ok=True)
    for name in KEY_FILES + TLS_FILES + (CONFIG_FILE, DB_FILE):
        if (source / name).is_file():
            shutil.copy2(source / name, target / name)
            make_private(target / name)
    if has_db:   # every device reads the feed again: the restored one numbers changes from an earlier point
        import uuid
        conn = sqlite3.connect(target / DB_FILE)
        try:
            with conn:
                conn.execute("INSERT OR REPLACE INTO settings (key, value) VALUES ('feed_id', ?)", (uuid.uuid4().hex,))
        finally:
            conn.close()
    if has_db:   # the backed-up config may name another database file: this folder's copy is the one now
        restored = Config.from_env(target)   # keeps the backed-up tuning
        restored.database_url = f"sqlite:///{restored.instance_dir / DB_FILE}"
        restored.save()
    return BackupReport(target, has_db, results)
