"""Every failure becomes a ``Problem``: a code, one plain sentence, and a concrete fix.

Made in one place so the window and the command line say the same thing. This module reads the
answers the service sent; ``diagnosis_network`` the failures that produced no answer. Messages are for a
teammate who is not technical: no protocol words; the HTTP status and the service's own words go in
``detail`` (redacted), for the log and the diagnostic report.

Two error body shapes occur (docs/wire.md, "Errors"): the service's own ``{"message", "statusCode",
...}`` (``statusCode`` may be a string, ``message`` may be a list) and the OpenAI/Azure
``{"error": {...}}``; proxies and captive portals send HTML, and some answers are empty or broken.
All are handled here. Exceptions are matched by type; httpx2 is imported only inside the function
that needs it, so importing this module stays cheap.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from urllib.parse import urlsplit

from app.core.model import BILLING_PAGE_URL, DEFAULT_BASE_URL, KEYS_PAGE_URL, Problem, ProblemCode
from app.core.printable import one_line
from app.core.redact import redact
from app.core.text import Text

_DETAIL_LIMIT = 600
OFFICIAL_HOST = "api.aimlapi.com"
BASE_URL_FIX = Text(
    "Set the Base URL to exactly {url}, with nothing after it (no /openai, no /v1).", url=DEFAULT_BASE_URL
)
SLOW_FIX = Text("Try again; slow models can need longer, so raise the time limit or pick a faster model.")
# Models to name as an example of another one to pick: well known, not reasoning models.
_EXAMPLE_MODELS = ("google/gemini-2.5-pro", "openai/gpt-4o")


def _pick_model(failed: str) -> str:
    """Pick another model, with an example that is not the one that just failed (by its id or by
    its name without the developer, as in an alias)."""
    failed_name = failed.strip().lower().rsplit("/", 1)[-1]
    example = next(m for m in _EXAMPLE_MODELS if m.lower().rsplit("/", 1)[-1] != failed_name)
    return Text("Pick another model from the list (for example {example}) and check again.", example=example)


# --- technical detail ---------------------------------------------------------------------------


def detail_text(text: str) -> str:
    """Technical text for a problem's ``detail``: redacted (the one scrubber), on one line of
    printable characters, and short."""
    return one_line(redact(text), _DETAIL_LIMIT) if text else ""


def host_of(base_url: str) -> str:
    try:
        return urlsplit(base_url).hostname or base_url or Text("the service")
    except ValueError:
        return base_url or Text("the service")


def is_official(base_url: str) -> bool:
    return host_of(base_url).lower() == OFFICIAL_HOST


def host_to_allow(base_url: str) -> str:
    """The host IT should let this computer reach: the one the Base URL names (a company gateway
    is not api.aimlapi.com); the service's own for this computer's simulator or no Base URL."""
    if not base_url or is_loopback(base_url):
        return OFFICIAL_HOST
    return host_of(base_url)


def is_loopback(base_url: str) -> bool:
    host = host_of(base_url).lower()
    return host in ("localhost", "::1") or host.startswith("127.")


# --- error bodies --------------------------------------------------------------------------------


@dataclass(frozen=True)
class ErrorBody:
    """What an error body said, whatever its shape. ``kind``: json, html, empty, text or malformed."""

    kind: str
    message: str = ""
    code: str = ""
    type: str = ""
    param: str = ""
    status: int | None = None  # statusCode inside the body, when it has one


def _as_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, list):
        return "; ".join(_as_text(v) for v in value if v is not None)
    if isinstance(value, dict):
        return _as_text(value.get("message")) or json.dumps(value)[:200]
    return str(value)


def _as_status(value: object) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int) and 100 <= value <= 599:
        return value
    if isinstance(value, str) and value.strip().isdigit():
        n = int(value.strip())
        return n if 100 <= n <= 599 else None
    return None


def looks_like_html(body: bytes, content_type: str = "") -> bool:
    if "html" in content_type.lower():
        return True
    head = body[:512].lstrip().lower()
    return head.startswith((b"<!doctype", b"<html", b"<head", b"<body", b"<?xml", b"<title", b"<meta"))


def parse_error_body(body: bytes, content_type: str = "") -> ErrorBody:
    """Read either error shape; survive HTML, empty, broken and unexpected bodies."""
    if not body or not body.strip():
        return ErrorBody("empty")
    if looks_like_html(body, content_type):
        title = re.search(rb"<title[^>]*>(.*?)</title>", body[:65536], re.I | re.S)
        text = title.group(1).decode("utf-8", "replace").strip() if title else ""
        return ErrorBody("html", message=" ".join(text.split())[:200])
    try:
        data = json.loads(body.decode("utf-8", "replace"))
    except (ValueError, RecursionError):
        return ErrorBody("malformed", message=body[:300].decode("utf-8", "replace"))
    if not isinstance(data, dict):
        return ErrorBody("text", message=_as_text(data)[:300])
    err = data.get("error")
    if isinstance(err, dict):
        return ErrorBody(
            "json",
            message=_as_text(err.get("message")) or _as_text(data.get("message")),
            code=_as_text(err.get("code")),
            type=_as_text(err.get("type")),
            param=_as_text(err.get("param")),
            status=_as_status(err.get("status"))
            or _as_status(data.get("statusCode"))
            or _as_status(err.get("code")),
        )
    # The service's own shape; NestJS also puts a short reason in a string "error" field.
    message = _as_text(data.get("message")) or _as_text(data.get("detail"))
    if isinstance(err, str) and err:
        message = f"{message} ({err})" if message else err
    return ErrorBody(
        "json",
        message=message,
        code=_as_text(data.get("code")),
        status=_as_status(data.get("statusCode")) or _as_status(data.get("status")),
    )


# --- problems from answers ---------------------------------------------------------------------


def bad_response(message: str, detail: str = "") -> Problem:
    """The service answered, but not with what we can use (broken data, wrong shape)."""
    return Problem(
        ProblemCode.BAD_RESPONSE,
        message,
        Text(
            "Try again. If it repeats, something on the network (a proxy or security software) may be "
            "changing the traffic: try another network or ask IT."
        ),
        detail_text(detail),
    )


_CREDIT_WORDS = re.compile(
    r"out of credits|run out of|no credits|insufficient (credits|balance|funds)|top up|top-up|"
    r"insufficient_quota|payment required|balance is (too )?low|not enough (credits|balance)",
    re.I,
)
_SPENDING_LIMIT_WORDS = re.compile(r"spending limit|spend(ing)? cap|(usage|budget|monthly) limit", re.I)
# A 403 is an account problem unless its words clearly say the key itself is bad or not allowed.
_BAD_KEY_WORDS = re.compile(
    r"(invalid|incorrect|wrong|unknown|revoked|expired|disabled|deactivated|deleted) (api )?key|"
    r"key (is )?(invalid|incorrect|revoked|expired|disabled|deactivated|deleted)|"
    r"requires a valid api key",
    re.I,
)
_NOT_ALLOWED_WORDS = re.compile(r"\bscopes?\b|not allowed to use|permission", re.I)
_MAX_TOKENS_WORDS = re.compile(r"max_tokens|max_completion_tokens", re.I)
_SYSTEM_ROLE_WORDS = re.compile(r"does not support 'system'|role.*system|system.*role", re.I)
_DEPLOYMENT_WORDS = re.compile(
    r"deploymentnotfound|deployment .*(does not exist|not found)|model .*(not found|does not exist|"
    r"is not (supported|available))|(invalid|unknown) model|no such model|model must be one of",
    re.I,
)
_WRONG_PATH_WORDS = re.compile(r"cannot (get|post|put|delete)|route .* not found|no route", re.I)
_FREE_TIER_WORDS = re.compile(r"free[- ]tier|free limit", re.I)
_MAINTENANCE_WORDS = re.compile(r"maintenance", re.I)


def html_problem(base_url: str, status: int | None, detail: str) -> Problem:
    """A web page where the service's data was expected: a captive portal or a company proxy page."""
    host = host_of(base_url)
    if is_official(base_url) or is_loopback(base_url):
        fix = Text(
            "Open a web browser and sign in to the network if it asks (hotel or guest Wi-Fi), then check "
            "again; on a company network ask IT to let this computer reach {host}.",
            host=host_to_allow(base_url),
        )
    else:
        fix = Text(
            "Set the Base URL to exactly {url}, with nothing after it (no /openai, no /v1). If it already "
            "is, open a web browser and sign in to the network if it asks, or ask IT to let this computer "
            "reach {host}.",
            url=DEFAULT_BASE_URL,
            host=host_to_allow(base_url),
        )
    return Problem(
        ProblemCode.PROXY_ERROR,
        Text(
            "A web page came back instead of the service's answer, so something between this computer "
            "and {host} (a Wi-Fi sign-in page or a company proxy) is in the way.",
            host=host,
        ),
        fix,
        detail_text(detail),
        status,
    )


