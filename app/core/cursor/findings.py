"""Compare what Cursor has with the values our checks proved, field by field.

One finding per id, always in ``FINDING_IDS`` order, each with a status (pass, warn, fail,
unknown), one plain sentence and a fix that names Cursor's own fields (Base URL, Deployment Name,
API Key, the Azure OpenAI switch). A field that could not be read is ``unknown``, never guessed.
``fixed_by_apply`` says whether Apply to Cursor would fix it (it never touches the key or the
switch).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any
from urllib.parse import unquote, urlsplit

from app.core.config import (
    InvalidInput,
    builtin_model_names,
    check_alias,
    is_loopback_url,
    normalise_alias,
    normalise_base_url,
    normalise_deployment,
    suggest_alias,
)
from app.core.cursor.problems import CURSOR_AZURE_SECTION
from app.core.cursor.settings import CursorSettings
from app.core.model import DEFAULT_DEPLOYMENT, Notice, Settings
from app.core.text import Text

FINDING_IDS: tuple[str, ...] = (
    "base_url",
    "deployment",
    "azure_switch",
    "api_key",
    "alias_added",
    "alias_enabled",
    "other_custom_models",
    "openai_override",
)

# Named as Cursor names its fields (Base URL, Deployment Name, API Key, Override OpenAI Base URL).
FINDING_TITLES: dict[str, str] = {
    "base_url": Text("Base URL"),
    "deployment": Text("Deployment Name"),
    "azure_switch": Text("Azure OpenAI switch"),
    "api_key": Text("API Key"),
    "alias_added": Text("Custom model added"),
    "alias_enabled": Text("Custom model switched on"),
    "other_custom_models": Text("Other custom models"),
    "openai_override": Text("Override OpenAI Base URL"),
}

_MODELS_PAGE = Text("Cursor Settings -> Models")


class FindingStatus(StrEnum):
    PASS = "pass"
    WARN = "warn"
    FAIL = "fail"
    UNKNOWN = "unknown"


@dataclass(frozen=True)
class Target:
    """The values our checks proved, which Cursor should have."""

    base_url: str
    deployment: str
    alias: str

    @classmethod
    def from_settings(cls, settings: Settings) -> Target:
        return cls(settings.base_url, settings.deployment, settings.alias)

    def to_json(self) -> dict[str, str]:
        return {"base_url": self.base_url, "deployment": self.deployment, "alias": self.alias}


def target_from_values(
    base_url: str | None, deployment: str | None, alias: str | None
) -> tuple[Target, list[Notice]]:
    """The values to compare Cursor with, cleaned by the same rules as the checks (no key needed):
    the built-in defaults for what is empty, the alias suggested from the deployment. Raises
    InvalidInput naming the first bad field."""
    url, in_url, notices = normalise_base_url(base_url or "")
    name = (deployment or "").strip() or in_url or DEFAULT_DEPLOYMENT
    name, more = normalise_deployment(name)
    label, alias_notices = normalise_alias(alias or "")
    label = label or suggest_alias(name)
    return Target(url, name, label), [*notices, *more, *alias_notices, *check_alias(label)]


@dataclass(frozen=True)
class Finding:
    id: str
    status: FindingStatus
    message: str
    fix: str = ""
    fixed_by_apply: bool = False

    @property
    def title(self) -> str:
        return FINDING_TITLES.get(self.id, self.id)

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "status": str(self.status),
            "message": self.message,
            "fix": self.fix,
            "fixed_by_apply": self.fixed_by_apply,
        }


def cursor_base(raw: str) -> str:
    """The address Cursor builds from its Base URL field: trimmed, one trailing ``/`` dropped,
    ``https://`` put in front when missing. Nothing else (so ``/openai`` stays)."""
    text = raw.strip()
    if text.endswith("/"):
        text = text[:-1]
    return text if text.startswith("https://") else "https://" + text


def _address(raw: str) -> tuple[str, str, int | None, str] | None:
    parts = urlsplit(cursor_base(raw))
    try:
        port = parts.port
    except ValueError:
        return None
    if parts.query or parts.fragment or parts.username or parts.password:
        return None
    port = None if port == 443 else port
    return parts.scheme.lower(), (parts.hostname or "").lower(), port, parts.path


def same_address(raw: str, want: str) -> bool:
    """Whether the address Cursor builds from ``raw`` is ``want``: host names in any case, the
    https port written out or not."""
    have = _address(raw)
    return have is not None and have == _address(want)


