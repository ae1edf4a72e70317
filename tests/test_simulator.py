"""The simulator answers real HTTP clients the way AI/ML API does (shapes and quirks of wire.md)."""

from __future__ import annotations

import http.client
import json
import shutil
import signal
import socket
import ssl
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from typing import Any

import httpx2
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.simulator import DEMO_KEY, Simulator

GEMINI = "google/gemini-2.5-pro"
MERGE_PROMPT = "Give me a one-line Python function to merge two dicts."
AZURE = "/openai/deployments/{dep}/chat/completions?api-version=2024-12-01-preview"
WEATHER_TOOL = {
    "type": "function",
    "function": {
        "name": "get_weather",
        "description": "Current weather in a city",
        "parameters": {
            "type": "object",
            "properties": {"city": {"type": "string"}, "unit": {"type": "string", "enum": ["celsius", "f"]}},
            "required": ["city"],
        },
    },
}


def chat_body(prompt: str = MERGE_PROMPT, **extra: Any) -> dict[str, Any]:
    return {"messages": [{"role": "user", "content": prompt}], **extra}


# Loopback is plain HTTP: one shared TLS context spares loading the trust store per client.
NO_TLS = ssl.create_default_context()


@pytest.fixture
def client(simulator: Simulator) -> httpx2.Client:
    with httpx2.Client(base_url=simulator.url, timeout=5, verify=NO_TLS) as c:
        yield c


def azure_post(
    client: httpx2.Client, sim: Simulator, body: Any, dep: str = GEMINI, **kw: Any
) -> httpx2.Response:
    return client.post(AZURE.format(dep=dep), json=body, headers={"api-key": sim.api_key}, **kw)


def sse_events(client: httpx2.Client, url: str, body: dict[str, Any], headers: dict[str, str]) -> list[str]:
    with client.sse(url, method="POST", json=body, headers=headers) as es:
        return [ev.data for ev in es]


# -- happy paths ---------------------------------------------------------------------------------


def test_azure_chat_answers_in_azure_shape(client: httpx2.Client, simulator: Simulator) -> None:
    r = azure_post(client, simulator, chat_body())
    assert r.status_code == 200
    assert r.headers["content-type"].startswith("application/json")
    body = r.json()
    assert body["object"] == "chat.completion"
    assert body["model"] == GEMINI
    assert body["prompt_filter_results"][0]["prompt_index"] == 0
    choice = body["choices"][0]
    assert choice["finish_reason"] == "stop"
    assert "content_filter_results" in choice
    assert choice["message"] == {"role": "assistant", "content": "def merge(a, b): return {**a, **b}"}
    usage = body["usage"]
    assert usage["total_tokens"] == usage["prompt_tokens"] + usage["completion_tokens"] > 0


def test_the_one_liner_really_merges_dicts(client: httpx2.Client, simulator: Simulator) -> None:
    code = azure_post(client, simulator, chat_body()).json()["choices"][0]["message"]["content"]
    scope: dict[str, Any] = {}
    exec(code, scope)
    assert scope["merge"]({"a": 1}, {"b": 2, "a": 3}) == {"a": 3, "b": 2}


@pytest.mark.parametrize(
    "dep", ["google/gemini-2.5-pro", "google%2Fgemini-2.5-pro", "google%2fgemini-2.5-pro"]
)
def test_deployment_raw_or_percent_encoded(simulator: Simulator, dep: str) -> None:
    # A raw request target, so the client cannot normalise the encoding away.
    with httpx2.Client(timeout=5, verify=NO_TLS) as c:
        url = httpx2.URL(simulator.url + "/openai/deployments/x/chat/completions")
        url = url.copy_with(raw_path=f"/openai/deployments/{dep}/chat/completions?api-version=1".encode())
        r = c.post(url, json=chat_body(), headers={"api-key": simulator.api_key})
    assert r.status_code == 200, r.text
    assert r.json()["model"] == GEMINI
    assert simulator.requests[-1].path == f"/openai/deployments/{dep}/chat/completions"


def test_v1_prefixed_azure_route(client: httpx2.Client, simulator: Simulator) -> None:
    r = client.post(
        "/v1" + AZURE.format(dep=GEMINI), json=chat_body(), headers={"api-key": simulator.api_key}
    )
    assert r.status_code == 200
    assert r.json()["choices"][0]["message"]["content"].startswith("def merge")


def test_api_key_header_name_is_case_insensitive(simulator: Simulator) -> None:
    conn = http.client.HTTPConnection("127.0.0.1", simulator.port, timeout=5)
    body = json.dumps(chat_body("Say pong")).encode()
    conn.request(
        "POST",
        AZURE.format(dep=GEMINI),
        body,
        {"Api-Key": simulator.api_key, "Content-Type": "application/json"},
    )
    resp = conn.getresponse()
    assert resp.status == 200
    assert json.loads(resp.read())["choices"][0]["message"]["content"] == "pong"
    conn.close()


def test_cursor_verify_request_passes(client: httpx2.Client, simulator: Simulator) -> None:
    body = {
        "messages": [
            {"role": "system", "content": "You are a helpful assistant."},
            {"role": "user", "content": "Test prompt using gpt-3.5-turbo"},
        ],
        "temperature": 1,
        "top_p": 1,
        "n": 1,
        "max_tokens": 10,
        "stream": False,
    }
    r = client.post(
        f"/openai/deployments/{GEMINI}/chat/completions?api-version=2023-03-15-preview",
        json=body,
        headers={"api-key": simulator.api_key},
    )
    assert r.status_code == 200
    choice = r.json()["choices"][0]
    assert choice["finish_reason"] == "length"  # the reply is longer than 10 tokens
    assert 0 < r.json()["usage"]["completion_tokens"] <= 10


