"""Files this app writes: atomically, and only where a file belongs.

* ``write_atomic``: a temporary file in the same folder, flushed and synced, then renamed over the
  target, so readers see the old file or the new one, never a mix. Temporary files that an
  interrupted write left behind (the process was killed between the two steps) are removed the next
  time the same file is written: those of a writer that is no longer running, or older than ten
  minutes.
* Only over a regular file: a target that is a device, a pipe, a socket or a folder, or a link to
  one of those, is never replaced (as root, renaming a file over ``/dev/null`` breaks the machine);
  a link to a regular file is written through, to the file it points to. ``UnsuitableTarget`` (an
  ``OSError``) says what the target is.
* ``aside_name``: where a file we cannot use is kept instead of being overwritten.
* ``describe`` says in words what a path is when it is not a regular file, for messages about
  reports, exports and presets.
"""

from __future__ import annotations

import errno
import os
import stat
import tempfile
import time
from pathlib import Path

from app.core.text import Text

__all__ = [
    "UnsuitableTarget",
    "aside_name",
    "describe",
    "make_folder",
    "output_target",
    "read_regular_file",
    "write_atomic",
    "write_json_file",
    "write_text_file",
]

# A write takes milliseconds; a temp file this old was left by a writer that will not come back.
STALE_TEMP_S = 600.0


class UnsuitableTarget(OSError):
    """A path that is not a regular file (nor a new name) where a file was to be written."""

    def __init__(self, path: Path, what: str) -> None:
        super().__init__(errno.EINVAL, Text("{what}, not a regular file", what=what), str(path))
        self.path = path
        self.what = what


def _kind(mode: int) -> str:
    if stat.S_ISDIR(mode):
        return Text("a folder")
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return Text("a device")
    if stat.S_ISFIFO(mode):
        return Text("a pipe (FIFO)")
    if stat.S_ISSOCK(mode):
        return Text("a socket")
    return Text("not a regular file")


def read_regular_file(path: Path, limit: int) -> bytes:
    """Up to ``limit`` bytes of the regular file at ``path`` (a link to one is followed). Anything
    else raises ``UnsuitableTarget`` at once, without waiting: opening a pipe (FIFO) for reading
    would wait for a writer forever, so it is opened without blocking and looked at first."""
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    try:
        mode = os.fstat(fd).st_mode
        if not stat.S_ISREG(mode):
            raise UnsuitableTarget(path, _kind(mode))
        chunks: list[bytes] = []
        left = limit
        while left > 0 and (chunk := os.read(fd, min(left, 1 << 20))):
            chunks.append(chunk)
            left -= len(chunk)
        return b"".join(chunks)
    finally:
        os.close(fd)


def describe(path: Path) -> str | None:
    """What ``path`` is when a file cannot simply be read or written there ("a device", "a link to
    a pipe (FIFO)", "a link to something that does not exist"); None for a regular file (or a link
    to one) and for a path where nothing is yet."""
    try:
        mode = path.lstat().st_mode
    except FileNotFoundError:
        return None
    except OSError:
        return None  # unreadable: opening it will say why
    if stat.S_ISREG(mode):
        return None
    if not stat.S_ISLNK(mode):
        return _kind(mode)
    try:
        target_mode = path.stat().st_mode
    except FileNotFoundError:
        return Text("a link to something that does not exist")
    except OSError:
        return Text("a link that cannot be followed")
    return None if stat.S_ISREG(target_mode) else Text("a link to {what}", what=_kind(target_mode))


def output_target(path: Path | str) -> Path:
    """Where a report or an export for ``path`` goes: the path itself when it is new or a regular
    file, the file a link points to when it is a link to a regular file. Raises ``UnsuitableTarget``
    for anything else, and ``FileNotFoundError`` when its folder does not exist."""
    path = Path(path).expanduser()
    what = describe(path)
    if what is not None:
        raise UnsuitableTarget(path, what)
    target = path.resolve() if path.is_symlink() else path
    if not target.parent.is_dir():
        raise FileNotFoundError(errno.ENOENT, Text("the folder does not exist"), str(target.parent))
    return target


