"""The request log (/v2/logs), tracing headers and Cursor's own traffic: our requests told from Cursor's."""

from __future__ import annotations

import http.client
import json
from typing import Any

import httpx2
import pytest

from app.simulator import Simulator
from tests.simulator.helpers import (
    AZURE,
    CLAUDE,
    GEMINI,
    NO_TLS,
    assert_own_error,
    azure_post,
    bearer,
    chat_body,
    stream_chunks,
)

ROW_KEYS = {"created", "status", "origin", "model", "cost", "tokens"} | {
    "request_id", "inference_id", "client_request_id",
}  # fmt: skip


def logs(client: httpx2.Client, sim: Simulator, query: str = "period=1h") -> dict[str, Any]:
    r = client.get("/v2/logs?" + query, headers=bearer(sim))
    assert r.status_code == 200, r.text
    return r.json()


# -- tracing ---------------------------------------------------------------------------------------


def test_a_valid_client_request_id_is_echoed_and_logged(client: httpx2.Client, simulator: Simulator) -> None:
    r = azure_post(client, simulator, chat_body(), headers={"X-Client-Request-Id": "cas-run1-chat"})
    assert r.headers["x-client-request-id"] == "cas-run1-chat"
    (row,) = logs(client, simulator)["data"]
    assert row["client_request_id"] == "cas-run1-chat"
    assert row["inference_id"] == r.headers["x-inference-id"]
    assert row["request_id"] == r.headers["x-request-id"]
    assert row["cost"]["credits"] == int(r.headers["x-aimlapi-credits-used"]) > 0
    assert row["cost"]["usd"] == pytest.approx(float(r.headers["x-aimlapi-usd-spent"]))
    assert row["tokens"]["total_tokens"] == r.json()["usage"]["total_tokens"]


@pytest.mark.parametrize("value", ["", "a" * 129, "has space", "slash/inside", "ünïcode", "semi;colon"])
def test_an_invalid_client_request_id_is_silently_dropped(
    client: httpx2.Client, simulator: Simulator, value: str
) -> None:
    r = azure_post(client, simulator, chat_body(), headers={"X-Client-Request-Id": value.encode("utf-8")})
    assert r.status_code == 200
    assert "x-client-request-id" not in r.headers
    assert logs(client, simulator)["data"][0]["client_request_id"] is None


def test_the_longest_and_every_allowed_character(client: httpx2.Client, simulator: Simulator) -> None:
    value = ("Az09._:-" * 16)[:128]
    r = azure_post(client, simulator, chat_body(), headers={"x-client-request-id": value})
    assert r.headers["x-client-request-id"] == value


def test_every_response_carries_an_inference_id(client: httpx2.Client, simulator: Simulator) -> None:
    responses = [
        azure_post(client, simulator, chat_body()),
        azure_post(client, simulator, chat_body(), dep="nope/nope"),
        client.get("/models"),
        client.get("/nowhere"),
        client.get("/v2/billing", headers=bearer(simulator)),
        client.get("/v2/billing"),
    ]
    ids = [r.headers["x-inference-id"] for r in responses]
    assert len(set(ids)) == len(ids)
    with client.stream("POST", AZURE.format(dep=GEMINI), json=chat_body(stream=True),
                       headers={"api-key": simulator.api_key}) as r:  # fmt: skip
        assert r.headers["x-inference-id"]
        assert "x-aimlapi-credits-used" not in r.headers  # a stream says it in its last chunk


def test_json_answers_carry_their_cost(client: httpx2.Client, simulator: Simulator) -> None:
    ok = azure_post(client, simulator, chat_body())
    assert int(ok.headers["x-aimlapi-credits-used"]) > 0
    assert float(ok.headers["x-aimlapi-usd-spent"]) == pytest.approx(
        int(ok.headers["x-aimlapi-credits-used"]) / 2e6
    )
    failed = azure_post(client, simulator, chat_body(max_tokens=5), dep="openai/o3-mini")
    assert failed.headers["x-aimlapi-credits-used"] == "0" and failed.headers["x-aimlapi-usd-spent"] == "0"
    assert client.get("/v2/billing", headers=bearer(simulator)).headers["x-aimlapi-credits-used"] == "0"


# -- the log ---------------------------------------------------------------------------------------


