"""`xuefa`: open the station, or do a station task from the command line."""
from __future__ import annotations

import logging
import os
import sys
from contextlib import contextmanager
from logging.handlers import RotatingFileHandler
from pathlib import Path

import click

from desktop.resources import resources_dir
from examcore import __version__
from examcore.cli_params import OutputFile
from examcore.cli_text import cli_tr, language_from_argv, localize, said, said_of, words_said
from examcore.console import configure_output

LANGUAGES = ("zh_CN", "en")
# commands that need no station data folder: a damaged or unreachable one never stops them (data-folder
# sets it again; the key helper serves every station of the PC; a proctor's code is made from a package)
NO_STATION = ("data-folder", "keyhelper", "proctor-code")


class _StationLog(RotatingFileHandler):
    """The station's log: in the PC's folder every account that runs the station writes it, so a new file
    (the first, or one rotation makes) is the folder's accounts' as every other file there."""

    def _open(self):  # noqa: ANN202 - logging's own
        from examcore.private_files import create_private, is_shared
        if is_shared(Path(self.baseFilename).parent):
            create_private(Path(self.baseFilename))
        return super()._open()


def _setup_logging(data_dir: Path) -> None:
    data_dir.mkdir(parents=True, exist_ok=True)
    handler = _StationLog(data_dir / "xuefa.log", maxBytes=2_000_000, backupCount=5, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    logging.basicConfig(level=logging.INFO, handlers=[handler], force=True)   # in place of main's NullHandler


def install_translations(app, language: str) -> list:  # -> list[QTranslator]
    """Load the app's and Qt's own translations; English is the source language and needs none."""
    from PySide6.QtCore import QLibraryInfo, QTranslator
    if language == "en":
        return []
    loaded = []
    for name, folder in ((f"xuefa_{language}", resources_dir() / "translations"),
                         (f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))):
        translator = QTranslator(app)
        if translator.load(name, str(folder)):
            app.installTranslator(translator)
            loaded.append(translator)
    return loaded


