"""The station's side of the key helper: StationKeys whose private parts stay in the helper process."""
from __future__ import annotations

import base64
import hashlib
import logging
import socket
import struct
import sys
import threading
import time
from datetime import datetime
from pathlib import Path

from desktop.keyhelper.protocol import ProtocolError, recv_message, send_message
from desktop.store.station_keys import KeyStoreError, StationKeys
from examcore.cli_text import Words

log = logging.getLogger(__name__)

TIMEOUT_S = 10
# The accounts a key helper may run as: the system's. A program the learner starts (and points the station
# at, e.g. with XUEFA_KEY_HELPER) runs as the learner and would be handed the station's secrets.
TRUSTED_HELPER_UIDS = frozenset({0})


class KeyHelperRefused(KeyStoreError):
    def __init__(self, code: str, message: str):
        super().__init__(f"the key helper refused ({code}): {message}")
        self.code = code


class KeyHelperClient:
    """One connection to the helper, shared by the station's threads (one request at a time), opened
    again once if the helper was restarted in between."""

    def __init__(self, socket_path: Path):
        self.socket_path = Path(socket_path)
        self._sock: socket.socket | None = None
        self._challenge = ""   # the helper's greeting names it; every request repeats it
        self._lock = threading.Lock()

    def call(self, op: str, **fields: object) -> dict:
        with self._lock:
            for retry in (False, True):
                try:
                    if self._sock is None:
                        self._sock = self._connect()
                    send_message(self._sock, {"op": op, **fields, "challenge": self._challenge})
                    answer = recv_message(self._sock)
                    break
                except KeyHelperRefused:   # an untrusted program answers: asking again does not help
                    self.close_locked()
                    raise
                except (OSError, ProtocolError) as exc:
                    self.close_locked()
                    if retry:
                        log.warning("the key helper at %s does not answer: %r", self.socket_path, exc)
                        raise KeyStoreError(Words("the key service ({path}) does not answer: it must be running "
                                                  "(docs/station-keys.md)", path=str(self.socket_path))) from exc
        if not answer.get("ok"):
            raise KeyHelperRefused(str(answer.get("error")), str(answer.get("message")))
        return answer

    def _connect(self) -> socket.socket:
        if sys.platform == "win32":
            raise KeyStoreError(Words("the key service runs on Linux; on Windows the keys are protected by DPAPI"))
        sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        sock.settimeout(TIMEOUT_S)
        try:
            for wait in (0.05, 0.2, 0.5, 1.0, 2.0, None):   # a full backlog (a flood of connections) clears
                try:
                    sock.connect(str(self.socket_path))
                    break
                except BlockingIOError:
                    if wait is None:
                        raise
                    time.sleep(wait)
            uid = peer_uid(sock)
        except OSError:
            sock.close()
            raise
        if uid not in TRUSTED_HELPER_UIDS:
            sock.close()
            raise KeyHelperRefused("untrusted_helper", f"the program answering at {self.socket_path} runs as "
                                   f"account {uid}, not as the system: it is not the key helper")
        try:
            greeting = recv_message(sock)   # the helper speaks first: accepted (with a challenge) or refused
        except BaseException:
            sock.close()
            raise
        if not greeting.get("ok") or not isinstance(greeting.get("challenge"), str):
            sock.close()
            raise KeyHelperRefused(str(greeting.get("error", "bad_greeting")), str(greeting.get(
                "message", "the key helper is of another version: update Xuefa and its key helper together")))
        self._challenge = greeting["challenge"]
        return sock

    def close_locked(self) -> None:
        if self._sock is not None:
            self._sock.close()
            self._sock = None

    def close(self) -> None:
        with self._lock:
            self.close_locked()


def peer_uid(sock: socket.socket) -> int:
    """The account of the process at the other end of a connected Unix socket, as the kernel tells it."""
    if sys.platform == "win32":
        raise OSError("Unix sockets' peer credentials are a Linux feature")
    _pid, uid, _gid = struct.unpack("3i", sock.getsockopt(socket.SOL_SOCKET, socket.SO_PEERCRED,
                                                          struct.calcsize("3i")))
    return uid


def helper_uid(socket_path: Path) -> int | None:
    """The account the program at ``socket_path`` runs as (the kernel says, not the program), or None when
    nothing answers there."""
    if sys.platform == "win32":
        return None
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    sock.settimeout(TIMEOUT_S)
    try:
        sock.connect(str(socket_path))
        return peer_uid(sock)
    except OSError:
        return None
    finally:
        sock.close()


