"""The X11 side of lockdown (Linux desktops: Debian, UOS, Kylin), through python-xlib on a connection of
our own.

- Who took focus: the window manager's _NET_ACTIVE_WINDOW, compared with the windows that were open when
  the exam began (a window the learner could have gone to) and with our own windows.
- Keyboard: grabbed by Qt on its own connection (QWindow.setKeyboardGrabEnabled, an active X grab), so the
  window manager's keys (Alt+Tab, Super, desktop switching) never reach it. The input method still works:
  Qt hands keys to fcitx/ibus through its input-method module, not through X.
- Stay on top and full screen: _NET_WM_STATE is read every second and asked back from the window manager
  (EWMH client message) when it has gone, e.g. after the window menu's Layer → Normal.
- Windows that bypass the window manager (override-redirect) over the exam are reported, except ours and
  input-method candidate windows.
- The screen saver: reset (XResetScreenSaver) at half its timeout, and the desktop's own screen saver
  inhibited over D-Bus where one runs (freedesktop.py).
- Nothing here can stop another program reading the screen: X has no such control (Windows does).
"""
from __future__ import annotations

import logging
import os

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget
from Xlib import X, Xatom, display as xdisplay, error as xerror
from Xlib.protocol import event as xevent

from desktop.lockdown import freedesktop
from desktop.lockdown.environment import linux_virtual_machine
from desktop.lockdown.platform import FocusHolder, LockdownPlatform

log = logging.getLogger(__name__)

# input-method candidate and status windows are override-redirect by design: never an overlay finding
INPUT_METHOD_CLASSES = ("fcitx", "ibus", "sogou", "scim", "uim", "hime", "gcin", "kimpanel", "fcitx5")
GRAB_RETRY_S = 1.0


