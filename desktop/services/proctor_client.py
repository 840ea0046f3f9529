"""The proctor's connection to the centre server's sitting API (an administrator login with the proctor
role). Every action is signed with this station's enrolled device key (examcore.proctor_action): the
centre refuses unsigned ones, and stations check the signature before applying. Calls block: run them off
the GUI thread."""
from __future__ import annotations

from desktop.services.admin_session import AdminSession, path_segment
from examcore import api_messages as m
from examcore.proctor_action import sign_action
from examcore.tls_pin import Pins


class ProctorClient(AdminSession):
    """The proctor's console's calls. Raises AdminError like the admin window (the same login, transport
    and words): unreachable, no_answer, certificate_changed, not_logged_in, forbidden, not_found, and the
    sitting refusals (already_started, not_started, closed, not_seated, seat_closed, bad_action)."""

    def __init__(self, base_url: str, identity=None, timeout: float = 10,
                 pins: Pins | None = None):  # identity: DeviceIdentity
        super().__init__(base_url, timeout, pins)
        self._identity = identity

    def login(self, username: str, password: str) -> None:
        self._carry(self._log_in(username, password), username)

    def sittings(self) -> list[dict]:
        return self._call("GET", "/admin/sittings", m.SittingList)["sittings"]

    def sitting(self, sitting_id: str) -> dict:
        return self._call("GET", f"/admin/sittings/{path_segment(sitting_id)}", m.SittingDetail)

    def _signed(self, sitting_id: str, kind: str, learner_no: str | None = None, minutes: int = 0,
                reason: str = "") -> dict | None:
        if self._identity is None:
            return None   # the centre answers "unsigned", and the console says why
        return sign_action(self._identity.device_key, self._identity.device_id, sitting_id, kind, learner_no,
                           minutes, reason)

    def start(self, sitting_id: str) -> dict:
        return self._call("POST", f"/admin/sittings/{path_segment(sitting_id)}/start", m.SittingDetail,
                          json={"signed": self._signed(sitting_id, "start")})

    def act(self, sitting_id: str, kind: str, learner_no: str | None = None, minutes: int = 0,
            reason: str = "") -> dict:
        return self._call("POST", f"/admin/sittings/{path_segment(sitting_id)}/actions", m.SittingDetail,
                          json={"kind": kind, "learner_no": learner_no, "minutes": minutes, "reason": reason,
                                "signed": self._signed(sitting_id, kind, learner_no, minutes, reason)})

    def move_seat(self, sitting_id: str, learner_no: str, reason: str, device_id: str | None = None) -> dict:
        """Free the learner's seat from the station it is bound to (or bind it to ``device_id``)."""
        return self._call("POST", f"/admin/sittings/{path_segment(sitting_id)}/move-seat", m.SittingDetail,
                          json={"learner_no": learner_no, "device_id": device_id, "reason": reason,
                                "signed": self._signed(sitting_id, "move_seat", learner_no, reason=reason)})

    def missing(self, sitting_id: str, learner_no: str, reason: str) -> dict:
        return self._call("POST", f"/admin/sittings/{path_segment(sitting_id)}/missing", m.SittingDetail,
                          json={"learner_no": learner_no, "reason": reason,
                                "signed": self._signed(sitting_id, "missing", learner_no, reason=reason)})

    def cancel(self, sitting_id: str, reason: str) -> dict:
        """Call off a sitting that never started (refused: started, in_use, closed)."""
        return self._call("POST", f"/admin/sittings/{path_segment(sitting_id)}/cancel", m.SittingDetail,
                          json={"reason": reason, "signed": self._signed(sitting_id, "cancel", reason=reason)})

    def close(self, sitting_id: str) -> dict:
        return self._call("POST", f"/admin/sittings/{path_segment(sitting_id)}/close", m.SittingDetail,
                          json={"signed": self._signed(sitting_id, "close")})

    def start_code(self, sitting_id: str) -> dict:
        """{start_code, sitting}: for starting stations with no LAN (the server logs who asked)."""
        return self._call("GET", f"/admin/sittings/{path_segment(sitting_id)}/start-code", m.StartCodeOut)
