"""`xuefa --selftest`: is this PC ready for exam day? Each check says what it found and, when it fails,
what to do. Exit status 0 only when nothing failed (a check that does not apply is skipped, not failed).

The Qt part (platform plugin, fonts that show Chinese, translations) runs in a child process of this same
program: a missing platform plugin aborts the process that loads it, and the report must still be printed.
"""
from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from desktop.translation_marks import QT_TRANSLATE_NOOP   # marks text for lupdate only; no Qt object here
from examcore.cli_text import Joined, Words, cli_tr, said
from examcore.refusals import os_reason
from examcore.sqlite_files import read_only

OK, FAIL, SKIP, WARN = "ok", "FAIL", "skip", "warn"   # a warning is said with what to do; it fails nothing
# check names and advice: English in the CLI report, translated in the readiness check window ("Selftest")
QT_PLUGIN = QT_TRANSLATE_NOOP("Selftest", "Qt platform plugin")
FONTS = QT_TRANSLATE_NOOP("Selftest", "Chinese fonts")
TRANSLATIONS = QT_TRANSLATE_NOOP("Selftest", "Translations")
CRYPTO = QT_TRANSLATE_NOOP("Selftest", "Cryptography")
DATA_FOLDER = QT_TRANSLATE_NOOP("Selftest", "Data folder")
DATA_FOLDER_PLACE = QT_TRANSLATE_NOOP("Selftest", "Data folder's place")
RESOURCES = QT_TRANSLATE_NOOP("Selftest", "Resources")
CLOCK = QT_TRANSLATE_NOOP("Selftest", "Clock")
SERVER = QT_TRANSLATE_NOOP("Selftest", "Centre server")
STATION_KEYS = QT_TRANSLATE_NOOP("Selftest", "Station keys")
EXAM_PC = QT_TRANSLATE_NOOP("Selftest", "Exam PC")
REINSTALL = QT_TRANSLATE_NOOP("Selftest", "Reinstall Xuefa from the installer.")
EARLIEST_PLAUSIBLE = datetime(2025, 1, 1, tzinfo=timezone.utc)   # a clock before this is certainly wrong
CLOCK_TOLERANCE_S = 120                                          # against the centre server's clock
QT_CHILD_TIMEOUT_S = 60


@dataclass(frozen=True)
class Check:
    name: str
    status: str          # ok | FAIL | skip
    detail: str
    fix: str = ""


def self_command() -> list[str]:
    """How to start this same program again: the bundle's executable, or this Python with the module."""
    if getattr(sys, "frozen", False):
        return [sys.executable]
    return [sys.executable, "-m", "desktop.app"]


# --- the Qt child ---------------------------------------------------------------------------------

def qt_probe() -> dict:
    """Runs in the child (`xuefa --selftest-qt`): load the platform plugin, look for Chinese fonts and
    load the translations. Prints one JSON line; the parent judges it."""
    from PySide6.QtCore import QTranslator
    from PySide6.QtGui import QFontDatabase, QGuiApplication

    from desktop.resources import resources_dir
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    assert isinstance(app, QGuiApplication)   # this child process makes no other kind
    families = QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese)
    translator = QTranslator()
    qm = resources_dir() / "translations" / "xuefa_zh_CN.qm"
    loaded = translator.load(str(qm))
    probe = translator.translate("ExamWindow", "Submit the exam") if loaded else ""
    result = {"platform": app.platformName(), "cjk_fonts": families[:5], "cjk_font_count": len(families),
              "translations": loaded, "translation_probe": probe, "qm": str(qm), "exam_pc": exam_pc_probe()}
    print(json.dumps(result, ensure_ascii=False))
    return result


def exam_pc_probe() -> dict:
    """What the exam's environment check would find here, under the default policy (issue 21), and whether
    this windowing system lets the exam hold the keyboard."""
    from desktop.lockdown.environment import survey
    from desktop.lockdown.platform import for_session
    from examcore.exam import LockdownPolicy
    try:
        platform = for_session()
        found = survey(LockdownPolicy(), platform)
        return {"layer": platform.name, "grab": platform.can_grab,
                "findings": [{"check": f.check, "detail": f.detail, "blocks": f.blocks} for f in found]}
    except Exception as exc:  # noqa: BLE001 - reported as a failed check, never a crash
        return {"error": f"{type(exc).__name__}: {exc}"}


