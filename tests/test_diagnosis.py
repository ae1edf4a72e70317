"""Every problem code from its real cause, in words a teammate understands, never with the key.

Real causes: the simulator's faults, a name that does not resolve, a closed port, a wrong Base URL,
unknown and reasoning-model deployments, and the error bodies of docs/wire.md in both shapes. Property
tests throw arbitrary statuses and bodies at the parser: nothing escapes, the key never shows.
"""

from __future__ import annotations

import json
import re
import socket
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.core import diagnosis
from app.core.diagnosis import parse_error_body, problem_from_response
from app.core.diagnosis_network import problem_from_exception
from app.core.model import BILLING_PAGE_URL, KEYS_PAGE_URL, Problem, ProblemCode
from app.core.redact import Secret
from app.core.service import AimlClient, Cancelled, ServiceError
from app.core.transport import retry_after_seconds
from tests.conftest import TEST_KEY

# The key entered the app (as a Secret): from then on nothing may show it, whatever quotes it.
Secret(TEST_KEY)

DEPLOYMENT = "google/gemini-2.5-pro"
BASE = "https://api.aimlapi.com"
# Words a non-technical teammate must not meet in a message (the status may go in the detail).
JARGON = ("SSE", "HTTP", "JSON", "Traceback", "Exception", "Errno", "status code", "404", "401", "500")

FAST = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def assert_plain(problem: Problem) -> None:
    assert isinstance(problem.code, ProblemCode)
    assert problem.message.strip() and problem.fix.strip()
    assert problem.message.rstrip().endswith((".", "”")), problem.message
    for word in JARGON:
        assert word not in problem.message, (word, problem.message)
    for text in (problem.message, problem.fix, problem.detail):
        assert TEST_KEY not in text


def fails_with(call: Any, code: ProblemCode) -> Problem:
    with pytest.raises(ServiceError) as info:
        call()
    problem = info.value.problem
    assert problem.code == code, problem
    assert_plain(problem)
    return problem


def response(status: int, body: Any, headers: dict[str, str] | None = None, **kw: Any) -> Problem:
    raw = body if isinstance(body, bytes) else json.dumps(body).encode()
    problem = problem_from_response(
        status,
        headers or {"Content-Type": "application/json"},
        raw,
        deployment=kw.get("deployment", DEPLOYMENT),
        base_url=kw.get("base_url", BASE),
        what="Cursor's Verify request",
    )
    assert_plain(problem)
    return problem


# --- real causes, over real connections ----------------------------------------------------------


def test_dns_failure_is_unreachable() -> None:
    with AimlClient("https://no-such-host.invalid", TEST_KEY, timeout_s=5) as c:
        problem = fails_with(c.ping, ProblemCode.UNREACHABLE)
    assert "no-such-host.invalid" in problem.message and "could not find" in problem.message
    assert "typos" in problem.fix


def test_refused_connection_is_unreachable() -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    with AimlClient(f"http://127.0.0.1:{port}", TEST_KEY, timeout_s=3) as c:
        problem = fails_with(lambda: c.cursor_verify(DEPLOYMENT), ProblemCode.UNREACHABLE)
    assert "refused" in problem.message


def test_unusable_base_url_is_invalid_input() -> None:
    with AimlClient("ftp://api.aimlapi.com", TEST_KEY, timeout_s=3) as c:
        problem = fails_with(c.balance, ProblemCode.INVALID_INPUT)
    assert "https://api.aimlapi.com" in problem.fix


def test_bad_key(simulator: Any) -> None:
    with AimlClient(simulator.url, "wrong-key-0123456789abcdef", timeout_s=3) as c:
        for call in (c.balance, lambda: c.cursor_verify(DEPLOYMENT), lambda: c.stream_chat(DEPLOYMENT)):
            problem = fails_with(call, ProblemCode.INVALID_KEY)
            assert KEYS_PAGE_URL in problem.fix and "no spaces" in problem.fix
            assert problem.http_status == 401


@pytest.mark.parametrize("status", [402, 403])
def test_no_credits(simulator: Any, status: int) -> None:
    simulator.set_fault("no_credits", status=status)
    with AimlClient(simulator.url, TEST_KEY, timeout_s=3) as c:
        problem = fails_with(lambda: c.cursor_verify(DEPLOYMENT), ProblemCode.NO_CREDITS)
    assert BILLING_PAGE_URL in problem.fix
    assert problem.http_status == status


