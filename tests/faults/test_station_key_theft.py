"""The station's data folder, copied whole or read by the learner's account, gives nothing away: no key,
no answer, no answer key, no proctor code, no signature (issue 15; threat model in docs/station-keys.md).

The station here holds a sealed result and an open attempt with answers; its keys are with a real key
helper (desktop/keyhelper) in this process. The attacker is another program (a copy of the Python
binary, as the learner's script would be) run as another account (nobody) where the suite runs as root.
"""
from __future__ import annotations

import base64
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from desktop.selftest import FAIL, OK, check_station_keys
from desktop.station import Station
from desktop.store.station_keys import MARKER, PLAIN, KeyStoreError
from examcore.cli_text import said_of
from examcore.sealed import Envelope, verify_envelope
from tests.conftest import LEARNER, START_CODE, ready_station

ROOT = Path(__file__).resolve().parents[2]
ATTACK = r'''
import json, socket, sqlite3, sys
from pathlib import Path
from keyhelper_protocol import recv_message, send_message
copy, sock_path, key_file = Path(sys.argv[1]), sys.argv[2], Path(sys.argv[3])
out = {"files": sorted(p.name for p in copy.iterdir())}
try:
    key_file.read_bytes()
    out["key_file"] = "read"
except OSError as exc:
    out["key_file"] = type(exc).__name__
marker = json.loads((copy / "station.id").read_text())
db = sqlite3.connect(copy / "station.sqlite3")
attempt_id, wrapped = db.execute("SELECT attempt_id, keys_wrapped FROM attempts WHERE state='in_progress'").fetchone()
import base64
for op, fields in (("unwrap", {"label": f"attempt-keys:{attempt_id}", "blob": base64.b64encode(wrapped).decode()}),
                   ("sign", {"data": base64.b64encode(b"a forged result").decode()})):
    s = socket.socket(socket.AF_UNIX)
    try:
        s.connect(sock_path)
        send_message(s, {"op": op, "device_id": marker["device_id"], **fields})
        answer = recv_message(s)
        out[op] = answer.get("error") or "GRANTED"
    except OSError as exc:
        out[op] = type(exc).__name__
    finally:
        s.close()
print(json.dumps(out))
'''


def _answered_station(folder: Path, clock, issuer, roster_file, package_file):
    """A station with one sealed result and one open attempt with every answer given."""
    st = ready_station(folder, clock, issuer, roster_file, package_file)
    learner = st.accounts.login(*LEARNER).learner
    package_id = st.library.listings(LEARNER[0])[0].package_id
    unlocked = st.attempts.unlock(package_id, START_CODE)
    first = st.attempts.begin(learner, unlocked)
    first.submit()
    return st, learner, unlocked


def _all_bytes(folder: Path) -> bytes:
    return b"".join(p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file())


@pytest.fixture
def two_attempt_exam(tmp_path, issuer, centre_key):
    from tests.conftest import write_package
    return write_package(tmp_path / "two.xfp", issuer, centre_key, max_attempts=2)


