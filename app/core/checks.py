"""The check suite: the requests Cursor sends, and a few more, run concurrently -> a Report.

Concurrency design (wall time ~ the slowest request, not the sum):

* All six checks start at once on a ThreadPoolExecutor and share one ``AimlClient`` (one HTTP
  client per run; its connection pool opens one connection per concurrent request).
* One root cause (bad key, no credits, unknown deployment, service unreachable, a Base URL that
  leads elsewhere, a reasoning model refusing Cursor's ``max_tokens``) makes several checks fail
  the same way. It is reported once, on the first check in ``CHECK_IDS`` order that
  found it (``reachability`` for network causes, ``account`` for the key and credits,
  ``cursor_verify`` for the deployment); later checks failing with the same cause become
  ``skipped`` with a reason pointing at it.
* Deciding that needs the earlier checks' outcome, so a *failure with a root-cause code* is held
  back until every earlier check has finished. Passes, warnings and other failures are reported
  the moment they happen. Nothing waits for a request to be sent, so the wall time stays the
  slowest request's; only the moment a held failure is shown moves (to at most the slowest end).
* One story about one key: the ``account`` row is decided once the chat-route checks have
  finished too (it is held back until then). When the chat route refused the key for an account
  reason (out of credits, over a spending limit, a rejected key) the account row says that, and
  the chat rows point at it; when the account route refused but the model answered anyway, the
  account row is a warning saying both, never "no credits" beside a working chat.
* Rate limits are the transport's one retry policy (``transport.RetryPolicy``): a request refused
  with 429 is sent once more after the wait the service asks for, and second attempts go one at a
  time, so the service's limit on parallel requests does not show up as a failure of the user's
  setup. A check sends at most two requests.
* Cancel: checks still running are reported ``skipped`` (problem ``cancelled``) at once and the
  suite returns; their requests are abandoned (the client sees the same ``cancel`` event).
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from dataclasses import replace
from typing import TYPE_CHECKING

from app.core.check_steps import CHAT_ROUTE_CHECKS, CHECKS, format_usd
from app.core.errors import Cancelled, ServiceError
from app.core.model import (
    CHECK_IDS,
    CHECK_TITLES,
    CheckResult,
    ProblemCode,
    Report,
    Settings,
    Status,
)
from app.core.redact import redact
from app.core.text import Text

if TYPE_CHECKING:
    from app.core.service import AimlClient

log = logging.getLogger(__name__)
log.addHandler(logging.NullHandler())  # a crash report goes to the app's log, never raw to stderr

# Causes that make every later request pointless, and the reason shown on the checks they skip.
ROOT_CAUSES: dict[ProblemCode, str] = {
    ProblemCode.UNREACHABLE: Text("Skipped: the service could not be reached (see above)."),
    ProblemCode.TLS_ERROR: Text("Skipped: the secure connection to the service failed (see above)."),
    ProblemCode.PROXY_ERROR: Text("Skipped: something on the network is in the way (see above)."),
    ProblemCode.INVALID_INPUT: Text("Skipped: a setting cannot be used as it is (see above)."),
    ProblemCode.INVALID_KEY: Text("Skipped: the API key was rejected (see above)."),
    ProblemCode.NO_CREDITS: Text(
        "Skipped: the service refused the request because of the account (see above)."
    ),
    ProblemCode.SPENDING_LIMIT: Text("Skipped: this key has reached its spending limit (see above)."),
    ProblemCode.DEPLOYMENT_NOT_FOUND: Text("Skipped: the deployment was not found (see above)."),
    # A reasoning model refusing Cursor's max_tokens refuses it in every request; collapsed only
    # when the message is the same (another parameter, e.g. ``tools``, is a finding of its own).
    ProblemCode.UNSUPPORTED_PARAMETER: Text(
        "Skipped: this model refuses a setting Cursor sends (see above)."
    ),
}
_SAME_MESSAGE_ONLY = frozenset({ProblemCode.UNSUPPORTED_PARAMETER})
# A Base URL that leads somewhere else answers every path with 404: one finding, not five.
_WRONG_ADDRESS = Text("Skipped: the Base URL does not lead to the service (see above).")


def _cause(res: CheckResult) -> tuple[object, ...] | None:
    """What makes two failures "the same root cause"; None for a failure of its own."""
    if res.status is not Status.FAIL or res.problem is None:
        return None
    if res.problem in _SAME_MESSAGE_ONLY:
        return (res.problem, res.message)
    if res.problem in ROOT_CAUSES:
        return (res.problem,)
    if res.problem is ProblemCode.BAD_RESPONSE and res.data.get("http_status") == 404:
        return (res.problem, res.message)
    return None


def _skip_reason(res: CheckResult) -> str:
    return ROOT_CAUSES.get(res.problem, _WRONG_ADDRESS) if res.problem else _WRONG_ADDRESS


# Failures that are about the key and its account, wherever they show.
ACCOUNT_CAUSES = frozenset({ProblemCode.INVALID_KEY, ProblemCode.NO_CREDITS, ProblemCode.SPENDING_LIMIT})


def account_story(account: CheckResult, chat_rows: list[CheckResult]) -> CheckResult:
    """The account row, told so that it agrees with what the chat route said about the same key."""
    refused = [r for r in chat_rows if r.status is Status.FAIL and r.problem in ACCOUNT_CAUSES]
    answered = any(r.status in (Status.PASS, Status.WARN) for r in chat_rows)
    if refused and account.status is not Status.FAIL:
        # The balance looked fine, the chat route said otherwise: the chat route is what Cursor meets.
        first = refused[0]
        data = {**account.data, "found_by": first.id}
        return replace(
            account,
            status=Status.FAIL,
            message=first.message,
            fix=first.fix,
            problem=first.problem,
            data=data,
        )
    if account.status is Status.FAIL and account.problem in ACCOUNT_CAUSES and answered and not refused:
        message = Text(
            "The model answered, so the key works for Cursor, but the account check said: {said}",
            said=account.message,
        )
        return replace(account, status=Status.WARN, message=message)
    return account


_STATUS_SYMBOL = {Status.PASS: "✔", Status.WARN: "!", Status.FAIL: "✘", Status.SKIPPED: "–"}
_STATUS_WORD = {Status.PASS: "PASS", Status.WARN: "WARN", Status.FAIL: "FAIL", Status.SKIPPED: "SKIP"}

# How often the coordinator looks at the cancel event while waiting for checks.
_POLL_S = 0.05


def _ms_since(start: float) -> int:
    return round((time.perf_counter() - start) * 1000)


def _cancelled_result(check_id: str, duration_ms: int = 0) -> CheckResult:
    return CheckResult(
        check_id,
        Status.SKIPPED,
        Text("Skipped: the checks were cancelled."),
        problem=ProblemCode.CANCELLED,
        duration_ms=duration_ms,
    )


def _run_one(check_id: str, client: AimlClient, settings: Settings, cancel: threading.Event) -> CheckResult:
    """Run one check; every outcome (even a bug) becomes a CheckResult, never an exception."""
    start = time.perf_counter()
    if cancel.is_set():
        return _cancelled_result(check_id)
    try:
        result = CHECKS[check_id](client, settings)
    except ServiceError as exc:
        p = exc.problem
        result = CheckResult(check_id, Status.FAIL, p.message, fix=p.fix, problem=p.code)
        if p.http_status is not None:
            result.data["http_status"] = p.http_status
        if p.detail:
            result.data["detail"] = p.detail
    except Cancelled:
        result = _cancelled_result(check_id)
    except Exception as exc:
        if cancel.is_set():  # e.g. the client was closed under an abandoned request
            result = _cancelled_result(check_id)
        else:
            log.exception("check %s crashed", check_id)
            result = CheckResult(
                check_id,
                Status.FAIL,
                Text("This check stopped on an unexpected error."),
                fix=Text("Run the checks again; if it repeats, send the diagnostic report to IT."),
                problem=ProblemCode.BAD_RESPONSE,
                data={"detail": redact(f"{type(exc).__name__}: {exc}")},
            )
    result.duration_ms = _ms_since(start)
    log.debug(
        "check %s: %s%s (%d ms)%s",
        check_id,
        result.status,
        f" [{result.problem}]" if result.problem else "",
        result.duration_ms,
        f" {result.data['detail']}" if result.data.get("detail") else "",
    )
    return result


class _Coordinator:
    """Collects results, turns repeats of a root cause into skips, and reports each check once."""

    def __init__(
        self,
        on_result: Callable[[CheckResult], None] | None,
    ) -> None:
        self._on_result = on_result
        self._lock = threading.Lock()
        self.raw: dict[str, CheckResult] = {}
        self.final: dict[str, CheckResult] = {}

    def _root_owner(self, result: CheckResult) -> str | None:
        """The earlier check that already reported this failure's root cause, if any."""
        cause = _cause(result)
        if cause is None:
            return None
        for earlier in CHECK_IDS[: CHECK_IDS.index(result.id)]:
            res = self.final.get(earlier)
            if res is not None and _cause(res) == cause:
                return earlier
        return None

    def _must_wait(self, check_id: str) -> bool:
        if check_id == "account" and any(c not in self.raw for c in CHAT_ROUTE_CHECKS):
            return True  # one story about the key: decided once the chat route has spoken
        if _cause(self.raw[check_id]) is None:
            return False
        return any(e not in self.final for e in CHECK_IDS[: CHECK_IDS.index(check_id)])

    def _finalise(self, check_id: str) -> CheckResult:
        res = self.raw[check_id]
        if check_id == "account":
            res = account_story(res, [self.raw[c] for c in CHAT_ROUTE_CHECKS if c in self.raw])
        owner = self._root_owner(res)
        if owner is not None:
            res = CheckResult(
                check_id,
                Status.SKIPPED,
                _skip_reason(res),
                problem=res.problem,
                duration_ms=res.duration_ms,
                data={"skipped_because": owner},
            )
        self.final[check_id] = res
        return res

    def add(self, result: CheckResult) -> None:
        """Record a finished check and report whatever can now be reported, in order."""
        with self._lock:
            if result.id in self.final:  # already reported (cancelled before it ended)
                return
            self.raw[result.id] = result
            ready = self._release()
        for res in ready:
            self._emit(res)

    def _release(self) -> list[CheckResult]:
        ready: list[CheckResult] = []
        progress = True
        while progress:  # finalising one may release failures waiting on it
            progress = False
            for cid in CHECK_IDS:
                if cid in self.raw and cid not in self.final and not self._must_wait(cid):
                    ready.append(self._finalise(cid))
                    progress = True
        return ready

    def cancel_rest(self, durations: dict[str, float]) -> None:
        """Cancel: every check not yet reported becomes skipped (a finished one keeps its result)."""
        ready: list[CheckResult] = []
        with self._lock:
            for cid in CHECK_IDS:
                if cid in self.final:
                    continue
                if cid in self.raw:
                    ready.append(self._finalise(cid))
                else:
                    start = durations.get(cid)
                    res = _cancelled_result(cid, _ms_since(start) if start else 0)
                    self.final[cid] = res
                    ready.append(res)
        for res in ready:
            self._emit(res)

    def _emit(self, res: CheckResult) -> None:
        if self._on_result is None:
            return
        try:
            self._on_result(res)
        except Exception:  # a display callback must not break the suite
            log.exception("on_result callback failed")


