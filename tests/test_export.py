"""The team page, the curl smoke test and the steps in Cursor: right values, never the key."""

from __future__ import annotations

import json
import os
import shlex
import shutil
import subprocess
from datetime import UTC, datetime

import pytest

from app.core.export import (
    CURSOR_VERIFY_BODY,
    curl_command,
    cursor_steps,
    team_markdown,
    troubleshooting_steps,
)
from app.core.model import KEYS_PAGE_URL, CheckResult, ProblemCode, Report, Status
from tests.conftest import TEST_KEY
from tests.odd_targets import null_device

PUBLIC = {
    "base_url": "https://api.aimlapi.com",
    "deployment": "google/gemini-2.5-pro",
    "alias": "aimlapi-gemini-2.5-pro",
}
CHECKED_AT = datetime(2026, 11, 27, 10, 15, tzinfo=UTC)


def a_report() -> Report:
    return Report(
        settings=dict(PUBLIC),
        checks=[
            CheckResult("reachability", Status.PASS, "The service answered.", duration_ms=41),
            CheckResult(
                "account",
                Status.WARN,
                "Your balance is low: $0.40 | about 800,000 credits.",
                fix="Top up on the billing page.",
                data={"balance_usd": 0.4},
                duration_ms=88,
            ),
            CheckResult("cursor_verify", Status.PASS, "Cursor's Verify request passed.", duration_ms=210),
            CheckResult("chat", Status.PASS, "The model answered.", duration_ms=300),
            CheckResult("streaming", Status.PASS, "Streamed\nanswer.", duration_ms=320),
            CheckResult(
                "tool_calling",
                Status.WARN,
                "The model answered without calling the tool.",
                fix="Cursor's agent needs tools: pick another model.",
                problem=ProblemCode.NO_TOOL_CALL,
                duration_ms=400,
            ),
        ],
        duration_ms=420,
    )


def shell_words(command: str) -> list[str]:
    return shlex.split(command.replace("\\\n", " "))


# --------------------------------------------------------------------------------------------- team page


def test_team_page_has_the_values_steps_troubleshooting_results_and_date() -> None:
    page = team_markdown(PUBLIC, a_report(), CHECKED_AT)
    for value in PUBLIC.values():
        assert f"`{value}`" in page
    for step in cursor_steps() + troubleshooting_steps():
        assert step in page
    assert "2026-11-27 10:15 UTC" in page
    assert "Cursor's Verify request" in page and "Passed with a warning" in page
    assert "Fix: Cursor's agent needs tools" in page
    assert "420 ms" in page
    assert "all checks passed, 2 with a warning" in page


def test_team_page_never_has_the_key_and_says_where_to_get_one() -> None:
    leaky = dict(PUBLIC, api_key=TEST_KEY, key=TEST_KEY)
    page = team_markdown(leaky, a_report(), CHECKED_AT)
    assert TEST_KEY not in page
    assert KEYS_PAGE_URL in page
    assert "$AIMLAPI_API_KEY" in page


def test_team_page_tables_survive_pipes_and_line_breaks_in_messages() -> None:
    page = team_markdown(PUBLIC, a_report(), CHECKED_AT)
    row = next(line for line in page.splitlines() if line.startswith("| Your key and credits"))
    assert row.count(" | ") == 3 and "\\|" in row
    assert "| Answers word by word | Passed | 320 ms | Streamed answer. |" in page


def test_team_page_before_any_check() -> None:
    page = team_markdown(PUBLIC, None, datetime(2026, 1, 2, 3, 4))
    assert "not checked" in page.lower()
    assert "2026-01-02 03:04" in page
    assert "| Check |" not in page


def test_team_page_names_the_organisation_and_its_help_link() -> None:
    page = team_markdown(
        dict(PUBLIC, org_name="Acme IT", help_url="https://intranet.example/cursor"), None, CHECKED_AT
    )
    assert page.startswith("# Cursor with AI/ML API (Acme IT)")
    assert "https://intranet.example/cursor" in page


def test_team_page_includes_the_curl_command() -> None:
    assert curl_command(PUBLIC) in team_markdown(PUBLIC, a_report(), CHECKED_AT)


# --------------------------------------------------------------------------------------------- curl


def test_curl_command_is_cursors_verify_request() -> None:
    command = curl_command(PUBLIC)
    assert TEST_KEY not in command
    words = shell_words(command)
    assert words[:4] == ["curl", "-sS", "-X", "POST"]
    assert words[4] == (
        "https://api.aimlapi.com/openai/deployments/google/gemini-2.5-pro/chat/completions"
        "?api-version=2023-03-15-preview"
    )
    assert "api-key: $AIMLAPI_API_KEY" in words
    assert "Content-Type: application/json" in words
    body = json.loads(words[words.index("-d") + 1])
    assert body == CURSOR_VERIFY_BODY
    assert body["max_tokens"] == 10 and body["stream"] is False