def test_a_copied_data_folder_gives_away_no_key_answer_code_or_signature(
        key_helper, tmp_path, clock, issuer, roster_file, two_attempt_exam, request):
    st, learner, unlocked = _answered_station(tmp_path / "station", clock, issuer, roster_file, two_attempt_exam)
    request.addfinalizer(st.close)
    open_attempt = st.attempts.begin(learner, unlocked)
    for item in open_attempt.paper.items:
        q = unlocked.content.questions[item.question_id]
        open_attempt.save_answer(q.id, q.answer if q.type.value != "fill_in" else ("宪法",))
    [envelope] = st.outbox.pending_results()
    marker = json.loads((st.data_dir / MARKER).read_text())
    assert marker["store"] == "key-helper" and not (st.data_dir / PLAIN).exists()
    # the station's own results still verify, signed by the key in station.id
    assert verify_envelope(Envelope.from_bytes(envelope.to_bytes()))["device"]["public_key"] == marker["public_key"]

    attack_dir = Path(tempfile.mkdtemp(prefix="xuefa-theft-"))   # a folder another account may enter
    request.addfinalizer(lambda: shutil.rmtree(attack_dir, ignore_errors=True))
    copy = attack_dir / "stolen"
    shutil.copytree(st.data_dir, copy)   # with the database's WAL, as a copy made while it runs would be
    [key_file] = key_helper.key_dir.glob("*.key")
    held = json.loads(key_file.read_text())
    everything = _all_bytes(copy)
    for secret in (base64.b64decode(held["device_key"]), base64.b64decode(held["storage_key"]),
                   unlocked.content_key):
        assert secret not in everything and base64.b64encode(secret) not in everything
        assert secret.hex().encode() not in everything

    # opened without the key helper (another PC, or the helper stopped): refused, no plain keys made up
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("XUEFA_KEY_HELPER", "none")
        with pytest.raises(KeyStoreError, match="no key service is set up on this PC") as caught:
            Station.open(copy, clock=clock)
        mp.setenv("XUEFA_LANG", "zh_CN")   # what the clerk reads (xuefa, the start-up dialog)
        assert said_of(caught.value).startswith("本考试机的密钥由密钥服务保管"), said_of(caught.value)
    assert not (copy / PLAIN).exists()

    # the learner's script: their own Python (another program than the station's), as their own account
    # (nobody) where the suite runs as root and the system has a Python of its own
    (attack_dir / "attack.py").write_text(ATTACK, encoding="utf-8")
    shutil.copy2(ROOT / "desktop" / "keyhelper" / "protocol.py", attack_dir / "keyhelper_protocol.py")
    system_python = Path("/usr/bin/python3")
    if system_python.exists() and os.path.realpath(system_python) != os.path.realpath(sys.executable):
        program, as_other = system_python, ({"user": 65534, "group": 65534} if os.geteuid() == 0 else {})
    else:
        program, as_other = attack_dir / "python3", {}
        shutil.copy2(os.path.realpath(sys.executable), program)
    for p in (attack_dir, *attack_dir.rglob("*")):
        os.chmod(p, 0o755 if p.is_dir() or p.name == "python3" else 0o644)
    done = subprocess.run([str(program), "attack.py", str(copy), str(key_helper.socket), str(key_file)],
                          capture_output=True, text=True, timeout=60, cwd=attack_dir, **as_other)
    assert done.returncode == 0, done.stderr
    out = json.loads(done.stdout)
    assert PLAIN not in out["files"]
    assert out["unwrap"] == "program_not_allowed" and out["sign"] == "program_not_allowed"
    if as_other:
        assert out["key_file"] == "PermissionError"


def test_the_station_program_with_a_preloaded_library_is_refused(key_helper, tmp_path):
    probe = ("import sys; from pathlib import Path; from desktop.keyhelper.client import KeyHelperClient;"
             "from desktop.store.station_keys import KeyStoreError\n"
             "try:\n    KeyHelperClient(Path(sys.argv[1])).call('create'); print('GRANTED')\n"
             "except KeyStoreError as exc:\n    print(getattr(exc, 'code', exc))")
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    allowed = subprocess.run([sys.executable, "-c", probe, str(key_helper.socket)], env=env, capture_output=True,
                             text=True, timeout=60)
    assert allowed.stdout.strip() == "GRANTED", allowed.stderr
    injected = subprocess.run([sys.executable, "-c", probe, str(key_helper.socket)], capture_output=True,
                              text=True, timeout=60, env=dict(env, LD_PRELOAD=""))
    assert injected.stdout.strip() == "program_not_allowed", injected.stderr


