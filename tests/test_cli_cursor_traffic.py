"""``cursor traffic`` as a user runs it, against the simulator: Cursor's own requests arrived and
succeeded, arrived and failed, or none arrived, told apart in one log that also holds this tool's
own checks (whose rows must never count as Cursor's), other keys' rows and the playground's."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from app.core.cursor import Target
from tests.conftest import TEST_KEY
from tests.cursor_cli import cli, error_line
from tests.cursor_fixtures import TARGET, app_user_3x, applied_3x, fake_cursor

DEPLOYMENT = TARGET.deployment


def env_with_key(key: str | None = TEST_KEY) -> dict[str, str]:
    env = dict(os.environ)
    env.pop("AIMLAPI_API_KEY", None)
    if key is not None:
        env["AIMLAPI_API_KEY"] = key
    return env


def where(tmp_path: Path) -> list[str]:
    return ["--cursor-app", str(tmp_path / "cursor-app"), "--cursor-data", str(tmp_path / "Cursor" / "User")]


def traffic(tmp_path: Path, sim_url: str, *extra: str, key: str | None = TEST_KEY):
    return cli("cursor", "traffic", "--base-url", sim_url, *where(tmp_path), *extra, env=env_with_key(key))


def traffic_json(tmp_path: Path, sim_url: str, *extra: str) -> tuple[int, dict]:
    proc = traffic(tmp_path, sim_url, "--json", *extra)
    return proc.returncode, json.loads(proc.stdout)


def our_own_checks(sim_url: str) -> None:
    """The checks this tool runs: chat requests with our client id, in the same log."""
    proc = cli("verify", "--base-url", sim_url, env=env_with_key())
    assert proc.returncode == 0, proc.stderr


def test_none_arrived_while_our_own_checks_did(tmp_path: Path, simulator, sim_url: str) -> None:
    # Cursor set up with the values checked here (the simulator's address stands in for the service's).
    fake_cursor(tmp_path, applied_3x(Target(sim_url, DEPLOYMENT, TARGET.alias)))
    our_own_checks(sim_url)
    # Traffic that is not Cursor's: the playground, another key, another model, too long ago.
    simulator.record_request(DEPLOYMENT, origin="playground")
    simulator.record_cursor_request(DEPLOYMENT, api_key="someone-elses-key-0000000000000000")
    simulator.record_cursor_request("openai/gpt-4o")
    simulator.record_cursor_request(DEPLOYMENT, ago_s=3 * 3600)
    code, data = traffic_json(tmp_path, sim_url)
    assert code == 1
    assert (data["verdict"], data["status"], data["cursor_requests"]) == ("none_arrived", "fail", 0)
    assert data["ours_seen"] >= 4  # our checks are in the log, and not counted as Cursor's
    assert data["problem"]["code"] == "cursor_no_traffic"
    causes = {c["id"]: c["state"] for c in data["causes"]}
    # Cursor's settings here match what was checked: those causes are ruled out.
    assert causes["azure_switch"] == causes["settings_differ"] == causes["openai_override"] == "ruled_out"
    assert causes["alias_not_selected"] == "ruled_out"
    assert causes["plan_limits"] == "possible"
    assert (data["since"], data["period"], data["target"]["deployment"]) == ("1h", "1h", DEPLOYMENT)
    # The older request is found when the period holds it.
    code, data = traffic_json(tmp_path, sim_url, "--since", "4h")
    assert (code, data["verdict"], data["cursor_requests"]) == (0, "arrived_ok", 1)


def test_none_arrived_names_what_cursors_settings_show(tmp_path: Path, sim_url: str) -> None:
    fake_cursor(tmp_path, app_user_3x(base_url="https://api.aimlapi.com/openai"))
    proc = traffic(tmp_path, sim_url)
    assert proc.returncode == 1
    out = proc.stdout
    assert "✘ FAIL" in out and "No request from Cursor" in out
    assert "LIKELY     The Azure OpenAI switch is off" in out
    assert "LIKELY     Cursor's Base URL or Deployment Name differ" in out
    assert "RULED OUT  The Override OpenAI Base URL route is off." in out
    assert "`cursor-azure-setup cursor apply`" in out  # the fix names the command


def test_arrived_and_succeeded(tmp_path: Path, simulator, sim_url: str) -> None:
    fake_cursor(tmp_path, applied_3x())
    our_own_checks(sim_url)
    simulator.record_cursor_request(DEPLOYMENT, ok=False, status=500, ago_s=120)
    simulator.record_cursor_request(DEPLOYMENT, ago_s=60)
    simulator.record_cursor_request(DEPLOYMENT)
    code, data = traffic_json(tmp_path, sim_url)
    assert code == 0
    assert (data["verdict"], data["status"]) == ("arrived_ok", "pass")
    assert (data["cursor_requests"], data["succeeded"], data["failed"]) == (3, 2, 1)
    assert data["ours_seen"] >= 4
    assert data["health"]["recent_success"] is True
    assert data["key"]["available"] is True and data["key"]["name"] == "Default key"
    text = traffic(tmp_path, sim_url)
    assert text.returncode == 0
    assert "✔ PASS" in text.stdout and "arrive and succeed: 2 in the last hour" in text.stdout
    assert "(1 failed before it)" in text.stdout
    assert "of this tool's own checks (not counted as Cursor's)" in text.stdout


def test_arrived_and_failing(tmp_path: Path, simulator, sim_url: str) -> None:
    fake_cursor(tmp_path, applied_3x())
    our_own_checks(sim_url)
    simulator.record_cursor_request(DEPLOYMENT, ago_s=600)
    simulator.record_cursor_request(DEPLOYMENT, ok=False, status=403)
    code, data = traffic_json(tmp_path, sim_url, "--since", "30m")
    assert code == 1
    assert (data["verdict"], data["status"]) == ("arrived_failing", "fail")
    assert (data["cursor_requests"], data["succeeded"], data["failed"]) == (2, 1, 1)
    assert data["problem"] is not None and data["fix"]
    assert "arrive but fail: 1 of 2 in the last 30 minutes" in data["message"]


def test_the_keys_limit_and_scopes_and_the_models_health_are_shown(
    tmp_path: Path, simulator, sim_url: str
) -> None:
    fake_cursor(tmp_path, applied_3x(Target(sim_url, DEPLOYMENT, TARGET.alias)))
    simulator.account.key_name = "Team key"
    simulator.account.key_limit_usd = 25.0
    simulator.account.key_scopes = ["model:chat", "billing:read"]
    simulator.record_cursor_request(DEPLOYMENT)
    proc = traffic(tmp_path, sim_url)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert (
        "The key (Team key): a spending limit of 25 USD a month, 0.00 USD used this month; "
        "scopes: model:chat, billing:read." in proc.stdout
    ), proc.stdout
    assert f"{DEPLOYMENT} answered requests at the service in the last 5 minutes." in proc.stdout
    code, data = traffic_json(tmp_path, sim_url)
    assert code == 0
    assert (data["key"]["limit_usd"], data["key"]["scopes"]) == (25.0, ["model:chat", "billing:read"])
    assert data["health"]["recent_success"] is True


def test_the_three_verdicts_are_told_apart_in_one_log(tmp_path: Path, simulator, sim_url: str) -> None:
    fake_cursor(tmp_path, applied_3x())
    our_own_checks(sim_url)
    verdicts = [traffic_json(tmp_path, sim_url)[1]["verdict"]]
    simulator.record_cursor_request(DEPLOYMENT, ok=False, status=429)
    verdicts.append(traffic_json(tmp_path, sim_url)[1]["verdict"])
    simulator.record_cursor_request(DEPLOYMENT)
    verdicts.append(traffic_json(tmp_path, sim_url)[1]["verdict"])
    assert verdicts == ["none_arrived", "arrived_failing", "arrived_ok"]


def test_a_deployment_given_by_its_alias_finds_cursors_rows(tmp_path: Path, simulator, sim_url: str) -> None:
    """The service logs a request under the model's id even when Cursor used an alias."""
    fake_cursor(tmp_path, applied_3x())
    row = simulator.record_cursor_request("claude-sonnet-4-20250514")
    assert row["model"] == "anthropic/claude-sonnet-4"
    code, data = traffic_json(tmp_path, sim_url, "--deployment", "claude-sonnet-4-20250514")
    assert (code, data["verdict"], data["cursor_requests"]) == (0, "arrived_ok", 1)
    # ...and the model's id finds a request sent with the alias too.
    code, data = traffic_json(tmp_path, sim_url, "--deployment", "anthropic/claude-sonnet-4")
    assert (code, data["verdict"]) == (0, "arrived_ok")


