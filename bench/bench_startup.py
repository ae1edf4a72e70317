"""Cold start to the first frame: our window against a bare PySide6 window, measured in the same run.

Each sample is a new Python process, timed by this script from spawn until the child reports that
its window's first frame is complete: the window and every widget in it painted and flushed (the
event loop's first turn after the first paint event). Ours starts the way a user starts it (the command
line's window path: QApplication, logging, preset lookup, the window, show); the bare one is a
QApplication and a QLabel. Runs alternate between the two so both see the same machine load; the
medians and their ratio are printed. The child also reports whether the network stack (httpx2)
was already loaded by then: it must not be (exit status 1 if it was).

    .venv/bin/python bench/bench_startup.py [--repeat 15] [--breakdown] [--profile 25]

--breakdown adds where our time goes before the first frame: each start-up step timed inside the
process (median over the runs), an import-time summary from ``python -X importtime`` (ours, Qt,
third-party, standard library; our slowest modules), and whether the app's bytecode is compiled
and current (scripts/setup.sh compiles it). --profile N prints the N functions with the most
cumulative time before the end of the first frame (cProfile).

Needs a display or QT_QPA_PLATFORM=offscreen (set by default here).
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import statistics
import subprocess
import sys
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import ROOT, child_env

GOAL_RATIO = 1.3
SPAWNED_AT = "BENCH_SPAWNED_AT"  # the parent's time.monotonic() at spawn (system-wide clock)
FIRST_FRAME_MARK = "-- first frame --"
PROFILE_MARK = "-- profile --"


# --- in the measured process ------------------------------------------------------------------


class Steps:
    """Times of the start-up steps, as (name, start, end) in time.monotonic()."""

    def __init__(self) -> None:
        self.spans: list[tuple[str, float, float]] = []

    def wrap(self, owner: Any, attr: str, name: str) -> None:
        original = getattr(owner, attr)

        def timed(*args: Any, **kwargs: Any) -> Any:
            start = time.monotonic()
            try:
                return original(*args, **kwargs)
            finally:
                self.spans.append((name, start, time.monotonic()))

        setattr(owner, attr, timed)

    def timed_import(self, module: str, name: str) -> None:
        start = time.monotonic()
        __import__(module)
        self.spans.append((name, start, time.monotonic()))


def _report_at_first_frame(window: Any, extra: dict[str, Any]) -> None:
    """Report once the window's first frame is complete: the window and every child painted and
    the frame handed to the platform.

    Qt sends the top-level window its paint event first and paints the children after it, in the
    same pass, then flushes the backing store; only then does control return to the event loop.
    A zero timer queued at the first paint event therefore fires at the end of the whole first
    frame, for a bare label and for our window alike (queued before anything our window queues at
    its own paint, since an event filter sees the event before the window does)."""
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication

    def frame_done() -> None:
        extra["painted_at"] = time.monotonic()
        extra["httpx2_loaded"] = "httpx2" in sys.modules
        sys.stderr.write(f"{FIRST_FRAME_MARK}\n")  # -X importtime lines after this are later imports
        sys.stderr.flush()
        profile = extra.pop("_profile", None)
        if profile is not None:
            profile.disable()
            _print_profile(profile, int(os.environ["BENCH_PROFILE"]))
        print(json.dumps(extra), flush=True)
        QApplication.instance().quit()

    class FirstPaint(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and not extra.get("paint_event_at"):
                extra["paint_event_at"] = time.monotonic()
                QTimer.singleShot(0, frame_done)
            return False

    spy = FirstPaint(window)
    window.installEventFilter(spy)


def _print_profile(profile: Any, top: int) -> None:
    import io
    import pstats

    out = io.StringIO()
    pstats.Stats(profile, stream=out).sort_stats("cumulative").print_stats(top)
    sys.stderr.write(f"{PROFILE_MARK}\n{out.getvalue()}{PROFILE_MARK}\n")


def _child_bare() -> None:
    from PySide6.QtWidgets import QApplication, QLabel

    qapp = QApplication(sys.argv[:1])
    window = QLabel("Hello")
    window.resize(900, 700)
    _report_at_first_frame(window, {})
    window.show()
    qapp.exec()


def _child_app(breakdown: bool) -> None:
    """The window as `cursor-azure-setup` opens it (app.cli.main with no command)."""
    report: dict[str, Any] = {"entered_at": time.monotonic()}
    if os.environ.get("BENCH_PROFILE"):
        import cProfile

        report["_profile"] = cProfile.Profile()
        report["_profile"].enable()
    sys.path.insert(0, str(ROOT))
    steps = Steps()
    steps.timed_import("PySide6.QtWidgets", "import PySide6's widgets (a bare window pays this too)")
    steps.timed_import("app.cli", "import app.cli (command line)")
    steps.timed_import("app.ui.main", "import app.ui.main")
    from app.ui import main as ui_main

    if breakdown:
        from app.ui import resources

        steps.wrap(ui_main, "_make_app", "QApplication and app set-up")
        steps.wrap(resources, "app_icon", "  of which the app icon")
        steps.wrap(ui_main, "_install_translations", "  of which the translations")
        # After the paint in today's window: they count only if they ever run before it.
        steps.wrap(ui_main, "_start_logging", "logging set-up")
        steps.wrap(ui_main, "_load_presets", "preset lookup (none exists)")
    original_create = ui_main.create_window

    def create_window(**kwargs: Any) -> Any:
        if breakdown:
            steps.timed_import("app.ui.window", "import the window's modules")
            start = time.monotonic()
        window = original_create(**kwargs)
        if breakdown:
            steps.spans.append(("build the window (the first page)", start, time.monotonic()))
            steps.wrap(window, "start", "start() (presets, saved values, keyring, model list)")
            report["shown_at"] = None
        _report_at_first_frame(window, report)
        return window

    ui_main.create_window = create_window
    report["steps"] = steps.spans  # filled in place until the first frame

    from app import cli

    cli.main([])


# --- in this script ---------------------------------------------------------------------------


def _sample(kind: str, breakdown: bool = False, importtime: bool = False, profile: int = 0) -> dict[str, Any]:
    # No request may leave this machine: the model list the window loads after showing goes to a
    # proxy that is not there, and fails at once.
    extra = {SPAWNED_AT: repr(time.monotonic()), "NO_PROXY": "", "no_proxy": ""}
    for var in ("HTTPS_PROXY", "HTTP_PROXY", "ALL_PROXY", "https_proxy", "http_proxy", "all_proxy"):
        extra[var] = "http://127.0.0.1:9"
    if profile:
        extra["BENCH_PROFILE"] = str(profile)
    args = [sys.executable, *(["-X", "importtime"] if importtime else []), __file__, "--child", kind]
    if breakdown:
        args.append("--breakdown")
    spawned = time.monotonic()
    proc = subprocess.Popen(
        args,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE if importtime or profile else subprocess.DEVNULL,
        text=True,
        env=child_env(**extra),
        cwd=ROOT,
    )
    assert proc.stdout is not None
    line = proc.stdout.readline()
    elapsed = time.monotonic() - spawned
    err = proc.stderr.read() if proc.stderr is not None else ""
    proc.wait(timeout=60)
    report = json.loads(line) if line.strip() else {}
    report["elapsed"] = elapsed
    report["spawned_at"] = spawned
    report["stderr"] = err
    return report


def _steps_ms(report: dict[str, Any]) -> dict[str, float]:
    """Each step's duration, plus Python's own start-up and what no step accounts for."""
    spawned, painted = report["spawned_at"], report["painted_at"]
    out = {
        "python start-up (interpreter, site-packages, this script)": (report["entered_at"] - spawned) * 1000
    }
    counted = 0.0
    for name, start, end in sorted(report["steps"], key=lambda step: step[1]):
        if start > painted:
            continue
        duration = (min(end, painted) - start) * 1000
        out[name] = out.get(name, 0.0) + duration
        if not name.startswith("  "):
            counted += duration
    paint_event = report["paint_event_at"]
    out["the rest: run_window, show, layout"] = (paint_event - report["entered_at"]) * 1000 - counted
    out["painting the first frame (the window, then its children)"] = (painted - paint_event) * 1000
    return out


def _print_breakdown(samples: list[dict[str, Any]], bare_ms: float) -> None:
    per_step: dict[str, list[float]] = defaultdict(list)
    for sample in samples:
        for name, ms in _steps_ms(sample).items():
            per_step[name].append(ms)
    print(f"\nWhere our time goes before the first frame (median of {len(samples)} runs, ms):")
    for name, values in per_step.items():
        print(f"  {name:<58} {statistics.median(values):7.1f}")
    total = statistics.median(s["elapsed"] * 1000 for s in samples)
    print(f"  {'total, spawn to the end of the first frame':<58} {total:7.1f}   (bare window: {bare_ms:.1f})")
    ran_before = sum(
        1
        for s in samples
        for name, start, _end in s["steps"]
        if name.startswith("start()") and start < s["painted_at"]
    )
    print(f"  start() ran before the end of the first frame in {ran_before} of {len(samples)} runs")


def _print_importtime(stderr: str) -> None:
    """-X importtime lines: 'import time: self [us] | cumulative | imported package'."""
    groups: dict[str, float] = defaultdict(float)
    ours: list[tuple[float, str]] = []
    for line in stderr.split(FIRST_FRAME_MARK)[0].splitlines():
        if not line.startswith("import time:") or "self [us]" in line:
            continue
        own, _cumulative, name = line.split("|", 2)
        self_ms = int(own.split(":")[1]) / 1000
        module = name.strip()
        top = module.split(".")[0]
        if top == "app":
            group = "ours (app.*)"
            ours.append((self_ms, module))
        elif top in ("PySide6", "shiboken6", "shibokensupport"):
            group = "Qt (PySide6, shiboken6)"
        elif top in sys.stdlib_module_names or top.startswith("_"):
            group = "standard library"
        elif top == "common":
            group = "this benchmark's helper"
        else:
            group = (
                f"third-party ({top})"
                if top in ("keyring", "platformdirs", "httpx2")
                else "third-party, other"
            )
        groups[group] += self_ms
    print("\nImports before the end of the first frame (-X importtime, one run, own time per module, ms):")
    for group, ms in sorted(groups.items(), key=lambda kv: -kv[1]):
        print(f"  {group:<40} {ms:7.1f}")
    print("  our slowest modules:")
    for ms, module in sorted(ours, reverse=True)[:10]:
        print(f"    {module:<38} {ms:7.1f}")


def _bytecode_state() -> tuple[int, int]:
    """(modules whose .pyc is current, modules) for app/: a stale or missing .pyc is compiled at
    every start when PYTHONDONTWRITEBYTECODE is set."""
    current = total = 0
    for source in sorted((ROOT / "app").rglob("*.py")):
        total += 1
        pyc = Path(importlib.util.cache_from_source(str(source)))
        try:
            header = pyc.read_bytes()[:16]
        except OSError:
            continue
        flags = int.from_bytes(header[4:8], "little")
        if flags & 1:  # hash-based: checked against the source itself at import
            current += 1
            continue
        stat = source.stat()
        mtime, size = int.from_bytes(header[8:12], "little"), int.from_bytes(header[12:16], "little")
        if mtime == int(stat.st_mtime) & 0xFFFFFFFF and size == stat.st_size & 0xFFFFFFFF:
            current += 1
    return current, total


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=15)
    parser.add_argument("--breakdown", action="store_true", help="where the time goes before the first frame")
    parser.add_argument("--profile", type=int, default=0, metavar="N", help="cProfile: the top N functions")
    parser.add_argument("--child", choices=("bare", "app"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        _child_bare() if args.child == "bare" else _child_app(args.breakdown)
        return 0

    _sample("bare"), _sample("app")  # warm the OS file cache once; not counted
    bare: list[float] = []
    ours: list[dict[str, Any]] = []
    for _ in range(args.repeat):
        bare.append(_sample("bare")["elapsed"])
        ours.append(_sample("app", breakdown=args.breakdown))
    b, o = statistics.median(bare), statistics.median(s["elapsed"] for s in ours)
    network_at_paint = any(s.get("httpx2_loaded") for s in ours)
    print(f"bare PySide6 window, first frame: median {b * 1000:.0f} ms over {args.repeat} runs")
    print(f"Cursor Azure Setup, first frame:  median {o * 1000:.0f} ms over {args.repeat} runs")
    print(f"ratio (ours / bare): {o / b:.2f}   (goal <= {GOAL_RATIO})")
    print(f"network stack loaded before the first frame: {'yes (regression)' if network_at_paint else 'no'}")
    if args.breakdown:
        _print_breakdown(ours, b * 1000)
        _print_importtime(_sample("app", importtime=True)["stderr"])
        current, total = _bytecode_state()
        advice = "" if current == total else "  (run scripts/setup.sh: the rest compile at every start)"
        print(f"\nBytecode: {current} of {total} app modules have a current .pyc{advice}")
    if args.profile:
        print(f"\ncProfile, spawn to the end of the first frame, top {args.profile} by cumulative time:")
        print(_sample("app", profile=args.profile)["stderr"].split(PROFILE_MARK)[1].strip("\n"))
    return 1 if network_at_paint else 0


if __name__ == "__main__":
    sys.exit(main())
