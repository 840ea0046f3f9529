"""Which stations this server takes results and study records from when a lower server relays them: the
relaying server must be approved here, and the chain it sends must vouch for the station
(examcore.station_certificates). One home for the check that ingest (results) and study (records) share."""
from __future__ import annotations

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