def test_the_log_lists_own_requests_newest_first_failed_ones_included(
    client: httpx2.Client, simulator: Simulator
) -> None:
    for n in range(3):
        azure_post(client, simulator, chat_body(f"Say {n}"), headers={"X-Client-Request-Id": f"cas-{n}"})
    azure_post(client, simulator, chat_body(max_tokens=5), dep="openai/o3-mini",
               headers={"X-Client-Request-Id": "cas-fail"})  # fmt: skip
    stream_chunks(client, simulator, chat_body(stream=True), dep=CLAUDE)
    client.post(AZURE.format(dep=GEMINI), json=chat_body(), headers={"api-key": "wrong"})  # not this key's
    page = logs(client, simulator)
    rows = page["data"]
    assert all(set(r) == ROW_KEYS for r in rows)
    assert [r["client_request_id"] for r in rows] == [None, "cas-fail", "cas-2", "cas-1", "cas-0"]
    assert [r["created"] for r in rows] == sorted((r["created"] for r in rows), reverse=True)
    assert rows[0]["model"] == CLAUDE and rows[0]["status"] == "succeeded" and rows[0]["cost"]["credits"] > 0
    failed = rows[1]
    assert failed["status"] == "failed" and failed["model"] == "openai/o3-mini"
    assert failed["cost"] == {"usd": 0, "credits": 0}
    assert {r["origin"] for r in rows} == {"api"}
    assert page["pagination"] == {"limit": 50, "offset": 0, "total": 5, "has_more": False}


def test_the_log_pages(client: httpx2.Client, simulator: Simulator) -> None:
    for n in range(5):
        simulator.record_request(GEMINI, client_request_id=f"cas-{n}")
    first = logs(client, simulator, "period=1h&limit=2")
    assert [r["client_request_id"] for r in first["data"]] == ["cas-4", "cas-3"]
    assert first["pagination"] == {"limit": 2, "offset": 0, "total": 5, "has_more": True}
    last = logs(client, simulator, "period=1h&limit=2&offset=4")
    assert [r["client_request_id"] for r in last["data"]] == ["cas-0"]
    assert last["pagination"]["has_more"] is False
    assert logs(client, simulator, "period=1h&offset=9")["data"] == []


def test_the_log_filters_by_repeated_model_and_status(client: httpx2.Client, simulator: Simulator) -> None:
    simulator.record_cursor_request(GEMINI)
    simulator.record_cursor_request(CLAUDE, ok=False, status=403)
    simulator.record_cursor_request("openai/gpt-4o")

    def models(query: str) -> list[str]:
        return [r["model"] for r in logs(client, simulator, query)["data"]]

    assert models(f"model={GEMINI}") == [GEMINI]
    assert models(f"model={GEMINI}&model={CLAUDE}") == [CLAUDE, GEMINI]
    assert models("status=failed") == [CLAUDE]
    assert models("status=succeeded&status=failed") == ["openai/gpt-4o", CLAUDE, GEMINI]
    # A comma list is not a list: it matches nothing (the service may also answer 400).
    assert models(f"model={GEMINI},{CLAUDE}") == []
    assert models("status=succeeded,failed") == []
    # Rows name the model's id: the alias a request used is not what the log shows.
    simulator.record_cursor_request("gpt-4o")
    assert models("model=gpt-4o") == []


def test_the_log_window(client: httpx2.Client, simulator: Simulator) -> None:
    simulator.record_cursor_request(GEMINI, ago_s=3 * 3600)
    simulator.record_cursor_request(GEMINI, ago_s=30)
    assert len(logs(client, simulator, "period=1h")["data"]) == 1
    assert len(logs(client, simulator, "period=4h")["data"]) == 2
    assert len(logs(client, simulator, "")["data"]) == 2  # the last 24 hours


@pytest.mark.parametrize("query", [
    "limit=0", "limit=101", "limit=ten", "limit=", "offset=-1", "period=1w", "period=",
    "period=1h&start=2025-01-01T00:00:00Z", "period=1h&period=2h",
])  # fmt: skip
def test_the_log_refuses_bad_parameters(client: httpx2.Client, simulator: Simulator, query: str) -> None:
    assert_own_error(client.get("/v2/logs?" + query, headers=bearer(simulator)), 400, "/v2/logs")


def test_the_log_shows_only_this_keys_requests(client: httpx2.Client, simulator: Simulator) -> None:
    simulator.record_cursor_request(GEMINI, api_key="another-key-of-the-same-account")
    simulator.record_request(GEMINI, origin="playground")
    rows = logs(client, simulator)["data"]
    assert [r["origin"] for r in rows] == ["playground"]


