"""Faults the simulator can inject, and their options, validated in one place.

One fault is active at a time. ``times`` (every fault) limits how many requests it affects;
after that the simulator behaves normally again. ``scope`` says which requests it affects:
``"chat"`` (the chat routes) or ``"all"`` (every API route, ``/models`` included).
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from typing import Any

# name -> (default options, default scope)
FAULTS: dict[str, tuple[dict[str, Any], str]] = {
    "bad_key": ({}, "all"),
    "no_credits": ({"status": 403}, "chat"),
    "low_balance": ({}, "chat"),
    "rate_limited": ({"retry_after": 1, "message": "Too Many Requests"}, "chat"),
    "server_error": ({"status": 500}, "chat"),
    "slow": ({"delay_ms": 3000}, "chat"),
    "stream_cut": ({"mode": "abrupt", "after": 3}, "chat"),
    "html_proxy": ({"status": 200}, "all"),
    "malformed_json": ({}, "chat"),
    "no_tool_call": ({}, "chat"),
    "bad_tool_arguments": ({}, "chat"),
    "reasoning": ({}, "chat"),
}

_INT_OPTIONS = {"times", "retry_after", "retry_after_ms", "status", "delay_ms", "after", "token_delay_ms"}
_SERVER_ERROR_STATUSES = {500, 502, 503, 504}


@dataclass
class Fault:
    name: str
    options: dict[str, Any] = field(default_factory=dict)
    scope: str = "chat"
    remaining: int | None = None  # None: every request

    def opt(self, key: str, default: Any = None) -> Any:
        return self.options.get(key, default)

    def public(self) -> dict[str, Any]:
        return {"name": self.name, "scope": self.scope, "remaining": self.remaining, **self.options}


def make_fault(name: str, options: dict[str, Any]) -> Fault:
    """A validated fault; raises ValueError with a message saying what is accepted."""
    if name not in FAULTS:
        raise ValueError(f"Unknown fault {name!r}; known faults: {', '.join(sorted(FAULTS))}.")
    defaults, default_scope = FAULTS[name]
    opts = dict(defaults)
    for key, value in options.items():
        if key in _INT_OPTIONS:
            if value is None and key == "times":
                continue
            try:
                value = int(value)
            except (TypeError, ValueError):
                raise ValueError(f"Fault option {key!r} must be a whole number.") from None
            if value < 0:
                raise ValueError(f"Fault option {key!r} must not be negative.")
        opts[key] = value
    scope = str(opts.pop("scope", default_scope))
    if scope not in ("chat", "all"):
        raise ValueError("Fault option 'scope' must be 'chat' or 'all'.")
    times = opts.pop("times", None)
    if name == "server_error" and opts["status"] not in _SERVER_ERROR_STATUSES:
        raise ValueError("Fault option 'status' of server_error must be 500, 502, 503 or 504.")
    if name == "html_proxy" and not 100 <= opts["status"] <= 599:
        raise ValueError("Fault option 'status' of html_proxy must be an HTTP status such as 200 or 403.")
    if name == "no_credits" and opts["status"] not in (402, 403):
        raise ValueError("Fault option 'status' of no_credits must be 402 or 403.")
    if name == "malformed_json" and opts.get("where", "body") not in ("body", "stream"):
        raise ValueError("Fault option 'where' of malformed_json must be 'body' or 'stream'.")
    if name == "stream_cut" and opts["mode"] not in ("abrupt", "clean"):
        raise ValueError("Fault option 'mode' of stream_cut must be 'abrupt' or 'clean'.")
    return Fault(name=name, options=opts, scope=scope, remaining=times)


def parse_fault_spec(spec: str) -> tuple[str, dict[str, Any]]:
    """``"rate_limited:times=2,retry_after=1"`` -> ("rate_limited", {"times": "2", ...})."""
    name, _, rest = spec.strip().partition(":")
    options: dict[str, Any] = {}
    for part in filter(None, (p.strip() for p in rest.split(","))):
        key, sep, value = part.partition("=")
        if not sep:
            raise ValueError(f"Fault option {part!r} must look like key=value.")
        options[key.strip()] = value.strip()
    return name.strip(), options


class FaultState:
    """The active fault, shared by the request threads."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._fault: Fault | None = None

    def set(self, name: str | None, options: dict[str, Any]) -> Fault | None:
        fault = None if name is None else make_fault(name, options)
        with self._lock:
            self._fault = fault
        return fault

    def peek(self) -> Fault | None:
        with self._lock:
            return self._fault

    def take(self, name: str, *, is_chat: bool) -> Fault | None:
        """The active fault if it is ``name`` and applies to this request; uses one of its ``times``."""
        with self._lock:
            f = self._fault
            if f is None or f.name != name or (f.scope == "chat" and not is_chat):
                return None
            if f.remaining is not None:
                if f.remaining <= 0:
                    self._fault = None
                    return None
                f.remaining -= 1
                if f.remaining == 0:
                    self._fault = None
            return f

    def active(self, name: str) -> Fault | None:
        """The active fault if it is ``name``, without using it up (for state-like faults)."""
        with self._lock:
            f = self._fault
            return f if f is not None and f.name == name else None
