"""`xuefa-server`: set up and run a sync server, and do its offline work from the command line.

This package only collects the commands: each area's commands live in its own module (server, and access:
stations and administrator accounts; the exams', results', directory's, study's, upstream's, reports' and
sittings' in their area folders, sync_server/exams/, sync_server/results/, sync_server/directory/,
sync_server/study/, sync_server/upstream/, sync_server/reports/ and sync_server/sittings/); what several of
them share is sync_server/cli_common.py, outside this package, so that an area's commands imported first never
find this collection half made (issue 18: the server by area).
"""
from __future__ import annotations

import logging
import os
import sys
from pathlib import Path

import click

from examcore.cli_text import LANGUAGES, language_from_argv, localize
from examcore.console import configure_output
from sync_server.cli import access, server
from sync_server.config import Config, ConfigError
from sync_server.directory import cli as directory
from sync_server.directory.learners_cli import learners
from sync_server.exams import cli as exams
from sync_server.reports import cli as reports
from sync_server.results import cli as results
from sync_server.sittings import cli as sittings
from sync_server.study import cli as study
from sync_server.upstream import bundles_cli as bundles
from sync_server.upstream import cli as upstream


@click.group()
@click.option("--instance", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Instance folder with keys and database (default: $XUEFA_SERVER_DIR, else this machine's "
                   "server data folder, which `init` prints).")
@click.option("--verbose", is_flag=True, help="Also print the technical detail of a refusal.")
@click.option("--lang", type=click.Choice(LANGUAGES), default=None,
              help="The language of the commands' output (zh_CN: Simplified Chinese, the default; en: English).")
@click.pass_context
def main(ctx: click.Context, instance: Path | None, verbose: bool, lang: str | None) -> None:
    """Xuefa sync server. Commands print in Simplified Chinese; give --lang en (or set XUEFA_LANG=en) for
    English."""
    configure_output()
    if lang:
        os.environ["XUEFA_LANG"] = lang
    if not verbose:   # a library's warning with no log set up would reach the screen in its own words
        logging.lastResort = None   # (Python's last-resort handler); --verbose keeps them, `serve` logs to files
        # and with no handler at all Python would print "No handlers could be found for logger …" instead
        logging.getLogger().addHandler(logging.NullHandler())
    try:
        ctx.obj = Config.from_env(instance)
    except ConfigError as exc:
        raise click.ClickException(str(exc)) from exc
    ctx.meta["verbose"] = verbose


for area in (server, exams, study, results, upstream, bundles, sittings, access, directory, reports):
    for command in area.COMMANDS:
        main.add_command(command)
main.add_command(learners)

# --lang en: click's own words too; "-m" is argv[0] while `python -m sync_server.cli` imports this package
language_from_argv(sys.argv, ("xuefa-server", "xuefa-server.exe", "sync_server/cli/__main__.py", "-m"))
localize(main)   # help texts in the user's language (examcore/cli_text.py)
