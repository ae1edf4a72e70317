"""Streams: every quirk a robust reader must accept, in the standard and Claude styles."""

from __future__ import annotations

import http.client
import json
import socket
import time
from typing import Any

import httpx2
import pytest

from app.simulator import Simulator
from tests.simulator.helpers import (
    AZURE,
    CLAUDE,
    GEMINI,
    MERGE_ANSWER,
    NO_TLS,
    WEATHER_TOOL,
    bearer,
    chat_body,
    sse_events,
    stream_chunks,
)


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


def _text(chunks: list[Any]) -> str:
    return "".join(
        c["choices"][0].get("delta", {}).get("content") or ""
        for c in chunks
        if isinstance(c, dict) and c["choices"]
    )


# -- the standard (Azure and OpenAI) style ---------------------------------------------------------


def test_stream_has_every_quirk_and_parses_with_eventsource(
    client: httpx2.Client, simulator: Simulator
) -> None:
    chunks = stream_chunks(client, simulator, chat_body(stream=True, stream_options={"include_usage": True}))
    assert chunks[-1] == "[DONE]"
    chunks = chunks[:-1]
    first = chunks[0]
    # Azure's first chunk: no choices, empty id/object/model, created 0, only the prompt's filters.
    assert first["choices"] == [] and first["prompt_filter_results"]
    assert (first["id"], first["object"], first["model"], first["created"]) == ("", "", "", 0)
    assert chunks[1]["choices"][0]["delta"] == {"role": "assistant", "content": ""}
    pieces = [c["choices"][0]["delta"].get("content") for c in chunks[2:] if c["choices"]]
    assert len([p for p in pieces if p]) >= 3
    assert _text(chunks) == MERGE_ANSWER
    finish = [c for c in chunks if c["choices"] and c["choices"][0]["finish_reason"]]
    assert len(finish) == 1 and finish[0]["choices"][0]["delta"] == {}
    assert finish[0]["choices"][0]["finish_reason"] == "stop"
    assert chunks[-1]["choices"] == [] and chunks[-1]["usage"]["total_tokens"] > 0


def test_azure_sends_an_annotation_only_chunk_after_the_finish_chunk(
    client: httpx2.Client, simulator: Simulator
) -> None:
    chunks = stream_chunks(client, simulator, chat_body(stream=True))[:-1]
    at_finish = next(i for i, c in enumerate(chunks) if c["choices"] and c["choices"][0]["finish_reason"])
    after = chunks[at_finish + 1]["choices"][0]
    assert after["delta"] == {} and after["finish_reason"] is None
    assert after["content_filter_results"]["hate"] == {"filtered": False, "severity": "safe"}


def test_old_api_versions_name_the_prompt_filters_prompt_annotations(
    client: httpx2.Client, simulator: Simulator
) -> None:
    url = f"/openai/deployments/{GEMINI}/chat/completions?api-version=2023-06-01-preview"
    data = sse_events(client, url, chat_body(stream=True), {"api-key": simulator.api_key})
    first = json.loads(data[0])
    assert first["choices"] == [] and first["prompt_annotations"] and "prompt_filter_results" not in first


def test_the_last_chunk_carries_what_the_stream_cost(client: httpx2.Client, simulator: Simulator) -> None:
    for options in ({}, {"stream_options": {"include_usage": True}}):
        chunks = stream_chunks(client, simulator, chat_body(stream=True, **options))
        json_chunks = [c for c in chunks if isinstance(c, dict)]
        meta = json_chunks[-1]["meta"]["usage"]
        assert meta["credits_used"] > 0
        assert meta["usd_spent"] == pytest.approx(meta["credits_used"] / 2_000_000)
        assert all("meta" not in c for c in json_chunks[:-1])


