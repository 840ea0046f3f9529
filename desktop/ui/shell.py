"""The station's main window and its login page, built from Qt alone so they show at once."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QStackedWidget

from desktop.services.preferences import Preferences
from desktop.ui.login_window import LoginWindow
from desktop.ui.screen_fit import show_fitted


class Shell:
    def __init__(self, prefs: Preferences):
        self.prefs = prefs
        self.main = QStackedWidget()
        self.main.setWindowTitle(QCoreApplication.translate("StationController", "Xuefa exam station"))
        self.login = LoginWindow(None, prefs)
        self.main.addWidget(self.login)

    def show(self) -> None:
        show_fitted(self.main, 1100, 760)
