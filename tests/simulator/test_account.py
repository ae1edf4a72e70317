"""Balance (current and legacy), usage, the key and model health: all from what was really served."""

from __future__ import annotations

import json
import urllib.request
from datetime import UTC, datetime, timedelta

import httpx2
import pytest

from app.simulator import Account, Simulator
from tests.simulator.helpers import (
    CLAUDE,
    GEMINI,
    NO_TLS,
    assert_own_error,
    azure_post,
    bearer,
    chat_body,
    stdlib_get,
)

ACCOUNT_PATHS = ("/v2/billing", "/v1/billing/balance", "/v2/usage", "/v2/logs", "/v1/key")
OUT_OF_CREDITS = (
    "You've run out of credits. Please top up your balance or update your payment method to continue: "
    "https://aimlapi.com/app/billing/"
)
OUT_OF_CREDITS_OLDER = (
    "You have exhausted the available [plan.rule:api_token] resource limit. Update your payment method "
    "to continue using the service. For more information please visit https://aimlapi.com/app/billing"
)


def balances(client: httpx2.Client, sim: Simulator) -> tuple[float, int]:
    current = client.get("/v2/billing", headers=bearer(sim))
    legacy = client.get("/v1/billing/balance", headers=bearer(sim))
    assert current.status_code == legacy.status_code == 200
    assert current.json()["currency"] == "USD"
    return current.json()["current_balance"], legacy.json()["balance"]


# -- who may ask -----------------------------------------------------------------------------------


@pytest.mark.parametrize("path", ACCOUNT_PATHS)
@pytest.mark.parametrize("headers", [{}, {"Authorization": "Bearer wrong-key"}, {"api-key": "KEY"}])
def test_account_routes_need_the_bearer_key(
    client: httpx2.Client, simulator: Simulator, path: str, headers: dict[str, str]
) -> None:
    headers = {k: v.replace("KEY", simulator.api_key) for k, v in headers.items()}
    body = assert_own_error(client.get(path, headers=headers), 401, path)
    assert "https://aimlapi.com/app/keys" in body["message"]


# -- balance ---------------------------------------------------------------------------------------


def test_both_balances_agree_and_drop_by_what_chat_charged(
    client: httpx2.Client, simulator: Simulator
) -> None:
    usd, credits = balances(client, simulator)
    assert (usd, credits) == (5.0, 10_000_000)
    charged = 0
    for prompt in ("Say one", "Count to 20", "Explain monads briefly"):
        r = azure_post(client, simulator, chat_body(prompt))
        charged += int(r.headers["x-aimlapi-credits-used"])
    assert charged > 0
    usd, credits = balances(client, simulator)
    assert credits == 10_000_000 - charged
    assert usd == pytest.approx(credits / 2_000_000)


def test_low_balance_and_no_credits_faults_reach_both_balances(
    client: httpx2.Client, simulator: Simulator
) -> None:
    simulator.set_fault("low_balance")
    usd, credits = balances(client, simulator)
    legacy = client.get("/v1/billing/balance", headers=bearer(simulator)).json()
    assert 0 < credits < legacy["lowBalanceThreshold"] and legacy["lowBalance"] is True
    assert usd == pytest.approx(credits / 2_000_000)
    assert azure_post(client, simulator, chat_body()).status_code == 200
    simulator.set_fault("no_credits")
    assert balances(client, simulator) == (0, 0)
    r = azure_post(client, simulator, chat_body())
    assert r.status_code == 403 and r.json()["message"] == OUT_OF_CREDITS


def test_an_empty_account_refuses_chat_with_either_documented_text(simulator: Simulator) -> None:
    with Simulator(account=Account(balance_usd=0), credits_message="older") as sim:
        with httpx2.Client(base_url=sim.url, timeout=5, verify=NO_TLS) as c:
            assert balances(c, sim) == (0, 0)
            r = azure_post(c, sim, chat_body())
            assert_own_error(r, 403, f"/openai/deployments/{GEMINI}/chat/completions")
            assert r.json()["message"] == OUT_OF_CREDITS_OLDER
            sim.credits_message = "current"
            assert azure_post(c, sim, chat_body()).json()["message"] == OUT_OF_CREDITS


