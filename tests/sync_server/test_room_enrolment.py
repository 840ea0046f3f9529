"""Pre-enrolling a room: the centre admin writes one enrolment file with a code per PC; each PC enrols from
it by name, only with the server that made it; a used code, an unknown PC name, a damaged file and a file
pointing at another server are refused with a reason, and the station stays as it was."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from desktop.services.enrolment import enrol_from_file
from desktop.store.models import Setting
from examcore.canonical import b64e
from examcore.enrolment_file import EnrolmentFileError, read_enrolment_file
from examcore.sync_client import SyncError
from sync_server.models import Device
from tests.conftest import ready_station

ROOT = Path(__file__).resolve().parents[2]


def _run(module: str, *args) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", module, *map(str, args)], cwd=ROOT, capture_output=True, text=True,
                          timeout=120)


def test_a_room_enrols_from_one_file(server, server_config, live_server, station_for_server, tmp_path, clock,
                                     issuer, roster_file, server_package):
    room_file = tmp_path / "第一考场.json"
    made = _run("sync_server.cli", "--instance", server_config.instance_dir, "devices", "room-file", room_file,
                "--room", "第一考场", "--count", "3", "--url", live_server)
    assert made.returncode == 0, made.stderr
    assert made.stdout.splitlines()[0].startswith("第一考场-01\t") and "3 one-time code(s)" in made.stdout
    room = read_enrolment_file(room_file.read_bytes())
    assert [n for n, _ in room.stations] == ["第一考场-01", "第一考场-02", "第一考场-03"]
    assert room.server_key == server.keys.signing.public_raw()

    data_dir = station_for_server.data_dir
    station_for_server.close()
    enrolled = _run("desktop.app", "--data-dir", data_dir, "enrol", "--file", room_file, "--pc", "第一考场-02")
    assert enrolled.returncode == 0 and enrolled.stdout.startswith("approved"), enrolled.stderr
    with server.sessions() as s:
        assert [(d.status, d.note) for d in s.query(Device)] == [("approved", "第一考场-02")]

    second = ready_station(tmp_path / "second", clock, issuer, roster_file, server_package)
    try:
        # the code of 第一考场-02 is spent; a name not in the file is no code at all
        used = _run("desktop.app", "--data-dir", second.data_dir, "enrol", "--file", room_file, "--pc", "第一考场-02")
        assert used.returncode == 1 and "enrolment failed" in used.stderr
        unknown = _run("desktop.app", "--data-dir", second.data_dir, "enrol", "--file", room_file, "--pc", "第二考场-01")
        assert unknown.returncode == 1 and "not in the enrolment file" in unknown.stderr
        # a file whose server key is not the server at its address: refused, nothing kept on the station
        forged = room_file.read_text(encoding="utf-8").replace(b64e(room.server_key), b64e(b"\x07" * 32))
        try:
            enrol_from_file(second, read_enrolment_file(forged.encode()), "第一考场-03")
            raise AssertionError("a file for another server was accepted")
        except SyncError as exc:
            assert exc.code == "wrong_server"
        with second.sessions() as s:
            assert s.get(Setting, "server_url") is None
        for bad in (b"\x00\x01 not json", b'{"format": "xuefa-enrolment-v1", "stations": []}', b"[]"):
            try:
                read_enrolment_file(bad)
                raise AssertionError(f"{bad!r} was read as an enrolment file")
            except EnrolmentFileError as exc:
                assert exc.code in ("not_enrolment", "damaged")
    finally:
        second.close()
