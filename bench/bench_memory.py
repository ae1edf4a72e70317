"""Peak memory during a demo verify, every process of the app counted together, next to a bare
PySide6 window measured in the same run; and what the network stack costs.

    .venv/bin/python bench/bench_memory.py [--repeat 3] [--interval-ms 5]

The window is started as `cursor-azure-setup --demo` starts it (bench/window_driver.py), runs the
checks once against the built-in simulator and quits. Every few milliseconds this script adds up
the resident memory (RSS, from /proc) of the driver and of every process below it: a helper
process the app starts counts too, so memory moved into a child process does not disappear from
the figure. The peak of that sum is the figure; the same is measured for a bare PySide6 window
(a QApplication and a QLabel). Runs alternate; medians are printed, and the peak of each phase of
our run (starting, checking, closing). Goal: <= 90 MiB. Exit status 1 when over.

The network stack: in new processes, RSS before and after importing httpx2 (with our service
module), after making a plain-http loopback client (the demo: it makes no TLS context), after the
first https client (it loads the OS trust store into the process's one TLS context) and after five
more (they share it): memory the window pays the moment it first talks to the service.

Linux only (reads /proc). Offscreen unless a display is set.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import MIB, ROOT, child_env, tree_rss_bytes

GOAL_MIB = 90.0
DRIVER = Path(__file__).resolve().parent / "window_driver.py"
DEADLINE_S = 120.0


def measure(kind: str, interval_s: float) -> dict[str, Any]:
    """Peak RSS of the whole process tree while the driver runs; per phase as well."""
    proc = subprocess.Popen(
        [sys.executable, str(DRIVER), kind],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        env=child_env(),
        cwd=ROOT,
    )
    assert proc.stdout is not None
    os.set_blocking(proc.stdout.fileno(), False)
    phase, pending = "starting", b""
    peaks: dict[str, int] = {}
    events: list[dict[str, Any]] = []
    deadline = time.monotonic() + DEADLINE_S
    while proc.poll() is None and time.monotonic() < deadline:
        rss = tree_rss_bytes(proc.pid)
        peaks[phase] = max(peaks.get(phase, 0), rss)
        try:
            pending += os.read(proc.stdout.fileno(), 65536)
        except BlockingIOError:
            pass
        while b"\n" in pending:
            line, pending = pending.split(b"\n", 1)
            event = json.loads(line)
            events.append(event)
            phase = {"checking": "checking", "checked": "closing"}.get(event["at"], phase)
        time.sleep(interval_s)
    if proc.poll() is None:
        proc.kill()
        raise SystemExit(f"{kind}: still running after {DEADLINE_S:.0f} s; events so far: {events}")
    checked = [e for e in events if e["at"] == "checked"]
    if kind == "app" and not (checked and checked[0]["ok"]):
        raise SystemExit(f"the demo checks did not all pass: {events}")
    return {"peak": max(peaks.values()), "peaks": peaks}


NETWORK_PROBE = """
import json, sys
page = __import__("os").sysconf("SC_PAGE_SIZE")
def rss():
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * page
sys.path.insert(0, sys.argv[1])
before = rss()
import httpx2
from app.core import service
imported = rss()
loopback = service.AimlClient("http://127.0.0.1:9", "bench-not-a-key", timeout_s=5)
with_loopback = rss()
first = service.AimlClient("https://api.aimlapi.com", "bench-not-a-key", timeout_s=5)
with_https = rss()
more = [service.AimlClient("https://api.aimlapi.com", "bench-not-a-key", timeout_s=5) for _ in range(5)]
with_more = rss()
for client in (loopback, first, *more):
    client.close()
print(json.dumps([before, imported, with_loopback, with_https, with_more]))
"""


def network_cost(repeat: int) -> dict[str, float]:
    """MiB, medians: importing httpx2 and our service module; then a plain-http loopback client
    (the demo, the simulator: no TLS context); the first https client (loads the OS trust store);
    five more https clients (they share the process's one TLS context)."""
    figures: dict[str, list[float]] = {"import": [], "loopback": [], "https": [], "five_more": []}
    for _ in range(repeat):
        out = subprocess.run(
            [sys.executable, "-c", NETWORK_PROBE, str(ROOT)],
            capture_output=True,
            text=True,
            env=child_env(),
            timeout=DEADLINE_S,
            check=True,
        ).stdout
        before, imported, loopback, https, more = json.loads(out)
        figures["import"].append((imported - before) / MIB)
        figures["loopback"].append((loopback - imported) / MIB)
        figures["https"].append((https - loopback) / MIB)
        figures["five_more"].append((more - https) / MIB)
    return {name: statistics.median(values) for name, values in figures.items()}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--interval-ms", type=float, default=5.0)
    args = parser.parse_args()
    if not Path("/proc/self/statm").exists():
        print("needs /proc (Linux)", file=sys.stderr)
        return 2
    interval = args.interval_ms / 1000
    measure("bare", interval)  # warm the OS file cache once; not counted
    bare, ours = [], []
    phases: dict[str, list[int]] = {}
    for _ in range(args.repeat):
        bare.append(measure("bare", interval)["peak"])
        run = measure("app", interval)
        ours.append(run["peak"])
        for phase, peak in run["peaks"].items():
            phases.setdefault(phase, []).append(peak)
    b, o = statistics.median(bare) / MIB, statistics.median(ours) / MIB
    print(f"bare PySide6 window, peak RSS: median {b:.1f} MiB over {args.repeat} runs")
    print(f"Cursor Azure Setup --demo, checks run once, peak RSS of all its processes: median {o:.1f} MiB")
    verdict = "met" if o <= GOAL_MIB else "over"
    print(f"  (goal <= {GOAL_MIB:.0f} MiB: {verdict}; {o - b:+.1f} MiB more than the bare window)")
    for phase in ("starting", "checking", "closing"):
        if phase in phases:
            print(f"  peak while {phase}: {statistics.median(phases[phase]) / MIB:.1f} MiB")
    cost = network_cost(args.repeat)
    print(
        f"network stack, in a fresh process: import httpx2 and the service module +{cost['import']:.1f} MiB; "
        f"a plain-http loopback client +{cost['loopback']:.1f} MiB; the first https client (OS trust store) "
        f"+{cost['https']:.1f} MiB; five more https clients +{cost['five_more']:.1f} MiB"
    )
    return 0 if o <= GOAL_MIB else 1


if __name__ == "__main__":
    sys.exit(main())
