"""`xuefa-server` commands. Records that travel by USB: bundles in (a station's or a lower server's results, study
records and review decisions) and out (to the server above), and the receipts the server above gives back."""
from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

import click
from sqlalchemy import select

from examcore.bundle import write_atomically
from examcore.cli_params import OutputFile
from examcore.cli_text import cli_tr, said
from examcore.errors import BundleError
from sync_server.cli_common import check_output, open_server as _server, refusal, rule_words


def _counted(counts: Counter) -> str:
    """"2 stored, 1 refused" in the reader's language, from outcome statuses."""
    words = {"stored": cli_tr("{n} stored"), "duplicate": cli_tr("{n} already held"),
             "refused": cli_tr("{n} refused"), "conflict": cli_tr("{n} in conflict")}
    return cli_tr(", ").join(words.get(k, k + " {n}").format(n=n) for k, n in sorted(counts.items())) \
        or cli_tr("nothing")


@click.command("import-bundle")
@click.argument("path", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--receipts", type=OutputFile(), default=None,
              help="Where to write the receipt file for the station (default: beside the bundle).")
@click.pass_context
def import_bundle_cmd(ctx: click.Context, path: Path, receipts: Path | None) -> None:
    """Import a station's result bundle (or a lower server's); write the receipt file that clears, where the
    file came from, what this server now holds (none when nothing was stored). Exit status 1 when something
    was refused."""
    from sync_server.upstream.bundles import import_bundle
    from sync_server.upstream.cli import bundle_running_words
    from sync_server.upstream.transfer_sessions import SyncRunning
    with _server(ctx) as server:
        try:
            done = import_bundle(server, path.read_bytes(), how="the import-bundle command")
        except BundleError as exc:
            if _a_receipt_file(path):   # (round 91: told "export it again")
                raise click.ClickException(cli_tr("{file} is a receipt file, not a bundle: import it with "
                                                  "`xuefa-server import-receipts` (or, at a station, `xuefa "
                                                  "import-receipts`); nothing was stored").format(file=path.name)) \
                    from exc
            raise click.ClickException(refusal(cli_tr("{file} was refused, nothing was stored").format(file=path.name),
                                                exc)) from exc
        except SyncRunning as exc:   # the same sender's bundle, by another process or host: it goes on untouched
            raise click.ClickException(bundle_running_words(exc.running)) from exc
        held_back = _who_and_what(server, [o.result_id for o in done.outcomes
                                           if o.flags and not o.reason and o.result_id])
        refused_named = _said_to_be(server, done)
        sender_name = _server_name(server, done.sender_id) if done.reviews else done.sender_id
        accounts = _account_records(server, [r.record_id for r in done.study if r.status == "stored" and r.detail])
    from examcore.refusals import plain_result_refusal
    verbose = bool(ctx.find_root().meta.get("verbose"))
    counts = Counter(o.status.value for o in done.outcomes)
    click.echo(cli_tr("{file} from {sender}: {counts}").format(   # (round 96: a bare "none" named nothing)
        file=path.name, sender=done.sender_id, counts=_counted(counts) if counts else cli_tr("no results")))
    for number, o in enumerate(done.outcomes, 1):
        if o.reason:   # a result too damaged to name itself is named by its place in the file
            click.echo(cli_tr("  result {result}: {why}").format(
                result=(o.result_id or cli_tr("no. {number} in the file").format(number=number))
                + refused_named.get(number, ""),
                why=plain_result_refusal(o.reason, o.detail or "")))
            if verbose:
                click.echo(f"    ({o.reason}) {o.detail}")
        elif o.flags:   # stored, and the station may clear it, but it does not count yet
            click.echo(cli_tr("  result {result}: stored but held back, not counted until an administrator "
                              "decides ({rules}); see xuefa-server flagged").format(
                result=held_back.get(o.result_id or "", o.result_id), rules=rule_words(o.flags.split(","))))
    study = Counter(o.status.value for o in done.study)
    if done.study:
        click.echo(cli_tr("study records: {counts}").format(counts=_counted(study)))
        for record in done.study:
            if record.status in ("refused", "conflict"):
                click.echo(cli_tr("  record {record}: {why}").format(   # (a study or an account record)
                    record=record.record_id, why=plain_result_refusal(record.reason, record.detail)))
                if verbose:
                    click.echo(f"    ({record.reason}) {record.detail}")
            elif record.status == "stored" and record.detail:   # a password change or reset kept, not taken
                if record.record_id in accounts:   # whose, as sync-upstream says it (round 93: an id alone)
                    kind, learner = accounts[record.record_id]
                    click.echo(cli_tr("  kept, not taken: {what}: {why}").format(
                        what=(cli_tr("the password reset of learner {learner}") if kind == "reset" else
                              cli_tr("the password change of learner {learner}")).format(learner=learner),
                        why=said(record.detail)))
                else:
                    click.echo(cli_tr("  account record {record} (a password change or reset): kept, not taken: "
                                      "{why}").format(record=record.record_id, why=said(record.detail)))
    if done.reviews:
        _said_reviews(done, sender_name)
    if done.held:
        out = receipts or path.with_name(path.stem + ".receipts.json")
        try:
            write_atomically(out, done.receipt_file())
        except OSError as exc:   # stored all the same: the same file again writes the receipt
            raise click.ClickException(refusal(cli_tr("the results were stored here, but the receipt file could "
                                                       "not be written to {file}; import the same file again "
                                                       "(nothing is stored twice) with --receipts on a drive that "
                                                       "can be written").format(file=out), exc)) from exc
        if done.relayed:
            click.echo(cli_tr("receipt file for the sending server ({held} held here): {file} (there: xuefa-server "
                          "import-receipts)").format(held=done.held, file=out))
        else:
            click.echo(cli_tr("receipt file for the station ({held} held here): {file} (there: xuefa "
                          "import-receipts)").format(held=done.held, file=out))
    elif not done.reviews:   # a file of decisions only needs no receipt: each decision is told again until heard
        click.echo(cli_tr("no receipt file written: nothing in the file was stored here, so nothing may be cleared "
                      "where it came from"))
    if counts.get("refused") or counts.get("conflict") or study.get("refused") or study.get("conflict"):
        sys.exit(1)