def test_unknown_deployment(simulator: Any) -> None:
    with AimlClient(simulator.url, TEST_KEY, timeout_s=3) as c:
        problem = fails_with(
            lambda: c.cursor_verify("gemini 2.5 pro".replace(" ", "-")), ProblemCode.DEPLOYMENT_NOT_FOUND
        )
    assert "gemini-2.5-pro" in problem.message
    assert "list" in problem.fix and "model id" in problem.fix


@pytest.mark.parametrize("model", ["openai/o3-mini", "openai/o4-mini"])
def test_reasoning_model_refuses_cursors_max_tokens(simulator: Any, model: str) -> None:
    with AimlClient(simulator.url, TEST_KEY, timeout_s=3) as c:
        problem = fails_with(lambda: c.cursor_verify(model), ProblemCode.UNSUPPORTED_PARAMETER)
    assert model in problem.message
    assert "Verify will fail" in problem.message and "max_tokens" in problem.message
    assert "another model" in problem.fix


def test_wrong_path_in_the_base_url(simulator: Any) -> None:
    # Cursor adds /openai/deployments/... to whatever the Base URL is: a trailing /openai breaks it.
    with AimlClient(simulator.url + "/openai", TEST_KEY, timeout_s=3) as c:
        problem = fails_with(lambda: c.cursor_verify(DEPLOYMENT), ProblemCode.BAD_RESPONSE)
    assert "Base URL" in problem.message
    assert "exactly https://api.aimlapi.com" in problem.fix and "nothing after it" in problem.fix
    assert problem.http_status == 404


def test_rate_limited(simulator: Any) -> None:
    simulator.set_fault("rate_limited", retry_after=30)
    with AimlClient(simulator.url, TEST_KEY, timeout_s=3) as c:
        problem = fails_with(lambda: c.chat(DEPLOYMENT), ProblemCode.RATE_LIMITED)
    assert "30 seconds" in problem.fix


@pytest.mark.parametrize("status", [500, 502, 503, 504])
def test_server_errors(simulator: Any, status: int) -> None:
    simulator.set_fault("server_error", status=status)
    with AimlClient(simulator.url, TEST_KEY, timeout_s=3) as c:
        problem = fails_with(lambda: c.chat(DEPLOYMENT), ProblemCode.SERVER_ERROR)
    assert "another model" in problem.fix
    assert "not a problem with your setup" in problem.message or "maintenance" in problem.message


def test_html_page_is_a_proxy_or_sign_in_page(simulator: Any) -> None:
    simulator.set_fault("html_proxy")
    with AimlClient(simulator.url, TEST_KEY, timeout_s=3) as c:
        problem = fails_with(c.list_models, ProblemCode.PROXY_ERROR)
    assert "web page" in problem.message
    assert "sign in" in problem.fix and "IT" in problem.fix


def test_malformed_json(simulator: Any) -> None:
    simulator.set_fault("malformed_json")
    with AimlClient(simulator.url, TEST_KEY, timeout_s=3) as c:
        problem = fails_with(lambda: c.chat(DEPLOYMENT), ProblemCode.BAD_RESPONSE)
    assert "damaged" in problem.message


@pytest.mark.parametrize("mode", ["abrupt", "clean"])
def test_stream_that_ends_early(simulator: Any, mode: str) -> None:
    simulator.set_fault("stream_cut", mode=mode)
    with AimlClient(simulator.url, TEST_KEY, timeout_s=3) as c:
        problem = fails_with(lambda: c.stream_chat(DEPLOYMENT, "hi"), ProblemCode.BAD_RESPONSE)
    assert "stopped before it was complete" in problem.message


def test_slow_answer_is_a_timeout(simulator: Any) -> None:
    simulator.set_fault("slow", delay_ms=2000)
    with AimlClient(simulator.url, TEST_KEY, timeout_s=0.5) as c:
        problem = fails_with(lambda: c.chat(DEPLOYMENT), ProblemCode.TIMEOUT)
    assert "time limit" in problem.fix


def test_cancelled_is_its_own_problem() -> None:
    problem = problem_from_exception(Cancelled(), BASE)
    assert problem.code == ProblemCode.CANCELLED
    assert_plain(problem)


# --- both error body shapes, and neither ----------------------------------------------------------

OWN_401 = {
    "message": "This request requires a valid API key. You can create a new API key on the Billing page: "
    "https://aimlapi.com/app/keys",
    "path": "/v1/chat/completions",
    "requestId": "798b",
    "statusCode": 401,
    "timestamp": "2025-03-11T07:13:27.813Z",
}


