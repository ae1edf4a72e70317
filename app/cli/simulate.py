"""``simulate``: the AI/ML API simulator on 127.0.0.1, in the foreground until Ctrl+C."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from app.cli.common import EXIT_OK, KEY_ENV, PROG, InputError, err, out
from app.core.redact import Secret

if TYPE_CHECKING:
    from app.cli.common import SubParsers


def add_parser(sub: SubParsers, parents: list[argparse.ArgumentParser]) -> None:
    s = sub.add_parser(
        "simulate",
        parents=parents,
        help="run the service simulator on 127.0.0.1",
        description="Run a simulator of AI/ML API on 127.0.0.1 in the foreground (Ctrl+C stops it): the "
        "same routes, answers and errors as the service, with a demo key, for trying the checks and the "
        "window without a key or a network. --fault makes it misbehave the way the service can.",
        formatter_class=_WithFaults,
    )
    s.add_argument("--port", type=_port, default=0, metavar="N", help="port (default: a free one)")
    s.add_argument("--key", metavar="KEY", help="the key the simulator accepts (default: the demo key)")
    s.add_argument("--latency-ms", type=_non_negative_int, default=0, metavar="N", help="delay every answer")
    s.add_argument(
        "--fault", metavar="SPEC", help="simulate a fault, e.g. bad_key, no_credits, slow (list below)"
    )


class _WithFaults(argparse.HelpFormatter):
    """Help that ends with the simulator's faults and their options, read when help is asked for:
    importing the simulator costs time every other command should not pay."""

    def format_help(self) -> str:
        from app.simulator.faults import fault_help

        return f"{super().format_help().rstrip()}\n\n{fault_help()}\n"


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


def run(args: argparse.Namespace) -> int:
    from app.simulator import DEMO_KEY
    from app.simulator import run as serve

    key = Secret(args.key).reveal() if args.key else DEMO_KEY

    def ready(url: str) -> None:
        out(f"Simulator running at {url}")
        out("Key: the one given with --key" if args.key else f"Key: {DEMO_KEY}  (demo key)")
        if args.fault:
            out(f"Fault: {args.fault}")
        out(f"Try:  {KEY_ENV}=<key> {PROG} verify --base-url {url}")
        out("Press Ctrl+C to stop.")

    _stop_on_sigterm()
    try:
        serve(args.port, key, latency_ms=args.latency_ms, fault=args.fault or None, ready=ready)
    except ValueError as exc:
        raise InputError(str(exc)) from None
    except OSError as exc:
        raise InputError(str(exc.strerror or exc)) from None
    err("Simulator stopped.")
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
