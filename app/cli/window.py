"""No command: open the window (``--demo``: against the built-in simulator, started here)."""

from __future__ import annotations

import argparse

from app.cli.common import Failure
from app.core.model import Problem, ProblemCode


def run(args: argparse.Namespace) -> int:
    try:
        import PySide6.QtWidgets  # noqa: F401  (Qt's own libraries: missing on some servers)
    except ImportError as exc:
        raise Failure(
            Problem(
                ProblemCode.NO_WINDOW,
                f"The window cannot start here ({exc}).",
                "The command line still works: see --help.",
            )
        ) from None
    from app.ui.main import run_window

    if not args.demo:
        return int(run_window(smoke=args.smoke, preset=args.preset) or 0)
    # Demo mode: the built-in simulator stands in for the service, with its demo key, and a Cursor
    # made in a temporary folder for Cursor (the teammate's own is never written).
    import tempfile
    from pathlib import Path

    from app.simulator import DEMO_KEY, Simulator

    with Simulator(api_key=DEMO_KEY) as sim, tempfile.TemporaryDirectory(prefix="cursor-demo-") as cursor:
        code = run_window(
            demo_url=sim.url,
            demo_key=DEMO_KEY,
            smoke=args.smoke,
            preset=args.preset,
            demo_cursor=Path(cursor),
        )
    return int(code or 0)
