"""Server-sent events framing: stream events into the network writes a real service produces.

Every quirk a robust reader must accept: ``data:`` with and without the space (alternating),
``\\r\\n`` line ends on every third event, the second piece of output split across two writes and
followed by a ``: keep-alive`` comment, and the finish event's CRLF split between ``\\r`` and ``\\n``.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from app.simulator.completions import Event

KEEP_ALIVE = b": keep-alive\n\n"


@dataclass(frozen=True)
class Write:
    """One network write."""

    data: bytes
    content: bool = False  # carries model output (used for pacing)
    split_at: int | None = None  # sent in two writes, split here


def _encode(event: Event, number: int, crlf: bool) -> bytes:
    data = event.data if isinstance(event.data, str) else json.dumps(event.data)
    prefix = "data: " if number % 2 else "data:"
    end = "\r\n\r\n" if crlf or number % 3 == 0 else "\n\n"
    return (prefix + data + end).encode()


def frame(events: list[Event]) -> list[Write]:
    writes: list[Write] = []
    output_seen = 0
    for number, event in enumerate(events, start=1):
        data = _encode(event, number, crlf=event.finish)
        if event.finish:
            # CRLF split between its "\r" and "\n": a reader must not end the line twice.
            writes.append(Write(data, split_at=len(data) - 3))
            continue
        second_piece = event.content and output_seen == 1
        output_seen += event.content
        writes.append(Write(data, content=event.content, split_at=len(data) // 2 if second_piece else None))
        if second_piece:
            writes.append(Write(KEEP_ALIVE))
    return writes
