"""Crash points for the fault tests: XUEFA_FAULT="<point>:<n>" makes the process die (as if killed)
the n-th time it passes <point>. Unset in production, where these calls cost one dictionary look-up."""
from __future__ import annotations

import os

_passes: dict[str, int] = {}


def crash_point(name: str) -> None:
    spec = os.environ.get("XUEFA_FAULT")
    if not spec:
        return
    point, _, count = spec.partition(":")
    if point != name:
        return
    _passes[name] = _passes.get(name, 0) + 1
    if _passes[name] == int(count or 1):
        os._exit(137)  # no cleanup, no response: what SIGKILL or a power cut leaves
