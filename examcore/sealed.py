"""Sealed results: what a station hands over after submit, readable only by the recipient servers.

The envelope is ``{"signed": b64(canonical JSON), "signature": b64}``. The signed part holds public
metadata (ids, device, chain head, station score) and the payload (seed, paper, events) encrypted under a
fresh data key; that key is HPKE-sealed (RFC 9180, X25519 / HKDF-SHA256 / AES-256-GCM) to each recipient.
The station drops the data key after sealing, so it cannot read the result again.
"""
from __future__ import annotations

import hashlib
import json
import uuid
from dataclasses import dataclass
from functools import cached_property
from typing import Any

from examcore import canonical
from examcore.chain import Event, verify_chain
from examcore.crypto import aead
from examcore.crypto.hybrid import OpenFailed, open_with, seal_to
from examcore.crypto.keys import ResultKey, Signer, fingerprint, verify_signature
from examcore.errors import SealError
from examcore.package import Recipient

FORMAT = "xuefa-sealed-result"
VERSION = 1


def _hpke_info(result_id: str) -> bytes:
    return b"xuefa sealed result v1\x00" + result_id.encode()


@dataclass(frozen=True)
class ResultPayload:
    """The secret part: enough for a server to re-draw the paper and re-grade from the answers."""

    attempt_id: str
    seed: bytes
    variant: str
    paper: list[dict[str, Any]]
    events: list[Event]

    def to_dict(self) -> dict[str, Any]:
        return {"attempt_id": self.attempt_id, "seed": canonical.b64e(self.seed), "variant": self.variant,
                "paper": self.paper, "events": [e.to_dict() for e in self.events]}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "ResultPayload":
        return cls(d["attempt_id"], canonical.b64d(d["seed"]), d["variant"], d["paper"],
                   [Event.from_dict(e) for e in d["events"]])


@dataclass(frozen=True)
class Envelope:
    signed: bytes
    signature: bytes

    @cached_property
    def meta(self) -> dict[str, Any]:
        """Parsed once per envelope (ingest reads it many times); treat it as read-only."""
        return json.loads(self.signed)

    @property
    def result_id(self) -> str:
        return str(self.meta["result_id"])

    @cached_property
    def content_hash(self) -> str:
        """Identity of the content for idempotent ingest: same id and hash is the same result (hashed once:
        ingest asks for it more than once)."""
        return hashlib.sha256(self.signed).hexdigest()

    def to_bytes(self) -> bytes:
        return canonical.canonical_json({"signed": canonical.b64e(self.signed),
                                         "signature": canonical.b64e(self.signature)})

    @classmethod
    def from_bytes(cls, data: bytes) -> "Envelope":
        try:
            d = json.loads(data)
            env = cls(canonical.b64d(d["signed"]), canonical.b64d(d["signature"]))
            meta = env.meta
            if meta.get("format") != FORMAT or meta.get("version") != VERSION:
                raise SealError("malformed", f"format {meta.get('format')!r} version {meta.get('version')!r}")
            return env
        except SealError:
            raise
        except (ValueError, KeyError, TypeError, AttributeError, UnicodeDecodeError, RecursionError) as exc:
            raise SealError("malformed", str(exc)) from exc


def named_result_id(data: bytes) -> str | None:
    """The result id an envelope names even when it cannot be read as one (another format version, a
    signature that does not verify), to name it in its refusal; None when it names none. A sender matches a
    batch's outcomes to what it sent by these ids."""
    try:
        value = json.loads(canonical.b64d(json.loads(data)["signed"])).get("result_id")
    except (ValueError, KeyError, TypeError, AttributeError, UnicodeDecodeError, RecursionError):
        return None
    return value[:64] if isinstance(value, str) and value else None


def seal_result(payload: ResultPayload, *, result_id: str | None = None, exam_id: str, package_id: str,
                learner_no: str, sitting_id: str | None, station_score: str, outcome: str,
                submitted_at: str, recipients: list[Recipient], device_key: Signer,
                device_id: str) -> Envelope:
    result_id = result_id or str(uuid.uuid4())
    data_key = aead.new_key()
    head = payload.events[-1].hash if payload.events else ""
    meta = {
        "format": FORMAT, "version": VERSION, "result_id": result_id, "exam_id": exam_id,
        "package_id": package_id, "learner_no": learner_no, "sitting_id": sitting_id,
        "submitted_at": submitted_at, "station_score": station_score, "station_outcome": outcome,
        "device": {"device_id": device_id, "public_key": canonical.b64e(device_key.public_raw())},
        "chain": {"head": head, "count": len(payload.events)},
        "payload": canonical.b64e(aead.encrypt(data_key, canonical.canonical_json(payload.to_dict()),
                                               result_id.encode())),
        "recipients": [{"key_id": r.key_id, "name": r.name,
                        "enc": canonical.b64e(seal_to(r.public_key, data_key, _hpke_info(result_id)))}
                       for r in recipients],
    }
    signed = canonical.canonical_json(meta)
    return Envelope(signed, device_key.sign(signed))


def verify_envelope(env: Envelope) -> dict[str, Any]:
    """Check the device signature (any byte changed fails); returns the metadata."""
    try:
        meta = env.meta
        device_key = canonical.b64d(meta["device"]["public_key"])
    except (ValueError, KeyError, TypeError) as exc:
        raise SealError("malformed", str(exc)) from exc
    if not verify_signature(device_key, env.signature, env.signed):
        raise SealError("bad_signature", "the device signature does not verify")
    return meta


def open_envelope(env: Envelope, key: ResultKey, verified_meta: dict[str, Any] | None = None) -> ResultPayload:
    """Verify and decrypt with a recipient's private key; checks the hash chain against the sealed head.

    ``verified_meta`` is what verify_envelope returned for this envelope, when the caller has done that."""
    meta = verified_meta if verified_meta is not None else verify_envelope(env)
    key_id = fingerprint(key.public_raw())
    entry = next((r for r in meta["recipients"] if r["key_id"] == key_id), None)
    if entry is None:
        raise SealError("not_a_recipient", f"key {key_id} is not a recipient of this result")
    try:
        data_key = open_with(key, canonical.b64d(entry["enc"]), _hpke_info(meta["result_id"]))
        plain = aead.decrypt(data_key, canonical.b64d(meta["payload"]), meta["result_id"].encode())
        floats: list[str] = []   # numbers json reads as floats (NaN and Infinity too): none is the common case

        def as_float(text: str) -> float:
            floats.append(text)
            return float(text)
        payload = ResultPayload.from_dict(json.loads(plain, parse_float=as_float, parse_constant=as_float))
    except (aead.AeadFailure, OpenFailed, ValueError, KeyError, TypeError, RecursionError) as exc:
        # (RecursionError: a payload nested a thousand deep; it failed the whole batch, not this result)
        raise SealError("payload_tampered", str(exc) or type(exc).__name__) from exc
    problem = verify_chain(payload.attempt_id, payload.events, meta["chain"]["head"], floatless=not floats)
    if problem is None and len(payload.events) != meta["chain"]["count"]:
        problem = "event count differs from the sealed count"
    if problem:
        raise SealError("chain_broken", problem)
    return payload
