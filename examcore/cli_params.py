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


def check_enrol_words(server_url: str, code: str | None, pin: str | None) -> None:
    """What the person typed, checked before anything is sent: each mistake said for what it is (a missing
    https://, a code of two groups without --fingerprint, a code of neither two nor six groups), not as the
    connection's refusal it would become. Shared by `xuefa enrol` and `xuefa-server set-upstream` (a mistyped
    code there had been said as "enrolled before the server used encryption: enrol again", round 89)."""
    from urllib.parse import urlsplit

    from examcore.tls_pin import CODE_CHARS, SHORT, PinError, parse_fingerprint
    parts = urlsplit(server_url)
    loopback = parts.hostname in ("127.0.0.1", "localhost", "::1")
    plain_loopback = parts.scheme == "http" and loopback   # this PC's own test server: nothing to pin
    if parts.scheme != "https" and not plain_loopback:
        raise click.UsageError(cli_tr("the server address starts with https://, e.g. https://192.168.1.10:8470 "
                                      "(the administrator gives it with the code)"))
    if pin is not None:
        try:
            parse_fingerprint(pin)
        except PinError as exc:
            raise click.UsageError(cli_tr("--fingerprint {pin} is not a certificate fingerprint: `xuefa-server tls "
                                          "show` prints it (groups of letters and digits)").format(pin=pin)) from exc
    if code is None and pin is None and not plain_loopback:
        raise click.UsageError(cli_tr("give the enrolment code (--code), or the certificate's fingerprint "
                                      "(--fingerprint) to wait for the administrator's approval"))
    plain = "".join(ch for ch in (code or "") if ch not in " -\t")
    if code is not None and len(plain) == CODE_CHARS and pin is None and not plain_loopback:
        raise click.UsageError(cli_tr("this code has two groups: give the server's certificate fingerprint too "
                                      "(--fingerprint), or the whole code of six groups"))
    if code is not None and len(plain) not in (CODE_CHARS, CODE_CHARS + SHORT) and not plain_loopback:
        raise click.UsageError(cli_tr("the enrolment code is not complete: it has six groups of five characters; "
                                      "check it"))
