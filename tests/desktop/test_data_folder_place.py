"""One station data folder for every account of the PC, chosen once (issue 23, item 2).

A station set up under IT's account was another, unenrolled station for the learners' exam account, and the
self-test run by IT checked IT's own folder. Now `xuefa data-folder set FOLDER --move` makes one folder the
PC's, shared by its accounts; no station on the PC is left behind unasked, a moved station's old folder
opens no more, and the self-test warns while the folder is one user's (on Windows, on the system drive a
restore card resets) or another station is left. Driven through the real command line, as IT and as a
second account (found by an outside tester: a move by sudo that moved nothing, a switch that stranded a
station, tracebacks for the exam account)."""
from __future__ import annotations

import json
import logging
import os
import shutil
import sqlite3
import stat
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from desktop.data_folder import MOVED_MARK, on_system_drive
from desktop.selftest import WARN, check_data_folder_place, report
from desktop.single_instance import hold_data_folder
from desktop.station import DB_NAME
from examcore.keyfiles import public_key_file_text

ROOT = Path(__file__).resolve().parents[2]
AS_ROOT = os.geteuid() == 0
GROUP = ("--group", "users") if AS_ROOT else ()   # as root the accounts' group must be named
EXAM_ACCOUNT = ["setpriv", "--reuid=65534", "--regid=100", "--clear-groups"]   # nobody, of the group "users"
OUTSIDER = ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"]     # nobody, of no station group


def run(base: Path, home: str, *args, data_dir: Path | None = None, account: list[str] | None = None,
        env: dict | None = None, umask: int = 0o022) -> subprocess.CompletedProcess:
    """`xuefa ARGS` as an account whose home folder is base/HOME, this PC's setting in base/etc, the PC's
    accounts' own folders those under base/*/.local/share/Xuefa."""
    accounts = os.pathsep.join(str(base / h / ".local" / "share" / "Xuefa") for h in ("it", "other", "exam"))
    environment = dict(os.environ, HOME=str(base / home), XDG_DATA_HOME=str(base / home / ".local" / "share"),
                       XUEFA_STATION_SETTING=str(base / "etc" / "data-folder.json"), PYTHONPATH=str(ROOT),
                       XUEFA_ACCOUNT_FOLDERS=accounts, **(env or {}))
    environment.pop("XUEFA_DATA_DIR", None) if "XUEFA_DATA_DIR" not in (env or {}) else None
    named = ["--data-dir", str(data_dir)] if data_dir else []
    return subprocess.run([*(account or []), sys.executable, "-m", "desktop.app", *named, *map(str, args)], cwd=base,
                          env=environment, capture_output=True, text=True, timeout=120, umask=umask)


@pytest.fixture
def base():
    """A folder other accounts may enter (pytest's own temporary folders are its owner's only)."""
    folder = Path(tempfile.mkdtemp(prefix="xuefa-accounts-"))
    os.chmod(folder, 0o755)
    yield folder
    shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture
def issuer_pub(base, issuer):
    pub = base / "issuer.key.pub"
    pub.write_text(public_key_file_text(issuer, "省普法办"), encoding="utf-8")
    os.chmod(pub, 0o644)
    return pub


def _second_account_or_skip(base: Path) -> None:
    if not AS_ROOT or shutil.which("setpriv") is None:
        pytest.skip("needs root and setpriv (util-linux) to run a command as a second account")
    probe = subprocess.run([*EXAM_ACCOUNT, sys.executable, "-c", "import desktop.app"], cwd=base, capture_output=True,
                           env=dict(os.environ, PYTHONPATH=str(ROOT)))
    if probe.returncode != 0:
        pytest.skip("this Python cannot be run by another account here")


