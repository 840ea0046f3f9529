"""Xuefa core: domain, wire formats and crypto shared by the station and the servers (no Qt, no Flask)."""

__version__ = "0.2.0"   # the one place the version lives (pyproject reads it; the app shows it)
