"""`make demo` (python -m demo_centre): build the demo centre if needed, serve it, open its windows."""
from __future__ import annotations

import signal
import socket
import subprocess
import sys
import time
from datetime import timezone
from pathlib import Path

import click

from demo_centre.build import (ADMIN, PROCTOR, PROCTOR_PC, ROOM, STATIONS, DemoBroken, DemoCentre, build_server,
                               build_station, seat_today)
from desktop.demo import DEMO_LEARNERS, DEMO_PROCTOR_PASSWORD, DEMO_START_CODE
from examcore.cli_text import cli_tr, localize
from examcore.console import configure_output
from examcore.sync_client import SyncError

ROOT = Path(__file__).resolve().parents[1]


def _port_open(port: int) -> bool:
    with socket.socket() as s:
        return s.connect_ex(("127.0.0.1", port)) == 0


def _wait_for_port(port: int, server: subprocess.Popen, seconds: float = 30.0) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise click.ClickException(cli_tr("the demo server stopped at once (exit {code}): is port {port} in "
                                              "use? Try --port").format(code=server.returncode, port=port))
        if _port_open(port):
            return
        time.sleep(0.2)
    raise click.ClickException(cli_tr("the demo server did not answer on port {port}").format(port=port))


def _accounts(url: str, sitting, folder: Path) -> str:
    learners = "\n".join(f"    {no}  {name}（{unit}）  {password}" for no, name, unit, _rank, _leader, password
                         in DEMO_LEARNERS)
    if sitting is None:
        today = cli_tr("No sitting today: every demo learner has used the exam's attempts. Delete {folder} to begin "
                       "afresh.").format(folder=folder)
    else:
        starts = sitting.starts_at.replace(tzinfo=timezone.utc).astimezone()   # stored as naive UTC
        today = cli_tr("Today's sitting: {room}, starts {starts}; every learner above with an attempt left is "
                       "seated. A learner who logs in at a\nstation of {room} waits until the proctor starts it in "
                       "the console.").format(room=ROOM, starts=starts.strftime("%Y-%m-%d %H:%M"))
    return cli_tr("""The demo centre is running at {url} (only this PC reaches it).

Learners (number, name, initial password; the first login asks for a new one, which is theirs from then on):
{learners}
Proctor console: {proctor} / {proctor_password}   (the window titled 监考台; also 监考工具 on a login page)
Centre administrator: {admin} / {admin_password}   (管理… on a station's login page)
{today}
With no network: start code {start_code}, proctor password {proctor_pc_password}.

Close the windows or press Ctrl+C here to stop the demo; {folder} keeps everything for next time
(delete it to begin afresh).""").format(
        url=url, learners=learners, proctor=PROCTOR[0], proctor_password=PROCTOR[1], admin=ADMIN[0],
        admin_password=ADMIN[1], today=today, start_code=DEMO_START_CODE, proctor_pc_password=DEMO_PROCTOR_PASSWORD,
        folder=folder)


@click.command()
@click.option("--folder", type=click.Path(file_okay=False, path_type=Path), default=Path("demo-centre"),
              show_default=True, help="Where the demo centre lives.")
@click.option("--port", default=8471, show_default=True, type=int, help="The demo server's port (loopback only).")
@click.option("--no-windows", is_flag=True, help="Build and serve only, until Ctrl+C (no station windows).")
@click.option("--lang", type=click.Choice(["zh_CN", "en"]), default="zh_CN", show_default=True,
              help="The language of the windows.")
def main(folder: Path, port: int, no_windows: bool, lang: str) -> None:
    """A demo exam centre on this PC: server, two exam-room stations and the proctor's console."""
    configure_output()
    signal.signal(signal.SIGTERM, signal.default_int_handler)   # a terminate stops the server and windows too
    demo = DemoCentre(folder.absolute())
    if _port_open(port):   # another program, or this demo already running: never enrol against a stranger
        raise click.ClickException(cli_tr("port {port} is in use (another program, or the demo already running): "
                                          "stop it, or give another --port").format(port=port))
    try:
        if build_server(demo):
            click.echo(cli_tr("made the demo centre server in {folder}").format(folder=demo.server))
        sitting = seat_today(demo)
    except DemoBroken as exc:
        raise click.ClickException(cli_tr("the demo cannot start: {why}").format(why=exc)) from exc
    server = subprocess.Popen([sys.executable, "-m", "sync_server.cli", "--instance", str(demo.server), "serve",
                               "--port", str(port), "--tls"], cwd=ROOT)
    windows: list[subprocess.Popen] = []
    try:
        _wait_for_port(port, server)
        url = f"https://127.0.0.1:{port}"
        for name in (*STATIONS, PROCTOR_PC):
            try:
                made = build_station(demo, name, url)
            except (DemoBroken, SyncError) as exc:
                raise click.ClickException(cli_tr("the demo station {name} could not be enrolled: {why}").format(
                    name=name, why=exc)) from exc
            if made:
                click.echo(cli_tr("enrolled the demo station {name}").format(name=name))
        click.echo(_accounts(url, sitting, demo.folder))
        if not no_windows:
            for name in (*STATIONS, PROCTOR_PC):
                extra = ["--console"] if name == PROCTOR_PC else ["--windowed"]
                windows.append(subprocess.Popen([sys.executable, "-m", "desktop.app", "--data-dir",
                                                 str(demo.station(name)), "--lang", lang, *extra], cwd=ROOT))
        while server.poll() is None and (no_windows or any(w.poll() is None for w in windows)):
            time.sleep(0.5)
    except KeyboardInterrupt:
        pass
    finally:
        for proc in [*windows, server]:
            if proc.poll() is None:
                proc.terminate()
        for proc in [*windows, server]:
            try:
                proc.wait(15)
            except subprocess.TimeoutExpired:
                proc.kill()


localize(main)   # help texts in the user's language (examcore/cli_text.py)

if __name__ == "__main__":
    main()