def test_max_tokens_truncates_words(client: httpx2.Client, simulator: Simulator) -> None:
    r = azure_post(client, simulator, chat_body("Count to 50", max_tokens=5))
    choice = r.json()["choices"][0]
    assert choice["finish_reason"] == "length"
    assert choice["message"]["content"] == "1, 2, 3, 4, 5,"


def test_openai_route_with_bearer_key(client: httpx2.Client, simulator: Simulator) -> None:
    r = client.post(
        "/v1/chat/completions",
        json=chat_body(model="openai/gpt-4o-mini"),
        headers={"Authorization": f"Bearer {simulator.api_key}"},
    )
    assert r.status_code == 200
    body = r.json()
    assert body["model"] == "openai/gpt-4o-mini"
    assert body["choices"][0]["message"]["content"].startswith("def merge")


def test_openai_route_rejects_api_key_header(client: httpx2.Client, simulator: Simulator) -> None:
    r = client.post(
        "/v1/chat/completions", json=chat_body(model=GEMINI), headers={"api-key": simulator.api_key}
    )
    assert r.status_code == 401


def test_models_catalog_is_mixed_and_needs_no_key(client: httpx2.Client) -> None:
    r = client.get("/models")
    assert r.status_code == 200
    data = r.json()["data"]
    by_id = {m["id"]: m for m in data}
    for wanted in (
        "google/gemini-2.5-pro",
        "anthropic/claude-sonnet-4",
        "openai/o4-mini",
        "deepseek/deepseek-chat",
    ):
        assert by_id[wanted]["type"] == "chat-completion"
        assert by_id[wanted]["info"]["contextLength"] > 0
    assert {m["type"] for m in data} >= {"chat-completion", "image", "video", "embedding", "tts"}
    for m in data:
        assert {"id", "type", "info", "features", "endpoints"} <= m.keys()
        assert {"name", "developer"} <= m["info"].keys()


def test_models_include_adds_capabilities_and_pricing(client: httpx2.Client) -> None:
    m = client.get("/models", params={"include": "capabilities,pricing"}).json()["data"][0]
    assert "capabilities" in m and "pricing" in m
    assert "capabilities" not in client.get("/models").json()["data"][0]


def test_balance(client: httpx2.Client, simulator: Simulator) -> None:
    r = client.get("/v1/billing/balance", headers={"Authorization": f"Bearer {simulator.api_key}"})
    assert r.status_code == 200
    b = r.json()
    assert b["balance"] == 10_000_000 and b["lowBalance"] is False
    assert {
        "lowBalanceThreshold",
        "lastUpdated",
        "autoDebitStatus",
        "status",
        "statusExplanation",
    } <= b.keys()


# -- errors --------------------------------------------------------------------------------------


def assert_own_error(r: httpx2.Response, status: int, path: str) -> dict[str, Any]:
    assert r.status_code == status
    body = r.json()
    assert body["statusCode"] == status
    assert body["path"] == path
    assert body["requestId"] and body["timestamp"].endswith("Z")
    return body


@pytest.mark.parametrize("key", [None, "", "wrong-key-0000000000000000"])
def test_bad_or_missing_key_is_401_in_service_shape(client: httpx2.Client, key: str | None) -> None:
    headers = {} if key is None else {"api-key": key}
    r = client.post(AZURE.format(dep=GEMINI), json=chat_body(), headers=headers)
    body = assert_own_error(r, 401, f"/openai/deployments/{GEMINI}/chat/completions")
    assert "https://aimlapi.com/app/keys" in body["message"]


def test_balance_needs_bearer_key(client: httpx2.Client) -> None:
    assert_own_error(client.get("/v1/billing/balance"), 401, "/v1/billing/balance")


def test_unknown_deployment_is_azure_404(client: httpx2.Client, simulator: Simulator) -> None:
    for dep in ("google/gemini-9-ultra", "openai/dall-e-3"):  # unknown, and not a chat model
        r = azure_post(client, simulator, chat_body(), dep=dep)
        assert r.status_code == 404
        assert r.json()["error"]["code"] == "DeploymentNotFound"
        assert "does not exist" in r.json()["error"]["message"]


def test_unknown_path_is_404_in_service_shape(client: httpx2.Client, simulator: Simulator) -> None:
    r = client.post("/openai/openai/deployments/x/chat/completions", headers={"api-key": simulator.api_key})
    body = assert_own_error(r, 404, "/openai/openai/deployments/x/chat/completions")
    assert "Cannot POST" in body["message"]
    assert_own_error(client.get("/v1/chat/completions"), 404, "/v1/chat/completions")


def test_missing_api_version_is_404(client: httpx2.Client, simulator: Simulator) -> None:
    r = client.post(
        f"/openai/deployments/{GEMINI}/chat/completions",
        json=chat_body(),
        headers={"api-key": simulator.api_key},
    )
    assert r.status_code == 404
    assert r.json()["error"]["message"] == "Resource not found"


