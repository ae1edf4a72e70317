"""A hostile network: every bad server behaviour ends in a Problem with a fix, within the time limit.

Each test runs a tiny server on 127.0.0.1 (``tests/rawserver.py``) that misbehaves on purpose:
cuts the connection, stalls, floods, never ends, sends garbage or the wrong kind of content,
redirects elsewhere, shows a proxy page, or presents a certificate from an unknown authority.
"""

from __future__ import annotations

import datetime as dt
import ipaddress
import json
import socket
import ssl
import threading
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from app.core.model import Problem, ProblemCode
from app.core.service import AimlClient, ServiceError
from tests.conftest import TEST_KEY
from tests.rawserver import RawRequest, RawServer, http_head, send_reset

DEPLOYMENT = "google/gemini-2.5-pro"
FORBIDDEN_WORDS = ("SSE", "Traceback", "HTTP 4", "HTTP 5", "Exception")


def expect_problem(call: Callable[[], Any], code: ProblemCode) -> Problem:
    """Runs ``call``; it must fail with ``code``, a plain message and a fix, and no trace of the key."""
    with pytest.raises(ServiceError) as info:
        call()
    problem = info.value.problem
    assert problem.code == code, problem
    assert problem.message and problem.fix
    for text in (str(info.value), problem.message, problem.fix, problem.detail, repr(problem)):
        assert TEST_KEY not in text
    for word in FORBIDDEN_WORDS:
        assert word not in problem.message
    return problem


def wait_until_stopped(server: RawServer) -> None:
    while not server.stopping:
        time.sleep(0.02)


def completion(text: str = "hi") -> bytes:
    return json.dumps(
        {
            "id": "chatcmpl-1",
            "object": "chat.completion",
            "model": DEPLOYMENT,
            "choices": [
                {"index": 0, "finish_reason": "stop", "message": {"role": "assistant", "content": text}}
            ],
        }
    ).encode()


def sse_event(content: str) -> bytes:
    chunk = {"choices": [{"index": 0, "delta": {"content": content}, "finish_reason": None}]}
    return f"data: {json.dumps(chunk)}\n\n".encode()


SSE_HEAD = http_head("200 OK", {"Content-Type": "text/event-stream", "Connection": "close"})


# --- cut, stalled, flooding and endless answers --------------------------------------------------


def test_connection_reset_in_the_middle_of_a_stream() -> None:
    def handler(req: RawRequest, conn: socket.socket) -> None:
        conn.sendall(SSE_HEAD + sse_event("Hel") + sse_event("lo"))
        time.sleep(0.1)
        send_reset(conn)

    with RawServer(handler) as server, AimlClient(server.url, TEST_KEY, timeout_s=3) as client:
        seen: list[str] = []
        start = time.monotonic()
        problem = expect_problem(
            lambda: client.stream_chat(DEPLOYMENT, "hi", on_text=seen.append), ProblemCode.BAD_RESPONSE
        )
    assert "stopped before it was complete" in problem.message
    assert "".join(seen) == "Hello"  # what arrived was delivered before the cut
    assert time.monotonic() - start < 3


def test_connection_reset_in_the_middle_of_a_whole_answer() -> None:
    def handler(req: RawRequest, conn: socket.socket) -> None:
        conn.sendall(
            http_head("200 OK", {"Content-Type": "application/json", "Content-Length": "5000"}) + b'{"id"'
        )
        time.sleep(0.1)
        send_reset(conn)

    with RawServer(handler) as server, AimlClient(server.url, TEST_KEY, timeout_s=3) as client:
        expect_problem(lambda: client.cursor_verify(DEPLOYMENT), ProblemCode.BAD_RESPONSE)


@pytest.mark.parametrize("streamed", [True, False])
def test_headers_then_nothing_times_out_within_the_time_limit(streamed: bool) -> None:
    def handler(req: RawRequest, conn: socket.socket) -> None:
        if streamed:
            conn.sendall(SSE_HEAD)
        else:
            conn.sendall(http_head("200 OK", {"Content-Type": "application/json", "Content-Length": "100"}))
        wait_until_stopped(server)

    server = RawServer(handler)
    with server, AimlClient(server.url, TEST_KEY, timeout_s=1) as client:
        start = time.monotonic()
        call = (
            (lambda: client.stream_chat(DEPLOYMENT, "hi")) if streamed else (lambda: client.chat(DEPLOYMENT))
        )
        problem = expect_problem(call, ProblemCode.TIMEOUT)
        elapsed = time.monotonic() - start
    assert 0.9 <= elapsed < 2.5
    assert "time" in problem.fix


