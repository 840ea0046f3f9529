"""Lockdown rules over a fake platform layer (issue 21): what the monitor does with a focus loss the learner
did not cause, the countdown, findings during the exam, the environment check before it, the proctor
password's slowing, and the Windows key rule. The real X11 desktop is test_lockdown_x11.py."""
from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from desktop.lockdown.windows_keys import LLKHF_ALTDOWN, VK_ESCAPE, VK_LWIN, VK_RWIN, VK_TAB, shell_key
from desktop.lockdown.environment import Finding, linux_virtual_machine, running_programs, survey, vm_from_dmi
from desktop.lockdown.platform import FocusHolder, LockdownPlatform
from desktop.lockdown.x11 import linux_remote_session
from desktop.services.sitting_reporter import seat_report
from desktop.ui.exam.proctor_dialog import ProctorPasswordDialog, wait_after
from examcore.chain import EventKind
from examcore.exam import CheckMode, LockdownPolicy
from desktop.controller import StationController
from tests.conftest import LEARNER, PROCTOR_PASSWORD, START_CODE
from tests.desktop.test_lockdown_and_import import _station_with
from tests.desktop.ui_helpers import exam_time_passes, when_modal


class FakePlatform(LockdownPlatform):
    """Says who took focus and what a tick found, as a test sets it; counts what was asked of it."""
    name = "fake"

    def __init__(self):
        self.holder = FocusHolder("unknown")
        self.elsewhere: bool | None = None   # what the windowing system says when Qt reports nothing
        self.found: list[tuple[str, str]] = []
        self.remote = self.vm = None
        self.started = self.stopped = self.taken = 0

    def start(self, window):
        self.started += 1
        return ["capture_exclusion"]

    def stop(self):
        self.stopped += 1

    def focus_holder(self):
        return self.holder

    def focus_elsewhere(self, window):
        return self.elsewhere

    def take_focus(self, window):
        self.taken += 1

    def tick(self, window):
        found, self.found = self.found, []
        return found

    def remote_session(self):
        return self.remote

    def virtual_machine(self):
        return self.vm


@pytest.fixture
def sitting(qtbot, tmp_path, clock, issuer, centre_key, roster_file):
    """An exam open in the station's window, over the fake platform layer (one focus loss allowed)."""
    st = _station_with(tmp_path, clock, issuer, centre_key, roster_file, LockdownPolicy(max_focus_losses=1))
    learner = st.accounts.login(*LEARNER).learner
    pkg = st.library.listings(LEARNER[0])[0].package_id
    fake = FakePlatform()
    ctl = StationController(st)
    ctl._lockdown_platform = fake
    qtbot.addWidget(ctl.main)
    ctl.open_exam(st.attempts.begin(learner, st.attempts.unlock(pkg, START_CODE)))
    window = ctl.exam
    assert fake.started == 1
    yield window, fake, clock
    if ctl.exam is not None:
        window._finish()
        window.close()
    assert fake.stopped == 1
    st.close()


def test_system_focus_is_taken_back_logged_and_never_counted_or_timed(qtbot, sitting):
    window, fake, clock = sitting
    fake.holder = FocusHolder("system", "Xmessage")
    app = QGuiApplication.instance()
    for _ in range(5):   # far more than the one loss allowed
        app.applicationStateChanged.emit(Qt.ApplicationState.ApplicationInactive)
        exam_time_passes(clock, window.attempt, 4_000)   # within the 5 s the exam has to get it back
        qtbot.wait(1100)
        app.applicationStateChanged.emit(Qt.ApplicationState.ApplicationActive)
    assert window.attempt.submitted is None
    assert window.attempt.count(EventKind.SYSTEM_FOCUS) == 5 and window.attempt.count(EventKind.FOCUS_LOST) == 0
    assert fake.taken >= 5   # taken back at once, and again each second while it was held
    assert seat_report(window.attempt)["irregularities"] == {"system_focus": 5}


