"""The window, driven like a user would, against the simulator on loopback."""

# ruff: noqa: F811  (the fixtures are imported from the helpers module)

from __future__ import annotations

import subprocess
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from tests.conftest import TEST_KEY
from tests.test_window_helpers import (  # noqa: F401  (fixtures)
    WAIT_MS,
    by_accessible_name,
    make_window,
    memory_keyring,
    plain,
    wait_verified,
)


def _type_key(qtbot: Any, window: Any, key: str = TEST_KEY) -> None:
    window.key_section.edit.setFocus()
    qtbot.keyClicks(window.key_section.edit, key)


def test_happy_path_verify_and_copy(qtbot, make_window, simulator) -> None:
    window = make_window(initial={"base_url": simulator.url}, clipboard_clear_s=0.5)
    assert window.model_section.catalog_source == "live"
    assert window.model_section.deployment_text() == "google/gemini-2.5-pro"  # the default

    _type_key(qtbot, window)
    combo = window.model_section.deployment
    target = next(
        m for m in window.model_section.model_ids() if m != "google/gemini-2.5-pro" and "claude" in m
    )
    combo.setCurrentIndex(combo.findText(target))
    assert window.model_section.alias_text().startswith("aimlapi-")

    # Enter in the key field runs Verify.
    qtbot.keyClick(window.key_section.edit, Qt.Key.Key_Return)
    qtbot.waitUntil(
        lambda: window.verify_section.is_running() or window.verify_section.report, timeout=WAIT_MS
    )
    wait_verified(qtbot, window)
    report = window.verify_section.report
    assert report is not None and report.ok
    assert [row.status() for row in window.verify_section.rows.values()] == ["pass"] * 6
    assert window.verify_section.summary.kind() == "pass"
    # The real request Cursor sends went out with the key and the chosen deployment.
    verify_calls = [r for r in simulator.requests if f"/openai/deployments/{target}/" in r.path]
    assert verify_calls and verify_calls[0].headers.get("api-key") == TEST_KEY

    # Each copy button puts exactly the value Cursor needs on the clipboard.
    clip = QApplication.clipboard()
    copy = window.copy_section
    expected = {
        "Copy Base URL": simulator.url,
        "Copy Deployment Name": target,
        "Copy Model alias": window.model_section.alias_text(),
    }
    for name, value in expected.items():
        (button,) = by_accessible_name(window, name)
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        assert clip.text() == value
        assert button.text() == "Copied ✓"
    # Not done yet: the key is still to be copied, and the window says so.
    assert window.nav.buttons[3].state != "done"
    assert "Still to copy: API Key" in window.status_label.text()
    assert TEST_KEY not in copy.fields["api_key"].text()  # masked on screen
    (key_button,) = by_accessible_name(window, "Copy API Key")
    qtbot.mouseClick(key_button, Qt.MouseButton.LeftButton)
    assert clip.text() == TEST_KEY
    qtbot.waitUntil(lambda: clip.text() == "", timeout=WAIT_MS)  # cleared after the (short) timeout

    # Copying something else afterwards: the guard must leave it alone.
    qtbot.mouseClick(key_button, Qt.MouseButton.LeftButton)
    assert clip.text() == TEST_KEY
    clip.setText("my own notes")
    qtbot.waitUntil(lambda: not window.clipboard.pending(), timeout=WAIT_MS)
    assert clip.text() == "my own notes"

    qtbot.mouseClick(copy.copy_all_button, Qt.MouseButton.LeftButton)
    assert simulator.url in clip.text() and target in clip.text() and TEST_KEY not in clip.text()
    assert window.nav.buttons[3].state == "done"


def test_accessible_names_exist(make_window, simulator) -> None:
    window = make_window(initial={"base_url": simulator.url})
    for name in ("API key", "Deployment name", "Model alias", "Base URL", "Verify", "Copy Base URL",
                 "Copy Deployment Name", "Copy API Key", "Copy Model alias"):  # fmt: skip
        assert by_accessible_name(window, name), name


FAILURES = [
    ("bad_key", {}, "google/gemini-2.5-pro", "invalid_key"),
    (None, {}, "nobody/no-such-model", "deployment_not_found"),
    ("no_credits", {}, "google/gemini-2.5-pro", "no_credits"),
    ("server_error", {"status": 500}, "google/gemini-2.5-pro", "server_error"),
]


