"""A room's enrolment file: how exam-centre IT enrols a room of PCs at once with no typing of addresses.

The centre admin makes it (`xuefa-server devices room-file`): the server's address, its signing key and its
TLS certificate's fingerprint (so a station enrols only with *that* server, not whatever answers at the
address), and one one-time code per PC
name. Each PC reads the file at first run (or `xuefa enrol --file`), the person picks that PC's name, and
the station enrols with its code. The codes are one-time and expire; still, the file is a set of keys to
the centre: keep the stick with you and delete the file when the room is done.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime

from examcore import canonical
from examcore.cli_text import cli_tr
from examcore.tls_pin import parse_fingerprint

FORMAT = "xuefa-enrolment-v1"
MAX_BYTES = 1_000_000


class EnrolmentFileError(ValueError):
    def __init__(self, code: str, detail: str):
        super().__init__(detail)
        self.code, self.detail = code, detail


@dataclass(frozen=True)
class RoomEnrolment:
    server_url: str
    server_key: bytes
    room: str
    unit_id: str | None
    expires_at: datetime
    stations: tuple[tuple[str, str], ...]     # (PC name, one-time code)
    tls_fingerprint: str | None = None        # the server's certificate (examcore.tls_pin); None: http on loopback

    def code_for(self, name: str) -> str:
        for pc, code in self.stations:
            if pc == name:
                return code
        names = cli_tr(", ").join(pc for pc, _ in self.stations[:3]) + (" …" if len(self.stations) > 3 else "")
        raise EnrolmentFileError("no_such_pc", cli_tr("{name} is not in the enrolment file of {room}: give one of "
                                                      "its PC names ({names})").format(name=name, room=self.room,
                                                                                      names=names))

    def to_bytes(self) -> bytes:
        return json.dumps({"format": FORMAT, "server_url": self.server_url,
                           "server_key": canonical.b64e(self.server_key), "room": self.room, "unit_id": self.unit_id,
                           "expires_at": self.expires_at.isoformat(),
                           "stations": [{"name": n, "code": c} for n, c in self.stations],
                           **({"tls_fingerprint": self.tls_fingerprint} if self.tls_fingerprint else {})},
                          ensure_ascii=False, indent=1).encode("utf-8")


def _not_enrolment() -> str:   # the sentence, in the language of the moment
    return cli_tr("this is not an enrolment file of Xuefa (a room's .json file from `devices room-file`)")


def read_enrolment_file(data: bytes) -> RoomEnrolment:
    if len(data) > MAX_BYTES:
        raise EnrolmentFileError("too_large", "this file is far too large to be an enrolment file")
    try:
        raw = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise EnrolmentFileError("not_enrolment", _not_enrolment()) from None
    if not isinstance(raw, dict) or raw.get("format") != FORMAT:
        raise EnrolmentFileError("not_enrolment", _not_enrolment())
    try:
        stations = tuple((str(s["name"]), str(s["code"])) for s in raw["stations"])
        key = canonical.b64d(raw["server_key"])
        pin = raw.get("tls_fingerprint")
        enrolment = RoomEnrolment(str(raw["server_url"]), key, str(raw["room"]), raw.get("unit_id"),
                                  datetime.fromisoformat(raw["expires_at"]), stations,
                                  parse_fingerprint(str(pin)) if pin is not None else None)
    except (KeyError, TypeError, ValueError):
        raise EnrolmentFileError("damaged", "the enrolment file is incomplete or damaged; ask for a new one") from None
    if len(key) != 32 or not stations or not enrolment.server_url.startswith(("http://", "https://")):
        raise EnrolmentFileError("damaged", "the enrolment file is incomplete or damaged; ask for a new one")
    if enrolment.server_url.startswith("https://") and enrolment.tls_fingerprint is None:
        raise EnrolmentFileError("no_fingerprint", "the enrolment file does not name the server's certificate (made "
                                                   "by an older version): ask the centre admin for a new one")
    return enrolment
