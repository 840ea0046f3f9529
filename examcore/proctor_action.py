"""A proctor's action signed by the proctor's own station (its enrolled device key): start, extra time,
pause, restart the clock, hand in, missing, close. The centre checks the signature before acting and keeps
it in the sitting's audit log; a station checks it again (against the certificate its server issued to the
proctor's station) before applying the action, and keeps it in the attempt's chain, which travels upstream
sealed in the result. So an action can be traced to the proctor station that gave it, at every tier."""
from __future__ import annotations

import secrets
from datetime import datetime, timezone
from typing import Any

from examcore import canonical
from examcore.crypto.keys import Signer, verify_signature

FORMAT = "xuefa-proctor-action-v1"
FIELDS = ("sitting_id", "kind", "learner_no", "minutes", "reason")


def sign_action(key: Signer, device_id: str, sitting_id: str, kind: str, learner_no: str | None = None,
                minutes: int = 0, reason: str = "", now: datetime | None = None) -> dict[str, Any]:
    body = {"format": FORMAT, "sitting_id": sitting_id, "kind": kind, "learner_no": learner_no,
            "minutes": int(minutes), "reason": reason, "device_id": device_id,
            "at": (now or datetime.now(timezone.utc)).isoformat(), "nonce": secrets.token_hex(16)}
    return {"action": body, "signature": canonical.b64e(key.sign(canonical.canonical_json(body)))}


def verify_action(public_raw: bytes, signed: Any) -> dict[str, Any] | None:
    """The action if ``signed`` is a well-formed action signed by ``public_raw``'s key, else None."""
    try:
        body, signature = signed["action"], canonical.b64d(signed["signature"])
        if body.get("format") != FORMAT or not all(k in body for k in FIELDS + ("device_id", "at", "nonce")):
            return None
        ok = verify_signature(public_raw, signature, canonical.canonical_json(body))
    except (KeyError, TypeError, ValueError, AttributeError):
        return None
    return body if ok else None


def verify_certificate(server_key: bytes, certificate: Any) -> dict[str, Any] | None:
    """A device certificate issued by the server whose signing key is ``server_key``: its body, or None."""
    try:
        body = {k: v for k, v in certificate.items() if k != "signature"}
        ok = verify_signature(server_key, canonical.b64d(certificate["signature"]), canonical.canonical_json(body))
    except (KeyError, TypeError, ValueError, AttributeError):
        return None
    return body if ok else None


def verify_from_station(server_key: bytes, signed: Any, certificate: Any, now: datetime) -> dict[str, Any] | None:
    """What a station checks before applying an action: the proctor station's certificate is its server's
    and current, and that station signed the action."""
    cert = verify_certificate(server_key, certificate)
    if cert is None:
        return None
    expires = str(cert.get("expires_at", "")).removesuffix("Z")
    if expires and datetime.fromisoformat(expires).replace(tzinfo=timezone.utc) < now:
        return None
    action = verify_action(canonical.b64d(cert["public_key"]), signed)
    return action if action is not None and action["device_id"] == cert.get("device_id") else None
