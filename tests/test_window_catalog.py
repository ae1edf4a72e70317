"""The model list: live, then the cached copy when offline, then a typed id; the friendly picker."""

# ruff: noqa: F811  (the fixtures are imported from the helpers module)
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.conftest import TEST_KEY
from tests.test_window_helpers import WAIT_MS, make_window, memory_keyring, run_checks  # noqa: F401


def _open_list(qtbot, window):
    m = window.model_page
    window.go_to_step(2)
    m.picker.showPopup()
    popup = m.picker.popup()
    qtbot.waitUntil(popup.isVisible, timeout=WAIT_MS)
    return popup


def _shown(popup) -> list[tuple[str, str]]:
    """(kind, text) of every row the list shows: group titles, models, a typed id."""
    from app.ui.picker import KIND_ROLE

    model = popup.model
    return [(model.item(r).data(KIND_ROLE), model.item(r).text()) for r in range(model.rowCount())]


def test_catalog_live_then_cache_then_typing(qtbot, make_window, simulator) -> None:
    from app.core import catalog

    url = simulator.url
    live = make_window(initial={"base_url": url})
    assert live.model_page.catalog_source == "live"
    live_ids = live.model_page.model_ids()
    assert "google/gemini-2.5-pro" in live_ids and len(live_ids) > 3
    live.close()

    simulator.stop()  # the service is now unreachable
    offline = make_window(initial={"base_url": url})
    m = offline.model_page
    assert m.catalog_source == "cache"
    assert m.model_ids() == live_ids
    assert "saved" in m.catalog_label.text() and m.catalog_icon.state() == "warn"
    assert m.catalog_label.toolTip()  # why the live list was not used
    assert m.reload_button.isVisibleTo(m)
    offline.close()

    catalog.cache_path().unlink()
    nothing = make_window(initial={"base_url": url})
    m = nothing.model_page
    assert m.catalog_source == "none"
    assert "type the model's id" in m.catalog_label.text()
    assert m.picker.isEnabled() and m.picker.typing_allowed()
    popup = _open_list(qtbot, nothing)
    qtbot.keyClicks(popup.search, "anthropic/claude-3-5-haiku")
    assert _shown(popup)[-1] == ("typed", "Use “anthropic/claude-3-5-haiku”")
    qtbot.keyClick(popup.search, Qt.Key.Key_Return)
    assert m.deployment_text() == "anthropic/claude-3-5-haiku"
    assert m.alias_text() == "aimlapi-claude-3-5-haiku"

    # The check says plainly that the service can't be reached, with what to do.
    nothing.key_page.set_key(TEST_KEY)
    report = run_checks(qtbot, nothing)
    first = report.checks[0]
    assert str(first.status) == "fail" and str(first.problem) == "unreachable"
    banner = nothing.check_page.banner
    assert banner.title.text() == first.message and banner.button.text() == "Check the address"


def test_the_list_has_a_recommended_group_friendly_names_and_search(qtbot, make_window, simulator) -> None:
    from app.ui.picker import recommended_ids

    window = make_window(initial={"base_url": simulator.url})
    m = window.model_page
    assert m.picker.currentText() == "Gemini 2.5 Pro"  # the catalog's name, not the id
    # The id in small print, with the developer, the context length and what the catalog says it can do.
    assert (
        m.picker_detail.text()
        == "Google · 1M tokens of context · streams · uses tools · google/gemini-2.5-pro"
    )
    popup = _open_list(qtbot, window)
    rows = _shown(popup)
    assert rows[0] == ("header", "Recommended for coding")
    headers = [i for i, (kind, _text) in enumerate(rows) if kind == "header"]
    recommended = [text for _kind, text in rows[1 : headers[1]]]
    names = {e.id: e.title for e in m.picker.entries()}
    assert recommended == [names[i] for i in recommended_ids() if i in names]
    assert rows[headers[1]] == ("header", "All models") and len(rows) - headers[1] - 1 == len(names)
    # Search matches the name, the developer and the id, inside words.
    qtbot.keyClicks(popup.search, "anthropic")
    found = [text for kind, text in _shown(popup) if kind == "model"]
    assert found and all(t.startswith("Claude") for t in found)
    popup.search.setText("haiku")
    assert [text for kind, text in _shown(popup) if kind == "model"] == ["Claude 3.5 Haiku"]
    qtbot.keyClick(popup.search, Qt.Key.Key_Return)
    assert m.deployment_text() == "anthropic/claude-3-5-haiku" and not popup.isVisible()
    assert m.picker.currentText() == "Claude 3.5 Haiku"
    assert "anthropic/claude-3-5-haiku" in m.picker_detail.text()
    popup = _open_list(qtbot, window)
    qtbot.keyClick(popup.search, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not popup.isVisible(), timeout=WAIT_MS)
    assert m.deployment_text() == "anthropic/claude-3-5-haiku"  # Escape changes nothing


