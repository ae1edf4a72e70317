"""The command line (``cursor-azure-setup``, also ``python -m app``).

No sub-command opens the window (``--demo``: against the built-in simulator, which the command
line starts). ``verify`` runs the checks (exit 0 passed, 1 a check failed, 2 bad input),
``models`` lists the chat models, ``simulate`` runs the simulator, ``key`` manages the keyring
entry. ``--preset FILE`` is accepted before or after the sub-command.

Only the standard library and three small core modules are imported at module level so
``--version`` is instant; everything else is imported by the command that needs it. Every failure
is an ``AppError`` rendered as one line on stderr from its problem, never a traceback; the exit
code follows its kind. Everything printed passes through the one scrubber, and the key is read
into a ``Secret`` the moment it enters (environment, standard input, keyring).
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, NoReturn

from app import APP_ID, __version__
from app.core.errors import AppError, Cancelled, InvalidInput, PresetError
from app.core.model import Notice, Problem, ProblemCode
from app.core.redact import Secret, redact

if TYPE_CHECKING:
    from app.core.model import Report, Settings
    from app.core.preset_service import PresetLayers

PROG = APP_ID
KEY_ENV = "AIMLAPI_API_KEY"

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_INPUT = 2
EXIT_KEYRING = 3  # key status: the keyring is not available or locked
EXIT_INTERRUPTED = 130

# How verify's options are called in messages about a preset's locks.
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


class _Parser(argparse.ArgumentParser):
    """argparse with one-line errors (exit 2) instead of usage text."""

    def error(self, message: str) -> NoReturn:
        raise InputError(f"{message} (see `{self.prog} --help`)")


# --- output: everything goes through the one scrubber -----------------------------------------------


def _err(message: str) -> None:
    print(redact(message), file=sys.stderr, flush=True)


def _out(text: str) -> None:
    try:
        print(redact(text), flush=True)
    except BrokenPipeError:
        # The reader went away (`... | head`): drop the rest of the output quietly; the exit code
        # still reports the checks. Point stdout at devnull so the final flush cannot fail either.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())


def _print_notices(notices: Sequence[Notice]) -> None:
    for n in notices:
        _err(f"note: {n.message}")


def _setup_streams() -> None:
    # A console or pipe that cannot show a character (e.g. cp1252 on Windows) must not crash us.
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            try:
                reconfigure(errors="replace")
            except (ValueError, OSError):
                pass


# --- parser -------------------------------------------------------------------------------------


def build_parser() -> argparse.ArgumentParser:
    # --preset lives on the main parser and on every sub-parser; SUPPRESS keeps a sub-parser from
    # overwriting a value given before the sub-command.
    preset_opt = _Parser(add_help=False)
    preset_opt.add_argument(
        "--preset", metavar="FILE", default=argparse.SUPPRESS, help="use this organisation preset (TOML)"
    )

    p = _Parser(
        prog=PROG,
        description="Set up Cursor's Azure OpenAI route to AI/ML API and check it live. "
        "Without a command, opens the window.",
        epilog="Exit codes: 0 every check passed (warnings allowed), 1 a check failed or the "
        "service could not be used, 2 bad input (usage, malformed URL, no key, a value a preset "
        "locks), 130 interrupted; key status: 0 a key is saved, 1 none is, 3 the keyring is not "
        "available or locked.",
    )
    p.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    p.add_argument("--preset", metavar="FILE", default=None, help="use this organisation preset (TOML)")
    p.add_argument("--demo", action="store_true", help="open the window against the built-in simulator")
    p.add_argument("--smoke", action="store_true", help="show the window and quit (installer smoke test)")
    p.add_argument("--verbose", action="store_true", help="more detail in the log file")
    sub = p.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    v = sub.add_parser(
        "verify",
        parents=[preset_opt],
        help="run the checks Cursor's setup depends on",
        description="Run the checks: the service, the key and balance, Cursor's Verify request, chat, "
        f"streaming and tool calling. The key comes from {KEY_ENV}, else standard input with "
        "--key-stdin, else the OS keyring; it is never printed.",
        epilog="Exit codes: 0 every check passed (warnings allowed); 1 a check failed; 2 bad input "
        "(usage, malformed URL, no key, a value a preset locks); 130 interrupted. --json prints one "
        "object: ok, app_version, preset (the preset file in effect, or null), organisation (or "
        "null), settings, checks, duration_ms.",
    )
    v.add_argument("--base-url", metavar="URL", help="default https://api.aimlapi.com")
    v.add_argument("--deployment", metavar="NAME", help="model id, e.g. google/gemini-2.5-pro")
    v.add_argument("--alias", metavar="NAME", help="the custom model name to enable in Cursor")
    v.add_argument("--timeout", metavar="S", help="seconds per request (1-300; default 30, or the preset's)")
    v.add_argument("--json", action="store_true", help="print the report as JSON")
    v.add_argument(
        "--key-stdin", action="store_true", help=f"read the key from standard input if {KEY_ENV} is unset"
    )
    v.add_argument("--report", metavar="FILE", help="also write a diagnostic report (never the key)")

    m = sub.add_parser("models", parents=[preset_opt], help="list the chat models of the catalog")
    m.add_argument("--base-url", metavar="URL", help="default https://api.aimlapi.com")
    m.add_argument("--json", action="store_true", help="print JSON")

    s = sub.add_parser("simulate", parents=[preset_opt], help="run the service simulator on 127.0.0.1")
    s.add_argument("--port", type=_port, default=0, metavar="N", help="port (default: a free one)")
    s.add_argument("--key", metavar="KEY", help="the key the simulator accepts (default: the demo key)")
    s.add_argument("--latency-ms", type=_non_negative_int, default=0, metavar="N", help="delay every answer")
    s.add_argument("--fault", metavar="NAME", help="simulate a fault, e.g. bad_key, no_credits, slow")

    k = sub.add_parser("key", parents=[preset_opt], help="the API key in the OS keyring")
    ksub = k.add_subparsers(dest="key_command", metavar="ACTION", parser_class=_Parser, required=True)
    ks = ksub.add_parser("set", help="save a key (read from standard input with --stdin)")
    ks.add_argument("--stdin", action="store_true", help="read the key from standard input")
    ksub.add_parser(
        "status",
        help="is a key saved? (exit 0 yes, 1 no, 3 the keyring is not available or locked)",
        epilog="Exit codes: 0 a key is saved; 1 no key is saved; 3 the keyring is not available, "
        "locked, or refused access.",
    )
    ksub.add_parser("forget", help="remove the saved key")
    return p


def _port(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"port must be a number, not {text!r}") from None
    if not 0 <= value <= 65535:
        raise argparse.ArgumentTypeError("port must be between 0 and 65535")
    return value


def _non_negative_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number, not {text!r}") from None
    if value < 0:
        raise argparse.ArgumentTypeError("must be 0 or more")
    return value


# --- shared steps ---------------------------------------------------------------------------------


def _presets(args: argparse.Namespace) -> PresetLayers:
    from app.core.preset_service import load_presets

    return load_presets(getattr(args, "preset", None))


def _read_stdin_key() -> Secret:
    if sys.stdin is None:
        raise InputError("no standard input to read the key from")
    if sys.stdin.isatty():
        # A person at a terminal: ask, without echoing the key, rather than wait silently for EOF.
        return _prompt_key()
    try:
        # The line break `echo` or a key file ends with is expected, not worth a notice.
        return Secret(sys.stdin.read().rstrip("\r\n"))
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"could not read the key from standard input: {type(exc).__name__}") from None


def _prompt_key() -> Secret:
    import getpass

    return Secret(getpass.getpass("API key (input hidden): "))


def _clean_key(raw: Secret) -> Secret:
    from app.core.config import clean_key

    try:
        key, notices = clean_key(raw.reveal())
    except InvalidInput as exc:
        raise InputError(f"the API key is not usable: {exc}") from None
    _print_notices(notices)
    return Secret(key)


def _key_for_verify(args: argparse.Namespace) -> Secret:
    env = os.environ.get(KEY_ENV, "")
    if env.strip():
        if args.key_stdin:
            _err(f"note: using {KEY_ENV}; standard input was not read.")
        return Secret(env)
    if args.key_stdin:
        raw = _read_stdin_key()
        if not raw.reveal().strip():
            raise InputError(
                "no key on standard input: pipe the key in, e.g. `... verify --key-stdin < keyfile`"
            )
        return raw
    from app.core.keystore import KeyringLocked, KeyringUnavailable, KeyStoreError, load_key

    try:
        saved = load_key()
    except KeyringUnavailable:
        raise InputError(
            f"no API key: {KEY_ENV} is not set and this computer has no keyring holding a saved key; "
            f"set {KEY_ENV} or pass the key with --key-stdin"
        ) from None
    except KeyringLocked:
        raise InputError(
            f"no API key: {KEY_ENV} is not set and the keyring is locked or refused access; "
            f"unlock it, or set {KEY_ENV} or use --key-stdin"
        ) from None
    except KeyStoreError as exc:
        raise InputError(
            f"no API key: {KEY_ENV} is not set and the keyring could not be read ({exc.problem.message}); "
            f"set {KEY_ENV} or use --key-stdin"
        ) from None
    if not saved:
        raise InputError(
            f"no API key: set {KEY_ENV}, pass it on standard input with --key-stdin, "
            f"or save it with `{PROG} key set --stdin`"
        )
    return saved


def _logging(args: argparse.Namespace) -> str:
    """Start the redacted log file; returns its path for error messages ('' if unavailable)."""
    try:
        from app.core.redact import setup_logging

        return str(setup_logging(verbose=bool(getattr(args, "verbose", False))))
    except Exception:  # logging must never stop the command
        return ""


# --- commands -----------------------------------------------------------------------------------


def cmd_verify(args: argparse.Namespace) -> int:
    from app.core.config import build_settings
    from app.core.preset_service import FieldValues, resolve

    layers = _presets(args)
    # The key first, so it is a known secret before any message can echo a mistyped field.
    key = _key_for_verify(args)
    given = FieldValues(args.base_url, args.deployment, args.alias, args.timeout)
    resolved = resolve(layers, given, given_names=FLAGS)
    _print_notices(resolved.notices)
    values = resolved.values
    # build_settings cleans the key too (its notices come back with the others).
    settings, notices = build_settings(
        key.reveal(), values.base_url or "", values.deployment or "", values.alias or "", values.timeout
    )
    _print_notices(notices)

    if args.report:
        _check_report_path(args.report)

    import threading

    from app.core.checks import format_report_text, run_checks

    if not args.json:
        _err(f"Checking {settings.base_url} with deployment {settings.deployment} ...")
    cancel = threading.Event()
    try:
        report = run_checks(settings, cancel=cancel)
    except KeyboardInterrupt:
        cancel.set()
        _err("Cancelled.")
        return EXIT_INTERRUPTED

    if args.json:
        import json

        _out(json.dumps(verify_json(report, layers), indent=2, ensure_ascii=False))
    else:
        _out(format_report_text(report))
    if args.report:
        _write_report(args.report, report, settings)
    return EXIT_OK if report.ok else EXIT_FAILED


def verify_json(report: Report, layers: PresetLayers) -> dict[str, object]:
    """``verify --json``: the report with what monitoring needs to tell machines apart (the app's
    version, the preset in effect, the organisation)."""
    body = report.to_json()
    preset = layers.in_effect()
    return {
        "ok": body["ok"],
        "app_version": __version__,
        "preset": str(preset.path) if preset is not None else None,
        "organisation": layers.org_name,
        "settings": body["settings"],
        "checks": body["checks"],
        "duration_ms": body["duration_ms"],
    }


def _check_report_path(path: str) -> None:
    """Refuse an impossible --report target before spending time on the checks."""
    from pathlib import Path

    target = Path(path).expanduser()
    if target.is_dir():
        raise InputError(f"--report {path} is a folder; give a file name such as {target / 'report.json'}")
    if not target.parent.is_dir():
        raise InputError(f"--report: the folder {target.parent} does not exist")


def _write_report(path: str, report: Report, settings: Settings) -> None:
    from app.core.diagnostics import write_diagnostic_report

    written = write_diagnostic_report(path, report, settings.public())
    _err(f"Diagnostic report written to {written}.")


def cmd_models(args: argparse.Namespace) -> int:
    from app.core.catalog import load_catalog
    from app.core.config import normalise_base_url
    from app.core.errors import ServiceError
    from app.core.preset_service import FieldValues, resolve

    layers = _presets(args)
    resolved = resolve(layers, FieldValues(base_url=args.base_url), given_names=FLAGS)
    base_url, _dep, notices = normalise_base_url(resolved.values.base_url or "")
    _print_notices(notices)
    try:
        models, source = load_catalog(base_url)
    except ServiceError as exc:
        message = f"could not load the model catalog: {exc.problem.message}"
        raise Failure(replace(exc.problem, message=message)) from None
    if resolved.allowed is not None:
        models = [m for m in models if m.id in resolved.allowed]
        preset = layers.in_effect()
        where = f" {preset.describe()}" if preset is not None else ""
        _err(f"note: showing only the models{where} allows.")
    if source == "cache":
        _err("note: the service could not be reached; showing the last saved catalog.")
    rows = [
        {"id": m.id, "name": m.name, "developer": m.developer, "context_length": m.context_length}
        for m in models
    ]
    if args.json:
        import json

        _out(json.dumps({"source": source, "base_url": base_url, "models": rows}, indent=2))
        return EXIT_OK
    width = max((len(m.id) for m in models), default=10)
    for m in models:
        ctx = f"{m.context_length:,}" if m.context_length else ""
        _out(f"{m.id:<{width}}  {ctx:>9}  {m.name}")
    _err(f"{len(rows)} chat models ({source}).")
    return EXIT_OK


def cmd_simulate(args: argparse.Namespace) -> int:
    from app.simulator import DEMO_KEY, run

    key = Secret(args.key).reveal() if args.key else DEMO_KEY

    def ready(url: str) -> None:
        _out(f"Simulator running at {url}")
        _out("Key: the one given with --key" if args.key else f"Key: {DEMO_KEY}  (demo key)")
        if args.fault:
            _out(f"Fault: {args.fault}")
        _out(f"Try:  {KEY_ENV}=<key> {PROG} verify --base-url {url}")
        _out("Press Ctrl+C to stop.")

    _stop_on_sigterm()
    try:
        run(args.port, key, latency_ms=args.latency_ms, fault=args.fault or None, ready=ready)
    except ValueError as exc:
        raise InputError(str(exc)) from None
    except OSError as exc:
        raise InputError(str(exc.strerror or exc)) from None
    _err("Simulator stopped.")
    return EXIT_OK


def _stop_on_sigterm() -> None:
    """A service manager or a script's `kill` stops the simulator as cleanly as Ctrl+C does."""
    import signal

    def interrupt(_signum: int, _frame: object) -> None:
        raise KeyboardInterrupt

    try:
        signal.signal(signal.SIGTERM, interrupt)
    except (ValueError, OSError):  # not the main thread (main() called from a thread)
        pass


