"""``models``: the chat models of the catalog (live, else the copy saved last time)."""

from __future__ import annotations

import argparse
from dataclasses import replace
from typing import TYPE_CHECKING

from app.cli.common import EXIT_OK, Failure, err, out, out_json, print_notices, resolve_values

if TYPE_CHECKING:
    from app.cli.common import SubParsers
    from app.core.catalog_format import ModelInfo


def add_parser(sub: SubParsers, parents: list[argparse.ArgumentParser]) -> None:
    m = sub.add_parser(
        "models",
        parents=parents,
        help="list the chat models of the catalog",
        description="List the service's chat models: id, context length, whether each streams its "
        "answers and calls tools (yes, no, or ? when the catalog does not say), name and other names. "
        "Offline, or when the live list is empty or unreadable, the list saved last time, saying why.",
        epilog="Exit codes: 0 a list was shown; 1 no list could be had; 2 bad input.",
    )
    m.add_argument("--base-url", metavar="URL", help="default: saved, the preset's, https://api.aimlapi.com")
    m.add_argument("--json", action="store_true", help="print JSON")


def run(args: argparse.Namespace) -> int:
    from app.cli.keys import know_the_saved_key
    from app.core.catalog import load_catalog
    from app.core.config import normalise_base_url
    from app.core.errors import ServiceError
    from app.core.preset_service import FieldValues

    # The same address as verify and the window use: given, saved, the preset's, the default.
    layers, resolved = resolve_values(args, FieldValues(base_url=args.base_url))
    base_url, _dep, notices = normalise_base_url(resolved.values.base_url or "")
    print_notices(notices)
    know_the_saved_key()
    try:
        result = load_catalog(base_url)
    except ServiceError as exc:
        message = f"could not load the model catalog: {exc.problem.message}"
        raise Failure(replace(exc.problem, message=message)) from None
    models = result.models
    if resolved.allowed is not None:
        models = [m for m in models if m.id in resolved.allowed]
        preset = layers.in_effect()
        where = f" {preset.describe()}" if preset is not None else ""
        err(f"note: showing only the models{where} allows.")
    if result.source == "cache":
        why = result.problem.message if result.problem else "The service could not be reached."
        err(f"note: {why} Showing the list saved {_when(result.saved_at)}.")
    rows = [_row(m) for m in models]
    if args.json:
        problem = result.problem
        shown = (
            {"code": str(problem.code), "message": problem.message, "fix": problem.fix} if problem else None
        )
        body = {"source": result.source, "base_url": base_url, "problem": shown, "models": rows}
        out_json(body)
        return EXIT_OK
    width = max((len(m.id) for m in models), default=10)
    out(f"{'MODEL':<{width}}  {'CONTEXT':>9}  STREAMS  TOOLS  NAME")
    for m in models:
        ctx = f"{m.context_length:,}" if m.context_length else ""
        also = f"  (also {', '.join(m.aliases)})" if m.aliases else ""
        out(f"{m.id:<{width}}  {ctx:>9}  {_can(m.streaming):<7}  {_can(m.tools):<5}  {m.name}{also}")
    err(f"{len(rows)} chat models ({result.source}).")
    return EXIT_OK


def _can(flag: bool | None) -> str:
    return "?" if flag is None else "yes" if flag else "no"


def _row(m: ModelInfo) -> dict[str, object]:
    return {
        "id": m.id,
        "aliases": list(m.aliases),
        "name": m.name,
        "developer": m.developer,
        "context_length": m.context_length,
        "streaming": m.streaming,
        "tools": m.tools,
    }


def _when(saved_at: float | None) -> str:
    if saved_at is None:
        return "last time"
    from datetime import datetime

    return "on " + datetime.fromtimestamp(saved_at).strftime("%Y-%m-%d at %H:%M")