def redirect_problem(base_url: str, status: int, location: str, detail: str) -> Problem:
    """Answers that send us elsewhere: never followed, since the key would go with them."""
    target = host_of(location) if location else Text("another address")
    if not location or host_of(location).lower() == host_of(base_url).lower():
        target = Text("another address")
    if is_official(base_url):
        return Problem(
            ProblemCode.PROXY_ERROR,
            Text(
                "The request was redirected to {target} instead of reaching the service, so the key was "
                "not sent there.",
                target=target,
            ),
            Text(
                "Open a web browser and sign in to the network if it asks (hotel or guest Wi-Fi); on a "
                "company network ask IT to let this computer reach {host} directly.",
                host=OFFICIAL_HOST,
            ),
            detail_text(detail),
            status,
        )
    return Problem(
        ProblemCode.BAD_RESPONSE,
        Text("The Base URL sends requests on to {target}, so the key was not sent there.", target=target),
        BASE_URL_FIX,
        detail_text(detail),
        status,
    )


def problem_from_response(
    status: int,
    headers: Mapping[str, str],
    body: bytes,
    *,
    deployment: str,
    base_url: str,
    what: str,
) -> Problem:
    """The Problem for an answer that is an error, or a success whose body we cannot use.

    ``what`` names the request ("Cursor's Verify request", "the model list", ...) for the detail.
    Everything the answer said is redacted (the key is registered where it entered the app).
    """
    try:
        return _problem_from_response(
            status, headers, body, deployment=deployment, base_url=base_url, what=what
        )
    except Exception as exc:  # diagnosis must never be the thing that crashes
        return bad_response(
            Text("The service's answer could not be understood."),
            f"{what}: HTTP {status}; diagnosis failed: {type(exc).__name__}",
        )


