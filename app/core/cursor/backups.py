"""Backups of Cursor's state database, taken before this tool writes anything of Cursor's.

Where: beside the database, in Cursor's own folder:
``<Cursor's User folder>/globalStorage/cursor-azure-setup-backups/<UTC time>/``, one sub-folder per
backup holding byte-exact copies of ``state.vscdb`` and, when they exist, its ``-wal`` and ``-shm``
files, plus ``backup.json`` (where they came from, when, why, and each file's SHA-256).

A backup is Cursor's whole database, so it holds whatever Cursor keeps there, its own copy of the
key included. That is why it stays in the folder where Cursor already keeps that copy: no file of
ours, in any folder of ours, ever holds the key. Folders are owner-only (0700) and files 0600, only
the last ``KEEP_BACKUPS`` are kept, and nothing here ever reads a value out of them.

Earlier versions kept backups in our own data folder (``LEGACY_BACKUPS_DIR_NAME`` there); the first
time a database's backups are listed or made, those are moved beside it and the old folder is
removed, so the copies of the key they hold leave our folder.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import shutil
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from app import APP_ID
from app.core.cursor import problems
from app.core.cursor.statedb import WAL_SUFFIXES
from app.core.text import Text

log = logging.getLogger(__name__)

KEEP_BACKUPS = 10
# Beside Cursor's database, in its globalStorage folder.
BACKUPS_DIR_NAME = f"{APP_ID}-backups"
# Where earlier versions kept them: our own data folder (one sub-folder per database).
LEGACY_BACKUPS_DIR_NAME = "cursor-backups"
META_FILE = "backup.json"
REASON_APPLY = "apply"  # taken before Apply changed the settings
REASON_RESTORE = "restore"  # taken before Restore put an older copy back
_CHUNK = 1024 * 1024


@dataclass(frozen=True)
class Backup:
    id: str
    folder: Path
    created: datetime
    source: Path  # the state.vscdb it was taken from
    reason: str  # REASON_APPLY or REASON_RESTORE
    files: tuple[tuple[str, str], ...]  # (file name, sha256)

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "folder": str(self.folder),
            "created": self.created.isoformat(),
            "source": str(self.source),
            "reason": self.reason,
            "files": [name for name, _ in self.files],
        }


def backups_folder(db_path: Path) -> Path:
    """Where the backups of ``db_path`` live: a folder of ours beside it, in Cursor's own folder."""
    return db_path.parent / BACKUPS_DIR_NAME


def legacy_backups_root() -> Path:
    """Our own data folder's backups, where earlier versions kept them."""
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_ID)) / LEGACY_BACKUPS_DIR_NAME


def _legacy_folder(root: Path, db_path: Path) -> Path:
    digest = hashlib.sha256(str(db_path.resolve()).encode("utf-8", "surrogatepass")).hexdigest()
    return root / digest[:16]


def _private_dir(path: Path) -> None:
    path.mkdir(mode=0o700, parents=True, exist_ok=True)
    try:
        os.chmod(path, 0o700)  # mkdir's mode is filtered by the umask, and parents get none
    except OSError:
        pass  # Windows: the user's profile folder is private already


