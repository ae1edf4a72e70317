"""Every failure becomes a ``Problem``: a code, one plain sentence, and a concrete fix.

Made in one place so the window and the command line say the same thing. Messages are for a
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
import re
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from urllib.parse import urlsplit

from app.core.errors import AppError, Cancelled, cancelled_problem
from app.core.model import BILLING_PAGE_URL, DEFAULT_BASE_URL, KEYS_PAGE_URL, Problem, ProblemCode
from app.core.network import NotThisComputer
from app.core.redact import redact
from app.core.text import Text

_DETAIL_LIMIT = 600
_OFFICIAL_HOST = "api.aimlapi.com"
_BASE_URL_FIX = f"Set the Base URL to exactly {DEFAULT_BASE_URL}, with nothing after it (no /openai, no /v1)."
_PICK_MODEL = "Pick another model from the list (for example google/gemini-2.5-pro) and check again."
_ASK_IT_SUFFIX = "If it keeps happening, save the diagnostic report and send it to IT."


# --- technical detail ---------------------------------------------------------------------------


def detail_text(text: str) -> str:
    """Technical text for a problem's ``detail``: redacted (the one scrubber), on one line of
    printable characters, and short."""
    if not text:
        return ""
    text = re.sub(r"[\x00-\x08\x0b-\x1f\x7f]", " ", redact(text))
    if len(text) > _DETAIL_LIMIT:
        text = text[: _DETAIL_LIMIT - 1] + "…"
    return text


def _host(base_url: str) -> str:
    try:
        return urlsplit(base_url).hostname or base_url or "the service"
    except ValueError:
        return base_url or "the service"


def _is_official(base_url: str) -> bool:
    return _host(base_url).lower() == _OFFICIAL_HOST


def _is_loopback(base_url: str) -> bool:
    host = _host(base_url).lower()
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
        "Try again. If it repeats, something on the network (a proxy or security software) may be "
        "changing the traffic: try another network or ask IT.",
        detail_text(detail),
    )


_CREDIT_WORDS = re.compile(
    r"out of credits|run out of|no credits|insufficient (credits|balance|funds)|top up|top-up|"
    r"insufficient_quota|payment required|balance is (too )?low|not enough (credits|balance)",
    re.I,
)
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
    host = _host(base_url)
    if _is_official(base_url) or _is_loopback(base_url):
        fix = (
            "Open a web browser and sign in to the network if it asks (hotel or guest Wi-Fi), then check "
            f"again; on a company network ask IT to let this computer reach {_OFFICIAL_HOST}."
        )
    else:
        fix = (
            f"{_BASE_URL_FIX} If it already is, open a web browser and sign in to the network if it asks, "
            "or ask IT to let this computer reach api.aimlapi.com."
        )
    return Problem(
        ProblemCode.PROXY_ERROR,
        f"A web page came back instead of the service's answer, so something between this computer and "
        f"{host} (a Wi-Fi sign-in page or a company proxy) is in the way.",
        fix,
        detail_text(detail),
        status,
    )


def redirect_problem(base_url: str, status: int, location: str, detail: str) -> Problem:
    """Answers that send us elsewhere: never followed, since the key would go with them."""
    target = _host(location) if location else "another address"
    if not location or _host(location).lower() == _host(base_url).lower():
        target = "another address"
    if _is_official(base_url):
        return Problem(
            ProblemCode.PROXY_ERROR,
            f"The request was redirected to {target} instead of reaching the service, so the key was not "
            "sent there.",
            "Open a web browser and sign in to the network if it asks (hotel or guest Wi-Fi); on a company "
            f"network ask IT to let this computer reach {_OFFICIAL_HOST} directly.",
            detail_text(detail),
            status,
        )
    return Problem(
        ProblemCode.BAD_RESPONSE,
        f"The Base URL sends requests on to {target}, so the key was not sent there.",
        _BASE_URL_FIX,
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
            "The service's answer could not be understood.",
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
    model = deployment or "this deployment"

    def make(code: ProblemCode, message: str, fix: str, http: int | None = status) -> Problem:
        return Problem(code, redact(message), redact(fix), detail, http)

    # A success status with an error body (e.g. an error sent inside a stream): use the body's status.
    effective = status
    if 200 <= status < 300 and info.kind == "json" and info.status and info.status >= 400:
        effective = info.status

    if effective == 407:
        return make(
            ProblemCode.PROXY_ERROR,
            "Your company's proxy asked for a sign-in before letting the request out to the internet.",
            f"Ask IT to let this computer reach {_OFFICIAL_HOST} through the proxy (or give you the proxy "
            "settings to use), then check again.",
        )
    if 300 <= effective < 400:
        return redirect_problem(base_url, effective, lowered.get("location", ""), detail)
    if info.kind == "html":
        if effective == 404 and not _is_official(base_url) and not _is_loopback(base_url):
            return make(
                ProblemCode.BAD_RESPONSE,
                f"The Base URL does not lead to the AI/ML API service ({_host(base_url)} has no such page).",
                _BASE_URL_FIX,
            )
        return html_problem(base_url, status, detail)

    text = f"{info.code} {info.type} {info.message}"
    if info.kind == "json" and _CREDIT_WORDS.search(text) and effective != 401:
        return _no_credits(make)

    if effective == 401:
        return make(
            ProblemCode.INVALID_KEY,
            "The service rejected the API key.",
            f"Copy the key again from {KEYS_PAGE_URL} (the whole key, with no spaces or line breaks), "
            "paste it here and check again.",
        )
    if effective == 402:
        return _no_credits(make)
    if effective == 403:
        return make(
            ProblemCode.INVALID_KEY,
            "The service refused this API key.",
            f"Copy the key again from {KEYS_PAGE_URL}; if it is already right, the key may be disabled, so "
            "create a new one there and paste it here.",
        )
    if effective == 404:
        if _DEPLOYMENT_WORDS.search(text) or info.code.lower() == "deploymentnotfound":
            return _deployment_not_found(make, model)
        if info.kind == "json" and not _WRONG_PATH_WORDS.search(text) and re.search(r"model", text, re.I):
            return _deployment_not_found(make, model)
        return make(
            ProblemCode.BAD_RESPONSE,
            f"The Base URL does not lead to the AI/ML API service ({_host(base_url)} has no such page).",
            _BASE_URL_FIX,
        )
    if effective in (400, 422):
        if _MAX_TOKENS_WORDS.search(text) and re.search(
            r"unsupported|not supported|does not support", text, re.I
        ):
            return make(
                ProblemCode.UNSUPPORTED_PARAMETER,
                f"“{model}” is a reasoning model that refuses the answer-length limit (max_tokens) "
                "Cursor sends, so Cursor's Verify will fail for this model even with a good key.",
                f"Use a different model as the Deployment Name. {_PICK_MODEL}",
            )
        if _SYSTEM_ROLE_WORDS.search(text):
            return make(
                ProblemCode.UNSUPPORTED_PARAMETER,
                f"“{model}” does not accept the instructions Cursor sends with every request.",
                _PICK_MODEL,
            )
        if _DEPLOYMENT_WORDS.search(text):
            return _deployment_not_found(make, model)
        return make(
            ProblemCode.UNSUPPORTED_PARAMETER,
            f"“{model}” refused the settings of the request Cursor would send.",
            _PICK_MODEL,
        )
    if effective == 408:
        return _slow(make)
    if effective == 429:
        from app.core.transport import retry_after_seconds  # here: the transport imports this module

        wait = retry_after_seconds(headers)
        when = f"about {int(wait + 0.999)} seconds" if wait is not None else "a minute"
        if _FREE_TIER_WORDS.search(text):
            return make(
                ProblemCode.RATE_LIMITED,
                "This key has used up its free-tier allowance for now.",
                f"Wait {when} and check again, or top up at {BILLING_PAGE_URL} to lift the free-tier limit.",
            )
        return make(
            ProblemCode.RATE_LIMITED,
            "The service is getting too many requests from this key right now.",
            f"Wait {when} and check again; if it keeps happening, close other tools using the same key.",
        )
    if effective >= 500:
        if _MAINTENANCE_WORDS.search(text):
            message = f"The model “{model}” is under maintenance at the service right now."
        else:
            message = "The service or the model had trouble answering; this is not a problem with your setup."
        return make(
            ProblemCode.SERVER_ERROR,
            message,
            "Try again in a few minutes, or pick another model from the list.",
        )
    if 200 <= effective < 300:
        if info.kind == "empty":
            return make(ProblemCode.BAD_RESPONSE, "The service sent an empty answer.", bad_response("").fix)
        return make(
            ProblemCode.BAD_RESPONSE,
            "The service's answer was damaged or not in the expected format.",
            bad_response("").fix,
        )
    return make(
        ProblemCode.BAD_RESPONSE,
        "The service answered with an error this tool does not recognise.",
        f"Check that the Base URL is exactly {DEFAULT_BASE_URL} and try again. {_ASK_IT_SUFFIX}",
    )


# Makes a Problem with the detail and status of the answer being diagnosed.
Make = Callable[[ProblemCode, str, str], Problem]


def _no_credits(make: Make) -> Problem:
    return make(
        ProblemCode.NO_CREDITS,
        "The account behind this API key has run out of credits.",
        f"Top up the balance at {BILLING_PAGE_URL} (or ask whoever manages the account), then check again.",
    )


def _deployment_not_found(make: Make, model: str) -> Problem:
    return make(
        ProblemCode.DEPLOYMENT_NOT_FOUND,
        f"The service has no model called “{model}”, so this Deployment Name will not work.",
        "The Deployment Name must be a model id exactly as the list shows it (for example "
        "google/gemini-2.5-pro): pick one from the list and check again.",
    )


def _slow(make: Make) -> Problem:
    return make(
        ProblemCode.TIMEOUT,
        "The service did not answer in time.",
        "Try again; slow models can need longer, so raise the time limit or pick a faster model.",
    )


# --- problems from exceptions ------------------------------------------------------------------


def _chain(exc: BaseException) -> Iterator[BaseException]:
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen and len(seen) < 20:
        seen.add(id(current))
        yield current
        current = current.__cause__ or current.__context__


def _any(chain: list[BaseException], *kinds: type[BaseException]) -> bool:
    return any(isinstance(e, kinds) for e in chain)


def stream_cut_problem(detail: str = "") -> Problem:
    """The answer stopped in the middle: connection cut, or the stream ended without its end mark."""
    return Problem(
        ProblemCode.BAD_RESPONSE,
        "The answer stopped before it was complete: the connection was cut in the middle.",
        "Try again. If it keeps happening, a proxy or firewall may be cutting long answers: ask IT to allow "
        f"streaming from {_OFFICIAL_HOST}, or try another network.",
        detail_text(detail),
    )


_PROXY_VARS = ("HTTPS_PROXY", "https_proxy", "HTTP_PROXY", "http_proxy", "ALL_PROXY", "all_proxy")


def problem_from_setup(exc: BaseException) -> Problem:
    """The Problem when the HTTP client cannot even be made: this computer's certificate or proxy
    settings (environment variables) are broken."""
    import os

    import httpx2

    detail = detail_text(f"{type(exc).__name__}: {exc}")
    text = str(exc).lower()
    cert_var = next((v for v in ("SSL_CERT_FILE", "SSL_CERT_DIR") if os.environ.get(v)), None)
    proxy_var = next((v for v in _PROXY_VARS if os.environ.get(v)), None)
    if proxy_var and ("proxy" in text or isinstance(exc, httpx2.InvalidURL | httpx2.UnsupportedProtocol)):
        return Problem(
            ProblemCode.PROXY_ERROR,
            "This computer's proxy setting is not a valid address, so no connection can be made.",
            f"Ask IT to correct the proxy setting ({proxy_var}) on this computer, then check again.",
            detail,
        )
    if cert_var and isinstance(exc, OSError):  # ssl.SSLError is an OSError too
        return Problem(
            ProblemCode.TLS_ERROR,
            "This computer's certificate setting points to a file that cannot be used, so no secure "
            "connection can be made.",
            f"Ask IT to correct or remove the {cert_var} setting (or to install the company certificate in "
            "the operating system's certificate store instead), then check again.",
            detail,
        )
    return bad_response("The connection could not be prepared on this computer.", detail)


def problem_from_exception(exc: BaseException, base_url: str) -> Problem:
    """The Problem for a failure that produced no answer (name lookup, connection, TLS, timeout, ...)."""
    try:
        return _problem_from_exception(exc, base_url)
    except Exception:  # never let diagnosis itself crash
        return bad_response(
            "Something unexpected went wrong while talking to the service.", type(exc).__name__
        )


def _problem_from_exception(exc: BaseException, base_url: str) -> Problem:
    # Here, not at the top: ssl and the network stack cost start-up time the window needs.
    import socket
    import ssl

    import httpx2

    if isinstance(exc, AppError):
        return exc.problem
    host = _host(base_url)
    chain = list(_chain(exc))
    # httpx2 re-raises httpcore2's error with the same text: say each thing once.
    texts = " | ".join(dict.fromkeys(f"{type(e).__name__}: {e}" for e in chain))
    detail = detail_text(texts)
    lowered = texts.lower()

    def make(code: ProblemCode, message: str, fix: str) -> Problem:
        return Problem(code, message, fix, detail)

    if _any(chain, Cancelled):
        return cancelled_problem()
    refused = next((e for e in chain if isinstance(e, NotThisComputer)), None)
    if refused is not None:
        return Problem(
            ProblemCode.INVALID_INPUT,
            Text(
                "The Base URL uses plain http://, which is allowed only for this computer, but {host} "
                "is at {address}, another computer, so nothing was sent there.",
                host=refused.host,
                address=refused.address,
            ),
            Text("Use the https:// address of the service, such as {url}.", url=DEFAULT_BASE_URL),
            detail,
        )

    # TLS first: a certificate failure is wrapped in a connection error.
    cert_error = _any(chain, ssl.SSLCertVerificationError) or (
        "certificate_verify_failed" in lowered or "certificate verify failed" in lowered
    )
    if cert_error:
        if "expired" in lowered:
            return make(
                ProblemCode.TLS_ERROR,
                f"The security certificate of {host} looks expired, so the connection was stopped.",
                "Check that this computer's date and time are right; if they are, a company proxy may be "
                "inspecting secure connections: ask IT to install the company certificate in the "
                "operating system's certificate store.",
            )
        return make(
            ProblemCode.TLS_ERROR,
            f"The secure connection to {host} could not be verified; on company networks this is usually a "
            "proxy that inspects encrypted traffic.",
            "Ask IT to install the company proxy's root certificate in this computer's certificate store "
            "(the operating system's, not only the browser's), then check again. Checking is never "
            "switched off, to keep the key safe.",
        )
    if _any(chain, ssl.SSLError) or ("ssl" in lowered and "handshake" in lowered):
        return make(
            ProblemCode.TLS_ERROR,
            f"The secure connection to {host} failed; a company proxy or security software may be "
            "interfering with encrypted traffic.",
            f"Try another network, or ask IT to let this computer reach {_OFFICIAL_HOST} (and to install the "
            "company proxy's certificate in the operating system's certificate store).",
        )
    if _any(chain, httpx2.ProxyError) or ("proxy" in lowered and "407" in lowered):
        return make(
            ProblemCode.PROXY_ERROR,
            "The proxy between this computer and the internet refused the connection.",
            f"Ask IT to check this computer's proxy settings and to allow {_OFFICIAL_HOST} "
            "through the proxy.",
        )
    if _any(chain, httpx2.InvalidURL, httpx2.UnsupportedProtocol):
        return make(
            ProblemCode.INVALID_INPUT,
            "The Base URL is not a web address this tool can use.",
            _BASE_URL_FIX,
        )
    if _any(chain, httpx2.LocalProtocolError):
        # Its text quotes the refused header value, which may be the key: keep only the kind.
        return Problem(
            ProblemCode.INVALID_INPUT,
            "The API key or a setting contains characters that cannot be sent.",
            f"Copy the key again from {KEYS_PAGE_URL}, with no spaces or line breaks, and paste it here.",
            "LocalProtocolError",
        )
    dns = _any(chain, socket.gaierror) or any(
        s in lowered
        for s in (
            "name or service not known",
            "nodename nor servname",
            "getaddrinfo failed",
            "temporary failure in name resolution",
            "no address associated",
            "name resolution",
        )
    )
    if dns:
        return make(
            ProblemCode.UNREACHABLE,
            f"This computer could not find {host} on the internet (the name lookup failed).",
            f"Check the Base URL for typos (it should be {DEFAULT_BASE_URL}) and that you are online; on a "
            f"company network ask IT whether {host} is blocked.",
        )
    if _any(chain, ConnectionRefusedError) or "connection refused" in lowered:
        fix = (
            "Start the simulator again (or the demo), then check again."
            if _is_loopback(base_url)
            else f"Check the Base URL (it should be {DEFAULT_BASE_URL}) and ask IT whether a firewall "
            "blocks it."
        )
        return make(ProblemCode.UNREACHABLE, f"{host} refused the connection.", fix)
    if _any(chain, httpx2.ConnectTimeout):
        return make(
            ProblemCode.TIMEOUT,
            f"Connecting to {host} took too long.",
            f"Check your internet connection; on a company network ask IT whether a firewall blocks {host}.",
        )
    if _any(chain, httpx2.TimeoutException, TimeoutError):
        return _slow(make)
    if _any(chain, httpx2.SSEError):
        return make(
            ProblemCode.BAD_RESPONSE,
            "The service did not send the answer piece by piece as Cursor expects.",
            f"Check that the Base URL is exactly {DEFAULT_BASE_URL}; if it is, a proxy may be buffering "
            "answers: ask IT.",
        )
    if _any(
        chain,
        httpx2.RemoteProtocolError,
        httpx2.ReadError,
        httpx2.WriteError,
        httpx2.CloseError,
        ConnectionResetError,
        BrokenPipeError,
    ):
        if "without sending a response" in lowered or "illegal" in lowered or "invalid" in lowered:
            return make(
                ProblemCode.BAD_RESPONSE,
                f"The server at {host} answered with something that is not a valid web answer.",
                f"Check that the Base URL is exactly {DEFAULT_BASE_URL}; if it is, a proxy or security "
                "software may be interfering: ask IT.",
            )
        return stream_cut_problem(detail)
    if _any(chain, httpx2.NetworkError) or isinstance(exc, OSError):
        return make(
            ProblemCode.UNREACHABLE,
            f"This computer could not connect to {host}.",
            f"Check that you are online and that the Base URL is {DEFAULT_BASE_URL}; on a company "
            "network ask IT whether it is blocked.",
        )
    return bad_response("Something unexpected went wrong while talking to the service.", detail)