def check_exam_pc(probe: dict, qpa: str) -> Check:
    """The environment check of the Qt child: blocking findings fail, a virtual machine is said; a session
    without keyboard grab (Wayland) fails with the way to an X11 session."""
    if "error" in probe:
        return Check(EXAM_PC, FAIL, Words("the check could not run: {error}", error=probe["error"]), REINSTALL)
    blocking = [f for f in probe["findings"] if f["blocks"]]
    if blocking:
        return Check(EXAM_PC, FAIL, Joined(Words("{check}: {detail}", check=f["check"], detail=f["detail"]) for f in blocking),
                     QT_TRANSLATE_NOOP("Selftest", "Exams will not start on this PC as it is: use one screen only, "
                                                   "sit at the PC itself (not a remote session) and close remote "
                                                   "control, screen sharing and recording programs. Then check "
                                                   "again."))
    if qpa.startswith("wayland"):
        return Check(EXAM_PC, FAIL, Words("Wayland session: the exam cannot hold the keyboard or tell system windows apart"),
                     QT_TRANSLATE_NOOP("Selftest", "Log in to an X11 (Xorg) session for exams (on the login "
                                                   "screen's session menu), or ask IT to set up the exam account "
                                                   "as docs/installing.md describes."))
    said = [Words("{check}: {detail}", check=f["check"], detail=f["detail"]) for f in probe["findings"]]
    layer = Words("lockdown layer {layer}", layer=probe["layer"]) if probe["grab"] else \
        Words("lockdown layer {layer} (no keyboard grab)", layer=probe["layer"])
    return Check(EXAM_PC, OK, Joined([layer, *(said or [Words("one screen, nothing listed running")])]))


def check_qt() -> list[Check]:
    env = dict(os.environ, PYTHONIOENCODING="utf-8")
    try:
        done = subprocess.run(self_command() + ["--selftest-qt"], capture_output=True, timeout=QT_CHILD_TIMEOUT_S,
                              env=env)
    except (OSError, subprocess.TimeoutExpired) as exc:
        return [Check(QT_PLUGIN, FAIL, Words("the Qt check could not run: {reason}", reason=str(exc)),
                      REINSTALL)]
    lines = done.stdout.decode("utf-8", "replace").strip().splitlines()
    try:
        found = json.loads(lines[-1])
    except (IndexError, ValueError):
        tail = done.stderr.decode("utf-8", "replace").strip().splitlines()[-3:]
        return [Check(QT_PLUGIN, FAIL, Words("the window system could not be loaded: {detail}", detail=" / ".join(tail)),
                      QT_TRANSLATE_NOOP("Selftest",
                          "Windows: reinstall Xuefa (the platforms folder is missing or damaged). Linux: install the "
                          "X11 libraries (apt install libxcb-cursor0 libxkbcommon-x11-0) or run under a desktop "
                          "session."))]
    checks = [Check(QT_PLUGIN, OK, Words("loaded: {platform}", platform=found["platform"]))]
    if found["platform"] != "offscreen":   # a build PC's or a test's headless run has no exam screen to check
        checks.append(check_exam_pc(found.get("exam_pc") or {"error": "not reported"}, found["platform"]))
    if found["cjk_font_count"]:
        checks.append(Check(FONTS, OK, Words("{count} font families, e.g. {fonts}", count=found["cjk_font_count"],
                                                  fonts=", ".join(found["cjk_fonts"][:3]))))
    else:
        checks.append(Check(FONTS, FAIL, Words("no installed font can show Simplified Chinese"),
                            QT_TRANSLATE_NOOP("Selftest",
                                "Windows: install the Chinese language pack (Microsoft YaHei). Linux: "
                                "apt install fonts-noto-cjk.")))
    if found["translations"] and found["translation_probe"] == "交卷":
        checks.append(Check(TRANSLATIONS, OK, Words("Simplified Chinese loaded from {file}", file=found["qm"])))
    else:
        checks.append(Check(TRANSLATIONS, FAIL, Words("{file} did not load or is not the Chinese text", file=found["qm"]),
                            REINSTALL))
    return checks


