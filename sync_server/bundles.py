"""USB bundles in: each result goes through the same ingest; a receipt file goes back to the station."""
from __future__ import annotations

from dataclasses import dataclass

from pathlib import Path

from sqlalchemy import select

from examcore.bundle import export_bundle as write_bundle
from examcore.bundle import read_bundle
from examcore.errors import BundleError
from examcore.sealed import Envelope
from examcore.receipt import receipt_file_bytes
from sync_server.context import ServerContext
from sync_server.ingest import Ingest, IngestOutcome
from sync_server.models import Device, Result


@dataclass(frozen=True)
class BundleImport:
    sender_id: str
    outcomes: list[IngestOutcome]

    def receipt_file(self) -> bytes:
        """Receipts for everything this server holds from the bundle (stored now or before)."""
        return receipt_file_bytes([o.receipt for o in self.outcomes if o.receipt is not None])


def import_bundle(ctx: ServerContext, data: bytes, ingest: Ingest | None = None) -> BundleImport:
    """Raises BundleError for a truncated, foreign or forged file (then nothing is stored).

    A station's bundle holds its own results; a lower server's bundle holds its stations' results with
    their certificates, and the sender must be a server enrolled here (online, or `devices add-server`)."""
    bundle = read_bundle(data)
    ingest = ingest or Ingest(ctx)
    blobs = [e.to_bytes() for e in bundle.envelopes]
    if bundle.certificates is None:
        return BundleImport(bundle.sender_id, ingest.ingest_many(blobs, "bundle", expected_device=bundle.sender_id))
    with ctx.sessions() as s:
        sender = s.get(Device, bundle.sender_id)
    if sender is None or sender.public_key != bundle.sender_key or sender.status != "approved":
        raise BundleError("untrusted_sender", f"{bundle.sender_id} is not a server approved here "
                                              "(xuefa-server devices add-server its server-signing.key.pub)")
    return BundleImport(bundle.sender_id, ingest.ingest_many(blobs, "relay", relayed_by=bundle.sender_id,
                                                             certificates=bundle.certificates))


def export_bundle(ctx: ServerContext, path: Path, everything: bool = False) -> int:
    """The results the upstream has not confirmed yet (``everything``: all held), with their stations'
    certificates, for the upstream by USB."""
    from sync_server.relay import identity, upward_chains
    with ctx.sessions() as s:
        query = select(Result).order_by(Result.received_at, Result.result_id)
        if not everything:
            query = query.where(Result.upstream_ack_at.is_(None))
        rows = list(s.scalars(query))
        certificates = [chain if len(chain) > 1 else chain[0] for chain in upward_chains(ctx, s, rows)]
        envelopes = [Envelope.from_bytes(r.envelope) for r in rows]
    me = identity(ctx)
    write_bundle(path, envelopes, me.device_key, me.device_id, certificates)
    return len(envelopes)
