"""One station data folder for every account of the PC, chosen once (issue 23, item 2).

A station set up under IT's account was another, unenrolled station for the learners' exam account, and the
self-test run by IT checked IT's own folder. Now `xuefa data-folder set FOLDER --move` makes one folder the
PC's, shared by its accounts; the self-test warns while the folder is one user's (and, on Windows, on the
system drive a restore card resets). Driven through the real command line, as IT and as another account."""
from __future__ import annotations

import json
import os
import shutil
import sqlite3
import stat
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from desktop.data_folder import on_system_drive
from desktop.selftest import WARN, check_data_folder_place, report
from desktop.single_instance import hold_data_folder
from desktop.station import DB_NAME
from examcore.keyfiles import public_key_file_text

ROOT = Path(__file__).resolve().parents[2]
EXAM_ACCOUNT = ["setpriv", "--reuid=65534", "--regid=100", "--clear-groups"]   # nobody, of the group "users"


def run(base: Path, home: str, *args, data_dir: Path | None = None, account: list[str] | None = None,
        env: dict | None = None) -> subprocess.CompletedProcess:
    """`xuefa ARGS` as an account whose home folder is base/HOME, this PC's setting in base/etc."""
    environment = dict(os.environ, HOME=str(base / home), XDG_DATA_HOME=str(base / home / ".local" / "share"),
                       XUEFA_STATION_SETTING=str(base / "etc" / "data-folder.json"), PYTHONPATH=str(ROOT),
                       **(env or {}))
    environment.pop("XUEFA_DATA_DIR", None)
    named = ["--data-dir", str(data_dir)] if data_dir else []
    return subprocess.run([*(account or []), sys.executable, "-m", "desktop.app", *named, *map(str, args)], cwd=base,
                          env=environment, capture_output=True, text=True, timeout=120)


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


def test_a_station_set_up_by_it_moves_to_the_pcs_folder_and_nothing_is_lost(base, issuer_pub, roster_file):
    own = base / "it" / ".local" / "share" / "Xuefa"
    made = run(base, "it", "trust-issuer", issuer_pub)
    assert made.returncode == 0 and "a new one is set up there" in made.stderr and str(own) in made.stderr
    assert "2 learner(s) imported" in run(base, "it", "import-roster", roster_file).stdout
    shown = run(base, "it", "data-folder").stdout
    assert f"data folder: {own}" in shown and "this user's own folder" in shown and "holds a station" in shown

    shared = base / "shared" / "xuefa"
    refused = run(base, "it", "data-folder", "set", shared)   # the station would be left behind
    assert refused.returncode == 1 and f"the station's data is in {own}: add --move" in refused.stderr
    assert not shared.exists() and not (base / "etc").exists()
    with_lock = hold_data_folder(own)   # Xuefa open on it
    try:
        busy = run(base, "it", "data-folder", "set", shared, "--move")
    finally:
        with_lock.release()
    assert busy.returncode == 1 and "Xuefa is open on" in busy.stderr and not (base / "etc").exists()

    moved = run(base, "it", "data-folder", "set", shared, "--move")
    assert moved.returncode == 0, moved.stderr
    assert f"the station's data folder is now {shared} for every account" in moved.stdout
    assert f"the station was copied from {own} and checked" in moved.stdout
    assert json.loads((base / "etc" / "data-folder.json").read_text(encoding="utf-8"))["data_dir"] == str(shared)
    assert (own / DB_NAME).exists()   # the old folder is left as it was
    with sqlite3.connect(shared / DB_NAME) as db:
        assert db.execute("SELECT count(*) FROM learners").fetchone() == (2,)
    assert "set for every account of this PC" in run(base, "it", "data-folder").stdout
    again = run(base, "it", "trust-issuer", issuer_pub)   # the same station: nothing new set up
    assert again.returncode == 0 and "a new one is set up" not in again.stderr
    # another account of the PC (its own home, its own user folder): the same folder, the same station
    other = run(base, "other", "data-folder").stdout
    assert f"data folder: {shared}" in other and "holds a station" in other


