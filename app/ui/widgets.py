"""Small reusable widgets: status icons, a spinner, inline notices, disclosure sections, copy and link
buttons, and the helpers that colour them from the palette.

Everything is painted with QPainter from the palette, so it stays crisp at 200% scaling and
readable in both light and dark palettes.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF, QSize, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QPainter, QPainterPath, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app.ui import theme
from app.ui.qtvalues import RICH_TEXT, TEXT_BROWSER_INTERACTION

if TYPE_CHECKING:
    import re

    from PySide6.QtGui import QEnterEvent

# Some of these widgets are in the first frame (the key page's notices and link, the step list's
# marks): what they do before the paint avoids PySide6's Qt namespace (app/ui/qtvalues.py); the
# rest imports Qt where it is used.


def icon_side(widget: QWidget) -> int:
    # Relative to the font, so the icon grows with the user's text scaling.
    return max(14, round(widget.fontMetrics().height() * 1.05))


def paint_status(p: QPainter, r: QRectF, state: str, pal: QPalette, angle: int = 0) -> None:
    """A round state symbol in ``r``: pending, running (an arc at ``angle``), pass, warn, fail,
    skipped, info, unknown."""
    from PySide6.QtCore import Qt  # state symbols are never in the first frame
    from PySide6.QtGui import QPen

    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    side = r.width()
    if state == "running":
        pen = QPen(theme.status_color("info", pal), max(2.0, side / 8))
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        p.setPen(pen)
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawArc(r.adjusted(1, 1, -1, -1), -angle * 16, 270 * 16)
        return
    if state == "pending":
        p.setPen(QPen(theme.muted_text(pal), max(1.5, side / 12)))
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawEllipse(r.adjusted(1, 1, -1, -1))
        return
    color = theme.status_color("skipped" if state == "unknown" else state, pal)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(color)
    if state == "warn":
        path = QPainterPath()
        path.moveTo(r.center().x(), r.top())
        path.lineTo(r.right(), r.bottom())
        path.lineTo(r.left(), r.bottom())
        path.closeSubpath()
        p.drawPath(path)
    else:
        p.drawEllipse(r)
    paint_mark(p, r, state, theme.mark_color(pal))


def paint_mark(p: QPainter, r: QRectF, state: str, color: QColor) -> None:
    """The tick, cross, ! or ? inside a filled circle (never in the first frame: every step is still
    to do)."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QPen

    side = r.width()
    pen = QPen(color, max(1.8, side / 8))
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    p.setPen(pen)
    p.setBrush(Qt.BrushStyle.NoBrush)
    c = r.center()
    s = side / 2
    if state == "pass":
        path = QPainterPath()
        path.moveTo(c + QPointF(-0.45 * s, 0.02 * s))
        path.lineTo(c + QPointF(-0.12 * s, 0.35 * s))
        path.lineTo(c + QPointF(0.48 * s, -0.3 * s))
        p.drawPath(path)
    elif state == "fail":
        d = 0.36 * s
        p.drawLine(c + QPointF(-d, -d), c + QPointF(d, d))
        p.drawLine(c + QPointF(-d, d), c + QPointF(d, -d))
    elif state in ("warn", "attention"):
        top = -0.2 if state == "warn" else -0.45
        p.drawLine(c + QPointF(0, top * s), c + QPointF(0, 0.15 * s if state == "attention" else 0.3 * s))
        p.drawPoint(c + QPointF(0, (0.5 if state == "attention" else 0.62) * s))
    elif state == "info":
        p.drawLine(c + QPointF(0, -0.05 * s), c + QPointF(0, 0.45 * s))
        p.drawPoint(c + QPointF(0, -0.42 * s))
    elif state == "unknown":
        path = QPainterPath()
        path.moveTo(c + QPointF(-0.28 * s, -0.2 * s))
        path.cubicTo(
            c + QPointF(-0.28 * s, -0.6 * s), c + QPointF(0.32 * s, -0.6 * s), c + QPointF(0.3 * s, -0.2 * s)
        )
        path.cubicTo(c + QPointF(0.28 * s, 0.02 * s), c + QPointF(0, 0.0), c + QPointF(0, 0.2 * s))
        p.drawPath(path)
        p.drawPoint(c + QPointF(0, 0.52 * s))
    else:  # skipped
        p.drawLine(c + QPointF(-0.4 * s, 0), c + QPointF(0.4 * s, 0))


