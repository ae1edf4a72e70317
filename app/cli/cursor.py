"""``cursor status|apply|restore|traffic``: Cursor's side, from the command line.

- ``status``: where Cursor is, what its Azure section and custom models hold (never the key), and
  how that compares with our values, finding by finding.
- ``apply``: what would change (before -> after), then, with Cursor closed, the change itself
  (a backup first, beside Cursor's database); asks at a terminal unless ``--yes``.
- ``restore``: the newest backup taken before an Apply, back (or the one ``--from`` names;
  ``--list`` shows them all).
- ``traffic``: did Cursor's own requests reach the service, and did they succeed (the request log,
  read with the user's key)?

Exit codes as ``verify``: 0 all good, 1 problems found (or Cursor running, or the change refused),
2 bad input or Cursor not found; each subcommand's own in ``EPILOGS``. The values compared with
(``--base-url``, ``--deployment``, ``--alias``) default as ``verify``'s do: saved settings, then the
preset, then the built-in ones.
"""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING, Any, cast

from app import __version__
from app.cli.common import (
    EXIT_FAILED,
    EXIT_INPUT,
    EXIT_OK,
    KEY_ENV,
    PROG,
    InputError,
    Parser,
    err,
    out,
    out_json,
    print_notices,
    render,
    resolve_values,
)
from app.cli.cursor_text import (
    apply_lines,
    apply_possible,
    for_the_command_line,
    restore_lines,
    status_lines,
    traffic_lines,
)
from app.cli.keys import key_from_anywhere

if TYPE_CHECKING:
    from app.cli.common import SubParsers
    from app.core.cursor import CursorInstall, CursorStatus, Target
    from app.core.model import Problem
    from app.core.preset_service import PresetLayers

ENV_APP = "CURSOR_AZURE_SETUP_CURSOR_APP"  # the same names as app.core.cursor.install (not imported:
ENV_DATA = "CURSOR_AZURE_SETUP_CURSOR_DATA"  # --help must stay instant)
_EXIT_TAIL = "130 interrupted. The key is never printed, and never written into Cursor."
# Each subcommand's own exit codes (the README's command table says the same).
EPILOGS = {
    "cursor": "Exit codes: 0 all good; 1 problems found; 2 bad input or Cursor not found; " + _EXIT_TAIL,
    "status": "Exit codes: 0 Cursor matches our values; 1 a difference, or Cursor's settings could not "
    "be read; 2 bad input or Cursor not found; " + _EXIT_TAIL,
    "apply": "Exit codes: 0 applied (or nothing to change, or --dry-run); 1 Cursor's Verify request did "
    "not pass, Cursor running, the change refused or declined; 2 bad input (usage, a bad value, no "
    "key) or Cursor not found; " + _EXIT_TAIL,
    "restore": "Exit codes: 0 restored (or --list); 1 no backup to restore, Cursor running, the restore "
    "refused or declined; 2 bad input or Cursor not found; " + _EXIT_TAIL,
    "traffic": "Exit codes: 0 Cursor's requests arrived and succeeded; 1 they failed, no request from "
    "Cursor arrived, or the log could not be read; 2 bad input (usage, a bad value, no key) or Cursor "
    "not found; " + _EXIT_TAIL,
}


