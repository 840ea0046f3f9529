"""Shared fixtures: real keys, a real package file, a real station folder per test."""
from __future__ import annotations

import os
import sys
import tempfile
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# stations of the suite keep plain key files unless a test starts a key helper (the `key_helper` fixture);
# a helper installed on the developer's own PC is never used by the tests
os.environ["XUEFA_KEY_HELPER"] = "none"
os.environ["XUEFA_CHECK_ANSWERS"] = "1"   # every server answer against its model (sync_server/api/answer_check.py)
os.environ["XUEFA_LANG"] = "en"   # command-line text in its English source (the Chinese is checked on its own)
# this PC's station data-folder setting (desktop/data_folder.py): never the developer's own /etc/xuefa one
os.environ["XUEFA_ACCOUNT_FOLDERS"] = ""   # nor the stations in this PC's accounts' own folders
os.environ["XUEFA_STATION_SETTING"] = os.path.join(tempfile.gettempdir(), f"xuefa-tests-{os.getpid()}",
                                                   "data-folder.json")

import pytest
from argon2 import PasswordHasher

from desktop.station import Station
from examcore.crypto.keys import ResultKey, SigningKey
from examcore.package import Recipient, build_package
from examcore.roster import RosterEntry, roster_bytes
from tests.factories import FakeClock, make_exam, make_pool

pytest_plugins = ["tests.server_fixtures"]  # server fixtures for tests/sync_server and tests/faults

START_CODE = "K7QM-2XHD-9RTF"
PROCTOR_PASSWORD = "proctor-2026"
NEW_LEARNER = ("110101001", "Init-pass1")   # must change at first login
LEARNER = ("110101002", "Learner-pass2")    # has changed already; a leader


# Test modules that need what only Linux has here: X11 and a window manager (Xvfb, openbox), signals to
# kill and stop processes, tmpfs mounts, the key helper's Unix socket and user ids, a reverse proxy from
# Debian's packages. On Windows (the Windows CI workflow, .github/workflows/windows.yml) they are skipped,
# said by name, instead of erroring (issue 23, Deliver 5); everything else runs there as here.
POSIX_ONLY = {
    "tests/desktop/test_data_folder_place.py", "tests/desktop/test_lockdown_rules.py",
    "tests/desktop/test_lockdown_x11.py", "tests/e2e/test_province_hosts.py", "tests/faults/test_kill_server.py",
    "tests/faults/test_kill_station.py", "tests/faults/test_second_copy.py", "tests/faults/test_station_key_theft.py",
    "tests/faults/test_disk_faults.py", "tests/faults/test_broken_pipe.py", "tests/sync_server/test_instance_location.py",
}


def pytest_collection_modifyitems(config, items) -> None:
    if sys.platform != "win32":
        return
    root = Path(__file__).resolve().parents[1]
    for item in items:
        module = Path(str(item.fspath)).resolve().relative_to(root).as_posix()
        if module in POSIX_ONLY:
            item.add_marker(pytest.mark.skip(reason=f"{module} needs Linux (X11, signals, mounts or Unix sockets)"))


@pytest.fixture(autouse=True)
def exam_pc_screen(monkeypatch):
    """The screen a window fits itself to (A+, desktop/ui/screen_fit.py) is an exam PC's 1920×1080 less its
    taskbar, not the offscreen platform's 800×800; a test of a smaller screen patches free_area itself."""
    from PySide6.QtCore import QRect

    import desktop.ui.screen_fit as screen_fit
    monkeypatch.setattr(screen_fit, "free_area", lambda _window: QRect(0, 0, 1920, 1040))


@pytest.fixture(scope="session")
def issuer() -> SigningKey:
    return SigningKey.generate()


@pytest.fixture(scope="session")
def centre_key() -> ResultKey:
    return ResultKey.generate()


def write_package(path: Path, issuer: SigningKey, centre_key: ResultKey | None = None,
                  recipients: list[Recipient] | None = None, made: datetime | None = None, **exam_kw) -> Path:
    """The suite's exam package (10 questions of each type), for a centre key or given recipients; ``made``:
    when its issuer made it (default: a week ago, as packages are made before the exam: a result claiming
    to have begun before its package was made is held, acceptance.made_rules)."""
    recipients = recipients or [Recipient("考试中心", centre_key.public_raw())]  # type: ignore[union-attr]
    path.write_bytes(build_package(make_exam(**exam_kw), make_pool(10), issuer=issuer, issuer_name="省普法办",
                                   recipients=recipients, start_code=START_CODE,
                                   proctor_password=PROCTOR_PASSWORD,
                                   created_at=made or datetime.now(timezone.utc) - timedelta(days=7)))
    return path


_proctor_keys: dict[str, bytes] = {}


def proctor_key_of(header) -> bytes:
    """A package's proctor key as the proctor tool gets it from PROCTOR_PASSWORD (cached: argon2id)."""
    if header.package_id not in _proctor_keys:
        _proctor_keys[header.package_id] = header.unwrap_proctor_key(PROCTOR_PASSWORD)
    return _proctor_keys[header.package_id]


def give_proctor_key(station: Station, header) -> bytes:
    """The station holds its own key of the package's proctor key, as after a sitting's check-in with its
    centre server; returns the package's key (what the proctor tool makes codes with)."""
    from examcore.proctor_codes import station_key
    key = proctor_key_of(header)
    station.attempts.proctor_keys.remember(header.package_id, station_key(key, station.keys.device_id))
    return key


