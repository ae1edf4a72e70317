"""Behaviours of the window a user relies on, each checked so that breaking it fails a test."""

# ruff: noqa: F811  (the fixtures are imported from the helpers module)
from __future__ import annotations

from PySide6.QtCore import QObject, Qt, QUrl, Slot
from PySide6.QtWidgets import QApplication

from tests.conftest import TEST_KEY
from tests.test_window_helpers import (  # noqa: F401
    WAIT_MS,
    make_window,
    memory_keyring,
    run_checks,
    states,
    wait_verified,
)


def test_typing_while_the_checks_run(qtbot, make_window, simulator) -> None:
    """The form stays editable during a run; the result then belongs to the values it checked."""
    simulator.set_fault("slow", delay_ms=2500)
    window = make_window(initial={"base_url": simulator.url})
    window.key_page.set_key(TEST_KEY)
    window.go_to_step(3)
    window.run_check()
    check, m = window.check_page, window.model_page
    qtbot.waitUntil(lambda: any(r.state() == "running" for r in check.rows.values()), timeout=WAIT_MS)
    assert window.footer.status.text() == "Checking… you can keep editing."
    window.go_to_step(2)
    m.alias.setFocus()
    m.alias.selectAll()
    qtbot.keyClicks(m.alias, "my-own-name")
    assert m.alias_text() == "my-own-name"
    assert check.is_running(), "the run should still be going: the keys were handled while it ran"
    wait_verified(qtbot, window)
    assert check.report is not None and check.report.ok
    assert check.report.settings["alias"] != "my-own-name"  # checked with the values at the press
    # The result no longer speaks for the values given now: outdated, and the words say so.
    assert states(window)[2] == "S" and window.steps.step_state(3) == "stale"
    assert "changed since the check" in window.footer.status.text()
    window.go_to_step(3)
    assert "values changed" in check.banner.text() and window.footer.primary.text() == "&Check again"


def test_results_are_outdated_the_moment_an_input_changes_and_back(qtbot, make_window, simulator) -> None:
    window = make_window(initial={"base_url": simulator.url})
    window.key_page.set_key(TEST_KEY)
    assert run_checks(qtbot, window).ok
    assert states(window)[:3] == "DDD" and "Everything works" in window.check_page.banner.text()
    m = window.model_page
    original = m.base_url_text()
    m.base_url.setText(original + "/v9")  # one keystroke's worth of change
    assert states(window)[2] == "S" and "values changed" in window.check_page.banner.text()
    assert window.footer.status.text().startswith("The values changed since the check")
    m.base_url.setText(original)  # back to the values that were checked
    assert states(window)[:3] == "DDD" and "Everything works" in window.check_page.banner.text()


def test_a_second_run_wins_over_a_late_first_one(qtbot, make_window, simulator, monkeypatch) -> None:
    """Check pressed again while a run is going: the first run's answer, arriving only after the
    second run's, changes nothing on screen."""
    import threading

    import app.core.checks
    from app.simulator import Simulator

    real_run_checks = app.core.checks.run_checks
    first_checked = threading.Event()
    release_first = threading.Event()
    answers: list[object] = []

    def first_run_held_back(settings, **kwargs):
        # The real checks, against the real simulator; only the first run's answer is held back
        # until the test lets it go (and the cancel of the second press cannot hurry it).
        report = real_run_checks(settings, **kwargs)
        answers.append(report)
        if len(answers) == 1:
            first_checked.set()
            release_first.wait(WAIT_MS / 1000)
        return report

    monkeypatch.setattr(app.core.checks, "run_checks", first_run_held_back)
    with Simulator(api_key=TEST_KEY) as refusing:
        refusing.set_fault("bad_key")  # the first run ends in a failure
        window = make_window(initial={"base_url": refusing.url}, wait_catalog=False)
        window.key_page.set_key(TEST_KEY)
        window.go_to_step(3)
        window.run_check()
        assert first_checked.wait(WAIT_MS / 1000)
        window.model_page.base_url.setText(simulator.url)
        window.run_check()
        wait_verified(qtbot, window)
        check = window.check_page
        assert check.report is not None and check.report.ok and check.banner.kind() == "pass"
        # Only now does the first run answer: late, and failed.
        release_first.set()
        qtbot.waitUntil(lambda: not window.runner.active(), timeout=WAIT_MS)
        QApplication.processEvents()  # its answer, posted before it ended, is delivered here
    assert len(answers) == 2 and not answers[0].ok and answers[1].ok
    assert check.report is answers[1]
    assert check.report.settings["base_url"] == simulator.url
    assert [r.state() for r in check.rows.values()] == ["pass"] * 6
    assert check.banner.kind() == "pass" and states(window)[:3] == "DDD"


