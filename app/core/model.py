"""Value types shared by core, the command line and the window.

These are the contracts of ``shared/DESIGN.md``: check ids, statuses and problem codes are fixed
there and other work relies on them. Add, never rename.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from enum import StrEnum
from typing import Any

DEFAULT_BASE_URL = "https://api.aimlapi.com"
DEFAULT_DEPLOYMENT = "google/gemini-2.5-pro"
DEFAULT_TIMEOUT_S = 30.0

KEYS_PAGE_URL = "https://aimlapi.com/app/keys"
BILLING_PAGE_URL = "https://aimlapi.com/app/billing/"

# The order the checks are reported in, everywhere.
CHECK_IDS: tuple[str, ...] = (
    "reachability",
    "account",
    "cursor_verify",
    "chat",
    "streaming",
    "tool_calling",
)

CHECK_TITLES: dict[str, str] = {
    "reachability": "Service reachable",
    "account": "API key and balance",
    "cursor_verify": "Cursor's Verify request",
    "chat": "Chat answer",
    "streaming": "Streaming answer",
    "tool_calling": "Tool calling",
}


class Status(StrEnum):
    PASS = "pass"
    WARN = "warn"
    FAIL = "fail"
    SKIPPED = "skipped"


class ProblemCode(StrEnum):
    INVALID_INPUT = "invalid_input"
    UNREACHABLE = "unreachable"
    TLS_ERROR = "tls_error"
    PROXY_ERROR = "proxy_error"
    INVALID_KEY = "invalid_key"
    NO_CREDITS = "no_credits"
    DEPLOYMENT_NOT_FOUND = "deployment_not_found"
    UNSUPPORTED_PARAMETER = "unsupported_parameter"
    RATE_LIMITED = "rate_limited"
    SERVER_ERROR = "server_error"
    BAD_RESPONSE = "bad_response"
    TIMEOUT = "timeout"
    NO_TOOL_CALL = "no_tool_call"
    CANCELLED = "cancelled"
    # Cursor on this computer (app/core/cursor).
    CURSOR_NOT_FOUND = "cursor_not_found"
    CURSOR_RUNNING = "cursor_running"
    CURSOR_SETTINGS_UNREADABLE = "cursor_settings_unreadable"
    CURSOR_BUSY = "cursor_busy"
    CURSOR_WRITE_FAILED = "cursor_write_failed"
    CURSOR_NO_BACKUP = "cursor_no_backup"
    CURSOR_NO_TRAFFIC = "cursor_no_traffic"
    CURSOR_REQUESTS_FAILED = "cursor_requests_failed"


@dataclass(frozen=True)
class Problem:
    """A failure in words a teammate understands: what is wrong and what to do."""

    code: ProblemCode
    message: str
    fix: str
    # Technical detail for the log and the diagnostic report; already redacted.
    detail: str = ""
    http_status: int | None = None


class NoticeLevel(StrEnum):
    INFO = "info"
    WARNING = "warning"
    ERROR = "error"


@dataclass(frozen=True)
class Notice:
    """Something normalisation changed or found, for the user to read."""

    level: NoticeLevel
    field: str  # "api_key", "base_url", "deployment", "alias", "timeout"
    message: str


@dataclass(frozen=True)
class Settings:
    """The values Cursor needs, already normalised and valid."""

    base_url: str
    deployment: str
    alias: str
    api_key: str = field(repr=False)
    timeout_s: float = DEFAULT_TIMEOUT_S

    def public(self) -> dict[str, str]:
        """The non-secret values, safe to print, save and export."""
        return {"base_url": self.base_url, "deployment": self.deployment, "alias": self.alias}


@dataclass
class CheckResult:
    id: str
    status: Status
    message: str
    fix: str = ""
    problem: ProblemCode | None = None
    duration_ms: int = 0
    # Extra facts a check found (balance_usd, ttft_ms, reply, ...), JSON-safe values only.
    data: dict[str, Any] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        out = asdict(self)
        out["status"] = str(self.status)
        out["problem"] = str(self.problem) if self.problem else None
        return out


@dataclass
class Report:
    settings: dict[str, str]
    checks: list[CheckResult]
    duration_ms: int = 0

    @property
    def ok(self) -> bool:
        return all(c.status in (Status.PASS, Status.WARN) for c in self.checks)

    def to_json(self) -> dict[str, Any]:
        return {
            "ok": self.ok,
            "settings": dict(self.settings),
            "checks": [c.to_json() for c in self.checks],
            "duration_ms": self.duration_ms,
        }
