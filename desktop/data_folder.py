"""Where the station's data folder is: one folder for every account of the PC, chosen once (issue 23).

Before, the folder was each user's own (%LOCALAPPDATA%\\Xuefa, ~/.local/share/Xuefa): a station enrolled
under IT's account was another, unenrolled station for the learners' exam account, and `--selftest` run by
IT checked IT's folder. And on exam-room PCs with a restore card (还原卡, 冰点还原) the system drive is reset
at every restart, taking answers and results not yet delivered with it.

Which folder, the first that applies:
1. ``--data-dir`` typed for one command (desktop/app.py);
2. the system environment variable ``XUEFA_DATA_DIR``;
3. this PC's setting, written by ``xuefa data-folder set``: %ProgramData%\\Xuefa\\data-folder.json on
   Windows, /etc/xuefa/data-folder.json on Linux (``XUEFA_STATION_SETTING`` names another file);
4. the user's own folder of an earlier version, when it holds a station (moving it is IT's decision:
   ``xuefa data-folder set FOLDER --move``);
5. a new station: on Windows ``X:\\XuefaData`` on the first local disk that is not the system drive, else
   %ProgramData%\\Xuefa\\station, and that choice is written as this PC's setting at once, so a disk added
   later never moves it; on Linux the user's folder (the .deb sets a machine-wide one).

A folder set for the PC is shared by its accounts (examcore.private_files.share_folder). The self-test warns
when the folder is one user's, and on Windows when it is on the system drive (a restore card resets it).
"""
from __future__ import annotations

import json
import os
import shutil
import sqlite3
import string
import sys
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path, PureWindowsPath

import platformdirs

from examcore.cli_text import Words

SETTING_NAME = "data-folder.json"
NEW_FOLDER_WINDOWS = "XuefaData"
STATION_FILES = ("station.sqlite3", "station.id", "station.key")   # any of them: a station lives there

# where the folder came from (DataFolder.source)
NAMED, ENVIRONMENT, PC_SETTING, USER, CHOSEN = "named", "environment", "setting", "user", "chosen"


class DataFolderSettingError(Exception):
    """This PC's data-folder setting cannot be read or written as asked; the message says what to do."""


@dataclass(frozen=True)
class DataFolder:
    path: Path              # absolute
    source: str             # NAMED | ENVIRONMENT | PC_SETTING | USER | CHOSEN
    machine_wide: bool      # the folder every account of this PC uses (shared by them)


def setting_file() -> Path:
    named = os.environ.get("XUEFA_STATION_SETTING")
    if named:
        return Path(named).absolute()
    if sys.platform == "win32":
        return Path(os.environ.get("ProgramData") or r"C:\ProgramData") / "Xuefa" / SETTING_NAME
    return Path("/etc/xuefa") / SETTING_NAME


def user_folder() -> Path:
    """The user's own data folder, the default of earlier versions."""
    return Path(platformdirs.user_data_dir("Xuefa", appauthor=False))


def holds_station(folder: Path) -> bool:
    return any((Path(folder) / name).exists() for name in STATION_FILES)


def read_setting() -> Path | None:
    """The folder set for this PC, or None when none is set. Raises DataFolderSettingError for a setting
    file that cannot be read (never guess past it: another folder would be another station)."""
    path = setting_file()
    try:
        saved = json.loads(path.read_text(encoding="utf-8"))
        folder = saved["data_dir"]
    except FileNotFoundError:
        return None
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise DataFolderSettingError(Words(
            "this PC's data-folder setting {file} cannot be read ({reason}): set it again with `xuefa data-folder "
            "set FOLDER`", file=str(path), reason=type(exc).__name__)) from exc
    if not isinstance(folder, str) or not _absolute(folder):
        raise DataFolderSettingError(Words("this PC's data-folder setting {file} names no absolute folder: set it "
                                           "again with `xuefa data-folder set FOLDER`", file=str(path)))
    return Path(folder)