def add_parser(sub: SubParsers, parents: list[argparse.ArgumentParser]) -> None:
    c = sub.add_parser(
        "cursor",
        parents=parents,
        help="see, set and check Cursor's Azure OpenAI settings",
        description="Cursor's side: what its Azure OpenAI section holds, setting it (with a backup), "
        "restoring the backup, and whether Cursor's own requests reach the service.",
        epilog=EPILOGS["cursor"],
    )
    # Typed as the top level's, so the leaves take the shared --preset parent (a plain parser).
    actions = cast(
        "SubParsers",
        c.add_subparsers(dest="cursor_command", metavar="ACTION", parser_class=Parser, required=True),
    )

    where: argparse.ArgumentParser = Parser(add_help=False)
    where.add_argument(
        "--cursor-app", metavar="DIR", help=f"Cursor's install folder (also ${ENV_APP}; default: looked for)"
    )
    where.add_argument(
        "--cursor-data",
        metavar="DIR",
        help=f"Cursor's User folder, holding globalStorage (also ${ENV_DATA}; default: the usual place)",
    )
    where.add_argument("--json", action="store_true", help="print one JSON object")
    values: argparse.ArgumentParser = Parser(add_help=False)
    values.add_argument(
        "--base-url", metavar="URL", help="default: saved, the preset's, https://api.aimlapi.com"
    )
    values.add_argument("--deployment", metavar="NAME", help="model id, e.g. google/gemini-2.5-pro")
    values.add_argument("--alias", metavar="NAME", help="the custom model name to switch on in Cursor")
    keyed: argparse.ArgumentParser = Parser(add_help=False)  # the commands that send requests
    keyed.add_argument(
        "--key-stdin", action="store_true", help=f"read the key from standard input if {KEY_ENV} is unset"
    )
    keyed.add_argument(
        "--timeout", metavar="S", help="seconds for the whole check (1-300; default 30, or the preset's)"
    )
    confirm: argparse.ArgumentParser = Parser(add_help=False)
    confirm.add_argument(
        "--yes", action="store_true", help="do it without asking (needed without a terminal)"
    )

    actions.add_parser(
        "status",
        parents=[*parents, where, values],
        help="what Cursor has, compared with our values (exit 0 all match, 1 a difference or "
        "unreadable settings, 2 not found)",
        description="Where Cursor is, whether it runs, what its Azure OpenAI section and custom models "
        "hold (never the key) and how that compares with our values, read without changing anything.",
        epilog=EPILOGS["status"],
    )
    apply = actions.add_parser(
        "apply",
        parents=[*parents, where, values, keyed, confirm],
        help="write our Base URL, Deployment Name and custom model into Cursor (Cursor closed)",
        description="Shows what would change, sends Cursor's own Verify request with these values and "
        f"your key ({KEY_ENV}, else --key-stdin, else the OS keyring) so nothing unchecked is written, "
        "then (asking first, unless --yes) writes the Base URL and Deployment Name into Cursor's Azure "
        "OpenAI section and adds the custom model, switched on (a custom model an earlier apply added "
        "is switched off). Only while Cursor is closed, after a backup beside Cursor's database. The "
        "key is never written: paste it in Cursor, then switch Azure OpenAI on there.",
        epilog=EPILOGS["apply"],
    )
    apply.add_argument("--dry-run", action="store_true", help="only show what would change")
    apply.add_argument(
        "--skip-verify",
        action="store_true",
        help="write without sending Cursor's Verify request first (the values were checked elsewhere, "
        "or no key is at hand: Cursor's Verify button will tell)",
    )
    restore = actions.add_parser(
        "restore",
        parents=[*parents, where, confirm],
        help="bring back Cursor's settings from the backup taken before the last apply (or another)",
        description="Brings back the newest backup taken before an apply (or the one --from names), "
        "with Cursor closed, after saving the settings as they are as a backup of their own. "
        "--list shows every backup kept beside Cursor's database, newest first.",
        epilog=EPILOGS["restore"],
    )
    restore.add_argument("--list", action="store_true", help="list the backups kept, newest first")
    restore.add_argument("--from", dest="backup_id", metavar="ID", help="bring back this backup (see --list)")
    traffic = actions.add_parser(
        "traffic",
        parents=[*parents, where, values, keyed],
        help="did Cursor's own requests reach the service, and succeed?",
        description="Reads the service's request log for the period and deployment with your key: "
        "Cursor's requests (those without this tool's request id) arrived and succeeded, arrived and "
        f"failed, or none arrived, and why. The key comes from {KEY_ENV}, else standard input with "
        "--key-stdin, else the OS keyring; it is never printed.",
        epilog=EPILOGS["traffic"],
    )
    traffic.add_argument("--since", metavar="PERIOD", default="1h", help="30m, 1h, 24h, 7d... (default 1h)")