def _account_records(server, record_ids: list[str]) -> dict[str, tuple[str, str]]:
    """record id -> (kind, learner number) of the account records stored here among ``record_ids``."""
    if not record_ids:
        return {}
    from sqlalchemy import select
    from sync_server.models import StudyRecord
    with server.sessions() as s:
        return {rid: (kind, learner) for rid, kind, learner in s.execute(
            select(StudyRecord.record_id, StudyRecord.kind, StudyRecord.learner_no)
            .where(StudyRecord.record_id.in_(record_ids[:1000])))}


def _server_name(server, device_id: str) -> str:
    """A lower server as its administrators know it: the name it enrolled with, and its id."""
    from sync_server.devices import note_words
    from sync_server.models import Device
    with server.sessions() as s:
        device = s.get(Device, device_id)
    name = said(note_words(device.note)) if device is not None else ""
    return f"{name} ({device_id})" if name else device_id


def _said_reviews(done, sender: str) -> None:
    """The lower server's decisions the bundle carried: how many were followed, and each that was not, why."""
    from examcore.cli_text import words_said
    kept = [o for o in done.reviews if o["outcome"] != "applied"]
    click.echo(cli_tr("review decisions of {sender}: {followed} followed here, {kept} not").format(
        sender=sender, followed=len(done.reviews) - len(kept), kept=len(kept)))
    for o in kept:
        click.echo(cli_tr("  not followed {result_id}: {why}").format(
            result_id=o["result_id"], why=words_said(o["note"], o.get("note_words"))))


def _said_to_be(server, done) -> dict[int, str]:
    """For each refused result of a bundle (by its number in the file): " (learner number name, exam
    title)" as its envelope says, so the clerk knows whose result it is (issue 20: an id alone)."""
    from sync_server.models import Learner, Package
    wanted = {n: done.named[n - 1] for n, o in enumerate(done.outcomes, 1)
              if o.reason and n - 1 < len(done.named) and done.named[n - 1][0]}
    if not wanted:
        return {}
    with server.sessions() as s:
        names = dict(s.execute(select(Learner.learner_no, Learner.name).where(
            Learner.learner_no.in_({no for no, _ in wanted.values()}))).all())
        titles = dict(s.execute(select(Package.package_id, Package.title).where(
            Package.package_id.in_({p for _, p in wanted.values()}))).all())
    def exam(package: str) -> str:   # a package this server never imported has no title here (issue 20: "?")
        return titles.get(package) or cli_tr("an exam package not held here ({package})").format(
            package=package[:16] or "?")
    return {n: f" ({no} {names.get(no, '')}, {exam(package)})".replace(" ,", ",")
            for n, (no, package) in wanted.items()}


def _who_and_what(server, result_ids: list[str]) -> dict[str, str]:
    """result id → "id (learner number name, exam title)", as an administrator finds it in `flagged`."""
    from sync_server.models import Learner, Package, Result
    if not result_ids:
        return {}
    with server.sessions() as s:
        rows = s.execute(select(Result.result_id, Result.learner_no, Learner.name, Package.title)
                         .outerjoin(Learner, Learner.learner_no == Result.learner_no)
                         .outerjoin(Package, Package.package_id == Result.package_id)
                         .where(Result.result_id.in_(result_ids))).all()
    return {rid: f"{rid} ({no} {name or ''}, {title or '?'})".replace(" ,", ",") for rid, no, name, title in rows}


@click.command("export-bundle")
@click.argument("path", type=OutputFile())
@click.option("--all", "everything", is_flag=True,
              help="Every result held, also those the upstream has already confirmed.")
