"""The command line as a user runs it: ``python -m app ...`` in its own process, with the test's
isolated HOME and XDG folders (the autouse fixture) and whatever the test adds to the environment."""

from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


@dataclass
class Ran:
    code: int
    out: str
    err: str
    raw: bytes  # stdout and stderr as bytes, for leak scans

    @property
    def text(self) -> str:
        return self.out + self.err


def cli_env(**changes: str | None) -> dict[str, str]:
    """This process's environment for the app: no key unless given; ``NAME=None`` removes NAME."""
    env = {k: v for k, v in os.environ.items() if k != "AIMLAPI_API_KEY"}
    env["PYTHONPATH"] = str(ROOT)
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    for name, value in changes.items():
        if value is None:
            env.pop(name, None)
        else:
            env[name] = value
    return env


def run_cli(
    *args: str,
    env: dict[str, str] | None = None,
    stdin: bytes | str | None = None,
    cwd: Path | None = None,
    guard_s: float = 90,
) -> Ran:
    """Run the command line to its end. ``guard_s`` only stops a hung run so the test can fail."""
    data = stdin.encode() if isinstance(stdin, str) else stdin
    proc = subprocess.run(
        [sys.executable, "-m", "app", *args],
        input=data,
        stdin=None if data is not None else subprocess.DEVNULL,
        capture_output=True,
        env=env if env is not None else cli_env(),
        cwd=cwd or ROOT,
        timeout=guard_s,
    )
    out = proc.stdout.decode("utf-8", "replace")
    err = proc.stderr.decode("utf-8", "replace")
    assert "Traceback" not in out + err, err
    return Ran(proc.returncode, out, err, proc.stdout + b"\n" + proc.stderr)
