"""The window with the keyboard alone: every step reachable, tab order as on screen, Enter runs the
page's one action, mnemonics."""

# ruff: noqa: F811  (the fixtures are imported from the helpers module)
from __future__ import annotations

import itertools
import re
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QLineEdit, QWidget

from tests.conftest import TEST_KEY
from tests.test_window_helpers import (  # noqa: F401
    WAIT_MS,
    make_window,
    memory_keyring,
    run_checks,
    states,
    wait_verified,
)
from tests.test_window_translation import app_language, shipped_german, tool  # noqa: F401  (fixtures)


def _activate(qtbot: Any, window: Any) -> None:
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=WAIT_MS)


def _owner(widget: QWidget, window: Any) -> QWidget:
    """The control a focused part belongs to (a spin box's editor -> the spin box)."""
    parent = widget.parentWidget()
    if isinstance(widget, QLineEdit) and parent is window.model_page.timeout:
        return parent
    return widget


def _tab_through(qtbot: Any, window: Any, start: QWidget, limit: int = 80) -> list[QWidget]:
    start.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is start, timeout=WAIT_MS)
    seen: list[QWidget] = [start]
    for _ in range(limit):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        now = _owner(QApplication.focusWidget(), window)
        if now is start:
            return seen
        if now is not seen[-1]:  # a label with a link may take two presses (label, then link)
            seen.append(now)
    raise AssertionError(f"Tab never came back to the start: {[w.accessibleName() for w in seen]}")


def _reading_order(window: Any, order: list[QWidget]) -> None:
    """The step list first, then the page top to bottom (left to right on a line), then the footer."""
    page = window.page(window.current)
    names = [w.accessibleName() or type(w).__name__ for w in order]
    assert order[0] is window.steps, names
    footer = [window.footer.back, window.footer.primary]
    inside = [w for w in order[1:] if page.isAncestorOf(w)]
    assert order[1 : 1 + len(inside)] == inside, f"the page's stops are not together: {names}"
    assert [w for w in order if w in footer] == [w for w in footer if w.isEnabled()], names
    assert order.index(window.footer.primary) == len(order) - 1, names
    spots = [(w, w.mapTo(page, QPoint(0, 0))) for w in inside]
    for (a, pa), (b, pb) in itertools.pairwise(spots):
        same_row = abs(pb.y() - pa.y()) <= 6
        assert (same_row and pb.x() > pa.x()) or pb.y() > pa.y(), (
            f"Tab goes from {a.accessibleName()!r} to {b.accessibleName()!r} out of reading order: {names}"
        )
    for w in order:
        if isinstance(w, QLabel):
            assert "<a " in w.text(), f"a plain message is a tab stop: {w.text()[:60]!r}"


@pytest.mark.parametrize("fault", [None, "bad_key"])
def test_tab_order_follows_the_screen_on_every_page(qtbot, make_window, simulator, fault) -> None:
    simulator.set_fault(fault)
    window = make_window(initial={"base_url": simulator.url})
    window.key_page.set_key(TEST_KEY)
    run_checks(qtbot, window)
    _activate(qtbot, window)
    k, m, c = window.key_page, window.model_page, window.check_page
    must = {
        1: [k.edit, k.show_button, k.link],
        2: [m.picker, m.alias, m.advanced.button, m.base_url, m.timeout, m.curl_button],
        3: [*(r.toggle for r in c.rows.values() if r.toggle.isVisible()), c.report_link],
    }
    m.advanced.set_open(True)
    for step, controls in must.items():
        window.go_to_step(step)
        order = _tab_through(qtbot, window, window.steps)
        _reading_order(window, order)
        for control in controls:
            assert control in order, f"{control.accessibleName()} is not reachable with Tab on step {step}"
        if step == 3:
            banner = c.banner
            assert (banner.button in order) == (fault == "bad_key")  # the one fix, right after the verdict
            if fault == "bad_key":
                first_row = next(r.toggle for r in c.rows.values() if r.toggle.isVisible())
                assert order.index(banner.button) < order.index(first_row)


