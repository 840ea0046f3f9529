"""Relaying results upward (centre -> province, any number of tiers): ask first, send what is missing,
remember how far it got, and end with a count and hash check of what both sides hold.

The upstream verifies the original station envelopes itself; the certificate this server gave each
station stands in for the station's enrolment up there."""
from __future__ import annotations

import hashlib
import json
import logging
import time
from collections import deque
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from typing import NamedTuple, TypeVar

from sqlalchemy import or_, select, tuple_

from examcore.sync_client import SyncClient, SyncError, server_address
from examcore.clock import utc_naive
from examcore.station_certificates import chain_of
from sync_server.context import ServerContext
from sync_server.devices import certificate
from sync_server.faults import crash_point
from sync_server.identity import identity, own_certificate, save_setting, setting
from sync_server.models import Device, Result, Setting, StudyRecord
from sync_server.results.counted import HELD_PREFIX, hold_also
from sync_server.upstream.review_relay import ReviewsTold, relay_reviews

log = logging.getLogger(__name__)
T = TypeVar("T")

CHUNK = 200
MAX_IN_FLIGHT = 16
# seconds before each new try of a chunk whose connection dropped or whose gateway found no host: a
# province on several hosts behind a proxy loses the chunks in flight on a host that stops, and the
# other hosts take them (every chunk asks first, so one that did arrive is not stored twice)
RETRY_PAUSES = (1.0, 2.0, 4.0)
# the connection dropped; a proxy found no host; a host lost its database for a moment, or failed (503);
# a proxy passed a request on to another host after the first had taken its nonce, twice running (the
# client signs anew once itself, examcore/sync_client.py)
PASSING = frozenset({"unreachable", "no_answer", "gateway", "database_unavailable", "server_error", "replayed"})


def digest_of(rows: Iterable[tuple[str, str]]) -> str:
    lines = sorted(f"{result_id}:{content_hash}" for result_id, content_hash in rows)
    return hashlib.sha256("\n".join(lines).encode()).hexdigest()


def lacking(s, kind: str, ids: Sequence[str]) -> list[str]:
    """The upper side's answer to /relay/missing: which of ``ids`` (results, or study records with ``kind``
    "study") a lower server should send, in its order. One held here that no lower server vouches for (its
    station delivered it here itself) is asked for once: sent, it is the sender's too (results/ingest.py,
    study/service.py), so the sender's totals count it and a later loss of it here is found."""
    table, key = (StudyRecord, StudyRecord.record_id) if kind == "study" else (Result, Result.result_id)
    have = set(s.scalars(select(key).where(key.in_(list(ids)), table.relayed_by.is_not(None))))
    return [i for i in ids if i not in have]


def held_from(s, kind: str, sender: str) -> tuple[int, str]:
    """The upper side's totals for /relay/summary: how many results (or study records) ``sender`` vouches
    for here, and their digest_of."""
    table, key = (StudyRecord, StudyRecord.record_id) if kind == "study" else (Result, Result.result_id)
    rows = list(s.execute(select(key, table.content_hash).where(table.relayed_by == sender)))
    return len(rows), digest_of(rows)


