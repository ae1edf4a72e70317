"""Shared by the benchmarks: a clean environment for the measured process, and reading /proc."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MIB = 1024 * 1024
PAGE = os.sysconf("SC_PAGE_SIZE") if hasattr(os, "sysconf") else 4096


def child_env(**extra: str) -> dict[str, str]:
    """The measured process's environment: offscreen unless a display is set, a home of its own
    (no saved settings, no preset, no log from the developer's runs), English."""
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    home = Path(tempfile.mkdtemp(prefix="bench-home-"))
    for var, sub in (
        ("XDG_CONFIG_HOME", ".config"),
        ("XDG_CACHE_HOME", ".cache"),
        ("XDG_STATE_HOME", ".state"),
    ):
        (home / sub).mkdir()
        env[var] = str(home / sub)
    env["HOME"] = str(home)
    env["XDG_CONFIG_DIRS"] = str(home / "etc-xdg")  # no system-wide preset either
    env.pop("CURSOR_AZURE_SETUP_PRESET", None)
    env["CURSOR_AZURE_SETUP_LANG"] = "en"
    env.update(extra)
    return env


def rss_bytes(pid: int) -> int:
    """Resident memory of one process (0 once it is gone)."""
    try:
        with open(f"/proc/{pid}/statm", "rb") as f:
            return int(f.read().split()[1]) * PAGE
    except (OSError, IndexError, ValueError):
        return 0


def process_tree(root: int) -> list[int]:
    """``root`` and every process below it (children of every thread, recursively)."""
    found, queue = [], [root]
    while queue:
        pid = queue.pop()
        found.append(pid)
        try:
            tasks = os.listdir(f"/proc/{pid}/task")
        except OSError:
            continue
        for tid in tasks:
            try:
                with open(f"/proc/{pid}/task/{tid}/children", "rb") as f:
                    queue.extend(int(c) for c in f.read().split())
            except OSError:
                continue
    return found


def tree_rss_bytes(root: int) -> int:
    """The memory of the whole process tree: a child process does not make memory disappear."""
    return sum(rss_bytes(pid) for pid in process_tree(root))