def test_a_station_set_up_by_it_moves_to_the_pcs_folder_and_nothing_is_lost(base, issuer_pub, roster_file):
    own = base / "it" / ".local" / "share" / "Xuefa"
    made = run(base, "it", "trust-issuer", issuer_pub)
    assert made.returncode == 0 and "a new one is set up there" in made.stderr and str(own) in made.stderr
    assert "2 learner(s) imported" in run(base, "it", "import-roster", roster_file).stdout
    shown = run(base, "it", "data-folder").stdout
    assert f"data folder: {own}" in shown and "this user's own folder" in shown and "holds a station" in shown

    shared = base / "shared" / "xuefa"
    refused = run(base, "it", "data-folder", "set", shared, *GROUP)   # the station would be left behind
    assert refused.returncode == 1 and f"the station's data is in {own}: add --move" in refused.stderr
    assert not shared.exists() and not (base / "etc" / "data-folder.json").exists()
    with_lock = hold_data_folder(own)   # Xuefa open on it
    try:
        busy = run(base, "it", "data-folder", "set", shared, "--move", *GROUP)
    finally:
        with_lock.release()
    assert busy.returncode == 1 and "Xuefa is open on" in busy.stderr
    assert not (base / "etc" / "data-folder.json").exists()
    assert "held by another" not in busy.stderr   # the lock's log line is not put on the screen

    # set by another administrator account (sudo from another account): the station is found all the same
    moved = run(base, "other", "data-folder", "set", shared, "--move", *GROUP)
    assert moved.returncode == 0, moved.stderr
    assert f"the station's data folder is now {shared} for every account" in moved.stdout
    assert f"the station was copied from {own} and checked" in moved.stdout
    assert json.loads((base / "etc" / "data-folder.json").read_text(encoding="utf-8"))["data_dir"] == str(shared)
    assert (own / DB_NAME).exists() and (own / MOVED_MARK).exists()   # kept, marked as moved
    with sqlite3.connect(shared / DB_NAME) as db:
        assert db.execute("SELECT count(*) FROM learners").fetchone() == (2,)
    assert "set for every account of this PC" in run(base, "it", "data-folder").stdout
    again = run(base, "it", "trust-issuer", issuer_pub)   # the same station: nothing new set up
    assert again.returncode == 0 and "a new one is set up" not in again.stderr
    other = run(base, "other", "data-folder").stdout   # another account: the same folder, the same station
    assert f"data folder: {shared}" in other and "holds a station" in other and "other stations" not in other
    # the old copy opens no more (its history would fork), and it cannot become the PC's folder again
    stale = run(base, "it", "status", data_dir=own)
    assert stale.returncode == 1 and f"was moved to {shared}" in stale.stderr
    back = run(base, "it", "data-folder", "set", own, *GROUP)
    assert back.returncode == 1 and f"was moved to {shared}" in back.stderr


def test_no_station_is_stranded_by_a_switch_a_named_folder_or_the_system_variable(base, issuer_pub, roster_file):
    pc = base / "pc"
    assert run(base, "it", "data-folder", "set", pc, *GROUP).returncode == 0
    assert run(base, "it", "trust-issuer", issuer_pub).returncode == 0   # the PC's station
    assert run(base, "it", "import-roster", roster_file).returncode == 0
    second = base / "second"
    second.mkdir()
    assert run(base, "it", "trust-issuer", issuer_pub, data_dir=second).returncode == 0
    switch = run(base, "it", "data-folder", "set", second, *GROUP)   # both hold a station: which is the PC's?
    assert switch.returncode == 1 and "the PC would have two" in switch.stderr and str(pc) in switch.stderr
    named = run(base, "it", "data-folder", "set", base / "third", "--move", *GROUP, data_dir=second)
    assert named.returncode == 1 and "leave out --data-dir" in named.stderr
    variable = run(base, "it", "data-folder", "set", base / "third", *GROUP, env={"XUEFA_DATA_DIR": str(second)})
    assert variable.returncode == 1 and "XUEFA_DATA_DIR" in variable.stderr
    assert json.loads((base / "etc" / "data-folder.json").read_text(encoding="utf-8"))["data_dir"] == str(pc)
    listed = run(base, "it", "data-folder").stdout
    assert "holds a station" in listed and "other stations on this PC" not in listed   # `second` is no account's
    # a station in an account's own folder moved in place of the PC's: the PC's would be stranded unseen
    exam_own = base / "exam" / ".local" / "share" / "Xuefa"
    exam_own.mkdir(parents=True)
    assert run(base, "exam", "trust-issuer", issuer_pub, data_dir=exam_own).returncode == 0
    away = run(base, "it", "data-folder", "set", base / "fourth", "--move", "--from", exam_own, *GROUP)
    assert away.returncode == 1 and f"the PC's station is in {pc}" in away.stderr and not (base / "fourth").exists()
    # a copy cut short (a kill) is never taken for a station, and the next move starts it again
    partial = base / ".fourth.copying"
    shutil.copytree(pc, partial)
    assert ".copying" not in run(base, "it", "data-folder").stdout
    moved = run(base, "it", "data-folder", "set", base / "fourth", "--move", "--from", pc, *GROUP)
    assert moved.returncode == 0, moved.stderr
    assert not partial.exists() and (base / "fourth" / DB_NAME).exists() and (pc / MOVED_MARK).exists()


