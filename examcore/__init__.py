"""Xuefa core: domain, wire formats and crypto shared by the station and the servers (no Qt, no Flask)."""
