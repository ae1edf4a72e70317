"""The keyboard: Tab in the order things are on screen, and Enter that presses the focused button or
else runs the page's one primary action."""

from __future__ import annotations

import itertools
from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractSpinBox, QComboBox, QPushButton, QWidget


def order_tabs(before: Sequence[QWidget], page: QWidget, after: Sequence[QWidget]) -> None:
    """Tab as on screen: ``before`` (the step list, the notices above the page), the page top to
    bottom, then ``after`` (the footer). Qt's own order would follow when each part was built."""
    chain = [*before, *tab_stops(page), *after]
    for a, b in itertools.pairwise(chain):
        QWidget.setTabOrder(a, b)


def press_with_enter(root: QWidget) -> None:
    """Enter presses the focused button, as Space does (outside dialogs Qt only does that for
    "auto default" buttons); Enter anywhere else is the page's primary action."""
    for button in root.findChildren(QPushButton):
        button.setAutoDefault(True)


def tab_stops(root: QWidget) -> list[QWidget]:
    """The widgets of ``root`` that Tab can reach, in the order they were built (top to bottom on
    every page); the parts of a control (a spin box's field) follow the control itself."""
    found = []
    window = root.window()
    for widget in root.findChildren(QWidget):
        if widget.window() is not window or not widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            continue
        parent = widget.parentWidget()
        if isinstance(parent, QAbstractSpinBox | QComboBox) or widget.objectName().startswith("qt_"):
            continue
        found.append(widget)
    return found


def owns_enter(widget: QWidget) -> bool:
    """Widgets whose Enter means something of their own (the chat's message field)."""
    node: QWidget | None = widget
    while node is not None:
        if node.property("ownsEnter"):
            return True
        node = node.parentWidget()
    return False