def test_the_whole_way_with_the_keyboard_alone(qtbot, make_window, simulator, tmp_path, monkeypatch) -> None:
    """Paste, Enter, Enter, Enter (Check), Enter (Next): at the Cursor step without touching the mouse."""
    monkeypatch.setenv("CURSOR_AZURE_SETUP_CURSOR_DATA", str(tmp_path / "no-cursor" / "User"))
    (tmp_path / "no-cursor" / "User" / "globalStorage").mkdir(parents=True)
    window = make_window(initial={"base_url": simulator.url})
    _activate(qtbot, window)
    QApplication.clipboard().setText(TEST_KEY)
    edit = window.key_page.edit
    assert QApplication.focusWidget() is edit
    qtbot.keyClick(edit, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert window.key_page.raw_text() == TEST_KEY

    def enter() -> None:
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)

    enter()
    assert window.current == 2 and QApplication.focusWidget() is window.model_page.picker
    enter()
    assert window.current == 3 and window.footer.primary.text() == "&Check"
    enter()  # Check
    wait_verified(qtbot, window)
    assert window.check_page.report.ok
    assert QApplication.focusWidget() is window.check_page.banner  # the verdict, in view and focused
    enter()  # Next
    assert window.current == 4 and states(window)[:3] == "DDD"


def test_the_step_list_is_one_tab_stop_with_arrows_and_enter(qtbot, make_window, simulator) -> None:
    window = make_window(initial={"base_url": simulator.url})
    _activate(qtbot, window)
    steps = window.steps
    steps.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(steps, Qt.Key.Key_Down)
    assert window.current == 2 and QApplication.focusWidget() is steps  # shown, the list keeps the focus
    qtbot.keyClick(steps, Qt.Key.Key_Down)
    qtbot.keyClick(steps, Qt.Key.Key_Down)
    assert window.current == 4
    qtbot.keyClick(steps, Qt.Key.Key_Up)
    qtbot.keyClick(steps, Qt.Key.Key_Return)  # into the page
    assert window.current == 3 and QApplication.focusWidget() is not steps
    assert steps.currentRow() == 2


