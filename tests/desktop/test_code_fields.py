"""The fields where a proctor answers a seat's challenge (desktop/ui/exam/code_fields.py): the start-approval
dialog's hint was cut at its most useful part ("8 letters and digits") in the dialog's natural width."""
from __future__ import annotations

from desktop.ui.exam.start_approval_dialog import StartApprovalDialog


def test_the_hints_of_the_proctors_fields_are_read_whole(qtbot):
    dialog = StartApprovalDialog(None, None, None, "7RQ2KD4MXY")   # nothing is tried: only its fields are shown
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    for edit in (dialog.code_edit, dialog.password_edit):
        assert edit.width() > edit.fontMetrics().horizontalAdvance(edit.placeholderText()), edit.placeholderText()
    assert dialog.challenge_label.text() == "7RQ2-KD4M-XY"