@pytest.mark.parametrize(("fault", "options", "deployment", "code"), FAILURES)
def test_each_failure_shows_its_fix(qtbot, make_window, simulator, fault, options, deployment, code) -> None:
    if fault:
        simulator.set_fault(fault, **options)
    window = make_window(initial={"base_url": simulator.url, "deployment": deployment})
    window.key_section.set_key(TEST_KEY)
    qtbot.mouseClick(window.verify_section.verify_button, Qt.MouseButton.LeftButton)
    wait_verified(qtbot, window)
    report = window.verify_section.report
    assert report is not None and not report.ok
    failed = [c for c in report.checks if str(c.status) == "fail"]
    assert any(str(c.problem) == code for c in failed), [(c.id, c.problem) for c in report.checks]
    for check in failed:
        row = window.verify_section.rows[check.id]
        assert row.status() == "fail"
        assert check.fix and plain(row.fix_text()) == f"What to do: {' '.join(check.fix.split())}"
    summary = window.verify_section.summary
    assert summary.kind() == "fail" and "What to do" in summary.text()
    assert "Traceback" not in summary.text() and TEST_KEY not in summary.text()
    assert window.copy_section.state_notice.kind() == "warn"  # step 4 says it is not working yet
    assert window.nav.buttons[2].state == "current"
    # The summary links to the field the fix is about.
    target = {
        "invalid_key": window.key_section.edit,
        "no_credits": window.key_section.edit,
        "deployment_not_found": window.model_section.deployment,
    }.get(code)
    if target is not None:
        href = "#step1" if target is window.key_section.edit else "#step2"
        assert href in summary.label.text()
        summary.label.linkActivated.emit(href)
        assert window.focusWidget() is target or target.isAncestorOf(window.focusWidget())


def test_cancel_then_run_again(qtbot, make_window, simulator) -> None:
    window = make_window(initial={"base_url": simulator.url})
    window.key_section.set_key(TEST_KEY)
    simulator.set_fault("slow", delay_ms=4000)
    window.verify()
    qtbot.waitUntil(
        lambda: any(r.status() == "running" for r in window.verify_section.rows.values()), timeout=WAIT_MS
    )
    assert window.verify_section.cancel_button.isEnabled()
    qtbot.mouseClick(window.verify_section.cancel_button, Qt.MouseButton.LeftButton)
    wait_verified(qtbot, window)
    assert window.verify_section.report is None
    assert "Stopped" in window.verify_section.summary.text()
    assert all(r.status() != "running" for r in window.verify_section.rows.values())

    simulator.set_fault(None)
    window.verify()
    window.verify()  # pressing Verify again while running is safe: the latest run wins
    wait_verified(qtbot, window)
    assert window.verify_section.report is not None and window.verify_section.report.ok


def test_bad_input_is_explained_without_running(qtbot, make_window, simulator) -> None:
    window = make_window(initial={"base_url": simulator.url})
    assert window.focusWidget() is window.key_section.edit  # ready to paste at once
    before = len(simulator.requests)
    window.verify()  # no key yet
    assert not window.verify_section.is_running()
    assert window.verify_section.summary.kind() == "fail"
    assert len(simulator.requests) == before
    assert window.key_section.edit.hasFocus() or not window.isActiveWindow()


def test_paste_is_cleaned_with_a_notice(qtbot, make_window, simulator) -> None:
    window = make_window(initial={"base_url": simulator.url})
    QApplication.clipboard().setText(f'  "Bearer {TEST_KEY}"\n')
    window.key_section.edit.setFocus()
    window.key_section.edit.paste()
    assert window.key_section.raw_text() == TEST_KEY
    notice = window.key_section.notice
    assert notice.isVisibleTo(window) and notice.text()
    assert TEST_KEY not in notice.text()


def test_show_hide_key(qtbot, make_window, simulator) -> None:
    window = make_window(initial={"base_url": simulator.url})
    edit = window.key_section.edit
    assert edit.echoMode() == edit.EchoMode.Password
    qtbot.mouseClick(window.key_section.show_button, Qt.MouseButton.LeftButton)
    assert edit.echoMode() == edit.EchoMode.Normal
    qtbot.mouseClick(window.key_section.show_button, Qt.MouseButton.LeftButton)
    assert edit.echoMode() == edit.EchoMode.Password


