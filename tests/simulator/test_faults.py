"""Faults: each one makes the simulator fail the way the service (or a network in between) does."""

from __future__ import annotations

import json
import time
from email.utils import parsedate_to_datetime

import httpx2
import pytest

from app.simulator import FAULTS, Simulator
from app.simulator.faults import parse_fault_spec
from tests.simulator.helpers import (
    AZURE,
    GEMINI,
    NO_TLS,
    WEATHER_TOOL,
    assert_own_error,
    azure_post,
    bearer,
    chat_body,
    sse_events,
)

CHAT_PATH = f"/openai/deployments/{GEMINI}/chat/completions"


def test_fault_bad_key(client: httpx2.Client, simulator: Simulator) -> None:
    simulator.set_fault("bad_key")
    assert azure_post(client, simulator, chat_body()).status_code == 401
    assert client.get("/v1/billing/balance", headers=bearer(simulator)).status_code == 401
    assert client.get("/v2/logs", headers=bearer(simulator)).status_code == 401
    assert client.get("/models").status_code == 200  # the catalog needs no key
    simulator.set_fault(None)
    assert azure_post(client, simulator, chat_body()).status_code == 200


def test_fault_no_credits(client: httpx2.Client, simulator: Simulator) -> None:
    simulator.set_fault("no_credits")
    r = azure_post(client, simulator, chat_body())
    body = assert_own_error(r, 403, CHAT_PATH)
    assert "run out of credits" in body["message"]
    b = client.get("/v1/billing/balance", headers=bearer(simulator)).json()
    assert b["balance"] == 0 and b["lowBalance"] is True
    simulator.set_fault("no_credits", text="older")
    assert "[plan.rule:api_token]" in azure_post(client, simulator, chat_body()).json()["message"]


def test_fault_options_status_string_and_402(client: httpx2.Client, simulator: Simulator) -> None:
    simulator.set_fault("no_credits", status=402, status_code_string=True)
    r = azure_post(client, simulator, chat_body())
    assert r.status_code == 402 and r.json()["statusCode"] == "402"


def test_fault_rate_limited_then_ok(client: httpx2.Client, simulator: Simulator) -> None:
    simulator.set_fault("rate_limited", times=2, retry_after=3)
    for _ in range(2):
        r = azure_post(client, simulator, chat_body())
        assert_own_error(r, 429, CHAT_PATH)
        assert r.headers["retry-after"] == "3" and "retry-after-ms" not in r.headers
        assert r.json()["message"] == "Too Many Requests"
    assert azure_post(client, simulator, chat_body()).status_code == 200


def test_rate_limited_says_when_in_every_documented_way(client: httpx2.Client, simulator: Simulator) -> None:
    simulator.set_fault("rate_limited", retry_after=None, retry_after_ms=250)
    r = azure_post(client, simulator, chat_body())
    assert r.headers["retry-after-ms"] == "250" and "retry-after" not in r.headers
    simulator.set_fault("rate_limited", retry_after=30, retry_after_date=True)
    r = azure_post(client, simulator, chat_body())
    when = parsedate_to_datetime(r.headers["retry-after"])
    assert 25 <= when.timestamp() - time.time() <= 31
    simulator.set_fault("rate_limited", retry_after="none")
    assert "retry-after" not in azure_post(client, simulator, chat_body()).headers
    simulator.set_fault("rate_limited", free_tier=True)
    assert azure_post(client, simulator, chat_body()).json()["message"].startswith("Free-tier limit: ")


@pytest.mark.parametrize("status", [500, 502, 503, 504])
def test_fault_server_error(client: httpx2.Client, simulator: Simulator, status: int) -> None:
    simulator.set_fault("server_error", status=status, times=1)
    body = assert_own_error(azure_post(client, simulator, chat_body()), status, CHAT_PATH)
    assert body["message"] in (
        "Internal server error",
        "The model is under maintenance. Please try again later or use another model.",
        "Service unavailable",
        "Generation timeout",
    )
    assert azure_post(client, simulator, chat_body()).status_code == 200


def test_fault_server_error_forever_by_default(client: httpx2.Client, simulator: Simulator) -> None:
    simulator.set_fault("server_error")
    assert [azure_post(client, simulator, chat_body()).status_code for _ in range(3)] == [500] * 3
    assert client.get("/models").status_code == 200  # scope "chat" by default


def test_fault_server_error_503_with_retry_after(client: httpx2.Client, simulator: Simulator) -> None:
    simulator.set_fault("server_error", status=503, retry_after=2, times=1)
    r = azure_post(client, simulator, chat_body())
    assert r.status_code == 503 and r.headers["retry-after"] == "2"
    assert r.json()["message"] == "Service unavailable"


def test_fault_scope_all_reaches_the_catalog(client: httpx2.Client, simulator: Simulator) -> None:
    simulator.set_fault("server_error", status=503, scope="all", times=1)
    assert client.get("/models").status_code == 503
    assert client.get("/models").status_code == 200


