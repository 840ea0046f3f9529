"""The station's side of a sitting: check a learner in with the centre server, wait for the start, and
receive the exam's content key over the LAN (no start code to type). Calls block: run them off the GUI
thread."""
from __future__ import annotations

import logging
from dataclasses import dataclass

from sqlalchemy.orm import Session, sessionmaker

from desktop.services.attempts import Unlocked
from desktop.services.packages import PackageLibrary
from desktop.services.proctor_keys import ProctorKeys
from desktop.services.server_link import ServerLink
from desktop.services.station_time import StationTime
from desktop.store.models import Setting
from desktop.store.station_keys import StationKeys
from examcore import canonical
from examcore.crypto.hybrid import OpenFailed, open_with
from examcore.clock import Clock
from examcore.crypto.keys import ResultKey
from examcore.errors import PackageError
from examcore.proctor_action import verify_from_station
from examcore.sitting_key import key_info, proctor_key_info
from examcore.sync_client import SyncError


log = logging.getLogger(__name__)


@dataclass(frozen=True)
class SittingStatus:
    seated: bool
    sitting: dict | None = None
    refused: str | None = None         # late | wrong_room | missing | closed
    unlocked: Unlocked | None = None   # the sitting has started: the exam, opened with the released key
    actions: tuple[dict, ...] = ()     # the proctor's actions for this learner not applied yet

    @property
    def waiting(self) -> bool:
        return self.seated and self.refused is None and self.unlocked is None


class SittingService:
    def __init__(self, sessions: sessionmaker[Session], keys: StationKeys, clock: Clock, time: StationTime,
                 link: ServerLink, library: PackageLibrary, proctor_keys: ProctorKeys, timeout: float = 5):
        self._sessions, self._keys, self._clock, self._time, self._link = sessions, keys, clock, time, link
        self._library, self._proctor_keys, self._timeout = library, proctor_keys, timeout

    def server_url(self) -> str | None:
        return self._link.url()

    def verified(self, sitting_id: str, learner_no: str, action: dict) -> dict | None:
        """The action with its proof, if a proctor station enrolled with this station's server signed this
        very action; otherwise None, and it is not applied (logged)."""
        with self._sessions() as s:
            row = s.get(Setting, "server_key")
        server_key = bytes.fromhex(row.value) if row else None
        signed = verify_from_station(server_key, action.get("signed"), action.get("certificate"),
                                     self._clock.now()) if server_key else None
        kinds = {action["kind"], "close"} if action["kind"] == "force_submit" else {action["kind"]}
        if signed is None or signed["sitting_id"] != sitting_id or signed["learner_no"] not in (None, learner_no) \
                or signed["kind"] not in kinds or (action["kind"] == "extra_time" and (
                    signed["minutes"] != action["minutes"] or signed["reason"] != action["reason"])):
            log.warning("a proctor action without a valid proctor-station signature was not applied: %s",
                        action.get("action_id"))
            return None
        return {**action, "proof": {"signed": action["signed"], "certificate": action["certificate"]}}

    def check_in(self, learner_no: str, report: dict | None = None, want_key: bool = True,
                 reopen: bool = False) -> SittingStatus:
        """Raises SyncError when the server cannot be reached (the learner then uses the start code).
        ``want_key`` False: only report (after a submission, say). ``reopen``: restarted with the learner's
        attempt open, before anyone logged in: only the key again, where the server knows they began here."""
        url = self.server_url()
        if url is None:
            return SittingStatus(False)
        one_time = ResultKey.generate()   # the key is sealed to this, and it is never stored
        client = self._link.client(url, timeout=self._timeout)
        answer = client.check_in(learner_no, one_time.public_raw() if want_key else None, report, reopen=reopen)
        self._time.observe_server(client.server_time)
        if not answer["seated"]:
            return SittingStatus(False)
        sitting = answer["sitting"]
        if answer.get("refused"):
            return SittingStatus(True, sitting, refused=answer["refused"])
        actions = tuple(a for a in (self.verified(sitting["sitting_id"], learner_no, x)
                                    for x in answer.get("actions", ())) if a is not None)
        if not answer.get("content_key"):
            return SittingStatus(True, sitting, actions=actions)
        try:
            content_key = open_with(one_time, canonical.b64d(answer["content_key"]),
                                    key_info(sitting["sitting_id"], self._keys.device_id))
            parsed = self._library.load(sitting["package_id"])
            unlocked = Unlocked(parsed.header, content_key, parsed.open_body(content_key), sitting["sitting_id"])
            if answer.get("proctor_key"):   # kept: with it this station checks the proctor's codes offline
                self._proctor_keys.remember(parsed.header.package_id, open_with(
                    one_time, canonical.b64d(answer["proctor_key"]),
                    proctor_key_info(sitting["sitting_id"], self._keys.device_id)))
        except (OpenFailed, ValueError) as exc:
            raise SyncError("bad_key", f"the key the server sent does not open: {exc}") from exc
        except PackageError as exc:
            raise SyncError(exc.code, f"the sitting's exam package is not usable here: {exc.detail}") from exc
        return SittingStatus(True, sitting, unlocked=unlocked, actions=actions)
