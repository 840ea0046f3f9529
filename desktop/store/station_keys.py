"""The station's own keys and where they are kept.

- the storage key wraps the per-attempt keys, so answers at rest are unreadable without it;
- the device key signs sealed results, bundles, study records, proctor actions and sync requests.

Where they live (docs/station-keys.md has the threat model):
- **key helper** (Linux exam PCs, `xuefa keyhelper` run by the system): the keys stay in the helper's own
  folder and process; the data folder holds only `station.id` (the station's id and public key).
- **DPAPI** (Windows): the key file is encrypted by Windows for this PC (machine scope) and kept in
  %ProgramData%\\Xuefa\\keys, so a copy of the data folder, or of that file, is useless on another PC.
- **plain file** `station.key` in the data folder (development, the demo, older releases): the self-test
  fails on it; a station that finds a key helper moves its keys there and destroys the plain file.
"""
from __future__ import annotations

import json
import logging
import os
import sys
import uuid
from abc import ABC, abstractmethod
from datetime import datetime
from pathlib import Path

from examcore import canonical
from examcore.bundle import write_atomically
from examcore.cli_text import Words
from examcore.crypto import aead
from examcore.crypto.keys import Signer, SigningKey
from examcore.private_files import write_private
from desktop.store.held_secrets import HeldInMemory

log = logging.getLogger(__name__)

MARKER = "station.id"     # the station's id, public key and key store: nothing secret
PLAIN = "station.key"     # the keys themselves, where no protected store is used
HELPER_VARIABLE = "XUEFA_KEY_HELPER"   # the helper's socket; "none" for no helper


class KeyStoreError(OSError):
    """The station's keys cannot be reached (the key helper is not running, a key file is damaged …)."""


class StationKeys(ABC):
    device_id: str
    device_key: Signer
    protection: str       # key-helper | dpapi | plain-file

    @abstractmethod
    def wrap(self, secret: bytes, label: str) -> bytes: ...

    @abstractmethod
    def unwrap(self, blob: bytes, label: str) -> bytes: ...

    def time_mark(self, seen: datetime | None = None, reset: bool = False) -> datetime | None:
        """The time mark kept out of the learner's reach (the key service), raised to ``seen``; None where
        the store keeps none (a plain file, DPAPI: the station's database is all there is)."""
        return None

    def attempt_alive(self, attempt_id: str, at: datetime | None = None) -> datetime | None:
        """When the attempt was last seen running, kept out of the learner's reach (the key service),
        raised to ``at``; None where the store keeps none."""
        return None

    def attempt_progress(self, attempt_id: str, at: datetime | None = None, elapsed_ms: int | None = None,
                         events: int | None = None) -> tuple[int, int] | None:
        """(exam time used in ms, number of events) the attempt had reached, kept out of the learner's reach
        (the key service), each raised to what is given (``at``: when it ran, as attempt_alive); None where
        the store keeps none (or a service before this)."""
        return None

    @abstractmethod
    def hold(self, label: str, secret: bytes) -> None:
        """Keep ``secret`` (an exam's content key) in memory only, never on disk, for as long as the keeper
        lives: the key service (a restart of the station program keeps it; a reboot or a restart of the
        service does not), else this process. Best effort: a keeper that cannot keep it logs, and the
        station asks for the start code again after a restart."""

    @abstractmethod
    def held(self, label: str) -> bytes | None:
        """What ``hold`` kept under ``label``, or None (never kept, forgotten, or the keeper restarted since)."""

    @abstractmethod
    def forget(self, label: str) -> None:
        """Drop what ``hold`` kept under ``label`` (best effort, as ``hold``)."""

    def close(self) -> None:
        pass


