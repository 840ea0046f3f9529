"""The admin window's tables at 1366×768 in Chinese (issue 19): every column heading whole before any row
is loaded (seen: 难度（答对率） cut to 度（答对率 in the item analysis)."""
from __future__ import annotations

from PySide6.QtWidgets import QApplication, QTableWidget

from desktop.app import install_translations
from desktop.services.preferences import FONT_SIZES
from desktop.ui.admin.accounts_page import AccountsPage
from desktop.ui.admin.banks_page import BanksPage
from desktop.ui.admin.flagged_page import FlaggedPage
from desktop.ui.admin.items_page import ItemsPage
from desktop.ui.admin.reports_page import ReportsPage, SummaryPage
from desktop.ui.admin.roster_page import RosterPage
from desktop.ui.admin.sync_page import SyncPage
from desktop.ui.theme import apply_theme


class _NoServer:
    """A client no page asks anything of while it is built."""

    username, role = "zhongxin", "centre_admin"


def test_every_column_heading_of_every_admin_table_is_whole(qtbot):
    app = QApplication.instance()
    translators = install_translations(app, "zh_CN")
    apply_theme(app, FONT_SIZES[1], False)   # the station's own text size, as the window opens
    try:
        for page_type in (ReportsPage, SummaryPage, FlaggedPage, ItemsPage, BanksPage, RosterPage, SyncPage,
                          AccountsPage):
            page = page_type(_NoServer())
            qtbot.addWidget(page)
            page.resize(1100, 680)
            page.show()
            QApplication.processEvents()
            for table in page.findChildren(QTableWidget):
                header = table.horizontalHeader()
                for column in range(table.columnCount()):
                    label = table.horizontalHeaderItem(column)
                    if label is None or header.isSectionHidden(column):
                        continue
                    assert header.sectionSize(column) >= header.sectionSizeHint(column), \
                        (page_type.__name__, label.text(), header.sectionSize(column), header.sectionSizeHint(column))
    finally:
        app.setStyleSheet("")
        for t in translators:
            app.removeTranslator(t)


def test_the_exam_builder_keeps_its_buttons_on_a_scaled_screen(qtbot):
    """1366×768 at 125 % leaves 1093×574 above the taskbar: the 700-high exam builder put its buttons under
    it (issue 23). Sized to the free area, its form scrolls and its buttons stay inside."""
    from PySide6.QtCore import QPoint, QRect
    from PySide6.QtWidgets import QDialogButtonBox

    from desktop.ui.admin.exam_builder import ExamBuilder
    from desktop.ui.screen_fit import resize_fitted
    app = QApplication.instance()
    translators = install_translations(app, "zh_CN")
    apply_theme(app, FONT_SIZES[1], False)
    try:
        builder = ExamBuilder(_NoServer(), ["示范题库"], [])
        qtbot.addWidget(builder)
        resize_fitted(builder, 760, 700, QRect(0, 0, 1093, 574))
        builder.show()
        QApplication.processEvents()
        assert builder.height() <= 574 - 40, builder.height()
        for box in builder.findChildren(QDialogButtonBox):
            bottom = box.mapTo(builder, QPoint(box.width(), box.height()))
            assert bottom.y() <= builder.height() and bottom.x() <= builder.width(), bottom
    finally:
        app.setStyleSheet("")
        for t in translators:
            app.removeTranslator(t)
