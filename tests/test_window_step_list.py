"""The step list as the mouse, the eye and a screen reader find it: each row's words are labels on
the row (app/ui/nav.py), so a click on them must still reach the list, what they say must follow
the steps' states, and a screen reader must find a list of one item per step, not the labels, with
the current step's item selected and focused when the list has the focus."""

# ruff: noqa: F811  (the fixtures are imported from the helpers module)
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QAccessible, QAccessibleActionInterface, QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from app.ui import nav, texts, theme
from tests.script_modules import load_script
from tests.test_window_helpers import WAIT_MS, make_window, memory_keyring  # noqa: F401


def _written_at(steps: Any, row: int, part: str) -> QWidget | None:
    """The widget the mouse finds over a row's title ("title") or state word ("word")."""
    rect: QRect = steps.rows[row].geometry()
    fm = steps.fontMetrics()
    y = rect.center().y() - fm.height() // 2 if part == "title" else rect.center().y() + fm.height() // 2
    x = rect.left() + round(fm.height() * 1.6) + 14 + 10 + fm.horizontalAdvance("Ch") // 2
    return steps.childAt(QPoint(x, y))


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
    numbers = [w.number.text() for w in steps.findChildren(nav.StepRow)]
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
    assert steps.role() == QAccessible.Role.List
    assert [item.childCount() for item in items] == [0] * 5  # the words are the name, said once
    assert [item.state().selected for item in items] == [True, False, False, False, False]


def test_a_screen_reader_follows_the_arrow_keys_in_the_step_list(qtbot, make_window) -> None:
    window = make_window(wait_catalog=False)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    steps = window.steps
    steps.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(steps.hasFocus, timeout=WAIT_MS)
    listing = QAccessible.queryAccessibleInterface(steps)
    assert listing is not None and listing.focusChild() is not None
    assert listing.focusChild().text(QAccessible.Text.Name) == f"Step 1 of 5: {texts.step_title(1)}"
    assert listing.focusChild().state().focused
    qtbot.keyClick(steps, Qt.Key.Key_Down)
    focused = listing.focusChild()
    assert focused.text(QAccessible.Text.Name) == f"Step 2 of 5: {texts.step_title(2)}"
    assert focused.state().focused and focused.state().selected
    item_one = listing.child(0)
    assert not item_one.state().focused and not item_one.state().selected
    qtbot.keyClick(steps, Qt.Key.Key_End)
    assert window.current == 5 and listing.focusChild().text(QAccessible.Text.Name).startswith("Step 5 of 5")
    qtbot.keyClick(steps, Qt.Key.Key_Home)
    assert window.current == 1


# ---- the mouse


def _centre(steps: Any, row: int) -> QPoint:
    return steps.rows[row].geometry().center()


def _widget_at(steps: Any, point: QPoint) -> tuple[QWidget, QPoint]:
    """What the mouse finds at ``point`` (the list's coordinates: a label, a row or the list) and
    where the point is in it."""
    target = steps.childAt(point) or steps
    return target, target.mapFrom(steps, point)


def _click(qtbot: Any, steps: Any, point: QPoint) -> None:
    target, at = _widget_at(steps, point)
    qtbot.mouseClick(target, Qt.MouseButton.LeftButton, pos=at)


def _parts(steps: Any, row: int) -> dict[str, QPoint]:
    """Every part of a row a mouse user may click."""
    rect: QRect = steps.rows[row].geometry()
    circle_x = rect.left() + 14 + round(steps.fontMetrics().height() * 0.8)
    return {
        "circle": QPoint(circle_x, rect.center().y()),
        "title": steps.rows[row].title.geometry().center() + rect.topLeft(),
        "state word": steps.rows[row].word.geometry().center() + rect.topLeft(),
        "empty space on the right": QPoint(rect.right() - 2, rect.center().y()),
        "top edge": QPoint(rect.center().x(), rect.top()),
        "bottom edge": QPoint(rect.center().x(), rect.bottom()),
    }


def test_a_click_on_any_part_of_a_row_goes_into_that_step(qtbot, make_window) -> None:
    window = make_window(wait_catalog=False)
    _focus_window(qtbot, window)
    steps = window.steps
    for row in range(steps.count()):
        for part, point in _parts(steps, row).items():
            window.go_to_step(1 if row else 2)
            _click(qtbot, steps, point)
            assert window.current == row + 1, f"a click on step {row + 1}'s {part}"
            assert QApplication.focusWidget() is not steps, f"a click on step {row + 1}'s {part} went in"
    # Below the last step there is no step: the list only takes the focus.
    window.go_to_step(2)
    _click(qtbot, steps, QPoint(20, steps.rows[-1].geometry().bottom() + 20))
    assert window.current == 2 and QApplication.focusWidget() is steps


