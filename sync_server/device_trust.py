"""Which stations this server takes results and study records from when a lower server relays them: the
relaying server must be approved here, and the chain it sends must vouch for the station
(examcore.station_certificates); and where such a record comes from, as this server can vouch for it (its
Origin: station, units, room, issuer). One home for the checks that ingest (results), study (records) and
the directory (password changes and resets) share (issue 18)."""
from __future__ import annotations

from dataclasses import dataclass

from examcore import canonical
from examcore.station_certificates import chain_refusal
from sync_server.models import Device


def relayed_refusal(relayer: Device, certs: dict | list, meta: dict,
                    signatures_ok: dict[bytes, bool]) -> tuple[str, str] | None:
    """None if ``relayer`` may vouch and its chain ``certs`` vouches for the station in ``meta`` (keys
    "device" {"device_id", "public_key"} and "submitted_at"); else (code, detail): device_not_enrolled,
    bad_certificate or certificate_expired."""
    if relayer.status != "approved":
        return "device_not_enrolled", "the relaying server is not approved here"
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
