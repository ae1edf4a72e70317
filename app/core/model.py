"""Value types shared by core, the command line and the window.

Check ids, statuses and problem codes are public contracts (the ``--json`` output, scripts and
monitoring rely on them; see docs/architecture.md): add, never rename.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from enum import StrEnum
from typing import Any

from app.core.redact import Secret
from app.core.text import Text

DEFAULT_BASE_URL = "https://api.aimlapi.com"
DEFAULT_DEPLOYMENT = "google/gemini-2.5-pro"
DEFAULT_TIMEOUT_S = 30.0

KEYS_PAGE_URL = "https://aimlapi.com/app/keys"
BILLING_PAGE_URL = "https://aimlapi.com/app/billing/"

# Every request this app sends carries ``X-Client-Request-Id: cas-<run>-<label>``, so the service's
# request log tells our traffic from Cursor's (which sends none). Other tools rely on the prefix.
CLIENT_REQUEST_ID_PREFIX = "cas-"

# The order the checks are reported in, everywhere.
CHECK_IDS: tuple[str, ...] = (
    "reachability",
    "account",
    "cursor_verify",
    "chat",
    "streaming",
    "tool_calling",
)

# What each check is called, in plain words, everywhere: the command line, the reports, the team
# page and the window (which translates these).
CHECK_TITLES: dict[str, str] = {
    "reachability": Text("The service answers"),
    "account": Text("Your key and credits"),
    "cursor_verify": Text("Cursor's Verify button"),
    "chat": Text("A chat answer"),
    "streaming": Text("Answers word by word"),
    "tool_calling": Text("Tools for Cursor's agent"),
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
    SPENDING_LIMIT = "spending_limit"  # the key reached the spending limit set on it
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
    # Local failures: the key store and files this app writes.
    KEYRING_UNAVAILABLE = "keyring_unavailable"
    KEYRING_LOCKED = "keyring_locked"
    KEYRING_ERROR = "keyring_error"
    KEYRING_TIMEOUT = "keyring_timeout"  # the keyring's daemon is stuck: it did not answer in time
    SAVE_FAILED = "save_failed"
    NO_WINDOW = "no_window"  # the command line works, the window cannot start (no Qt libraries)


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
    """The values Cursor needs, already normalised and valid. The key is a ``Secret``: a plain
    string given here is wrapped (and so registered for redaction) on the way in."""

    base_url: str
    deployment: str
    alias: str
    api_key: Secret
    timeout_s: float = DEFAULT_TIMEOUT_S

    def __post_init__(self) -> None:
        if not isinstance(self.api_key, Secret):
            object.__setattr__(self, "api_key", Secret(str(self.api_key)))

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