def run_checks(
    settings: Settings,
    *,
    on_start: Callable[[str], None] | None = None,
    on_result: Callable[[CheckResult], None] | None = None,
    cancel: threading.Event | None = None,
    run_id: str | None = None,
) -> Report:
    """Run every check concurrently and return the Report (checks in CHECK_IDS order).

    ``on_start(check_id)`` and ``on_result(result)`` may be called from worker threads; each
    check gets exactly one of each (a check cancelled before it began gets only ``on_result``).
    """
    from app.core.service import AimlClient  # here: the network stack loads when checks run

    cancel = cancel or threading.Event()
    coord = _Coordinator(on_result)
    started: dict[str, float] = {}
    suite_start = time.perf_counter()

    def task(check_id: str) -> CheckResult:
        if cancel.is_set():
            return _cancelled_result(check_id)
        started[check_id] = time.perf_counter()
        if on_start is not None:
            try:
                on_start(check_id)
            except Exception:
                log.exception("on_start callback failed")
        result = _run_one(check_id, client, settings, cancel)
        coord.add(result)
        return result

    # ``run_id`` names this run in every request's X-Client-Request-Id (one is made when not given).
    client = AimlClient(
        settings.base_url, settings.api_key, timeout_s=settings.timeout_s, cancel=cancel, run_id=run_id
    )
    pool = ThreadPoolExecutor(max_workers=len(CHECK_IDS), thread_name_prefix="check")
    abandoned = False
    try:
        futures: set[Future[CheckResult]] = {pool.submit(task, cid) for cid in CHECK_IDS}
        pending = futures
        while pending:
            _done, pending = wait(pending, timeout=_POLL_S, return_when=FIRST_COMPLETED)
            if pending and cancel.is_set():
                abandoned = True
                break
    except BaseException:  # Ctrl+C in the caller's thread: stop the workers' requests too
        cancel.set()
        abandoned = True
        raise
    else:
        if cancel.is_set():
            coord.cancel_rest(started)
        for cid in CHECK_IDS:  # belt and braces: a check that somehow left no result
            if cid not in coord.final:
                unfinished = Text("This check did not finish.")
                coord.add(CheckResult(cid, Status.FAIL, unfinished, problem=ProblemCode.BAD_RESPONSE))
    finally:
        pool.shutdown(wait=False, cancel_futures=True)
        if abandoned:
            # Requests still in flight end on their own (the client watches ``cancel``); close the
            # client once they have, without keeping the caller waiting.
            threading.Thread(target=_close_after, args=(pool, client), daemon=True).start()
        else:
            _close_quietly(client)

    checks = [coord.final[cid] for cid in CHECK_IDS]
    return Report(settings=settings.public(), checks=checks, duration_ms=_ms_since(suite_start))


