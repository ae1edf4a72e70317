"""The check suite over real loopback HTTP against the simulator."""

from __future__ import annotations

import json
import socket
import threading
import time
from collections import Counter
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from app.core.checks import format_report_text, run_checks
from app.core.model import CHECK_IDS, DEFAULT_DEPLOYMENT, ProblemCode, Report, Settings, Status
from app.simulator import Simulator
from tests.conftest import TEST_KEY


def settings_for(url: str, deployment: str = DEFAULT_DEPLOYMENT, key: str = TEST_KEY, timeout_s: float = 10):
    return Settings(
        base_url=url, deployment=deployment, alias="aimlapi-test", api_key=key, timeout_s=timeout_s
    )


def by_id(report: Report) -> dict:
    return {c.id: c for c in report.checks}


def assert_no_key(report: Report, key: str = TEST_KEY) -> None:
    assert key not in json.dumps(report.to_json())
    assert key not in format_report_text(report)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_happy_path_every_check_passes_in_order(simulator, sim_url):
    started: list[str] = []
    results = []
    report = run_checks(settings_for(sim_url), on_start=started.append, on_result=results.append)

    assert [c.id for c in report.checks] == list(CHECK_IDS)
    assert all(c.status is Status.PASS for c in report.checks), format_report_text(report)
    assert report.ok
    assert sorted(started) == sorted(CHECK_IDS)
    assert Counter(r.id for r in results) == Counter(CHECK_IDS)  # each reported exactly once
    checks = by_id(report)
    assert checks["streaming"].data["ttft_ms"] <= checks["streaming"].data["total_ms"]
    assert checks["account"].data["balance_usd"] > 0
    assert checks["tool_calling"].data["tool"]
    assert report.settings == {"base_url": sim_url, "deployment": DEFAULT_DEPLOYMENT, "alias": "aimlapi-test"}
    # Cursor's exact Verify request went out, with the deployment's slash raw in the path.
    verify = [r for r in simulator.requests if r.query.get("api-version") == "2023-03-15-preview"]
    assert len(verify) == 1
    assert verify[0].path == "/openai/deployments/google/gemini-2.5-pro/chat/completions"
    assert verify[0].json()["max_tokens"] == 10
    assert_no_key(report)


def test_bad_key_is_reported_once_and_the_rest_skipped(simulator, sim_url):
    results = []
    report = run_checks(settings_for(sim_url, key="wrong-key-0123456789abcdef"), on_result=results.append)
    checks = by_id(report)

    assert checks["reachability"].status is Status.PASS  # GET /models needs no key
    assert checks["account"].status is Status.FAIL
    assert checks["account"].problem is ProblemCode.INVALID_KEY
    assert checks["account"].fix
    for cid in ("cursor_verify", "chat", "streaming", "tool_calling"):
        assert checks[cid].status is Status.SKIPPED, cid
        assert "API key was rejected" in checks[cid].message
        assert not checks[cid].fix  # the fix is shown once, on the account check
    assert [c.status for c in report.checks].count(Status.FAIL) == 1
    assert not report.ok
    # The callback saw the final verdicts, not six failures.
    assert [r.status for r in results].count(Status.FAIL) == 1
    assert_no_key(report, "wrong-key-0123456789abcdef")


def test_unknown_deployment_is_reported_once_by_cursor_verify(sim_url):
    report = run_checks(settings_for(sim_url, deployment="nobody/no-such-model"))
    checks = by_id(report)

    assert checks["reachability"].status is Status.PASS
    assert checks["account"].status is Status.PASS
    assert checks["cursor_verify"].problem is ProblemCode.DEPLOYMENT_NOT_FOUND
    assert checks["cursor_verify"].status is Status.FAIL and checks["cursor_verify"].fix
    for cid in ("chat", "streaming", "tool_calling"):
        assert checks[cid].status is Status.SKIPPED
        assert checks[cid].problem is ProblemCode.DEPLOYMENT_NOT_FOUND
        assert "deployment was not found" in checks[cid].message


def test_no_credits_fails_the_account_check_and_skips_the_rest(simulator, sim_url):
    simulator.set_fault("no_credits")
    report = run_checks(settings_for(sim_url))
    checks = by_id(report)

    assert checks["account"].status is Status.FAIL
    assert checks["account"].problem is ProblemCode.NO_CREDITS
    assert "billing" in checks["account"].fix.lower()
    assert all(
        checks[c].status is Status.SKIPPED for c in ("cursor_verify", "chat", "streaming", "tool_calling")
    )
    assert not report.ok


def test_low_balance_is_a_warning_not_a_failure(simulator, sim_url):
    simulator.set_fault("low_balance")
    report = run_checks(settings_for(sim_url))
    assert by_id(report)["account"].status is Status.WARN
    assert report.ok


