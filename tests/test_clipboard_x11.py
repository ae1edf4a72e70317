"""The key on the clipboard, for real: our ClipboardGuard in its own process on an X display
(Xvfb), and xclip as the other application that pastes or copies.

The key stays until another application pastes it (then leaves shortly after), something else is
copied (never touched), the time limit passes, or the app exits; our own process reading the
clipboard is not a paste, and clipboard managers are told it is a secret.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from tests.desktop import DEADLINE_S, LineProcess, dbus_session, need, xvfb

ROOT = Path(__file__).resolve().parents[1]
DRIVER = ROOT / "tests" / "clipboard_driver.py"
KEY = "k-9f8e7d6c5b4a39281706f5e4d3c2b1a0"

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="X11 clipboard")


@pytest.fixture(scope="module")
def desktop() -> Iterator[dict[str, str]]:
    """The environment of a private X display with a private session bus (without one, Qt and
    xclip would start a bus of their own for the display, which outlives the test)."""
    need("xclip")
    with xvfb() as display, dbus_session() as bus:
        yield {**os.environ, **bus, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb"}


@pytest.fixture
def guard(desktop: dict[str, str]) -> Iterator[Callable[..., LineProcess]]:
    """Starts the driver: guard(clear_after_s, ignore_requests_for_s=0)."""
    started: list[LineProcess] = []

    def start(clear_after_s: float = 300, ignore_requests_for_s: float = 0) -> LineProcess:
        proc = LineProcess(
            [sys.executable, str(DRIVER), str(clear_after_s), str(ignore_requests_for_s)],
            desktop,
            str(ROOT),
        )
        started.append(proc)
        proc.wait_for("ready")
        return proc

    yield start
    for proc in started:
        proc.close()


def paste(desktop: dict[str, str], target: str = "UTF8_STRING") -> str | None:
    """What another application gets when it pastes; None when the clipboard is empty."""
    proc = subprocess.run(
        ["xclip", "-o", "-selection", "clipboard", "-t", target],
        env=desktop,
        capture_output=True,
        text=True,
        timeout=DEADLINE_S,
    )
    return proc.stdout if proc.returncode == 0 else None


def copy_elsewhere(desktop: dict[str, str], text: str) -> subprocess.Popen[bytes]:
    """Another application copies ``text`` and keeps serving it (until terminated)."""
    proc = subprocess.Popen(
        ["xclip", "-i", "-selection", "clipboard", "-quiet"],
        env=desktop,
        stdin=subprocess.PIPE,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    assert proc.stdin is not None
    proc.stdin.write(text.encode("utf-8"))
    proc.stdin.close()
    return proc


def copy_key(proc: LineProcess) -> None:
    proc.send(f"secret {KEY}")
    proc.wait_for("done secret")


def test_a_paste_gets_the_key_then_the_key_leaves_the_clipboard(desktop, guard) -> None:
    proc = guard(clear_after_s=300)
    copy_key(proc)
    assert paste(desktop) == KEY
    proc.wait_for("pasted")
    proc.wait_for("cleared")
    assert paste(desktop) is None
    countdown = [line for line in proc.seen if line.startswith("left ")]
    # Two minutes (here 300 s) to go, then the short wait for the paste to complete, then gone.
    assert countdown == ["left 300", "left 1", "left 0"]


def test_our_own_process_reading_the_clipboard_is_not_a_paste(desktop, guard) -> None:
    proc = guard(clear_after_s=300)
    copy_key(proc)
    proc.send("read")
    assert proc.wait_for(lambda line: line.startswith("read ")) == f"read {KEY}"
    proc.send("state")
    assert (
        proc.wait_for(lambda line: line.startswith("state ")) == "state pending=True pasted=False holds=True"
    )
    assert paste(desktop) == KEY  # the first paste by another application still counts
    proc.wait_for("cleared")


def test_clipboard_managers_are_told_it_is_a_secret_and_asking_is_not_a_paste(desktop, guard) -> None:
    proc = guard(clear_after_s=300)
    copy_key(proc)
    targets = (paste(desktop, "TARGETS") or "").split()
    assert "x-kde-passwordManagerHint" in targets
    assert paste(desktop, "x-kde-passwordManagerHint") == "secret"
    proc.send("state")
    assert (
        proc.wait_for(lambda line: line.startswith("state ")) == "state pending=True pasted=False holds=True"
    )


def test_a_request_right_after_copying_is_a_clipboard_manager_not_a_person(desktop, guard) -> None:
    proc = guard(clear_after_s=300, ignore_requests_for_s=600)
    copy_key(proc)
    assert paste(desktop) == KEY
    proc.send("state")
    assert (
        proc.wait_for(lambda line: line.startswith("state ")) == "state pending=True pasted=False holds=True"
    )


def test_a_copy_elsewhere_cancels_the_timer_and_is_never_touched(desktop, guard) -> None:
    proc = guard(clear_after_s=1)
    copy_key(proc)
    other = copy_elsewhere(desktop, "notes for later")
    try:
        proc.wait_for("left 0")  # the guard let go of the key the moment something else was copied
        proc.send("state")
        assert (
            proc.wait_for(lambda line: line.startswith("state "))
            == "state pending=False pasted=False holds=False"
        )
        time.sleep(1.5)  # past the time limit the key had
        proc.send("clear")  # what closing the window does
        proc.wait_for("done clear")
        assert paste(desktop) == "notes for later"
        assert "cleared" not in proc.seen
    finally:
        other.terminate()
        other.wait(timeout=DEADLINE_S)


def test_the_key_leaves_after_the_time_limit_when_nobody_pastes(desktop, guard) -> None:
    proc = guard(clear_after_s=2)
    copy_key(proc)
    proc.wait_for("cleared")
    assert paste(desktop) is None
    countdown = [line for line in proc.seen if line.startswith("left ")]
    assert countdown == ["left 2", "left 1", "left 0"]
    proc.send("state")
    assert (
        proc.wait_for(lambda line: line.startswith("state "))
        == "state pending=False pasted=False holds=False"
    )


def test_the_key_leaves_when_the_app_exits(desktop, guard) -> None:
    proc = guard(clear_after_s=300)
    copy_key(proc)
    assert proc.proc.stdin is not None
    proc.proc.stdin.close()  # the window closes
    proc.wait_for("cleared-at-exit=True")
    proc.proc.wait(timeout=DEADLINE_S)
    assert paste(desktop) is None
