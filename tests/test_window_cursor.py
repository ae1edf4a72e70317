"""Step 4, "Set up Cursor", in the real window against real Cursor installs built on disk (real SQLite
databases in WAL mode, install trees with product.json), with a real process named ``cursor``
standing in for a running Cursor."""

# ruff: noqa: F811  (the fixtures are imported from the helpers module)
from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.conftest import TEST_KEY
from tests.cursor_fixtures import (
    PLANTED_SECRETS,
    app_user_3x,
    app_user_of,
    applied_3x,
    database_files,
    fake_cursor,
    process_table,
    running_program,
)
from tests.test_window_helpers import WAIT_MS, make_window, memory_keyring, run_checks, states  # noqa: F401


@pytest.fixture
def cursor_here(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """Make a fake Cursor (a 3.x one unless told) and point the app at it, as IT would."""

    def make(app_user: Any = None, **kwargs: Any):
        install = fake_cursor(tmp_path, app_user, proc=process_table(), **kwargs)
        monkeypatch.setenv("CURSOR_AZURE_SETUP_CURSOR_APP", str(install.app_dir))
        monkeypatch.setenv("CURSOR_AZURE_SETUP_CURSOR_DATA", str(install.data_dir))
        return install

    return make


def _checked_and_at_cursor(qtbot: Any, make_window: Any, simulator: Any, **kwargs: Any) -> Any:
    """The window (in demo mode, so the test server's address may go into the fake Cursor), the
    checks passed, on step 4 once Cursor was read."""
    window = make_window(demo_url=simulator.url, demo_key=TEST_KEY, **kwargs)
    assert run_checks(qtbot, window).ok
    window.go_to_step(4)
    qtbot.waitUntil(
        lambda: window.cursor_page.record is not None and not window.cursor_page.work.busy(), timeout=WAIT_MS
    )
    return window


def test_the_window_names_cores_cursor_data_variable() -> None:
    """The page reads the variable without importing core's Cursor package: the same name."""
    from app.core.cursor import ENV_DATA as core_name
    from app.ui.cursor_work import ENV_DATA

    assert ENV_DATA == core_name


def test_differences_found_then_applied_then_undone(qtbot, make_window, simulator, cursor_here) -> None:
    install = cursor_here(
        app_user_3x(base_url="https://api.aimlapi.com/openai", deployment="gemini-2.5-pro", api_key="")
    )
    before = database_files(install.state_db)
    window = _checked_and_at_cursor(qtbot, make_window, simulator)
    page = window.cursor_page
    assert "Cursor 3.18.0 · closed" == page.where.text()
    assert page.banner.kind() == "warn" and "differ from the checked values" in page.banner.title.text()
    rows = page.rows
    assert rows["base_url"].state() == "fail" and rows["base_url"].summary.text() == "Apply fixes this"
    assert rows["api_key"].summary.text() == "To do in Cursor"
    assert window.footer.primary.text() == "&Apply to Cursor" and window.footer.primary.isEnabled()
    assert (
        states(window) == "DDDTT" and window.footer.status.text() == "Next: press Apply to Cursor (step 4)."
    )
    assert database_files(install.state_db) == before  # reading changed nothing

    qtbot.mouseClick(window.footer.primary, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.last_apply is not None, timeout=WAIT_MS)
    settings = app_user_of(install.state_db)
    assert settings["azureState"]["baseUrl"] == simulator.url
    assert settings["azureState"]["deployment"] == "google/gemini-2.5-pro"
    assert "aimlapi-gemini-2.5-pro" in settings["aiSettings"]["userAddedModels"]
    assert (
        page.banner.kind() == "pass" and page.banner.title.text() == "Applied: Cursor has the checked values."
    )
    assert "Base URL" in page.banner.plain_body() and "backup" in page.banner.plain_body()
    # The one thing left, in Cursor: the key's Copy button and Open Cursor, in view.
    assert page.next_box.isVisible() and page.key_copy.button.isVisible() and page.open_button.isVisible()
    assert rows["base_url"].state() == "pass"
    assert window.footer.primary.text() == "&Next"
    assert window.footer.status.text() == "Next: paste the key in Cursor and press Verify there."
    for secret in (TEST_KEY, *PLANTED_SECRETS):  # no key on screen
        assert secret not in page.banner.text() and all(secret not in r.message.text() for r in rows.values())
    assert page.undo.isVisible()

    qtbot.mouseClick(page.undo, Qt.MouseButton.LeftButton)  # "Undo the change to Cursor's settings"
    qtbot.waitUntil(lambda: "brought back" in page.banner.text(), timeout=WAIT_MS)
    assert database_files(install.state_db) == before
    qtbot.waitUntil(lambda: not page.work.busy(), timeout=WAIT_MS)
    assert states(window)[3] in "TR"


def test_applied_and_moved_on_marks_cursor_done(qtbot, make_window, simulator, cursor_here) -> None:
    cursor_here()
    window = _checked_and_at_cursor(qtbot, make_window, simulator)
    window.cursor_page.apply()
    qtbot.waitUntil(lambda: window.cursor_page.last_apply is not None, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: window.footer.primary.text() == "&Next", timeout=WAIT_MS)
    qtbot.mouseClick(window.footer.primary, Qt.MouseButton.LeftButton)
    assert window.current == 5 and states(window) == "DDDDT"
    assert window.footer.status.text() == "Next: send one message in Cursor, then press Check (step 5)."
    assert "aimlapi-gemini-2.5-pro picked" in window.confirm_page.intro.text()
    # Another model: what Cursor has is no longer what is checked, so its step is outdated.
    window.go_to_step(2)
    window.model_page.picker.set_current_id("anthropic/claude-3-5-haiku")
    assert states(window)[2:4] == "SS"


def test_cursor_already_set_up(qtbot, make_window, simulator, cursor_here, tmp_path) -> None:
    from app.core.cursor.findings import Target

    target = Target(simulator.url, "google/gemini-2.5-pro", "aimlapi-gemini-2.5-pro")
    cursor_here(applied_3x(target))
    window = _checked_and_at_cursor(qtbot, make_window, simulator)
    page = window.cursor_page
    assert page.banner.title.text() == "Cursor already has the checked values."
    assert "nothing is left to do" in page.banner.plain_body()
    assert states(window) == "DDDDT"  # its key and switch read as set: nothing left in Cursor


def test_cursor_running_disables_apply_and_a_quit_is_noticed(
    qtbot, make_window, simulator, cursor_here, tmp_path
) -> None:
    cursor_here()
    with running_program(tmp_path / "bin", "cursor") as stand_in:
        window = _checked_and_at_cursor(qtbot, make_window, simulator)
        page = window.cursor_page
        primary = window.footer.primary
        assert page.where.text() == "Cursor 3.18.0 · running"
        assert primary.text() == "&Apply to Cursor" and not primary.isEnabled()
        assert "Cursor is running: quit it" in primary.toolTip()
        assert page.banner.title.text() == "Cursor is running: quit it, then press Apply to Cursor."
        assert window.footer.status.text() == "Next: quit Cursor, then press Apply to Cursor."
        assert page.work.watching()  # while the page is on screen
        stand_in.kill()
        stand_in.wait()
        # No click: the page looks every 2 s and reads Cursor again once it quit.
        qtbot.waitUntil(lambda: primary.isEnabled(), timeout=WAIT_MS)
        assert page.where.text() == "Cursor 3.18.0 · closed"
        assert "differ from the checked values" in page.banner.title.text()
    window.go_to_step(3)
    assert not page.work.watching()  # not while another page is shown


def test_cursor_started_after_reading_is_noticed(
    qtbot, make_window, simulator, cursor_here, tmp_path
) -> None:
    cursor_here()
    window = _checked_and_at_cursor(qtbot, make_window, simulator)
    assert window.footer.primary.isEnabled()
    with running_program(tmp_path / "bin", "cursor"):
        qtbot.waitUntil(lambda: not window.footer.primary.isEnabled(), timeout=WAIT_MS)
        assert "quit it" in window.cursor_page.banner.title.text()


def test_cursor_not_installed_gives_the_values_to_copy_by_hand(qtbot, make_window, simulator) -> None:
    window = _checked_and_at_cursor(qtbot, make_window, simulator)
    page = window.cursor_page
    assert page.where.text() == "Cursor: not found"
    assert page.banner.title.text() == "Cursor isn't on this computer (or it wasn't found)."
    assert page.manual_box.isVisible() and not page.rows_box.isVisible() and not page.next_box.isVisible()
    assert page.fields["base_url"].text() == simulator.url
    assert page.fields["deployment"].text() == "google/gemini-2.5-pro"
    assert page.fields["alias"].text() == "aimlapi-gemini-2.5-pro"
    assert "Ctrl+Shift+J" in page.steps.text()
    clip = QApplication.clipboard()
    for name, value in (("base_url", simulator.url), ("deployment", "google/gemini-2.5-pro")):
        qtbot.mouseClick(page.copy_buttons[name], Qt.MouseButton.LeftButton)
        assert clip.text() == value and page.copy_buttons[name].text() == "Copied ✓"
    assert window.footer.primary.text() == "&Next" and states(window)[3] == "T"
    assert window.footer.status.text() == "Next: copy the values into Cursor (step 4)."
    qtbot.mouseClick(window.footer.primary, Qt.MouseButton.LeftButton)
    assert window.current == 5 and states(window)[3] == "D"


def test_unreadable_settings_say_why_and_offer_the_copy_by_hand(
    qtbot, make_window, simulator, cursor_here
) -> None:
    cursor_here("{this is not json")
    window = _checked_and_at_cursor(qtbot, make_window, simulator)
    page = window.cursor_page
    assert page.banner.kind() == "fail" and "Could not read Cursor's settings" in page.banner.title.text()
    assert page.manual_box.isVisible() and states(window)[3] == "A"
    assert window.footer.status.text() == "Next: fix Cursor's settings (step 4)."


def test_before_the_checks_pass_cursor_gets_nothing(qtbot, make_window, simulator, cursor_here) -> None:
    install = cursor_here()
    before = database_files(install.state_db)
    window = make_window(demo_url=simulator.url, demo_key=TEST_KEY)
    window.go_to_step(4)
    page = window.cursor_page
    assert page.banner.title.text() == "Check the values first (step 3)."
    assert window.footer.primary.text() == "&Check first"
    qtbot.mouseClick(window.footer.primary, Qt.MouseButton.LeftButton)
    assert window.current == 3
    assert database_files(install.state_db) == before


def test_the_real_cursor_never_gets_the_test_servers_address(
    qtbot, make_window, simulator, tmp_path, monkeypatch
) -> None:
    """Demo mode with the teammate's own Cursor (no CURSOR_AZURE_SETUP_CURSOR_DATA): core refuses to
    write an address on this computer into it; the window says why."""
    install = fake_cursor(tmp_path, proc=process_table())
    monkeypatch.setenv("CURSOR_AZURE_SETUP_CURSOR_APP", str(install.app_dir))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(install.data_dir.parent.parent))  # Cursor's usual place
    before = database_files(install.state_db)
    window = _checked_and_at_cursor(qtbot, make_window, simulator)
    window.cursor_page.apply()
    qtbot.waitUntil(lambda: window.cursor_page.last_apply is not None, timeout=WAIT_MS)
    assert "address on this computer" in window.cursor_page.banner.title.text()
    assert database_files(install.state_db) == before and states(window)[3] == "A"