def test_fault_scope_lists_route_kinds(client: httpx2.Client, simulator: Simulator) -> None:
    simulator.set_fault("rate_limited", scope="account")
    assert client.get("/v2/billing", headers=bearer(simulator)).status_code == 429
    assert client.get("/models").status_code == 200
    assert azure_post(client, simulator, chat_body()).status_code == 200
    simulator.set_fault("server_error", scope="catalog,chat")
    assert client.get("/models/metrics").status_code == 500
    assert client.get("/v2/billing", headers=bearer(simulator)).status_code == 200
    with pytest.raises(ValueError, match="scope"):
        simulator.set_fault("slow", scope="everything")
    assert parse_fault_spec("bad_request:scope=catalog+account,times=1") == (
        "bad_request", {"scope": "catalog,account", "times": "1"},
    )  # fmt: skip


def test_fault_slow(client: httpx2.Client, simulator: Simulator) -> None:
    simulator.set_fault("slow", delay_ms=300)
    t0 = time.perf_counter()
    assert azure_post(client, simulator, chat_body()).status_code == 200
    assert time.perf_counter() - t0 >= 0.3
    with pytest.raises(httpx2.ReadTimeout):
        azure_post(client, simulator, chat_body(), timeout=0.1)


def test_fault_slow_stream_tokens(simulator: Simulator) -> None:
    simulator.set_fault("slow", delay_ms=0, token_delay_ms=40)
    with httpx2.Client(timeout=5, verify=NO_TLS) as c:
        t0 = time.perf_counter()
        data = sse_events(
            c,
            simulator.url + AZURE.format(dep=GEMINI),
            chat_body(stream=True),
            {"api-key": simulator.api_key},
        )
        assert time.perf_counter() - t0 > 7 * 0.04
    assert data[-1] == "[DONE]"


def test_fault_stream_cut(client: httpx2.Client, simulator: Simulator) -> None:
    simulator.set_fault("stream_cut")
    got: list[str] = []
    with pytest.raises(httpx2.RemoteProtocolError):
        with client.sse(
            AZURE.format(dep=GEMINI), method="POST", json=chat_body(stream=True),
            headers={"api-key": simulator.api_key},
        ) as es:  # fmt: skip
            for ev in es:
                got.append(ev.data)
    assert got and "[DONE]" not in got
    # Non-streamed requests are unaffected.
    assert azure_post(client, simulator, chat_body()).status_code == 200


def test_fault_stream_cut_clean_ends_without_done(client: httpx2.Client, simulator: Simulator) -> None:
    simulator.set_fault("stream_cut", mode="clean")
    data = sse_events(
        client, AZURE.format(dep=GEMINI), chat_body(stream=True), {"api-key": simulator.api_key}
    )
    assert data and "[DONE]" not in data
    assert not any(c["finish_reason"] for d in data for c in json.loads(d)["choices"])


@pytest.mark.parametrize("status", [200, 403])
def test_fault_html_proxy(client: httpx2.Client, simulator: Simulator, status: int) -> None:
    simulator.set_fault("html_proxy", status=status)
    for r in (azure_post(client, simulator, chat_body()), client.get("/models"), client.get("/anything")):
        assert r.status_code == status
        assert r.headers["content-type"].startswith("text/html")
        assert r.text.lstrip().startswith("<!DOCTYPE html>")


def test_fault_malformed_json(client: httpx2.Client, simulator: Simulator) -> None:
    simulator.set_fault("malformed_json")
    r = azure_post(client, simulator, chat_body())
    assert r.status_code == 200 and r.headers["content-type"].startswith("application/json")
    with pytest.raises(json.JSONDecodeError):
        json.loads(r.content)


def test_fault_malformed_json_inside_a_stream(client: httpx2.Client, simulator: Simulator) -> None:
    simulator.set_fault("malformed_json", where="stream")
    data = sse_events(
        client, AZURE.format(dep=GEMINI), chat_body(stream=True), {"api-key": simulator.api_key}
    )
    assert data[-1] == "[DONE]"
    with pytest.raises(json.JSONDecodeError):
        json.loads(data[0])


def test_fault_no_tool_call(client: httpx2.Client, simulator: Simulator) -> None:
    simulator.set_fault("no_tool_call")
    body = chat_body("Weather in Paris?", tools=[WEATHER_TOOL])
    choice = azure_post(client, simulator, body).json()["choices"][0]
    assert choice["finish_reason"] == "stop"
    assert "tool_calls" not in choice["message"] and choice["message"]["content"]


def test_fault_bad_tool_arguments(client: httpx2.Client, simulator: Simulator) -> None:
    simulator.set_fault("bad_tool_arguments")
    for stream in (False, True):
        body = chat_body("Weather in Paris?", tools=[WEATHER_TOOL], stream=stream)
        if stream:
            data = sse_events(client, AZURE.format(dep=GEMINI), body, {"api-key": simulator.api_key})
            args = "".join(
                tc["function"].get("arguments", "")
                for d in data[:-1]
                for c in json.loads(d)["choices"]
                for tc in c["delta"].get("tool_calls") or []
            )
        else:
            call = azure_post(client, simulator, body).json()["choices"][0]["message"]["tool_calls"][0]
            args = call["function"]["arguments"]
        assert args.startswith('{"city"')
        with pytest.raises(json.JSONDecodeError):
            json.loads(args)


