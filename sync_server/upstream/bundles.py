"""USB bundles in: each result goes through the same ingest; a receipt file goes back to the station."""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from pathlib import Path
from typing import cast

from sqlalchemy import select

from examcore.bundle import export_bundle as write_bundle
from examcore.bundle import read_bundle
from examcore.errors import BundleError
from examcore.sealed import Envelope
from examcore.receipt import receipt_file_bytes
from examcore.study.receipt import sign_study_receipt
from sync_server.context import ServerContext
from sync_server.results.ingest import Ingest, IngestOutcome
from sync_server.models import Device, Result, StudyRecord
from sync_server.study.service import RecordOutcome, ingest_records


@dataclass(frozen=True)
class BundleImport:
    sender_id: str
    outcomes: list[IngestOutcome]
    study: list[RecordOutcome] = field(default_factory=list)
    study_receipt: str | None = None   # signed: the study records this server holds from the bundle

    relayed: bool = False              # a lower server's bundle (its stations' results), not a station's own
    named: list[tuple[str, str]] = field(default_factory=list)   # per result: (learner no, package id) it says
    reviews: list[dict] = field(default_factory=list)   # a lower server's decisions: review_relay.follow's answers

    def receipt_file(self) -> bytes:
        """Receipts for everything this server holds from the bundle (stored now or before)."""
        return receipt_file_bytes([o.receipt for o in self.outcomes if o.receipt is not None], self.study_receipt)

    @property
    def held(self) -> int:
        """Results and study records this server holds from the bundle (stored now or before): a receipt
        file is worth writing only when this is above 0."""
        return (sum(1 for o in self.outcomes if o.receipt is not None)
                + sum(1 for o in self.study if o.status in ("stored", "duplicate")))


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
        done = _import_bundle(ctx, bundle, ingest or Ingest(ctx), session)
        counts = Counter(o.status.value for o in done.outcomes)
        session.finish(", ".join(f"{status} {n}" for status, n in sorted(counts.items())) or "no results")
    return done


def _ingested(ingest: Ingest, blobs: list[bytes], session, **given) -> list[IngestOutcome]:
    """ingest_many in chunks of INGEST_CHUNK, in the file's order, the session told how far it got."""
    outcomes: list[IngestOutcome] = []
    session.stage("ingest", 0, len(blobs))
    for at in range(0, len(blobs), INGEST_CHUNK):
        chunk = slice(at, at + INGEST_CHUNK)   # (certificates and held rules go per result, as the blobs)
        per_result = {name: given[name][chunk] for name in ("certificates", "held_below") if given.get(name)}
        outcomes += ingest.ingest_many(blobs[chunk], **{**given, **per_result})
        session.stage("ingest", len(outcomes), len(blobs))
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
        outcomes = _ingested(ingest, blobs, session, source="bundle", expected_device=bundle.sender_id)
        if bundle.study:
            session.stage("study")
        return BundleImport(bundle.sender_id, outcomes, *_study(ctx, bundle, sender if known else None, relayed=False,
                                                                stranger=sender), named=_named(bundle.envelopes))
    if not known:
        raise BundleError("untrusted_sender", f"{bundle.sender_id} is not a server approved here "
                                              "(xuefa-server devices add-server its server-signing.key.pub)")
    outcomes = _ingested(ingest, blobs, session, source="relay", relayed_by=bundle.sender_id,
                         certificates=bundle.certificates, held_below=bundle.held)
    reviews = []
    if bundle.study or bundle.reviews:
        session.stage("study")
    if bundle.reviews:   # after the results: a decision on one of them finds it
        from sync_server.upstream.review_relay import follow
        with ctx.sessions.begin() as s:
            reviews = follow(s, cast(Device, sender), bundle.reviews, ctx.clock.now())   # known: approved here
    return BundleImport(bundle.sender_id, outcomes, *_study(ctx, bundle, sender, relayed=True), relayed=True,
                        named=_named(bundle.envelopes), reviews=reviews)


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


TIER = "tier"   # the Setting that says what this server is: "province" or "centre" (`init --province`, `set-tier`)


def enrols_stations(ctx: ServerContext) -> bool:
    """Whether stations enrol here (a centre), so that an unknown station's bundle is remembered as a request
    an administrator may approve. A province does not: a station must not skip its centre by carrying its
    file upward. The tier set at init (or with `set-tier`) decides; without one, it is inferred: a top
    server (no upstream) with lower servers and no station of its own is a province."""
    from sqlalchemy import select
    from sync_server.models import Setting
    with ctx.sessions() as s:
        tier = s.get(Setting, TIER)
        if tier is not None:
            return tier.value != "province"
        if s.get(Setting, "upstream_key") is not None:
            return True
        devices = list(s.scalars(select(Device.device_id).where(Device.status == "approved")))
    stations = [d for d in devices if d.startswith("station-")]
    return bool(stations) or len(stations) == len(devices)


def _study(ctx: ServerContext, bundle, sender: Device | None, relayed: bool,
           stranger: Device | None = None) -> tuple[list[RecordOutcome], str | None]:
    """The bundle's study records: a station's own (the station must be enrolled here), or a lower
    server's stations' records with their certificate chains. ``stranger``: the device row of a sender
    that is here but not approved with this key (revoked, waiting, another key)."""
    if not bundle.study:
        return [], None
    if sender is None and stranger is not None and (stranger.status == "revoked"
                                                    or stranger.public_key != bundle.sender_key):
        code, detail = (("device_revoked", f"station {bundle.sender_id} was revoked here")
                        if stranger.status == "revoked" else
                        ("device_key_mismatch", f"station {bundle.sender_id} signed with another key than the one "
                                                "approved here"))
        return [RecordOutcome(str(i), "refused", detail, code) for i in range(len(bundle.study))], None
    if sender is None:   # a station this server does not know: its records cannot be vouched for
        if not relayed:  # remembered as a request an administrator can approve, as for results
            from examcore.clock import utc_naive
            from sync_server.devices import SENT_STUDY_RECORDS, add_request
            with ctx.sessions.begin() as s:
                if s.get(Device, bundle.sender_id) is None:
                    add_request(s, bundle.sender_id, bundle.sender_key, utc_naive(ctx.clock.now()),
                                SENT_STUDY_RECORDS)
        return [RecordOutcome(str(i), "refused", f"station {bundle.sender_id} is not enrolled here; an "
                                                 "administrator can approve it (xuefa-server devices approve)",
                              "device_not_enrolled")
                for i in range(len(bundle.study))], None
    from sync_server.identity import upward_identity
    upward = upward_identity(ctx) if relayed else None
    with ctx.sessions.begin() as s:
        outcomes, held = ingest_records(
            s, bundle.study, device_id=bundle.sender_id, device_key=None if relayed else bundle.sender_key,
            source="bundle", now=ctx.clock.now(), relayer=s.get(Device, sender.device_id) if relayed else None,
            upward=upward)
    return outcomes, sign_study_receipt(held, ctx.keys.server_id, ctx.keys.signing)


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