@pytest.mark.parametrize(
    ("content", "ctype"),
    [
        (b"{not json", "application/json"),
        (b'{"model": "x"}', "application/json"),
        (b'{"messages": []}', "application/json"),
        (b"[1, 2]", "application/json"),
        (json.dumps(chat_body()).encode(), "text/plain"),  # valid JSON, but not sent as JSON
        (json.dumps(chat_body()).encode(), None),
    ],
)
def test_body_validation_error(
    client: httpx2.Client, simulator: Simulator, content: bytes, ctype: str | None
) -> None:
    headers = {"api-key": simulator.api_key}
    if ctype:
        headers["content-type"] = ctype
    r = client.post(AZURE.format(dep=GEMINI), content=content, headers=headers)
    body = assert_own_error(r, 400, f"/openai/deployments/{GEMINI}/chat/completions")
    assert body["message"] == "Body validation error!"


@pytest.mark.parametrize("dep", ["openai/o3-mini", "openai/o4-mini"])
def test_reasoning_models_reject_max_tokens(client: httpx2.Client, simulator: Simulator, dep: str) -> None:
    r = azure_post(client, simulator, chat_body(max_tokens=10), dep=dep)
    assert r.status_code == 400
    err = r.json()["error"]
    assert err["message"] == (
        "Unsupported parameter: 'max_tokens' is not supported with this model. "
        "Use 'max_completion_tokens' instead."
    )
    assert err["param"] == "max_tokens" and err["code"] == "unsupported_parameter"
    ok = azure_post(client, simulator, chat_body(max_completion_tokens=100), dep=dep)
    assert ok.status_code == 200
    assert ok.json()["usage"]["completion_tokens_details"]["reasoning_tokens"] > 0


# -- streaming -----------------------------------------------------------------------------------


def test_stream_has_every_quirk_and_parses_with_eventsource(
    client: httpx2.Client, simulator: Simulator
) -> None:
    body = chat_body(stream=True, stream_options={"include_usage": True})
    data = sse_events(client, AZURE.format(dep=GEMINI), body, {"api-key": simulator.api_key})
    assert data[-1] == "[DONE]"
    chunks = [json.loads(d) for d in data[:-1]]
    first = chunks[0]
    assert first["choices"] == [] and first["prompt_filter_results"]
    assert chunks[1]["choices"][0]["delta"] == {"role": "assistant", "content": ""}
    pieces = [c["choices"][0]["delta"].get("content") for c in chunks[2:] if c["choices"]]
    text_pieces = [p for p in pieces if p]
    assert len(text_pieces) >= 3
    assert "".join(text_pieces) == "def merge(a, b): return {**a, **b}"
    finish = [c for c in chunks if c["choices"] and c["choices"][0]["finish_reason"]]
    assert len(finish) == 1 and finish[0]["choices"][0]["delta"] == {}
    assert finish[0]["choices"][0]["finish_reason"] == "stop"
    assert chunks[-1]["choices"] == [] and chunks[-1]["usage"]["total_tokens"] > 0


def test_stream_wire_format_quirks(simulator: Simulator) -> None:
    raw = _raw_stream(simulator, chat_body(stream=True))
    assert b"\n: keep-alive\n" in raw
    assert b"data: {" in raw and b"data:{" in raw
    assert b"\r\n\r\n" in raw and b"}\n\n" in raw
    assert raw.endswith(b"[DONE]\n\n") or raw.endswith(b"[DONE]\r\n\r\n")
    assert b'"usage"' not in raw  # only when stream_options.include_usage


def _raw_stream(sim: Simulator, body: dict[str, Any], path: str = AZURE.format(dep=GEMINI)) -> bytes:
    conn = http.client.HTTPConnection("127.0.0.1", sim.port, timeout=5)
    conn.request("POST", path, json.dumps(body), {"api-key": sim.api_key, "Content-Type": "application/json"})
    resp = conn.getresponse()
    assert resp.status == 200
    assert resp.getheader("Content-Type", "").startswith("text/event-stream")
    assert resp.getheader("Transfer-Encoding") == "chunked"
    raw = resp.read()
    conn.close()
    return raw


def test_stream_tokens_arrive_separately(simulator: Simulator) -> None:
    """Reads return pieces over time, some events split across reads: a measurable time to first token."""
    with httpx2.Client(timeout=5, verify=NO_TLS) as c:
        with c.stream(
            "POST",
            simulator.url + AZURE.format(dep=GEMINI),
            json=chat_body(stream=True),
            headers={"api-key": simulator.api_key},
        ) as r:
            reads = [(time.perf_counter(), b) for b in r.iter_raw()]
    assert len(reads) >= 6
    assert reads[-1][0] - reads[0][0] > 0.01
    # Some read ends inside an event (no blank line at its end).
    assert any(not b.endswith((b"\n\n", b"\r\n\r\n")) for _, b in reads)
    # And one CRLF line end is split between its "\r" and its "\n".
    assert any(b.endswith(b"}\r") for _, b in reads)


def test_latency_applies_before_first_byte(simulator: Simulator) -> None:
    simulator.latency_ms = 150
    with httpx2.Client(timeout=5, verify=NO_TLS) as c:
        t0 = time.perf_counter()
        r = c.get(simulator.url + "/models")
        assert r.status_code == 200
        assert time.perf_counter() - t0 >= 0.15


