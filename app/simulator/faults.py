"""Faults the simulator can inject, and their options, validated in one place.

One fault is active at a time. ``times`` (every fault) limits how many requests it affects;
after that the simulator behaves normally again. ``scope`` says which routes it affects: ``"all"``
or a comma list of route kinds: ``chat`` (the chat routes), ``catalog`` (the model list, one model,
model health) and ``account`` (balance, usage, request log, key).
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from typing import Any

ROUTE_KINDS = ("chat", "catalog", "account")

# name -> (default options, default scope)
FAULTS: dict[str, tuple[dict[str, Any], str]] = {
    "bad_key": ({}, "all"),
    "no_credits": ({"status": 403}, "chat"),
    "spending_limit": ({}, "chat"),
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
    "success_status": ({"status": 201}, "chat"),
    "bad_request": ({}, "catalog,account"),
    "empty_catalog": ({}, "catalog"),
    "unrecognised_catalog": ({"kind": "container"}, "catalog"),
    "key_info_denied": ({"status": 403}, "account"),
}

_INT_OPTIONS = {"times", "retry_after", "retry_after_ms", "status", "delay_ms", "after", "token_delay_ms"}
# Options that may be left out of an answer with None (JSON null, or "none" in a fault spec).
_NULLABLE = {"times", "retry_after"}
_BOOL_OPTIONS = {"status_code_string", "retry_after_date", "free_tier"}
_CHOICES: dict[tuple[str, str], tuple[Any, ...]] = {
    ("server_error", "status"): (500, 502, 503, 504),
    ("no_credits", "status"): (402, 403),
    ("no_credits", "text"): ("current", "older"),
    ("key_info_denied", "status"): (401, 403),
    ("malformed_json", "where"): ("body", "stream"),
    ("stream_cut", "mode"): ("abrupt", "clean"),
    ("unrecognised_catalog", "kind"): ("container", "types"),
}


@dataclass
class Fault:
    name: str
    options: dict[str, Any] = field(default_factory=dict)
    scope: str = "chat"
    remaining: int | None = None  # None: every request

    def opt(self, key: str, default: Any = None) -> Any:
        return self.options.get(key, default)

    def flag(self, key: str) -> bool:
        return bool(self.options.get(key, False))

    def applies_to(self, kind: str) -> bool:
        return self.scope == "all" or kind in self.scope.split(",")

    def public(self) -> dict[str, Any]:
        return {"name": self.name, "scope": self.scope, "remaining": self.remaining, **self.options}


def _int_option(key: str, value: Any) -> int | None:
    if key in _NULLABLE and (value is None or str(value).strip().lower() == "none"):
        return None
    try:
        number = int(value)
    except (TypeError, ValueError):
        raise ValueError(f"Fault option {key!r} must be a whole number.") from None
    if number < 0:
        raise ValueError(f"Fault option {key!r} must not be negative.")
    return number


def _bool_option(key: str, value: Any) -> bool:
    if isinstance(value, bool):
        return value
    text = str(value).strip().lower()
    if text in ("1", "true", "yes", "on"):
        return True
    if text in ("0", "false", "no", "off", ""):
        return False
    raise ValueError(f"Fault option {key!r} must be true or false.")


def _scope(value: Any) -> str:
    parts = [p.strip() for p in str(value).split(",") if p.strip()]
    if parts == ["all"]:
        return "all"
    if not parts or any(p not in ROUTE_KINDS for p in parts):
        raise ValueError(
            "Fault option 'scope' must be 'all' or route kinds out of chat, catalog and account, joined "
            "with + in a fault spec (scope=chat+account) or with commas over HTTP."
        )
    return ",".join(k for k in ROUTE_KINDS if k in parts)


def _check_values(name: str, opts: dict[str, Any]) -> None:
    for (fault, key), allowed in _CHOICES.items():
        if fault == name and key in opts and opts[key] not in allowed:
            shown = ", ".join(str(a) for a in allowed)
            raise ValueError(f"Fault option {key!r} of {name} must be one of: {shown}.")
    if name == "html_proxy" and not 100 <= opts["status"] <= 599:
        raise ValueError("Fault option 'status' of html_proxy must be an HTTP status such as 200 or 403.")
    if name == "success_status" and not (200 < opts["status"] < 300):
        raise ValueError("Fault option 'status' of success_status must be a 2xx status other than 200.")


def make_fault(name: str, options: dict[str, Any]) -> Fault:
    """A validated fault; raises ValueError with a message saying what is accepted."""
    if name not in FAULTS:
        raise ValueError(f"Unknown fault {name!r}; known faults: {', '.join(sorted(FAULTS))}.")
    defaults, default_scope = FAULTS[name]
    opts = dict(defaults)
    for key, value in options.items():
        if key in _INT_OPTIONS:
            value = _int_option(key, value)
        elif key in _BOOL_OPTIONS:
            value = _bool_option(key, value)
        opts[key] = value
    scope = _scope(opts.pop("scope", default_scope))
    times = opts.pop("times", None)
    _check_values(name, opts)
    return Fault(name=name, options=opts, scope=scope, remaining=times)


def parse_fault_spec(spec: str) -> tuple[str, dict[str, Any]]:
    """``"rate_limited:times=2,retry_after=1"`` -> ("rate_limited", {"times": "2", ...}).

    A ``scope`` list uses ``+`` between kinds here (``scope=catalog+account``), since ``,`` separates options.
    """
    name, _, rest = spec.strip().partition(":")
    options: dict[str, Any] = {}
    for part in filter(None, (p.strip() for p in rest.split(","))):
        key, sep, value = part.partition("=")
        if not sep:
            hint = (
                " (a scope list joins route kinds with +, as in scope=chat+account)"
                if part in ROUTE_KINDS
                else ""
            )
            raise ValueError(f"Fault option {part!r} must look like key=value{hint}.")
        key, value = key.strip(), value.strip()
        options[key] = value.replace("+", ",") if key == "scope" else value
    return name.strip(), options


def fault_help() -> str:
    """The faults and their options, for ``simulate --help``."""
    lines = [
        "faults (--fault NAME, or NAME:option=value,option=value):",
        "  every fault takes times=N (then the simulator behaves normally again) and scope=all or",
        "  route kinds out of chat, catalog and account joined with + (e.g. scope=chat+account)",
    ]
    for name, (defaults, scope) in FAULTS.items():
        options = [
            f"{key}=" + "|".join(str(v) for v in _CHOICES.get((name, key), (value,)))
            for key, value in defaults.items()
        ]
        shown = f" ({', '.join(options)})" if options else ""
        lines.append(f"  {name}{shown}; scope {scope.replace(',', '+')}")
    lines.append("example: --fault rate_limited:times=2,retry_after=1")
    return "\n".join(lines)


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

    def take(self, name: str, kind: str) -> Fault | None:
        """The active fault if it is ``name`` and applies to this route kind; uses one of its ``times``."""
        with self._lock:
            f = self._fault
            if f is None or f.name != name or not f.applies_to(kind):
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