def set_upstream(ctx: ServerContext, url: str, code: str | None, fingerprint: str | None = None,
                 proxy: str | None = None) -> str:
    """Enrol this server with its upstream; returns approved or pending. https:// needs the upstream's
    certificate: the code's last four groups carry it, or ``fingerprint``; a server showing another one is
    refused (SyncError wrong_server), and the pin is kept for every later request. ``proxy``
    (http://host:port) is the only proxy the relay ever uses, kept with the upstream; none when not given."""
    from examcore.sync_client import secret_and_pin
    from examcore.tls_pin import Pins
    secret, pin = secret_and_pin(code, fingerprint)
    met: list[str] = []
    try:
        enrolment = SyncClient(url, identity(ctx), pins=Pins(pin) if pin else None,
                               on_seen=met.append, proxy=proxy).enrol(ctx.keys.name, secret)
    except SyncError as exc:
        if exc.code == "certificate_changed":
            raise SyncError("wrong_server", f"the server at {url} shows a certificate other than the one the "
                                            "code or fingerprint names: check both with its administrator") from exc
        raise
    with ctx.sessions.begin() as s:
        s.merge(Setting(key="upstream_url", value=server_address(url)))   # as the client uses it
        s.merge(Setting(key="upstream_key", value=enrolment.server_key.hex()))
        for key in ("upstream_tls_pin", "upstream_tls_next", "upstream_proxy"):
            if (row := s.get(Setting, key)) is not None:
                s.delete(row)
        s.flush()
        if met:
            s.add(Setting(key="upstream_tls_pin", value=met[-1]))
        if proxy:
            s.add(Setting(key="upstream_proxy", value=proxy))
    return enrolment.status


def upstream_client(ctx: ServerContext) -> SyncClient:
    """A client for the upstream, pinned to its certificate (and to the next one it announced)."""
    from examcore.tls_pin import Pins
    url = setting(ctx, "upstream_url")
    if url is None:
        raise SyncError("no_upstream", "no upstream server is set: run `xuefa-server set-upstream URL`")
    current, nxt = setting(ctx, "upstream_tls_pin"), setting(ctx, "upstream_tls_next")
    pins = Pins(current, nxt) if current else None

    def seen(fingerprint: str) -> None:   # the upstream switched to the certificate it announced
        if pins is not None and nxt and fingerprint.startswith(nxt) and fingerprint != current:
            with ctx.sessions.begin() as s:
                s.merge(Setting(key="upstream_tls_pin", value=fingerprint))
                if (row := s.get(Setting, "upstream_tls_next")) is not None:
                    s.delete(row)
    return SyncClient(url, identity(ctx), pins=pins, on_seen=seen, proxy=setting(ctx, "upstream_proxy"))


@dataclass(frozen=True)
class RelayReport:
    sent: int
    already_there: int
    refused: list[dict]
    count: int            # results this server holds
    match: bool           # the upstream holds exactly those (count and digest)
    upstream_count: int = 0   # results the upstream holds from this server
    reviews: ReviewsTold | None = None   # decisions on held results, told after the results
    reviews_failed: SyncError | None = None   # why telling them stopped (they are told on the next run)


def _after_cursor(query, cursor):
    """The results after the cursor, and those before it the upstream has not confirmed (refused at an
    earlier relay, or received with a clock set back): a refused result is tried again at every relay
    without holding the cursor back, which made each relay ask about every result after it again."""
    if cursor:
        query = query.where(or_(tuple_(Result.received_at, Result.result_id) > tuple_(_parse(cursor[0]), cursor[1]),
                                Result.upstream_ack_at.is_(None)))
    return query


def pending_relay(ctx: ServerContext) -> int:
    """Results the upstream has not confirmed yet (by relay, or by a receipt file carried back)."""
    from sqlalchemy import func
    with ctx.sessions() as s:
        return s.scalar(select(func.count()).select_from(Result).where(Result.upstream_ack_at.is_(None))) or 0


def acknowledge(ctx: ServerContext, ids: list[str]) -> None:
    from sqlalchemy import update
    if ids:
        with ctx.sessions.begin() as s:
            s.execute(update(Result).where(Result.result_id.in_(ids), Result.upstream_ack_at.is_(None))
                      .values(upstream_ack_at=utc_naive(ctx.clock.now())))


