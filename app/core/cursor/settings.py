"""What Cursor has: its Azure section, the OpenAI-override route and its custom models, read from
the AI settings row of its state database.

Shape of the row (a JSON object; only these parts are read):

- ``azureState``: ``{"useAzure", "baseUrl", "deployment", "apiKey"}``;
- ``useOpenAIKey`` and ``openAIBaseUrl``: the "Override OpenAI Base URL" route;
- ``aiSettings.userAddedModels``, ``aiSettings.modelOverrideEnabled``,
  ``aiSettings.modelOverrideDisabled``, ``aiSettings.modelConfig.<mode>.modelName``.

A field with an unexpected type is unknown (None, and named in ``unknown``), never guessed. A part
that is simply absent has Cursor's default: no ``azureState`` means the Azure section was never
filled in (empty, switched off). No ``aiSettings`` at all (Cursor 0.4x) means the model lists
are unknown: those builds kept them elsewhere.

The key: only whether ``azureState.apiKey`` is non-empty leaves this module. Cursor's key is used
inside it for one thing, to scrub itself from the other values (someone may have pasted it into
the wrong field); the other strings also pass through the shared redaction.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit, urlunsplit

from app.core.cursor import problems
from app.core.cursor.problems import CursorError
from app.core.cursor.statedb import BUSY_TIMEOUT_S, StateRead, read_state
from app.core.model import Problem
from app.core.redact import MASK, redactor_with, register_key_like
from app.core.text import Text

# The names ``to_json`` and ``unknown`` use, in order.
SETTING_NAMES = (
    "base_url",
    "deployment",
    "azure_enabled",
    "key_set",
    "openai_override",
    "openai_base_url",
    "custom_models",
    "enabled_models",
    "disabled_models",
    "chosen_models",
)


@dataclass(frozen=True)
class CursorSettings:
    """Cursor's settings as read; None means unknown (the name is then in ``unknown``)."""

    base_url: str | None = None
    deployment: str | None = None
    azure_enabled: bool | None = None
    key_set: bool | None = None
    openai_override: bool | None = None
    openai_base_url: str | None = None
    custom_models: tuple[str, ...] | None = None
    enabled_models: tuple[str, ...] | None = None
    disabled_models: tuple[str, ...] | None = None
    chosen_models: Mapping[str, str] | None = None  # mode (composer, chat, ...) -> model name
    unknown: tuple[str, ...] = ()
    # Set when nothing could be read; every field is then unknown.
    problem: Problem | None = None
    # Rows where Cursor may keep an Azure key itself (names only), when azureState.apiKey is empty.
    key_rows: tuple[str, ...] = field(default=())

    @classmethod
    def unreadable(cls, problem: Problem) -> CursorSettings:
        return cls(unknown=SETTING_NAMES, problem=problem)

    @property
    def readable(self) -> bool:
        return self.problem is None

    def switched_on(self, name: str) -> bool | None:
        """Whether the model ``name`` is switched on in Cursor's picker (None: unknown)."""
        if self.enabled_models is None or self.disabled_models is None:
            return None
        return name in self.enabled_models and name not in self.disabled_models

    def custom_switched_on(self) -> tuple[str, ...] | None:
        """Custom models (added by the user) that are switched on."""
        if self.custom_models is None or self.enabled_models is None or self.disabled_models is None:
            return None
        return tuple(m for m in self.custom_models if self.switched_on(m))

    def to_json(self) -> dict[str, Any]:
        return {
            "base_url": self.base_url,
            "deployment": self.deployment,
            "azure_enabled": self.azure_enabled,
            "key_set": self.key_set,
            "openai_override": self.openai_override,
            "openai_base_url": self.openai_base_url,
            "custom_models": list(self.custom_models) if self.custom_models is not None else None,
            "enabled_models": list(self.enabled_models) if self.enabled_models is not None else None,
            "disabled_models": list(self.disabled_models) if self.disabled_models is not None else None,
            "chosen_models": dict(self.chosen_models) if self.chosen_models is not None else None,
            "unknown": list(self.unknown),
        }


class _Unknown:
    """A field present with a type we do not know."""


UNKNOWN = _Unknown()


def _not_json(constant: str) -> Any:
    """NaN and Infinity: Python's reader takes them, JSON (and Cursor's reader) does not."""
    raise ValueError(f"{constant} is not JSON")


def load_app_user(text: str) -> dict[str, Any]:
    """The AI settings JSON -> its object. Raises CursorError (unreadable) without any of the text.

    A JSON error keeps the whole document (the key included) in ``.doc``; raising inside the
    ``except`` would chain it to ours as ``__context__``, so the error is raised after it."""
    try:
        data = json.loads(text, parse_constant=_not_json)
    except (ValueError, RecursionError):  # RecursionError: nesting deeper than Python's stack
        data = UNKNOWN
    if data is UNKNOWN:
        raise CursorError(
            problems.unreadable(
                Text("they are damaged (not valid JSON)."), "the AI settings row is not valid JSON"
            )
        )
    if not isinstance(data, dict):
        raise CursorError(problems.unknown_shape(Text("the AI settings are not a JSON object")))
    return data


def scrubber_for(data: Mapping[str, Any]) -> Callable[[str], str]:
    """A function that cleans a text read from these settings: Cursor's own key (in case it was
    pasted into another field), anything shaped like a key, every registered secret, and sign-ins
    inside addresses."""
    azure = data.get("azureState")
    return _scrubber(azure.get("apiKey") if isinstance(azure, dict) else None)


