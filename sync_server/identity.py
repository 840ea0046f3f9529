"""This server as the level above knows it, and its own settings: the identity it signs with upward (a
device id derived from its server id, its signing key), whether it has an upstream at all, the certificate
it gives itself for the records it signs, and the key-value settings kept in the database (the upstream's
URL, key and pin, the relay's and pull's cursors). Shared by every area that makes records going up
(directory: password resets; study; results' bundles; upstream's relay and pull) so none of them imports
another for it (issue 18: no cycles between areas)."""
from __future__ import annotations

from sqlalchemy import select

from examcore import canonical
from examcore.crypto.keys import fingerprint
from sync_server.context import ServerContext
from sync_server.keys import UpstreamIdentity
from sync_server.models import Device, Setting


def server_device_id(public_key: bytes) -> str:
    """The device id a server has at the server above it: derived from its signing key (its fingerprint), so
    it names that key and no other. Station software never enrols under such an id, and a device that does
    is let in as a server only by an administrator (`devices add-server`, an approval, a code without a
    room: a room's code refuses it, devices.py), which is how the relay tells a lower server from a station
    (``is_server``)."""
    return "server-" + fingerprint(public_key).replace(":", "")


def is_server(device_id: str, public_key: bytes) -> bool:
    """Whether an enrolled device is a lower server (it may relay its stations' records and decisions),
    not a station (which delivers only its own)."""
    return device_id == server_device_id(public_key)


def identity(ctx: ServerContext) -> UpstreamIdentity:
    return UpstreamIdentity(server_device_id(ctx.keys.signing.public_raw()), ctx.keys.signing)


def upward_identity(ctx: ServerContext) -> UpstreamIdentity | None:
    """This server's identity when it has an upstream (what it makes there goes up signed), else None."""
    return identity(ctx) if setting(ctx, "upstream_url") is not None else None


TIER = "tier"   # the Setting that says what this server is: "province" or "centre" (`init --province`, `set-tier`)


def enrols_stations(ctx: ServerContext) -> bool:
    """Whether stations enrol here (a centre), so that an unknown station's bundle is remembered as a request
    an administrator may approve. A province does not: a station must not skip its centre by carrying its
    file upward. The tier set at init (or with `set-tier`) decides; without one, it is inferred: a top
    server (no upstream) with lower servers and no station of its own is a province."""
    with ctx.sessions() as s:
        tier = s.get(Setting, TIER)
        if tier is not None:
            return tier.value != "province"
        if s.get(Setting, "upstream_key") is not None:
            return True
        devices = list(s.scalars(select(Device.device_id).where(Device.status == "approved")))
    stations = [d for d in devices if d.startswith("station-")]
    return bool(stations) or len(stations) == len(devices)


def reset_signer(ctx: ServerContext) -> UpstreamIdentity | None:
    """The identity a password reset made (or re-ranked) here is kept under as a signed record, so that it goes
    up with the next relay or bundle, now or once this server has an upstream (sync_server/directory/
    password_resets.py); None at a province, the top, which has no tier above to tell. A centre that ran alone
    and joined a province later had kept no record of its resets, so the province's later reset in the same
    hours lost to them there, and the tiers disagreed with no warning (issue 20, an outside tester)."""
    return identity(ctx) if enrols_stations(ctx) else None


def own_certificate(ctx: ServerContext) -> dict:
    """This server's certificate of itself, for the records it signs (a reset,
    sync_server/directory/password_resets.py): the upstream checks it against the key it approved for this
    server, as a station's certificate against the server that issued it, and a record whose signer certified
    itself is known there as a server's."""
    me = identity(ctx)
    body = {"device_id": me.device_id, "public_key": canonical.b64e(me.device_key.public_raw()), "expires_at": "",
            "server_id": ctx.keys.server_id}
    return {**body, "signature": canonical.b64e(ctx.keys.signing.sign(canonical.canonical_json(body)))}


def setting(ctx: ServerContext, key: str) -> str | None:
    with ctx.sessions() as s:
        row = s.get(Setting, key)
        return row.value if row else None


def save_setting(ctx: ServerContext, key: str, value: str) -> None:
    with ctx.sessions.begin() as s:
        s.merge(Setting(key=key, value=value))
