"""The `xuefa` commands that take files brought to the station: exam packages, study files and laws, the roster,
and the key of an exam issuer to trust."""
from __future__ import annotations

from pathlib import Path

import click

from desktop.cli.common import open_station, signing_public
from examcore.cli_text import cli_tr, said

@click.command("import-package")
@click.argument("path", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.pass_context
def import_package(ctx: click.Context, path: Path) -> None:
    """Import an exam package file."""
    from examcore.errors import PackageError
    with open_station(ctx, (PackageError,), cli_tr("{file} was not imported").format(file=path.name), sets_up=True) \
            as station:
        header, new = station.library.import_file(path)
    click.echo((cli_tr("imported: {title} ({id})") if new else cli_tr("already present: {title} ({id})")).format(
        title=header.title, id=header.package_id))


@click.command("import-study")
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.pass_context
def import_study(ctx: click.Context, paths: tuple[Path, ...]) -> None:
    """Import study plans, courses and practice banks (.xfs, .xfc), or statutes (.txt, .docx, .html)."""
    from examcore.errors import PackageError
    from examcore.refusals import not_a_study_file
    from examcore.study.statute_sources import STATUTE_SUFFIXES
    from examcore.study.statutes import StatuteError
    refused = 0
    for path in paths:   # a file refused is said, and the others are still imported
        try:
            with open_station(ctx, (PackageError, StatuteError), cli_tr("{file} was not imported").format(
                    file=path.name), sets_up=True) as station:
                if path.suffix.lower() in STATUTE_SUFFIXES:
                    statute, replaced = station.laws.import_file(path)
                    _said_statute(statute, replaced)
                else:
                    try:
                        imported = station.study.import_file(path)
                    except PackageError as exc:
                        if exc.code != "not_a_package":
                            raise
                        why = cli_tr("a statute is read from a .txt, .docx or .html file: save it as one of these "
                                     "(from a PDF, copy its text into a .txt file)") \
                            if path.suffix.lower() in DOCUMENT_SUFFIXES else not_a_study_file()
                        raise click.ClickException(cli_tr("{file} was not imported: {why}").format(
                            file=path.name, why=why)) from exc
                    click.echo(f"{imported.kind}: {imported.title}")
        except click.ClickException as exc:
            if len(paths) == 1:
                raise
            exc.show()
            refused += 1
    if refused == len(paths):
        raise click.ClickException(cli_tr("none of the {total} files was imported (said above)").format(total=refused))
    if refused:
        raise click.ClickException(cli_tr("{refused} of {total} file(s) were not imported (said above); the others "
                                          "were").format(refused=refused, total=len(paths)))


DOCUMENT_SUFFIXES = (".pdf", ".doc", ".wps", ".rtf", ".odt", ".md", ".epub", ".xps", ".ofd")   # not read: say how


def _said_statute(statute, replaced: bool) -> None:
    """What import-study made of a statute: its parts, its version, what it replaced, where it guessed."""
    count = sum(1 for a in statute.articles if a.number)
    if statute.kind == "document":
        line = cli_tr("law library: 《{title}》 (an amendment or decision), {count} item(s)")
    else:
        line = cli_tr("law library: 《{title}》, {count} article(s)")
    click.echo(line.format(title=statute.title, count=count)
               + (cli_tr(", with its preamble (序言)") if any(a.number == 0 for a in statute.articles) else "")
               + (cli_tr(", version of {version}").format(version=statute.version) if statute.version else "")
               + (cli_tr(", in force from {day}").format(day=statute.in_force)
                  if statute.in_force and statute.in_force != statute.version else ""))
    if replaced:
        click.echo(cli_tr("  it replaced the text of the same version held before") if statute.version else
                   cli_tr("  it replaced the text held before under this name (the file names no version: a line "
                          "such as （2023年12月29日…修订） under the title keeps versions apart)"))
    if statute.joined:
        click.echo(cli_tr("  {count} line break(s) inside sentences were joined back (text copied from a PDF?)")
                   .format(count=statute.joined))
    for warning in statute.warnings:   # in the reader's language, quoting the statute's own text
        click.echo(cli_tr("  check: {what}").format(what=said(warning)))


@click.command("import-roster")
@click.argument("path", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.pass_context
def import_roster(ctx: click.Context, path: Path) -> None:
    """Import a signed roster file (learners and their password verifiers)."""
    from examcore.roster import RosterError
    with open_station(ctx, (RosterError,), cli_tr("{file} was not imported").format(file=path.name), sets_up=True) \
            as station:
        count = station.accounts.import_roster(path.read_bytes())
    click.echo(cli_tr("{count} learner(s) imported").format(count=count))


@click.command("trust-issuer")
@click.argument("path", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.pass_context
def trust_issuer(ctx: click.Context, path: Path) -> None:
    """Trust the exam packages and rosters signed by the issuer whose public key file is PATH."""
    key, name, shown = signing_public(path)
    with open_station(ctx, sets_up=True) as station:
        station.library.trust_issuer(key, name)
    click.echo(cli_tr("trusted: {issuer}").format(issuer=shown))


COMMANDS = (import_package, import_study, import_roster, trust_issuer)   # registered by desktop/app.py
