"""The client sends exactly the requests of docs/wire.md and reads the answers right, over real loopback HTTP.

Against the simulator (``simulator`` fixture), which records every request it receives.
"""

from __future__ import annotations

import json
import threading
import time
from typing import Any

import pytest

from app.core.model import ProblemCode
from app.core.service import (
    CHAT_API_VERSION,
    VERIFY_API_VERSION,
    AimlClient,
    Balance,
    Cancelled,
    ServiceError,
)
from tests.conftest import TEST_KEY

DEPLOYMENT = "google/gemini-2.5-pro"


@pytest.fixture
def client(simulator: Any) -> Any:
    with AimlClient(simulator.url, TEST_KEY, timeout_s=5) as c:
        yield c


def last(simulator: Any, method: str = "POST") -> Any:
    return [r for r in simulator.requests if r.method == method][-1]


def test_cursor_verify_is_byte_for_byte_cursors_request(simulator: Any, client: AimlClient) -> None:
    result = client.cursor_verify(DEPLOYMENT)
    assert result.status_code == 200
    assert result.text
    req = last(simulator)
    # The deployment goes raw, its slash a real slash, never %2F.
    assert req.path == "/openai/deployments/google/gemini-2.5-pro/chat/completions"
    assert req.raw_query == f"api-version={VERIFY_API_VERSION}"
    assert req.headers["api-key"] == TEST_KEY
    assert "authorization" not in req.headers
    assert req.headers["content-type"] == "application/json"
    assert req.json() == {
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
    assert list(req.json()) == ["messages", "temperature", "top_p", "n", "max_tokens", "stream"]


def test_chat_uses_the_runtime_api_version_with_system_and_user(simulator: Any, client: AimlClient) -> None:
    result = client.chat(DEPLOYMENT, prompt="Say hi", system="Be brief.", max_tokens=20)
    assert result.text and result.status_code == 200
    assert result.model == DEPLOYMENT and result.finish_reason
    req = last(simulator)
    assert req.query == {"api-version": CHAT_API_VERSION}
    body = req.json()
    assert body["messages"] == [
        {"role": "system", "content": "Be brief."},
        {"role": "user", "content": "Say hi"},
    ]
    assert body["max_tokens"] == 20 and "temperature" in body and body["stream"] is False


def test_stream_chat_reads_events_and_measures_first_words(simulator: Any, client: AimlClient) -> None:
    pieces: list[str] = []
    result = client.stream_chat(DEPLOYMENT, "Count to five", on_text=pieces.append)
    assert result.text and "".join(pieces) == result.text
    assert len(pieces) > 1  # it really arrived piece by piece
    assert result.saw_done and result.finish_reason == "stop"
    assert result.ttft_ms is not None and 0 <= result.ttft_ms <= result.total_ms
    assert result.usage and result.usage["total_tokens"] > 0
    assert result.chunks >= len(pieces)
    req = last(simulator)
    body = req.json()
    assert body["stream"] is True and body["stream_options"] == {"include_usage": True}
    assert req.query == {"api-version": CHAT_API_VERSION}
    assert req.headers["accept"] == "text/event-stream"


def test_time_to_first_token_reflects_the_service_latency(simulator: Any) -> None:
    simulator.set_fault("slow", delay_ms=400)
    with AimlClient(simulator.url, TEST_KEY, timeout_s=5) as c:
        result = c.stream_chat(DEPLOYMENT, "hi")
    assert result.ttft_ms is not None and result.ttft_ms >= 380


@pytest.mark.parametrize("stream", [True, False])
def test_tool_call_offers_get_weather_and_parses_the_arguments(
    simulator: Any, client: AimlClient, stream: bool
) -> None:
    result = client.tool_call(DEPLOYMENT, stream=stream)
    assert [c.name for c in result.calls] == ["get_weather"]
    assert result.calls[0].id
    args = result.calls[0].parsed_arguments()
    assert isinstance(args["city"], str) and args["city"]
    assert result.finish_reason == "tool_calls"
    body = last(simulator).json()
    assert body["stream"] is stream
    (tool,) = body["tools"]
    assert tool["type"] == "function" and tool["function"]["name"] == "get_weather"
    assert tool["function"]["parameters"]["required"] == ["city"]


def test_model_answering_without_the_tool_gives_no_calls(simulator: Any, client: AimlClient) -> None:
    simulator.set_fault("no_tool_call")
    result = client.tool_call(DEPLOYMENT)
    assert result.calls == [] and result.text


def test_list_models_keeps_chat_models_only_and_sends_no_key(simulator: Any, client: AimlClient) -> None:
    from app.simulator import catalog

    models = client.list_models()
    assert [m.id for m in models] == sorted(catalog.chat_model_ids())
    everything = catalog.catalog_json()["data"]
    assert len(everything) > len(models)  # the catalog also holds image, audio, ... models
    gemini = next(m for m in models if m.id == DEPLOYMENT)
    assert gemini.name and gemini.developer and gemini.context_length
    req = last(simulator, "GET")
    assert req.path == "/models"
    assert "api-key" not in req.headers and "authorization" not in req.headers


def test_balance_in_dollars_with_a_bearer_key(simulator: Any, client: AimlClient) -> None:
    bal = client.balance()
    assert isinstance(bal, Balance)
    assert bal.usd == pytest.approx(bal.credits / 2_000_000)
    assert bal.credits > 0 and not bal.low
    req = last(simulator, "GET")
    assert req.path == "/v2/billing"
    assert req.headers["authorization"] == f"Bearer {TEST_KEY}"
    simulator.set_fault("low_balance")
    assert client.balance().low


def test_ping_measures_reachability(client: AimlClient) -> None:
    ping = client.ping()
    assert isinstance(ping.ms, int) and 0 <= ping.ms < 5000
    assert ping.trace.inference_id  # the service's id for the answer, for support


# --- retries ------------------------------------------------------------------------------------


def test_one_retry_after_429_honours_retry_after(simulator: Any, client: AimlClient) -> None:
    simulator.set_fault("rate_limited", times=1, retry_after=1)
    start = time.monotonic()
    assert client.cursor_verify(DEPLOYMENT).status_code == 200
    assert time.monotonic() - start >= 0.95
    assert len([r for r in simulator.requests if r.method == "POST"]) == 2


def test_retry_after_ms_is_preferred(simulator: Any, client: AimlClient) -> None:
    simulator.set_fault("rate_limited", times=1, retry_after=30, retry_after_ms=200)
    start = time.monotonic()
    assert client.stream_chat(DEPLOYMENT, "hi").text
    assert 0.18 <= time.monotonic() - start < 2


def test_only_one_retry(simulator: Any, client: AimlClient) -> None:
    simulator.set_fault("rate_limited", times=5, retry_after_ms=50)
    with pytest.raises(ServiceError) as info:
        client.chat(DEPLOYMENT)
    assert info.value.problem.code == ProblemCode.RATE_LIMITED
    assert len([r for r in simulator.requests if r.method == "POST"]) == 2


def test_a_wait_longer_than_five_seconds_is_not_waited(simulator: Any, client: AimlClient) -> None:
    simulator.set_fault("rate_limited", times=1, retry_after=60)
    start = time.monotonic()
    with pytest.raises(ServiceError) as info:
        client.chat(DEPLOYMENT)
    assert time.monotonic() - start < 3  # neither the 60 s asked for nor the 5 s cap
    assert info.value.problem.code == ProblemCode.RATE_LIMITED
    assert "60 seconds" in info.value.problem.fix
    assert len([r for r in simulator.requests if r.method == "POST"]) == 1


def test_retry_after_as_a_future_http_date_is_waited_for() -> None:
    """A 429 saying "not before <date>": the one retry goes out at that date, not before."""
    from datetime import UTC, datetime, timedelta
    from email.utils import format_datetime

    from tests.rawserver import RawServer, http_head

    retry_at = datetime.now(UTC).replace(microsecond=0) + timedelta(seconds=2)
    arrivals: list[datetime] = []
    message = {"role": "assistant", "content": "ok"}
    answer = json.dumps({"choices": [{"index": 0, "finish_reason": "stop", "message": message}]}).encode()

    def handler(_request: Any, conn: Any) -> None:
        arrivals.append(datetime.now(UTC))
        if len(arrivals) == 1:
            headers = {"Retry-After": format_datetime(retry_at, usegmt=True), "Content-Length": "0"}
            conn.sendall(http_head("429 Too Many Requests", headers))
        else:
            headers = {"Content-Type": "application/json", "Content-Length": str(len(answer))}
            conn.sendall(http_head("200 OK", headers) + answer)

    with RawServer(handler) as server, AimlClient(server.url, TEST_KEY, timeout_s=10) as c:
        assert c.chat(DEPLOYMENT).text == "ok"
    assert len(arrivals) == 2
    assert arrivals[1] >= retry_at - timedelta(milliseconds=100), (arrivals, retry_at)


def test_503_is_retried_once_but_500_is_not(simulator: Any, client: AimlClient) -> None:
    simulator.set_fault("server_error", status=503, times=1)
    assert client.chat(DEPLOYMENT).text
    simulator.requests.clear()
    simulator.set_fault("server_error", status=500, times=1)
    with pytest.raises(ServiceError) as info:
        client.chat(DEPLOYMENT)
    assert info.value.problem.code == ProblemCode.SERVER_ERROR
    assert len([r for r in simulator.requests if r.method == "POST"]) == 1


# --- timeouts and cancel ------------------------------------------------------------------------


def test_slow_service_times_out_within_the_limit(simulator: Any) -> None:
    simulator.set_fault("slow", delay_ms=3000)
    with AimlClient(simulator.url, TEST_KEY, timeout_s=0.8) as c:
        start = time.monotonic()
        with pytest.raises(ServiceError) as info:
            c.cursor_verify(DEPLOYMENT)
        assert time.monotonic() - start < 2.5
    assert info.value.problem.code == ProblemCode.TIMEOUT


def test_cancel_before_sending_sends_nothing(simulator: Any) -> None:
    cancel = threading.Event()
    cancel.set()
    with AimlClient(simulator.url, TEST_KEY, cancel=cancel) as c:
        for call in (c.ping, c.balance, c.list_models, lambda: c.cursor_verify(DEPLOYMENT)):
            with pytest.raises(Cancelled):
                call()
    assert len(simulator.requests) == 0


def test_cancel_between_chunks_stops_the_stream(simulator: Any) -> None:
    cancel = threading.Event()
    seen: list[str] = []

    def on_text(text: str) -> None:
        seen.append(text)
        cancel.set()

    with AimlClient(simulator.url, TEST_KEY, cancel=cancel) as c, pytest.raises(Cancelled):
        c.stream_chat(DEPLOYMENT, "Count to ten", on_text=on_text)
    assert len(seen) == 1


def test_cancel_during_the_retry_wait(simulator: Any) -> None:
    simulator.set_fault("rate_limited", times=1, retry_after=5)
    cancel = threading.Event()
    threading.Timer(0.2, cancel.set).start()
    with AimlClient(simulator.url, TEST_KEY, cancel=cancel) as c:
        start = time.monotonic()
        with pytest.raises(Cancelled):
            c.chat(DEPLOYMENT)
        assert time.monotonic() - start < 3


# --- errors are problems, never the key ---------------------------------------------------------

FAULT_CODES = [
    ("bad_key", {}, ProblemCode.INVALID_KEY),
    ("no_credits", {}, ProblemCode.NO_CREDITS),
    ("rate_limited", {"retry_after": 9}, ProblemCode.RATE_LIMITED),
    ("server_error", {}, ProblemCode.SERVER_ERROR),
    ("html_proxy", {}, ProblemCode.PROXY_ERROR),
    ("malformed_json", {}, ProblemCode.BAD_RESPONSE),
    ("stream_cut", {}, ProblemCode.BAD_RESPONSE),
    ("stream_cut", {"mode": "clean"}, ProblemCode.BAD_RESPONSE),
]


@pytest.mark.parametrize(
    ("fault", "options", "code"), FAULT_CODES, ids=[f"{f[0]}{f[1]}" for f in FAULT_CODES]
)
def test_faults_become_problems_without_the_key(
    simulator: Any, client: AimlClient, fault: str, options: dict[str, Any], code: ProblemCode
) -> None:
    simulator.set_fault(fault, **options)
    call = (
        (lambda: client.stream_chat(DEPLOYMENT, "hi"))
        if fault == "stream_cut"
        else (lambda: client.cursor_verify(DEPLOYMENT))
    )
    with pytest.raises(ServiceError) as info:
        call()
    problem = info.value.problem
    assert problem.code == code
    assert str(info.value) == problem.message
    assert problem.fix
    blob = json.dumps([str(info.value), repr(info.value), problem.message, problem.fix, problem.detail])
    assert TEST_KEY not in blob


def test_a_key_echoed_by_the_service_is_scrubbed() -> None:
    from tests.rawserver import RawServer, http_head

    body = json.dumps(
        {"error": {"code": "401", "message": f"Incorrect API key provided: {TEST_KEY}"}}
    ).encode()

    def handler(req: Any, conn: Any) -> None:
        conn.sendall(http_head("401 Unauthorized", {"Content-Length": str(len(body))}) + body)

    with RawServer(handler) as server, AimlClient(server.url, TEST_KEY, timeout_s=3) as c:
        with pytest.raises(ServiceError) as info:
            c.cursor_verify(DEPLOYMENT)
    problem = info.value.problem
    assert problem.code == ProblemCode.INVALID_KEY
    assert "Incorrect API key provided" in problem.detail
    assert TEST_KEY not in problem.detail


def test_unexpected_bugs_in_a_callback_still_end_in_a_service_error(client: AimlClient) -> None:
    def broken(text: str) -> None:
        raise RuntimeError(f"boom {TEST_KEY}")

    with pytest.raises(ServiceError) as info:
        client.stream_chat(DEPLOYMENT, "hi", on_text=broken)
    assert info.value.problem.code == ProblemCode.BAD_RESPONSE
    assert TEST_KEY not in info.value.problem.detail


def test_import_is_cheap() -> None:
    import subprocess
    import sys

    code = "import sys, app.core.service; print('httpx2' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


@pytest.mark.parametrize("key", [f"{TEST_KEY[:16]}\n{TEST_KEY[16:]}", f"{TEST_KEY}é"])
def test_a_key_that_cannot_be_sent_is_refused_before_sending(simulator: Any, key: str) -> None:
    with AimlClient(simulator.url, key, timeout_s=3) as c, pytest.raises(ServiceError) as info:
        c.cursor_verify(DEPLOYMENT)
    problem = info.value.problem
    assert problem.code == ProblemCode.INVALID_INPUT and "paste" in problem.fix
    blob = json.dumps([problem.message, problem.fix, problem.detail])
    assert TEST_KEY[:16] not in blob and TEST_KEY[16:] not in blob
    assert not [r for r in simulator.requests if r.method == "POST"]
