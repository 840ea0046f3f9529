"""Slow work off the GUI thread, with success and failure callbacks run back on the GUI thread."""
from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

log = logging.getLogger(__name__)


class _Relay(QObject):
    succeeded = Signal(object)  # the function's return value
    failed = Signal(object)     # the exception it raised


class _Job(QRunnable):
    def __init__(self, fn: Callable[[], Any], relay: _Relay):
        super().__init__()
        self._fn, self._relay = fn, relay

    def run(self) -> None:
        try:
            result = self._fn()
        except Exception as exc:  # noqa: BLE001 - handed to the failure callback, never swallowed
            log.info("background job failed: %r", exc)
            self._relay.failed.emit(exc)
        else:
            self._relay.succeeded.emit(result)


_live: set[_Relay] = set()


def run_in_background(fn: Callable[[], Any], on_success: Callable[[Any], None],
                      on_failure: Callable[[BaseException], None], owner: QObject | None = None) -> None:
    """``owner``: the widget the callbacks update; if it is gone by the time the work ends (a window
    closed while a server call was under way), the result is dropped instead of touching it."""
    relay = _Relay()  # lives on the calling (GUI) thread, so its slots run there
    _live.add(relay)

    def finish(callback: Callable[[Any], None], value: Any) -> None:
        _live.discard(relay)
        if owner is not None and not shiboken6.isValid(owner):
            return
        callback(value)

    relay.succeeded.connect(lambda v: finish(on_success, v))
    relay.failed.connect(lambda e: finish(on_failure, e))
    QThreadPool.globalInstance().start(_Job(fn, relay))
