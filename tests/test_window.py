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
    run_checks,
    states,
    wait_verified,
)


def _type_key(qtbot: Any, window: Any, key: str = TEST_KEY) -> None:
    window.key_page.edit.setFocus()
    qtbot.keyClicks(window.key_page.edit, key)


def test_happy_path_from_key_to_checked(qtbot, make_window, simulator) -> None:
    window = make_window(initial={"base_url": simulator.url})
    assert window.current == 1 and states(window) == "TTTTT"
    assert window.footer.status.text() == "Next: paste your API key."
    _type_key(qtbot, window)
    assert states(window)[0] == "D"
    qtbot.mouseClick(window.footer.primary, Qt.MouseButton.LeftButton)  # Next
    assert window.current == 2
    m = window.model_page
    assert m.catalog_source == "live" and m.deployment_text() == "google/gemini-2.5-pro"
    target = next(i for i in m.model_ids() if i != "google/gemini-2.5-pro" and "claude" in i)
    m.picker.set_current_id(target)
    assert m.alias_text().startswith("aimlapi-") and target in m.picker_detail.text()
    qtbot.mouseClick(window.footer.primary, Qt.MouseButton.LeftButton)  # Next
    assert window.current == 3 and states(window) == "DDTTT"
    assert window.footer.primary.text() == "&Check"
    qtbot.mouseClick(window.footer.primary, Qt.MouseButton.LeftButton)  # Check
    wait_verified(qtbot, window)
    check = window.check_page
    assert check.report is not None and check.report.ok
    assert [row.state() for row in check.rows.values()] == ["pass"] * 6
    assert check.banner.kind() == "pass" and "Everything works" in check.banner.text()
    assert states(window) == "DDDTT" and window.footer.primary.text() == "&Next"
    assert window.footer.status.text() == "Next: set up Cursor (step 4)."
    # The real request Cursor sends went out with the key and the chosen deployment.
    calls = [r for r in simulator.requests if f"/openai/deployments/{target}/" in r.path]
    assert calls and calls[0].headers.get("api-key") == TEST_KEY


FAILURES = [
    ("bad_key", {}, "google/gemini-2.5-pro", "invalid_key", "Change the key", "ADAT"),
    (None, {}, "nobody/no-such-model", "deployment_not_found", "Choose another model", "DAAT"),
    ("no_credits", {}, "google/gemini-2.5-pro", "no_credits", "Open the billing page", "DDAT"),
    ("server_error", {"status": 500}, "google/gemini-2.5-pro", "server_error", "", "DDAT"),
]


@pytest.mark.parametrize(("fault", "options", "deployment", "code", "action", "steps"), FAILURES)
def test_each_failure_is_said_once_with_its_one_fix(
    qtbot, make_window, simulator, fault, options, deployment, code, action, steps
) -> None:
    if fault:
        simulator.set_fault(fault, **options)
    window = make_window(initial={"base_url": simulator.url, "deployment": deployment})
    window.key_page.set_key(TEST_KEY)
    report = run_checks(qtbot, window)
    assert report is not None and not report.ok
    failed = [c for c in report.checks if str(c.status) == "fail"]
    first = failed[0]
    assert str(first.problem) == code, [(c.id, c.problem) for c in report.checks]
    banner = window.check_page.banner
    # The banner: the failure's sentence, the one fix, and the button that does it.
    assert banner.kind() == "fail" and banner.title.text() == first.message
    assert banner.plain_body() == " ".join(first.fix.split())
    assert banner.has_action() == bool(action) and (not action or banner.button.text() == action)
    assert "Traceback" not in banner.text() and TEST_KEY not in banner.text()
    # Each failure said once: rows of the same cause point at the banner, no fix repeated.
    for check in report.checks:
        row = window.check_page.rows[check.id]
        if check is first or (str(check.status) in ("fail", "skipped") and check.problem == first.problem):
            assert row.summary.text() == "See above" and not row.fix_text()
    shown = [r.fix_text() for r in window.check_page.rows.values()]
    assert not any(first.fix.split()[0] in plain(t) and first.fix in plain(t) for t in shown if t)
    # One story: the step the failure blames is not "done", and the status says what to do.
    assert states(window)[:4] == steps
    assert window.footer.primary.text() == "&Check again"
    # Focus on the one thing to do; pressing it gets there.
    if action:
        assert QApplication.focusWidget() is banner.button or not window.isActiveWindow()
    if code == "invalid_key":
        qtbot.mouseClick(banner.button, Qt.MouseButton.LeftButton)
        assert window.current == 1 and window.focusWidget() in (window.key_page.edit, None)
    elif code == "deployment_not_found":
        qtbot.mouseClick(banner.button, Qt.MouseButton.LeftButton)
        assert window.current == 2