def test_a_focus_change_qt_missed_is_found_from_the_windowing_system(qtbot, sitting):
    """Qt's X11 plugin can keep the exam active while a pop-up has the focus: the monitor asks the platform
    every second, handles the loss as if Qt had reported it, and ends it when the focus is found back."""
    window, fake, clock = sitting
    assert window.isActiveWindow()   # Qt reports nothing throughout
    fake.holder, fake.elsewhere = FocusHolder("system", "Xmessage"), True
    qtbot.waitUntil(lambda: window.attempt.count(EventKind.SYSTEM_FOCUS) == 1, timeout=2500)
    assert fake.taken >= 1 and window.attempt.count(EventKind.FOCUS_LOST) == 0
    # Qt's report coming late, while the pop-up still has the focus: the same loss, not another
    app = QGuiApplication.instance()
    app.applicationStateChanged.emit(Qt.ApplicationState.ApplicationInactive)
    assert window.attempt.count(EventKind.SYSTEM_FOCUS) == 1
    app.applicationStateChanged.emit(Qt.ApplicationState.ApplicationActive)   # taken back, as Qt sees it
    # the next pop-up, found the same way; Qt's late report after the focus is back ends it
    qtbot.waitUntil(lambda: window.attempt.count(EventKind.SYSTEM_FOCUS) == 2, timeout=2500)
    fake.elsewhere = False
    app.applicationStateChanged.emit(Qt.ApplicationState.ApplicationInactive)
    app.applicationStateChanged.emit(Qt.ApplicationState.ApplicationActive)
    fake.elsewhere = True   # a third, Qt's report on time this time: a loss of its own
    app.applicationStateChanged.emit(Qt.ApplicationState.ApplicationInactive)
    assert window.attempt.count(EventKind.SYSTEM_FOCUS) == 3
    fake.elsewhere = False   # taken back, and Qt says so
    app.applicationStateChanged.emit(Qt.ApplicationState.ApplicationActive)
    exam_time_passes(clock, window.attempt, 6_000)   # past the grace: nothing is held against the learner
    qtbot.wait(2100)
    assert window.attempt.count(EventKind.SYSTEM_FOCUS) == 3 and window.attempt.count(EventKind.FOCUS_LOST) == 0
    # taken back from one Qt missed, then the next pop-up within the same second, which Qt does report: its own
    fake.elsewhere = True
    qtbot.waitUntil(lambda: window.attempt.count(EventKind.SYSTEM_FOCUS) == 4, timeout=2500)
    fake.elsewhere = False
    qtbot.wait(300)   # the monitor looks again soon after taking it back
    fake.elsewhere = True
    app.applicationStateChanged.emit(Qt.ApplicationState.ApplicationInactive)
    assert window.attempt.count(EventKind.SYSTEM_FOCUS) == 5
    fake.elsewhere = False
    app.applicationStateChanged.emit(Qt.ApplicationState.ApplicationActive)
    # the learner's own window, missed by Qt: counted, and the return recorded when the focus is found back
    fake.holder, fake.elsewhere = FocusHolder("learner", "Notes"), True
    qtbot.waitUntil(lambda: window.attempt.count(EventKind.FOCUS_LOST) == 1, timeout=2500)
    assert window.attempt.chain.events[-1].data["to"] == "Notes" and window.attempt.submitted is None
    app.applicationStateChanged.emit(Qt.ApplicationState.ApplicationInactive)   # Qt's late report: the same
    assert window.attempt.count(EventKind.FOCUS_LOST) == 1 and window.attempt.count(EventKind.FOCUS_BACK) == 0
    exam_time_passes(clock, window.attempt, 3_000)
    fake.elsewhere = False   # the return, which Qt does not report: found within a second
    qtbot.waitUntil(lambda: window.attempt.count(EventKind.FOCUS_BACK) == 1, timeout=2500)
    assert window.attempt.chain.events[-1].data["away_ms"] >= 3_000 and window.attempt.submitted is None


