"""The window with the keyboard alone: tab order as on screen, Enter, mnemonics."""

# ruff: noqa: F811  (the fixtures are imported from the helpers module)
from __future__ import annotations

import itertools
import re
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QLineEdit, QWidget

from tests.conftest import TEST_KEY
from tests.test_window_helpers import WAIT_MS, make_window, memory_keyring, wait_verified  # noqa: F401


def _activate(qtbot: Any, window: Any) -> None:
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=WAIT_MS)


def _owner(widget: QWidget, window: Any) -> QWidget:
    """The control a focused part belongs to (a combo box's editor -> the combo box)."""
    parent = widget.parentWidget()
    if isinstance(widget, QLineEdit) and parent is not None and parent is not window.page_scroll.widget():
        if parent is window.model_section.deployment or parent is window.model_section.timeout:
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


@pytest.mark.parametrize("fault", [None, "bad_key"])
def test_tab_order_follows_the_screen_top_to_bottom(qtbot, make_window, simulator, fault) -> None:
    simulator.set_fault(fault)
    window = make_window(initial={"base_url": simulator.url})
    window.key_section.set_key(TEST_KEY)
    window.verify()
    wait_verified(qtbot, window)
    window.model_section.advanced.set_open(True)
    _activate(qtbot, window)
    order = _tab_through(qtbot, window, window.key_section.edit)

    page = window.page_scroll.widget()
    stops = [(w, w.mapTo(page, QPoint(0, 0))) for w in order]
    names = [w.accessibleName() or type(w).__name__ for w in order]
    for (a, pa), (b, pb) in itertools.pairwise(stops):
        # Next stop is below, or on the same line and to the right (a few pixels of slack for
        # widgets of different heights sharing a row).
        same_row = abs(pb.y() - pa.y()) <= 6
        assert (same_row and pb.x() > pa.x()) or pb.y() > pa.y(), (
            f"Tab goes from {a.accessibleName()!r} to {b.accessibleName()!r} out of reading order: {names}"
        )
    m, v, c, ch = window.model_section, window.verify_section, window.copy_section, window.chat_section
    for must in (window.key_section.edit, m.deployment, m.alias, m.advanced.button, m.base_url, m.timeout,
                 v.verify_button, *c.buttons.values(), c.copy_all_button, c.curl_button, ch.prompt,
                 ch.send_button):  # fmt: skip
        assert must in order, f"{must.accessibleName()} is not reachable with Tab: {names}"
    # Nothing invisible takes the focus: the page itself, or a message without a link.
    assert window.page_scroll not in order
    for w in order:
        if isinstance(w, QLabel):
            assert "<a " in w.text(), f"a plain message is a tab stop: {w.text()[:60]!r}"
    # The result's links ("Go to step 4", or the key page and "Go to the key") come right after
    # the buttons beside Verify; a failed check's fix with a link comes after them, in its row.
    assert v.summary.label in order
    assert order.index(v.verify_button) < order.index(v.summary.label) < order.index(c.buttons["base_url"])
    if fault == "bad_key":
        fix = v.rows["account"].fix
        assert 'href="https://aimlapi.com/app/keys"' in fix.text()
        assert order.index(v.summary.label) < order.index(fix) < order.index(c.buttons["base_url"])


def _mnemonic(text: str) -> str | None:
    found = re.search(r"&([^&\s])", text.replace("&&", ""))
    return found.group(1).lower() if found else None


