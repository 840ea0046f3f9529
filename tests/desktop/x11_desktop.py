"""A real X11 desktop for the lockdown tests: Xvfb at 1366×768, openbox (Debian's defaults) as the window
manager, a session D-Bus with a stand-in for the desktop's screen saver service (fake_screen_saver.py,
which writes each call it gets to a file). Programs come from Debian packages that
build_scripts/ensure_test_tools.sh installs (xvfb, openbox, xdotool, x11-utils, x11-xserver-utils, xclip).
"""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PROGRAMS = ("Xvfb", "openbox", "xdotool", "xmessage", "xrandr", "xset", "xclip", "dbus-daemon")


def missing_programs() -> list[str]:
    return [p for p in PROGRAMS if shutil.which(p) is None]


@dataclass
class Desktop:
    display: str
    bus: str
    saver_log: Path
    procs: list[subprocess.Popen] = field(default_factory=list)

    @property
    def env(self) -> dict[str, str]:
        env = {k: v for k, v in os.environ.items() if k not in ("WAYLAND_DISPLAY",)}
        env.update(DISPLAY=self.display, DBUS_SESSION_BUS_ADDRESS=self.bus, QT_QPA_PLATFORM="xcb",
                   PYTHONPATH=str(ROOT), XUEFA_LANG="en")
        return env

    def run(self, *args: str, check: bool = True, timeout: float = 10) -> subprocess.CompletedProcess:
        return subprocess.run(args, env=self.env, capture_output=True, text=True, timeout=timeout, check=check)

    def stop(self) -> None:
        for p in reversed(self.procs):
            p.terminate()
        for p in reversed(self.procs):
            try:
                p.wait(5)
            except subprocess.TimeoutExpired:
                p.kill()
                p.wait(5)
            if p.stdout is not None:
                p.stdout.close()


def _wait_for(predicate, timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return
        time.sleep(0.05)
    raise AssertionError(f"{what} did not start in {timeout} s")


def start_desktop(folder: Path) -> Desktop:
    """Xvfb on a free display number, openbox on it, and a session bus with the screen saver stand-in."""
    read_fd, write_fd = os.pipe()
    xvfb = subprocess.Popen(["Xvfb", "-displayfd", str(write_fd), "-screen", "0", "1366x768x24", "-nolisten", "tcp"],
                            pass_fds=(write_fd,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write_fd)
    with os.fdopen(read_fd) as f:
        number = f.readline().strip()
    if not number:
        xvfb.kill()
        raise AssertionError("Xvfb did not start")
    bus_proc = subprocess.Popen(["dbus-daemon", "--session", "--nofork", "--print-address=1"],
                                stdout=subprocess.PIPE, text=True)
    bus = bus_proc.stdout.readline().strip()
    desktop = Desktop(f":{number}", bus, folder / "screen-saver-calls.txt", [xvfb, bus_proc])
    try:
        # (30 s: on a loaded CI machine openbox once took more than 10 s to come up; once, on a fresh clone,
        # it never did: started again once when it has not come up or has ended, its own words kept for the log)
        openbox_log = folder / "openbox.log"
        for attempt in range(2):
            with open(openbox_log, "ab") as log:
                openbox = subprocess.Popen(["openbox"], env=desktop.env, stdout=subprocess.DEVNULL, stderr=log)
            desktop.procs.append(openbox)
            try:
                _wait_for(lambda: "_NET_SUPPORTING_WM_CHECK(WINDOW)" in
                          desktop.run("xprop", "-root", check=False).stdout, 30, "openbox")
                break
            except AssertionError:
                openbox.kill()
                openbox.wait(10)
                if attempt == 1:
                    raise AssertionError("openbox did not start in 30 s, twice: "
                                         + openbox_log.read_text(errors="replace")[-2000:]) from None
        desktop.procs.append(subprocess.Popen([sys.executable, "-m", "tests.desktop.fake_screen_saver",
                                               str(desktop.saver_log)], env={**desktop.env, "QT_QPA_PLATFORM":
                                                                             "offscreen"}, cwd=ROOT))
        _wait_for(desktop.saver_log.exists, 20, "the screen saver stand-in")
    except BaseException:
        desktop.stop()
        raise
    return desktop