def test_the_key_is_never_written_to_the_settings_file(qtbot, make_window, simulator) -> None:
    from app.core import settings_store

    window = make_window(initial={"base_url": simulator.url})
    window.key_page.set_key(TEST_KEY)
    window.model_page.alias.setText("team-gemini")
    assert run_checks(qtbot, window).ok  # a passing check saves the settings...
    text = settings_store.settings_path().read_text(encoding="utf-8")
    assert "team-gemini" in text and TEST_KEY not in text
    window.close()  # ...and so does closing
    text = settings_store.settings_path().read_text(encoding="utf-8")
    assert "team-gemini" in text and TEST_KEY not in text
    again = make_window()
    assert again.model_page.alias_text() == "team-gemini"
    qtbot.waitUntil(lambda: again.key_page.keyring_available is not None, timeout=WAIT_MS)
    assert again.key_page.raw_text() == ""  # not remembered unless the user asked


def test_paste_notice_says_what_was_removed(qtbot, make_window, simulator) -> None:
    window = make_window(initial={"base_url": simulator.url})
    edit = window.key_page.edit
    QApplication.clipboard().setText(f'"Bearer {TEST_KEY}\u200b"\n')
    edit.setFocus()
    edit.paste()
    assert window.key_page.raw_text() == TEST_KEY
    notice = window.key_page.notice.text()
    for word in ("quotes", "Bearer", "invisible"):
        assert word in notice, notice
    assert TEST_KEY not in notice


def test_a_broken_base_url_is_explained_at_the_field(qtbot, make_window, simulator) -> None:
    window = make_window(initial={"base_url": simulator.url})
    window.key_page.set_key(TEST_KEY)
    m = window.model_page
    m.base_url.setText("http://llm.example.com")  # plain http to another computer: refused
    m.base_url.editingFinished.emit()
    assert m.host_notice.kind() == "fail" and "https://" in m.host_notice.text()
    assert states(window)[1] == "A"
    before = len(simulator.requests)
    window.go_to_step(3)
    window.run_check()
    check = window.check_page
    assert not check.is_running() and len(simulator.requests) == before
    assert "https://" in check.banner.text() and check.banner.button.text() == "Check the address"
    qtbot.mouseClick(check.banner.button, Qt.MouseButton.LeftButton)
    assert window.current == 2 and m.advanced.is_open()
    assert m.base_url.hasFocus() == window.isActiveWindow()


def test_a_corrupt_settings_file_is_set_aside_with_a_notice(qtbot, make_window, simulator) -> None:
    import json

    from app.core import settings_store

    path = settings_store.settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b'{"alias": "half-writ\xff')
    window = make_window(initial={"base_url": simulator.url})
    notice = window.settings_notice
    assert notice.isVisibleTo(window) and notice.kind() == "warn"
    assert "Traceback" not in notice.text()
    assert list(path.parent.glob("settings.json.corrupt-*")), "the broken file is kept aside, not lost"
    # The window works as usual and writes a good file again.
    window.key_page.set_key(TEST_KEY)
    assert run_checks(qtbot, window).ok
    saved = json.loads(path.read_text(encoding="utf-8"))
    assert saved["base_url"] == simulator.url and TEST_KEY not in path.read_text(encoding="utf-8")


def test_links_follow_a_switch_to_dark(qtbot, make_window, simulator) -> None:
    """Dark blue links on a dark background would be unreadable: the link colour follows."""
    from PySide6.QtGui import QColor, QPalette

    window = make_window(initial={"base_url": simulator.url})
    link = window.key_page.link
    qapp = QApplication.instance()
    original = qapp.palette()
    dark = QPalette(original)
    dark.setColor(QPalette.ColorRole.Window, QColor("#202124"))
    dark.setColor(QPalette.ColorRole.WindowText, QColor("#e8eaed"))
    dark.setColor(QPalette.ColorRole.Link, QColor("#8ab4f8"))
    try:
        qapp.setPalette(dark)
        qtbot.waitUntil(
            lambda: link.palette().color(QPalette.ColorRole.ButtonText) == QColor("#8ab4f8"), timeout=WAIT_MS
        )
    finally:
        qapp.setPalette(original)


def test_the_key_store_is_called_by_its_name_on_each_system(qtbot, monkeypatch) -> None:
    import sys

    from app.ui import texts

    for platform, name in (("darwin", "Keychain"), ("win32", "Credential Manager"), ("linux", "keyring")):
        monkeypatch.setattr(sys, "platform", platform)
        assert name in texts.key_store()