def test_an_unreadable_log_is_unknown_never_none_arrived(tmp_path: Path, simulator, sim_url: str) -> None:
    fake_cursor(tmp_path, applied_3x())
    simulator.record_cursor_request(DEPLOYMENT)
    simulator.set_fault("bad_request", scope="account")
    code, data = traffic_json(tmp_path, sim_url)
    assert code == 1
    assert (data["verdict"], data["status"]) == ("unknown", "unknown")
    assert data["message"].startswith("Could not read the service's request log")
    assert data["log_complete"] is None  # not read at all: neither complete nor partly read


def test_a_wrong_key_says_so(tmp_path: Path, sim_url: str) -> None:
    fake_cursor(tmp_path, applied_3x())
    proc = traffic(tmp_path, sim_url, "--json", key="f00dfeedcafe0123456789abcdefbeef")
    assert proc.returncode == 1
    data = json.loads(proc.stdout)
    assert data["verdict"] == "unknown" and data["problem"]["code"] == "invalid_key"
    assert "f00dfeedcafe0123" not in proc.stdout + proc.stderr


@pytest.mark.parametrize("since", ["1w", "0h", "abc", "1.5h", "-1h", "91d", "", "1h30m"])
def test_bad_since_is_bad_input(tmp_path: Path, sim_url: str, since: str) -> None:
    fake_cursor(tmp_path, applied_3x())
    proc = traffic(tmp_path, sim_url, f"--since={since}")
    assert proc.returncode == 2
    assert "30m, 1h, 24h or 7d" in error_line(proc)
    assert proc.stdout == ""