def test_a_rate_limit_is_said_once(qtbot, make_window, simulator) -> None:
    simulator.set_fault("rate_limited", retry_after=1)
    window = make_window(initial={"base_url": simulator.url})
    window.key_page.set_key(TEST_KEY)
    report = run_checks(qtbot, window)
    texts = [window.check_page.banner.text()] + [
        plain(r.message.text()) + " " + plain(r.fix_text()) for r in window.check_page.rows.values()
    ]
    waits = [t for t in texts if "Wait" in t or "wait" in t]
    assert report is not None and len(waits) <= 1, texts


def test_stop_then_check_again(qtbot, make_window, simulator) -> None:
    window = make_window(initial={"base_url": simulator.url})
    window.key_page.set_key(TEST_KEY)
    simulator.set_fault("slow", delay_ms=4000)
    window.go_to_step(3)
    window.run_check()
    check = window.check_page
    qtbot.waitUntil(lambda: any(r.state() == "running" for r in check.rows.values()), timeout=WAIT_MS)
    assert window.footer.secondary.isVisible() and window.footer.secondary.text() == "&Stop"
    assert not window.footer.primary.isEnabled() and states(window)[2] == "R"
    qtbot.mouseClick(window.footer.secondary, Qt.MouseButton.LeftButton)
    wait_verified(qtbot, window)
    assert check.report is None and "Stopped" in check.banner.text()
    assert all(r.state() != "running" for r in check.rows.values())
    assert not window.footer.secondary.isVisible()

    simulator.set_fault(None)
    window.run_check()
    window.run_check()  # pressing Check again while running is safe: the latest run wins
    wait_verified(qtbot, window)
    assert check.report is not None and check.report.ok


def test_check_without_a_key_says_so_and_sends_nothing(qtbot, make_window, simulator) -> None:
    window = make_window(initial={"base_url": simulator.url})
    assert window.focusWidget() is window.key_page.edit  # ready to paste at once
    before = len(simulator.requests)
    window.go_to_step(3)
    window.run_check()
    check = window.check_page
    assert not check.is_running() and len(simulator.requests) == before
    assert check.banner.kind() == "fail" and "Paste your AI/ML API key" in check.banner.text()
    assert check.banner.button.text() == "Change the key"
    qtbot.mouseClick(check.banner.button, Qt.MouseButton.LeftButton)
    assert window.current == 1


def test_next_without_a_key_stays_and_says_so(qtbot, make_window, simulator) -> None:
    window = make_window(initial={"base_url": simulator.url})
    qtbot.mouseClick(window.footer.primary, Qt.MouseButton.LeftButton)
    assert window.current == 1 and "Paste your key first" in window.key_page.notice.text()


def test_paste_is_cleaned_with_a_notice(qtbot, make_window, simulator) -> None:
    window = make_window(initial={"base_url": simulator.url})
    QApplication.clipboard().setText(f'  "Bearer {TEST_KEY}"\n')
    window.key_page.edit.setFocus()
    window.key_page.edit.paste()
    assert window.key_page.raw_text() == TEST_KEY
    notice = window.key_page.notice
    assert notice.isVisibleTo(window) and notice.text() and TEST_KEY not in notice.text()


