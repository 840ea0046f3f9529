"""One question on screen, in the shape its type needs; reports every change of the response.

Keyboard (issue 21): every option is its own tab stop (no button group, which makes one stop of them),
the arrow keys move between the options of the question, Space picks; Tab leaves the short-answer box."""
from __future__ import annotations


from PySide6.QtCore import QEvent, QObject, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent, QPixmap
from PySide6.QtWidgets import (QAbstractButton, QCheckBox, QHBoxLayout, QLabel, QLineEdit,
                               QPlainTextEdit, QRadioButton, QVBoxLayout, QWidget)

from examcore.banks.common import BLANK_PATTERN
from examcore.grading import Response
from examcore.paper import LABELS, PaperItem
from examcore.questions import FALSE, TRUE, Question, QuestionType

TYPING_PAUSE_MS = 700  # typed answers are saved when the learner pauses, and on leaving the question


class _WholeRowRadio(QRadioButton):
    """An option a learner can pick by clicking anywhere on its row, not only on the small circle. Picking
    it again keeps it picked (the question view unpicks the others: there is no button group)."""

    def hitButton(self, pos: QPoint) -> bool:  # noqa: N802 - Qt API
        return self.rect().contains(pos)

    def nextCheckState(self) -> None:  # noqa: N802 - Qt API
        self.setChecked(True)


class _WholeRowCheck(QCheckBox):
    def hitButton(self, pos: QPoint) -> bool:  # noqa: N802 - Qt API
        return self.rect().contains(pos)


class _OptionRow(QWidget):
    """A choice: its button ("A.") and its text, which wraps; a click anywhere on the row picks it."""

    def __init__(self, button: QAbstractButton, text: str, parent: QWidget | None = None,
                 pictures: tuple[bytes, ...] = ()):
        super().__init__(parent)
        self.button = button
        self.label = QLabel(text)
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        if pictures and not text:   # a picture alone: no empty line beside it
            self.label.hide()
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 4, 0, 4)
        row.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
        beside = QVBoxLayout()   # the option's text, then its pictures (an option may be a picture alone)
        beside.setContentsMargins(0, 0, 0, 0)
        beside.addWidget(self.label)
        self.figures = [_Figure(data, self, OPTION_PICTURE_WIDTH) for data in pictures]
        for figure in self.figures:
            beside.addWidget(figure)
        row.addLayout(beside, 1)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt API
        if event.button() == Qt.MouseButton.LeftButton:
            self.button.click()


MAX_PICTURE_WIDTH = 640   # px: a figure is shown whole beside the options at 1366x768, never wider
OPTION_PICTURE_WIDTH = 320   # px: four picture options stay on a 768 px high screen with little scrolling


class _Figure(QLabel):
    """A question's picture below its stem, at its own size or scaled down to fit (never enlarged)."""

    def __init__(self, data: bytes, parent: QWidget | None = None, widest: int = MAX_PICTURE_WIDTH):
        super().__init__(parent)
        self.pixmap_data = QPixmap()
        if not self.pixmap_data.loadFromData(data):   # a picture Qt cannot read: said, never a blank space
            self.setText(self.tr("[This picture cannot be shown: tell the proctor]"))
            return
        shown = self.pixmap_data if self.pixmap_data.width() <= widest else \
            self.pixmap_data.scaledToWidth(widest, Qt.TransformationMode.SmoothTransformation)
        self.setPixmap(shown)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft)