def test_stream_on_openai_route(client: httpx2.Client, simulator: Simulator) -> None:
    data = sse_events(
        client,
        "/v1/chat/completions",
        chat_body("Say hello there", model=GEMINI, stream=True),
        {"Authorization": f"Bearer {simulator.api_key}"},
    )
    chunks = [json.loads(d) for d in data[:-1]]
    assert (
        "".join(c["choices"][0]["delta"].get("content") or "" for c in chunks if c["choices"])
        == "hello there"
    )


# -- tools ---------------------------------------------------------------------------------------


def test_tool_call_whole(client: httpx2.Client, simulator: Simulator) -> None:
    r = azure_post(client, simulator, chat_body("What's the weather in Paris?", tools=[WEATHER_TOOL]))
    choice = r.json()["choices"][0]
    assert choice["finish_reason"] == "tool_calls"
    assert choice["message"]["content"] is None
    (call,) = choice["message"]["tool_calls"]
    assert call["type"] == "function" and call["id"].startswith("call_")
    assert call["function"]["name"] == "get_weather"
    assert json.loads(call["function"]["arguments"]) == {"city": "Paris"}


def test_tool_call_streamed_in_pieces(client: httpx2.Client, simulator: Simulator) -> None:
    body = chat_body("What's the weather in Paris?", tools=[WEATHER_TOOL], stream=True)
    data = sse_events(client, AZURE.format(dep=GEMINI), body, {"api-key": simulator.api_key})
    pieces = [
        tc for d in data[:-1] for c in json.loads(d)["choices"] for tc in c["delta"].get("tool_calls") or []
    ]
    assert len(pieces) >= 3
    assert pieces[0]["id"].startswith("call_") and pieces[0]["function"]["name"] == "get_weather"
    assert all("id" not in p and "name" not in p["function"] for p in pieces[1:])
    args = "".join(p["function"]["arguments"] for p in pieces)
    assert json.loads(args) == {"city": "Paris"}
    finishes = [c["finish_reason"] for d in data[:-1] for c in json.loads(d)["choices"] if c["finish_reason"]]
    assert finishes == ["tool_calls"]


# -- faults --------------------------------------------------------------------------------------


def test_fault_bad_key(client: httpx2.Client, simulator: Simulator) -> None:
    simulator.set_fault("bad_key")
    assert azure_post(client, simulator, chat_body()).status_code == 401
    assert (
        client.get(
            "/v1/billing/balance", headers={"Authorization": f"Bearer {simulator.api_key}"}
        ).status_code
        == 401
    )
    assert client.get("/models").status_code == 200  # the catalog needs no key
    simulator.set_fault(None)
    assert azure_post(client, simulator, chat_body()).status_code == 200


def test_fault_no_credits(client: httpx2.Client, simulator: Simulator) -> None:
    simulator.set_fault("no_credits")
    r = azure_post(client, simulator, chat_body())
    body = assert_own_error(r, 403, f"/openai/deployments/{GEMINI}/chat/completions")
    assert "run out of credits" in body["message"]
    b = client.get("/v1/billing/balance", headers={"Authorization": f"Bearer {simulator.api_key}"}).json()
    assert b["balance"] == 0 and b["lowBalance"] is True


def test_fault_low_balance(client: httpx2.Client, simulator: Simulator) -> None:
    simulator.set_fault("low_balance")
    b = client.get("/v1/billing/balance", headers={"Authorization": f"Bearer {simulator.api_key}"}).json()
    assert 0 < b["balance"] < b["lowBalanceThreshold"] and b["lowBalance"] is True
    assert azure_post(client, simulator, chat_body()).status_code == 200


def test_fault_rate_limited_then_ok(client: httpx2.Client, simulator: Simulator) -> None:
    simulator.set_fault("rate_limited", times=2, retry_after=3)
    for _ in range(2):
        r = azure_post(client, simulator, chat_body())
        assert_own_error(r, 429, f"/openai/deployments/{GEMINI}/chat/completions")
        assert r.headers["retry-after"] == "3"
    assert azure_post(client, simulator, chat_body()).status_code == 200


@pytest.mark.parametrize("status", [500, 502, 503, 504])
def test_fault_server_error(client: httpx2.Client, simulator: Simulator, status: int) -> None:
    simulator.set_fault("server_error", status=status, times=1)
    assert_own_error(
        azure_post(client, simulator, chat_body()), status, f"/openai/deployments/{GEMINI}/chat/completions"
    )
    assert azure_post(client, simulator, chat_body()).status_code == 200


def test_fault_server_error_forever_by_default(client: httpx2.Client, simulator: Simulator) -> None:
    simulator.set_fault("server_error")
    assert [azure_post(client, simulator, chat_body()).status_code for _ in range(3)] == [500] * 3
    assert client.get("/models").status_code == 200  # scope "chat" by default


def test_fault_slow(client: httpx2.Client, simulator: Simulator) -> None:
    simulator.set_fault("slow", delay_ms=300)
    t0 = time.perf_counter()
    assert azure_post(client, simulator, chat_body()).status_code == 200
    assert time.perf_counter() - t0 >= 0.3
    with pytest.raises(httpx2.ReadTimeout):
        azure_post(client, simulator, chat_body(), timeout=0.1)