def _problem_from_response(
    status: int,
    headers: Mapping[str, str],
    body: bytes,
    *,
    deployment: str,
    base_url: str,
    what: str,
) -> Problem:
    lowered = {str(k).lower(): str(v) for k, v in headers.items()}
    content_type = lowered.get("content-type", "")
    info = parse_error_body(body or b"", content_type)
    said = f": {info.message}" if info.message else ""
    detail = detail_text(f"{what}: HTTP {status} ({info.kind} body){said}")
    model = deployment or Text("this deployment")

    def make(code: ProblemCode, message: str, fix: str, http: int | None = status) -> Problem:
        return Problem(code, redact(message), redact(fix), detail, http)

    # A success status with an error body (e.g. an error sent inside a stream): use the body's status.
    effective = status
    if 200 <= status < 300 and info.kind == "json" and info.status and info.status >= 400:
        effective = info.status

    if effective == 407:
        return make(
            ProblemCode.PROXY_ERROR,
            Text("Your company's proxy asked for a sign-in before letting the request out to the internet."),
            Text(
                "Ask IT to let this computer reach {host} through the proxy (or give you the proxy "
                "settings to use), then check again.",
                host=host_to_allow(base_url),
            ),
        )
    if 300 <= effective < 400:
        return redirect_problem(base_url, effective, lowered.get("location", ""), detail)
    if info.kind == "html":
        if effective == 404 and not is_official(base_url) and not is_loopback(base_url):
            return _not_the_service(make, base_url)
        return html_problem(base_url, status, detail)

    text = f"{info.code} {info.type} {info.message}"
    if info.kind == "json" and effective != 401 and _SPENDING_LIMIT_WORDS.search(text):
        return _spending_limit(make)
    if info.kind == "json" and _CREDIT_WORDS.search(text) and effective != 401:
        return _no_credits(make)

    if effective == 401:
        return make(
            ProblemCode.INVALID_KEY,
            Text("The service rejected the API key."),
            Text(
                "Copy the key again from {keys} (the whole key, with no spaces or line breaks), "
                "paste it here and check again.",
                keys=KEYS_PAGE_URL,
            ),
        )
    if effective == 402:
        return _no_credits(make)
    if effective == 403:
        return _forbidden(make, text)
    chat_route = bool(deployment)
    if effective in (400, 422) and not chat_route:
        # Off the chat route a 400 is about our own request, never the model (docs/wire.md, Errors).
        return make(
            ProblemCode.BAD_RESPONSE,
            Text(
                "The service did not accept the request this tool made for {what}: "
                "that is a fault in this tool, not in your setup.",
                what=what,
            ),
            Text(
                "Try again; if it keeps happening, update Cursor Azure Setup or send the diagnostic "
                "report to IT."
            ),
        )
    if effective == 404 and chat_route:
        if _DEPLOYMENT_WORDS.search(text) or info.code.lower() == "deploymentnotfound":
            return _deployment_not_found(make, model)
        if info.kind == "json" and not _WRONG_PATH_WORDS.search(text) and re.search(r"model", text, re.I):
            return _deployment_not_found(make, model)
    if effective == 404:
        return _not_the_service(make, base_url)
    if effective in (400, 422):
        if _MAX_TOKENS_WORDS.search(text) and re.search(
            r"unsupported|not supported|does not support", text, re.I
        ):
            return make(
                ProblemCode.UNSUPPORTED_PARAMETER,
                Text(
                    "“{model}” is a reasoning model that refuses the answer-length limit (max_tokens) "
                    "Cursor sends, so Cursor's Verify will fail for this model even with a good key.",
                    model=model,
                ),
                Text("Use a different model as the Deployment Name. {pick}", pick=_pick_model(model)),
            )
        if _SYSTEM_ROLE_WORDS.search(text):
            return make(
                ProblemCode.UNSUPPORTED_PARAMETER,
                Text(
                    "“{model}” does not accept the instructions Cursor sends with every request.", model=model
                ),
                _pick_model(model),
            )
        if _DEPLOYMENT_WORDS.search(text):
            return _deployment_not_found(make, model)
        return make(
            ProblemCode.UNSUPPORTED_PARAMETER,
            Text("“{model}” refused the settings of the request Cursor would send.", model=model),
            _pick_model(model),
        )
    if effective == 408:
        return slow_problem(make)
    if effective == 429:
        from app.core.transport import retry_after_seconds  # here: the transport imports this module

        when = _wait_words(retry_after_seconds(headers))
        if _FREE_TIER_WORDS.search(text):
            return make(
                ProblemCode.RATE_LIMITED,
                Text("This key has used up its free-tier allowance for now."),
                Text(
                    "Wait {when} and check again, or top up at {billing} to lift the free-tier limit.",
                    when=when,
                    billing=BILLING_PAGE_URL,
                ),
            )
        return make(
            ProblemCode.RATE_LIMITED,
            Text("The service is getting too many requests from this key right now."),
            Text(
                "Wait {when} and check again; if it keeps happening, close other tools using the same key.",
                when=when,
            ),
        )
    if effective >= 500:
        if _MAINTENANCE_WORDS.search(text):
            message = Text("The model “{model}” is under maintenance at the service right now.", model=model)
        else:
            message = Text(
                "The service or the model had trouble answering; this is not a problem with your setup."
            )
        return make(
            ProblemCode.SERVER_ERROR,
            message,
            Text("Try again in a few minutes, or pick another model from the list."),
        )
    if 200 <= effective < 300:
        if info.kind == "empty":
            return make(
                ProblemCode.BAD_RESPONSE, Text("The service sent an empty answer."), bad_response("").fix
            )
        return make(
            ProblemCode.BAD_RESPONSE,
            Text("The service's answer was damaged or not in the expected format."),
            bad_response("").fix,
        )
    return make(
        ProblemCode.BAD_RESPONSE,
        Text("The service answered with an error this tool does not recognise."),
        Text(
            "Check that the Base URL is exactly {url} and try again. If it keeps happening, save the "
            "diagnostic report and send it to IT.",
            url=DEFAULT_BASE_URL,
        ),
    )


