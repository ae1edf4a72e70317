"""What the checks say about the service and the network is true and names the right things: a wait
the service asks for in words a person can act on, another model than the one that failed, the host
the Base URL actually names (a company gateway is not api.aimlapi.com), a proxy that closes the
tunnel told as a proxy problem, and a SOCKS proxy told as unsupported."""

from __future__ import annotations

import json
import re
import socket

import pytest

from app.core.diagnosis import problem_from_response
from app.core.diagnosis_network import stream_cut_problem
from app.simulator import Simulator
from tests.cli_process import cli_env, run_cli
from tests.conftest import TEST_KEY
from tests.rawserver import RawRequest, RawServer, http_head

GATEWAY = "https://gateway.example.com"  # a company's own gateway: reached only through the test proxy


def checks_of(*args: str, **env: str) -> dict[str, dict]:
    ran = run_cli("verify", "--json", "--timeout", "5", *args, env=cli_env(AIMLAPI_API_KEY=TEST_KEY, **env))
    assert ran.code == 1, ran.err
    return {c["id"]: c for c in json.loads(ran.out)["checks"]}


def first_failure(checks: dict[str, dict]) -> dict:
    return next(c for c in checks.values() if c["status"] == "fail")


# --- waits -------------------------------------------------------------------------------------------


def too_many_requests(header: str):
    def handler(request: RawRequest, conn: socket.socket) -> None:
        body = json.dumps({"message": "Too Many Requests", "statusCode": 429}).encode()
        head = {"Content-Type": "application/json", "Content-Length": str(len(body)), header: ""}
        name, value = header.split(": ")
        head = {**{k: v for k, v in head.items() if k != header}, name: value, "Connection": "close"}
        conn.sendall(http_head("429 Too Many Requests", head) + body)

    return handler


@pytest.mark.parametrize(
    ("header", "words"),
    [
        ("Retry-After: 99999999999", "more than an hour"),
        ("retry-after-ms: 1e308", "more than an hour"),
        ("Retry-After: 600", "about 10 minutes"),
        ("Retry-After: 45", "about 45 seconds"),
    ],
)
def test_the_wait_the_service_asks_for_is_said_in_words(header: str, words: str) -> None:
    with RawServer(too_many_requests(header)) as server:
        failed = first_failure(checks_of("--base-url", server.url))
    assert failed["problem"] == "rate_limited"
    assert f"Wait {words}" in failed["fix"], failed["fix"]
    assert not re.search(r"\d{5}", failed["fix"])


# --- models ------------------------------------------------------------------------------------------


@pytest.mark.parametrize("deployment", ["google/gemini-2.5-pro", "openai/gpt-4o", "o3-mini"])
def test_a_model_that_refuses_cursors_request_is_not_suggested_instead(
    simulator: Simulator, deployment: str
) -> None:
    simulator.set_fault("reasoning")
    verify = checks_of("--base-url", simulator.url, "--deployment", deployment)["cursor_verify"]
    assert verify["problem"] == "unsupported_parameter"
    assert "for example" in verify["fix"]
    assert deployment not in verify["fix"], verify["fix"]


# --- the host the Base URL names ---------------------------------------------------------------------


def proxy(after_connect: bytes | None):
    """A proxy that answers CONNECT with 200 and then sends ``after_connect`` (None: closes)."""

    def handler(request: RawRequest, conn: socket.socket) -> None:
        conn.sendall(b"HTTP/1.1 200 Connection established\r\n\r\n")
        if after_connect is not None:
            conn.recv(65536)  # the start of the secure connection, read so the close is no reset
            conn.sendall(after_connect)
            while conn.recv(65536):  # until the client gives up
                pass

    return handler


def refusing_proxy(request: RawRequest, conn: socket.socket) -> None:
    body = b"<html><title>Blocked</title></html>"
    head = {"Content-Type": "text/html", "Content-Length": str(len(body)), "Connection": "close"}
    conn.sendall(http_head("403 Forbidden", head) + body)


@pytest.mark.parametrize("base_url", [GATEWAY, "https://api.aimlapi.com"])
def test_a_proxy_closing_the_tunnel_is_a_proxy_problem_about_the_host_used(base_url: str) -> None:
    with RawServer(proxy(None)) as server:
        failed = first_failure(checks_of("--base-url", base_url, HTTPS_PROXY=server.url))
    host = base_url.removeprefix("https://")
    assert failed["problem"] == "proxy_error", failed
    assert f"The proxy 127.0.0.1:{server.port} closed the connection" in failed["message"]
    assert "cutting long answers" not in failed["fix"]
    assert host in failed["fix"], failed["fix"]


@pytest.mark.parametrize(
    ("handler", "problem"),
    [
        (refusing_proxy, "proxy_error"),
        # Something on the way answers in plain text where encryption was expected (security software).
        (proxy(b"HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n"), "tls_error"),
    ],
    ids=["proxy refuses", "not encrypted"],
)
def test_fixes_name_the_gateway_not_the_official_host(handler, problem: str) -> None:
    with RawServer(handler) as server:
        failed = first_failure(checks_of("--base-url", GATEWAY, HTTPS_PROXY=server.url))
    assert failed["problem"] == problem, failed
    assert "gateway.example.com" in failed["fix"] and "api.aimlapi.com" not in failed["fix"], failed["fix"]


def test_a_web_page_or_a_cut_answer_from_a_gateway_names_the_gateway() -> None:
    page = problem_from_response(
        200,
        {"content-type": "text/html"},
        b"<html><title>Sign in</title></html>",
        deployment="google/gemini-2.5-pro",
        base_url=GATEWAY,
        what="the chat",
    )
    cut = stream_cut_problem(GATEWAY, "the stream ended")
    for problem in (page, cut):
        assert "reach gateway.example.com" in problem.fix or "from gateway.example.com" in problem.fix
        assert "allow streaming from api.aimlapi.com" not in problem.fix
        assert "reach api.aimlapi.com" not in problem.fix


def test_a_socks_proxy_is_said_to_be_unsupported() -> None:
    failed = first_failure(checks_of("--base-url", GATEWAY, ALL_PROXY="socks5://127.0.0.1:9"))
    assert failed["problem"] == "proxy_error"
    assert "socks5" in failed["message"] and "does not support" in failed["message"], failed["message"]
    assert "not a valid address" not in failed["message"]
    assert "ALL_PROXY" in failed["message"]