# --- checks that need no window -------------------------------------------------------------------

def check_crypto() -> Check:
    from argon2 import PasswordHasher

    from examcore.crypto import aead
    from examcore.crypto.hybrid import open_with, seal_to
    from examcore.crypto.keys import ResultKey, SigningKey, verify_signature
    key = SigningKey.generate()
    signed = verify_signature(key.public_raw(), key.sign(b"xuefa"), b"xuefa")
    forged = verify_signature(key.public_raw(), key.sign(b"xuefa"), b"xuefb")
    rk = ResultKey.generate()
    sealed = open_with(rk, seal_to(rk.public_raw(), b"secret", b"t"), b"t") == b"secret"
    k = aead.new_key()
    boxed = aead.decrypt(k, aead.encrypt(k, b"answers", b"a"), b"a") == b"answers"
    hasher = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)
    hashed = hasher.verify(hasher.hash("x"), "x")
    if signed and not forged and sealed and boxed and hashed:
        return Check(CRYPTO, OK, Words("Ed25519, HPKE, AES-GCM and argon2id work"))
    return Check(CRYPTO, FAIL, Words("a cryptographic self-check gave a wrong answer"),
                 QT_TRANSLATE_NOOP("Selftest", "Reinstall Xuefa; if it persists, this PC must not be used for exams."))


def check_data_folder(data_dir: Path) -> Check:
    """Writable, and durable: a file written and fsynced reads back; SQLite in WAL mode commits there."""
    try:
        data_dir.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=data_dir, prefix=".selftest-", delete=False) as f:
            f.write(b"x" * 4096)
            f.flush()
            os.fsync(f.fileno())
            probe = Path(f.name)
        ok = probe.read_bytes() == b"x" * 4096
        probe.unlink()
        db = data_dir / ".selftest.sqlite3"
        conn = sqlite3.connect(db)
        try:
            mode = conn.execute("PRAGMA journal_mode=WAL").fetchone()[0]
            conn.execute("PRAGMA synchronous=FULL")
            conn.execute("CREATE TABLE t (x)")
            conn.execute("INSERT INTO t VALUES (1)")
            conn.commit()
            ok = ok and conn.execute("SELECT x FROM t").fetchone() == (1,) and mode == "wal"
        finally:
            conn.close()
            for suffix in ("", "-wal", "-shm"):
                Path(str(db) + suffix).unlink(missing_ok=True)
        free = _free_mb(data_dir)
    except OSError as exc:
        return Check(DATA_FOLDER, FAIL, Words("{folder} cannot be written: {reason}", folder=str(data_dir),
                                                reason=os_reason(exc)),
                     QT_TRANSLATE_NOOP("Selftest",
                         "Give this Windows user write access to the folder, or choose another folder with "
                         "--data-dir; on a full disk free some space."))
    except sqlite3.Error as exc:
        return Check(DATA_FOLDER, FAIL, Words("the database cannot work in {folder}: {reason}", folder=str(data_dir),
                                                reason=str(exc)),
                     QT_TRANSLATE_NOOP("Selftest", "Use a local disk, not a network drive, for the data folder."))
    if not ok:
        return Check(DATA_FOLDER, FAIL, Words("what was written to {folder} did not read back", folder=str(data_dir)),
                     QT_TRANSLATE_NOOP("Selftest", "Use a local disk, not a network drive or a failing disk."))
    if free < 200:
        return Check(DATA_FOLDER, FAIL, Words("{folder}: only {free} MB free", folder=str(data_dir), free=free), QT_TRANSLATE_NOOP("Selftest",
            "Free at least 200 MB on this disk."))
    return Check(DATA_FOLDER, OK, Words("{folder}: writable and durable (WAL), {free} MB free", folder=str(data_dir),
                                           free=free))


