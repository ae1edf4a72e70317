"""The server itself: any client, any protocol corner, concurrency, start and stop, run() and -m."""

from __future__ import annotations

import http.client
import json
import shutil
import signal
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request

import httpx2
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.simulator import DEMO_KEY, RequestLog, RequestRecord, Simulator
from app.simulator.server import is_loopback_client
from tests.simulator.helpers import AZURE, GEMINI, NO_TLS, WEATHER_TOOL, azure_post, chat_body

# -- clients and protocol corners ------------------------------------------------------------------


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


def test_a_broken_body_gets_413_and_a_closed_connection(simulator: Simulator) -> None:
    conn = http.client.HTTPConnection("127.0.0.1", simulator.port, timeout=5)
    conn.request("POST", AZURE.format(dep=GEMINI), body=b"{}", headers={"Content-Length": "nine"})
    resp = conn.getresponse()
    assert resp.status == 413 and resp.getheader("Connection") == "close"
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
            assert c.get(sim.url + "/_simulator/options").status_code == 200  # ::1 is loopback too


def test_control_endpoints_answer_loopback_clients_only() -> None:
    for host in ("127.0.0.1", "127.8.9.1", "::1", "::ffff:127.0.0.1"):
        assert is_loopback_client(host)
    for host in ("192.0.2.2", "10.0.0.1", "fd00::2", "::ffff:10.0.0.1", "not-an-ip"):
        assert not is_loopback_client(host)


def test_latency_applies_before_first_byte(simulator: Simulator) -> None:
    simulator.latency_ms = 150
    with httpx2.Client(timeout=5, verify=NO_TLS) as c:
        t0 = time.perf_counter()
        assert c.get(simulator.url + "/models").status_code == 200
        assert time.perf_counter() - t0 >= 0.15


def test_options_over_http(client: httpx2.Client, simulator: Simulator) -> None:
    assert client.get("/_simulator/options").json() == {
        "catalog_shape": "current", "stream_style": "auto", "credits_message": "current",
        "status_code_string": False, "latency_ms": 0, "logs_rate_limit": 200,
    }  # fmt: skip
    r = client.post(
        "/_simulator/options", json={"credits_message": "older", "latency_ms": 5, "logs_rate_limit": 9}
    )
    assert r.json()["credits_message"] == "older" and simulator.latency_ms == 5
    assert simulator.logs_rate_limit == 9
    for bad in ({"latency_ms": -1}, {"latency_ms": "soon"}, {"logs_rate_limit": 0}, {"credits_message": "x"},
                {"status_code_string": "yes"}):  # fmt: skip
        assert client.post("/_simulator/options", json=bad).status_code == 400, bad
    client.post("/_simulator/options", json={"status_code_string": True})
    assert client.get("/v2/billing").json()["statusCode"] == "401"


# -- recording -------------------------------------------------------------------------------------


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


def test_request_log_keeps_the_latest() -> None:
    log = RequestLog(limit=3)
    for i in range(5):
        log.append(RequestRecord("GET", f"/{i}", {}, "", {}, b""))
    assert [r.path for r in log] == ["/2", "/3", "/4"]


def test_recorded_requests_never_show_the_key(client: httpx2.Client, simulator: Simulator) -> None:
    azure_post(client, simulator, chat_body())
    client.get("/v1/billing/balance", headers={"Authorization": f"Bearer {simulator.api_key}"})
    simulator.record_cursor_request(GEMINI)
    text = repr(simulator.requests) + repr(list(simulator.requests)) + str(simulator.requests[0])
    text += repr(simulator.ledger.entries())
    assert simulator.api_key not in text and "***" in text


# -- concurrency and lifecycle ---------------------------------------------------------------------


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
    assert len(simulator.ledger) == 8


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
    sim.stop()  # stopping twice is fine


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
    with pytest.raises(RuntimeError, match="start"):
        _ = sim.url


def test_busy_port_gives_a_plain_message() -> None:
    with Simulator() as first:
        with pytest.raises(OSError, match="choose another port"):
            Simulator(port=first.port).start()


# -- run() and python -m app.simulator -------------------------------------------------------------


def _serve_in_child(code: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-c", code],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        # A background test runner may ignore SIGINT; the child gets the default, like a terminal.
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )


def _interrupt(proc: subprocess.Popen[str]) -> tuple[str, str]:
    proc.send_signal(signal.SIGINT)
    return proc.communicate(timeout=5)


def test_run_serves_in_foreground_until_ctrl_c() -> None:
    proc = _serve_in_child(
        "from app.simulator import run\n"
        "run(0, 'k' * 32, fault='rate_limited:times=1', ready=lambda url: print(url, flush=True))\n"
    )
    try:
        url = proc.stdout.readline().strip()
        assert url.startswith("http://127.0.0.1:")
        headers = {"api-key": "k" * 32}
        r = httpx2.post(url + AZURE.format(dep=GEMINI), json=chat_body(), headers=headers, verify=NO_TLS)
        assert r.status_code == 429
        out, err = _interrupt(proc)
    finally:
        proc.kill()
    assert proc.returncode == 0
    assert out == "" and err == ""  # nothing printed except through ready()


