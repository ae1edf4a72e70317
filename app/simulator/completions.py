"""One chat answer in the service's JSON shapes: whole, or as the chunks of a stream in each style.

Stream styles:
- standard, on the Azure route and on ``/v1/chat/completions``: a role-only first delta,
  one chunk per word, an empty delta carrying ``finish_reason``, a ``choices: []`` usage chunk when
  asked, ``[DONE]``. The Azure route first sends a chunk with empty ``id``/``object``/``model``,
  ``created: 0`` and only the prompt's filter results (``prompt_annotations`` on api-versions before
  2023-10-01), and an annotation-only chunk after the finish chunk.
- Claude style (Claude-backed models): chunks after the first carry ``"id": ""``, content chunks have no
  ``finish_reason`` key, usage rides on the finish chunk, a second finish chunk without a delta
  follows, and the stream ends without ``[DONE]``.
The last JSON chunk of every style carries ``meta.usage`` (credits and dollars charged).
"""

from __future__ import annotations

import time
import uuid
from dataclasses import dataclass
from typing import Any

from app.simulator import replies

DONE = "[DONE]"
_FILTER_RESULTS = {
    category: {"filtered": False, "severity": "safe"}
    for category in ("hate", "self_harm", "sexual", "violence")
}


@dataclass(frozen=True)
class Event:
    """One stream event: a chunk (or ``[DONE]``); ``content`` marks model output (it is paced)."""

    data: dict[str, Any] | str
    content: bool = False
    finish: bool = False


def usage_of(prompt_tokens: int, completion: replies.Completion) -> dict[str, Any]:
    usage: dict[str, Any] = {
        "prompt_tokens": prompt_tokens,
        "completion_tokens": completion.completion_tokens,
        "total_tokens": prompt_tokens + completion.completion_tokens,
    }
    if completion.reasoning_tokens:
        usage["completion_tokens_details"] = {"reasoning_tokens": completion.reasoning_tokens}
    return usage


class ChatReply:
    """One answer: ``whole()`` for a JSON response, ``events()`` for a stream."""

    def __init__(
        self,
        model_id: str,
        azure: bool,
        completion: replies.Completion,
        usage: dict[str, Any],
        meta: dict[str, Any] | None = None,
    ) -> None:
        self.id = "chatcmpl-" + uuid.uuid4().hex[:24]
        self.created = int(time.time())
        self.model_id = model_id
        self.azure = azure
        self.completion = completion
        self.usage = usage
        self.meta = meta
        self.call_id = "call_" + uuid.uuid4().hex[:24]

    # -- whole ------------------------------------------------------------------------------------
    def _message(self) -> dict[str, Any]:
        c = self.completion
        message: dict[str, Any] = {"role": "assistant", "content": c.text}
        if c.tool_name is not None:
            function = {"name": c.tool_name, "arguments": c.tool_arguments}
            message["tool_calls"] = [{"id": self.call_id, "type": "function", "function": function}]
        return message

    def _prompt_filters(self, key: str = "prompt_filter_results") -> dict[str, Any]:
        return {key: [{"prompt_index": 0, "content_filter_results": {}}]} if self.azure else {}

    def whole(self) -> dict[str, Any]:
        choice: dict[str, Any] = {
            "index": 0,
            "finish_reason": self.completion.finish_reason,
            "logprobs": None,
        }
        if self.azure:
            choice["content_filter_results"] = {}
        choice["message"] = self._message()
        return {
            "id": self.id,
            "object": "chat.completion",
            "created": self.created,
            "model": self.model_id,
            **self._prompt_filters(),
            "choices": [choice],
            "usage": self.usage,
        }

    # -- stream -----------------------------------------------------------------------------------
    def _chunk(self, choices: list[dict[str, Any]], *, id: str | None = None, **top: Any) -> dict[str, Any]:
        return {
            "id": self.id if id is None else id,
            "object": "chat.completion.chunk",
            "created": self.created,
            "model": self.model_id,
            "choices": choices,
            **top,
        }

    def _choice(self, delta: dict[str, Any], finish: str | None) -> dict[str, Any]:
        choice: dict[str, Any] = {"index": 0, "delta": delta, "finish_reason": finish, "logprobs": None}
        if self.azure:
            choice["content_filter_results"] = {}
        return choice

    def _output_deltas(self) -> list[dict[str, Any]]:
        """The model's output as deltas: words, or the pieces of a tool call."""
        c = self.completion
        if c.tool_name is None:
            return [{"content": tok} for tok in replies.tokens(c.text or "")]
        first = {
            "index": 0,
            "id": self.call_id,
            "type": "function",
            "function": {"name": c.tool_name, "arguments": ""},
        }
        pieces = [
            {"index": 0, "function": {"arguments": f}}
            for f in replies.argument_fragments(c.tool_arguments or "")
        ]
        return [{"tool_calls": [p]} for p in [first, *pieces]]

    def events(self, claude: bool, include_usage: bool, old_api_version: bool = False) -> list[Event]:
        """The stream's events, Claude style or standard, with ``meta`` on the last chunk."""
        if claude:
            events = self._claude_events()
        else:
            events = self._standard_events(include_usage, old_api_version)
        return _with_meta(events, self.meta)

    def _standard_events(self, include_usage: bool, old_api_version: bool) -> list[Event]:
        events: list[Event] = []
        if self.azure:
            key = "prompt_annotations" if old_api_version else "prompt_filter_results"
            first = {
                "choices": [],
                "created": 0,
                "id": "",
                "model": "",
                "object": "",
                **self._prompt_filters(key),
            }
            events.append(Event(first))
        events.append(Event(self._chunk([self._choice({"role": "assistant", "content": ""}, None)])))
        events += [Event(self._chunk([self._choice(d, None)]), content=True) for d in self._output_deltas()]
        events.append(Event(self._chunk([self._choice({}, self.completion.finish_reason)]), finish=True))
        if self.azure:
            events.append(Event(self._chunk([self._annotation()])))
        if include_usage:
            events.append(Event(self._chunk([], usage=self.usage)))
        events.append(Event(DONE))
        return events

    def _annotation(self) -> dict[str, Any]:
        """Azure's content filter verdict on the output, sent after the finish chunk."""
        end = len(self.completion.text or self.completion.tool_arguments or "")
        return {
            "index": 0,
            "finish_reason": None,
            "delta": {},
            "content_filter_offsets": {"check_offset": 0, "start_offset": 0, "end_offset": end},
            "content_filter_results": _FILTER_RESULTS,
        }

    def _claude_events(self) -> list[Event]:
        finish = self.completion.finish_reason
        events = [Event(self._chunk([self._choice({"role": "assistant", "content": ""}, None)]))]
        for delta in self._output_deltas():
            events.append(Event(self._chunk([{"index": 0, "delta": delta}], id=""), content=True))
        events.append(Event(self._chunk([self._choice({}, finish)], id="", usage=self.usage), finish=True))
        events.append(Event(self._chunk([{"index": 0, "finish_reason": finish}], id="")))
        return events


def _with_meta(events: list[Event], meta: dict[str, Any] | None) -> list[Event]:
    """The last JSON chunk also carries ``meta`` (what the answer cost)."""
    if meta is None:
        return events
    last = max(i for i, e in enumerate(events) if isinstance(e.data, dict))
    chunk = events[last]
    assert isinstance(chunk.data, dict)
    events[last] = Event({**chunk.data, "meta": meta}, chunk.content, chunk.finish)
    return events
