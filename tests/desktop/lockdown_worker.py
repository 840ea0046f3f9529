"""A station process on the test's X11 desktop (x11_desktop.py): reopens the exam in progress full screen,
then plays one scenario with real programs (xmessage, xdotool, xrandr, xclip, raw X clients) and prints
``RESULT <json>`` with what it saw and the attempt's chain. Used by test_lockdown_x11.py.
"""
from __future__ import annotations

import json
import subprocess
import sys
import time
import traceback
from pathlib import Path

from PySide6.QtCore import QMimeData, QPoint, Qt, QTimer
from PySide6.QtGui import QDragEnterEvent, QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox
from Xlib import X, Xatom, display as xdisplay

from desktop.controller import StationController
from desktop.lockdown import freedesktop
from desktop.station import Station
from examcore.chain import EventKind
from tests.conftest import START_CODE


def wait_until(predicate, timeout_s: float) -> bool:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if predicate():
            return True
        QTest.qWait(50)
    return bool(predicate())


def xdotool(*args: str) -> str:
    return subprocess.run(["xdotool", *args], capture_output=True, text=True, timeout=10).stdout.strip()


def events(window, kind: str) -> list[dict]:
    return [e.data for e in window.attempt.chain.events if e.kind == kind]


def focus_scenario(ctl: StationController, notes: subprocess.Popen, out: dict) -> None:
    """System pop-ups, the Print key, Alt+Tab, another client's keyboard grab, and the learner going to a
    window that was open before the exam."""
    window = ctl.exam
    out["active_at_start"] = wait_until(window.isActiveWindow, 5)
    came_back = []
    for n in range(4):   # more than the 3 focus losses the policy allows
        popup = subprocess.Popen(["xmessage", "-center", f"系统通知 {n}"])
        # it takes the focus, and the exam takes it back (so fast that polling may miss the moment)
        took = wait_until(lambda: len(events(window, EventKind.SYSTEM_FOCUS)) == n + 1, 3)
        came_back.append(took and wait_until(window.isActiveWindow, 3))
        popup.terminate()
        popup.wait(5)
        QTest.qWait(300)
    out["popups_taken_back"] = came_back
    xdotool("key", "Print")
    QTest.qWait(1500)
    xdotool("key", "alt+Tab")
    QTest.qWait(1000)
    out["active_after_keys"] = window.isActiveWindow()
    out["warning_after_popups"] = window.warning_label.text()
    # openbox's mouse binding Alt+wheel switches desktops (a keyboard grab does not stop mouse bindings):
    # the exam is on every desktop, so it stays on screen with the focus
    xdotool("mousemove", "683", "500")
    xdotool("keydown", "alt", "click", "5", "keyup", "alt")
    QTest.qWait(1500)
    out["desktop_after_wheel"] = xdotool("get_desktop")
    out["active_after_wheel"] = window.isActiveWindow() and window.isVisible()
    xdotool("keydown", "alt", "click", "4", "keyup", "alt")
    QTest.qWait(500)
    other = xdisplay.Display()
    out["other_client_grab"] = other.screen().root.grab_keyboard(True, X.GrabModeAsync, X.GrabModeAsync,
                                                                 X.CurrentTime)
    other.close()
    # the learner goes to the notes window that was open before the exam
    notes_id = xdotool("search", "--name", "^my-notes$").splitlines()[0]
    xdotool("windowactivate", notes_id)
    wait_until(lambda: not window.isActiveWindow(), 3)
    QTest.qWait(2200)
    out["warning_while_away"] = window.warning_label.text()
    out["active_while_away"] = window.isActiveWindow()
    xdotool("windowactivate", str(int(window.winId())))
    out["back"] = wait_until(window.isActiveWindow, 3)