def test_forgiveness_has_bounds(qtbot, sitting):
    """A system window that keeps the focus past the grace, the learner turning to another window while a
    system window has it, and more than ten system windows all count as the learner's losses."""
    window, fake, clock = sitting
    fake.holder = FocusHolder("system", "Popup")
    app = QGuiApplication.instance()
    app.applicationStateChanged.emit(Qt.ApplicationState.ApplicationInactive)
    exam_time_passes(clock, window.attempt, 6_000)
    qtbot.waitUntil(lambda: window.attempt.count(EventKind.FOCUS_LOST) == 1, timeout=3000)
    assert window.attempt.chain.events[-1].data["held"] is True
    assert "submitted automatically in" in window.warning_label.text() or \
        "You left the exam window" in window.warning_label.text()
    app.applicationStateChanged.emit(Qt.ApplicationState.ApplicationActive)
    # a system window, then the learner turns to an old one: counted at once, and here the limit is reached
    app.applicationStateChanged.emit(Qt.ApplicationState.ApplicationInactive)
    assert window.attempt.count(EventKind.SYSTEM_FOCUS) == 2
    fake.holder = FocusHolder("learner", "Notes")
    with qtbot.waitSignal(window.submitted, timeout=3000) as done:
        pass
    assert done.args[0].reason == "focus_losses" and window.attempt.count(EventKind.FOCUS_LOST) == 2


def test_more_than_ten_system_windows_count(qtbot, tmp_path, clock, issuer, centre_key, roster_file):
    st = _station_with(tmp_path, clock, issuer, centre_key, roster_file, LockdownPolicy(max_focus_losses=3))
    try:
        learner = st.accounts.login(*LEARNER).learner
        pkg = st.library.listings(LEARNER[0])[0].package_id
        fake = FakePlatform()
        fake.holder = FocusHolder("system", "Tray")
        ctl = StationController(st)
        ctl._lockdown_platform = fake
        qtbot.addWidget(ctl.main)
        ctl.open_exam(st.attempts.begin(learner, st.attempts.unlock(pkg, START_CODE)))
        app = QGuiApplication.instance()
        for _ in range(11):
            app.applicationStateChanged.emit(Qt.ApplicationState.ApplicationInactive)
            app.applicationStateChanged.emit(Qt.ApplicationState.ApplicationActive)
        attempt = ctl.exam.attempt
        assert attempt.count(EventKind.SYSTEM_FOCUS) == 10 and attempt.count(EventKind.FOCUS_LOST) == 1
        ctl.exam._finish()
        ctl.exam.close()
    finally:
        st.close()


def test_the_learner_leaving_counts_shows_a_countdown_and_hands_in_at_the_limit(qtbot, sitting):
    window, fake, clock = sitting
    fake.holder = FocusHolder("learner", "Notes")
    app = QGuiApplication.instance()
    app.applicationStateChanged.emit(Qt.ApplicationState.ApplicationInactive)
    assert "Staying away more than 30 seconds also submits it" in window.warning_label.text()
    exam_time_passes(clock, window.attempt, 12_000)
    with qtbot.waitSignal(window.monitor.away_countdown, timeout=2000) as sig:
        pass
    assert 17 <= sig.args[0] <= 18 and "submitted automatically in" in window.warning_label.text()
    exam_time_passes(clock, window.attempt, 20_000)
    with qtbot.waitSignal(window.submitted, timeout=3000) as done:
        pass
    assert done.args[0].reason == "away_too_long"


def test_coming_back_says_so_and_replaces_the_countdown(qtbot, sitting):
    window, fake, clock = sitting
    fake.holder = FocusHolder("learner", "Notes")
    app = QGuiApplication.instance()
    app.applicationStateChanged.emit(Qt.ApplicationState.ApplicationInactive)
    exam_time_passes(clock, window.attempt, 10_000)
    qtbot.waitUntil(lambda: "submitted automatically in" in window.warning_label.text(), timeout=2000)
    app.applicationStateChanged.emit(Qt.ApplicationState.ApplicationActive)
    assert "back in the exam after 10 seconds" in window.warning_label.text() and "1 of 1 times" in window.warning_label.text()
    qtbot.wait(1200)
    assert "back in the exam" in window.warning_label.text()   # no countdown once back
    assert window.attempt.count(EventKind.FOCUS_LOST) == 1 and window.attempt.submitted is None


