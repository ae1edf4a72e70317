"""The parser and the dispatch: each command module adds its own sub-parser and runs it.

Opening the window is the most common run and starts against the clock: when the arguments name no
command, only the window's own options are parsed (``app.cli.window.parse``), and neither the
command modules nor core are imported before the window paints. Anything else (a command, --help,
--version, an option the window does not take) goes through the full parser.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Callable, Sequence
from types import ModuleType

from app import __version__

# The sub-commands, in the order --help lists them (each a module of app.cli).
COMMAND_NAMES = ("verify", "cursor", "models", "simulate", "key")
# Options of the main parser that take a value (so that value is not taken for a command).
_WITH_VALUE = frozenset({"--preset"})


def commands() -> dict[str, ModuleType]:
    return {name: importlib.import_module(f"app.cli.{name}") for name in COMMAND_NAMES}


def names_a_command(argv: Sequence[str]) -> bool:
    """Whether the arguments hold a command word (or ask for help or the version)."""
    skip = False
    for token in argv:
        if skip:
            skip = False
        elif token in _WITH_VALUE:
            skip = True
        elif token in ("-h", "--help", "--version", "--") or not token.startswith("-"):
            return True
    return False


def build_parser() -> argparse.ArgumentParser:
    from app.cli.common import PROG, Parser

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
    p.add_argument(
        "--smoke",
        action="store_true",
        help="show the window and quit (installer smoke test; exit 2 when a preset cannot be used)",
    )
    p.add_argument("--verbose", action="store_true", help="more detail in the log file")
    sub = p.add_subparsers(dest="command", metavar="COMMAND", parser_class=Parser)
    for module in commands().values():
        module.add_parser(sub, [preset_opt])
    return p


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code (never raises, never prints a traceback)."""
    argv = list(sys.argv[1:] if argv is None else argv)
    if not names_a_command(argv):
        from app.cli import window

        args = window.parse(argv)
        if args is not None:
            return _guarded(lambda _log: window.run(args))
    return _guarded(lambda log: _command(argv, log))


def _command(argv: list[str], log: list[str]) -> int:
    from app.cli.common import EXIT_OK, setup_streams, start_logging

    setup_streams()
    # The key enters through the environment whichever command runs, and people type it where an
    # argument belongs: a Secret before anything, an argument error included, can print or log it.
    protect_key_from_environment(argv)
    try:
        args = build_parser().parse_args(argv)
    except SystemExit as exc:  # --help and --version print and "exit"; keep main() returning
        return exc.code if isinstance(exc.code, int) else EXIT_OK
    if args.command is None:
        from app.cli import window

        return window.run(args)
    log.append(start_logging(args))
    command: Callable[[argparse.Namespace], int] = commands()[args.command].run
    return command(args)


def protect_key_from_environment(argv: Sequence[str]) -> None:
    """The key in the environment (``models`` needs none, but a server may still hand it back) and
    anything in the arguments that looks like one: Secrets before anything can print or log them."""
    from app.cli.common import KEY_ENV
    from app.core.redact import Secret, register_key_like

    if os.environ.get(KEY_ENV, "").strip():
        Secret(os.environ[KEY_ENV])
    register_key_like(list(argv))
    for value in values_meant_as_keys(argv):
        Secret(value)


# Options people guess for giving the key on the command line. None exists, so a value given to
# one is a key whatever its shape (a short or unusual key escapes the shape test).
_GUESSED_KEY_OPTIONS = frozenset({"--key", "--api-key", "--apikey", "--token", "--secret"})


def values_meant_as_keys(argv: Sequence[str]) -> list[str]:
    """The arguments that can only be meant as the key: the value of a guessed key option, and any
    word after `key set` (which reads the key from a prompt or standard input, never an argument)."""
    values: list[str] = []
    words: list[str] = []  # the command words so far, outside option values
    skip = False
    for i, token in enumerate(argv):
        name, has_value, value = token.partition("=")
        if skip:
            skip = False
        elif name in _GUESSED_KEY_OPTIONS:
            if has_value:
                values.append(value)
            elif i + 1 < len(argv):
                values.append(argv[i + 1])
                skip = True
        elif token in _WITH_VALUE:
            skip = True
        elif not token.startswith("-"):
            if words[:2] == ["key", "set"]:
                values.append(token)
            words.append(token)
    return values


def _guarded(body: Callable[[list[str]], int]) -> int:
    """Every failure as one line and an exit code, never a traceback."""
    log: list[str] = []  # the log file's path, once a command started it
    try:
        return body(log)
    except BaseException as exc:
        return _failed(exc, log[-1] if log else "")


def _failed(exc: BaseException, log_path: str) -> int:
    from app.cli.common import EXIT_FAILED, EXIT_INTERRUPTED, PROG, err, exit_code, one_line, render
    from app.core.errors import AppError

    if isinstance(exc, AppError):
        err(f"{PROG}: error: {one_line(render(exc.problem), 1000)}")
        return exit_code(exc)
    if isinstance(exc, KeyboardInterrupt):
        err("Interrupted.")
        return EXIT_INTERRUPTED
    if isinstance(exc, SystemExit):
        raise exc
    import logging

    logger = logging.getLogger(__name__)
    logger.addHandler(logging.NullHandler())  # never a traceback on stderr, even without a log
    logger.exception("unexpected error", exc_info=exc)
    where = f" (details in {log_path})" if log_path else ""
    err(f"{PROG}: unexpected error: {type(exc).__name__}: {one_line(str(exc))}{where}")
    return EXIT_FAILED