class ReceiptsApplied(NamedTuple):
    confirmed: int   # results confirmed by this file, newly
    unmatched: int   # receipts for no result held here (or for another content)
    already: int = 0   # results the upstream had confirmed before (the same file again)
    study: int = 0     # study records, password changes and resets confirmed by this file, newly
    refused: tuple[dict, ...] = ()   # the upstream's refusals the file carries: {"result_id", "reason", "detail"}
    not_taken: tuple[dict, ...] = ()   # account records kept, not taken: {record_id, kind, learner_no, detail, …}
    study_already: int = 0   # study records it names that were confirmed before (the same file again)
    passwords: tuple[str, ...] = ()   # learners whose password the file brought down (a later one up there)


def apply_upstream_receipts(ctx: ServerContext, data: bytes) -> ReceiptsApplied:
    """A receipt file from the upstream (after a USB bundle): mark what it confirms. Raises ReceiptError
    for a file not signed by the upstream; then nothing changes."""
    from examcore.receipt import read_receipt_file
    _refuse_own(ctx, data)
    from examcore.receipt import ReceiptError
    key = setting(ctx, "upstream_key")
    if key is None:
        read_receipt_file(data, None)   # a file that is no receipt file at all is said to be that first
        raise ReceiptError("untrusted_upstream", "this server knows no upstream key: run `xuefa-server "
                                                 "trust-upstream UPSTREAM.pub` (or set-upstream) first")
    try:
        receipts = read_receipt_file(data, {bytes.fromhex(key)})
    except ReceiptError as exc:   # a server trusts its upstream by trust-upstream: the station's words would mislead
        if exc.code != "untrusted_server":
            raise
        raise ReceiptError("untrusted_upstream", exc.detail) from exc
    held: dict[str, str] = {}
    acked: set[str] = set()
    study_held = _study_receipt(data, bytes.fromhex(key))   # checked before anything is marked: all or nothing
    from examcore.receipt import accounts_in_file, not_taken_in_file, refusals_in_file
    try:
        refused = refusals_in_file(data, {bytes.fromhex(key)})
        not_taken = not_taken_in_file(data, {bytes.fromhex(key)})
        accounts = accounts_in_file(data, {bytes.fromhex(key)})
    except ReceiptError as exc:
        raise ReceiptError("untrusted_upstream" if exc.code == "untrusted_server" else exc.code, exc.detail) from exc
    with ctx.sessions() as s:
        for start in range(0, len(receipts), 500):  # a file may confirm 100,000: keep each query small
            ids = [r.result_id for r in receipts[start:start + 500]]
            for row in s.execute(select(Result.result_id, Result.content_hash, Result.upstream_ack_at)
                                 .where(Result.result_id.in_(ids))):
                held[row.result_id] = row.content_hash
                if row.upstream_ack_at is not None:
                    acked.add(row.result_id)
    matching = [r.result_id for r in receipts if held.get(r.result_id) == r.content_hash]
    for start in range(0, len(matching), 500):
        acknowledge(ctx, matching[start:start + 500])
    study, study_already = _acknowledge_study(ctx, study_held)
    already = sum(1 for result_id in matching if result_id in acked)
    _remember_file_refusals(ctx, refused, set(matching))
    # a conflict up there is held here too, as the relay holds it (issue 14: the USB road carried none back)
    _hold_conflicts(ctx, [{**o, "status": "conflict"} for o in refused if o["reason"] == "conflict"])
    from sync_server.directory.service import take_password_from_above
    with ctx.sessions.begin() as s:   # the upstream's answer on the passwords, as a pull would bring it (round 95)
        passwords = tuple(a["learner_no"] for a in accounts
                          if take_password_from_above(s, a, utc_naive(ctx.clock.now())))
    return ReceiptsApplied(len(matching) - already, len(receipts) - len(matching), already, study, tuple(refused),
                           _named_records(ctx, not_taken), study_already, passwords)


