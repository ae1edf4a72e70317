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

from tests.test_window_helpers import (  # noqa: F401
    WAIT_MS,
    make_window,
    memory_keyring,
    run_checks,
    states,
    wait_verified,
)


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
        assert window.key_page.raw_text() == DEMO_KEY
        assert window.model_page.base_url_text() == sim.url
        assert "Demo mode" in window.demo_notice.text()
        assert not window.key_page.remember_button.isEnabled()  # the demo key never reaches the keyring
        assert states(window)[0] == "D" and QApplication.focusWidget() in (window.footer.primary, None)
        assert run_checks(qtbot, window).ok


@pytest.mark.parametrize("step", [1, 2, 3, 4, 5])
def test_every_control_has_an_accessible_name(qtbot, make_window, simulator, step) -> None:
    from tests.conftest import TEST_KEY

    window = make_window(initial={"base_url": simulator.url})
    window.key_page.set_key(TEST_KEY)
    if step >= 3:
        run_checks(qtbot, window)
    window.go_to_step(step)
    window.model_page.advanced.set_open(True)
    window.confirm_page.chat_box.set_open(True)
    if step == 2:
        window.model_page.picker.showPopup()  # the list's own search field and list too
    controls = (QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox, QPlainTextEdit)
    nameless = []
    widgets = [w for top in QApplication.topLevelWidgets() for w in (top, *top.findChildren(QWidget))]
    for w in widgets:
        if not isinstance(w, controls) or not w.isVisible():
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


def test_menu_and_buttons_save_the_team_page_and_the_report(
    qtbot, make_window, simulator, tmp_path, monkeypatch
):
    from PySide6.QtWidgets import QFileDialog

    from tests.conftest import TEST_KEY

    window = make_window(initial={"base_url": simulator.url})
    window.key_page.set_key(TEST_KEY)
    run_checks(qtbot, window)
    targets = iter([tmp_path / "team.md", tmp_path / "report.txt", tmp_path / "report2.txt"])
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(next(targets)), ""))
    window.export_action.trigger()  # File > Save a page for your team…
    assert (tmp_path / "team.md").exists()
    link = window.check_page.report_link  # below the checks, once they ran
    assert link.isVisible()
    qtbot.mouseClick(link, Qt.MouseButton.LeftButton)
    assert (tmp_path / "report.txt").exists()
    window.go_to_step(2)
    window.model_page.advanced.set_open(True)  # Advanced has it too
    qtbot.mouseClick(window.model_page.report_button, Qt.MouseButton.LeftButton)
    assert (tmp_path / "report2.txt").exists()
    for name in ("team.md", "report.txt", "report2.txt"):
        assert TEST_KEY not in (tmp_path / name).read_text(encoding="utf-8")
