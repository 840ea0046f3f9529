"""Handing sealed results over without a network: a bundle file on a USB stick."""
from __future__ import annotations

from pathlib import Path

from sqlalchemy import select, update
from sqlalchemy.orm import Session, sessionmaker

from desktop.store.models import OutboxItem, SealedResult
from desktop.store.station_keys import StationKeys
from examcore.bundle import Bundle, export_bundle
from examcore.clock import Clock, utc_naive
from examcore.sealed import Envelope


class ResultsExport:
    def __init__(self, sessions: sessionmaker[Session], keys: StationKeys, clock: Clock):
        self._sessions = sessions
        self._keys = keys
        self._clock = clock

    def pending(self) -> list[Envelope]:
        with self._sessions() as s:
            rows = s.scalars(select(SealedResult.envelope).join(OutboxItem)
                             .where(OutboxItem.state == "pending").order_by(SealedResult.sealed_at))
            return [Envelope.from_bytes(b) for b in rows]

    def export(self, path: Path) -> Bundle:
        """Write all undelivered results to ``path``; they stay pending until a receipt comes back."""
        envelopes = self.pending()
        bundle = export_bundle(Path(path), envelopes, self._keys.device_key, self._keys.device_id)
        with self._sessions.begin() as s:
            s.execute(update(OutboxItem).where(OutboxItem.result_id.in_([e.result_id for e in envelopes]))
                      .values(exported_at=utc_naive(self._clock.now())))
        return bundle