def test_a_key_that_looks_too_short_is_not_done(qtbot, make_window, simulator) -> None:
    window = make_window(initial={"base_url": simulator.url})
    window.key_page.set_key("abc123def456")
    window.key_page.clean_now()
    assert window.key_page.notice.kind() == "warn" and "too short" in window.key_page.notice.text()
    assert states(window)[0] == "A" and window.steps.step_state(1) == "attention"


def test_show_hide_key(qtbot, make_window, simulator) -> None:
    window = make_window(initial={"base_url": simulator.url})
    edit = window.key_page.edit
    assert edit.echoMode() == edit.EchoMode.Password
    qtbot.mouseClick(window.key_page.show_button, Qt.MouseButton.LeftButton)
    assert edit.echoMode() == edit.EchoMode.Normal
    qtbot.mouseClick(window.key_page.show_button, Qt.MouseButton.LeftButton)
    assert edit.echoMode() == edit.EchoMode.Password


def test_alias_warning_and_host_warning(qtbot, make_window, simulator) -> None:
    window = make_window(initial={"base_url": simulator.url})
    m = window.model_page
    m.alias.setFocus()
    m.alias.selectAll()
    qtbot.keyClicks(m.alias, "gpt-4o")
    assert m.alias_notice.kind() == "warn" and m.alias_notice.isVisibleTo(m)
    assert states(window)[1] == "A"  # Cursor would refuse the name: not done
    m.alias.clear()
    qtbot.keyClicks(m.alias, "team-gemini")
    assert not m.alias_notice.isVisibleTo(m)

    assert "test server on this computer" in m.host_notice.text()
    m.base_url.setText("https://llm.example.com/openai")
    m.base_url.editingFinished.emit()
    assert m.base_url_text() == "https://llm.example.com"
    assert m.host_notice.kind() == "warn" and "llm.example.com" in m.host_notice.text()
    assert m.advanced.is_open()  # never hide where the key goes


def test_chat_streams_token_by_token(qtbot, make_window, simulator) -> None:
    window = make_window(initial={"base_url": simulator.url})
    window.key_page.set_key(TEST_KEY)
    window.go_to_step(5)
    page = window.confirm_page
    page.chat_box.set_open(True)
    chat = page.chat
    qtbot.mouseClick(chat.send_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: chat.updates >= 1, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: not chat.is_running(), timeout=WAIT_MS)
    assert chat.updates > 1, "the answer should arrive in several pieces"
    assert chat.reply.toPlainText().strip()
    assert "First words after" in chat.timing.text() and "finished in" in chat.timing.text()
    bodies = [r.body.replace(b" ", b"") for r in simulator.requests if r.path.endswith("/chat/completions")]
    assert any(b'"stream":true' in body for body in bodies)


@pytest.mark.parametrize("fault", ["bad_key", "stream_cut", "html_proxy"])
def test_chat_error_in_plain_words(qtbot, make_window, simulator, fault) -> None:
    simulator.set_fault(fault)
    window = make_window(initial={"base_url": simulator.url})
    window.key_page.set_key(TEST_KEY)
    window.go_to_step(5)
    chat = window.confirm_page.chat
    window.start_chat()
    qtbot.waitUntil(lambda: chat.notice.isVisibleTo(chat), timeout=WAIT_MS)
    qtbot.waitUntil(lambda: not chat.is_running(), timeout=WAIT_MS)
    notice = chat.notice
    assert notice.kind() == "fail" and "What to do" in notice.text()
    assert "Traceback" not in notice.text() and "SSE" not in notice.text() and TEST_KEY not in notice.text()


def test_chat_can_be_stopped(qtbot, make_window, simulator) -> None:
    simulator.set_fault("slow", delay_ms=0, token_delay_ms=300)
    window = make_window(initial={"base_url": simulator.url})
    window.key_page.set_key(TEST_KEY)
    chat = window.confirm_page.chat
    window.start_chat()
    qtbot.waitUntil(lambda: chat.updates >= 1, timeout=WAIT_MS)
    qtbot.mouseClick(chat.stop_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not chat.is_running(), timeout=WAIT_MS)
    assert chat.notice.text() == "Stopped."


