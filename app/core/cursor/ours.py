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
import stat
from dataclasses import dataclass
from pathlib import Path

log = logging.getLogger(__name__)

ADDED_FILE = "added-models.json"
_MAX_NAMES = 50
_MAX_BYTES = 64 * 1024


@dataclass(frozen=True)
class AddedModels:
    names: tuple[str, ...] = ()  # oldest first
    readable: bool = True  # False: a list is there but could not be read (earlier names unknown)


def added_models(folder: Path) -> AddedModels:
    """The aliases recorded in ``folder`` (the backups folder). Never raises, never waits: only a
    regular file is read (a pipe or device by that name counts as unreadable)."""
    path = folder / ADDED_FILE
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_NOFOLLOW", 0))
    except FileNotFoundError:
        return AddedModels()
    except OSError:
        return AddedModels(readable=False)
    try:
        with os.fdopen(fd, "rb") as handle:
            if not stat.S_ISREG(os.fstat(handle.fileno()).st_mode):
                return AddedModels(readable=False)
            raw = handle.read(_MAX_BYTES + 1)
        data = json.loads(raw) if len(raw) <= _MAX_BYTES else None
    except (OSError, ValueError, RecursionError):
        return AddedModels(readable=False)
    names = data.get("added") if isinstance(data, dict) else None
    if not isinstance(names, list):
        return AddedModels(readable=False)
    return AddedModels(tuple(dict.fromkeys(n for n in names if isinstance(n, str) and n.strip())))


def remember_added(folder: Path, name: str) -> bool:
    """Record ``name`` as added by this tool; False when it could not be (logged, never raised:
    the change in Cursor is done either way, only the next Apply's tidying would miss it)."""
    earlier = [n for n in added_models(folder).names if n != name]
    names = [*earlier[-(_MAX_NAMES - 1) :], name]
    temp = folder / f".{ADDED_FILE}.{os.getpid()}"
    try:
        fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            json.dump({"added": names}, out, indent=1)
        os.replace(temp, folder / ADDED_FILE)
    except OSError as exc:
        log.warning("could not record the custom model this tool added: %s", exc.strerror or exc)
        try:
            temp.unlink(missing_ok=True)
        except OSError:
            pass
        return False
    return True