def window_scenario(ctl: StationController, _notes, out: dict) -> None:
    """Layer → Normal, a window that bypasses the window manager, a split screen, the screen saver, the
    primary selection and a drag onto an answer."""
    window = ctl.exam
    wait_until(window.isActiveWindow, 5)
    d = xdisplay.Display()
    state, above = d.intern_atom("_NET_WM_STATE"), d.intern_atom("_NET_WM_STATE_ABOVE")
    ours = d.create_resource_object("window", int(window.winId()))
    # what openbox's window menu Layer → Normal does: the window manager drops the "above" state
    from Xlib.protocol import event as xevent
    d.screen().root.send_event(xevent.ClientMessage(window=ours, client_type=state, data=(32, [0, above, 0, 2, 0])),
                               event_mask=X.SubstructureRedirectMask | X.SubstructureNotifyMask)
    d.flush()
    out["above_dropped"] = wait_until(lambda: above not in ours.get_full_property(state, Xatom.ATOM).value, 2)
    out["above_back"] = wait_until(lambda: above in ours.get_full_property(state, Xatom.ATOM).value, 4)
    # a window that bypasses the window manager, over the exam
    screen = d.screen()
    overlay = screen.root.create_window(200, 200, 400, 150, 0, screen.root_depth, X.InputOutput, X.CopyFromParent,
                                        override_redirect=True, background_pixel=screen.white_pixel)
    overlay.set_wm_class("notes", "FloatingNotes")
    overlay.map()
    d.flush()
    out["overlay_found"] = wait_until(lambda: any(e.get("check") == "overlay" for e in events(window, "environment")), 4)
    overlay.destroy()
    d.flush()
    # the screen split in two (a second monitor)
    subprocess.run(["xrandr", "--setmonitor", "L", "1281/340x768/200+0+0", "screen"], check=True, timeout=10)
    subprocess.run(["xrandr", "--setmonitor", "R", "85/20x768/200+1281+0", "none"], check=True, timeout=10)
    out["screens_found"] = wait_until(lambda: any(e.get("check") == "screens" for e in events(window, "environment")), 4)
    out["warning_screens"] = window.warning_label.text()
    subprocess.run(["xrandr", "--delmonitor", "L"], timeout=10)
    subprocess.run(["xrandr", "--delmonitor", "R"], timeout=10)
    # the X screen saver (set to 2 s by the test) never starts while the exam is open
    states = []
    for _ in range(8):
        QTest.qWait(500)
        states.append(int(screen.root.screensaver_query_info().state))
    out["screen_saver_states"] = states
    out["desktop_saver_held"] = freedesktop.holding()
    # text selected in a fill-in answer is not offered to other programs
    fill = next(i for i, item in enumerate(window.attempt.paper.items)
                if window.attempt.unlocked.content.questions[item.question_id].type.value == "fill_in")
    window.go_to(fill)
    edit = window.question_view.findChildren(QLineEdit)[0]
    edit.setFocus()
    QTest.keyClicks(edit, "selected secret")
    QTest.keyClick(edit, Qt.Key.Key_Home, Qt.KeyboardModifier.ShiftModifier)   # selected as a learner would
    QTest.qWait(300)
    out["selected"] = edit.selectedText()
    # read as another program would, while this process answers X (it would own the selection)
    reader = subprocess.Popen(["xclip", "-o", "-selection", "primary"], stdout=subprocess.PIPE,
                              stderr=subprocess.DEVNULL, text=True)
    wait_until(lambda: reader.poll() is not None, 5)
    reader.kill()
    out["primary_selection"] = reader.communicate()[0]
    # a drag of text onto the answer
    mime = QMimeData()
    mime.setText("dragged answer")
    before = edit.text()
    enter = QDragEnterEvent(QPoint(5, 5), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(edit, enter)
    out["drag_accepted"] = enter.isAccepted()
    out["answer_unchanged"] = edit.text() == before
    d.close()


def start_scenario(ctl: StationController, _notes, out: dict) -> None:
    """Two screens before the exam starts: the default policy refuses to start and says why."""
    subprocess.run(["xrandr", "--setmonitor", "L", "683/180x768/200+0+0", "screen"], check=True, timeout=10)
    subprocess.run(["xrandr", "--setmonitor", "R", "683/180x768/200+683+0", "none"], check=True, timeout=10)
    wait_until(lambda: len(QGuiApplication.screens()) == 2, 3)
    shown = []

    def close_box() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            shown.append(box.text())
            box.accept()
        else:
            QTimer.singleShot(100, close_box)
    QTimer.singleShot(100, close_box)
    out["allowed_with_two"] = ctl._environment_allows(ctl.exam.attempt.exam.lockdown)
    out["message"] = shown
    subprocess.run(["xrandr", "--delmonitor", "L"], timeout=10)
    subprocess.run(["xrandr", "--delmonitor", "R"], timeout=10)
    wait_until(lambda: len(QGuiApplication.screens()) == 1, 3)
    out["allowed_with_one"] = ctl._environment_allows(ctl.exam.attempt.exam.lockdown)


def again_scenario(ctl: StationController, _notes, out: dict) -> None:
    """The proctor closes the exam and it is opened again in the same station process: the platform layer
    serves the second opening as the first (keyboard held, pop-ups told apart)."""
    window = ctl.exam
    wait_until(window.isActiveWindow, 5)
    attempt_id = window.attempt.attempt_id
    window.attempt.close_by_proctor()
    window._finish()
    ctl._exam_left()
    QTest.qWait(300)
    out["reopened"] = ctl._resume(attempt_id)
    window = ctl.exam
    out["active_again"] = wait_until(lambda: window is not None and window.isActiveWindow(), 5)
    QTest.qWait(1200)   # the grab is in place within a second of the window showing
    other = xdisplay.Display()
    out["other_client_grab"] = other.screen().root.grab_keyboard(True, X.GrabModeAsync, X.GrabModeAsync,
                                                                 X.CurrentTime)
    other.close()
    popup = subprocess.Popen(["xmessage", "-center", "again"])
    out["popup_forgiven"] = wait_until(lambda: len(events(window, EventKind.SYSTEM_FOCUS)) == 1, 3)
    out["back"] = wait_until(window.isActiveWindow, 3)
    popup.terminate()
    popup.wait(5)


SCENARIOS = {"focus": focus_scenario, "window": window_scenario, "start": start_scenario,
             "again": again_scenario}


def main() -> None:
    data_dir, scenario = Path(sys.argv[1]), sys.argv[2]
    notes = subprocess.Popen(["xmessage", "-title", "my-notes", "-geometry", "300x100+50+50", "my notes"])   # open before the exam
    app = QApplication(sys.argv[:1])
    time.sleep(0.5)
    station = Station.open(data_dir)
    ctl = StationController(station)
    # a new process holds no exam key (kept in memory only): given here, as the start code typed on the page
    # that asks for it would, so the exam opens straight away at start as the scenarios expect (the page is
    # tested in tests/sync_server/sittings/test_restart_gets_the_key_again.py; showing it first made the
    # first pop-up's focus flaky under load)
    running = station.attempts.interrupted()
    if running and station.attempts.needs_key(running):
        package_id = station.attempts.exam_of(running)[0]
        station.attempts.keep_open(station.attempts.unlock(package_id, START_CODE), running)
    ctl.start()   # the exam in progress opens full screen
    out: dict = {"platform": ctl.lockdown_platform().name}
    try:
        SCENARIOS[scenario](ctl, notes, out)
        window = ctl.exam
        out["submitted"] = window.attempt.submitted is not None
        out["events"] = [{"kind": e.kind, "data": e.data} for e in window.attempt.chain.events
                         if e.kind not in (EventKind.ANSWER, EventKind.STARTED)]
        window._finish()
        out["desktop_saver_held_after"] = freedesktop.holding()
    except Exception:   # noqa: BLE001 - the test shows it
        out["error"] = traceback.format_exc()
    finally:
        notes.terminate()
        print("RESULT " + json.dumps(out, ensure_ascii=False), flush=True)
    station.close()
    app.quit()


if __name__ == "__main__":
    main()
