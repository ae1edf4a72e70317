"""The account routes: balance (current and legacy), usage, the request log, the key, model health.

All of them read the one ledger, so the balance, the spend, the log and the chat routes agree.
*Chosen* where undocumented: ``/v2/logs`` ``limit`` is 1 to 100 (default 50); a ``model`` or
``status`` value holding a comma list matches nothing (like any unknown value); both routes
default to the last 24 hours; ``tokens`` in a log row use the chat usage's names; ``created`` is
ISO-8601; rows name the model's canonical id even when the request used an alias.
"""

from __future__ import annotations

import math
import threading
import time
from collections import deque
from typing import Any

from app.simulator import catalog
from app.simulator.errors import (
    KEY_INFO_DENIED_MESSAGE,
    KEYS_MESSAGE,
    QUERY_VALIDATION_MESSAGE,
    RATE_LIMIT_MESSAGE,
    iso,
    iso_at,
    now_iso,
)
from app.simulator.exchange import Exchange
from app.simulator.ledger import LogEntry, key_fingerprint, month_start
from app.simulator.periods import QueryError, Window, parse_window, whole_number

LOW_BALANCE = 6_000
LOW_BALANCE_THRESHOLD = 10_000
DEFAULT_KEY_LIMIT_USD = 25.0
METRICS_WINDOW_S = 300
LOGS_WINDOW_S = 60


class RateWindow:
    """At most ``limit`` requests per key in any ``window_s`` seconds."""

    def __init__(self, limit: int, window_s: float) -> None:
        self.limit = limit
        self.window_s = window_s
        self._lock = threading.Lock()
        self._seen: dict[str, deque[float]] = {}

    def admit(self, key: str) -> int | None:
        """None when admitted, else the seconds until the next request would be."""
        now = time.monotonic()
        with self._lock:
            seen = self._seen.setdefault(key, deque())
            while seen and seen[0] <= now - self.window_s:
                seen.popleft()
            if len(seen) >= self.limit:
                return max(1, math.ceil(seen[0] + self.window_s - now))
            seen.append(now)
            return None


# -- what the account has ---------------------------------------------------------------------------
def balance_credits(ex: Exchange) -> int:
    """The account's balance: the starting balance minus every charge (faults can override)."""
    sim = ex.sim
    if sim._faults.active("no_credits"):
        return 0
    if sim._faults.active("low_balance"):
        return LOW_BALANCE
    return max(0, sim.account.balance_credits - sim.ledger.charged_credits())


def key_limit_usd(ex: Exchange) -> float | None:
    limit = ex.sim.account.key_limit_usd
    if limit is None and ex.sim._faults.active("spending_limit"):
        return DEFAULT_KEY_LIMIT_USD
    return limit


def key_monthly_usd(ex: Exchange) -> float:
    sim = ex.sim
    spent = sim.ledger.charged_credits(key_fingerprint(sim.api_key), month_start(time.time()))
    usd = spent / catalog.CREDITS_PER_USD
    if sim._faults.active("spending_limit"):
        return max(usd, key_limit_usd(ex) or 0.0)
    return usd


def key_limit_reached(ex: Exchange) -> bool:
    limit = key_limit_usd(ex)
    return limit is not None and key_monthly_usd(ex) >= limit


# -- balance ----------------------------------------------------------------------------------------
def billing(ex: Exchange) -> None:
    """``GET /v2/billing``: the balance in dollars."""
    ex.json(200, {"current_balance": balance_credits(ex) / catalog.CREDITS_PER_USD, "currency": "USD"})


def legacy_balance(ex: Exchange) -> None:
    """``GET /v1/billing/balance``: the same balance in credits."""
    credits = balance_credits(ex)
    if credits == 0:
        status, why = "debt", "Your balance is empty. Top up to continue."
    elif credits < LOW_BALANCE_THRESHOLD:
        status, why = "current", "Your balance is below the low-balance threshold."
    else:
        status, why = "current", "Balance is current and up to date"
    ex.json(
        200,
        {
            "balance": credits,
            "lowBalance": credits < LOW_BALANCE_THRESHOLD,
            "lowBalanceThreshold": LOW_BALANCE_THRESHOLD,
            "lastUpdated": now_iso(),
            "autoDebitStatus": "disabled",
            "status": status,
            "statusExplanation": why,
        },
    )


# -- usage and the request log ----------------------------------------------------------------------
def _query_refused(ex: Exchange, exc: QueryError) -> None:
    ex.own_error(400, QUERY_VALIDATION_MESSAGE, meta=[{"path": [exc.param], "message": str(exc)}])


