"""The exam's content key (it opens the questions and the answer key) is never stored in a form the station's
storage key alone opens (issue 15, Deliver 1): it is kept in memory only, by the key service or by the
station program, so a restart of the program resumes the exam, and a reboot (the service restarted) asks
for the start code again. Threat model and resume rule: docs/station-keys.md."""
from __future__ import annotations

import base64
import json
import os
import shutil
import sqlite3
import uuid

import pytest

from desktop.keyhelper.daemon import KeyVault
from desktop.services.attempts import AttemptRefused
from desktop.services.attempts.journal import keys_label
from desktop.station import Station
from desktop.store.station_keys import PLAIN
from examcore.crypto import aead
from examcore.errors import PackageError
from examcore.package import parse_package
from tests.conftest import answered_attempt, ready_station, reopen_after_restart


def _open_attempt(st):
    attempt = answered_attempt(st)
    return attempt, attempt.unlocked.content.questions[attempt.paper.items[0].question_id]


def _everything_the_storage_key_opens(folder, storage_key: bytes) -> list[bytes]:
    """Every blob of the station's database the storage key opens, under any label it was wrapped with:
    the attempts' keys and the settings the station keeps wrapped (proctor keys, …)."""
    db = sqlite3.connect(folder / "station.sqlite3")
    blobs = [(f"attempt-keys:{a}", b) for a, b in db.execute("SELECT attempt_id, keys_wrapped FROM attempts")]
    for key, value in db.execute("SELECT key, value FROM settings"):
        try:
            blobs.append((key, base64.b64decode(value, validate=True)))
        except ValueError:
            continue
    db.close()
    opened = []
    for label, blob in blobs:
        try:
            opened.append(aead.decrypt(storage_key, blob, label.encode()))
        except Exception:   # noqa: BLE001 - not wrapped under this label: nothing opened
            continue
    return opened


def test_the_storage_key_alone_opens_no_exam(tmp_path, clock, issuer, roster_file, package_file):
    # a plain key file (development, an older release): whoever reads it holds the storage key
    st = ready_station(tmp_path / "station", clock, issuer, roster_file, package_file)
    attempt, _q = _open_attempt(st)
    content_key, package_id = attempt.unlocked.content_key, attempt.unlocked.header.package_id
    st.close()
    storage_key = base64.b64decode(json.loads((tmp_path / "station" / PLAIN).read_text())["storage_key"])
    opened = _everything_the_storage_key_opens(tmp_path / "station", storage_key)
    assert opened, "the attempt's own key is wrapped by the storage key: the check reached it"
    parsed = parse_package(package_file.read_bytes(), None)
    for secret in opened:
        assert content_key not in secret
        for start in range(0, max(len(secret) - 31, 1)):
            with pytest.raises(PackageError):
                parsed.open_body(secret[start:start + 32])
    # the station opened again (its keys read from the same file) holds no content key: the start code
    again = Station.open(tmp_path / "station", clock=clock)
    try:
        running = again.attempts.in_progress_for()
        assert again.attempts.needs_key(running)
        with pytest.raises(AttemptRefused, match="key_needed"):
            again.attempts.resume(running)
        with pytest.raises(PackageError):
            again.attempts.unlock(package_id, "AAAA-BBBB-CCCC")
        assert len(reopen_after_restart(again, running).responses) == 1
    finally:
        again.close()


def test_with_the_key_service_a_restarted_program_resumes_and_a_reboot_asks_for_the_start_code(
        key_helper, tmp_path, clock, issuer, roster_file, package_file):
    st = ready_station(tmp_path / "station", clock, issuer, roster_file, package_file)
    attempt, q = _open_attempt(st)
    st.close()   # the station program killed: the service keeps the key in its memory

    again = Station.open(tmp_path / "station", clock=clock)
    try:
        running = again.attempts.in_progress_for()
        assert not again.attempts.needs_key(running)
        assert again.attempts.resume(running).responses == {q.id: attempt.responses[q.id]}
    finally:
        again.close()
    # nothing of the key in the service's own folder either: memory only
    for path in key_helper.key_dir.iterdir():
        assert attempt.unlocked.content_key not in path.read_bytes()
        assert base64.b64encode(attempt.unlocked.content_key) not in path.read_bytes()

    key_helper.server.vault = KeyVault(key_helper.key_dir)   # the PC rebooted: the service starts afresh
    after = Station.open(tmp_path / "station", clock=clock)
    try:
        running = after.attempts.in_progress_for()
        assert after.attempts.needs_key(running)
        assert len(reopen_after_restart(after, running).responses) == 1
    finally:
        after.close()


def test_a_copy_of_the_data_folder_finds_no_key_held_and_a_handed_in_attempt_leaves_none(
        key_helper, tmp_path, clock, issuer, roster_file, package_file):
    """Outside round 77: the installed program opened on a copy of the data folder (the learner's account can
    read it) was handed the running exam's key by the key service, and the key stayed held after the
    hand-in. What is held is held for the data folder and the attempt, and forgotten at the hand-in."""
    st = ready_station(tmp_path / "station", clock, issuer, roster_file, package_file)
    attempt, _q = _open_attempt(st)
    shutil.copytree(tmp_path / "station", tmp_path / "copy")
    copy = Station.open(tmp_path / "copy", clock=clock)
    try:
        assert copy.keys.protection == "key-helper"
        assert copy.attempts.needs_key(attempt.attempt_id)   # the same station's keys, not its held exam key
        with pytest.raises(AttemptRefused, match="key_needed"):
            copy.attempts.resume(attempt.attempt_id)
    finally:
        copy.close()
    assert not st.attempts.needs_key(attempt.attempt_id)   # the station itself still holds it
    attempt.submit()
    st.close()
    with sqlite3.connect(tmp_path / "station" / "station.sqlite3") as db:   # the learner says "in progress" again
        db.execute("UPDATE attempts SET state = 'in_progress' WHERE attempt_id = ?", (attempt.attempt_id,))
    again = Station.open(tmp_path / "station", clock=clock)
    try:
        assert again.attempts.needs_key(attempt.attempt_id)   # forgotten at the hand-in
    finally:
        again.close()