def check_data_folder_place(place) -> list[Check]:  # noqa: ANN001 - a desktop.data_folder.DataFolder
    """Where the folder is (issue 23): one user's own folder is another station for the PC's other accounts;
    on Windows the system drive is reset at restart by a restore card (还原卡, 冰点还原)."""
    from desktop.data_folder import in_memory, on_system_drive, same_folder, station_id, stations_on_pc
    checks = []
    for other in (f for f in stations_on_pc() if not same_folder(f, place.path)):
        if station_id(other) and station_id(other) == station_id(place.path):   # its moved mark taken away
            checks.append(Check(DATA_FOLDER_PLACE, WARN, Words("{other} is an older copy of this same station: "
                                                                "opened, it would fork the station's history",
                                                                other=str(other)),
                                QT_TRANSLATE_NOOP("Selftest", "Never open that copy; delete it once the station "
                                                  "works from this folder.")))
            continue
        checks.append(Check(DATA_FOLDER_PLACE, WARN, Words("another station is in {other}: its results not yet "
                                                            "delivered are there, not in {folder}", other=str(other),
                                                            folder=str(place.path)),
                            QT_TRANSLATE_NOOP("Selftest", "Deliver its results (xuefa --data-dir with that folder, "
                                              "then sync or export-results), then delete that folder.")))
    if not place.machine_wide:
        checks.append(Check(DATA_FOLDER_PLACE, WARN, Words("{folder} is not this PC's folder for every account: "
                                                            "another account of this PC (the exam account, IT's) "
                                                            "may use another folder, which is another station",
                                                            folder=str(place.path)),
                            QT_TRANSLATE_NOOP("Selftest", "As the PC's administrator, choose the folder for every "
                                              "account: xuefa data-folder set FOLDER --move")))
    kind = in_memory(place.path)
    if kind:
        checks.append(Check(DATA_FOLDER_PLACE, WARN, Words("{folder} is in memory ({kind}): answers and results not "
                                                            "yet delivered are lost at every restart",
                                                            folder=str(place.path), kind=kind),
                            QT_TRANSLATE_NOOP("Selftest", "Choose a folder on a disk: xuefa data-folder set "
                                              "/srv/xuefa --group users --move")))
    if on_system_drive(place.path):
        checks.append(Check(DATA_FOLDER_PLACE, WARN, Words("{folder} is on the system drive: if this PC has a "
                                                            "restore card (还原卡, 冰点还原), answers and results "
                                                            "not yet delivered are lost at every restart",
                                                            folder=str(place.path)),
                            QT_TRANSLATE_NOOP("Selftest", "If the PC has a restore card, choose a folder on a "
                                              "disk it does not restore: xuefa data-folder set D:\\XuefaData "
                                              "--move")))
    return checks


def check_station_keys(data_dir: Path) -> Check:
    """Where the station's keys live: with the key helper (another account than the station's) or DPAPI is
    ready; a plain key file in the data folder is not (whoever copies the folder can sign as this station)."""
    from desktop.keyhelper.client import helper_uid
    from desktop.store.station_keys import MARKER, PLAIN, configured_helper
    try:
        marker = json.loads((data_dir / MARKER).read_text(encoding="utf-8"))
        store = marker.get("store") if isinstance(marker, dict) else None
    except (OSError, ValueError):
        store = None
    if store == "dpapi":
        return Check(STATION_KEYS, OK, Words("protected by Windows (DPAPI) for this PC"))
    socket_path = configured_helper()
    uid = helper_uid(socket_path) if socket_path is not None else None
    install = QT_TRANSLATE_NOOP("Selftest", "Install and start the Xuefa key service as the system "
                                "(docs/station-keys.md), then start the station once.")
    if uid is None:
        where = Words("the key service does not answer at {path}", path=str(socket_path)) if socket_path else \
            Words("no key service is set up")
        kept = Words("the keys are a plain file in the data folder") if (data_dir / PLAIN).exists() else \
            Words("the keys are not made yet")
        return Check(STATION_KEYS, FAIL, Joined([where, kept]), install)
    if uid != 0 and uid == getattr(os, "getuid", lambda: -1)():
        return Check(STATION_KEYS, FAIL, Words("the key service runs as this same account (uid {uid})", uid=uid), install)
    if store != "key-helper":
        return Check(STATION_KEYS, FAIL, Words("the key service answers, but this station's keys are not with it yet"),
                     install)
    return Check(STATION_KEYS, OK, Words("held by the key service (uid {uid}), not in the data folder", uid=uid))