def test_fault_stream_cut(client: httpx2.Client, simulator: Simulator) -> None:
    simulator.set_fault("stream_cut")
    got: list[str] = []
    with pytest.raises(httpx2.RemoteProtocolError):
        with client.sse(
            AZURE.format(dep=GEMINI),
            method="POST",
            json=chat_body(stream=True),
            headers={"api-key": simulator.api_key},
        ) as es:
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
    for r in (azure_post(client, simulator, chat_body()), client.get("/models")):
        assert r.status_code == status
        assert r.headers["content-type"].startswith("text/html")
        assert r.text.lstrip().startswith("<!DOCTYPE html>")


def test_fault_malformed_json(client: httpx2.Client, simulator: Simulator) -> None:
    simulator.set_fault("malformed_json")
    r = azure_post(client, simulator, chat_body())
    assert r.status_code == 200 and r.headers["content-type"].startswith("application/json")
    with pytest.raises(json.JSONDecodeError):
        json.loads(r.content)


def test_fault_no_tool_call(client: httpx2.Client, simulator: Simulator) -> None:
    simulator.set_fault("no_tool_call")
    choice = azure_post(client, simulator, chat_body("Weather in Paris?", tools=[WEATHER_TOOL])).json()[
        "choices"
    ][0]
    assert choice["finish_reason"] == "stop"
    assert "tool_calls" not in choice["message"] and choice["message"]["content"]


def test_fault_reasoning_makes_any_model_reject_max_tokens(
    client: httpx2.Client, simulator: Simulator
) -> None:
    simulator.set_fault("reasoning")
    r = azure_post(client, simulator, chat_body(max_tokens=10))
    assert r.status_code == 400 and r.json()["error"]["param"] == "max_tokens"


def test_unknown_fault_is_refused(simulator: Simulator) -> None:
    with pytest.raises(ValueError, match="Unknown fault"):
        simulator.set_fault("gremlins")
    with pytest.raises(ValueError, match="status"):
        simulator.set_fault("server_error", status=418)


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


# -- any client, recording, lifecycle ------------------------------------------------------------


def test_urllib_client(simulator: Simulator) -> None:
    req = urllib.request.Request(
        simulator.url + AZURE.format(dep="anthropic/claude-3-5-haiku"),
        data=json.dumps(chat_body()).encode(),
        headers={"api-key": simulator.api_key, "Content-Type": "application/json"},
    )
    with urllib.request.urlopen(req, timeout=5) as resp:
        assert json.loads(resp.read())["model"] == "anthropic/claude-3-5-haiku"
    with pytest.raises(urllib.error.HTTPError) as info:
        urllib.request.urlopen(simulator.url + "/v1/billing/balance", timeout=5)
    assert info.value.code == 401
    assert json.loads(info.value.read())["statusCode"] == 401


def test_keep_alive_serves_many_requests_on_one_connection(simulator: Simulator) -> None:
    conn = http.client.HTTPConnection("127.0.0.1", simulator.port, timeout=5)
    for _ in range(3):
        conn.request("GET", "/models")
        resp = conn.getresponse()
        assert resp.status == 200 and json.loads(resp.read())["data"]
        conn.request(
            "POST",
            AZURE.format(dep=GEMINI),
            json.dumps(chat_body(stream=True)),
            {"api-key": simulator.api_key, "Content-Type": "application/json"},
        )
        resp = conn.getresponse()
        assert resp.read().rstrip().endswith(b"[DONE]")
    conn.close()


def test_requests_are_recorded_raw(client: httpx2.Client, simulator: Simulator) -> None:
    azure_post(client, simulator, chat_body(max_tokens=7))
    rec = simulator.requests[-1]
    assert rec.method == "POST"
    assert rec.path == f"/openai/deployments/{GEMINI}/chat/completions"
    assert rec.query == {"api-version": "2024-12-01-preview"}
    assert rec.headers["api-key"] == simulator.api_key
    assert rec.json()["max_tokens"] == 7
    assert len(simulator.requests) == 1
    simulator.requests.clear()
    assert len(simulator.requests) == 0


def test_stop_is_fast_with_slow_request_in_flight() -> None:
    sim = Simulator(api_key="k" * 32)
    sim.set_fault("slow", delay_ms=10_000)
    url = sim.start()
    errors: list[BaseException] = []

    def call() -> None:
        try:
            httpx2.post(
                verify=NO_TLS,
                url=url + AZURE.format(dep=GEMINI),
                json=chat_body(),
                headers={"api-key": "k" * 32},
                timeout=15,
            )
        except BaseException as exc:  # the connection is closed under it
            errors.append(exc)

    t = threading.Thread(target=call)
    t.start()
    time.sleep(0.1)
    t0 = time.perf_counter()
    sim.stop()
    assert time.perf_counter() - t0 < 1.0
    t.join(timeout=2)
    assert not t.is_alive() and errors
    with pytest.raises(httpx2.ConnectError):
        httpx2.get(verify=NO_TLS, url=url + "/models", timeout=1)


def test_context_manager_and_demo_key() -> None:
    with Simulator() as sim:
        assert sim.api_key == DEMO_KEY
        assert sim.url.startswith("http://127.0.0.1:")
        r = httpx2.get(
            verify=NO_TLS,
            url=sim.url + "/v1/billing/balance",
            headers={"Authorization": f"Bearer {DEMO_KEY}"},
            timeout=5,
        )
        assert r.status_code == 200