def _close_quietly(client: AimlClient) -> None:
    try:
        client.close()
    except Exception:
        log.debug("closing the client failed", exc_info=True)


def _close_after(pool: ThreadPoolExecutor, client: AimlClient) -> None:
    pool.shutdown(wait=True)
    _close_quietly(client)


def format_report_text(report: Report) -> str:
    """The report for people: one block per check with status, title, time, message and fix."""
    s = report.settings
    lines = [
        f"Base URL:    {s.get('base_url', '')}",
        f"Deployment:  {s.get('deployment', '')}",
        f"Model name:  {s.get('alias', '')}",
        "",
    ]
    for c in report.checks:
        title = CHECK_TITLES.get(c.id, c.id)
        facts = [f"{c.duration_ms} ms"] if c.status is not Status.SKIPPED or c.duration_ms else []
        cost = c.data.get("cost_usd")
        if isinstance(cost, int | float) and cost > 0:
            facts.append(f"cost {format_usd(float(cost))}")
        timing = f"  ({', '.join(facts)})" if facts else ""
        lines.append(f"{_STATUS_SYMBOL[c.status]} {_STATUS_WORD[c.status]}  {title}{timing}")
        if c.message:
            lines.append(f"        {c.message}")
        if c.fix:
            lines.append(f"        Fix: {c.fix}")
    counts = {st: sum(1 for c in report.checks if c.status is st) for st in Status}
    summary = ", ".join(f"{n} {st.value}" for st, n in counts.items() if n)
    verdict = "All checks passed." if report.ok else "Some checks did not pass."
    if report.ok and counts[Status.WARN]:
        verdict = "All checks passed, with warnings."
    lines += ["", f"{verdict} ({summary}; {report.duration_ms} ms)"]
    return "\n".join(lines)
