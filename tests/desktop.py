"""A throwaway desktop for tests that need real desktop services: an X server (Xvfb), a private
D-Bus session bus, and child processes spoken to line by line.

Not a test module; the clipboard and accessibility tests use it. The system tools come from
scripts/setup.sh (xvfb, dbus, at-spi2-core, xclip).
"""

from __future__ import annotations

import os
import select
import shutil
import subprocess
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager

import pytest

DEADLINE_S = 30.0  # generous: CI is a loaded 2-core machine


def need(*tools: str) -> None:
    """Fail (not skip) when a tool setup.sh installs is missing: a skip would hide it in CI."""
    missing = [tool for tool in tools if shutil.which(tool) is None]
    if missing:
        pytest.fail(f"missing {', '.join(missing)}: run scripts/setup.sh")


def _read_line(stream: int, deadline: float) -> str:
    """One line from a pipe, waiting at most until ``deadline``."""
    data = b""
    while not data.endswith(b"\n"):
        left = deadline - time.monotonic()
        if left <= 0 or not select.select([stream], [], [], left)[0]:
            raise TimeoutError(f"no complete line in time (got {data!r})")
        chunk = os.read(stream, 1)
        if not chunk:
            raise EOFError(f"the process closed its output (got {data!r})")
        data += chunk
    return data.decode("utf-8").rstrip("\n")


@contextmanager
def xvfb(width: int = 1280, height: int = 800) -> Iterator[str]:
    """A private X server; yields its DISPLAY (":N", a free number Xvfb picked itself)."""
    need("Xvfb")
    read_end, write_end = os.pipe()
    proc = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_end), "-screen", "0", f"{width}x{height}x24", "-nolisten", "tcp"],
        pass_fds=(write_end,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write_end)
    try:
        display = ":" + _read_line(read_end, time.monotonic() + DEADLINE_S).strip()
        yield display
    finally:
        os.close(read_end)
        proc.terminate()
        proc.wait(timeout=DEADLINE_S)


@contextmanager
def dbus_session(display: str = "") -> Iterator[dict[str, str]]:
    """A private D-Bus session bus; yields the environment variables that point to it.

    Services it activates (the accessibility bus, its registry) end with it; with ``display`` they
    run on that X server (the registry synthesises key presses there)."""
    need("dbus-daemon")
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    if display:
        env["DISPLAY"] = display
    proc = subprocess.Popen(
        ["dbus-daemon", "--session", "--nofork", "--print-address=1", "--nopidfile"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        env=env,
    )
    assert proc.stdout is not None
    try:
        address = _read_line(proc.stdout.fileno(), time.monotonic() + DEADLINE_S).strip()
        yield {"DBUS_SESSION_BUS_ADDRESS": address}
    finally:
        proc.terminate()
        proc.wait(timeout=DEADLINE_S)


class LineProcess:
    """A child process that takes commands on stdin and reports one event per line on stdout."""

    def __init__(self, args: list[str], env: dict[str, str], cwd: str | None = None) -> None:
        self.proc = subprocess.Popen(
            args,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env=env,
            cwd=cwd,
        )
        self.seen: list[str] = []

    def send(self, line: str) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.write((line + "\n").encode("utf-8"))
        self.proc.stdin.flush()

    def wait_for(self, wanted: str | Callable[[str], bool], timeout: float = DEADLINE_S) -> str:
        """The first new line equal to ``wanted`` (or for which it returns True)."""
        assert self.proc.stdout is not None
        match = wanted if callable(wanted) else (lambda line: line == wanted)
        deadline = time.monotonic() + timeout
        while True:
            try:
                line = _read_line(self.proc.stdout.fileno(), deadline)
            except (TimeoutError, EOFError) as exc:
                raise AssertionError(
                    f"waited for {wanted!r}; saw {self.seen}; {exc}; {self.stderr()}"
                ) from None
            self.seen.append(line)
            if match(line):
                return line

    def stderr(self) -> str:
        if self.proc.poll() is None or self.proc.stderr is None:
            return ""
        return self.proc.stderr.read().decode("utf-8", "replace")[-2000:]

    def close(self) -> None:
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=DEADLINE_S)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        for stream in (self.proc.stdin, self.proc.stdout, self.proc.stderr):
            if stream is not None:
                stream.close()
