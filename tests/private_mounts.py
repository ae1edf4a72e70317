"""Running a command in a private mount namespace, so bind mounts can stand in for system folders
(/etc/xdg, a read-only /opt) without touching this machine: the mounts vanish with the command."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from functools import cache
from pathlib import Path

import pytest


def unshare_command() -> list[str]:
    # As root: a private mount namespace. Otherwise a user namespace in which we are root.
    return ["unshare", "-m"] if os.geteuid() == 0 else ["unshare", "-r", "-m"]


@cache
def private_mounts_work() -> bool:
    if shutil.which("unshare") is None or sys.platform != "linux":
        return False
    probe = subprocess.run(
        [*unshare_command(), "sh", "-c", "mount -t tmpfs none /mnt && echo ok"],
        capture_output=True,
        text=True,
        timeout=30,
    )
    return probe.stdout.strip() == "ok"


needs_mounts = pytest.mark.skipif(not private_mounts_work(), reason="needs unshare with private mounts")


def in_private_mounts(
    script: str, env: dict[str, str], cwd: Path | None = None
) -> subprocess.CompletedProcess[str]:
    """Run a shell script in a private mount namespace: its bind mounts vanish with it."""
    return subprocess.run(
        [*unshare_command(), "--propagation", "private", "sh", "-ec", script],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        cwd=cwd,
    )


def read_only_bind(source: Path, target: Path) -> str:
    """Shell lines that show ``source`` at ``target``, read-only (even root cannot write it, so it
    counts as a folder only an administrator can change)."""
    return f"mount --bind '{source}' '{target}'\nmount -o remount,bind,ro '{target}'\n"
