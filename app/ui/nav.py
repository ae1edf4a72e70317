"""Where the teammate is: the list of steps on the left (number, title, one-word state), and the
compact "Step 3 of 5 · Check" bar that replaces it when the window is narrow.

The list is one tab stop: the arrow keys (or a title's first letter) show a step's page, Enter or
a click goes into it. It is a plain widget with a row widget per step, not a QListWidget: the item
views' Python types and enum classes (about 5 ms) would be made for the window's first frame. It
keeps what a list does for its users: a press makes a row current and the click goes in, the
rows follow the font, and to a screen reader it is a list of items all the same, the current one
selected and focused, each move said (app/ui/accessibility.py).
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QApplication, QHBoxLayout, QLabel, QWidget

if TYPE_CHECKING:
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import (
        QAction,
        QEnterEvent,
        QFocusEvent,
        QKeyEvent,
        QMouseEvent,
        QPaintEvent,
        QResizeEvent,
    )

from app.ui import paint, texts, theme
from app.ui.qtvalues import ALIGN_CENTER, ALIGN_LEFT, ALIGN_VCENTER, STRONG_FOCUS
from app.ui.widgets import hand_cursor, paint_mark

# The step list is painted in the first frame: it uses Qt's enums as ints (app/ui/qtvalues.py) and
# draws through app/ui/paint.py, so the first frame never makes PySide6's Qt namespace.
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


def state_colour(state: str, pal: QPalette) -> QColor:
    """The one-word state's colour (readable on the step list, selected or not)."""
    if state == TODO:
        return theme.muted_text(pal)
    return theme.status_color(texts.state_kind(state), pal)


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


class StepRow(QWidget):
    """One step: its row's background and circle (painted), and its words (labels): the number in
    the circle, the title, the state. To a screen reader, an item of the list named as "Step 2 of
    5: Choose the model", its state as the description, that can be pressed (``enter``) or focused
    (``take_focus``).

    Labels write the words: their own painting (C++) draws text through the style in the label's
    palette colour. Drawing coloured text from Python would make QStyle's enum classes
    (``QApplication.style().drawItemText``) or the ``Qt`` namespace (``QPainter.setPen``): 8-17 ms
    that the window's first frame never pays."""

    accessible_role = "listitem"  # app/ui/accessibility.py

    def __init__(self, step: int, steps: StepList) -> None:
        super().__init__(steps)
        self.step = step
        self.steps = steps
        self.state = TODO
        self.shown = False
        self._font = self.font()
        self.number, self.title, self.word = QLabel(self), QLabel(self), QLabel(self)
        self.number.setProperty("alignment", ALIGN_CENTER)
        for label in (self.title, self.word):
            label.setProperty("alignment", ALIGN_LEFT | ALIGN_VCENTER)
        for label in (self.number, self.title, self.word):
            label.setContentsMargins(_INK_PAD, _INK_PAD, _INK_PAD, _INK_PAD)

    def show_step(self, state: str, shown: bool, name: str, font: QFont, pal: QPalette) -> None:
        self.state, self.shown, self._font = state, shown, font
        self.setAccessibleName(name)
        self.setAccessibleDescription(texts.state_description(state))
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
                "" if marked(state) else str(self.step),
                number_font,
                number_colour(state, shown, pal),
            ),
            (self.title, texts.step_title(self.step), title_font, pal.color(QPalette.ColorRole.WindowText)),
            (self.word, texts.state_word(state), word_font, state_colour(state, pal)),
        ):
            label.setText(words)
            label.setFont(label_font)
            label_pal = QPalette()  # empty (copying one would make ``Qt``): the rest comes from the list
            label_pal.setColor(QPalette.ColorRole.WindowText, colour)
            label.setPalette(label_pal)
        self._place()
        self.update()

    def enter(self) -> None:
        """Go into this step, as a click on it does."""
        self.steps.enter_row(self.step - 1)

    def take_focus(self) -> None:
        """Show this step with the keyboard focus on the list, as the arrow keys do."""
        self.steps.focus_row(self.step - 1)

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

    def paintEvent(self, _event: QPaintEvent) -> None:
        p = QPainter(self)
        pal = self.palette()
        rect = QRectF(self.rect())
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        if self.shown:
            paint.fill(p, paint.rounded_rect(rect.adjusted(4, 2, -4, -2), 6), theme.selection(pal))
            if self.steps.hasFocus():
                paint.stroke(p, paint.rounded_rect(rect.adjusted(5, 3, -5, -3), 6), theme.accent(pal), 2)
        layout = RowLayout(rect, QFontMetrics(self._font))
        paint_step_circle(p, layout.circle, self.state, self.shown, pal)
        p.end()