def test_findings_during_the_exam_are_recorded_told_and_reported_by_check(qtbot, sitting, tmp_path):
    window, fake, _clock = sitting
    fake.found = [("not_on_top", ""), ("overlay", "FloatingNotes")]
    qtbot.waitUntil(lambda: window.attempt.count(EventKind.ENVIRONMENT) == 2, timeout=3000)
    # a listed program started during the exam (a copy of sleep under a listed name)
    program = tmp_path / "x11vnc"
    shutil.copy(shutil.which("sleep"), program)
    proc = subprocess.Popen([str(program), "30"])
    try:
        qtbot.waitUntil(lambda: window.attempt.count(EventKind.ENVIRONMENT) == 3, timeout=8000)
    finally:
        proc.kill()
        proc.wait()
    last = window.attempt.chain.events[-1].data
    assert last == {"check": "programs", "detail": "x11vnc", "when": "during"}
    assert "x11vnc" in window.warning_label.text() and "proctor can see it" in window.warning_label.text()
    assert window.attempt.submitted is None   # findings never hand in by themselves
    counts = seat_report(window.attempt)["irregularities"]
    assert counts == {"environment:not_on_top": 1, "environment:overlay": 1, "environment:programs": 1}


def test_the_environment_check_follows_each_checks_mode(tmp_path):
    fake = FakePlatform()
    fake.remote, fake.vm = "RDP", "QEMU"
    program = tmp_path / "ToDesk"
    shutil.copy(shutil.which("sleep"), program)
    proc = subprocess.Popen([str(program), "30"])
    try:
        found = survey(LockdownPolicy(programs=("todesk.exe", "QQ")), fake)
        assert [(f.check, f.detail, f.blocks) for f in found] == [
            ("remote", "RDP", True), ("vm", "QEMU", False), ("programs", "todesk.exe", False)]
        assert survey(LockdownPolicy(remote_mode=CheckMode.OFF, vm_mode=CheckMode.OFF,
                                     programs_mode=CheckMode.OFF), fake) == []
        assert running_programs(("QQ",)) == []
    finally:
        proc.kill()
        proc.wait()
    assert "close them" in Finding("programs", "QQ", CheckMode.WARN).text().lower()


def test_an_older_policy_reads_with_the_new_checks_at_their_defaults():
    old = {"max_focus_losses": 2, "focus_mode": "warn", "max_away_seconds": 20, "away_mode": "enforce",
           "inactivity_minutes": 10, "inactivity_mode": "off"}
    policy = LockdownPolicy.from_dict(old)
    assert policy.max_focus_losses == 2 and policy.screens_mode is CheckMode.ENFORCE
    assert policy.vm_mode is CheckMode.WARN and policy.programs is None
    edited = LockdownPolicy(programs=("ToDesk",), vm_mode=CheckMode.OFF)
    assert LockdownPolicy.from_dict(edited.to_dict()) == edited


def test_virtual_machines_and_remote_displays_are_recognised(tmp_path):
    dmi = tmp_path / "dmi"
    dmi.mkdir()
    (dmi / "sys_vendor").write_text("QEMU\n")
    assert linux_virtual_machine(dmi, tmp_path / "none") == "QEMU"
    (dmi / "sys_vendor").write_text("LENOVO\n")
    cpuinfo = tmp_path / "cpuinfo"
    cpuinfo.write_text("flags\t\t: fpu vme de pse\n")
    assert linux_virtual_machine(dmi, cpuinfo) is None
    cpuinfo.write_text("flags\t\t: fpu vme hypervisor de\n")
    assert linux_virtual_machine(dmi, cpuinfo) == "hypervisor"
    assert vm_from_dmi("Microsoft Corporation", "Virtual Machine") == "Hyper-V"
    assert linux_remote_session(":0", {}, ["RANDR"]) is None
    assert linux_remote_session("localhost:10.0", {"SSH_CONNECTION": "1 2 3 4"}, []) == "X forwarding"
    assert linux_remote_session(":1", {}, ["VNC-EXTENSION"]) == "VNC"
    assert linux_remote_session(":10", {"XRDP_SESSION": "1"}, []) == "RDP"


def test_the_windows_hook_drops_shell_keys_and_never_the_input_method_switches():
    assert shell_key(VK_LWIN, 0, False) and shell_key(VK_RWIN, 0, False)
    assert shell_key(VK_TAB, LLKHF_ALTDOWN, False)
    assert shell_key(VK_ESCAPE, 0, True) and shell_key(VK_ESCAPE, LLKHF_ALTDOWN, False)
    shift, space = 0x10, 0x20
    assert not shell_key(shift, 0, False) and not shell_key(space, 0, True)
    assert not shell_key(shift, 0, True) and not shell_key(VK_TAB, 0, False)