def _scrubber(api_key: object) -> Callable[[str], str]:
    # Cursor's key is masked like ours, whole, in pieces, spelled out or encoded, but only in what is
    # read here: registering it would mask its words in every other message of the program.
    redact_with_cursors_key = redactor_with(api_key if isinstance(api_key, str) else None)

    def scrub(text: str) -> str:
        # A key pasted into the wrong field (API Key left empty, no key of ours at hand, as in an
        # IT login script): its shape alone makes it a secret, as for one typed as an argument.
        register_key_like([text])
        text = redact_with_cursors_key(text)
        # A user name or password pasted into an address: keep the address, not the sign-in.
        try:
            parts = urlsplit(text)
        except ValueError:
            return text
        if parts.scheme and "@" in parts.netloc:
            host = parts.netloc.rpartition("@")[2]
            text = urlunsplit((parts.scheme, f"{MASK}@{host}", parts.path, parts.query, parts.fragment))
        return text

    return scrub


def _string(value: Any, absent: str = "") -> str | _Unknown:
    if value is None:
        return absent
    return value if isinstance(value, str) else UNKNOWN


def _flag(value: Any) -> bool | _Unknown:
    if value is None:
        return False
    return value if isinstance(value, bool) else UNKNOWN


def _names(value: Any, scrub: Any) -> tuple[str, ...] | _Unknown:
    if value is None:
        return ()
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        return UNKNOWN
    return tuple(scrub(v) for v in value)


def _chosen(value: Any, scrub: Any) -> dict[str, str] | _Unknown:
    if value is None:
        return {}
    if not isinstance(value, dict):
        return UNKNOWN
    chosen = {}
    for mode, config in value.items():
        name = config.get("modelName") if isinstance(config, dict) else None
        if isinstance(name, str) and name:
            chosen[scrub(str(mode))] = scrub(name)
    return chosen


def parse_settings(data: Mapping[str, Any], key_rows: tuple[str, ...] = ()) -> CursorSettings:
    """The fields we care about from the AI settings object."""
    values: dict[str, Any] = {}
    scrub = scrubber_for(data)
    azure = data.get("azureState")
    if azure is None:
        azure = {}
    if isinstance(azure, dict):
        base_url = _string(azure.get("baseUrl"))
        deployment = _string(azure.get("deployment"))
        values["base_url"] = base_url if isinstance(base_url, _Unknown) else scrub(base_url)
        values["deployment"] = deployment if isinstance(deployment, _Unknown) else scrub(deployment)
        values["azure_enabled"] = _flag(azure.get("useAzure"))
        key = azure.get("apiKey")
        if isinstance(key, str) and key.strip():
            values["key_set"] = True
        elif key is None or isinstance(key, str):
            # Empty here; some builds may keep it in a row of their own, encrypted: then unknown.
            values["key_set"] = UNKNOWN if key_rows else False
        else:
            values["key_set"] = UNKNOWN
    else:
        for name in ("base_url", "deployment", "azure_enabled", "key_set"):
            values[name] = UNKNOWN

    use_openai = _flag(data.get("useOpenAIKey"))
    openai_url = _string(data.get("openAIBaseUrl"))
    values["openai_base_url"] = openai_url if isinstance(openai_url, _Unknown) else scrub(openai_url)
    if use_openai is False:
        values["openai_override"] = False
    elif isinstance(use_openai, _Unknown) or isinstance(openai_url, _Unknown):
        values["openai_override"] = UNKNOWN
    else:
        values["openai_override"] = bool(openai_url.strip())

    ai = data.get("aiSettings")
    if isinstance(ai, dict):
        values["custom_models"] = _names(ai.get("userAddedModels"), scrub)
        values["enabled_models"] = _names(ai.get("modelOverrideEnabled"), scrub)
        values["disabled_models"] = _names(ai.get("modelOverrideDisabled"), scrub)
        values["chosen_models"] = _chosen(ai.get("modelConfig"), scrub)
    else:
        for name in ("custom_models", "enabled_models", "disabled_models", "chosen_models"):
            values[name] = UNKNOWN

    unknown = tuple(n for n in SETTING_NAMES if isinstance(values[n], _Unknown))
    known = {n: (None if isinstance(v, _Unknown) else v) for n, v in values.items()}
    return CursorSettings(**known, unknown=unknown, key_rows=key_rows if known["key_set"] is None else ())


def settings_from_state(state: StateRead) -> CursorSettings:
    """Parse a read; raises CursorError (unreadable) when the row is missing or damaged."""
    if state.row is None:
        raise CursorError(
            problems.unreadable(Text("Cursor has not saved its AI settings yet."), "no AI settings row")
        )
    try:
        text: str | None = state.row.text()
    except UnicodeDecodeError:  # it holds the raw bytes: not chained to our error (see load_app_user)
        text = None
    if text is None:
        raise CursorError(
            problems.unreadable(Text("they are not stored as text."), "the AI settings row is not UTF-8")
        )
    return parse_settings(load_app_user(text), state.azure_key_rows)


def read_settings(db_path: Path, busy_timeout_s: float = BUSY_TIMEOUT_S) -> CursorSettings:
    """Cursor's settings, or ``CursorSettings.unreadable(problem)``; never raises for a bad file."""
    try:
        return settings_from_state(read_state(db_path, busy_timeout_s=busy_timeout_s))
    except CursorError as exc:
        return CursorSettings.unreadable(exc.problem)
