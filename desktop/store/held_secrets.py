"""Secrets kept in memory only, never written anywhere: an exam's content key while its attempt may resume
(issue 15: it is never stored in a form the storage key alone opens). The key service keeps them for the
station program (so a restart of the program finds them, a reboot does not); without the service, the
station program keeps them itself."""
from __future__ import annotations

import threading

MAX_HELD = 64   # per station: the keys of the latest running attempts; the oldest is dropped first


class HeldInMemory:
    """label -> secret, in this process's memory, thread-safe, at most MAX_HELD."""

    def __init__(self) -> None:
        self._secrets: dict[str, bytes] = {}
        self._lock = threading.Lock()

    def hold(self, label: str, secret: bytes) -> None:
        with self._lock:
            self._secrets.pop(label, None)
            self._secrets[label] = bytes(secret)
            while len(self._secrets) > MAX_HELD:
                del self._secrets[next(iter(self._secrets))]

    def held(self, label: str) -> bytes | None:
        with self._lock:
            return self._secrets.get(label)

    def forget(self, label: str) -> None:
        with self._lock:
            self._secrets.pop(label, None)