def test_wrong_proctor_passwords_are_recorded_and_slowed(qtbot, sitting):
    window, _fake, _clock = sitting
    assert [wait_after(n) for n in range(1, 9)] == [0, 0, 5, 10, 15, 20, 25, 30]
    seen = {}

    def three_wrong(dialog: ProctorPasswordDialog):
        for guess in ("a", "b", "c"):
            dialog.password_edit.setText(guess)
            dialog.buttons.accepted.emit()
        seen["blocked"] = not dialog.password_edit.isEnabled()
        seen["text"] = dialog.error_label.text()
        dialog.password_edit.setText(PROCTOR_PASSWORD)   # even the right one waits
        dialog.buttons.accepted.emit()
        seen["open"] = dialog.isVisible()
        dialog.reject()
    when_modal(three_wrong)
    window.close()
    assert seen == {"blocked": True, "open": True, "text": seen["text"]} and "5 seconds" in seen["text"]
    wrong = [e.data for e in window.attempt.chain.events if e.kind == EventKind.PROCTOR_PASSWORD_WRONG]
    assert wrong == [{"count": 1}, {"count": 2}, {"count": 3}]
    # the count carries over to the next time the dialog opens: the next try waits 5 s at once
    dialog = ProctorPasswordDialog(lambda p: p == PROCTOR_PASSWORD, window, wrong_so_far=3)
    assert not dialog.password_edit.isEnabled() and "3 wrong tries" in dialog.error_label.text()
    dialog.reject()



def test_the_proctor_closes_the_window_by_code_without_typing_the_password_here(qtbot, sitting):
    """Issue 14: the proctor password makes every code of the exam; typed at a learner's PC a camera or a
    keylogger takes it. A station that holds its key checks the closing code the proctor tool makes for
    the code it shows; a code for another action does not close it; the code is kept in the chain."""
    from desktop.services.proctor_keys import ProctorKeys
    from examcore.proctor_codes import EXIT, EXTRA_TIME, make_code, normalize, station_key
    from tests.conftest import proctor_key_of
    window, _fake, _clock = sitting
    attempt = window.attempt   # the station holds its own key, as after its sitting's check-in
    key = proctor_key_of(attempt.unlocked.header)
    ProctorKeys(attempt.sessions, attempt.keys).remember(attempt.unlocked.header.package_id,
                                                           station_key(key, attempt.keys.device_id))
    seen = {}

    def by_code(dialog: ProctorPasswordDialog):
        challenge = dialog.challenge_label.text()
        dialog.code_edit.setText(make_code(key, EXTRA_TIME, challenge, 10))   # a code, but not for closing
        dialog.buttons.accepted.emit()
        seen["wrong"] = (dialog.isVisible(), dialog.error_label.text())
        dialog.code_edit.setText(make_code(key, EXIT, challenge))
        dialog.buttons.accepted.emit()
        seen["challenge"] = normalize(challenge, 10)
    when_modal(by_code)
    window.close()
    assert seen["wrong"][0] and "closing code is not right" in seen["wrong"][1]
    [exit_event] = [e for e in window.attempt.chain.events if e.kind == EventKind.PROCTOR_EXIT]
    assert exit_event.data["action_id"] == "code:" + seen["challenge"] and len(exit_event.data["code"]) == 8
    assert not window.isVisible() and window.attempt.count(EventKind.PROCTOR_PASSWORD_WRONG) == 0


def test_an_enforced_finding_refuses_the_start_and_uses_no_attempt(qtbot, tmp_path, clock, issuer, centre_key,
                                                                   roster_file):
    st = _station_with(tmp_path, clock, issuer, centre_key, roster_file, LockdownPolicy())
    try:
        learner = st.accounts.login(*LEARNER).learner
        pkg = st.library.listings(LEARNER[0])[0].package_id
        fake = FakePlatform()
        fake.remote = "RDP"
        ctl = StationController(st)
        ctl._lockdown_platform = fake
        qtbot.addWidget(ctl.main)
        said = []
        when_modal(lambda box: (said.append(box.text()), box.accept()))
        ctl._begin(learner, st.attempts.unlock(pkg, START_CODE))
        assert ctl.exam is None and st.library.listings(LEARNER[0])[0].attempts_used == 0
        assert "remote session (RDP)" in said[0] and "Ask the proctor" in said[0]
        fake.remote = None   # fixed: the exam starts, with the VM warning recorded at the start
        fake.vm = "VMware"
        ctl._begin(learner, st.attempts.unlock(pkg, START_CODE))
        assert ctl.exam is not None
        assert ctl.exam.attempt.chain.events[-1].data == {"check": "vm", "detail": "VMware", "when": "start"}
        ctl.exam._finish()
        ctl.exam.close()
    finally:
        st.close()