def test_export_curl_report_and_about(qtbot, make_window, simulator, tmp_path) -> None:
    import app

    window = make_window(initial={"base_url": simulator.url, "alias": "team-gemini"})
    window.key_page.set_key(TEST_KEY)
    run_checks(qtbot, window)
    page = window.export_markdown(tmp_path / "team.md")
    text = page.read_text(encoding="utf-8")
    assert "google/gemini-2.5-pro" in text and "team-gemini" in text and TEST_KEY not in text
    assert "Saved team.md" in window.flash.text()
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
    k = window.key_page
    qtbot.waitUntil(lambda: k.keyring_available is not None, timeout=WAIT_MS)
    assert k.keyring_available
    k.set_key(TEST_KEY)
    qtbot.mouseClick(k.remember_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: k.saved_in_keyring, timeout=WAIT_MS)
    assert TEST_KEY in memory_keyring.store.values()

    second = make_window(initial={"base_url": simulator.url})
    qtbot.waitUntil(lambda: second.key_page.raw_text() == TEST_KEY, timeout=WAIT_MS)
    assert "keyring" in second.key_page.keyring_label.text()
    assert states(second)[0] == "D"
    qtbot.mouseClick(second.key_page.forget_button, Qt.MouseButton.LeftButton)
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
    k = window.key_page
    qtbot.waitUntil(lambda: k.keyring_available is not None, timeout=WAIT_MS)
    assert k.keyring_available
    k.set_key(TEST_KEY)
    qtbot.mouseClick(k.remember_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: k.saved_in_keyring, timeout=WAIT_MS)
    assert _secret_tool_lookup() == TEST_KEY

    second = make_window(initial={"base_url": simulator.url})
    qtbot.waitUntil(lambda: second.key_page.raw_text() == TEST_KEY, timeout=WAIT_MS)
    qtbot.mouseClick(second.key_page.forget_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not second.key_page.saved_in_keyring, timeout=WAIT_MS)
    assert _secret_tool_lookup() == ""


def test_keyring_absent_key_still_works(qtbot, make_window, simulator) -> None:
    import keyring
    from keyring.backends import fail

    keyring.set_keyring(fail.Keyring())  # the memory keyring fixture restores the original after
    window = make_window(initial={"base_url": simulator.url})
    qtbot.waitUntil(lambda: window.key_page.keyring_available is False, timeout=WAIT_MS)
    label = window.key_page.keyring_label.text()
    assert "can't be remembered" in label and "still works" in label
    window.key_page.set_key(TEST_KEY)
    assert not window.key_page.remember_button.isEnabled()
    assert run_checks(qtbot, window).ok


def test_non_secret_values_are_remembered(qtbot, make_window, simulator) -> None:
    window = make_window(initial={"base_url": simulator.url})
    window.model_page.alias.setText("team-gemini")
    window.model_page.timeout.setValue(45)
    window.close()
    again = make_window()
    assert again.model_page.base_url_text() == simulator.url
    assert again.model_page.alias_text() == "team-gemini"
    assert again.model_page.timeout_s() == 45
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
    m = window.model_page
    assert "Acme IT" in window.org_notice.text() and "intranet.example/cursor" in window.org_notice.text()
    assert not m.base_url.isEnabled() and "IT" in m.base_url.toolTip()
    assert not m.picker.isEnabled() and "Acme IT" in m.picker.toolTip()
    assert "IT team" in m.locked_note.text() and "Service address" in m.locked_note.text()
    assert m.alias.isEnabled() and m.alias_text() == "acme-gemini"
    # The deployment is locked, so the one allowed is the locked one (``Preset.allows``).
    assert m.model_ids() == ["google/gemini-2.5-pro"] and not m.picker.typing_allowed()
    assert m.base_url_text() == simulator.url
    assert "Acme IT" in window.windowTitle()


