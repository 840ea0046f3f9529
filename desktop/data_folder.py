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
5. a new station: on Windows, run as the PC's administrator, ``X:\\XuefaData`` on the first local disk that
   is not the system drive, written as this PC's setting at once (a disk added later never moves it); else
   %ProgramData%\\Xuefa\\station on Windows and the user's own folder on Linux (where IT chooses the
   PC's folder with `xuefa data-folder set FOLDER --group NAME`).

Setting a folder never leaves a station behind: every station this PC holds (the PC's folder, and every
account's own folder IT can read) is looked for; one is moved only when asked (``--move``), a second is
never silently dropped, and a moved station's old folder is marked so that it cannot be opened again as a
second copy of the same station (its history would fork). The folder is shared by the PC's accounts
(examcore.private_files.share_folder); the self-test warns when it is one user's, on Windows when it is on
the system drive, and when another station is left on the PC.
"""
from __future__ import annotations

import errno
import json
import os
import shutil
import sqlite3
import stat
import string
import subprocess
import sys
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path, PureWindowsPath

import platformdirs

from examcore.cli_text import Words
from examcore.refusals import os_reason

SETTING_NAME = "data-folder.json"
SETTING_MAX_BYTES = 64 * 1024
MOVED_MARK = "moved-to.json"    # left in a folder whose station was moved away: no station any more
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


# --- where things are -----------------------------------------------------------------------------------

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


def account_folders() -> list[Path]:
    """The own data folders of this PC's accounts, where an earlier version kept a station: every local
    account's (Linux: from the account list; Windows: under %SystemDrive%\\Users), the account that ran sudo,
    and this one's. ``XUEFA_ACCOUNT_FOLDERS`` (folders apart by the path separator) is the whole list instead
    (tests, and PCs whose accounts keep their data elsewhere)."""
    named = os.environ.get("XUEFA_ACCOUNT_FOLDERS")
    if named is not None:
        return [Path(p) for p in named.split(os.pathsep) if p]
    found = [user_folder()]
    if sys.platform == "win32":
        users = Path((os.environ.get("SystemDrive") or "C:") + "\\") / "Users"
        try:
            found += sorted(users.glob("*/AppData/Local/Xuefa"))
        except OSError:
            pass
        return found
    import pwd
    for account in pwd.getpwall():
        if account.pw_uid == 0 or account.pw_uid >= 1000:
            found.append(Path(account.pw_dir) / ".local" / "share" / "Xuefa")
    return found


def station_state(folder: Path) -> str:
    """"station", "moved" (its station was moved away: MOVED_MARK), "none", or "unreadable" (this account
    may not look inside)."""
    folder = Path(folder)
    try:
        if (folder / MOVED_MARK).exists():
            return "moved"
        return "station" if any((folder / name).exists() for name in STATION_FILES) else "none"
    except OSError:
        return "unreadable"


def holds_station(folder: Path) -> bool:
    return station_state(folder) == "station"


def moved_to(folder: Path) -> str:
    """Where the station of ``folder`` was moved ("" when it was not, or the mark cannot be read)."""
    try:
        return str(json.loads((Path(folder) / MOVED_MARK).read_text(encoding="utf-8")).get("moved_to", ""))
    except (OSError, ValueError, AttributeError):
        return ""


def station_id(folder: Path) -> str:
    """The id of the station in ``folder`` (its station.id, or the plain key file of a station without a key
    store), "" when none can be read: two folders with one id are one station, copied."""
    for name in ("station.id", "station.key"):
        try:
            with open(Path(folder) / name, "rb") as fh:
                found = json.loads(fh.read(1 << 16)).get("device_id", "")
        except (OSError, ValueError, AttributeError):
            continue
        if isinstance(found, str) and found:
            return found
    return ""


def stations_on_pc(besides: Iterable[Path] = ()) -> list[Path]:
    """Every folder of this PC known to hold a station: the PC's folder, the accounts' own folders, and
    ``besides``; each once."""
    candidates = list(besides)
    try:
        pc = read_setting()
    except DataFolderSettingError:
        pc = None
    if pc is not None:
        candidates.append(pc)
    if os.environ.get("XUEFA_DATA_DIR"):
        candidates.append(Path(os.environ["XUEFA_DATA_DIR"]))
    candidates += account_folders()
    out: list[Path] = []
    for folder in candidates:
        folder = Path(os.path.abspath(folder))
        if holds_station(folder) and not any(same_folder(folder, seen) for seen in out):
            out.append(folder)
    return out


def same_folder(one: Path, other: Path) -> bool:
    return os.path.normcase(os.path.abspath(one)) == os.path.normcase(os.path.abspath(other))


def absolute_here(folder: str) -> bool:
    """A whole path on this system: D:\\XuefaData on Windows (a drive and a root), /srv/xuefa elsewhere."""
    if sys.platform == "win32":
        path = PureWindowsPath(folder)
        return bool(path.drive) and bool(path.root)
    return folder.startswith("/")


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


def in_memory(folder: Path | str) -> str:
    """The file system type when ``folder`` lies in memory (tmpfs, ramfs: emptied at every restart, like a
    restore card's drive), else "". Linux only (its mount table)."""
    try:
        with open("/proc/self/mounts", encoding="utf-8") as fh:
            mounts = [line.split()[1:3] for line in fh if len(line.split()) > 2]
    except OSError:
        return ""
    where = os.path.realpath(folder)
    best = max((m for m in mounts if where == m[0] or where.startswith(m[0].rstrip("/") + "/")),
               key=lambda m: len(m[0]), default=None)
    return best[1] if best and best[1] in ("tmpfs", "ramfs") else ""


def run_by_system_admin() -> bool:
    """root on Linux, an elevated Administrator on Windows: the account IT uses, never the learner's."""
    if sys.platform == "win32":
        import ctypes
        return bool(ctypes.windll.shell32.IsUserAnAdmin())  # type: ignore[attr-defined,unused-ignore]
    return os.geteuid() == 0


# --- reading the PC's folder ----------------------------------------------------------------------------

def read_setting() -> Path | None:
    """The folder set for this PC, or None when none is set. Raises DataFolderSettingError for a setting
    file that cannot be read (never guess past it: another folder would be another station)."""
    path = setting_file()
    again = Words("set it again with `xuefa data-folder set FOLDER`, naming the folder that holds the station "
                  "(`xuefa data-folder` lists the stations found on this PC)")
    try:
        with open(path, "rb") as fh:
            raw = fh.read(SETTING_MAX_BYTES + 1)
    except FileNotFoundError:
        return None
    except PermissionError as exc:
        raise DataFolderSettingError(Words(
            "this account may not read this PC's data-folder setting {file}: the PC's administrator lets every "
            "account read it (Linux: `chmod 755` on its folder and `chmod 644` on the file)", file=str(path))) from exc
    except OSError as exc:
        raise DataFolderSettingError(Words("this PC's data-folder setting {file} cannot be read ({reason}): {again}",
                                           file=str(path), reason=os_reason(exc), again=again)) from exc
    try:
        if len(raw) > SETTING_MAX_BYTES:
            raise ValueError("too large")
        folder = json.loads(raw.decode("utf-8"))["data_dir"]
        if not isinstance(folder, str) or "\x00" in folder or not absolute_here(folder):
            raise ValueError("no absolute folder")
    except (ValueError, KeyError, TypeError) as exc:
        raise DataFolderSettingError(Words("this PC's data-folder setting {file} is not one Xuefa wrote, or it is "
                                           "damaged: {again}", file=str(path), again=again)) from exc
    return Path(folder)


def station_data_folder(named: Path | None = None) -> DataFolder:
    """The station data folder: ``named`` (typed with --data-dir), else this PC's (the order in the
    module's docstring). Raises DataFolderSettingError (a damaged setting file)."""
    variable = os.environ.get("XUEFA_DATA_DIR")
    pc_folder = Path(os.path.abspath(variable)) if variable else read_setting()
    if named is not None:
        named = Path(os.path.abspath(named))
        return DataFolder(named, NAMED, pc_folder is not None and same_folder(named, pc_folder))
    if pc_folder is not None:
        return DataFolder(pc_folder, ENVIRONMENT if variable else PC_SETTING, True)
    own = user_folder()
    if holds_station(own):
        return DataFolder(own.absolute(), USER, False)
    if sys.platform != "win32":
        return DataFolder(own.absolute(), USER, False)
    if not run_by_system_admin():   # the learner's account must not choose for every account
        return DataFolder(Path(os.environ.get("ProgramData") or r"C:\ProgramData") / "Xuefa" / "station",
                          CHOSEN, True)
    chosen = DataFolder(new_station_folder(), CHOSEN, True)
    try:
        write_setting(chosen.path)     # chosen once: a disk added later must not move the station
    except DataFolderSettingError:
        pass                           # said by the self-test (the folder is then chosen again next time)
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


def access_problem(folder: Path) -> Words | str:
    """Why this account cannot use ``folder`` as its data folder ("" when it can, or when it does not exist
    yet): the words for the person and what the PC's administrator does about it."""
    folder = Path(folder)
    try:
        if not folder.exists() or os.access(folder, os.R_OK | os.W_OK | os.X_OK):
            return ""
    except OSError:
        pass
    if sys.platform != "win32" and os.access(folder, os.R_OK | os.X_OK):
        try:
            if os.statvfs(folder).f_flag & os.ST_RDONLY:
                return Words("the station's data folder {folder} is on a drive that cannot be written (read-only): "
                             "the PC's administrator chooses a folder on a writable disk (`xuefa data-folder set`)",
                             folder=str(folder))
        except OSError:
            pass
    if sys.platform == "win32":
        return Words("this Windows account may not use the station's data folder {folder}: as the PC's "
                         "administrator run `xuefa data-folder set {folder}` again (it lets every account of the "
                         "PC use it)", folder=str(folder))
    import getpass
    import grp
    try:
        group = grp.getgrgid(folder.stat().st_gid).gr_name
    except (OSError, KeyError):
        return Words("this account ({user}) may not use the station's data folder {folder}: the PC's administrator "
                     "sets it again for the accounts' group (`xuefa data-folder set {folder} --group NAME`)",
                     user=getpass.getuser(), folder=str(folder))
    return Words("this account ({user}) may not use the station's data folder {folder}, which is for the group "
                     "{group}: as root add the account to it (`usermod -aG {group} {user}`, then log out and in), "
                     "or set the folder for another group (`xuefa data-folder set {folder} --group NAME`)",
                     user=getpass.getuser(), folder=str(folder), group=group)


# --- setting the PC's folder ----------------------------------------------------------------------------

def write_setting(folder: Path) -> Path:
    """Write this PC's setting (atomically; every account may read it, only the administrator change it).
    Raises DataFolderSettingError."""
    path = setting_file()
    body = json.dumps({"data_dir": str(folder), "set_at": datetime.now(timezone.utc).isoformat(timespec="seconds")},
                      ensure_ascii=False, indent=2) + "\n"
    tmp = path.with_name(f".{path.name}.part")
    try:
        if not path.parent.exists():
            path.parent.mkdir(parents=True)
            _enterable(path.parent)
        tmp.write_text(body, encoding="utf-8")
        os.chmod(tmp, 0o644)
        _readable_by_all_changed_by_admins(tmp)
        os.replace(tmp, path)
    except OSError as exc:
        if tmp.parent.exists():
            tmp.unlink(missing_ok=True)
        raise DataFolderSettingError(Words(
            "this PC's data-folder setting {file} cannot be written ({reason}): run the command as the PC's "
            "administrator (Windows: 以管理员身份运行; Linux: sudo)", file=str(path), reason=os_reason(exc))) from exc
    return path


def _readable_by_all_changed_by_admins(path: Path) -> None:
    """Windows: a learner must not point every account's station elsewhere (%ProgramData% lets any user
    create files there, owned by their maker)."""
    if sys.platform != "win32":
        return
    done = subprocess.run(["icacls", str(path), "/inheritance:r", "/grant:r", "*S-1-5-32-544:F", "*S-1-5-18:F",
                           "*S-1-5-32-545:R"], capture_output=True, text=True, timeout=30, check=False)
    if done.returncode != 0:
        raise OSError(f"icacls: {(done.stderr or done.stdout).strip()}")


@dataclass(frozen=True)
class SetOutcome:
    folder: Path
    setting: Path
    moved_from: Path | None          # the folder the station was copied from (marked as moved), or None
    left: tuple[Path, ...] = ()      # other stations still on this PC (their results are there)
    notes: list[Words] = field(default_factory=list)   # what the administrator should still do


def set_data_folder(new: Path, move: bool = False, source: Path | None = None,
                    group: str | None = None) -> SetOutcome:
    """Make ``new`` this PC's station data folder for every account.

    No station is left behind unasked: when the stations this PC holds (stations_on_pc, and ``source``)
    are elsewhere and ``new`` holds none, ``move`` must be given and, when there are several, ``source``
    names the one; it is copied under a temporary name (Xuefa must be closed: its lock is held throughout),
    the copy's database checked, the old folder marked as moved (MOVED_MARK: it cannot be opened as a second
    copy of the station) and only then the setting written. ``new`` holding a station while another is on
    the PC is refused, and so is leaving the PC's own station unmoved. ``group`` (Linux): the group of the
    accounts that run the station. Raises DataFolderSettingError with what to do.
    """
    from desktop.single_instance import AlreadyOpen, hold_data_folder
    text = str(new)
    if os.environ.get("XUEFA_DATA_DIR"):
        raise DataFolderSettingError(Words(
            "the system variable XUEFA_DATA_DIR names the data folder of every account ({folder}) and would "
            "still win: remove the variable (or set it to the new folder) first; nothing was changed",
            folder=os.environ["XUEFA_DATA_DIR"]))
    if not absolute_here(text):
        raise DataFolderSettingError(Words("give the whole path of the folder, starting at the drive (e.g. "
                                           "D:\\XuefaData, or /srv/xuefa on Linux)"))
    if on_network(text):
        raise DataFolderSettingError(Words("{folder} is on a network drive: use a local disk of this PC (SQLite "
                                           "cannot keep answers safe on a network drive)", folder=text))
    new = Path(os.path.abspath(new))
    if new.exists() and not new.is_dir():
        raise DataFolderSettingError(Words("{folder} is a file, not a folder", folder=str(new)))
    if station_state(new) == "moved":
        raise DataFolderSettingError(Words("the station of {folder} was moved to {moved}: that is the station's "
                                           "folder now; nothing was changed", folder=str(new), moved=moved_to(new)))
    notes = _check_reachable_by_every_account(new, group)
    made_parents = [p for p in new.parents if not p.exists()]   # made here: other accounts must enter them
    _check_setting_writable()
    stations = [f for f in stations_on_pc([source] if source else []) if not same_folder(f, new)]
    if source is not None and not any(same_folder(source, f) for f in stations):
        raise DataFolderSettingError(Words("there is no station in {folder} (--from)", folder=str(source)))
    listed = "、".join(str(f) for f in stations)
    moved_from = None
    if holds_station(new) and stations:
        raise DataFolderSettingError(Words(
            "{folder} holds a station, and so does {others}: the PC would have two. Deliver the results of the "
            "one not kept (`xuefa --data-dir FOLDER sync`, or export-results to a USB stick), then remove its "
            "folder and run this again; nothing was changed", folder=str(new), others=listed))
    try:
        pc = read_setting()
    except DataFolderSettingError:
        pc = None
    if pc is not None and holds_station(pc) and not same_folder(pc, new) and not (
            move and (source is None and len(stations) == 1 or source is not None and same_folder(source, pc))):
        raise DataFolderSettingError(Words(
            "the PC's station is in {pc}: move it with --move (--from {pc} when there are several), or deliver its "
            "results and remove that folder first; nothing was changed", pc=str(pc)))
    if stations and not holds_station(new):
        if not move:
            raise DataFolderSettingError(Words("the station's data is in {old}: add --move to copy it to {new} "
                                               "(close Xuefa first); nothing was changed", old=listed, new=str(new)))
        if source is None and len(stations) > 1:
            raise DataFolderSettingError(Words("this PC holds several stations ({old}): name the one to move with "
                                               "--from FOLDER; nothing was changed", old=listed))
        moved_from = source if source is not None else stations[0]
        moved_from = Path(os.path.abspath(moved_from))
        if moved_from in new.parents:
            raise DataFolderSettingError(Words("{new} is inside the station's folder {old}: choose a folder outside "
                                               "it; nothing was changed", new=str(new), old=str(moved_from)))
        try:
            if new.exists() and any(new.iterdir()):
                raise DataFolderSettingError(Words("{folder} is not empty: choose an empty or new folder",
                                                   folder=str(new)))
        except OSError as exc:
            raise DataFolderSettingError(Words("{folder} cannot be read ({reason})", folder=str(new),
                                               reason=os_reason(exc))) from exc
        try:
            lock = hold_data_folder(moved_from)
        except AlreadyOpen:
            raise DataFolderSettingError(Words("Xuefa is open on {old}: close it, then run this again; nothing "
                                               "was changed", old=str(moved_from))) from None
        try:   # held until the old folder is marked and the setting written: no station opens it meanwhile
            _copy_station(moved_from, new)
            _share(new, group, made_parents)
            _mark_moved(moved_from, new)
            try:
                setting = write_setting(new)
            except DataFolderSettingError:
                (moved_from / MOVED_MARK).unlink(missing_ok=True)
                raise
        finally:
            if lock is not None:
                lock.release()
    else:
        if holds_station(new):
            _check_database(new)   # a folder taken as it is: a damaged or half-copied station is not adopted
        _share(new, group, made_parents)
        setting = write_setting(new)
    left = tuple(f for f in stations if moved_from is None or not same_folder(f, moved_from))
    return SetOutcome(new, setting, moved_from, left, notes)


def _share(new: Path, group: str | None, made_parents: list[Path]) -> None:
    """The folder shared by the PC's station accounts; the parents made for it open to them."""
    from examcore.private_files import share_folder, share_tree
    try:
        share_folder(new, group)
        for parent in made_parents:
            _enterable(parent)
        if holds_station(new):
            share_tree(new)   # files another account made: the folder's group and rights
    except OSError as exc:
        raise DataFolderSettingError(Words("{folder} cannot be made or shared ({reason})", folder=str(new),
                                           reason=os_reason(exc))) from exc


def _check_reachable_by_every_account(new: Path, group: str | None) -> list[Words]:
    """Refuse a folder the PC's other accounts could not reach (inside one user's home or profile, or named
    for no group on Linux); the notes say what the administrator must still do."""
    notes: list[Words] = []
    if sys.platform == "win32":
        users = Path((os.environ.get("SystemDrive") or "C:") + "\\") / "Users"
        if users in new.parents:
            raise DataFolderSettingError(Words("{folder} is inside one user's profile, which other accounts "
                                               "cannot open: choose a folder such as D:\\XuefaData",
                                               folder=str(new)))
        return notes
    for parent in new.parents:
        try:
            if parent.exists() and not parent.stat().st_mode & stat.S_IXOTH:
                raise DataFolderSettingError(Words(
                    "{parent} cannot be entered by the PC's other accounts, so {folder} cannot be theirs: choose a "
                    "folder such as /srv/xuefa", parent=str(parent), folder=str(new)))
        except OSError:
            continue
    import grp
    import pwd
    if group is None:
        if os.geteuid() == 0:
            raise DataFolderSettingError(Words(
                "name the group of the accounts that run the station (the exam account and IT's) with --group, "
                "e.g. --group users; add the accounts to it with `usermod -aG users NAME`"))
        return notes
    try:
        gid = grp.getgrnam(group).gr_gid
        members = set(grp.getgrnam(group).gr_mem) | {p.pw_name for p in pwd.getpwall() if p.pw_gid == gid}
    except KeyError:
        raise DataFolderSettingError(Words("there is no group {group} on this PC", group=group)) from None
    if not members - {"root"}:
        notes.append(Words("no account is in the group {group} yet: add the exam account and IT's (`usermod "
                           "-aG {group} NAME`, then log out and in)", group=group))
    return notes


def _enterable(folder: Path) -> None:
    """A folder this command made, which every account must be able to enter and read, whatever the
    administrator's umask made it (027 or 077 locked the exam account out)."""
    if sys.platform != "win32" and folder.exists():
        os.chmod(folder, 0o755)


def _check_setting_writable() -> None:
    """Before anything is copied: a move that cannot then be recorded would leave a copy nobody uses."""
    path = setting_file()
    probe = path.with_name(f".{path.name}.probe")
    try:
        if not path.parent.exists():
            path.parent.mkdir(parents=True)
            _enterable(path.parent)
        probe.write_bytes(b"")
        probe.unlink()
    except OSError as exc:
        raise DataFolderSettingError(Words(
            "this PC's data-folder setting {file} cannot be written ({reason}): run the command as the PC's "
            "administrator (Windows: 以管理员身份运行; Linux: sudo); nothing was changed", file=str(path),
            reason=os_reason(exc))) from exc


def _mark_moved(old: Path, new: Path) -> None:
    """Mark the old folder before the setting names the new one: a station left unmarked would be a second
    live copy of the same station. When it cannot be marked, the copy is removed and nothing changes."""
    body = json.dumps({"moved_to": str(new), "at": datetime.now(timezone.utc).isoformat(timespec="seconds")},
                      ensure_ascii=False) + "\n"
    try:
        (old / MOVED_MARK).write_text(body, encoding="utf-8")
    except OSError as exc:
        shutil.rmtree(new, ignore_errors=True)
        raise DataFolderSettingError(Words(
            "{old} cannot be marked as moved ({reason}), so the station was not moved (the copy is removed): "
            "make the folder writable and run this again; nothing was changed", old=str(old),
            reason=os_reason(exc))) from exc


def _copy_station(old: Path, new: Path) -> None:
    """Copy the data folder under a temporary name beside ``new``, check the copy (every file the same size,
    the database whole), then give it its name: a copy cut short (a kill, a full disk) is never a station
    folder, and is removed when the copy fails."""
    from desktop.single_instance import LOCK_NAME
    files = [p for p in old.rglob("*") if p.is_file() and not p.is_symlink() and p.name != LOCK_NAME]
    needed = sum(p.stat().st_size for p in files)
    new.parent.mkdir(parents=True, exist_ok=True)
    free = shutil.disk_usage(new.parent).free
    if needed + (16 << 20) > free:
        raise DataFolderSettingError(Words("{new} has {free} MB free; the station needs {needed} MB: free some "
                                           "space or choose another disk; nothing was changed", new=str(new),
                                           free=free >> 20, needed=(needed >> 20) + 16))
    partial = new.with_name(f".{new.name}.copying")
    shutil.rmtree(partial, ignore_errors=True)   # left by a copy that was cut short before
    try:
        shutil.copytree(old, partial, symlinks=True, ignore=shutil.ignore_patterns(LOCK_NAME))
        for source in files:
            copy = partial / source.relative_to(old)
            if copy.stat().st_size != source.stat().st_size:
                raise OSError(errno.EIO, f"{copy} differs in size from {source}")
        _check_database(partial)
        if new.exists():
            new.rmdir()   # empty (checked before)
        os.rename(partial, new)
    except (OSError, shutil.Error, DataFolderSettingError) as exc:
        shutil.rmtree(partial, ignore_errors=True)
        if isinstance(exc, DataFolderSettingError):
            raise
        reason = os_reason(exc) if isinstance(exc, OSError) else _first_copy_error(exc)
        raise DataFolderSettingError(Words("the station could not be copied to {new} ({reason}): nothing was "
                                           "changed; {old} is still the station's folder", new=str(new),
                                           old=str(old), reason=reason)) from exc


def _first_copy_error(exc: shutil.Error) -> str:
    """shutil.copytree's list of (source, target, why): the first why in plain words."""
    import re
    why = str(exc.args[0][0][2]) if exc.args and exc.args[0] else ""
    number = re.match(r"\[Errno (\d+)\]", why)
    return os_reason(OSError(int(number.group(1)), why)) if number else why


def _check_database(folder: Path) -> None:
    """The station database in ``folder`` opens and is whole (a journal left by a kill is rolled in)."""
    database = folder / STATION_FILES[0]
    if not database.exists():
        return
    try:
        conn = sqlite3.connect(str(database))
        try:
            whole = conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        finally:
            conn.close()
    except sqlite3.Error:
        whole = False
    if not whole:
        raise DataFolderSettingError(Words("the station database in {folder} is damaged or incomplete: it is not "
                                           "taken; nothing was changed", folder=str(folder)))