def test_the_exam_account_uses_the_station_it_set_up(base, issuer_pub, roster_file):
    if os.geteuid() != 0:
        pytest.skip("needs root to run a command as a second account")
    if shutil.which("setpriv") is None:
        pytest.skip("needs setpriv (util-linux) to run a command as a second account")
    probe = subprocess.run([*EXAM_ACCOUNT, sys.executable, "-c", "import desktop.app"], cwd=base, capture_output=True,
                           env=dict(os.environ, PYTHONPATH=str(ROOT)))
    if probe.returncode != 0:
        pytest.skip("this Python cannot be run by another account here")
    for home in ("exam",):
        (base / home).mkdir()
        os.chown(base / home, 65534, 100)
    shared = base / "shared" / "xuefa"
    assert run(base, "it", "data-folder", "set", shared, "--group", "users").returncode == 0
    assert stat.S_IMODE(shared.stat().st_mode) == 0o2770 and shared.stat().st_gid == 100
    assert run(base, "it", "trust-issuer", issuer_pub).returncode == 0   # set up by IT, as root
    for inside in shared.iterdir():   # files made by IT: the group's, read and write
        assert inside.stat().st_gid == 100 and stat.S_IMODE(inside.stat().st_mode) & 0o060 == 0o060, inside

    roster = Path(shutil.copy(roster_file, base / "roster.json"))   # where the exam account may read it
    os.chmod(roster, 0o644)
    imported = run(base, "exam", "import-roster", roster, account=EXAM_ACCOUNT)   # writes the database
    assert imported.returncode == 0 and "2 learner(s) imported" in imported.stdout, imported.stderr
    assert "a new one is set up" not in imported.stderr
    status = run(base, "it", "status")
    assert status.returncode == 0, status.stderr
    with sqlite3.connect(shared / DB_NAME) as db:
        assert db.execute("SELECT count(*) FROM learners").fetchone() == (2,)
    # a user folder of the exam account was never made: it did not become a station of its own
    assert not (base / "exam" / ".local" / "share" / "Xuefa").exists()


def test_a_damaged_setting_is_said_and_can_be_set_again(base, issuer_pub):
    (base / "etc").mkdir()
    (base / "etc" / "data-folder.json").write_text("{not json", encoding="utf-8")
    refused = run(base, "it", "trust-issuer", issuer_pub)   # never guessed past: that would be another station
    assert refused.returncode == 1 and "data-folder setting" in refused.stderr and "cannot be read" in refused.stderr
    assert not (base / "it").exists()
    assert run(base, "it", "data-folder").returncode == 1
    fixed = run(base, "it", "data-folder", "set", base / "station")
    assert fixed.returncode == 0, fixed.stderr
    assert "trusted: 省普法办" in run(base, "it", "trust-issuer", issuer_pub).stdout
    assert (base / "station" / DB_NAME).exists()


@pytest.mark.parametrize("folder, said", [
    ("relative/folder", "give the whole path of the folder"),
    ("//fileserver/share/xuefa", "is on a network drive"),
])
def test_a_folder_that_cannot_hold_a_station_is_refused(base, folder, said):
    done = run(base, "it", "data-folder", "set", folder)
    assert done.returncode == 1 and said in done.stderr and not (base / "etc").exists()


def test_a_non_empty_folder_is_not_moved_into(base, issuer_pub):
    assert run(base, "it", "trust-issuer", issuer_pub).returncode == 0
    busy = base / "busy"
    busy.mkdir()
    (busy / "notes.txt").write_text("someone's", encoding="utf-8")
    done = run(base, "it", "data-folder", "set", busy, "--move")
    assert done.returncode == 1 and "is not empty" in done.stderr and sorted(os.listdir(busy)) == ["notes.txt"]


def test_the_self_test_warns_of_a_users_own_folder_and_of_the_system_drive(base, tmp_path, monkeypatch):
    from desktop.data_folder import PC_SETTING, USER, DataFolder
    own = check_data_folder_place(DataFolder(tmp_path, USER, False))
    assert [c.status for c in own] == [WARN] and "another station" in own[0].detail
    assert "xuefa data-folder set FOLDER --move" in own[0].fix
    assert check_data_folder_place(DataFolder(tmp_path, PC_SETTING, True)) == []
    # a station of this account from before the PC's folder was chosen: its results are said to be there
    monkeypatch.setattr("desktop.data_folder.user_folder", lambda: tmp_path / "own")
    (tmp_path / "own").mkdir()
    (tmp_path / "own" / DB_NAME).write_bytes(b"")
    earlier = check_data_folder_place(DataFolder(tmp_path / "pc", PC_SETTING, True))
    assert [c.status for c in earlier] == [WARN] and "holds another station" in earlier[0].detail
    assert "Deliver its results first" in earlier[0].fix
    text = report(own, "9")
    assert "[warn]" in text and "what to do: As the PC's administrator" in text
    assert text.endswith("READY: every check passed; read the 1 warning(s) above.")
    # a restore card resets the system drive of a Windows PC
    assert on_system_drive(r"C:\ProgramData\Xuefa\station", windows=True, system_drive="C:")
    assert on_system_drive(r"c:\Users\kaoshi\AppData\Local\Xuefa", windows=True, system_drive="C:")
    assert not on_system_drive(r"D:\XuefaData", windows=True, system_drive="C:")
    assert not on_system_drive("/var/lib/xuefa/station", windows=False)
    # the command line's self-test, for a folder that is not the PC's
    done = run(base, "it", "--selftest", "--except", "station-keys", data_dir=base / "station",
               env={"QT_QPA_PLATFORM": "offscreen"})
    assert "[warn] Data folder's place" in done.stdout and "another station" in done.stdout, done.stdout
