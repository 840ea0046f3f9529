"""The `xuefa` commands of the station's outbox and its server: enrol, sync, status, and the USB road (write the
waiting results and study records to a bundle, take the centre's receipt file back)."""
from __future__ import annotations

import sys
from pathlib import Path

import click

from desktop.cli.common import open_station, signing_public, time_span
from examcore.cli_params import OutputFile, check_enrol_words
from examcore.cli_text import cli_tr, words_said

@click.command("export-results")
@click.argument("path", type=OutputFile())
@click.pass_context
def export_results(ctx: click.Context, path: Path) -> None:
    """Write every undelivered sealed result to a bundle file PATH (e.g. on a USB stick)."""
    from examcore.errors import BundleError
    cannot = cli_tr("the results could not be written to {path}; nothing was lost. Check the stick has space and "
                    "is not write-protected, then try again").format(path=path)
    with open_station(ctx, (OSError, BundleError), cannot) as station:
        records, results = station.outbox.pending_records(limit=None), station.outbox.pending_results()
        if not results and not records:   # an empty file would say nothing, and could replace one
            click.echo(cli_tr("nothing to export: no result or study record of this station waits for delivery; "
                              "no file was written"))   # (a new station has delivered nothing: round 91)
            return
        try:
            bundle = station.outbox.export(path, records, results)
        except BundleError as exc:
            if exc.code == "other_station_file":
                raise click.ClickException(cli_tr(
                    "{path} holds the results of another station ({station}) that would be lost from the stick: "
                    "write this station's results to another file name").format(path=path, station=exc.detail)) \
                    from exc
            if exc.code == "not_a_results_file":
                raise click.ClickException(cli_tr(
                    "{path} is already there and is not a results file: write to another file name").format(
                        path=path)) from exc
            raise
    click.echo(cli_tr("{results} result(s) and {records} study record(s) written to {path} and verified. They stay on "
                  "this station until the centre's receipt file is imported.").format(
        results=len(bundle.envelopes), records=len(bundle.study), path=path))


