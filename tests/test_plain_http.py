"""Plain http only to this computer, judged by the address actually connected to, not by the name.

A private mount namespace puts a hosts file in place that sends the names somewhere else: this
machine's own non-loopback address, where a raw server records whether the key arrived in clear.
Nothing leaves the machine."""

from __future__ import annotations

import ipaddress
import shlex
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from tests.cli_process import ROOT, cli_env
from tests.conftest import TEST_KEY
from tests.private_mounts import in_private_mounts, needs_mounts
from tests.rawserver import RawRequest, RawServer, http_head


def non_loopback_address() -> str | None:
    """An IPv4 address of this machine that is not loopback (it stands for "another computer")."""
    try:
        out = subprocess.run(
            ["ip", "-4", "-o", "addr", "show"], capture_output=True, text=True, timeout=10
        ).stdout
    except (OSError, subprocess.SubprocessError):
        return None
    for line in out.splitlines():
        parts = line.split()
        if "inet" in parts:
            address = parts[parts.index("inet") + 1].split("/")[0]
            if not ipaddress.ip_address(address).is_loopback:
                return address
    return None


ELSEWHERE = non_loopback_address()
pytestmark = [
    needs_mounts,
    pytest.mark.skipif(ELSEWHERE is None, reason="needs a non-loopback address on this machine"),
]


def recording_service(request: RawRequest, conn: socket.socket) -> None:
    data = b'{"object": "list", "data": []}'
    conn.sendall(
        http_head("200 OK", {"Content-Type": "application/json", "Content-Length": str(len(data))}) + data
    )


def verify_with_hosts(tmp_path: Path, hosts: str, base_url: str) -> subprocess.CompletedProcess[str]:
    hosts_file = tmp_path / "hosts"
    hosts_file.write_text(hosts)
    command = shlex.join([sys.executable, "-m", "app", "verify", "--base-url", base_url, "--json"])
    script = f"mount --bind {shlex.quote(str(hosts_file))} /etc/hosts\n{command}\n"
    env = cli_env(AIMLAPI_API_KEY=TEST_KEY)
    return in_private_mounts(script, env, cwd=ROOT)


def test_a_dot_localhost_name_is_not_this_computer_by_its_name(tmp_path: Path) -> None:
    with RawServer(recording_service, host=str(ELSEWHERE)) as server:
        ran = verify_with_hosts(
            tmp_path,
            f"127.0.0.1 localhost\n{ELSEWHERE} evil.localhost\n",
            f"http://evil.localhost:{server.port}",
        )
        assert ran.returncode == 2, ran.stdout + ran.stderr
        assert "https://" in ran.stderr and "Traceback" not in ran.stderr
        assert server.requests == []  # nothing was sent there, let alone the key


def test_localhost_that_resolves_elsewhere_gets_nothing(tmp_path: Path) -> None:
    with RawServer(recording_service, host=str(ELSEWHERE)) as server:
        ran = verify_with_hosts(tmp_path, f"{ELSEWHERE} localhost\n", f"http://localhost:{server.port}")
        assert ran.returncode == 1, ran.stdout + ran.stderr
        assert "Traceback" not in ran.stderr
        assert server.requests == [], [r.headers for r in server.requests]
        assert "this computer" in ran.stdout and TEST_KEY not in ran.stdout + ran.stderr