def test_run_serves_in_foreground_until_ctrl_c() -> None:
    code = (
        "from app.simulator import run\n"
        "run(0, 'k' * 32, fault='rate_limited:times=1', ready=lambda url: print(url, flush=True))\n"
    )
    proc = subprocess.Popen(
        [sys.executable, "-c", code],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        # A background test runner may ignore SIGINT; the child gets the default, like a terminal.
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )
    try:
        url = proc.stdout.readline().strip()
        assert url.startswith("http://127.0.0.1:")
        r = httpx2.post(
            verify=NO_TLS,
            url=url + AZURE.format(dep=GEMINI),
            json=chat_body(),
            headers={"api-key": "k" * 32},
            timeout=5,
        )
        assert r.status_code == 429
        proc.send_signal(signal.SIGINT)
        out, err = proc.communicate(timeout=5)
    finally:
        proc.kill()
    assert proc.returncode == 0
    assert out == "" and err == ""  # nothing printed except through ready()


# -- more clients and protocol corners -----------------------------------------------------------


def test_http10_client_gets_a_stream_ended_by_close(simulator: Simulator) -> None:
    body = json.dumps(chat_body("Say one two three", stream=True)).encode()
    head = (
        f"POST {AZURE.format(dep=GEMINI)} HTTP/1.0\r\nHost: 127.0.0.1\r\napi-key: {simulator.api_key}\r\n"
        f"Content-Type: application/json\r\nContent-Length: {len(body)}\r\n\r\n"
    ).encode()
    with socket.create_connection(("127.0.0.1", simulator.port), timeout=5) as s:
        s.sendall(head + body)
        raw = b""
        while chunk := s.recv(65536):
            raw += chunk
    headers, _, payload = raw.partition(b"\r\n\r\n")
    assert b"200" in headers.split(b"\r\n")[0]
    assert b"transfer-encoding" not in headers.lower()
    assert payload.rstrip().endswith(b"[DONE]")
    assert b"one" in payload and b"three" in payload


def test_chunked_request_body(simulator: Simulator) -> None:
    conn = http.client.HTTPConnection("127.0.0.1", simulator.port, timeout=5)
    parts = [b'{"messages": [{"role": "user", ', b'"content": "Say chunked"}]}']
    conn.request(
        "POST",
        AZURE.format(dep=GEMINI),
        body=iter(parts),
        headers={
            "api-key": simulator.api_key,
            "Transfer-Encoding": "chunked",
            "Content-Type": "application/json",
        },
        encode_chunked=True,
    )
    resp = conn.getresponse()
    assert resp.status == 200
    assert json.loads(resp.read())["choices"][0]["message"]["content"] == "chunked"
    conn.close()


@pytest.mark.skipif(shutil.which("curl") is None, reason="curl is not installed")
def test_curl_smoke_test_with_raw_slash_and_expect_continue(simulator: Simulator) -> None:
    # "Expect: 100-continue" (curl sends it for large bodies, as many HTTP stacks do).
    body = chat_body("Say curl works", temperature=1)
    proc = subprocess.run(
        [
            "curl", "-sS", "--noproxy", "*", "-X", "POST",
            simulator.url + f"/openai/deployments/{GEMINI}/chat/completions?api-version=2024-12-01-preview",
            "-H", f"api-key: {simulator.api_key}", "-H", "Content-Type: application/json",
            "-H", "Expect: 100-continue", "-d", json.dumps(body), "-w", "\n%{http_code}",
        ],
        capture_output=True, text=True, timeout=10, check=False,
    )  # fmt: skip
    text, _, code = proc.stdout.rpartition("\n")
    assert code == "200", proc.stderr
    assert json.loads(text)["choices"][0]["message"]["content"] == "curl works"
    assert simulator.requests[-1].headers.get("expect", "").lower() == "100-continue"


def test_ipv6_loopback() -> None:
    with Simulator(api_key="k" * 32, host="::1") as sim:
        assert sim.url.startswith("http://[::1]:")
        with httpx2.Client(timeout=5, verify=NO_TLS) as c:
            assert c.get(sim.url + "/models").status_code == 200


def test_head_models(client: httpx2.Client) -> None:
    r = client.head("/models")
    assert r.status_code == 200 and r.content == b""
    assert int(r.headers["content-length"]) > 1000


def test_concurrent_requests_are_all_served_and_recorded(simulator: Simulator) -> None:
    simulator.latency_ms = 300
    statuses: list[int] = []
    lock = threading.Lock()

    def call(i: int) -> None:
        with httpx2.Client(timeout=5, verify=NO_TLS) as c:
            r = c.post(
                simulator.url + AZURE.format(dep=GEMINI),
                json=chat_body(f"Say n{i}", stream=i % 2 == 0),
                headers={"api-key": simulator.api_key},
            )
            with lock:
                statuses.append(r.status_code)

    threads = [threading.Thread(target=call, args=(i,)) for i in range(8)]
    t0 = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join(5)
    assert statuses == [200] * 8
    assert time.perf_counter() - t0 < 1.5  # served in parallel, not 8 x 300 ms
    assert sorted(rec.json()["messages"][0]["content"] for rec in simulator.requests) == sorted(
        f"Say n{i}" for i in range(8)
    )


def test_stop_closes_idle_keep_alive_connections_quickly() -> None:
    sim = Simulator(api_key="k" * 32)
    sim.start()
    conn = http.client.HTTPConnection("127.0.0.1", sim.port, timeout=5)
    conn.request("GET", "/models")
    conn.getresponse().read()  # the connection stays open, its handler waits for the next request
    t0 = time.perf_counter()
    sim.stop()
    assert time.perf_counter() - t0 < 0.5
    conn.close()
    # And it can start again.
    url = sim.start()
    try:
        assert httpx2.get(url + "/models", timeout=5, verify=NO_TLS).status_code == 200
    finally:
        sim.stop()


