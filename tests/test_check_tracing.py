"""What support needs from a run: each check's ``x-inference-id`` and, when the service reports it,
its cost, in ``verify --json``, the text report and the diagnostic report."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.simulator import Simulator
from tests.cli_process import cli_env, run_cli
from tests.conftest import TEST_KEY

CHAT_ROUTE_CHECKS = ("cursor_verify", "chat", "streaming", "tool_calling")


@pytest.fixture
def sim() -> Iterator[Simulator]:
    with Simulator(api_key=TEST_KEY) as simulator:
        yield simulator


def test_each_check_keeps_its_inference_id_and_cost(sim: Simulator, tmp_path: Path) -> None:
    env = cli_env(AIMLAPI_API_KEY=TEST_KEY)
    report = tmp_path / "report.json"
    ran = run_cli("verify", "--base-url", sim.url, "--json", "--report", str(report), env=env)
    assert ran.code == 0, ran.err
    checks = {c["id"]: c for c in json.loads(ran.out)["checks"]}
    for cid in ("reachability", "account", *CHAT_ROUTE_CHECKS):
        assert re.fullmatch(r"[A-Za-z0-9-]{8,}", checks[cid]["data"].get("inference_id", "")), checks[cid]
    # Chat answers cost something: whole answers say so in headers, streams in meta.usage.
    for cid in CHAT_ROUTE_CHECKS:
        cost = checks[cid]["data"].get("cost_usd")
        assert isinstance(cost, float) and 0 < cost < 0.1, checks[cid]
    # The ids are the ones the service logged for those requests.
    logged = {e.inference_id for e in sim.ledger.entries()}
    assert {checks[cid]["data"]["inference_id"] for cid in CHAT_ROUTE_CHECKS} <= logged
    saved = {c["id"]: c for c in json.loads(report.read_text())["checks"]}
    assert saved["chat"]["data"]["inference_id"] == checks["chat"]["data"]["inference_id"]


def test_the_text_report_and_the_text_diagnostic_show_cost_and_ids(sim: Simulator, tmp_path: Path) -> None:
    env = cli_env(AIMLAPI_API_KEY=TEST_KEY)
    report = tmp_path / "report.txt"
    ran = run_cli("verify", "--base-url", sim.url, "--report", str(report), env=env)
    assert ran.code == 0, ran.err
    # One unit style: dollars, with enough digits to see a fraction of a cent.
    costs = re.findall(r"cost \$(\d+\.\d+)", ran.out)
    assert len(costs) == len(CHAT_ROUTE_CHECKS), ran.out
    assert all(0 < float(c) < 0.1 and len(c.split(".")[1]) >= 2 for c in costs)
    assert "e-" not in ran.out  # never 1.2e-05
    text = report.read_text()
    assert len(re.findall(r"inference id [A-Za-z0-9-]{8,}", text)) >= len(CHAT_ROUTE_CHECKS), text
    assert re.search(r"cost \$\d+\.\d+", text)
