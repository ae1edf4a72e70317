"""Words and documents for people: the steps in Cursor, troubleshooting, the team page, curl.

The window and the Markdown export share these strings, so the instructions are written once; the
steps are ``Text`` (the window shows them translated), the team page itself is English.
Nothing here ever sees the API key: every function takes only the public settings
(``Settings.public()``), and the team page says where to get a key instead.
"""

from __future__ import annotations

import json
import shlex
from collections.abc import Mapping
from datetime import datetime
from pathlib import Path

from app.core.cursor_wire import CURSOR_VERIFY_BODY, VERIFY_API_VERSION, chat_path
from app.core.model import (
    CHECK_IDS,
    CHECK_TITLES,
    DEFAULT_BASE_URL,
    DEFAULT_DEPLOYMENT,
    KEYS_PAGE_URL,
    Report,
    Status,
)
from app.core.text import Text

KEY_ENV_VAR = "AIMLAPI_API_KEY"

_STATUS_WORDS = {
    Status.PASS: "Passed",
    Status.WARN: "Passed with a warning",
    Status.FAIL: "Failed",
    Status.SKIPPED: "Skipped",
}
# Never copied from the settings into a document, whatever a caller passes.
_SECRET_FIELDS = frozenset({"api_key", "key", "apikey", "api-key", "token", "password"})


def cursor_steps() -> list[str]:
    """The steps in Cursor, for someone who has never opened its settings."""
    return [
        Text("Open Cursor, then open Cursor Settings: press Ctrl+Shift+J (Cmd+Shift+J on a Mac)."),
        Text("Click Models in the list on the left."),
        Text("Find the Azure OpenAI section (not the OpenAI API Key one) and turn its switch on."),
        Text("Paste the Base URL, the Deployment Name and your API Key into the fields with the same names."),
        Text("Press Verify (some versions of Cursor say Save). Wait until Cursor accepts it."),
        Text("Still under Models, add a custom model: type the Model alias exactly as shown and add it."),
        Text("Turn on only that custom model, then choose it in the chat's model menu."),
    ]


def troubleshooting_steps() -> list[str]:
    """What fixes Cursor when Verify or the chat still fails after the values are in."""
    return [
        Text("Turn the Azure OpenAI switch off and on again, then press Verify again."),
        Text("Changing any of the three fields turns Azure off: press Verify again after every change."),
        Text("Restart Cursor: quit it completely, then open it again."),
        Text(
            "Keep only the one custom model turned on. The Deployment Name decides which model answers, "
            "whatever the custom model is called."
        ),
        Text(
            'If Cursor says the model "is already available", pick a different Model alias: '
            "Cursor does not accept the names of its own models."
        ),
        Text(
            "Models whose names start with o1, o3 or o4 fail Cursor's Verify even with a good key: "
            "choose another deployment."
        ),
        Text("Run the checks in this app again: they say exactly what is wrong and how to fix it."),
    ]


def _public(settings_public: Mapping[str, object]) -> tuple[str, str, str]:
    base = str(settings_public.get("base_url") or DEFAULT_BASE_URL).rstrip("/")
    deployment = str(settings_public.get("deployment") or DEFAULT_DEPLOYMENT)
    alias = str(settings_public.get("alias") or "")
    return base, deployment, alias


def verify_url(base_url: str, deployment: str) -> str:
    """The URL Cursor's Verify posts to; the deployment keeps its raw slash, as Cursor sends it."""
    return f"{base_url.rstrip('/')}{chat_path(deployment)}?api-version={VERIFY_API_VERSION}"


def curl_command(settings_public: Mapping[str, object]) -> str:
    """The smoke test equal to Cursor's Verify, with the key read from ``$AIMLAPI_API_KEY``.

    Prints the answer and then ``HTTP 200`` when Cursor's Verify would succeed. POSIX shell
    (macOS, Linux, Git Bash or WSL on Windows).
    """
    base, deployment, _alias = _public(settings_public)
    body = json.dumps(CURSOR_VERIFY_BODY)
    return (
        f"curl -sS -X POST {shlex.quote(verify_url(base, deployment))} \\\n"
        '  -H "Content-Type: application/json" \\\n'
        f'  -H "api-key: ${KEY_ENV_VAR}" \\\n'
        f"  -d {shlex.quote(body)} \\\n"
        "  -w '\\nHTTP %{http_code}\\n'"
    )


