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

import errno
import hashlib
import json
import logging
import os
import re
import shutil
import stat
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from app import APP_ID
from app.core.cursor import problems
from app.core.cursor.statedb import WAL_SUFFIXES
from app.core.model import Problem
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
# A backup being made: hidden, named after its time and the process making it.
PARTIAL_PREFIX = ".partial-"
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


def _open_regular(source: Path) -> int:
    """A descriptor for reading ``source``, only when it is a regular file. Opened without waiting
    (a named pipe would wait for a writer forever), then checked. Raises OSError."""
    fd = os.open(source, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise NotRegularFile(source)
        if hasattr(os, "set_blocking"):
            os.set_blocking(fd, True)
    except BaseException:
        os.close(fd)
        raise
    return fd


class NotRegularFile(OSError):
    """A named pipe, a device or a folder where one of Cursor's database files belongs."""

    def __init__(self, path: Path) -> None:
        super().__init__(f"{path.name} is not a regular file")
        self.path = path


def _copy(source: Path, target: Path) -> str:
    """Copy ``source`` (a regular file only) to a new owner-only file ``target``; -> the SHA-256
    of what was written."""
    digest = hashlib.sha256()
    src_fd = _open_regular(source)
    with os.fdopen(src_fd, "rb") as src:
        fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
        with os.fdopen(fd, "wb") as out:
            while chunk := src.read(_CHUNK):
                digest.update(chunk)
                out.write(chunk)
            out.flush()
            os.fsync(out.fileno())
    return digest.hexdigest()


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with os.fdopen(_open_regular(path), "rb") as src:
        while chunk := src.read(_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def make_backup(db_path: Path, reason: str, root: Path | None = None, keep: int = KEEP_BACKUPS) -> Backup:
    """Copy ``db_path`` (+ -wal, -shm) into a new backup folder, verify the copies, prune old
    ones. ``root``: the folder holding this database's backups (default: ``backups_folder``).

    The copy is made in a hidden folder of its own and renamed into place once whole, so a backup
    interrupted in any way (an error, Ctrl+C, the process killed) is never taken for a real one;
    what it left is removed at once, or by the next run (``sweep_incomplete``).
    Raises ``CursorError`` (write failed) when the backup cannot be made whole."""
    real = real_path(db_path)
    group = _group(db_path, root)
    created = datetime.now(UTC)
    stamp = created.strftime("%Y%m%dT%H%M%S%fZ")
    partial: Path | None = None
    try:
        _private_group(group)
        sweep_incomplete(group)
        partial = group / f"{PARTIAL_PREFIX}{stamp}-{os.getpid()}"
        _private_dir(partial)
        files = []
        for name in [real.name] + [real.name + s for s in WAL_SUFFIXES]:
            source = real.with_name(name)
            if name != real.name and not os.path.lexists(source):
                continue
            digest = _copy(source, partial / name)
            if _sha256(partial / name) != digest:
                raise OSError(f"the copy of {name} does not match")
            files.append((name, digest))
        meta = {
            "source": str(db_path.resolve()),
            "created": created.isoformat(),
            "reason": reason,
            "files": [{"name": name, "sha256": digest} for name, digest in files],
        }
        fd = os.open(partial / META_FILE, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            json.dump(meta, out, indent=1)
        folder, n = group / stamp, 1
        while folder.exists():
            folder, n = group / f"{stamp}-{n}", n + 1
        os.rename(partial, folder)
        partial = None
    except OSError as exc:
        raise problems.CursorError(_backup_failed(group, real, exc)) from None
    finally:
        if partial is not None:  # any failure, Ctrl+C included: no half copy of Cursor's database
            shutil.rmtree(partial, ignore_errors=True)
            _remove_if_empty(group)
    backup = Backup(folder.name, folder, created, db_path.resolve(), reason, tuple(files))
    prune(db_path, root, keep)
    return backup


def _backup_failed(group: Path, db_path: Path, exc: OSError) -> Problem:
    message = Text("Could not make a backup of Cursor's settings, so nothing was changed.")
    detail = f"backup into {group}: {exc.strerror or exc}"
    if isinstance(exc, NotRegularFile):
        return problems.write_failed(
            Text(
                "Could not make a backup of Cursor's settings, so nothing was changed: {name} beside them "
                "is not a file (a named pipe or a device).",
                name=exc.path.name,
            ),
            detail,
            Text(
                "Quit Cursor, move {path} away, open Cursor once and quit it, then try again.",
                path=str(exc.path),
            ),
        )
    if group.exists() and not group.is_dir():
        fix = Text(
            "{folder} is taken by something that is not a folder; move it away, then try again.",
            folder=str(group),
        )
    elif exc.errno in (errno.ENOSPC, errno.EDQUOT):
        fix = Text("Make sure there is free disk space in {folder}, then try again.", folder=str(group))
    elif exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        fix = Text(
            "Make sure you may write in {folder} (Cursor's own folder), then try again.",
            folder=str(group.parent),
        )
    else:
        fix = Text("Check that {folder} can be written to, then try again.", folder=str(group))
    return problems.write_failed(message, detail, fix)


def _private_group(group: Path) -> None:
    if os.path.lexists(group) and not group.is_dir():
        raise NotADirectoryError(errno.ENOTDIR, "taken by something that is not a folder", str(group))
    _private_dir(group)


def _remove_if_empty(folder: Path) -> None:
    try:
        folder.rmdir()
    except OSError:
        pass  # not empty (other backups, files of others) or already gone


def _pid_alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    if os.name == "nt":
        return True  # never probed there (os.kill ends the process); the age decides instead
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # there, but another user's
    return True


_STAMP = re.compile(r"^\d{8}T\d{12}Z(-\d+)?$")
_PARTIAL = re.compile(r"^" + re.escape(PARTIAL_PREFIX) + r"\d{8}T\d{12}Z-(\d+)$")
# A partial backup on a system where its process cannot be asked about is left alone this long.
_PARTIAL_MAX_AGE_S = 3600.0


def sweep_incomplete(group: Path) -> int:
    """Remove what interrupted backups left in ``group``: hidden partial folders whose process has
    ended, and time-named folders without ``backup.json`` that hold nothing but copies of Cursor's
    database files (earlier versions copied in place). -> how many were removed. Never raises."""
    removed = 0
    try:
        entries = list(group.iterdir())
    except OSError:
        return 0
    for entry in entries:
        try:
            if entry.is_symlink() or not entry.is_dir():
                continue
            partial = _PARTIAL.match(entry.name)
            if partial is not None:
                age = datetime.now(UTC).timestamp() - entry.stat().st_mtime
                if _pid_alive(int(partial.group(1))) and not (os.name == "nt" and age > _PARTIAL_MAX_AGE_S):
                    continue
            elif not _STAMP.match(entry.name) or (entry / META_FILE).exists():
                continue
            elif not all(_is_database_copy(child.name) for child in entry.iterdir()):
                continue  # something else is in there: not ours to delete
            shutil.rmtree(entry)
            removed += 1
        except OSError as exc:
            log.warning("could not remove an interrupted backup %s: %s", entry, exc.strerror or exc)
    if removed:
        log.info("removed %d interrupted backups of Cursor's settings in %s", removed, group)
    return removed


def _is_database_copy(name: str) -> bool:
    return name == META_FILE or any(name == f"state.vscdb{s}" for s in ("", *WAL_SUFFIXES))


def real_path(db_path: Path) -> Path:
    """The database file itself when ``db_path`` is a link to it: SQLite keeps the -wal and -shm
    beside the file the link points to, and that file is what must be copied and put back."""
    try:
        return db_path.resolve() if db_path.is_symlink() else db_path
    except (OSError, RuntimeError):
        return db_path


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
    sweep_incomplete(group)
    try:
        folders = [p for p in group.iterdir() if p.is_dir() and not p.name.startswith(".")]
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
    """Delete a backup that turned out not to be needed (only a folder of ours), and the backups
    folder with it when nothing else is left there."""
    if _load(backup.folder) is not None:
        shutil.rmtree(backup.folder, ignore_errors=True)
        _remove_if_empty(backup.folder.parent)


def verify_backup(backup: Backup) -> bool:
    """Every file is there and matches the SHA-256 written when the backup was made."""
    try:
        return all(_sha256(backup.folder / name) == digest for name, digest in backup.files)
    except OSError:
        return False


def holds_same(backup: Backup, db_path: Path) -> bool:
    """``db_path`` and its -wal/-shm are byte for byte the backup's files (none more, none fewer)."""
    real = real_path(db_path)
    current = [real.with_name(real.name + s) for s in ("", *WAL_SUFFIXES)]
    if {p.name for p in current if p.exists()} != {_as(real, name) for name, _ in backup.files}:
        return False
    try:
        return all(_sha256(real.with_name(_as(real, name))) == digest for name, digest in backup.files)
    except OSError:
        return False


def _as(real: Path, name: str) -> str:
    """A backed-up file's name for the database ``real`` (a backup taken through a link holds the
    names of the file it points to)."""
    for suffix in WAL_SUFFIXES:
        if name.endswith(suffix):
            return real.name + suffix
    return real.name


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
    sure Cursor is closed and has backed up the current files. Through a link, the file it points
    to is written and the link stays. Raises OSError."""
    real = real_path(db_path)
    main = next(name for name, _ in backup.files if _as(real, name) == real.name)
    # A -wal left beside the restored file would be replayed over it: remove the current ones
    # first (they are in the caller's backup), then bring back the backup's own.
    for suffix in WAL_SUFFIXES:
        real.with_name(real.name + suffix).unlink(missing_ok=True)
    _put_back(backup.folder / main, real)
    for name, _ in backup.files:
        if name != main:
            _put_back(backup.folder / name, real.with_name(_as(real, name)))
