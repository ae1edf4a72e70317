"""Benchmark: the check suite's wall time as a ratio to one request's latency, same run.

Starts the simulator on loopback with 300 ms of injected latency per request, then, several
times, measures (a) one request alone (Cursor's Verify request on a new connection, not counting
the making of the client) and (b) the whole check suite, client included. Prints the medians
and ratio = suite / one request.
Target: 2.5 or less (six checks one after another would be about 6).

    .venv/bin/python bench/bench_checks.py [--latency-ms 300] [--repeat 5]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from app.core.checks import format_report_text, run_checks
from app.core.model import CHECK_IDS, DEFAULT_DEPLOYMENT, Settings
from app.core.service import AimlClient
from app.simulator import Simulator

KEY = "bench-key-0123456789abcdef0123456789"
TARGET = 2.5


def one_request_s(url: str) -> float:
    """The request alone: the client is made before the clock starts (the suite's time includes
    making its client, so the ratio errs against us)."""
    with AimlClient(url, KEY, timeout_s=30) as client:
        t0 = time.perf_counter()
        client.cursor_verify(DEFAULT_DEPLOYMENT)
        return time.perf_counter() - t0


def suite_s(settings: Settings) -> float:
    t0 = time.perf_counter()
    report = run_checks(settings)
    elapsed = time.perf_counter() - t0
    if not report.ok:
        sys.exit("the suite did not pass against the simulator:\n" + format_report_text(report))
    return elapsed


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--latency-ms", type=int, default=300)
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args()

    with Simulator(api_key=KEY, latency_ms=args.latency_ms) as sim:
        settings = Settings(sim.url, DEFAULT_DEPLOYMENT, "aimlapi-bench", KEY, 30.0)
        one_request_s(sim.url)  # warm-up: imports, first connection
        singles, suites = [], []
        for _ in range(args.repeat):  # interleaved, so both see the same machine load
            singles.append(one_request_s(sim.url))
            suites.append(suite_s(settings))

    single, suite = statistics.median(singles), statistics.median(suites)
    ratio = suite / single
    print(f"injected latency   {args.latency_ms} ms per request, {args.repeat} repetitions (medians)")
    print(f"one request        {single * 1000:7.0f} ms   (Cursor's Verify request)")
    print(f"whole suite        {suite * 1000:7.0f} ms   ({len(CHECK_IDS)} checks)")
    print(f"serial estimate    {single * len(CHECK_IDS) * 1000:7.0f} ms   (six requests one after another)")
    print(f"ratio              {ratio:7.2f}      (target <= {TARGET})")
    return 0 if ratio <= TARGET else 1


if __name__ == "__main__":
    sys.exit(main())
