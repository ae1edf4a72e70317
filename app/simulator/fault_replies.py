"""The answers faults give in place of the normal one, shared by every route kind."""

from __future__ import annotations

import time
from email.utils import formatdate

from app.simulator.errors import (
    FREE_TIER_MESSAGE,
    HTML_PROXY_PAGE,
    QUERY_VALIDATION_MESSAGE,
    SERVER_ERROR_MESSAGES,
)
from app.simulator.exchange import JSON_TYPE, Exchange
from app.simulator.faults import Fault

_BROKEN_BODY = b'{"id": "chatcmpl-broken", "choices": [{"index": 0, "message": {"role": "assis'
_BROKEN_EVENT = b'data: {"id": "chatcmpl-broken", "choices": [{"index": 0, "delta": {"content": "Hel\n\n'


def html_proxy(ex: Exchange, kind: str) -> bool:
    """A corporate proxy answers before the service sees anything, whatever the path."""
    if f := ex.sim._faults.take("html_proxy", kind):
        ex.send(int(f.opt("status")), HTML_PROXY_PAGE.encode(), "text/html; charset=utf-8")
        return True
    return False


def slow(ex: Exchange, kind: str) -> None:
    if f := ex.sim._faults.take("slow", kind):
        ex.wait(int(f.opt("delay_ms")))


def retry_after_headers(f: Fault) -> dict[str, str]:
    """``Retry-After`` in seconds (or as an HTTP date), and ``retry-after-ms`` when asked."""
    headers: dict[str, str] = {}
    seconds = f.opt("retry_after")
    if seconds is not None:
        when = formatdate(time.time() + int(seconds), usegmt=True)
        headers["Retry-After"] = when if f.flag("retry_after_date") else str(seconds)
    if f.opt("retry_after_ms") is not None:
        headers["retry-after-ms"] = str(f.opt("retry_after_ms"))
    return headers


def _rate_limited(ex: Exchange, f: Fault) -> None:
    message = FREE_TIER_MESSAGE if f.flag("free_tier") else str(f.opt("message"))
    ex.own_error(429, message, retry_after_headers(f))


def _server_error(ex: Exchange, f: Fault) -> None:
    status = int(f.opt("status"))
    headers = {"Retry-After": str(f.opt("retry_after"))} if f.opt("retry_after") is not None else None
    ex.own_error(status, str(f.opt("message", SERVER_ERROR_MESSAGES[status])), headers)


def _malformed(ex: Exchange, f: Fault, wants_stream: bool) -> None:
    if f.opt("where") == "stream" and wants_stream:
        ex.start_stream()
        ex.chunk(_BROKEN_EVENT)
        ex.chunk(b"data: [DONE]\n\n")
        ex.chunk(b"")
        return
    ex.send(200, _BROKEN_BODY, JSON_TYPE)


def _bad_request(ex: Exchange, f: Fault) -> None:
    detail = [{"path": [], "message": "The request's parameters were not accepted."}]
    ex.own_error(400, str(f.opt("message", QUERY_VALIDATION_MESSAGE)), meta=detail)


def generic(ex: Exchange, kind: str, wants_stream: bool = False) -> bool:
    """rate_limited, server_error, malformed_json and bad_request; True when a fault answered."""
    faults = ex.sim._faults
    if f := faults.take("rate_limited", kind):
        _rate_limited(ex, f)
    elif f := faults.take("server_error", kind):
        _server_error(ex, f)
    elif f := faults.take("malformed_json", kind):
        _malformed(ex, f, wants_stream)
    elif f := faults.take("bad_request", kind):
        _bad_request(ex, f)
    else:
        return False
    return True
