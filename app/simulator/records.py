"""What the simulator received: one RequestRecord per request, kept in a thread-safe RequestLog."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

_SECRET_HEADERS = ("api-key", "authorization")


@dataclass(frozen=True)
class RequestRecord:
    """One request as the server received it (for tests)."""

    method: str
    path: str  # raw, as received, without the query string (``%2F`` stays ``%2F``)
    query: dict[str, str]  # parsed query; ``raw_query`` has the string as sent
    raw_query: str
    headers: dict[str, str]  # lowercase names
    body: bytes

    def json(self) -> Any:
        return json.loads(self.body)

    def __repr__(self) -> str:
        # Keys stay out of test output and logs.
        shown = {k: ("***" if k in _SECRET_HEADERS else v) for k, v in self.headers.items()}
        target = f"{self.path}?{self.raw_query}" if self.raw_query else self.path
        return f"RequestRecord({self.method} {target} headers={shown} body={len(self.body)} bytes)"


class RequestLog:
    """A thread-safe list of RequestRecord: len, index, iterate (over a snapshot), clear().

    Keeps the latest ``limit`` records so a long demo session does not grow without bound.
    """

    def __init__(self, limit: int = 10_000) -> None:
        self._lock = threading.Lock()
        self._items: list[RequestRecord] = []
        self._limit = limit

    def append(self, record: RequestRecord) -> None:
        with self._lock:
            self._items.append(record)
            if len(self._items) > self._limit:
                del self._items[: len(self._items) - self._limit]

    def clear(self) -> None:
        with self._lock:
            self._items.clear()

    def snapshot(self) -> list[RequestRecord]:
        with self._lock:
            return list(self._items)

    def __len__(self) -> int:
        with self._lock:
            return len(self._items)

    def __getitem__(self, index: int) -> RequestRecord:
        with self._lock:
            return self._items[index]

    def __iter__(self) -> Iterator[RequestRecord]:
        return iter(self.snapshot())

    def __bool__(self) -> bool:
        return len(self) > 0

    def __repr__(self) -> str:
        return f"RequestLog({self.snapshot()!r})"