def run(args: argparse.Namespace) -> int:
    commands = {"status": _status, "apply": _apply, "restore": _restore, "traffic": _traffic}
    return commands[args.cursor_command](args)


# --- shared steps -----------------------------------------------------------------------------------


def _find(args: argparse.Namespace) -> CursorInstall:
    """Cursor here (or where --cursor-app/--cursor-data say). A folder given that is not Cursor's
    is bad input."""
    from app.core.cursor import CursorError, find_cursor

    try:
        return find_cursor(args.cursor_app, args.cursor_data)
    except CursorError as exc:
        raise InputError(render(exc.problem)) from None


def _not_found(install: CursorInstall) -> Problem | None:
    """Why there is nothing of Cursor's to work on here (exit 2), or None."""
    from app.core.cursor import problems

    if not install.found:
        return problems.not_found(f"no install found, no data folder at {install.data_dir}")
    if not install.state_db.exists():  # a folder there is unreadable, not missing
        return problems.not_found(f"no settings database at {install.state_db}")
    return None


def _target(args: argparse.Namespace) -> tuple[PresetLayers, Target]:
    layers, target, _timeout = _target_and_time_limit(args)
    return layers, target


def _target_and_time_limit(args: argparse.Namespace) -> tuple[PresetLayers, Target, str | float | None]:
    from app.core.cursor.findings import target_from_values
    from app.core.preset_service import FieldValues

    given = FieldValues(args.base_url, args.deployment, args.alias, getattr(args, "timeout", None))
    layers, resolved = resolve_values(args, given)
    values = resolved.values
    target, notices = target_from_values(values.base_url, values.deployment, values.alias)
    print_notices(notices)
    return layers, target, values.timeout


def _monitoring(layers: PresetLayers) -> dict[str, Any]:
    """What IT monitoring uses to tell machines apart (as ``verify --json``)."""
    preset = layers.in_effect()
    return {
        "app_version": __version__,
        "preset": str(preset.path) if preset is not None else None,
        "organisation": layers.org_name,
    }


def _confirm(args: argparse.Namespace, question: str) -> bool:
    """--yes, or the person at the terminal says yes. Without a terminal nothing is asked: bad input."""
    if args.yes:
        return True
    if sys.stdin is None or not sys.stdin.isatty():
        raise InputError(
            f"standard input is not a terminal, so nothing was asked and nothing was changed: "
            f"pass --yes to {args.cursor_command} without asking"
        )
    print(f"{question} [y/N] ", end="", file=sys.stderr, flush=True)
    answer = sys.stdin.readline()
    return answer.strip().lower() in ("y", "yes")


# --- status -------------------------------------------------------------------------------------------


def status_json(status: CursorStatus, layers: PresetLayers) -> dict[str, Any]:
    """``cursor status --json``: the stable object IT scripts read (never the key)."""
    from app.core.cursor.status import PUBLIC_SETTINGS

    settings = status.settings.to_json()
    applicable = apply_possible(status.target)
    return {
        "found": status.install.found,
        "version": status.install.version,
        "running": status.install.running,
        "data_dir": str(status.install.data_dir) if status.install.has_data else None,
        "settings": {name: settings[name] for name in PUBLIC_SETTINGS},
        "findings": [
            {
                "id": f.id,
                "status": str(f.status),
                "message": f.message,
                "fix": for_the_command_line(f.fix, apply_possible=applicable),
            }
            for f in status.findings
        ],
        **_monitoring(layers),
    }