def cmd_key(args: argparse.Namespace) -> int:
    from app.core.keystore import forget_key, keyring_status, save_key

    if args.key_command == "set":
        if args.stdin:
            raw = _read_stdin_key()
        elif sys.stdin is not None and sys.stdin.isatty():
            raw = _prompt_key()
        else:
            raise InputError(f"pass the key on standard input: `{PROG} key set --stdin < keyfile`")
        if not raw.reveal().strip():
            raise InputError("no key given")
        save_key(_clean_key(raw))
        _out("The key is saved in the OS keyring.")
        return EXIT_OK
    if args.key_command == "status":
        st = keyring_status()
        _out(st.message or ("A key is saved." if st.has_key else "No key is saved."))
        if st.available and st.backend:
            _out(f"Keyring: {st.backend}")
        if st.has_key:
            return EXIT_OK
        return EXIT_KEYRING if st.problem is not None else EXIT_FAILED
    if args.key_command == "forget":
        removed = forget_key()
        _out("The saved key was removed." if removed else "No key was saved; nothing to remove.")
        return EXIT_OK
    raise InputError(f"unknown key action {args.key_command!r}")


def cmd_window(args: argparse.Namespace) -> int:
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
    # Demo mode: the built-in simulator stands in for the service, with its demo key.
    from app.simulator import DEMO_KEY, Simulator

    with Simulator(api_key=DEMO_KEY) as sim:
        code = run_window(demo_url=sim.url, demo_key=DEMO_KEY, smoke=args.smoke, preset=args.preset)
    return int(code or 0)


