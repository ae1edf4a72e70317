"""Compact result rows (a check, a finding about Cursor): an icon, a title and a short summary on
one line, the details (what happened, what to do) one click away.

A row whose failure is the one the page's banner already explains says "See above" instead of
repeating it: each failure is said once.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QPainter, QPen
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QToolButton, QVBoxLayout, QWidget

from app.ui import texts, theme
from app.ui.widgets import StatusIcon, escape, h_line, linkify, muted_label, open_url


class ResultRow(QWidget):
    def __init__(self, key: str, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self.icon = StatusIcon("pending", self)
        self.title = QLabel(title, self)
        self.title.setWordWrap(True)
        self.summary = muted_label("", self, wrap=False)
        self.summary.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.toggle = QToolButton(self)
        self.toggle.setText(QCoreApplication.translate("ResultRow", "Details"))
        self.toggle.setCheckable(True)
        self.toggle.setAutoRaise(True)
        self.toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toggle.setArrowType(Qt.ArrowType.RightArrow)
        self.toggle.setAccessibleName(
            QCoreApplication.translate("ResultRow", "Details: %1").replace("%1", title)
        )
        self.toggle.setStyleSheet(
            "QToolButton { border: 1px solid transparent; border-radius: 3px; padding: 1px 2px; }"
            "QToolButton:focus { border: 1px solid palette(highlight); }"
        )
        self.toggle.toggled.connect(self._show_details)
        keep = self.toggle.sizePolicy()
        keep.setRetainSizeWhenHidden(True)  # rows with and without details line up
        self.toggle.setSizePolicy(keep)
        self.toggle.hide()
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.fix = QLabel(self)
        self.fix.setWordWrap(True)
        self.fix.setTextFormat(Qt.TextFormat.RichText)
        self.fix.setOpenExternalLinks(False)
        self.fix.linkActivated.connect(open_url)  # a fix may name a page: "Top up on https://..."
        self.details = QWidget(self)
        details = QVBoxLayout(self.details)
        indent = self.icon.width() + 10
        details.setContentsMargins(indent, 0, 0, 4)
        details.setSpacing(2)
        details.addWidget(self.message)
        details.addWidget(self.fix)
        self.details.hide()

        line = QHBoxLayout()
        line.setContentsMargins(0, 0, 0, 0)
        line.setSpacing(10)
        line.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignVCenter)
        line.addWidget(self.title, 1)
        line.addWidget(self.summary)
        line.addWidget(self.toggle)
        lay = QVBoxLayout(self)
        margin = round(self.fontMetrics().height() * 0.35)
        lay.setContentsMargins(margin + 4, margin, margin, margin)
        lay.setSpacing(2)
        lay.addLayout(line)
        lay.addWidget(self.details)

    def state(self) -> str:
        return self.icon.state()

    def show_state(
        self, state: str, summary: str = "", message: str = "", fix: str = "", fix_kind: str = ""
    ) -> None:
        """``message`` and ``fix`` go in the details; with neither there is no Details button."""
        self.icon.set_state(state)
        self.summary.setText(summary)
        self.message.setText(message)
        self.message.setVisible(bool(message))
        if fix:
            label = QCoreApplication.translate("ResultRow", "What to do:")
            colour = theme.status_color(fix_kind or state).name()
            linked = linkify(escape(fix))
            self.fix.setText(f'<span style="color:{colour}; font-weight:600">{escape(label)}</span> {linked}')
            has_link = "<a " in linked
            self.fix.setTextInteractionFlags(
                Qt.TextInteractionFlag.TextBrowserInteraction
                if has_link
                else Qt.TextInteractionFlag.TextSelectableByMouse
            )
            self.fix.setFocusPolicy(Qt.FocusPolicy.StrongFocus if has_link else Qt.FocusPolicy.NoFocus)
        else:
            self.fix.clear()
            self.fix.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.fix.setVisible(bool(fix))
        has_details = bool(message or fix)
        self.toggle.setVisible(has_details)
        if not has_details:
            self.set_open(False)
        words = [self.title.text(), texts.status_word(state), summary, message]
        self.icon.setAccessibleName(self.title.text())
        self.icon.setAccessibleDescription(". ".join(w for w in words if w))

    def set_open(self, open_: bool) -> None:
        self.toggle.setChecked(open_)
        self._show_details(open_)

    def is_open(self) -> bool:
        return self.toggle.isChecked()

    def _show_details(self, open_: bool) -> None:
        self.toggle.setArrowType(Qt.ArrowType.DownArrow if open_ else Qt.ArrowType.RightArrow)
        self.details.setVisible(open_)

    def fix_text(self) -> str:
        """The fix as shown (empty when this row has none)."""
        return self.fix.text() if self.fix.text() else ""


class RowList(QFrame):
    """Rows in one framed card, separated by thin lines."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: dict[str, ResultRow] = {}
        self._lay = QVBoxLayout(self)
        self._lay.setContentsMargins(1, 1, 1, 1)
        self._lay.setSpacing(0)

    def add(self, key: str, title: str) -> ResultRow:
        if self.rows:
            self._lay.addWidget(h_line(self))
        row = ResultRow(key, title, self)
        self._lay.addWidget(row)
        self.rows[key] = row
        return row

    def paintEvent(self, _event: object) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.setPen(QPen(theme.border(self.palette()), 1))
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawRoundedRect(QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5), 6, 6)
