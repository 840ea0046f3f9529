"""The `xuefa` commands that look after a PC's station rather than its records: the key helper and the keys,
the data folder, the time mark, and a proctor's code made on a proctor's PC."""
from __future__ import annotations

import logging
import sys
from pathlib import Path

import click

from desktop.cli.common import open_station, refusal, time_span
from examcore.cli_text import cli_tr, said, said_of

@click.command("keyhelper")
@click.option("--socket", "socket_path", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="The socket stations ask (default /run/xuefa/keyhelper.sock).")
@click.option("--keys", "key_dir", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="The folder the keys are kept in, 0700 (default /var/lib/xuefa/keys).")
@click.option("--allow", multiple=True, type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="A program that may use the keys (default: this xuefa program). May be repeated.")
@click.option("--allow-any", is_flag=True, help="Development only: any program of this PC may use the keys.")
def keyhelper(socket_path: Path | None, key_dir: Path | None, allow: tuple[Path, ...], allow_any: bool) -> None:
    """Hold this PC's station keys (run by the system as root; docs/station-keys.md)."""
    if sys.platform != "linux":
        raise click.ClickException(cli_tr("the key helper runs on Linux; on Windows the keys are protected by DPAPI"))
    _serve_key_helper(socket_path, key_dir, allow, allow_any)


def _serve_key_helper(socket_path: Path | None, key_dir: Path | None, allow: tuple[Path, ...],
                      allow_any: bool) -> None:
    if sys.platform == "linux":   # keyhelper() refused other systems; mypy checks this for Linux only
        import signal
        import threading

        from desktop.keyhelper.daemon import DEFAULT_KEY_DIR, DEFAULT_SOCKET, serve
        logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")
        allowed = None if allow_any else (list(allow) or [Path(sys.executable)])
        server = serve(socket_path or DEFAULT_SOCKET, key_dir or DEFAULT_KEY_DIR, allowed)
        signal.signal(signal.SIGTERM, lambda *_: threading.Thread(target=server.shutdown).start())
        click.echo(cli_tr("key helper listening on {socket}; keys in {folder}").format(
            socket=server.server_address, folder=key_dir or DEFAULT_KEY_DIR), err=True)
        try:
            server.serve_forever()
        finally:
            server.server_close()


def _run_by_system_admin() -> bool:
    from desktop.data_folder import run_by_system_admin
    return run_by_system_admin()


@click.command("import-keys")
@click.pass_context
def import_keys(ctx: click.Context) -> None:
    """IT only (root): move the plain key file (station.key) of an older station's data folder into the key
    service. Compare the fingerprint shown with the one the centre server lists for this PC."""
    if not _run_by_system_admin():
        raise click.ClickException(cli_tr("only the system administrator (root) may move station keys into the key "
                                      "service: keys in a learner's folder may have been placed there"))
    from examcore.crypto.keys import fingerprint
    with open_station(ctx) as station:
        click.echo(cli_tr("station {device}: keys held by {holder}; key fingerprint {fingerprint} (check it against "
                      "xuefa-server devices list before the station takes exams)").format(
            device=station.keys.device_id, holder=station.keys.protection,
            fingerprint=fingerprint(station.keys.device_key.public_raw())))


@click.group("data-folder", invoke_without_command=True)
@click.pass_context
def data_folder(ctx: click.Context) -> None:
    """Show the station's data folder, where it is set, and the stations found on this PC; `set` chooses it
    for every account of this PC (docs/installing.md)."""
    if ctx.invoked_subcommand is not None:
        return
    from desktop.data_folder import (ENVIRONMENT, NAMED, PC_SETTING, access_problem, moved_to, on_system_drive,
                                     same_folder, setting_file, station_state, stations_on_pc)
    root = ctx.find_root()
    place = root.meta["data_folder"]
    if place is None:
        raise click.ClickException(root.meta["data_folder_problem"])
    click.echo(cli_tr("data folder: {folder}").format(folder=place.path))
    click.echo("  " + {
        NAMED: cli_tr("named with --data-dir for this command"),
        ENVIRONMENT: cli_tr("named by the system variable XUEFA_DATA_DIR, for every account"),
        PC_SETTING: cli_tr("set for every account of this PC in {file}").format(file=setting_file()),
    }.get(place.source, cli_tr("this user's own folder: another account of this PC uses another one; choose one "
                               "for every account with `xuefa data-folder set FOLDER --move`")
          if not place.machine_wide else cli_tr("chosen for every account of this PC when the first station was "
                                                "set up, in {file}").format(file=setting_file())))
    state = station_state(place.path)
    click.echo("  " + {"station": cli_tr("holds a station"), "none": cli_tr("holds no station yet"),
                       "moved": cli_tr("its station was moved to {folder}").format(folder=moved_to(place.path)),
                       "unreadable": said(access_problem(place.path)) or cli_tr("cannot be read by this account")}[state])
    if on_system_drive(place.path):
        click.echo("  " + cli_tr("warning: on the system drive; a restore card (还原卡, 冰点还原) would wipe answers "
                                 "not yet delivered at every restart: choose another disk with `xuefa data-folder "
                                 "set D:\\XuefaData --move`"))
    others = [f for f in stations_on_pc() if not same_folder(f, place.path)]
    if others:
        click.echo(cli_tr("other stations on this PC (their results are there until delivered): {folders}").format(
            folders="、".join(str(f) for f in others)))


