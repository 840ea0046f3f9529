"""Sealing a small secret to an X25519 public key: HPKE base mode (RFC 9180), X25519 / HKDF-SHA256 /
AES-256-GCM, from the cryptography library. Used for results' data keys and packages' content keys."""
from __future__ import annotations

from cryptography.hazmat.primitives import hpke

from examcore.crypto.keys import ResultKey, x25519_public

_SUITE = hpke.Suite(hpke.KEM.X25519, hpke.KDF.HKDF_SHA256, hpke.AEAD.AES_256_GCM)


class OpenFailed(Exception):
    """Not sealed to this key, or changed since."""


def seal_to(public_raw: bytes, secret: bytes, info: bytes) -> bytes:
    return _SUITE.encrypt(secret, x25519_public(public_raw), info=info)


def open_with(key: ResultKey, blob: bytes, info: bytes) -> bytes:
    try:
        return _SUITE.decrypt(blob, key.private, info=info)
    except Exception as exc:  # the binding raises its own error types; all mean the same here
        raise OpenFailed(str(exc)) from exc
