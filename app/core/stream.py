"""Assembling a streamed chat answer from its chunks, tolerant of every quirk in docs/wire.md.

The service streams OpenAI/Azure-style chunks. Robust reading means accepting: a first chunk with
``"choices": []`` (only ``prompt_filter_results``), role-only and empty deltas, a chunk carrying only
``finish_reason``, a last chunk with ``"choices": []`` and ``usage``, and tool calls streamed in
pieces keyed by ``index``. Server-sent-event framing is httpx2's job; this module sees event data.

Plain Python, no network: the property tests feed it arbitrary chunks.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any


class MalformedChunk(ValueError):
    """A stream event whose data is not a JSON object (the service sent something broken)."""


@dataclass
class ToolCall:
    """One function call the model asked for; ``arguments`` is the JSON text as the model wrote it."""

    id: str
    name: str
    arguments: str

    def parsed_arguments(self) -> dict[str, Any]:
        """The arguments as a dict; ValueError when the model wrote something that is not a JSON object."""
        try:
            value = json.loads(self.arguments or "")
        except (ValueError, RecursionError) as exc:  # JSONDecodeError is a ValueError
            raise ValueError(f"tool call arguments are not valid JSON: {exc}") from None
        if not isinstance(value, dict):
            raise ValueError("tool call arguments are JSON but not an object")
        return value


@dataclass
class _ToolCallParts:
    id: str = ""
    name: str = ""
    arguments: list[str] = field(default_factory=list)


def content_text(content: Any) -> str:
    """Message or delta content as text: a string, or a list of ``{"type": "text", "text": ...}`` parts."""
    if isinstance(content, str):
        return content
    if isinstance(content, list):
        parts = []
        for part in content:
            if isinstance(part, str):
                parts.append(part)
            elif isinstance(part, dict) and isinstance(part.get("text"), str):
                parts.append(part["text"])
        return "".join(parts)
    return ""


def _first_choice(chunk: dict[str, Any]) -> dict[str, Any] | None:
    """The choice with index 0 (or the first one without an index); other choices are ignored."""
    choices = chunk.get("choices")
    if not isinstance(choices, list):
        return None
    for choice in choices:
        if isinstance(choice, dict) and choice.get("index", 0) in (0, None):
            return choice
    return None


class StreamAssembler:
    """Feeds on chunks (dicts) in arrival order and keeps the text, tool calls, finish reason and usage.

    ``feed`` never raises, whatever the chunk holds: odd shapes are ignored, not fatal.
    """

    def __init__(self) -> None:
        self._text: list[str] = []
        self._calls: dict[int, _ToolCallParts] = {}
        self._last_call_index: int | None = None
        self.finish_reason: str | None = None
        self.usage: dict[str, Any] | None = None
        self.model: str | None = None
        self.saw_done = False
        # Events that carried a JSON chunk (keep-alives and [DONE] are not counted).
        self.chunks = 0
        # An ``{"error": ...}`` object sent inside the stream, kept for diagnosis.
        self.error: dict[str, Any] | None = None
        # What the answer cost, when the service says (``meta.usage.usd_spent`` on the last chunk).
        self.cost_usd: object = None

    @property
    def text(self) -> str:
        return "".join(self._text)

    @property
    def tool_calls(self) -> list[ToolCall]:
        return [
            ToolCall(id=p.id, name=p.name, arguments="".join(p.arguments))
            for _, p in sorted(self._calls.items())
        ]

    def feed_data(self, data: str) -> str:
        """One server-sent event's data: ``[DONE]``, blank (ignored) or a JSON chunk.

        Returns the new text. Raises ``MalformedChunk`` when the data is not a JSON object.
        """
        stripped = data.strip()
        if not stripped:
            return ""
        if stripped == "[DONE]":
            self.saw_done = True
            return ""
        try:
            chunk = json.loads(stripped)
        except (ValueError, RecursionError):
            raise MalformedChunk("a piece of the streamed answer is not valid JSON") from None
        if not isinstance(chunk, dict):
            raise MalformedChunk("a piece of the streamed answer is not a JSON object")
        return self.feed(chunk)

    def feed(self, chunk: dict[str, Any]) -> str:
        """Take one chunk; returns the content text it added ("" when none)."""
        if not isinstance(chunk, dict):
            return ""
        self.chunks += 1
        if isinstance(chunk.get("model"), str) and chunk["model"]:
            self.model = chunk["model"]
        if isinstance(chunk.get("usage"), dict):
            self.usage = chunk["usage"]
        meta = chunk.get("meta")
        if isinstance(meta, dict) and isinstance(meta.get("usage"), dict) and "usd_spent" in meta["usage"]:
            self.cost_usd = meta["usage"]["usd_spent"]
        if "error" in chunk and not chunk.get("choices"):
            err = chunk["error"]
            self.error = err if isinstance(err, dict) else {"message": str(err)}
        choice = _first_choice(chunk)
        if choice is None:
            return ""
        reason = choice.get("finish_reason")
        if isinstance(reason, str) and reason:
            self.finish_reason = reason
        # Some services put a whole ``message`` in the last chunk instead of a ``delta``.
        delta = choice.get("delta")
        if not isinstance(delta, dict):
            message = choice.get("message")
            delta = message if isinstance(message, dict) else {}
        new = content_text(delta.get("content"))
        if new:
            self._text.append(new)
        pieces = delta.get("tool_calls")
        if isinstance(pieces, list):
            for piece in pieces:
                if isinstance(piece, dict):
                    self._feed_tool_piece(piece)
        return new

    def _feed_tool_piece(self, piece: dict[str, Any]) -> None:
        index = piece.get("index")
        call_id = piece.get("id") if isinstance(piece.get("id"), str) else ""
        if not isinstance(index, int) or isinstance(index, bool):
            # No index: a new id starts a new call, otherwise it continues the last one.
            known_ids = {p.id for p in self._calls.values()}
            if (call_id and call_id not in known_ids) or self._last_call_index is None:
                index = max(self._calls, default=-1) + 1
            else:
                index = self._last_call_index
        parts = self._calls.setdefault(index, _ToolCallParts())
        self._last_call_index = index
        if call_id and not parts.id:
            parts.id = call_id
        function = piece.get("function")
        if isinstance(function, dict):
            name = function.get("name")
            if isinstance(name, str) and name and not parts.name:
                parts.name = name
            args = function.get("arguments")
            if isinstance(args, str):
                parts.arguments.append(args)
            elif isinstance(args, dict):  # a few services send the object itself
                parts.arguments.append(json.dumps(args))


def tool_calls_from_message(message: Any) -> list[ToolCall]:
    """Tool calls of a whole (non-streamed) ``choices[0].message``; odd shapes give fewer calls."""
    if not isinstance(message, dict) or not isinstance(message.get("tool_calls"), list):
        return []
    calls = []
    for raw in message["tool_calls"]:
        if not isinstance(raw, dict):
            continue
        found = raw.get("function")
        function: dict[str, Any] = found if isinstance(found, dict) else {}
        args = function.get("arguments", "")
        if isinstance(args, dict):
            args = json.dumps(args)
        call_id, name = raw.get("id"), function.get("name")
        calls.append(
            ToolCall(
                id=call_id if isinstance(call_id, str) else "",
                name=name if isinstance(name, str) else "",
                arguments=args if isinstance(args, str) else "",
            )
        )
    return calls