def _status(args: argparse.Namespace) -> int:
    from app.core.cursor import status_of

    layers, target = _target(args)
    install = _find(args)
    status = status_of(install, target)
    missing = _not_found(install)
    if args.json:
        out_json(status_json(status, layers))
    else:
        for line in status_lines(status):
            out(line)
    if missing is not None:
        err(f"{PROG}: error: {render(missing)}")
        return EXIT_INPUT
    return EXIT_OK if status.ok else EXIT_FAILED


# --- apply and restore --------------------------------------------------------------------------------


def _require_cursor(args: argparse.Namespace) -> CursorInstall:
    install = _find(args)
    missing = _not_found(install)
    if missing is not None:
        raise InputError(render(missing))
    return install


def _refusal(problem: Problem, action: str) -> int:
    """One line for a change that was refused or failed; the exit code it means."""
    from app.core.model import ProblemCode

    if problem.code is ProblemCode.CURSOR_RUNNING:
        err(f"{PROG}: error: {problem.message} Quit Cursor, then {action} again (`{PROG} cursor {action}`).")
        return EXIT_FAILED
    err(f"{PROG}: error: {for_the_command_line(render(problem))}")
    return EXIT_INPUT if problem.code is ProblemCode.INVALID_INPUT else EXIT_FAILED


def _running(install: CursorInstall) -> Problem | None:
    """Asked again just before a change: Cursor may have started or quit since it was found."""
    from app.core.cursor import running_now
    from app.core.cursor.problems import cursor_still_running

    scan = running_now(install)
    return cursor_still_running(scan.running, scan.describe(), scan.detail)


def _apply(args: argparse.Namespace) -> int:
    from dataclasses import replace

    from app.core.config import parse_timeout
    from app.core.cursor import Outcome, apply_to_cursor

    layers, target, time_limit = _target_and_time_limit(args)
    timeout_s = parse_timeout(time_limit)  # a bad --timeout is bad input before anything else
    install = _require_cursor(args)
    plan = apply_to_cursor(install, target, dry_run=True)
    if not args.json:
        for line in apply_lines(plan):
            out(line)
    result, verified = plan, None
    if plan.outcome is Outcome.DRY_RUN and not args.dry_run:
        refused = _running(install)
        if refused is None and not _confirm(args, "Apply these changes to Cursor?"):
            err("Nothing was changed.")
            return EXIT_FAILED
        if refused is None and not args.skip_verify:
            refused = _verify(args, target, timeout_s)
            verified = refused is None
        if refused is not None:
            result = replace(plan, outcome=Outcome.REFUSED, message=refused.message, problem=refused)
        else:
            result = apply_to_cursor(install, target)
            if not args.json and result.problem is None:
                said = replace(result, notes=tuple(n for n in result.notes if n not in plan.notes))
                for line in apply_lines(said):  # the notes of the preview are not said twice
                    out(line)
                if args.skip_verify:
                    out("Note: the values were not checked with Cursor's Verify request (--skip-verify).")
    if args.json:
        out_json(
            {**result.to_json(), "verified": verified, "target": target.to_json(), **_monitoring(layers)}
        )
    if result.problem is not None:
        return _refusal(result.problem, "apply")
    return EXIT_OK


def _verify(args: argparse.Namespace, target: Target, timeout_s: float) -> Problem | None:
    """Cursor's Verify request with these values and the user's key (cleaned as ``verify`` cleans
    it: "Bearer ", quotes and spaces around it removed, with a note), before anything is written."""
    from app.core.config import build_settings
    from app.core.cursor.problems import not_verified
    from app.core.cursor.proof import verify_like_cursor

    if not args.json:
        err(f"Sending Cursor's Verify request to {target.base_url} for {target.deployment} ...")
    try:
        key = key_from_anywhere(args.key_stdin, "cursor apply")
    except InputError as exc:
        raise InputError(
            f"{exc.problem.message}; apply sends Cursor's Verify request with your key before writing "
            "(--skip-verify writes without it)"
        ) from None
    settings, notices = build_settings(
        key.reveal(), target.base_url, target.deployment, target.alias, timeout_s
    )
    print_notices(notices)
    problem = verify_like_cursor(target, settings.api_key, timeout_s=settings.timeout_s)
    return None if problem is None else not_verified(problem)