def test_plain_keys_of_an_older_station_move_to_the_helper_and_the_open_attempt_resumes(
        tmp_path, clock, issuer, roster_file, package_file, monkeypatch, request):
    st = ready_station(tmp_path / "station", clock, issuer, roster_file, package_file)
    learner = st.accounts.login(*LEARNER).learner
    attempt = st.attempts.begin(learner, st.attempts.unlock(st.library.listings(LEARNER[0])[0].package_id, START_CODE))
    item = attempt.paper.items[0]
    q = attempt.unlocked.content.questions[item.question_id]
    attempt.save_answer(q.id, q.answer if q.type.value != "fill_in" else ("宪法",))
    device_id, public = st.keys.device_id, st.keys.device_key.public_raw()
    st.close()
    assert (tmp_path / "station" / PLAIN).exists() and check_station_keys(tmp_path / "station").status == FAIL

    helper = request.getfixturevalue("key_helper")
    moved = Station.open(tmp_path / "station", clock=clock)
    try:
        assert (moved.keys.protection, moved.keys.device_id) == ("key-helper", device_id)
        assert moved.keys.device_key.public_raw() == public
        assert not (tmp_path / "station" / PLAIN).exists()
        assert [p.name for p in helper.key_dir.iterdir()] == [f"{device_id}.key"]
        running = moved.attempts.in_progress_for()
        assert moved.attempts.needs_key(running)   # a restart: the content key was in the old process only
        moved.attempts.keep_open(moved.attempts.unlock(attempt.unlocked.header.package_id, START_CODE), running)
        resumed = moved.attempts.resume(running)
        assert resumed.responses[q.id] is not None     # the answer given before the move
        assert check_station_keys(tmp_path / "station").status == OK
    finally:
        moved.close()


def test_a_station_whose_helper_is_down_does_not_start_and_says_why(key_helper, tmp_path, clock):
    Station.open(tmp_path / "station", clock=clock).close()
    key_helper.server.shutdown()
    key_helper.server.server_close()
    key_helper.socket.unlink()
    with pytest.raises(KeyStoreError, match="does not answer") as caught:
        Station.open(tmp_path / "station", clock=clock)
    assert "Errno" not in str(caught.value) and "No such file" not in str(caught.value)   # the socket's error: logged
    assert not (tmp_path / "station" / PLAIN).exists()
    with sqlite3.connect(tmp_path / "station" / "station.sqlite3") as db:   # nothing of the folder was harmed
        assert db.execute("PRAGMA integrity_check").fetchone() == ("ok",)


def test_a_submit_while_the_helper_is_down_keeps_the_answers_and_succeeds_once_it_is_back(
        key_helper, tmp_path, clock, issuer, roster_file, package_file):
    from desktop.keyhelper.daemon import serve
    from desktop.services.attempts import SaveFailed
    st = ready_station(tmp_path / "station", clock, issuer, roster_file, package_file)
    try:
        learner = st.accounts.login(*LEARNER).learner
        attempt = st.attempts.begin(learner, st.attempts.unlock(st.library.listings(LEARNER[0])[0].package_id,
                                                                START_CODE))
        q = attempt.unlocked.content.questions[attempt.paper.items[0].question_id]
        attempt.save_answer(q.id, q.answer if q.type.value != "fill_in" else ("宪法",))
        key_helper.server.shutdown()   # the helper stops (as its process would die: connections end too)
        key_helper.server.server_close()
        key_helper.socket.unlink()
        st.keys._client.close()
        with pytest.raises(SaveFailed, match="keys cannot be reached"):
            attempt.submit()
        assert attempt.submitted is None and st.outbox.pending_results() == []
        assert st.attempts.in_progress_for() == attempt.attempt_id     # still open, its answer kept
        key_helper.server = serve(key_helper.socket, key_helper.key_dir, [Path(sys.executable)])
        import threading
        threading.Thread(target=key_helper.server.serve_forever, daemon=True).start()
        receipt = attempt.submit()
        [envelope] = st.outbox.pending_results()
        assert envelope.result_id == receipt.result_id and attempt.responses[q.id] is not None
    finally:
        st.close()


