"""The window's start-up after the first paint: which values the fields start with (the caller's,
saved settings, the organisation's presets, through core's preset service), the organisation shown,
and demo mode."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from app.ui import texts
from app.ui.widgets import escape

if TYPE_CHECKING:
    from app.core.preset_service import PresetLayers
    from app.ui.pages.model import ModelPage
    from app.ui.window import MainWindow

log = logging.getLogger(__name__)


def apply_values(window: MainWindow) -> None:
    """Settle the start values and build the model page with them, before anything can be typed
    into a field IT locked."""
    saved, saved_note = load_saved_settings() if window.persist else ({}, "")
    notes = ([saved_note] if saved_note else []) + resolve(window, saved)
    if notes:
        window.settings_notice.show_message("warn" if saved_note else "info", "\n".join(notes))
    if saved.get("advanced_open") is True:
        window.model_page.advanced.set_open(True)


def save_values(model: ModelPage) -> None:
    values = {
        "base_url": model.base_url_text(),
        "deployment": model.deployment_text(),
        "alias": model.alias_text(),
        "timeout_s": model.timeout_s(),
        "advanced_open": model.advanced.is_open(),
    }
    try:
        from app.core import settings_store

        settings_store.save_settings(values)
    except Exception as exc:
        log.warning("could not save settings: %s", type(exc).__name__)


def load_saved_settings() -> tuple[dict[str, Any], str]:
    """The saved settings, and what was wrong with the file ('' when nothing was)."""
    try:
        from app.core import settings_store

        values, notice = settings_store.load_settings()
    except Exception as exc:  # a broken settings file must never stop the window
        log.warning("could not load settings: %s", type(exc).__name__)
        return {}, ""
    return values, texts.core_text(notice.message) if notice is not None else ""


def resolve(window: MainWindow, saved: dict[str, Any]) -> list[str]:
    """Core's preset service over the caller's values, the saved ones and the presets; returns what
    changed, to say."""
    from app.core.errors import PresetError
    from app.core.preset_service import FieldValues, PresetLayers, resolve

    layers = window.presets or PresetLayers()
    try:
        resolved = resolve(layers, FieldValues.of(window.initial), FieldValues.of(saved))
    except PresetError as exc:
        # A user-level preset (or a value given to the window) against a lock IT set: the
        # organisation's values win, and IT hears about it.
        window.show_preset_problem(exc.problem.message)
        resolved = resolve(layers.without_user(), FieldValues(), FieldValues.of(saved))
    window.resolved = resolved
    window.model_page.apply(resolved)
    show_organisation(window, resolved.layers)
    return [texts.core_text(n.message) for n in resolved.notices]


def show_organisation(window: MainWindow, layers: PresetLayers) -> None:
    from app.ui.widgets import open_url

    org = layers.org_name or ""
    help_url = layers.help_url or ""
    if org or help_url:
        name = org or QCoreApplication.translate("MainWindow", "your IT team")
        text = escape(
            QCoreApplication.translate(
                "MainWindow", "Set up for %1. Some values were chosen by your IT team."
            ).replace("%1", name)
        )
        if help_url:
            words = QCoreApplication.translate("MainWindow", "Get help")
            text += f' <a href="{escape(help_url)}">{escape(words)}</a>'
            action = window.org_help_action
            if action is not None:  # the menus are filled before start-up reads the presets
                action.setVisible(True)
                action.setText(QCoreApplication.translate("MainWindow", "Help from %1").replace("%1", name))
                action.triggered.connect(lambda: open_url(help_url))
        window.org_notice.show_message("info", text, rich=True)
    if org:
        window.setWindowTitle(
            QCoreApplication.translate("MainWindow", "Cursor Azure Setup – %1").replace("%1", org)
        )


def enter_demo(window: MainWindow) -> None:
    """Demo mode: the built-in test server stands in for the service; the demo key is never saved."""
    assert window.demo_url is not None
    window.model_page.set_values({"base_url": window.demo_url})
    window.model_page.update_host_notice()
    window.demo_notice.show_message(
        "info",
        QCoreApplication.translate(
            "MainWindow",
            "Demo mode: a test server on this computer stands in for AI/ML API. "
            "Nothing leaves this computer.",
        ),
    )
    window.key_page.disable_keyring(
        QCoreApplication.translate("MainWindow", "Demo mode: the demo key is not saved on this computer.")
    )
