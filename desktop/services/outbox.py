"""The station's outbox: everything made here that must reach a server, and the one road it leaves by.

Two kinds of travelling record enter it where they are written, in the same transaction: a sealed result
(`attempts/sealing.py` adds its `outbox` row with the seal) and a signed study record or password change
(`study.py` appends it undelivered). Both roads drain this one outbox: LAN delivery
(`sync_steps.UpwardDelivery`) and a bundle file carried on a USB stick (`export`, then the centre's receipt
file through `apply_receipt_file`). Whatever road carried it, a record is cleared only by a receipt signed by
a server this station trusts and naming the record's exact content; until then it stays and is sent again.
"""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session, sessionmaker

from desktop.store.models import OutboxItem, SealedResult, Setting, StudyRecordRow, TrustedServer
from desktop.store.station_keys import StationKeys
from examcore.bundle import Bundle, export_bundle, read_bundle
from examcore.clock import Clock, utc_naive
from examcore.errors import BundleError
from examcore.receipt import (Receipt, ReceiptError, read_receipt, read_receipt_file, refusals_in_file,
                             study_receipt_in_file)
from examcore.sealed import Envelope
from examcore.study.receipt import read_study_receipt, record_hash
from examcore.study.records import RecordKind

LARGEST_BUNDLE_READ = 512 * 1024 * 1024   # a file this large on the stick is no station's bundle


LAST_RECEIPT_FILE = "last_receipt_file_at"   # setting: when a receipt file (the USB road) last confirmed something


@dataclass(frozen=True)
class Cleared:
    """What one receipt file cleared: ``results`` results, and study records counted by RecordKind value
    (``records``: {"reading": 3, "password": 1, …}); ``unmatched``: result receipts naming no result of
    this station (another station's file, or content that differs); ``records_unmatched`` the same for
    study records."""
    results: int = 0
    unmatched: int = 0
    records: dict[str, int] = field(default_factory=dict)
    records_unmatched: int = 0   # study receipts naming no record of this station (or another content)
    already: int = 0   # results it names that an earlier receipt confirmed (the same file imported again)
    refused: tuple[dict, ...] = ()   # the server's refusals of this station's results: {result_id, reason, detail}


