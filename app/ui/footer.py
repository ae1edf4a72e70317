"""The bar under every page: Back, the status line (what to do next), and the page's one primary
action as a filled button, with at most one plain button beside it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QRectF
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QSizePolicy, QWidget

from app.ui import paint, texts, theme
from app.ui.widgets import muted_label, push_button

if TYPE_CHECKING:
    from app.core.flow import Primary


class Footer(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("footer")
        self.back = push_button(self.tr("&Back"), self)
        self.back.setAccessibleName(self.tr("Back"))
        self.status = muted_label("", self)
        self.status.setObjectName("statusLine")
        self.status.setAccessibleName(self.tr("Status"))
        self.status.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        # Left and vertically centred: a QLabel's own alignment.
        # Two lines' room always, so the bar does not jump when the status wraps.
        self.status.setMinimumHeight(self.status.fontMetrics().lineSpacing() * 2)
        self.secondary = QPushButton(self)
        self.secondary.hide()
        self.primary = QPushButton(self)
        self.primary.setObjectName("primary")
        self.primary.setDefault(True)
        self.recolour()
        self.setProperty("themeRole", "custom")
        lay = QHBoxLayout(self)
        m = round(self.fontMetrics().height() * 0.8)
        lay.setContentsMargins(m, m // 2 + 2, m, m // 2 + 2)
        lay.setSpacing(m)
        lay.addWidget(self.back)
        lay.addWidget(self.status, 1)
        lay.addWidget(self.secondary)
        lay.addWidget(self.primary)

    def show_actions(self, primary: Primary, secondary: str, back: bool) -> None:
        """The page's primary action in its words (the reason it is disabled as its tooltip), and
        ``secondary`` ("stop", "check_again" or "") beside it."""
        button = self.primary
        words = texts.action_label(primary.action)
        button.setText(words)
        button.setAccessibleName(words.replace("&", ""))
        button.setEnabled(primary.enabled)
        reason = texts.reason_sentence(primary.reason) if primary.reason else ""
        button.setToolTip(reason or self.tr("%1 (Enter)").replace("%1", button.accessibleName()))
        button.setAccessibleDescription(button.toolTip())
        self.back.setEnabled(back)
        self.secondary.setVisible(bool(secondary))
        self.secondary.setProperty("action", secondary)
        if secondary == "stop":
            self.secondary.setText(self.tr("&Stop"))
            self.secondary.setAccessibleName(self.tr("Stop the checks"))
        elif secondary == "check_again":
            self.secondary.setText(self.tr("Check &again"))
            self.secondary.setAccessibleName(self.tr("Check again"))

    def recolour(self) -> None:
        self.primary.setStyleSheet(theme.primary_button_style())
        self.update()

    def paintEvent(self, _event: object) -> None:
        # The line along the top: the first pixel row, filled (the footer is in the first frame).
        p = QPainter(self)
        paint.fill(p, paint.rect(QRectF(0, 0, self.width(), 1)), theme.border(self.palette()))
