"""What the simulator's tests share: request bodies, paths and small HTTP helpers."""

from __future__ import annotations

import http.client
import json
import ssl
from typing import Any

import httpx2

from app.simulator import Simulator

GEMINI = "google/gemini-2.5-pro"
CLAUDE = "anthropic/claude-sonnet-4"
MERGE_PROMPT = "Give me a one-line Python function to merge two dicts."
MERGE_ANSWER = "def merge(a, b): return {**a, **b}"
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
# Loopback is plain HTTP: one shared TLS context spares loading the trust store per client.
NO_TLS = ssl.create_default_context()


def chat_body(prompt: str = MERGE_PROMPT, **extra: Any) -> dict[str, Any]:
    return {"messages": [{"role": "user", "content": prompt}], **extra}


def bearer(sim: Simulator) -> dict[str, str]:
    return {"Authorization": f"Bearer {sim.api_key}"}


def azure_post(
    client: httpx2.Client, sim: Simulator, body: Any, dep: str = GEMINI, **kw: Any
) -> httpx2.Response:
    headers = {"api-key": sim.api_key, **kw.pop("headers", {})}
    return client.post(AZURE.format(dep=dep), json=body, headers=headers, **kw)


def sse_events(client: httpx2.Client, url: str, body: dict[str, Any], headers: dict[str, str]) -> list[str]:
    with client.sse(url, method="POST", json=body, headers=headers) as es:
        return [ev.data for ev in es]


def stream_chunks(
    client: httpx2.Client, sim: Simulator, body: dict[str, Any], dep: str = GEMINI
) -> list[Any]:
    """The stream's events, JSON chunks parsed (``[DONE]`` stays a string)."""
    data = sse_events(client, AZURE.format(dep=dep), body, {"api-key": sim.api_key})
    return [d if d == "[DONE]" else json.loads(d) for d in data]


def assert_own_error(r: httpx2.Response, status: int, path: str) -> dict[str, Any]:
    assert r.status_code == status
    body = r.json()
    assert body["statusCode"] == status
    assert body["path"] == path
    assert body["requestId"] and body["timestamp"].endswith("Z")
    return body


def stdlib_get(sim: Simulator, target: str, headers: dict[str, str] | None = None) -> tuple[int, dict, bytes]:
    """A GET through http.client: status, lowercase headers, body."""
    conn = http.client.HTTPConnection("127.0.0.1", sim.port, timeout=5)
    try:
        conn.request("GET", target, headers=headers or {})
        resp = conn.getresponse()
        return resp.status, {k.lower(): v for k, v in resp.getheaders()}, resp.read()
    finally:
        conn.close()
