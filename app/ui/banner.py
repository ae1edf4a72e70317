"""The verdict at the top of a page: one sentence, the one fix, and a button that does it.

Shown where the eye lands after pressing Check (or Apply), it takes the focus (its button when it
has one) and is announced to screen readers, so the outcome is never out of sight or unheard.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QFocusEvent, QPainter, QPalette, QPen, QResizeEvent
from PySide6.QtWidgets import QApplication, QFrame, QGridLayout, QLabel, QPushButton, QSizePolicy, QWidget

from app.ui import accessibility, theme
from app.ui.widgets import StatusIcon, open_url, set_label_text

_WIDE_PX = 560  # wider than this, the button sits beside the words


# What a banner shows: kind, title, body, whether the body is rich text, action, visible.
Snapshot = tuple[str, str, str, bool, "tuple[str, Callable[[], None]] | None", bool]


class Banner(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("banner")
        self._kind = "info"
        self._action: Callable[[], None] | None = None
        self._wide: bool | None = None
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.icon = StatusIcon("info", self)
        self.title = QLabel(self)
        self.title.setWordWrap(True)
        theme.set_point_size(self.title, 1.08, bold=True)
        self.body = QLabel(self)
        self.body.setWordWrap(True)
        self.body.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.body.setOpenExternalLinks(False)
        self.body.linkActivated.connect(open_url)
        self.body.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.button = QPushButton(self)
        self.button.setAutoDefault(True)
        self.button.clicked.connect(self._act)
        self.grid = QGridLayout(self)
        margin = round(self.fontMetrics().height() * 0.7)
        self.grid.setContentsMargins(margin + 4, margin, margin, margin)
        self.grid.setHorizontalSpacing(10)
        self.grid.setVerticalSpacing(4)
        self.grid.addWidget(self.icon, 0, 0, Qt.AlignmentFlag.AlignTop)
        self.grid.addWidget(self.title, 0, 1)
        self.grid.addWidget(self.body, 1, 1)
        self.grid.setColumnStretch(1, 1)
        self.setProperty("themeRole", "custom")
        self._place_button(False)
        self.hide()

    # ---- content
    def show_verdict(
        self,
        kind: str,
        title: str,
        body: str = "",
        action: tuple[str, Callable[[], None]] | None = None,
        rich: bool = False,
    ) -> None:
        """``kind``: pass, warn, fail, info. ``body`` is plain text (escaped, links made clickable)
        unless ``rich``. ``action``: (button words, what it does)."""
        self._kind = kind
        self.icon.set_state(kind)
        self.title.setText(title)
        has_link = set_label_text(self.body, body, body if rich else None)
        self.body.setVisible(bool(body))
        self.body.setFocusPolicy(Qt.FocusPolicy.StrongFocus if has_link else Qt.FocusPolicy.NoFocus)
        if action is not None and action[0]:
            self.button.setText(action[0])
            self.button.setAccessibleName(action[0].replace("&", ""))
            self._action = action[1]
            self.button.show()
        else:
            self._action = None
            self.button.hide()
        self.setAccessibleName(title)
        self.setAccessibleDescription(self.plain_body())
        self.recolour()
        self.show()

    def clear(self) -> None:
        self._action = None
        self.hide()

    def snapshot(self) -> Snapshot:
        """What it shows, to show again later (``restore``)."""
        action = (self.button.text(), self._action) if self._action is not None else None
        rich = self.body.textFormat() == Qt.TextFormat.RichText
        return self._kind, self.title.text(), self.body.text(), rich, action, self.isVisible()

    def restore(self, saved: Snapshot) -> None:
        kind, title, body, rich, action, visible = saved
        self.show_verdict(kind, title, body, action, rich=rich)
        self.setVisible(visible)

    def kind(self) -> str:
        return self._kind

    def plain_body(self) -> str:
        if self.body.textFormat() != Qt.TextFormat.RichText:
            return " ".join(self.body.text().split())
        from PySide6.QtGui import QTextDocument

        doc = QTextDocument()
        doc.setHtml(self.body.text())
        return " ".join(doc.toPlainText().split())

    def text(self) -> str:
        """Everything the banner says, as plain text."""
        return " ".join(t for t in (self.title.text(), self.plain_body()) if t)

    def has_action(self) -> bool:
        return self._action is not None and not self.button.isHidden()

    def _act(self) -> None:
        if self._action is not None:
            self._action()

    def take_focus_and_announce(self) -> None:
        """The outcome: focus on the one thing to do (or the verdict itself), said aloud."""
        target: QWidget = self.button if self.has_action() else self
        target.setFocus(Qt.FocusReason.OtherFocusReason)
        accessibility.announce(self, self.text())

    # ---- look
    def recolour(self) -> None:
        parent = self.parentWidget()
        base = parent.palette() if parent is not None else QApplication.palette()
        pal = self.palette()
        pal.setColor(QPalette.ColorRole.Window, base.color(QPalette.ColorRole.Window))
        self.setPalette(pal)
        self.update()

    def paintEvent(self, _event: object) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = self.palette()
        r = QRectF(self.rect()).adjusted(1, 1, -1, -1)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(theme.tinted_background(self._kind, pal))
        p.drawRoundedRect(r, 6, 6)
        p.setBrush(theme.status_color(self._kind, pal))
        p.drawRoundedRect(QRectF(r.left(), r.top(), 4, r.height()), 2, 2)
        if self.hasFocus():
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.setPen(QPen(pal.color(QPalette.ColorRole.Highlight), 2))
            p.drawRoundedRect(r.adjusted(1, 1, -1, -1), 6, 6)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.update()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.update()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place_button(event.size().width() > _WIDE_PX)

    def _place_button(self, wide: bool) -> None:
        if wide == self._wide:
            return
        self._wide = wide
        self.grid.removeWidget(self.button)
        if wide:
            self.grid.addWidget(self.button, 0, 2, 2, 1, Qt.AlignmentFlag.AlignVCenter)
        else:
            self.grid.addWidget(self.button, 2, 1, Qt.AlignmentFlag.AlignLeft)
