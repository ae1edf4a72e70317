"""No command: open the window (``--demo``: against the built-in simulator, started here).

``parse`` reads the window's own options without importing core or the command modules, so the
window paints first; what every command does first (safe output streams, the key in the
environment made a Secret) is done right after the paint."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from app.core.model import Problem


def parse(argv: Sequence[str]) -> argparse.Namespace | None:
    """The window's options, or None when ``argv`` holds anything else (the full parser then says
    what is wrong, in its usual words)."""
    parser = argparse.ArgumentParser(add_help=False, allow_abbrev=False, exit_on_error=False)
    parser.add_argument("--preset", default=None)
    parser.add_argument("--demo", action="store_true")
    parser.add_argument("--smoke", action="store_true")
    parser.add_argument("--verbose", action="store_true")
    try:
        args, rest = parser.parse_known_args(list(argv))
    except argparse.ArgumentError:
        return None
    if rest:
        return None
    args.command = None
    args.argv = list(argv)
    return args


def _after_paint(argv: Sequence[str]) -> None:
    from app.cli.common import setup_streams
    from app.cli.main import protect_key_from_environment

    setup_streams()
    protect_key_from_environment(argv)


def run(args: argparse.Namespace) -> int:
    try:
        import PySide6.QtWidgets  # noqa: F401  (Qt's own libraries: missing on some servers)
    except ImportError as exc:
        from app.cli import screen
        from app.cli.common import Failure

        raise Failure(screen.qt_libraries_missing(str(exc))) from None
    from app.cli import screen

    no_screen = screen.missing_display(os.environ)
    if no_screen is not None or args.smoke:
        # A preset that cannot be used is said first, as one line and exit 2: where no window can
        # open, and for IT's installer smoke test (the window only shows it, usable behind it).
        from app.core.preset_service import load_presets

        load_presets(args.preset)
    if no_screen is not None:
        from app.cli.common import Failure

        raise Failure(no_screen)
    # What a fatal Qt message must still undo: the process then ends without unwinding.
    cleanups: list[Callable[[], None]] = []

    def say_no_window(problem: Problem) -> None:
        from app.cli.common import PROG, render

        print(f"{PROG}: error: {render(problem)}", file=sys.stderr)
        for cleanup in cleanups:
            cleanup()

    lift_guard = screen.guard_qt_start(say_no_window)
    try:
        return _run_window(args, lift_guard, cleanups)
    finally:
        lift_guard()


def _run_window(
    args: argparse.Namespace, lift_guard: Callable[[], None], cleanups: list[Callable[[], None]]
) -> int:
    from app.ui.main import run_window

    after_paint = [lift_guard, lambda: _after_paint(getattr(args, "argv", []))]
    if not args.demo:
        return int(run_window(smoke=args.smoke, preset=args.preset, after_paint=after_paint) or 0)
    # Demo mode: the built-in simulator stands in for the service, with its demo key, and a Cursor
    # made in a temporary folder for Cursor (the teammate's own is never written).
    import shutil
    import tempfile
    from pathlib import Path

    from app.simulator import DEMO_KEY, Simulator

    with Simulator(api_key=DEMO_KEY) as sim, tempfile.TemporaryDirectory(prefix="cursor-demo-") as cursor:
        cleanups.append(lambda: shutil.rmtree(cursor, ignore_errors=True))
        code = run_window(
            demo_url=sim.url,
            demo_key=DEMO_KEY,
            smoke=args.smoke,
            preset=args.preset,
            demo_cursor=Path(cursor),
            after_paint=after_paint,
        )
    return int(code or 0)
