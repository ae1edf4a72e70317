"""Where the teammate is: the list of steps on the left (number, title, one-word state), and the
compact "Step 3 of 5 · Check" bar that replaces it when the window is narrow.

The list is one tab stop: the arrow keys show a step's page, Enter (or a click) goes into it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF, QSize, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

if TYPE_CHECKING:
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QAction, QEnterEvent, QKeyEvent, QResizeEvent

from app.ui import paint, texts, theme
from app.ui.qtvalues import ALIGN_CENTER, ALIGN_LEFT, ALIGN_VCENTER, SCROLL_BAR_ALWAYS_OFF, USER_ROLE
from app.ui.widgets import hand_cursor, paint_mark

# The step list is painted in the first frame: it uses Qt's enums as ints (app/ui/qtvalues.py) and
# draws through app/ui/paint.py, so the first frame never makes PySide6's Qt namespace.
STATE_ROLE = USER_ROLE + 1
# The flow's steps and step states by value (app/core/flow.py: Step, StepState), so the step list
# paints before the flow model is imported.
STEPS = (1, 2, 3, 4, 5)
TODO, DONE, ATTENTION = "todo", "done", "attention"


def paint_step_circle(p: QPainter, r: QRectF, state: str, shown: bool, pal: QPalette) -> None:
    """A step's circle: a tick when done, "!" when it needs attention, else a ring (or, for the
    step shown, a disc in the accent) for the number its row's label writes in it."""
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    if marked(state):
        kind, mark = ("pass", "pass") if state == DONE else ("fail", "attention")
        paint.fill(p, paint.ellipse(r), theme.status_color(kind, pal))
        paint_mark(p, r, mark, theme.mark_color(pal))
    elif shown:
        paint.fill(p, paint.ellipse(r), theme.accent(pal))
    else:
        paint.stroke(
            p, paint.ellipse(r.adjusted(0.8, 0.8, -0.8, -0.8)), number_colour(state, shown, pal), 1.6
        )


def marked(state: str) -> bool:
    """Whether the step's circle holds a mark (a tick, "!") instead of its number."""
    return state in (DONE, ATTENTION)


def number_colour(state: str, shown: bool, pal: QPalette) -> QColor:
    """The colour of the number in a step's circle (and of its ring)."""
    if shown:
        return theme.on_accent(pal)
    ring = theme.status_color(texts.state_kind(state), pal) if state != TODO else None
    return ring or theme.muted_text(pal)


class RowLayout:
    """Where a step's row puts its circle, title and state word, in ``rect`` (the row's own)."""

    def __init__(self, rect: QRectF, fm: QFontMetrics) -> None:
        side = round(fm.height() * 1.6)
        self.circle = QRectF(rect.left() + 14, rect.center().y() - side / 2, side, side)
        text_left = self.circle.right() + 10
        width = rect.right() - text_left - 8
        self.title = QRectF(text_left, rect.center().y() - fm.height(), width, fm.height())
        self.word = QRectF(text_left, rect.center().y() + 1, width, fm.height())


# Room around each label's text box for the ink of glyphs that reach past it (a "Y"'s left edge):
# a label paints only inside itself, and text drawn by a painter is not clipped to its box.
_INK_PAD = 3