# Makes a Problem with the detail and status of the answer being diagnosed.
Make = Callable[[ProblemCode, str, str], Problem]


def _wait_words(seconds: float | None) -> str:
    """How long to wait, in words: "about 1 second", "about 12 seconds", "about 5 minutes", "a
    minute" when the service did not say, and "more than an hour" for anything longer (a wait of
    days is a limit to lift, not a wait; and a server's 300-digit number is not worth repeating)."""
    if seconds is None:
        return Text("a minute")
    if seconds > 3600:
        return Text("more than an hour")
    whole = max(1, math.ceil(seconds))
    if whole == 1:
        return Text("about 1 second")
    if whole <= 90:
        return Text("about {seconds} seconds", seconds=whole)
    return Text("about {minutes} minutes", minutes=math.ceil(whole / 60))


def _not_the_service(make: Make, base_url: str) -> Problem:
    return make(
        ProblemCode.BAD_RESPONSE,
        Text(
            "The Base URL does not lead to the AI/ML API service ({host} has no such page).",
            host=host_of(base_url),
        ),
        BASE_URL_FIX,
    )


def no_credits_words() -> tuple[str, str]:
    """What to say when the account has no credits left: (message, fix), the same on every row."""
    return (
        Text("The account behind this API key has run out of credits."),
        Text(
            "Top up the balance at {billing} (or ask whoever manages the account), then check again.",
            billing=BILLING_PAGE_URL,
        ),
    )


