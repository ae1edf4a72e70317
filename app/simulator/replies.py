"""Deterministic model behaviour: what the simulated model answers, and how many tokens it costs.

Replies are useful rather than random so demos read well and tests can assert on them; the same
request always gives the same answer.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any

MERGE_DICTS = "def merge(a, b): return {**a, **b}"

_WORD = re.compile(r"\w+|[^\w\s]")
_PIECE = re.compile(r"\s*\S+")


def tokens(text: str) -> list[str]:
    """Split text into streamable pieces (a word with its leading space); ''.join() gives it back."""
    pieces = _PIECE.findall(text)
    if pieces:
        pieces[-1] += text[len("".join(pieces)) :]
    return pieces


def count_tokens(text: str) -> int:
    return len(_WORD.findall(text))


def message_text(content: Any) -> str:
    """The text of a message's content: a string, or a list of parts (text, image_url, ...)."""
    if isinstance(content, str):
        return content
    if isinstance(content, list):
        return " ".join(
            str(p.get("text", "")) for p in content if isinstance(p, dict) and p.get("type") == "text"
        )
    return ""


def prompt_tokens(messages: list[Any], tools: Any = None) -> int:
    # Roughly what tiktoken-style counting gives: content plus a few tokens per message.
    total = 3
    for m in messages:
        if isinstance(m, dict):
            total += 4 + count_tokens(message_text(m.get("content")))
    if tools:
        total += len(json.dumps(tools)) // 4
    return total


def last_user_text(messages: list[Any]) -> str:
    for m in reversed(messages):
        if isinstance(m, dict) and m.get("role") == "user":
            return message_text(m.get("content")).strip()
    return ""


_SAY = re.compile(
    r"^\s*(?:please\s+)?(?:say|reply with|respond with|repeat)\s*:?\s*"
    r"(?:(?:only\s+)?the\s+(?:single\s+|one\s+)?word\s*:?\s*)?(.+?)\s*$",
    re.I | re.S,
)
_COUNT = re.compile(r"count (?:from 1 )?(?:up )?to (\d+)", re.I)
_ARITH = re.compile(r"(-?\d+(?:\.\d+)?)\s*([-+*/x×])\s*(-?\d+(?:\.\d+)?)")


def reply_text(messages: list[Any], model_name: str) -> str:
    """The simulated model's answer to the conversation."""
    last = messages[-1] if messages and isinstance(messages[-1], dict) else {}
    if last.get("role") == "tool":
        # The second turn of a tool call: answer from the tool's result, as a model would.
        result = message_text(last.get("content")).strip()
        result = result if len(result) <= 120 else result[:117] + "..."
        return f"Here is what I found: {result}" if result else "The tool returned nothing."
    prompt = last_user_text(messages)
    low = prompt.lower()
    if "merge" in low and "dict" in low:
        return MERGE_DICTS
    if "test prompt" in low:
        # Cursor's Verify request: "Test prompt using gpt-3.5-turbo".
        return "Hello! This is a test response: your deployment is working and ready to use."
    if m := _SAY.match(prompt):
        return m.group(1).strip().strip("\"'“”").rstrip(".") or "OK"
    if m := _COUNT.search(prompt):
        n = max(1, min(int(m.group(1)), 200))
        return ", ".join(str(i) for i in range(1, n + 1)) + "."
    if (m := _ARITH.search(prompt)) and ("what is" in low or "calculate" in low or "=" in low):
        return _arith(m.group(1), m.group(2), m.group(3))
    if re.search(r"\b(hi|hello|hey|ping)\b", low) or not prompt:
        return "Hello! How can I help you today?"
    if "weather" in low:
        return "I can't check live weather here, but Paris is usually mild: around 18 °C and partly cloudy."
    short = prompt if len(prompt) <= 80 else prompt[:77] + "..."
    return (
        f"This is {model_name} answering through the AI/ML API simulator. "
        f'You asked: "{short}". A real model would give a full answer here.'
    )


def _arith(a: str, op: str, b: str) -> str:
    x, y = float(a), float(b)
    if op == "+":
        r = x + y
    elif op == "-":
        r = x - y
    elif op in "*x×":
        r = x * y
    else:
        if y == 0:
            return "Division by zero is undefined."
        r = x / y
    return str(int(r)) if r == int(r) else f"{r:g}"


