"""Lockdown on a real X11 desktop (issue 21): Xvfb at 1366×768 with openbox, driven by xmessage, xdotool,
xrandr and raw X clients while a station process sits the exam full screen (lockdown_worker.py)."""
from __future__ import annotations

import json
import subprocess
import sys

import pytest

from examcore.chain import EventKind
from tests.conftest import LEARNER, START_CODE
from tests.desktop.x11_desktop import ROOT, missing_programs, start_desktop


@pytest.fixture(scope="module")
def desktop(tmp_path_factory):
    missing = missing_programs()
    assert not missing, f"install {missing} (build_scripts/ensure_test_tools.sh does on Debian)"
    d = start_desktop(tmp_path_factory.mktemp("x11"))
    yield d
    d.stop()


def _sit(desktop, station, scenario: str) -> dict:
    learner = station.accounts.login(*LEARNER).learner
    pkg = station.library.listings(LEARNER[0])[0].package_id
    station.attempts.begin(learner, station.attempts.unlock(pkg, START_CODE))
    data_dir = station.data_dir
    station.close()
    proc = subprocess.run([sys.executable, "-m", "tests.desktop.lockdown_worker", str(data_dir), scenario],
                          cwd=ROOT, env=desktop.env, capture_output=True, text=True, timeout=120)
    lines = [x for x in proc.stdout.splitlines() if x.startswith("RESULT ")]
    assert lines, f"the station process failed: {proc.stderr[-3000:]}"
    out = json.loads(lines[-1][len("RESULT "):])
    assert "error" not in out, out["error"]
    return out


def _kinds(out: dict, kind: str) -> list[dict]:
    return [e["data"] for e in out["events"] if e["kind"] == kind]


def test_system_pop_ups_are_taken_back_and_not_counted_but_the_learner_leaving_is(desktop, station):
    out = _sit(desktop, station, "focus")
    assert out["platform"] == "x11" and out["active_at_start"]
    # four pop-ups (the policy allows three focus losses): each taken back, none counted, not handed in
    assert out["popups_taken_back"] == [True] * 4, out
    system = _kinds(out, EventKind.SYSTEM_FOCUS)
    assert len(system) == 4 and all(d["by"] == "Xmessage" for d in system), out["events"]
    assert "not counted against you" in out["warning_after_popups"], "\n".join(map(str, out["events"]))
    # Print and Alt+Tab go nowhere: the keyboard is grabbed (another client's grab is refused)
    assert out["active_after_keys"] and out["other_client_grab"] == 1   # X.AlreadyGrabbed
    # Alt+wheel (a mouse binding of openbox) switches the desktop, but the exam is on every desktop
    assert out["desktop_after_wheel"] == "1" and out["active_after_wheel"], out
    # the learner going to a window open before the exam counts, with a countdown in words
    lost = _kinds(out, EventKind.FOCUS_LOST)
    assert len(lost) == 1 and lost[0]["to"] == "Xmessage", out["events"]
    assert not out["active_while_away"] and "submitted automatically in" in out["warning_while_away"]
    assert "seconds" in out["warning_while_away"] and out["back"]
    assert not out["submitted"]


@pytest.fixture
def short_screen_saver(desktop):
    desktop.run("xset", "s", "2", "2")
    yield
    desktop.run("xset", "s", "default")


def test_layer_change_overlay_split_screen_screen_saver_selection_and_drag(desktop, station, short_screen_saver):
    out = _sit(desktop, station, "window")
    env = _kinds(out, EventKind.ENVIRONMENT)
    checks = {d["check"] for d in env}
    # Layer → Normal is noticed and undone
    assert out["above_dropped"] and out["above_back"] and "not_on_top" in checks, out
    # a window that bypasses the window manager is found, by name
    assert out["overlay_found"] and any(d["check"] == "overlay" and d["detail"] == "FloatingNotes" for d in env)
    # the split screen is found, recorded and told
    assert out["screens_found"] and any(d["check"] == "screens" and d["detail"] == "2" for d in env)
    assert "2 screens" in out["warning_screens"]
    # the X screen saver (2 s) never started; the desktop's was held off over D-Bus and released after
    assert out["screen_saver_states"] == [0] * 8, out["screen_saver_states"]
    assert out["desktop_saver_held"] and not out["desktop_saver_held_after"]
    assert "inhibit Xuefa" in desktop.saver_log.read_text()
    # selected answer text is not offered to other programs; a drag onto the answer is refused and recorded
    assert out["selected"] == "selected secret" and out["primary_selection"] == ""
    assert not out["drag_accepted"] and out["answer_unchanged"]
    assert _kinds(out, EventKind.DROP_REFUSED)
    assert not out["submitted"]


def test_two_screens_refuse_the_start_and_say_what_to_do(desktop, station):
    out = _sit(desktop, station, "start")
    assert out["allowed_with_two"] is False and out["allowed_with_one"] is True
    assert out["message"] and "2 screens" in out["message"][0] and "Disconnect" in out["message"][0]


def test_the_exam_opened_again_in_the_same_process_is_held_as_the_first(desktop, station):
    out = _sit(desktop, station, "again")
    assert out["reopened"] and out["active_again"]
    assert out["other_client_grab"] == 1 and out["popup_forgiven"] and out["back"], out
