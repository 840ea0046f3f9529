"""`xuefa-server` commands. Exam content: packages, question banks (import, build, list, export, retire, history)."""
from __future__ import annotations

from pathlib import Path

import click
from sqlalchemy import select

from examcore.bundle import write_atomically
from examcore.cli_params import OutputFile
from examcore.cli_text import cli_tr, said_of
from examcore.errors import PackageError
from examcore.keyfiles import KeyFileError
from examcore.refusals import explain
from sync_server.cli_common import check_output, open_server as _server, refusal


@click.command("import-package")
@click.argument("path", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.pass_context
def import_package_cmd(ctx: click.Context, path: Path) -> None:
    """Store an exam package whose results this server will receive."""
    from examcore.package import parse_package
    from sync_server.exams.packages import import_package
    data = path.read_bytes()
    with _server(ctx) as server:
        try:
            title, new = import_package(server, data)
        except PackageError as exc:
            raise click.ClickException(refusal(cli_tr("{file} was not imported").format(file=path.name), exc)) from exc
    header = parse_package(data, None).header
    click.echo((cli_tr("imported: {title}") if new else cli_tr("already present: {title}")).format(title=title)
               + cli_tr(" (package {package_id}, exam {exam_id}: sittings add --package {package_id})").format(
                   package_id=header.package_id, exam_id=header.exam_id))


@click.command("import-questions")
@click.argument("files", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--bank", required=True, help="The bank the questions go into, e.g. 2026年度学法考试题库")
@click.option("--accept-valid", is_flag=True, help="Import the valid questions even if some items have problems "
                                                   "(the exit code is then 2 when anything was refused).")
@click.option("--update", is_flag=True, help="Let the import change questions already in the bank (each change "
                                             "is kept as a new version); without it such an import stores nothing "
                                             "and lists them.")
@click.option("--preview", is_flag=True, help="Store nothing: print every question as it was read (type, stem, "
                                              "options with the right ones marked, answer) and what an import "
                                              "would do.")
@click.pass_context
def import_questions_cmd(ctx: click.Context, files: tuple[Path, ...], bank: str, accept_valid: bool,
                         update: bool, preview: bool) -> None:
    """Import question banks (Excel, Word, text, JSON, GIFT, Moodle XML, QTI) in one transaction, with a report.

    Exit code 0: everything was imported (with --preview: would be); 1: nothing was imported (problems, or
    changes without --update); 2: --accept-valid imported the valid questions and something was refused."""
    import getpass

    from examcore.banks import read_bank
    from examcore.clock import utc_naive
    from sync_server.exams.question_preview import question_lines
    from sync_server.exams.question_bank import import_questions
    reports = [read_bank(path, bank) for path in files]  # each file checked and reported, whatever the others
    with _server(ctx) as server, server.sessions.begin() as s:
        done = import_questions(s, reports, bank, f"cli:{getpass.getuser()}", utc_naive(server.clock.now()),
                                accept_valid, update, dry_run=preview)
    if preview:
        for report in reports:
            for line in question_lines(report):
                click.echo(line)
    for report in reports:
        state = (cli_tr("REFUSED") if report.refused
                 else cli_tr("{count} question(s) read").format(count=len(report.questions)))
        click.echo(cli_tr("{file}: {state}, {problems} problem(s), {skipped} skipped").format(
                       file=report.file, state=state, problems=len(report.problems), skipped=len(report.skipped)))
        for p in report.notes:
            click.echo(cli_tr("  note: {p}").format(p=p.said()))
    for p in done.problems:
        click.echo(cli_tr("  problem: {p}").format(p=p.said()))
    for p in done.skipped:
        click.echo(cli_tr("  skipped: {p}").format(p=p.said()))
    for p in done.same_stem:
        click.echo(cli_tr("  note: {p}").format(p=p.said()))
    if preview:
        _said_preview(done, bank, accept_valid, update)
        return
    if done.needs_update:
        for c in done.changes:
            click.echo(cli_tr("  would change: {c}").format(c=c.said()))
        raise click.ClickException(cli_tr("nothing was imported: {count} question(s) already in bank {bank} "
                                          "would change (listed above); run again with --update to keep each "
                                          "change as a new version").format(count=len(done.changes), bank=bank))
    _all_refused(done)
    if not done.imported and not any(r.questions for r in done.reports):   # --accept-valid would take nothing
        raise click.ClickException(cli_tr("nothing was imported: fix the {count} problem(s) above (no question "
                                          "was read without one)").format(count=len(done.problems)))
    if not done.imported:
        raise click.ClickException(cli_tr("nothing was imported: fix the {count} problem(s) above, or run again "
                                          "with --accept-valid to take the valid questions").format(
                                       count=len(done.problems)))
    for c in done.changes:
        click.echo(cli_tr("  changed: {c}").format(c=c.said()))
    click.echo(cli_tr("bank {bank}: {added} added, {changed} changed (new version), {unchanged} unchanged").format(
                   bank=bank, added=done.added, changed=done.changed, unchanged=done.unchanged))
    if done.problems:
        click.echo(cli_tr("{count} problem(s): the questions they name were not imported").format(
                       count=len(done.problems))
                   + (cli_tr("; refused whole: {files}").format(files=", ".join(done.refused_files))
                      if done.refused_files else ""), err=True)
        ctx.exit(2)


def _all_refused(done) -> None:
    """Every file refused whole (a .doc, a damaged file: no question read, no place named): said so, not as
    problems to fix one by one."""
    if done.reports and all(r.refused and all(p.row is None for p in r.problems) for r in done.reports):
        raise click.ClickException(cli_tr("nothing was imported: {files} refused whole, for the reason given "
                                          "above").format(files=", ".join(done.refused_files)))


def _said_preview(done, bank: str, accept_valid: bool, update: bool) -> None:
    """What the import would do, after the preview's questions; exit code 1 when it would store nothing."""
    for c in done.changes:
        click.echo(cli_tr("  would change: {c}").format(c=c.said()))
    counts = dict(bank=bank, added=done.added, changed=done.changed, unchanged=done.unchanged)
    _all_refused(done)
    if done.problems and not any(r.questions for r in done.reports):   # no valid question at all
        raise click.ClickException(cli_tr("an import would store nothing: fix the {count} problem(s) above (no "
                                          "question was read without one)").format(count=len(done.problems)))
    if done.problems and not accept_valid:   # the counts are what the valid questions would give
        click.echo(cli_tr("preview, nothing stored: with --accept-valid, an import into bank {bank} would add "
                          "{added}, change {changed} (new version) and leave {unchanged} unchanged").format(**counts))
    else:
        click.echo(cli_tr("preview, nothing stored: into bank {bank} this would add {added}, change {changed} (new "
                          "version) and leave {unchanged} unchanged").format(**counts))
    if done.problems and not accept_valid:
        raise click.ClickException(cli_tr("an import would store nothing: fix the {count} problem(s) above, or "
                                          "import with --accept-valid to take the valid questions").format(
                                       count=len(done.problems)))
    if done.needs_update and not update:
        raise click.ClickException(cli_tr("an import would store nothing: {count} question(s) already in bank "
                                          "{bank} would change (listed above); import with --update to keep each "
                                          "change as a new version").format(count=len(done.changes), bank=bank))
    if done.problems:
        click.get_current_context().exit(2)


@click.command("build-exam")
@click.argument("exam_file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--bank", required=True, help="The bank to draw the papers from.")
@click.option("--recipient", "recipients", multiple=True, type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="A lower server's server-results.key.pub: it may then receive and re-grade the results.")
@click.option("--out", type=OutputFile(), default=None,
              help="Also write the package file (for stations with no network).")
@click.option("--makeup-of", default=None, metavar="EXAM_ID",
              help="Build the make-up of this exam: open only to those who were absent or failed it.")
@click.option("--again", is_flag=True, help="Build an exam whose exam_id was built before, on purpose (stations "
                                            "then list both packages as open).")
@click.pass_context
def build_exam_cmd(ctx: click.Context, exam_file: Path, bank: str, recipients: tuple[Path, ...],
                   out: Path | None, makeup_of: str | None, again: bool) -> None:
    """Build an exam package from this server's bank; stations receive it with their next sync."""
    for target in (out,) if out else ():
        check_output(target, ctx.obj.instance_dir)
    from examcore.exam_file import ExamFileError, load_exam_file
    from examcore.keyfiles import load_recipient
    from sync_server.exams.builder import build_exam
    try:
        exam = load_exam_file(exam_file)
        named = [load_recipient(r) for r in recipients]
    except (ExamFileError, KeyFileError) as exc:
        raise click.ClickException(said_of(exc)) from exc
    with _server(ctx) as server:
        try:
            built = build_exam(server, exam, bank, named, makeup_of, again=again)
        except (ValueError, PackageError) as exc:
            raise click.ClickException(cli_tr("the package was not built: {exc}").format(
                exc=explain(exc) if isinstance(exc, PackageError) else said_of(exc))) from exc
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


@click.group()
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
        if not rows and s.scalar(select(BankQuestion.question_id).where(BankQuestion.bank == bank).limit(1)) is None:
            banks = sorted(s.scalars(select(BankQuestion.bank).distinct()))
            raise click.ClickException(cli_tr("there is no bank {bank} here; the banks: {banks}").format(
                bank=bank, banks=cli_tr(", ").join(banks) or cli_tr("none yet (import-questions makes one)")))
    for r in rows:
        d = _json.loads(r.data)
        click.echo(f"{r.question_id}\tv{r.version}\t{d['type']}\t{d['category']}\t{d['stem'][:40]}")
    click.echo(cli_tr("{count} question(s)").format(count=len(rows)))


@questions.command("export")
@click.argument("out", type=OutputFile())
@click.option("--bank", required=True, help="The question bank, e.g. 宪法.")
@click.pass_context
def questions_export(ctx: click.Context, out: Path, bank: str) -> None:
    """Write a bank's questions in use to OUT, in the format its name ends with: .xlsx (the import template's
    columns, every field), .json, .gift (Moodle), .docx or .txt (the office layout: 一、单项选择题 …). Each
    file imports back with import-questions; what a format cannot hold is said."""
    import json as _json

    from examcore.banks.excel_bank import write_excel_bank
    from examcore.banks.gift import write_gift
    from examcore.banks.office_export import office_lines, reads_back, write_docx_bank
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
    pictured: list[str] = []
    if suffix in (".xlsx", ".gift", ".txt"):   # they hold no pictures: a question without its figure (or an
        # option that is a picture, empty) is another question, and importing it back would add it as one
        pictured = [q.id for q in questions if q.pictures or any(o.pictures for o in q.options)]
        questions = [q for q in questions if not (q.pictures or any(o.pictures for o in q.options))]
    if not questions:
        raise click.ClickException(cli_tr("every question of {bank} in use shows pictures, which {format} cannot hold: "
                                          "nothing was written; export to .json or .docx, which keep them").format(
                                       bank=bank, format=suffix))
    from examcore.banks.common import unshown_characters
    unwritable: list[str] = []
    if suffix in (".xlsx", ".docx"):   # ESC, NUL … stored before the import refused them: no such file holds them
        unwritable = [q.id for q in questions if unshown_characters(q)]
        questions = [q for q in questions if q.id not in set(unwritable)]
    if not questions:
        raise click.ClickException(cli_tr("no question of {bank} in use can be written as {format}: nothing was "
                                          "written; export to .json").format(bank=bank, format=suffix))
    misread: list[str] = []
    if suffix in (".docx", ".txt"):   # the layout's own marks in a question's text: it would come back as others
        misread = [q.id for q in questions if not reads_back(q)]
        left = set(misread)
        questions = [q for q in questions if q.id not in left]
    if not questions:
        raise click.ClickException(cli_tr("no question of {bank} in use can be written as {format} so that it reads "
                                          "back as itself: nothing was written; export to .json or .xlsx").format(
                                       bank=bank, format=suffix))
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
            ".docx": cli_tr("this layout keeps no tags"),
            ".txt": cli_tr("this layout keeps no tags")}.get(suffix)
    if lost:
        click.echo(cli_tr("not in the file: {what}").format(what=lost))
    if pictured:
        click.echo(cli_tr("  left out: {count} question(s) that show pictures ({ids}), which this format cannot hold; "
                          "export to .json or .docx to keep them").format(
                       count=len(pictured), ids=", ".join(pictured[:5]) + (" …" if len(pictured) > 5 else "")))
    if misread:
        click.echo(cli_tr("  left out: {count} question(s) whose text holds lines this layout reads as its own (a "
                          "numbered list, a line starting with an option letter, 答案：, an option on two lines) ({ids}): they would come "
                          "back as other questions; export to .json or .xlsx to keep them").format(
                       count=len(misread), ids=", ".join(misread[:5]) + (" …" if len(misread) > 5 else "")))
    if unwritable:
        click.echo(cli_tr("  left out: {count} question(s) whose text holds control characters (ESC, NUL …) that "
                          "no Excel or Word file can hold ({ids}); export to .json, correct them, and import it "
                          "with --update").format(
                       count=len(unwritable), ids=", ".join(unwritable[:5]) + (" …" if len(unwritable) > 5 else "")))
    for n in left_out:
        click.echo(cli_tr("  left out: question {n} ({id}), a fill-in with several blanks (GIFT holds one blank a "
                          "question)").format(n=n, id=questions[n - 1].id))


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


COMMANDS = (   # registered on the main group by cli/__init__.py
    import_package_cmd, import_questions_cmd, build_exam_cmd, questions,
)
