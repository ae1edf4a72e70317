"""The step list as the mouse, the eye and a screen reader find it: each row's words are labels over
the row (app/ui/nav.py), so a click on them must still reach the list, what they say must follow
the steps' states, and a screen reader must still find one item per step, not the labels."""

# ruff: noqa: F811  (the fixtures are imported from the helpers module)
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QLabel, QWidget

from app.ui import nav, texts
from tests.test_window_helpers import WAIT_MS, make_window, memory_keyring  # noqa: F401


def _written_at(steps: Any, row: int, part: str) -> QWidget | None:
    """The widget the mouse finds over a row's title ("title") or state word ("word")."""
    rect: QRect = steps.visualRect(steps.model().index(row, 0))
    fm = steps.fontMetrics()
    y = rect.center().y() - fm.height() // 2 if part == "title" else rect.center().y() + fm.height() // 2
    x = rect.left() + round(fm.height() * 1.6) + 14 + 10 + fm.horizontalAdvance("Ch") // 2
    return steps.viewport().childAt(QPoint(x, y))


def test_a_click_on_a_steps_words_goes_to_that_step(qtbot, make_window) -> None:
    window = make_window(wait_catalog=False)
    title = _written_at(window.steps, 1, "title")
    assert isinstance(title, QLabel) and title.text() == texts.step_title(2)
    qtbot.mouseClick(title, Qt.MouseButton.LeftButton, pos=title.rect().center())
    qtbot.waitUntil(lambda: window.current == 2, timeout=WAIT_MS)
    assert window.steps.currentRow() == 1


def test_the_words_follow_the_steps_states(qtbot, make_window) -> None:
    window = make_window(wait_catalog=False)
    steps = window.steps
    states = {1: nav.DONE, 2: nav.ATTENTION, 3: nav.TODO, 4: nav.TODO, 5: nav.TODO}
    steps.set_states(states)
    for row, state in enumerate(states.values()):
        word = _written_at(steps, row, "word")
        assert isinstance(word, QLabel) and word.text() == texts.state_word(state)
    # A tick or "!" in the circle of a step done or needing attention, its number otherwise.
    numbers = [w.number.text() for w in steps.findChildren(nav._StepWords)]
    assert sorted(numbers) == ["", "", "3", "4", "5"]


def test_a_screen_reader_finds_one_item_per_step(qtbot, make_window) -> None:
    window = make_window(wait_catalog=False)
    steps = QAccessible.queryAccessibleInterface(window.steps)
    assert steps is not None
    items = [steps.child(i) for i in range(steps.childCount())]
    assert [item.role() for item in items] == [QAccessible.Role.ListItem] * 5
    assert [item.text(QAccessible.Text.Name) for item in items] == [
        f"Step {n} of 5: {texts.step_title(n)}" for n in nav.STEPS
    ]
