"""`xuefa-server`: set up and run a sync server, and do its offline work from the command line."""
from __future__ import annotations

import logging
import re
import sys
from collections import Counter
from contextlib import contextmanager
from pathlib import Path

import click
from sqlalchemy import func, select

from examcore.bundle import write_atomically
from examcore.cli_text import cli_tr, localize
from examcore.console import configure_output
from examcore.errors import BundleError, PackageError
from examcore.keyfiles import KeyFileError
from sync_server import audit
from sync_server.acceptance import RULES
from sync_server.config import Config, ConfigError
from sync_server.cli_support import check_output, open_server as _server


@click.group()
@click.option("--instance", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Instance folder with keys and database (default: $XUEFA_SERVER_DIR, else this machine's "
                   "server data folder, which `init` prints).")
@click.option("--verbose", is_flag=True, help="Also print the technical detail of a refusal.")
@click.pass_context
def main(ctx: click.Context, instance: Path | None, verbose: bool) -> None:
    """Xuefa sync server. Commands print in Simplified Chinese; set XUEFA_LANG=en for English."""
    configure_output()
    try:
        ctx.obj = Config.from_env(instance)
    except ConfigError as exc:
        raise click.ClickException(str(exc)) from exc
    ctx.meta["verbose"] = verbose


def _public_key(path: Path) -> tuple[bytes, str]:
    """A server's or issuer's .pub file, or a clear error."""
    from examcore.keyfiles import load_signing_public
    try:
        return load_signing_public(path)
    except KeyFileError as exc:
        raise click.ClickException(_refusal(cli_tr("{file} is not a public key file of Xuefa, or it is damaged: "
                                               "copy it again (it ends in .pub)").format(file=path.name), exc,
                                            plain=False)) from exc


def _usable(config: Config, making: bool = False, reading: bool = False) -> None:
    """The instance folder can be used (Config.check_usable), or a clear error before anything is touched."""
    try:
        config.check_usable(making, reading)
    except ConfigError as exc:
        raise click.ClickException(str(exc)) from exc


def _refusal(what: str, exc: BaseException, plain: bool = True) -> str:
    """"WHAT: the plain reason" (examcore/refusals.py); the technical detail with --verbose, always in the log."""
    from examcore.refusals import explain, technical
    logging.getLogger("xuefa.server.cli").info("%s: %s", what, technical(exc))
    text = cli_tr("{what}: {why}").format(what=what, why=explain(exc)) if plain else what
    return text + (f"\n  {technical(exc)}" if click.get_current_context().find_root().meta.get("verbose") else "")


@main.command()
@click.option("--name", required=True, help="This server's name, e.g. 某市考试中心")
@click.option("--database-url", default=None,
              help="SQLAlchemy URL, e.g. postgresql+psycopg://xuefa:…@db/xuefa (default: SQLite in the folder)")
@click.option("--hostname", "hostnames", multiple=True,
              help="A name or IP address clients use for this server, put in its TLS certificate (repeat); "
                   "localhost, 127.0.0.1 and this PC's name are always in it.")
@click.option("--province", is_flag=True,
              help="A provincial server: stations enrol at the centres below it, never here, and a station's "
                   "own USB file is refused here (set-tier changes it later).")
@click.pass_context
def init(ctx: click.Context, name: str, database_url: str | None, hostnames: tuple[str, ...], province: bool) -> None:
    """Create this server's keys, TLS certificate and database."""
    from examcore.crypto.keys import fingerprint
    from sync_server.db import make_engine, migrate
    from sync_server.keys import RESULTS, SIGNING, create_keys
    from sync_server.config import absolute_url
    config: Config = ctx.obj
    _usable(config, making=True)
    if (config.instance_dir / SIGNING).exists():
        raise click.ClickException(cli_tr("{instance_dir} already has server keys; refusing to replace them").format(
                                       instance_dir=config.instance_dir))
    if database_url:
        config.database_url = absolute_url(database_url)
    if _holds_a_server(config.database_url):
        # its keys are gone: new ones could open none of its sealed results, and no station would trust them
        raise click.ClickException(cli_tr("the database {db} already holds a server's data, whose keys are not in "
                                          "{folder}: nothing was made. Put the keys back (`xuefa-server restore` "
                                          "from the last backup), or choose another database").format(
                                              db=config.database_url.split("@")[-1], folder=config.instance_dir))
    keys = create_keys(config.instance_dir, name)
    tls = _create_tls(config.instance_dir, name, hostnames)
    config.save()
    engine = make_engine(config.database_url)
    migrate(engine)
    engine.dispose()
    if province:
        _set_tier(ctx, "province")
    click.echo(cli_tr("server {name} initialised in {instance_dir}").format(
                   name=name, instance_dir=config.instance_dir))
    click.echo(cli_tr("signing key {fingerprint}: stations trust {key_file}").format(
                   fingerprint=fingerprint(keys.signing.public_raw()),
                   key_file=config.instance_dir / (SIGNING + '.pub')))
    click.echo(cli_tr("results key {fingerprint}: name {key_file} as a recipient when building packages").format(
                   fingerprint=fingerprint(keys.results.public_raw()),
                   key_file=config.instance_dir / (RESULTS + '.pub')))
    _echo_tls(tls.fingerprint)


def _set_tier(ctx: click.Context, tier: str) -> None:
    from examcore.clock import utc_naive
    from sync_server import audit
    from sync_server.bundles import TIER
    from sync_server.models import Setting
    with _server(ctx) as server, server.sessions.begin() as s:
        s.merge(Setting(key=TIER, value=tier))
        audit.record(s, "server.tier", "server", utc_naive(server.clock.now()), detail=tier)


@main.command("set-tier")
@click.argument("tier", type=click.Choice(["province", "centre"]))
@click.pass_context
def set_tier(ctx: click.Context, tier: str) -> None:
    """Say what this server is. province: stations enrol at the centres below it, and a station's own USB
    file is refused here; centre: stations enrol here (an unknown station's file waits for approval)."""
    _set_tier(ctx, tier)
    click.echo(cli_tr("this server is now a provincial server: stations enrol at their centres, not here")
               if tier == "province" else cli_tr("this server is now a centre: stations enrol here"))


def _holds_a_server(url: str) -> bool:
    """Whether the database at ``url`` was already set up by a server (a SQLite file with content, or the
    schema's version table), without creating anything."""
    from sqlalchemy import inspect
    from sqlalchemy.exc import SQLAlchemyError

    from sync_server.config import sqlite_file
    from sync_server.db import make_engine
    db = sqlite_file(url)
    if db is not None:
        return db.exists() and db.stat().st_size > 0
    engine = make_engine(url)
    try:
        return inspect(engine).has_table("alembic_version")
    except SQLAlchemyError as exc:
        raise click.ClickException(cli_tr("the database cannot be reached (is PostgreSQL running, and are the "
                                          "address, user and password right?): nothing was made")) from exc
    finally:
        engine.dispose()


def _create_tls(folder: Path, name: str, hostnames: tuple[str, ...]):
    from sync_server.tls import TlsError, create
    try:
        return create(folder, name, hostnames)
    except TlsError as exc:
        raise click.ClickException(str(exc)) from exc


def _echo_tls(fingerprint: str, err: bool = False) -> None:
    from examcore.tls_pin import show
    click.echo(cli_tr("TLS certificate {show}: stations, admin windows and lower servers pin it; it travels "
                      "in the enrolment codes (`devices code`) and room files").format(show=show(fingerprint)), err=err)


def _fingerprint(ctx: click.Context) -> str:
    """This server's current certificate fingerprint, made now if the instance predates TLS."""
    from sync_server.keys import load_keys
    from sync_server.tls import current
    tls = current(ctx.obj.instance_dir)
    if tls is None:
        try:
            name = load_keys(ctx.obj.instance_dir).name
        except KeyFileError as exc:
            raise click.ClickException(str(exc)) from exc
        tls = _create_tls(ctx.obj.instance_dir, name, ())
        click.echo(cli_tr("this instance had no TLS certificate: one was made"), err=True)
        _echo_tls(tls.fingerprint, err=True)
    return tls.fingerprint


def _code_with_pin(code: str, fingerprint: str) -> str:
    """The enrolment code as handed out: the one-time code, then the certificate's short fingerprint."""
    from examcore.tls_pin import short
    pin = short(fingerprint)
    return code + "-" + "-".join(pin[i:i + 5] for i in range(0, len(pin), 5))


@main.command("backup")
@click.argument("dest", type=click.Path(file_okay=False, path_type=Path))
@click.pass_context
def backup_command(ctx: click.Context, dest: Path) -> None:
    """Copy this server's keys, config and (SQLite) database to the empty folder DEST, safely while it runs."""
    from sync_server.backup import BackupError, backup
    _usable(ctx.obj, reading=True)   # also from inside a program folder: how the data gets out of it
    try:
        done = backup(ctx.obj, dest)
    except (BackupError, OSError) as exc:
        raise click.ClickException(cli_tr("no backup was made: {exc}").format(exc=exc)) from exc
    if done.database:
        click.echo(cli_tr("backed up to {dest}: keys, config and the database ({results} result(s)). Keep it "
                          "off this PC; it holds the server's private keys.").format(
                       dest=dest, results=done.results))
    else:
        click.echo(cli_tr("keys and config backed up to {dest}. The database is PostgreSQL: back it up with "
                          "pg_dump (docs/installing.md).").format(dest=dest))


@main.command("restore")
@click.argument("source", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--force", is_flag=True, help="Replace the server already in the instance folder.")
@click.pass_context
def restore_command(ctx: click.Context, source: Path, force: bool) -> None:
    """Put the backup in SOURCE in place as this instance folder (stop the server first)."""
    from sync_server.backup import BackupError, restore
    from sync_server.db import make_engine, migrate
    _usable(ctx.obj, making=True)
    try:
        done = restore(source, ctx.obj, force)
    except (BackupError, OSError) as exc:
        raise click.ClickException(cli_tr("nothing was restored: {exc}").format(exc=exc)) from exc
    engine = make_engine(Config.from_env(ctx.obj.instance_dir).database_url)
    migrate(engine)   # a backup from an older release is brought up to this one's schema
    engine.dispose()
    click.echo(cli_tr("restored into {folder}: {results} result(s)").format(folder=done.folder, results=done.results)
               if done.database else
               cli_tr("restored into {folder} (keys and config; restore the PostgreSQL dump separately)").format(
                   folder=done.folder))


@main.command("import-package")
@click.argument("path", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.pass_context
def import_package_cmd(ctx: click.Context, path: Path) -> None:
    """Store an exam package whose results this server will receive."""
    from examcore.package import parse_package
    from sync_server.ingest import import_package
    data = path.read_bytes()
    with _server(ctx) as server:
        try:
            title, new = import_package(server, data)
        except PackageError as exc:
            raise click.ClickException(_refusal(cli_tr("{file} was not imported").format(file=path.name), exc)) from exc
    header = parse_package(data, None).header
    click.echo((cli_tr("imported: {title}") if new else cli_tr("already present: {title}")).format(title=title)
               + cli_tr(" (package {package_id}, exam {exam_id}: sittings add --package {package_id})").format(
                   package_id=header.package_id, exam_id=header.exam_id))


@main.command("import-study")
@click.argument("files", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.pass_context
def import_study_cmd(ctx: click.Context, files: tuple[Path, ...]) -> None:
    """Hand down study plans, courses and practice banks (.xfs/.xfc files signed by a trusted issuer)."""
    from sync_server.study import import_study_file
    with _server(ctx) as server:
        for path in files:
            try:
                with server.sessions.begin() as s:
                    kind, title, new = import_study_file(s, path.read_bytes(), server.clock.now())
            except PackageError as exc:
                raise click.ClickException(cli_tr("{name} was not imported ({code}): {detail}").format(
                                               name=path.name, code=exc.code, detail=exc.detail)) from exc
            click.echo((cli_tr("imported: {kind} {title}") if new else cli_tr("already present: {kind} {title}"))
                       .format(kind=kind, title=title))


@main.command("import-questions")
@click.argument("files", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--bank", required=True, help="The bank the questions go into, e.g. 2026年度学法考试题库")
@click.option("--accept-valid", is_flag=True, help="Import the valid questions even if some items have problems "
                                                   "(the exit code is then 2 when anything was refused).")
@click.option("--update", is_flag=True, help="Let the import change questions already in the bank (each change "
                                             "is kept as a new version); without it such an import stores nothing "
                                             "and lists them.")
@click.pass_context
def import_questions_cmd(ctx: click.Context, files: tuple[Path, ...], bank: str, accept_valid: bool,
                         update: bool) -> None:
    """Import question banks (Excel, Word, text, JSON, GIFT, Moodle XML, QTI) in one transaction, with a report.

    Exit code 0: everything was imported; 1: nothing was imported (problems, or changes without --update);
    2: --accept-valid imported the valid questions and something was refused."""
    import getpass

    from examcore.banks import read_bank
    from examcore.clock import utc_naive
    from sync_server.question_bank import import_questions
    reports = [read_bank(path, bank) for path in files]  # each file checked and reported, whatever the others
    with _server(ctx) as server, server.sessions.begin() as s:
        done = import_questions(s, reports, bank, f"cli:{getpass.getuser()}", utc_naive(server.clock.now()),
                                accept_valid, update)
    for report in reports:
        state = (cli_tr("REFUSED") if report.refused
                 else cli_tr("{count} question(s) read").format(count=len(report.questions)))
        click.echo(cli_tr("{file}: {state}, {problems} problem(s), {skipped} skipped").format(
                       file=report.file, state=state, problems=len(report.problems), skipped=len(report.skipped)))
        for p in report.notes:
            click.echo(cli_tr("  note: {p}").format(p=p))
    for p in done.problems:
        click.echo(cli_tr("  problem: {p}").format(p=p))
    for p in done.skipped:
        click.echo(cli_tr("  skipped: {p}").format(p=p))
    for p in done.same_stem:
        click.echo(cli_tr("  note: {p}").format(p=p))
    if done.needs_update:
        for c in done.changes:
            click.echo(cli_tr("  would change: {c}").format(c=c))
        raise click.ClickException(cli_tr("nothing was imported: {count} question(s) already in bank {bank} "
                                          "would change (listed above); run again with --update to keep each "
                                          "change as a new version").format(count=len(done.changes), bank=bank))
    if not done.imported:
        raise click.ClickException(cli_tr("nothing was imported: fix the {count} problem(s) above, or run again "
                                          "with --accept-valid to take the valid questions").format(
                                       count=len(done.problems)))
    for c in done.changes:
        click.echo(cli_tr("  changed: {c}").format(c=c))
    click.echo(cli_tr("bank {bank}: {added} added, {changed} changed (new version), {unchanged} unchanged").format(
                   bank=bank, added=done.added, changed=done.changed, unchanged=done.unchanged))
    if done.problems:
        click.echo(cli_tr("{count} problem(s): the questions they name were not imported").format(
                       count=len(done.problems))
                   + (cli_tr("; refused whole: {files}").format(files=", ".join(done.refused_files))
                      if done.refused_files else ""), err=True)
        ctx.exit(2)


@main.command("build-exam")
@click.argument("exam_file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--bank", required=True, help="The bank to draw the papers from.")
@click.option("--recipient", "recipients", multiple=True, type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="A lower server's server-results.key.pub: it may then receive and re-grade the results.")
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Also write the package file (for stations with no network).")
@click.option("--makeup-of", default=None, metavar="EXAM_ID",
              help="Build the make-up of this exam: open only to those who were absent or failed it.")
@click.pass_context
def build_exam_cmd(ctx: click.Context, exam_file: Path, bank: str, recipients: tuple[Path, ...],
                   out: Path | None, makeup_of: str | None) -> None:
    """Build an exam package from this server's bank; stations receive it with their next sync."""
    for target in (out,) if out else ():
        check_output(target, ctx.obj.instance_dir)
    from examcore.exam_file import ExamFileError, load_exam_file
    from examcore.keyfiles import load_recipient
    from sync_server.exams import build_exam
    try:
        exam = load_exam_file(exam_file)
        named = [load_recipient(r) for r in recipients]
    except (ExamFileError, KeyFileError) as exc:
        raise click.ClickException(str(exc)) from exc
    with _server(ctx) as server:
        try:
            built = build_exam(server, exam, bank, named, makeup_of)
        except (ValueError, PackageError) as exc:
            raise click.ClickException(cli_tr("the package was not built: {exc}").format(exc=exc)) from exc
    if out:
        write_atomically(out, built.data)
        click.echo(cli_tr("package file: {out}").format(out=out))
    click.echo(cli_tr("{title}: package {package_id} from {questions} question(s) of {bank}, for {recipients} "
                      "recipient server(s); stations receive it with their next sync").format(
                   title=exam.title, package_id=built.package_id, questions=built.questions, bank=bank,
                   recipients=len(named) + 1))
    if built.makeup_for:
        click.echo(cli_tr("make-up for {makeup_for} learner(s) who were absent or failed").format(
                       makeup_for=built.makeup_for))
    click.echo(cli_tr("start code: {start_code}").format(start_code=built.start_code))
    click.echo(cli_tr("proctor password: {proctor_password}").format(proctor_password=built.proctor_password))


@main.group()
def questions() -> None:
    """The questions of this server's banks."""


@questions.command("list")
@click.option("--bank", required=True, help="The question bank, e.g. 宪法.")
@click.option("--retired", is_flag=True, help="List the retired questions instead.")
@click.pass_context
def questions_list(ctx: click.Context, bank: str, retired: bool) -> None:
    """List a bank's questions in use (or retired): id, version, kind, category and the start of the stem."""
    import json as _json

    from sync_server.models import BankQuestion
    with _server(ctx) as server, server.sessions() as s:
        rows = list(s.scalars(select(BankQuestion).where(
            BankQuestion.bank == bank,
            BankQuestion.retired_at.is_not(None) if retired else BankQuestion.retired_at.is_(None))
            .order_by(BankQuestion.question_id)))
    for r in rows:
        d = _json.loads(r.data)
        click.echo(f"{r.question_id}\tv{r.version}\t{d['type']}\t{d['category']}\t{d['stem'][:40]}")
    click.echo(cli_tr("{count} question(s)").format(count=len(rows)))


@questions.command("export")
@click.argument("out", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--bank", required=True, help="The question bank, e.g. 宪法.")
@click.pass_context
def questions_export(ctx: click.Context, out: Path, bank: str) -> None:
    """Write a bank's questions in use to OUT, in the format its name ends with: .xlsx (the import template's
    columns, every field), .json, .gift (Moodle), .docx or .txt (the office layout: 一、单项选择题 …). Each
    file imports back with import-questions; what a format cannot hold is said."""
    import json as _json

    from examcore.banks.excel_bank import write_excel_bank
    from examcore.banks.gift import write_gift
    from examcore.banks.office_text import office_lines, write_docx_bank
    from examcore.questions import Question
    from sync_server.models import BankQuestion
    suffix = out.suffix.lower()
    if suffix not in (".xlsx", ".json", ".gift", ".docx", ".txt"):
        raise click.ClickException(cli_tr("{out}: the file name must end with .xlsx, .json, .gift, .docx or .txt "
                                          "(the format to write)").format(out=out.name))
    check_output(out, ctx.obj.instance_dir)
    with _server(ctx) as server, server.sessions() as s:
        rows = list(s.scalars(select(BankQuestion).where(BankQuestion.bank == bank, BankQuestion.retired_at.is_(None))
                              .order_by(BankQuestion.question_id)))
    if not rows:
        raise click.ClickException(cli_tr("the bank {bank} has no questions in use: nothing was written (`questions "
                                          "list --bank` shows a bank's questions)").format(bank=bank))
    questions = [Question.from_dict(_json.loads(r.data)) for r in rows]
    left_out: list[int] = []
    if suffix == ".xlsx":
        write_excel_bank(questions, out)
    elif suffix == ".json":
        write_atomically(out, _json.dumps({"name": bank, "questions": [q.to_dict() for q in questions]},
                                          ensure_ascii=False, indent=1).encode("utf-8"))
    elif suffix == ".gift":
        text, left_out = write_gift(questions)
        write_atomically(out, text.encode("utf-8"))
    elif suffix == ".docx":
        write_docx_bank(questions, out)
    else:
        write_atomically(out, "\n".join(office_lines(questions)).encode("utf-8"))
    click.echo(cli_tr("{count} question(s) of {bank} written to {out}").format(
        count=len(questions) - len(left_out), bank=bank, out=out))
    lost = {".gift": cli_tr("GIFT keeps no difficulty, points or tags, and no reference answer of a short-answer "
                            "question"),
            ".docx": cli_tr("this layout keeps no category, difficulty, points or tags"),
            ".txt": cli_tr("this layout keeps no category, difficulty, points or tags")}.get(suffix)
    if lost:
        click.echo(cli_tr("not in the file: {what}").format(what=lost))
    for n in left_out:
        click.echo(cli_tr("  left out: question {n} ({id}), a fill-in with several blanks (GIFT holds one blank a "
                          "question)").format(n=n, id=rows[n - 1].question_id))


@questions.command("retire")
@click.argument("question_id")
@click.pass_context
def questions_retire(ctx: click.Context, question_id: str) -> None:
    """Leave a question out of every package built from now on (kept, with its history)."""
    from examcore.clock import utc_naive
    from sync_server.models import BankQuestion
    with _server(ctx) as server, server.sessions.begin() as s:
        row = s.get(BankQuestion, question_id)
        if row is None:
            raise click.ClickException(cli_tr("no question {question_id}").format(question_id=question_id))
        row.retired_at = row.retired_at or utc_naive(server.clock.now())
    click.echo(cli_tr("question {question_id} retired: new packages leave it out").format(question_id=question_id))


@questions.command("history")
@click.argument("question_id")
@click.pass_context
def questions_history(ctx: click.Context, question_id: str) -> None:
    """Every version of one question, oldest first: when, by whom and why, its answer and its stem's start."""
    import json as _json

    from sync_server.models import QuestionVersion
    with _server(ctx) as server, server.sessions() as s:
        rows = list(s.scalars(select(QuestionVersion).where(QuestionVersion.question_id == question_id)
                              .order_by(QuestionVersion.version)))
    if not rows:
        raise click.ClickException(cli_tr("no question {question_id}").format(question_id=question_id))
    for v in rows:
        d = _json.loads(v.data)
        click.echo(cli_tr("v{version} {changed_at:%Y-%m-%d %H:%M} {changed_by} ({note}): answer {answer}; "
                          "{stem}").format(
                       version=v.version, changed_at=v.changed_at, changed_by=v.changed_by, note=v.note,
                       answer=','.join(d['answer']), stem=d['stem'][:40]))


def _counted(counts: Counter) -> str:
    """"2 stored, 1 refused" in the reader's language, from outcome statuses."""
    words = {"stored": cli_tr("{n} stored"), "duplicate": cli_tr("{n} already held"),
             "refused": cli_tr("{n} refused"), "conflict": cli_tr("{n} in conflict")}
    return cli_tr(", ").join(words.get(k, k + " {n}").format(n=n) for k, n in sorted(counts.items())) \
        or cli_tr("nothing")


@main.command("import-bundle")
@click.argument("path", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--receipts", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Where to write the receipt file for the station (default: beside the bundle).")
@click.pass_context
def import_bundle_cmd(ctx: click.Context, path: Path, receipts: Path | None) -> None:
    """Import a station's result bundle (or a lower server's); write the receipt file that clears, where the
    file came from, what this server now holds (none when nothing was stored). Exit status 1 when something
    was refused."""
    from sync_server.bundles import import_bundle
    with _server(ctx) as server:
        try:
            done = import_bundle(server, path.read_bytes())
        except BundleError as exc:
            raise click.ClickException(_refusal(cli_tr("{file} was refused, nothing was stored").format(file=path.name),
                                                exc)) from exc
        held_back = _who_and_what(server, [o.result_id for o in done.outcomes
                                           if o.flags and not o.reason and o.result_id])
    from examcore.refusals import plain_result_refusal
    verbose = bool(ctx.find_root().meta.get("verbose"))
    counts = Counter(o.status.value for o in done.outcomes)
    click.echo(cli_tr("{file} from {sender}: {counts}").format(
        file=path.name, sender=done.sender_id, counts=_counted(counts)))
    for o in done.outcomes:
        if o.reason:
            click.echo(cli_tr("  result {result}: {why}").format(
                result=o.result_id or "?", why=plain_result_refusal(o.reason, o.detail or "")))
            if verbose:
                click.echo(f"    ({o.reason}) {o.detail}")
        elif o.flags:   # stored, and the station may clear it, but it does not count yet
            click.echo(cli_tr("  result {result}: stored but held back, not counted until an administrator "
                              "decides ({rules}); see xuefa-server flagged").format(
                result=held_back.get(o.result_id or "", o.result_id), rules=_rule_words(o.flags.split(","))))
    study = Counter(o.status for o in done.study)
    if done.study:
        click.echo(cli_tr("study records: {counts}").format(counts=_counted(study)))
        for record in done.study:
            if record.status in ("refused", "conflict"):
                click.echo(cli_tr("  study record {record}: {why}").format(
                    record=record.record_id, why=plain_result_refusal(record.reason, record.detail)))
                if verbose:
                    click.echo(f"    ({record.reason}) {record.detail}")
    if done.held:
        out = receipts or path.with_name(path.stem + ".receipts.json")
        try:
            write_atomically(out, done.receipt_file())
        except OSError as exc:   # stored all the same: the same file again writes the receipt
            raise click.ClickException(_refusal(cli_tr("the results were stored here, but the receipt file could "
                                                       "not be written to {file}; import the same file again "
                                                       "(nothing is stored twice) with --receipts on a drive that "
                                                       "can be written").format(file=out), exc)) from exc
        if done.relayed:
            click.echo(cli_tr("receipt file for the sending server ({held} held here): {file} (there: xuefa-server "
                          "import-receipts)").format(held=done.held, file=out))
        else:
            click.echo(cli_tr("receipt file for the station ({held} held here): {file} (there: xuefa "
                          "import-receipts)").format(held=done.held, file=out))
    else:
        click.echo(cli_tr("no receipt file written: nothing in the file was stored here, so nothing may be cleared "
                      "where it came from"))
    if counts.get("refused") or counts.get("conflict") or study.get("refused") or study.get("conflict"):
        sys.exit(1)


def _who_and_what(server, result_ids: list[str]) -> dict[str, str]:
    """result id → "id (learner number name, exam title)", as an administrator finds it in `flagged`."""
    from sqlalchemy import select

    from sync_server.models import Learner, Package, Result
    if not result_ids:
        return {}
    with server.sessions() as s:
        rows = s.execute(select(Result.result_id, Result.learner_no, Learner.name, Package.title)
                         .outerjoin(Learner, Learner.learner_no == Result.learner_no)
                         .outerjoin(Package, Package.package_id == Result.package_id)
                         .where(Result.result_id.in_(result_ids))).all()
    return {rid: f"{rid} ({no} {name or ''}, {title or '?'})".replace(" ,", ",") for rid, no, name, title in rows}


@main.command("export-bundle")
@click.argument("path", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--all", "everything", is_flag=True,
              help="Every result held, also those the upstream has already confirmed.")
@click.pass_context
def export_bundle_cmd(ctx: click.Context, path: Path, everything: bool) -> None:
    """Write the results the upstream has not confirmed, with the stations' certificates, for it by USB."""
    check_output(path, ctx.obj.instance_dir)
    from sync_server.bundles import export_bundle
    with _server(ctx) as server:
        try:
            count, study = export_bundle(server, path, everything)
        except (OSError, BundleError) as exc:
            raise click.ClickException(_refusal(cli_tr("the bundle could not be written to {path}").format(path=path),
                                                exc)) from exc
    click.echo(cli_tr("{count} result(s) written to {path} and verified").format(count=count, path=path)
               + (cli_tr(", with {study} study record(s)").format(study=study) if study else ""))
    if count or study:
        click.echo(cli_tr("carry it to the upstream; bring back the receipt file it writes and run "
                          "`xuefa-server import-receipts FILE`"))


@main.command("import-receipts")
@click.argument("path", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.pass_context
def import_receipts_cmd(ctx: click.Context, path: Path) -> None:
    """Read the receipt file the upstream wrote for a bundle: those results count as delivered upward."""
    from examcore.receipt import ReceiptError
    from sync_server.relay import apply_upstream_receipts
    with _server(ctx) as server:
        try:
            confirmed, unmatched = apply_upstream_receipts(server, path.read_bytes())
        except (ReceiptError, UnicodeDecodeError) as exc:
            raise click.ClickException(_refusal(cli_tr("{file} was refused, nothing changed").format(file=path.name),
                                                exc)) from exc
    click.echo(cli_tr("{confirmed} result(s) confirmed by the upstream").format(confirmed=confirmed)
               + (cli_tr("; {unmatched} receipt(s) match no result held here").format(unmatched=unmatched)
                  if unmatched else ""))


@main.command("trust-upstream")
@click.argument("public_key_file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.pass_context
def trust_upstream_cmd(ctx: click.Context, public_key_file: Path) -> None:
    """Know the upstream by its server-signing.key.pub when no network reaches it (USB only)."""
    from examcore.crypto.keys import fingerprint
    from sync_server.models import Setting
    key, name = _public_key(public_key_file)
    with _server(ctx) as server, server.sessions.begin() as s:
        s.merge(Setting(key="upstream_key", value=key.hex()))
    click.echo(cli_tr("upstream {name} ({fingerprint}) trusted: its receipt files are accepted here").format(
                   name=name, fingerprint=fingerprint(key)))


@main.group()
def sittings() -> None:
    """Sittings (场次): create, list, show and start them (a proctor does it in the station app too)."""


@sittings.command("add")
@click.option("--package", "package_id", required=True, help="The exam package's id (import-package prints it).")
@click.option("--room", required=True, help="The exam room, e.g. 第一考场")
@click.option("--starts", required=True, help="Start time with its zone, e.g. 2026-11-23T09:00+08:00")
@click.option("--learner", "learners", multiple=True, required=True,
              help="A learner number, optionally with the seat: 1101010010001:A01 (repeat).")
@click.option("--late", default=30, show_default=True, type=click.IntRange(0, 240),
              help="Login closes this many minutes after the start.")
@click.option("--unit", "unit_id", default=None, help="The unit whose proctors run it (default: the whole server).")
@click.option("--start-code", default=None,
              help="The package's start code: kept sealed with the sitting so the proctor's console can show and "
                   "print it if the LAN fails on the day.")
@click.option("--include-exempt", is_flag=True,
              help="Seat learners who are exempt (免考), transferred or retired too (refused without it).")
@click.pass_context
def sittings_add(ctx: click.Context, package_id: str, room: str, starts: str, learners: tuple[str, ...], late: int,
                 unit_id: str | None, start_code: str | None, include_exempt: bool) -> None:
    """Create a sitting (场次): an exam package, a room, a start time and the seated learners."""
    from datetime import datetime, timedelta

    from sync_server.sittings import SittingError, create_sitting, set_start_code
    try:
        starts_at = datetime.fromisoformat(starts)
    except ValueError as exc:
        raise click.ClickException(cli_tr("{starts!r} is not a time (e.g. 2026-11-23T09:00+08:00)").format(
                                       starts=starts)) from exc
    seats = [(entry.split(":", 1)[0], entry.split(":", 1)[1] if ":" in entry else "") for entry in learners]
    with _server(ctx) as server:
        if starts_at.tzinfo is not None and starts_at < server.clock.now() - timedelta(hours=12):
            raise click.ClickException(cli_tr("{starts} has passed: a sitting is planned for a time to come "
                                              "(check the date)").format(starts=starts))
        try:
            with server.sessions.begin() as s:
                sitting = create_sitting(s, package_id, room, starts_at, seats, "cli", server.clock.now(), late,
                                         unit_id, seat_inactive=include_exempt)
                sitting_id, title = sitting.sitting_id, sitting.title
                if start_code is not None:
                    s.flush()
                    set_start_code(server, s, sitting_id, start_code, "cli", server.clock.now())
        except SittingError as exc:
            if exc.code == "not_active":
                raise click.ClickException(cli_tr(
                    "the sitting was not created: not active on the roster: {learners}. Leave them out, or seat "
                    "them anyway with --include-exempt").format(learners="、".join(exc.learners))) from exc
            said = {"seated_twice": cli_tr("the sitting was not created: each learner once, but these are named "
                                           "twice: {learners}"),
                    "seat_shared": cli_tr("the sitting was not created: one learner a seat, but these seats are "
                                          "given twice: {learners}"),
                    "seated_elsewhere": cli_tr("the sitting was not created: already seated in an open sitting of "
                                               "this exam that day: {learners} (see sittings list)"),
                    "unknown_learner": cli_tr("the sitting was not created: not on this server's roster: {learners} "
                                              "(import the roster, or check the numbers)"),
                    "no_attempts_left": cli_tr("the sitting was not created: no attempt left at this exam: "
                                               "{learners}")}
            if exc.code in said:
                raise click.ClickException(said[exc.code].format(learners="、".join(exc.learners))) from exc
            if exc.code == "outside_window" and len(exc.times) == 2:
                raise click.ClickException(cli_tr(
                    "the sitting was not created: {starts} is outside the exam's window, {opens} to {closes} "
                    "(this computer's time)").format(starts=_local_minute(starts_at), opens=_local_minute(exc.times[0]),
                                                     closes=_local_minute(exc.times[1]))) from exc
            raise click.ClickException(cli_tr("the sitting was not created ({code}): {detail}").format(
                                           code=exc.code, detail=exc.detail)) from exc
    click.echo(cli_tr("sitting {sitting_id}: {title}, {room}, {starts_at}, {seats} seat(s)").format(
                   sitting_id=sitting_id, title=title, room=room, starts_at=starts_at.isoformat(), seats=len(seats)))


def _local_minute(when) -> str:
    """A moment as the people in the room read it: this computer's time, to the minute."""
    return when.astimezone().strftime("%Y-%m-%d %H:%M")


def _duration(span) -> str:
    """How long ahead, in days, hours or minutes."""
    minutes = int(span.total_seconds() // 60)
    if minutes >= 24 * 60:
        return cli_tr("{days} day(s) {hours} h").format(days=minutes // 1440, hours=minutes % 1440 // 60)
    if minutes >= 60:
        return cli_tr("{hours} h {minutes} min").format(hours=minutes // 60, minutes=minutes % 60)
    return cli_tr("{minutes} min").format(minutes=minutes)


def _sitting_state(state: str) -> str:
    return {"scheduled": cli_tr("scheduled"), "started": cli_tr("started"), "closing": cli_tr("closing"),
            "closed": cli_tr("closed")}.get(state, state)


@sittings.command("list")
@click.pass_context
def sittings_list(ctx: click.Context) -> None:
    """The sittings from yesterday to 30 days ahead, in this computer's time, with their seats and state."""
    from datetime import timedelta

    from sqlalchemy import func

    from examcore.clock import from_utc_naive
    from sync_server.models import SittingSeat
    from sync_server.sittings import sittings_between
    with _server(ctx) as server, server.sessions() as s:
        now = server.clock.now()
        rows = sittings_between(s, now - timedelta(days=1), now + timedelta(days=30))
        seats = dict(s.execute(select(SittingSeat.sitting_id, func.count()).where(
            SittingSeat.sitting_id.in_([r.sitting_id for r in rows])).group_by(SittingSeat.sitting_id)).all())
        for r in rows:
            click.echo(cli_tr("{sitting_id}  {starts_at}  {room}  {title}  {seats} seat(s)  {state}").format(
                           sitting_id=r.sitting_id, starts_at=_local_minute(from_utc_naive(r.starts_at)), room=r.room,
                           title=r.title, seats=seats.get(r.sitting_id, 0), state=_sitting_state(r.state)))
    if not rows:
        click.echo(cli_tr("no sittings from yesterday on"))


@sittings.command("report")
@click.argument("sitting_id")
@click.option("--excel", type=click.Path(dir_okay=False, path_type=Path), default=None, help="Also write it to Excel.")
@click.option("--pdf", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Also write it as a PDF, for printing and signing.")
@click.pass_context
def sittings_report(ctx: click.Context, sitting_id: str, excel: Path | None, pdf: Path | None) -> None:
    """Who sat, who was absent, scores, irregularities and proctor actions; Excel and PDF if asked."""
    for target in (t for t in (excel, pdf) if t):
        check_output(target, ctx.obj.instance_dir)
    from sync_server.sitting_report import _summary_line, sitting_report, write_sitting_excel, write_sitting_pdf
    from sync_server.sittings import SittingError
    with _server(ctx) as server, server.sessions() as s:
        try:
            report = sitting_report(s, sitting_id)
        except SittingError as exc:
            raise click.ClickException(exc.detail) from exc
    click.echo(f"{report['sitting']['title']} {report['sitting']['room']}: {_summary_line(report)}")
    if report["counts"]["results_not_received"]:
        click.echo(cli_tr("{results_not_received} result(s) not yet received from the stations").format(
                       results_not_received=report['counts']['results_not_received']))
    for path, write in ((excel, write_sitting_excel), (pdf, write_sitting_pdf)):
        if path:
            write(path, report)
            click.echo(cli_tr("written to {path}").format(path=path))


@sittings.command("start")
@click.argument("sitting_id")
@click.option("--yes", is_flag=True, help="Do not ask first when the sitting is not due yet.")
@click.pass_context
def sittings_start(ctx: click.Context, sitting_id: str, yes: bool) -> None:
    """Start a sitting: the room's stations receive the exam's key at their next check-in."""
    from datetime import timedelta

    from examcore.clock import from_utc_naive
    from sync_server.models import Sitting
    from sync_server.sittings import SittingError, start
    with _server(ctx) as server:
        with server.sessions() as s:
            due = s.get(Sitting, sitting_id)
        now = server.clock.now()
        # the exam's key goes out at once and cannot be called back: starting before the day is a mistake
        # until someone says otherwise (the proctor console asks the same)
        if due is not None and due.state == "scheduled" and from_utc_naive(due.starts_at) - now > timedelta(minutes=15):
            question = cli_tr("{title} ({room}) is due at {starts_at}, {ahead} from now. Start it now? The "
                              "room's stations then receive the exam's key.").format(
                title=due.title, room=due.room, starts_at=_local_minute(from_utc_naive(due.starts_at)),
                ahead=_duration(from_utc_naive(due.starts_at) - now))
            if not yes and not click.confirm(question, default=False):
                click.echo(cli_tr("not started"), err=True)
                ctx.exit(1)
        try:
            with server.sessions.begin() as s:
                row = start(s, sitting_id, "cli", server.clock.now())
                title = row.title
        except SittingError as exc:
            if exc.code == "already_started" and exc.times:
                raise click.ClickException(cli_tr("{title} ({room}) was already started at {when}: nothing "
                                                  "changed").format(title=due.title if due else sitting_id,
                                                                    room=due.room if due else "",
                                                                    when=_local_minute(exc.times[0]))) from exc
            if exc.code == "not_found":
                raise click.ClickException(cli_tr("there is no sitting {sitting_id}: `sittings list` shows the "
                                                  "sittings and their ids").format(sitting_id=sitting_id)) from exc
            raise click.ClickException(cli_tr("not started ({code}): {detail}").format(
                                           code=exc.code, detail=exc.detail)) from exc
    click.echo(cli_tr("started: {title}").format(title=title))


@main.group()
def devices() -> None:
    """Stations that deliver results here."""


@devices.command("list")
@click.pass_context
def devices_list(ctx: click.Context) -> None:
    """The stations and lower servers known here: approved, waiting for approval, or revoked."""
    from sync_server.models import Device
    with _server(ctx) as server, server.sessions() as s:
        rows = list(s.scalars(select(Device).order_by(Device.status, Device.device_id)))
    for d in rows:
        if d.status == "revoked":   # for good: only `devices approve` takes it back
            state = (cli_tr("revoked on {day:%Y-%m-%d}").format(day=d.revoked_at) if d.revoked_at
                     else cli_tr("revoked"))
        elif d.status == "approved" and d.certificate_expires_at:
            state = cli_tr("approved (certificate valid until {until:%Y-%m-%d})").format(
                until=d.certificate_expires_at)
        else:
            state = {"pending": cli_tr("pending"), "approved": cli_tr("approved")}.get(d.status, d.status)
        click.echo(f"{d.device_id}\t{state}\t{d.note}")
    if not rows:
        click.echo(cli_tr("no devices yet"))


def _serving_unit(server, unit_id: str | None) -> str | None:
    """The unit a station enrolled from this command serves: the one named, or the server's only top
    unit (said aloud). A station serving no unit receives no roster, so none is never silently chosen
    when there is a unit to choose."""
    from sync_server.models import Unit
    if unit_id is not None:
        return unit_id
    with server.sessions() as s:
        tops = list(s.scalars(select(Unit.unit_id).where(Unit.parent_id.is_(None)).order_by(Unit.unit_id)))
    if len(tops) > 1:
        raise click.ClickException(cli_tr("name the unit the station serves with --unit (top units: {units})").format(
                                       units=', '.join(tops)))
    if not tops:
        click.echo(cli_tr("no units yet: such a station receives no roster until it is approved for a unit"), err=True)
        return None
    click.echo(cli_tr("the station(s) will serve unit {unit} and every unit under it (--unit names a smaller "
                      "part)").format(unit=tops[0]),
               err=True)
    return tops[0]


@devices.command("code")
@click.option("--hours", type=click.IntRange(1, 24 * 14), default=24, show_default=True,
              help="How long the code is valid (at most two weeks).")
@click.option("--unit", "unit_id", default=None,
              help="The unit whose roster the station receives (default: the server's top unit).")
@click.option("--room", default=None, help="The exam room the PC stands in: sittings of other rooms refuse it.")
@click.pass_context
def devices_code(ctx: click.Context, hours: int, unit_id: str | None, room: str | None) -> None:
    """Print a one-time enrolment code: a station enrolling with it is approved at once."""
    from sync_server.devices import EnrolmentRefused, create_code
    with _server(ctx) as server:
        try:
            code = create_code(server, hours, _serving_unit(server, unit_id), room)
        except EnrolmentRefused as exc:
            raise click.ClickException(str(exc)) from exc
    click.echo(cli_tr("enrolment code: {code} (one station, valid {hours} h; its last four groups "
                      "are this server's certificate, which the station then trusts)").format(
                   code=_code_with_pin(code, _fingerprint(ctx)), hours=hours))


@devices.command("room-file")
@click.argument("out", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--room", required=True, help="The room, e.g. 第一考场: the PCs are named 第一考场-01, -02 …")
@click.option("--count", required=True, type=click.IntRange(1, 500), help="How many PCs.")
@click.option("--url", "server_url", required=True,
              help="This server's address as the PCs reach it, e.g. https://192.168.1.10:8470")
@click.option("--hours", type=click.IntRange(1, 24 * 14), default=72, show_default=True,
              help="How long the codes are valid (at most two weeks).")
@click.option("--unit", "unit_id", default=None,
              help="The unit whose roster the stations receive (default: the server's top unit).")
@click.pass_context
def devices_room_file(ctx: click.Context, out: Path, room: str, count: int, server_url: str, hours: int,
                      unit_id: str | None) -> None:
    """Pre-enrol a room of PCs: write OUT, an enrolment file with one one-time code per PC, that each PC
    reads at first run (or `xuefa enrol --file OUT --pc NAME`); the codes are also printed, for a list."""
    from datetime import timedelta

    from examcore.enrolment_file import RoomEnrolment
    from sync_server.devices import EnrolmentRefused, create_code, withdraw_codes
    from examcore.tls_pin import PinError, Pins, check_transport
    try:
        check_transport(server_url, Pins("-"))
    except PinError as exc:
        raise click.ClickException(str(exc)) from exc
    room = room.strip()
    if not room:
        raise click.ClickException(cli_tr("--room needs the room's name, e.g. 第一考场"))
    check_output(out, ctx.obj.instance_dir, _is_room_file)   # an earlier room file may be replaced, nothing else
    width = max(2, len(str(count)))
    fingerprint = _fingerprint(ctx) if server_url.startswith("https://") else None
    with _server(ctx) as server:
        unit_id = _serving_unit(server, unit_id)
        try:
            stations = tuple((f"{room}-{n:0{width}d}", create_code(server, hours, unit_id, room))
                             for n in range(1, count + 1))
        except EnrolmentRefused as exc:
            raise click.ClickException(str(exc)) from exc
        enrolment = RoomEnrolment(server_url.rstrip("/"), server.keys.signing.public_raw(), room, unit_id,
                                  server.clock.now() + timedelta(hours=hours), stations, fingerprint)
        try:
            from examcore.private_files import write_private
            write_private(out, enrolment.to_bytes())   # live codes: whoever reads the file can enrol a PC
        except OSError as exc:   # the new codes were never handed out: they go, the earlier file's stay
            withdraw_codes(server, room, only=[code for _, code in stations])
            raise click.ClickException(cli_tr("{out} could not be written ({reason}); nothing changed: the codes "
                                              "just made were withdrawn, an earlier file of the room still "
                                              "works").format(out=out, reason=exc.strerror or exc)) from exc
        # this file replaces any earlier one for the room: a copy of that one left on a USB stick or
        # overwritten here must not enrol a PC any more
        withdrawn = withdraw_codes(server, room, keep=[code for _, code in stations])
    for name, code in stations:
        click.echo(f"{name}\t{code}")
    click.echo(cli_tr("{count} one-time code(s), valid {hours} h, written to {out}. Keep the file with you "
                      "and delete it when the room is enrolled.").format(count=count, hours=hours, out=out))
    if withdrawn:
        click.echo(cli_tr("The {withdrawn} unused code(s) made earlier for {room} no longer work: this file "
                          "replaces them.").format(withdrawn=withdrawn, room=room))


def _is_room_file(data: bytes) -> bool:
    from examcore.enrolment_file import EnrolmentFileError, read_enrolment_file
    try:
        read_enrolment_file(data)
    except EnrolmentFileError:
        return False
    return True


@devices.command("codes")
@click.pass_context
def devices_codes(ctx: click.Context) -> None:
    """List the enrolment codes not yet used and still valid, by room."""
    from examcore.clock import from_utc_naive
    from sync_server.devices import open_codes
    with _server(ctx) as server:
        rows = open_codes(server)
    for row in rows:
        until = _local_minute(from_utc_naive(row.valid_until))
        click.echo(cli_tr("{room}\tunit {unit}\t{count} unused\tvalid until {until}").format(
            room=row.room or cli_tr("(no room)"), unit=row.unit_id or "-", count=row.count, until=until))
    if not rows:
        click.echo(cli_tr("no unused enrolment codes"))


@devices.command("withdraw-codes")
@click.option("--room", default=None, help="Only the codes of this exam room (default: every unused code).")
@click.option("--yes", is_flag=True, help="Do not ask first.")
@click.pass_context
def devices_withdraw_codes(ctx: click.Context, room: str | None, yes: bool) -> None:
    """Make unused enrolment codes unusable: a room file lost, or left over after the room is enrolled."""
    from sync_server.devices import open_codes, withdraw_codes
    with _server(ctx) as server:
        codes = open_codes(server)
        count = sum(r.count for r in codes if room is None or r.room == room)
        if not count:
            click.echo(cli_tr("no unused enrolment codes") + (f" ({room})" if room else ""))
            rooms = sorted({r.room or cli_tr("no room") for r in codes})
            if room and rooms:   # a mistyped room: say which rooms do have codes
                click.echo(cli_tr("rooms with unused codes: {rooms}").format(rooms="、".join(rooms)))
            return
        question = (cli_tr("Withdraw the {count} unused enrolment code(s) of {room}? A PC not yet enrolled then "
                           "needs a new code.").format(count=count, room=room) if room else
                    cli_tr("Withdraw all {count} unused enrolment code(s), of every room? A PC not yet enrolled "
                           "then needs a new code.").format(count=count))
        if not yes and not click.confirm(question, default=False):
            click.echo(cli_tr("nothing withdrawn"), err=True)
            ctx.exit(1)
        withdrawn = withdraw_codes(server, room)
    click.echo(cli_tr("{withdrawn} enrolment code(s) withdrawn").format(withdrawn=withdrawn))


@devices.command("add-server")
@click.argument("public_key_file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.pass_context
def devices_add_server(ctx: click.Context, public_key_file: Path) -> None:
    """Approve a lower server from its server-signing.key.pub, for USB bundles when no network reaches."""
    from examcore.crypto.keys import fingerprint
    from sync_server.devices import EnrolmentRefused, approve_device, request_enrolment
    key, name = _public_key(public_key_file)
    device_id = "server-" + fingerprint(key).replace(":", "")
    with _server(ctx) as server:
        try:
            request_enrolment(server, device_id, key, f"server {name}, added from its key file")
        except EnrolmentRefused as exc:
            raise click.ClickException(str(exc)) from exc
        approve_device(server, device_id)
    click.echo(cli_tr("approved server {name} as {device_id}").format(name=name, device_id=device_id))


@devices.command("approve")
@click.argument("device_id")
@click.option("--days", type=int, default=None, help="Certificate lifetime (default 365).")
@click.option("--unit", "unit_id", default=None,
              help="The unit whose roster the station receives (default: the server's top unit).")
@click.pass_context
def devices_approve(ctx: click.Context, device_id: str, days: int | None, unit_id: str | None) -> None:
    """Approve a station that asked to enrol without a code (devices list shows it), or take back a revoked
    one: it receives its certificate at its next sync."""
    from sync_server.devices import EnrolmentRefused, approve_device
    from sync_server.models import Device
    with _server(ctx) as server:
        with server.sessions() as s:
            known = s.get(Device, device_id)
        if known is None:   # before the unit it would serve is announced
            raise click.ClickException(cli_tr("no device {device_id}; `xuefa-server devices list` shows them").format(
                                           device_id=device_id))
        if unit_id is None and known.unit_id is None:   # a station approved again keeps its unit
            unit_id = _serving_unit(server, None)
        try:
            device = approve_device(server, device_id, days, unit_id)
        except KeyError:
            raise click.ClickException(cli_tr("no device {device_id}; `xuefa-server devices list` shows them").format(
                                           device_id=device_id)) from None
        except EnrolmentRefused as exc:
            raise click.ClickException(str(exc)) from exc
    click.echo(cli_tr("approved {device_id} (certificate valid until {certificate_expires_at:%Y-%m-%d})").format(
                   device_id=device_id, certificate_expires_at=device.certificate_expires_at))


@devices.command("revoke")
@click.argument("device_id")
@click.option("--yes", is_flag=True, help="Do not ask first.")
@click.pass_context
def devices_revoke(ctx: click.Context, device_id: str, yes: bool) -> None:
    """Revoke a station or lower server: its results and requests are refused from then on (it can only
    come back by an administrator's explicit approval)."""
    from sync_server.devices import revoke_device
    from sync_server.models import Device
    with _server(ctx) as server:
        with server.sessions() as s:
            device = s.get(Device, device_id)
        if device is None:
            raise click.ClickException(cli_tr("no device {device_id}").format(device_id=device_id))
        if device.status == "revoked":
            click.echo(cli_tr("{device_id} is already revoked: nothing changed").format(device_id=device_id))
            return
        where = ", ".join(part for part in (device.unit_id and cli_tr("unit {unit}").format(unit=device.unit_id),
                                            device.room, device.note) if part)
        question = cli_tr("Revoke {device_id}{where}? Its results are refused from then on, also those it has "
                          "not delivered yet.").format(device_id=device_id, where=f" ({where})" if where else "")
        if not yes and not click.confirm(question, default=False):
            click.echo(cli_tr("nothing revoked"), err=True)
            ctx.exit(1)
        try:
            revoke_device(server, device_id)
        except KeyError:
            raise click.ClickException(cli_tr("no device {device_id}").format(device_id=device_id)) from None
    click.echo(cli_tr("revoked {device_id}: its results are refused from now on").format(device_id=device_id))


@main.group()
def units() -> None:
    """The units tree (province, city, district, unit)."""


def _level_word(level: str) -> str:
    """A unit's level as the reader says it (省, 市, 县区, 单位 in Chinese)."""
    return {"province": cli_tr("province"), "city": cli_tr("city"), "district": cli_tr("district"),
            "unit": cli_tr("unit")}.get(level, level)


@units.command("add")
@click.argument("unit_id")
@click.argument("name")
@click.option("--level", type=click.Choice(["province", "city", "district", "unit"]), required=True,
              help="province 省, city 市, district 县区 or unit 单位.")
@click.option("--parent", "parent_id", default=None, help="The unit above it (none for the top unit).")
@click.pass_context
def units_add(ctx: click.Context, unit_id: str, name: str, level: str, parent_id: str | None) -> None:
    """Add or rename a unit."""
    from examcore.clock import utc_naive
    from sync_server.directory import DirectoryError, put_unit
    with _server(ctx) as server:
        try:
            with server.sessions.begin() as s:
                put_unit(s, unit_id, name, level, parent_id, utc_naive(server.clock.now()))
                audit.record(s, "unit.put", f"unit:{unit_id}", utc_naive(server.clock.now()),
                             detail=f"{name} ({level}) under {parent_id or '(top)'}")
        except DirectoryError as exc:
            raise click.ClickException(exc.detail) from exc
    click.echo(cli_tr("unit {unit_id} {name} ({level}) saved").format(unit_id=unit_id, name=name,
                                                                      level=_level_word(level)))


@units.command("list")
@click.pass_context
def units_list(ctx: click.Context) -> None:
    """The units tree: each unit with its level and the unit above it."""
    from sync_server.models import Unit
    with _server(ctx) as server, server.sessions() as s:
        rows = list(s.scalars(select(Unit)))
    below: dict[str | None, list] = {}
    for u in rows:
        below.setdefault(u.parent_id if any(p.unit_id == u.parent_id for p in rows) else None, []).append(u)

    def show(parent: str | None, depth: int) -> None:
        for u in sorted(below.get(parent, []), key=lambda u: u.unit_id):
            click.echo(f"{'  ' * depth}{u.unit_id}\t{u.name}\t{_level_word(u.level)}")
            show(u.unit_id, depth + 1)
    show(None, 0)
    if not rows:
        click.echo(cli_tr("no units yet: `xuefa-server units add`"))


@main.command("import-roster")
@click.argument("path", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--slips", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Where to write the new learners' account slips (PDF; default: beside the file).")
@click.pass_context
def import_roster_cmd(ctx: click.Context, path: Path, slips: Path | None) -> None:
    """Add and update learners from an Excel roster (学号, 姓名, 单位, 职务级别, 手机号, 状态 …)."""
    if slips:
        check_output(slips, ctx.obj.instance_dir)
    from examcore.clock import utc_naive
    from sync_server.roster_files import import_roster, write_slips
    with _server(ctx) as server:
        now = utc_naive(server.clock.now())
        with server.sessions.begin() as s:
            done = import_roster(s, path, now)
            if done.problems:
                s.rollback()
            else:
                audit.record(s, "roster.import", f"file:{path.name}", now, detail=f"{len(done.added)} added, "
                             f"{done.updated} updated, {done.transferred} moved")
        if done.problems:
            with server.sessions.begin() as s:
                audit.record(s, "roster.import", f"file:{path.name}", now, "refused", f"{len(done.problems)} problem(s)")
        name = server.keys.name
    for p in done.problems:
        click.echo(cli_tr("  problem: {p}").format(p=p))
    if done.problems:
        raise click.ClickException(cli_tr("nothing was changed: fix the {count} problem(s) above").format(
                                       count=len(done.problems)))
    click.echo(cli_tr("{name}: {added} new learner(s), {updated} updated ({transferred} moved to another unit)").format(
                   name=path.name, added=len(done.added), updated=done.updated, transferred=done.transferred))
    if done.added:
        out = slips or path.with_name(path.stem + ".slips.pdf")
        write_slips(out, done.added, name)
        click.echo(cli_tr("account slips with the one-time passwords: {out} (print, hand out, then delete the "
                          "file)").format(out=out))


@main.command("export-roster")
@click.argument("path", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--unit", "unit_id", default=None, help="Only this unit and the units below it.")
@click.pass_context
def export_roster_cmd(ctx: click.Context, path: Path, unit_id: str | None) -> None:
    """Write the roster in the import template's layout."""
    check_output(path, ctx.obj.instance_dir)
    from sync_server.directory import subtree
    from sync_server.roster_files import export_roster
    with _server(ctx) as server, server.sessions() as s:
        from examcore.private_files import create_private
        count = export_roster(s, create_private(path), subtree(s, unit_id) if unit_id else None)   # names, phones
    click.echo(cli_tr("{count} learner(s) written to {path}").format(count=count, path=path))


@main.command("reset-password")
@click.argument("learner_no")
@click.option("--slips", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Also write the account slip (PDF).")
@click.pass_context
def reset_password_cmd(ctx: click.Context, learner_no: str, slips: Path | None) -> None:
    """Give a learner a new one-time password (it reaches the stations with the next sync)."""
    if slips:
        check_output(slips, ctx.obj.instance_dir)
    from examcore.clock import utc_naive
    from sync_server.directory import DirectoryError, reset_password
    from sync_server.models import Learner, Unit
    from sync_server.roster_files import Slip, write_slips
    with _server(ctx) as server:
        try:
            with server.sessions.begin() as s:
                password = reset_password(s, learner_no, utc_naive(server.clock.now()))
                audit.record(s, "learner.reset_password", f"learner:{learner_no}", utc_naive(server.clock.now()))
                row = s.get(Learner, learner_no)
                unit = s.get(Unit, row.unit_id)
                slip = Slip(learner_no, row.name, unit.name if unit else row.unit_id, password, row.password_expires_at)
        except DirectoryError as exc:
            raise click.ClickException(exc.detail) from exc
        name = server.keys.name
    click.echo(cli_tr("new one-time password for {learner_no} {name}: {password} (valid until "
                      "{expires_at:%Y-%m-%d}; must be changed at first login)").format(
                   learner_no=learner_no, name=slip.name, password=password, expires_at=slip.expires_at))
    if slips:
        write_slips(slips, [slip], name)
        click.echo(cli_tr("account slip: {slips}").format(slips=slips))


def _read_password(prompt: str) -> str:
    """A password from the terminal (hidden, asked twice) or, when stdin is not a terminal, its first
    line; never from the command line, where it would stay in the shell's history and the process list."""
    if sys.stdin.isatty():
        return click.prompt(prompt, hide_input=True, confirmation_prompt=True)
    line = sys.stdin.readline()
    if not line:
        raise click.ClickException(cli_tr("no password: type it when asked, or give it on stdin (one line)"))
    return line.rstrip("\r\n")


@main.command("create-admin")
@click.argument("username")
@click.option("--role", type=click.Choice(["proctor", "unit_admin", "centre_admin", "provincial_admin"]), required=True,
              help="proctor: runs sittings of the unit's subtree, nothing else.")
@click.option("--unit", "unit_id", required=True, help="The unit whose subtree this administrator manages.")
@click.option("--full-name", default="", help="The administrator's name, for the unit summary table.")
@click.option("--phone", default="", help="Contact phone, for the unit summary table.")
@click.option("--email", default="", help="Contact e-mail, for the unit summary table.")
@click.pass_context
def create_admin_cmd(ctx: click.Context, username: str, role: str, unit_id: str, full_name: str, phone: str,
                     email: str) -> None:
    """Create an administrator account scoped to a unit's subtree. The first password is asked for (hidden)
    or read from stdin: at least 12 characters, not a common password, not the user name. Its owner must
    change it at the first login."""
    from examcore.clock import utc_naive
    from sync_server.admins import create_admin
    from sync_server.directory import DirectoryError
    password = _read_password("Password")
    with _server(ctx) as server:
        try:
            with server.sessions.begin() as s:
                create_admin(s, username, password, role, unit_id, utc_naive(server.clock.now()), full_name, phone,
                             email)
        except DirectoryError as exc:
            raise click.ClickException(exc.detail) from exc
    click.echo(cli_tr("administrator {username} ({role}) for {unit_id} and the units below it created; the "
                      "password must be changed at the first login").format(
                   username=username, role=role, unit_id=unit_id))


@main.group("admins")
def admins_group() -> None:
    """Administrator accounts: list, new password, disable, enable, role, end their sessions."""


@contextmanager
def _account_change(ctx: click.Context):
    """A transaction on the server's database; a refusal becomes a plain error message."""
    from sync_server.directory import DirectoryError
    with _server(ctx) as server:
        try:
            with server.sessions.begin() as s:
                yield s, _naive_now(server)
        except DirectoryError as exc:
            raise click.ClickException(exc.detail) from exc


def _naive_now(server):
    from examcore.clock import utc_naive
    return utc_naive(server.clock.now())


@admins_group.command("list")
@click.pass_context
def admins_list(ctx: click.Context) -> None:
    """The administrator and proctor accounts: role, unit, and whether disabled."""
    from sync_server.models import AdminAccount
    with _server(ctx) as server, server.sessions() as s:
        now = _naive_now(server)
        rows = list(s.scalars(select(AdminAccount).order_by(AdminAccount.unit_id, AdminAccount.username)))
    for a in rows:
        flags = [w for w, on in (("disabled", a.disabled), ("must change password", a.must_change_password),
                                 ("locked", bool(a.locked_until and a.locked_until > now))) if on]
        click.echo(f"{a.username}\t{a.role}\t{a.unit_id}\t{a.full_name}\t{', '.join(flags)}")
    if not rows:
        click.echo(cli_tr("no administrators yet: `xuefa-server create-admin`"))


@admins_group.command("passwd")
@click.argument("username")
@click.option("--keep", is_flag=True, help="The owner typed it here themselves: no forced change at the next login.")
@click.pass_context
def admins_passwd(ctx: click.Context, username: str, keep: bool) -> None:
    """Set a new password (asked for, hidden, or read from stdin); every session of the account ends. The
    owner must change it at the next login unless --keep."""
    from sync_server.admins import set_password
    password = _read_password(f"New password for {username}")
    with _account_change(ctx) as (s, now):
        set_password(s, username, password, now, must_change=not keep)
    click.echo(cli_tr("password of {username} set; their sessions ended").format(username=username)
               + ("" if keep else cli_tr("; it must be changed at the next login")))


@admins_group.command("disable")
@click.argument("username")
@click.pass_context
def admins_disable(ctx: click.Context, username: str) -> None:
    """The account can no longer log in; its sessions end at once."""
    from sync_server.admins import set_disabled
    with _account_change(ctx) as (s, now):
        set_disabled(s, username, True, now)
    click.echo(cli_tr("{username} disabled").format(username=username))


@admins_group.command("enable")
@click.argument("username")
@click.pass_context
def admins_enable(ctx: click.Context, username: str) -> None:
    """Enable a disabled account again."""
    from sync_server.admins import set_disabled
    with _account_change(ctx) as (s, now):
        set_disabled(s, username, False, now)
    click.echo(cli_tr("{username} enabled").format(username=username))


@admins_group.command("set-role")
@click.argument("username")
@click.argument("role", type=click.Choice(["proctor", "unit_admin", "centre_admin", "provincial_admin"]))
@click.pass_context
def admins_set_role(ctx: click.Context, username: str, role: str) -> None:
    """Change the role (the unit stays); the account's sessions end."""
    from sync_server.admins import set_role
    with _account_change(ctx) as (s, now):
        set_role(s, username, role, now)
    click.echo(cli_tr("{username} is now {role}").format(username=username, role=role))


@admins_group.command("logout-all")
@click.argument("username")
@click.pass_context
def admins_logout_all(ctx: click.Context, username: str) -> None:
    """End every session of the account (a lost laptop, a token seen by someone)."""
    from sync_server.admins import logout_all
    with _account_change(ctx) as (s, now):
        ended = logout_all(s, username, now)
    click.echo(cli_tr("{ended} session(s) of {username} ended").format(ended=ended, username=username))


@main.command()
@click.argument("exam_id")
@click.option("--unit", "unit_id", default=None, help="The unit to report on (default: the top unit).")
@click.option("--leaders", is_flag=True, help="Only leaders (the organisation department's report).")
@click.option("--excel", type=click.Path(dir_okay=False, path_type=Path), default=None, help="Also write it to Excel.")
@click.pass_context
def report(ctx: click.Context, exam_id: str, unit_id: str | None, leaders: bool, excel: Path | None) -> None:
    """Participation and pass rates for an exam: the unit, then each unit below it."""
    if excel:
        check_output(excel, ctx.obj.instance_dir)
    from sync_server.directory import end_exemptions
    from sync_server.reports import COLUMNS, report_rows, unit_report, write_report_excel
    from sync_server.models import Package, Result
    with _server(ctx) as server, server.sessions() as s:
        end_exemptions(server)
        known = s.scalars(select(Package.exam_id).where(Package.exam_id == exam_id).limit(1)).first() or \
            s.scalars(select(Result.exam_id).where(Result.exam_id == exam_id).limit(1)).first()
        if known is None:   # a typo would otherwise print a report of everyone absent
            raise click.ClickException(cli_tr("no exam {exam_id} on this server (neither its package nor a result "
                                              "of it)").format(exam_id=exam_id))
        unit_id = _report_unit(s, unit_id)
        result = unit_report(s, exam_id, unit_id, leaders)
    click.echo("\t".join(COLUMNS))
    for row in report_rows(result):
        click.echo("\t".join("" if v is None else str(v) for v in row))
    if excel:
        write_report_excel(excel, result, f"{exam_id} 参考及合格情况" + ("（领导干部）" if leaders else ""))
        click.echo(cli_tr("written to {excel}").format(excel=excel))


def _rule_words(codes) -> str:
    """The acceptance rules a result broke, as sentences in the user's language (sync_server/acceptance.py)."""
    from examcore.cli_text import language
    from sync_server.acceptance import RULES, RULES_ZH
    words = RULES_ZH if language() == "zh_CN" else RULES
    return cli_tr("; ").join(words.get(code, code) for code in codes if code)


DECISION_DETAIL = re.compile(r"(?P<who>.+?): (?P<was>\w+) -> (?P<now>\w+) \((?P<rules>[\w,]*)\): (?P<reason>.*)", re.S)


def _review_words(review: str) -> str:
    return {"held": cli_tr("held"), "accepted": cli_tr("accepted"), "rejected": cli_tr("rejected")}.get(review, review)


def _alert_words(kind: str) -> str:
    """What an alert is about, in the user's language (the code stays in the database and the API)."""
    return {"result_held": cli_tr("result held back"), "score_mismatch": cli_tr("score differs from the re-grade"),
            "late_answers": cli_tr("answers after time-up"), "points_short": cli_tr("study points short"),
            "conflicting_attempt": cli_tr("two results for one attempt"),
            "conflicting_upload": cli_tr("a result re-sent changed"),
            "package_skipped": cli_tr("exam package not taken"), "study_file_skipped": cli_tr("study file not taken"),
            "result_accepted": cli_tr("held result accepted"), "result_rejected": cli_tr("held result rejected"),
            "password_change_outside_unit": cli_tr("password change from outside the unit")}.get(kind, kind)


@main.command()
@click.option("--rule", default=None, type=click.Choice(list(RULES)),
              help="Only results that broke this rule (flagged --help lists them).")
@click.option("--review", type=click.Choice(["held", "accepted", "rejected", "all"]), default="held", show_default=True,
              help="held: waiting for a decision; accepted or rejected: decided; all.")
@click.pass_context
def flagged(ctx: click.Context, rule: str | None, review: str) -> None:
    """Results stored but held back (not counted) by the acceptance rules, with the rules they broke."""
    from sync_server.review import flagged_results
    with _server(ctx) as server, server.sessions() as s:
        rows = flagged_results(s, None, rule=rule, review=None if review == "all" else review)
    for r in rows:
        decided = cli_tr(" ({review} by {who}: {reason})").format(
            review=_review_words(r["review"]), who=r["reviewed_by"], reason=r["review_reason"]) if r["reviewed_by"] else ""
        click.echo(f"{r['result_id']}  {r['learner_no']} {r['name']}  {r['exam_id']} {r['score']}  "
                   f"{r['device_id']}  {_rule_words(r['flags'])}{decided}")
    click.echo(cli_tr("{count} result(s)").format(count=len(rows)))


@main.command()
@click.argument("result_id")
@click.argument("decision", type=click.Choice(["accept", "reject"]))
@click.option("--reason", required=True, help="Why (kept with who decided and when).")
@click.option("--by", "who", required=True, help="Who decides: the user name of an administrator account here "
                                                   "(not a proctor's); kept as 'NAME (server console)'.")
@click.option("--yes", is_flag=True, help="Do not ask first when it changes an earlier decision.")
@click.pass_context
def decide(ctx: click.Context, result_id: str, decision: str, reason: str, who: str, yes: bool) -> None:
    """Accept a held result (it counts from now on) or reject it (it stays stored, never counts)."""
    from sync_server.admins import scope_of
    from sync_server.models import AdminAccount, Learner, Result
    from sync_server.review import DECISIONS, ReviewError
    from sync_server.review import decide as decide_result
    with _server(ctx) as server:
        try:
            with server.sessions.begin() as s:
                account = s.get(AdminAccount, who)
                if account is None or account.disabled:
                    raise click.ClickException(cli_tr("{who!r} is not an administrator account here "
                                                      "(xuefa-server admins list): a decision is kept with "
                                                      "who made it").format(who=who))
                if account.role == "proctor":
                    raise click.ClickException(cli_tr("{who} is a proctor: results are decided by an administrator "
                                                      "of the learner's unit").format(who=who))
                row = s.get(Result, result_id)
                learner = s.get(Learner, row.learner_no) if row is not None else None
                if row is not None and not scope_of(s, account).has_unit(learner.unit_id if learner else None):
                    raise click.ClickException(cli_tr("{who} does not administer the unit of learner {learner_no}: "
                                                      "the decision is for an administrator over it").format(
                                                   who=who, learner_no=row.learner_no))
                if row is not None and row.reviewed_by and row.review != DECISIONS[decision] and not yes:
                    question = cli_tr("{result_id} was {review} by {by} ({reason}). Change it?").format(
                        result_id=result_id, review=_review_words(row.review), by=row.reviewed_by,
                        reason=row.review_reason)
                    if not click.confirm(question, default=False):
                        click.echo(cli_tr("nothing changed"), err=True)
                        ctx.exit(1)
                row = decide_result(s, result_id, decision, reason, f"{who} (server console)", server.clock.now())
        except ReviewError as exc:
            raise click.ClickException(exc.detail) from exc
    click.echo(cli_tr("{result_id}: {review} by {who}").format(result_id=row.result_id, review=_review_words(row.review),
                                                                who=row.reviewed_by))


@main.command()
@click.argument("learner_no")
@click.pass_context
def archive(ctx: click.Context, learner_no: str) -> None:
    """一人一档: a learner's exams by year, each attempt, and the one that counts."""
    from sync_server.models import Learner
    from sync_server.reports import personal_archive
    from sync_server.study import points_by_year
    with _server(ctx) as server, server.sessions() as s:
        row = s.get(Learner, learner_no)
        if row is None:
            raise click.ClickException(cli_tr("no learner {learner_no}").format(learner_no=learner_no))
        exams = personal_archive(s, learner_no)
        study = points_by_year(s, learner_no, server.clock.now())
        click.echo(f"{row.learner_no} {row.name} ({row.unit_id}, {row.rank or '-'})")
    for year in study:
        click.echo(cli_tr("{year}  study points {points} (by the deadline {points_by_deadline} of "
                          "{threshold}: {reached})").format(
                       year=year['year'], points=year['points'], points_by_deadline=year['points_by_deadline'],
                       threshold=year['threshold'],
                       reached=cli_tr('reached') if year['reached'] else cli_tr('not reached')))
    for exam in exams:
        click.echo(f"{exam['year']}  {exam['title']}: {exam['counted_score']} {exam['counted_outcome']}")
        for a in exam["attempts"]:
            click.echo(f"    {a['submitted_at'][:16]} {a['score']} {a['outcome']}{' (make-up)' if a['makeup'] else ''}")
    if not exams:
        click.echo(cli_tr("no exam results yet"))


def _report_unit(s, unit_id: str | None) -> str:
    """The unit a report starts from: the one named, or the top unit."""
    from sync_server.models import Unit
    if unit_id is None:
        top = s.scalars(select(Unit).where(Unit.parent_id.is_(None)).order_by(Unit.unit_id)).first()
        if top is None:
            raise click.ClickException(cli_tr("no units yet: `xuefa-server units add`"))
        return top.unit_id
    if s.get(Unit, unit_id) is None:
        raise click.ClickException(cli_tr("no unit {unit_id}; `xuefa-server units list` shows them").format(
                                       unit_id=unit_id))
    return unit_id


def _table(columns: list[str], rows: list[list], excel: Path | None, sheet: str) -> None:
    """A report on the terminal (tab-separated), and in an Excel sheet if asked."""
    click.echo("\t".join(columns))
    for row in rows:
        click.echo("\t".join("" if v is None else str(v) for v in row))
    if excel:
        from openpyxl import Workbook

        from examcore.spreadsheet import append_row
        wb = Workbook()
        wb.active.title = sheet
        append_row(wb.active, columns)
        for row in rows:
            append_row(wb.active, row)
        wb.save(excel)
        click.echo(cli_tr("written to {excel}").format(excel=excel))


@main.command("item-analysis")
@click.argument("exam_id")
@click.option("--excel", type=click.Path(dir_okay=False, path_type=Path), default=None, help="Also write it to Excel.")
@click.pass_context
def item_analysis_cmd(ctx: click.Context, exam_id: str, excel: Path | None) -> None:
    """How each question of an exam worked: facility, discrimination, options chosen; worst first."""
    from sync_server.item_analysis import item_analysis
    with _server(ctx) as server:
        stats = item_analysis(server, exam_id)
    if not stats:
        raise click.ClickException(cli_tr("no results for exam {exam_id} on this server").format(exam_id=exam_id))
    columns = ["题目", "作答人次", "难度(得分率)", "区分度", "选项分布", "未作答", "正确答案", "提示"]
    rows = []
    for i in stats:
        hint = ("check the key: weaker candidates did better" if i.discrimination is not None and i.discrimination < 0
                else "does not separate strong from weak" if i.discrimination is not None and i.discrimination < 0.2
                else "")
        rows.append([i.question_id, i.shown, round(i.facility, 3),
                     "" if i.discrimination is None else round(i.discrimination, 3),
                     " ".join(f"{k}:{v}" for k, v in sorted(i.chosen.items())), i.unanswered, i.answer, hint])
    _table(columns, rows, excel, "试题分析")


@main.command("report-units")
@click.option("--unit", "unit_id", default=None, help="The unit to start from (default: the top unit).")
@click.option("--excel", type=click.Path(dir_okay=False, path_type=Path), default=None, help="Also write it to Excel.")
@click.pass_context
def report_units(ctx: click.Context, unit_id: str | None, excel: Path | None) -> None:
    """The unit summary table: each unit, its headcount, its unit administrators' names, phones and e-mails."""
    from sync_server.directory import end_exemptions
    from sync_server.reports import SUMMARY_COLUMNS, summary_rows, unit_summary
    with _server(ctx) as server, server.sessions() as s:
        end_exemptions(server)
        unit_id = _report_unit(s, unit_id)
        rows = summary_rows(unit_summary(s, unit_id))
    _table(SUMMARY_COLUMNS, rows, excel, "单位汇总")


@main.command("trust-issuer")
@click.argument("public_key_file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.pass_context
def trust_issuer_cmd(ctx: click.Context, public_key_file: Path) -> None:
    """Accept exam packages signed by this issuer (its .pub file from xuefa-pack); stations learn it too."""
    from examcore.clock import utc_naive
    from examcore.crypto.keys import fingerprint
    from sync_server.directory import trust_issuer
    key, name = _public_key(public_key_file)
    with _server(ctx) as server, server.sessions.begin() as s:
        new = trust_issuer(s, key, name, utc_naive(server.clock.now()))
    click.echo(cli_tr("issuer {name} ({fingerprint}) {state}").format(
                   name=name, fingerprint=fingerprint(key),
                   state=cli_tr('trusted') if new else cli_tr('was already trusted')))


@main.command("set-policy")
@click.argument("key")
@click.argument("value", type=int)
@click.pass_context
def set_policy_cmd(ctx: click.Context, key: str, value: int) -> None:
    """Set a policy value handed down to stations (late_login_minutes, sync_interval_seconds, …)."""
    from examcore.clock import utc_naive
    from sync_server.directory import DirectoryError, set_policy
    with _server(ctx) as server:
        try:
            with server.sessions.begin() as s:
                current = set_policy(s, key, value, utc_naive(server.clock.now()))
                audit.record(s, "policy.set", f"policy:{key}", utc_naive(server.clock.now()), detail=str(value))
        except DirectoryError as exc:
            raise click.ClickException(exc.detail) from exc
    click.echo("policy: " + ", ".join(f"{k}={v}" for k, v in sorted(current.items())))


@main.command()
@click.pass_context
def status(ctx: click.Context) -> None:
    """Results held and waiting to go up, devices waiting, the last sync each way, alerts."""
    from examcore.clock import from_utc_naive
    from sync_server.ingest import HELD_PREFIX
    from sync_server.models import Alert, Device, Result
    from sync_server.relay import pending_relay, setting
    from sync_server.study_relay import pending_study_relay
    with _server(ctx) as server, server.sessions() as s:
        results = s.scalar(select(func.count()).select_from(Result))
        pending = s.scalar(select(func.count()).select_from(Device).where(Device.status == "pending"))
        alerts = list(s.scalars(select(Alert).order_by(Alert.id.desc()).limit(20)))
        name = server.keys.name
        upstream = setting(server, "upstream_url")
        to_relay = pending_relay(server)
        study_left = pending_study_relay(server)
        last_down, last_up = setting(server, "pull_last"), setting(server, "relay_last")
        from sync_server.bundles import enrols_stations
        top = not upstream and not enrols_stations(server)   # a province: lower servers, no station of its own
        from sync_server.review import held_counts
        held = held_counts(s)
    click.echo(cli_tr("{name}: {results} result(s), {pending} device(s) waiting for approval, "
                      "{alerts} alert(s)").format(
                   name=name, results=results, pending=pending, alerts=len(alerts)))
    if upstream:
        click.echo(cli_tr("upstream {upstream}: {to_relay} result(s) not yet confirmed by it; last taken from "
                          "it: {last_down}; last relayed to it: {last_up}").format(
                       upstream=upstream, to_relay=to_relay, last_down=(last_down or cli_tr('never'))[:19],
                       last_up=(last_up or cli_tr('never'))[:19]))
    elif top:
        click.echo(cli_tr("top server: no upstream (results from the servers below stay here)"))
    else:
        click.echo(cli_tr("no upstream set (xuefa-server set-upstream URL); {to_relay} result(s) not yet "
                          "confirmed upstream (by USB: export-bundle, then import-receipts)").format(
                       to_relay=to_relay))
    if study_left and not top:
        click.echo(cli_tr("{study_left} study record(s) not yet confirmed upstream").format(study_left=study_left))
    if held.get("total"):
        click.echo(cli_tr("{total} result(s) held back, not counted until an administrator decides: ").format(
                       total=held["total"]) + cli_tr("; ").join(f"{_rule_words([code])} {n}"
                                                                    for code, n in held.items() if code != "total"))
    for a in alerts:
        detail = a.detail
        if a.kind == "result_held" and detail.startswith(HELD_PREFIX):   # the rules, as sentences
            detail = _rule_words(detail.removeprefix(HELD_PREFIX).split(","))
        elif decision := DECISION_DETAIL.fullmatch(detail):   # review.decide's "who: was -> now (rules): why"
            detail = cli_tr("{who}: {was} → {now} ({rules}): {reason}").format(
                who=decision["who"], was=_review_words(decision["was"]), now=_review_words(decision["now"]),
                rules=_rule_words(decision["rules"].split(",")), reason=decision["reason"])
        click.echo(f"  {_local_minute(from_utc_naive(a.created_at))} {_alert_words(a.kind)} {a.result_id or ''} "
                   f"{detail}")


@main.command("set-upstream")
@click.argument("url")
@click.option("--code", default=None,
              help="The enrolment code the upstream's administrator gave (its last four groups name the upstream's "
                   "certificate, which this server then pins).")
@click.option("--fingerprint", default=None,
              help="The upstream's certificate fingerprint (its `xuefa-server tls show`), when enrolling without "
                   "a code.")
@click.option("--proxy", default=None,
              help="Reach the upstream through this HTTP proxy (http://host:port), e.g. the office's gateway. "
                   "The system's proxy settings are never used.")
@click.pass_context
def set_upstream_cmd(ctx: click.Context, url: str, code: str | None, fingerprint: str | None,
                     proxy: str | None) -> None:
    """Enrol this server with the server above it (e.g. the province) at URL, pinning its certificate."""
    from examcore.sync_client import SyncError
    from sync_server.relay import set_upstream
    with _server(ctx) as server:
        try:
            status = set_upstream(server, url, code, fingerprint, proxy)
        except SyncError as exc:
            raise click.ClickException(_refusal(cli_tr("the upstream was not set"), exc)) from exc
    click.echo(cli_tr("upstream {url}: {status}").format(url=url, status=status)
               + ("" if status == "approved" else cli_tr(" (ask its administrator to approve this server)")))


@main.command("sync-upstream")
@click.pass_context
def sync_upstream(ctx: click.Context) -> None:
    """Take the upstream's changes (roster, packages, policy, revocations), then relay every result it
    lacks; resumes where an interrupted run stopped."""
    from examcore.sync_client import SyncError
    from sync_server.pull import pull
    from sync_server.relay import relay
    from sync_server.study_relay import relay_study
    with _server(ctx) as server:
        try:
            got = pull(server)
        except SyncError as exc:
            raise click.ClickException(_refusal(cli_tr("taking changes from the upstream stopped (run it again to "
                                                   "resume)"), exc)) from exc
        click.echo(cli_tr("{applied} change(s) taken from the upstream, {packages} new package(s)").format(
                       applied=got.applied, packages=got.packages))
        for why in got.skipped:
            click.echo(cli_tr("  skipped: {why}").format(why=why))
        with click.progressbar(length=1, label="relaying results", file=sys.stderr) as bar:
            def progress(done: int, total: int) -> None:
                bar.length = max(total, 1)
                bar.update(done - bar.pos)
            try:
                report = relay(server, progress)
            except SyncError as exc:
                raise click.ClickException(_refusal(cli_tr("the relay stopped (run it again to resume)"), exc)) from exc
        try:
            study = relay_study(server)
        except SyncError as exc:
            raise click.ClickException(_refusal(cli_tr("relaying study records stopped (run it again to resume)"),
                                                exc)) from exc
    click.echo(cli_tr("{sent} result(s) sent, {already_there} already upstream; both sides hold {count}: "
                      "{match}").format(
                   sent=report.sent, already_there=report.already_there, count=report.count,
                   match=cli_tr('match') if report.match else cli_tr('MISMATCH')))
    for o in report.refused:
        click.echo(cli_tr("  refused {result_id}: {reason}: {detail}").format(
                       result_id=o['result_id'], reason=o['reason'], detail=o['detail']))
    click.echo(cli_tr("{sent} study record(s) sent, {already_there} already upstream").format(
                   sent=study.sent, already_there=study.already_there))
    for o in study.refused:
        click.echo(cli_tr("  refused study record {record_id}: {status}: {detail}").format(
                       record_id=o['record_id'], status=o['status'], detail=o['detail']))
    if report.refused or not report.match or study.refused:
        sys.exit(1)


@main.group()
def tls() -> None:
    """This server's TLS certificate: show it, make it (an instance from before TLS), rotate it."""


@tls.command("show")
@click.pass_context
def tls_show(ctx: click.Context) -> None:
    """Print the certificate's fingerprint (and the next one, during a rotation)."""
    from examcore.tls_pin import show, short
    from sync_server.tls import current, staged
    now, nxt = current(ctx.obj.instance_dir), staged(ctx.obj.instance_dir)
    if now is None:
        raise click.ClickException(cli_tr("this instance has no TLS certificate yet: `xuefa-server tls create`"))
    click.echo(cli_tr("certificate {cert}: {long} (short form for typing: {short})").format(
                   cert=now.cert, long=show(now.fingerprint), short=show(short(now.fingerprint))))
    if nxt is not None:
        click.echo(cli_tr("next certificate, announced to stations: {show}").format(show=show(nxt.fingerprint)))


@tls.command("create")
@click.option("--hostname", "hostnames", multiple=True, help="A name or IP address clients use (repeat).")
@click.pass_context
def tls_create(ctx: click.Context, hostnames: tuple[str, ...]) -> None:
    """Make the TLS certificate of an instance made before TLS (`init` makes one for new instances)."""
    from sync_server.keys import load_keys
    try:
        name = load_keys(ctx.obj.instance_dir).name
    except KeyFileError as exc:
        raise click.ClickException(str(exc)) from exc
    _echo_tls(_create_tls(ctx.obj.instance_dir, name, hostnames).fingerprint)
    click.echo(cli_tr("stations enrolled before have no pin for it: enrol them again with a new code "
                      "(`devices code` or `devices room-file`)"))


@tls.command("rotate")
@click.option("--switch", is_flag=True,
              help="Second step: make the announced certificate the current one (then restart serve).")
@click.option("--hostname", "hostnames", multiple=True, help="A name or IP address clients use (repeat).")
@click.option("--again", is_flag=True,
              help="Replace a next certificate already announced (clients that took it must sync again).")
@click.option("--yes", is_flag=True, help="Do not ask first before the switch.")
@click.pass_context
def tls_rotate(ctx: click.Context, switch: bool, hostnames: tuple[str, ...], again: bool, yes: bool) -> None:
    """Replace the certificate without cutting stations off: first `tls rotate` makes the next certificate
    and announces it in the signed change feed; once the stations and lower servers have synced, `tls rotate
    --switch` puts it in place."""
    from examcore.clock import utc_naive
    from examcore.tls_pin import show
    from sync_server import changes
    from sync_server.tls import TlsError, required, stage_next, staged, switch as switch_certificate
    folder = ctx.obj.instance_dir
    if switch and (again or hostnames):
        raise click.ClickException(cli_tr("--switch puts the announced certificate in place as it is: it takes "
                                          "neither --again nor --hostname"))
    with _server(ctx) as server:
        try:
            if switch:
                announced = staged(folder)
                # every client that has not synced since the announcement is cut off: ask, and say so
                if announced is not None and not yes and not click.confirm(cli_tr(
                        "Switch to {show} now? Stations and lower servers that have not synced since it was "
                        "announced must then enrol again, and enrolment codes and room files made before "
                        "name the old certificate.").format(show=show(announced.fingerprint)), default=False):
                    click.echo(cli_tr("nothing changed"), err=True)
                    ctx.exit(1)
                done = switch_certificate(folder)
                click.echo(cli_tr("the certificate is now {show}; restart `xuefa-server serve` (and a proxy "
                                  "that uses it). Clients that synced since the rotation accept it; others "
                                  "must enrol again.").format(show=show(done.fingerprint)))
                return
            old = required(folder)
            announced = staged(folder)
            replaced = announced.fingerprint if announced is not None else None   # before the files change
            # a second rotation would silently replace the certificate the stations were told to accept:
            # after the switch, every station that synced only in between would be cut off
            if announced is not None and not again:
                raise click.ClickException(cli_tr(
                    "a next certificate {show} is already announced, and stations that synced since accept "
                    "it. Put it in place with `xuefa-server tls rotate --switch`; or replace it with `tls rotate "
                    "--again`, after which every station must sync again before the switch.").format(
                        show=show(announced.fingerprint)))
            nxt = stage_next(folder, server.keys.name, hostnames)
        except TlsError as exc:
            raise click.ClickException(str(exc)) from exc
        with server.sessions.begin() as s:
            changes.record(s, "tls", "tls", {"current": old.fingerprint, "next": nxt.fingerprint},
                           utc_naive(server.clock.now()))
    click.echo(cli_tr("next certificate {show} announced to the stations and lower servers with their next "
                      "sync. When they have all synced (a day of normal work), run `xuefa-server tls rotate "
                      "--switch` and restart serve.").format(show=show(nxt.fingerprint)))
    if replaced is not None:
        click.echo(cli_tr("it replaces {show}, announced before: stations that took that one accept this one "
                          "only after they sync again").format(show=show(replaced)))


@main.command()
@click.option("--host", default="127.0.0.1", show_default=True,
              help="The address to listen on; 0.0.0.0 for every network. Off loopback the server speaks HTTPS.")
@click.option("--port", default=8470, show_default=True, type=int, help="The port to listen on.")
@click.option("--threads", default=8, show_default=True, type=int,
              help="Requests worked on at once (per worker process).")
@click.option("--connections", default=500, show_default=True, type=int,
              help="Open connections served at once. Every station in a room keeps one open; past the limit "
                   "idle ones are closed. 500 is the most select() handles on Windows.")
@click.option("--workers", default=1, show_default=True, type=int,
              help="Worker processes (Linux, with gunicorn: pip install 'xuefa[province]'); one per core "
                   "lets a provincial server verify results on every core.")
@click.option("--tls/--no-tls", "use_tls", default=None,
              help="HTTPS with the instance's certificate. Default: HTTPS, except plain HTTP on a loopback "
                   "address (127.0.0.1), which only this PC reaches.")
@click.option("--behind-proxy", is_flag=True,
              help="Plain HTTP for a reverse proxy (nginx, HAProxy) in front: the proxy MUST terminate TLS with "
                   "this instance's certificate (server-tls.crt/.key) so the clients' pins match.")
@click.pass_context
def serve(ctx: click.Context, host: str, port: int, threads: int, connections: int, workers: int,
          use_tls: bool | None, behind_proxy: bool) -> None:
    """Serve the API: cheroot (any system, one process), or gunicorn workers with --workers."""
    from sync_server.serving import is_loopback_host
    from sync_server.tls import current
    _usable(ctx.obj)
    if behind_proxy and use_tls:
        raise click.UsageError(cli_tr("--behind-proxy serves plain HTTP to the proxy; leave out --tls"))
    if use_tls is None:
        use_tls = not (behind_proxy or is_loopback_host(host))
    if not use_tls and not (behind_proxy or is_loopback_host(host)):
        raise click.UsageError(cli_tr("plain HTTP on {host} would carry passwords and tokens in clear over "
                                      "the network: serve HTTPS (leave out --no-tls), or give --behind-proxy "
                                      "if a proxy in front terminates TLS").format(host=host))
    tls = None
    if use_tls:
        _fingerprint(ctx)   # an instance from before TLS gets its certificate now
        tls = current(ctx.obj.instance_dir)
    scheme = "https" if tls else "http"
    if workers > 1:
        _serve_workers(ctx.obj, host, port, threads, workers, tls)
        return
    from sqlalchemy.exc import SQLAlchemyError

    from sync_server.app import create_app
    from sync_server.serving import PortError, serve as serve_app
    from sync_server.service import awake, connection_limit, log_to_files
    if (allowed := connection_limit(connections)) < connections:
        click.echo(cli_tr("--connections {asked} is more than Windows serves from one process; using {allowed} "
                          "(for more stations: a second centre server, or the server on Linux)").format(
                              asked=connections, allowed=allowed), err=True)
        connections = allowed
    log_file = log_to_files(ctx.obj.instance_dir)
    served = logging.getLogger("xuefa.server")
    try:
        app = create_app(ctx.obj)
    except KeyFileError as exc:
        raise click.ClickException(str(exc)) from exc
    except SQLAlchemyError as exc:   # PostgreSQL down, a wrong password: one plain line, the detail in the log
        served.error("the database cannot be opened", exc_info=True)
        raise click.ClickException(cli_tr("the database cannot be opened (is PostgreSQL running, and is the address "
                                          "in config.json right?); the detail is in {log}").format(log=log_file)) \
            from exc

    def ready() -> None:   # the one line on the console: after it, everything goes to the log file
        click.echo(cli_tr("serving on {url} (log: {log})").format(url=f"{scheme}://{host}:{port}/api/v1",
                                                                 log=log_file), err=True)
        served.info("serving on %s://%s:%s/api/v1, %d threads, %d connections", scheme, host, port, threads,
                    connections)
    try:
        with awake():
            serve_app(app, host, port, threads, connections, tls, ready)
    except PortError as exc:
        served.error("cannot listen on %s:%s: %s", host, port, exc)
        raise click.ClickException(cli_tr("cannot listen on {host}:{port}: is another xuefa-server (or another "
                                          "program) using that port? Stop it, or give another --port").format(
                                              host=host, port=port)) from exc


def _serve_workers(config: Config, host: str, port: int, threads: int, workers: int, tls) -> None:
    try:
        from gunicorn.app.base import BaseApplication
    except ImportError:
        raise click.ClickException(cli_tr("--workers needs gunicorn (Linux): pip install 'xuefa[province]'; "
                                          "or serve with one process (leave out --workers)")) from None
    from sync_server.app import create_app
    from sync_server.db import make_engine, migrate
    from sync_server.service import log_to_files
    log_file = log_to_files(config.instance_dir, rotate=False)   # workers append; logrotate rotates
    config.workers = workers
    engine = make_engine(config.database_url)  # migrate once here, not in every worker at the same time
    migrate(engine)
    engine.dispose()

    class Workers(BaseApplication):
        def load_config(self) -> None:
            settings = {"bind": f"{host}:{port}", "workers": workers, "threads": threads,
                        "worker_class": "gthread", "timeout": 120, "accesslog": None,
                        "errorlog": str(log_file)}
            if tls is not None:
                settings.update(certfile=str(tls.cert), keyfile=str(tls.key))
            for key, value in settings.items():
                self.cfg.set(key, value)

        def load(self):
            return create_app(config)  # in each worker, after the fork: its own engine and connections

    click.echo(cli_tr("serving on {scheme}://{host}:{port}/api/v1 with {workers} worker processes (log: "
                      "{log_file})").format(
                   scheme='https' if tls else 'http', host=host, port=port, workers=workers, log_file=log_file),
               err=True)
    Workers().run()


from sync_server.cli_learners import learners  # noqa: E402  (a command group in its own file)

main.add_command(learners)

localize(main)   # help texts in the user's language (examcore/cli_text.py)

if __name__ == "__main__":  # pragma: no cover
    main()
