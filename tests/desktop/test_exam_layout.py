"""The exam window at 1366×768 (issue 19): at every text size the controls offer, in Chinese and English,
交卷 and 监考员… stay on the screen; a learner's text size is theirs and the next learner starts from the
default."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QScrollArea

from desktop.app import install_translations
from desktop.services.preferences import FONT_SIZES
from desktop.ui.theme import apply_theme
from tests.conftest import LEARNER, NEW_LEARNER
from tests.desktop.test_exam_flow import _enter_exam
from tests.desktop.ui_helpers import log_in

SCREEN_W, SCREEN_H = 1366, 768
# what a window has at Windows' display scaling (issue 19, 23): 1920×1080 at 150 % and 1366×768 at 125 %
SCALED = {"1920x1080 at 150%": (1280, 720), "1366x768 at 125%": (1093, 614)}


@pytest.mark.parametrize("lang", ["zh_CN", "en"])
def test_submit_and_proctor_stay_on_a_1366_screen_at_every_text_size(qtbot, controller, lang, tmp_path):
    _fits(qtbot, controller, lang, tmp_path, SCREEN_W, SCREEN_H)


@pytest.mark.parametrize("screen", SCALED)
def test_submit_and_proctor_stay_on_a_scaled_screen_at_every_text_size(qtbot, controller, screen, tmp_path):
    _fits(qtbot, controller, "zh_CN", tmp_path, *SCALED[screen])


def _fits(qtbot, controller, lang, tmp_path, SCREEN_W, SCREEN_H):   # noqa: N803 - the screen's size
    translators = install_translations(QApplication.instance(), lang)
    try:
        exam = _enter_exam(qtbot, controller)
        for size in FONT_SIZES:
            apply_theme(QApplication.instance(), size, False)
            exam.resize(SCREEN_W, SCREEN_H)
            QApplication.processEvents()
            assert exam.minimumSizeHint().width() <= SCREEN_W and exam.minimumSizeHint().height() <= SCREEN_H
            assert exam.width() <= SCREEN_W, (size, exam.width())
            # the question keeps room to be read: the keys hint and the legend step aside on a short screen
            question = exam.findChild(QScrollArea).viewport()
            assert question.height() >= 8 * exam.fontMetrics().lineSpacing(), (size, question.height())
            for button in (exam.submit_button, exam.proctor_button, exam.next_button):
                right = button.mapTo(exam, QPoint(button.width(), button.height()))
                assert button.isVisible() and right.x() <= exam.width() and right.y() <= exam.height(), \
                    (lang, size, button.text(), right)
        exam.grab().save(str(tmp_path / f"exam-{lang}-{SCREEN_W}-{FONT_SIZES[-1]}pt.png"))   # for a person to see
    finally:
        apply_theme(QApplication.instance(), FONT_SIZES[1], False)
        for t in translators:
            QApplication.instance().removeTranslator(t)
        controller.exam._finish()
        controller.exam.close()


def test_the_text_size_is_the_learners_own_and_resets_at_logout(qtbot, controller, station):
    assert station.accounts.change_password(NEW_LEARNER[0], NEW_LEARNER[1], "Other-2026-pw") == []
    app = QApplication.instance()
    default = app.font().pointSize()
    controller.start()
    log_in(qtbot, controller.login, *LEARNER)
    for _ in range(2):
        qtbot.mouseClick(controller.home.display_controls.bigger_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(controller.home.display_controls.contrast_button, Qt.MouseButton.LeftButton)
    bigger = app.font().pointSize()
    assert bigger > default and "background: black" in app.styleSheet()
    controller.home.logged_out.emit()
    assert app.font().pointSize() == default and "background: black" not in app.styleSheet()
    assert not controller.login.display_controls.contrast_button.isChecked()
    log_in(qtbot, controller.login, NEW_LEARNER[0], "Other-2026-pw")   # the next learner: the defaults
    assert app.font().pointSize() == default
    controller.home.logged_out.emit()
    log_in(qtbot, controller.login, *LEARNER)              # the first again: their own size
    assert app.font().pointSize() == bigger and controller.home.display_controls.contrast_button.isChecked()
    controller.home.logged_out.emit()