def test_the_exam_account_uses_the_station_it_set_up_or_is_told_what_to_do(base, issuer_pub, roster_file):
    _second_account_or_skip(base)
    (base / "exam").mkdir()
    os.chown(base / "exam", 65534, 100)
    shared = base / "shared" / "xuefa"
    no_group = run(base, "it", "data-folder", "set", shared)   # as root: whose folder would it be?
    assert no_group.returncode == 1 and "--group" in no_group.stderr and not shared.exists()
    nosuch = run(base, "it", "data-folder", "set", shared, "--group", "no-such-group")
    assert nosuch.returncode == 1 and "there is no group no-such-group" in nosuch.stderr and not shared.exists()
    # an administrator whose umask keeps everything to itself: the folders made for every account open to them
    assert run(base, "it", "data-folder", "set", shared, "--group", "users", umask=0o077).returncode == 0
    assert stat.S_IMODE(shared.stat().st_mode) == 0o2770 and shared.stat().st_gid == 100
    assert stat.S_IMODE(shared.parent.stat().st_mode) == 0o755
    assert stat.S_IMODE((base / "etc").stat().st_mode) == 0o755
    assert run(base, "it", "trust-issuer", issuer_pub).returncode == 0   # set up by IT, as root
    for inside in shared.iterdir():   # files made by IT: the group's, read and write
        assert inside.stat().st_gid == 100 and stat.S_IMODE(inside.stat().st_mode) & 0o060 == 0o060, inside

    roster = Path(shutil.copy(roster_file, base / "roster.json"))   # where the exam account may read it
    os.chmod(roster, 0o644)
    imported = run(base, "exam", "import-roster", roster, account=EXAM_ACCOUNT)   # writes the database
    assert imported.returncode == 0 and "2 learner(s) imported" in imported.stdout, imported.stderr
    assert "a new one is set up" not in imported.stderr
    assert run(base, "it", "status").returncode == 0
    with sqlite3.connect(shared / DB_NAME) as db:
        assert db.execute("SELECT count(*) FROM learners").fetchone() == (2,)
    assert not (base / "exam" / ".local" / "share" / "Xuefa").exists()   # never a station of its own
    # an account outside the group: what to do, in words, never a traceback
    for args in (("status",), ("data-folder",), ("--selftest", "--except", "station-keys")):
        outside = run(base, "exam", *args, account=OUTSIDER, env={"QT_QPA_PLATFORM": "offscreen"})
        said = outside.stdout + outside.stderr
        assert "Traceback" not in said and "usermod -aG users" in said, (args, said)