def test_alias_warning_and_host_warning(qtbot, make_window, simulator) -> None:
    window = make_window(initial={"base_url": simulator.url})
    m = window.model_section
    m.alias.setFocus()
    m.alias.selectAll()
    qtbot.keyClicks(m.alias, "gpt-4o")
    assert m.alias_notice.kind() == "warn" and m.alias_notice.isVisibleTo(window)
    m.alias.clear()
    qtbot.keyClicks(m.alias, "team-gemini")
    assert not m.alias_notice.isVisibleTo(window)

    assert "test server on this computer" in m.host_notice.text()
    m.base_url.setText("https://llm.example.com/openai")
    m.base_url.editingFinished.emit()
    assert m.base_url_text() == "https://llm.example.com"
    assert m.host_notice.kind() == "warn" and "llm.example.com" in m.host_notice.text()
    assert m.advanced.is_open()  # never hide where the key goes


def test_chat_streams_token_by_token(qtbot, make_window, simulator) -> None:
    window = make_window(initial={"base_url": simulator.url})
    window.key_section.set_key(TEST_KEY)
    chat = window.chat_section
    qtbot.mouseClick(chat.send_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: chat.updates >= 1, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: not chat.is_running(), timeout=WAIT_MS)
    assert chat.updates > 1, "the answer should arrive in several pieces"
    assert chat.reply.toPlainText().strip()
    assert "First words after" in chat.timing.text() and "finished in" in chat.timing.text()
    bodies = [r.body.replace(b" ", b"") for r in simulator.requests if r.path.endswith("/chat/completions")]
    assert any(b'"stream":true' in body for body in bodies)


def test_chat_step_is_done_only_for_the_values_it_used(qtbot, make_window, simulator) -> None:
    window = make_window(initial={"base_url": simulator.url})
    window.key_section.set_key(TEST_KEY)
    window.start_chat()
    qtbot.waitUntil(lambda: window.nav.buttons[4].state == "done", timeout=WAIT_MS)
    # Another model: the chat that worked says nothing about it, so step 5 is to do again.
    qtbot.keyClicks(window.model_section.deployment.lineEdit(), "-other")
    qtbot.waitUntil(lambda: window.nav.buttons[4].state != "done", timeout=WAIT_MS)


@pytest.mark.parametrize("fault", ["bad_key", "stream_cut", "html_proxy"])
def test_chat_error_in_plain_words(qtbot, make_window, simulator, fault) -> None:
    simulator.set_fault(fault)
    window = make_window(initial={"base_url": simulator.url})
    window.key_section.set_key(TEST_KEY)
    window.start_chat()
    qtbot.waitUntil(lambda: window.chat_section.notice.isVisibleTo(window), timeout=WAIT_MS)
    qtbot.waitUntil(lambda: not window.chat_section.is_running(), timeout=WAIT_MS)
    notice = window.chat_section.notice
    assert notice.kind() == "fail" and "What to do" in notice.text()
    assert "Traceback" not in notice.text() and "SSE" not in notice.text() and TEST_KEY not in notice.text()


def test_chat_can_be_stopped(qtbot, make_window, simulator) -> None:
    simulator.set_fault("slow", delay_ms=0, token_delay_ms=300)
    window = make_window(initial={"base_url": simulator.url})
    window.key_section.set_key(TEST_KEY)
    chat = window.chat_section
    window.start_chat()
    qtbot.waitUntil(lambda: chat.updates >= 1, timeout=WAIT_MS)
    qtbot.mouseClick(chat.stop_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not chat.is_running(), timeout=WAIT_MS)
    assert chat.notice.text() == "Stopped."


def test_export_curl_report_and_about(qtbot, make_window, simulator, tmp_path) -> None:
    import app

    window = make_window(initial={"base_url": simulator.url, "alias": "team-gemini"})
    window.key_section.set_key(TEST_KEY)
    window.verify()
    wait_verified(qtbot, window)
    page = window.export_markdown(tmp_path / "team.md")
    text = page.read_text(encoding="utf-8")
    assert "google/gemini-2.5-pro" in text and "team-gemini" in text and TEST_KEY not in text
    window.copy_curl()
    curl = QApplication.clipboard().text()
    assert "curl" in curl and "AIMLAPI_API_KEY" in curl and TEST_KEY not in curl
    report = window.save_diagnostic_report(tmp_path / "report.json")
    assert report is not None and report.exists() and TEST_KEY not in report.read_text(encoding="utf-8")
    box = window.show_about()
    assert app.__version__ in box.text()
    box.close()