def test_a_key_helper_not_run_by_the_system_is_refused(tmp_path, monkeypatch):
    """The learner points the station at a program of their own (XUEFA_KEY_HELPER, or a planted socket):
    the kernel says who answers, and only the system's account is trusted with the station's secrets."""
    import desktop.keyhelper.client as client_module
    from desktop.keyhelper.client import KeyHelperClient, KeyHelperRefused, helper_uid
    from desktop.keyhelper.daemon import serve
    folder = Path(tempfile.mkdtemp(prefix="xkh-"))
    try:
        server = serve(folder / "fake.sock", tmp_path / "fake-keys", None)   # allows anyone: a learner's fake
        import threading
        threading.Thread(target=server.serve_forever, daemon=True).start()
        assert helper_uid(folder / "fake.sock") == os.getuid()
        # as if it ran as the learner's account (the suite runs as root, the system's account)
        monkeypatch.setattr(client_module, "TRUSTED_HELPER_UIDS", frozenset({os.getuid() + 1}))
        with pytest.raises(KeyHelperRefused, match="not the key helper") as refused:
            KeyHelperClient(folder / "fake.sock").call("create")
        assert refused.value.code == "untrusted_helper"
        assert not (tmp_path / "fake-keys").exists() or list((tmp_path / "fake-keys").iterdir()) == []
        monkeypatch.setenv("XUEFA_KEY_HELPER", str(folder / "fake.sock"))
        with pytest.raises(KeyStoreError):
            Station.open(tmp_path / "station")   # the station does not start; no key went to the fake
        assert not (tmp_path / "station" / MARKER).exists()
        server.shutdown()
        server.server_close()
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def test_the_installed_program_ignores_the_helper_variable(monkeypatch, tmp_path):
    from desktop.store.station_keys import configured_helper
    monkeypatch.setenv("XUEFA_KEY_HELPER", str(tmp_path / "learners.sock"))
    assert configured_helper() == tmp_path / "learners.sock"      # from source: tests and development
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    assert configured_helper() != tmp_path / "learners.sock"


FLOOD = r'''
import socket, sys, time
held = []
for _ in range(int(sys.argv[2])):   # connections that never send a request, kept open
    s = socket.socket(socket.AF_UNIX)
    s.connect(sys.argv[1])
    held.append(s)
print("flooding", flush=True)
time.sleep(30)
'''


def test_a_flood_of_idle_connections_from_another_program_does_not_stall_the_station(key_helper, tmp_path, clock):
    import time
    st = Station.open(tmp_path / "station", clock=clock)
    try:
        attack_dir = Path(tempfile.mkdtemp(prefix="xuefa-flood-"))
        (attack_dir / "flood.py").write_text(FLOOD, encoding="utf-8")
        program = Path("/usr/bin/python3")
        if not program.exists() or os.path.realpath(program) == os.path.realpath(sys.executable):
            program = attack_dir / "python3"   # another program than the station's
            shutil.copy2(os.path.realpath(sys.executable), program)
        flood = subprocess.Popen([str(program), "flood.py", str(key_helper.socket), "300"], cwd=attack_dir,
                                 stdout=subprocess.PIPE, text=True)
        try:
            assert flood.stdout.readline().strip() == "flooding"
            st.keys._client.close()   # the station connects again, amid the flood
            begun = time.monotonic()
            signature = st.keys.device_key.sign(b"still served")
            assert time.monotonic() - begun < 5 and len(signature) == 64
        finally:
            flood.kill()
            flood.wait(10)
            flood.stdout.close()
            shutil.rmtree(attack_dir, ignore_errors=True)
    finally:
        st.close()