def test_the_log_allows_200_requests_a_minute(simulator: Simulator) -> None:
    conn = http.client.HTTPConnection("127.0.0.1", simulator.port, timeout=5)
    statuses = []
    for _ in range(201):
        conn.request("GET", "/v2/logs?period=1h&limit=1", headers=bearer(simulator))
        resp = conn.getresponse()
        resp.read()
        statuses.append(resp.status)
    conn.close()
    assert statuses[:200] == [200] * 200 and statuses[200] == 429
    assert 1 <= int(resp.getheader("Retry-After")) <= 60
    assert json.loads(resp.read() or b"{}") == {} and resp.getheader("Content-Type").startswith(
        "application/json"
    )


def test_the_log_rate_limit_is_an_option(simulator: Simulator) -> None:
    with Simulator(logs_rate_limit=2) as sim, httpx2.Client(base_url=sim.url, verify=NO_TLS) as c:
        got = [c.get("/v2/logs", headers=bearer(sim)) for _ in range(3)]
        assert [r.status_code for r in got] == [200, 200, 429]
        assert_own_error(got[2], 429, "/v2/logs")
        assert got[2].headers["retry-after"]
        assert c.get("/v2/billing", headers=bearer(sim)).status_code == 200  # other routes are not limited
        sim.logs_rate_limit = 5
        assert c.get("/v2/logs", headers=bearer(sim)).status_code == 200


# -- Cursor's own traffic --------------------------------------------------------------------------


def test_cursor_requests_show_in_the_log_without_our_ids(client: httpx2.Client, simulator: Simulator) -> None:
    azure_post(client, simulator, chat_body(), headers={"X-Client-Request-Id": "cas-run-chat"})
    ok_row = simulator.record_cursor_request(GEMINI)
    failed_row = simulator.record_cursor_request(GEMINI, ok=False, status=404)
    rows = logs(client, simulator, f"model={GEMINI}")["data"]
    assert rows[0] == failed_row and rows[1] == ok_row
    cursor_rows = [r for r in rows if r["client_request_id"] is None]
    assert [r["status"] for r in cursor_rows] == ["failed", "succeeded"]
    assert ok_row["origin"] == "api" and ok_row["cost"]["credits"] > 0 and failed_row["cost"]["credits"] == 0
    # As the service received it: Cursor's api-version, the key in api-key, no client id.
    received = [rec for rec in simulator.requests if rec.method == "POST"][-1]
    assert received.query == {"api-version": "2024-12-01-preview"}
    assert received.headers["api-key"] == simulator.api_key and "x-client-request-id" not in received.headers
    assert received.json()["stream"] is True


def test_cursor_requests_over_http_from_loopback(client: httpx2.Client, simulator: Simulator) -> None:
    r = client.post("/_simulator/cursor-request", json={"deployment": CLAUDE})
    assert r.status_code == 200 and r.json()["row"]["status"] == "succeeded"
    r = client.post("/_simulator/cursor-request", json={"deployment": GEMINI, "ok": False, "status": 403})
    assert r.json()["row"]["status"] == "failed"
    assert [row["model"] for row in logs(client, simulator)["data"]] == [GEMINI, CLAUDE]
    for bad in ({}, {"deployment": "nope/nope"}, {"deployment": GEMINI, "ok": False, "status": 200},
                {"deployment": GEMINI, "ok": True, "status": 500}, {"deployment": GEMINI, "colour": 1},
                {"deployment": GEMINI, "ago_s": -5}, {"deployment": GEMINI, "ok": "false"},
                {"deployment": GEMINI, "ok": False, "status": "403"}, [GEMINI]):  # fmt: skip
        assert client.post("/_simulator/cursor-request", json=bad).status_code == 400, bad
    assert client.get("/_simulator/cursor-request").status_code == 404
    # Control requests are not API traffic.
    assert all(not rec.path.startswith("/_simulator") for rec in simulator.requests)


def test_cursor_requests_count_as_spend_and_health(client: httpx2.Client, simulator: Simulator) -> None:
    row = simulator.record_cursor_request(GEMINI)
    usage = client.get("/v2/usage?period=1h", headers=bearer(simulator)).json()
    assert usage["requests"] == 1 and usage["spend"] == pytest.approx(row["cost"]["usd"])
    health = client.get(f"/models/metrics?aliases={GEMINI}").json()["models"]
    assert [m["alias"] for m in health] == [GEMINI]