def _free_mb(folder: Path) -> int:
    import shutil
    return int(shutil.disk_usage(folder).free / 1_000_000)


def check_resources() -> Check:
    from desktop.resources import resources_dir
    root = resources_dir()
    needed = [root / "translations" / "xuefa_zh_CN.qm", root / "demo" / "study" / "plan.json",
              root / "icons" / "xuefa.png"]
    missing = [str(p) for p in needed if not p.is_file()]
    if missing:
        return Check(RESOURCES, FAIL, Words("missing: {files}", files=", ".join(missing)), REINSTALL)
    return Check(RESOURCES, OK, Words("found in {folder}", folder=str(root)))


def configured_server(data_dir: Path) -> str | None:
    """The centre server this station was enrolled with, read without opening (or migrating) the database."""
    from desktop.station import DB_NAME
    db = data_dir / DB_NAME
    if not db.is_file():
        return None
    try:
        conn = read_only(db)
        try:
            row = conn.execute("SELECT value FROM settings WHERE key = 'server_url'").fetchone()
        finally:
            conn.close()
    except sqlite3.Error:
        return None
    return row[0] if row else None


def configured_pins(data_dir: Path):
    """The certificate(s) the station pinned for its server (examcore.tls_pin.Pins), or None."""
    from desktop.station import DB_NAME
    from examcore.tls_pin import pins_from
    try:
        conn = read_only(data_dir / DB_NAME)
        try:
            rows = dict(conn.execute("SELECT key, value FROM settings WHERE key IN "
                                     "('server_tls_pin', 'server_tls_next')").fetchall())
        finally:
            conn.close()
    except sqlite3.Error:
        return None
    return pins_from([rows.get("server_tls_pin"), rows.get("server_tls_next")])


def check_clock_and_server(server_url: str | None, now: Callable[[], datetime], pins=None) -> list[Check]:
    """``pins``: the server's pinned certificate (examcore.tls_pin.Pins), needed for https://."""
    local = now()
    checks = []
    if local < EARLIEST_PLAUSIBLE:
        checks.append(Check(CLOCK, FAIL, Words("this PC's clock says {time} UTC", time=f"{local:%Y-%m-%d %H:%M}"),
                            QT_TRANSLATE_NOOP("Selftest",
                                "Set the date and time (and the time zone, 中国标准时间 UTC+8) "
                                "in the system settings.")))
    if server_url is None:
        if not checks:
            checks.append(Check(CLOCK, OK, Words("{time} (no server to compare with)",
                                                     time=f"{local.astimezone():%Y-%m-%d %H:%M %Z}")))
        checks.append(Check(SERVER, SKIP, Words("this station is not connected to a centre server (files only)")))
        return checks
    import requests

    from examcore.tls_pin import PinError, mismatch_in, session_for
    try:
        begun = time.monotonic()
        with session_for(server_url, pins) as http:
            answer = http.get(server_url.rstrip("/") + "/api/v1/health", timeout=5)
        took_ms = (time.monotonic() - begun) * 1000
        answer.raise_for_status()
    except (requests.RequestException, PinError) as exc:
        if isinstance(exc, PinError) or mismatch_in(exc) is not None:
            checks.append(Check(SERVER, FAIL, Words("{server}: it shows another certificate than the one this station trusts",
                                                  server=server_url),
                                QT_TRANSLATE_NOOP("Selftest",
                                    "The server's certificate is not the one this station trusts: ask the centre "
                                    "admin; if the server was really replaced, enrol this station again.")))
            return checks
        checks.append(Check(SERVER, FAIL, Words("{server} cannot be reached ({reason})", server=server_url,
                                              reason=type(exc).__name__),
                            QT_TRANSLATE_NOOP("Selftest",
                                "Check the network cable and that the centre server is running; on exam day the "
                                "station also works without it (results wait on the station).")))
        if not checks[:-1]:
            checks.insert(0, Check(CLOCK, OK, Words("{time} (server not reachable to compare)",
                                                  time=f"{local.astimezone():%Y-%m-%d %H:%M %Z}")))
        return checks
    server_date = answer.headers.get("Date")
    if server_date and not checks:
        from email.utils import parsedate_to_datetime
        off = (local - parsedate_to_datetime(server_date)).total_seconds()
        if abs(off) > CLOCK_TOLERANCE_S:
            checks.append(Check(CLOCK, FAIL, Words("{off} s from the centre server's clock", off=f"{off:+.0f}"),
                                QT_TRANSLATE_NOOP("Selftest",
                                    "Set this PC's time (or let it take the time from the centre's time server).")))
        else:
            checks.append(Check(CLOCK, OK, Words("{off} s from the centre server's clock", off=f"{off:+.0f}")))
    elif not checks:
        checks.append(Check(CLOCK, OK, Words("{time}", time=f"{local.astimezone():%Y-%m-%d %H:%M %Z}")))
    checks.append(Check(SERVER, OK, Words("{server} answers ({ms} ms)", server=server_url, ms=f"{took_ms:.0f}")))
    return checks