class _StepWords(QWidget):
    """A step's words over its row of the list: the number in its circle, the title, the state.

    Labels write them: their own painting (C++) draws text through the style in the label's
    palette colour. Drawing coloured text from Python would make QStyle's enum classes
    (``QApplication.style().drawItemText``) or the ``Qt`` namespace (``QPainter.setPen``): 8-17 ms
    that the window's first frame never pays. The row itself (background, circle) is painted by
    the list's delegate."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self._font = self.font()
        self.number, self.title, self.word = QLabel(self), QLabel(self), QLabel(self)
        self.number.setProperty("alignment", ALIGN_CENTER)
        for label in (self.title, self.word):
            label.setProperty("alignment", ALIGN_LEFT | ALIGN_VCENTER)
        for label in (self.number, self.title, self.word):
            label.setContentsMargins(_INK_PAD, _INK_PAD, _INK_PAD, _INK_PAD)
            # Over the list's viewport a label would write in the palette's Text (its background
            # role is the viewport's Base); the colours below are set as WindowText.
            label.setForegroundRole(QPalette.ColorRole.WindowText)

    def show_step(self, number: int, state: str, shown: bool, font: QFont, pal: QPalette) -> None:
        self._font = font
        number_font = QFont(font)
        number_font.setBold(True)
        title_font = QFont(font)
        title_font.setBold(shown)
        word_font = QFont(font)
        if word_font.pointSizeF() > 0:
            word_font.setPointSizeF(word_font.pointSizeF() * 0.9)
        for label, words, label_font, colour in (
            (
                self.number,
                "" if marked(state) else str(number),
                number_font,
                number_colour(state, shown, pal),
            ),
            (self.title, texts.step_title(number), title_font, pal.color(QPalette.ColorRole.WindowText)),
            (self.word, texts.state_word(state), word_font, state_colour(state, pal)),
        ):
            label.setText(words)
            label.setFont(label_font)
            label_pal = QPalette()  # empty (copying one would make ``Qt``): the rest comes from the list
            label_pal.setColor(QPalette.ColorRole.WindowText, colour)
            label.setPalette(label_pal)
        self._place()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place()

    def _place(self) -> None:
        layout = RowLayout(QRectF(self.rect()), QFontMetrics(self._font))
        pad = _INK_PAD
        for label, where in (
            (self.number, layout.circle),
            (self.title, layout.title),
            (self.word, layout.word),
        ):
            label.setGeometry(where.toRect().adjusted(-pad, -pad, pad, pad))


class _StepDelegate(QStyledItemDelegate):
    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        fm = QFontMetrics(option.font)
        return QSize(fm.horizontalAdvance("M") * 14, round(fm.height() * 2.9))

    def paint(
        self, p: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        p.save()
        pal = option.palette
        rect = QRectF(option.rect)
        # The step shown is the list's current row (asked of the list, not of the style's state
        # flags: the first paint need not wait for QStyle's many enums).
        view = option.widget
        shown = isinstance(view, QListWidget) and view.currentRow() == index.row()
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        if shown:
            paint.fill(p, paint.rounded_rect(rect.adjusted(4, 2, -4, -2), 6), theme.selection(pal))
        if shown and view is not None and view.hasFocus():
            paint.stroke(p, paint.rounded_rect(rect.adjusted(5, 3, -5, -3), 6), theme.accent(pal), 2)
        layout = RowLayout(rect, QFontMetrics(option.font))
        paint_step_circle(p, layout.circle, str(index.data(STATE_ROLE) or TODO), shown, pal)
        p.restore()


def state_colour(state: str, pal: QPalette) -> QColor:
    """The one-word state's colour (readable on the step list, selected or not)."""
    if state == TODO:
        return theme.muted_text(pal)
    return theme.status_color(texts.state_kind(state), pal)


