"""How long the window's event loop stalls while the six checks run, against the same window idle.

The window runs in demo mode (the keyring is never touched, nothing is saved) against a simulator
that adds 1.5 s to every chat answer. A 5 ms timer ticks throughout; a stall is how much later than
planned a tick came. A letter is typed into the alias field every 100 ms while the checks run, and
the time each keystroke takes to be handled is kept. The same timer runs first with the window
idle, in the same process, as the baseline: the figures are printed with their ratio to it.

    .venv/bin/python bench/bench_ui_stall.py [--idle-s 1.5] [--delay-ms 1500]

Writes bench/results/ui_stall.json too. Needs a display or QT_QPA_PLATFORM=offscreen (the default).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "bench" / "results" / "ui_stall.json"
TICK_MS = 5


def _stalls(gaps: list[float]) -> tuple[float, float]:
    stalls = sorted(max(0.0, g - TICK_MS) for g in gaps)
    if not stalls:
        return 0.0, 0.0
    return stalls[-1], stalls[max(0, int(len(stalls) * 0.95) - 1)]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--idle-s", type=float, default=1.5, help="seconds of the idle baseline")
    parser.add_argument("--delay-ms", type=int, default=1500, help="added to every chat answer")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.path.insert(0, str(ROOT))

    from PySide6.QtCore import QElapsedTimer, QEventLoop, QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from app.simulator import DEMO_KEY, Simulator
    from app.ui.main import _make_app, create_window

    qapp = _make_app()
    with Simulator(api_key=DEMO_KEY) as sim:
        sim.set_fault("slow", delay_ms=args.delay_ms)
        window = create_window(demo_url=sim.url, demo_key=DEMO_KEY, persist=False)
        window.show()
        while not window.started:
            qapp.processEvents()

        gaps: list[float] = []
        clock = QElapsedTimer()

        def tick() -> None:
            if clock.isValid():
                gaps.append(clock.nsecsElapsed() / 1e6)
            clock.restart()

        ticker = QTimer()
        ticker.setInterval(TICK_MS)
        ticker.timeout.connect(tick)

        # Baseline: the same window, idle.
        ticker.start()
        loop = QEventLoop()
        QTimer.singleShot(round(args.idle_s * 1000), loop.quit)
        loop.exec()
        ticker.stop()
        idle = list(gaps)
        gaps.clear()
        clock.invalidate()

        typed: list[float] = []

        def type_a_letter() -> None:
            start = time.perf_counter()
            QTest.keyClicks(window.model_section.alias, "x")
            typed.append((time.perf_counter() - start) * 1000)

        typer = QTimer()
        typer.setInterval(100)
        typer.timeout.connect(type_a_letter)
        started = time.perf_counter()
        window.verify()
        ticker.start()
        typer.start()
        while window.verify_section.is_running():
            qapp.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents, 50)
        ticker.stop()
        typer.stop()
        wall_ms = (time.perf_counter() - started) * 1000
        window.shutdown(5000)
        window.close()
        QApplication.processEvents()

    idle_max, idle_p95 = _stalls(idle)
    busy_max, busy_p95 = _stalls(gaps)
    result = {
        "what": f"event-loop stalls while the six checks run (chat answers +{args.delay_ms} ms), "
        "against the same window idle",
        "idle_max_stall_ms": round(idle_max, 1),
        "idle_p95_stall_ms": round(idle_p95, 1),
        "max_stall_ms": round(busy_max, 1),
        "p95_stall_ms": round(busy_p95, 1),
        "max_stall_ratio": round(busy_max / idle_max, 2) if idle_max else None,
        "max_keystroke_ms": round(max(typed), 1) if typed else None,
        "keystrokes": len(typed),
        "ticks": len(gaps),
        "checks_wall_ms": round(wall_ms),
        "python": platform.python_version(),
        "machine": platform.machine(),
        "when": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
    }
    print(
        f"idle:   max stall {idle_max:6.1f} ms, p95 {idle_p95:5.1f} ms\n"
        f"checks: max stall {busy_max:6.1f} ms, p95 {busy_p95:5.1f} ms "
        f"(max {result['max_stall_ratio']}x idle); slowest keystroke {result['max_keystroke_ms']} ms "
        f"of {len(typed)}; checks took {wall_ms:.0f} ms"
    )
    try:
        RESULTS.parent.mkdir(parents=True, exist_ok=True)
        RESULTS.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    except OSError:
        pass  # a read-only checkout still gets the printed figures
    return 0


if __name__ == "__main__":
    sys.exit(main())