def test_fault_reasoning_makes_any_model_reject_max_tokens(
    client: httpx2.Client, simulator: Simulator
) -> None:
    simulator.set_fault("reasoning")
    r = azure_post(client, simulator, chat_body(max_tokens=10))
    assert r.status_code == 400 and r.json()["error"]["param"] == "max_tokens"


# -- a valid answer with another 2xx, and 400s on our own requests ---------------------------------


def test_success_status_answers_a_valid_completion_with_201(
    client: httpx2.Client, simulator: Simulator
) -> None:
    simulator.set_fault("success_status", times=2)
    r = azure_post(client, simulator, chat_body())
    assert r.status_code == 201
    assert r.json()["choices"][0]["message"]["content"].startswith("def merge")
    with client.stream("POST", AZURE.format(dep=GEMINI), json=chat_body(stream=True),
                       headers={"api-key": simulator.api_key}) as s:  # fmt: skip
        assert s.status_code == 201 and b"[DONE]" in s.read()
    assert azure_post(client, simulator, chat_body()).status_code == 200
    rows = client.get("/v2/logs", headers=bearer(simulator)).json()["data"]
    assert [row["status"] for row in rows] == ["succeeded"] * 3
    simulator.set_fault("success_status", status=204 - 2)
    assert azure_post(client, simulator, chat_body()).status_code == 202
    with pytest.raises(ValueError, match="2xx"):
        simulator.set_fault("success_status", status=200)


@pytest.mark.parametrize("path", ["/v1/models", "/model/openai/gpt-4o", "/v2/billing", "/v1/billing/balance",
                                  "/v2/usage", "/v2/logs", "/v1/key", "/models/metrics"])  # fmt: skip
def test_bad_request_hits_the_catalog_and_account_routes(
    client: httpx2.Client, simulator: Simulator, path: str
) -> None:
    simulator.set_fault("bad_request")
    body = assert_own_error(client.get(path, headers=bearer(simulator)), 400, path)
    assert body["message"] == "Query validation error!"
    assert azure_post(client, simulator, chat_body()).status_code == 200  # never the chat route


# -- setting faults --------------------------------------------------------------------------------


def test_unknown_fault_or_option_is_refused(simulator: Simulator) -> None:
    with pytest.raises(ValueError, match="Unknown fault"):
        simulator.set_fault("gremlins")
    with pytest.raises(ValueError, match="status"):
        simulator.set_fault("server_error", status=418)
    with pytest.raises(ValueError, match="status"):
        simulator.set_fault("key_info_denied", status=500)
    with pytest.raises(ValueError, match="true or false"):
        simulator.set_fault("rate_limited", retry_after_date="maybe")
    with pytest.raises(ValueError, match="text"):
        simulator.set_fault("no_credits", text="newest")
    assert {"success_status", "bad_request", "empty_catalog", "unrecognised_catalog", "key_info_denied",
            "spending_limit"} <= FAULTS.keys()  # fmt: skip


def test_fault_over_http_from_loopback(client: httpx2.Client, simulator: Simulator) -> None:
    r = client.post("/_simulator/fault", json={"name": "rate_limited", "times": 1, "retry_after": 2})
    assert r.status_code == 200 and r.json()["fault"]["name"] == "rate_limited"
    assert azure_post(client, simulator, chat_body()).status_code == 429
    assert azure_post(client, simulator, chat_body()).status_code == 200
    assert client.post("/_simulator/fault", json={"name": "nope"}).status_code == 400
    client.post("/_simulator/fault", json={"name": "bad_key"})
    assert azure_post(client, simulator, chat_body()).status_code == 401
    assert client.post("/_simulator/fault", json={"name": None}).json() == {"fault": None}
    assert azure_post(client, simulator, chat_body()).status_code == 200
    # Control requests are not recorded as API traffic.
    assert all(rec.path != "/_simulator/fault" for rec in simulator.requests)


def test_fault_endpoint_get_delete_and_bad_input(client: httpx2.Client) -> None:
    client.post("/_simulator/fault", json={"name": "slow", "delay_ms": 10, "times": 2})
    assert client.get("/_simulator/fault").json()["fault"] == {
        "name": "slow", "scope": "chat", "remaining": 2, "delay_ms": 10,
    }  # fmt: skip
    assert client.delete("/_simulator/fault").json() == {"fault": None}
    assert client.get("/_simulator/fault").json() == {"fault": None}
    assert client.post("/_simulator/fault", content=b"[1]").status_code == 400
    assert client.post("/_simulator/fault", content=b"{broken").status_code == 400
    assert client.post("/_simulator/fault", json={"name": "slow", "delay_ms": "soon"}).status_code == 400
    assert client.post("/_simulator/fault", json={"name": 7}).status_code == 400
    assert client.put("/_simulator/fault").status_code == 404
    assert client.get("/_simulator/nothing").status_code == 404