def test_keyring_remember_load_forget(qtbot, make_window, simulator, memory_keyring) -> None:
    window = make_window(initial={"base_url": simulator.url})
    qtbot.waitUntil(lambda: window.key_section.keyring_available is not None, timeout=WAIT_MS)
    assert window.key_section.keyring_available
    window.key_section.set_key(TEST_KEY)
    qtbot.mouseClick(window.key_section.remember_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.key_section.saved_in_keyring, timeout=WAIT_MS)
    assert TEST_KEY in memory_keyring.store.values()

    second = make_window(initial={"base_url": simulator.url})
    qtbot.waitUntil(lambda: second.key_section.raw_text() == TEST_KEY, timeout=WAIT_MS)
    assert "keyring" in second.key_section.keyring_label.text()
    assert second.focusWidget() is second.verify_section.verify_button  # next: press Verify
    qtbot.mouseClick(second.key_section.forget_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not memory_keyring.store, timeout=WAIT_MS)


def _secret_tool_lookup() -> str:
    done = subprocess.run(
        ["secret-tool", "lookup", "service", "cursor-azure-setup", "username", "aimlapi-api-key"],
        capture_output=True,
        text=True,
        timeout=20,
    )
    return done.stdout


def test_remember_and_forget_with_the_real_keyring(qtbot, make_window, simulator, real_keyring) -> None:
    """The window against the operating system's Secret Service (gnome-keyring), read back by secret-tool."""
    import keyring
    from keyring.backends.SecretService import Keyring as SecretServiceKeyring

    keyring.set_keyring(SecretServiceKeyring())  # the memory keyring fixture restores the original after
    window = make_window(initial={"base_url": simulator.url})
    qtbot.waitUntil(lambda: window.key_section.keyring_available is not None, timeout=WAIT_MS)
    assert window.key_section.keyring_available
    window.key_section.set_key(TEST_KEY)
    qtbot.mouseClick(window.key_section.remember_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.key_section.saved_in_keyring, timeout=WAIT_MS)
    assert _secret_tool_lookup() == TEST_KEY

    second = make_window(initial={"base_url": simulator.url})
    qtbot.waitUntil(lambda: second.key_section.raw_text() == TEST_KEY, timeout=WAIT_MS)
    qtbot.mouseClick(second.key_section.forget_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not second.key_section.saved_in_keyring, timeout=WAIT_MS)
    assert _secret_tool_lookup() == ""


def test_keyring_absent_key_still_works(qtbot, make_window, simulator) -> None:
    import keyring
    from keyring.backends import fail

    keyring.set_keyring(fail.Keyring())  # the memory keyring fixture restores the original after
    window = make_window(initial={"base_url": simulator.url})
    qtbot.waitUntil(lambda: window.key_section.keyring_available is False, timeout=WAIT_MS)
    label = window.key_section.keyring_label.text()
    assert "can't be remembered" in label and "still works" in label
    window.key_section.set_key(TEST_KEY)
    assert not window.key_section.remember_button.isEnabled()
    window.verify()
    wait_verified(qtbot, window)
    assert window.verify_section.report is not None and window.verify_section.report.ok


def test_non_secret_values_are_remembered(qtbot, make_window, simulator) -> None:
    window = make_window(initial={"base_url": simulator.url})
    window.model_section.alias.setText("team-gemini")
    window.model_section.timeout.setValue(45)
    window.close()
    again = make_window()
    assert again.model_section.base_url_text() == simulator.url
    assert again.model_section.alias_text() == "team-gemini"
    assert again.model_section.timeout_s() == 45
    from app.core import settings_store

    assert TEST_KEY not in settings_store.settings_path().read_text(encoding="utf-8")


def test_preset_locks_fields_and_limits_models(qtbot, make_window, simulator, tmp_path) -> None:
    from app.core.preset_service import load_presets

    path = tmp_path / "preset.toml"
    path.write_text(
        f"""
[organisation]
name = "Acme IT"
help_url = "https://intranet.example/cursor"
[cursor]
base_url = "{simulator.url}"
deployment = "google/gemini-2.5-pro"
alias = "acme-gemini"
allowed_deployments = ["google/gemini-2.5-pro", "anthropic/claude-3-5-haiku"]
[lock]
fields = ["base_url", "deployment"]
""",
        encoding="utf-8",
    )
    window = make_window(presets=load_presets(path))
    m = window.model_section
    assert "Acme IT" in window.org_notice.text() and "intranet.example/cursor" in window.org_notice.text()
    assert not m.base_url.isEnabled() and "IT" in m.base_url.toolTip()
    assert not m.deployment.isEnabled() and "Acme IT" in m.deployment.toolTip()
    assert "IT team" in m.locked_note.text() and "Base URL" in m.locked_note.text()
    assert m.alias.isEnabled() and m.alias_text() == "acme-gemini"
    # The deployment is locked, so the one allowed is the locked one (``Preset.allows``).
    assert m.model_ids() == ["google/gemini-2.5-pro"]
    assert m.base_url_text() == simulator.url