def test_the_self_test_says_what_would_stop_an_exam_on_this_pc():
    from desktop.selftest import FAIL, OK, check_exam_pc
    clean = {"layer": "x11", "grab": True, "findings": [{"check": "vm", "detail": "QEMU", "blocks": False}]}
    ok = check_exam_pc(clean, "xcb")
    assert ok.status == OK and "vm: QEMU" in ok.detail
    two = {"layer": "x11", "grab": True, "findings": [{"check": "screens", "detail": "2", "blocks": True}]}
    bad = check_exam_pc(two, "xcb")
    assert bad.status == FAIL and bad.detail == "screens: 2" and "one screen" in bad.fix
    wayland = check_exam_pc({"layer": "none", "grab": False, "findings": []}, "wayland")
    assert wayland.status == FAIL and "X11" in wayland.fix


def test_the_exam_session_script_parses_and_keeps_the_screen_on():
    script = Path(__file__).resolve().parents[2] / "build_scripts" / "xuefa-exam-session"
    assert subprocess.run(["sh", "-n", str(script)]).returncode == 0
    text = script.read_text()
    assert "xset s off -dpms" in text and "openbox --config-file" in text and "while true" in text


def test_the_exam_sessions_openbox_has_one_desktop_and_no_bindings():
    from defusedxml import ElementTree
    rc = ElementTree.parse(Path(__file__).resolve().parents[2] / "build_scripts" / "openbox-exam.xml").getroot()
    ns = {"o": "http://openbox.org/3.4/rc"}
    assert rc.find("o:desktops/o:number", ns).text == "1"
    assert rc.findall(".//o:keybind", ns) == []
    binds = rc.findall(".//o:mousebind", ns)
    assert [(b.get("button"), b.get("action")) for b in binds] == [("Left", "Press")]
    session = (Path(__file__).resolve().parents[2] / "build_scripts" / "xuefa-exam-session").read_text()
    assert 'openbox --config-file "$HERE/openbox-exam.xml"' in session


def test_wrong_passwords_at_the_proctors_actions_are_slowed_and_recorded(qtbot, sitting):
    from desktop.ui.exam.proctor_action_dialog import ProctorActionDialog
    from desktop.ui.exam.proctor_dialog import PasswordTries
    window, _fake, _clock = sitting
    dialog = ProctorActionDialog(window.attempt, window)
    dialog.reason_edit.setText("power cut")
    for guess in ("a", "b", "c"):
        dialog.password_edit.setText(guess)
        dialog.use_code()
    assert PasswordTries.wait_s() > 0
    dialog.password_edit.setText(PROCTOR_PASSWORD)   # even the right one waits now
    dialog.use_code()
    assert dialog.applied is None and "next try is possible in" in dialog.error_label.text()
    wrong = [e.data for e in window.attempt.chain.events if e.kind == EventKind.PROCTOR_PASSWORD_WRONG]
    assert [w["count"] for w in wrong] == [1, 2, 3] and all(w["where"] == "action" for w in wrong)
    PasswordTries.succeeded()   # the wait is over
    dialog.password_edit.setText(PROCTOR_PASSWORD)
    dialog.use_code()
    assert dialog.applied is not None


def test_a_seat_report_never_has_more_kinds_than_the_centre_takes(sitting):
    window, _fake, _clock = sitting
    for n in range(25):
        window.attempt.log(EventKind.ENVIRONMENT, {"check": f"check{n}", "detail": "", "when": "during"})
    counts = seat_report(window.attempt)["irregularities"]
    assert len(counts) == 20 and sum(counts.values()) == 25 and counts["other"] == 6