@click.group(invoke_without_command=True)
@click.option("--data-dir", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Station data folder (default: this PC's, as `xuefa data-folder` shows).")
@click.option("--demo", is_flag=True, help="Open the demo data folder ./demo-data (created on first use).")
@click.option("--lang", type=click.Choice(LANGUAGES), default="zh_CN", show_default=True,
              help="The language of the windows and, when given, of the commands' output (zh_CN: Simplified "
                   "Chinese, en: English).")
@click.option("--selftest", is_flag=True, help="Check this PC is ready for exam day (window system, Chinese "
                                               "fonts, crypto, data folder, clock, centre server) and exit; "
                                               "non-zero when a check failed.")
@click.option("--except", "leave_out", multiple=True, type=click.Choice(["station-keys"]),
              help="With --selftest: leave out a check that does not apply here (a build PC has no key helper).")
@click.option("--windowed", is_flag=True,
              help="Training and demos: an exam whose package does not enforce the focus rule opens in a normal "
                   "window (an exam that enforces it opens full screen as always).")
@click.option("--console", is_flag=True, help="Open the proctor console at once (a proctor's PC).")
@click.option("--selftest-qt", is_flag=True, hidden=True)   # the self-test's child process (see selftest.py)
@click.option("--verbose", is_flag=True, help="With a command: also print the technical detail of a refusal.")
@click.version_option(__version__, prog_name="Xuefa")
@click.pass_context
def main(ctx: click.Context, data_dir: Path | None, demo: bool, lang: str, selftest: bool,
         leave_out: tuple[str, ...], windowed: bool, console: bool, selftest_qt: bool, verbose: bool) -> None:
    """Xuefa exam station. Without a command, opens the station window. Commands print in Simplified
    Chinese; set XUEFA_LANG=en (or give --lang en) for English."""
    configure_output()
    if ctx.get_parameter_source("lang") is click.core.ParameterSource.COMMANDLINE:
        os.environ["XUEFA_LANG"] = lang   # --lang typed: the commands' words follow it too, not only the windows
    if demo and data_dir is None:
        data_dir = Path.cwd() / "demo-data"
    if not logging.getLogger().handlers:   # a command's warnings go to its log, never onto the screen
        logging.getLogger().addHandler(logging.NullHandler())
    from desktop.data_folder import DataFolderSettingError, access_problem, station_data_folder
    from examcore.private_files import mark_shared
    try:   # absolute: the same folder whatever folder a command runs in
        place = station_data_folder(data_dir)
        problem = "" if ctx.invoked_subcommand in NO_STATION else said(access_problem(place.path))
    except DataFolderSettingError as exc:
        place, problem = None, said_of(exc)
    ctx.meta["data_folder_problem"] = problem
    if problem and ctx.invoked_subcommand not in NO_STATION:
        _cannot_start(ctx, problem, selftest or selftest_qt)
    ctx.obj = place.path if place else Path.cwd()
    ctx.meta["data_folder"] = place
    if place and place.machine_wide:
        mark_shared(place.path)   # what is made in it is for every account of this PC that runs the station
    ctx.meta["verbose"] = verbose
    ctx.meta["data_dir_named"] = data_dir is not None and not demo   # typed by hand: a typo is possible
    if selftest_qt:
        from desktop.selftest import qt_probe
        qt_probe()
        sys.exit(0)
    if selftest:
        from desktop.selftest import FAIL, report, run_checks
        checks = run_checks(ctx.obj, leave_out=leave_out, place=place)
        click.echo(report(checks, __version__, _selftest_words()))
        sys.exit(1 if any(c.status == FAIL for c in checks) else 0)
    if ctx.invoked_subcommand is None:
        sys.exit(run_gui(ctx.obj, demo, lang, windowed, console))


def _cannot_start(ctx: click.Context, text: str, selftest: bool) -> None:
    """Stop with ``text``: in a window when the station window was to open (a double-click shows no
    console), else on the command line."""
    if ctx.invoked_subcommand is None and not selftest:
        from PySide6.QtWidgets import QMessageBox

        from desktop.qt_app import widgets_app_or_new
        widgets_app_or_new()
        QMessageBox.critical(None, "Xuefa", text)
        sys.exit(2)
    raise click.ClickException(text)


def _selftest_words():
    """The self-test's check names and advice in the command line's language: the readiness window's own
    translations ("Selftest"), read without starting a window."""
    from examcore.cli_text import language
    if language() == "en":
        return lambda text: text
    from PySide6.QtCore import QTranslator

    from desktop.resources import resources_dir
    translator = QTranslator()
    if not translator.load(str(resources_dir() / "translations" / f"xuefa_{language()}.qm")):
        return lambda text: text
    return lambda text: translator.translate("Selftest", text) or text


def run_gui(data_dir: Path, demo: bool, lang: str, windowed: bool = False, console: bool = False) -> int:
    from desktop.qt_app import widgets_app_or_new
    from desktop.startup import Startup
    try:
        _setup_logging(data_dir)
    except OSError:
        pass  # a read-only folder is reported in the window
    from PySide6.QtGui import QIcon
    app = widgets_app_or_new()
    app.setApplicationName("Xuefa")
    app.setWindowIcon(QIcon(str(resources_dir() / "icons" / "xuefa.png")))
    install_translations(app, lang)
    os.environ["XUEFA_LANG"] = lang   # examcore's sentences shown in the windows follow the window's language
    from desktop.single_instance import AlreadyOpen, hold_data_folder
    try:
        lock = hold_data_folder(data_dir) if data_dir.is_dir() else None
    except AlreadyOpen:   # a second copy would open the same live exam
        from PySide6.QtCore import QCoreApplication
        from PySide6.QtWidgets import QMessageBox
        QMessageBox.information(None, "Xuefa", QCoreApplication.translate(
            "Startup", "Xuefa is already open on this computer (data folder %1).\n\nUse the window that is "
            "already open; if you cannot find it, call the proctor. Nothing was changed.").replace("%1", str(data_dir)))
        return 3
    startup = Startup(data_dir, demo, windowed=windowed, console=console)
    startup.failed.connect(lambda _text: app.exit(2))
    startup.start()
    code = app.exec()
    if startup.station is not None:
        startup.station.close()
    if lock is not None:
        lock.release()
    return code


@contextmanager
def _station(ctx: click.Context, refused: tuple[type[Exception], ...] = (), what: str = "", sets_up: bool = False):
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
            _setup_logging(ctx.obj)
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


@main.command("keyhelper")
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


@main.command("import-keys")
@click.pass_context
def import_keys(ctx: click.Context) -> None:
    """IT only (root): move the plain key file (station.key) of an older station's data folder into the key
    service. Compare the fingerprint shown with the one the centre server lists for this PC."""
    if not _run_by_system_admin():
        raise click.ClickException(cli_tr("only the system administrator (root) may move station keys into the key "
                                      "service: keys in a learner's folder may have been placed there"))
    from examcore.crypto.keys import fingerprint
    with _station(ctx) as station:
        click.echo(cli_tr("station {device}: keys held by {holder}; key fingerprint {fingerprint} (check it against "
                      "xuefa-server devices list before the station takes exams)").format(
            device=station.keys.device_id, holder=station.keys.protection,
            fingerprint=fingerprint(station.keys.device_key.public_raw())))


@main.group("data-folder", invoke_without_command=True)
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


@main.command("reset-time-mark")
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
    with _station(ctx) as station:
        mark, wall = station.time.high_water(), station.clock.now()
        click.echo(cli_tr("the station's time mark: {mark}\nthis PC's clock now: {clock}").format(
            mark=local_time(mark.isoformat(), seconds=True), clock=local_time(wall.isoformat(), seconds=True)))
        if mark <= wall:
            click.echo(cli_tr("the mark is not ahead of the clock: nothing to reset"))
            return
        if not yes:
            click.confirm(cli_tr("put the mark back by {by} to the PC's clock? Check the clock first").format(
                by=_span(mark - wall)), abort=True)
        try:
            station.time.reset(wall)
        except KeyStoreError as exc:
            raise click.ClickException(refusal(ctx, cli_tr("the key service did not reset its copy of the mark"),
                                               exc)) from exc
    click.echo(cli_tr("the time mark now follows this PC's clock"))


@main.command("export-results")
@click.argument("path", type=OutputFile())
@click.pass_context
def export_results(ctx: click.Context, path: Path) -> None:
    """Write every undelivered sealed result to a bundle file PATH (e.g. on a USB stick)."""
    from examcore.errors import BundleError
    with _station(ctx, (OSError, BundleError), cli_tr("the results could not be written to {path}; nothing was lost. "
                                                   "Check the stick has space and is not write-protected, then try "
                                                   "again").format(path=path)) as station:
        records, results = station.outbox.pending_records(limit=None), station.outbox.pending_results()
        if not results and not records:   # an empty file would say nothing, and could replace one
            click.echo(cli_tr("nothing to export: every result and study record of this station has been "
                              "delivered; no file was written"))
            return
        try:
            bundle = station.outbox.export(path, records, results)
        except BundleError as exc:
            if exc.code == "other_station_file":
                raise click.ClickException(cli_tr(
                    "{path} holds the results of another station ({station}) that would be lost from the stick: "
                    "write this station's results to another file name").format(path=path, station=exc.detail)) \
                    from exc
            if exc.code == "not_a_results_file":
                raise click.ClickException(cli_tr(
                    "{path} is already there and is not a results file: write to another file name").format(
                        path=path)) from exc
            raise
    click.echo(cli_tr("{results} result(s) and {records} study record(s) written to {path} and verified. They stay on "
                  "this station until the centre's receipt file is imported.").format(
        results=len(bundle.envelopes), records=len(bundle.study), path=path))


@main.command("import-package")
@click.argument("path", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.pass_context
def import_package(ctx: click.Context, path: Path) -> None:
    """Import an exam package file."""
    from examcore.errors import PackageError
    with _station(ctx, (PackageError,), cli_tr("{file} was not imported").format(file=path.name), sets_up=True) \
            as station:
        header, new = station.library.import_file(path)
    click.echo((cli_tr("imported: {title} ({id})") if new else cli_tr("already present: {title} ({id})")).format(
        title=header.title, id=header.package_id))


@main.command("import-study")
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
            with _station(ctx, (PackageError, StatuteError), cli_tr("{file} was not imported").format(
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


@main.command("proctor-code")
@click.option("--package", "package_path", required=True, type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="The exam package of the sitting (.xfp).")
@click.option("--proctor-password", required=True, prompt=cli_tr("Proctor password"), hide_input=True,
              help="The exam's proctor password (not the start code). Asked for when not given, so it does not "
                   "stay in the shell's history.")
@click.option("--challenge", required=True, help="The code the station shows.")
@click.option("--action", type=click.Choice(["resume", "extra_time", "pause", "unpause", "start", "exit"]),
              default="resume", show_default=True,
              help="resume: an interrupted exam; extra_time (with --minutes), pause, unpause: a running exam's "
                   "clock; start: a learner whose station cannot start alone; exit: close a learner's exam window "
                   "(the answers stay).")
@click.option("--minutes", type=click.IntRange(1, 240), help="Extra minutes (with --action extra_time).")
def proctor_code(package_path: Path, proctor_password: str, challenge: str, action: str,
                 minutes: int | None) -> None:
    """The proctor's code for a station with no network: resume an interrupted exam, give extra time,
    pause or restart a learner's clock, let a learner start, or close a learner's exam window."""
    from examcore.errors import PackageError
    from examcore.package import parse_package
    from examcore.proctor_codes import (CHALLENGE_LEN, EXIT, EXTRA_TIME, PAUSE, RESUME, START, UNPAUSE,
                                        make_code, normalize)
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
    if normalize(challenge, CHALLENGE_LEN) is None:
        raise click.ClickException(cli_tr("{challenge} is not a station challenge ({length} letters and digits)")
                                   .format(challenge=repr(challenge), length=CHALLENGE_LEN))
    if (action == EXTRA_TIME) != (minutes is not None):
        raise click.ClickException(cli_tr("--minutes goes with --action extra_time, and only with it"))
    code = make_code(key, action, challenge, minutes or 0)
    what = {RESUME: cli_tr("resume code"), EXTRA_TIME: cli_tr("code for {minutes} extra minutes"),
            PAUSE: cli_tr("pause code"), UNPAUSE: cli_tr("code to restart the clock"), START: cli_tr("start code"),
            EXIT: cli_tr("closing code")}
    click.echo(cli_tr("{what} for {challenge}: {code}").format(what=what[action].format(minutes=minutes),
                                                          challenge=challenge.upper(), code=code))


@main.command("import-roster")
@click.argument("path", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.pass_context
def import_roster(ctx: click.Context, path: Path) -> None:
    """Import a signed roster file (learners and their password verifiers)."""
    from examcore.roster import RosterError
    with _station(ctx, (RosterError,), cli_tr("{file} was not imported").format(file=path.name), sets_up=True) \
            as station:
        count = station.accounts.import_roster(path.read_bytes())
    click.echo(cli_tr("{count} learner(s) imported").format(count=count))


def _signing_public(path: Path) -> tuple[bytes, str, str]:
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


@main.command("trust-issuer")
@click.argument("path", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.pass_context
def trust_issuer(ctx: click.Context, path: Path) -> None:
    """Trust the exam packages and rosters signed by the issuer whose public key file is PATH."""
    key, name, shown = _signing_public(path)
    with _station(ctx, sets_up=True) as station:
        station.library.trust_issuer(key, name)
    click.echo(cli_tr("trusted: {issuer}").format(issuer=shown))


@main.command("trust-server")
@click.argument("path", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.pass_context
def trust_server(ctx: click.Context, path: Path) -> None:
    """Accept receipts signed by the sync server whose public key file is PATH (server-signing.key.pub)."""
    key, name, shown = _signing_public(path)
    with _station(ctx, sets_up=True) as station:
        station.outbox.trust_server(key, name)
    click.echo(cli_tr("trusted server: {server}").format(server=shown))


@main.command("import-receipts")
@click.argument("path", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.pass_context
def import_receipts(ctx: click.Context, path: Path) -> None:
    """Clear the results a server has confirmed (the receipt file it wrote for a bundle)."""
    from examcore.receipt import ReceiptError
    data = path.read_bytes()
    with _station(ctx, (ReceiptError, UnicodeDecodeError), cli_tr("{file} was not applied").format(file=path.name)) \
            as station:
        applied = station.outbox.apply_receipt_file(data)
        cleared, unmatched = applied.results, applied.unmatched
        studied, passwords = sum(applied.records.values()), applied.records.get("password", 0)
        left = len(station.outbox.pending_results())
        study_left = station.outbox.count_records()
    click.echo(cli_tr("{cleared} result(s) confirmed by the server; {left} still waiting for delivery").format(
        cleared=cleared, left=left))
    if unmatched:
        click.echo(cli_tr("{count} receipt(s) matched no result of this station").format(count=unmatched))
    if studied or study_left:
        click.echo(cli_tr("{cleared} study record(s) and {passwords} password change(s) confirmed; {left} still "
                          "waiting").format(cleared=studied - passwords, passwords=passwords, left=study_left))
    if (unmatched or applied.records_unmatched) and not cleared and not studied:   # another station's file?
        click.echo(cli_tr("nothing on this station was confirmed by {file}: is it the receipt file of another "
                          "station's bundle?").format(file=path.name), err=True)
        ctx.exit(1)


@main.command("enrol")
@click.argument("server_url", required=False)
@click.option("--code", default=None,
              help="The enrolment code the administrator gave you. From `devices code` it has six groups: the last "
                   "four name the server's certificate, and a server showing another one is refused. A code of two "
                   "groups (a room's printed list) needs --fingerprint too.")
@click.option("--fingerprint", "pin", default=None,
              help="The server's certificate fingerprint (`xuefa-server tls show`), to enrol over https:// "
                   "without a code (the administrator then approves this station).")
@click.option("--name", default="", help="Where this station is (room, seat), for the administrator.")
@click.option("--file", "room_file", type=click.Path(exists=True, dir_okay=False, path_type=Path), default=None,
              help="A room's enrolment file (xuefa-server devices room-file): address and code come from it.")
@click.option("--pc", default=None, help="With --file: this PC's name in the file, e.g. 第一考场-07.")
@click.pass_context
def enrol(ctx: click.Context, server_url: str | None, code: str | None, pin: str | None, name: str,
          room_file: Path | None, pc: str | None) -> None:
    """Ask the sync server at SERVER_URL (or the one a room's enrolment file names) to accept this station."""
    from examcore.crypto.keys import fingerprint
    from examcore.enrolment_file import EnrolmentFileError, read_enrolment_file
    from examcore.sync_client import SyncError
    if (room_file is None) == (server_url is None) or (room_file is not None) != (pc is not None):
        raise click.UsageError(cli_tr("give either SERVER_URL (and --code), or --file with --pc"))
    if server_url is not None:
        _check_enrol_words(server_url, code, pin)
    with _station(ctx, (SyncError, EnrolmentFileError), cli_tr("enrolment failed"), sets_up=True) as station:
        from desktop.store.models import Setting
        with station.sessions() as s:
            before = s.get(Setting, "server_key")
            before_key = before.value if before is not None else None
        if room_file is not None and pc is not None:
            enrolment = station.enrolment.enrol_from_file(read_enrolment_file(room_file.read_bytes()), pc)
        elif server_url is not None:
            enrolment = station.enrolment.enrol(server_url, name, code, fingerprint=pin)
        else:   # ruled out by the usage check above
            raise click.UsageError(cli_tr("give either SERVER_URL (and --code), or --file with --pc"))
        device_id = station.keys.device_id
        waiting = (len(station.outbox.pending_results()), station.outbox.count_records()) \
            if before_key not in (None, enrolment.server_key.hex()) else (0, 0)
    status = (cli_tr("approved") if enrolment.status == "approved"
              else cli_tr("waiting for the administrator's approval"))
    click.echo(cli_tr("{status} (server {fingerprint})").format(status=status,
                                                           fingerprint=fingerprint(enrolment.server_key)))
    click.echo(cli_tr("this station's device id: {device} (the centre admin names it in `xuefa-server devices "
                  "approve|revoke`)").format(device=device_id))
    if any(waiting):   # made for the server before: the new one may be unable to take them
        click.echo(cli_tr("note: this station was enrolled at another server before; {results} result(s) and "
                          "{records} study record(s) or password change(s) made then still wait here: results "
                          "sealed for that server only are refused by this one and stay here, so export them "
                          "(xuefa export-results) and take the file to that centre").format(
            results=waiting[0], records=waiting[1]), err=True)


def _check_enrol_words(server_url: str, code: str | None, pin: str | None) -> None:
    """What the person typed, checked before anything is sent: each mistake said for what it is (a missing
    https://, a code of two groups without --fingerprint), not as the connection's refusal it would become."""
    from urllib.parse import urlsplit

    from examcore.tls_pin import CODE_CHARS, PinError, parse_fingerprint
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


@main.command("status")
@click.pass_context
def status(ctx: click.Context) -> None:
    """What this station holds and whom it talks to: device id, server, last sync each way, results and
    study records waiting, trusted exam issuers and servers, exams on this station."""
    from sqlalchemy import func, select

    from desktop.services.sync_steps import ENROLMENT_STATE, LAST_DELIVERED, LAST_PULLED
    from desktop.ui.local_time import local_time
    from desktop.store.models import Package, Setting, TrustedIssuer, TrustedServer
    from examcore.crypto.keys import fingerprint
    with _station(ctx) as station:
        pending = len(station.outbox.pending_results())
        study = station.outbox.count_records()
        with station.sessions() as s:
            setting = {row.key: row.value for row in s.scalars(select(Setting).where(Setting.key.in_(
                ["server_url", "server_key", "server_tls_pin", LAST_DELIVERED, LAST_PULLED, ENROLMENT_STATE])))}
            issuers = [(i.name, fingerprint(i.public_key)) for i in s.scalars(select(TrustedIssuer))]
            servers = [(i.name, fingerprint(i.public_key)) for i in s.scalars(select(TrustedServer))]
            exams = s.scalar(select(func.count()).select_from(Package).where(Package.withdrawn_at.is_(None)))
        device_id, data_dir = station.keys.device_id, station.data_dir
        behind, mark = station.time.behind(), station.time.high_water()
    never = cli_tr("never")
    click.echo(cli_tr("station {device}, data folder {folder}").format(device=device_id, folder=data_dir))
    if behind is not None:   # a clock once set far ahead: every exam would need the proctor's code until then
        click.echo(cli_tr("this PC's clock is {span} behind the latest time this station has seen ({mark}): exams "
                          "start only with the proctor's code until then. Set the clock right; if the time seen was "
                          "a mistake (a clock set far ahead), IT resets it: xuefa reset-time-mark").format(
                       span=_span(behind), mark=local_time(mark.isoformat())))
    if "server_url" in setting:
        key = setting.get("server_key")
        click.echo(cli_tr("server {url}").format(url=setting["server_url"])
                   + (cli_tr(" (key {fingerprint})").format(fingerprint=fingerprint(bytes.fromhex(key))) if key else "")
                   + (cli_tr(", certificate {pin}").format(pin=setting["server_tls_pin"])
                      if setting.get("server_tls_pin") else ""))
        state = setting.get(ENROLMENT_STATE)
        if state == "pending":
            click.echo(cli_tr("waiting for the administrator's approval: nothing is delivered until then (xuefa-server "
                              "devices approve {device} at the centre)").format(device=device_id))
        elif state == "revoked":
            click.echo(cli_tr("this station was revoked at the server: results stay here; a new code does not "
                              "enrol it again: the centre admin takes it back with xuefa-server devices approve "
                              "{device}").format(device=device_id))
        click.echo(cli_tr("last delivered: {delivered}; last taken from the server: {pulled}").format(
            delivered=local_time(setting.get(LAST_DELIVERED)) or never,
            pulled=local_time(setting.get(LAST_PULLED)) or never))
    else:
        click.echo(cli_tr("no server: results leave by USB (xuefa export-results), or enrol with `xuefa enrol`"))
    click.echo(cli_tr("waiting for delivery: {results} result(s), {records} study record(s)").format(
        results=pending, records=study))
    click.echo(cli_tr("exams on this station: {count}").format(count=exams))
    for label, rows in ((cli_tr("trusted exam issuer"), issuers), (cli_tr("trusted server"), servers)):
        for name, shown in rows:
            click.echo(cli_tr("{label}: {value}").format(label=label, value=f"{name} ({shown})"))
        if not rows:
            click.echo(cli_tr("{label}: {value}").format(label=label, value=cli_tr("none")))


def _span(delta) -> str:   # noqa: ANN001 - a timedelta
    """A length of time as people say it: "2 d 3 h 5 min 0 s" (天 小时 分 秒), never "0:00:00.000297"."""
    seconds = max(0, round(delta.total_seconds()))
    days, rest = divmod(seconds, 86_400)
    hours, rest = divmod(rest, 3600)
    minutes, secs = divmod(rest, 60)
    return cli_tr("{days} d {hours} h {minutes} min {seconds} s").format(days=days, hours=hours, minutes=minutes,
                                                                        seconds=secs)


# delivery failures that a person must settle (an administrator, a new enrolment, the PC's clock) before any
# sync can deliver: "for the next sync" would promise what will not happen
NEEDS_SOMEONE = frozenset({"device_revoked", "device_not_enrolled", "device_key_mismatch", "certificate_expired",
                           "certificate_changed", "plain_http", "no_pin", "clock_skew", "closed_plain"})


@main.command("sync")
@click.option("--verbose", is_flag=True, help="Also print the technical detail of a failed step.")
@click.pass_context
def sync(ctx: click.Context, verbose: bool) -> None:
    """Deliver every pending result (and study record) to the enrolled server now, then take its roster,
    packages and policy. Each step is reported on its own. Exit status: 0 all done; otherwise the sum of
    1 (the server refused something: it stays here, reasons listed), 2 (delivery did not finish: what was
    not confirmed stays here) and 4 (the server's changes could not be taken)."""
    from desktop.services.sync_steps import run_sync
    from desktop.store.models import Setting
    from examcore.refusals import plain_network_refusal, plain_result_refusal
    with _station(ctx) as station:
        with station.sessions() as s:
            url = s.get(Setting, "server_url")
        if url is None:
            raise click.ClickException(cli_tr("this station is not enrolled with a server: run `xuefa enrol URL` "
                                              "first"))
        report = run_sync(station.upward, station.downward, station.link.client(url.value))
        titles = _exam_titles(station)
    deliver, pull = report.deliver, report.pull
    if deliver.done and not report.pending_before and not report.records_confirmed:
        click.echo(cli_tr("delivered: nothing waits to be delivered"))
    elif deliver.done:
        click.echo(cli_tr("delivered: {confirmed} of {total} result(s) confirmed by the server, {records} study "
                          "record(s), {passwords} password change(s)").format(
            confirmed=report.confirmed, total=report.pending_before, passwords=report.passwords_confirmed,
            records=report.records_confirmed - report.passwords_confirmed))
    elif deliver.code in NEEDS_SOMEONE:   # the next sync alone will not deliver them: said so
        click.echo(cli_tr("delivery failed: {why}; {confirmed} result(s) were delivered before that, {left} stay on "
                          "this station until that is settled").format(why=plain_network_refusal(deliver.code),
                                                                       confirmed=report.confirmed, left=report.left))
    else:
        click.echo(cli_tr("delivery failed: {why}; {confirmed} result(s) were delivered before that, {left} stay on "
                      "this station for the next sync").format(why=plain_network_refusal(deliver.code),
                                                                confirmed=report.confirmed, left=report.left))
    for item in report.refused:   # the reason in plain words; its code and the server's detail with --verbose
        click.echo(cli_tr("  refused: {what} ({id}): {why} (kept on this station)").format(
            what=_refused_what(item, titles), id=item["id"],
            why=plain_result_refusal(item["reason"], item["detail"], station=True))
            + (f"\n    ({item['reason']}) {item['detail']}" if verbose or ctx.find_root().meta.get("verbose") else ""))
    for item in report.not_taken:   # the server's reasons, as words this side says in its reader's language
        click.echo(cli_tr("  the password change of learner {learner} was kept by the server but not taken: "
                          "{detail}; the learner uses the password the server hands down").format(
            learner=item.get("learner_no") or "?",
            detail=words_said(cli_tr(item["detail"]), item.get("detail_words"))))
    if pull.done and report.pulled is not None:
        pulled = report.pulled
        click.echo(cli_tr("taken from the server: {changes} change(s) (learners concerned: {learners}; new exam "
                          "packages: {packages})").format(changes=pulled.applied, learners=pulled.learners,
                                           packages=pulled.new_packages))
        for why in pulled.skipped:
            click.echo(cli_tr("  skipped: {why}").format(why=why))
    else:
        click.echo(cli_tr("taking changes failed: {why}").format(why=plain_network_refusal(pull.code))
                   + (cli_tr("; the delivery above stands") if report.confirmed or report.records_confirmed
                      else ""))
    if verbose or ctx.find_root().meta.get("verbose"):
        for name, step in ((cli_tr("delivery"), deliver), (cli_tr("taking changes"), pull)):
            if not step.done:
                click.echo(f"  {name} ({step.code}): {step.detail}")
    sys.exit(report.exit_code)


def _exam_titles(station) -> dict[str, str]:
    from sqlalchemy import select

    from desktop.store.models import Package
    with station.sessions() as s:
        return {exam_id: title for exam_id, title in s.execute(select(Package.exam_id, Package.title))}


def _refused_what(item: dict, titles: dict[str, str]) -> str:
    """What a refused item of `xuefa sync` is, for the clerk: a learner's result in an exam, their password
    change or a study record (desktop/services/sync_steps.py's refused items)."""
    kind, learner = item.get("kind", ""), item.get("learner_no") or "?"
    if kind == "result":
        exam = str(item.get("exam_id") or "?")
        return cli_tr("the result of learner {learner} in {exam}").format(learner=learner,
                                                                          exam=titles.get(exam, exam))
    if kind == "password":
        return cli_tr("the password change of learner {learner}").format(learner=learner)
    if kind:
        return cli_tr("a study record of learner {learner}").format(learner=learner)
    return cli_tr("a record this station no longer holds")


language_from_argv(sys.argv, ("xuefa", "xuefa.exe", "desktop/app.py"))   # --lang en: click's own words too
localize(main)   # help texts in the user's language (examcore/cli_text.py)

if __name__ == "__main__":  # pragma: no cover
    main()
