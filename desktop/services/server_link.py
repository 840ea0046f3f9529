"""The station's link to its enrolled server: the address and the pinned certificate, kept with the
station's settings (server_url, server_tls_pin, server_tls_next) and used by every request it makes.

A rotation announced in the signed change feed sets server_tls_next; the first connection that meets that
certificate makes it the pin and drops the old one. Any other certificate is refused (SyncError
certificate_changed), never pinned again silently."""
from __future__ import annotations

from desktop.station import Station
from desktop.store.models import Setting
from examcore.sync_client import SyncClient
from examcore.tls_pin import Pins

URL, PIN, NEXT_PIN = "server_url", "server_tls_pin", "server_tls_next"


def _get(station: Station, key: str) -> str | None:
    with station.sessions() as s:
        row = s.get(Setting, key)
        return row.value if row else None


def server_url(station: Station) -> str | None:
    return _get(station, URL)


def server_pins(station: Station) -> Pins | None:
    """The certificate(s) this station accepts from its server; None before enrolment or over loopback HTTP."""
    with station.sessions() as s:
        current, nxt = s.get(Setting, PIN), s.get(Setting, NEXT_PIN)
        return Pins(current.value, nxt.value if nxt else None) if current else None


def save_link(station: Station, url: str, pin: str | None) -> None:
    """After enrolment: the server's address and its certificate (None: plain HTTP on loopback)."""
    with station.sessions.begin() as s:
        s.merge(Setting(key=URL, value=url))
        for key in (PIN, NEXT_PIN):
            if (row := s.get(Setting, key)) is not None:
                s.delete(row)
        s.flush()
        if pin:
            s.add(Setting(key=PIN, value=pin))


def promoter(station: Station, pins: Pins | None):
    """``on_seen`` for the station's clients: meeting the announced next certificate makes it the pin."""
    def seen(fingerprint: str) -> None:
        if pins is None or not pins.next or not fingerprint.startswith(pins.next) or fingerprint == pins.current:
            return
        with station.sessions.begin() as s:
            s.merge(Setting(key=PIN, value=fingerprint))
            if (row := s.get(Setting, NEXT_PIN)) is not None:
                s.delete(row)
    return seen


def station_client(station: Station, url: str | None = None, timeout: float = 15.0) -> SyncClient:
    """A client for the enrolled server, pinned. Raises SyncError (no_pin, plain_http) if the stored link
    cannot be used safely."""
    url = url or server_url(station)
    if url is None:
        from examcore.sync_client import SyncError
        raise SyncError("not_enrolled", "this station is not enrolled with a server")
    pins = server_pins(station)
    return SyncClient(url, station.keys, timeout=timeout, pins=pins, on_seen=promoter(station, pins))


def announce_next(s, body: dict) -> None:
    """A "tls" change from the server's signed feed: accept its next certificate too."""
    nxt = str(body.get("next") or "")
    current = s.get(Setting, PIN)
    if nxt and (current is None or current.value != nxt):
        s.merge(Setting(key=NEXT_PIN, value=nxt))