def test_run_takes_the_catalog_shape_and_other_options() -> None:
    proc = _serve_in_child(
        "from app.simulator import run\n"
        "run(0, 'k' * 32, catalog_shape='bare', stream_style='claude', credits_message='older',\n"
        "    fault='bad_request:scope=account', ready=lambda url: print(url, flush=True))\n"
    )
    try:
        url = proc.stdout.readline().strip()
        with httpx2.Client(base_url=url, timeout=5, verify=NO_TLS) as c:
            assert isinstance(c.get("/models").json(), list)
            assert c.get("/_simulator/options").json()["stream_style"] == "claude"
            assert c.get("/v2/billing", headers={"Authorization": "Bearer " + "k" * 32}).status_code == 400
        _interrupt(proc)
    finally:
        proc.kill()
    with pytest.raises(ValueError, match="catalog_shape"):
        from app.simulator import run

        run(0, "k", catalog_shape="xml")


def test_python_m_app_simulator() -> None:
    proc = subprocess.Popen(
        [sys.executable, "-m", "app.simulator", "0", "--catalog-shape", "legacy", "--fault", "low_balance"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )
    try:
        line = proc.stdout.readline()
        assert "(key: demo key)" in line and DEMO_KEY not in line
        url = line.split()[3]
        with httpx2.Client(base_url=url, timeout=5, verify=NO_TLS) as c:
            r = c.get("/v1/billing/balance", headers={"Authorization": f"Bearer {DEMO_KEY}"})
            assert r.json()["lowBalance"] is True
            assert c.get("/models").json()["data"][0]["type"] == "chat-completion"
        _interrupt(proc)
    finally:
        proc.kill()
    assert proc.returncode == 0


@pytest.mark.parametrize("args", [["0", "--fault", "gremlins"], ["0", "--catalog-shape", "xml"], ["port"]])
def test_python_m_app_simulator_refuses_bad_input_without_a_traceback(args: list[str]) -> None:
    cmd = [sys.executable, "-m", "app.simulator", *args]
    proc = subprocess.run(cmd, capture_output=True, text=True, timeout=10, check=False)
    assert proc.returncode == 2 and proc.stdout == ""
    assert "Traceback" not in proc.stderr and proc.stderr.strip()


# -- robustness: whatever a client sends, a well-formed HTTP answer --------------------------------

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
        "model": st.sampled_from([GEMINI, "openai/o3-mini", "flux/schnell", "gpt-4o", "x"]) | _json_any,
    },
)


@pytest.fixture(scope="module")
def fuzz_sim() -> Simulator:
    with Simulator(api_key="k" * 32) as sim:
        sim.token_delay_ms = 0
        yield sim


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    body=_chat_bodies | st.binary(max_size=40).map(lambda b: {"__raw__": b}),
    dep=st.sampled_from(
        [GEMINI, "openai%2Fo4-mini", "deepseek/deepseek-r1", "openai/o1-mini", "anthropic/claude-opus-4",
         "gpt-4o", "nope", "%zz"]
    ),
    openai_route=st.booleans(),
    client_id=st.none() | st.text(max_size=140).filter(lambda s: "\n" not in s and "\r" not in s),
)  # fmt: skip
def test_any_body_gets_a_well_formed_answer(
    fuzz_sim: Simulator, body: dict, dep: str, openai_route: bool, client_id: str | None
) -> None:
    content = body["__raw__"] if "__raw__" in body else json.dumps(body).encode()
    if openai_route:
        path, headers = "/v1/chat/completions", {"Authorization": f"Bearer {fuzz_sim.api_key}"}
    else:
        path, headers = AZURE.format(dep=dep), {"api-key": fuzz_sim.api_key}
    headers["Content-Type"] = "application/json"
    if client_id is not None:
        headers["X-Client-Request-Id"] = client_id.encode("utf-8", "surrogatepass").decode("latin-1")
    conn = http.client.HTTPConnection("127.0.0.1", fuzz_sim.port, timeout=5)
    try:
        conn.request("POST", path, content, headers)
        resp = conn.getresponse()
        raw = resp.read()
    finally:
        conn.close()
    assert resp.status in (200, 400, 404), raw
    assert resp.getheader("x-inference-id")
    if resp.getheader("Content-Type", "").startswith("text/event-stream"):
        events = [line.partition(b":")[2].strip() for line in raw.splitlines() if line.startswith(b"data")]
        # Standard streams end with [DONE]; Claude-style ones with the chunk that carries the cost.
        assert events[-1] == b"[DONE]" or json.loads(events[-1])["meta"]["usage"]["credits_used"] > 0
    else:
        answer = json.loads(raw)
        if resp.status == 200:
            assert answer["choices"][0]["finish_reason"] in ("stop", "length", "tool_calls")


_query_values = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=30)


@settings(max_examples=80, deadline=None)
@given(
    path=st.sampled_from(["/v2/logs", "/v2/usage", "/models/metrics", "/v1/models", "/v1/key", "/model/x"]),
    params=st.lists(
        st.tuples(st.sampled_from(["period", "start", "end", "limit", "offset", "model", "status",
                                   "aliases", "include"]), _query_values),
        max_size=5,
    ),
)  # fmt: skip
def test_any_query_gets_a_well_formed_answer(fuzz_sim: Simulator, path: str, params: list) -> None:
    fuzz_sim.logs_rate_limit = 10**6
    with httpx2.Client(base_url=fuzz_sim.url, timeout=5, verify=NO_TLS) as c:
        r = c.get(path, params=params, headers={"Authorization": f"Bearer {fuzz_sim.api_key}"})
    assert r.status_code in (200, 400, 404), r.text
    assert r.headers["x-inference-id"]
    r.json()
