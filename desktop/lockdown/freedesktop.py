"""The desktop's own screen saver and sleep, held off over the session D-Bus while an exam is open
(org.freedesktop.ScreenSaver Inhibit: KDE, Xfce, UOS/Deepin, Kylin/UKUI and GNOME's compatibility service
answer it). The call goes over a connection of its own, and closing that connection is the release: every
such service drops an inhibit when its caller leaves the bus, which also covers a station that crashed
(and spares sending UnInhibit's unsigned cookie, which Python bindings cannot type). No session bus or no
such service: nothing to hold off there; the X screen saver is reset by x11.py in any case."""
from __future__ import annotations

import logging

from PySide6.QtDBus import QDBusConnection, QDBusInterface, QDBusMessage

log = logging.getLogger(__name__)

SERVICE = "org.freedesktop.ScreenSaver"
OBJECT_PATH = "/org/freedesktop/ScreenSaver"
CONNECTION = "xuefa-screen-saver-inhibit"


def inhibit_screen_saver(reason: str = "Exam in progress") -> bool:
    """Hold off the screen saver until release_screen_saver(); False if no desktop service answered."""
    bus = QDBusConnection.connectToBus(QDBusConnection.BusType.SessionBus, CONNECTION)
    if not bus.isConnected():
        return False
    iface = QDBusInterface(SERVICE, OBJECT_PATH, SERVICE, bus)
    reply = iface.call("Inhibit", "Xuefa", reason) if iface.isValid() else None
    if reply is None or reply.type() != QDBusMessage.MessageType.ReplyMessage:
        log.info("lockdown: no desktop screen saver service to hold off%s",
                 f" ({reply.errorMessage()})" if reply is not None else "")
        QDBusConnection.disconnectFromBus(CONNECTION)
        return False
    log.info("lockdown: the desktop's screen saver is held off")
    return True


def release_screen_saver() -> None:
    QDBusConnection.disconnectFromBus(CONNECTION)


def holding() -> bool:
    """True while this station holds the screen saver off (tests, the readiness check)."""
    return QDBusConnection(CONNECTION).isConnected()