class QuestionView(QWidget):
    response_changed = Signal(str, object)  # question id, Response

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._layout = QVBoxLayout(self)
        self.header_label = QLabel()
        self.header_label.setObjectName("notice")
        self.stem_label = QLabel()
        self.stem_label.setWordWrap(True)
        self.stem_label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)  # no copying
        self._layout.addWidget(self.header_label)
        self._layout.addWidget(self.stem_label)
        self._figures = QWidget()   # the question's pictures, below the stem
        self._figure_layout = QVBoxLayout(self._figures)
        self._figure_layout.setContentsMargins(0, 0, 0, 0)
        self._layout.addWidget(self._figures)
        self._answer_area = QWidget()
        self._layout.addWidget(self._answer_area)
        self._layout.addStretch(1)
        self.option_buttons: list[QAbstractButton] = []  # in display order
        self.text_edits: list[QLineEdit] = []
        self.essay_edit: QPlainTextEdit | None = None
        self._question: Question | None = None
        self._item: PaperItem | None = None
        self._typing = QTimer(self)
        self._typing.setSingleShot(True)
        self._typing.setInterval(TYPING_PAUSE_MS)
        self._typing.timeout.connect(self._emit)
        self._loading = False

    def type_name(self, qtype: QuestionType) -> str:
        return {QuestionType.SINGLE: self.tr("Single choice"), QuestionType.MULTIPLE: self.tr("Multiple choice"),
                QuestionType.TRUE_FALSE: self.tr("True or false"), QuestionType.FILL_IN: self.tr("Fill in the blank"),
                QuestionType.SHORT_ANSWER: self.tr("Short answer (marked later)")}[qtype]

    def show_question(self, number: int, total: int, item: PaperItem, question: Question,
                      response: Response | None) -> None:
        self.flush()
        self._loading = True
        self._question, self._item = question, item
        self.header_label.setText(self.tr("Question %1 of %2 · %3 · %4 point(s)").replace("%1", str(number))
                                  .replace("%2", str(total)).replace("%3", self.type_name(question.type))
                                  .replace("%4", str(item.points)))
        self.stem_label.setText(question.stem)
        self._show_figures(question)
        self._rebuild_answer_area(item, question, response or ())
        self._loading = False

    def _show_figures(self, question: Question) -> None:
        for old in self._figures.findChildren(_Figure):
            self._figure_layout.removeWidget(old)
            old.hide()
            old.deleteLater()
        for picture in question.pictures:
            self._figure_layout.addWidget(_Figure(picture.data))
        self._figures.setVisible(bool(question.pictures))

    def _rebuild_answer_area(self, item: PaperItem, q: Question, response: Response) -> None:
        old = self._answer_area
        self._layout.removeWidget(old)  # deleteLater alone would leave it on screen until the next turn
        old.hide()
        old.deleteLater()
        self._answer_area = QWidget()
        layout = QVBoxLayout(self._answer_area)
        self._layout.insertWidget(3, self._answer_area)
        self.option_buttons, self.text_edits, self.essay_edit = [], [], None
        if q.type in (QuestionType.SINGLE, QuestionType.MULTIPLE, QuestionType.TRUE_FALSE):
            figures: dict[str, tuple[bytes, ...]] = {}
            if q.type is QuestionType.TRUE_FALSE:
                choices = [(TRUE, "", self.tr("True")), (FALSE, "", self.tr("False"))]
            else:
                texts = {o.key: o.text for o in q.options}
                figures = {o.key: tuple(p.data for p in o.pictures) for o in q.options}
                choices = [(key, f"{LABELS[i]}.", texts[key]) for i, key in enumerate(item.option_order)]
            for key, label, text in choices:
                button = _WholeRowCheck(label) if q.type is QuestionType.MULTIPLE else _WholeRowRadio(label)
                button.setProperty("key", key)
                button.setAutoExclusive(False)
                button.setChecked(key in response)
                button.installEventFilter(self)
                layout.addWidget(_OptionRow(button, text, pictures=figures.get(key, ())))
                self.option_buttons.append(button)
                button.toggled.connect(self._choice_toggled)
        elif q.type is QuestionType.FILL_IN:
            blanks = max(len(q.answer), len(BLANK_PATTERN.findall(q.stem)), 1)
            for i in range(blanks):
                edit = QLineEdit(response[i] if i < len(response) else "")
                edit.setPlaceholderText(self.tr("Blank %1").replace("%1", str(i + 1)))
                edit.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
                edit.textEdited.connect(lambda _t: self._typing.start())
                edit.editingFinished.connect(self.flush)
                layout.addWidget(edit)
                self.text_edits.append(edit)
        else:
            self.essay_edit = QPlainTextEdit(response[0] if response else "")
            self.essay_edit.setTabChangesFocus(True)   # Tab moves on, as everywhere else; no tabs in answers
            self.essay_edit.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
            self.essay_edit.textChanged.connect(lambda: None if self._loading else self._typing.start())
            layout.addWidget(self.essay_edit)
        # shown now, children included (a layout would only show them on the next event-loop turn, and the
        # keyboard cannot go to a widget that is not shown yet)
        self._answer_area.show()

    def focus_answer(self) -> None:
        """The keyboard goes to the answer: the picked option (else the first), the first blank, the box."""
        picked = [b for b in self.option_buttons if b.isChecked()]
        target = (picked or self.option_buttons or self.text_edits or [self.essay_edit])[0]
        if target is not None:
            target.setFocus(Qt.FocusReason.TabFocusReason)

    def current_response(self) -> Response:
        if self.option_buttons:
            return tuple(sorted(str(b.property("key")) for b in self.option_buttons if b.isChecked()))
        if self.text_edits:
            return tuple(e.text() for e in self.text_edits)
        if self.essay_edit is not None:
            return (self.essay_edit.toPlainText(),)
        return ()

    def _choice_toggled(self, checked: bool) -> None:
        single = self._question is not None and self._question.type is not QuestionType.MULTIPLE
        if self._loading or (single and not checked):   # a single choice is reported once, when picked
            return
        if single:   # one answer only: the others are unpicked without reporting each
            self._loading = True
            for b in self.option_buttons:
                if b is not self.sender():
                    b.setChecked(False)
            self._loading = False
        self._emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        """Up/Down (and Left/Right) move between the options of this question; Space picks, as always."""
        if isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress and watched in self.option_buttons \
                and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_Left, Qt.Key.Key_Right):
            step = -1 if event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Left) else 1
            index = self.option_buttons.index(watched) + step
            if 0 <= index < len(self.option_buttons):
                self.option_buttons[index].setFocus(Qt.FocusReason.TabFocusReason)
            return True
        return False

    def flush(self) -> None:
        """Report a typed answer now (leaving the question, submitting) instead of after the pause."""
        if self._typing.isActive():
            self._typing.stop()
            self._emit()

    def _emit(self) -> None:
        if self._question is not None and not self._loading:
            self.response_changed.emit(self._question.id, self.current_response())
