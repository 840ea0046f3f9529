"""Device enrolment: a station asks (with its public key), an administrator approves, revokes."""
from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from examcore.clock import utc_naive
from sync_server.context import ServerContext
from sync_server.models import Device


class EnrolmentRefused(Exception):
    pass


def add_request(s: Session, device_id: str, public_key: bytes, now: datetime, note: str) -> Device | None:
    """Remember a station that asks to deliver here; None if its key already belongs to another device."""
    if s.scalars(select(Device).where(Device.public_key == public_key)).first() is not None:
        return None
    device = Device(device_id=device_id, public_key=public_key, status="pending", requested_at=now, note=note)
    s.add(device)
    return device


def request_enrolment(ctx: ServerContext, device_id: str, public_key: bytes, note: str = "") -> Device:
    with ctx.sessions.begin() as s:
        existing = s.get(Device, device_id)
        if existing is not None:
            if existing.public_key != public_key:
                raise EnrolmentRefused(f"device id {device_id} is enrolled with another key")
            return existing
        device = add_request(s, device_id, public_key, utc_naive(ctx.clock.now()), note)
        if device is None:
            raise EnrolmentRefused("this key is already enrolled under another device id")
        return device


def approve_device(ctx: ServerContext, device_id: str, days: int | None = None) -> Device:
    with ctx.sessions.begin() as s:
        device = s.get(Device, device_id)
        if device is None:
            raise KeyError(device_id)
        now = utc_naive(ctx.clock.now())
        device.status, device.approved_at, device.revoked_at = "approved", now, None
        device.certificate_expires_at = now + timedelta(days=days or ctx.config.certificate_days)
        return device


def revoke_device(ctx: ServerContext, device_id: str) -> Device:
    with ctx.sessions.begin() as s:
        device = s.get(Device, device_id)
        if device is None:
            raise KeyError(device_id)
        device.status, device.revoked_at = "revoked", utc_naive(ctx.clock.now())
        return device
