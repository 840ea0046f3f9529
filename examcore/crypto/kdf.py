"""The start-code key derivation: argon2id, memory-hard and slow on purpose.

A start code has about 60 bits; the KDF makes each guess cost ~0.4 s and 64 MiB, and stations refuse
packages that ask for less than the minimum below, so a forged cheap setting cannot be slipped in.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Any

from argon2.low_level import Type, hash_secret_raw

MIN_MEMORY_KIB = 64 * 1024
MIN_TIME_COST = 3


@dataclass(frozen=True)
class KdfParams:
    salt: bytes
    time_cost: int = MIN_TIME_COST
    memory_kib: int = MIN_MEMORY_KIB
    parallelism: int = 2

    @classmethod
    def fresh(cls) -> "KdfParams":
        return cls(os.urandom(16))

    def strong_enough(self) -> bool:
        return (self.memory_kib >= MIN_MEMORY_KIB and self.time_cost >= MIN_TIME_COST
                and len(self.salt) >= 16)

    def derive(self, secret: bytes) -> bytes:
        return hash_secret_raw(secret, self.salt, time_cost=self.time_cost, memory_cost=self.memory_kib,
                               parallelism=self.parallelism, hash_len=32, type=Type.ID)

    def to_dict(self) -> dict[str, Any]:
        return {"kdf": "argon2id", "salt": self.salt.hex(), "time_cost": self.time_cost,
                "memory_kib": self.memory_kib, "parallelism": self.parallelism}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "KdfParams":
        if d.get("kdf") != "argon2id":
            raise ValueError(f"unknown KDF {d.get('kdf')!r}")
        return cls(bytes.fromhex(d["salt"]), int(d["time_cost"]), int(d["memory_kib"]), int(d["parallelism"]))
