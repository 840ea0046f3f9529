"""The fields of every screen where a proctor answers a seat's challenge with no network (an interrupted
exam's resume, a start that needs the proctor, closing the exam, extra time or a pause by code): the
station's code shown large and selectable, a field for the proctor's code, one for the proctor password
(hidden as it is typed), and the line that says what went wrong. The words are the caller's: each screen
says what its code is for."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit

from examcore.proctor_codes import group


def code_fields(code_hint: str, password_hint: str = "", challenge: str = "",
                centred: bool = False) -> tuple[QLabel, QLineEdit, QLineEdit, QLabel]:
    """(challenge label, code field, password field, error label). ``challenge``: shown in groups (the
    caller may set it later); ``centred``: the challenge centred on a screen of its own."""
    challenge_label = QLabel(group(challenge) if challenge else "")
    challenge_label.setObjectName("title")
    if centred:
        challenge_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    challenge_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    code_edit = QLineEdit()
    code_edit.setPlaceholderText(code_hint)
    password_edit = QLineEdit()
    password_edit.setEchoMode(QLineEdit.EchoMode.Password)
    if password_hint:
        password_edit.setPlaceholderText(password_hint)
    for edit, hint in ((code_edit, code_hint), (password_edit, password_hint)):   # the hint read whole, not cut
        edit.setMinimumWidth(edit.fontMetrics().horizontalAdvance(hint) + 3 * edit.fontMetrics().averageCharWidth())
    error_label = QLabel()
    error_label.setObjectName("error")
    error_label.setWordWrap(True)
    return challenge_label, code_edit, password_edit, error_label
