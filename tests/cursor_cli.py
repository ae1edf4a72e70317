"""Running ``cursor-azure-setup`` as a user does (a subprocess), for the tests of Cursor's side.

Each run gets a process table of its own: a private PID namespace when this machine allows it,
else the test's own table (``cursor_fixtures.process_table``), so a process called ``cursor``
elsewhere on the machine (another test run, a real Cursor) cannot make it think Cursor is running;
a run "with Cursor running" starts a real program called ``cursor`` beside it, in the same table.
Every output is searched for the keys planted in Cursor's
database and for the test key: none may ever appear.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from functools import cache
from pathlib import Path

from app.core.cursor.platforms import ENV_PROC
from tests.conftest import TEST_KEY
from tests.cursor_fixtures import PLANTED_SECRETS, running_program

ROOT = Path(__file__).resolve().parents[1]
SECRETS = (*PLANTED_SECRETS, TEST_KEY)
# Start the stand-in Cursor in the background, wait until it is itself (exec done), then run the
# command; when the command (PID 1 of the namespace) ends, the stand-in ends with it.
_WITH_CURSOR = (
    'prog=$1; shift; "$prog" 300 & '
    'while [ "$(cat /proc/$!/comm 2>/dev/null)" != cursor ]; do sleep 0.01; done; exec "$@"'
)


def _unshare() -> list[str]:
    command = ["unshare", "--pid", "--fork", "--mount-proc"]
    return command if os.geteuid() == 0 else [*command, "--map-root-user"]


@cache
def own_process_table() -> bool:
    if sys.platform != "linux" or shutil.which("unshare") is None:
        return False
    try:
        probe = subprocess.run([*_unshare(), "true"], capture_output=True, timeout=30)
    except (OSError, subprocess.SubprocessError):
        return False
    return probe.returncode == 0


def own_table(command: list[str]) -> list[str]:
    """``command`` in a process table of its own, when this machine allows it."""
    return [*_unshare(), *command] if own_process_table() else command


def stand_in_cursor(folder: Path) -> Path:
    """A copy of ``sleep`` called ``cursor``: what a running Cursor looks like in the process table."""
    folder.mkdir(parents=True, exist_ok=True)
    program = folder / "cursor"
    shutil.copy2(shutil.which("sleep") or "/bin/sleep", program)
    os.chmod(program, 0o755)
    return program


def assert_no_secret(text: str, where: str) -> None:
    for secret in SECRETS:
        for start in range(0, len(secret) - 11, 4):  # any 12 characters of a key is a leak too
            assert secret[start : start + 12] not in text, f"a piece of a key appeared in {where}"


def cli(
    *args: str,
    env: dict[str, str] | None = None,
    stdin: str | int | None = None,
    cursor_running_in: Path | None = None,
    timeout: float = 90,
) -> subprocess.CompletedProcess[str]:
    """Run the command line; ``cursor_running_in``: a folder for a stand-in Cursor that runs
    meanwhile. ``stdin``: text to type in, or a file descriptor (a terminal); none by default."""
    environment = dict(os.environ if env is None else env)
    environment["PYTHONPATH"] = str(ROOT)
    environment.setdefault("PYTHONDONTWRITEBYTECODE", "1")
    command = [sys.executable, "-m", "app", *args]
    if own_process_table():
        environment.pop(ENV_PROC, None)  # the namespace's /proc is this run's own table
        if cursor_running_in is not None:
            command = ["sh", "-c", _WITH_CURSOR, "sh", str(stand_in_cursor(cursor_running_in)), *command]
        command = own_table(command)
    elif cursor_running_in is not None:
        with running_program(cursor_running_in, "cursor"):
            return cli(*args, env=env, stdin=stdin, timeout=timeout)
    proc = subprocess.run(
        command,
        input=stdin if isinstance(stdin, str) else None,
        stdin=stdin if isinstance(stdin, int) else (None if isinstance(stdin, str) else subprocess.DEVNULL),
        capture_output=True,
        text=True,
        env=environment,
        cwd=ROOT,
        timeout=timeout,
    )
    for name, text in (("stdout", proc.stdout), ("stderr", proc.stderr)):
        assert "Traceback" not in text, text
        assert_no_secret(text, f"the {name} of {' '.join(args)}")
    return proc


def error_line(proc: subprocess.CompletedProcess[str]) -> str:
    """The one error line on stderr (notes aside)."""
    lines = [ln for ln in proc.stderr.splitlines() if ln.strip() and not ln.startswith("note:")]
    errors = [ln for ln in lines if ln.startswith("cursor-azure-setup: error:")]
    assert len(errors) == 1, proc.stderr
    return errors[0]