def test_spending_the_last_credits_turns_chat_into_403(simulator: Simulator) -> None:
    # Enough for a request or two, then the balance is gone and the chat route says so.
    with Simulator(account=Account(balance_usd=0.0002)) as sim:
        with httpx2.Client(base_url=sim.url, timeout=5, verify=NO_TLS) as c:
            statuses = [azure_post(c, sim, chat_body("Count to 30")).status_code for _ in range(6)]
            assert statuses[0] == 200 and statuses[-1] == 403
            assert balances(c, sim) == (0, 0)


# -- usage -----------------------------------------------------------------------------------------


def test_usage_counts_what_was_charged(client: httpx2.Client, simulator: Simulator) -> None:
    empty = client.get("/v2/usage", params={"period": "24h"}, headers=bearer(simulator)).json()
    assert empty["spend"] == 0 and empty["requests"] == 0 and empty["currency"] == "USD"
    assert empty["api_key_prefix"] is None
    start, end = (datetime.fromisoformat(empty[k]) for k in ("start", "end"))
    assert end - start == timedelta(hours=24)
    charged = sum(
        int(azure_post(client, simulator, chat_body(p)).headers["x-aimlapi-credits-used"]) for p in ("a", "b")
    )
    azure_post(client, simulator, chat_body(), dep="nope/model")  # failed: not charged, not counted
    usage = client.get("/v2/usage", params={"period": "1d"}, headers=bearer(simulator)).json()
    assert usage["requests"] == 2
    assert usage["spend"] == pytest.approx(charged / 2_000_000)


def test_usage_window_by_period_or_start_and_end(client: httpx2.Client, simulator: Simulator) -> None:
    simulator.record_cursor_request(GEMINI, ago_s=2 * 3600)
    simulator.record_cursor_request(GEMINI)

    def requests(**params: str) -> int:
        r = client.get("/v2/usage", params=params, headers=bearer(simulator))
        assert r.status_code == 200, r.text
        return r.json()["requests"]

    assert requests(period="1h") == 1
    assert requests(period="3h") == 2
    now = datetime.now(UTC)
    assert requests(start=(now - timedelta(hours=3)).isoformat(), end=now.isoformat()) == 2
    # No offset: UTC.
    naive = (now - timedelta(hours=1)).replace(tzinfo=None).isoformat()
    assert requests(start=naive, end=(now + timedelta(minutes=1)).isoformat()) == 1


@pytest.mark.parametrize("params", [
    {"period": "24h", "start": "2025-01-01T00:00:00Z", "end": "2025-01-02T00:00:00Z"},
    {"period": "0h"}, {"period": "1.5h"}, {"period": "24"}, {"period": "30m"}, {"period": "-1h"},
    {"start": "2025-01-01T00:00:00Z"}, {"start": "yesterday", "end": "2025-01-02T00:00:00Z"},
    {"start": "2025-01-02T00:00:00Z", "end": "2025-01-01T00:00:00Z"},
])  # fmt: skip
def test_usage_refuses_bad_windows(client: httpx2.Client, simulator: Simulator, params: dict) -> None:
    body = assert_own_error(
        client.get("/v2/usage", params=params, headers=bearer(simulator)), 400, "/v2/usage"
    )
    assert body["meta"][0]["path"][0] in ("period", "start", "end")


# -- the key ---------------------------------------------------------------------------------------


def test_key_information_never_shows_the_key(client: httpx2.Client, simulator: Simulator) -> None:
    r = client.get("/v1/key", headers=bearer(simulator))
    data = r.json()["data"]
    assert data["prefix"] == simulator.api_key[:8]
    assert simulator.api_key not in r.text
    assert data["disabled"] is False and data["limit"] is None and data["scopes"] is None
    assert data["name"] and data["monthly_usage"] == 0
    azure_post(client, simulator, chat_body())
    assert client.get("/v1/key", headers=bearer(simulator)).json()["data"]["monthly_usage"] > 0


