"""Do Cursor's own requests reach the service? The verdict drawn from the request log, with the
key's details and the model's health to explain a failure, and Cursor's settings to say which
reasons for silence can be ruled out.

Cursor's rows are those without this tool's client id (``cas-...``), sent through the API (not
the playground), for this deployment, in the period.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from enum import StrEnum
from typing import Any

from app.core.cursor import problems
from app.core.cursor.account import KeyInfo, LogRow, ModelHealth
from app.core.cursor.findings import FindingStatus, Target, diagnose
from app.core.cursor.settings import CursorSettings
from app.core.diagnosis import problem_from_response
from app.core.model import BILLING_PAGE_URL, KEYS_PAGE_URL, Problem, ProblemCode
from app.core.text import Text, join_texts


class Verdict(StrEnum):
    ARRIVED_OK = "arrived_ok"
    ARRIVED_FAILING = "arrived_failing"
    NONE_ARRIVED = "none_arrived"
    UNKNOWN = "unknown"  # the log could not be read


class CauseState(StrEnum):
    LIKELY = "likely"  # Cursor's settings show it
    POSSIBLE = "possible"  # Cursor's settings cannot tell
    RULED_OUT = "ruled_out"  # Cursor's settings rule it out


@dataclass(frozen=True)
class Cause:
    """A reason Cursor's requests might not have been sent, and what its settings say about it."""

    id: str
    state: CauseState
    message: str
    fix: str = ""
    by_apply: bool = False  # Apply to Cursor is the fix (said once when several causes share it)

    def to_json(self) -> dict[str, str]:
        return {"id": self.id, "state": str(self.state), "message": self.message, "fix": self.fix}


@dataclass(frozen=True)
class TrafficVerdict:
    verdict: Verdict
    status: FindingStatus
    message: str
    fix: str = ""
    problem: Problem | None = None
    cursor_requests: int = 0
    succeeded: int = 0
    failed: int = 0
    first_at: datetime | None = None
    last_at: datetime | None = None
    ours_seen: int = 0  # this tool's own requests in the same log: proof the log works for the key
    causes: tuple[Cause, ...] = ()
    key: KeyInfo | None = None
    health: ModelHealth | None = None
    log_complete: bool | None = True  # False: only the newest pages were read; None: none could be

    def account_messages(self) -> list[str]:
        """What the service said of the key (its limit, its scopes) and of the model's health now,
        one sentence each, for people."""
        said = [self.key.message if self.key else "", self.health.message if self.health else ""]
        return [text for text in said if text]

    def to_json(self) -> dict[str, Any]:
        return {
            "verdict": str(self.verdict),
            "status": str(self.status),
            "message": self.message,
            "fix": self.fix,
            "problem": problems.problem_json(self.problem),
            "cursor_requests": self.cursor_requests,
            "succeeded": self.succeeded,
            "failed": self.failed,
            "first_at": self.first_at.isoformat() if self.first_at else None,
            "last_at": self.last_at.isoformat() if self.last_at else None,
            "ours_seen": self.ours_seen,
            "causes": [c.to_json() for c in self.causes],
            "key": self.key.to_json() if self.key else None,
            "health": self.health.to_json() if self.health else None,
            "log_complete": self.log_complete,
        }


def cursor_rows(
    rows: Iterable[LogRow], deployment: str, since: datetime, names: Iterable[str] = ()
) -> list[LogRow]:
    """Cursor's rows: sent through the API (not the playground), for this deployment, in the
    period, without this tool's client id. Newest first. ``names``: other names the deployment's
    rows may carry (the service logs a request under the model's id even when an alias was used)."""
    wanted = {deployment.strip().lower(), *(n.strip().lower() for n in names if n.strip())}
    found = [
        r
        for r in rows
        if not r.ours
        and r.origin.lower() != "playground"
        and (not r.model or r.model.lower() in wanted)
        and (r.created is None or r.created >= since)
    ]
    oldest = datetime.min.replace(tzinfo=UTC)
    return sorted(found, key=lambda r: r.created or oldest, reverse=True)


