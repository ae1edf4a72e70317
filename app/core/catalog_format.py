"""Reading the service's model catalog, whatever documented shape it comes in, and matching a typed
name to a model (docs/wire.md, "The catalog"). Pure functions: the request is the client's, the
cache is ``catalog``'s.

Shapes: ``{"object": "list", "data": [...]}`` (current), ``{"data": [...]}`` (older), or the entries
as a bare array. A model is a chat model when its ``type`` is ``openai/chat-completions`` or
``chat-completion``, or its ``features`` hold ``openai/chat-completion``, or its ``endpoints`` hold
``/v1/chat/completions``. What is kept of each: id, aliases, name, developer, context length, and
whether it streams and uses tools when the catalog says so (``?include=capabilities``, or the
older ``features``). Text from the service is bounded: a model's name never floods a screen.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from app.core.model import Problem, ProblemCode
from app.core.printable import has_controls, one_line
from app.core.text import Text

CHAT_TYPES = frozenset({"openai/chat-completions", "chat-completion"})
CHAT_FEATURE = "openai/chat-completion"
CHAT_ENDPOINT = "/v1/chat/completions"
MAX_ID = 200  # as long as a deployment name may be (config.DEPLOYMENT_MAX_LEN)
MAX_NAME = 120
MAX_ALIASES = 20


@dataclass(frozen=True)
class ModelInfo:
    id: str
    name: str
    developer: str
    context_length: int | None = None
    aliases: tuple[str, ...] = ()
    streaming: bool | None = None  # None: the catalog did not say
    tools: bool | None = None

    def names(self) -> tuple[str, ...]:
        """Every name that reaches this model: its id, then its aliases."""
        return (self.id, *self.aliases)


class CatalogUnusable(Exception):
    """The catalog answered, but with nothing this tool can list; ``problem`` says which."""

    def __init__(self, problem: Problem) -> None:
        super().__init__(problem.message)
        self.problem = problem


def _fix() -> str:
    return Text(
        "Type the model id yourself (for example google/gemini-2.5-pro) and check again; if it keeps "
        "happening, send the diagnostic report to IT."
    )


def empty_problem(detail: str = "") -> Problem:
    return Problem(ProblemCode.BAD_RESPONSE, Text("The service's model list was empty."), _fix(), detail)


def unrecognised_problem(detail: str) -> Problem:
    return Problem(
        ProblemCode.BAD_RESPONSE,
        Text(
            "The service's model list was not in a format this tool knows, so no model could be read from it."
        ),
        _fix(),
        detail,
    )


def _text(value: object, limit: int) -> str:
    return one_line(value, limit) if isinstance(value, str) else ""


def _name(value: object) -> str | None:
    """A model id or alias as the service gave it, or None when it cannot be one: too long, or
    holding a control character (it could not be typed into Cursor, and would drive a terminal)."""
    if not isinstance(value, str):
        return None
    value = value.strip()
    return value if value and len(value) <= MAX_ID and not has_controls(value) else None


def _flag(value: object) -> bool | None:
    return value if isinstance(value, bool) else None


def _strings(value: object) -> list[str]:
    return [v for v in value if isinstance(v, str)] if isinstance(value, list) else []


def is_chat_model(item: dict[str, Any]) -> bool:
    return (
        item.get("type") in CHAT_TYPES
        or CHAT_FEATURE in _strings(item.get("features"))
        or CHAT_ENDPOINT in _strings(item.get("endpoints"))
    )


def _abilities(item: dict[str, Any]) -> tuple[bool | None, bool | None]:
    """(streams, uses tools) as the catalog says: ``capabilities``, else the older ``features``."""
    caps = item.get("capabilities")
    if isinstance(caps, dict):
        return _flag(caps.get("streaming")), _flag(caps.get("tools"))
    if isinstance(caps, list):
        names = set(_strings(caps))
        return "streaming" in names, "tools" in names
    features = set(_strings(item.get("features")))
    if CHAT_FEATURE in features:
        return f"{CHAT_FEATURE}.stream" in features, f"{CHAT_FEATURE}.function" in features
    return None, None


def _model(item: dict[str, Any]) -> ModelInfo | None:
    model_id = _name(item.get("id"))
    if model_id is None:
        return None
    info = item.get("info") if isinstance(item.get("info"), dict) else {}
    assert isinstance(info, dict)
    ctx = info.get("contextLength", info.get("context_length"))
    context = ctx if isinstance(ctx, int) and not isinstance(ctx, bool) and ctx > 0 else None
    aliases = tuple(dict.fromkeys(a for a in map(_name, _strings(item.get("aliases"))) if a))[:MAX_ALIASES]
    streaming, tools = _abilities(item)
    return ModelInfo(
        id=model_id,
        name=_text(info.get("name"), MAX_NAME) or model_id,
        developer=_text(info.get("developer"), MAX_NAME),
        context_length=context,
        aliases=tuple(a for a in aliases if a != model_id),
        streaming=streaming,
        tools=tools,
    )


def chat_models(data: object) -> list[ModelInfo]:
    """The chat models of a catalog answer, sorted by id. Raises ``CatalogUnusable`` when the list
    is empty, or is not where any documented shape has it, or names no chat model at all."""
    items = data.get("data") if isinstance(data, dict) else data
    if not isinstance(items, list):
        kind = f"an object with {sorted(data)[:5]}" if isinstance(data, dict) else type(data).__name__
        raise CatalogUnusable(unrecognised_problem(f"the model list: {kind}, no list of models"))
    if not items:
        raise CatalogUnusable(empty_problem("the model list: an empty list"))
    models: dict[str, ModelInfo] = {}
    for item in items:
        if isinstance(item, dict) and is_chat_model(item):
            model = _model(item)
            if model is not None:
                models.setdefault(model.id, model)
    if not models:
        raise CatalogUnusable(
            unrecognised_problem(
                f"the model list: {len(items)} entries, none of them a chat model this tool knows"
            )
        )
    return [models[k] for k in sorted(models)]


# --- a typed name ----------------------------------------------------------------------------------


def find(models: list[ModelInfo], typed: str) -> ModelInfo | None:
    """The model ``typed`` names exactly: its id or one of its aliases."""
    typed = typed.strip()
    return next((m for m in models if typed in m.names()), None)


def closest(models: list[ModelInfo], typed: str) -> tuple[ModelInfo, str] | None:
    """The model a deployment name that was not found most likely meant, and how it differs:
    an alias of it, its id in other capitals, or its id with another (or no) prefix. None unless
    exactly one model fits."""
    typed = typed.strip()
    exact = find(models, typed)
    if exact is not None and exact.id != typed:
        return exact, "alias"
    lowered = typed.lower()
    same_case = [m for m in models if any(n.lower() == lowered for n in m.names()) and m.id != typed]
    if len(same_case) == 1:
        return same_case[0], "case"
    last = lowered.rsplit("/", 1)[-1]
    same_end = [m for m in models if m.id.lower().rsplit("/", 1)[-1] == last and m.id != typed]
    if len(same_end) == 1:
        return same_end[0], "prefix"
    return None