class RemoteSigner:
    """Signs with the station's device key inside the helper (examcore.crypto.keys.Signer)."""

    def __init__(self, client: KeyHelperClient, device_id: str, public_key: bytes):
        self._client, self._device_id, self._public = client, device_id, public_key

    def public_raw(self) -> bytes:
        return self._public

    def sign(self, data: bytes) -> bytes:
        answer = self._client.call("sign", device_id=self._device_id, data=_b64(data))
        return base64.b64decode(answer["signature"])


class HelperKeys(StationKeys):
    protection = "key-helper"

    def __init__(self, client: KeyHelperClient, device_id: str, folder: Path | None = None):
        """``folder``: the data folder these keys are opened for (what is held in memory is held for it)."""
        try:
            public = base64.b64decode(client.call("public", device_id=device_id)["public_key"])
        except BaseException:
            client.close()
            raise
        self.device_id = device_id
        self.device_key = RemoteSigner(client, device_id, public)
        self._client = client
        self._folder = hashlib.sha256(str(Path(folder).resolve()).encode()).hexdigest()[:16] if folder else ""

    def wrap(self, secret: bytes, label: str) -> bytes:
        return base64.b64decode(self._client.call("wrap", device_id=self.device_id, label=label,
                                                  secret=_b64(secret))["blob"])

    def unwrap(self, blob: bytes, label: str) -> bytes:
        return base64.b64decode(self._client.call("unwrap", device_id=self.device_id, label=label,
                                                  blob=_b64(blob))["secret"])

    def time_mark(self, seen: datetime | None = None, reset: bool = False) -> datetime | None:
        fields = {"device_id": self.device_id, **({"seen": seen.isoformat()} if seen is not None else {})}
        mark = self._client.call("time_mark_reset" if reset else "time_mark", **fields).get("mark")
        return datetime.fromisoformat(mark) if mark else None

    def attempt_alive(self, attempt_id: str, at: datetime | None = None) -> datetime | None:
        fields = {"device_id": self.device_id, "attempt_id": attempt_id,
                  **({"at": at.isoformat()} if at is not None else {})}
        seen = self._client.call("attempt_alive", **fields).get("at")
        return datetime.fromisoformat(seen) if seen else None

    def attempt_progress(self, attempt_id: str, at: datetime | None = None, elapsed_ms: int | None = None,
                         events: int | None = None) -> tuple[int, int] | None:
        fields: dict = {"device_id": self.device_id, "attempt_id": attempt_id,
                        **({"at": at.isoformat()} if at is not None else {}),
                        **({"elapsed_ms": elapsed_ms} if elapsed_ms is not None else {}),
                        **({"events": events} if events is not None else {})}
        answer = self._client.call("attempt_alive", **fields)
        if answer.get("elapsed_ms") is None and answer.get("events") is None:
            return None   # a service before this keeps the time alone
        return int(answer.get("elapsed_ms") or 0), int(answer.get("events") or 0)

    def hold(self, label: str, secret: bytes) -> None:
        try:
            self._client.call("hold", device_id=self.device_id, label=self._scoped(label), secret=_b64(secret))
        except KeyHelperRefused as exc:   # an older service: the start code is asked again after a restart
            log.warning("the key service did not keep the exam's key in memory: %s", exc)

    def held(self, label: str) -> bytes | None:
        try:
            secret = self._client.call("held", device_id=self.device_id, label=self._scoped(label)).get("secret")
        except KeyHelperRefused as exc:
            log.warning("the key service cannot say whether it holds the exam's key: %s", exc)
            return None
        return base64.b64decode(secret) if secret else None

    def forget(self, label: str) -> None:
        try:
            self._client.call("forget", device_id=self.device_id, label=self._scoped(label))
        except KeyHelperRefused as exc:
            log.warning("the key service did not forget the exam's key: %s", exc)

    def _scoped(self, label: str) -> str:
        """The label as held for this data folder: a copy of the folder elsewhere, opened by the station
        program, names the same station but finds nothing held (outside round 77)."""
        return f"{self._folder}/{label}" if self._folder else label

    def close(self) -> None:
        self._client.close()


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")