def station_data_folder(named: Path | None = None) -> DataFolder:
    """The station data folder: ``named`` (typed with --data-dir), else this PC's (the order in the
    module's docstring). Raises DataFolderSettingError (a damaged setting file)."""
    variable = os.environ.get("XUEFA_DATA_DIR")
    pc_folder = Path(variable).absolute() if variable else read_setting()
    if named is not None:
        named = Path(named).absolute()
        return DataFolder(named, NAMED, pc_folder is not None and same_folder(named, pc_folder))
    if variable:
        return DataFolder(Path(variable).absolute(), ENVIRONMENT, True)
    if pc_folder is not None:
        return DataFolder(pc_folder, PC_SETTING, True)
    own = user_folder()
    if holds_station(own) or sys.platform != "win32":
        return DataFolder(own.absolute(), USER, False)
    chosen = DataFolder(new_station_folder(), CHOSEN, True)
    try:
        write_setting(chosen.path)     # chosen once: a disk added later must not move the station
    except DataFolderSettingError:
        pass                           # an account that may not write it: the self-test says so
    return chosen


def new_station_folder() -> Path:
    """Windows: a new station's folder, on the first local disk that is not the system drive (a restore
    card resets the system drive), else in %ProgramData%."""
    system = (os.environ.get("SystemDrive") or "C:").upper()
    for letter in _fixed_drives():
        if f"{letter}:" != system:
            return Path(f"{letter}:\\") / NEW_FOLDER_WINDOWS
    return Path(os.environ.get("ProgramData") or r"C:\ProgramData") / "Xuefa" / "station"


def _fixed_drives() -> list[str]:   # Windows only: the letters of local hard disks, in order
    import ctypes
    kernel32 = ctypes.windll.kernel32   # type: ignore[attr-defined,unused-ignore]
    mask = kernel32.GetLogicalDrives()
    drive_fixed = 3
    return [letter for i, letter in enumerate(string.ascii_uppercase)
            if mask & (1 << i) and kernel32.GetDriveTypeW(f"{letter}:\\") == drive_fixed]


def same_folder(one: Path, other: Path) -> bool:
    return os.path.normcase(os.path.normpath(one)) == os.path.normcase(os.path.normpath(other))


def _absolute(folder: str) -> bool:
    return Path(folder).is_absolute() or PureWindowsPath(folder).is_absolute()


def on_network(folder: str) -> bool:
    """A UNC path (\\\\server\\share) or, on Windows, a mapped network drive: SQLite's locking is not safe there."""
    if folder.startswith(("\\\\", "//")):
        return True
    if sys.platform != "win32":
        return False
    import ctypes
    drive = PureWindowsPath(folder).drive
    drive_remote = 4
    return bool(drive) and ctypes.windll.kernel32.GetDriveTypeW(drive + "\\") == drive_remote  # type: ignore[attr-defined,unused-ignore]


def on_system_drive(folder: Path | str, windows: bool | None = None, system_drive: str | None = None) -> bool:
    """Whether a restore card would reset ``folder`` at restart: on Windows, a folder on the system drive.
    ``windows`` and ``system_drive`` default to this PC's."""
    windows = sys.platform == "win32" if windows is None else windows
    if not windows:
        return False
    system = (system_drive or os.environ.get("SystemDrive") or "C:").upper()
    return PureWindowsPath(str(folder)).drive.upper() == system


def write_setting(folder: Path) -> Path:
    """Write this PC's setting (atomically, readable by every account). Raises DataFolderSettingError."""
    path = setting_file()
    body = json.dumps({"data_dir": str(folder), "set_at": datetime.now(timezone.utc).isoformat(timespec="seconds")},
                      ensure_ascii=False, indent=2) + "\n"
    tmp = path.with_name(f".{path.name}.part")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp.write_text(body, encoding="utf-8")
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except OSError as exc:
        if tmp.parent.exists():
            tmp.unlink(missing_ok=True)
        raise DataFolderSettingError(Words(
            "this PC's data-folder setting {file} cannot be written ({reason}): run the command as the PC's "
            "administrator (Windows: 以管理员身份运行; Linux: sudo)", file=str(path),
            reason=type(exc).__name__)) from exc
    return path