class StatusIcon(QWidget):
    """A round icon for a state: pending, running (spinner), pass, warn, fail, skipped, info, unknown."""

    def __init__(self, state: str = "pending", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._state = state
        self._angle = 0
        self._timer: QTimer | None = None
        side = icon_side(self)
        self.setFixedSize(QSize(side, side))
        self.set_state(state)

    def state(self) -> str:
        return self._state

    def set_state(self, state: str) -> None:
        self._state = state
        if state == "running":
            if self._timer is None:
                self._timer = QTimer(self)
                self._timer.setInterval(80)
                self._timer.timeout.connect(self._spin)
            self._timer.start()
        elif self._timer is not None:
            self._timer.stop()
        # Screen readers say the state in words ("Passed"), never our internal code ("pass").
        from app.ui import texts

        self.setAccessibleName(texts.status_word(state))
        self.update()

    def _spin(self) -> None:
        self._angle = (self._angle + 30) % 360
        self.update()

    def paintEvent(self, _event: object) -> None:
        p = QPainter(self)
        side = min(self.width(), self.height())
        paint_status(p, QRectF(1.5, 1.5, side - 3, side - 3), self._state, self.palette(), self._angle)


class Notice(QFrame):
    """An inline message with an icon: info, pass, warn or fail. Hidden when empty.

    Links to ``#...`` anchors are ours (e.g. "#advanced"): they come out through ``anchor``;
    any other link opens in the browser.
    """

    anchor = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._kind = "info"
        self._plain = ""
        self.icon = StatusIcon("info", self)
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.label.setProperty("textFormat", RICH_TEXT)
        self.label.setProperty("textInteractionFlags", TEXT_BROWSER_INTERACTION)
        self.label.setOpenExternalLinks(False)
        self.label.linkActivated.connect(self._on_link)
        self.label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        icon_column = QVBoxLayout()  # the icon at the top of a message of several lines
        icon_column.addWidget(self.icon)
        icon_column.addStretch(1)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(8, 6, 8, 6)
        lay.setSpacing(8)
        lay.addLayout(icon_column)
        lay.addWidget(self.label, 1)
        self.setAutoFillBackground(True)
        self.setProperty("themeRole", "notice")
        self.hide()

    def show_message(
        self, kind: str, text: str, rich: bool = False, link: tuple[str, str] | None = None
    ) -> None:
        """Plain text is escaped (line breaks kept); pass rich=True only for our own markup.
        ``link`` = (anchor, words) adds one of our own links after the text."""
        if not text:
            self.clear()
            return
        self._kind = kind
        self.icon.set_state(kind)
        self._plain = text if not rich else ""
        html: str | None = text if rich else None
        if link is not None:
            html = (html or linkify(escape(text)).replace("\n", "<br>")) + (
                f' <a href="{escape(link[0])}">{escape(link[1])}</a>'
            )
        from PySide6.QtCore import Qt

        has_link = set_label_text(self.label, text, html)
        # Tab stops only where there is a link to follow; a plain message is read, not focused.
        self.label.setFocusPolicy(Qt.FocusPolicy.StrongFocus if has_link else Qt.FocusPolicy.NoFocus)
        self._apply_colors()
        self.setAccessibleDescription(self._plain or self.label.text())
        self.show()

    def _on_link(self, href: str) -> None:
        if href.startswith("#"):
            self.anchor.emit(href[1:])
        else:
            open_url(href)

    def clear(self) -> None:
        self._plain = ""
        self.label.clear()
        self.hide()

    def kind(self) -> str:
        return self._kind

    def text(self) -> str:
        """The message as plain text (for tests and screen readers)."""
        return self._plain or self.label.text()

    def _apply_colors(self) -> None:
        # Blend from the parent's palette, never our own: our own is already tinted.
        parent = self.parentWidget()
        base = parent.palette() if parent is not None else QApplication.palette()
        pal = self.palette()
        pal.setColor(QPalette.ColorRole.Window, theme.tinted_background(self._kind, base))
        self.setPalette(pal)


class Collapsible(QWidget):
    """A section that opens and closes with an arrow button (Advanced, details)."""

    toggled = Signal(bool)  # True when open

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QToolButton  # after the first paint, with its enums

        super().__init__(parent)
        self.button = QToolButton(self)
        self.button.setText(title)
        self.button.setCheckable(True)
        self.button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.button.setArrowType(Qt.ArrowType.RightArrow)
        self.button.setAutoRaise(True)
        # A disclosure arrow, not a toggle button: no pressed frame when open, but a visible
        # frame while it has the keyboard focus (the style's own focus frame is gone with the border).
        self.button.setStyleSheet(
            "QToolButton { border: 1px solid transparent; border-radius: 3px; padding: 2px 2px; }"
            "QToolButton:focus { border: 1px solid palette(highlight); }"
        )
        self.body = QWidget(self)
        self.body.hide()
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(4)
        lay.addWidget(self.button, 0, Qt.AlignmentFlag.AlignLeft)
        lay.addWidget(self.body)
        self.button.toggled.connect(self.set_open)

    def set_open(self, open_: bool) -> None:
        from PySide6.QtCore import Qt

        if self.button.isChecked() != open_:
            self.button.setChecked(open_)
            return
        self.button.setArrowType(Qt.ArrowType.DownArrow if open_ else Qt.ArrowType.RightArrow)
        self.body.setVisible(open_)
        self.toggled.emit(open_)

    def is_open(self) -> bool:
        return self.button.isChecked()


class CopyButton(QPushButton):
    """A "Copy" button that says "Copied" for a moment after it was used."""

    def __init__(self, accessible_name: str, parent: QWidget | None = None, text: str = "") -> None:
        super().__init__(parent)
        self._normal = text or self.tr("Copy")
        self._done = self.tr("Copied ✓")
        self.setText(self._normal)
        self.setAccessibleName(accessible_name)
        self.setToolTip(accessible_name)
        # Wide enough for "Copied ✓" so the row does not jump when the text changes.
        fm = self.fontMetrics()
        self.setMinimumWidth(max(fm.horizontalAdvance(self._done), fm.horizontalAdvance(self._normal)) + 32)
        self._reset = QTimer(self)
        self._reset.setSingleShot(True)
        self._reset.setInterval(2000)
        self._reset.timeout.connect(lambda: self.setText(self._normal))

    def flash_copied(self) -> None:
        self.setText(self._done)
        self._reset.start()


class LinkButton(QPushButton):
    """A link: looks like one, is one tab stop with a visible focus frame, and works with Enter or
    Space (a QLabel link takes two tab presses, the first one unseen). With a ``url`` it opens that
    page; without one it is an action (connect ``clicked``)."""

    def __init__(self, text: str, url: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)  # then the words: see push_button
        self.setText(text)
        self.url = url
        self.setFlat(True)
        self.setAutoDefault(True)
        self.setAccessibleName(text.replace("&", ""))
        if url:
            self.setToolTip(url)
            self.setAccessibleDescription(url)
            self.clicked.connect(lambda: open_url(self.url))
        font = QFont(self.font())
        font.setUnderline(True)
        self.setFont(font)
        self.setStyleSheet(
            "QPushButton { border: 1px solid transparent; border-radius: 3px;"
            " padding: 1px 2px; background: transparent; text-align: left; }"
            "QPushButton:focus { border: 1px solid palette(highlight); }"
        )
        # The colour comes from the palette (not the style sheet), so it follows a switch
        # between light and dark while the window is open.
        self.setProperty("themeRole", "link")
        apply_theme_role(self)

    def enterEvent(self, event: QEnterEvent) -> None:
        hand_cursor(self)
        super().enterEvent(event)


def hand_cursor(widget: QWidget) -> None:
    """The pointing hand over something that is clicked like a link. Set when the pointer first
    comes over it, not when it is built: a QCursor needs Qt's CursorShape, and the first frame
    makes no use of Qt's namespace (app/ui/qtvalues.py)."""
    from PySide6.QtCore import Qt

    if widget.cursor().shape() != Qt.CursorShape.PointingHandCursor:
        widget.setCursor(Qt.CursorShape.PointingHandCursor)


def open_url(url: str) -> None:
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QDesktopServices

    QDesktopServices.openUrl(QUrl(url))


def escape(text: str) -> str:
    """Make plain text safe inside a rich-text label."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


_URL: list[re.Pattern[str]] = []  # compiled at the first message (see the note in app/ui/texts.py)


def _url_pattern() -> re.Pattern[str]:
    if not _URL:
        import re

        _URL.append(re.compile(r"https?://[^\s<>\"]+"))
    return _URL[0]


def linkify(escaped: str) -> str:
    """Turn the web addresses in already-escaped text into links (messages say "Copy the key
    again from https://aimlapi.com/app/keys": one click should get there)."""

    def link(match: re.Match[str]) -> str:
        url = match.group(0)
        tail = ""
        while url and url[-1] in ".,;:)!?":
            url, tail = url[:-1], url[-1] + tail
        return f'<a href="{url}">{url}</a>{tail}'

    return _url_pattern().sub(link, escaped)


def set_label_text(label: QLabel, text: str, html: str | None = None) -> bool:
    """Show plain ``text`` with its web addresses made links, or our own ``html``. Rich text only
    when there is a link to follow: the first rich-text label costs the process its text engine
    (about 6 MiB), a plain one does not. Returns whether the label has a link."""
    from PySide6.QtCore import Qt

    if html is None:
        linked = linkify(escape(text))
        html = linked.replace("\n", "<br>") if "<a " in linked else None
    if html is None:
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setText(text)
        return False
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setText(html)
    return "<a " in html


def h_line(parent: QWidget | None = None) -> QFrame:
    """A thin separator in a colour between text and background (visible in light and dark)."""
    line = QFrame(parent)
    line.setFrameShape(QFrame.Shape.HLine)
    line.setFrameShadow(QFrame.Shadow.Plain)
    line.setProperty("themeRole", "separator")
    apply_theme_role(line)
    return line


def apply_theme_role(widget: QWidget) -> None:
    """(Re)colour a widget we tinted ourselves, from the current application palette."""
    role = widget.property("themeRole")
    if role == "notice" and isinstance(widget, Notice):
        widget._apply_colors()
        return
    recolour = getattr(widget, "recolour", None)
    if role == "custom" and callable(recolour):
        recolour()
        return
    app_pal = QApplication.palette()
    if role == "separator":
        color = theme.border(app_pal)
    elif role == "muted":
        color = theme.muted_text(app_pal)
    elif role == "link":
        pal = widget.palette()
        for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
            pal.setColor(group, QPalette.ColorRole.ButtonText, app_pal.color(QPalette.ColorRole.Link))
        widget.setPalette(pal)
        return
    else:
        return
    pal = widget.palette()
    pal.setColor(QPalette.ColorRole.WindowText, color)
    widget.setPalette(pal)


def refresh_theme(root: QWidget) -> None:
    """After the system switched between light and dark: recolour everything we tinted."""
    for widget in [root, *root.findChildren(QWidget)]:
        if widget.property("themeRole"):
            apply_theme_role(widget)
        widget.update()


def push_button(text: str, parent: QWidget) -> QPushButton:
    """A push button with ``text``. Made with its parent, then given its words: matching the
    constructor that takes words also tries its overload with an icon, which makes QIcon's Python
    type and enums (about 2 ms, in the first frame for the footer and the key page)."""
    button = QPushButton(parent)
    button.setText(text)
    return button


def muted_label(text: str = "", parent: QWidget | None = None, wrap: bool = True) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(wrap)
    label.setProperty("themeRole", "muted")
    apply_theme_role(label)
    return label


def small(label: QLabel) -> QLabel:
    """Small print (raw ids, units): a step below the body text."""
    theme.set_point_size(label, 0.9)
    return label
