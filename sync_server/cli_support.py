"""What every `xuefa-server` command module shares: opening the server named by --instance, and checking
a file a command is about to write."""
from __future__ import annotations

import logging
from collections.abc import Callable
from contextlib import contextmanager
from pathlib import Path

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


def check_output(path: Path, instance_dir: Path, own_kind: Callable[[bytes], bool] | None = None) -> None:
    """Refuse, before anything is made, a path a command must not write over: something that is not a
    plain file (a folder, a device), a file in the server's instance folder (its keys, its database), or,
    with ``own_kind``, an existing file that is not of the kind the command writes (an earlier room file
    may be replaced; a key or a spreadsheet may not). Raises click.ClickException."""
    path = Path(path)
    target = path.resolve()
    if target.is_relative_to(Path(instance_dir).resolve()):
        raise click.ClickException(cli_tr("{path} is in the server's instance folder, beside its keys and database: "
                                          "nothing was written; write it somewhere else").format(path=path))
    if path.exists() or path.is_symlink():
        if not target.is_file():
            raise click.ClickException(cli_tr("{path} exists and is not a plain file: nothing was written").format(
                                           path=path))
        if own_kind is not None:
            try:
                ours = own_kind(target.read_bytes())
            except OSError:
                ours = False
            if not ours:
                raise click.ClickException(cli_tr("{path} already exists and is another kind of file: nothing was "
                                                  "written; choose a new name").format(path=path))
