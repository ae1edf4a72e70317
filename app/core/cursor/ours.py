"""The custom models this tool added to Cursor, so a later Apply with another alias switches the
earlier ones off instead of leaving them all on (Cursor sends every custom model to the one Azure
deployment, so each one left on is another name for it).

Kept as ``added-models.json`` in the backups folder beside Cursor's database (a folder of ours),
owner-only, written atomically. Only names this tool put into Cursor's list are recorded: a
model the user added by hand is never switched off here.
"""

from __future__ import annotations

import json
import logging
import os
from pathlib import Path

log = logging.getLogger(__name__)

ADDED_FILE = "added-models.json"
_MAX_NAMES = 50
_MAX_BYTES = 64 * 1024


def added_models(folder: Path) -> tuple[str, ...]:
    """The aliases recorded in ``folder`` (the backups folder), oldest first. Never raises."""
    try:
        with (folder / ADDED_FILE).open("rb") as handle:
            data = json.loads(handle.read(_MAX_BYTES + 1)[:_MAX_BYTES])
    except (OSError, ValueError):
        return ()
    names = data.get("added") if isinstance(data, dict) else None
    if not isinstance(names, list):
        return ()
    return tuple(dict.fromkeys(n for n in names if isinstance(n, str) and n.strip()))


def remember_added(folder: Path, name: str) -> None:
    """Record ``name`` as added by this tool. A failure is logged, never raised: the change in
    Cursor is done either way, only the next Apply's tidying would miss it."""
    earlier = [n for n in added_models(folder) if n != name]
    names = [*earlier[-(_MAX_NAMES - 1) :], name]
    temp = folder / f".{ADDED_FILE}.{os.getpid()}"
    try:
        fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            json.dump({"added": names}, out, indent=1)
        os.replace(temp, folder / ADDED_FILE)
    except OSError as exc:
        log.warning("could not record the custom model this tool added: %s", exc.strerror or exc)
        temp.unlink(missing_ok=True)