def test_model_that_does_not_call_the_tool_is_a_warning(simulator, sim_url):
    simulator.set_fault("no_tool_call")
    report = run_checks(settings_for(sim_url))
    tool = by_id(report)["tool_calling"]
    assert tool.status is Status.WARN
    assert tool.problem is ProblemCode.NO_TOOL_CALL
    assert tool.fix
    assert report.ok


def test_garbled_tool_arguments_are_a_warning(simulator, sim_url):
    simulator.set_fault("bad_tool_arguments")
    report = run_checks(settings_for(sim_url))
    tool = by_id(report)["tool_calling"]
    assert (tool.status, tool.problem) == (Status.WARN, ProblemCode.BAD_RESPONSE), format_report_text(report)
    assert "garbled" in tool.message and tool.fix
    assert report.ok


def test_reasoning_model_fails_cursor_verify_with_unsupported_parameter(sim_url):
    report = run_checks(settings_for(sim_url, deployment="openai/o3-mini"))
    verify = by_id(report)["cursor_verify"]
    assert verify.status is Status.FAIL
    assert verify.problem is ProblemCode.UNSUPPORTED_PARAMETER
    assert "Verify" in verify.message + verify.fix
    assert not report.ok
    # The same refusal in the other requests is not repeated three more times.
    for cid in ("chat", "streaming", "tool_calling"):
        check = by_id(report)[cid]
        assert check.status is Status.PASS or (
            check.status is Status.SKIPPED and check.problem is ProblemCode.UNSUPPORTED_PARAMETER
        ), format_report_text(report)


@pytest.mark.parametrize(
    ("fault", "options", "codes"),
    [
        ("server_error", {}, {ProblemCode.SERVER_ERROR}),
        ("rate_limited", {"retry_after": 0}, {ProblemCode.RATE_LIMITED}),
        ("malformed_json", {}, {ProblemCode.BAD_RESPONSE}),
    ],
)
def test_service_faults_fail_with_their_problem_code(simulator, sim_url, fault, options, codes):
    simulator.set_fault(fault, **options)
    report = run_checks(settings_for(sim_url))
    failed = [c for c in report.checks if c.status is Status.FAIL]
    assert failed, format_report_text(report)
    assert {c.problem for c in failed} <= codes, format_report_text(report)
    assert all(c.fix for c in failed)
    assert not report.ok


def chat_requests(simulator) -> int:
    return len([r for r in simulator.requests if r.method == "POST"])


def test_rate_limit_on_parallel_requests_is_retried_alone_and_passes(simulator, sim_url):
    # Every chat request of the parallel run is refused (4 chat checks); the one retry of each,
    # sent one at a time, passes. The fault counts requests, not parallel ones, so the service's
    # wait of a second keeps a retry from taking a refusal meant for a check whose thread had not
    # yet sent its first request (with no wait, a slow machine saw "Wait about 0 seconds").
    simulator.set_fault("rate_limited", times=4, retry_after=1)
    results = []
    report = run_checks(settings_for(sim_url), on_result=results.append)
    assert report.ok, format_report_text(report)
    assert all(c.status is Status.PASS for c in report.checks)
    assert Counter(r.id for r in results) == Counter(CHECK_IDS)  # no interim failure was shown
    assert chat_requests(simulator) == 8


def test_a_rate_limited_check_sends_at_most_two_requests(simulator, sim_url):
    simulator.set_fault("rate_limited", retry_after=0)  # every chat request, for good
    report = run_checks(settings_for(sim_url))
    limited = [c for c in report.checks if c.problem is ProblemCode.RATE_LIMITED]
    assert {c.id for c in limited} == {"cursor_verify", "chat", "streaming", "tool_calling"}
    assert all(c.status is Status.FAIL for c in limited), format_report_text(report)
    assert chat_requests(simulator) == 2 * len(limited)  # one retry each, never more


def test_a_stream_cut_short_fails_only_the_streamed_checks(simulator, sim_url):
    simulator.set_fault("stream_cut")
    report = run_checks(settings_for(sim_url))
    failed = {c.id: c for c in report.checks if c.status is not Status.PASS}
    assert set(failed) == {"streaming", "tool_calling"}, format_report_text(report)
    for check in failed.values():
        assert check.status is Status.FAIL and check.problem is ProblemCode.BAD_RESPONSE
        assert "stopped before it was complete" in check.message and check.fix


def test_html_proxy_page_is_reported_once_as_something_in_the_way(simulator, sim_url):
    simulator.set_fault("html_proxy")
    report = run_checks(settings_for(sim_url))
    checks = by_id(report)
    assert checks["reachability"].status is Status.FAIL
    assert checks["reachability"].problem is ProblemCode.PROXY_ERROR and checks["reachability"].fix
    assert all(checks[c].status is Status.SKIPPED for c in CHECK_IDS[1:]), format_report_text(report)


