"""The answers of the service's account endpoints, parsed defensively. Pure functions: the HTTP
calls live in the client.

- ``GET /v2/logs?period=1h&model=<deployment>&limit=100`` lists the key's own requests, newest
  first, failed ones included (rows: created, status, origin, model, cost, tokens, request_id,
  inference_id, client_request_id; and pagination). Every request this tool sends carries
  ``X-Client-Request-Id`` starting ``cas-``; Cursor sends none.
- ``GET /v1/key``: the key's name, whether it is disabled, its scopes and spending limit. A 401 or
  403 here means "not available for this key", never a bad key. The key's prefix is never kept.
- ``GET /models/metrics?aliases=<deployment>``: a model with no successful request in the last
  5 minutes is simply absent.

Unknown shapes give a ``bad_response`` problem or an "unknown" value, never a crash.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from app.core.answers import number
from app.core.config import InvalidInput
from app.core.diagnosis import bad_response
from app.core.errors import AppError
from app.core.model import CLIENT_REQUEST_ID_PREFIX as OUR_CLIENT_ID_PREFIX
from app.core.text import Text, join_texts

LOGS_PATH = "/v2/logs"
KEY_PATH = "/v1/key"
METRICS_PATH = "/models/metrics"
LOGS_PAGE_LIMIT = 100
# The log allows 200 requests a minute; a check never needs more than a few pages.
MAX_LOG_PAGES = 5
DEFAULT_PERIOD = "1h"
_PERIOD = re.compile(r"^\s*(\d{1,6})\s*([mhd])\s*$", re.IGNORECASE)
_MAX_PERIOD = timedelta(days=90)


def parse_period(text: str | None) -> tuple[str, timedelta]:
    """``30m``, ``1h``, ``24h``, ``7d`` -> (the period to ask the service for, its length).

    The service takes whole hours or days; minutes are asked for as the hours that hold them
    (``90m`` -> ``2h``) and the caller keeps only the rows of the period. Raises InvalidInput."""
    found = _PERIOD.match(DEFAULT_PERIOD if text is None else text)
    count = int(found.group(1)) if found else 0
    unit = found.group(2).lower() if found else ""
    units = {"m": timedelta(minutes=1), "h": timedelta(hours=1), "d": timedelta(days=1)}
    length = units[unit] * count if unit in units else None
    if length is None or count <= 0 or length > _MAX_PERIOD:
        raise InvalidInput(
            "since",
            Text(
                "Give the period as a whole number of minutes, hours or days, such as 30m, 1h, 24h or "
                "7d (up to 90d)."
            ),
        )
    if unit == "m":
        return f"{math.ceil(count / 60)}h", length
    return f"{count}{unit}", length


def logs_params(
    deployment: str, period: str, offset: int = 0, limit: int = LOGS_PAGE_LIMIT
) -> list[tuple[str, str]]:
    """Query parameters for one page of ``/v2/logs`` (the service takes ``model`` repeated, never
    a comma list)."""
    return [("period", period), ("model", deployment), ("limit", str(limit)), ("offset", str(offset))]


def metrics_params(deployment: str) -> list[tuple[str, str]]:
    return [("aliases", deployment)]


# --- the request log ----------------------------------------------------------------------------


def parse_time(value: Any) -> datetime | None:
    """An ISO-8601 text (UTC when it has no offset) or epoch seconds/milliseconds -> aware time."""
    try:
        if isinstance(value, bool):
            return None
        if isinstance(value, int | float):
            if not math.isfinite(value):
                return None
            seconds = value / 1000 if value > 1e11 else value
            return datetime.fromtimestamp(seconds, UTC)
        if isinstance(value, str) and value.strip():
            parsed = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
            return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)
    except (ValueError, OverflowError, OSError):
        return None
    return None


def _text(value: Any) -> str:
    return value.strip() if isinstance(value, str) else ""


@dataclass(frozen=True)
class LogRow:
    created: datetime | None
    status: str  # "succeeded", "failed", or what the service said
    origin: str  # "api", "playground", ...
    model: str
    cost_usd: float | None = None
    tokens: Mapping[str, int] = field(default_factory=dict)
    request_id: str = ""
    inference_id: str = ""
    client_request_id: str = ""
    # Not documented today; used when a row carries them.
    http_status: int | None = None
    error: str = ""

    @property
    def ours(self) -> bool:
        return self.client_request_id.startswith(OUR_CLIENT_ID_PREFIX)

    @property
    def succeeded(self) -> bool:
        return self.status.lower() == "succeeded"

    def to_json(self) -> dict[str, Any]:
        return {
            "created": self.created.isoformat() if self.created else None,
            "status": self.status,
            "origin": self.origin,
            "model": self.model,
            "cost_usd": self.cost_usd,
            "tokens": dict(self.tokens),
            "request_id": self.request_id,
            "inference_id": self.inference_id,
            "client_request_id": self.client_request_id,
            "http_status": self.http_status,
        }


@dataclass(frozen=True)
class LogPage:
    rows: tuple[LogRow, ...]
    limit: int | None = None
    offset: int = 0
    total: int | None = None
    has_more: bool = False
    skipped: int = 0  # rows we could not read

    def next_offset(self) -> int | None:
        """Where the next page starts, or None when this is the last."""
        if not self.has_more or not self.rows:
            return None
        return self.offset + len(self.rows) + self.skipped


def _row(item: Any) -> LogRow | None:
    if not isinstance(item, dict):
        return None
    status = _text(item.get("status"))
    if not status:
        return None
    cost = item.get("cost")
    tokens = item.get("tokens")
    http = item.get("status_code", item.get("statusCode", item.get("http_status")))
    http_status = int(http) if isinstance(http, int | str) and str(http).isdigit() else None
    error = item.get("error")
    if isinstance(error, dict):
        error = error.get("message")
    return LogRow(
        created=parse_time(item.get("created")),
        status=status,
        origin=_text(item.get("origin")),
        model=_text(item.get("model")),
        cost_usd=number(cost.get("usd")) if isinstance(cost, dict) else number(cost),
        tokens={
            str(k): int(v)
            for k, v in (tokens.items() if isinstance(tokens, dict) else ())
            if isinstance(v, int) and not isinstance(v, bool)
        },
        request_id=_text(item.get("request_id")),
        inference_id=_text(item.get("inference_id")),
        client_request_id=_text(item.get("client_request_id")),
        http_status=http_status,
        error=_text(error)[:300],
    )


def parse_logs(data: Any) -> LogPage:
    """One ``/v2/logs`` answer -> a page. Raises AppError (bad_response) for an unknown shape."""
    items = data.get("data") if isinstance(data, dict) else None
    if not isinstance(items, list):
        raise AppError(bad_response(Text("The service's request log was not in the expected format.")))
    rows = [_row(item) for item in items]
    paging = data.get("pagination") if isinstance(data.get("pagination"), dict) else {}

    def count(name: str) -> int | None:
        value = paging.get(name)
        return value if isinstance(value, int) and not isinstance(value, bool) and value >= 0 else None

    return LogPage(
        rows=tuple(r for r in rows if r is not None),
        limit=count("limit"),
        offset=count("offset") or 0,
        total=count("total"),
        has_more=paging.get("has_more") is True,
        skipped=sum(1 for r in rows if r is None),
    )


# --- the key and the model's health ---------------------------------------------------------------


def read_log_pages(
    fetch_page: Callable[[int], Any], max_pages: int = MAX_LOG_PAGES
) -> tuple[list[LogRow], bool]:
    """Every row of the period, page by page: ``fetch_page(offset)`` returns one ``/v2/logs``
    answer (the caller's HTTP call). -> (rows, whether the log was read to its end). Stops after
    ``max_pages`` (the log allows 200 requests a minute). Errors of ``fetch_page`` and unknown
    shapes (AppError) propagate."""
    rows: list[LogRow] = []
    offset: int | None = 0
    for _ in range(max_pages):
        assert offset is not None
        page = parse_logs(fetch_page(offset))
        rows.extend(page.rows)
        offset = page.next_offset()
        if offset is None:
            return rows, True
    return rows, False


@dataclass(frozen=True)
class KeyInfo:
    """What ``/v1/key`` says. ``available`` is False when the service would not say (401/403)
    or said something we could not read; ``reason`` then says which."""

    available: bool
    name: str = ""
    disabled: bool | None = None
    scopes: tuple[str, ...] | None = None  # None: no restriction (or unknown when not available)
    limit_usd: float | None = None
    limit_period: str = ""
    monthly_usage_usd: float | None = None
    reason: str = ""

    @property
    def limit_reached(self) -> bool | None:
        if self.limit_usd is None or self.monthly_usage_usd is None:
            return None
        return self.monthly_usage_usd >= self.limit_usd

    @property
    def allows_chat(self) -> bool | None:
        if not self.available:
            return None
        if self.scopes is None:
            return True
        return any(s == "model:chat" or s.endswith("*") for s in self.scopes)

    @property
    def message(self) -> str:
        """One sentence for people: its spending limit, this month's use and its scopes; or why
        the service would not say ("" when nothing was asked)."""
        if not self.available:
            return self.reason
        if self.limit_usd is None:
            limit = Text("no spending limit")
        elif self.limit_period in ("", "month"):
            limit = Text("a spending limit of {limit:g} USD a month", limit=self.limit_usd)
        else:
            limit = Text(
                "a spending limit of {limit:g} USD ({period})", limit=self.limit_usd, period=self.limit_period
            )
        parts = [limit]
        if self.monthly_usage_usd is not None:
            parts.append(Text("{used:.2f} USD used this month", used=self.monthly_usage_usd))
        scopes = (
            join_texts(self.scopes) if self.scopes else Text("all") if self.scopes is None else Text("none")
        )
        if self.name:
            return Text(
                "The key ({name}): {limit}; scopes: {scopes}.",
                name=self.name,
                limit=join_texts(parts),
                scopes=scopes,
            )
        return Text("The key: {limit}; scopes: {scopes}.", limit=join_texts(parts), scopes=scopes)

    def to_json(self) -> dict[str, Any]:
        return {
            "available": self.available,
            "name": self.name,
            "disabled": self.disabled,
            "scopes": list(self.scopes) if self.scopes is not None else None,
            "limit_usd": self.limit_usd,
            "limit_period": self.limit_period,
            "monthly_usage_usd": self.monthly_usage_usd,
            "limit_reached": self.limit_reached,
            "reason": self.reason,
        }


def key_info_from_response(status: int, data: Any) -> KeyInfo:
    """``/v1/key``'s answer -> KeyInfo. Never raises; the key's prefix is never kept."""
    if status in (401, 403):
        return KeyInfo(False, reason=Text("The service does not show this key's details to it."))
    info = data.get("data") if isinstance(data, dict) else None
    if not 200 <= status < 300 or not isinstance(info, dict):
        return KeyInfo(False, reason=Text("The key's details could not be read."))
    scopes = info.get("scopes")
    limit = info.get("limit")
    return KeyInfo(
        available=True,
        name=_text(info.get("name"))[:100],
        disabled=info.get("disabled") if isinstance(info.get("disabled"), bool) else None,
        scopes=tuple(s for s in scopes if isinstance(s, str)) if isinstance(scopes, list) else None,
        limit_usd=number(limit.get("threshold")) if isinstance(limit, dict) else None,
        limit_period=_text(limit.get("retention")) if isinstance(limit, dict) else "",
        monthly_usage_usd=number(info.get("monthly_usage")),
    )


@dataclass(frozen=True)
class ModelHealth:
    """``recent_success``: True when the service saw a successful request to the model in the
    window, False when it is absent, None when the answer could not be read."""

    model: str
    recent_success: bool | None
    window_seconds: int | None = None
    ttft_p50_ms: float | None = None

    @property
    def message(self) -> str:
        minutes = (self.window_seconds or 300) // 60
        if self.recent_success is None:
            return Text("Could not read how {model} is doing at the service.", model=self.model)
        if self.recent_success:
            return Text(
                "{model} answered requests at the service in the last {minutes} minutes.",
                model=self.model,
                minutes=minutes,
            )
        return Text(
            "The service has seen no successful request to {model} in the last {minutes} minutes (a model "
            "few people use can be quiet; a busy one may be having trouble).",
            model=self.model,
            minutes=minutes,
        )

    def to_json(self) -> dict[str, Any]:
        return {
            "model": self.model,
            "recent_success": self.recent_success,
            "window_seconds": self.window_seconds,
            "ttft_p50_ms": self.ttft_p50_ms,
            "message": self.message,
        }


def parse_metrics(data: Any, model: str) -> ModelHealth:
    """``/models/metrics`` -> the health of ``model``. Never raises."""
    models = data.get("models") if isinstance(data, dict) else None
    if not isinstance(models, list):
        return ModelHealth(model, None)
    window = data.get("window_seconds")
    window = window if isinstance(window, int) and not isinstance(window, bool) and window > 0 else None
    for entry in models:
        if isinstance(entry, dict) and _text(entry.get("alias")).lower() == model.strip().lower():
            metrics = entry.get("metrics")
            ttft = metrics.get("ttft_ms") if isinstance(metrics, dict) else None
            p50 = number(ttft.get("p50")) if isinstance(ttft, dict) else None
            return ModelHealth(model, True, window, p50)
    return ModelHealth(model, False, window)
