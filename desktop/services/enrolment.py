"""Enrolling this station with a sync server: its key, the server's key, and where the server is."""
from __future__ import annotations

from examcore.enrolment_file import RoomEnrolment
from examcore.sync_client import Enrolment, SyncClient, SyncError
from desktop.station import Station
from desktop.store.models import Setting


def enrol_station(station: Station, server_url: str, name: str = "", code: str | None = None,
                  expected_key: bytes | None = None) -> Enrolment:
    """Raises SyncError when the server cannot be reached or refuses, or (``expected_key``, from a room's
    enrolment file) is not the server the file was made by; then nothing changes here."""
    enrolment = SyncClient(server_url, station.keys).enrol(name, code)
    if expected_key is not None and enrolment.server_key != expected_key:
        raise SyncError("wrong_server", f"the server at {server_url} is not the one the enrolment file was made "
                                        "by; check the address with the centre admin")
    station.results.trust_server(enrolment.server_key, server_url)
    with station.sessions.begin() as s:
        s.merge(Setting(key="server_url", value=server_url))
        s.merge(Setting(key="server_key", value=enrolment.server_key.hex()))  # change pages verify under it
    return enrolment


def enrol_from_file(station: Station, room: RoomEnrolment, pc_name: str) -> Enrolment:
    """Enrol as ``pc_name`` of a room's enrolment file: its address, its code, and only with its server."""
    return enrol_station(station, room.server_url, pc_name, room.code_for(pc_name), expected_key=room.server_key)
