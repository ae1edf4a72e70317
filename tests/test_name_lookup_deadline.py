"""A name server that never answers does not stretch any command past its time limit.

The system's resolver takes no deadline (90 s with `timeout:30 attempts:3`); the app looks names
up within the time its exchange has left. The commands run in a private network and mount
namespace whose /etc/resolv.conf names a server on its own loopback that reads and never answers,
so nothing leaves this machine and nothing of the machine's own set-up changes."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from tests.cli_process import ROOT, cli_env
from tests.conftest import TEST_KEY
from tests.private_mounts import in_private_mounts, needs_private_network

SILENT_NAME_SERVER = """
import socket, time
udp = socket.socket(socket.AF_INET, socket.SOCK_DGRAM); udp.bind(("127.0.0.1", 53))
tcp = socket.socket(); tcp.bind(("127.0.0.1", 53)); tcp.listen()
print("ready", flush=True)
time.sleep(600)
"""


pytestmark = needs_private_network


def _run_with_silent_dns(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    resolv = tmp_path / "resolv.conf"
    resolv.write_text("nameserver 127.0.0.1\noptions timeout:30 attempts:3\n")
    server = tmp_path / "silent_dns.py"
    server.write_text(SILENT_NAME_SERVER)
    command = " ".join(f"'{a}'" for a in args)
    script = (
        f"mount --bind '{resolv}' /etc/resolv.conf\n"
        f"'{sys.executable}' '{server}' > '{tmp_path}/dns.out' 2>&1 &\n"
        "server=$!\n"
        f"until grep -q ready '{tmp_path}/dns.out'; do sleep 0.05; done\n"
        f"code=0; '{sys.executable}' -m app {command} || code=$?\n"
        "kill $server\n"
        "exit $code\n"
    )
    # The guard only stops a hung run so the test can fail: far above the commands' limits, below
    # the resolver's own 90 s (verify --timeout 5 took 90 s before names were looked up in time).
    return in_private_mounts(script, cli_env(AIMLAPI_API_KEY=TEST_KEY), ROOT, network=True, guard_s=75)


def test_verify_ends_within_its_time_limit_and_says_the_name_was_not_found_in_time(tmp_path: Path) -> None:
    ran = _run_with_silent_dns(
        tmp_path, "verify", "--base-url", "https://api.aimlapi.com", "--timeout", "5", "--json"
    )
    assert "Traceback" not in ran.stderr, ran.stderr
    assert ran.returncode == 1, ran.stderr
    checks = json.loads(ran.stdout)["checks"]
    failed = [c for c in checks if c["status"] == "fail"]
    assert len(failed) == 1, checks  # one finding; the checks after it are skipped, not repeated
    assert failed[0]["problem"] == "unreachable"
    assert "name service" in failed[0]["message"] and "DNS" in failed[0]["fix"]
    assert {c["status"] for c in checks if c is not failed[0]} == {"skipped"}


def test_models_ends_with_one_line_about_the_name_service(tmp_path: Path) -> None:
    ran = _run_with_silent_dns(tmp_path, "models", "--base-url", "https://api.aimlapi.com")
    assert ran.returncode == 1 and "Traceback" not in ran.stderr
    assert "name service did not say where api.aimlapi.com is" in ran.stderr
