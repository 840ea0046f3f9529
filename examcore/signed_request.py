"""Device-signed HTTP requests: no static API keys. The station signs method, path, body hash, time and
a fresh nonce with its device key; the server checks the signature, the time window and that the nonce
was never seen (in its database, so every worker refuses a replay)."""
from __future__ import annotations

import hashlib
import secrets
import time

from examcore import canonical
from examcore.crypto.keys import Signer, verify_signature

DEVICE, TIME, NONCE, SIGNATURE = "X-Xuefa-Device", "X-Xuefa-Time", "X-Xuefa-Nonce", "X-Xuefa-Signature"


def _message(method: str, path: str, body: bytes, timestamp: str, nonce: str, device_id: str) -> bytes:
    return "\n".join(["XUEFA-REQ-V1", method.upper(), path, hashlib.sha256(body).hexdigest(), timestamp, nonce,
                      device_id]).encode()


def sign_request(key: Signer, device_id: str, method: str, path: str, body: bytes,
                 now: float | None = None) -> dict[str, str]:
    timestamp, nonce = str(int(now if now is not None else time.time())), secrets.token_hex(16)  # 128 bits
    signature = key.sign(_message(method, path, body, timestamp, nonce, device_id))
    return {DEVICE: device_id, TIME: timestamp, NONCE: nonce, SIGNATURE: canonical.b64e(signature)}


class RequestRefused(Exception):
    def __init__(self, code: str, detail: str):
        super().__init__(detail)
        self.code, self.detail = code, detail


def check_request(headers: dict[str, str], method: str, path: str, body: bytes, public_key: bytes,
                  now: float, skew_seconds: int) -> str:
    """Verify a signed request (except the nonce's novelty, which the caller records); returns the nonce."""
    try:
        timestamp, nonce, device_id = headers[TIME], headers[NONCE], headers[DEVICE]
        signature = canonical.b64d(headers[SIGNATURE])
        if not (timestamp.isascii() and timestamp.isdigit() and len(timestamp) <= 12):
            raise ValueError(f"{TIME} is not a time in whole seconds")   # never a number too big to compare
        moment = int(timestamp)
    except (KeyError, ValueError) as exc:
        raise RequestRefused("unsigned", f"missing or malformed signature headers ({exc})") from exc
    if abs(now - moment) > skew_seconds:
        raise RequestRefused("clock_skew", f"request time is {int(moment - now)} s off the server's clock; "
                                           "check the station's clock")
    if not 32 <= len(nonce) <= 64 or not nonce.isascii():   # 64: the nonce column's width
        raise RequestRefused("unsigned", "the nonce must be 32 to 64 ASCII characters")
    if not verify_signature(public_key, signature, _message(method, path, body, timestamp, nonce, device_id)):
        raise RequestRefused("bad_signature", "the request signature does not verify")
    return nonce