def spending_limit_words() -> tuple[str, str]:
    """What to say when the key reached the spending limit set on it: (message, fix)."""
    return (
        Text("This API key has reached the spending limit set on it, so the service refuses its requests."),
        Text(
            "Raise the key's limit at {keys} (or ask whoever manages the account), or use another key, "
            "then check again.",
            keys=KEYS_PAGE_URL,
        ),
    )


def _no_credits(make: Make) -> Problem:
    return make(ProblemCode.NO_CREDITS, *no_credits_words())


def _spending_limit(make: Make) -> Problem:
    return make(ProblemCode.SPENDING_LIMIT, *spending_limit_words())


def _forbidden(make: Make, text: str) -> Problem:
    """A 403: the key is known but may not go on. That is the account (out of credits, over a
    spending limit) unless the words clearly say the key itself is bad or not allowed."""
    if _BAD_KEY_WORDS.search(text):
        return make(
            ProblemCode.INVALID_KEY,
            Text("The service refused this API key: it says the key is not valid or is switched off."),
            Text("Create a new key at {keys}, paste it here and check again.", keys=KEYS_PAGE_URL),
        )
    if _NOT_ALLOWED_WORDS.search(text):
        return make(
            ProblemCode.INVALID_KEY,
            Text("The service says this API key is not allowed to do this (the key's permissions)."),
            Text(
                "Give the key access to chat models at {keys}, or create a key that has it, "
                "then check again.",
                keys=KEYS_PAGE_URL,
            ),
        )
    return make(
        ProblemCode.NO_CREDITS,
        Text(
            "The service refused the request because of the account: usually it has run out of credits "
            "or the key has reached its spending limit."
        ),
        Text(
            "Check the balance at {billing} and the key's spending limit at {keys}, top up or raise the "
            "limit, then check again.",
            billing=BILLING_PAGE_URL,
            keys=KEYS_PAGE_URL,
        ),
    )


def _deployment_not_found(make: Make, model: str) -> Problem:
    return make(
        ProblemCode.DEPLOYMENT_NOT_FOUND,
        Text(
            "The service has no model called “{model}”, so this Deployment Name will not work.", model=model
        ),
        Text(
            "The Deployment Name must be a model id exactly as the list shows it (for example "
            "google/gemini-2.5-pro): pick one from the list and check again."
        ),
    )


def slow_problem(make: Make) -> Problem:
    return make(
        ProblemCode.TIMEOUT,
        Text("The service did not answer in time."),
        SLOW_FIX,
    )