@pytest.mark.qt_no_exception_capture
def test_unexpected_error_shows_friendly_dialog_and_window_survives(qtbot, make_window, simulator) -> None:
    import sys

    from app.ui import errors

    window = make_window(initial={"base_url": simulator.url})
    window.key_section.set_key(TEST_KEY)
    window.model_section.alias.setText("typed-by-me")
    old_hook = sys.excepthook
    errors.install_exception_hook(lambda: window)
    try:

        def boom() -> None:
            raise RuntimeError("a bug in a slot")

        window.copy_section.copy_all_button.clicked.connect(boom)
        qtbot.mouseClick(window.copy_section.copy_all_button, Qt.MouseButton.LeftButton)

        def dialog() -> QMessageBox | None:
            found = [w for w in QApplication.topLevelWidgets() if w.objectName() == "friendlyErrorDialog"]
            return next((w for w in found if isinstance(w, QMessageBox) and w.isVisible()), None)

        qtbot.waitUntil(lambda: dialog() is not None, timeout=WAIT_MS)
        box = dialog()
        assert box is not None
        assert "Traceback" not in box.text() + box.informativeText()
        assert "still there" in box.text()
        box.close()
        window.copy_section.copy_all_button.clicked.disconnect(boom)
    finally:
        sys.excepthook = old_hook
    # The window still works, and nothing the user typed was lost.
    assert window.model_section.alias_text() == "typed-by-me"
    window.verify()
    wait_verified(qtbot, window)
    assert window.verify_section.report is not None and window.verify_section.report.ok


def test_follows_a_switch_to_dark_palette(qtbot, make_window, simulator) -> None:
    from PySide6.QtGui import QColor, QPalette

    from app.ui import theme

    window = make_window(initial={"base_url": simulator.url})
    intro_hint = window.copy_section.key_hint
    light_muted = intro_hint.palette().color(QPalette.ColorRole.WindowText)
    qapp = QApplication.instance()
    original = qapp.palette()
    dark = QPalette(original)
    dark.setColor(QPalette.ColorRole.Window, QColor("#202124"))
    dark.setColor(QPalette.ColorRole.WindowText, QColor("#e8eaed"))
    try:
        qapp.setPalette(dark)
        qtbot.waitUntil(
            lambda: intro_hint.palette().color(QPalette.ColorRole.WindowText) != light_muted, timeout=WAIT_MS
        )
        muted = intro_hint.palette().color(QPalette.ColorRole.WindowText)
        assert muted.lightnessF() > 0.5  # light text on the dark background
        assert theme.is_dark()
    finally:
        qapp.setPalette(original)


def test_keyring_that_refuses_to_store_is_explained(qtbot, make_window, simulator) -> None:
    import keyring
    from keyring.errors import PasswordSetError

    from tests.test_window_helpers import MemoryKeyring

    class RefusingKeyring(MemoryKeyring):
        def set_password(self, service: str, username: str, password: str) -> None:
            raise PasswordSetError("the keyring is read-only")

    keyring.set_keyring(RefusingKeyring())  # the memory keyring fixture restores the original after
    window = make_window(initial={"base_url": simulator.url})
    qtbot.waitUntil(lambda: window.key_section.keyring_available is not None, timeout=WAIT_MS)
    window.key_section.set_key(TEST_KEY)
    qtbot.mouseClick(window.key_section.remember_button, Qt.MouseButton.LeftButton)
    notice = window.key_section.keyring_notice
    qtbot.waitUntil(lambda: notice.isVisibleTo(window), timeout=WAIT_MS)
    assert notice.kind() == "warn" and "Traceback" not in notice.text() and TEST_KEY not in notice.text()
    assert window.key_section.keyring_label.text() == "Not saved."
    assert not window.key_section.saved_in_keyring
