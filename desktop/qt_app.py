"""The running Qt application with its real type (``QApplication.instance()`` is typed as the core
application or None). Call only once the application exists; RuntimeError otherwise (a programming error)."""
from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication


def widgets_app() -> QApplication:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        raise RuntimeError("the Qt widgets application is not created yet")
    return app


def widgets_app_or_new() -> QApplication:
    """The running application, or a new one for this process (the station's and the tools' entry points)."""
    app = QApplication.instance()
    return app if isinstance(app, QApplication) else QApplication(sys.argv[:1])
