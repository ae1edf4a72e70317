"""The model list: live, then the cached copy when offline, then plain typing."""

# ruff: noqa: F811  (the fixtures are imported from the helpers module)
from __future__ import annotations

from PySide6.QtCore import Qt

from tests.conftest import TEST_KEY
from tests.test_window_helpers import WAIT_MS, make_window, memory_keyring, wait_verified  # noqa: F401


def test_catalog_live_then_cache_then_typing(qtbot, make_window, simulator) -> None:
    from app.core import catalog

    url = simulator.url
    live = make_window(initial={"base_url": url})
    assert live.model_section.catalog_source == "live"
    live_ids = live.model_section.model_ids()
    assert "google/gemini-2.5-pro" in live_ids and len(live_ids) > 3
    live.close()

    simulator.stop()  # the service is now unreachable
    offline = make_window(initial={"base_url": url})
    m = offline.model_section
    assert m.catalog_source == "cache"
    assert m.model_ids() == live_ids
    assert "Offline" in m.catalog_label.text()
    assert m.catalog_icon.state() == "warn"
    offline.close()

    catalog.cache_path().unlink()
    nothing = make_window(initial={"base_url": url})
    m = nothing.model_section
    assert m.catalog_source == "none"
    assert "Type the model's name" in m.catalog_label.text()
    assert m.deployment.isEditable() and m.deployment.isEnabled()
    m.deployment.lineEdit().selectAll()
    qtbot.keyClicks(m.deployment.lineEdit(), "anthropic/claude-3-5-haiku")
    assert m.deployment_text() == "anthropic/claude-3-5-haiku"
    assert m.alias_text() == "aimlapi-claude-3-5-haiku"

    # Verify says plainly that the service can't be reached, with what to do.
    nothing.key_section.set_key(TEST_KEY)
    qtbot.keyClick(m.deployment.lineEdit(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: nothing.verify_section.report is not None, timeout=WAIT_MS)
    wait_verified(qtbot, nothing)
    first = nothing.verify_section.report.checks[0]
    assert str(first.status) == "fail" and str(first.problem) == "unreachable"
    assert nothing.verify_section.rows["reachability"].fix_text()


def test_catalog_search_matches_inside_names(qtbot, make_window, simulator) -> None:
    window = make_window(initial={"base_url": simulator.url})
    completer = window.model_section.deployment.completer()
    completer.setCompletionPrefix("claude")
    matches = [completer.completionModel().index(i, 0).data() for i in range(completer.completionCount())]
    assert matches and all("claude" in m for m in matches)


def test_the_list_shows_it_is_loading_and_typing_works_meanwhile(qtbot, make_window, simulator) -> None:
    simulator.latency_ms = 2500  # the catalog takes a while to come
    window = make_window(initial={"base_url": simulator.url}, wait_catalog=False)
    m = window.model_section
    assert m.catalog_source == ""
    assert "Loading" in m.catalog_label.text() and m.catalog_icon.state() == "running"
    assert m.catalog_icon.accessibleName() == "Checking…"  # said in words, not "running"
    edit = m.deployment.lineEdit()
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClicks(edit, "anthropic/claude-3-5-haiku")  # no need to wait for the list
    assert m.deployment_text() == "anthropic/claude-3-5-haiku" and m.catalog_source == ""
    qtbot.waitUntil(lambda: m.catalog_source == "live", timeout=WAIT_MS)
    assert m.catalog_icon.state() == "pass" and "models available" in m.catalog_label.text()
    assert m.deployment_text() == "anthropic/claude-3-5-haiku"  # what was typed is kept
