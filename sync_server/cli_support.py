"""What every `xuefa-server` command module shares: opening the server named by --instance."""
from __future__ import annotations

from contextlib import contextmanager

import click

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
    try:
        yield server
    finally:
        server.close()
