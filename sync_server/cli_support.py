"""What every `xuefa-server` command module shares: opening the server named by --instance."""
from __future__ import annotations

import logging
from contextlib import contextmanager

import click
from sqlalchemy.exc import SQLAlchemyError

from examcore.cli_text import cli_tr

from examcore.keyfiles import KeyFileError
from sync_server.config import ConfigError
from sync_server.context import ServerContext


@contextmanager
def open_server(ctx: click.Context):
    """The ServerContext of the instance folder the main group resolved (a clear error when it has no keys)."""
    try:
        ctx.obj.check_usable()
        server = ServerContext.open(ctx.obj)
    except (KeyFileError, ConfigError) as exc:
        raise click.ClickException(str(exc)) from exc
    except SQLAlchemyError as exc:   # PostgreSQL down or refusing: a plain line, not a traceback
        logging.getLogger("xuefa.server.cli").error("the database cannot be opened", exc_info=True)
        raise click.ClickException(cli_tr("the database cannot be opened (is PostgreSQL running, and is the address "
                                          "in config.json right?)")) from exc
    try:
        yield server
    finally:
        server.close()
