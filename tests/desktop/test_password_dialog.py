"""The station's password change as a learner meets it: the shared rule (examcore/password_policy.py)
refuses a common or short password, and says so in Chinese."""
from __future__ import annotations

from desktop.app import install_translations
from desktop.services.login_types import LoginStatus
from desktop.ui.password_dialog import ChangePasswordDialog
from tests.conftest import NEW_LEARNER


def test_the_dialog_refuses_a_common_password_in_chinese(qtbot, qapp, station):
    translators = install_translations(qapp, "zh_CN")
    try:
        dialog = ChangePasswordDialog(station.accounts, NEW_LEARNER[0], NEW_LEARNER[1], first_login=True)
        qtbot.addWidget(dialog)
        for password, words in (("password1234", "常见"), ("Short-2026", "12")):
            dialog.new_edit.setText(password)
            dialog.repeat_edit.setText(password)
            dialog.buttons.accepted.emit()
            assert words in dialog.error_label.text() and dialog.result() == 0, dialog.error_label.text()
            assert not any("a" <= c.lower() <= "z" for c in dialog.error_label.text())   # Chinese, not English
        assert station.accounts.login(*NEW_LEARNER).status is LoginStatus.MUST_CHANGE   # nothing changed
        dialog.new_edit.setText("Spring-river-0917")
        dialog.repeat_edit.setText("Spring-river-0917")
        with qtbot.waitSignal(dialog.accepted, timeout=10_000):
            dialog.buttons.accepted.emit()
        assert station.accounts.login(NEW_LEARNER[0], "Spring-river-0917").status is LoginStatus.OK
    finally:
        for t in translators:
            qapp.removeTranslator(t)


def test_at_the_largest_text_the_dialog_grows_for_what_is_wrong_and_shows_no_empty_strip(qtbot, qapp, station):
    """An empty strip stood under the fields before anything was wrong, and at the largest text a refusal
    squeezed the introduction's last line away (issue 19)."""
    from desktop.services.preferences import FONT_SIZES
    from desktop.ui.theme import apply_theme
    translators = install_translations(qapp, "zh_CN")
    try:
        apply_theme(qapp, FONT_SIZES[-1], False)
        dialog = ChangePasswordDialog(station.accounts, NEW_LEARNER[0], NEW_LEARNER[1], first_login=True)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        assert not dialog.error_label.isVisible()
        dialog.new_edit.setText("password1234")
        dialog.repeat_edit.setText("password1234")
        dialog.buttons.accepted.emit()
        assert dialog.error_label.isVisible() and "常见" in dialog.error_label.text()
        needed = dialog.layout().totalHeightForWidth(dialog.width())
        assert dialog.height() >= needed, (dialog.size(), needed)
    finally:
        apply_theme(qapp, FONT_SIZES[1], False)
        for t in translators:
            qapp.removeTranslator(t)
