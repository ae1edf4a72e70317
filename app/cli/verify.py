"""``verify``: run the checks Cursor's setup depends on; exit 0 passed, 1 a check failed, 2 bad
input. ``--json`` prints one object for scripts and monitoring."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from app import __version__
from app.cli.common import (
    EXIT_FAILED,
    EXIT_INTERRUPTED,
    EXIT_OK,
    KEY_ENV,
    InputError,
    err,
    out,
    out_json,
    presets,
    print_notices,
    resolve_values,
)
from app.cli.keys import key_from_anywhere

if TYPE_CHECKING:
    from app.cli.common import SubParsers
    from app.core.model import Report, Settings
    from app.core.preset_service import PresetLayers


def add_parser(sub: SubParsers, parents: list[argparse.ArgumentParser]) -> None:
    v = sub.add_parser(
        "verify",
        parents=parents,
        help="run the checks Cursor's setup depends on",
        description="Run the checks: the service, the key and balance, Cursor's Verify request, chat, "
        f"streaming and tool calling. The key comes from {KEY_ENV}, else standard input with "
        "--key-stdin, else the OS keyring; it is never printed.",
        epilog="Exit codes: 0 every check passed (warnings allowed); 1 a check failed; 2 bad input "
        "(usage, malformed URL, no key, a value a preset locks); 130 interrupted. --json prints one "
        "object: ok, app_version, preset (the preset file in effect, or null), organisation (or "
        "null), settings, checks, duration_ms.",
    )
    v.add_argument("--base-url", metavar="URL", help="default: saved, the preset's, https://api.aimlapi.com")
    v.add_argument("--deployment", metavar="NAME", help="model id, e.g. google/gemini-2.5-pro")
    v.add_argument("--alias", metavar="NAME", help="the custom model name to enable in Cursor")
    v.add_argument("--timeout", metavar="S", help="seconds per request (1-300; default 30, or the preset's)")
    v.add_argument("--json", action="store_true", help="print the report as JSON")
    v.add_argument(
        "--key-stdin", action="store_true", help=f"read the key from standard input if {KEY_ENV} is unset"
    )
    v.add_argument(
        "--report",
        metavar="FILE",
        help="also write a diagnostic report for IT (never the key): plain text when FILE ends in .txt "
        "or .md, else JSON; a file name, never - (standard output holds the results already)",
    )


def run(args: argparse.Namespace) -> int:
    from app.core.config import build_settings
    from app.core.preset_service import FieldValues

    # A preset that cannot be used is said first: it is what IT has to fix, key or no key.
    layers = presets(args)
    # Then the key, so it is a known secret before any message can echo a mistyped field.
    key = key_from_anywhere(args.key_stdin, "verify")
    given = FieldValues(args.base_url, args.deployment, args.alias, args.timeout)
    layers, resolved = resolve_values(args, given, layers)
    values = resolved.values
    # build_settings cleans the key too (its notices come back with the others).
    settings, notices = build_settings(
        key.reveal(), values.base_url or "", values.deployment or "", values.alias or "", values.timeout
    )
    print_notices(notices)

    if args.report is not None:
        _check_report_path(args.report)

    import threading

    from app.core.checks import format_report_text, run_checks

    if not args.json:
        err(f"Checking {settings.base_url} with deployment {settings.deployment} ...")
    cancel = threading.Event()
    try:
        report = run_checks(settings, cancel=cancel)
    except KeyboardInterrupt:
        cancel.set()
        err("Cancelled.")
        return EXIT_INTERRUPTED

    if args.json:
        out_json(verify_json(report, layers))
    else:
        out(format_report_text(report))
    if args.report is not None:
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
    """Refuse an impossible --report target before spending time on the checks: only a new name or
    a regular file (a link to one is written through) is ever written, never a device or a pipe."""
    from pathlib import Path

    from app.core.files import UnsuitableTarget, output_target

    if not path.strip():
        raise InputError("--report needs a file name, such as report.txt")
    if path == "-":
        raise InputError(
            "--report - would mix the report into the results on standard output; give a file name, "
            "such as report.txt"
        )
    target = Path(path).expanduser()
    try:
        output_target(target)
    except UnsuitableTarget as exc:
        if exc.what == "a folder":
            raise InputError(
                f"--report {path} is a folder; give a file name such as {target / 'report.txt'}"
            ) from None
        raise InputError(
            f"--report {path} is {exc.what}, not a regular file; "
            "give the name of a new file or of a regular file"
        ) from None
    except FileNotFoundError:
        raise InputError(f"--report: the folder {target.parent} does not exist") from None


def _write_report(path: str, report: Report, settings: Settings) -> None:
    from app.core.diagnostics import write_diagnostic_report

    written = write_diagnostic_report(path, report, settings.public())
    err(f"Diagnostic report written to {written}.")