def test_no_answer_at_all_times_out() -> None:
    server = RawServer(lambda req, conn: wait_until_stopped(server))
    with server, AimlClient(server.url, TEST_KEY, timeout_s=1) as client:
        start = time.monotonic()
        expect_problem(lambda: client.balance(), ProblemCode.TIMEOUT)
        assert time.monotonic() - start < 2.5


def _flood(conn: socket.socket, server: RawServer) -> None:
    block = b"a" * 65536
    while not server.stopping:
        conn.sendall(block)


def test_huge_body_is_capped_without_memory_blow_up() -> None:
    def handler(req: RawRequest, conn: socket.socket) -> None:
        conn.sendall(http_head("200 OK", {"Content-Type": "application/json", "Content-Length": str(10**9)}))
        _flood(conn, server)

    server = RawServer(handler)
    with server, AimlClient(server.url, TEST_KEY, timeout_s=10) as client:
        tracemalloc.start()
        try:
            start = time.monotonic()
            problem = expect_problem(lambda: client.chat(DEPLOYMENT), ProblemCode.BAD_RESPONSE)
            elapsed = time.monotonic() - start
            _, peak = tracemalloc.get_traced_memory()
        finally:
            tracemalloc.stop()
    assert "larger" in problem.message
    assert peak < 16 * 1024 * 1024, peak  # a 1 GB answer never sits in memory
    assert elapsed < 5


def test_flooding_stream_is_capped() -> None:
    big = "x" * 60_000

    def handler(req: RawRequest, conn: socket.socket) -> None:
        conn.sendall(SSE_HEAD)
        while not server.stopping:
            conn.sendall(sse_event(big))

    server = RawServer(handler)
    with server, AimlClient(server.url, TEST_KEY, timeout_s=10) as client:
        start = time.monotonic()
        problem = expect_problem(lambda: client.stream_chat(DEPLOYMENT, "hi"), ProblemCode.BAD_RESPONSE)
        assert time.monotonic() - start < 8
    assert "larger" in problem.message


@pytest.mark.parametrize("payload", [sse_event("x"), b": keep-alive\n\n"], ids=["tokens", "keep-alives"])
def test_endless_stream_is_bounded_by_the_time_limit(payload: bytes) -> None:
    def handler(req: RawRequest, conn: socket.socket) -> None:
        conn.sendall(SSE_HEAD)
        while not server.stopping:
            conn.sendall(payload)
            time.sleep(0.01)

    server = RawServer(handler)
    with server, AimlClient(server.url, TEST_KEY, timeout_s=1.5) as client:
        start = time.monotonic()
        problem = expect_problem(lambda: client.stream_chat(DEPLOYMENT, "hi"), ProblemCode.TIMEOUT)
        elapsed = time.monotonic() - start
    assert 1.4 <= elapsed < 3.2
    assert "did not finish" in problem.message


# --- answers that are not what they claim ---------------------------------------------------------


def test_garbage_bytes_instead_of_a_web_answer() -> None:
    def handler(req: RawRequest, conn: socket.socket) -> None:
        conn.sendall(b"\x00\xff\x13garbage \xfe\xfa no protocol here\r\n\r\n" * 4)

    with RawServer(handler) as server, AimlClient(server.url, TEST_KEY, timeout_s=3) as client:
        problem = expect_problem(lambda: client.cursor_verify(DEPLOYMENT), ProblemCode.BAD_RESPONSE)
    assert "not a valid web answer" in problem.message


def _answer(status: str, content_type: str, body: bytes) -> Callable[[RawRequest, socket.socket], None]:
    def handler(req: RawRequest, conn: socket.socket) -> None:
        headers = {"Content-Type": content_type, "Content-Length": str(len(body)), "Connection": "close"}
        conn.sendall(http_head(status, headers) + body)

    return handler


def test_stream_request_answered_with_plain_text() -> None:
    with (
        RawServer(_answer("200 OK", "text/plain", b"hello there")) as server,
        AimlClient(server.url, TEST_KEY, timeout_s=3) as client,
    ):
        expect_problem(lambda: client.stream_chat(DEPLOYMENT, "hi"), ProblemCode.BAD_RESPONSE)


def test_stream_request_answered_with_a_whole_answer() -> None:
    with (
        RawServer(_answer("200 OK", "application/json", completion())) as server,
        AimlClient(server.url, TEST_KEY, timeout_s=3) as client,
    ):
        problem = expect_problem(lambda: client.stream_chat(DEPLOYMENT, "hi"), ProblemCode.BAD_RESPONSE)
    assert "whole answer at once" in problem.message