def test_stream_wire_format_quirks(simulator: Simulator) -> None:
    raw = _raw_stream(simulator, chat_body(stream=True))
    assert b"\n: keep-alive\n" in raw
    assert b"data: {" in raw and b"data:{" in raw
    assert b"\r\n\r\n" in raw and b"}\n\n" in raw
    assert raw.endswith(b"[DONE]\n\n") or raw.endswith(b"[DONE]\r\n\r\n")
    assert b'"prompt_tokens"' not in raw  # the usage chunk only comes with stream_options.include_usage


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


def test_stream_on_openai_route(client: httpx2.Client, simulator: Simulator) -> None:
    data = sse_events(
        client,
        "/v1/chat/completions",
        chat_body("Say hello there", model=GEMINI, stream=True),
        bearer(simulator),
    )
    assert data[-1] == "[DONE]"
    chunks = [json.loads(d) for d in data[:-1]]
    assert chunks[0]["id"].startswith("chatcmpl-")  # no Azure first chunk on the OpenAI route
    assert _text(chunks) == "hello there"


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


# -- the Claude-backed style -----------------------------------------------------------------------


def _claude_stream(
    client: httpx2.Client, sim: Simulator, body: dict[str, Any], dep: str = CLAUDE
) -> list[Any]:
    return stream_chunks(client, sim, body, dep=dep)


def test_claude_backed_models_stream_in_their_own_style(client: httpx2.Client, simulator: Simulator) -> None:
    chunks = _claude_stream(client, simulator, chat_body(stream=True))
    assert "[DONE]" not in chunks  # the stream just ends
    assert chunks[0]["id"].startswith("chatcmpl-")
    assert all(c["id"] == "" for c in chunks[1:])
    content = [c for c in chunks if c["choices"] and c["choices"][0].get("delta", {}).get("content")]
    assert len(content) >= 3 and all("finish_reason" not in c["choices"][0] for c in content)
    assert _text(chunks) == MERGE_ANSWER
    finish, second = chunks[-2], chunks[-1]
    assert finish["choices"][0]["delta"] == {} and finish["choices"][0]["finish_reason"] == "stop"
    assert finish["usage"]["total_tokens"] > 0  # usage rides on the finish chunk
    assert second["choices"] == [{"index": 0, "finish_reason": "stop"}]  # no delta at all
    assert second["meta"]["usage"]["credits_used"] > 0


def test_claude_style_tool_call_and_the_openai_route(client: httpx2.Client, simulator: Simulator) -> None:
    body = chat_body("Weather in Paris?", tools=[WEATHER_TOOL], stream=True)
    chunks = _claude_stream(client, simulator, body)
    pieces = [tc for c in chunks for ch in c["choices"] for tc in ch.get("delta", {}).get("tool_calls") or []]
    assert json.loads("".join(p["function"]["arguments"] for p in pieces)) == {"city": "Paris"}
    assert chunks[-1]["choices"][0]["finish_reason"] == "tool_calls"
    data = sse_events(client, "/v1/chat/completions", chat_body(model=CLAUDE, stream=True), bearer(simulator))
    assert data[-1] != "[DONE]" and json.loads(data[-1])["choices"][0] == {
        "index": 0,
        "finish_reason": "stop",
    }


@pytest.mark.parametrize(("style", "gemini_claude", "claude_claude"), [
    ("auto", False, True), ("claude", True, True), ("standard", False, False),
])  # fmt: skip
def test_stream_style_option_forces_either_style(
    client: httpx2.Client, simulator: Simulator, style: str, gemini_claude: bool, claude_claude: bool
) -> None:
    simulator.stream_style = style
    for dep, claude in ((GEMINI, gemini_claude), (CLAUDE, claude_claude)):
        chunks = stream_chunks(client, simulator, chat_body(stream=True), dep=dep)
        assert ("[DONE]" not in chunks) is claude, (style, dep)
        assert _text([c for c in chunks if c != "[DONE]"]) == MERGE_ANSWER


def test_stream_style_is_checked(simulator: Simulator) -> None:
    with pytest.raises(ValueError, match="stream_style"):
        simulator.stream_style = "anthropic"
    with pytest.raises(ValueError, match="stream_style"):
        Simulator(stream_style="fancy")
