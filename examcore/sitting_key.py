"""How a sitting's content key travels from the centre to a station over the LAN: sealed (HPKE) to a
one-time X25519 key the station sent in its signed check-in, bound to the sitting and the station. The
package's proctor key, as the key of this one station, travels beside it the same way (the station then
checks the proctor's offline codes)."""
from __future__ import annotations


def key_info(sitting_id: str, device_id: str) -> bytes:
    return f"xuefa sitting key v1\x00{sitting_id}\x00{device_id}".encode()


def proctor_key_info(sitting_id: str, device_id: str) -> bytes:
    # v2: what travels is the station's own key (examcore.proctor_codes.station_key), no longer the package's
    return f"xuefa sitting proctor station key v2\x00{sitting_id}\x00{device_id}".encode()
