"""Which stations this server takes results and study records from when a lower server relays them: the
relaying server must be approved here, and the chain it sends must vouch for the station
(examcore.station_certificates); and where such a record comes from, as this server can vouch for it (its
Origin: station, units, room, issuer). One home for the checks that ingest (results), study (records) and
the directory (password changes and resets) share (issue 18)."""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from examcore import canonical
from examcore.station_certificates import chain_refusal
from sync_server.devices import add_request
from sync_server.identity import is_server
from sync_server.models import Device


def station_refusal(s: Session, device_id: str, public_key: bytes, now: datetime,
                    first_seen: str) -> tuple[str, str] | None:
    """None if station ``device_id`` may deliver its own results and records here signed with
    ``public_key``; else (code, detail): device_not_enrolled, device_key_mismatch, device_revoked or
    certificate_expired. ``now``: naive UTC. A station never seen here is remembered as a request an
    administrator can approve, noted with ``first_seen`` (devices.SENT_RESULTS, SENT_STUDY_RECORDS)."""
    device = s.get(Device, device_id)
    if device is None:
        add_request(s, device_id, public_key, now, first_seen)
        return ("device_not_enrolled", f"station {device_id} is not enrolled here; an administrator "
                                       "can approve it (xuefa-server devices approve)")
    if device.public_key != public_key:
        return "device_key_mismatch", f"station {device_id} signed with a key other than its enrolled one"
    if device.status == "revoked":
        return "device_revoked", f"station {device_id} was revoked"
    if device.status != "approved":
        return "device_not_enrolled", f"station {device_id} is waiting for approval"
    if device.certificate_expires_at is not None and device.certificate_expires_at < now:
        return "certificate_expired", f"station {device_id}'s certificate expired"
    return None


def revoked_here(s: Session, keys: Iterable[bytes]) -> set[bytes]:
    """Which of these station keys were revoked here: a station this server revoked (enrolled here once,
    say, and stolen) is refused when a lower server relays it too (device_revoked), as when it delivers."""
    wanted = list(set(keys))
    return set(s.scalars(select(Device.public_key).where(Device.status == "revoked",
                                                          Device.public_key.in_(wanted)))) if wanted else set()


REVOKED_HERE = "device_revoked", "the station was revoked at this server"


def relayed_refusal(relayer: Device, certs: dict | list, meta: dict,
                    signatures_ok: dict[bytes, bool]) -> tuple[str, str] | None:
    """None if ``relayer`` may vouch and its chain ``certs`` vouches for the station in ``meta`` (keys
    "device" {"device_id", "public_key"} and "submitted_at"); else (code, detail): device_not_enrolled,
    bad_certificate or certificate_expired."""
    if relayer.status != "approved":
        return "device_not_enrolled", "the relaying server is not approved here"
    if not is_server(relayer.device_id, relayer.public_key):   # a station vouching for stations it certified
        return "not_a_server", "only a lower server relays its stations' records; a station delivers its own"
    device = meta.get("device") or {}
    return chain_refusal(relayer.public_key, certs, str(device.get("device_id", "")),
                         str(device.get("public_key", "")), str(meta.get("submitted_at", "")), signatures_ok)


@dataclass(frozen=True)
class Origin:
    """Where a result comes from, as this server can vouch for it: the station, the units every voucher
    serves (the station's enrolment here, or each certificate of a relayed chain and the relaying server),
    the station's exam room, and the signing key of the server that enrolled the station (its proctor
    stations' signed actions are checked against it)."""

    device_id: str
    units: tuple[str, ...]
    room: str | None
    issuer_key: bytes


NO_UNIT = ""   # in Origin.units: a voucher that serves no unit, so vouches for no learner (no unit id is empty)


def origin_of_chain(chain: list[dict], relayer_unit: str | None, relayer_key: bytes) -> Origin:
    """A relayed result's origin from its certificate chain (station first); certificates issued before
    they carried a unit and room are read as naming none. A relaying server approved here for no unit (a
    centre added from its key file without --unit) vouches for no learner: whatever units the certificates
    it signed name, its results are held (``learner_outside_unit``) until it is given its unit."""
    units = tuple(u for u in [c.get("unit_id") for c in chain] if u) + (relayer_unit or NO_UNIT,)
    issuer = canonical.b64d(chain[1]["public_key"]) if len(chain) > 1 else relayer_key
    return Origin(str(chain[0]["device_id"]), units, chain[0].get("room") or None, issuer)
