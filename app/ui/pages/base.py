"""What every page has: its title as a heading, a one-line intro, the verdict banner, and its
content in a column that uses the window's width and scrolls when it must."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QFrame, QHBoxLayout, QScrollArea, QVBoxLayout, QWidget

from app.ui import accessibility, texts, theme
from app.ui.qtvalues import NO_FOCUS, SCROLL_BAR_ALWAYS_OFF
from app.ui.widgets import muted_label

if TYPE_CHECKING:
    from app.core.flow import FlowState, FlowView
    from app.ui.banner import Banner

COLUMN_EM = 80  # the content column's widest, in letters: it uses the window, lines stay readable


def column_width(widget: QWidget) -> int:
    """The widest the content column gets (the notices above the pages follow it)."""
    return widget.fontMetrics().horizontalAdvance("M") * COLUMN_EM


class Page(QScrollArea):
    """``step``: the flow's step number (1..5)."""

    banner: Banner  # on the pages that show verdicts

    def __init__(self, step: int, intro: str, parent: QWidget | None = None, banner: bool = True) -> None:
        """``banner``: the page shows verdicts (the checks, Cursor, its traffic) at its top."""
        super().__init__(parent)
        self.step = step
        self.setObjectName(f"page{int(step)}")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        # Enum properties as ints: the key page is in the first frame (app/ui/qtvalues.py).
        self.setProperty("horizontalScrollBarPolicy", SCROLL_BAR_ALWAYS_OFF)
        # Tab goes from field to field; the page itself is never an (invisible) tab stop.
        self.setProperty("focusPolicy", NO_FOCUS)
        holder = QWidget()
        holder.setObjectName("pageHolder")
        row = QHBoxLayout(holder)
        row.setContentsMargins(0, 0, 0, 0)
        self.column = QWidget(holder)
        self.column.setMaximumWidth(column_width(self))
        row.addWidget(self.column, 1)
        row.addStretch(0)
        em = self.fontMetrics().height()
        self.lay = QVBoxLayout(self.column)
        self.lay.setContentsMargins(round(em * 1.4), round(em * 1.0), round(em * 1.4), round(em * 1.0))
        self.lay.setSpacing(round(em * 0.6))
        self.heading = accessibility.Heading(texts.step_title(step), self.column)
        self.heading.setWordWrap(True)
        theme.set_point_size(self.heading, 1.45, bold=True)
        self.intro = muted_label(intro, self.column)
        self.lay.addWidget(self.heading)
        self.lay.addWidget(self.intro)
        if banner:
            from app.ui.banner import Banner

            self.banner = Banner(self.column)
            self.lay.addWidget(self.banner)
        self.setWidget(holder)

    def finish_layout(self) -> None:
        """After the page added its content: the rest of the column is empty space."""
        self.lay.addStretch(1)

    def first_focus(self) -> QWidget | None:
        """Where the focus goes when the page is entered."""
        return None

    def show_flow(self, view: FlowView, state: FlowState) -> None:
        """Show what the flow says about this page (its own results are shown as they arrive)."""