def _base_url(raw: str | None, want: str) -> Finding:
    fix = Text(
        "Press Apply to Cursor, or set Base URL in {section} to exactly {url}",
        section=CURSOR_AZURE_SECTION,
        url=want,
    )

    def make(status: FindingStatus, message: str) -> Finding:
        return Finding("base_url", status, message, fix, True)

    if raw is None:  # a shape Apply refuses to write over: the field is set by hand
        return Finding(
            "base_url",
            FindingStatus.UNKNOWN,
            Text("Could not read Cursor's Base URL."),
            Text("Set Base URL in {section} to exactly {url}", section=CURSOR_AZURE_SECTION, url=want),
        )
    if not raw.strip():
        return make(FindingStatus.FAIL, Text("Cursor has no Base URL yet."))
    if same_address(raw, want):
        return Finding("base_url", FindingStatus.PASS, Text("Base URL is {url}.", url=want))
    shown = raw.strip()
    try:
        cleaned, _deployment, _notices = normalise_base_url(raw)
    except InvalidInput:
        return make(
            FindingStatus.FAIL,
            Text("Cursor's Base URL ({shown}) is not a web address Cursor can use.", shown=shown),
        )
    if shown.lower().startswith("http://") and not is_loopback_url(shown):
        return make(
            FindingStatus.FAIL,
            Text(
                "Cursor's Base URL starts with http:// ({shown}). Cursor puts https:// in front of "
                "anything else, so the address it builds cannot work.",
                shown=shown,
            ),
        )
    # ``want`` is a cleaned address with its scheme (http:// for this computer's simulator).
    have_host, want_host = urlsplit(cleaned).netloc.lower(), urlsplit(want).netloc.lower()
    if have_host != want_host:
        return make(
            FindingStatus.FAIL,
            Text(
                "Cursor's Base URL points to {have}, not {want}: Cursor would send your requests and your "
                "key "
                "there.",
                have=have_host,
                want=want_host,
            ),
        )
    if cleaned == want:
        if urlsplit(cursor_base(raw)).path.lower().rstrip("/").endswith("/openai"):
            return make(
                FindingStatus.FAIL,
                Text(
                    "Cursor's Base URL ends in /openai ({shown}). Cursor adds /openai/deployments/... "
                    "itself, so its requests go to /openai/openai/... and fail.",
                    shown=shown,
                ),
            )
        return make(
            FindingStatus.FAIL,
            Text(
                "Cursor's Base URL has more after the address ({shown}). Cursor adds the rest of the "
                "request's address itself, so its requests would fail.",
                shown=shown,
            ),
        )
    return make(
        FindingStatus.FAIL,
        Text("Cursor's Base URL is {shown}; the one set up here is {url}.", shown=shown, url=want),
    )


def _model_name_for(raw: str, want: str, catalog: Mapping[str, Sequence[str]]) -> str | None:
    """The deployment id that ``raw`` (a model's short name or alias) stands for, if it is one."""
    name = raw.strip().lower()
    if "/" in name:
        return None
    if name == want.rsplit("/", 1)[-1].lower() or name in (a.lower() for a in catalog.get(want, ())):
        return want
    for model_id, aliases in catalog.items():
        if "/" in model_id and (
            name == model_id.rsplit("/", 1)[-1].lower() or name in (a.lower() for a in aliases)
        ):
            return model_id
    return None


