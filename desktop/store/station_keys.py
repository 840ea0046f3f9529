"""The station's own keys, kept in a file beside the database (owner-only permissions).

- the storage key wraps the per-attempt keys, so answers at rest are unreadable without this file;
- the device key signs sealed results and bundles (enrolment with a server comes with sync).
Where the platform offers a protected key store (Windows DPAPI), the file can be wrapped by it; a plain
file is what works on every platform today, and is what this step does.
"""
from __future__ import annotations

import json
import os
import uuid
from dataclasses import dataclass
from pathlib import Path

from examcore import canonical
from examcore.crypto import aead
from examcore.crypto.keys import SigningKey


@dataclass(frozen=True)
class StationKeys:
    device_id: str
    storage_key: bytes
    device_key: SigningKey

    def wrap(self, secret: bytes, label: str) -> bytes:
        return aead.encrypt(self.storage_key, secret, label.encode())

    def unwrap(self, blob: bytes, label: str) -> bytes:
        return aead.decrypt(self.storage_key, blob, label.encode())


def load_or_create_station_keys(path: Path) -> StationKeys:
    path = Path(path)
    if path.exists():
        d = json.loads(path.read_text(encoding="utf-8"))
        return StationKeys(d["device_id"], canonical.b64d(d["storage_key"]),
                           SigningKey.from_raw(canonical.b64d(d["device_key"])))
    keys = StationKeys(f"station-{uuid.uuid4().hex[:12]}", aead.new_key(), SigningKey.generate())
    tmp = path.with_suffix(".tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        json.dump({"device_id": keys.device_id, "storage_key": canonical.b64e(keys.storage_key),
                   "device_key": canonical.b64e(keys.device_key.raw())}, fh)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path)
    return keys