@dataclass(frozen=True)
class Completion:
    """Text or a tool call, already cut to the token limit."""

    text: str | None
    finish_reason: str
    completion_tokens: int
    tool_name: str | None = None
    tool_arguments: str | None = None
    reasoning_tokens: int = 0


def text_completion(text: str, limit: int | None, reasoning: bool = False) -> Completion:
    pieces = tokens(text)
    finish = "stop"
    if limit is not None and len(pieces) > limit:
        pieces = pieces[: max(limit, 0)]
        finish = "length"
    out = "".join(pieces)
    return Completion(
        text=out,
        finish_reason=finish,
        completion_tokens=len(pieces) + (64 if reasoning else 0),
        reasoning_tokens=64 if reasoning else 0,
    )


def chosen_tool(tools: Any, tool_choice: Any, messages: list[Any]) -> dict[str, Any] | None:
    """The function the model calls: the one tool_choice names, else the first; None for 'none'
    or when the conversation already ends with a tool result (the model answers it instead)."""
    if not isinstance(tools, list) or tool_choice == "none":
        return None
    if messages and isinstance(messages[-1], dict) and messages[-1].get("role") == "tool":
        return None
    functions: list[dict[str, Any]] = [
        t["function"]
        for t in tools
        if isinstance(t, dict)
        and t.get("type", "function") == "function"
        and isinstance(t.get("function"), dict)
    ]
    if not functions:
        return None
    if isinstance(tool_choice, dict):
        wanted = (tool_choice.get("function") or {}).get("name")
        for f in functions:
            if f.get("name") == wanted:
                return f
    return functions[0]


_STRING_GUESSES = {
    "city": "Paris",
    "location": "Paris, France",
    "country": "France",
    "place": "Paris",
    "name": "Ada",
    "query": "weather in Paris",
    "q": "weather in Paris",
    "language": "Python",
    "date": "2025-01-01",
    "email": "ada@example.com",
    "url": "https://example.com",
    "unit": "celsius",
    "units": "celsius",
}


def arguments_for(schema: Any) -> dict[str, Any]:
    """Plausible arguments for a JSON schema of an object: required properties (or all) filled in."""
    if not isinstance(schema, dict):
        return {}
    props = schema.get("properties")
    if not isinstance(props, dict):
        return {}
    required = schema.get("required")
    names = [n for n in required if n in props] if isinstance(required, list) and required else list(props)
    return {n: _value_for(n, props[n]) for n in names}


def _value_for(name: str, spec: Any) -> Any:
    if not isinstance(spec, dict):
        return "example"
    if isinstance(spec.get("enum"), list) and spec["enum"]:
        return spec["enum"][0]
    if "const" in spec:
        return spec["const"]
    kind = spec.get("type")
    if isinstance(kind, list):
        kind = next((k for k in kind if k != "null"), "string")
    if kind == "integer":
        return int(spec.get("minimum", 1))
    if kind == "number":
        return spec.get("minimum", 1.5)
    if kind == "boolean":
        return True
    if kind == "array":
        item = spec.get("items")
        return [_value_for(name, item)] if isinstance(item, dict) else []
    if kind == "object":
        return arguments_for(spec)
    if kind == "null":
        return None
    return _STRING_GUESSES.get(name.lower(), "example")


def tool_completion(function: dict[str, Any], broken: bool = False) -> Completion:
    args = json.dumps(arguments_for(function.get("parameters")))
    if broken:
        # Models do get this wrong: a cut-off arguments string that is not valid JSON.
        args = args[: max(1, len(args) - 2)] if len(args) > 2 else "{"
    return Completion(
        text=None,
        finish_reason="tool_calls",
        completion_tokens=count_tokens(args) + 8,
        tool_name=str(function.get("name", "")),
        tool_arguments=args,
    )


def argument_fragments(arguments: str, size: int = 6) -> list[str]:
    """The arguments string cut into pieces, as models stream them."""
    return [arguments[i : i + size] for i in range(0, len(arguments), size)] or [""]