def _named_records(ctx: ServerContext, not_taken: list[dict]) -> tuple[dict, ...]:
    """The account records the upstream kept but did not take, each with its kind and learner as held here
    (those of no record here are left out: the file's signer told of another server's)."""
    from sync_server.models import StudyRecord
    ids = [o["record_id"] for o in not_taken]
    with ctx.sessions() as s:
        held = {rid: (kind, learner) for rid, kind, learner in s.execute(
            select(StudyRecord.record_id, StudyRecord.kind, StudyRecord.learner_no)
            .where(StudyRecord.record_id.in_(ids)))} if ids else {}
    return tuple({**o, "kind": held[o["record_id"]][0], "learner_no": held[o["record_id"]][1]}
                 for o in not_taken if o["record_id"] in held)


def _refuse_own(ctx: ServerContext, data: bytes) -> None:
    """A receipt file this server wrote itself (for a station's bundle) brought here by mistake: say where
    it belongs rather than that its signer is unknown (ReceiptError own_receipt)."""
    from examcore.receipt import ReceiptError, read_receipt_file
    own_key = ctx.keys.signing.public_raw()
    try:
        mine = bool(read_receipt_file(data, {own_key})) or bool(_study_receipt(data, own_key))
    except ReceiptError:   # (a file of study receipts only, a lower server's password changes: its study part says)
        return
    if mine:
        raise ReceiptError("own_receipt", "the receipt file was signed by this server: it belongs to the station "
                                          "whose bundle was imported here")


def _study_receipt(data: bytes, upstream_key: bytes) -> dict[str, str]:
    """The study records the upstream's receipt file confirms: record id -> content hash ({} when it carries
    no study receipt). ReceiptError when its study part is damaged or not the upstream's."""
    from examcore.receipt import study_receipt_in_file
    from examcore.study.receipt import read_study_receipt
    text = study_receipt_in_file(data)
    return read_study_receipt(text, {upstream_key}) if text is not None else {}


def _acknowledge_study(ctx: ServerContext, held: dict[str, str]) -> tuple[int, int]:
    """Mark the study records (and password changes and resets) the upstream's receipt file confirms, with
    their exact content; returns how many it confirmed newly, and how many of this server's it names that
    were confirmed before (the same file again: round 93, it said nothing of them)."""
    from sqlalchemy import update

    from sync_server.db import rows_changed
    from sync_server.models import StudyRecord
    confirmed = mine_count = 0
    ids = list(held)
    for start in range(0, len(ids), 500):
        with ctx.sessions.begin() as s:
            rows = s.execute(select(StudyRecord.record_id, StudyRecord.content_hash)
                             .where(StudyRecord.record_id.in_(ids[start:start + 500]))).all()
            mine = [rid for rid, digest in rows if held[rid] == digest]
            mine_count += len(mine)
            confirmed += rows_changed(s, update(StudyRecord).where(StudyRecord.record_id.in_(mine),
                                                                   StudyRecord.upstream_ack_at.is_(None))
                                      .values(upstream_ack_at=utc_naive(ctx.clock.now())))
    return confirmed, mine_count - confirmed


