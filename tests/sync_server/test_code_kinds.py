"""An enrolment code says whom it enrols, a station or a lower server, and enrols no one else (issue 14; found
by issue 18's outside rounds: a unit's code, taken under a device id made from a key of the holder's own,
enrolled a "lower server" that could then relay records of stations it certified itself). A refused code
is left unused for the device it was made for, and the refusal is in the audit log."""
from __future__ import annotations

import json
from datetime import datetime

from alembic import command
from sqlalchemy import select, text

from examcore import canonical
from examcore.crypto.keys import SigningKey
from examcore.signed_request import sign_request
from sync_server.db import make_engine
from sync_server.devices import code_problem, create_code
from sync_server.identity import server_device_id
from sync_server.models import AuditEntry, Device, EnrolmentCode, Setting
from sync_server.identity import TIER
from tests.server_cli import server_cli
from tests.sync_server.test_malformed_input import api  # noqa: F401  (fixture)
from tests.sync_server.test_migrations import _alembic, _url


def _enrol(api, device_id: str, key: SigningKey, code: str | None):
    body = json.dumps({"device_id": device_id, "public_key": canonical.b64e(key.public_raw()),
                       **({"code": code} if code else {})}).encode()
    return api.client.post("/api/v1/devices/enrol", data=body, headers={
        "Content-Type": "application/json", **sign_request(key, device_id, "POST", "/api/v1/devices/enrol", body)})


def _server() -> tuple[str, SigningKey]:
    key = SigningKey.generate()
    return server_device_id(key.public_raw()), key


def _device(api, device_id: str) -> Device | None:
    with api.ctx.sessions() as s:
        return s.get(Device, device_id)


def test_a_stations_code_enrols_no_server_and_a_servers_code_no_station(api):
    station_code = create_code(api.ctx, unit_id="P")
    server_code = create_code(api.ctx, unit_id="P", kind="server")
    lower_id, lower = _server()
    pc = SigningKey.generate()

    refused = _enrol(api, lower_id, lower, station_code)
    assert (refused.status_code, refused.json["error"]) == (403, "code_for_a_station")
    refused = _enrol(api, "station-p-0100", pc, server_code)
    assert (refused.status_code, refused.json["error"]) == (403, "code_for_a_server")
    # a server's id that is not its key's fingerprint is no server: a station, for the code too
    refused = _enrol(api, "server-" + "ab" * 16, pc, server_code)
    assert (refused.status_code, refused.json["error"]) == (403, "code_for_a_server")
    assert _device(api, lower_id) is None and _device(api, "station-p-0100") is None   # nobody left waiting
    with api.ctx.sessions() as s:
        refusals = list(s.scalars(select(AuditEntry.detail).where(AuditEntry.action == "device.enrol_code")))
    assert sorted(refusals) == ["code_for_a_server", "code_for_a_server", "code_for_a_station"]

    # each code is still there for whom it was made
    taken = _enrol(api, lower_id, lower, server_code)
    assert taken.status_code == 200 and taken.json["status"] == "approved", taken.json
    assert taken.json["certificate"]["unit_id"] == "P"
    assert _enrol(api, "station-p-0100", pc, station_code).status_code == 200
    with api.ctx.sessions() as s:
        used = {row.kind: row.used_by for row in s.scalars(select(EnrolmentCode))}
    assert used == {"server": lower_id, "station": "station-p-0100"}


def test_a_rooms_code_is_a_stations_and_a_servers_code_has_no_room(api):
    import pytest
    create_code(api.ctx, unit_id="P", room="第一考场")
    with api.ctx.sessions() as s:
        assert s.scalars(select(EnrolmentCode.kind)).one() == "station"
    with pytest.raises(ValueError):
        create_code(api.ctx, unit_id="P", room="第一考场", kind="server")


def test_a_code_made_before_codes_had_a_kind_still_enrols_either(api):
    """What it did when it was handed out; every such code runs out within two weeks of the upgrade."""
    old = [create_code(api.ctx, unit_id="P") for _ in range(2)]
    with api.ctx.sessions.begin() as s:
        for row in s.scalars(select(EnrolmentCode)):
            row.kind = None
    lower_id, lower = _server()
    assert _enrol(api, lower_id, lower, old[0]).json["status"] == "approved"
    assert _enrol(api, "station-p-0101", SigningKey.generate(), old[1]).json["status"] == "approved"


def test_a_province_enrols_no_station_whatever_id_it_gives(api):
    with api.ctx.sessions.begin() as s:
        s.merge(Setting(key=TIER, value="province"))
    code = create_code(api.ctx, unit_id="P", kind="server")
    pc = SigningKey.generate()
    for device_id in ("station-p-0102", "pc-0102", "server-" + "cd" * 16):
        refused = _enrol(api, device_id, pc, code)
        assert (refused.status_code, refused.json["error"]) == (403, "enrol_at_centre"), device_id
        assert _device(api, device_id) is None
    lower_id, lower = _server()
    assert code_problem(api.ctx, code, lower_id, lower.public_raw()) is None   # still there for a centre


def test_the_code_command_says_whom_the_code_enrols(server_config):
    def run(*args):
        return server_cli(server_config.instance_dir, *args)

    assert run("units", "add", "P", "示范市", "--level", "city").returncode == 0
    station = run("devices", "code")
    assert station.returncode == 0 and "(one station," in station.stdout, station.stdout + station.stderr
    lower = run("devices", "code", "--server")
    assert lower.returncode == 0 and "one lower exam centre's server" in lower.stdout
    assert "the lower server will serve unit P" in lower.stderr
    both = run("devices", "code", "--server", "--room", "第一考场")
    assert both.returncode == 1 and "a server's code names no room" in both.stderr
    listed = run("devices", "codes").stdout
    assert "(no room)\tunit P\t1 unused\tfor a lower server\t" in listed
    assert "(no room)\tunit P\t1 unused\tfor a station\t" in listed

    assert run("set-tier", "province").returncode == 0
    province = run("devices", "code")   # a province's code is always a server's
    assert province.returncode == 0 and "one centre's server" in province.stdout
    roomed = run("devices", "code", "--room", "第一考场")
    assert roomed.returncode == 1 and "a PC enrols at its exam centre" in roomed.stderr
    assert "\t2 unused\tfor a lower server\t" in run("devices", "codes").stdout


def test_the_upgrade_gives_a_rooms_codes_the_station_kind_and_leaves_the_others_open(tmp_path, database_url):
    engine = make_engine(_url(database_url, tmp_path, "kinds"))
    try:
        with engine.begin() as conn:
            command.downgrade(_alembic(conn), "base")
            command.upgrade(_alembic(conn), "0025")
            for code_hash, room in (("a" * 64, "第一考场"), ("b" * 64, None)):
                conn.execute(text("INSERT INTO enrolment_codes (code_hash, created_at, expires_at, room) "
                                  "VALUES (:h, :t, :t, :r)"), {"h": code_hash, "t": datetime(2026, 12, 1), "r": room})
        with engine.begin() as conn:
            command.upgrade(_alembic(conn), "head")
            kinds = {room: kind for room, kind in conn.execute(text("SELECT room, kind FROM enrolment_codes"))}
        assert kinds == {"第一考场": "station", None: None}
    finally:
        engine.dispose()