def test_the_keys_copy_button_counts_down_and_says_what_happened(
    qtbot, make_window, simulator, cursor_here
) -> None:
    cursor_here()
    window = _checked_and_at_cursor(qtbot, make_window, simulator, clipboard_clear_s=0.6)
    page = window.cursor_page
    page.apply()
    qtbot.waitUntil(lambda: page.next_box.isVisible(), timeout=WAIT_MS)
    clip = QApplication.clipboard()
    qtbot.mouseClick(page.key_copy.button, Qt.MouseButton.LeftButton)
    assert clip.text() == TEST_KEY
    assert page.key_copy.feedback.text().startswith("The key stays on the clipboard for 0:0")
    assert "paste it into Cursor's API Key field" in page.key_copy.feedback.text()
    qtbot.waitUntil(lambda: clip.text() == "", timeout=WAIT_MS)
    qtbot.waitUntil(lambda: "Time is up" in page.key_copy.feedback.text(), timeout=WAIT_MS)
    # Copied again, then something else copied: never touched, and said.
    qtbot.mouseClick(page.key_copy.button, Qt.MouseButton.LeftButton)
    clip.setText("my own notes")
    qtbot.waitUntil(lambda: "copied something else" in page.key_copy.feedback.text(), timeout=WAIT_MS)
    assert clip.text() == "my own notes"