@dataclass(frozen=True)
class SetOutcome:
    folder: Path
    setting: Path
    moved_from: Path | None   # the folder the station was copied from (left as it was), or None


def set_data_folder(new: Path, current: DataFolder, move: bool = False, group: str | None = None) -> SetOutcome:
    """Make ``new`` this PC's station data folder for every account.

    The station in ``current`` is never left behind: when it holds one and ``new`` holds none, ``move``
    must be given; the folder is then copied (Xuefa must be closed: its lock is taken), the copy's database
    checked, and only then the setting written; the old folder is left as it was. ``group`` (Linux, root):
    the accounts' group that shares the folder. Raises DataFolderSettingError with what to do.
    """
    from desktop.single_instance import AlreadyOpen, hold_data_folder
    from examcore.private_files import share_folder, share_tree
    text = str(new)
    if not _absolute(text):
        raise DataFolderSettingError(Words("give the whole path of the folder, starting at the drive (e.g. "
                                           "D:\\XuefaData or /srv/xuefa)"))
    if on_network(text):
        raise DataFolderSettingError(Words("{folder} is on a network drive: use a local disk of this PC (SQLite "
                                           "cannot keep answers safe on a network drive)", folder=text))
    new = Path(new)
    if new.exists() and not new.is_dir():
        raise DataFolderSettingError(Words("{folder} is a file, not a folder", folder=text))
    leaving = not same_folder(current.path, new) and holds_station(current.path)
    moved_from = None
    if leaving and not holds_station(new):
        if not move:
            raise DataFolderSettingError(Words(
                "the station's data is in {old}: add --move to copy it to {new} (close Xuefa first); nothing "
                "was changed", old=str(current.path), new=text))
        if new.exists() and any(new.iterdir()):
            raise DataFolderSettingError(Words("{folder} is not empty: choose an empty or new folder",
                                               folder=text))
        try:
            lock = hold_data_folder(current.path)
        except AlreadyOpen:
            raise DataFolderSettingError(Words("Xuefa is open on {old}: close it, then run this again; nothing "
                                               "was changed", old=str(current.path))) from None
        try:
            _copy_station(current.path, new)
        finally:
            if lock is not None:
                lock.release()
        moved_from = current.path
    try:
        share_folder(new, group)
        if moved_from is not None or holds_station(new):
            share_tree(new)   # files another account made: the folder's group and rights
    except LookupError:
        raise DataFolderSettingError(Words("there is no group {group} on this PC", group=str(group))) from None
    except OSError as exc:
        raise DataFolderSettingError(Words("{folder} cannot be made or shared ({reason})", folder=text,
                                           reason=type(exc).__name__)) from exc
    return SetOutcome(new, write_setting(new), moved_from)


def _copy_station(old: Path, new: Path) -> None:
    """Copy the data folder and check the copy: every file the same size, the database whole."""
    from desktop.single_instance import LOCK_NAME
    try:
        shutil.copytree(old, new, dirs_exist_ok=True, ignore=shutil.ignore_patterns(LOCK_NAME))
        for source in old.rglob("*"):
            copy = new / source.relative_to(old)
            if source.is_file() and source.name != LOCK_NAME and copy.stat().st_size != source.stat().st_size:
                raise OSError(f"{copy} differs in size from {source}")
        database = new / STATION_FILES[0]
        if database.exists():
            conn = sqlite3.connect(str(database))   # the copy: a journal left by a kill is rolled in here
            try:
                whole = conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            finally:
                conn.close()
            if not whole:
                raise OSError(f"the copied database {database} is not whole")
    except (OSError, sqlite3.Error) as exc:
        raise DataFolderSettingError(Words(
            "the station could not be copied to {new} ({reason}): nothing was changed; {old} is still the "
            "station's folder (remove the partial copy in {new})", new=str(new), old=str(old),
            reason=str(exc))) from exc