def test_json_answer_with_a_wrong_content_type_is_still_read() -> None:
    # Some proxies relabel answers; the data itself is what matters for a whole answer.
    with (
        RawServer(_answer("200 OK", "text/plain", completion("fine"))) as server,
        AimlClient(server.url, TEST_KEY, timeout_s=3) as client,
    ):
        assert client.chat(DEPLOYMENT).text == "fine"


def test_binary_model_list() -> None:
    with (
        RawServer(_answer("200 OK", "application/octet-stream", b"\x89PNG\r\n\x1a\n\x00\x00")) as server,
        AimlClient(server.url, TEST_KEY, timeout_s=3) as client,
    ):
        expect_problem(client.list_models, ProblemCode.BAD_RESPONSE)


@pytest.mark.parametrize("status", ["200 OK", "403 Forbidden"])
def test_html_proxy_page_instead_of_the_service(status: str) -> None:
    page = b"<!DOCTYPE html><html><head><title>Web Page Blocked</title></head><body>Ask IT.</body></html>"
    with (
        RawServer(_answer(status, "text/html; charset=utf-8", page)) as server,
        AimlClient(server.url, TEST_KEY, timeout_s=3) as client,
    ):
        for call in (lambda: client.cursor_verify(DEPLOYMENT), client.balance, client.ping):
            problem = expect_problem(call, ProblemCode.PROXY_ERROR)
            assert "sign in" in problem.fix and "IT" in problem.fix
            assert "Web Page Blocked" in problem.detail


# --- the key stays home -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "status", ["301 Moved Permanently", "302 Found", "307 Temporary Redirect", "308 Permanent Redirect"]
)
def test_redirect_to_another_host_never_carries_the_key(status: str) -> None:
    elsewhere = RawServer(_answer("200 OK", "application/json", completion()))

    def handler(req: RawRequest, conn: socket.socket) -> None:
        location = f"http://localhost:{elsewhere.port}{req.target}"
        conn.sendall(http_head(status, {"Location": location, "Content-Length": "0", "Connection": "close"}))

    with elsewhere, RawServer(handler) as server, AimlClient(server.url, TEST_KEY, timeout_s=3) as client:
        for call in (
            lambda: client.cursor_verify(DEPLOYMENT),
            client.balance,
            lambda: client.stream_chat(DEPLOYMENT),
        ):
            problem = expect_problem(call, ProblemCode.BAD_RESPONSE)
            assert "localhost" in problem.message and "not sent" in problem.message
            assert "Base URL" in problem.fix
        time.sleep(0.1)
        assert elsewhere.connections == 0 and elsewhere.requests == []
        # The key did go to the configured host (that is where the user sent it), with nothing else.
        assert server.requests[0].headers["api-key"] == TEST_KEY


def test_proxy_demanding_a_sign_in(monkeypatch: pytest.MonkeyPatch) -> None:
    def proxy(req: RawRequest, conn: socket.socket) -> None:
        conn.sendall(
            http_head(
                "407 Proxy Authentication Required",
                {"Proxy-Authenticate": 'Basic realm="corp"', "Content-Length": "0", "Connection": "close"},
            )
        )

    with RawServer(proxy) as server:
        monkeypatch.setenv("HTTPS_PROXY", server.url)
        monkeypatch.setenv("NO_PROXY", "")
        with AimlClient("https://api.aimlapi.com", TEST_KEY, timeout_s=3) as client:
            problem = expect_problem(lambda: client.cursor_verify(DEPLOYMENT), ProblemCode.PROXY_ERROR)
        assert "IT" in problem.fix
        assert server.requests and server.requests[0].method == "CONNECT"
        # A tunnel request carries no request headers of ours: the proxy never saw the key.
        assert all(TEST_KEY not in json.dumps(r.headers) for r in server.requests)


# --- TLS -----------------------------------------------------------------------------------------


