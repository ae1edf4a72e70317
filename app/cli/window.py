"""No command: open the window (``--demo``: against the built-in simulator, started here).

``parse`` reads the window's own options without importing core or the command modules, so the
window paints first; what every command does first (safe output streams, the key in the
environment made a Secret) is done right after the paint."""

from __future__ import annotations

import argparse
from collections.abc import Sequence


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
        from app.cli.common import Failure
        from app.core.model import Problem, ProblemCode

        raise Failure(
            Problem(
                ProblemCode.NO_WINDOW,
                f"The window cannot start here ({exc}).",
                "The command line still works: see --help.",
            )
        ) from None
    if args.smoke:
        # IT's installer smoke test must fail on a preset that cannot be used (the window only shows
        # it, and stays usable behind it): one line and exit 2, as every command says it.
        from app.core.preset_service import load_presets

        load_presets(args.preset)
    from app.ui.main import run_window

    if not args.demo:
        return int(
            run_window(
                smoke=args.smoke,
                preset=args.preset,
                after_paint=[lambda: _after_paint(getattr(args, "argv", []))],
            )
            or 0
        )
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
            after_paint=[lambda: _after_paint(getattr(args, "argv", []))],
        )
    return int(code or 0)