COMMANDS = {"verify": cmd_verify, "models": cmd_models, "simulate": cmd_simulate, "key": cmd_key}


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code (never raises, never prints a traceback)."""
    _setup_streams()
    argv = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser()
    log_path = ""
    try:
        try:
            args = parser.parse_args(argv)
        except SystemExit as exc:  # --help and --version print and "exit"; keep main() returning
            return exc.code if isinstance(exc.code, int) else EXIT_OK
        # The key enters through the environment whichever command runs (``models`` needs none, but
        # a server may still hand it back): make it a Secret before anything can print or log.
        if os.environ.get(KEY_ENV, "").strip():
            Secret(os.environ[KEY_ENV])
        if args.command is None:
            return cmd_window(args)
        log_path = _logging(args)
        return COMMANDS[args.command](args)
    except AppError as exc:
        _err(f"{PROG}: error: {_one_line(render(exc.problem), 1000)}")
        return exit_code(exc)
    except KeyboardInterrupt:
        _err("Interrupted.")
        return EXIT_INTERRUPTED
    except Exception as exc:
        import logging

        logger = logging.getLogger(__name__)
        logger.addHandler(logging.NullHandler())  # never a traceback on stderr, even without a log
        logger.exception("unexpected error")
        where = f" (details in {log_path})" if log_path else ""
        _err(f"{PROG}: unexpected error: {type(exc).__name__}: {_one_line(str(exc))}{where}")
        return EXIT_FAILED


def _one_line(text: str, limit: int = 200) -> str:
    """Messages from other modules may span lines; the command line promises one."""
    return " ".join(text.split())[:limit]