class StepList(QWidget):
    """The steps, one row each. ``shown``: the keys or a press moved to a step (show its page);
    ``entered``: Enter or a click (show it and go into it)."""

    accessible_role = "list"  # app/ui/accessibility.py

    shown = Signal(int)
    entered = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("stepList")
        self.setAccessibleName(self.tr("Steps"))
        self.setProperty("focusPolicy", STRONG_FOCUS)
        self.setAutoFillBackground(True)  # the sidebar's colour (recolour)
        self._states: dict[int, str] = {}
        self._current = 0
        self._pressed = -1  # the row a press went down on: a release on it too is a click
        self._typed, self._typed_at = "", 0.0  # a title's first letters, typed in a row, and when
        self._fit_width()
        self.recolour()
        self.rows = [StepRow(step, self) for step in STEPS]
        self._show_words()

    # ---- what the window asks
    def count(self) -> int:
        return len(self.rows)

    def currentRow(self) -> int:
        return self._current

    def current_row_widget(self) -> StepRow:
        return self.rows[self._current]

    def step_state(self, step: int) -> str:
        return self._states.get(step, TODO)

    def set_states(self, states: dict[int, str]) -> None:
        self._states = dict(states)
        self._show_words()

    def show_step(self, step: int) -> None:
        """Mark ``step`` as the one shown (the window moved there), without emitting ``shown``."""
        self._set_current(step - 1)

    def select_row(self, row_widget: QWidget) -> bool:
        """Show the step of ``row_widget``, as the arrow keys do (a screen reader selects it)."""
        if row_widget not in self.rows:
            return False
        self._move_to(self.rows.index(row_widget))
        return True

    def enter_row(self, row: int) -> None:
        self._move_to(row)
        self.entered.emit(row + 1)

    def focus_row(self, row: int) -> None:
        from PySide6.QtCore import Qt

        self._move_to(row)
        self.setFocus(Qt.FocusReason.OtherFocusReason)

    def title_width(self) -> int:
        """The widest step title as painted: bold, as the title of the step shown is."""
        bold = QFont(self.font())
        bold.setBold(True)
        return max(QFontMetrics(bold).horizontalAdvance(texts.step_title(s)) for s in STEPS)

    def title_room(self) -> int:
        """How wide a title may be, as a row lays it out."""
        return round(RowLayout(QRectF(self.rect()), self.fontMetrics()).title.width())

    def row_height(self) -> int:
        return round(self.fontMetrics().height() * 2.9)

    def row_at(self, point: QPointF) -> int:
        """The row under ``point`` (in the list's coordinates), or -1 (below the last, outside)."""
        if not QRectF(self.rect()).contains(point):
            return -1
        row = int(point.y() // self.row_height())
        return row if row < len(self.rows) else -1

    def recolour(self) -> None:
        pal = self.palette()
        colour = theme.sidebar()
        for role in (QPalette.ColorRole.Base, QPalette.ColorRole.Window):
            pal.setColor(role, colour)
        self.setPalette(pal)

    # ---- drawing
    def _show_words(self) -> None:
        """Each row's words as its state, the step shown, the font and the palette say."""
        font, pal = self.font(), self.palette()
        for row, step_row in enumerate(self.rows):
            name = (
                self.tr("Step %1 of %2: %3")
                .replace("%1", str(row + 1))
                .replace("%2", str(len(STEPS)))
                .replace("%3", texts.step_title(row + 1))
            )
            step_row.show_step(self.step_state(row + 1), row == self._current, name, font, pal)

    def _fit_width(self) -> None:
        """Room for the widest title, at the font of the moment."""
        self.setFixedWidth(self.title_width() + round(self.fontMetrics().height() * 1.6) + 44)

    def _place_rows(self) -> None:
        height = self.row_height()
        for row, step_row in enumerate(self.rows):
            step_row.setGeometry(0, row * height, self.width(), height)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place_rows()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if not hasattr(self, "rows"):  # still being built
            return
        if event.type() == event.Type.FontChange:
            # The desktop's font changed: the rows' height and the list's width follow it (a
            # width that stays the same brings no resize event).
            self._fit_width()
            self._place_rows()
        if event.type() in (event.Type.PaletteChange, event.Type.FontChange):
            self._show_words()

    # ---- the keyboard, the mouse, the focus
    def _set_current(self, row: int) -> bool:
        """Make ``row`` the current one and tell screen readers; False when it already was."""
        if row == self._current:
            return False
        from app.ui import accessibility

        previous = self.current_row_widget()
        self._current = row
        self._show_words()
        accessibility.selection_moved(previous, self.current_row_widget())
        self._tell_focus()
        return True

    def _move_to(self, row: int) -> None:
        row = max(0, min(row, len(self.rows) - 1))
        if self._set_current(row):
            self.shown.emit(row + 1)

    def _tell_focus(self) -> None:
        if self.hasFocus():
            from app.ui import accessibility

            accessibility.focus_moved(self.current_row_widget())

    def _type_ahead(self, text: str) -> None:
        """Go to the next step whose title starts with the letters typed (within a moment of each
        other); the same letter again goes on to the next title with it."""
        now = time.monotonic()
        if now - self._typed_at > QApplication.keyboardInputInterval() / 1000:
            self._typed = ""
        self._typed, self._typed_at = (self._typed + text).casefold(), now
        again = len(set(self._typed)) == 1  # "c", "cc", "ccc": the next title with a "c"
        wanted = self._typed[0] if again else self._typed
        first = self._current + 1 if again else self._current
        for offset in range(len(self.rows)):
            row = (first + offset) % len(self.rows)
            if texts.step_title(row + 1).casefold().startswith(wanted):
                self._move_to(row)
                return

    def keyPressEvent(self, event: QKeyEvent) -> None:
        from PySide6.QtCore import Qt

        key, last = Qt.Key(event.key()), len(self.rows) - 1
        moves = {
            Qt.Key.Key_Down: self._current + 1,
            Qt.Key.Key_Up: self._current - 1,
            Qt.Key.Key_Home: 0,
            Qt.Key.Key_PageUp: 0,
            Qt.Key.Key_End: last,
            Qt.Key.Key_PageDown: last,
        }
        if key in moves:
            self._typed = ""  # a move ends a title's letters: the next letter starts anew
            self._move_to(moves[key])
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.entered.emit(self._current + 1)
        elif event.text().strip() and event.text().isprintable() and not self._is_command(event):
            self._type_ahead(event.text())
        else:
            super().keyPressEvent(event)

    @staticmethod
    def _is_command(event: QKeyEvent) -> bool:
        """Whether a key comes with Ctrl, Alt or Meta (a shortcut or a mnemonic, not a letter)."""
        from PySide6.QtCore import Qt

        held = Qt.KeyboardModifier
        return bool(event.modifiers() & (held.ControlModifier | held.AltModifier | held.MetaModifier))

    def mousePressEvent(self, event: QMouseEvent) -> None:
        from PySide6.QtCore import Qt

        row = self.row_at(QPointF(event.position()))
        if event.button() == Qt.MouseButton.LeftButton and row >= 0:
            self._pressed = row
            self._move_to(row)  # the page shows at once; the click (release on the row) goes in
            return
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        from PySide6.QtCore import Qt

        pressed, self._pressed = self._pressed, -1
        row = self.row_at(QPointF(event.position()))
        if event.button() == Qt.MouseButton.LeftButton and row >= 0 and row == pressed:
            self.entered.emit(row + 1)
            return
        super().mouseReleaseEvent(event)

    def enterEvent(self, event: QEnterEvent) -> None:
        for step_row in self.rows:  # the hand over the steps; below the last a click does nothing
            hand_cursor(step_row)
        super().enterEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        from PySide6.QtCore import QTimer

        super().focusInEvent(event)
        self.current_row_widget().update()  # its focus frame
        # Qt tells screen readers of the list's own focus after this returns; the current step's
        # comes after it, so theirs ends on the step ("Steps, list. Step 1 of 5: Your API key").
        QTimer.singleShot(0, self, self._tell_focus)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.current_row_widget().update()


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
