"""Stand-in for the desktop's screen saver service on a test's session D-Bus (org.freedesktop.ScreenSaver,
as KDE, Xfce and UKUI offer it). Writes "ready", then one line per Inhibit call, to the file named on the
command line."""
from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import ClassInfo, QCoreApplication, QObject, Slot
from PySide6.QtDBus import QDBusConnection

LOG = Path(sys.argv[1])


@ClassInfo({"D-Bus Interface": "org.freedesktop.ScreenSaver"})
class ScreenSaver(QObject):
    cookie = 0

    @Slot(str, str, result="uint")
    def Inhibit(self, application: str, reason: str) -> int:  # noqa: N802 - the D-Bus method's name
        ScreenSaver.cookie += 1
        with LOG.open("a") as f:
            f.write(f"inhibit {application} {reason}\n")
        return ScreenSaver.cookie


def main() -> None:
    app = QCoreApplication(sys.argv[:1])
    bus = QDBusConnection.sessionBus()
    saver = ScreenSaver()
    assert bus.registerObject("/org/freedesktop/ScreenSaver", saver, QDBusConnection.RegisterOption.ExportAllSlots)
    assert bus.registerService("org.freedesktop.ScreenSaver")
    LOG.write_text("ready\n")
    app.exec()


if __name__ == "__main__":
    main()
