"""USB bundles in: each result goes through the same ingest; a receipt file goes back to the station."""
from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import cast

from sqlalchemy import select

from examcore.bundle import export_bundle as write_bundle
from examcore.bundle import read_bundle
from examcore.cli_text import Words
from examcore.errors import BundleError
from examcore.sealed import Envelope
from examcore.receipt import receipt_file_bytes, sign_refusals
from sync_server.context import ServerContext
from sync_server.identity import enrols_stations, is_server
from sync_server.intake import HOLDS, Delivery, Intake
from sync_server.results.ingest import Ingest, IngestOutcome
from sync_server.models import Device, Result, StudyRecord
from sync_server.study.service import RecordOutcome, StudyIntake


@dataclass(frozen=True)
class BundleImport:
    sender_id: str
    outcomes: list[IngestOutcome]
    study: list[RecordOutcome] = field(default_factory=list)
    study_receipt: str | None = None   # signed: the study records this server holds from the bundle

    relayed: bool = False              # a lower server's bundle (its stations' results), not a station's own
    named: list[tuple[str, str]] = field(default_factory=list)   # per result: (learner no, package id) it says
    reviews: list[dict] = field(default_factory=list)   # a lower server's decisions: review_relay.follow's answers
    refusals: str | None = None        # signed: the bundle's results refused here and why (examcore/receipt.py)

    def receipt_file(self) -> bytes:
        """Receipts for everything this server holds from the bundle (stored now or before), and why the
        others were refused."""
        return receipt_file_bytes([o.receipt for o in self.outcomes if o.receipt is not None and o.status in HOLDS],
                                  self.study_receipt, self.refusals)

    @property
    def held(self) -> int:
        """Results and study records this server holds from the bundle (stored now or before): a receipt
        file is worth writing only when this is above 0."""
        return (sum(1 for o in self.outcomes if o.status in HOLDS)
                + sum(1 for o in self.study if o.status in HOLDS))


INGEST_CHUNK = 500   # results stored per transaction, the import's progress written between (a relay's batch)


def import_bundle(ctx: ServerContext, data: bytes, ingest: Ingest | None = None,
                  how: str = "the import-bundle command") -> BundleImport:
    """Raises BundleError for a truncated, foreign or forged file, or this server's own (then nothing is
    stored); transfer_sessions.SyncRunning while another import of the same sender's bundle runs, in any
    process or host of this server (then nothing was read into the database). ``how``: who imports it
    (transfer_sessions.owner_words), said to a second import meanwhile and kept with the session's row.

    A station's bundle holds its own results; a lower server's bundle holds its stations' results with
    their certificates, and the sender must be a server enrolled here (online, or `devices add-server`).
    Each import is a transfer session (its stage, results stored of how many, who, how it ended)."""
    from sync_server.upstream.transfer_sessions import bundle_kind, held
    bundle = read_bundle(data)
    with held(ctx, how, kind=bundle_kind(bundle.sender_id), about=bundle.sender_id) as session:
        try:
            done = _import_bundle(ctx, bundle, ingest or Ingest(ctx), session)
            refused = [{"result_id": o.result_id, "reason": o.reason, "detail": o.detail} for o in done.outcomes
                       if o.result_id and o.status.value in ("refused", "conflict")]
            not_taken = [{"record_id": o.record_id, "detail": str(o.detail),
                          "detail_words": o.detail.to_dict() if isinstance(o.detail, Words) else None}
                         for o in done.study if o.status.value == "stored" and o.detail]   # (an account record)
            accounts = _passwords_held(ctx, [o.record_id for o in done.study if o.status in HOLDS]) \
                if done.relayed else []   # (a station's own file: its passwords come with its next sync)
            if refused or not_taken or accounts:   # told back on the receipt file, as the relay and the pull tell
                # them (issue 20, rounds 91, 93, 95: a USB-only centre never heard of a later reset here)
                done = replace(done, refusals=sign_refusals(refused, ctx.keys.signing, not_taken, accounts))
        except BundleError as exc:   # refused whole, nothing stored: an import that ended, never one that stopped
            session.finish(f"refused: {exc.code}")   # halfway (`status` had said so for ever: "import it again")
            raise
        counts = Counter(o.status.value for o in done.outcomes)
        session.finish(", ".join(f"{status} {n}" for status, n in sorted(counts.items())) or "no results")
    return done


def _passwords_held(ctx: ServerContext, record_ids: Sequence[str]) -> list[dict]:
    """The password this server holds of each learner whose account records (a password change or reset) are
    among ``record_ids``: what the sender's pull would bring down, for the receipt file."""
    from sync_server.models import Learner
    with ctx.sessions() as s:
        learners = sorted({learner for start in range(0, len(record_ids), 500) for learner in s.scalars(
            select(StudyRecord.learner_no).where(StudyRecord.record_id.in_(record_ids[start:start + 500]),
                                                 StudyRecord.kind.in_(("password", "reset"))))})
        rows = [s.get(Learner, learner) for learner in learners]
        return [{"learner_no": r.learner_no, "password_hash": r.password_hash, "password_version": r.password_version,
                 "must_change_password": bool(r.must_change_password),
                 "password_expires_at": r.password_expires_at.isoformat() if r.password_expires_at else None}
                for r in rows if r is not None]


def _taken(intake: Intake, items: Sequence, delivery: Delivery, session, stage: str) -> list:
    """``intake.take`` in chunks of INGEST_CHUNK, in the file's order, the session told how far it got."""
    outcomes: list = []
    session.stage(stage, 0, len(items))
    for at in range(0, len(items), INGEST_CHUNK):
        chunk = slice(at, at + INGEST_CHUNK)
        outcomes += intake.take(items[chunk], delivery.part(chunk))
        session.stage(stage, len(outcomes), len(items))
    return outcomes