class LocalKeys(StationKeys):
    """Keys held in this process: read from the plain file, or from the DPAPI-protected one."""

    def __init__(self, device_id: str, storage_key: bytes, device_key: SigningKey, protection: str):
        self.device_id, self.device_key, self.protection = device_id, device_key, protection
        self._storage_key = storage_key
        self._memory = HeldInMemory()

    def hold(self, label: str, secret: bytes) -> None:
        self._memory.hold(label, secret)

    def held(self, label: str) -> bytes | None:
        return self._memory.held(label)

    def forget(self, label: str) -> None:
        self._memory.forget(label)

    def wrap(self, secret: bytes, label: str) -> bytes:
        return aead.encrypt(self._storage_key, secret, label.encode())

    def unwrap(self, blob: bytes, label: str) -> bytes:
        return aead.decrypt(self._storage_key, blob, label.encode())

    def secret_parts(self) -> tuple[bytes, bytes]:
        """(device key, storage key) raw: only to hand them to a protected store."""
        return self.device_key.raw(), self._storage_key  # type: ignore[attr-defined]

    @classmethod
    def new(cls, protection: str) -> "LocalKeys":
        return cls(f"station-{uuid.uuid4().hex[:12]}", aead.new_key(), SigningKey.generate(), protection)

    def to_bytes(self) -> bytes:
        device_key, storage_key = self.secret_parts()
        return json.dumps({"device_id": self.device_id, "storage_key": canonical.b64e(storage_key),
                           "device_key": canonical.b64e(device_key)}).encode("utf-8")

    @classmethod
    def from_bytes(cls, data: bytes, protection: str) -> "LocalKeys":
        try:
            d = json.loads(data)
            return cls(d["device_id"], canonical.b64d(d["storage_key"]),
                       SigningKey.from_raw(canonical.b64d(d["device_key"])), protection)
        except (ValueError, KeyError, TypeError) as exc:
            log.warning("the station's key file is damaged: %r", exc)
            raise KeyStoreError(Words("the station's key file is damaged: put it back from the backup")) from exc


def load_or_create_station_keys(path: Path) -> LocalKeys:
    """The plain key file (owner-only permissions), made on first use."""
    path = Path(path)
    if path.exists():
        return LocalKeys.from_bytes(path.read_bytes(), "plain-file")
    keys = LocalKeys.new("plain-file")
    write_private(path, keys.to_bytes())
    return keys


def configured_helper() -> Path | None:
    """The key helper's socket this station uses: the system's if it is there; $XUEFA_KEY_HELPER overrides
    it only when run from source (tests, development). The installed program ignores the variable, which
    whoever starts it can set (the client also refuses a helper not run by the system)."""
    value = None if getattr(sys, "frozen", False) else os.environ.get(HELPER_VARIABLE)
    if value is not None:
        return None if value.strip().lower() in ("", "none") else Path(value)
    if sys.platform.startswith("linux"):
        from desktop.keyhelper.daemon import DEFAULT_SOCKET
        return DEFAULT_SOCKET if DEFAULT_SOCKET.exists() else None
    return None


def keys_recorded(data_dir: Path) -> bool:
    """Whether ``data_dir`` names its station's keys: the plain key file, or the marker of a protected store."""
    return (Path(data_dir) / MARKER).exists() or (Path(data_dir) / PLAIN).exists()


def open_station_keys(data_dir: Path, helper: Path | None | bool = True) -> StationKeys:
    """The station's keys for ``data_dir``, from the store its ``station.id`` names; a new station (or one
    with a plain key file) goes to the key helper when one is configured, else DPAPI on Windows, else the
    plain file. ``helper``: True for :func:`configured_helper`, a socket path, or None for no helper.
    Raises KeyStoreError when the store the station uses cannot be reached: never falls back to a plain
    file for a station whose keys are protected."""
    data_dir = Path(data_dir)
    socket_path = configured_helper() if helper is True else helper or None
    marker = _read_marker(data_dir)
    if marker is not None:
        keys = _open_marked(marker, socket_path, data_dir)
        if (data_dir / PLAIN).exists():   # a move to the helper was cut short after the marker was written
            destroy_file(data_dir / PLAIN)
        return keys
    if socket_path is not None:
        return _move_to_helper(data_dir, Path(socket_path))
    if sys.platform == "win32":
        from desktop.store.dpapi import create_or_move_to_dpapi
        return create_or_move_to_dpapi(data_dir, _write_marker)
    return load_or_create_station_keys(data_dir / PLAIN)


