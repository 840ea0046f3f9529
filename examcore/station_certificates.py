"""Station certificate chains, checked as pure functions (issue 18: trust in one home).

A server that relays results or study records vouches for each station with a chain of certificates:
the station's, signed by its centre, whose own certificate is signed by the server above it, and so on up
to the server that receives them (the relayer, whose key the receiver knows). Each certificate is a dict
with device_id, public_key (base64), expires_at (ISO time or empty), server_id, optional unit and room, and
signature (base64 Ed25519 over the canonical JSON of every other field), as
sync_server.devices.certificate() writes it.
"""
from __future__ import annotations

from datetime import datetime

from examcore import canonical
from examcore.crypto.keys import verify_signature

MAX_TIERS = 8  # station, centre, district, city, province, … : more is a malformed chain


def chain_of(certs: dict | list) -> list[dict]:
    """A certificate chain as stored or sent: a list (station first), or one station certificate."""
    return list(certs) if isinstance(certs, list) else [certs]


def chain_refusal(signer: bytes, certs: dict | list, device_id: str, public_key_b64: str, sealed_at: str,
                  signatures_ok: dict[bytes, bool]) -> tuple[str, str] | None:
    """None if the chain, checked from ``signer`` (the relaying server's raw public key) down to the
    station, vouches for station ``device_id`` with key ``public_key_b64`` at ``sealed_at`` (ISO time the
    result or record was made); else (code, detail), code one of bad_certificate, certificate_expired.
    ``signatures_ok`` remembers verified signatures across calls (a batch holds many items per station)."""
    chain = chain_of(certs)
    if not chain or len(chain) > MAX_TIERS:
        return "bad_certificate", "the station certificate chain is missing or too long"
    for cert in reversed(chain):
        try:
            # every field but the signature: newer certificates also name the station's unit and room
            body = {k: v for k, v in cert.items() if k != "signature"}
            if not all(k in body for k in ("device_id", "public_key", "expires_at", "server_id")):
                raise KeyError("a certificate field")
            signature = canonical.b64d(cert["signature"])
            subject_key = canonical.b64d(body["public_key"])
        except (KeyError, ValueError, TypeError, AttributeError):
            return "bad_certificate", "a certificate of the chain is missing or malformed"
        signed = canonical.canonical_json(body)
        memo = signer + signed + signature
        if memo not in signatures_ok:
            signatures_ok[memo] = verify_signature(signer, signature, signed)
        if not signatures_ok[memo]:
            return "bad_certificate", f"the certificate of {body['device_id']} was not signed by the server above it"
        try:
            expired = body["expires_at"] and (datetime.fromisoformat(body["expires_at"].replace("Z", "+00:00"))
                                              < datetime.fromisoformat(sealed_at))
        except (ValueError, AttributeError, TypeError):
            return "bad_certificate", "a certificate's expiry or the result's time is unreadable"
        if expired:
            return "certificate_expired", f"the certificate of {body['device_id']} had expired when the result was sealed"
        signer = subject_key
    station = chain[0]
    if station["device_id"] != device_id or station["public_key"] != public_key_b64:
        return "bad_certificate", "the certificate belongs to another station or key"
    return None
