"""USB bundles in: each result goes through the same ingest; a receipt file goes back to the station."""
from __future__ import annotations

from dataclasses import dataclass

from examcore.bundle import read_bundle
from examcore.receipt import receipt_file_bytes
from sync_server.context import ServerContext
from sync_server.ingest import Ingest, IngestOutcome


@dataclass(frozen=True)
class BundleImport:
    sender_id: str
    outcomes: list[IngestOutcome]

    def receipt_file(self) -> bytes:
        """Receipts for everything this server holds from the bundle (stored now or before)."""
        return receipt_file_bytes([o.receipt for o in self.outcomes if o.receipt is not None])


def import_bundle(ctx: ServerContext, data: bytes, ingest: Ingest | None = None) -> BundleImport:
    """Raises BundleError for a truncated, foreign or forged file (then nothing is stored)."""
    bundle = read_bundle(data)
    ingest = ingest or Ingest(ctx)
    return BundleImport(bundle.sender_id, ingest.ingest_many([e.to_bytes() for e in bundle.envelopes], "bundle",
                                                             expected_device=bundle.sender_id))
