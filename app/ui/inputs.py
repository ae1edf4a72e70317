"""What the teammate has given, as core sees it: the settings the checks run with, and the flow
model's inputs (the key's state, the normalised values, the fields core refuses)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.ui import texts

if TYPE_CHECKING:
    from app.core.flow import Inputs, Values
    from app.core.model import Settings
    from app.ui.pages.key import KeyPage
    from app.ui.pages.model import ModelPage


def build_settings(key: KeyPage, model: ModelPage) -> tuple[Settings | None, str, str]:
    """(Settings, "", "") when every input is valid, else (None, message, field)."""
    from app.core import config
    from app.core.errors import InvalidInput

    key_error = key.error()
    if key_error:
        return None, key_error, "api_key"
    try:
        settings, _notices = config.build_settings(
            key.key() or key.raw_text(),
            model.base_url_text(),
            model.deployment_text(),
            model.alias_text(),
            model.timeout_s(),
        )
    except InvalidInput as exc:
        return None, texts.core_text(exc.problem.message), exc.field
    return settings, "", ""


def values_of(settings: Settings) -> Values:
    """The values a result is made with (the key as a fingerprint)."""
    from app.core.flow import Values, key_id

    return Values(key_id(settings.api_key.reveal()), settings.base_url, settings.deployment, settings.alias)


def inputs_of(key: KeyPage, model: ModelPage) -> Inputs:
    from app.core.flow import Inputs

    settings, _message, _field = build_settings(key, model)
    values = values_of(settings) if settings is not None else None
    return Inputs(key.key_state(), values, model.invalid_fields())
