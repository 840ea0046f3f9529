"""The Windows side of lockdown, through ctypes (user32, kernel32) and the registry; nothing to install.

- Who took focus: GetForegroundWindow, compared with the top-level windows open when the exam began.
- Keyboard: a low-level keyboard hook (WH_KEYBOARD_LL) on the GUI thread drops the shell's keys while the
  exam window is in front: the Windows keys, Alt+Tab, Alt+Esc, Ctrl+Esc. Shift, Ctrl+Space and Ctrl+Shift
  pass untouched, so switching 中/英 and between input methods keeps working (Win+Space does not: it
  needs the Windows key). Ctrl+Alt+Del cannot be stopped by any program; see docs/installing.md.
- The Sticky Keys prompt (Shift pressed five times, common when switching 中/英) is turned off for the exam
  and restored after.
- Capture exclusion: SetWindowDisplayAffinity(WDA_EXCLUDEFROMCAPTURE) (Windows 10 2004 and later; older
  ones get WDA_MONITOR, a black window in captures).
- Sleep and the screen saver: SetThreadExecutionState while the exam is open.
- Remote session: GetSystemMetrics(SM_REMOTESESSION); virtual machine: the SMBIOS strings Windows keeps
  in the registry.
This module imports on Windows only (mypy checks it with --platform win32); the key rule is in
windows_keys.py, tested on every system.
"""
from __future__ import annotations

import ctypes
import logging
import os
import sys
from collections.abc import Callable
from ctypes import wintypes

from PySide6.QtWidgets import QWidget

from desktop.lockdown.environment import vm_from_dmi
from desktop.lockdown.platform import FocusHolder, LockdownPlatform
from desktop.lockdown.windows_keys import (HC_ACTION, VK_CONTROL, WH_KEYBOARD_LL, WM_KEYDOWN, WM_SYSKEYDOWN,
                                           shell_key)

assert sys.platform == "win32", "the Windows lockdown layer imports on Windows only"

log = logging.getLogger(__name__)

WDA_NONE, WDA_MONITOR, WDA_EXCLUDEFROMCAPTURE = 0x0, 0x1, 0x11
ES_CONTINUOUS, ES_SYSTEM_REQUIRED, ES_DISPLAY_REQUIRED = 0x80000000, 0x1, 0x2
SPI_GETSTICKYKEYS, SPI_SETSTICKYKEYS, SKF_HOTKEYACTIVE = 0x003A, 0x003B, 0x4
SM_REMOTESESSION = 0x1000
GWL_EXSTYLE, WS_EX_TOPMOST = -20, 0x00000008
HWND_TOPMOST, SWP_NOMOVE, SWP_NOSIZE, SWP_NOACTIVATE = -1, 0x2, 0x1, 0x10


class KBDLLHOOKSTRUCT(ctypes.Structure):
    _fields_ = [("vkCode", wintypes.DWORD), ("scanCode", wintypes.DWORD), ("flags", wintypes.DWORD),
                ("time", wintypes.DWORD), ("dwExtraInfo", ctypes.c_size_t)]


class STICKYKEYS(ctypes.Structure):
    _fields_ = [("cbSize", wintypes.UINT), ("dwFlags", wintypes.DWORD)]