def test_a_kill_between_the_seal_and_the_forget_leaves_no_key_held_once_the_station_starts_again(
        key_helper, tmp_path, clock, issuer, roster_file, package_file):
    """Outside round 78: killed after the seal and before the forget, the handed-in exam's key stayed held,
    and a copy of the folder put back in the original's place reopened it."""
    from desktop.services.attempts.journal import content_label
    from desktop.services.attempts.sealing import seal_and_queue
    st = ready_station(tmp_path / "station", clock, issuer, roster_file, package_file)
    attempt, _q = _open_attempt(st)
    seal_and_queue(attempt, "learner")   # sealed and queued; the program dies before anything else
    st.close()
    again = Station.open(tmp_path / "station", clock=clock)
    try:
        assert again.keys.held(content_label(attempt.attempt_id)) is None
    finally:
        again.close()


def test_attempts_an_earlier_version_stored_with_the_content_key_keep_only_their_own_and_leave_no_trace(
        tmp_path, clock, issuer, roster_file, package_file):
    """Outside round 76: the old blob stayed in the database file's free space (the storage key opened it and
    the exam with it), and one damaged row stopped the rewrap of every later one."""
    folder = tmp_path / "station"
    st = ready_station(folder, clock, issuer, roster_file, package_file)
    attempt, q = _open_attempt(st)
    content_key = attempt.unlocked.content_key
    label = keys_label(attempt.attempt_id)
    attempt_key = st.keys.unwrap(_blob(tmp_path, attempt.attempt_id), label)
    old = st.keys.wrap(content_key + attempt_key, label)   # how stations before December 2026 kept it
    damaged, submitted = str(uuid.uuid4()), str(uuid.uuid4())
    old_submitted = st.keys.wrap(content_key + os.urandom(32), keys_label(submitted))
    st.close()
    with sqlite3.connect(folder / "station.sqlite3") as db:
        db.row_factory = sqlite3.Row
        row = dict(db.execute("SELECT * FROM attempts").fetchone())
        db.execute("DELETE FROM attempts")   # a damaged row first (a disk fault), then the two old ones
        for attempt_id, blob, state in ((damaged, os.urandom(len(old)), "submitted"), (attempt.attempt_id, old,
                                        "in_progress"), (submitted, old_submitted, "submitted")):
            values = {**row, "attempt_id": attempt_id, "keys_wrapped": blob, "state": state}
            db.execute(f"INSERT INTO attempts ({','.join(values)}) VALUES ({','.join('?' * len(values))})",
                       list(values.values()))
    with sqlite3.connect(folder / "station.sqlite3") as db:
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")   # the old blobs in the main file, as a long-run station has
    assert old in (folder / "station.sqlite3").read_bytes()

    again = Station.open(folder, clock=clock)   # the upgrade: rewrapped at once
    try:
        assert again.keys.unwrap(_blob(tmp_path, attempt.attempt_id), label) == attempt_key
        assert len(again.keys.unwrap(_blob(tmp_path, submitted), keys_label(submitted))) == 32
        assert not again.attempts.needs_key(attempt.attempt_id)   # this running program holds it now
        assert again.attempts.resume(attempt.attempt_id).responses == {q.id: attempt.responses[q.id]}
    finally:
        again.close()
    # nothing of the old blobs left in the file's bytes (free pages, the WAL)
    raw = b"".join(p.read_bytes() for p in folder.iterdir() if p.name.startswith("station.sqlite3"))
    assert old not in raw and old_submitted not in raw and content_key not in raw


def _blob(tmp_path, attempt_id: str) -> bytes:
    with sqlite3.connect(tmp_path / "station" / "station.sqlite3") as db:
        return db.execute("SELECT keys_wrapped FROM attempts WHERE attempt_id = ?", (attempt_id,)).fetchone()[0]


def test_no_key_shows_in_the_text_of_a_running_attempt_or_of_the_service_s_keys(
        tmp_path, clock, issuer, roster_file, package_file):
    # a log line or a traceback's locals print these objects: the keys they carry must not be in the text
    from desktop.keyhelper.daemon import HeldKeys
    st = ready_station(tmp_path / "station", clock, issuer, roster_file, package_file)
    try:
        attempt, _q = _open_attempt(st)
        content_key = attempt.unlocked.content_key
        for text in (repr(attempt), repr(attempt.unlocked), str(attempt.unlocked)):
            assert attempt.attempt_id in text or attempt.unlocked.header.package_id in text   # it says what it is
            for shown in (repr(content_key), content_key.hex(), base64.b64encode(content_key).decode()):
                assert shown not in text
    finally:
        st.close()
    storage_key = os.urandom(32)
    held = repr(HeldKeys(device_key=None, storage_key=storage_key))   # type: ignore[arg-type]
    assert repr(storage_key) not in held and storage_key.hex() not in held