@click.command("trust-server")
@click.argument("path", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.pass_context
def trust_server(ctx: click.Context, path: Path) -> None:
    """Accept receipts signed by the sync server whose public key file is PATH (server-signing.key.pub)."""
    key, name, shown = signing_public(path)
    with open_station(ctx, sets_up=True) as station:
        station.outbox.trust_server(key, name)
    click.echo(cli_tr("trusted server: {server}").format(server=shown))


@click.command("import-receipts")
@click.argument("path", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.pass_context
def import_receipts(ctx: click.Context, path: Path) -> None:
    """Clear the results a server has confirmed (the receipt file it wrote for a bundle)."""
    from examcore.receipt import ReceiptError
    data = path.read_bytes()
    not_applied = cli_tr("{file} was not applied").format(file=path.name)
    with open_station(ctx, (ReceiptError, UnicodeDecodeError), not_applied) as station:
        applied = station.outbox.apply_receipt_file(data)
        cleared, unmatched = applied.results, applied.unmatched
        studied, passwords = sum(applied.records.values()), applied.records.get("password", 0)
        left = len(station.outbox.pending_results())
        study_left = station.outbox.count_records()
    click.echo(cli_tr("{cleared} result(s) confirmed by the server; {left} still waiting for delivery").format(
        cleared=cleared, left=left))
    if applied.already and not cleared:   # the same file again (round 89: it said only "0 confirmed")
        click.echo(cli_tr("the {count} result(s) {file} confirms were confirmed before (by a sync, or this file "
                          "imported earlier): nothing changed").format(file=path.name, count=applied.already))
    if unmatched:
        click.echo(cli_tr("{count} receipt(s) matched no result of this station").format(count=unmatched))
    if applied.refused:   # why the others stay here, as a sync says it (issue 20, round 91)
        from examcore.refusals import plain_result_refusal
        for o in applied.refused:
            click.echo(cli_tr("  result {result} was refused by the server: {why}").format(
                result=o["result_id"], why=plain_result_refusal(o["reason"], o["detail"], station=True)))
    if studied or study_left:
        click.echo(cli_tr("{cleared} study record(s) and {passwords} password change(s) confirmed; {left} still "
                          "waiting").format(cleared=studied - passwords, passwords=passwords, left=study_left))
    if (unmatched or applied.records_unmatched) and not cleared and not studied:   # another station's file?
        click.echo(cli_tr("nothing on this station was confirmed by {file}: is it the receipt file of another "
                          "station's bundle?").format(file=path.name), err=True)
        ctx.exit(1)
    if applied.refused:   # someone must act on them: not exit 0
        ctx.exit(1)


@click.command("enrol")
@click.argument("server_url", required=False)
@click.option("--code", default=None,
              help="The enrolment code the administrator gave you. From `devices code` it has six groups: the last "
                   "four name the server's certificate, and a server showing another one is refused. A code of two "
                   "groups (a room's printed list) needs --fingerprint too.")
@click.option("--fingerprint", "pin", default=None,
              help="The server's certificate fingerprint (`xuefa-server tls show`), to enrol over https:// "
                   "without a code (the administrator then approves this station).")
@click.option("--name", default="", help="Where this station is (room, seat), for the administrator.")
@click.option("--file", "room_file", type=click.Path(exists=True, dir_okay=False, path_type=Path), default=None,
              help="A room's enrolment file (xuefa-server devices room-file): address and code come from it.")
@click.option("--pc", default=None, help="With --file: this PC's name in the file, e.g. 第一考场-07.")
@click.pass_context
def enrol(ctx: click.Context, server_url: str | None, code: str | None, pin: str | None, name: str,
          room_file: Path | None, pc: str | None) -> None:
    """Ask the sync server at SERVER_URL (or the one a room's enrolment file names) to accept this station."""
    from examcore.crypto.keys import fingerprint
    from examcore.enrolment_file import EnrolmentFileError, read_enrolment_file
    from examcore.sync_client import SyncError
    if server_url is not None and room_file is None and pc is not None:   # the one mix-up said as it is
        raise click.UsageError(cli_tr("--pc goes with --file (a room's enrolment file); with a server address and "
                                      "--code, name this PC with --name, or leave it out"))
    if (room_file is None) == (server_url is None) or (room_file is not None) != (pc is not None):
        raise click.UsageError(cli_tr("give either SERVER_URL (and --code), or --file with --pc"))
    if server_url is not None:
        check_enrol_words(server_url, code, pin)
    with open_station(ctx, (SyncError, EnrolmentFileError), cli_tr("enrolment failed"), sets_up=True) as station:
        from desktop.store.models import Setting
        with station.sessions() as s:
            before = s.get(Setting, "server_key")
            before_key = before.value if before is not None else None
        try:
            if room_file is not None and pc is not None:
                enrolment = station.enrolment.enrol_from_file(read_enrolment_file(room_file.read_bytes()), pc)
            elif server_url is not None:
                enrolment = station.enrolment.enrol(server_url, name, code, fingerprint=pin)
            else:   # ruled out by the usage check above
                raise click.UsageError(cli_tr("give either SERVER_URL (and --code), or --file with --pc"))
        except SyncError as exc:   # the same command run again on an enrolled station (round 91: "code used")
            if exc.code != "code_used" or before_key is None:
                raise
            raise click.ClickException(cli_tr("this enrolment code was already used, and this station is enrolled "
                                              "already (`xuefa status` shows its server): a new code is needed "
                                              "only to move it to another server")) from exc
        device_id = station.keys.device_id
        waiting = (len(station.outbox.pending_results()), station.outbox.count_records()) \
            if before_key not in (None, enrolment.server_key.hex()) else (0, 0)
    status = (cli_tr("approved") if enrolment.status == "approved"
              else cli_tr("waiting for the administrator's approval"))
    click.echo(cli_tr("{status} (server {fingerprint})").format(status=status,
                                                           fingerprint=fingerprint(enrolment.server_key)))
    click.echo(cli_tr("this station's device id: {device} (the centre admin names it in `xuefa-server devices "
                  "approve|revoke`)").format(device=device_id))
    if any(waiting):   # made for the server before: the new one may be unable to take them
        click.echo(cli_tr("note: this station was enrolled at another server before; {results} result(s) and "
                          "{records} study record(s) or password change(s) made then still wait here: results "
                          "sealed for that server only are refused by this one and stay here, so export them "
                          "(xuefa export-results) and take the file to that centre").format(
            results=waiting[0], records=waiting[1]), err=True)


@click.command("status")
@click.pass_context
def status(ctx: click.Context) -> None:
    """What this station holds and whom it talks to: device id, server, last sync each way, results and
    study records waiting, trusted exam issuers and servers, exams on this station."""
    from sqlalchemy import func, select

    from desktop.services.outbox import LAST_RECEIPT_FILE
    from desktop.services.sync_steps import (ENROLMENT_STATE, LAST_DELIVERED, LAST_DELIVERY_FAILED, LAST_PULL_FAILED,
                                             LAST_PULLED)
    from desktop.ui.local_time import local_time
    from desktop.store.models import Package, Setting, TrustedIssuer, TrustedServer
    from examcore.crypto.keys import fingerprint
    with open_station(ctx) as station:
        pending = len(station.outbox.pending_results())
        study = station.outbox.count_records()
        with station.sessions() as s:
            setting = {row.key: row.value for row in s.scalars(select(Setting).where(Setting.key.in_(
                ["server_url", "server_key", "server_tls_pin", LAST_DELIVERED, LAST_PULLED, ENROLMENT_STATE,
                 LAST_PULL_FAILED, LAST_DELIVERY_FAILED, LAST_RECEIPT_FILE])))}
            issuers = [(i.name, fingerprint(i.public_key)) for i in s.scalars(select(TrustedIssuer))]
            servers = [(i.name, fingerprint(i.public_key)) for i in s.scalars(select(TrustedServer))]
            exams = s.scalar(select(func.count()).select_from(Package).where(Package.withdrawn_at.is_(None)))
        device_id, data_dir = station.keys.device_id, station.data_dir
        behind, mark = station.time.behind(), station.time.high_water()
    never = cli_tr("never")
    click.echo(cli_tr("station {device}, data folder {folder}").format(device=device_id, folder=data_dir))
    if behind is not None:   # a clock once set far ahead: every exam would need the proctor's code until then
        click.echo(cli_tr("this PC's clock is {span} behind the latest time this station has seen ({mark}): exams "
                          "start only with the proctor's code until then. Set the clock right; if the time seen was "
                          "a mistake (a clock set far ahead), IT resets it: xuefa reset-time-mark").format(
                       span=time_span(behind), mark=local_time(mark.isoformat())))
    if "server_url" in setting:
        key = setting.get("server_key")
        click.echo(cli_tr("server {url}").format(url=setting["server_url"])
                   + (cli_tr(" (key {fingerprint})").format(fingerprint=fingerprint(bytes.fromhex(key))) if key else "")
                   + (cli_tr(", certificate {pin}").format(pin=setting["server_tls_pin"])
                      if setting.get("server_tls_pin") else ""))
        state = setting.get(ENROLMENT_STATE)
        if state == "pending":
            click.echo(cli_tr("waiting for the administrator's approval: nothing is delivered until then (xuefa-server "
                              "devices approve {device} at the centre)").format(device=device_id))
        elif state == "revoked":
            click.echo(cli_tr("this station was revoked at the server: results stay here; a new code does not "
                              "enrol it again: the centre admin takes it back with xuefa-server devices approve "
                              "{device}").format(device=device_id))
        click.echo(cli_tr("last delivered: {delivered}; last taken from the server: {pulled}").format(
            delivered=local_time(setting.get(LAST_DELIVERED)) or never,
            pulled=local_time(setting.get(LAST_PULLED)) or never))
        settled = state not in ("revoked", "pending")   # (else the line above says who must act: sync won't help)
        if settled and setting.get(LAST_DELIVERY_FAILED, "") > setting.get(LAST_DELIVERED, ""):   # ISO: as text
            click.echo(cli_tr("the last delivery did not finish, at {at}: what it did not deliver waits here; run "
                              "xuefa sync again").format(at=local_time(setting[LAST_DELIVERY_FAILED])))
        if settled and setting.get(LAST_PULL_FAILED, "") > setting.get(LAST_PULLED, ""):
            click.echo(cli_tr("the last try to take the server's changes failed at {at}: run xuefa sync "
                              "again").format(at=local_time(setting[LAST_PULL_FAILED])))
    else:
        click.echo(cli_tr("no server: results leave by USB (xuefa export-results), or enrol with `xuefa enrol`"))
    if setting.get(LAST_RECEIPT_FILE):   # the USB road: its receipt file, imported here, confirmed some
        click.echo(cli_tr("last confirmed by a receipt file (USB): {at}").format(
            at=local_time(setting[LAST_RECEIPT_FILE])))
    click.echo(cli_tr("waiting for delivery: {results} result(s), {records} study or account record(s)").format(
        results=pending, records=study))
    click.echo(cli_tr("exams on this station: {count}").format(count=exams))
    for label, rows in ((cli_tr("trusted exam issuer"), issuers), (cli_tr("trusted server"), servers)):
        for name, shown in rows:
            click.echo(cli_tr("{label}: {value}").format(label=label, value=f"{name} ({shown})"))
        if not rows:
            click.echo(cli_tr("{label}: {value}").format(label=label, value=cli_tr("none")))


# delivery failures that a person must settle (an administrator, a new enrolment, the PC's clock) before any
# sync can deliver: "for the next sync" would promise what will not happen
NEEDS_SOMEONE = frozenset({"device_revoked", "device_not_enrolled", "device_key_mismatch", "certificate_expired",
                           "certificate_changed", "plain_http", "no_pin", "clock_skew", "closed_plain"})


@click.command("sync")
@click.option("--verbose", is_flag=True, help="Also print the technical detail of a failed step.")
@click.pass_context
def sync(ctx: click.Context, verbose: bool) -> None:
    """Deliver every pending result (and study record) to the enrolled server now, then take its roster,
    packages and policy. Each step is reported on its own. Exit status: 0 all done; otherwise the sum of
    1 (the server refused something: it stays here, reasons listed), 2 (delivery did not finish: what was
    not confirmed stays here) and 4 (the server's changes could not be taken)."""
    from desktop.services.sync_steps import run_sync
    from desktop.store.models import Setting
    from examcore.refusals import plain_network_refusal, plain_result_refusal
    with open_station(ctx) as station:
        with station.sessions() as s:
            url = s.get(Setting, "server_url")
        if url is None:
            raise click.ClickException(cli_tr("this station is not enrolled with a server: run `xuefa enrol URL` "
                                              "first"))
        report = run_sync(station.upward, station.downward, station.link.client(url.value))
        titles = _exam_titles(station)
    deliver, pull = report.deliver, report.pull
    if deliver.done and not report.pending_before and not report.records_confirmed:
        click.echo(cli_tr("delivered: nothing waits to be delivered"))
    elif deliver.done and not report.pending_before:   # (no "0 of 0 results")
        click.echo(cli_tr("delivered: {records} study record(s), {passwords} password change(s)").format(
            passwords=report.passwords_confirmed, records=report.records_confirmed - report.passwords_confirmed))
    elif deliver.done:
        click.echo(cli_tr("delivered: {confirmed} of {total} result(s) confirmed by the server, {records} study "
                          "record(s), {passwords} password change(s)").format(
            confirmed=report.confirmed, total=report.pending_before, passwords=report.passwords_confirmed,
            records=report.records_confirmed - report.passwords_confirmed))
    else:   # what went and what stays, results and records both (a record left alone had gone unsaid: "0 stay")
        left = (cli_tr("{left} result(s) and {records} study or account record(s)") if report.records_left and
                report.left else cli_tr("{records} study or account record(s)") if report.records_left else
                cli_tr("{left} result(s)")).format(left=report.left, records=report.records_left)
        facts = {"why": plain_network_refusal(deliver.code), "confirmed": report.confirmed, "left": left}
        click.echo((cli_tr("delivery failed: {why}; {confirmed} result(s) were delivered before that; {left} stay "
                           "on this station until that is settled") if deliver.code in NEEDS_SOMEONE else
                    cli_tr("delivery failed: {why}; {confirmed} result(s) were delivered before that; {left} stay "
                           "on this station for the next sync")).format(**facts))   # (NEEDS_SOMEONE: not by itself)
    for item in report.refused:   # the reason in plain words; its code and the server's detail with --verbose
        click.echo(cli_tr("  refused: {what} ({id}): {why} (kept on this station)").format(
            what=_refused_what(item, titles), id=item["id"],
            why=plain_result_refusal(item["reason"], item["detail"], station=True))
            + (f"\n    ({item['reason']}) {item['detail']}" if verbose or ctx.find_root().meta.get("verbose") else ""))
    for item in report.not_taken:   # the server's reasons, as words this side says in its reader's language
        click.echo(cli_tr("  the password change of learner {learner} was kept by the server but not taken: "
                          "{detail}; the learner uses the password the server hands down").format(
            learner=item.get("learner_no") or "?",
            detail=words_said(cli_tr(item["detail"]), item.get("detail_words"))))
    if pull.done and report.pulled is not None:
        pulled = report.pulled
        click.echo(cli_tr("taken from the server: {changes} change(s) (learners concerned: {learners}; new exam "
                          "packages: {packages})").format(changes=pulled.applied, learners=pulled.learners,
                                           packages=pulled.new_packages))
        for why in pulled.skipped:
            click.echo(cli_tr("  skipped: {why}").format(why=why))
    else:
        click.echo(cli_tr("taking changes failed: {why}").format(why=plain_network_refusal(pull.code))
                   + (cli_tr("; the delivery above stands") if report.confirmed or report.records_confirmed
                      else ""))
    if verbose or ctx.find_root().meta.get("verbose"):
        for name, step in ((cli_tr("delivery"), deliver), (cli_tr("taking changes"), pull)):
            if not step.done:
                click.echo(f"  {name} ({step.code}): {step.detail}")
    sys.exit(report.exit_code)


def _exam_titles(station) -> dict[str, str]:
    from sqlalchemy import select

    from desktop.store.models import Package
    with station.sessions() as s:
        return {exam_id: title for exam_id, title in s.execute(select(Package.exam_id, Package.title))}


def _refused_what(item: dict, titles: dict[str, str]) -> str:
    """What a refused item of `xuefa sync` is, for the clerk: a learner's result in an exam, their password
    change or a study record (desktop/services/sync_steps.py's refused items)."""
    kind, learner = item.get("kind", ""), item.get("learner_no") or "?"
    if kind == "result":
        exam = str(item.get("exam_id") or "?")
        return cli_tr("the result of learner {learner} in {exam}").format(learner=learner,
                                                                          exam=titles.get(exam, exam))
    if kind == "password":
        return cli_tr("the password change of learner {learner}").format(learner=learner)
    if kind:
        return cli_tr("a study record of learner {learner}").format(learner=learner)
    return cli_tr("a record this station no longer holds")



COMMANDS = (export_results, trust_server, import_receipts, enrol, status, sync)   # registered by desktop/app.py