def test_busy_port_gives_a_plain_message() -> None:
    with Simulator() as first:
        with pytest.raises(OSError, match="choose another port"):
            Simulator(port=first.port).start()


# -- more model behaviour ------------------------------------------------------------------------


def test_tool_result_turn_is_answered_in_words(client: httpx2.Client, simulator: Simulator) -> None:
    messages = [
        {"role": "user", "content": "What's the weather in Paris?"},
        {
            "role": "assistant",
            "content": None,
            "tool_calls": [
                {"id": "call_1", "type": "function", "function": {"name": "get_weather", "arguments": "{}"}}
            ],
        },
        {"role": "tool", "tool_call_id": "call_1", "content": "18 C, sunny"},
    ]
    r = azure_post(client, simulator, {"messages": messages, "tools": [WEATHER_TOOL]})
    choice = r.json()["choices"][0]
    assert choice["finish_reason"] == "stop"
    assert "18 C, sunny" in choice["message"]["content"]


def test_tool_choice_names_the_function(client: httpx2.Client, simulator: Simulator) -> None:
    other = {
        "type": "function",
        "function": {
            "name": "lookup",
            "parameters": {
                "type": "object",
                "properties": {
                    "n": {"type": "integer"},
                    "tags": {"type": "array", "items": {"type": "string"}},
                },
            },
        },
    }
    body = chat_body(
        tools=[WEATHER_TOOL, other], tool_choice={"type": "function", "function": {"name": "lookup"}}
    )
    call = azure_post(client, simulator, body).json()["choices"][0]["message"]["tool_calls"][0]
    assert call["function"]["name"] == "lookup"
    assert json.loads(call["function"]["arguments"]) == {"n": 1, "tags": ["example"]}
    none = azure_post(client, simulator, chat_body(tools=[WEATHER_TOOL], tool_choice="none")).json()
    assert none["choices"][0]["finish_reason"] == "stop"


def test_model_without_function_calling_answers_in_words(client: httpx2.Client, simulator: Simulator) -> None:
    r = azure_post(
        client, simulator, chat_body("Weather in Paris?", tools=[WEATHER_TOOL]), dep="deepseek/deepseek-r1"
    )
    assert r.json()["choices"][0]["finish_reason"] == "stop"


def test_o1_mini_refuses_system_message(client: httpx2.Client, simulator: Simulator) -> None:
    body = {"messages": [{"role": "system", "content": "Be brief."}, {"role": "user", "content": "Hi"}]}
    r = azure_post(client, simulator, body, dep="openai/o1-mini")
    assert r.status_code == 400
    assert (
        r.json()["error"]["message"]
        == "Unsupported value: 'messages[0].role' does not support 'system' with this model."
    )


def test_reasoning_model_refuses_other_temperature(client: httpx2.Client, simulator: Simulator) -> None:
    r = azure_post(client, simulator, chat_body(temperature=0.2), dep="openai/o3-mini")
    assert r.status_code == 400 and r.json()["error"]["param"] == "temperature"


def test_replies_are_deterministic(client: httpx2.Client, simulator: Simulator) -> None:
    texts = {
        azure_post(client, simulator, chat_body("Explain monads briefly")).json()["choices"][0]["message"][
            "content"
        ]
        for _ in range(2)
    }
    assert len(texts) == 1
    assert (
        azure_post(client, simulator, chat_body("What is 6 * 7?")).json()["choices"][0]["message"]["content"]
        == "42"
    )


# -- more fault options --------------------------------------------------------------------------


def test_fault_malformed_json_inside_a_stream(client: httpx2.Client, simulator: Simulator) -> None:
    simulator.set_fault("malformed_json", where="stream")
    data = sse_events(
        client, AZURE.format(dep=GEMINI), chat_body(stream=True), {"api-key": simulator.api_key}
    )
    assert data[-1] == "[DONE]"
    with pytest.raises(json.JSONDecodeError):
        json.loads(data[0])


def test_fault_options_status_string_and_402(client: httpx2.Client, simulator: Simulator) -> None:
    simulator.set_fault("no_credits", status=402, status_code_string=True)
    r = azure_post(client, simulator, chat_body())
    assert r.status_code == 402 and r.json()["statusCode"] == "402"


def test_fault_scope_all_reaches_the_catalog(client: httpx2.Client, simulator: Simulator) -> None:
    simulator.set_fault("server_error", status=503, scope="all", times=1)
    assert client.get("/models").status_code == 503
    assert client.get("/models").status_code == 200


def test_fault_html_proxy_intercepts_unknown_paths_too(client: httpx2.Client, simulator: Simulator) -> None:
    simulator.set_fault("html_proxy", status=403)
    r = client.get("/anything")
    assert r.status_code == 403 and r.headers["content-type"].startswith("text/html")


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


def test_fault_server_error_503_with_retry_after(client: httpx2.Client, simulator: Simulator) -> None:
    simulator.set_fault("server_error", status=503, retry_after=2, times=1)
    r = azure_post(client, simulator, chat_body())
    assert r.status_code == 503 and r.headers["retry-after"] == "2"
    assert r.json()["message"] == "Service unavailable"