class WindowsPlatform(LockdownPlatform):
    name = "windows"
    can_grab = True

    def __init__(self) -> None:
        self._user32 = ctypes.WinDLL("user32", use_last_error=True)
        self._kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)
        self._user32.CallNextHookEx.argtypes = (wintypes.HHOOK, ctypes.c_int, wintypes.WPARAM, wintypes.LPARAM)
        self._user32.CallNextHookEx.restype = ctypes.c_ssize_t
        self._user32.SetWindowsHookExW.restype = wintypes.HHOOK
        self._user32.GetForegroundWindow.restype = wintypes.HWND
        self._hook: int | None = None
        self._hook_proc: Callable | None = None    # kept: the hook calls it for as long as it is installed
        self._hwnd = 0
        self._baseline: set[int] = set()
        self._sticky: STICKYKEYS | None = None

    def start(self, window: QWidget) -> list[str]:
        self._hwnd = int(window.winId())
        self._baseline = set(self._top_windows())
        missing = []
        if not self._install_hook():
            missing.append("keyboard_grab")
        if not self._user32.SetWindowDisplayAffinity(self._hwnd, WDA_EXCLUDEFROMCAPTURE) and \
                not self._user32.SetWindowDisplayAffinity(self._hwnd, WDA_MONITOR):
            missing.append("capture_exclusion")
        self._kernel32.SetThreadExecutionState(ES_CONTINUOUS | ES_SYSTEM_REQUIRED | ES_DISPLAY_REQUIRED)
        self._sticky_off()
        return missing

    def stop(self) -> None:
        if self._hook:
            self._user32.UnhookWindowsHookEx(self._hook)
            self._hook = self._hook_proc = None
        if self._hwnd:
            self._user32.SetWindowDisplayAffinity(self._hwnd, WDA_NONE)
        self._kernel32.SetThreadExecutionState(ES_CONTINUOUS)
        if self._sticky is not None:   # as the user had it
            self._user32.SystemParametersInfoW(SPI_SETSTICKYKEYS, ctypes.sizeof(STICKYKEYS),
                                               ctypes.byref(self._sticky), 0)
            self._sticky = None
        self._hwnd = 0

    def _install_hook(self) -> bool:
        proc_type = ctypes.WINFUNCTYPE(ctypes.c_ssize_t, ctypes.c_int, wintypes.WPARAM, wintypes.LPARAM)

        def on_key(code: int, wparam: int, lparam: int) -> int:
            if code == HC_ACTION and wparam in (WM_KEYDOWN, WM_SYSKEYDOWN) and self._in_front():
                key = ctypes.cast(lparam, ctypes.POINTER(KBDLLHOOKSTRUCT)).contents
                ctrl = bool(self._user32.GetAsyncKeyState(VK_CONTROL) & 0x8000)
                if shell_key(key.vkCode, key.flags, ctrl):
                    return 1
            return self._user32.CallNextHookEx(None, code, wparam, lparam)

        self._hook_proc = proc_type(on_key)
        self._hook = self._user32.SetWindowsHookExW(WH_KEYBOARD_LL, self._hook_proc,
                                                    self._kernel32.GetModuleHandleW(None), 0)
        if not self._hook:
            log.warning("lockdown: the keyboard hook was refused (error %s)", ctypes.get_last_error())
        return bool(self._hook)

    def _sticky_off(self) -> None:
        sticky = STICKYKEYS(ctypes.sizeof(STICKYKEYS), 0)
        if self._user32.SystemParametersInfoW(SPI_GETSTICKYKEYS, ctypes.sizeof(STICKYKEYS), ctypes.byref(sticky), 0):
            self._sticky = STICKYKEYS(sticky.cbSize, sticky.dwFlags)
            sticky.dwFlags &= ~SKF_HOTKEYACTIVE
            self._user32.SystemParametersInfoW(SPI_SETSTICKYKEYS, ctypes.sizeof(STICKYKEYS), ctypes.byref(sticky), 0)

    def _pid_of(self, hwnd: int) -> int:
        pid = wintypes.DWORD()
        self._user32.GetWindowThreadProcessId(hwnd, ctypes.byref(pid))
        return pid.value

    def _in_front(self) -> bool:
        front = self._user32.GetForegroundWindow()
        return bool(front) and self._pid_of(front) == os.getpid()

    def _top_windows(self) -> list[int]:
        found: list[int] = []
        enum_type = ctypes.WINFUNCTYPE(wintypes.BOOL, wintypes.HWND, wintypes.LPARAM)

        def each(hwnd: int, _l: int) -> bool:
            if self._user32.IsWindowVisible(hwnd):
                found.append(int(hwnd))
            return True

        self._user32.EnumWindows(enum_type(each), 0)
        return found

    def focus_holder(self) -> FocusHolder:
        front = self._user32.GetForegroundWindow()
        if not front:   # the secure desktop (UAC, Ctrl+Alt+Del, the lock screen) or nothing
            return FocusHolder("system", "none")
        pid = self._pid_of(front)
        if pid == os.getpid():
            return FocusHolder("system", "xuefa")
        try:
            import psutil
            name = psutil.Process(pid).name()
        except Exception:   # noqa: BLE001 - a process of another user or gone: the name is only for the log
            name = str(pid)
        return FocusHolder("learner" if int(front) in self._baseline else "system", name)

    def tick(self, window: QWidget) -> list[tuple[str, str]]:
        hwnd = int(window.winId())
        if window.isFullScreen() and not self._user32.GetWindowLongW(hwnd, GWL_EXSTYLE) & WS_EX_TOPMOST:
            self._user32.SetWindowPos(hwnd, HWND_TOPMOST, 0, 0, 0, 0, SWP_NOMOVE | SWP_NOSIZE | SWP_NOACTIVATE)
            return [("not_on_top", "")]
        return []

    def remote_session(self) -> str | None:
        return "RDP" if self._user32.GetSystemMetrics(SM_REMOTESESSION) else None

    def virtual_machine(self) -> str | None:
        import winreg
        texts = []
        try:
            with winreg.OpenKey(winreg.HKEY_LOCAL_MACHINE, r"HARDWARE\DESCRIPTION\System\BIOS") as key:
                for value in ("SystemManufacturer", "SystemProductName", "BaseBoardManufacturer"):
                    try:
                        texts.append(str(winreg.QueryValueEx(key, value)[0]))
                    except OSError:
                        pass
        except OSError:
            return None
        return vm_from_dmi(*texts)