def _cell(text: object) -> str:
    """Text safe inside a Markdown table cell."""
    return " ".join(str(text).split()).replace("|", "\\|")


def _code(text: str) -> str:
    """Inline code that survives backticks in the value."""
    fence = "``" if "`" in text else "`"
    pad = " " if "`" in text else ""
    return f"{fence}{pad}{text}{pad}{fence}"


def _format_when(checked_at: datetime) -> str:
    if checked_at.tzinfo is not None:
        name = checked_at.tzname() or checked_at.strftime("%z")
        return f"{checked_at:%Y-%m-%d %H:%M} {name}"
    return f"{checked_at:%Y-%m-%d %H:%M}"


def _check_rows(report: Report) -> list[str]:
    order = {cid: i for i, cid in enumerate(CHECK_IDS)}
    rows = [
        "| Check | Result | Time | Details |",
        "|---|---|---|---|",
    ]
    for result in sorted(report.checks, key=lambda c: order.get(c.id, len(order))):
        details = result.message
        if result.fix and result.status in (Status.FAIL, Status.WARN):
            details = f"{details} Fix: {result.fix}"
        rows.append(
            f"| {_cell(CHECK_TITLES.get(result.id, result.id))} "
            f"| {_cell(_STATUS_WORDS.get(result.status, str(result.status)))} "
            f"| {result.duration_ms} ms | {_cell(details)} |"
        )
    return rows


def team_markdown(settings_public: Mapping[str, object], report: Report | None, checked_at: datetime) -> str:
    """A page for the team's internal docs: the values, the steps, troubleshooting, the results.

    Never contains the key, even if ``settings_public`` carries one by mistake.
    """
    public = {k: v for k, v in settings_public.items() if str(k).lower() not in _SECRET_FIELDS}
    base, deployment, alias = _public(public)
    org = str(public.get("org_name") or "").strip()
    help_url = str(public.get("help_url") or "").strip()
    when = _format_when(checked_at)

    title = "Cursor with AI/ML API"
    lines = [f"# {title}" + (f" ({org})" if org else ""), ""]
    if report is None:
        lines.append(f"Written on {when}; the settings were not checked.")
    else:
        warned = sum(1 for c in report.checks if c.status is Status.WARN)
        if not report.ok:
            outcome = "some checks failed (see below)"
        elif warned:
            outcome = f"all checks passed, {warned} with a warning (see below)"
        else:
            outcome = "all checks passed"
        lines.append(f"Checked on {when}: {outcome}.")
    lines += [
        "",
        "## Values for Cursor",
        "",
        "| Cursor field | Value |",
        "|---|---|",
        f"| Base URL | {_code(base)} |",
        f"| Deployment Name | {_code(deployment)} |",
        f"| API Key | Your own key, from {KEYS_PAGE_URL} (never share it or paste it into documents) |",
    ]
    if alias:
        lines.append(f"| Custom model name (Model alias) | {_code(alias)} |")
    lines += ["", "## Steps in Cursor", ""]
    lines += [f"{i}. {step}" for i, step in enumerate(cursor_steps(), start=1)]
    lines += ["", "## If it does not work", ""]
    lines += [f"- {step}" for step in troubleshooting_steps()]
    if help_url:
        lines.append(f"- Still stuck? See {help_url}")
    lines += ["", "## Check results", ""]
    if report is None:
        lines.append("Not checked yet: run the checks in Cursor Azure Setup to fill in this part.")
    else:
        lines += _check_rows(report)
        lines += ["", f"The checks took {report.duration_ms} ms in total."]
    lines += [
        "",
        "## Smoke test from a terminal",
        "",
        f"Sends the same request as Cursor's Verify. Put your key in the {KEY_ENV_VAR} environment "
        "variable first (the first line asks for it without showing it or saving it in the shell "
        "history); the answer should end with `HTTP 200`.",
        "",
        "```bash",
        f"read -rsp 'AI/ML API key: ' {KEY_ENV_VAR} && export {KEY_ENV_VAR} && echo",
        curl_command(public),
        "```",
        "",
    ]
    return "\n".join(lines)


def write_team_page(path: Path | str, text: str) -> Path:
    """Save the team page (``team_markdown``) at ``path``: scrubbed, atomically, and only to a new
    name or a regular file, never over a device or a pipe. Raises ``OSError`` with the reason."""
    from app.core.files import write_text_file

    return write_text_file(path, text)
