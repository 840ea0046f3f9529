"""Cyclic garbage collection paused while a large batch of objects is built (a 50,000-question bank).

CPython's collector runs after every 700 new objects and now and then walks every live object: while a
batch that only grows is built, those walks find nothing to free and cost a bank import about a fifth of
its time (bench.bank_bench, 2026-12-02: 3 s of 16). Reference counting still frees everything that is not
in a cycle; cycles made meanwhile are collected when the last batch ends. Nested and concurrent batches
(two imports on two server threads) resume collection only when the last one ends."""
from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.Lock()
_depth = 0
_was_enabled = True


@contextmanager
def collection_paused() -> Iterator[None]:
    """Pause the cyclic collector for the block (see the module's docstring)."""
    global _depth, _was_enabled
    with _lock:
        if _depth == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _depth += 1
    try:
        yield
    finally:
        with _lock:
            _depth -= 1
            if _depth == 0 and _was_enabled:
                gc.enable()