def test_a_press_shows_the_step_and_only_a_click_goes_into_it(qtbot, make_window) -> None:
    """As in any list: the press makes the row current, a release on the same row is the click
    that goes in; a press dragged off to another row does not."""
    window = make_window(wait_catalog=False)
    _focus_window(qtbot, window)
    steps = window.steps
    target, at = _widget_at(steps, _centre(steps, 2))
    qtbot.mousePress(target, Qt.MouseButton.LeftButton, pos=at)
    assert window.current == 3 and QApplication.focusWidget() is steps  # shown, not gone into
    qtbot.mouseRelease(target, Qt.MouseButton.LeftButton, pos=target.mapFrom(steps, _centre(steps, 4)))
    assert window.current == 3 and QApplication.focusWidget() is steps
    _click(qtbot, steps, _centre(steps, 3))
    assert window.current == 4 and QApplication.focusWidget() is not steps


def test_the_hand_shows_over_the_steps_only(qtbot, make_window) -> None:
    window = make_window(wait_catalog=False)
    steps = window.steps
    qtbot.mouseMove(window.footer.primary)
    qtbot.mouseMove(steps, _centre(steps, 1))
    hand = Qt.CursorShape.PointingHandCursor
    qtbot.waitUntil(lambda: steps.rows[1].cursor().shape() == hand, timeout=WAIT_MS)
    assert {row.cursor().shape() for row in steps.rows} == {hand}
    # Below the last step a click does nothing: no hand there.
    assert steps.cursor().shape() == Qt.CursorShape.ArrowCursor


# ---- the eye


def _focus_window(qtbot: Any, window: Any) -> None:
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=WAIT_MS)


def _near(a: QColor, b: QColor) -> bool:
    return max(abs(a.red() - b.red()), abs(a.green() - b.green()), abs(a.blue() - b.blue())) <= 8


def test_the_focus_frame_shows_only_while_the_list_has_the_focus(qtbot, make_window) -> None:
    window = make_window(wait_catalog=False)
    _focus_window(qtbot, window)
    steps = window.steps
    row = steps.rows[0]
    on_frame = QPoint(row.width() // 2, 3)  # the frame's top edge (StepRow.paintEvent)

    def pixel() -> QColor:
        return row.grab().toImage().pixelColor(on_frame)

    assert not steps.hasFocus() and _near(pixel(), theme.selection(steps.palette()))
    steps.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: _near(pixel(), theme.accent(steps.palette())), timeout=WAIT_MS)
    window.footer.primary.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: _near(pixel(), theme.selection(steps.palette())), timeout=WAIT_MS)


def test_a_switch_to_dark_repaints_the_rows(qtbot, make_window) -> None:
    window = make_window(wait_catalog=False)
    steps = window.steps
    qapp = QApplication.instance()
    original = qapp.palette()
    dark = load_script("docs/screenshots.py")._dark_palette(QPalette, QColor)

    def background(row: int) -> QColor:
        image = steps.grab().toImage()
        rect = steps.rows[row].geometry()
        return image.pixelColor(QPoint(rect.right() - 12, rect.center().y()))

    try:
        qapp.setPalette(dark)
        qtbot.waitUntil(lambda: theme.is_dark(steps.palette()), timeout=WAIT_MS)
        title = steps.rows[1].title.palette().color(QPalette.ColorRole.WindowText)
        assert title.lightnessF() > 0.5, title.name()  # light words on the dark panel
        assert _near(background(0), theme.selection(steps.palette()))  # the step shown
        assert _near(background(1), steps.palette().color(QPalette.ColorRole.Window))  # the panel
        assert background(1).lightnessF() < 0.3
    finally:
        qapp.setPalette(original)
    qtbot.waitUntil(lambda: not theme.is_dark(steps.palette()), timeout=WAIT_MS)
    assert background(1).lightnessF() > 0.7