def another_attempt(station_id: str, attempt_id: str) -> str:
    """An attempt id whose challenges do not name this attempt's: a challenge carries 2 characters of the
    attempt (1 in 1,024 that two attempts of one station share them; the random part and the key then do
    the rest), so a random id made tests of "a code for another seat" fail about once in a thousand runs."""
    from examcore.proctor_codes import challenge_names, new_challenge
    return next(other for n in range(100) if not challenge_names(
        new_challenge(station_id, other := f"another-attempt-{n}"), station_id, attempt_id))


def another_station(station_id: str) -> str:
    """A station id whose tag differs from this station's (3 characters: 1 in 32,768 that two share it)."""
    from examcore.proctor_codes import station_tag
    return next(other for n in range(100) if station_tag(other := f"another-station-{n}") != station_tag(station_id))


def ready_station(folder: Path, clock, issuer: SigningKey, roster_file: Path, package: Path) -> Station:
    """A station as exam-centre IT leaves it: the issuer trusted, the roster and a package imported."""
    st = Station.open(folder, clock=clock)
    st.library.trust_issuer(issuer.public_raw(), "省普法办")
    st.accounts.import_roster(roster_file.read_bytes())
    st.library.import_file(package)
    return st


@pytest.fixture(scope="session")
def package_file(tmp_path_factory, issuer, centre_key) -> Path:
    return write_package(tmp_path_factory.mktemp("pkg") / "exam.xfp", issuer, centre_key)


@pytest.fixture(scope="session")
def roster_file(tmp_path_factory, issuer) -> Path:
    ph = PasswordHasher()
    entries = [
        RosterEntry(NEW_LEARNER[0], "张三", "市司法局", "科员", False, ph.hash(NEW_LEARNER[1]), 1, True, None),
        RosterEntry(LEARNER[0], "李四", "市司法局", "处长", True, ph.hash(LEARNER[1]), 1, False, None),
    ]
    path = tmp_path_factory.mktemp("roster") / "roster.json"
    path.write_bytes(roster_bytes(entries, issuer))
    return path


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def station(tmp_path, clock, issuer, package_file, roster_file):
    st = ready_station(tmp_path / "station", clock, issuer, roster_file, package_file)
    yield st
    st.close()


@dataclass
class RunningKeyHelper:
    socket: Path
    key_dir: Path
    server: object


@pytest.fixture
def key_helper(tmp_path, monkeypatch):
    """A real key helper (desktop/keyhelper) in a thread of this process, allowing this Python only, its
    socket in a short folder of its own (a Unix socket path has at most 107 bytes); stations opened while
    it runs keep their keys there."""
    import shutil
    import sys
    import tempfile
    import threading

    from desktop.keyhelper.daemon import serve
    folder = Path(tempfile.mkdtemp(prefix="xkh-"))
    os.chmod(folder, 0o755)   # like /run/xuefa: every account reaches the socket, the helper decides
    helper = RunningKeyHelper(folder / "keyhelper.sock", tmp_path / "helper-keys", None)
    helper.server = serve(helper.socket, helper.key_dir, [Path(sys.executable)])
    thread = threading.Thread(target=helper.server.serve_forever, daemon=True)
    thread.start()
    monkeypatch.setenv("XUEFA_KEY_HELPER", str(helper.socket))
    yield helper
    helper.server.shutdown()
    helper.server.server_close()
    thread.join(5)
    shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture
def later(clock):
    def move(**kw):
        clock.advance(int(timedelta(**kw).total_seconds() * 1000))
    return move


def install_study(station: Station, issuer: SigningKey, plan=None) -> None:
    """The demo's courses, practice bank and statutes, and a 100-point plan of this year whose deadline
    is a month from the station's today."""
    from examcore.study.authoring import load_course_sources
    from examcore.study.course import build_course_file, build_plan_file, build_practice_file
    from desktop.resources import resources_dir
    from examcore.banks import load_bank
    from tests.factories import make_study_plan
    study = resources_dir() / "demo" / "study"
    now = station.clock.now()
    plan = plan or make_study_plan(year=now.year, deadline=now + timedelta(days=30))
    practice = load_bank(study / "practice.json")
    files = [build_plan_file(plan, issuer, "省普法办"),
             build_practice_file(practice.name, practice.questions, issuer, "省普法办")]
    files += [build_course_file(c, issuer, "省普法办") for c in load_course_sources(study / "courses.json")]
    with station.sessions.begin() as s:
        for data in files:
            station.study.store(s, data)
    for statute in sorted((study / "laws").glob("*.txt")):
        station.laws.import_file(statute)


@pytest.fixture
def study_station(station, issuer):
    install_study(station, issuer)
    return station


def reopen_after_restart(station: Station, attempt_id: str | None = None, code: str = START_CODE):
    """The running attempt of a station opened again after a kill or a power cut: the exam's content key is
    kept in memory only (issue 15), so its start code is typed again first when no key service kept it."""
    attempt_id = attempt_id or station.attempts.in_progress_for()
    assert attempt_id is not None
    if station.attempts.needs_key(attempt_id):
        package_id = station.attempts.exam_of(attempt_id)[0]
        station.attempts.keep_open(station.attempts.unlock(package_id, code), attempt_id)
    return station.attempts.resume(attempt_id)


def answered_attempt(station: Station):
    """LEARNER's attempt begun by the start code, its first question answered (rightly)."""
    learner = station.accounts.login(*LEARNER).learner
    unlocked = station.attempts.unlock(station.library.listings(LEARNER[0])[0].package_id, START_CODE)
    attempt = station.attempts.begin(learner, unlocked)
    q = unlocked.content.questions[attempt.paper.items[0].question_id]
    attempt.save_answer(q.id, q.answer if q.type.value != "fill_in" else ("宪法",))
    return attempt
