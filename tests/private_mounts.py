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


def unshare_command(network: bool = False) -> list[str]:
    """As root: a private mount namespace. Otherwise a user namespace in which we are root.
    ``network``: a network of its own too (only a loopback, brought up with ``ip``)."""
    own = ["-m", "-n"] if network else ["-m"]
    return ["unshare", *own] if os.geteuid() == 0 else ["unshare", "-r", *own]


@cache
def private_mounts_work(network: bool = False) -> bool:
    if shutil.which("unshare") is None or sys.platform != "linux":
        return False
    if network and shutil.which("ip") is None:
        return False
    lo_up = "ip link set lo up && " if network else ""
    probe = subprocess.run(
        [*unshare_command(network), "sh", "-c", f"{lo_up}mount -t tmpfs none /mnt && echo ok"],
        capture_output=True,
        text=True,
        timeout=30,
    )
    return probe.stdout.strip() == "ok"


needs_mounts = pytest.mark.skipif(not private_mounts_work(), reason="needs unshare with private mounts")
needs_private_network = pytest.mark.skipif(
    not private_mounts_work(network=True), reason="needs unshare with private mounts and network"
)


def in_private_mounts(
    script: str,
    env: dict[str, str],
    cwd: Path | None = None,
    *,
    network: bool = False,
    guard_s: float = 120,
) -> subprocess.CompletedProcess[str]:
    """Run a shell script in a private mount namespace (and network, with its loopback up): its
    bind mounts vanish with it. ``guard_s`` only stops a hung script so the test can fail."""
    if network:
        script = f"ip link set lo up\n{script}"
    return subprocess.run(
        [*unshare_command(network), "--propagation", "private", "sh", "-ec", script],
        capture_output=True,
        text=True,
        timeout=guard_s,
        env=env,
        cwd=cwd,
    )


def read_only_bind(source: Path, target: Path) -> str:
    """Shell lines that show ``source`` at ``target``, read-only (even root cannot write it, so it
    counts as a folder only an administrator can change)."""
    return f"mount --bind '{source}' '{target}'\nmount -o remount,bind,ro '{target}'\n"
