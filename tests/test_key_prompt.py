"""The hidden key prompt at a terminal, as a person meets it: Ctrl+D (end of input) at the prompt is
a plain one-line message and exit 2, never an "unexpected error", and leaves no traceback in the
log. The command runs in a session of its own with a pseudo-terminal as its input, the way a
terminal window runs it."""

from __future__ import annotations

import os
import pty
import select
import subprocess
import sys
from pathlib import Path

import pytest

from tests.cli_process import ROOT, cli_env

PROMPT = b"API key (input hidden): "
END_OF_INPUT = b"\x04"  # what Ctrl+D sends


def answer_the_prompt_with(keys: bytes, *args: str) -> tuple[int, str]:
    """Run the command line at a terminal, wait for the key prompt, type ``keys``; returns the exit
    code and what went to stderr."""
    leader, follower = pty.openpty()
    proc = subprocess.Popen(
        [sys.executable, "-m", "app", *args],
        stdin=follower,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        start_new_session=True,  # no controlling terminal but this one
        env=cli_env(),
        cwd=ROOT,
    )
    os.close(follower)
    try:
        assert proc.stderr is not None
        seen = b""
        # The prompt is written after the terminal stops echoing (which drops input typed before).
        while PROMPT not in seen:
            ready, _, _ = select.select([proc.stderr], [], [], 60)
            assert ready, f"no key prompt: {seen!r}"
            piece = os.read(proc.stderr.fileno(), 4096)
            assert piece, f"the command ended without a prompt: {seen!r}"
            seen += piece
        os.write(leader, keys)
        _, rest = proc.communicate(timeout=60)
        return proc.returncode, (seen + rest).decode("utf-8", "replace")
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        os.close(leader)


@pytest.mark.parametrize(
    "args",
    [("key", "set"), ("verify", "--key-stdin"), ("cursor", "traffic", "--key-stdin")],
    ids=["key set", "verify", "cursor traffic"],
)
def test_ctrl_d_at_the_key_prompt_is_one_line_and_exit_2(args: tuple[str, ...]) -> None:
    code, err = answer_the_prompt_with(END_OF_INPUT, *args)
    assert code == 2, err
    after_prompt = err.split(PROMPT.decode(), 1)[1]
    lines = [line for line in after_prompt.splitlines() if line.strip()]
    assert len(lines) == 1, err
    assert "no key" in lines[0] and "unexpected" not in lines[0], lines[0]
    # The message starts on a line of its own, not after the prompt.
    assert after_prompt.startswith("\n"), err
    for log in Path(os.environ["XDG_STATE_HOME"]).rglob("*.log"):
        assert "Traceback" not in log.read_text(encoding="utf-8")