def _import_bundle(ctx: ServerContext, bundle, ingest: Ingest, session) -> BundleImport:
    if bundle.sender_id == ctx.keys.server_id or bundle.sender_key == ctx.keys.signing.public_raw():
        # its own export-bundle brought back: said as that, never "approve the server that wrote it"
        raise BundleError("own_bundle", f"{bundle.sender_id} is this server: the file is for its upstream")
    blobs = [e.to_bytes() for e in bundle.envelopes]
    with ctx.sessions() as s:
        sender = s.get(Device, bundle.sender_id)
    known = sender is not None and sender.public_key == bundle.sender_key and sender.status == "approved"
    from_a_server = bundle.reviews or (bundle.study and any("certificate" in r for r in bundle.study))
    if bundle.certificates is None and not from_a_server:   # (a server's file may hold only decisions)
        if sender is None and not enrols_stations(ctx):
            raise BundleError("station_not_here", f"{bundle.sender_id} is a station, and this server receives "
                                                  "stations' results through their centre: import the file at "
                                                  "the centre that station is enrolled with")
        own = Delivery("bundle", bundle.sender_id, key=bundle.sender_key)
        outcomes = _taken(ingest, blobs, own, session, "ingest")
        return BundleImport(bundle.sender_id, outcomes, *_study(ctx, bundle, own, session),
                            named=_named(bundle.envelopes))
    if not known:
        raise BundleError("untrusted_sender", f"{bundle.sender_id} is not a server approved here "
                                              "(xuefa-server devices add-server its server-signing.key.pub)")
    if not is_server(bundle.sender_id, bundle.sender_key):   # a station vouching for stations it certified
        raise BundleError("not_a_server", f"{bundle.sender_id} is a station: a station's file carries only its own "
                                          "results and records, never others' with certificates")
    if bundle.envelopes and bundle.certificates is None:   # (an outside tester's file: an AssertionError below)
        raise BundleError("entry_mismatch", "a server's file carries each result with its station's certificate; "
                                            "these results have none")
    outcomes = _taken(ingest, blobs, Delivery("relay", bundle.sender_id, relayed=True, chains=bundle.certificates,
                                              held_below=bundle.held), session, "ingest")
    reviews = []
    if bundle.reviews:   # after the results: a decision on one of them finds it
        session.stage("study")
        from sync_server.upstream.review_relay import follow
        with ctx.sessions.begin() as s:
            reviews = follow(s, cast(Device, sender), bundle.reviews, ctx.clock.now())   # known: approved here
    return BundleImport(bundle.sender_id, outcomes,
                        *_study(ctx, bundle, Delivery("bundle", bundle.sender_id, relayed=True), session),
                        relayed=True, named=_named(bundle.envelopes), reviews=reviews)


def _named(envelopes) -> list[tuple[str, str]]:
    """Whose result each envelope says it is, and of which package, to name a refused one ("" where the
    envelope is too damaged to say)."""
    named = []
    for envelope in envelopes:
        try:
            meta = envelope.meta
            named.append((str(meta.get("learner_no", "")), str(meta.get("package_id", ""))))
        except (ValueError, TypeError, AttributeError):
            named.append(("", ""))
    return named




def _study(ctx: ServerContext, bundle, delivery: Delivery, session) -> tuple[list[RecordOutcome], str | None]:
    """The bundle's study records, as ``delivery`` hands them in (a station's own, or a lower server's
    stations' with their certificate chains), and the receipt for those held."""
    if not bundle.study:
        return [], None
    intake = StudyIntake(ctx)
    outcomes = _taken(intake, bundle.study, delivery, session, "study")
    held = [o for o in outcomes if o.status in HOLDS]
    return outcomes, intake.receipts(held)[0] if held else None


def export_bundle(ctx: ServerContext, path: Path, everything: bool = False) -> tuple[int, int, int]:
    """The results and study records the upstream has not confirmed yet (``everything``: all held), with
    their stations' certificates, the rules each result is held for here and the review decisions the
    upstream has not heard, for the upstream by USB. Returns (results, study records, decisions)."""
    from sync_server.upstream.relay import held_for, upward_chains
    from sync_server.identity import identity
    from sync_server.upstream.review_relay import item_of, untold
    with ctx.sessions() as s:
        query = select(Result).order_by(Result.received_at, Result.result_id)
        if not everything:
            query = query.where(Result.upstream_ack_at.is_(None))
        rows = list(s.scalars(query))
        certificates = [chain if len(chain) > 1 else chain[0] for chain in upward_chains(ctx, s, rows)]
        envelopes = [Envelope.from_bytes(r.envelope) for r in rows]
        held = [held_for(r) for r in rows]
        study_query = select(StudyRecord).order_by(StudyRecord.received_at, StudyRecord.record_id)
        if not everything:
            study_query = study_query.where(StudyRecord.upstream_ack_at.is_(None))
        study_rows = list(s.scalars(study_query))
        study = [{"record": r.body, "signature": r.signature, "certificate": chain[0], "via": chain[1:]}
                 for r, chain in zip(study_rows, upward_chains(ctx, s, study_rows), strict=True)]
        # every decision the upstream has not heard over the network (a file gets no answer: the same
        # decision again is answered as before up there)
        reviews = [item_of(r) for r in untold(s, acknowledged_only=False)]
    me = identity(ctx)
    write_bundle(path, envelopes, me.device_key, me.device_id, certificates, study, held, reviews)
    return len(envelopes), len(study), len(reviews)
