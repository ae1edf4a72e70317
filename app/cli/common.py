"""What every command shares: exit codes, the error kinds of the command line, and output that
always goes through the one scrubber, one line per message."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, NoReturn

from app import APP_ID
from app.core.errors import AppError, Cancelled, InvalidInput, PresetError
from app.core.model import Notice, Problem
from app.core.printable import printable
from app.core.redact import redact, redact_data

if TYPE_CHECKING:
    from typing import TypeAlias

    from app.core.preset_service import FieldValues, PresetLayers, Resolved

    # What each command module adds its own sub-parser to.
    SubParsers: TypeAlias = argparse._SubParsersAction[argparse.ArgumentParser]

PROG = APP_ID
KEY_ENV = "AIMLAPI_API_KEY"

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_INPUT = 2
EXIT_KEYRING = 3  # key status: the keyring is not available or locked
EXIT_INTERRUPTED = 130

# How the options are called in messages about a preset's locks.
FLAGS = {"base_url": "--base-url", "deployment": "--deployment", "alias": "--alias", "timeout": "--timeout"}


class InputError(InvalidInput):
    """Bad input on the command line (usage, a path, a missing key): one line, exit 2."""

    def __init__(self, message: str) -> None:
        super().__init__("", message)


class Failure(AppError):
    """Something outside the input went wrong: one line, exit 1."""


def exit_code(exc: AppError) -> int:
    """The exit code for a failure: 2 bad input, 130 cancelled, 1 anything else."""
    if isinstance(exc, InvalidInput | PresetError):
        return EXIT_INPUT
    if isinstance(exc, Cancelled):
        return EXIT_INTERRUPTED
    return EXIT_FAILED


def render(problem: Problem) -> str:
    """A problem as the command line's one line: what happened, then what to do."""
    return " ".join(part for part in (problem.message, problem.fix) if part)


def one_line(text: str, limit: int = 200) -> str:
    """Messages from other modules may span lines; the command line promises one."""
    return " ".join(text.split())[:limit]


def err(message: str) -> None:
    print(printable(redact(message)), file=sys.stderr, flush=True)


def out(text: str) -> None:
    _print(redact(text))


def out_json(data: object) -> None:
    """One JSON document on stdout. The data is scrubbed before it is serialised: only text values
    are ever masked, so numbers stay numbers and the document stays JSON."""
    import json

    _print(json.dumps(redact_data(data), indent=2, ensure_ascii=False))


def _print(text: str) -> None:
    try:
        # Whatever a server put in the text, the terminal gets no control characters from us.
        print(printable(text), flush=True)
    except BrokenPipeError:
        # The reader went away (`... | head`): drop the rest of the output quietly; the exit code
        # still reports the checks. Point stdout at devnull so the final flush cannot fail either.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())


def print_notices(notices: Sequence[Notice]) -> None:
    for n in notices:
        err(f"note: {n.message}")


def setup_streams() -> None:
    # A console or pipe that cannot show a character (e.g. cp1252 on Windows) must not crash us.
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            try:
                reconfigure(errors="replace")
            except (ValueError, OSError):
                pass


def presets(args: argparse.Namespace) -> PresetLayers:
    """The presets in effect for this command (``--preset`` given before or after it)."""
    from app.core.preset_service import load_presets

    return load_presets(getattr(args, "preset", None))


def resolve_values(
    args: argparse.Namespace, given: FieldValues, layers: PresetLayers | None = None
) -> tuple[PresetLayers, Resolved]:
    """The values a command uses: what was given on the command line, then the saved settings
    (the window's last values), then the presets, then the built-in defaults; a system preset's
    lock holds over all of them. Notices (a saved value a lock replaced, ...) go to stderr.
    ``layers``: the presets, when the command already read them."""
    from app.core.preset_service import FieldValues, resolve
    from app.core.settings_store import load_settings

    if layers is None:
        layers = presets(args)
    saved, notice = load_settings()
    if notice is not None:
        print_notices([notice])
    resolved = resolve(layers, given, FieldValues.of(saved), given_names=FLAGS)
    print_notices(resolved.notices)
    return layers, resolved


def start_logging(args: argparse.Namespace) -> str:
    """Start the redacted log file; returns its path for error messages ('' if unavailable)."""
    try:
        from app.core.redact import setup_logging

        return str(setup_logging(verbose=bool(getattr(args, "verbose", False))))
    except Exception:  # logging must never stop the command
        return ""


class Parser(argparse.ArgumentParser):
    """argparse with one-line errors (exit 2) instead of usage text. A value that looks like a key
    is never repeated (the scrubber masks it) and the message says where the key goes instead."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        # No abbreviations: `--key KEY` must not be taken for `--key-stdin` and a stray value.
        kwargs.setdefault("allow_abbrev", False)
        super().__init__(*args, **kwargs)

    def error(self, message: str) -> NoReturn:
        if redact(message) != message:
            message += (
                f" (a value that looks like an API key is not shown: give the key in {KEY_ENV} or on "
                "standard input, never as an argument)"
            )
        raise InputError(f"{message} (see `{self.prog} --help`)")
