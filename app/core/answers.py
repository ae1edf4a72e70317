"""What the client's requests return: the result of each kind of request, and what the service
says about each answer for support (its ``x-inference-id`` and, when it reports one, its cost:
``x-aimlapi-usd-spent`` on whole answers, ``meta.usage.usd_spent`` at the end of a stream), and
our own request ids (``X-Client-Request-Id: cas-<run>-<label>``). See docs/wire.md, "Tracing".
"""

from __future__ import annotations

import math
import re
import secrets
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from app.core.catalog_format import ModelInfo
from app.core.model import CLIENT_REQUEST_ID_PREFIX
from app.core.stream import ToolCall

CREDITS_PER_USD = 2_000_000
# X-Client-Request-Id: 1 to 128 of these (the service drops any other value without a word).
_REQUEST_ID = re.compile(r"^[A-Za-z0-9._:-]{1,128}$")
RUN_ID = re.compile(r"^[A-Za-z0-9._:]{1,64}$")
# An inference id worth keeping: short and plain (a hostile server could send anything).
_INFERENCE_ID = re.compile(r"^[A-Za-z0-9._:-]{1,100}$")
# No single check costs this much; a larger figure is not a cost we can trust.
_MAX_COST_USD = 1000.0


def new_run_id() -> str:
    """A short id for one run of checks (or one window session), unique enough to find its rows."""
    return secrets.token_hex(4)


def client_request_id(run_id: str, label: str) -> str:
    """``cas-<run>-<label>``: what the service's request log shows for our request."""
    value = f"{CLIENT_REQUEST_ID_PREFIX}{run_id}-{label}"
    if not _REQUEST_ID.match(value):
        raise ValueError(f"not a valid client request id: {value!r}")
    return value


def number(value: object) -> float | None:
    """A finite number from JSON or a header value (text allowed), else None."""
    if isinstance(value, bool) or not isinstance(value, int | float | str):
        return None
    try:
        result = float(value)
    except ValueError:
        return None
    return result if math.isfinite(result) else None


def cost_usd(value: object) -> float | None:
    found = number(value)
    return found if found is not None and 0 <= found <= _MAX_COST_USD else None


@dataclass(frozen=True)
class Trace:
    """What support needs about one answer: the service's id for it, and what it cost (when the
    service said)."""

    inference_id: str | None = None
    cost_usd: float | None = None

    @classmethod
    def from_headers(cls, headers: Mapping[str, str], cost: float | None = None) -> Trace:
        lowered = {str(k).lower(): str(v) for k, v in headers.items()}
        found = lowered.get("x-inference-id", "").strip()
        spent = cost if cost is not None else cost_usd(lowered.get("x-aimlapi-usd-spent"))
        return cls(found if _INFERENCE_ID.match(found) else None, spent)

    def data(self) -> dict[str, Any]:
        """For a check's ``data``: only what is known."""
        out: dict[str, Any] = {}
        if self.inference_id:
            out["inference_id"] = self.inference_id
        if self.cost_usd is not None:
            out["cost_usd"] = self.cost_usd
        return out


@dataclass
class ChatResult:
    text: str
    status_code: int
    ms: int
    model: str | None = None
    finish_reason: str | None = None
    usage: dict[str, Any] | None = None
    trace: Trace = field(default_factory=Trace)


@dataclass
class StreamResult:
    text: str
    ttft_ms: int | None  # time to the first words; None when no words came
    total_ms: int
    usage: dict[str, Any] | None
    chunks: int
    finish_reason: str | None = None
    saw_done: bool = False
    model: str | None = None
    tool_calls: list[ToolCall] = field(default_factory=list)
    trace: Trace = field(default_factory=Trace)


@dataclass
class ToolCallResult:
    calls: list[ToolCall]
    text: str
    ms: int = 0
    finish_reason: str | None = None
    streamed: bool = True
    trace: Trace = field(default_factory=Trace)


@dataclass(frozen=True)
class CatalogFetch:
    """One answer of the catalog: the chat models, or None when the copy named by ``etag`` is
    still current (304); and the ETag of this answer, to send next time."""

    models: list[ModelInfo] | None
    etag: str | None


@dataclass(frozen=True)
class Balance:
    credits: int
    usd: float
    low: bool
    currency: str = "USD"
    trace: Trace = field(default_factory=Trace)


@dataclass(frozen=True)
class Ping:
    """The service answered the reachability check: in ``ms`` milliseconds."""

    ms: int
    trace: Trace = field(default_factory=Trace)
