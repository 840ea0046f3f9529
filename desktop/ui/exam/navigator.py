"""The question navigator: a numbered button per question, showing answered, flagged and current."""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QToolButton, QVBoxLayout, QWidget

COLUMNS = 5


class Navigator(QWidget):
    jumped = Signal(int)  # index of the question the learner chose

    def __init__(self, count: int, parent: QWidget | None = None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        self.legend = QLabel(self.tr("Blue: answered\nOrange ⚑: flagged for review\nWhite: not answered"))
        self.legend.setWordWrap(True)
        grid = QGridLayout()
        self.buttons: list[QToolButton] = []
        for i in range(count):
            b = QToolButton()
            b.setText(str(i + 1))
            b.setMinimumSize(60, 40)
            b.clicked.connect(lambda _=False, i=i: self.jumped.emit(i))
            grid.addWidget(b, i // COLUMNS, i % COLUMNS)
            self.buttons.append(b)
        layout.addWidget(self.legend)
        layout.addLayout(grid)
        layout.addStretch(1)

    def set_state(self, index: int, answered: bool, flagged: bool, current: bool) -> None:
        b = self.buttons[index]
        state = "flagged" if flagged else "answered" if answered else "open"
        mark = "⚑" if flagged else ""
        b.setText(f"{index + 1}{mark}")
        b.setToolTip(", ".join(filter(None, [self.tr("answered") if answered else self.tr("not answered"),
                                             self.tr("flagged") if flagged else ""])))
        b.setProperty("answered", answered)
        b.setProperty("flagged", flagged)
        if b.property("state") != state or b.property("current") != current:
            b.setProperty("state", state)
            b.setProperty("current", current)
            b.style().unpolish(b)
            b.style().polish(b)
