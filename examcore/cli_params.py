"""Command-line parameter types both commands (`xuefa`, `xuefa-server`) share."""
from __future__ import annotations

from pathlib import Path

import click

from examcore.cli_text import cli_tr


class OutputFile(click.Path):
    """A file a command will write: refused before anything is done when its folder does not exist, so a
    mistyped folder never leaves a step half done (a password reset whose slip could not be written)."""

    def __init__(self) -> None:
        super().__init__(dir_okay=False, path_type=Path)

    def convert(self, value, param, ctx):   # noqa: ANN001 - click's signature
        path = Path(super().convert(value, param, ctx))
        folder = path.absolute().parent
        if not folder.is_dir():
            self.fail(cli_tr("the folder {folder} does not exist: make it first, or give another place").format(
                folder=folder), param, ctx)
        return path
