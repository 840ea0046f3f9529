"""Enrolling this station with a sync server: its key, the server's key, and where the server is."""
from __future__ import annotations

from examcore.sync_client import Enrolment, SyncClient
from desktop.station import Station
from desktop.store.models import Setting


def enrol_station(station: Station, server_url: str, name: str = "", code: str | None = None) -> Enrolment:
    """Raises SyncError when the server cannot be reached or refuses; then nothing changes here."""
    enrolment = SyncClient(server_url, station.keys).enrol(name, code)
    station.results.trust_server(enrolment.server_key, server_url)
    with station.sessions.begin() as s:
        s.merge(Setting(key="server_url", value=server_url))
        s.merge(Setting(key="server_key", value=enrolment.server_key.hex()))  # change pages verify under it
    return enrolment