def test_a_folder_other_accounts_cannot_reach_or_a_foreign_path_is_refused(base):
    closed = base / "it-home"
    closed.mkdir(mode=0o700)
    os.chmod(closed, 0o700)
    inside = run(base, "it", "data-folder", "set", closed / "xuefa", *GROUP)
    assert inside.returncode == 1 and "cannot be entered by the PC's other accounts" in inside.stderr
    for folder, said in (("relative/folder", "give the whole path of the folder"),
                         ("D:\\XuefaData", "give the whole path of the folder"),   # a Windows path on Linux
                         ("//fileserver/share/xuefa", "is on a network drive")):
        done = run(base, "it", "data-folder", "set", folder, *GROUP)
        assert done.returncode == 1 and said in done.stderr, (folder, done.stderr)
    assert not (base / "etc" / "data-folder.json").exists() and not (base / "D:\\XuefaData").exists()


def test_a_move_never_goes_inside_itself_nor_into_a_folder_holding_files(base, issuer_pub):
    own = base / "it" / ".local" / "share" / "Xuefa"
    assert run(base, "it", "trust-issuer", issuer_pub).returncode == 0
    busy = base / "busy"
    busy.mkdir()
    (busy / "notes.txt").write_text("someone's", encoding="utf-8")
    done = run(base, "it", "data-folder", "set", busy, "--move", *GROUP)
    assert done.returncode == 1 and "is not empty" in done.stderr and sorted(os.listdir(busy)) == ["notes.txt"]
    os.chmod(base / "it", 0o755)
    for part in (".local", ".local/share"):
        os.chmod(base / "it" / part, 0o755)
    os.chmod(own, 0o755)
    itself = run(base, "it", "data-folder", "set", own / "sub", "--move", *GROUP)
    assert itself.returncode == 1 and "is inside the station's folder" in itself.stderr
    assert not (own / "sub").exists()


def test_a_damaged_setting_is_said_and_can_be_set_again(base, issuer_pub):
    (base / "etc").mkdir()
    for damaged in (b"{not json", b'{"data_dir": "relative"}', b'{"data_dir": "/a\\u0000b"}', b" " * 70_000):
        (base / "etc" / "data-folder.json").write_bytes(damaged)
        refused = run(base, "it", "trust-issuer", issuer_pub)   # never guessed past: that would be another station
        assert refused.returncode == 1 and "is not one Xuefa wrote, or it is damaged" in refused.stderr, damaged[:20]
        assert "Traceback" not in refused.stderr and "Error:" in refused.stderr
    assert not (base / "it").exists()
    assert run(base, "it", "data-folder").returncode == 1
    assert run(base, "it", "keyhelper", "--help").returncode == 0   # needs no station folder: never stopped
    fixed = run(base, "it", "data-folder", "set", base / "station", *GROUP)
    assert fixed.returncode == 0, fixed.stderr
    assert "trusted: 省普法办" in run(base, "it", "trust-issuer", issuer_pub).stdout
    assert (base / "station" / DB_NAME).exists()


def test_a_move_that_does_not_fit_the_disk_changes_nothing(base, issuer_pub, monkeypatch):
    """A full disk gave Python's list of failed copies as the reason, and left a partial copy."""
    import shutil as shutil_module

    from desktop.data_folder import DataFolderSettingError, set_data_folder
    own = base / "it" / ".local" / "share" / "Xuefa"
    assert run(base, "it", "trust-issuer", issuer_pub).returncode == 0
    monkeypatch.setenv("XUEFA_STATION_SETTING", str(base / "etc" / "data-folder.json"))
    monkeypatch.setenv("XUEFA_ACCOUNT_FOLDERS", str(own))
    full = shutil_module.disk_usage(base)._replace(free=1 << 20)
    monkeypatch.setattr("desktop.data_folder.shutil.disk_usage", lambda _path: full)
    with pytest.raises(DataFolderSettingError, match="has 1 MB free; the station needs"):
        set_data_folder(base / "full", move=True, group="users" if AS_ROOT else None)
    assert not (base / "full").exists() and not (own / MOVED_MARK).exists()
    assert not (base / "etc" / "data-folder.json").exists()