def test_mnemonics_do_not_clash_and_work(qtbot, make_window, simulator) -> None:
    window = make_window(initial={"base_url": simulator.url})
    m = window.model_section
    m.advanced.set_open(True)
    owners: dict[str, list[str]] = {}
    for w in window.findChildren(QWidget):
        if not w.isVisibleTo(window):
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
    m.advanced.set_open(False)

    _activate(qtbot, window)
    alt = Qt.KeyboardModifier.AltModifier

    def press(key: Qt.Key) -> None:
        qtbot.keyClick(QApplication.focusWidget() or window, key, alt)

    window.chat_section.prompt.setFocus()
    press(Qt.Key.Key_K)
    assert QApplication.focusWidget() is window.key_section.edit
    press(Qt.Key.Key_D)
    assert _owner(QApplication.focusWidget(), window) is m.deployment
    press(Qt.Key.Key_A)
    assert QApplication.focusWidget() is m.alias
    press(Qt.Key.Key_E)  # opens Advanced
    qtbot.waitUntil(lambda: m.advanced.is_open(), timeout=WAIT_MS)
    press(Qt.Key.Key_B)
    assert QApplication.focusWidget() is m.base_url
    press(Qt.Key.Key_T)
    assert _owner(QApplication.focusWidget(), window) is m.timeout
    press(Qt.Key.Key_M)
    assert QApplication.focusWidget() is window.chat_section.prompt
    window.key_section.set_key(TEST_KEY)
    press(Qt.Key.Key_V)  # Verify
    qtbot.waitUntil(lambda: window.verify_section.report is not None, timeout=WAIT_MS)
    assert window.verify_section.report.ok


def runs_started(window: Any) -> list[bool]:
    """Grows by one each time a run of the checks starts (as the Verify button's state shows it)."""
    runs: list[bool] = []
    window.verify_section.running_changed.connect(lambda running: runs.append(True) if running else None)
    return runs


def test_enter_in_every_field_runs_verify(qtbot, make_window, simulator) -> None:
    window = make_window(initial={"base_url": simulator.url})
    window.key_section.set_key(TEST_KEY)
    m = window.model_section
    m.advanced.set_open(True)
    _activate(qtbot, window)
    spin_edit = m.timeout.findChild(QLineEdit)
    fields = {
        "API key": window.key_section.edit,
        "Deployment name": m.deployment.lineEdit(),
        "Model alias": m.alias,
        "Base URL": m.base_url,
        "Time limit": spin_edit,
    }
    runs = runs_started(window)
    for name, field in fields.items():
        before = len(runs)
        field.setFocus()
        qtbot.keyClick(field, Qt.Key.Key_Return)
        assert len(runs) == before + 1, f"Enter in {name} did not run Verify once"
        wait_verified(qtbot, window)
        assert window.verify_section.report is not None and window.verify_section.report.ok, name


def test_enter_on_a_focused_button_presses_it(qtbot, make_window, simulator) -> None:
    window = make_window(initial={"base_url": simulator.url})
    window.key_section.set_key(TEST_KEY)
    _activate(qtbot, window)
    button = window.copy_section.buttons["base_url"]
    button.setFocus()
    QApplication.clipboard().clear()
    qtbot.keyClick(button, Qt.Key.Key_Return)
    assert QApplication.clipboard().text() == simulator.url
    send = window.chat_section.send_button
    send.setFocus()
    qtbot.keyClick(send, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.chat_section.reply.toPlainText().strip() != "", timeout=WAIT_MS)
    qtbot.waitUntil(lambda: not window.chat_section.is_running(), timeout=WAIT_MS)


def test_enter_that_picks_from_the_search_list_only_picks(qtbot, make_window, simulator) -> None:
    """Choosing a model from the search popup with Enter must not also start the checks."""
    window = make_window(initial={"base_url": simulator.url})
    window.key_section.set_key(TEST_KEY)
    m = window.model_section
    runs = runs_started(window)
    _activate(qtbot, window)
    edit = m.deployment.lineEdit()
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClicks(edit, "claude")
    popup = m.deployment.completer().popup()
    qtbot.waitUntil(popup.isVisible, timeout=WAIT_MS)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not popup.isVisible(), timeout=WAIT_MS)
    assert m.deployment_text().startswith("anthropic/claude"), m.deployment_text()
    assert not window.verify_section.is_running() and runs == []
    # The next Enter, with the list closed, runs Verify for the model picked.
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert len(runs) == 1
    wait_verified(qtbot, window)
    assert window.verify_section.report.settings["deployment"] == m.deployment_text()
