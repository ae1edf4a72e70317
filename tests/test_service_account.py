"""The account endpoints of the client and its request ids, over real loopback HTTP to the simulator
(and to a raw server for a service that predates ``/v2/billing``).

The client returns the service's JSON as it came; ``app/core/cursor/account.py`` parses it, so
every test here feeds the answer to that parser, as its users will.
"""

from __future__ import annotations

import json
import re
import socket
from typing import Any
from urllib.parse import parse_qsl

import pytest

from app.core.cursor.account import (
    OUR_CLIENT_ID_PREFIX,
    key_info_from_response,
    parse_logs,
    parse_metrics,
)
from app.core.errors import InvalidInput
from app.core.model import CLIENT_REQUEST_ID_PREFIX
from app.core.service import AimlClient, client_request_id
from tests.conftest import TEST_KEY
from tests.rawserver import RawRequest, RawServer, http_head

DEPLOYMENT = "google/gemini-2.5-pro"
REQUEST_ID = re.compile(r"^cas-([A-Za-z0-9._:]+)-([a-z_]+)$")


@pytest.fixture
def client(simulator: Any) -> Any:
    with AimlClient(simulator.url, TEST_KEY, timeout_s=5, run_id="run42") as c:
        yield c


def requests_to(simulator: Any, path: str) -> list[Any]:
    return [r for r in simulator.requests if r.path == path]


def test_request_log_pages_the_keys_own_requests_with_repeated_filters(simulator: Any, client: Any) -> None:
    client.chat(DEPLOYMENT)
    client.chat("anthropic/claude-sonnet-4")
    client.chat("openai/gpt-4o")
    page = client.request_log(
        period="1h", models=[DEPLOYMENT, "anthropic/claude-sonnet-4"], statuses=["succeeded"], limit=1
    )
    sent = requests_to(simulator, "/v2/logs")[-1]
    # Several values repeat the parameter (a comma list matches nothing at the service).
    assert parse_qsl(sent.raw_query) == [
        ("period", "1h"),
        ("model", DEPLOYMENT),
        ("model", "anthropic/claude-sonnet-4"),
        ("status", "succeeded"),
        ("limit", "1"),
        ("offset", "0"),
    ]
    assert sent.headers["authorization"] == f"Bearer {TEST_KEY}"
    assert "api-key" not in sent.headers
    parsed = parse_logs(page)
    assert parsed.total == 2 and parsed.has_more and len(parsed.rows) == 1
    # Newest first, and the row carries the id we sent with that chat.
    assert parsed.rows[0].model == "anthropic/claude-sonnet-4"
    assert parsed.rows[0].client_request_id == "cas-run42-chat" and parsed.rows[0].ours
    second = parse_logs(client.request_log(models=[DEPLOYMENT, "anthropic/claude-sonnet-4"], offset=1))
    assert [r.model for r in second.rows] == [DEPLOYMENT] and not second.has_more


def test_key_info_is_the_keys_details_or_none_when_the_service_will_not_say(
    simulator: Any, client: Any
) -> None:
    data = client.key_info()
    assert isinstance(data, dict)
    info = key_info_from_response(200, data)
    assert info.available and info.name and info.allows_chat
    sent = requests_to(simulator, "/v1/key")[-1]
    assert sent.headers["authorization"] == f"Bearer {TEST_KEY}"
    for status in (403, 401):
        simulator.set_fault("key_info_denied", status=status)
        # "Not available", never a bad key: no error, just nothing to show.
        assert client.key_info() is None
    simulator.set_fault(None)


def test_model_health_needs_no_key_and_shows_a_model_that_answered(simulator: Any, client: Any) -> None:
    client.chat(DEPLOYMENT)
    data = client.model_health([DEPLOYMENT, "openai/gpt-4o"])
    sent = requests_to(simulator, "/models/metrics")[-1]
    assert parse_qsl(sent.raw_query) == [("aliases", f"{DEPLOYMENT},openai/gpt-4o")]
    assert "authorization" not in sent.headers and "api-key" not in sent.headers
    assert parse_metrics(data, DEPLOYMENT).recent_success is True
    assert parse_metrics(data, "openai/gpt-4o").recent_success is False