def _untrusted_certificate(tmp_path: Path) -> tuple[Path, Path, Path]:
    """A CA nobody trusts and a server certificate for 127.0.0.1 it signed: (ca, cert, key) PEM files."""
    x509 = pytest.importorskip("cryptography.x509")
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    now = dt.datetime.now(dt.UTC)
    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca_name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Corporate SSL Inspection CA (test)")])
    ca = (
        x509.CertificateBuilder()
        .subject_name(ca_name)
        .issuer_name(ca_name)
        .public_key(ca_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=30))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=True,
                content_commitment=False,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=True,
                crl_sign=True,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(ca_key.public_key()), critical=False)
        .sign(ca_key, hashes.SHA256())
    )
    key = ec.generate_private_key(ec.SECP256R1())
    cert = (
        x509.CertificateBuilder()
        .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")]))
        .issuer_name(ca_name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=30))
        .add_extension(
            x509.SubjectAlternativeName(
                [x509.IPAddress(ipaddress.ip_address("127.0.0.1")), x509.DNSName("localhost")]
            ),
            critical=False,
        )
        .add_extension(x509.ExtendedKeyUsage([x509.oid.ExtendedKeyUsageOID.SERVER_AUTH]), critical=False)
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_key.public_key()), critical=False
        )
        .sign(ca_key, hashes.SHA256())
    )
    pem = serialization.Encoding.PEM
    ca_path, cert_path, key_path = tmp_path / "ca.pem", tmp_path / "server.pem", tmp_path / "server.key"
    ca_path.write_bytes(ca.public_bytes(pem))
    cert_path.write_bytes(cert.public_bytes(pem))
    key_path.write_bytes(
        key.private_bytes(pem, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    )
    return ca_path, cert_path, key_path


def test_certificate_from_an_untrusted_authority_is_a_tls_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ca, cert, key = _untrusted_certificate(tmp_path)
    server_ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    server_ctx.load_cert_chain(cert, key)
    monkeypatch.delenv("SSL_CERT_FILE", raising=False)
    monkeypatch.delenv("SSL_CERT_DIR", raising=False)

    with RawServer(_answer("200 OK", "application/json", completion("secure")), tls=server_ctx) as server:
        with AimlClient(server.url, TEST_KEY, timeout_s=3) as client:
            problem = expect_problem(lambda: client.cursor_verify(DEPLOYMENT), ProblemCode.TLS_ERROR)
        assert "company proxy" in problem.fix
        assert "certificate" in problem.fix
        assert server.requests == []  # the key was never sent over the unverified connection

        # Control: the same server is fine once its authority is trusted the standard way
        # (what IT does by installing the company certificate), so the failure above is the trust.
        monkeypatch.setenv("SSL_CERT_FILE", str(ca))
        with AimlClient(server.url, TEST_KEY, timeout_s=3) as client:
            assert client.cursor_verify(DEPLOYMENT).text == "secure"


def test_there_is_no_way_to_switch_certificate_checks_off() -> None:
    import inspect

    params = inspect.signature(AimlClient).parameters
    assert not {"verify", "insecure", "verify_tls", "ssl"} & set(params)


# --- the window stays responsive: a request can be abandoned ---------------------------------------


@pytest.mark.parametrize("also_close", [False, True], ids=["cancel", "cancel-and-close"])
@pytest.mark.parametrize("stall", ["before-headers", "mid-stream"])
def test_cancel_while_a_server_stalls_returns_promptly(stall: str, also_close: bool) -> None:
    from app.core.service import Cancelled

    def handler(req: RawRequest, conn: socket.socket) -> None:
        if stall == "mid-stream":
            conn.sendall(SSE_HEAD + sse_event("a"))
        wait_until_stopped(server)

    server = RawServer(handler)
    cancel = threading.Event()
    with server, AimlClient(server.url, TEST_KEY, timeout_s=30, cancel=cancel) as client:
        timer = threading.Timer(0.3, lambda: (cancel.set(), also_close and client.close()))
        timer.start()
        start = time.monotonic()
        with pytest.raises(Cancelled):
            client.stream_chat(DEPLOYMENT, "hi")
        assert time.monotonic() - start < 5  # not the 30 s read timeout
        timer.join()
        with pytest.raises(Cancelled):  # and nothing more is sent once cancelled
            client.balance()
    assert len(server.requests) == 1


# --- a broken network setup on this computer ---------------------------------------------------------


@pytest.mark.parametrize(
    ("var", "value", "code"),
    [
        ("SSL_CERT_FILE", "/nonexistent/company-ca.pem", ProblemCode.TLS_ERROR),
        ("SSL_CERT_FILE", "/etc/hostname", ProblemCode.TLS_ERROR),
        ("HTTPS_PROXY", "foo://proxy.corp", ProblemCode.PROXY_ERROR),
        ("HTTPS_PROXY", "http://proxy.corp:notaport", ProblemCode.PROXY_ERROR),
    ],
)
def test_broken_certificate_or_proxy_setting(
    monkeypatch: pytest.MonkeyPatch, var: str, value: str, code: ProblemCode
) -> None:
    monkeypatch.setenv(var, value)
    monkeypatch.setenv("NO_PROXY", "")
    client = AimlClient("https://api.aimlapi.com", TEST_KEY, timeout_s=2)  # never raises itself
    with client:
        problem = expect_problem(client.ping, code)
        expect_problem(lambda: client.cursor_verify(DEPLOYMENT), code)
    assert var in problem.fix and "IT" in problem.fix
