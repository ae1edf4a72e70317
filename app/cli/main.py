"""The parser and the dispatch: each command module adds its own sub-parser and runs it."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence
from types import ModuleType

from app import __version__
from app.cli import cursor, key, models, simulate, verify, window
from app.cli.common import (
    EXIT_FAILED,
    EXIT_INTERRUPTED,
    EXIT_OK,
    KEY_ENV,
    PROG,
    Parser,
    err,
    exit_code,
    one_line,
    render,
    setup_streams,
    start_logging,
)
from app.core.errors import AppError
from app.core.redact import Secret, register_key_like

# The sub-commands, in the order --help lists them.
COMMANDS: dict[str, ModuleType] = {
    "verify": verify,
    "cursor": cursor,
    "models": models,
    "simulate": simulate,
    "key": key,
}


def build_parser() -> argparse.ArgumentParser:
    # --preset lives on the main parser and on every sub-parser; SUPPRESS keeps a sub-parser from
    # overwriting a value given before the sub-command.
    preset_opt = Parser(add_help=False)
    preset_opt.add_argument(
        "--preset", metavar="FILE", default=argparse.SUPPRESS, help="use this organisation preset (TOML)"
    )

    p = Parser(
        prog=PROG,
        description="Set up Cursor's Azure OpenAI route to AI/ML API and check it live. "
        "Without a command, opens the window.",
        epilog="Exit codes: 0 every check passed (warnings allowed), 1 a check failed or the "
        "service could not be used, 2 bad input (usage, malformed URL, no key, a value a preset "
        "locks), 130 interrupted; cursor: 0 all good, 1 problems found (or Cursor running), 2 bad "
        "input or Cursor not found; key status: 0 a key is saved, 1 none is, 3 the keyring is not "
        "available or locked.",
    )
    p.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    p.add_argument("--preset", metavar="FILE", default=None, help="use this organisation preset (TOML)")
    p.add_argument("--demo", action="store_true", help="open the window against the built-in simulator")
    p.add_argument("--smoke", action="store_true", help="show the window and quit (installer smoke test)")
    p.add_argument("--verbose", action="store_true", help="more detail in the log file")
    sub = p.add_subparsers(dest="command", metavar="COMMAND", parser_class=Parser)
    for module in COMMANDS.values():
        module.add_parser(sub, [preset_opt])
    return p


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code (never raises, never prints a traceback)."""
    setup_streams()
    argv = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser()
    log_path = ""
    try:
        # The key enters through the environment whichever command runs (``models`` needs none, but
        # a server may still hand it back), and people type it where an argument belongs: make it a
        # Secret before anything, an argument error included, can print or log it.
        if os.environ.get(KEY_ENV, "").strip():
            Secret(os.environ[KEY_ENV])
        register_key_like(argv)
        try:
            args = parser.parse_args(argv)
        except SystemExit as exc:  # --help and --version print and "exit"; keep main() returning
            return exc.code if isinstance(exc.code, int) else EXIT_OK
        if args.command is None:
            return window.run(args)
        log_path = start_logging(args)
        command: Callable[[argparse.Namespace], int] = COMMANDS[args.command].run
        return command(args)
    except AppError as exc:
        err(f"{PROG}: error: {one_line(render(exc.problem), 1000)}")
        return exit_code(exc)
    except KeyboardInterrupt:
        err("Interrupted.")
        return EXIT_INTERRUPTED
    except Exception as exc:
        import logging

        logger = logging.getLogger(__name__)
        logger.addHandler(logging.NullHandler())  # never a traceback on stderr, even without a log
        logger.exception("unexpected error")
        where = f" (details in {log_path})" if log_path else ""
        err(f"{PROG}: unexpected error: {type(exc).__name__}: {one_line(str(exc))}{where}")
        return EXIT_FAILED