def _writer_gone(name: str, prefix: str) -> bool:
    """Whether the process that made this temp file (its pid is in the name) has ended."""
    pid_text = name[len(prefix) :].split("-", 1)[0]
    if not pid_text.isdigit() or os.name != "posix":
        return False
    try:
        os.kill(int(pid_text), 0)
    except ProcessLookupError:
        return True
    except OSError:
        return False
    return False


def _remove_leftovers(folder: Path, name: str) -> None:
    """Remove the temp files interrupted writes of ``name`` left in ``folder``."""
    prefix = f".{name}."
    now = time.time()
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return
    for entry in entries:
        if not (entry.name.startswith(prefix) and entry.name.endswith(".tmp")):
            continue
        try:
            info = entry.stat(follow_symlinks=False)
            if stat.S_ISREG(info.st_mode) and (
                now - info.st_mtime > STALE_TEMP_S or _writer_gone(entry.name, prefix)
            ):
                os.unlink(entry.path)
        except OSError:
            continue


def make_folder(folder: Path) -> None:
    """Create ``folder`` and the folders missing above it, but never the home folder itself nor one
    above it: a home that does not exist (a service account, a mistyped HOME, a command run with
    sudo) is not ours to create, least of all as root. Raises ``FileNotFoundError`` then."""
    folder = Path(folder)
    if folder.is_dir():
        return
    home = Path.home()
    missing = [p for p in (folder, *folder.parents) if not p.exists()]
    if any(p == home or home.is_relative_to(p) for p in missing):
        raise FileNotFoundError(errno.ENOENT, Text("the home folder does not exist"), str(home))
    folder.mkdir(parents=True, exist_ok=True)


def write_atomic(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` so readers see the old file or the new one, never a mix. Only a
    regular file (or a new name) is ever replaced: raises ``UnsuitableTarget`` otherwise."""
    path = Path(path)
    what = describe(path)
    if what is not None:
        raise UnsuitableTarget(path, what)
    if path.is_symlink():
        path = path.resolve()  # write the file the link points to; the link stays
    folder = path.parent
    make_folder(folder)
    _remove_leftovers(folder, path.name)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.{os.getpid()}-", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        # Checked again at the last moment: the rename must never land on anything but a file.
        what = describe(path)
        if what is not None:
            raise UnsuitableTarget(path, what)
        os.replace(tmp_name, path)
    except BaseException:
        try:
            os.unlink(tmp_name)
        except OSError:
            pass
        raise
    _sync_folder(folder)


def _sync_folder(folder: Path) -> None:
    """The rename itself must reach the disk too (POSIX only; Windows cannot open a folder)."""
    if not hasattr(os, "O_DIRECTORY"):
        return
    try:
        dir_fd = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
    except OSError:
        return
    try:
        os.fsync(dir_fd)
    except OSError:
        pass
    finally:
        os.close(dir_fd)


def aside_name(path: Path) -> Path:
    """A free name beside ``path`` for keeping a file we cannot use: ``<name>.corrupt-<time>``."""
    from datetime import datetime

    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    candidate = path.with_name(f"{path.name}.corrupt-{stamp}")
    n = 1
    while candidate.exists():
        candidate = path.with_name(f"{path.name}.corrupt-{stamp}-{n}")
        n += 1
    return candidate


def write_text_file(path: Path | str, text: str) -> Path:
    """A document for people (a report, a team page) at ``path``, scrubbed, atomically, only to a
    regular file or a new name. Returns where it went; raises ``OSError`` (``UnsuitableTarget``
    for a device, a pipe or a link to one) with a reason in ``strerror``."""
    from app.core.redact import redact

    return _write_document(path, redact(text))


def write_json_file(path: Path | str, data: object) -> Path:
    """``data`` as a JSON document at ``path``, like ``write_text_file``. The data is scrubbed
    before it is serialised: only text values are ever masked, so a number that happens to hold a
    few characters of the key stays a number and the file stays JSON."""
    import json

    from app.core.redact import redact_data

    return _write_document(path, json.dumps(redact_data(data), indent=2, ensure_ascii=False) + "\n")


def _write_document(path: Path | str, text: str) -> Path:
    target = output_target(path)
    write_atomic(target, text.encode("utf-8"))
    return target
