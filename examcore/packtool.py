"""``xuefa-pack``: build an exam package from bank files and an exam definition, offline."""
from __future__ import annotations

import sys
from pathlib import Path

import click

from examcore.banks import BankImportError, load_bank
from examcore.banks.excel_bank import write_template
from examcore.bundle import write_atomically
from examcore.cli_text import cli_tr, said_of
from examcore.console import configure_output
from examcore.crypto.keys import ResultKey, SigningKey, fingerprint
from examcore.exam_file import ExamFileError, load_exam_file
from examcore.keyfiles import (KeyFileError, load_recipient, load_signing_key, public_key_file_text,
                               save_result_key, save_signing_key)
from examcore.package import build_package
from examcore.startcode import new_start_code, normalize_start_code


@click.group()
def main() -> None:
    """Build exam packages for Xuefa stations."""
    configure_output()


@main.command("new-issuer")
@click.argument("private_path", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--name", required=True, help="Issuing authority, e.g. 某省普法办")
def new_issuer(private_path: Path, name: str) -> None:
    """Create an issuer signing key (private file) and its public file (PRIVATE_PATH.pub)."""
    key = SigningKey.generate()
    try:
        save_signing_key(private_path, key, name)
    except FileExistsError:
        raise click.ClickException(cli_tr("{private_path} exists already; refusing to overwrite a key").format(
                                       private_path=private_path)) from None
    pub = private_path.with_suffix(private_path.suffix + ".pub")
    pub.write_text(public_key_file_text(key, name), encoding="utf-8")
    click.echo(cli_tr("issuer key written to {private_path} (keep it safe), public key to {pub}").format(
                   private_path=private_path, pub=pub))
    click.echo(cli_tr("fingerprint {fingerprint}").format(fingerprint=fingerprint(key.public_raw())))


@main.command("new-recipient")
@click.argument("private_path", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--name", required=True, help="Server that will open the results, e.g. 市考试中心")
def new_recipient(private_path: Path, name: str) -> None:
    """Create a results key pair: PRIVATE_PATH for the server, PRIVATE_PATH.pub for packages."""
    key = ResultKey.generate()
    pub = private_path.with_suffix(private_path.suffix + ".pub")
    try:
        save_result_key(private_path, pub, key, name)
    except FileExistsError:
        raise click.ClickException(cli_tr("{private_path} exists already; refusing to overwrite a key").format(
                                       private_path=private_path)) from None
    click.echo(cli_tr("results key written to {private_path}, public key to {pub}").format(
                   private_path=private_path, pub=pub))
    click.echo(cli_tr("fingerprint {fingerprint}").format(fingerprint=fingerprint(key.public_raw())))


@main.command("template")
@click.argument("path", type=click.Path(dir_okay=False, path_type=Path))
def template(path: Path) -> None:
    """Write the Excel question-bank template with two example rows."""
    write_template(path)
    click.echo(cli_tr("template written to {path}").format(path=path))


@main.command("build")
@click.argument("banks", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--exam", "exam_path", required=True, type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="The exam's description (.json): title, window, duration, pass mark, paper.")
@click.option("--issuer-key", required=True, type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="The issuer's signing key (new-issuer made it); stations trust its .pub.")
@click.option("--recipient", "recipients", multiple=True, required=True,
              type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="A results public key file (repeat for centre and province).")
@click.option("--out", required=True, type=click.Path(dir_okay=False, path_type=Path),
              help="The package file to write (.xfp).")
@click.option("--start-code", help="Use this start code instead of a new random one.")
@click.option("--proctor-password", help="The proctor's secret: it makes the proctor's offline codes (extra "
                                         "time, resume, start) and closes an exam window; never read out. At "
                                         "least 10 characters, not the start code; a random one is made and "
                                         "printed if not given (best).")
def build(banks: tuple[Path, ...], exam_path: Path, issuer_key: Path, recipients: tuple[Path, ...],
          out: Path, start_code: str | None, proctor_password: str | None) -> None:
    """Build OUT from question BANKS (.xlsx or .json) and an exam definition; print the start code."""
    try:
        exam = load_exam_file(exam_path)
        questions = []
        for b in banks:
            questions += load_bank(b).questions
        signer, issuer_name = load_signing_key(issuer_key)
        recips = [load_recipient(r) for r in recipients]
    except (BankImportError, ExamFileError, KeyFileError) as exc:
        raise click.ClickException(said_of(exc)) from exc
    ids = [q.id for q in questions]
    if len(ids) != len(set(ids)):
        raise click.ClickException(cli_tr("the same question id appears in more than one bank file"))
    if start_code and normalize_start_code(start_code) is None:
        raise click.ClickException(cli_tr("a start code has 12 letters and digits, e.g. K7QM-2XHD-9RTF"))
    code = start_code or new_start_code()
    proctor_password = proctor_password or new_start_code()
    try:
        data = build_package(exam, questions, issuer=signer, issuer_name=issuer_name, recipients=recips,
                             start_code=code, proctor_password=proctor_password)
    except ValueError as exc:
        raise click.ClickException(cli_tr("cannot build the package: {exc}").format(exc=said_of(exc))) from exc
    write_atomically(out, data)
    click.echo(cli_tr("package written to {out} ({questions} questions, {size:,} bytes)").format(
                   out=out, questions=len(questions), size=len(data)))
    click.echo(cli_tr("start code: {code}").format(code=code))
    click.echo(cli_tr("proctor password: {proctor_password}").format(proctor_password=proctor_password))



@main.command("study")
@click.option("--courses", "courses_path", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="Course sources (JSON; pictures in an img/ folder beside it): one .xfc per course.")
@click.option("--plan", "plan_path", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="A study plan (JSON): written as PLAN_ID.xfs.")
@click.option("--practice", "practice_path", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="A practice bank (.json or .xlsx, never an exam pool): written as practice.xfs.")
@click.option("--issuer-key", required=True, type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="The issuer's signing key (new-issuer made it); stations trust its .pub.")
@click.option("--out", "out_dir", required=True, type=click.Path(file_okay=False, path_type=Path),
              help="The folder the signed files are written to.")
def study(courses_path: Path | None, plan_path: Path | None, practice_path: Path | None, issuer_key: Path,
          out_dir: Path) -> None:
    """Sign study content for stations and servers: courses, the year's plan, a practice bank."""
    import json

    from examcore.study.authoring import load_course_sources
    from examcore.study.course import build_course_file, build_plan_file, build_practice_file
    from examcore.study.plan import StudyPlan
    if not (courses_path or plan_path or practice_path):
        raise click.UsageError(cli_tr("give --courses, --plan or --practice"))
    try:
        key, name = load_signing_key(issuer_key)
    except KeyFileError as exc:
        raise click.ClickException(str(exc)) from exc
    out_dir.mkdir(parents=True, exist_ok=True)
    files: list[tuple[str, bytes]] = []
    try:
        if plan_path:
            plan = StudyPlan.from_dict(json.loads(plan_path.read_text(encoding="utf-8")))
            files.append((f"{plan.plan_id}.xfs", build_plan_file(plan, key, name)))
        if courses_path:
            files += [(f"{c.course_id}.xfc", build_course_file(c, key, name)) for c in load_course_sources(courses_path)]
        if practice_path:
            bank = load_bank(practice_path)
            files.append(("practice.xfs", build_practice_file(bank.name, bank.questions, key, name)))
    except BankImportError as exc:
        raise click.ClickException("the practice bank has problems:\n" + "\n".join(map(str, exc.problems))) from exc
    except (ValueError, KeyError, TypeError) as exc:
        raise click.ClickException(cli_tr("cannot build the study files: {exc}").format(exc=exc)) from exc
    for filename, data in files:
        write_atomically(out_dir / filename, data)
        click.echo(cli_tr("written {file} ({size:,} bytes)").format(file=out_dir / filename, size=len(data)))


from examcore.cli_text import localize  # noqa: E402  (after every command is defined)

localize(main)   # help texts in the user's language

if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