def test_the_step_list_keys_of_a_list(qtbot, make_window, simulator) -> None:
    """Tab in from the last control, Page Up/Down, Home/End, a title's first letter (again: the
    next title with it), Space to go in, Shift+Tab out: as in any list, the list keeping the focus
    while it moves."""
    window = make_window(initial={"base_url": simulator.url})
    _activate(qtbot, window)
    steps = window.steps
    window.footer.primary.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(window.footer.primary, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is steps

    def moves(key: Qt.Key | str) -> int:
        if isinstance(key, str):
            qtbot.keyClicks(steps, key)  # a letter, typed
        else:
            qtbot.keyClick(steps, key)
        assert QApplication.focusWidget() is steps
        assert steps.currentRow() == window.current - 1
        return window.current

    assert [moves(Qt.Key.Key_PageDown), moves(Qt.Key.Key_PageUp)] == [5, 1]
    assert [moves(Qt.Key.Key_End), moves(Qt.Key.Key_Home), moves(Qt.Key.Key_Up)] == [5, 1, 1]
    # "Choose the model", "Check it works", "Confirm in Cursor", and round again.
    assert [moves("c") for _ in range(4)] == [2, 3, 5, 2]
    assert [moves(Qt.Key.Key_Home), moves("s")] == [1, 4]  # a key between: a new title's letters
    qtbot.keyClick(steps, Qt.Key.Key_Space)
    assert window.current == 4 and QApplication.focusWidget() is not steps  # into the page
    steps.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(steps, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert QApplication.focusWidget() is window.footer.primary  # out, backwards: the last control


def test_narrow_and_wide_again_keeps_the_step_list_as_it_was(qtbot, make_window, simulator) -> None:
    window = make_window(initial={"base_url": simulator.url})
    window.key_page.set_key(TEST_KEY)
    _activate(qtbot, window)
    steps = window.steps
    steps.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(steps, Qt.Key.Key_Down)
    window.resize(640, 400)
    qtbot.waitUntil(lambda: window.compact.isVisible() and not steps.isVisible(), timeout=WAIT_MS)
    assert QApplication.focusWidget() is not steps  # a hidden list gives the focus on
    window.compact.actions_by_step[3].trigger()
    window.resize(1024, 640)
    qtbot.waitUntil(lambda: steps.isVisible() and not window.compact.isVisible(), timeout=WAIT_MS)
    assert steps.currentRow() == 2 and [row.shown for row in steps.rows] == [False, False, True, False, False]
    assert [row.word.text() for row in steps.rows][:1] == ["Done"]  # the key is in
    assert {row.geometry().height() for row in steps.rows} == {steps.row_height()}
    steps.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(steps, Qt.Key.Key_Up)
    assert window.current == 2 and QApplication.focusWidget() is steps


def test_the_compact_bar_reaches_every_step_when_narrow(qtbot, make_window, simulator) -> None:
    window = make_window(initial={"base_url": simulator.url})
    window.resize(640, 400)
    qtbot.waitUntil(lambda: window.compact.isVisible() and not window.steps.isVisible(), timeout=WAIT_MS)
    assert window.compact.where.text() == "Step 1 of 5 · Key · To do"
    window.compact.actions_by_step[4].trigger()
    assert window.current == 4 and window.compact.where.text().startswith("Step 4 of 5 · Cursor")
    window.resize(1024, 640)
    qtbot.waitUntil(lambda: window.steps.isVisible() and not window.compact.isVisible(), timeout=WAIT_MS)


def _mnemonic(text: str) -> str | None:
    found = re.search(r"&([^&\s])", text.replace("&&", ""))
    return found.group(1).lower() if found else None


@pytest.mark.parametrize("narrow", [False, True], ids=["wide", "narrow"])
@pytest.mark.parametrize("language", ["en", "de"])
@pytest.mark.parametrize("step", [1, 2, 3, 4, 5])
def test_mnemonics_do_not_clash(qtbot, make_window, simulator, request, step, language, narrow) -> None:
    """In each language, and narrow too, where the Steps menu's button joins every page."""
    if language == "de":
        request.getfixturevalue("shipped_german")
    window = make_window(initial={"base_url": simulator.url})
    window.key_page.set_key(TEST_KEY)
    if narrow:
        window.resize(640, 400)
        qtbot.waitUntil(lambda: window.compact.isVisible(), timeout=WAIT_MS)
    window.go_to_step(step)
    if step == 2:
        window.model_page.advanced.set_open(True)
    if step == 5:
        window.confirm_page.chat_box.set_open(True)
    owners: dict[str, list[str]] = {}
    for w in window.findChildren(QWidget):
        if not w.isVisible():
            continue
        if (isinstance(w, QLabel) and w.buddy() is not None) or isinstance(w, QAbstractButton):
            letter = _mnemonic(w.text())
            if letter:
                owners.setdefault(letter, []).append(w.text())
    for action in window.menuBar().actions():
        letter = _mnemonic(action.text())
        if letter:
            owners.setdefault(letter, []).append(action.text())
    clashes = {k: v for k, v in owners.items() if len(v) > 1}
    assert not clashes, clashes


def test_mnemonics_work(qtbot, make_window, simulator) -> None:
    window = make_window(initial={"base_url": simulator.url})
    _activate(qtbot, window)
    alt = Qt.KeyboardModifier.AltModifier

    def press(key: Qt.Key) -> None:
        qtbot.keyClick(QApplication.focusWidget() or window, key, alt)

    press(Qt.Key.Key_K)
    assert QApplication.focusWidget() is window.key_page.edit
    window.key_page.set_key(TEST_KEY)
    press(Qt.Key.Key_N)  # Next (a button's mnemonic clicks it after a short press animation)
    qtbot.waitUntil(lambda: window.current == 2, timeout=WAIT_MS)
    m = window.model_page
    press(Qt.Key.Key_A)
    assert QApplication.focusWidget() is m.alias
    press(Qt.Key.Key_M)
    assert QApplication.focusWidget() is m.picker
    press(Qt.Key.Key_E)  # opens Advanced
    qtbot.waitUntil(lambda: m.advanced.is_open(), timeout=WAIT_MS)
    press(Qt.Key.Key_D)
    assert QApplication.focusWidget() is m.base_url
    press(Qt.Key.Key_T)
    assert _owner(QApplication.focusWidget(), window) is m.timeout
    press(Qt.Key.Key_N)
    qtbot.waitUntil(lambda: window.current == 3, timeout=WAIT_MS)
    press(Qt.Key.Key_C)  # Check
    qtbot.waitUntil(lambda: window.check_page.report is not None, timeout=WAIT_MS)
    assert window.check_page.report.ok


def runs_started(window: Any) -> list[bool]:
    """Grows by one each time a run of the checks starts."""
    runs: list[bool] = []
    window.check_page.running_changed.connect(lambda running: runs.append(True) if running else None)
    return runs


def test_enter_in_every_field_runs_the_pages_action(qtbot, make_window, simulator) -> None:
    window = make_window(initial={"base_url": simulator.url})
    window.key_page.set_key(TEST_KEY)
    m = window.model_page
    m.advanced.set_open(True)
    _activate(qtbot, window)
    fields = {
        "Model alias": m.alias,
        "Service address": m.base_url,
        "Time limit": m.timeout.findChild(QLineEdit),
        "Model": m.picker,
    }
    for name, field in fields.items():
        window.go_to_step(2)
        field.setFocus()
        qtbot.keyClick(field, Qt.Key.Key_Return)
        assert window.current == 3, f"Enter in {name} did not move on"
    window.go_to_step(1)
    window.key_page.edit.setFocus()
    qtbot.keyClick(window.key_page.edit, Qt.Key.Key_Return)
    assert window.current == 2
    # On the checks' page Enter runs the checks, once per press.
    runs = runs_started(window)
    window.go_to_step(3)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert len(runs) == 1
    wait_verified(qtbot, window)
    assert window.check_page.report.ok


def test_enter_on_a_focused_button_presses_it(qtbot, make_window, simulator) -> None:
    window = make_window(initial={"base_url": simulator.url})
    window.key_page.set_key(TEST_KEY)
    _activate(qtbot, window)
    button = window.key_page.show_button
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Return)
    assert button.isChecked() and window.current == 1  # the button, not the page's Next
    window.go_to_step(5)
    page = window.confirm_page
    page.chat_box.set_open(True)
    send = page.chat.send_button
    send.setFocus()
    qtbot.keyClick(send, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.chat.reply.toPlainText().strip() != "", timeout=WAIT_MS)
    qtbot.waitUntil(lambda: not page.chat.is_running(), timeout=WAIT_MS)
    # Enter in the chat's message field sends it; it does not run the page's Check.
    page.chat.prompt.setFocus()
    qtbot.keyClick(page.chat.prompt, Qt.Key.Key_Return)
    assert page.chat.is_running() and not page.is_running()
    qtbot.waitUntil(lambda: not page.chat.is_running(), timeout=WAIT_MS)


def test_enter_that_picks_from_the_model_list_only_picks(qtbot, make_window, simulator) -> None:
    """Choosing a model from the list with Enter must not also move on."""
    window = make_window(initial={"base_url": simulator.url})
    window.key_page.set_key(TEST_KEY)
    window.go_to_step(2)
    m = window.model_page
    _activate(qtbot, window)
    m.picker.setFocus()
    qtbot.keyClick(m.picker, Qt.Key.Key_Space)  # opens the list
    popup = m.picker.popup()
    qtbot.waitUntil(lambda: popup is not None and popup.isVisible(), timeout=WAIT_MS)
    qtbot.keyClicks(popup.search, "claude")
    qtbot.keyClick(popup.search, Qt.Key.Key_Down)
    qtbot.keyClick(popup.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not popup.isVisible(), timeout=WAIT_MS)
    assert m.deployment_text().startswith("anthropic/claude"), m.deployment_text()
    assert window.current == 2 and QApplication.focusWidget() is m.picker
    # The next Enter, with the list closed, is the page's: Next.
    qtbot.keyClick(m.picker, Qt.Key.Key_Return)
    assert window.current == 3


def test_ctrl_enter_runs_the_checks_from_anywhere(qtbot, make_window, simulator) -> None:
    window = make_window(initial={"base_url": simulator.url})
    window.key_page.set_key(TEST_KEY)
    _activate(qtbot, window)
    window.go_to_step(2)
    window.model_page.alias.setFocus()
    qtbot.keyClick(window.model_page.alias, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert window.current == 3
    wait_verified(qtbot, window)
    assert window.check_page.report is not None and window.check_page.report.ok
