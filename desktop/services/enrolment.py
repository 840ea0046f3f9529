"""Enrolling this station with a sync server: its key, the server's key, its certificate, and where it is."""
from __future__ import annotations

from sqlalchemy.orm import Session, sessionmaker

from desktop.services.outbox import Outbox
from desktop.services.packages import RESULTS_KEY_SETTING
from desktop.services.server_link import ServerLink
from desktop.services.sync_steps import ENROLMENT_STATE
from desktop.store.models import Setting
from desktop.store.station_keys import StationKeys
from examcore.enrolment_file import RoomEnrolment
from examcore.sync_client import Enrolment, SyncClient, SyncError, secret_and_pin, server_address
from examcore.tls_pin import Pins


class StationEnrolment:
    """This station's enrolment: its keys shown to the server, the server's key and certificate kept."""

    def __init__(self, sessions: sessionmaker[Session], keys: StationKeys, outbox: Outbox, link: ServerLink):
        self._sessions, self._keys, self._outbox, self._link = sessions, keys, outbox, link

    def enrol(self, server_url: str, name: str = "", code: str | None = None,
              expected_key: bytes | None = None, fingerprint: str | None = None) -> Enrolment:
        """Enrol with the server at ``server_url`` (https:// needs its certificate's fingerprint: from the code,
        whose last four groups carry it, or ``fingerprint``). Raises SyncError when the server cannot be
        reached or refuses, shows another certificate (wrong_server), or (``expected_key``, from a room's
        enrolment file) is not the server the file was made by; then nothing changes here."""
        secret, pin = secret_and_pin(code, fingerprint)
        met: list[str] = []
        try:
            enrolment = SyncClient(server_url, self._keys, pins=Pins(pin) if pin else None,
                                   on_seen=met.append).enrol(name, secret)
        except SyncError as exc:
            if exc.code == "certificate_changed":   # whoever answers first does not become this station's server
                raise SyncError("wrong_server", f"the server at {server_url} shows a certificate other than the "
                                                "one the enrolment code names: check the address and the code "
                                                "with the centre admin") from exc
            raise
        if expected_key is not None and enrolment.server_key != expected_key:
            raise SyncError("wrong_server", f"the server at {server_url} is not the one the enrolment file was "
                                            "made by; check the address with the centre admin")
        self._outbox.trust_server(enrolment.server_key, server_url)
        self._link.save(server_address(server_url), met[-1] if met else None)   # the whole fingerprint, met and matched
        with self._sessions.begin() as s:
            before = s.get(Setting, "server_key")
            if before is not None and before.value != enrolment.server_key.hex():   # another server and feed
                for key in ("feed_cursor", "feed_id"):
                    if (kept := s.get(Setting, key)) is not None:
                        s.delete(kept)
            s.merge(Setting(key="server_key", value=enrolment.server_key.hex()))  # change pages verify under it
            s.merge(Setting(key=ENROLMENT_STATE, value=enrolment.status))   # approved | pending (xuefa status)
            # packages must name it, or their results could never be taken there (an older server: unknown)
            known = s.get(Setting, RESULTS_KEY_SETTING)
            if enrolment.results_key_id:
                s.merge(Setting(key=RESULTS_KEY_SETTING, value=enrolment.results_key_id))
            elif known is not None:
                s.delete(known)
        return enrolment

    def enrol_from_file(self, room: RoomEnrolment, pc_name: str) -> Enrolment:
        """Enrol as ``pc_name`` of a room's enrolment file: its address, its code, and only with its server."""
        return self.enrol(room.server_url, pc_name, room.code_for(pc_name), expected_key=room.server_key,
                         fingerprint=room.tls_fingerprint)
