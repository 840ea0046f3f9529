"""`xuefa`: open the station, or do a station task from the command line (the tasks: desktop/cli/)."""
from __future__ import annotations

import logging
import os
import sys
from pathlib import Path

import click

from desktop.cli import care, delivery, files
from desktop.cli.common import setup_logging
from desktop.resources import resources_dir
from examcore import __version__
from examcore.cli_text import language_from_argv, localize, said, said_of
from examcore.console import configure_output

LANGUAGES = ("zh_CN", "en")
# commands that need no station data folder: a damaged or unreachable one never stops them (data-folder
# sets it again; the key helper serves every station of the PC; a proctor's code is made from a package)
NO_STATION = ("data-folder", "keyhelper", "proctor-code")


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
        setup_logging(data_dir)
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


for _command in (*delivery.COMMANDS, *files.COMMANDS, *care.COMMANDS):
    main.add_command(_command)

language_from_argv(sys.argv, ("xuefa", "xuefa.exe", "desktop/app.py"))   # --lang en: click's own words too
localize(main)   # help texts in the user's language (examcore/cli_text.py)

if __name__ == "__main__":  # pragma: no cover
    main()