def _own_entries(ex: Exchange, window: Window) -> list[LogEntry]:
    return ex.sim.ledger.entries(key_fingerprint(ex.sim.api_key), window.start, window.end)


def usage(ex: Exchange) -> None:
    """``GET /v2/usage``: what this key spent in the window, and how many charged requests."""
    try:
        window = parse_window(ex.query_lists)
    except QueryError as exc:
        _query_refused(ex, exc)
        return
    charged = [e for e in _own_entries(ex, window) if e.credits > 0]
    ex.json(
        200,
        {
            "api_key_prefix": None,
            "start": iso_at(window.start),
            "end": iso_at(window.end),
            "spend": sum(e.credits for e in charged) / catalog.CREDITS_PER_USD,
            "currency": "USD",
            "requests": len(charged),
        },
    )


def _matches(entry: LogEntry, models: list[str] | None, statuses: list[str] | None) -> bool:
    status = "succeeded" if entry.succeeded else "failed"
    return (models is None or entry.model in models) and (statuses is None or status in statuses)


def logs(ex: Exchange) -> None:
    """``GET /v2/logs``: this key's own requests, newest first, failed ones included."""
    retry = ex.sim._logs_rate.admit(key_fingerprint(ex.sim.api_key))
    if retry is not None:
        ex.own_error(429, RATE_LIMIT_MESSAGE, {"Retry-After": str(retry)})
        return
    try:
        window = parse_window(ex.query_lists)
        limit = whole_number(ex.query_lists, "limit", 50, 1, 100)
        offset = whole_number(ex.query_lists, "offset", 0, 0, 10**9)
    except QueryError as exc:
        _query_refused(ex, exc)
        return
    models, statuses = ex.query_lists.get("model"), ex.query_lists.get("status")
    rows = [e for e in reversed(_own_entries(ex, window)) if _matches(e, models, statuses)]
    page = rows[offset : offset + limit]
    pagination = {
        "limit": limit,
        "offset": offset,
        "total": len(rows),
        "has_more": offset + len(page) < len(rows),
    }
    ex.json(200, {"data": [e.row() for e in page], "pagination": pagination})


# -- the key ----------------------------------------------------------------------------------------
def key_info(ex: Exchange) -> None:
    """``GET /v1/key``: the key's name, scopes, monthly limit and usage (never the key)."""
    sim = ex.sim
    if f := sim._faults.take("key_info_denied", "account"):
        status = int(f.opt("status"))
        ex.own_error(status, KEYS_MESSAGE if status == 401 else KEY_INFO_DENIED_MESSAGE)
        return
    limit = key_limit_usd(ex)
    own = sim.ledger.entries(key_fingerprint(sim.api_key))
    data = {
        "name": sim.account.key_name,
        "disabled": False,
        "prefix": sim.api_key[:8],
        "scopes": sim.account.key_scopes,
        "limit": None if limit is None else {"retention": "month", "threshold": limit},
        "monthly_usage": key_monthly_usd(ex),
        "created_at": iso(sim.account.key_created),
        "last_used_at": iso_at(own[-1].created) if own else None,
    }
    ex.json(200, {"data": data})


# -- model health -----------------------------------------------------------------------------------
def _percentiles(values: list[float]) -> dict[str, int]:
    ordered = sorted(values)

    def rank(p: float) -> int:
        return round(ordered[max(0, math.ceil(p * len(ordered)) - 1)])

    return {"p50": rank(0.5), "p90": rank(0.9), "p99": rank(0.99)}


def _health(name: str, entries: list[LogEntry]) -> dict[str, Any]:
    return {
        "alias": name,
        "endpoint": "/v1/chat/completions",
        "metrics": {
            "ttft_ms": _percentiles([e.ttft_ms for e in entries]),
            "latency_ms": _percentiles([e.latency_ms for e in entries]),
            "requests": len(entries),
        },
    }


def metrics(ex: Exchange) -> None:
    """``GET /models/metrics``: models with a successful request in the last 5 minutes; others absent."""
    recent = ex.sim.ledger.entries(start=time.time() - METRICS_WINDOW_S)
    by_model: dict[str, list[LogEntry]] = {}
    for entry in recent:
        if entry.succeeded:
            by_model.setdefault(entry.model, []).append(entry)
    asked = [n.strip() for v in ex.query_lists.get("aliases", []) for n in v.split(",") if n.strip()]
    names = asked if ex.query_lists.get("aliases") is not None else sorted(by_model)
    models = []
    for name in dict.fromkeys(names):
        model = catalog.resolve(name)
        entries = by_model.get(model.id if model else name)
        if entries:
            models.append(_health(name, entries))
    ex.json(200, {"window_seconds": METRICS_WINDOW_S, "models": models})