def _copy(source: Path, target: Path) -> str:
    """Copy ``source`` to a new owner-only file ``target``; -> the SHA-256 of what was written."""
    digest = hashlib.sha256()
    fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
    with os.fdopen(fd, "wb") as out, source.open("rb") as src:
        while chunk := src.read(_CHUNK):
            digest.update(chunk)
            out.write(chunk)
        out.flush()
        os.fsync(out.fileno())
    return digest.hexdigest()


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as src:
        while chunk := src.read(_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def make_backup(db_path: Path, reason: str, root: Path | None = None, keep: int = KEEP_BACKUPS) -> Backup:
    """Copy ``db_path`` (+ -wal, -shm) into a new backup folder, verify the copies, prune old
    ones. ``root``: the folder holding this database's backups (default: ``backups_folder``).
    Raises ``CursorError`` (write failed) when the backup cannot be made whole."""
    group = _group(db_path, root)
    created = datetime.now(UTC)
    stamp = created.strftime("%Y%m%dT%H%M%S%fZ")
    try:
        _private_dir(group)
        folder, n = group / stamp, 1
        while folder.exists():
            folder, n = group / f"{stamp}-{n}", n + 1
        _private_dir(folder)
        names = [db_path.name] + [db_path.name + s for s in WAL_SUFFIXES]
        files = []
        for name in names:
            source = db_path.with_name(name)
            if name != db_path.name and not source.exists():
                continue
            digest = _copy(source, folder / name)
            if _sha256(folder / name) != digest:
                raise OSError(f"the copy of {name} does not match")
            files.append((name, digest))
        meta = {
            "source": str(db_path.resolve()),
            "created": created.isoformat(),
            "reason": reason,
            "files": [{"name": name, "sha256": digest} for name, digest in files],
        }
        fd = os.open(folder / META_FILE, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            json.dump(meta, out, indent=1)
    except OSError as exc:
        raise problems.CursorError(
            problems.write_failed(
                Text("Could not make a backup of Cursor's settings, so nothing was changed."),
                f"backup into {group}: {exc.strerror or exc}",
                Text("Make sure there is free disk space in {folder}, then try again.", folder=str(group)),
            )
        ) from None
    backup = Backup(folder.name, folder, created, db_path.resolve(), reason, tuple(files))
    prune(db_path, root, keep)
    return backup


def _group(db_path: Path, root: Path | None) -> Path:
    """The folder of this database's backups; the default one takes in the legacy backups first."""
    if root is not None:
        return root
    adopt_legacy_backups(db_path)
    return backups_folder(db_path)


def _load(folder: Path) -> Backup | None:
    try:
        meta = json.loads((folder / META_FILE).read_text(encoding="utf-8"))
        files = tuple((str(f["name"]), str(f["sha256"])) for f in meta["files"])
        created = datetime.fromisoformat(str(meta["created"]))
        return Backup(folder.name, folder, created, Path(meta["source"]), str(meta["reason"]), files)
    except (OSError, ValueError, KeyError, TypeError):
        return None  # not one of ours, or damaged: never listed, never deleted


def list_backups(db_path: Path, root: Path | None = None) -> list[Backup]:
    """The backups of this database, newest first."""
    group = _group(db_path, root)
    try:
        folders = [p for p in group.iterdir() if p.is_dir()]
    except OSError:
        return []
    found = [b for b in map(_load, folders) if b is not None]
    return sorted(found, key=lambda b: (b.created, b.id), reverse=True)


def prune(db_path: Path, root: Path | None = None, keep: int = KEEP_BACKUPS) -> None:
    """Delete all but the newest ``keep`` backups of this database (only folders of ours). The
    newest backup taken before an Apply always stays: it is the one Restore brings back."""
    backups = list_backups(db_path, root)
    last_apply = next((b for b in backups if b.reason == REASON_APPLY), None)
    for old in backups[keep:]:
        if old != last_apply:
            shutil.rmtree(old.folder, ignore_errors=True)


def adopt_legacy_backups(db_path: Path, legacy_root: Path | None = None) -> int:
    """Move this database's backups out of our own data folder (where earlier versions kept them)
    to ``backups_folder(db_path)``, owner-only, and remove the emptied folders. Only folders of
    ours are moved; anything else stays. -> how many were moved. Never raises."""
    root = legacy_root or legacy_backups_root()
    old_group = _legacy_folder(root, db_path)
    if not old_group.is_dir():
        return 0
    target = backups_folder(db_path)
    moved = 0
    try:
        folders = sorted(p for p in old_group.iterdir() if p.is_dir())
    except OSError:
        return 0
    for old in folders:
        backup = _load(old)
        if backup is None or not _same_path(backup.source, db_path):
            continue
        try:
            _private_dir(target)
            new, n = target / old.name, 1
            while new.exists():
                new, n = target / f"{old.name}-{n}", n + 1
            shutil.move(str(old), str(new))
            _make_private(new)
            moved += 1
        except OSError as exc:
            log.warning("could not move the backup %s beside Cursor's database: %s", old, exc.strerror or exc)
    for folder in (old_group, root):
        try:
            folder.rmdir()  # only when empty: anything else in there is not ours to delete
        except OSError:
            break
    if moved:
        log.info("moved %d backups of Cursor's settings to %s", moved, target)
    return moved


def _same_path(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve()
    except OSError:
        return False


def _make_private(folder: Path) -> None:
    """Owner-only again after a move across file systems (copies keep modes, but be sure)."""
    _private_dir(folder)
    for child in folder.iterdir():
        try:
            os.chmod(child, 0o600)
        except OSError:
            pass  # Windows: the user's profile folder is private already


def discard(backup: Backup) -> None:
    """Delete a backup that turned out not to be needed (only a folder of ours)."""
    if _load(backup.folder) is not None:
        shutil.rmtree(backup.folder, ignore_errors=True)


def verify_backup(backup: Backup) -> bool:
    """Every file is there and matches the SHA-256 written when the backup was made."""
    try:
        return all(_sha256(backup.folder / name) == digest for name, digest in backup.files)
    except OSError:
        return False


def holds_same(backup: Backup, db_path: Path) -> bool:
    """``db_path`` and its -wal/-shm are byte for byte the backup's files (none more, none fewer)."""
    current = [db_path.with_name(db_path.name + s) for s in ("", *WAL_SUFFIXES)]
    if {p.name for p in current if p.exists()} != {name for name, _ in backup.files}:
        return False
    try:
        return all(_sha256(db_path.with_name(name)) == digest for name, digest in backup.files)
    except OSError:
        return False


def _put_back(source: Path, target: Path) -> None:
    """Replace ``target`` with a copy of ``source`` in one rename, so it is never half written."""
    temp = target.with_name(f".{target.name}.{APP_ID}-restore")
    temp.unlink(missing_ok=True)
    _copy(source, temp)
    if target.exists():
        shutil.copymode(target, temp)
    os.replace(temp, target)


def put_back(backup: Backup, db_path: Path) -> None:
    """Make ``db_path`` (+ -wal, -shm) byte for byte what ``backup`` holds. The caller has made
    sure Cursor is closed and has backed up the current files. Raises OSError."""
    names = {name for name, _ in backup.files}
    # A -wal left beside the restored file would be replayed over it: remove the current ones
    # first (they are in the caller's backup), then bring back the backup's own.
    for suffix in WAL_SUFFIXES:
        db_path.with_name(db_path.name + suffix).unlink(missing_ok=True)
    _put_back(backup.folder / db_path.name, db_path)
    for suffix in WAL_SUFFIXES:
        name = db_path.name + suffix
        if name in names:
            _put_back(backup.folder / name, db_path.with_name(name))
