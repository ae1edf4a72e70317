"""A device for tests to aim writes at without risking the machine's own.

As root, a write that wrongly renames over its target would turn the real ``/dev/null`` into a file
and break every program on the machine; so a root run gets a null device node of its own, in the
test's folder. Anyone else cannot replace ``/dev/null`` (its folder is not theirs) and uses it.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path


def null_device(folder: Path) -> Path:
    """A character device that discards what is written to it, safe to aim a broken write at."""
    if os.name != "posix" or os.geteuid() != 0:
        return Path(os.devnull)
    path = folder / "null-device"
    if not path.exists():
        os.mknod(path, 0o666 | stat.S_IFCHR, os.makedev(1, 3))
    return path
