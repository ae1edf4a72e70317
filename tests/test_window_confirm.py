"""Step 5, "Confirm in Cursor", in the real window against the simulator's request log: none
arrived (with what could have stopped it), a request Cursor's servers sent (demo mode records one
the way they do), one that failed; and the whole demo flow from the key to "all set"."""

# ruff: noqa: F811  (the fixtures are imported from the helpers module)
from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt

from tests.conftest import TEST_KEY
from tests.cursor_fixtures import app_user_of
from tests.test_window_helpers import WAIT_MS, make_window, memory_keyring, run_checks, states  # noqa: F401


def _set_up(qtbot: Any, make_window: Any, simulator: Any, tmp_path: Path) -> Any:
    """Demo mode with a stand-in Cursor: checks passed, Cursor applied, on step 5."""
    window = make_window(demo_url=simulator.url, demo_key=TEST_KEY, demo_cursor=tmp_path / "demo-cursor")
    assert run_checks(qtbot, window).ok
    window.go_to_step(4)
    page = window.cursor_page
    qtbot.waitUntil(lambda: window.footer.primary.isEnabled(), timeout=WAIT_MS)
    assert window.footer.primary.text() == "&Apply to Cursor"
    qtbot.mouseClick(window.footer.primary, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.next_box.isVisible(), timeout=WAIT_MS)
    assert app_user_of(page.work.install.state_db)["azureState"]["baseUrl"] == simulator.url
    qtbot.mouseClick(window.footer.primary, Qt.MouseButton.LeftButton)  # Next: the rest is in Cursor
    assert window.current == 5
    return window


def _check(qtbot: Any, window: Any) -> None:
    page = window.confirm_page
    qtbot.mouseClick(window.footer.primary, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.verdict is not None and not page.is_running(), timeout=WAIT_MS)


def test_none_arrived_then_a_request_as_cursors_then_all_set(qtbot, make_window, simulator, tmp_path) -> None:
    window = _set_up(qtbot, make_window, simulator, tmp_path)
    page = window.confirm_page
    assert "aimlapi-gemini-2.5-pro picked" in page.intro.text()
    assert window.footer.primary.text() == "&Check" and states(window) == "DDDDT"
    _check(qtbot, window)
    assert page.banner.kind() == "fail" and "No request from Cursor" in page.banner.title.text()
    assert page.causes.isVisible() and page.causes.rows, "what could have stopped it, ruled in or out"
    assert states(window)[4] == "A" and window.footer.primary.text() == "&Check again"
    assert window.footer.status.text() == "Next: do what step 5 says, then check again."

    assert page.demo_row.isVisible()
    qtbot.mouseClick(page.demo_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Now press Check" in page.demo_note.text(), timeout=WAIT_MS)
    page.verdict = None
    _check(qtbot, window)
    assert page.banner.kind() == "pass" and "arrive and succeed" in page.banner.title.text()
    assert not page.causes.isVisible()
    assert states(window) == "DDDDD"
    assert window.footer.status.text() == "All set: Cursor chats through AI/ML API."
    assert window.footer.primary.text() == "&Close"


def test_a_failing_request_from_cursor_is_explained(qtbot, make_window, simulator, tmp_path) -> None:
    window = _set_up(qtbot, make_window, simulator, tmp_path)
    page = window.confirm_page
    page.send_demo_request(window.build_settings()[0], ok=False)
    qtbot.waitUntil(lambda: "Now press Check" in page.demo_note.text(), timeout=WAIT_MS)
    _check(qtbot, window)
    assert page.banner.kind() == "fail" and "arrive but fail" in page.banner.title.text()
    assert states(window)[4] == "A"
    assert TEST_KEY not in page.banner.text()


def test_the_keys_limit_and_scopes_and_the_models_health_are_shown(
    qtbot, make_window, simulator, tmp_path
) -> None:
    """What the service says of the key (/v1/key) and of the model (/models/metrics) is shown with
    the verdict, as the command line shows it."""
    simulator.account.key_name = "Team key"
    simulator.account.key_limit_usd = 25.0
    simulator.account.key_scopes = ["model:chat", "billing:read"]
    window = _set_up(qtbot, make_window, simulator, tmp_path)
    page = window.confirm_page
    assert not page.account.isVisible()  # nothing asked yet
    page.send_demo_request(window.build_settings()[0], ok=True)
    qtbot.waitUntil(lambda: "Now press Check" in page.demo_note.text(), timeout=WAIT_MS)
    _check(qtbot, window)
    said = page.account.text()
    assert page.account.isVisible()
    assert "Team key" in said and "a spending limit of 25 USD a month" in said, said
    assert "scopes: model:chat, billing:read" in said, said
    assert "google/gemini-2.5-pro answered requests at the service in the last 5 minutes" in said, said
    assert TEST_KEY[:12] not in said


def test_outside_demo_mode_there_is_no_stand_in_request(qtbot, make_window, simulator) -> None:
    window = make_window(initial={"base_url": simulator.url})
    window.go_to_step(5)
    assert not window.confirm_page.demo_row.isVisible()


def test_the_whole_demo_with_the_keyboard_and_enter_alone(qtbot, make_window, simulator, tmp_path) -> None:
    """Launch to "all set" in demo mode: the number of actions the README counts."""
    from PySide6.QtWidgets import QApplication

    window = make_window(demo_url=simulator.url, demo_key=TEST_KEY, demo_cursor=tmp_path / "demo-cursor")
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=WAIT_MS)
    presses: list[str] = []

    def enter(why: str) -> None:
        presses.append(why)
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)

    enter("Next (the key is in)")
    enter("Next (the suggested model)")
    enter("Check")
    qtbot.waitUntil(lambda: window.check_page.report is not None, timeout=WAIT_MS)
    enter("Next (everything works)")
    qtbot.waitUntil(lambda: window.footer.primary.isEnabled(), timeout=WAIT_MS)
    enter("Apply to Cursor")
    qtbot.waitUntil(lambda: window.cursor_page.next_box.isVisible(), timeout=WAIT_MS)
    assert states(window)[:4] == "DDDT"
    window.footer.primary.setFocus()
    enter("Next (pasted the key in Cursor)")
    assert window.current == 5 and states(window) == "DDDDT"
    presses.append("Send a test request (stands in for a message in Cursor)")
    qtbot.mouseClick(window.confirm_page.demo_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Now press Check" in window.confirm_page.demo_note.text(), timeout=WAIT_MS)
    window.footer.primary.setFocus()
    enter("Check")
    qtbot.waitUntil(lambda: window.confirm_page.verdict is not None, timeout=WAIT_MS)
    assert states(window) == "DDDDD", presses
    assert len(presses) == 8