def test_curl_command_quotes_odd_base_urls_safely() -> None:
    command = curl_command(dict(PUBLIC, base_url="https://gw.example/a$b'c"))
    assert shell_words(command)[4].startswith("https://gw.example/a$b'c/openai/deployments/")


needs_curl = pytest.mark.skipif(shutil.which("curl") is None, reason="curl is not installed")


def run_curl(command: str, key: str) -> str:
    env = dict(os.environ, AIMLAPI_API_KEY=key)
    done = subprocess.run(
        ["bash", "-c", command], env=env, capture_output=True, text=True, timeout=30, check=False
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


@needs_curl
def test_curl_command_runs_and_gets_http_200_from_the_simulator(simulator) -> None:
    command = curl_command(dict(PUBLIC, base_url=simulator.url))
    out = run_curl(command, TEST_KEY)
    assert out.rstrip().endswith("HTTP 200")
    answer = json.loads(out.rsplit("HTTP", 1)[0])
    assert answer["choices"][0]["message"]["role"] == "assistant"

    request = simulator.requests[-1]
    assert request.path == "/openai/deployments/google/gemini-2.5-pro/chat/completions"  # raw slash
    assert request.query["api-version"] == "2023-03-15-preview"
    assert request.headers["api-key"] == TEST_KEY
    assert request.json() == CURSOR_VERIFY_BODY


@needs_curl
def test_curl_command_really_uses_the_key_from_the_environment(simulator) -> None:
    out = run_curl(curl_command(dict(PUBLIC, base_url=simulator.url)), "not-the-right-key-000000")
    assert out.rstrip().endswith("HTTP 401")


# --------------------------------------------------------------------------------------------- steps


def test_cursor_steps_for_a_non_technical_reader() -> None:
    text = "\n".join(cursor_steps())
    for words in (
        "Ctrl+Shift+J",
        "Cmd+Shift+J on a Mac",
        "Models",
        "Azure OpenAI",
        "not the OpenAI",
        "Base URL",
        "Deployment Name",
        "API Key",
        "Verify",
        "custom model",
        "only that custom model",
    ):
        assert words in text
    assert (
        text.index("Ctrl+Shift+J") < text.index("Azure") < text.index("Verify") < text.index("custom model")
    )
    assert not any(word in text.lower() for word in ("sse", "http", "endpoint", "json"))


def test_troubleshooting_steps() -> None:
    text = "\n".join(troubleshooting_steps())
    for words in ("off and on", "Verify", "Restart Cursor", "only the one custom model"):
        assert words in text


@needs_curl
def test_the_team_pages_terminal_block_works_as_written(simulator) -> None:
    page = team_markdown(dict(PUBLIC, base_url=simulator.url), None, CHECKED_AT)
    block = page.split("```bash\n", 1)[1].split("```", 1)[0]
    env = {k: v for k, v in os.environ.items() if k != "AIMLAPI_API_KEY"}
    done = subprocess.run(
        ["bash", "-c", block],
        input=TEST_KEY + "\n",
        env=env,
        capture_output=True,
        text=True,
        timeout=30,
        check=False,
    )
    assert done.stdout.rstrip().endswith("HTTP 200"), done.stderr
    assert TEST_KEY not in done.stdout + done.stderr


@pytest.mark.parametrize("kind", ["fifo", "link-to-fifo", "link-to-device"])
def test_the_team_page_is_never_written_over_a_pipe_or_a_device(tmp_path, kind: str) -> None:
    """What the window's "Save a page for your team" does: a pipe would hang the window if opened,
    a device would be replaced by a file; both are refused with the reason, and left as they were."""
    import stat

    from app.core.export import write_team_page

    target = tmp_path / "team.md"
    if kind == "fifo":
        os.mkfifo(target)
    elif kind == "link-to-fifo":
        os.mkfifo(tmp_path / "pipe")
        target.symlink_to(tmp_path / "pipe")
    else:
        target.symlink_to(null_device(tmp_path))
    before = target.lstat().st_mode
    with pytest.raises(OSError) as info:
        write_team_page(target, team_markdown(PUBLIC, None, datetime.now(UTC)))
    assert "not a regular file" in str(info.value.strerror)
    assert target.lstat().st_mode == before and stat.S_IFMT(before) != stat.S_IFREG
    written = write_team_page(tmp_path / "new.md", team_markdown(PUBLIC, None, datetime.now(UTC)))
    assert written.read_text(encoding="utf-8").startswith("#")