@pytest.mark.qt_no_exception_capture
def test_unexpected_error_shows_friendly_dialog_and_window_survives(qtbot, make_window, simulator) -> None:
    import sys

    from app.ui import errors

    window = make_window(initial={"base_url": simulator.url})
    window.key_page.set_key(TEST_KEY)
    window.model_page.alias.setText("typed-by-me")
    old_hook = sys.excepthook
    errors.install_exception_hook(lambda: window)
    button = window.key_page.show_button
    try:

        def boom() -> None:
            raise RuntimeError("a bug in a slot")

        button.clicked.connect(boom)
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

        def dialog() -> QMessageBox | None:
            found = [w for w in QApplication.topLevelWidgets() if w.objectName() == "friendlyErrorDialog"]
            return next((w for w in found if isinstance(w, QMessageBox) and w.isVisible()), None)

        qtbot.waitUntil(lambda: dialog() is not None, timeout=WAIT_MS)
        box = dialog()
        assert box is not None
        assert "Traceback" not in box.text() + box.informativeText()
        assert "still there" in box.text()
        box.close()
        button.clicked.disconnect(boom)
    finally:
        sys.excepthook = old_hook
    # The window still works, and nothing the user typed was lost.
    assert window.model_page.alias_text() == "typed-by-me"
    assert run_checks(qtbot, window).ok


def test_follows_a_switch_to_dark_palette(qtbot, make_window, simulator) -> None:
    from PySide6.QtGui import QColor, QPalette

    from app.ui import theme

    window = make_window(initial={"base_url": simulator.url})
    intro = window.key_page.intro
    light_muted = intro.palette().color(QPalette.ColorRole.WindowText)
    qapp = QApplication.instance()
    original = qapp.palette()
    dark = QPalette(original)
    dark.setColor(QPalette.ColorRole.Window, QColor("#202124"))
    dark.setColor(QPalette.ColorRole.WindowText, QColor("#e8eaed"))
    try:
        qapp.setPalette(dark)
        qtbot.waitUntil(
            lambda: intro.palette().color(QPalette.ColorRole.WindowText) != light_muted, timeout=WAIT_MS
        )
        assert intro.palette().color(QPalette.ColorRole.WindowText).lightnessF() > 0.5
        assert theme.is_dark()
        assert theme.accent().name() in window.footer.primary.styleSheet()  # the filled button too
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
    k = window.key_page
    qtbot.waitUntil(lambda: k.keyring_available is not None, timeout=WAIT_MS)
    k.set_key(TEST_KEY)
    qtbot.mouseClick(k.remember_button, Qt.MouseButton.LeftButton)
    notice = k.keyring_notice
    qtbot.waitUntil(lambda: notice.isVisibleTo(window), timeout=WAIT_MS)
    assert notice.kind() == "warn" and "Traceback" not in notice.text() and TEST_KEY not in notice.text()
    assert k.keyring_label.text() == "Not saved."
    assert not k.saved_in_keyring


def test_accessible_names_exist(make_window, simulator) -> None:
    window = make_window(initial={"base_url": simulator.url})
    for name in ("API key", "Model", "Model alias", "Service address (Base URL)", "Next", "Back", "Steps"):
        assert by_accessible_name(window, name), name
    window.go_to_step(4)
    assert by_accessible_name(window, "Check first")  # the primary button is named as it reads


def test_every_time_on_the_check_page_is_in_seconds(qtbot, make_window, simulator) -> None:
    """The rows say "under a second" or "1.5 s"; their details, opened, give the measured times in
    the same unit, never in milliseconds. The command line keeps its milliseconds."""
    window = make_window(initial={"base_url": simulator.url})
    _type_key(qtbot, window)
    run_checks(qtbot, window)
    rows = window.check_page.rows
    shown = []
    for row in rows.values():
        row.set_open(True)
        shown += [row.summary.text(), row.message.text()]
    reached, streamed = rows["reachability"].message.text(), rows["streaming"].message.text()
    assert reached.startswith("Reached ") and reached.endswith(" s."), reached
    assert " s, complete after " in streamed, streamed
    assert not [text for text in shown if " ms" in text], shown
