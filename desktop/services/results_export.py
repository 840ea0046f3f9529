"""Handing sealed results over without a network: a bundle file on a USB stick."""
from __future__ import annotations

from pathlib import Path

from sqlalchemy import select, update
from sqlalchemy.orm import Session, sessionmaker

from desktop.store.models import OutboxItem, SealedResult, TrustedServer
from desktop.store.station_keys import StationKeys
from examcore.bundle import Bundle, export_bundle, read_bundle
from examcore.clock import Clock, utc_naive
from examcore.errors import BundleError
from examcore.receipt import read_receipt, read_receipt_file
from examcore.sealed import Envelope

LARGEST_BUNDLE_READ = 512 * 1024 * 1024   # a file this large on the stick is no station's bundle


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

    def trust_server(self, public_key: bytes, name: str) -> None:
        with self._sessions.begin() as s:
            if s.get(TrustedServer, public_key) is None:
                s.add(TrustedServer(public_key=public_key, name=name, added_at=utc_naive(self._clock.now())))

    def apply_receipts(self, data: bytes) -> tuple[int, int]:
        """Clear delivered results from the outbox with a server's receipt file.

        Returns (cleared now, not matching any pending result). Raises ReceiptError for a file that is
        not a receipt file or not signed by a trusted server; then nothing changes."""
        return self._apply(lambda trusted: read_receipt_file(data, trusted))

    def apply_signed_receipts(self, receipts: list[bytes]) -> tuple[int, int]:
        """The same for receipts received one by one over the network."""
        return self._apply(lambda trusted: [read_receipt(r, trusted) for r in receipts])

    def _apply(self, read) -> tuple[int, int]:
        with self._sessions.begin() as s:
            trusted = set(s.scalars(select(TrustedServer.public_key)))
            receipts = read(trusted)
            cleared = unmatched = 0
            for receipt in receipts:
                row = s.get(OutboxItem, receipt.result_id)
                sealed = s.get(SealedResult, receipt.result_id)
                if row is None or sealed is None or sealed.content_hash != receipt.content_hash:
                    unmatched += 1
                elif row.state == "pending":
                    row.state, row.delivered_at = "delivered", utc_naive(self._clock.now())
                    cleared += 1
        return cleared, unmatched

    def export(self, path: Path, study: list[dict] | None = None,
               envelopes: list[Envelope] | None = None) -> Bundle:
        """Write all undelivered results (``envelopes``: the ``pending()`` the caller already read) and the
        given signed study records to ``path``; they stay pending until a receipt comes back.

        Raises BundleError ``other_station_file`` when ``path`` is another station's bundle and
        ``not_a_results_file`` when it is some other file: one station's export never replaces what is on a
        stick for another (this station's own earlier bundle is replaced: everything in it that is not yet
        receipted is in the new one)."""
        path = Path(path)
        if path.exists():
            try:
                if path.stat().st_size > LARGEST_BUNDLE_READ:
                    raise BundleError("not_a_bundle", f"{path.stat().st_size:,} bytes")
                there = read_bundle(path.read_bytes())
            except BundleError as exc:
                raise BundleError("not_a_results_file", f"{path} exists and is no bundle: {exc}") from exc
            if there.sender_id != self._keys.device_id:
                raise BundleError("other_station_file", there.sender_id)
        envelopes = self.pending() if envelopes is None else envelopes
        bundle = export_bundle(Path(path), envelopes, self._keys.device_key, self._keys.device_id, study=study)
        with self._sessions.begin() as s:
            s.execute(update(OutboxItem).where(OutboxItem.result_id.in_([e.result_id for e in envelopes]))
                      .values(exported_at=utc_naive(self._clock.now())))
        return bundle