def test_a_bigger_font_lays_the_rows_out_again(qtbot, make_window) -> None:
    """The desktop's font grows while the window is open: each row grows with it, the titles
    still fit, and a click still lands on the step under the pointer."""
    window = make_window(wait_catalog=False)
    _focus_window(qtbot, window)
    steps = window.steps
    before = steps.rows[1].height()
    bigger = QFont(window.font())
    bigger.setPointSizeF(bigger.pointSizeF() * 1.6)
    window.setFont(bigger)
    qtbot.waitUntil(lambda: steps.font().pointSizeF() == bigger.pointSizeF(), timeout=WAIT_MS)
    height = steps.row_height()
    assert height > before
    assert [row.geometry().top() for row in steps.rows] == [height * n for n in range(steps.count())]
    assert {row.height() for row in steps.rows} == {height}
    for row in steps.rows:
        assert row.rect().contains(row.title.geometry()) and row.rect().contains(row.word.geometry())
        assert row.title.font().pointSizeF() == bigger.pointSizeF()
    assert steps.title_room() >= steps.title_width()  # "Confirm in Cursor" in bold, whole
    _click(qtbot, steps, _centre(steps, 3))
    assert window.current == 4


# ---- a screen reader, in the process (the same interfaces serve AT-SPI and Windows' UI Automation)


def test_a_screen_reader_can_press_or_choose_a_step(qtbot, make_window) -> None:
    window = make_window(wait_catalog=False)
    _focus_window(qtbot, window)
    listing = QAccessible.queryAccessibleInterface(window.steps)
    item = listing.child(2)
    actions = item.actionInterface()
    assert actions is not None
    press, focus = QAccessibleActionInterface.pressAction(), QAccessibleActionInterface.setFocusAction()
    assert {press, focus} <= set(actions.actionNames())
    actions.doAction(press)  # as Enter or a click: into the step
    assert window.current == 3 and QApplication.focusWidget() is not window.steps
    listing.child(4).actionInterface().doAction(focus)  # as the arrow keys: shown, the list focused
    assert window.current == 5 and QApplication.focusWidget() is window.steps
    selection = listing.selectionInterface()
    assert selection is not None
    assert selection.selectedItemCount() == 1
    assert selection.selectedItem(0).text(QAccessible.Text.Name) == f"Step 5 of 5: {texts.step_title(5)}"
    assert [selection.isSelected(listing.child(i)) for i in range(5)] == [False] * 4 + [True]
    assert selection.select(listing.child(1)) and window.current == 2
    # One step is always shown: it cannot be unselected, and there is no second one to add.
    assert not selection.unselect(listing.child(1)) and not selection.clear() and not selection.selectAll()
    assert window.current == 2


def test_every_question_to_the_step_lists_interfaces_is_answered(qtbot, make_window) -> None:
    """Through Qt's own calls (the ones its AT-SPI and UI Automation bridges make), odd questions
    included: an interface answering None where Qt wants a pointer would take the process down."""
    window = make_window(wait_catalog=False)
    listing = QAccessible.queryAccessibleInterface(window.steps)
    items = [listing.child(i) for i in range(listing.childCount())]
    for iface in (listing, *items):
        for ask in (
            iface.textInterface,
            iface.editableTextInterface,
            iface.valueInterface,
            iface.tableCellInterface,
            iface.attributesInterface,
        ):
            assert ask() is None, ask
        assert iface.child(-1) is None and iface.child(iface.childCount()) is None
        assert iface.childAt(-5, -5) is None
        assert iface.parent() is not None and iface.rect().isValid()
        assert iface.relations() == []
    assert [listing.indexOfChild(item) for item in items] == [0, 1, 2, 3, 4]
    assert listing.focusChild() is None  # the list has no focus: neither has a step
    centre = items[3].rect().center()
    assert listing.childAt(centre.x(), centre.y()).text(QAccessible.Text.Name).startswith("Step 4 of 5")
    assert items[3].childAt(centre.x(), centre.y()) is None and items[3].focusChild() is None
    assert items[0].actionInterface().localizedActionDescription(QAccessibleActionInterface.pressAction())
    items[0].actionInterface().doAction("no such action")  # nothing happens
    selection = listing.selectionInterface()
    assert selection.selectedItem(-1) is None and selection.selectedItem(1) is None
    assert [item.text(QAccessible.Text.Name) for item in selection.selectedItems()] == [
        f"Step 1 of 5: {texts.step_title(1)}"
    ]
    assert window.current == 1