def test_slow_service_times_out(simulator, sim_url):
    simulator.set_fault("slow", delay_ms=4000)
    t0 = time.perf_counter()
    report = run_checks(settings_for(sim_url, timeout_s=1))
    assert time.perf_counter() - t0 < 3.5  # bounded by the timeout, not the delay
    assert ProblemCode.TIMEOUT in {c.problem for c in report.checks}


def test_unreachable_service_is_reported_once():
    report = run_checks(settings_for(f"http://127.0.0.1:{free_port()}"))
    checks = by_id(report)
    assert checks["reachability"].status is Status.FAIL
    assert checks["reachability"].problem is ProblemCode.UNREACHABLE
    assert checks["reachability"].fix
    assert all(checks[c].status is Status.SKIPPED for c in CHECK_IDS[1:])
    assert "could not be reached" in checks["account"].message


def test_cancel_skips_unfinished_checks_and_returns_promptly():
    with Simulator(api_key=TEST_KEY, latency_ms=5000) as sim:
        cancel = threading.Event()
        started = threading.Event()
        results = []

        def cancel_once_running() -> None:  # like a user pressing Cancel while the checks run
            started.wait(10)
            time.sleep(0.2)
            cancel.set()

        threading.Thread(target=cancel_once_running, daemon=True).start()
        t0 = time.perf_counter()
        report = run_checks(
            settings_for(sim.url, timeout_s=30),
            on_start=lambda _cid: started.set(),
            on_result=results.append,
            cancel=cancel,
        )
        elapsed = time.perf_counter() - t0
    assert started.is_set()
    assert elapsed < 3.5  # not the 5 s latency
    assert all(c.status is Status.SKIPPED and c.problem is ProblemCode.CANCELLED for c in report.checks)
    assert Counter(r.id for r in results) == Counter(CHECK_IDS)
    assert not report.ok


def test_cancel_before_start_skips_everything(sim_url):
    cancel = threading.Event()
    cancel.set()
    report = run_checks(settings_for(sim_url), cancel=cancel)
    assert [c.problem for c in report.checks] == [ProblemCode.CANCELLED] * len(CHECK_IDS)


def test_checks_run_concurrently():
    """With 400 ms per request the suite takes about one request, not six (about 6x, serially)."""
    latency_ms = 400
    with Simulator(api_key=TEST_KEY, latency_ms=latency_ms) as sim:
        spans: dict[str, list[float]] = {}
        lock = threading.Lock()

        def on_start(cid: str) -> None:
            with lock:
                spans[cid] = [time.perf_counter()]

        t0 = time.perf_counter()
        report = run_checks(settings_for(sim.url), on_start=on_start)
        suite_s = time.perf_counter() - t0
    assert report.ok, format_report_text(report)
    # Behavioural: every check had begun before the first one could have finished.
    starts = [s[0] for s in spans.values()]
    assert max(starts) - min(starts) < latency_ms / 1000
    # And the wall time is well under the sum (serial would be >= 6 x 0.4 s = 2.4 s).
    assert suite_s / (latency_ms / 1000) < 4, suite_s


def test_format_report_text_is_readable(sim_url):
    report = run_checks(settings_for(sim_url, key="wrong-key-0123456789abcdef"))
    text = format_report_text(report)
    assert "Your key and credits" in text
    assert "FAIL" in text and "SKIP" in text and "PASS" in text
    assert text.count("Fix:") == 1
    assert "Some checks did not pass." in text
    assert "wrong-key-0123456789abcdef" not in text


class _NotFoundEverywhere(BaseHTTPRequestHandler):
    """A gateway that is not the service: every path is a JSON 404."""

    def _answer(self) -> None:
        body = b'{"error": {"code": "404", "message": "Resource not found"}}'
        self.send_response(404)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    do_GET = do_POST = _answer

    def log_message(self, *args) -> None:
        pass


def test_an_address_that_is_not_the_service_is_reported_once():
    server = ThreadingHTTPServer(("127.0.0.1", 0), _NotFoundEverywhere)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        report = run_checks(settings_for(f"http://127.0.0.1:{server.server_address[1]}"))
    finally:
        server.shutdown()
        server.server_close()
    checks = by_id(report)
    assert checks["account"].status is Status.WARN, format_report_text(report)
    # The chat route is missing too: one failure says the Base URL is wrong, the rest are skipped.
    assert checks["reachability"].status is Status.FAIL and checks["reachability"].fix
    for cid in ("cursor_verify", "chat", "streaming", "tool_calling"):
        assert checks[cid].status is Status.SKIPPED, format_report_text(report)
        assert "Base URL" in checks[cid].message
    assert not report.ok