def _ago(moment: datetime, now: datetime) -> str:
    minutes = int((now - moment).total_seconds() // 60)
    if minutes < 1:
        return Text("{time:%H:%M} UTC (just now)", time=moment)
    if minutes == 1:
        return Text("{time:%H:%M} UTC (1 minute ago)", time=moment)
    if minutes < 120:
        return Text("{time:%H:%M} UTC ({minutes} minutes ago)", time=moment, minutes=minutes)
    return f"{moment:%Y-%m-%d %H:%M} UTC"


def account_problem(key: KeyInfo | None, balance_usd: float | None) -> Problem | None:
    """Why the service refuses this key's requests whatever Cursor sends (disabled, over its
    spending limit, out of credits, no chat scope), from ``/v1/key`` and the balance; or None."""
    if key is not None and key.disabled:
        return Problem(
            ProblemCode.INVALID_KEY,
            Text("The key Cursor uses is disabled at the service."),
            Text(
                "Create a new key at {keys}, check it here, and paste it into API Key in Cursor.",
                keys=KEYS_PAGE_URL,
            ),
            "key disabled (/v1/key)",
        )
    if key is not None and key.limit_reached:
        return Problem(
            ProblemCode.SPENDING_LIMIT,
            Text("The key has reached its spending limit for this month."),
            Text(
                "Raise the key's spending limit at {keys} or top up at {billing}, then try Cursor again.",
                keys=KEYS_PAGE_URL,
                billing=BILLING_PAGE_URL,
            ),
            "monthly usage at or over the key's limit (/v1/key)",
        )
    if balance_usd is not None and balance_usd <= 0:
        return Problem(
            ProblemCode.NO_CREDITS,
            Text("The account has run out of credits."),
            Text("Top up the credits at {billing}, then try Cursor again.", billing=BILLING_PAGE_URL),
            "balance at or below zero (/v2/billing)",
        )
    if key is not None and key.allows_chat is False:
        return Problem(
            ProblemCode.INVALID_KEY,
            Text("The key is not allowed to chat with models (its scopes leave chat out)."),
            Text("Give the key the chat scope at {keys}, or create a new key.", keys=KEYS_PAGE_URL),
            "scopes without model:chat (/v1/key)",
        )
    return None


def _failure_problem(
    row: LogRow, target: Target, account: Problem | None, health: ModelHealth | None
) -> Problem:
    if row.http_status is not None and row.http_status >= 400:
        body = json.dumps({"message": row.error}).encode() if row.error else b""
        return problem_from_response(
            row.http_status,
            {"content-type": "application/json"} if body else {},
            body,
            deployment=target.deployment,
            base_url=target.base_url,
            what=Text("Cursor's request"),
        )
    if account is not None:
        return account
    fix = Text("Run the checks here: they send the same kinds of request as Cursor and say why one fails.")
    if health is not None and health.recent_success is False:
        # A quiet model is no proof of trouble: said as a possibility, never as "not your setup".
        return Problem(
            ProblemCode.CURSOR_REQUESTS_FAILED,
            Text(
                "The log does not say why; the service has seen no successful request to {deployment} "
                "in the last minutes either, so the model itself may be having trouble.",
                deployment=target.deployment,
            ),
            fix,
            f"latest Cursor request failed ({row.status}); model absent from /models/metrics",
        )
    return Problem(
        ProblemCode.CURSOR_REQUESTS_FAILED,
        Text("The log does not say why."),
        fix,
        f"latest Cursor request failed ({row.status})",
    )


def _none_arrived_causes(settings: CursorSettings | None, target: Target) -> list[Cause]:
    readable = settings is not None and settings.readable
    findings = {f.id: f for f in diagnose(settings, target)} if readable and settings else {}

    def by_finding(
        cause_id: str, finding_ids: tuple[str, ...], words: tuple[str, str, str], fix: str
    ) -> Cause:
        likely, possible, ruled_out = words
        statuses = [findings[i].status for i in finding_ids] if findings else [FindingStatus.UNKNOWN]
        by_apply = cause_id == "settings_differ"
        if FindingStatus.FAIL in statuses:
            return Cause(cause_id, CauseState.LIKELY, likely, fix, by_apply)
        if FindingStatus.UNKNOWN in statuses:
            return Cause(cause_id, CauseState.POSSIBLE, possible, fix, by_apply)
        return Cause(cause_id, CauseState.RULED_OUT, ruled_out)

    causes = [
        by_finding(
            "azure_switch",
            ("azure_switch",),
            (
                Text("The Azure OpenAI switch is off, so Cursor does not use the Azure section."),
                Text("The Azure OpenAI switch may be off."),
                Text("The Azure OpenAI switch is on."),
            ),
            Text("In Cursor Settings -> Models, press Verify in the Azure OpenAI section and switch it on."),
        ),
        by_finding(
            "settings_differ",
            ("base_url", "deployment"),
            (
                Text(
                    "Cursor's Base URL or Deployment Name differ from the ones checked here, so its "
                    "requests go elsewhere or to another model."
                ),
                Text("Cursor's Base URL or Deployment Name may differ from the ones checked here."),
                Text("Cursor's Base URL and Deployment Name are the ones checked here."),
            ),
            Text("Press Apply to Cursor (with Cursor closed)."),
        ),
        by_finding(
            "openai_override",
            ("openai_override",),
            (
                Text("The Override OpenAI Base URL route is on and may take Cursor's requests."),
                Text("The Override OpenAI Base URL route may be on."),
                Text("The Override OpenAI Base URL route is off."),
            ),
            Text("In Cursor Settings -> Models, switch off the OpenAI API Key."),
        ),
    ]
    alias = target.alias
    chosen = settings.chosen_models if readable and settings else None
    on = settings.switched_on(alias) if readable and settings else None
    if on is False:
        causes.append(
            Cause(
                "alias_not_selected",
                CauseState.LIKELY,
                Text(
                    "{alias} is not switched on in Cursor, so it cannot be picked in the chat.", alias=alias
                ),
                Text("Press Apply to Cursor, then pick it in the chat."),
                True,
            )
        )
    elif chosen and alias in chosen.values():
        modes = ", ".join(m for m, name in chosen.items() if name == alias)
        causes.append(
            Cause(
                "alias_not_selected",
                CauseState.RULED_OUT,
                Text("{alias} is the model chosen in Cursor ({modes}).", alias=alias, modes=modes),
            )
        )
    else:
        state = CauseState.LIKELY if chosen else CauseState.POSSIBLE
        causes.append(
            Cause(
                "alias_not_selected",
                state,
                Text("{alias} may not be the model picked in Cursor's chat.", alias=alias),
                Text(
                    "In Cursor's chat, pick {alias} in the model menu under the message box, then send a "
                    "message.",
                    alias=alias,
                ),
            )
        )
    key_set = settings.key_set if readable and settings else None
    if key_set is False:
        causes.append(
            Cause(
                "other_key",
                CauseState.LIKELY,
                Text("Cursor has no API Key in its Azure OpenAI section."),
                Text("Paste your key into API Key in Cursor (Copy button here)."),
            )
        )
    else:
        causes.append(
            Cause(
                "other_key",
                CauseState.POSSIBLE,
                Text(
                    "Cursor may use another key than the one here (the log shows each key's own requests "
                    "only)."
                ),
                Text("Paste the key from here into API Key in Cursor again."),
            )
        )
    causes.append(
        Cause(
            "plan_limits",
            CauseState.POSSIBLE,
            Text("Cursor's own plan or limits may have stopped the request before it left Cursor."),
            Text("Check Cursor's account page (cursor.com/settings) for plan limits."),
        )
    )
    return causes


def traffic_verdict(
    rows: Iterable[LogRow],
    target: Target,
    since: datetime,
    *,
    now: datetime | None = None,
    settings: CursorSettings | None = None,
    key: KeyInfo | None = None,
    health: ModelHealth | None = None,
    logs_problem: Problem | None = None,
    names: Iterable[str] = (),
    log_complete: bool = True,
    balance_usd: float | None = None,
) -> TrafficVerdict:
    """Did Cursor's requests for ``target.deployment`` arrive since ``since``, and did they succeed?

    ``settings`` (Cursor's, as read) says which reasons for silence can be ruled out; ``key`` and
    ``health`` help explain failures. ``logs_problem``: the log could not be read. ``names``: other
    names the deployment's rows may carry (its catalog id, its aliases). ``log_complete``: False
    when only the newest pages of the log were read. ``balance_usd``: the account's balance, when
    it could be read: with ``key``, it says first whether the service refuses the key's requests."""
    now = now or datetime.now(UTC)
    if logs_problem is not None:
        return TrafficVerdict(
            Verdict.UNKNOWN,
            FindingStatus.UNKNOWN,
            Text("Could not read the service's request log: {reason}", reason=logs_problem.message),
            logs_problem.fix,
            logs_problem,
            key=key,
            health=health,
            log_complete=None,
        )
    rows = list(rows)
    ours = sum(1 for r in rows if r.ours)
    cursor = cursor_rows(rows, target.deployment, since, names)
    dated = [r.created for r in cursor if r.created is not None]
    succeeded = sum(1 for r in cursor if r.succeeded)
    # What the log showed, whatever the verdict: each verdict below adds its words to it.
    facts = TrafficVerdict(
        Verdict.UNKNOWN,
        FindingStatus.UNKNOWN,
        "",
        cursor_requests=len(cursor),
        succeeded=succeeded,
        failed=len(cursor) - succeeded,
        first_at=min(dated) if dated else None,
        last_at=max(dated) if dated else None,
        ours_seen=ours,
        key=key,
        health=health,
        log_complete=log_complete,
    )
    period = _period_words(now - since)
    account = account_problem(key, balance_usd)
    if not cursor:
        causes = _none_arrived_causes(settings, target)
        if account is not None:
            causes.insert(0, Cause("account", CauseState.LIKELY, account.message, account.fix))
        likely = [c for c in causes if c.state is CauseState.LIKELY]
        fix = (
            _fixes_once(likely)
            if likely
            else Text(
                "Send one message in Cursor's chat with {alias} picked, wait a minute, then check again.",
                alias=target.alias,
            )
        )
        if account is not None:
            message = Text(
                "No request from Cursor for {deployment} reached the service in {period}. {account} The "
                "service refuses the key's requests then, and refused requests may not show in its log.",
                deployment=target.deployment,
                period=period,
                account=account.message,
            )
        else:
            message = Text(
                "No request from Cursor for {deployment} reached the service in {period}, so Cursor did not "
                "send it.",
                deployment=target.deployment,
                period=period,
            )
        problem = Problem(
            account.code if account is not None else ProblemCode.CURSOR_NO_TRAFFIC,
            message,
            fix,
            f"{len(rows)} log rows, {ours} of them this tool's"
            + ("" if log_complete else "; only the newest pages were read"),
        )
        return replace(
            facts,
            verdict=Verdict.NONE_ARRIVED,
            status=FindingStatus.FAIL,
            message=problem.message,
            fix=fix,
            problem=problem,
            causes=tuple(causes),
        )
    latest = cursor[0]
    when = Text(", the latest at {when}", when=_ago(latest.created, now)) if latest.created else ""
    if latest.succeeded:
        earlier = Text(" ({count} failed before it)", count=facts.failed) if facts.failed else ""
        return replace(
            facts,
            verdict=Verdict.ARRIVED_OK,
            status=FindingStatus.PASS,
            message=Text(
                "Cursor's requests arrive and succeed: {count} in {period}{when}{earlier}.",
                count=facts.succeeded,
                period=period,
                when=when,
                earlier=earlier,
            ),
        )
    problem = _failure_problem(latest, target, account, health)
    return replace(
        facts,
        verdict=Verdict.ARRIVED_FAILING,
        status=FindingStatus.FAIL,
        message=Text(
            "Cursor's requests arrive but fail: {failed} of {total} in {period}{when}. {problem}",
            failed=facts.failed,
            total=len(cursor),
            period=period,
            when=when,
            problem=problem.message,
        ),
        fix=problem.fix,
        problem=problem,
    )


def _fixes_once(causes: list[Cause]) -> str:
    """The likely causes' fixes in one text, in the causes' order (the likeliest first), Apply to
    Cursor named once for all it fixes, where the first of them stands."""
    by_apply = [c for c in causes if c.by_apply]
    fixes: list[str] = []
    for cause in causes:
        if not cause.by_apply:
            fixes.append(cause.fix)
        elif cause is by_apply[0]:
            fixes.append(
                cause.fix
                if len(by_apply) == 1
                else Text("Press Apply to Cursor (with Cursor closed), then pick the model in the chat.")
            )
    return join_texts(fixes, " ")


def _period_words(length: timedelta) -> str:
    """ "the last 30 minutes", "the last hour": what follows "in" in a verdict."""
    minutes = round(length.total_seconds() / 60)
    if minutes == 1:
        return Text("the last 1 minute")
    if minutes < 60:
        return Text("the last {minutes} minutes", minutes=minutes)
    hours = round(minutes / 60)
    if hours <= 1:
        return Text("the last hour")
    if hours % 24 == 0:
        days = hours // 24
        return Text("the last day") if days == 1 else Text("the last {days} days", days=days)
    return Text("the last {hours} hours", hours=hours)