def test_the_list_shows_it_is_loading_and_choosing_works_meanwhile(qtbot, make_window, simulator) -> None:
    simulator.latency_ms = 2500  # the catalog takes a while to come
    window = make_window(initial={"base_url": simulator.url}, wait_catalog=False)
    m = window.model_page
    assert m.catalog_source == ""
    assert "Loading" in m.catalog_label.text() and m.catalog_icon.state() == "running"
    assert m.catalog_icon.accessibleName() == "Checking…"  # said in words, not "running"
    popup = _open_list(qtbot, window)
    qtbot.keyClicks(popup.search, "anthropic/claude-3-5-haiku")  # no need to wait for the list
    qtbot.keyClick(popup.search, Qt.Key.Key_Return)
    assert m.deployment_text() == "anthropic/claude-3-5-haiku" and m.catalog_source == ""
    qtbot.waitUntil(lambda: m.catalog_source == "live", timeout=WAIT_MS)
    assert m.catalog_icon.state() == "pass" and "models available" in m.catalog_label.text()
    assert m.deployment_text() == "anthropic/claude-3-5-haiku"  # what was chosen is kept
    assert m.picker.currentText() == "Claude 3.5 Haiku"  # and now shown by its name
    QApplication.processEvents()


def test_a_catalog_that_echoes_the_saved_key_never_shows_or_caches_it(qtbot, make_window) -> None:
    """The saved key is in the keyring, which answers slowly (a D-Bus round trip, an unlock
    prompt); the catalog comes from a server that hands the key back in model names. The list
    must wait for the key to be known, or it would show and cache it before it is masked."""
    import time

    import keyring

    from app.core.catalog import cache_path
    from tests.test_no_leaks import fragment_key, hostile_catalog
    from tests.test_window_helpers import MemoryKeyring

    key = fragment_key()

    class SlowKeyring(MemoryKeyring):
        def get_password(self, service: str, username: str) -> str | None:
            time.sleep(1.0)  # well inside the keyring's time limit
            return key

    keyring.set_keyring(SlowKeyring())  # the memory keyring fixture restores the original after
    with hostile_catalog(key) as server:
        window = make_window(initial={"base_url": server.url}, wait_catalog=False)
        m = window.model_page
        qtbot.waitUntil(lambda: m.catalog_source != "", timeout=WAIT_MS)
        qtbot.waitUntil(lambda: window.key_page.raw_text() == key, timeout=WAIT_MS)
        popup = _open_list(qtbot, window)
        shown = " ".join(text for _kind, text in _shown(popup)) + " " + m.catalog_label.text()
        m.picker.hidePopup()
    assert m.catalog_source == "live" and "Gemini" in shown
    pieces = [key[i : i + 6] for i in range(len(key) - 5)]
    cached = cache_path().read_text(encoding="utf-8")
    assert [p for p in pieces if p in shown] == [], shown
    assert [p for p in pieces if p in cached] == [], cached