def relay(ctx: ServerContext, progress: Callable[[int, int], None] | None = None,
          full: bool = False) -> RelayReport:
    """``full`` ignores the cursor and asks about every result (the upstream still gets only what it lacks)."""
    client = upstream_client(ctx)
    cursor = None if full else json.loads(setting(ctx, "relay_cursor") or "null")
    with ctx.sessions() as s:
        query = _after_cursor(select(Result.received_at, Result.result_id)
                              .order_by(Result.received_at, Result.result_id), cursor)
        todo = list(s.execute(query))
    sent = already = done = 0
    refused: list[dict] = []
    in_flight = connections_for(ctx, client)
    cursor_at: list = [(_parse(cursor[0]), cursor[1]) if cursor else None]   # never moved back

    def send(ids: list[str]) -> ChunkOutcome:
        # a new connection for each chunk: an upstream's worker processes take connections as they are
        # free, so the chunks spread over all of them (a kept-alive connection stays with the worker that
        # accepted it, and one worker took both of the relay's: 85 s of CPU against 0 s)
        return _tried_again(ctx, f"a chunk of {len(ids)}", lambda chunk_client: _send_chunk(ctx, chunk_client, ids))

    def settle(chunk: list, outcome: ChunkOutcome) -> None:
        nonlocal sent, already, done
        sent, already = sent + outcome.sent, already + outcome.already
        refused.extend(outcome.refused)
        # this chunk and all before it arrived or were refused: past the cursor, only an unconfirmed one (a
        # refused one) is sent again (_after_cursor)
        last = max(chunk, key=lambda r: (r.received_at, r.result_id))
        if cursor_at[0] is None or (last.received_at, last.result_id) > cursor_at[0]:
            cursor_at[0] = (last.received_at, last.result_id)
            save_setting(ctx, "relay_cursor", json.dumps([last.received_at.isoformat(), last.result_id]))
        crash_point("relay_after_chunk")
        done += len(chunk)
        if progress:
            progress(done, len(todo))

    # in_flight chunks at once: each of the upstream's workers verifies one while this server reads and
    # sends the next; they are settled in order, so the cursor only moves past a chunk whose predecessors
    # all arrived
    with ThreadPoolExecutor(in_flight) as pool:
        flying: deque = deque()
        try:
            for start in range(0, len(todo), CHUNK):
                chunk = todo[start:start + CHUNK]
                flying.append((chunk, pool.submit(send, [r.result_id for r in chunk])))
                if len(flying) >= in_flight:
                    settle(*_landed(flying.popleft()))
            while flying:
                settle(*_landed(flying.popleft()))
        finally:
            for _, future in flying:
                future.cancel()
    _remember_refused(ctx, refused)
    _hold_conflicts(ctx, refused)
    with ctx.sessions() as s:
        rows = list(s.execute(select(Result.result_id, Result.content_hash)))
    count, digest = len(rows), digest_of(rows)
    # asks and changes nothing up there: tried again like a chunk (the host holding it may stop)
    match, upstream_count = _tried_again(ctx, "the summary", lambda c: c.relay_summary(count, digest))
    save_setting(ctx, "relay_last", utc_naive(ctx.clock.now()).isoformat())
    if not match and cursor is not None and not refused:
        # e.g. this server's clock was set back and a result sorted before the cursor: ask about everything
        again = relay(ctx, progress, full=True)
        return RelayReport(sent + again.sent, already, again.refused, again.count, again.match, again.upstream_count,
                           again.reviews, again.reviews_failed)
    reviews, failed = _tell_reviews(ctx, client)
    return RelayReport(sent, already, refused, count, match, upstream_count, reviews, failed)


REFUSED_KEPT = 100   # refusals kept for `status` (the command's own output lists them all)


def _remember_refused(ctx: ServerContext, refused: list[dict]) -> None:
    """The results the upstream refused at this relay, with its reasons, for `status` (a settings row, so any
    worker or host shows it): they stay here unconfirmed and are sent again at the next relay. A relay that
    met no refusal clears it."""
    with ctx.sessions.begin() as s:
        if refused:
            kept = [{k: str(o.get(k, "")) for k in ("result_id", "reason", "detail")} for o in refused[:REFUSED_KEPT]]
            s.merge(Setting(key="relay_refused", value=json.dumps({"count": len(refused), "at": utc_naive(
                ctx.clock.now()).isoformat(), "refused": kept}, ensure_ascii=False)))
        elif (row := s.get(Setting, "relay_refused")) is not None:
            s.delete(row)


