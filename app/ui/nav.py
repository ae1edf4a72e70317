"""The list of steps on the left: where the user is, what is done and what comes next."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from app.ui import theme
from app.ui.widgets import _StepBadge


class StepButton(QPushButton):
    def __init__(self, number: int, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.number = number
        self.badge = _StepBadge(number, self)
        self.badge.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.title = QLabel(title, self)
        self.title.setWordWrap(True)
        self.title.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setFlat(True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setAccessibleName(title)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        from PySide6.QtWidgets import QHBoxLayout

        row = QHBoxLayout()
        row.setContentsMargins(6, 4, 6, 4)
        row.setSpacing(8)
        row.addWidget(self.badge)
        row.addWidget(self.title, 1)
        lay.addLayout(row)
        self.setMinimumHeight(self.badge.height() + 10)
        self.state = "todo"

    def set_state(self, state: str) -> None:
        self.state = state
        self.badge.set_state(state)
        theme.set_point_size(self.title, 1.0, bold=state == "current")
        words = {"done": self.tr("Done"), "current": self.tr("Next"), "todo": self.tr("To do")}
        self.setAccessibleDescription(words[state])


class StepNav(QWidget):
    step_clicked = Signal(int)

    def __init__(self, titles: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(8, 12, 8, 12)
        lay.setSpacing(2)
        self.buttons: list[StepButton] = []
        for i, title in enumerate(titles, start=1):
            button = StepButton(i, title, self)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the form fields keep the tab order simple
            button.clicked.connect(lambda _c=False, n=i: self.step_clicked.emit(n))
            lay.addWidget(button)
            self.buttons.append(button)
        lay.addStretch(1)
        self.next_label = QLabel(self)
        self.next_label.setWordWrap(True)
        lay.addWidget(self.next_label)
        width = max(b.sizeHint().width() for b in self.buttons)
        self.setFixedWidth(max(width + 16, self.fontMetrics().horizontalAdvance("M") * 15))

    def set_states(self, states: list[str]) -> None:
        for button, state in zip(self.buttons, states, strict=False):
            button.set_state(state)
