"""Cold start to first paint: our window against a bare PySide6 window, measured in the same run.

Each sample is a new Python process, timed by this script from spawn until the child reports that
its window received its first paint event. Runs alternate between the two so both see the same
machine load; the medians and their ratio are printed. The child also reports whether the network
stack (httpx2) was already loaded at first paint: it should not be (docs/architecture.md, start-up).

    .venv/bin/python bench/bench_startup.py [--repeat 7]

Needs a display or QT_QPA_PLATFORM=offscreen (set by default here).
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

ROOT = Path(__file__).resolve().parent.parent


def _child(kind: str) -> None:
    """Runs in the measured process: build the window, report at its first paint, quit."""
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QApplication, QLabel

    if kind == "bare":
        qapp = QApplication(sys.argv[:1])
        window = QLabel("Hello")
        window.resize(900, 700)
    else:
        sys.path.insert(0, str(ROOT))
        from app.ui.main import _make_app, create_window

        qapp = _make_app()
        window = create_window(persist=False)

    class FirstPaint(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                report = {"painted": True, "httpx2_loaded": "httpx2" in sys.modules}
                print(json.dumps(report), flush=True)
                qapp.quit()
            return False

    spy = FirstPaint()
    window.installEventFilter(spy)
    window.show()
    qapp.exec()


def _sample(kind: str) -> tuple[float, dict]:
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    start = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, __file__, "--child", kind],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env=env,
        cwd=ROOT,
    )
    assert proc.stdout is not None
    line = proc.stdout.readline()
    elapsed = time.perf_counter() - start
    proc.wait(timeout=60)
    return elapsed, json.loads(line) if line.strip() else {}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--child", choices=("bare", "app"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        _child(args.child)
        return 0

    _sample("bare"), _sample("app")  # warm the OS file cache once; not counted
    bare: list[float] = []
    ours: list[float] = []
    network_at_paint = False
    for _ in range(args.repeat):
        bare.append(_sample("bare")[0])
        elapsed, report = _sample("app")
        ours.append(elapsed)
        network_at_paint |= bool(report.get("httpx2_loaded"))
    b, o = statistics.median(bare), statistics.median(ours)
    print(f"bare PySide6 window, first paint: median {b * 1000:.0f} ms over {args.repeat} runs")
    print(f"Cursor Azure Setup, first paint:  median {o * 1000:.0f} ms over {args.repeat} runs")
    print(f"ratio (ours / bare): {o / b:.2f}")
    print(f"network stack loaded before first paint: {'yes (regression)' if network_at_paint else 'no'}")
    return 1 if network_at_paint else 0


if __name__ == "__main__":
    sys.exit(main())