def _remember_file_refusals(ctx: ServerContext, refused: list[dict], confirmed: set[str]) -> None:
    """The USB road's ``_remember_refused``: the refusals a receipt file carries are kept for `status`
    (marked as the file's), and a remembered refusal of a result a receipt file now confirms is dropped."""
    earlier = relay_refused(ctx)
    kept = [o for o in (earlier or {}).get("refused", []) if o.get("result_id") not in confirmed] if earlier else []
    if not refused and (earlier is None or len(kept) == len(earlier.get("refused", []))):
        return   # nothing told, nothing confirmed of what was: as it was
    new = [{k: str(o.get(k, "")) for k in ("result_id", "reason", "detail")} for o in refused]
    ids = {o["result_id"] for o in new}
    merged = (new + [o for o in kept if o.get("result_id") not in ids])[:REFUSED_KEPT]
    with ctx.sessions.begin() as s:
        if merged:
            s.merge(Setting(key="relay_refused", value=json.dumps({
                "count": len(merged), "at": utc_naive(ctx.clock.now()).isoformat(), "refused": merged,
                "road": "usb" if refused else (earlier or {}).get("road", "relay")}, ensure_ascii=False)))
        elif (row := s.get(Setting, "relay_refused")) is not None:
            s.delete(row)


def _hold_conflicts(ctx: ServerContext, refused: list[dict]) -> None:
    """The results the upstream refused as a conflict (it holds another, different result of the attempt, or
    of the id: one attempt sealed twice, the two sent up by two roads) are held here too (``second_result``):
    else this server counts one result of the attempt and the upstream another (an outside round)."""
    ids = [str(o.get("result_id")) for o in refused if o.get("status") == "conflict"]
    if not ids:
        return
    now = utc_naive(ctx.clock.now())
    with ctx.sessions.begin() as s:
        s.add_all(hold_also(s, ids, "second_result", now, HELD_PREFIX))


def relay_refused(ctx: ServerContext) -> dict | None:
    """What the last relay's refusals were ({"count", "at" (naive UTC), "refused": [{result_id, reason,
    detail}], "road": "usb" when a receipt file told them, else absent}), or None when it met none."""
    text = setting(ctx, "relay_refused")
    return json.loads(text) if text else None


def results_named(ctx: ServerContext, result_ids: Sequence[str]) -> dict[str, tuple[str, str]]:
    """result id -> (learner no, exam title) of the results held here, so a refusal names whose result in
    which exam (the ids alone tell a clerk nothing; issue 17)."""
    from sync_server.models import Package
    ids = list(dict.fromkeys(result_ids))
    named: dict[str, tuple[str, str]] = {}
    with ctx.sessions() as s:
        for start in range(0, len(ids), 500):
            named.update({rid: (learner, title) for rid, learner, title in s.execute(
                select(Result.result_id, Result.learner_no, Package.title)
                .join(Package, Package.package_id == Result.package_id)
                .where(Result.result_id.in_(ids[start:start + 500])))})
    return named


def _tell_reviews(ctx: ServerContext, client: SyncClient) -> tuple[ReviewsTold | None, SyncError | None]:
    """The decisions taken here on held results, once the results are up there (sync_server/upstream/review_relay.py);
    a failure is reported beside the relay's figures, never instead of them."""
    try:
        return relay_reviews(ctx, client), None
    except SyncError as exc:
        return None, exc


def connections_for(ctx: ServerContext, client: SyncClient) -> int:
    """Chunks the relay keeps in flight: the configured ``relay_connections``, else one per worker process
    of the upstream (its /health; 1 for a server of an earlier version), at least 2 (the upstream verifies
    one while this server reads the next), at most MAX_IN_FLIGHT. Not one more than the workers: measured
    with centre and province on the same two cores, a third chunk in flight made the relay slower."""
    wanted = ctx.config.relay_connections
    if not wanted:
        try:
            wanted = int(client.health().get("workers") or 1)
        except (SyncError, TypeError, ValueError):
            wanted = 2
    return max(2, min(MAX_IN_FLIGHT, wanted))


@dataclass(frozen=True)
class ChunkOutcome:
    sent: int
    already: int
    refused: list[dict]
    confirmed: list[str]  # ids the upstream now holds


def _landed(item: tuple[list, Future]) -> tuple[list, ChunkOutcome]:
    chunk, future = item
    return chunk, future.result()  # a SyncError stops the relay; the cursor shows how far it got


