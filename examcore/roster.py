"""Roster files: learners and their password verifiers, signed by the issuer (until sync brings them).

Verifiers are argon2id hashes; initial passwords are random, one-time, expire and force a change. A
``password_version`` lets a reset from the unit admin replace a password the learner has changed since.
"""
from __future__ import annotations

import json
from collections.abc import Collection
from dataclasses import dataclass
from datetime import datetime

from examcore import canonical
from examcore.crypto.keys import SigningKey, fingerprint, verify_signature
from examcore.errors import FormatError

FORMAT = "xuefa-roster"


class RosterError(FormatError):
    """codes: not_a_roster, bad_signature, untrusted_issuer, invalid_entry"""


@dataclass(frozen=True)
class RosterEntry:
    learner_no: str
    name: str
    unit: str
    rank: str
    is_leader: bool
    password_hash: str
    password_version: int
    must_change_password: bool
    password_expires_at: datetime | None

    def to_dict(self) -> dict:
        return {"learner_no": self.learner_no, "name": self.name, "unit": self.unit, "rank": self.rank,
                "is_leader": self.is_leader, "password_hash": self.password_hash,
                "password_version": self.password_version, "must_change_password": self.must_change_password,
                "password_expires_at": self.password_expires_at.isoformat() if self.password_expires_at else None}

    @classmethod
    def from_dict(cls, d: dict) -> "RosterEntry":
        exp = d.get("password_expires_at")
        return cls(str(d["learner_no"]), str(d["name"]), str(d.get("unit", "")), str(d.get("rank", "")),
                   bool(d.get("is_leader", False)), str(d["password_hash"]), int(d.get("password_version", 1)),
                   bool(d.get("must_change_password", True)), datetime.fromisoformat(exp) if exp else None)


def roster_bytes(entries: list[RosterEntry], issuer: SigningKey) -> bytes:
    body = canonical.canonical_json({"format": FORMAT, "version": 1, "learners": [e.to_dict() for e in entries]})
    return canonical.canonical_json({"body": canonical.b64e(body), "signature": canonical.b64e(issuer.sign(body)),
                                     "issuer": canonical.b64e(issuer.public_raw())})


def read_roster(data: bytes, trusted_issuers: Collection[bytes]) -> list[RosterEntry]:
    try:
        outer = json.loads(data)
        body = canonical.b64d(outer["body"])
        signature, issuer = canonical.b64d(outer["signature"]), canonical.b64d(outer["issuer"])
    except (ValueError, KeyError, TypeError, UnicodeDecodeError) as exc:
        raise RosterError("not_a_roster", str(exc)) from exc
    if not verify_signature(issuer, signature, body):
        raise RosterError("bad_signature", "roster signature does not verify")
    if issuer not in trusted_issuers:
        raise RosterError("untrusted_issuer", f"issuer {fingerprint(issuer)} is not trusted here")
    d = json.loads(body)
    if d.get("format") != FORMAT:
        raise RosterError("not_a_roster", f"format {d.get('format')!r}")
    try:
        return [RosterEntry.from_dict(e) for e in d["learners"]]
    except (KeyError, ValueError, TypeError) as exc:
        raise RosterError("invalid_entry", str(exc)) from exc