@data_folder.command("set")
@click.argument("folder", type=click.Path(path_type=Path))
@click.option("--move", is_flag=True, help="Copy the station this PC holds into FOLDER (Xuefa must be closed); its "
                                           "old folder is kept, marked as moved.")
@click.option("--from", "source", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="With --move: the folder of the station to move, when the PC holds several.")
@click.option("--group", default=None, help="Linux: the group of the accounts that run the station (the exam "
                                            "account and IT's).")
@click.pass_context
def data_folder_set(ctx: click.Context, folder: Path, move: bool, source: Path | None, group: str | None) -> None:
    """IT only: make FOLDER the station's data folder for every account of this PC (on Windows choose a disk a
    restore card does not reset)."""
    from desktop.data_folder import DataFolderSettingError, set_data_folder
    if sys.platform == "win32" and not _run_by_system_admin():
        raise click.ClickException(cli_tr("only the PC's administrator may choose the data folder of every "
                                          "account: run the command prompt as administrator (以管理员身份运行)"))
    if ctx.find_root().meta.get("data_dir_named"):
        raise click.ClickException(cli_tr("`data-folder set` looks for the stations of this PC itself: leave out "
                                          "--data-dir (name the station to move with --from)"))
    try:
        done = set_data_folder(folder, move=move, source=source, group=group)
    except DataFolderSettingError as exc:
        raise click.ClickException(said_of(exc)) from exc
    click.echo(cli_tr("the station's data folder is now {folder} for every account of this PC (set in {file})").format(
        folder=done.folder, file=done.setting))
    if done.moved_from is not None:
        click.echo(cli_tr("the station was copied from {old} and checked; {old} is kept, marked as moved (it opens "
                          "no more): delete it once Xuefa works from the new folder").format(old=done.moved_from))
    for left in done.left:
        click.echo(cli_tr("warning: another station is still in {folder}: deliver its results (`xuefa --data-dir "
                          "{folder} sync`, or export-results to a USB stick)").format(folder=left))
    for note in done.notes:
        click.echo(cli_tr("warning: {note}").format(note=said(note)))


@click.command("reset-time-mark")
@click.option("--yes", is_flag=True, help="Do not ask for confirmation.")
@click.pass_context
def reset_time_mark(ctx: click.Context, yes: bool) -> None:
    """IT only (root / Administrator): put the station's time mark back to this PC's clock, after the clock
    or the centre server was set far ahead by mistake (every exam window then looks closed). Set the PC's
    clock right first; the reset is logged."""
    if not _run_by_system_admin():
        raise click.ClickException(cli_tr("only the system administrator (root / an elevated Administrator) may "
                                      "reset the station's time mark: a learner's account may not"))
    from desktop.store.station_keys import KeyStoreError
    from desktop.ui.local_time import local_time
    with open_station(ctx) as station:
        mark, wall = station.time.high_water(), station.clock.now()
        click.echo(cli_tr("the station's time mark: {mark}\nthis PC's clock now: {clock}").format(
            mark=local_time(mark.isoformat(), seconds=True), clock=local_time(wall.isoformat(), seconds=True)))
        if mark <= wall:
            click.echo(cli_tr("the mark is not ahead of the clock: nothing to reset"))
            return
        if not yes:
            click.confirm(cli_tr("put the mark back by {by} to the PC's clock? Check the clock first").format(
                by=time_span(mark - wall)), abort=True)
        try:
            station.time.reset(wall)
        except KeyStoreError as exc:
            raise click.ClickException(refusal(ctx, cli_tr("the key service did not reset its copy of the mark"),
                                               exc)) from exc
    click.echo(cli_tr("the time mark now follows this PC's clock"))


