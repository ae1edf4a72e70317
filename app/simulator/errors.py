"""The service's error texts and the two error body shapes it uses.

Texts marked *chosen* are not documented word for word; the others are the service's own.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

KEYS_MESSAGE = (
    "This request requires a valid API key. You can create a new API key on the Billing page: "
    "https://aimlapi.com/app/keys"
)
CREDITS_MESSAGE = (
    "You've run out of credits. Please top up your balance or update your payment method to "
    "continue: https://aimlapi.com/app/billing/"
)
CREDITS_MESSAGE_OLDER = (
    "You have exhausted the available [plan.rule:api_token] resource limit. Update your payment "
    "method to continue using the service. For more information please visit https://aimlapi.com/app/billing"
)
CREDITS_MESSAGES = {"current": CREDITS_MESSAGE, "older": CREDITS_MESSAGE_OLDER}
# *chosen*: the service documents a spending-limit 403 but not its words.
SPENDING_LIMIT_MESSAGE = (
    "This API key has reached its spending limit for this month. Raise the limit or use another key: "
    "https://aimlapi.com/app/keys"
)
MAX_TOKENS_MESSAGE = (
    "Unsupported parameter: 'max_tokens' is not supported with this model. "
    "Use 'max_completion_tokens' instead."
)
DEPLOYMENT_NOT_FOUND_MESSAGE = (
    "The API deployment for this resource does not exist. If you created the deployment "
    "within the last 5 minutes, please wait a moment and try again."
)
BODY_VALIDATION_MESSAGE = "Body validation error!"
# *chosen*: the GET routes' counterpart of "Body validation error!".
QUERY_VALIDATION_MESSAGE = "Query validation error!"
RATE_LIMIT_MESSAGE = "Too Many Requests"
# The documented text ends in "..."; the rest is *chosen*.
FREE_TIER_MESSAGE = (
    "Free-tier limit: You've reached your free limit for the hour. Top up your balance to remove "
    "the limit: https://aimlapi.com/app/billing/"
)
# *chosen*: what an account without access to the key endpoint reads.
KEY_INFO_DENIED_MESSAGE = "This API key is not allowed to read key information."
SERVER_ERROR_MESSAGES = {
    500: "Internal server error",
    502: "The model is under maintenance. Please try again later or use another model.",
    503: "Service unavailable",
    504: "Generation timeout",
}

HTML_PROXY_PAGE = """<!DOCTYPE html>
<html><head><title>Access Denied</title></head>
<body><h1>Web Page Blocked</h1>
<p>Access to the requested site has been blocked by your organisation's security policy.</p>
<p>URL: api.aimlapi.com</p><p>Category: Uncategorized / Newly Registered Domains</p>
<p>If you believe this is an error, contact your IT help desk.</p>
<hr><address>Corporate Web Gateway</address></body></html>
"""


def now_iso() -> str:
    return iso(datetime.now(UTC))


def iso(moment: datetime) -> str:
    """``2025-03-11T07:13:27.813Z``, as the service writes times."""
    return moment.astimezone(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def iso_at(epoch: float) -> str:
    return iso(datetime.fromtimestamp(epoch, UTC))


def own_error_body(
    status: int, message: str, path: str, request_id: str, *, string_status: bool, **extra: Any
) -> dict[str, Any]:
    """The service's own shape; ``statusCode`` has been documented as a string too."""
    return {
        "message": message,
        "path": path,
        "requestId": request_id,
        "statusCode": str(status) if string_status else status,
        "timestamp": now_iso(),
        **extra,
    }


def openai_error_body(
    message: str, code: str | None, param: str | None = None, type_: str = "invalid_request_error"
) -> dict[str, Any]:
    """The OpenAI/Azure shape."""
    return {"error": {"code": code, "message": message, "param": param, "type": type_}}
