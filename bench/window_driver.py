"""Opens the window the way `cursor-azure-setup --demo` does and runs the checks once, then quits.

    python bench/window_driver.py app     # the demo window: start, checks once, quit
    python bench/window_driver.py bare    # a bare PySide6 window, shown for the same kind of while

Prints one JSON line per moment the measuring script cares about: {"at": "shown"}, {"at":
"checking"}, {"at": "checked", "ok": true}, {"at": "done"}. Nothing here measures; bench_memory.py
samples this process (and any it starts) from outside.

The window is driven through its public entry points (app.cli.main, app.ui.main.create_window);
``_ready``, ``_start_checks`` and ``_checks_finished`` are the only places that know the window's
insides: update them when the window changes.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
POLL_MS = 20
BARE_SHOWN_MS = 1500  # about as long as the demo window takes to load its list and run the checks


def say(at: str, **extra: Any) -> None:
    print(json.dumps({"at": at, **extra}), flush=True)


def _ready(window: Any) -> bool:
    """Started and the model list is loaded: what a person sees before moving on to Check."""
    return bool(window.started and 2 in window.pages and window.model_page.catalog_source)


def _start_checks(window: Any) -> None:
    window.go_to_step(3)
    window.run_check()


def _checks_finished(window: Any) -> tuple[bool, bool]:
    """(finished, every check passed)."""
    page = window.check_page
    if page.is_running() or page.report is None:
        return False, False
    return True, bool(page.report.ok)


def drive(window: Any) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    state = {"phase": "starting"}

    def step() -> None:
        if state["phase"] == "starting" and _ready(window):
            say("checking")
            state["phase"] = "checking"
            _start_checks(window)
        elif state["phase"] == "checking":
            finished, ok = _checks_finished(window)
            if finished:
                say("checked", ok=ok)
                state["phase"] = "done"
                window.close()
                QApplication.instance().quit()
                return
        QTimer.singleShot(POLL_MS, step)

    say("shown")
    QTimer.singleShot(POLL_MS, step)


def run_app() -> int:
    sys.path.insert(0, str(ROOT))
    from PySide6.QtCore import QTimer

    from app import cli
    from app.ui import main as ui_main

    original = ui_main.create_window

    def create_window(**kwargs: Any) -> Any:
        window = original(**kwargs)
        QTimer.singleShot(0, lambda: drive(window))
        return window

    ui_main.create_window = create_window
    code = cli.main(["--demo"])
    say("done")
    return code


def run_bare() -> int:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QLabel

    qapp = QApplication(sys.argv[:1])
    window = QLabel("Hello")
    window.resize(900, 700)
    window.show()
    say("shown")
    QTimer.singleShot(BARE_SHOWN_MS, qapp.quit)
    code = qapp.exec()
    say("done")
    return code


if __name__ == "__main__":
    sys.exit(run_app() if sys.argv[1:] == ["app"] else run_bare())