def _deployment(raw: str | None, want: str, catalog: Mapping[str, Sequence[str]]) -> Finding:
    fix = Text(
        "Press Apply to Cursor, or set Deployment Name in {section} to exactly {deployment}",
        section=CURSOR_AZURE_SECTION,
        deployment=want,
    )

    def make(status: FindingStatus, message: str) -> Finding:
        return Finding("deployment", status, message, fix, True)

    if raw is None:  # a shape Apply refuses to write over: the field is set by hand
        return Finding(
            "deployment",
            FindingStatus.UNKNOWN,
            Text("Could not read Cursor's Deployment Name."),
            Text(
                "Set Deployment Name in {section} to exactly {deployment}",
                section=CURSOR_AZURE_SECTION,
                deployment=want,
            ),
        )
    name = raw.strip()
    if not name:
        return make(FindingStatus.FAIL, Text("Cursor has no Deployment Name yet."))
    if raw == want:
        return Finding(
            "deployment", FindingStatus.PASS, Text("Deployment Name is {deployment}.", deployment=want)
        )
    if name == want:
        return make(
            FindingStatus.WARN,
            Text("Cursor's Deployment Name has spaces around {deployment}; remove them.", deployment=want),
        )
    if unquote(name) == want:
        return make(
            FindingStatus.FAIL,
            Text(
                "Cursor's Deployment Name is written with a code in place of the slash ({name}); "
                "it must be {deployment}.",
                name=name,
                deployment=want,
            ),
        )
    if name.lower() == want.lower():
        return make(
            FindingStatus.FAIL,
            Text(
                "Cursor's Deployment Name ({name}) differs from {deployment} in capital letters.",
                name=name,
                deployment=want,
            ),
        )
    meant = _model_name_for(name, want, catalog)
    if meant is not None or ("/" not in name and name.lower() in builtin_model_names()):
        if meant and meant != want:
            message = Text(
                "Cursor's Deployment Name is {name}, a model's short name (the full id is {meant}): the "
                "deployment is the model's id with the part before the slash, here {deployment}.",
                name=name,
                meant=meant,
                deployment=want,
            )
        else:
            message = Text(
                "Cursor's Deployment Name is {name}, a model's short name: the deployment is the model's id "
                "with the part before the slash, here {deployment}.",
                name=name,
                deployment=want,
            )
        return make(FindingStatus.FAIL, message)
    return make(
        FindingStatus.FAIL,
        Text(
            "Cursor uses the deployment {name}, but the one set up here is {deployment}. The Deployment Name "
            "decides which model answers every request.",
            name=name,
            deployment=want,
        ),
    )


def _azure_switch(on: bool | None) -> Finding:
    fix = Text(
        "In {section}, paste your API Key, press Verify, and make sure the switch is on "
        "(changing any field there turns it off until Verify passes again).",
        section=CURSOR_AZURE_SECTION,
    )
    if on is None:
        return Finding(
            "azure_switch", FindingStatus.UNKNOWN, Text("Could not read the Azure OpenAI switch."), fix
        )
    if on:
        return Finding("azure_switch", FindingStatus.PASS, Text("The Azure OpenAI switch is on."))
    return Finding(
        "azure_switch",
        FindingStatus.FAIL,
        Text("The Azure OpenAI switch is off, so Cursor does not use it."),
        fix,
    )


def _api_key(key_set: bool | None, key_rows: tuple[str, ...]) -> Finding:
    fix = Text(
        "Copy your key with the Copy button here and paste it into API Key in {section} "
        "(this tool never writes the key into Cursor).",
        section=CURSOR_AZURE_SECTION,
    )
    if key_set is None:
        if key_rows:
            message = Text(
                "Could not tell whether Cursor has an API Key (this Cursor may keep it encrypted)."
            )
        else:
            message = Text("Could not tell whether Cursor has an API Key.")
        return Finding("api_key", FindingStatus.UNKNOWN, message, fix)
    if key_set:
        return Finding(
            "api_key", FindingStatus.PASS, Text("Cursor has an API Key in its Azure OpenAI section.")
        )
    return Finding(
        "api_key", FindingStatus.FAIL, Text("Cursor has no API Key in its Azure OpenAI section."), fix
    )


def _alias_added(settings: CursorSettings, alias: str, deployment: str) -> Finding:
    clash = alias.lower() in builtin_model_names()
    clash_fix = Text(
        'Choose another model alias here, such as "{suggestion}", then press Apply to Cursor.',
        suggestion=suggest_alias(deployment),
    )
    clash_text = Text(
        '"{alias}" is the name of a model built into Cursor: Cursor 2.x and later refuse it as a '
        "custom model, and built-in models never use your key.",
        alias=alias,
    )
    if settings.custom_models is None:
        if clash:
            return Finding("alias_added", FindingStatus.FAIL, clash_text, clash_fix)
        return Finding(
            "alias_added",
            FindingStatus.UNKNOWN,
            Text("Could not read Cursor's list of custom models."),
            Text("Check in {page} that {alias} is listed.", page=_MODELS_PAGE, alias=alias),
        )
    if alias in settings.custom_models:
        if clash:
            return Finding("alias_added", FindingStatus.WARN, clash_text, clash_fix)
        return Finding(
            "alias_added",
            FindingStatus.PASS,
            Text("The custom model {alias} is in Cursor's list.", alias=alias),
        )
    if clash:
        return Finding("alias_added", FindingStatus.FAIL, clash_text, clash_fix)
    return Finding(
        "alias_added",
        FindingStatus.FAIL,
        Text("The custom model {alias} is not in Cursor's list of models yet.", alias=alias),
        Text(
            'Press Apply to Cursor, or in {page} press "+ Add Custom Model" and type {alias}',
            page=_MODELS_PAGE,
            alias=alias,
        ),
        True,
    )