LEAVE_OUT = {"station-keys": STATION_KEYS}   # `--selftest --except NAME`: checks that do not apply to a build PC


def run_checks(data_dir: Path, now: Callable[[], datetime] = lambda: datetime.now(timezone.utc),
               leave_out: tuple[str, ...] = (), place=None) -> list[Check]:  # noqa: ANN001 - a DataFolder
    """Every check; ``place`` (desktop.data_folder.DataFolder) adds where the data folder is."""
    checks = check_qt()
    for one in (check_crypto, check_resources):
        try:
            checks.append(one())
        except Exception as exc:  # noqa: BLE001 - a broken check is a failed check, reported, never a crash
            checks.append(Check(one.__name__.removeprefix("check_").replace("_", " ").capitalize(), FAIL,
                                Words("the check failed: {reason}", reason=f"{type(exc).__name__}: {exc}"),
                                REINSTALL))
    checks.append(check_data_folder(data_dir))
    if place is not None:
        checks.extend(check_data_folder_place(place))
    if "station-keys" in leave_out:
        checks.append(Check(STATION_KEYS, SKIP, Words("left out (--except station-keys)")))
    else:
        checks.append(check_station_keys(data_dir))
    checks.extend(check_clock_and_server(configured_server(data_dir), now, configured_pins(data_dir)))
    return checks


def report(checks: list[Check], version: str, tr: Callable[[str], str] = lambda text: text) -> str:
    """The self-test as the command line prints it: each check's status, name and what it found, and what to
    do where it failed; ``tr`` says a check's name and advice in the user's language (the window's "Selftest"
    translations)."""
    names = {c.name: tr(c.name) for c in checks}
    width = max(len(n) for n in names.values())
    lines = [cli_tr("Xuefa {version} self-test").format(version=version)]
    for c in checks:
        lines.append(f"  [{c.status:>4}] {names[c.name]:<{width}}  {said(c.detail)}")
        if c.status in (FAIL, WARN) and c.fix:
            lines.append(f"         {'':<{width}}  " + cli_tr("what to do: {fix}").format(fix=tr(c.fix)))
    failed = sum(c.status == FAIL for c in checks)
    warned = sum(c.status == WARN for c in checks)
    lines.append(cli_tr("NOT READY: {failed} check(s) failed.").format(failed=failed) if failed else
                 cli_tr("READY: every check passed; read the {warned} warning(s) above.").format(warned=warned)
                 if warned else cli_tr("READY: every check passed."))
    return "\n".join(lines)
