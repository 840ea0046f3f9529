"""What the `xuefa` commands share: the station a command opens (and the clear refusals around it), the
station's log, and reading a public key file."""
from __future__ import annotations

import logging
from contextlib import contextmanager
from logging.handlers import RotatingFileHandler
from pathlib import Path

import click

from examcore.cli_text import cli_tr, said_of

class StationLog(RotatingFileHandler):
    """The station's log: in the PC's folder every account that runs the station writes it, so a new file
    (the first, or one rotation makes) is the folder's accounts' as every other file there."""

    def _open(self):  # noqa: ANN202 - logging's own
        from examcore.private_files import create_private, is_shared
        if is_shared(Path(self.baseFilename).parent):
            create_private(Path(self.baseFilename))
        return super()._open()


def setup_logging(data_dir: Path) -> None:
    data_dir.mkdir(parents=True, exist_ok=True)
    handler = StationLog(data_dir / "xuefa.log", maxBytes=2_000_000, backupCount=5, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    logging.basicConfig(level=logging.INFO, handlers=[handler], force=True)   # in place of main's NullHandler


@contextmanager
def open_station(ctx: click.Context, refused: tuple[type[Exception], ...] = (), what: str = "", sets_up: bool = False):
    """The station for one command; a refusal of one of the ``refused`` kinds becomes a clear CLI error.

    Only a command that ``sets_up`` a station (enrol, imports, trust) makes one in a folder that has none,
    and says so; any other refuses: a mistyped --data-dir must not look like an empty, delivered station.
    A --data-dir typed by hand must exist for a station to be set up in it: a typo would otherwise take
    the package, the roster or a one-time enrolment code into a station nobody uses. A station set up by a
    command that is then refused is removed again: it holds nothing but its new keys (a refused `xuefa enrol`
    left an unenrolled station behind, a refused package an empty one)."""
    from desktop.station import DB_NAME, DataFolderError, Station, StationDataError
    from desktop.store.station_keys import KeyStoreError, keys_recorded
    new = not ((ctx.obj / DB_NAME).exists() or keys_recorded(ctx.obj))
    if new and not sets_up:
        raise click.ClickException(cli_tr("there is no station in {folder}: check --data-dir (the station's "
                                          "data folder)").format(folder=ctx.obj))
    if new and ctx.find_root().meta.get("data_dir_named") and not ctx.obj.is_dir():
        raise click.ClickException(cli_tr("there is no folder {folder}: check --data-dir; to set up a new station "
                                          "there, make the folder first").format(folder=ctx.obj))
    try:
        station = Station.open(ctx.obj)
    except (DataFolderError, KeyStoreError) as exc:
        raise click.ClickException(said_of(exc)) from exc
    except StationDataError as exc:
        logging.getLogger("xuefa.cli").error("the station in %s cannot be opened: %s", ctx.obj, exc)
        raise click.ClickException(station_data_problem(exc)) from exc
    if not any(isinstance(h, RotatingFileHandler) for h in logging.getLogger().handlers):
        # a command run by hand: its refusals' detail goes to xuefa.log
        try:
            setup_logging(ctx.obj)
        except OSError:
            pass
    try:
        yield station
    except refused as exc:
        station.close()
        if new:
            _remove_new_station(ctx.obj)
        raise click.ClickException(refusal(ctx, what, exc)
                                   + (cli_tr("; nothing was kept in {folder}").format(folder=ctx.obj) if new else "")
                                   ) from exc
    finally:
        station.close()
    if new:   # said once it stands: a refused command removes it again and says only that nothing was kept
        click.echo(cli_tr("there was no station in {folder}: a new one is set up there (if that is not the "
                          "station's data folder, check --data-dir)").format(folder=ctx.obj), err=True)


def _remove_new_station(folder: Path) -> None:
    """The database and key files a refused command had just made (never a station that was there before:
    the caller checks). The log stays: it holds why the command was refused."""
    from desktop.station import DB_NAME
    from desktop.store.station_keys import MARKER, PLAIN
    for name in (DB_NAME, f"{DB_NAME}-wal", f"{DB_NAME}-shm", f"{DB_NAME}-journal", PLAIN, MARKER):
        try:
            (folder / name).unlink(missing_ok=True)
        except OSError as exc:   # said in the log; the refusal itself is what the person needs to read
            logging.getLogger("xuefa.cli").warning("could not remove %s of the refused new station: %s", name, exc)


def station_data_problem(exc) -> str:
    """What a StationDataError means and what to do, in the user's language."""
    if exc.kind == "moved":
        return cli_tr("the station of {folder} was moved to {moved}: use that folder (this one is kept only as it "
                      "was; nothing was opened)").format(folder=exc.folder, moved=exc.detail)
    if exc.kind == "keys_missing":
        return cli_tr("the station in {folder} has its database but not its keys (station.key or station.id): "
                      "nothing was opened or changed. Put the keys file back from where the folder was copied "
                      "or backed up; new keys would make the saved answers unreadable").format(folder=exc.folder)
    return cli_tr("the station's database in {folder} is damaged and cannot be read: nothing was changed. Deliver "
                  "nothing from this PC; call the exam-centre IT staff (keep the folder as it is: it is "
                  "evidence)").format(folder=exc.folder)


def refusal(ctx: click.Context, what: str, exc: BaseException) -> str:
    """"WHAT: the plain reason", the technical detail added with --verbose (and always in the log)."""
    from examcore.refusals import explain, technical
    logging.getLogger("xuefa.cli").info("%s: %s", what, technical(exc))
    text = cli_tr("{what}: {why}").format(what=what, why=explain(exc))
    return text + (f"\n  {technical(exc)}" if ctx.find_root().meta.get("verbose") else "")


def signing_public(path: Path) -> tuple[bytes, str, str]:
    """A public key file's key, name, and how to show it (name and fingerprint); a clear CLI error if bad."""
    from examcore.crypto.keys import fingerprint
    from examcore.keyfiles import KeyFileError, load_signing_public
    try:
        key, name = load_signing_public(path)
    except KeyFileError as exc:
        logging.getLogger("xuefa.cli").info("key file refused: %s", exc)
        raise click.ClickException(cli_tr("{file} is not a public key file of Xuefa, or it is damaged: copy it again "
                                      "(it ends in .pub)").format(file=path.name)) from exc
    return key, name, f"{name} ({fingerprint(key)})"


def time_span(delta) -> str:   # noqa: ANN001 - a timedelta
    """A length of time as people say it: "2 d 3 h 5 min 0 s" (天 小时 分 秒), never "0:00:00.000297"."""
    seconds = max(0, round(delta.total_seconds()))
    days, rest = divmod(seconds, 86_400)
    hours, rest = divmod(rest, 3600)
    minutes, secs = divmod(rest, 60)
    return cli_tr("{days} d {hours} h {minutes} min {seconds} s").format(days=days, hours=hours, minutes=minutes,
                                                                        seconds=secs)
