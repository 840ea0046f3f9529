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
IM_MAX_SHARE = 0.15   # an input method's window is small; a big one with such a name is an overlay all the same
ALL_DESKTOPS = 0xFFFFFFFF
X_ERRORS = (xerror.XError, xerror.ConnectionClosedError, OSError, ConnectionError)


class X11Platform(LockdownPlatform):
    name = "x11"
    can_grab = True

    def __init__(self) -> None:
        self._d = xdisplay.Display()   # $DISPLAY, as Qt's own connection
        self._root = self._d.screen().root
        self._mask = self._d.display.info.resource_id_mask
        self._atoms = {n: self._d.intern_atom(n) for n in (
            "_NET_ACTIVE_WINDOW", "_NET_CLIENT_LIST", "_NET_WM_STATE", "_NET_WM_STATE_ABOVE",
            "_NET_WM_STATE_FULLSCREEN", "_NET_WM_DESKTOP", "_NET_WM_PID", "WM_STATE")}
        self._baseline: set[int] = set()
        self._ours = 0
        self._wm = -1
        self._window: QWidget | None = None
        self._grabbed = False
        self._saver_timer: QTimer | None = None
        self._grab_timer: QTimer | None = None
        self._reported_overlays: set[int] = set()

    # --- start and stop --------------------------------------------------------------------------

    def _grab_again(self) -> None:
        if self._window is not None and self._grab(self._window) and self._grab_timer is not None:
            self._grab_timer.stop()

    def start(self, window: QWidget) -> list[str]:
        self._window = window
        self._ours = int(window.winId()) & ~self._mask
        self._wm = self._window_manager_base()
        self._baseline = set(self._client_list())
        missing = []
        if not self._grab(window):   # not mapped yet: asked again every 100 ms until it holds
            missing.append("keyboard_grab")
            self._grab_timer = QTimer()
            self._grab_timer.setInterval(100)
            self._grab_timer.timeout.connect(self._grab_again)
            self._grab_timer.start()
        # on every desktop: switching desktops (openbox: Alt+wheel, Ctrl+Alt+arrows) cannot hide the exam
        self._ask_every_desktop(int(window.winId()))
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
        for timer in (self._saver_timer, self._grab_timer):
            if timer is not None:
                timer.stop()
        self._saver_timer = self._grab_timer = None
        freedesktop.release_screen_saver()
        if self._window is not None and self._grabbed and self._window.windowHandle() is not None:
            self._window.windowHandle().setKeyboardGrabEnabled(False)
        self._grabbed = False
        self._window = None
        self._reported_overlays.clear()
        # the connection stays open: the same layer serves the next exam on this station (one per process)

    def _grab(self, window: QWidget) -> bool:
        handle = window.windowHandle()
        self._grabbed = bool(handle is not None and window.isVisible() and handle.setKeyboardGrabEnabled(True))
        return self._grabbed

    def _grab_lost(self) -> bool:
        """True if nobody holds the keyboard now (X drops a grab when its window is unmapped, and Qt's own
        pop-ups take and release it): probed with a grab of our own, released at once."""
        status = self._root.grab_keyboard(False, X.GrabModeAsync, X.GrabModeAsync, X.CurrentTime)
        if status == X.GrabSuccess:
            self._d.ungrab_keyboard(X.CurrentTime)
            self._d.flush()
            return True
        return False

    def _reset_screen_saver(self) -> None:
        try:
            self._d.force_screen_saver(X.ScreenSaverReset)
            self._d.flush()
        except X_ERRORS:
            log.exception("lockdown: could not reset the X screen saver")

    # --- who has focus ---------------------------------------------------------------------------

    def focus_holder(self) -> FocusHolder:
        try:
            if self._window is not None and not self._viewable(int(self._window.winId())):
                return FocusHolder("learner", "another desktop")   # the exam is not on screen at all
            active = self._active_window()
            if not active:
                return FocusHolder("system", "none")
            if active & ~self._mask == self._ours:
                return FocusHolder("system", "xuefa")
            name = self._class_of(active)
            if any(n in name.lower() for n in INPUT_METHOD_CLASSES):
                return FocusHolder("system", name)
            return FocusHolder("learner" if active in self._baseline else "system", name)
        except X_ERRORS:
            log.exception("lockdown: could not ask X who has focus")
            return FocusHolder("unknown")

    def focus_elsewhere(self, window: QWidget) -> bool | None:
        try:
            active = self._active_window()
            if not active:
                return None
            if active & ~self._mask == self._ours:
                return False
            return not any(n in self._class_of(active).lower() for n in INPUT_METHOD_CLASSES)
        except X_ERRORS:
            log.exception("lockdown: could not ask X who has focus")
            return None

    def _window_manager_base(self) -> int:
        """The X client of the window manager (by its EWMH check window), whose own windows are no overlay."""
        prop = self._root.get_full_property(self._d.intern_atom("_NET_SUPPORTING_WM_CHECK"), Xatom.WINDOW)
        return int(prop.value[0]) & ~self._mask if prop is not None and len(prop.value) else -1

    def _viewable(self, wid: int) -> bool:
        return self._d.create_resource_object("window", wid).get_attributes().map_state == X.IsViewable

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
            if QApplication.activePopupWidget() is None and window.isActiveWindow() and self._grab_lost():
                if self._grabbed:
                    found.append(("keyboard_released", ""))
                self._grab(window)
            if window.isFullScreen():
                wid = int(window.winId())
                state = self._state_of(wid)
                if state is not None:
                    for atom, finding in (("_NET_WM_STATE_ABOVE", "not_on_top"),
                                          ("_NET_WM_STATE_FULLSCREEN", "not_full_screen")):
                        if self._atoms[atom] not in state:
                            found.append((finding, ""))
                            self._ask_state(wid, atom)
                desktop = self._d.create_resource_object("window", wid).get_full_property(
                    self._atoms["_NET_WM_DESKTOP"], Xatom.CARDINAL)
                if desktop is not None and len(desktop.value) and int(desktop.value[0]) != ALL_DESKTOPS:
                    found.append(("not_on_every_desktop", ""))
                    self._ask_every_desktop(wid)
            found += [("overlay", name) for name in self._new_overlays(window)]
        except X_ERRORS:
            log.exception("lockdown: X check failed")
        return found

    def _state_of(self, wid: int) -> set[int] | None:
        prop = self._d.create_resource_object("window", wid).get_full_property(self._atoms["_NET_WM_STATE"],
                                                                               Xatom.ATOM)
        return set(int(a) for a in prop.value) if prop is not None else None

    def _ask_state(self, wid: int, atom: str) -> None:
        """EWMH: ask the window manager to add a state (1 = _NET_WM_STATE_ADD; source 1 = application)."""
        self._ask_window_manager(wid, "_NET_WM_STATE", [1, self._atoms[atom], 0, 1, 0])

    def _ask_every_desktop(self, wid: int) -> None:
        """EWMH: ask the window manager to show the window on every desktop (_NET_WM_DESKTOP 0xFFFFFFFF)."""
        self._ask_window_manager(wid, "_NET_WM_DESKTOP", [ALL_DESKTOPS, 1, 0, 0, 0])

    def _ask_window_manager(self, wid: int, message: str, data: list[int]) -> None:
        ev = xevent.ClientMessage(window=self._d.create_resource_object("window", wid),
                                  client_type=self._atoms[message], data=(32, data))
        self._root.send_event(ev, event_mask=X.SubstructureRedirectMask | X.SubstructureNotifyMask)
        self._d.flush()

    def _new_overlays(self, window: QWidget) -> list[str]:
        """Mapped override-redirect windows of other programs that cover part of the exam window, each
        reported once."""
        g = window.frameGeometry()
        found = []
        for child in self._root.query_tree().children:
            wid = int(child.id)
            if wid & ~self._mask in (self._ours, self._wm) or wid in self._reported_overlays:
                continue   # ours, or the window manager's own (openbox's desktop and window-cycle pop-ups)
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
            small = geo.width * geo.height <= IM_MAX_SHARE * max(1, g.width() * g.height())
            if small and any(n in name.lower() for n in INPUT_METHOD_CLASSES):
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
        except X_ERRORS:
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

