"""The ``cursor`` command's words for people: status, the changes of an apply, a restore and the
traffic verdict, as lines of text. Core's messages are written for the window ("press Apply to
Cursor", "the Copy button here"); here they name the command to run instead."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from app.cli.common import PROG

if TYPE_CHECKING:
    from app.core.cursor import ApplyResult, CursorStatus, Finding, RestoreResult, Target, TrafficVerdict

APPLY_COMMAND = f"`{PROG} cursor apply`"
_SYMBOL = {"pass": "✔", "warn": "!", "fail": "✘", "unknown": "?"}
_CAUSE_WORD = {"likely": "LIKELY", "possible": "POSSIBLE", "ruled_out": "RULED OUT"}


# Window words -> command-line words, in this order.
_WINDOW_WORDS = (
    (
        "Fix the value here and check it again before applying it to Cursor.",
        f"Fix the value (--base-url, --deployment, --alias) and check it with `{PROG} verify` first.",
    ),
    ("Press Apply to Cursor", f"Run {APPLY_COMMAND}"),
    ("press Apply to Cursor", f"run {APPLY_COMMAND}"),
    ("Press Apply again", f"Run {APPLY_COMMAND} again"),
    ("compare again (Cursor's settings, here)", f"compare again (`{PROG} cursor status`)"),
    ("raise the time limit", "raise the time limit (--timeout)"),
    ("with the Copy button here", ""),
    (" (Copy button here)", ""),
    ("  ", " "),
)


# Apply refuses an address on this computer: fixes then name only what is done by hand.
_APPLY_WORDS = (("Press Apply to Cursor, or ", ""), (", then press Apply to Cursor.", "."))


def for_the_command_line(text: str, *, apply_possible: bool = True) -> str:
    """A message written for the window, in the command line's words. ``apply_possible``: False
    when ``cursor apply`` would refuse the values compared with (an address on this computer)."""
    if not apply_possible:
        for window, by_hand in _APPLY_WORDS:
            if window in text:
                text = text.replace(window, by_hand)
                text = text[:1].upper() + text[1:]
    for window, command_line in _WINDOW_WORDS:
        text = text.replace(window, command_line)
    return text


def apply_possible(target: Target | None) -> bool:
    """Whether ``cursor apply`` would write these values (it refuses an address on this computer)."""
    from app.core.config import is_loopback_url

    return target is None or not is_loopback_url(target.base_url)


NOT_APPLICABLE = (
    "An address on this computer cannot be applied to Cursor: Cursor sends its requests from its "
    "own servers, which cannot reach it."
)


def shown(value: Any, *, on: str = "on", off: str = "off") -> str:
    """A setting read from Cursor, for people: unknown, on/off, lists, empty text."""
    if value is None:
        return "unknown"
    if isinstance(value, bool):
        return on if value else off
    if isinstance(value, list | tuple):
        return ", ".join(str(v) for v in value) if value else "(none)"
    return str(value) if str(value) else "(empty)"


def _finding_lines(findings: Sequence[Finding], applicable: bool = True) -> list[str]:
    lines = []
    for f in findings:
        status = str(f.status)
        lines.append(f"{_SYMBOL.get(status, '?')} {status.upper():<7}  {f.title}")
        lines.append(f"        {f.message}")
        if f.fix and status != "pass":
            lines.append(f"        Fix: {for_the_command_line(f.fix, apply_possible=applicable)}")
    return lines


def status_lines(status: CursorStatus) -> list[str]:
    install, settings = status.install, status.settings
    version = f"Cursor {install.version}" if install.version else "Cursor (version unknown)"
    if install.app_dir is not None:
        where = f"{version}, installed in {install.app_dir}"
    elif install.found:
        where = "Cursor's program was not found here, but its settings are"
    else:
        where = "Cursor was not found on this computer"
    running = {True: "running", False: "not running", None: "running or not: unknown"}[install.running]
    lines = [f"{where} ({running})."]
    if install.has_data:
        lines.append(f"Settings folder: {install.data_dir}")
    if settings.readable:
        lines += [
            "",
            "Cursor has (Settings -> Models):",
            f"  Base URL          {shown(settings.base_url)}",
            f"  Deployment Name   {shown(settings.deployment)}",
            f"  Azure OpenAI      {shown(settings.azure_enabled)}",
            f"  API Key           {shown(settings.key_set, on='set', off='not set')}",
            f"  OpenAI override   {shown(settings.openai_override)}",
            f"  Custom models     {shown(settings.custom_models)}",
            f"  Switched on       {shown(settings.enabled_models)}",
        ]
    elif settings.problem is not None and install.found:
        lines += ["", settings.problem.message]
    target = status.target
    if target is None or not install.found:
        return lines
    lines += [
        "",
        f"Compared with: Base URL {target.base_url}, Deployment Name {target.deployment}, "
        f"custom model {target.alias}",
        *_finding_lines(status.findings, apply_possible(target)),
        "",
    ]
    failing = [f for f in status.findings if str(f.status) == "fail"]
    undecided = status.undecided
    if not settings.readable:
        lines.append("Cursor's settings could not be compared.")
        return lines
    summary = []
    if failing:
        by_apply = [f.title for f in failing if f.fixed_by_apply]
        summary.append(f"{len(failing)} difference{'s' if len(failing) != 1 else ''} found.")
        if not apply_possible(target):
            summary.append(NOT_APPLICABLE)
        elif by_apply:
            summary.append(f"{APPLY_COMMAND} fixes: {', '.join(by_apply)}; the rest is done in Cursor.")
    if undecided:
        summary.append(
            f"Some of Cursor's settings could not be read ({', '.join(f.title for f in undecided)}): "
            "check them in Cursor Settings -> Models, or copy the values there by hand."
        )
    if not summary:
        warned = any(str(f.status) == "warn" for f in status.findings)
        summary.append("Cursor is set up as checked here" + (", with warnings." if warned else "."))
    lines.append(" ".join(summary))
    return lines


def _change(value: Any) -> str:
    return "(not set)" if value is None else shown(value)


def apply_lines(result: ApplyResult) -> list[str]:
    """A dry run (what would change), an apply done (what changed, the backup, what is left), or
    nothing was needed. Refusals are one line on stderr, said by the caller."""
    outcome = str(result.outcome)
    if outcome in ("refused", "failed"):
        return []
    lines: list[str] = []
    if outcome == "dry_run":
        lines.append("Apply would change (before -> after):")
        width = max(len(c.label) for c in result.changes)
        for c in result.changes:
            lines.append(f"  {c.label + ':':<{width + 1}} {_change(c.before)} -> {_change(c.after)}")
        lines += [f"Note: {note}" for note in result.notes]
        return lines
    if outcome == "applied":
        lines.append(f"Cursor's settings were changed: {', '.join(c.label for c in result.changes)}.")
        if result.backup is not None:
            lines.append(f"Backup (beside Cursor's settings): {result.backup.folder}")
            lines.append(f"To undo: `{PROG} cursor restore`")
    else:
        lines.append(result.message)
    lines += [f"Note: {note}" for note in result.notes]
    return lines + left_to_do(result.findings)


def left_to_do(findings: Sequence[Finding]) -> list[str]:
    """What is left to do in Cursor itself after an apply: paste the key, switch Azure on, ...
    (the key and the switch also when they could not be read: better said once too often)."""
    steps = []
    todo = [f for f in findings if str(f.status) != "pass"]
    paste = any(f.id == "api_key" for f in todo)
    todo.sort(key=lambda f: f.id != "api_key")  # the key first: the switch needs it
    for f in todo:
        if str(f.status) == "unknown" and f.id not in ("api_key", "azure_switch"):
            continue
        if f.id == "api_key":
            steps.append(
                "Paste your API key into API Key in Cursor Settings -> Models -> Azure OpenAI "
                "(this tool never writes the key into Cursor)."
            )
        elif f.id == "azure_switch" and paste:  # the step before says where the key goes
            steps.append("Then press Verify there, and make sure the switch is on.")
        elif f.fix:
            steps.append(for_the_command_line(f.fix))
    if not steps:
        return []
    return ["", "Left to do in Cursor:", *(f"  {n}. {step}" for n, step in enumerate(steps, 1))]


def restore_lines(result: RestoreResult) -> list[str]:
    lines = [result.message]
    if result.safety_backup is not None:
        lines.append(f"Your settings as they were just before are saved in {result.safety_backup.folder}")
    return lines


def traffic_lines(verdict: TrafficVerdict, deployment: str) -> list[str]:
    status = str(verdict.status)
    lines = [f"{_SYMBOL.get(status, '?')} {status.upper():<7}  Cursor's requests for {deployment}"]
    lines.append(f"        {verdict.message}")
    if verdict.fix:
        lines.append(f"        Fix: {for_the_command_line(verdict.fix)}")
    if verdict.causes:
        lines += ["", "Why they may not have arrived (from the account and Cursor's settings here):"]
        for cause in verdict.causes:
            lines.append(f"  {_CAUSE_WORD.get(str(cause.state), str(cause.state)):<10} {cause.message}")
    extra = []
    if verdict.ours_seen:
        n = verdict.ours_seen
        extra.append(
            f"The log also holds {n} request{'s' if n != 1 else ''} of this tool's own checks "
            "(not counted as Cursor's)."
        )
    if verdict.log_complete is False:
        extra.append("Only the newest pages of the request log were read.")
    extra += verdict.account_messages()
    return lines + (["", *extra] if extra else [])