def test_context_length_exceeded(client: httpx2.Client, simulator: Simulator) -> None:
    r = azure_post(client, simulator, chat_body("word " * 40_000), dep="mistralai/Mistral-7B-Instruct-v0.3")
    assert r.status_code == 400
    assert r.json()["error"]["code"] == "context_length_exceeded"
    assert azure_post(client, simulator, chat_body("word " * 40_000)).status_code == 200  # 1M-token Gemini


def test_json_response_format(client: httpx2.Client, simulator: Simulator) -> None:
    body = chat_body("Say hi", response_format={"type": "json_object"})
    content = azure_post(client, simulator, body).json()["choices"][0]["message"]["content"]
    assert json.loads(content) == {"answer": "hi"}


def test_fault_endpoint_get_delete_and_loopback_rule(client: httpx2.Client) -> None:
    from app.simulator.server import is_loopback_client

    client.post("/_simulator/fault", json={"name": "slow", "delay_ms": 10, "times": 2})
    assert client.get("/_simulator/fault").json()["fault"] == {
        "name": "slow", "scope": "chat", "remaining": 2, "delay_ms": 10,
    }  # fmt: skip
    assert client.delete("/_simulator/fault").json() == {"fault": None}
    assert client.get("/_simulator/fault").json() == {"fault": None}
    assert client.post("/_simulator/fault", content=b"[1]").status_code == 400
    assert client.post("/_simulator/fault", json={"name": "slow", "delay_ms": "soon"}).status_code == 400
    for host in ("127.0.0.1", "127.8.9.1", "::1", "::ffff:127.0.0.1"):
        assert is_loopback_client(host)
    for host in ("192.0.2.2", "10.0.0.1", "fd00::2", "::ffff:10.0.0.1", "not-an-ip"):
        assert not is_loopback_client(host)


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


def test_request_log_keeps_the_latest() -> None:
    from app.simulator.server import RequestLog, RequestRecord

    log = RequestLog(limit=3)
    for i in range(5):
        log.append(RequestRecord("GET", f"/{i}", {}, "", {}, b""))
    assert [r.path for r in log] == ["/2", "/3", "/4"]


# -- robustness: whatever a client sends, a well-formed HTTP answer ------------------------------

_json_leaf = st.none() | st.booleans() | st.integers(-5, 5000) | st.text(max_size=20)
_json_any = st.recursive(
    _json_leaf,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3),
    max_leaves=8,
)
_message = st.fixed_dictionaries(
    {"role": st.sampled_from(["user", "system", "assistant", "tool", 7]), "content": _json_any}
)
_chat_bodies = st.fixed_dictionaries(
    {"messages": st.lists(_message, max_size=3) | _json_any},
    optional={
        "max_tokens": _json_any,
        "max_completion_tokens": st.integers(-2, 50),
        "stream": st.booleans() | _json_any,
        "stream_options": st.just({"include_usage": True}) | _json_any,
        "tools": st.just([WEATHER_TOOL]) | st.lists(_json_any, max_size=2) | _json_any,
        "tool_choice": st.sampled_from(["auto", "none", "required"]) | _json_any,
        "temperature": st.floats(0, 2) | _json_any,
        "response_format": st.just({"type": "json_object"}) | _json_any,
        "model": st.sampled_from([GEMINI, "openai/o3-mini", "flux/schnell", "x"]) | _json_any,
    },
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    body=_chat_bodies | st.binary(max_size=40).map(lambda b: {"__raw__": b}),
    dep=st.sampled_from(
        [GEMINI, "openai%2Fo4-mini", "deepseek/deepseek-r1", "openai/o1-mini", "nope", "%zz"]
    ),
    openai_route=st.booleans(),
)
def test_any_body_gets_a_well_formed_answer(
    fuzz_sim: Simulator, body: dict, dep: str, openai_route: bool
) -> None:
    content = body["__raw__"] if "__raw__" in body else json.dumps(body).encode()
    if openai_route:
        path, headers = "/v1/chat/completions", {"Authorization": f"Bearer {fuzz_sim.api_key}"}
    else:
        path, headers = AZURE.format(dep=dep), {"api-key": fuzz_sim.api_key}
    headers["Content-Type"] = "application/json"
    conn = http.client.HTTPConnection("127.0.0.1", fuzz_sim.port, timeout=5)
    try:
        conn.request("POST", path, content, headers)
        resp = conn.getresponse()
        raw = resp.read()
    finally:
        conn.close()
    assert resp.status in (200, 400, 404), raw
    if resp.getheader("Content-Type", "").startswith("text/event-stream"):
        assert raw.rstrip().endswith(b"[DONE]")
    else:
        answer = json.loads(raw)
        if resp.status == 200:
            assert answer["choices"][0]["finish_reason"] in ("stop", "length", "tool_calls")


@pytest.fixture(scope="module")
def fuzz_sim() -> Simulator:
    with Simulator(api_key="k" * 32) as sim:
        sim.token_delay_ms = 0
        yield sim


def test_recorded_requests_never_show_the_key(client: httpx2.Client, simulator: Simulator) -> None:
    azure_post(client, simulator, chat_body())
    client.get("/v1/billing/balance", headers={"Authorization": f"Bearer {simulator.api_key}"})
    text = repr(simulator.requests) + repr(list(simulator.requests)) + str(simulator.requests[0])
    assert simulator.api_key not in text and "***" in text