@pytest.mark.parametrize(
    ("status", "body", "code"),
    [
        (401, OWN_401, ProblemCode.INVALID_KEY),
        (401, {**OWN_401, "statusCode": "401"}, ProblemCode.INVALID_KEY),
        (
            403,
            {"message": "You've run out of credits. Please top up your balance", "statusCode": "403"},
            ProblemCode.NO_CREDITS,
        ),
        # A 403 is the account unless its words clearly say the key is bad (docs/wire.md, Errors).
        (403, {"message": "Forbidden", "statusCode": 403}, ProblemCode.NO_CREDITS),
        (
            403,
            {
                "message": "You have exhausted the available [plan.rule:api_token] resource limit. "
                "Update your payment method to continue using the service.",
                "statusCode": 403,
            },
            ProblemCode.NO_CREDITS,
        ),
        (
            403,
            {"message": "This API key has reached its spending limit for this month.", "statusCode": 403},
            ProblemCode.SPENDING_LIMIT,
        ),
        (403, {"error": {"message": "This API key is disabled.", "code": "403"}}, ProblemCode.INVALID_KEY),
        (403, {"message": "Invalid API key provided", "statusCode": 403}, ProblemCode.INVALID_KEY),
        (403, {"message": "The key's scopes do not include model:chat"}, ProblemCode.INVALID_KEY),
        (402, {"message": "Payment Required"}, ProblemCode.NO_CREDITS),
        (
            429,
            {"error": {"code": "insufficient_quota", "message": "You exceeded your current quota"}},
            ProblemCode.NO_CREDITS,
        ),
        (
            404,
            {
                "error": {
                    "code": "DeploymentNotFound",
                    "message": "The API deployment for this resource does not exist.",
                }
            },
            ProblemCode.DEPLOYMENT_NOT_FOUND,
        ),
        (
            404,
            {
                "message": "Cannot POST /openai/openai/deployments/x/chat/completions",
                "error": "Not Found",
                "statusCode": 404,
            },
            ProblemCode.BAD_RESPONSE,
        ),
        (404, b"", ProblemCode.BAD_RESPONSE),
        (
            400,
            {
                "error": {
                    "message": "Unsupported parameter: 'max_tokens' is not supported with this model. "
                    "Use 'max_completion_tokens' instead.",
                    "type": "invalid_request_error",
                    "param": "max_tokens",
                    "code": "unsupported_parameter",
                }
            },
            ProblemCode.UNSUPPORTED_PARAMETER,
        ),
        (
            400,
            {"message": ["Body validation error!", "messages must be an array"], "statusCode": 400},
            ProblemCode.UNSUPPORTED_PARAMETER,
        ),
        (
            400,
            {"message": "Unsupported value: 'messages[0].role' does not support 'system' with this model."},
            ProblemCode.UNSUPPORTED_PARAMETER,
        ),
        (400, {"error": {"message": "Invalid model: foo/bar"}}, ProblemCode.DEPLOYMENT_NOT_FOUND),
        (
            400,
            {"message": "Invalid payload provided: model must be one of [...]"},
            ProblemCode.DEPLOYMENT_NOT_FOUND,
        ),
        (
            400,
            {"error": {"message": "Unsupported value: 'temperature' does not support 0.2 with this model."}},
            ProblemCode.UNSUPPORTED_PARAMETER,
        ),
        (
            429,
            {"message": "Free-tier limit: You've reached your free limit for the hour.", "statusCode": 429},
            ProblemCode.RATE_LIMITED,
        ),
        (429, b"Too Many Requests", ProblemCode.RATE_LIMITED),
        (503, {"message": "The model is under maintenance"}, ProblemCode.SERVER_ERROR),
        (504, {"message": "Generation timeout"}, ProblemCode.SERVER_ERROR),
        (502, b"<html><head><title>502 Bad Gateway</title></head></html>", ProblemCode.PROXY_ERROR),
        (407, b"", ProblemCode.PROXY_ERROR),
        (408, b"", ProblemCode.TIMEOUT),
        (200, b"", ProblemCode.BAD_RESPONSE),
        (200, b'{"choices": [', ProblemCode.BAD_RESPONSE),
        (200, {"error": {"message": "Internal error", "status": 500}}, ProblemCode.SERVER_ERROR),
        (418, b"I'm a teapot", ProblemCode.BAD_RESPONSE),
    ],
)
def test_error_bodies(status: int, body: Any, code: ProblemCode) -> None:
    assert response(status, body).code == code