@click.pass_context
def export_bundle_cmd(ctx: click.Context, path: Path, everything: bool) -> None:
    """Write the results the upstream has not confirmed, with the stations' certificates, for it by USB."""
    check_output(path, ctx.obj.instance_dir)
    from sync_server.upstream.bundles import export_bundle
    from sync_server.identity import setting
    from sync_server.identity import enrols_stations
    with _server(ctx) as server:
        if not (setting(server, "upstream_key") or setting(server, "upstream_url")) and not enrols_stations(server):
            # a province: nobody above it to carry the file to (round 91: it wrote one, with advice for a centre)
            raise click.ClickException(cli_tr("this is the top server: it has no upstream, and results from the "
                                              "servers below stay here; there is nothing to export"))
        try:
            count, study, reviews = export_bundle(server, path, everything)
        except (OSError, BundleError) as exc:
            raise click.ClickException(refusal(cli_tr("the bundle could not be written to {path}").format(path=path),
                                                exc)) from exc
        upstream = setting(server, "upstream_key") or setting(server, "upstream_url")
    click.echo(cli_tr("{count} result(s) written to {path} and verified").format(count=count, path=path)
               + (cli_tr(", with {study} study record(s)").format(study=study) if study else "")
               + (cli_tr(", with {reviews} review decision(s)").format(reviews=reviews) if reviews else ""))
    if (count or study or reviews) and upstream:
        click.echo(cli_tr("carry it to the upstream; bring back the receipt file it writes and run "
                          "`xuefa-server import-receipts FILE`"))
    elif count or study or reviews:   # a top server (a province) has nobody above it unless someone is named
        click.echo(cli_tr("this server has no upstream: the server you carry it to must approve this one first "
                          "(there: xuefa-server devices add-server with this server's server-signing.key.pub); "
                          "then `xuefa-server trust-upstream` its key here, to read the receipt file it writes"))


def _a_receipt_file(path: Path) -> bool:
    """Whether the file is a receipt file (its receipts signed, whoever signed them)."""
    from examcore.receipt import ReceiptError, read_receipt_file
    try:
        read_receipt_file(path.read_bytes(), None)
    except (ReceiptError, OSError):
        return False
    return True


@click.command("import-receipts")
@click.argument("path", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.pass_context
def import_receipts_cmd(ctx: click.Context, path: Path) -> None:
    """Read the receipt file the upstream wrote for a bundle: those results count as delivered upward."""
    from examcore.receipt import ReceiptError
    from sync_server.upstream.relay import apply_upstream_receipts
    from sync_server.upstream.cli import not_taken_line, refused_by_upstream_line
    from sync_server.upstream.relay import results_named
    with _server(ctx) as server:
        try:
            applied = apply_upstream_receipts(server, path.read_bytes())
        except (ReceiptError, UnicodeDecodeError) as exc:
            raise click.ClickException(refusal(cli_tr("{file} was refused, nothing changed").format(file=path.name),
                                                exc)) from exc
        named = results_named(server, [o["result_id"] for o in applied.refused]) if applied.refused else {}
    click.echo(cli_tr("{confirmed} result(s) confirmed by the upstream").format(confirmed=applied.confirmed)
               + (cli_tr("; {already} confirmed before (this file was read already)").format(already=applied.already)
                  if applied.already else "")
               + (cli_tr("; {unmatched} receipt(s) match no result held here").format(unmatched=applied.unmatched)
                  if applied.unmatched else "")
               + (cli_tr("; {study} study record(s) and password change(s) confirmed").format(study=applied.study)
                  if applied.study else "")
               + (cli_tr("; {count} study record(s) and password change(s) confirmed before").format(
                   count=applied.study_already)
                  if applied.study_already and not applied.study else ""))
    for o in applied.refused:   # why the others stay unconfirmed, as the relay says it (round 91: "2 not confirmed")
        click.echo(refused_by_upstream_line(o, named))
    for o in applied.not_taken:   # kept up there, not taken: the password given out here may not work
        click.echo(not_taken_line(o))
    if applied.passwords:   # what a pull would have brought: the tier above's later reset (or change) stands
        click.echo(cli_tr("the upstream's password of learner(s) {learners} taken from this file (it holds a later "
                          "one); this server's stations get it with their next sync").format(
            learners=cli_tr(", ").join(applied.passwords[:20]) + (" …" if len(applied.passwords) > 20 else "")))
    if applied.unmatched and not (applied.confirmed or applied.already or applied.study or
                                  applied.study_already):   # nothing of this server's
        click.echo(cli_tr("nothing held here was confirmed by {file}: is it the receipt file of another server's "
                          "bundle?").format(file=path.name), err=True)
        ctx.exit(1)
    if applied.refused:   # someone must act on them: not exit 0
        ctx.exit(1)


COMMANDS = (import_bundle_cmd, export_bundle_cmd, import_receipts_cmd)   # registered on the main group by cli/__init__.py
