"""Pre-enrolling a room: the centre admin writes one enrolment file with a code per PC; each PC enrols from
it by name, only with the server that made it; a used code, an unknown PC name, a damaged file and a file
pointing at another server are refused with a reason, and the station stays as it was. A new file for a
room withdraws the unused codes of the one it replaces."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from sqlalchemy import select

from desktop.store.models import Setting
from examcore.canonical import b64e
from examcore.enrolment_file import EnrolmentFileError, read_enrolment_file
from examcore.sync_client import SyncError
from sync_server.models import AuditEntry, Device
from tests.conftest import ready_station
from tests.server_cli import server_cli

PC_KEY = bytes(32)   # a station's key: only whether it is a server's matters to a code

ROOT = Path(__file__).resolve().parents[2]


def _run(module: str, *args) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", module, *map(str, args)], cwd=ROOT, capture_output=True, text=True,
                          timeout=120)


def test_a_room_enrols_from_one_file(server, server_config, live_server, station_for_server, tmp_path, clock,
                                     issuer, roster_file, server_package):
    room_file = tmp_path / "第一考场.json"
    made = server_cli(server_config.instance_dir, "devices", "room-file", room_file, "--room", "第一考场",
                      "--count", "3", "--url", live_server)
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
            second.enrolment.enrol_from_file(read_enrolment_file(forged.encode()), "第一考场-03")
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


def test_a_new_room_file_withdraws_the_unused_codes_of_the_one_it_replaces(server_config, tmp_path):
    from click.testing import CliRunner

    from examcore.crypto.keys import SigningKey
    from sync_server.cli import main as server_cli
    from sync_server.context import ServerContext
    from sync_server.devices import approve_device, redeem_code, request_enrolment

    def run(*args, stdin: str | None = None):
        return CliRunner().invoke(server_cli, ["--instance", str(server_config.instance_dir), *map(str, args)],
                                  input=stdin)

    def room_file(name: str, room: str, count: int):
        made = run("devices", "room-file", tmp_path / name, "--room", room, "--count", count,
                   "--url", "http://127.0.0.1:8470")
        assert made.exit_code == 0, made.output
        return made.output, [code for _, code in read_enrolment_file((tmp_path / name).read_bytes()).stations]

    _, first = room_file("first.json", "第一考场", 2)
    _, other_room = room_file("second-room.json", "第二考场", 1)
    listed = run("devices", "codes")
    assert "第一考场\tunit -\t2 unused\tfor a station" in listed.output and "第二考场\tunit -\t1 unused" in listed.output

    # never over something that is not a room file: the server's own key, a spreadsheet, a folder
    key = server_config.instance_dir / "server-signing.key"
    key_bytes = key.read_bytes()
    (tmp_path / "名单.xlsx").write_bytes(b"PK\x03\x04 a spreadsheet")
    for wrong, says in ((key, "instance folder"), (tmp_path / "名单.xlsx", "another kind of file"),
                        (Path(os.devnull), "not a plain file")):
        refused = run("devices", "room-file", wrong, "--room", "第一考场", "--count", 2, "--url", "http://127.0.0.1:8470")
        assert refused.exit_code == 1 and says in refused.output, refused.output
    assert key.read_bytes() == key_bytes and (tmp_path / "名单.xlsx").read_bytes() == b"PK\x03\x04 a spreadsheet"
    # a file that cannot be written: refused before any code is made; the earlier file's stay
    cut = run("devices", "room-file", tmp_path / "no-such-folder" / "r.json", "--room", "第一考场", "--count", 3,
              "--url", "http://127.0.0.1:8470")
    assert cut.exit_code == 2 and "no-such-folder does not exist: make it first" in cut.output
    assert "第一考场\tunit -\t2 unused" in run("devices", "codes").output

    said, again = room_file("first.json", "第一考场", 2)   # made again, over the same file
    assert "The 2 unused code(s) made earlier for 第一考场 no longer work" in said
    ctx = ServerContext.open(server_config)
    try:
        # said as withdrawn, not as run out (issue 20): the room has a newer file
        assert [redeem_code(ctx, code, "pc-old", PC_KEY)[0] for code in first] == ["code_withdrawn", "code_withdrawn"]
        assert redeem_code(ctx, again[0], "第一考场-01", PC_KEY)[0] is None
        assert redeem_code(ctx, other_room[0], "第二考场-01", PC_KEY)[0] is None   # another room's file is untouched

        _, lost = room_file("lost.json", "第二考场", 3)
        refused = run("devices", "withdraw-codes", "--room", "第二考场", stdin="n\n")
        assert refused.exit_code == 1 and "Withdraw the 3 unused enrolment code(s) of 第二考场?" in refused.output
        assert redeem_code(ctx, lost[0], "第二考场-02", PC_KEY)[0] is None   # answered no: nothing withdrawn
        done = run("devices", "withdraw-codes", "--room", "第二考场", stdin="y\n")
        assert done.exit_code == 0 and "2 enrolment code(s) withdrawn" in done.output
        assert redeem_code(ctx, lost[1], "第二考场-03", PC_KEY)[0] == "code_withdrawn"
        assert "第二考场" not in run("devices", "codes").output
        typo = run("devices", "withdraw-codes", "--room", "第2考场")   # a mistyped room: which rooms have codes
        assert typo.exit_code == 0 and "rooms with unused codes: 第一考场" in typo.output, typo.output

        # revoking asks first and names the station
        request_enrolment(ctx, "第一考场-01", SigningKey.generate().public_raw(), "第一考场-01")
        approve_device(ctx, "第一考场-01")
        asked = run("devices", "revoke", "第一考场-01", stdin="n\n")
        assert asked.exit_code == 1 and "Revoke 第一考场-01 (第一考场-01)?" in asked.output
        with ctx.sessions() as s:
            assert s.get(Device, "第一考场-01").status == "approved"
        assert run("devices", "revoke", "第一考场-01", "--yes").exit_code == 0
        twice = run("devices", "revoke", "第一考场-01")   # no question for what is done already
        assert twice.exit_code == 0 and "already revoked: nothing changed" in twice.output
        with ctx.sessions() as s:
            assert s.get(Device, "第一考场-01").status == "revoked"
            withdrawals = s.scalars(select(AuditEntry.object).where(AuditEntry.action == "device.codes_withdrawn")
                                    .order_by(AuditEntry.id)).all()
        assert withdrawals == ["room:第一考场", "room:第二考场"]   # the unwritten file made no codes to withdraw
    finally:
        ctx.close()