class _UrlCatcher(QObject):
    """Stands in for the web browser: Qt hands it the https links the window opens."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[str] = []

    @Slot(QUrl)
    def handle(self, url: QUrl) -> None:
        self.urls.append(url.toString())


def test_links_open_the_right_pages(qtbot, make_window, simulator) -> None:
    from PySide6.QtGui import QDesktopServices

    from app.core.model import BILLING_PAGE_URL, KEYS_PAGE_URL

    catcher = _UrlCatcher()
    QDesktopServices.setUrlHandler("https", catcher, "handle")
    try:
        window = make_window(initial={"base_url": simulator.url})
        qtbot.mouseClick(window.key_page.link, Qt.MouseButton.LeftButton)
        assert catcher.urls == [KEYS_PAGE_URL]
        window.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=WAIT_MS)
        window.key_page.link.setFocus()
        qtbot.keyClick(window.key_page.link, Qt.Key.Key_Return)  # keyboard users too
        assert catcher.urls == [KEYS_PAGE_URL] * 2

        # No credits: the banner's one button opens the billing page, and has the focus.
        simulator.set_fault("no_credits")
        window.key_page.set_key(TEST_KEY)
        run_checks(qtbot, window)
        banner = window.check_page.banner
        assert banner.button.text() == "Open the billing page"
        assert QApplication.focusWidget() is banner.button
        qtbot.keyClick(banner.button, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: len(catcher.urls) == 3, timeout=WAIT_MS)
        assert catcher.urls[-1] == BILLING_PAGE_URL
    finally:
        QDesktopServices.unsetUrlHandler("https")


def test_the_keys_page_address_is_cores(qtbot) -> None:
    """The key page names the keys page without importing core's model before the first paint."""
    from app.core.model import KEYS_PAGE_URL
    from app.ui.pages.key import KEYS_PAGE_URL as ON_THE_PAGE

    assert ON_THE_PAGE == KEYS_PAGE_URL


def test_the_chat_starts_with_the_example_question(make_window, simulator) -> None:
    window = make_window(initial={"base_url": simulator.url})
    assert window.confirm_page.chat.prompt.text() == "Give me a one-line Python function to merge two dicts."


def test_a_locked_keyring_is_explained_not_taken_for_no_key(qtbot, make_window, simulator) -> None:
    """A saved key that can't be read (keyring locked) must not be reported as "not saved yet"."""
    import keyring
    from keyring.errors import KeyringLocked

    from tests.test_window_helpers import MemoryKeyring

    class LockedKeyring(MemoryKeyring):
        def get_password(self, service: str, username: str) -> str | None:
            raise KeyringLocked("the collection is locked")

    keyring.set_keyring(LockedKeyring())  # the memory keyring fixture restores the original after
    window = make_window(initial={"base_url": simulator.url})
    k = window.key_page
    qtbot.waitUntil(lambda: k.keyring_available is not None, timeout=WAIT_MS)
    assert "Not saved" not in k.keyring_label.text()
    assert "not loaded" in k.keyring_label.text()
    notice = k.keyring_notice
    assert notice.isVisibleTo(window) and notice.kind() == "warn"
    assert "nlock" in notice.text() and "Traceback" not in notice.text()
    # Pasting the key still gets the user through.
    k.set_key(TEST_KEY)
    assert run_checks(qtbot, window).ok


def test_team_page_values_steps_date_never_the_key(qtbot, make_window, simulator, tmp_path) -> None:
    import re

    window = make_window(initial={"base_url": simulator.url, "alias": "team-gemini"})
    window.key_page.set_key(TEST_KEY)
    window.key_page.show_button.setChecked(True)  # even with the key shown on screen
    run_checks(qtbot, window)
    text = window.export_markdown(tmp_path / "team.md").read_text(encoding="utf-8")
    for needed in (simulator.url, "google/gemini-2.5-pro", "team-gemini", "Ctrl+Shift+J", "Azure"):
        assert needed in text, needed
    assert re.search(r"\d{4}-\d{2}-\d{2}", text), "the date checked"
    assert TEST_KEY not in text and TEST_KEY[-12:] not in text


def test_the_status_line_the_step_list_and_the_pages_agree(qtbot, make_window, simulator) -> None:
    """Through a failure and a fix: whatever the step list says, the status line and the page say too."""
    simulator.set_fault("bad_key")
    window = make_window(initial={"base_url": simulator.url})
    window.key_page.set_key(TEST_KEY)
    run_checks(qtbot, window)
    assert states(window)[:3] == "ADA"
    assert window.footer.status.text() == "Next: fix the key (step 1)."
    assert window.compact.where.text() == "Step 3 of 5 · Check · Fix"
    simulator.set_fault(None)
    window.key_page.set_key(TEST_KEY[:-1] + "9")  # another key: the old verdict no longer speaks for it
    assert states(window)[:3] == "DDS"
    run_checks(qtbot, window)  # the simulator accepts its own key only
    assert states(window)[:3] == "ADA"
    window.key_page.set_key(TEST_KEY)
    run_checks(qtbot, window)
    assert states(window)[:3] == "DDD" and window.footer.status.text() == "Next: set up Cursor (step 4)."