def test_a_plain_key_file_planted_by_the_learner_is_not_taken_over(tmp_path, clock, key_helper, monkeypatch):
    """A learner who puts a station.key of their own (so they know its keys) into a data folder before the
    station first starts: the station, run by the learner's account, refuses to move it into the key service
    and says how IT does it; the system account may (xuefa import-keys)."""
    from click.testing import CliRunner

    import desktop.app as app
    import desktop.cli.care as care
    import desktop.keyhelper.daemon as daemon
    from desktop.store.station_keys import LocalKeys
    folder = tmp_path / "fresh"
    folder.mkdir()
    planted = LocalKeys.new("plain-file")
    (folder / PLAIN).write_bytes(planted.to_bytes())
    real_recv = daemon.recv_message_with_senders

    def as_learner(sock):   # the kernel's word on the writer, with the learner's account instead of root's
        message, senders = real_recv(sock)
        return message, {(pid, 65534) for pid, _uid in senders}
    monkeypatch.setattr(daemon, "recv_message_with_senders", as_learner)
    with pytest.raises(KeyStoreError, match="import-keys"):   # the learner's account: the station program itself
        Station.open(folder, clock=clock)
    assert (folder / PLAIN).exists() and list(key_helper.key_dir.glob("*.key")) == []
    monkeypatch.setattr(care, "_run_by_system_admin", lambda: False)
    refused = CliRunner().invoke(app.main, ["--data-dir", str(folder), "import-keys"])
    assert refused.exit_code != 0 and "only the system administrator" in refused.output
    monkeypatch.setattr(daemon, "recv_message_with_senders", real_recv)   # IT, as root
    monkeypatch.setattr(care, "_run_by_system_admin", lambda: True)
    done = CliRunner().invoke(app.main, ["--data-dir", str(folder), "import-keys"])
    assert done.exit_code == 0 and "keys held by key-helper" in done.output, done.output
    assert not (folder / PLAIN).exists() and [p.stem for p in key_helper.key_dir.glob("*.key")] == [planted.device_id]


def test_only_the_system_account_imports_keys_into_the_vault(tmp_path):
    from desktop.keyhelper.daemon import KeyVault, Peer, Refused
    from examcore.crypto.keys import SigningKey
    vault = KeyVault(tmp_path / "keys")
    request = {"op": "import", "device_id": "station-abc", "storage_key": base64.b64encode(b"k" * 32).decode(),
               "device_key": base64.b64encode(SigningKey.generate().raw()).decode()}
    with pytest.raises(Refused) as refused:
        vault.handle(request, Peer(1234, 65534, "/usr/bin/xuefa"))
    assert refused.value.code == "import_needs_root" and not (tmp_path / "keys" / "station-abc.key").exists()
    assert vault.handle(request, Peer(1234, 0, "/usr/bin/xuefa")) == {}


HANDOFF_PARENT = """
import socket, subprocess, sys
from desktop.keyhelper.protocol import recv_message, send_message
s = socket.socket(socket.AF_UNIX)
s.connect(sys.argv[1])
challenge = recv_message(s)["challenge"]
send_message(s, {"op": "hello", "challenge": challenge})
print(recv_message(s).get("ok"), flush=True)
child = subprocess.run([sys.executable, "-c", sys.argv[2], str(s.fileno()), challenge], pass_fds=[s.fileno()],
                       capture_output=True, text=True, timeout=30)
print(child.stdout.strip() or child.stderr.strip(), flush=True)
"""
HANDOFF_CHILD = """
import json, socket, struct, sys
s = socket.socket(fileno=int(sys.argv[1]))
body = json.dumps({"op": "create", "challenge": sys.argv[2]}).encode()
s.sendall(struct.pack(">I", len(body)) + body)
size = struct.unpack(">I", s.recv(4))[0]
print(json.loads(s.recv(size)).get("error", "GRANTED"))
"""


