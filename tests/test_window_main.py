"""Starting the window: demo mode, --smoke, a broken preset; keyboard and accessibility."""

# ruff: noqa: F811  (the fixtures are imported from the helpers module)
from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from tests.test_window_helpers import WAIT_MS, make_window, memory_keyring, wait_verified  # noqa: F401


@pytest.fixture
def restore_hooks():
    import threading

    old = sys.excepthook, threading.excepthook
    yield
    sys.excepthook, threading.excepthook = old


def test_demo_smoke_starts_and_quits_with_0(qtbot, restore_hooks, capsys) -> None:
    from app.cli import main

    assert main(["--demo", "--smoke"]) == 0  # the command line starts the simulator for the window
    assert "smoke test: window shown and closed" in capsys.readouterr().out


def test_broken_preset_is_explained_not_fatal(qtbot, restore_hooks, tmp_path, capsys) -> None:
    from app.ui.main import run_window

    bad = tmp_path / "preset.toml"
    bad.write_text("[cursor]\nbase_url = 42\n", encoding="utf-8")
    seen: list[str] = []

    def look() -> None:
        for w in QApplication.topLevelWidgets():
            if w.objectName() == "presetErrorDialog" and w.isVisible():
                seen.append(w.text())

    QTimer.singleShot(200, look)
    assert run_window(smoke=True, preset=str(bad)) == 0
    err = capsys.readouterr().err
    assert "preset.toml" in err and "Traceback" not in err
    assert seen and "preset.toml" in seen[0] and "line 2" in seen[0] and "base_url" in seen[0]
    assert "IT team" in seen[0]


def test_demo_flow_needs_no_key_and_no_network(qtbot, make_window) -> None:
    from app.simulator import DEMO_KEY, Simulator

    with Simulator(api_key=DEMO_KEY) as sim:
        window = make_window(demo_url=sim.url, demo_key=DEMO_KEY)
        assert window.key_section.raw_text() == DEMO_KEY
        assert window.model_section.base_url_text() == sim.url
        assert "Demo mode" in window.demo_notice.text()
        assert not window.key_section.remember_button.isEnabled()  # the demo key never reaches the keyring
        window.verify()
        wait_verified(qtbot, window)
        assert window.verify_section.report.ok


def test_every_control_has_an_accessible_name(make_window, simulator) -> None:
    window = make_window(initial={"base_url": simulator.url})
    controls = (QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox, QPlainTextEdit)
    nameless = []
    for w in window.findChildren(QWidget):
        if not isinstance(w, controls):
            continue
        if isinstance(
            w.parentWidget(), QComboBox | QAbstractSpinBox | QLineEdit
        ) or w.objectName().startswith("qt_"):
            continue  # Qt's own parts (a combo's editor, a clear button): the owner has the name
        if w.parentWidget() is not None and w.parentWidget().inherits("QScrollBar"):
            continue
        if not w.accessibleName().strip():
            parent = w.parentWidget()
            nameless.append(
                f"{type(w).__name__} {w.objectName()} in {type(parent).__name__} {parent.objectName()}"
            )
    assert not nameless, nameless


def test_keyboard_only_tab_order_and_enter(qtbot, make_window, simulator) -> None:
    from tests.conftest import TEST_KEY

    window = make_window(initial={"base_url": simulator.url})
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=WAIT_MS)
    window.key_section.edit.setFocus()
    qtbot.keyClicks(window.key_section.edit, TEST_KEY)
    order = [QApplication.focusWidget()]
    for _ in range(12):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        order.append(QApplication.focusWidget())
    m, v = window.model_section, window.verify_section
    # Top to bottom: the key, its buttons, the model, the alias, Advanced, then Verify.
    idx = {w: i for i, w in reversed(list(enumerate(order)))}

    def pos(widget: QWidget) -> int:
        for w, i in idx.items():
            if w is widget or (w is not None and widget.isAncestorOf(w)):
                return i
        raise AssertionError(
            f"{widget.accessibleName()} never got the focus: {[x.accessibleName() for x in order]}"
        )

    assert pos(window.key_section.edit) < pos(m.deployment) < pos(m.alias) < pos(v.verify_button)
    # Enter on the focused Verify button runs the checks.
    v.verify_button.setFocus()
    qtbot.keyClick(v.verify_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: v.report is not None, timeout=WAIT_MS)
    wait_verified(qtbot, window)
    assert v.report.ok


def test_menu_and_buttons_save_the_team_page_and_the_report(
    qtbot, make_window, simulator, tmp_path, monkeypatch
):
    from PySide6.QtWidgets import QFileDialog

    from tests.conftest import TEST_KEY

    window = make_window(initial={"base_url": simulator.url})
    window.key_section.set_key(TEST_KEY)
    window.verify()
    wait_verified(qtbot, window)
    targets = iter([tmp_path / "team.md", tmp_path / "report.txt", tmp_path / "team2.md"])
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(next(targets)), ""))
    window.export_action.trigger()  # File > Save a page for your team…
    assert (tmp_path / "team.md").exists()
    assert window.verify_section.report_button.isVisible()
    qtbot.mouseClick(window.verify_section.report_button, Qt.MouseButton.LeftButton)
    assert (tmp_path / "report.txt").exists()
    qtbot.mouseClick(window.copy_section.export_button, Qt.MouseButton.LeftButton)
    assert (tmp_path / "team2.md").exists()
    for name in ("team.md", "report.txt", "team2.md"):
        assert TEST_KEY not in (tmp_path / name).read_text(encoding="utf-8")


def test_ctrl_enter_runs_verify_from_anywhere(qtbot, make_window, simulator) -> None:
    from tests.conftest import TEST_KEY

    window = make_window(initial={"base_url": simulator.url})
    window.key_section.set_key(TEST_KEY)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=WAIT_MS)
    window.model_section.advanced.set_open(True)
    window.model_section.timeout.setFocus()
    qtbot.keyClick(window.model_section.timeout, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.verify_section.report is not None, timeout=WAIT_MS)
    assert window.verify_section.report.ok
