"""The six checks: what each one asks the service and what its answer means, as a ``CheckResult``.

Each returns a result for an answer it could judge, or raises ``ServiceError`` / ``Cancelled`` (the
suite in ``checks`` turns those into results and makes one story of them). Every result carries,
in ``data``, the service's ``inference_id`` for the answer and its ``cost_usd`` when the service
reported one, for support.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from app.core.answers import number
from app.core.diagnosis import no_credits_words, spending_limit_words
from app.core.errors import ServiceError
from app.core.model import (
    BILLING_PAGE_URL,
    DEFAULT_BASE_URL,
    KEYS_PAGE_URL,
    CheckResult,
    Problem,
    ProblemCode,
    Settings,
    Status,
)
from app.core.printable import one_line
from app.core.text import Duration, Text

if TYPE_CHECKING:
    from app.core.answers import Balance
    from app.core.service import AimlClient

CHAT_ROUTE_CHECKS = ("cursor_verify", "chat", "streaming", "tool_calling")


def short(text: str, limit: int = 80) -> str:
    """Text from the service, on one line, printable and short: a reply is shown, never a flood
    nor a command to the terminal."""
    return one_line(text, limit)


def format_usd(amount: float) -> str:
    """Dollars, with enough digits to see a fraction of a cent: $12.50, $0.05, $0.0012."""
    if amount == 0 or amount >= 0.995:
        return f"${amount:,.2f}"
    # Two significant digits, at least two decimals.
    decimals = min(8, max(2, 1 - math.floor(math.log10(abs(amount)))))
    whole, _, fraction = f"{amount:.{decimals}f}".partition(".")
    fraction = fraction.rstrip("0").ljust(2, "0")
    return f"${whole}.{fraction}"


# --- the service answers ---------------------------------------------------------------------------


def _check_reachability(client: AimlClient, settings: Settings) -> CheckResult:
    ping = client.ping()
    return CheckResult(
        "reachability",
        Status.PASS,
        Text("Reached {url} in {took}.", url=settings.base_url, took=Duration(ping.ms)),
        data={"latency_ms": ping.ms, **ping.trace.data()},
    )


# --- the key and the account -------------------------------------------------------------------------


@dataclass(frozen=True)
class _KeyState:
    disabled: bool
    limit_usd: float | None
    monthly_usage_usd: float | None

    @property
    def limit_reached(self) -> bool:
        return (
            self.limit_usd is not None
            and self.monthly_usage_usd is not None
            and (self.monthly_usage_usd >= self.limit_usd)
        )


def _key_details(client: AimlClient) -> _KeyState | None:
    """What ``/v1/key`` says about the key (switched off, spending limit and this month's spend), or
    None when the service will not say: key details are an extra, never a reason for the account
    check to fail by themselves. (Read here, not with ``cursor.account``'s full reader: that
    package brings Cursor's whole side with it, which the window's checks do not need.)"""
    try:
        data = client.key_info()
    except ServiceError:
        return None
    info = data.get("data") if isinstance(data, dict) else None
    if not isinstance(info, dict):
        return None
    limit = info.get("limit")
    threshold = number(limit.get("threshold")) if isinstance(limit, dict) else None
    return _KeyState(info.get("disabled") is True, threshold, number(info.get("monthly_usage")))


def _account_problem(client: AimlClient, bal: Balance, data: dict[str, Any]) -> CheckResult | None:
    """The key switched off, over its spending limit, or no credits left: a failure of the account."""
    key = _key_details(client)
    if key is not None and key.disabled:
        off: str = Text("This API key is switched off at the service.")
        fix: str = Text(
            "Switch it on at {keys}, or create a new key there and paste it here.", keys=KEYS_PAGE_URL
        )
        return CheckResult("account", Status.FAIL, off, fix=fix, problem=ProblemCode.INVALID_KEY, data=data)
    if key is not None and key.limit_reached:
        message, fix = spending_limit_words()
        data = {**data, "key_limit_usd": key.limit_usd, "key_monthly_usage_usd": key.monthly_usage_usd}
        return CheckResult(
            "account", Status.FAIL, message, fix=fix, problem=ProblemCode.SPENDING_LIMIT, data=data
        )
    if bal.credits <= 0:
        message, fix = no_credits_words()
        return CheckResult(
            "account", Status.FAIL, message, fix=fix, problem=ProblemCode.NO_CREDITS, data=data
        )
    return None


def _check_account(client: AimlClient, settings: Settings) -> CheckResult:
    from app.core.config import is_aimlapi_host

    try:
        bal = client.balance()
    except ServiceError as exc:
        # A company gateway in front of the service may serve only the chat route: no balance
        # there is not a failure of what Cursor needs (a rejected key still is, on cursor_verify).
        if exc.problem.http_status == 404 and not is_aimlapi_host(settings.base_url):
            return CheckResult(
                "account",
                Status.WARN,
                Text("This address does not show the account balance (it is not api.aimlapi.com)."),
                fix=Text("Check the balance on the AI/ML API dashboard, or ask IT about this address."),
                data={"http_status": 404},
            )
        raise
    data = {
        "balance_usd": round(float(bal.usd), 2),
        "credits": int(bal.credits),
        "low": bool(bal.low),
        **bal.trace.data(),
    }
    failed = _account_problem(client, bal, data)
    if failed is not None:
        return failed
    if bal.low:
        return CheckResult(
            "account",
            Status.WARN,
            Text("The API key works, but the balance is low: {balance}.", balance=format_usd(bal.usd)),
            fix=Text("Top up soon on {billing} so Cursor does not stop mid-task.", billing=BILLING_PAGE_URL),
            data=data,
        )
    message = Text("The API key works; balance {balance}.", balance=format_usd(bal.usd))
    return CheckResult("account", Status.PASS, message, data=data)


# --- Cursor's Verify -----------------------------------------------------------------------------------

_HOW_IT_DIFFERS = {
    "alias": Text("another name of it, which this route does not take"),
    "case": Text("its id in other capitals, and ids are case-sensitive"),
    "prefix": Text("its id with another prefix, or none"),
}


def _name_the_model(client: AimlClient, typed: str, problem: Problem) -> Problem:
    """A deployment that was not found but is an alias of a model, or its id in other capitals or
    with another prefix: the fix names the id to use (from the live catalog; none when unknown)."""
    from app.core.catalog_format import closest

    try:
        found = closest(client.list_models(), typed)
    except ServiceError:
        return problem
    if found is None:
        return problem
    model, how = found
    fix = Text(
        "Use {model} as the Deployment Name: “{typed}” is {how}.",
        model=model.id,
        typed=typed,
        how=_HOW_IT_DIFFERS[how],
    )
    return replace(problem, fix=fix)


def _check_cursor_verify(client: AimlClient, settings: Settings) -> CheckResult:
    try:
        res = client.cursor_verify(settings.deployment)
    except ServiceError as exc:
        if exc.problem.code is not ProblemCode.DEPLOYMENT_NOT_FOUND:
            raise
        raise ServiceError(_name_the_model(client, settings.deployment, exc.problem)) from None
    data = {"http_status": res.status_code, "ms": res.ms, **res.trace.data()}
    if res.status_code != 200:
        # Our own requests take any 2xx, Cursor's Verify exactly 200 (docs/wire.md, Errors).
        return CheckResult(
            "cursor_verify",
            Status.FAIL,
            Text(
                "The service answered Cursor's Verify request with status {status} instead of 200, and "
                "Cursor accepts only 200: it would say “Invalid credentials” even though the key works.",
                status=res.status_code,
            ),
            fix=Text(
                "Check that the Base URL is exactly {url} (a gateway in front of the service may answer "
                "differently); if it is, send the diagnostic report to IT.",
                url=DEFAULT_BASE_URL,
            ),
            problem=ProblemCode.BAD_RESPONSE,
            data=data,
        )
    return CheckResult(
        "cursor_verify", Status.PASS, Text("Cursor's Verify button will accept these values."), data=data
    )


# --- chat, streaming, tools ------------------------------------------------------------------------------

_EMPTY_FIX = Text("Try the chat in Cursor; if answers stay empty, pick another model.")


def _check_chat(client: AimlClient, settings: Settings) -> CheckResult:
    res = client.chat(settings.deployment)
    reply = short(res.text)
    if not reply:
        return CheckResult(
            "chat",
            Status.WARN,
            Text("{model} answered with an empty message.", model=settings.deployment),
            fix=_EMPTY_FIX,
            data={"reply": "", "finish_reason": res.finish_reason, **res.trace.data()},
        )
    return CheckResult(
        "chat",
        Status.PASS,
        Text("{model} answered: “{reply}”", model=settings.deployment, reply=reply),
        data={
            "reply": reply,
            "model": short(res.model or "", 200),
            "finish_reason": res.finish_reason,
            **res.trace.data(),
        },
    )


def _check_streaming(client: AimlClient, settings: Settings) -> CheckResult:
    res = client.stream_chat(settings.deployment, "Count from 1 to 5, separated by spaces.")
    data = {
        "ttft_ms": res.ttft_ms,
        "total_ms": res.total_ms,
        "chunks": res.chunks,
        "reply": short(res.text),
        **res.trace.data(),
    }
    if not res.text.strip():
        return CheckResult(
            "streaming",
            Status.WARN,
            Text("The streamed answer arrived but was empty."),
            fix=_EMPTY_FIX,
            data=data,
        )
    return CheckResult(
        "streaming",
        Status.PASS,
        Text(
            "Answers arrive word by word: first words after {first}, complete after {total}.",
            first=Duration(res.ttft_ms if res.ttft_ms is not None else res.total_ms),
            total=Duration(res.total_ms),
        ),
        data=data,
    )


def _check_tool_calling(client: AimlClient, settings: Settings) -> CheckResult:
    res = client.tool_call(settings.deployment)
    traced = res.trace.data()
    if not res.calls:
        return CheckResult(
            "tool_calling",
            Status.WARN,
            Text(
                "The model answered in words instead of using a tool, so Cursor's agent may not edit files."
            ),
            fix=Text("Chat works; for Cursor's agent, pick a model that can use tools."),
            problem=ProblemCode.NO_TOOL_CALL,
            data={"reply": short(res.text), **traced},
        )
    call = res.calls[0]
    try:
        args = call.parsed_arguments()
    except ValueError:
        return CheckResult(
            "tool_calling",
            Status.WARN,
            Text("The model tried to use a tool but sent garbled details with it."),
            fix=Text("Agent mode may misbehave with this model; pick another model if edits fail."),
            problem=ProblemCode.BAD_RESPONSE,
            data={"tool": short(call.name, 100), **traced},
        )
    return CheckResult(
        "tool_calling",
        Status.PASS,
        Text("The model can use tools, which Cursor's agent needs to edit files."),
        data={"tool": short(call.name, 100), "arguments": sorted(short(a, 100) for a in args)[:20], **traced},
    )


CHECKS: dict[str, Callable[[AimlClient, Settings], CheckResult]] = {
    "reachability": _check_reachability,
    "account": _check_account,
    "cursor_verify": _check_cursor_verify,
    "chat": _check_chat,
    "streaming": _check_streaming,
    "tool_calling": _check_tool_calling,
}