def test_no_key_is_bad_input(tmp_path: Path, sim_url: str) -> None:
    fake_cursor(tmp_path, applied_3x())
    proc = traffic(tmp_path, sim_url, key=None)
    assert proc.returncode == 2
    assert "no API key" in error_line(proc)
    # ...and an empty standard input with --key-stdin too.
    proc = traffic(tmp_path, sim_url, "--key-stdin", key=None)
    assert proc.returncode == 2 and "no key on standard input" in error_line(proc)


def test_the_key_on_standard_input(tmp_path: Path, simulator, sim_url: str) -> None:
    fake_cursor(tmp_path, applied_3x())
    simulator.record_cursor_request(DEPLOYMENT)
    proc = cli(
        "cursor", "traffic", "--base-url", sim_url, "--key-stdin", *where(tmp_path),
        env=env_with_key(None), stdin=TEST_KEY + "\n",
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr


def test_cursor_not_found_is_bad_input(sim_url: str) -> None:
    proc = cli("cursor", "traffic", "--base-url", sim_url, env=env_with_key())
    assert proc.returncode == 2
    assert "not found" in error_line(proc)


def test_the_keys_details_refused_do_not_change_the_verdict(tmp_path: Path, simulator, sim_url: str) -> None:
    fake_cursor(tmp_path, applied_3x())
    simulator.record_cursor_request(DEPLOYMENT)
    simulator.set_fault("key_info_denied")
    code, data = traffic_json(tmp_path, sim_url)
    assert (code, data["verdict"]) == (0, "arrived_ok")
    assert data["key"]["available"] is False and "does not show" in data["key"]["reason"]


# --- the account first, honest words, and a deadline for the whole check -----------------------------


@pytest.mark.parametrize(
    ("fault", "words"), [("spending_limit", "spending limit"), ("no_credits", "credits")]
)
def test_an_account_that_cannot_pay_is_said_before_cursor_is_blamed(
    tmp_path: Path, simulator, sim_url: str, fault: str, words: str
) -> None:
    fake_cursor(tmp_path, app_user_3x(base_url="https://api.aimlapi.com/openai"))
    simulator.set_fault(fault, times=1000)
    code, data = traffic_json(tmp_path, sim_url)
    assert code == 1
    assert data["verdict"] == "none_arrived"
    assert "did not send it" not in data["message"] and words in data["message"]
    assert data["causes"][0]["id"] == "account" and data["causes"][0]["state"] == "likely"
    assert words in data["fix"]
    # The likeliest cause's fix comes first: the account, not Apply to Cursor.
    assert not data["fix"].startswith("Run"), data["fix"]
    assert data["fix"].find(words) < data["fix"].find("cursor apply"), data["fix"]
    proc = traffic(tmp_path, sim_url)
    assert "did not send it" not in proc.stdout


def test_a_failing_request_is_not_blamed_on_the_model_for_a_quiet_log(
    tmp_path: Path, simulator, sim_url: str
) -> None:
    fake_cursor(tmp_path, applied_3x(Target(sim_url, DEPLOYMENT, TARGET.alias)))
    simulator.record_cursor_request(DEPLOYMENT, ok=False, status=403)
    proc = traffic(tmp_path, sim_url)
    assert proc.returncode == 1
    assert "not your setup" not in proc.stdout
    assert "arrive but fail" in proc.stdout and "reach the service but fail" not in proc.stdout


def test_words_are_said_once(tmp_path: Path, simulator, sim_url: str) -> None:
    fake_cursor(
        tmp_path,
        app_user_3x(
            base_url="https://api.aimlapi.com/openai", custom=[TARGET.alias], enabled=[], disabled=[]
        ),
    )
    simulator.set_fault("server_error", scope="account", times=1000)
    proc = traffic(tmp_path, sim_url)
    assert "The key's details: The key's details" not in proc.stdout
    simulator.set_fault(None)
    data = traffic_json(tmp_path, sim_url)[1]
    assert data["fix"].count("cursor apply") == 1, data["fix"]


def trickling_headers(_request, conn) -> None:
    """Headers one byte at a time, never ending: only a deadline stops a client."""
    import time

    conn.sendall(b"HTTP/1.1 200 OK\r\nX-Slow: ")
    for _ in range(10_000):
        try:
            conn.sendall(b"z")
        except OSError:
            return
        time.sleep(0.2)


def test_the_whole_check_has_a_deadline_and_the_option_to_raise_it(tmp_path: Path) -> None:
    from tests.rawserver import RawServer

    fake_cursor(tmp_path, applied_3x())
    with RawServer(trickling_headers) as server:
        # Five requests of four seconds each would take twenty: the whole check gets four.
        proc = cli(
            "cursor",
            "traffic",
            "--base-url",
            server.url,
            "--timeout",
            "4",
            *where(tmp_path),
            "--json",
            env=env_with_key(),
            timeout=14,
        )
    data = json.loads(proc.stdout)
    assert proc.returncode == 1
    assert (data["verdict"], data["problem"]["code"]) == ("unknown", "timeout")
    assert "--timeout" in data["fix"]