@pytest.mark.parametrize(
    "body",
    [
        {"message": ["Query validation error!", "limit must be a number"], "statusCode": 400},
        {"error": {"message": "Unsupported parameter: 'max_tokens'", "code": "unsupported_parameter"}},
        {"error": {"message": "Invalid model: foo/bar"}},
    ],
)
def test_a_400_off_the_chat_route_is_our_own_request(body: Any) -> None:
    raw = json.dumps(body).encode()
    for what in ("the model list", "the balance request", "the request log"):
        problem = problem_from_response(
            400, {"Content-Type": "application/json"}, raw, deployment="", base_url=BASE, what=what
        )
        assert_plain(problem)
        assert problem.code is ProblemCode.BAD_RESPONSE, problem
        assert "this tool" in problem.message and what in problem.message
        assert "deployment" not in problem.message.lower() and "model" not in problem.fix.lower()


def test_reasoning_model_message_names_verify() -> None:
    body = {"error": {"message": "Unsupported parameter: 'max_tokens' is not supported with this model."}}
    problem = response(400, body, deployment="openai/o3-mini")
    assert "openai/o3-mini" in problem.message and "Cursor's Verify will fail" in problem.message


def test_free_tier_and_plain_rate_limits_differ() -> None:
    free = response(429, {"message": "Free-tier limit: You've reached your free limit for the hour."})
    plain = response(429, {"message": "Too Many Requests"}, headers={"Retry-After": "12"})
    assert "free-tier" in free.message and BILLING_PAGE_URL in free.fix
    assert "12 seconds" in plain.fix


def test_a_wait_of_one_second_reads_as_one_second() -> None:
    one = response(429, {"message": "Too Many Requests"}, headers={"retry-after-ms": "300"})
    assert "about 1 second and" in one.fix and "1 seconds" not in one.fix
    unknown = response(429, {"message": "Too Many Requests"})
    assert "Wait a minute" in unknown.fix


def test_the_status_goes_in_the_detail() -> None:
    problem = response(404, {"error": {"code": "DeploymentNotFound", "message": "nope"}})
    assert "HTTP 404" in problem.detail and problem.http_status == 404


def test_redirects() -> None:
    official = diagnosis.redirect_problem(BASE, 302, "http://login.hotel-wifi.example/portal", "302")
    assert official.code == ProblemCode.PROXY_ERROR and "login.hotel-wifi.example" in official.message
    assert "sign in" in official.fix
    custom = response(
        301, b"", headers={"Location": "https://elsewhere.example/x"}, base_url="https://gw.corp.example"
    )
    assert custom.code == ProblemCode.BAD_RESPONSE and "Base URL" in custom.fix


def test_parse_error_body_shapes() -> None:
    own = parse_error_body(json.dumps({**OWN_401, "statusCode": "401"}).encode())
    assert own.kind == "json" and own.status == 401 and "valid API key" in own.message
    azure = parse_error_body(b'{"error": {"code": "DeploymentNotFound", "message": "gone", "param": null}}')
    assert (azure.kind, azure.code, azure.message) == ("json", "DeploymentNotFound", "gone")
    assert parse_error_body(b"  ").kind == "empty"
    assert parse_error_body(b"<!DOCTYPE html><title>Sign in</title>").message == "Sign in"
    assert parse_error_body(b"\xff\xfe{").kind == "malformed"
    assert parse_error_body(b"[1, 2]").kind == "text"


def test_retry_after_forms() -> None:
    assert retry_after_seconds({"Retry-After": "3"}) == 3
    assert retry_after_seconds({"retry-after-ms": "250", "Retry-After": "3"}) == 0.25
    assert retry_after_seconds({"Retry-After": "Wed, 21 Oct 2015 07:28:00 GMT"}) == 0  # in the past
    assert retry_after_seconds({"Retry-After": "soon"}) is None
    assert retry_after_seconds({"Retry-After": "-4"}) is None
    assert retry_after_seconds({}) is None


def test_retry_after_as_a_future_http_date() -> None:
    from datetime import UTC, datetime, timedelta
    from email.utils import format_datetime

    later = format_datetime(datetime.now(UTC) + timedelta(seconds=30), usegmt=True)
    wait = retry_after_seconds({"Retry-After": later})
    assert wait is not None and 28 <= wait <= 30  # an HTTP date counts whole seconds
    problem = response(429, {"message": "Too Many Requests"}, headers={"Retry-After": later})
    assert problem.code == ProblemCode.RATE_LIMITED
    assert re.search(r"Wait about (29|30) seconds", problem.fix), problem.fix


# --- exceptions ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("exc", "code"),
    [
        (socket.gaierror(-2, "Name or service not known"), ProblemCode.UNREACHABLE),
        (ConnectionRefusedError(111, "Connection refused"), ProblemCode.UNREACHABLE),
        (TimeoutError("timed out"), ProblemCode.TIMEOUT),
        (ConnectionResetError(104, "Connection reset by peer"), ProblemCode.BAD_RESPONSE),
        (RuntimeError("anything at all"), ProblemCode.BAD_RESPONSE),
    ],
)
def test_exceptions(exc: BaseException, code: ProblemCode) -> None:
    problem = problem_from_exception(exc, BASE)
    assert problem.code == code
    assert_plain(problem)