def _restore(args: argparse.Namespace) -> int:
    from app.core.cursor.apply import backup_to_restore, list_backups, restore_backup
    from app.core.cursor.problems import no_backup

    install = _find(args)
    if not install.found:  # a missing settings database is what a backup can bring back
        raise InputError(render(_not_found(install) or no_backup()))
    if args.list:
        return _list_backups(args, install)
    chosen = backup_to_restore(install, args.backup_id)
    if chosen is None:
        where = f"{args.backup_id} is not" if args.backup_id else "none is"
        return _refusal(no_backup(f"{where} in {install.state_db.parent}"), "restore")
    if not args.json:
        out(f"Backup to bring back: taken {chosen.created:%Y-%m-%d %H:%M:%S} UTC, in {chosen.folder}")
    running = _running(install)
    if running is not None:
        return _refusal(running, "restore")
    if not _confirm(args, "Bring Cursor's settings back from this backup?"):
        err("Nothing was changed.")
        return EXIT_FAILED
    result = restore_backup(install, chosen.id)
    if args.json:
        out_json(result.to_json())
    if result.problem is not None:
        return _refusal(result.problem, "restore")
    if not args.json:
        for line in restore_lines(result):
            out(line)
        older = [b for b in list_backups(install) if b.created < chosen.created]
        if older:
            out(
                f"{len(older)} older backup{'s are' if len(older) != 1 else ' is'} kept: "
                f"`{PROG} cursor restore --list` shows them, `--from ID` brings one back."
            )
    return EXIT_OK


def _list_backups(args: argparse.Namespace, install: CursorInstall) -> int:
    """``cursor restore --list``: every backup kept beside Cursor's database, newest first."""
    from app.core.cursor.apply import list_backups

    found = list_backups(install)
    if args.json:
        out_json({"backups": [b.to_json() for b in found], "folder": str(install.state_db.parent)})
        return EXIT_OK
    if not found:
        out(f"No backups in {install.state_db.parent}.")
        return EXIT_OK
    out("Backups of Cursor's settings, newest first (bring one back with --from ID):")
    for b in found:
        taken = "taken before an apply" if b.reason == "apply" else "your settings before a restore"
        out(f"  {b.id}  {b.created:%Y-%m-%d %H:%M:%S} UTC  {taken}")
    return EXIT_OK


# --- traffic ------------------------------------------------------------------------------------------


def _traffic(args: argparse.Namespace) -> int:
    from app.core.config import build_settings
    from app.core.cursor.account import parse_period
    from app.core.cursor.check import check_traffic
    from app.core.cursor.traffic import Verdict

    period, _length = parse_period(args.since)  # bad input before anything else
    # The key next, so it is a known secret before any message can echo a mistyped field.
    key = key_from_anywhere(args.key_stdin, "cursor traffic")
    layers, target, time_limit = _target_and_time_limit(args)
    settings, notices = build_settings(
        key.reveal(), target.base_url, target.deployment, target.alias, time_limit
    )
    print_notices(notices)
    install = _require_cursor(args)
    if not args.json:
        period_words = args.since.strip()
        err(f"Reading the request log of {settings.base_url} for {settings.deployment} ({period_words}) ...")
    verdict = check_traffic(settings, args.since, install)
    if args.json:
        out_json(
            {
                **verdict.to_json(),
                "fix": for_the_command_line(verdict.fix),
                "since": args.since.strip(),
                "period": period,
                "target": target.to_json(),
                **_monitoring(layers),
            }
        )
    else:
        for line in traffic_lines(verdict, settings.deployment):
            out(line)
    return EXIT_OK if verdict.verdict is Verdict.ARRIVED_OK else EXIT_FAILED
