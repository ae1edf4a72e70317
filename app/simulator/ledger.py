"""The account behind the key: its balance and limits, and the ledger of every chat request served.

The ledger is the one source for the balance (starting balance minus what was charged), ``/v2/usage``,
``/v2/logs``, ``/v1/key``'s monthly usage and ``/models/metrics``, so they always agree.
Keys are never stored: a ledger entry holds a fingerprint of the key that made the request.
"""

from __future__ import annotations

import hashlib
import threading
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime

from app.simulator.catalog import CREDITS_PER_USD
from app.simulator.errors import iso_at


@dataclass
class Account:
    """What the service knows about the account and its key (attributes may change while serving)."""

    balance_usd: float = 5.0  # before anything is charged
    key_name: str = "Default key"
    key_scopes: list[str] | None = None  # None: every scope
    key_limit_usd: float | None = None  # the key's monthly spending limit; None: no limit
    key_created: datetime = field(default_factory=lambda: datetime(2025, 1, 6, 9, 30, tzinfo=UTC))

    @property
    def balance_credits(self) -> int:
        return round(self.balance_usd * CREDITS_PER_USD)


def key_fingerprint(key: str) -> str:
    return hashlib.sha256(key.encode("utf-8", "surrogatepass")).hexdigest()[:16]


@dataclass(frozen=True)
class LogEntry:
    """One chat request as the service's request log keeps it."""

    created: float  # epoch seconds
    key: str  # fingerprint of the key
    status_code: int
    origin: str  # "api" or "playground"
    model: str
    credits: int
    prompt_tokens: int
    completion_tokens: int
    request_id: str
    inference_id: str
    client_request_id: str | None
    latency_ms: float
    ttft_ms: float

    @property
    def succeeded(self) -> bool:
        return 200 <= self.status_code < 300

    @property
    def usd(self) -> float:
        return self.credits / CREDITS_PER_USD

    def row(self) -> dict[str, object]:
        """The entry as ``/v2/logs`` shows it."""
        return {
            "created": iso_at(self.created),
            "status": "succeeded" if self.succeeded else "failed",
            "origin": self.origin,
            "model": self.model,
            "cost": {"usd": self.usd, "credits": self.credits},
            "tokens": {
                "prompt_tokens": self.prompt_tokens,
                "completion_tokens": self.completion_tokens,
                "total_tokens": self.prompt_tokens + self.completion_tokens,
            },
            "request_id": self.request_id,
            "inference_id": self.inference_id,
            "client_request_id": self.client_request_id,
        }


class Ledger:
    """Thread-safe, oldest first; keeps the latest ``limit`` entries."""

    def __init__(self, limit: int = 100_000) -> None:
        self._lock = threading.Lock()
        self._entries: list[LogEntry] = []
        self._limit = limit

    def add(self, entry: LogEntry) -> None:
        with self._lock:
            self._entries.append(entry)
            self._entries.sort(key=lambda e: e.created)  # back-dated entries keep the order
            if len(self._entries) > self._limit:
                del self._entries[: len(self._entries) - self._limit]

    def entries(self, key: str | None = None, start: float = 0.0, end: float | None = None) -> list[LogEntry]:
        """Entries of one key (or all) with ``start <= created <= end``, oldest first."""
        stop = time.time() if end is None else end
        with self._lock:
            return [e for e in self._entries if (key is None or e.key == key) and start <= e.created <= stop]

    def charged_credits(self, key: str | None = None, start: float = 0.0) -> int:
        return sum(e.credits for e in self.entries(key, start))

    def clear(self) -> None:
        with self._lock:
            self._entries.clear()

    def __len__(self) -> int:
        with self._lock:
            return len(self._entries)


def month_start(now: float) -> float:
    moment = datetime.fromtimestamp(now, UTC)
    return moment.replace(day=1, hour=0, minute=0, second=0, microsecond=0).timestamp()