def _open_marked(marker: dict, socket_path: Path | None, data_dir: Path) -> StationKeys:
    store, device_id = marker.get("store"), str(marker.get("device_id"))
    if store == "key-helper":
        if socket_path is None:
            raise KeyStoreError(Words("this station's keys are held by the key service, and no key service is set "
                                      "up on this PC (docs/station-keys.md)"))
        from desktop.keyhelper.client import HelperKeys, KeyHelperClient
        keys: StationKeys = HelperKeys(KeyHelperClient(socket_path), device_id, data_dir)
    elif store == "dpapi":
        from desktop.store.dpapi import load_dpapi_keys
        keys = load_dpapi_keys(device_id)
    else:
        raise KeyStoreError(Words("{marker} names a key store this program does not know ({store}): it was "
                                  "made by another version of Xuefa, or it is damaged", marker=MARKER, store=str(store)))
    if canonical.b64e(keys.device_key.public_raw()) != marker.get("public_key"):
        keys.close()
        raise KeyStoreError(Words("the key store holds other keys for {device_id} than this data folder expects: "
                                  "the folder was copied from another PC, or its keys were replaced",
                                  device_id=device_id))
    return keys


def _move_to_helper(data_dir: Path, socket_path: Path) -> StationKeys:
    from desktop.keyhelper.client import HelperKeys, KeyHelperClient
    client = KeyHelperClient(socket_path)
    plain = data_dir / PLAIN
    if plain.exists():
        from desktop.keyhelper.client import KeyHelperRefused
        old = LocalKeys.from_bytes(plain.read_bytes(), "plain-file")
        device_key, storage_key = old.secret_parts()
        try:
            client.call("import", device_id=old.device_id, device_key=canonical.b64e(device_key),
                        storage_key=canonical.b64e(storage_key))
        except KeyHelperRefused as exc:
            client.close()
            if exc.code != "import_needs_root":
                raise
            raise KeyStoreError(Words("this data folder holds a plain key file ({plain}); the station does not take "
                                      "over keys anyone could have placed there. IT moves them to the key service "
                                      "as root: sudo xuefa --data-dir {folder} import-keys", plain=PLAIN,
                                      folder=str(data_dir))) from exc
        device_id = old.device_id
    else:
        device_id = str(client.call("create")["device_id"])
    keys = HelperKeys(client, device_id, data_dir)
    _write_marker(data_dir, keys)
    if plain.exists():
        destroy_file(plain)
    return keys


def _read_marker(data_dir: Path) -> dict | None:
    try:
        marker = json.loads((data_dir / MARKER).read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    except ValueError as exc:
        log.warning("%s is damaged: %r", data_dir / MARKER, exc)
        raise KeyStoreError(Words("{path} is damaged: put it back from the backup", path=str(data_dir / MARKER))) from exc
    return marker if isinstance(marker, dict) else None


def _write_marker(data_dir: Path, keys: StationKeys) -> None:
    write_atomically(data_dir / MARKER, json.dumps({
        "device_id": keys.device_id, "public_key": canonical.b64e(keys.device_key.public_raw()),
        "store": keys.protection}).encode("utf-8"))


def destroy_file(path: Path) -> None:
    """Overwrite a key file with zeros before removing it (on a disk that writes in place, the keys are
    gone; an SSD may keep old blocks, which is why keys should start life in the protected store)."""
    size = path.stat().st_size
    with open(path, "r+b") as fh:
        fh.write(b"\0" * size)
        fh.flush()
        os.fsync(fh.fileno())
    path.unlink()