def test_httpx2_exceptions_by_kind() -> None:
    import httpx2

    cases = {
        httpx2.ConnectTimeout("timed out"): ProblemCode.TIMEOUT,
        httpx2.ReadTimeout("timed out"): ProblemCode.TIMEOUT,
        httpx2.ProxyError("407 Proxy Authentication Required"): ProblemCode.PROXY_ERROR,
        httpx2.RemoteProtocolError("peer closed connection without sending complete message body"): (
            ProblemCode.BAD_RESPONSE
        ),
        httpx2.SSEError("Expected response with content type 'text/event-stream', got 'text/plain'."): (
            ProblemCode.BAD_RESPONSE
        ),
        httpx2.UnsupportedProtocol(
            "Request URL has an unsupported protocol 'ftp://'."
        ): ProblemCode.INVALID_INPUT,
    }
    for exc, code in cases.items():
        problem = problem_from_exception(exc, BASE)
        assert problem.code == code, (exc, problem)
        assert_plain(problem)


# --- fuzzing: nothing escapes, the key never shows ---------------------------------------------------

json_leaf = st.none() | st.booleans() | st.integers() | st.text(max_size=30) | st.just(TEST_KEY)
json_value = st.recursive(
    json_leaf,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=10), inner, max_size=4),
    max_leaves=15,
)
error_like = st.fixed_dictionaries(
    {},
    optional={
        "message": json_value | st.text(max_size=80).map(lambda t: f"{t} {TEST_KEY}"),
        "statusCode": st.integers(0, 999) | st.text(max_size=4) | json_value,
        "error": json_value
        | st.fixed_dictionaries(
            {},
            optional={
                "code": json_value | st.sampled_from(["DeploymentNotFound", "insufficient_quota", "429"]),
                "message": json_value | st.just(f"Incorrect API key provided: {TEST_KEY}"),
                "type": json_value,
                "param": json_value,
            },
        ),
    },
)
bodies = (
    st.binary(max_size=300)
    | error_like.map(lambda d: json.dumps(d).encode())
    | json_value.map(lambda d: json.dumps(d).encode())
    | st.text(max_size=200).map(lambda t: f"<html><title>{t}{TEST_KEY}</title></html>".encode())
)
header_values = st.text(alphabet=st.characters(min_codepoint=32, max_codepoint=126), max_size=30)


@FAST
@given(
    status=st.integers(100, 599),
    body=bodies,
    retry_after=header_values,
    content_type=st.sampled_from(["application/json", "text/html", "text/plain", "", "text/event-stream"]),
    deployment=st.text(max_size=30),
    base_url=st.sampled_from([BASE, "http://127.0.0.1:8080", "https://gw.corp.example/x", "", "not a url"]),
)
def test_fuzz_error_bodies_never_raise_or_leak(
    status: int, body: bytes, retry_after: str, content_type: str, deployment: str, base_url: str
) -> None:
    headers = {"Content-Type": content_type, "Retry-After": retry_after, "Location": f"http://x/{TEST_KEY}"}
    problem = problem_from_response(
        status,
        headers,
        body,
        deployment=deployment,
        base_url=base_url,
        what="the chat request",
    )
    assert isinstance(problem.code, ProblemCode)
    assert problem.message and problem.fix
    for text in (problem.message, problem.fix, problem.detail):
        assert TEST_KEY not in text
    assert len(problem.detail) <= 600


@FAST
@given(body=bodies, status=st.integers(100, 599))
def test_fuzz_registered_key_is_scrubbed_without_being_passed(body: bytes, status: int) -> None:
    problem = problem_from_response(status, {}, body, deployment=DEPLOYMENT, base_url=BASE, what="x")
    for text in (problem.message, problem.fix, problem.detail):
        assert TEST_KEY not in text


@FAST
@given(
    kind=st.sampled_from([OSError, ValueError, RuntimeError, TimeoutError, ConnectionResetError, KeyError]),
    text=st.text(max_size=60),
)
def test_fuzz_exceptions_never_raise_or_leak(kind: type[BaseException], text: str) -> None:
    exc = kind(f"{text} api-key: {TEST_KEY}")
    exc.__cause__ = ValueError(TEST_KEY)
    problem = problem_from_exception(exc, BASE)
    assert problem.message and problem.fix
    for field in (problem.message, problem.fix, problem.detail):
        assert TEST_KEY not in field