def _alias_enabled(settings: CursorSettings, alias: str) -> Finding:
    fix = Text(
        "Press Apply to Cursor, or switch {alias} on in the model list of {page}.",
        alias=alias,
        page=_MODELS_PAGE,
    )
    on = settings.switched_on(alias)
    if on is None:  # the lists could not be read, so Apply leaves them alone
        return Finding(
            "alias_enabled",
            FindingStatus.UNKNOWN,
            Text("Could not tell whether {alias} is switched on.", alias=alias),
            Text("Switch {alias} on in the model list of {page}.", alias=alias, page=_MODELS_PAGE),
        )
    if on:
        return Finding(
            "alias_enabled",
            FindingStatus.PASS,
            Text("{alias} is switched on in Cursor's model list.", alias=alias),
        )
    if settings.custom_models is not None and alias not in settings.custom_models:
        message = Text("{alias} is not in Cursor's model list, so it cannot be switched on yet.", alias=alias)
    elif settings.disabled_models is not None and alias in settings.disabled_models:
        message = Text("{alias} is switched off in Cursor's model list.", alias=alias)
    else:
        message = Text("{alias} is not switched on in Cursor's model list.", alias=alias)
    return Finding("alias_enabled", FindingStatus.FAIL, message, fix, True)


def _other_custom_models(settings: CursorSettings, alias: str, deployment: str) -> Finding:
    on = settings.custom_switched_on()
    if on is None:
        return Finding(
            "other_custom_models",
            FindingStatus.UNKNOWN,
            Text("Could not tell which other custom models are switched on."),
            Text(
                "In {page}, keep only {alias} switched on among your custom models.",
                page=_MODELS_PAGE,
                alias=alias,
            ),
        )
    others = [m for m in on if m != alias]
    if not others:
        return Finding(
            "other_custom_models", FindingStatus.PASS, Text("No other custom models are switched on.")
        )
    names: str = ", ".join(others[:8])
    if len(others) > 8:
        names = Text("{names} and {count} more", names=names, count=len(others) - 8)
    return Finding(
        "other_custom_models",
        FindingStatus.WARN,
        Text(
            "Other custom models are switched on too ({names}). Cursor sends every custom model to the "
            "one Azure deployment ({deployment}), so picking one of them would quietly use it as well.",
            names=names,
            deployment=deployment,
        ),
        Text(
            "In {page}, switch off {names} and keep only {alias} on.",
            page=_MODELS_PAGE,
            names=names,
            alias=alias,
        ),
    )


def _openai_override(settings: CursorSettings) -> Finding:
    fix = Text(
        "In {page}, switch off the OpenAI API Key and clear Override OpenAI Base URL; use "
        "only the Azure OpenAI section.",
        page=_MODELS_PAGE,
    )
    if settings.openai_override is None:
        return Finding(
            "openai_override", FindingStatus.UNKNOWN, Text("Could not read the OpenAI key settings."), fix
        )
    if not settings.openai_override:
        return Finding(
            "openai_override", FindingStatus.PASS, Text("The Override OpenAI Base URL route is off.")
        )
    if settings.openai_base_url:
        message = Text(
            "The Override OpenAI Base URL route is on ({url}). It breaks Agent mode for custom models "
            "and can take requests meant for the Azure OpenAI section.",
            url=settings.openai_base_url.strip(),
        )
    else:
        message = Text(
            "The Override OpenAI Base URL route is on. It breaks Agent mode for custom models "
            "and can take requests meant for the Azure OpenAI section."
        )
    return Finding("openai_override", FindingStatus.FAIL, message, fix)


def diagnose(
    settings: CursorSettings,
    target: Target,
    catalog: Mapping[str, Sequence[str]] | None = None,
) -> list[Finding]:
    """One finding per id in ``FINDING_IDS``. ``catalog`` (model id -> its aliases), when given,
    recognises more short model names typed where a deployment belongs."""
    if settings.problem is not None:
        problem = settings.problem
        return [Finding(i, FindingStatus.UNKNOWN, problem.message, problem.fix) for i in FINDING_IDS]
    return [
        _base_url(settings.base_url, target.base_url),
        _deployment(settings.deployment, target.deployment, catalog or {}),
        _azure_switch(settings.azure_enabled),
        _api_key(settings.key_set, settings.key_rows),
        _alias_added(settings, target.alias, target.deployment),
        _alias_enabled(settings, target.alias),
        _other_custom_models(settings, target.alias, target.deployment),
        _openai_override(settings),
    ]
