"""The chat routes answer like the service: shapes, the model's behaviour, the documented errors."""

from __future__ import annotations

import http.client
import json
from typing import Any

import httpx2
import pytest

from app.simulator import Simulator
from tests.simulator.helpers import (
    AZURE,
    GEMINI,
    MERGE_ANSWER,
    NO_TLS,
    WEATHER_TOOL,
    assert_own_error,
    azure_post,
    bearer,
    chat_body,
)

CURSOR_VERIFY_BODY = {
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

# -- answers ---------------------------------------------------------------------------------------


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
    assert choice["message"] == {"role": "assistant", "content": MERGE_ANSWER}
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
    r = client.post(
        f"/openai/deployments/{GEMINI}/chat/completions?api-version=2023-03-15-preview",
        json=CURSOR_VERIFY_BODY,
        headers={"api-key": simulator.api_key},
    )
    assert r.status_code == 200
    choice = r.json()["choices"][0]
    assert choice["finish_reason"] == "length"  # the reply is longer than 10 tokens
    assert 0 < r.json()["usage"]["completion_tokens"] <= 10


def test_an_alias_reaches_its_model(client: httpx2.Client, simulator: Simulator) -> None:
    # "gpt-4o" is the old name of openai/gpt-4o; the catalog lists it under aliases.
    for path_dep in ("gpt-4o", "openai/gpt-4o"):
        r = azure_post(client, simulator, chat_body("Say alias"), dep=path_dep)
        assert r.status_code == 200, r.text
        assert r.json()["model"] == "openai/gpt-4o"
    r = client.post("/v1/chat/completions", json=chat_body(model="gpt-4o"), headers=bearer(simulator))
    assert r.status_code == 200 and r.json()["model"] == "openai/gpt-4o"
    # An alias is not a prefix or a guess: a near miss is still unknown.
    assert azure_post(client, simulator, chat_body(), dep="gpt-4").status_code == 404


def test_max_tokens_truncates_words(client: httpx2.Client, simulator: Simulator) -> None:
    r = azure_post(client, simulator, chat_body("Count to 50", max_tokens=5))
    choice = r.json()["choices"][0]
    assert choice["finish_reason"] == "length"
    assert choice["message"]["content"] == "1, 2, 3, 4, 5,"


def test_openai_route_with_bearer_key(client: httpx2.Client, simulator: Simulator) -> None:
    r = client.post(
        "/v1/chat/completions", json=chat_body(model="openai/gpt-4o-mini"), headers=bearer(simulator)
    )
    assert r.status_code == 200
    body = r.json()
    assert body["model"] == "openai/gpt-4o-mini"
    assert "prompt_filter_results" not in body
    assert body["choices"][0]["message"]["content"].startswith("def merge")


def test_openai_route_rejects_api_key_header(client: httpx2.Client, simulator: Simulator) -> None:
    r = client.post(
        "/v1/chat/completions", json=chat_body(model=GEMINI), headers={"api-key": simulator.api_key}
    )
    assert r.status_code == 401


def test_replies_are_deterministic(client: httpx2.Client, simulator: Simulator) -> None:
    def answer(prompt: str) -> str:
        return azure_post(client, simulator, chat_body(prompt)).json()["choices"][0]["message"]["content"]

    assert answer("Explain monads briefly") == answer("Explain monads briefly")
    assert answer("What is 6 * 7?") == "42"


def test_json_response_format(client: httpx2.Client, simulator: Simulator) -> None:
    body = chat_body("Say hi", response_format={"type": "json_object"})
    content = azure_post(client, simulator, body).json()["choices"][0]["message"]["content"]
    assert json.loads(content) == {"answer": "hi"}


# -- tools -----------------------------------------------------------------------------------------


def test_tool_call_whole(client: httpx2.Client, simulator: Simulator) -> None:
    r = azure_post(client, simulator, chat_body("What's the weather in Paris?", tools=[WEATHER_TOOL]))
    choice = r.json()["choices"][0]
    assert choice["finish_reason"] == "tool_calls"
    assert choice["message"]["content"] is None
    (call,) = choice["message"]["tool_calls"]
    assert call["type"] == "function" and call["id"].startswith("call_")
    assert call["function"]["name"] == "get_weather"
    assert json.loads(call["function"]["arguments"]) == {"city": "Paris"}


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


# -- errors ----------------------------------------------------------------------------------------


@pytest.mark.parametrize("key", [None, "", "wrong-key-0000000000000000"])
def test_bad_or_missing_key_is_401_in_service_shape(client: httpx2.Client, key: str | None) -> None:
    headers = {} if key is None else {"api-key": key}
    r = client.post(AZURE.format(dep=GEMINI), json=chat_body(), headers=headers)
    body = assert_own_error(r, 401, f"/openai/deployments/{GEMINI}/chat/completions")
    assert body["message"] == (
        "This request requires a valid API key. You can create a new API key on the Billing page: "
        "https://aimlapi.com/app/keys"
    )


def test_unknown_deployment_is_azure_404(client: httpx2.Client, simulator: Simulator) -> None:
    for dep in ("google/gemini-9-ultra", "openai/dall-e-3"):  # unknown, and not a chat model
        r = azure_post(client, simulator, chat_body(), dep=dep)
        assert r.status_code == 404
        error = r.json()["error"]
        assert error["code"] == "DeploymentNotFound"
        assert error["message"].startswith("The API deployment for this resource does not exist.")


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


def test_cursor_verify_fails_on_a_reasoning_model(client: httpx2.Client, simulator: Simulator) -> None:
    r = client.post(
        "/openai/deployments/openai/o3-mini/chat/completions?api-version=2023-03-15-preview",
        json=CURSOR_VERIFY_BODY,
        headers={"api-key": simulator.api_key},
    )
    assert r.status_code == 400 and r.json()["error"]["param"] == "max_tokens"


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


def test_context_length_exceeded(client: httpx2.Client, simulator: Simulator) -> None:
    r = azure_post(client, simulator, chat_body("word " * 40_000), dep="mistralai/Mistral-7B-Instruct-v0.3")
    assert r.status_code == 400
    assert r.json()["error"]["code"] == "context_length_exceeded"
    assert azure_post(client, simulator, chat_body("word " * 40_000)).status_code == 200  # 1M-token Gemini