def _send_chunk(ctx: ServerContext, client: SyncClient, ids: list[str]) -> ChunkOutcome:
    """Ask which of these the upstream lacks, and send those."""
    missing = client.relay_missing(ids)
    sent, refused = 0, []
    lacking = set(missing)
    confirmed = [i for i in ids if i not in lacking]
    if missing:
        outcomes = client.relay_batch(_items(ctx, missing))
        # never acknowledged on an answer about others; a refusal may name none ("?": an envelope the upstream
        # cannot read, e.g. of a newer version): it is listed as refused, the others are acknowledged
        if not {o["result_id"] for o in outcomes if o["status"] in ("stored", "duplicate")} <= lacking:
            raise SyncError("bad_answer", "the upstream's answer names other results than those sent")
        for outcome in outcomes:
            if outcome["status"] in ("stored", "duplicate"):
                sent += 1
                confirmed.append(outcome["result_id"])
            else:
                refused.append(outcome)
    acknowledge(ctx, confirmed)
    return ChunkOutcome(sent, len(ids) - len(missing), refused, confirmed)


def _tried_again(ctx: ServerContext, what: str, ask: Callable[[SyncClient], T]) -> T:
    """``ask`` on a new connection, again after each of RETRY_PAUSES while it fails in a way that passes
    (PASSING); the last failure, or one that does not pass, is raised (SyncError)."""
    for pause in (*RETRY_PAUSES, None):
        client = upstream_client(ctx)
        try:
            return ask(client)
        except SyncError as exc:
            if pause is None or exc.code not in PASSING:
                raise
            log.warning("relay: %s failed (%s: %s); trying again in %.0f s", what, exc.code, exc, pause)
        finally:
            client.close()
        time.sleep(pause)
    raise AssertionError("unreachable: the last try raises or returns")


def _parse(text: str):
    from datetime import datetime
    return datetime.fromisoformat(text)


def _items(ctx: ServerContext, ids: list[str]) -> list[dict]:
    with ctx.sessions() as s:
        rows = {r.result_id: r for r in s.scalars(select(Result).where(Result.result_id.in_(ids)))}
        chains = upward_chains(ctx, s, [rows[i] for i in ids])
        return [{"envelope": rows[i].envelope.decode("utf-8"), "certificate": chain[0], "via": chain[1:],
                 "flags": held_for(rows[i])} for i, chain in zip(ids, chains, strict=True)]


def held_for(row: Result) -> list[str]:
    """The rules a result is held (or was rejected) for here, told upstream with it: the upper server cannot
    check a sitting it does not hold. Accepted here after review: nothing (the upper server re-checks what
    it can)."""
    return [f for f in row.flags.split(",") if f] if row.review in ("held", "rejected") else []


def upward_chains(ctx: ServerContext, s, rows: Sequence[Result | StudyRecord]) -> list[list[dict]]:
    """For each result, the certificate chain the upstream checks: a station enrolled here gets this
    server's certificate; a result relayed from below keeps its chain, and this server adds its
    certificate of the lower server that relayed it."""
    wanted = {r.relayed_by or r.device_id for r in rows}
    devices = {d.device_id: d for d in s.scalars(select(Device).where(Device.device_id.in_(wanted)))}
    mine = {device_id: certificate(ctx, d) for device_id, d in devices.items()}  # one signature each
    me = identity(ctx).device_id
    if me in wanted:   # a record this server made and signed itself (a reset)
        mine[me] = own_certificate(ctx)
    out = []
    for r in rows:
        if r.relayed_by is None:
            out.append([mine[r.device_id]])
        else:   # a chain missing from below stays missing: the upstream refuses that one, not the batch
            below = chain_of(json.loads(r.certificate)) if r.certificate else []
            out.append(below + [mine[r.relayed_by]])
    return out