class StepList(QListWidget):
    """The steps, one item each. ``shown``: the arrow keys moved to a step (show its page);
    ``entered``: Enter or a click (show it and go into it)."""

    shown = Signal(int)
    entered = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("stepList")
        self.setAccessibleName(self.tr("Steps"))
        self.setItemDelegate(_StepDelegate(self))
        self.setFrameShape(QListWidget.Shape.NoFrame)
        self.setProperty("verticalScrollBarPolicy", SCROLL_BAR_ALWAYS_OFF)
        self.setProperty("horizontalScrollBarPolicy", SCROLL_BAR_ALWAYS_OFF)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setMouseTracking(True)
        # addItems: QListWidgetItem's constructors have overloads with a QIcon (its enums cost).
        self.addItems([texts.step_title(step) for step in STEPS])
        for row in range(self.count()):
            self.item(row).setData(STATE_ROLE, TODO)
        self.setCurrentRow(0)
        self._states: dict[int, str] = {}
        self.currentRowChanged.connect(lambda row: self.shown.emit(row + 1) if row >= 0 else None)
        self.currentRowChanged.connect(lambda _row: self._show_words())
        self.itemClicked.connect(lambda item: self.entered.emit(self.row(item) + 1))
        self.setFixedWidth(self.title_width() + round(self.fontMetrics().height() * 1.6) + 44)
        self.recolour()
        self._words: list[_StepWords] = []
        for row in range(self.count()):
            # Made on the list (asking for its viewport here would make PySide6 resolve many of
            # QtWidgets' types: 7 ms); the list moves it onto the viewport.
            words = _StepWords(self)
            self.setItemWidget(self.item(row), words)
            self._words.append(words)
        self._show_words()

    def _show_words(self) -> None:
        """Each row's words as its state, the step shown, the font and the palette say."""
        font, pal, current = self.font(), self.palette(), self.currentRow()
        for row, words in enumerate(self._words):
            words.show_step(row + 1, self.step_state(row + 1), row == current, font, pal)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (event.Type.PaletteChange, event.Type.FontChange) and hasattr(self, "_words"):
            self._show_words()

    def title_width(self) -> int:
        """The widest step title as painted: bold, as the title of the step shown is."""
        bold = QFont(self.font())
        bold.setBold(True)
        return max(QFontMetrics(bold).horizontalAdvance(texts.step_title(s)) for s in STEPS)

    def title_room(self) -> int:
        """How wide a title may be (a row's layout: circle, gaps, margins; RowLayout)."""
        side = round(self.fontMetrics().height() * 1.6)
        return self.viewport().width() - 14 - side - 10 - 8

    def recolour(self) -> None:
        pal = self.palette()
        colour = theme.sidebar()
        for role in (QPalette.ColorRole.Base, QPalette.ColorRole.Window):
            pal.setColor(role, colour)
        self.setPalette(pal)  # the list paints its background with Base

    def enterEvent(self, event: QEnterEvent) -> None:
        hand_cursor(self)
        super().enterEvent(event)

    def set_states(self, states: dict[int, str]) -> None:
        from PySide6.QtCore import Qt  # after the first paint

        self._states = dict(states)
        for step in STEPS:
            item = self.item(step - 1)
            state = states[step]
            item.setData(STATE_ROLE, state)
            item.setData(
                Qt.ItemDataRole.AccessibleTextRole,
                self.tr("Step %1 of %2: %3")
                .replace("%1", str(int(step)))
                .replace("%2", str(len(STEPS)))
                .replace("%3", texts.step_title(step)),
            )
            item.setData(Qt.ItemDataRole.AccessibleDescriptionRole, texts.state_description(state))
        self._show_words()

    def step_state(self, step: int) -> str:
        return self._states.get(step, TODO)

    def show_step(self, step: int) -> None:
        if self.currentRow() != step - 1:
            self.blockSignals(True)
            self.setCurrentRow(step - 1)
            self.blockSignals(False)
            self._show_words()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        from PySide6.QtCore import Qt

        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space) and self.currentRow() >= 0:
            self.entered.emit(self.currentRow() + 1)
            return
        super().keyPressEvent(event)


class CompactBar(QWidget):
    """Instead of the step list in a narrow window: "Step 3 of 5 · Check · Done" and a menu."""

    chosen = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        from PySide6.QtWidgets import QMenu, QPushButton

        super().__init__(parent)
        # A push button with a menu keeps room for its arrow beside the word (a tool button's
        # arrow would sit on the last letter).
        self.menu_button = QPushButton(self.tr("&Steps"), self)
        self.menu_button.setAccessibleName(self.tr("Steps"))
        self.menu = QMenu(self.menu_button)
        self.menu_button.setMenu(self.menu)
        self.actions_by_step: dict[int, QAction] = {}
        for step in STEPS:
            action = self.menu.addAction(texts.step_title(step))
            action.triggered.connect(lambda _c=False, s=step: self.chosen.emit(int(s)))
            self.actions_by_step[step] = action
        self.where = QLabel(self)
        self.where.setWordWrap(True)
        theme.set_point_size(self.where, 1.0, bold=True)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(10)
        lay.addWidget(self.menu_button)
        lay.addWidget(self.where, 1)

    def show_where(self, step: int, states: dict[int, str]) -> None:
        text = (
            self.tr("Step %1 of %2 · %3 · %4")
            .replace("%1", str(int(step)))
            .replace("%2", str(len(STEPS)))
            .replace("%3", texts.step_short(step))
            .replace("%4", texts.state_word(states[step]))
        )
        self.where.setText(text)
        self.where.setAccessibleName(text)
        for s, action in self.actions_by_step.items():
            action.setText(f"{int(s)}. {texts.step_title(s)} — {texts.state_word(states[s])}")