class Outbox:
    def __init__(self, sessions: sessionmaker[Session], keys: StationKeys, clock: Clock):
        self._sessions, self._keys, self._clock = sessions, keys, clock

    # --- what waits ------------------------------------------------------------------------------

    def pending_results(self) -> list[Envelope]:
        """Sealed results no server has confirmed, oldest seal first."""
        with self._sessions() as s:
            rows = s.scalars(select(SealedResult.envelope).join(OutboxItem)
                             .where(OutboxItem.state == "pending").order_by(SealedResult.sealed_at))
            return [Envelope.from_bytes(b) for b in rows]

    def pending_records(self, limit: int | None = 500) -> list[dict[str, str]]:
        """Signed study records (and password changes) no server has confirmed, oldest first, as sent:
        ``{"record": canonical JSON, "signature": …}`` (``limit`` None: all of them)."""
        return self._waiting_records(0, limit)[1]

    def record_batches(self, size: int) -> Iterator[list[dict[str, str]]]:
        """The waiting study records in batches of ``size``, oldest first, as pending_records gives them;
        each batch is read after the one before was handled and starts past it, so a record the server
        refused (it stays here) is sent once a sync, never ahead of the others again."""
        after = 0
        while True:
            after, batch = self._waiting_records(after, size)
            if not batch:
                return
            yield batch

    def _waiting_records(self, after: int, limit: int | None) -> tuple[int, list[dict[str, str]]]:
        """(the last seq read, the waiting records after ``after`` by seq, at most ``limit``)."""
        with self._sessions() as s:
            rows = s.execute(select(StudyRecordRow.seq, StudyRecordRow.body, StudyRecordRow.signature)
                             .where(StudyRecordRow.delivered_at.is_(None), StudyRecordRow.seq > after)
                             .order_by(StudyRecordRow.seq).limit(limit)).all()
        return (rows[-1][0] if rows else after), [{"record": body, "signature": sig} for _seq, body, sig in rows]

    def count_records(self, kind: RecordKind | None = None) -> int:
        """Study records waiting for a server's receipt (of one kind: the password changes, when given)."""
        query = select(func.count()).select_from(StudyRecordRow).where(StudyRecordRow.delivered_at.is_(None))
        with self._sessions() as s:
            return s.scalar(query if kind is None else query.where(StudyRecordRow.kind == kind.value)) or 0

    def named(self, record_ids: list[str]) -> dict[str, tuple[str, str]]:
        """What each study record is, to name it where it is refused: record id -> (kind, learner no)."""
        with self._sessions() as s:
            return {rid: (kind, learner) for rid, kind, learner in s.execute(
                select(StudyRecordRow.record_id, StudyRecordRow.kind, StudyRecordRow.learner_no)
                .where(StudyRecordRow.record_id.in_(record_ids)))}

    # --- receipts --------------------------------------------------------------------------------

    def trust_server(self, public_key: bytes, name: str) -> None:
        """Accept receipts signed with ``public_key`` (the server's signing key, Ed25519 raw bytes)."""
        with self._sessions.begin() as s:
            if s.get(TrustedServer, public_key) is None:
                s.add(TrustedServer(public_key=public_key, name=name, added_at=utc_naive(self._clock.now())))

    def clear_results(self, receipts: list[bytes]) -> tuple[int, int]:
        """Clear the results named by receipts received one by one over the network. Returns (cleared now,
        not matching any result here). ReceiptError when one does not verify under a trusted server's key;
        then nothing changes."""
        with self._sessions.begin() as s:
            trusted = self._trusted(s)
            return self._clear_results(s, [read_receipt(r, trusted) for r in receipts])[:2]

    def clear_records(self, receipt: str) -> dict[str, int]:
        """Clear the study records a server's study receipt names with their exact content; returns how many
        were cleared by RecordKind value. ReceiptError when it does not verify; then nothing changes."""
        with self._sessions.begin() as s:
            return self._clear_records(s, receipt)[0]

    def apply_receipt_file(self, data: bytes) -> Cleared:
        """A centre's receipt file for a bundle (results, and the study records when it carries their
        receipt), applied in one transaction. ReceiptError for a file that is not a receipt file or is not
        signed by a trusted server; then nothing changes."""
        with self._sessions.begin() as s:
            try:
                receipts = read_receipt_file(data, self._trusted(s))
            except ReceiptError as exc:   # a file from an unknown signer that names no result of this station: a
                # centre's or another station's, never "trust that server" (round 91: a station was told to
                # trust the province for a centre's receipt file)
                if exc.code == "untrusted_server" and (named := read_receipt_file(data, None)) and \
                        not any(s.get(OutboxItem, r.result_id) is not None for r in named):
                    raise ReceiptError("names_nothing_here", "the receipts name no result of this station") from exc
                raise
            refused = tuple(o for o in refusals_in_file(data, self._trusted(s))   # why the others stay here
                            if s.get(OutboxItem, o["result_id"]) is not None)
            results, unmatched, already = self._clear_results(s, receipts)
            study_receipt = study_receipt_in_file(data)
            records, strangers = self._clear_records(s, study_receipt) if study_receipt else ({}, 0)
            if results or any(records.values()):   # delivered by USB: `xuefa status` says when (it said "never")
                s.merge(Setting(key=LAST_RECEIPT_FILE, value=self._clock.now().isoformat(timespec="seconds")))
        return Cleared(results, unmatched, records, strangers, already, refused)

    @staticmethod
    def _trusted(s: Session) -> set[bytes]:
        return set(s.scalars(select(TrustedServer.public_key)))

    def _clear_results(self, s: Session, receipts: list[Receipt]) -> tuple[int, int, int]:
        """(cleared now, naming no result here with that content, confirmed before)."""
        cleared = unmatched = already = 0
        for receipt in receipts:
            row = s.get(OutboxItem, receipt.result_id)
            sealed = s.get(SealedResult, receipt.result_id)
            if row is None or sealed is None or sealed.content_hash != receipt.content_hash:
                unmatched += 1
            elif row.state == "pending":
                row.state, row.delivered_at = "delivered", utc_naive(self._clock.now())
                cleared += 1
            else:
                already += 1
        return cleared, unmatched, already

    def _clear_records(self, s: Session, receipt: str) -> tuple[dict[str, int], int]:
        """(cleared by RecordKind value, receipts naming no record here with that content)."""
        held = read_study_receipt(receipt, self._trusted(s))
        ids = list(held)
        cleared: dict[str, int] = {}
        matched = 0
        for start in range(0, len(ids), 500):   # a file may confirm tens of thousands: keep each query small
            for row in s.scalars(select(StudyRecordRow).where(StudyRecordRow.record_id.in_(ids[start:start + 500]))):
                if record_hash(row.body) != held[row.record_id]:
                    continue
                matched += 1
                if row.delivered_at is None:
                    row.delivered_at = utc_naive(self._clock.now())
                    cleared[row.kind] = cleared.get(row.kind, 0) + 1
        return cleared, len(held) - matched

    # --- the USB road ----------------------------------------------------------------------------

    def export(self, path: Path, records: list[dict] | None = None,
               results: list[Envelope] | None = None) -> Bundle:
        """Write every undelivered result and study record to the bundle file ``path`` (``records``,
        ``results``: what the caller already read, or to send fewer); they stay pending until a receipt
        comes back.

        Raises BundleError ``other_station_file`` when ``path`` is another station's bundle and
        ``not_a_results_file`` when it is some other file: one station's export never replaces what is on a
        stick for another (this station's own earlier bundle is replaced: everything in it that is not yet
        receipted is in the new one); OSError when the stick cannot take it (nothing is marked)."""
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
        results = self.pending_results() if results is None else results
        records = self.pending_records(limit=None) if records is None else records
        bundle = export_bundle(path, results, self._keys.device_key, self._keys.device_id, study=records)
        with self._sessions.begin() as s:
            s.execute(update(OutboxItem).where(OutboxItem.result_id.in_([e.result_id for e in results]))
                      .values(exported_at=utc_naive(self._clock.now())))
        return bundle