def test_usage_is_the_keys_spend_over_a_period(simulator: Any, client: Any) -> None:
    client.chat(DEPLOYMENT)
    data = client.usage("24h")
    assert data["currency"] == "USD" and data["requests"] == 1 and data["spend"] > 0
    sent = requests_to(simulator, "/v2/usage")[-1]
    assert sent.query == {"period": "24h"}
    with pytest.raises(InvalidInput):
        client.usage("yesterday")
    with pytest.raises(InvalidInput):
        client.request_log(period="1h,2h")


def test_balance_comes_from_v2_billing_in_dollars(simulator: Any, client: Any) -> None:
    balance = client.balance()
    assert balance.usd == pytest.approx(5.0) and balance.currency == "USD" and not balance.low
    assert balance.credits == 10_000_000
    assert requests_to(simulator, "/v2/billing") and not requests_to(simulator, "/v1/billing/balance")
    simulator.set_fault("low_balance")
    assert client.balance().low
    simulator.set_fault(None)


def legacy_only_service(request: RawRequest, conn: socket.socket) -> None:
    """A deployment of the service from before /v2/billing: only the legacy route answers."""
    if request.target.startswith("/v1/billing/balance"):
        body = json.dumps({"balance": 3_000_000, "lowBalance": False, "lowBalanceThreshold": 10_000})
        status = "200 OK"
    else:
        body = json.dumps({"message": f"Cannot GET {request.target}", "statusCode": 404})
        status = "404 Not Found"
    data = body.encode()
    head = {"Content-Type": "application/json", "Content-Length": str(len(data)), "Connection": "close"}
    conn.sendall(http_head(status, head) + data)


def test_balance_falls_back_to_the_legacy_route_only_when_v2_is_absent() -> None:
    with RawServer(legacy_only_service) as server, AimlClient(server.url, TEST_KEY, timeout_s=5) as client:
        balance = client.balance()
    assert balance.credits == 3_000_000 and balance.usd == pytest.approx(1.5)
    assert [r.target for r in server.requests] == ["/v2/billing", "/v1/billing/balance"]


def test_every_request_carries_our_client_request_id_naming_run_and_call(simulator: Any) -> None:
    from app.core.checks import run_checks
    from app.core.config import build_settings

    settings, _ = build_settings(TEST_KEY, simulator.url)
    assert run_checks(settings).ok
    with AimlClient(simulator.url, TEST_KEY, timeout_s=5) as client:
        client.list_models()
        client.request_log()
        client.key_info()
        client.model_health([DEPLOYMENT])
        client.usage()
    runs, labels = set(), {}
    for record in simulator.requests:
        found = REQUEST_ID.match(record.headers.get("x-client-request-id", ""))
        assert found, record
        runs.add(found.group(1))
        labels.setdefault(found.group(2), set()).add(record.path)
    assert len(runs) == 2  # the checks' run, and the client made here (a run id of its own)
    assert labels["reachability"] == {"/models"}
    assert labels["account"] >= {"/v2/billing"}
    assert (
        labels["cursor_verify"]
        == labels["chat"]
        == {"/openai/deployments/google/gemini-2.5-pro/chat/completions"}
    )
    assert {"streaming", "tool_calling", "models", "logs", "key", "metrics", "usage"} <= set(labels)
    assert labels["logs"] == {"/v2/logs"} and labels["metrics"] == {"/models/metrics"}
    # The service echoes the id; its request log shows it for our requests.
    with AimlClient(simulator.url, TEST_KEY) as client:
        rows = parse_logs(client.request_log()).rows
    assert rows and all(r.ours and r.client_request_id.startswith(CLIENT_REQUEST_ID_PREFIX) for r in rows)


def test_one_prefix_for_our_ids_everywhere() -> None:
    assert OUR_CLIENT_ID_PREFIX is CLIENT_REQUEST_ID_PREFIX == "cas-"
    assert client_request_id("a1b2", "tool_calling") == "cas-a1b2-tool_calling"
    with pytest.raises(ValueError):
        AimlClient("http://127.0.0.1:9", TEST_KEY, run_id="has space")
    with pytest.raises(ValueError):
        client_request_id("x" * 130, "chat")