@click.command("proctor-code")
@click.option("--package", "package_path", required=True, type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="The exam package of the sitting (.xfp).")
@click.option("--proctor-password",
              help="The exam's proctor password (not the start code). Asked for when not given, so it does not "
                   "stay in the shell's history (read from a pipe as one line).")
@click.option("--challenge", required=True, help="The code the station shows.")
@click.option("--action", type=click.Choice(["resume", "extra_time", "pause", "unpause", "start", "exit"]),
              default="resume", show_default=True,
              help="resume: an interrupted exam; extra_time (with --minutes), pause, unpause: a running exam's "
                   "clock; start: a learner whose station cannot start alone; exit: close a learner's exam window "
                   "(the answers stay).")
@click.option("--minutes", type=click.IntRange(1, 240), help="Extra minutes (with --action extra_time).")
def proctor_code(package_path: Path, proctor_password: str | None, challenge: str, action: str,
                 minutes: int | None) -> None:
    """The proctor's code for a station with no network: resume an interrupted exam, give extra time,
    pause or restart a learner's clock, let a learner start, or close a learner's exam window."""
    from examcore.errors import PackageError
    from examcore.package import parse_package
    from examcore.proctor_codes import (CHALLENGE_LEN, EXIT, EXTRA_TIME, PAUSE, RESUME, START, UNPAUSE,
                                        make_code, normalize)
    # what was typed is checked before the password is asked for (a mistyped code had been said only after it)
    if normalize(challenge, CHALLENGE_LEN) is None:
        raise click.ClickException(cli_tr("{challenge} is not a station challenge ({length} letters and digits)")
                                   .format(challenge=repr(challenge), length=CHALLENGE_LEN))
    if (action == EXTRA_TIME) != (minutes is not None):
        raise click.ClickException(cli_tr("--minutes goes with --action extra_time, and only with it"))
    if proctor_password is None:
        proctor_password = _password_asked(cli_tr("Proctor password"))
    try:
        parsed = parse_package(package_path.read_bytes(), None)
        key = parsed.header.unwrap_proctor_key(proctor_password)
    except PackageError as exc:
        if exc.code == "no_proctor_key":
            raise click.ClickException(cli_tr("this package was made before the proctor key (December 2026): it has "
                                          "no proctor codes; build it again")) from exc
        if exc.code == "wrong_proctor_password":
            raise click.ClickException(cli_tr("the proctor password is not right for this package (it is on the "
                                          "proctor's sheet; the start code does not make codes)")) from exc
        raise click.ClickException(refusal(click.get_current_context(), cli_tr("the package cannot be opened"),
                                           exc)) from exc
    code = make_code(key, action, challenge, minutes or 0)
    what = {RESUME: cli_tr("resume code"), EXTRA_TIME: cli_tr("code for {minutes} extra minutes"),
            PAUSE: cli_tr("pause code"), UNPAUSE: cli_tr("code to restart the clock"), START: cli_tr("start code"),
            EXIT: cli_tr("closing code")}
    click.echo(cli_tr("{what} for {challenge}: {code}").format(what=what[action].format(minutes=minutes),
                                                          challenge=challenge.upper(), code=code))


def _password_asked(prompt: str) -> str:
    """A password typed without echo at a terminal, or the first line of a pipe (getpass would print Python's
    GetPassWarning there, in English); ClickException when none is given."""
    import sys
    if sys.stdin is not None and sys.stdin.isatty():
        typed = click.prompt(prompt, hide_input=True, default="", show_default=False)
    else:
        typed = (sys.stdin.readline() if sys.stdin is not None else "").rstrip("\r\n")
    if not typed:
        raise click.ClickException(cli_tr("no proctor password was given: type it when asked, or give "
                                          "--proctor-password"))
    return typed


COMMANDS = (keyhelper, import_keys, data_folder, reset_time_mark, proctor_code)   # registered by desktop/app.py
