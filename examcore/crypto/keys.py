"""Ed25519 signing keys and X25519 result keys, their raw encodings and fingerprints."""
from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import Protocol

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey

_RAW = serialization.Encoding.Raw
_PUB = serialization.PublicFormat.Raw
_PRIV = serialization.PrivateFormat.Raw


def fingerprint(public_raw: bytes) -> str:
    """Short, readable identity of a public key: SHA-256, first 16 hex digits in groups of four."""
    h = hashlib.sha256(public_raw).hexdigest()[:16]
    return ":".join(h[i:i + 4] for i in range(0, 16, 4))


class Signer(Protocol):
    """What signs for a station: a SigningKey in memory, or a key held by a protected store that signs on
    request (desktop/keyhelper) so the private key never enters the station's process."""

    def public_raw(self) -> bytes: ...

    def sign(self, data: bytes) -> bytes: ...


@dataclass(frozen=True)
class SigningKey:
    private: Ed25519PrivateKey

    @classmethod
    def generate(cls) -> "SigningKey":
        return cls(Ed25519PrivateKey.generate())

    @classmethod
    def from_raw(cls, raw: bytes) -> "SigningKey":
        return cls(Ed25519PrivateKey.from_private_bytes(raw))

    def raw(self) -> bytes:
        return self.private.private_bytes(_RAW, _PRIV, serialization.NoEncryption())

    def public_raw(self) -> bytes:
        return self.private.public_key().public_bytes(_RAW, _PUB)

    def sign(self, data: bytes) -> bytes:
        return self.private.sign(data)


def verify_signature(public_raw: bytes, signature: bytes, data: bytes) -> bool:
    try:
        Ed25519PublicKey.from_public_bytes(public_raw).verify(signature, data)
        return True
    except (InvalidSignature, ValueError):
        return False


@dataclass(frozen=True)
class ResultKey:
    """The X25519 key a server opens sealed results with."""

    private: X25519PrivateKey

    @classmethod
    def generate(cls) -> "ResultKey":
        return cls(X25519PrivateKey.generate())

    @classmethod
    def from_raw(cls, raw: bytes) -> "ResultKey":
        return cls(X25519PrivateKey.from_private_bytes(raw))

    def raw(self) -> bytes:
        return self.private.private_bytes(_RAW, _PRIV, serialization.NoEncryption())

    def public_raw(self) -> bytes:
        return self.private.public_key().public_bytes(_RAW, _PUB)


def x25519_public(raw: bytes) -> X25519PublicKey:
    return X25519PublicKey.from_public_bytes(raw)