class X11Platform(LockdownPlatform):
    name = "x11"
    can_grab = True

    def __init__(self) -> None:
        self._d = xdisplay.Display()   # $DISPLAY, as Qt's own connection
        self._root = self._d.screen().root
        self._mask = self._d.display.info.resource_id_mask
        self._atoms = {n: self._d.intern_atom(n) for n in (
            "_NET_ACTIVE_WINDOW", "_NET_CLIENT_LIST", "_NET_WM_STATE", "_NET_WM_STATE_ABOVE",
            "_NET_WM_STATE_FULLSCREEN", "_NET_WM_PID", "WM_STATE")}
        self._baseline: set[int] = set()
        self._ours = 0
        self._window: QWidget | None = None
        self._grabbed = False
        self._saver_timer: QTimer | None = None
        self._reported_overlays: set[int] = set()

    # --- start and stop --------------------------------------------------------------------------

    def start(self, window: QWidget) -> list[str]:
        self._window = window
        self._ours = int(window.winId()) & ~self._mask
        self._baseline = set(self._client_list())
        missing = []
        if not self._grab(window):
            missing.append("keyboard_grab")
        timeout = self._d.get_screen_saver().timeout   # seconds; 0: the X screen saver is off
        self._saver_timer = QTimer()
        self._saver_timer.setInterval(max(500, min(30_000, timeout * 500)) if timeout > 0 else 30_000)
        self._saver_timer.timeout.connect(self._reset_screen_saver)
        self._saver_timer.start()
        self._reset_screen_saver()
        freedesktop.inhibit_screen_saver()
        missing.append("capture_exclusion")   # X cannot keep other programs from reading the screen
        return missing

    def stop(self) -> None:
        if self._saver_timer is not None:
            self._saver_timer.stop()
            self._saver_timer = None
        freedesktop.release_screen_saver()
        if self._window is not None and self._grabbed and self._window.windowHandle() is not None:
            self._window.windowHandle().setKeyboardGrabEnabled(False)
        self._grabbed = False
        self._window = None
        try:
            self._d.close()
        except Exception:   # noqa: BLE001 - the X server may be gone already
            pass

    def _grab(self, window: QWidget) -> bool:
        handle = window.windowHandle()
        self._grabbed = bool(handle is not None and handle.setKeyboardGrabEnabled(True))
        if not self._grabbed:
            log.info("lockdown: keyboard grab refused (another program holds it); will retry")
        return self._grabbed

    def _reset_screen_saver(self) -> None:
        try:
            self._d.force_screen_saver(X.ScreenSaverReset)
            self._d.flush()
        except (xerror.XError, OSError, ConnectionError):
            log.exception("lockdown: could not reset the X screen saver")

    # --- who has focus ---------------------------------------------------------------------------

    def focus_holder(self) -> FocusHolder:
        try:
            active = self._active_window()
            if not active:
                return FocusHolder("system", "none")
            if active & ~self._mask == self._ours:
                return FocusHolder("system", "xuefa")
            name = self._class_of(active)
            if any(n in name.lower() for n in INPUT_METHOD_CLASSES):
                return FocusHolder("system", name)
            return FocusHolder("learner" if active in self._baseline else "system", name)
        except (xerror.XError, OSError, ConnectionError):
            log.exception("lockdown: could not ask X who has focus")
            return FocusHolder("unknown")

    def _active_window(self) -> int:
        """The top-level window with the keyboard focus: X's own focus, climbed to the window manager's
        client (immediate), else _NET_ACTIVE_WINDOW (set by the window manager, may lag behind)."""
        clients = set(self._client_list())
        focus = self._d.get_input_focus().focus
        while not isinstance(focus, int) and focus not in (X.NONE, X.PointerRoot) and int(focus.id) != self._root.id:
            if int(focus.id) in clients:
                return int(focus.id)
            focus = focus.query_tree().parent
        prop = self._root.get_full_property(self._atoms["_NET_ACTIVE_WINDOW"], X.AnyPropertyType)
        return int(prop.value[0]) if prop is not None and len(prop.value) else 0

    def _client_list(self) -> list[int]:
        prop = self._root.get_full_property(self._atoms["_NET_CLIENT_LIST"], Xatom.WINDOW)
        return [int(w) for w in prop.value] if prop is not None else []

    def _class_of(self, wid: int) -> str:
        try:
            cls = self._d.create_resource_object("window", wid).get_wm_class()
        except xerror.XError:
            return ""
        return cls[1] if cls else ""

    # --- every second ----------------------------------------------------------------------------

    def tick(self, window: QWidget) -> list[tuple[str, str]]:
        found: list[tuple[str, str]] = []
        try:
            if not self._grabbed and QApplication.activePopupWidget() is None and window.isActiveWindow():
                self._grab(window)
            if window.isFullScreen():
                state = self._state_of(int(window.winId()))
                if state is not None:
                    if self._atoms["_NET_WM_STATE_ABOVE"] not in state:
                        found.append(("not_on_top", ""))
                        self._ask_state(int(window.winId()), "_NET_WM_STATE_ABOVE")
                    if self._atoms["_NET_WM_STATE_FULLSCREEN"] not in state:
                        found.append(("not_full_screen", ""))
                        self._ask_state(int(window.winId()), "_NET_WM_STATE_FULLSCREEN")
            found += [("overlay", name) for name in self._new_overlays(window)]
        except (xerror.XError, OSError, ConnectionError):
            log.exception("lockdown: X check failed")
        return found

    def _state_of(self, wid: int) -> set[int] | None:
        prop = self._d.create_resource_object("window", wid).get_full_property(self._atoms["_NET_WM_STATE"],
                                                                               Xatom.ATOM)
        return set(int(a) for a in prop.value) if prop is not None else None

    def _ask_state(self, wid: int, atom: str) -> None:
        """EWMH: ask the window manager to add a state (1 = _NET_WM_STATE_ADD; source 1 = application)."""
        ev = xevent.ClientMessage(window=self._d.create_resource_object("window", wid), client_type=
                                  self._atoms["_NET_WM_STATE"], data=(32, [1, self._atoms[atom], 0, 1, 0]))
        self._root.send_event(ev, event_mask=X.SubstructureRedirectMask | X.SubstructureNotifyMask)
        self._d.flush()

    def _new_overlays(self, window: QWidget) -> list[str]:
        """Mapped override-redirect windows of other programs that cover part of the exam window, each
        reported once."""
        g = window.frameGeometry()
        found = []
        for child in self._root.query_tree().children:
            wid = int(child.id)
            if wid & ~self._mask == self._ours or wid in self._reported_overlays:
                continue
            try:
                attrs = child.get_attributes()
                if not attrs.override_redirect or attrs.map_state != X.IsViewable:
                    continue
                geo = child.get_geometry()
            except xerror.XError:   # gone meanwhile
                continue
            if geo.width <= 1 or geo.height <= 1 or geo.x >= g.right() or geo.y >= g.bottom() or \
                    geo.x + geo.width <= g.left() or geo.y + geo.height <= g.top():
                continue
            name = self._class_of(wid) or hex(wid)
            if any(n in name.lower() for n in INPUT_METHOD_CLASSES):
                continue
            self._reported_overlays.add(wid)
            found.append(name)
        return found

    # --- the session -----------------------------------------------------------------------------

    def remote_session(self) -> str | None:
        return linux_remote_session(os.environ.get("DISPLAY", ""), os.environ, self._extensions())

    def _extensions(self) -> list[str]:
        try:
            return list(self._d.list_extensions())
        except (xerror.XError, OSError, ConnectionError):
            return []

    def virtual_machine(self) -> str | None:
        return linux_virtual_machine()


def linux_remote_session(display: str, environ, extensions: list[str]) -> str | None:
    """A remote desktop as X shows it: a display on another host or forwarded by SSH ("host:10.0"), an
    xrdp session, or an X server that is a VNC server (its VNC-EXTENSION)."""
    host = display.rsplit(":", 1)[0] if ":" in display else ""
    if host and host not in ("unix", "localhost/unix") and not host.startswith("/"):
        return "X forwarding" if environ.get("SSH_CONNECTION") else "remote X"
    if environ.get("XRDP_SESSION") or environ.get("XRDP_SOCKET_PATH"):
        return "RDP"
    if any(e.upper().startswith("VNC") for e in extensions):
        return "VNC"
    return None

