"""Behaviours of the window a user relies on, each checked so that breaking it fails a test."""

# ruff: noqa: F811  (the fixtures are imported from the helpers module)
from __future__ import annotations

from PySide6.QtCore import QObject, Qt, QUrl, Slot
from PySide6.QtWidgets import QApplication

from tests.conftest import TEST_KEY
from tests.test_window_helpers import WAIT_MS, make_window, memory_keyring, wait_verified  # noqa: F401


def test_typing_while_the_checks_run(qtbot, make_window, simulator) -> None:
    """The form stays editable during a run; the result then belongs to the values it checked."""
    simulator.set_fault("slow", delay_ms=2500)
    window = make_window(initial={"base_url": simulator.url})
    window.key_section.set_key(TEST_KEY)
    window.verify()
    v, m = window.verify_section, window.model_section
    qtbot.waitUntil(lambda: any(r.status() == "running" for r in v.rows.values()), timeout=WAIT_MS)
    # Step 4 says the values are being checked, not that they never were.
    assert "Checking these values" in window.copy_section.state_notice.text()
    m.alias.setFocus()
    m.alias.selectAll()
    qtbot.keyClicks(m.alias, "my-own-name")
    assert m.alias_text() == "my-own-name"
    assert v.is_running(), "the run should still be going: the keys were handled while it ran"
    assert "keep editing" in window.status_label.text()
    wait_verified(qtbot, window)
    assert v.report is not None and v.report.ok
    assert v.report.settings["alias"] != "my-own-name"  # checked with the values at the press
    # Step 4 no longer claims the changed values were checked, and step 3 is to do again.
    assert window.copy_section.state_notice.kind() == "info"
    assert window.copy_section.value("alias") == "my-own-name"
    assert window.nav.buttons[2].state != "done"