def test_a_socket_handed_to_another_process_gets_nothing(key_helper, tmp_path):
    """The station program's connection passes the check; a socket it hands to another process (even one
    of the station program itself, with the connection's challenge) is refused for every request that
    process writes: the helper checks who wrote each request (SO_PASSCRED), not only who connected."""
    done = subprocess.run([sys.executable, "-c", HANDOFF_PARENT, str(key_helper.socket), HANDOFF_CHILD],
                          env=dict(os.environ, PYTHONPATH=str(ROOT)), capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    allowed, handed = done.stdout.strip().splitlines()
    assert allowed == "True" and handed == "program_not_allowed"
    assert list(key_helper.key_dir.glob("*.key")) == []


EXEC_RACE = """
import json, os, socket, struct, sys
s = socket.socket(socket.AF_UNIX)
s.connect(sys.argv[1])   # the helper has not accepted yet: the kernel queues the connection
body = json.dumps({"op": "create"}).encode()
s.sendall(struct.pack(">I", len(body)) + body)   # written by this program, before any check
if os.fork() == 0:   # the child keeps the socket and reads what the helper answers
    s.settimeout(30)
    answers = []
    try:
        while True:
            size = struct.unpack(">I", s.recv(4, socket.MSG_WAITALL))[0]
            answer = json.loads(s.recv(size, socket.MSG_WAITALL))
            answers.append("GRANTED" if "device_id" in answer else answer.get("error", "greeting"))
    except (OSError, struct.error):
        pass
    print(json.dumps(answers), flush=True)
    os._exit(0)
os.execv(sys.argv[2], [sys.argv[2], "60"])   # now the process runs the allowed program
"""


def test_a_request_written_before_exec_ing_the_station_program_gets_nothing(tmp_path):
    """A learner's program connects, writes a request and execs the station program before the helper
    looks: the process the helper then checks runs the station program, yet the request was the learner's
    (a forked child keeps the socket and reads the answer). The helper speaks first with a challenge each
    request repeats, and holds the process's memory from the moment it looks (issue 15, an outside tester)."""
    import threading
    import time

    from desktop.keyhelper.daemon import serve
    allowed = Path(os.path.realpath("/usr/bin/sleep"))   # owned by root, writable by no one else
    folder = Path(tempfile.mkdtemp(prefix="xkr-"))
    server = serve(folder / "k.sock", tmp_path / "keys", [allowed])
    attacker = subprocess.Popen([sys.executable, "-c", EXEC_RACE, str(folder / "k.sock"), str(allowed)],
                                stdout=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 20
        while os.path.realpath(f"/proc/{attacker.pid}/exe") != str(allowed):   # exec'd: now let the helper look
            assert time.monotonic() < deadline, "the attacker did not exec"
            time.sleep(0.02)
        thread = threading.Thread(target=server.serve_forever, daemon=True)
        thread.start()
        answers = json.loads(attacker.stdout.readline())
        assert answers == ["greeting", "program_not_allowed"], answers
        assert list((tmp_path / "keys").glob("*.key")) == []
    finally:
        attacker.kill()
        attacker.wait(10)
        attacker.stdout.close()
        server.shutdown()
        server.server_close()
        shutil.rmtree(folder, ignore_errors=True)


def test_the_hold_on_a_process_tells_an_exec():
    """ProcessMemory: unchanged while the process runs its program, changed once it exec'd another."""
    import time

    from desktop.keyhelper.daemon import ProcessMemory
    process = subprocess.Popen([sys.executable, "-c", "import os, sys; print('ready', flush=True); "
                                "sys.stdin.readline(); os.execv('/usr/bin/sleep', ['sleep', '30'])"],
                               stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert process.stdout.readline() == "ready\n"   # running its program (not still inside the exec)
        held = ProcessMemory(process.pid)
        assert held.unchanged()
        process.stdin.write("go\n")
        process.stdin.flush()
        deadline = time.monotonic() + 10
        while os.path.realpath(f"/proc/{process.pid}/exe") != os.path.realpath("/usr/bin/sleep"):
            assert time.monotonic() < deadline
            time.sleep(0.02)
        assert not held.unchanged()
        held.close()
    finally:
        process.kill()
        process.wait(10)
        process.stdin.close()
        process.stdout.close()


def test_a_time_mark_lowered_in_the_database_is_restored_from_the_key_service(key_helper, tmp_path, clock, issuer,
                                                                             roster_file, package_file, monkeypatch):
    """The learner's account can write the station's database and lower the time mark there, to start an
    exam with the clock set back; the key service keeps its own copy, which only rises (and only root may
    reset it)."""
    from datetime import timedelta

    import desktop.keyhelper.daemon as daemon
    from desktop.services.attempts import AttemptRefused
    from desktop.store.models import Setting
    from tests.factories import FakeClock
    st = ready_station(tmp_path / "station", clock, issuer, roster_file, package_file)
    assert st.keys.protection == "key-helper"
    st.time.observe_server(clock.now() + timedelta(hours=3))      # the station has seen this time
    st.close()
    with sqlite3.connect(tmp_path / "station" / "station.sqlite3") as db:   # the learner lowers the mark
        db.execute("UPDATE settings SET value = ? WHERE key = 'time_high_water'",
                   ((clock.now() - timedelta(days=1)).isoformat(),))
    again = Station.open(tmp_path / "station", clock=FakeClock(clock.wall))
    try:
        assert again.time.behind() is not None and again.time.behind() > timedelta(hours=2)
        learner = again.accounts.login(*LEARNER).learner
        unlocked = again.attempts.unlock(again.library.listings(LEARNER[0])[0].package_id, START_CODE)
        with pytest.raises(AttemptRefused) as refused:
            again.attempts.begin(learner, unlocked)
        assert refused.value.code == "clock_behind"
        real_recv = daemon.recv_message_with_senders
        monkeypatch.setattr(daemon, "recv_message_with_senders",   # the station program, as the learner
                            lambda sock: (lambda m, s: (m, {(pid, 65534) for pid, _ in s}))(*real_recv(sock)))
        again.keys._client.close()   # a new connection: the service's reader of the old one is already waiting
        with pytest.raises(KeyStoreError, match="reset_needs_root"):
            again.time.reset(clock.now())
        assert again.time.behind() is not None
        monkeypatch.setattr(daemon, "recv_message_with_senders", real_recv)   # IT, as root
        again.keys._client.close()
        again.time.reset(clock.now())
        assert again.time.behind() is None
        with again.sessions() as s:
            assert s.get(Setting, "time_high_water").value == clock.now().isoformat()
    finally:
        again.close()


def test_a_resume_after_the_grace_period_needs_the_proctor_even_with_the_database_edited(
        key_helper, tmp_path, clock, issuer, roster_file, package_file):
    """The learner moves the attempt's last save time to now and deletes the challenge in the station's
    database: the key service's note of when the attempt last ran still puts the proctor's code in the way."""
    from datetime import timedelta

    from desktop.store.models import Attempt, Setting
    from examcore.clock import utc_naive
    from tests.factories import FakeClock
    st = ready_station(tmp_path / "station", clock, issuer, roster_file, package_file)
    learner = st.accounts.login(*LEARNER).learner
    attempt = st.attempts.begin(learner, st.attempts.unlock(st.library.listings(LEARNER[0])[0].package_id,
                                                            START_CODE))
    for _ in range(3):
        clock.advance(1_000)
        attempt.heartbeat()
    attempt_id = attempt.attempt_id
    st.close()                                         # the PC goes off; three hours pass
    later = FakeClock(clock.wall + timedelta(hours=3))
    again = Station.open(tmp_path / "station", clock=later)
    try:
        with again.sessions.begin() as s:               # the learner's edits
            s.get(Attempt, attempt_id).saved_at = utc_naive(later.now())
            s.query(Setting).filter(Setting.key.like("resume_challenge:%")).delete(synchronize_session=False)
        assert again.attempts.resume_challenge(attempt_id, 5) is not None   # the proctor's code is needed
    finally:
        again.close()
