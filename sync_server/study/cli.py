"""`xuefa-server` commands. Study content handed down to the stations (plans, courses, practice banks, statutes)."""
from __future__ import annotations

from pathlib import Path

import click

from examcore.cli_text import cli_tr
from examcore.errors import PackageError
from examcore.refusals import not_a_study_file
from sync_server.cli_common import open_server as _server, refusal


@click.command("import-study")
@click.argument("files", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.pass_context
def import_study_cmd(ctx: click.Context, files: tuple[Path, ...]) -> None:
    """Hand down study plans, courses and practice banks (.xfs/.xfc files signed by a trusted issuer)."""
    from sync_server.study.service import import_study_file
    with _server(ctx) as server:
        for path in files:
            try:
                with server.sessions.begin() as s:
                    kind, title, new = import_study_file(s, path.read_bytes(), server.clock.now())
            except PackageError as exc:
                what = cli_tr("{name} was not imported").format(name=path.name)
                if exc.code == "not_a_package":
                    raise click.ClickException(cli_tr("{what}: {why}").format(what=what, why=not_a_study_file())) \
                        from exc
                raise click.ClickException(refusal(what, exc)) from exc
            click.echo((cli_tr("imported: {kind} {title}") if new else cli_tr("already present: {kind} {title}"))
                       .format(kind=kind, title=title))


COMMANDS = (import_study_cmd,)   # registered on the main group by sync_server/cli/__init__.py