def test_a_key_with_a_spending_limit_stops_at_it(simulator: Simulator) -> None:
    account = Account(key_limit_usd=0.0003, key_scopes=["model:chat"], key_name="cursor")
    with Simulator(account=account) as sim, httpx2.Client(base_url=sim.url, timeout=5, verify=NO_TLS) as c:
        data = c.get("/v1/key", headers=bearer(sim)).json()["data"]
        assert data["limit"] == {"retention": "month", "threshold": 0.0003}
        assert data["scopes"] == ["model:chat"] and data["name"] == "cursor"
        statuses = [azure_post(c, sim, chat_body("Count to 40")).status_code for _ in range(6)]
        assert statuses[0] == 200 and statuses[-1] == 403
        r = azure_post(c, sim, chat_body())
        assert "spending limit" in r.json()["message"]
        assert c.get("/v1/key", headers=bearer(sim)).json()["data"]["monthly_usage"] >= 0.0003
        assert balances(c, sim)[0] > 4.99  # the account still has money: it is the key's limit


def test_spending_limit_fault(client: httpx2.Client, simulator: Simulator) -> None:
    simulator.set_fault("spending_limit")
    r = azure_post(client, simulator, chat_body())
    assert_own_error(r, 403, f"/openai/deployments/{GEMINI}/chat/completions")
    assert "spending limit" in r.json()["message"]
    data = client.get("/v1/key", headers=bearer(simulator)).json()["data"]
    assert data["limit"]["threshold"] == 25 and data["monthly_usage"] >= 25


@pytest.mark.parametrize("status", [401, 403])
def test_key_information_can_be_refused(client: httpx2.Client, simulator: Simulator, status: int) -> None:
    simulator.set_fault("key_info_denied", status=status)
    assert_own_error(client.get("/v1/key", headers=bearer(simulator)), status, "/v1/key")
    # Only that route: the key still works everywhere else.
    assert client.get("/v2/billing", headers=bearer(simulator)).status_code == 200
    assert azure_post(client, simulator, chat_body()).status_code == 200


# -- model health ----------------------------------------------------------------------------------


def test_model_health_lists_models_with_recent_successes_only(
    client: httpx2.Client, simulator: Simulator
) -> None:
    assert client.get("/models/metrics").json() == {"window_seconds": 300, "models": []}
    azure_post(client, simulator, chat_body())
    simulator.record_cursor_request(CLAUDE, ok=False, status=503)  # a failure is not health
    simulator.record_cursor_request("openai/gpt-4o", ago_s=360)  # older than five minutes
    body = client.get("/models/metrics", params={"aliases": f"{GEMINI},{CLAUDE},openai/gpt-4o"}).json()
    assert body["window_seconds"] == 300
    (gemini,) = body["models"]
    assert gemini["alias"] == GEMINI and gemini["endpoint"]
    ttft = gemini["metrics"]["ttft_ms"]
    assert 0 <= ttft["p50"] <= ttft["p90"] <= ttft["p99"]


def test_model_health_by_alias_repeated_and_without_a_key(
    client: httpx2.Client, simulator: Simulator
) -> None:
    simulator.record_cursor_request("openai/gpt-4o")
    simulator.record_cursor_request(GEMINI)
    r = client.get("/models/metrics?aliases=gpt-4o&aliases=" + GEMINI)
    assert [m["alias"] for m in r.json()["models"]] == ["gpt-4o", GEMINI]
    everything = client.get("/models/metrics").json()["models"]
    assert {m["alias"] for m in everything} == {"openai/gpt-4o", GEMINI}


# -- a standard-library client ---------------------------------------------------------------------


def test_account_routes_with_the_standard_library(simulator: Simulator) -> None:
    simulator.record_cursor_request(GEMINI)
    auth = bearer(simulator)
    status, _, body = stdlib_get(simulator, "/v2/billing", auth)
    assert status == 200 and json.loads(body)["current_balance"] < 5.0
    status, _, body = stdlib_get(simulator, "/v2/usage?period=24h", auth)
    assert status == 200 and json.loads(body)["requests"] == 1
    status, _, body = stdlib_get(simulator, "/v1/key", auth)
    assert json.loads(body)["data"]["prefix"] == simulator.api_key[:8]
    status, _, body = stdlib_get(simulator, f"/models/metrics?aliases={GEMINI}")
    assert [m["alias"] for m in json.loads(body)["models"]] == [GEMINI]
    req = urllib.request.Request(simulator.url + "/v2/logs?period=1h", headers=auth)
    with urllib.request.urlopen(req, timeout=5) as resp:
        rows = json.loads(resp.read())["data"]
    assert [r["model"] for r in rows] == [GEMINI]