def test_the_log_stays_the_folders_accounts_after_it_rotates(tmp_path):
    from desktop.cli.common import StationLog as _StationLog
    from examcore.private_files import share_folder
    folder = share_folder(tmp_path / "pc")
    handler = _StationLog(folder / "xuefa.log", maxBytes=200, backupCount=2, encoding="utf-8")
    try:
        for n in range(20):
            handler.emit(logging.LogRecord("t", logging.INFO, __file__, 1, "line %d of the log", (n,), None))
    finally:
        handler.close()
    assert (folder / "xuefa.log.1").exists()
    for log in folder.glob("xuefa.log*"):
        assert stat.S_IMODE(log.stat().st_mode) == 0o660, log


def test_the_self_test_warns_of_a_users_own_folder_another_station_and_the_system_drive(base, tmp_path,
                                                                                      monkeypatch):
    from desktop.data_folder import PC_SETTING, USER, DataFolder
    own = check_data_folder_place(DataFolder(tmp_path, USER, False))
    assert [c.status for c in own] == [WARN] and "another station" in own[0].detail
    assert "xuefa data-folder set FOLDER --move" in own[0].fix
    assert check_data_folder_place(DataFolder(tmp_path, PC_SETTING, True)) == []
    text = report(own, "9")
    assert "[warn]" in text and "what to do: As the PC's administrator" in text
    assert text.endswith("READY: every check passed; read the 1 warning(s) above.")
    # another station left on the PC (an account's own, from before): named, with its folder
    left = tmp_path / "left"
    left.mkdir()
    (left / DB_NAME).write_bytes(b"")
    monkeypatch.setenv("XUEFA_ACCOUNT_FOLDERS", str(left))
    earlier = check_data_folder_place(DataFolder(tmp_path / "pc", PC_SETTING, True))
    assert [c.status for c in earlier] == [WARN] and f"another station is in {left}" in earlier[0].detail
    (left / "station.id").write_text('{"device_id": "station-1"}', encoding="utf-8")
    (tmp_path / "pc").mkdir()
    (tmp_path / "pc" / "station.id").write_text('{"device_id": "station-1"}', encoding="utf-8")
    copy = check_data_folder_place(DataFolder(tmp_path / "pc", PC_SETTING, True))   # its moved mark taken away
    assert [c.status for c in copy] == [WARN] and "older copy of this same station" in copy[0].detail
    (left / MOVED_MARK).write_text("{}", encoding="utf-8")   # a moved station's old folder is no station
    assert check_data_folder_place(DataFolder(tmp_path / "pc", PC_SETTING, True)) == []
    # a folder in memory is emptied at every restart, as a restore card's drive is
    from desktop.data_folder import in_memory
    if in_memory("/dev/shm"):
        memory = check_data_folder_place(DataFolder(Path("/dev/shm/xuefa-station"), PC_SETTING, True))
        assert [c.status for c in memory] == [WARN] and "is in memory (tmpfs)" in memory[0].detail
    # a restore card resets the system drive of a Windows PC
    assert on_system_drive(r"C:\ProgramData\Xuefa\station", windows=True, system_drive="C:")
    assert on_system_drive(r"c:\Users\kaoshi\AppData\Local\Xuefa", windows=True, system_drive="C:")
    assert not on_system_drive(r"D:\XuefaData", windows=True, system_drive="C:")
    assert not on_system_drive("/var/lib/xuefa/station", windows=False)
    # the command line's self-test, for a folder that is not the PC's
    done = run(base, "it", "--selftest", "--except", "station-keys", data_dir=base / "station",
               env={"QT_QPA_PLATFORM": "offscreen"})
    assert "[warn] Data folder's place" in done.stdout and "another station" in done.stdout, done.stdout
