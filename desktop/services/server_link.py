"""The station's link to its enrolled server: the address and the pinned certificate, kept with the
station's settings (server_url, server_tls_pin, server_tls_next) and used by every request it makes.

A rotation announced in the signed change feed sets server_tls_next; the first connection that meets that
certificate makes it the pin and drops the old one. Any other certificate is refused (SyncError
certificate_changed), never pinned again silently."""
from __future__ import annotations

from sqlalchemy.orm import Session, sessionmaker

from desktop.store.models import Setting
from desktop.store.station_keys import StationKeys
from examcore.sync_client import SyncClient, SyncError
from examcore.tls_pin import Pins

URL, PIN, NEXT_PIN = "server_url", "server_tls_pin", "server_tls_next"


class ServerLink:
    """The enrolled server's address and pinned certificate, in the station's settings, and clients for it."""

    def __init__(self, sessions: sessionmaker[Session], keys: StationKeys):
        self._sessions, self._keys = sessions, keys

    def url(self) -> str | None:
        """The enrolled server's address; None before enrolment (results then leave by USB)."""
        with self._sessions() as s:
            row = s.get(Setting, URL)
            return row.value if row else None

    def pins(self) -> Pins | None:
        """The certificate(s) this station accepts from its server; None before enrolment or over loopback
        HTTP."""
        with self._sessions() as s:
            current, nxt = s.get(Setting, PIN), s.get(Setting, NEXT_PIN)
            return Pins(current.value, nxt.value if nxt else None) if current else None

    def save(self, url: str, pin: str | None) -> None:
        """After enrolment: the server's address and its certificate (None: plain HTTP on loopback)."""
        with self._sessions.begin() as s:
            s.merge(Setting(key=URL, value=url))
            for key in (PIN, NEXT_PIN):
                if (row := s.get(Setting, key)) is not None:
                    s.delete(row)
            s.flush()
            if pin:
                s.add(Setting(key=PIN, value=pin))

    def _promoter(self, pins: Pins | None):
        """``on_seen`` for the station's clients: meeting the announced next certificate makes it the pin."""
        def seen(fingerprint: str) -> None:
            if pins is None or not pins.next or not fingerprint.startswith(pins.next) \
                    or fingerprint == pins.current:
                return
            with self._sessions.begin() as s:
                s.merge(Setting(key=PIN, value=fingerprint))
                if (row := s.get(Setting, NEXT_PIN)) is not None:
                    s.delete(row)
        return seen

    def client(self, url: str | None = None, timeout: float = 15.0) -> SyncClient:
        """A client for the enrolled server (or ``url``), pinned. Raises SyncError (not_enrolled; no_pin,
        plain_http from the client) if the stored link cannot be used safely."""
        url = url or self.url()
        if url is None:
            raise SyncError("not_enrolled", "this station is not enrolled with a server")
        pins = self.pins()
        return SyncClient(url, self._keys, timeout=timeout, pins=pins, on_seen=self._promoter(pins))


def announce_next(s, body: dict) -> None:
    """A "tls" change from the server's signed feed: accept its next certificate too."""
    nxt = str(body.get("next") or "")
    current = s.get(Setting, PIN)
    if nxt and (current is None or current.value != nxt):
        s.merge(Setting(key=NEXT_PIN, value=nxt))