def test_a_second_run_wins_over_a_late_first_one(qtbot, make_window, simulator, monkeypatch) -> None:
    """Verify pressed again while a run is going: the first run's answer, arriving only after the
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
        window.key_section.set_key(TEST_KEY)
        window.verify()
        assert first_checked.wait(WAIT_MS / 1000)
        window.model_section.base_url.setText(simulator.url)
        window.verify()
        wait_verified(qtbot, window)
        v = window.verify_section
        assert v.report is not None and v.report.ok and v.summary.kind() == "pass"
        # Only now does the first run answer: late, and failed.
        release_first.set()
        qtbot.waitUntil(lambda: not window.runner.active(), timeout=WAIT_MS)
        QApplication.processEvents()  # its answer, posted before it ended, is delivered here
    assert len(answers) == 2 and not answers[0].ok and answers[1].ok
    assert v.report is answers[1]
    assert v.report.settings["base_url"] == simulator.url
    assert [r.status() for r in v.rows.values()] == ["pass"] * 6
    assert v.summary.kind() == "pass"
    assert window.nav.buttons[2].state == "done"


def test_the_key_is_never_written_to_the_settings_file(qtbot, make_window, simulator) -> None:
    from app.core import settings_store

    window = make_window(initial={"base_url": simulator.url})
    window.key_section.set_key(TEST_KEY)
    window.model_section.alias.setText("team-gemini")
    window.verify()  # a passing check saves the settings...
    wait_verified(qtbot, window)
    assert window.verify_section.report.ok
    text = settings_store.settings_path().read_text(encoding="utf-8")
    assert "team-gemini" in text and TEST_KEY not in text
    window.close()  # ...and so does closing
    text = settings_store.settings_path().read_text(encoding="utf-8")
    assert "team-gemini" in text and TEST_KEY not in text
    again = make_window()
    assert again.model_section.alias_text() == "team-gemini"
    qtbot.waitUntil(lambda: again.key_section.keyring_available is not None, timeout=WAIT_MS)
    assert again.key_section.raw_text() == ""  # not remembered unless the user asked


def test_closing_the_window_takes_the_key_off_the_clipboard(qtbot, make_window, simulator) -> None:
    clip = QApplication.clipboard()
    window = make_window(initial={"base_url": simulator.url}, clipboard_clear_s=300)
    window.key_section.set_key(TEST_KEY)
    window.copy_section.copy("api_key")
    assert clip.text() == TEST_KEY
    window.close()
    assert clip.text() == ""

    other = make_window(initial={"base_url": simulator.url}, clipboard_clear_s=300)
    other.key_section.set_key(TEST_KEY)
    other.copy_section.copy("api_key")
    clip.setText("something I copied myself")
    other.close()
    assert clip.text() == "something I copied myself"


def test_key_clipboard_timer_leaves_later_copies_alone(qtbot, make_window, simulator) -> None:
    clip = QApplication.clipboard()
    window = make_window(initial={"base_url": simulator.url}, clipboard_clear_s=0.3)
    window.key_section.set_key(TEST_KEY)
    window.copy_section.copy("api_key")
    assert "emptied in" in window.copy_section.feedback.text()
    window.copy_section.copy("base_url")  # the user copies another value from the window
    assert clip.text() == simulator.url
    qtbot.waitUntil(lambda: not window.clipboard.pending(), timeout=WAIT_MS)
    assert clip.text() == simulator.url
    window.copy_section.copy("api_key")
    qtbot.waitUntil(lambda: clip.text() == "", timeout=WAIT_MS)
    assert "removed from the clipboard" in window.copy_section.feedback.text()


def test_copy_all_but_the_key_is_ready_to_paste(qtbot, make_window, simulator) -> None:
    window = make_window(initial={"base_url": simulator.url, "alias": "team-gemini"})
    window.key_section.set_key(TEST_KEY)
    qtbot.mouseClick(window.copy_section.copy_all_button, Qt.MouseButton.LeftButton)
    assert QApplication.clipboard().text().splitlines() == [
        f"Base URL: {simulator.url}",
        "Deployment Name: google/gemini-2.5-pro",
        "Model alias: team-gemini",
    ]


def test_paste_notice_says_what_was_removed(qtbot, make_window, simulator) -> None:
    window = make_window(initial={"base_url": simulator.url})
    edit = window.key_section.edit
    QApplication.clipboard().setText(f'"Bearer {TEST_KEY}\u200b"\n')
    edit.setFocus()
    edit.paste()
    assert window.key_section.raw_text() == TEST_KEY
    notice = window.key_section.notice.text()
    for word in ("quotes", "Bearer", "invisible"):
        assert word in notice, notice
    assert TEST_KEY not in notice


def test_a_broken_base_url_is_explained_at_the_field(qtbot, make_window, simulator) -> None:
    window = make_window(initial={"base_url": simulator.url})
    window.key_section.set_key(TEST_KEY)
    m = window.model_section
    m.base_url.setText("http://llm.example.com")  # plain http to another computer: refused
    m.base_url.editingFinished.emit()
    assert m.host_notice.kind() == "fail" and "https://" in m.host_notice.text()
    before = len(simulator.requests)
    window.verify()
    assert not window.verify_section.is_running() and len(simulator.requests) == before
    assert "https://" in window.verify_section.summary.text()
    assert m.advanced.is_open() and m.base_url.hasFocus() == window.isActiveWindow()


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
    window.key_section.set_key(TEST_KEY)
    window.verify()
    wait_verified(qtbot, window)
    assert window.verify_section.report.ok
    saved = json.loads(path.read_text(encoding="utf-8"))
    assert saved["base_url"] == simulator.url and TEST_KEY not in path.read_text(encoding="utf-8")


def test_links_follow_a_switch_to_dark(qtbot, make_window, simulator) -> None:
    """Dark blue links on a dark background would be unreadable: the link colour follows."""
    from PySide6.QtGui import QColor, QPalette

    window = make_window(initial={"base_url": simulator.url})
    link = window.key_section.link
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

    from app.core.model import KEYS_PAGE_URL

    catcher = _UrlCatcher()
    QDesktopServices.setUrlHandler("https", catcher, "handle")
    try:
        window = make_window(initial={"base_url": simulator.url})
        qtbot.mouseClick(window.key_section.link, Qt.MouseButton.LeftButton)
        assert catcher.urls == [KEYS_PAGE_URL]
        window.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=WAIT_MS)
        window.key_section.link.setFocus()
        qtbot.keyClick(window.key_section.link, Qt.Key.Key_Return)  # keyboard users too
        assert catcher.urls == [KEYS_PAGE_URL] * 2

        # A failed check names the page to go to, as a link.
        simulator.set_fault("no_credits")
        window.key_section.set_key(TEST_KEY)
        window.verify()
        wait_verified(qtbot, window)
        fix = window.verify_section.rows["account"].fix
        assert 'href="https://aimlapi.com/app/billing/"' in fix.text()
        # Reached with Tab, opened with Enter. Some platforms select the link as the label gets
        # the focus, others on the next Tab inside the label.
        fix.setFocus(Qt.FocusReason.TabFocusReason)
        qtbot.keyClick(fix, Qt.Key.Key_Return)
        if len(catcher.urls) == 2:
            qtbot.keyClick(fix, Qt.Key.Key_Tab)
            qtbot.keyClick(fix, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: len(catcher.urls) == 3, timeout=WAIT_MS)
        assert catcher.urls[-1] == "https://aimlapi.com/app/billing/"
    finally:
        QDesktopServices.unsetUrlHandler("https")


def test_the_chat_starts_with_the_example_question(make_window, simulator) -> None:
    window = make_window(initial={"base_url": simulator.url})
    assert window.chat_section.prompt.text() == "Give me a one-line Python function to merge two dicts."


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
    k = window.key_section
    qtbot.waitUntil(lambda: k.keyring_available is not None, timeout=WAIT_MS)
    assert "Not saved" not in k.keyring_label.text()
    assert "not loaded" in k.keyring_label.text()
    notice = k.keyring_notice
    assert notice.isVisibleTo(window) and notice.kind() == "warn"
    assert "nlock" in notice.text() and "Traceback" not in notice.text()
    # Pasting the key still gets the user through.
    k.set_key(TEST_KEY)
    window.verify()
    wait_verified(qtbot, window)
    assert window.verify_section.report.ok


def test_team_page_values_steps_date_never_the_key(qtbot, make_window, simulator, tmp_path) -> None:
    import re

    window = make_window(initial={"base_url": simulator.url, "alias": "team-gemini"})
    window.key_section.set_key(TEST_KEY)
    window.key_section.show_button.setChecked(True)  # even with the key shown on screen
    window.verify()
    wait_verified(qtbot, window)
    text = window.export_markdown(tmp_path / "team.md").read_text(encoding="utf-8")
    for needed in (simulator.url, "google/gemini-2.5-pro", "team-gemini", "Ctrl+Shift+J", "Azure"):
        assert needed in text, needed
    assert re.search(r"\d{4}-\d{2}-\d{2}", text), "the date checked"
    assert TEST_KEY not in text and TEST_KEY[-12:] not in text
