"""``cursor status|apply|restore|traffic`` against odd files and odd values, as a user runs them:
the list of models this tool added as a pipe, damaged or a folder; settings holding NaN; several
applies and the backups of each; an address on this computer compared; each subcommand's help;
Ctrl+D at the hidden key prompt."""

from __future__ import annotations

import json
import os
import pty
import select
import sys
import time
from pathlib import Path

import pytest

from app.core.cursor.backups import BACKUPS_DIR_NAME
from app.core.cursor.ours import ADDED_FILE
from tests.conftest import TEST_KEY
from tests.cursor_cli import ROOT, cli, error_line
from tests.cursor_fixtures import app_user_3x, database_files, fake_cursor


def where(tmp_path: Path) -> list[str]:
    return ["--cursor-app", str(tmp_path / "cursor-app"), "--cursor-data", str(tmp_path / "Cursor" / "User")]


def ours_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "Cursor" / "User" / "globalStorage" / BACKUPS_DIR_NAME
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def apply_alias(tmp_path: Path, alias: str, *extra: str):
    return cli("cursor", "apply", "--yes", "--skip-verify", "--alias", alias, *where(tmp_path), *extra)


# --- the list of models this tool added ---------------------------------------------------------


def test_a_pipe_in_place_of_the_list_does_not_hang_apply(tmp_path: Path) -> None:
    fake_cursor(tmp_path)
    os.mkfifo(ours_folder(tmp_path) / ADDED_FILE)
    for extra in (["--dry-run"], ["--yes", "--skip-verify"]):
        proc = cli("cursor", "apply", *extra, *where(tmp_path), timeout=30)
        assert proc.returncode == 0, proc.stderr
        assert "could not read the list of models this tool added" in proc.stdout.lower()


@pytest.mark.parametrize(
    "content",
    ["{not json", '["x"]', '{"added": 5}', "x" * (65 * 1024)],
    ids=["garbage", "list", "shape", "huge"],
)
def test_an_unreadable_list_is_said_not_silently_forgotten(tmp_path: Path, content: str) -> None:
    fake_cursor(tmp_path, app_user_3x(custom=[], enabled=[], disabled=[]))
    assert apply_alias(tmp_path, "aimlapi-first").returncode == 0
    (ours_folder(tmp_path) / ADDED_FILE).write_text(content)
    proc = apply_alias(tmp_path, "aimlapi-second")
    assert proc.returncode == 0, proc.stderr
    said = proc.stdout.lower()
    assert said.count("could not read the list of models this tool added") == 1, proc.stdout
    assert "any it added earlier are left on" in said


def test_a_folder_in_place_of_the_list_is_said_on_every_apply(tmp_path: Path) -> None:
    fake_cursor(tmp_path, app_user_3x(custom=[], enabled=[], disabled=[]))
    (ours_folder(tmp_path) / ADDED_FILE).mkdir()
    proc = apply_alias(tmp_path, "aimlapi-first")
    assert proc.returncode == 0, proc.stderr
    assert "could not record aimlapi-first as added by this tool" in proc.stdout.lower()


def test_switching_off_is_announced_as_a_plan_until_it_is_done(tmp_path: Path) -> None:
    install = fake_cursor(tmp_path, app_user_3x(custom=["mine"], enabled=["mine"], disabled=[]))
    assert apply_alias(tmp_path, "aimlapi-first").returncode == 0
    dry = cli("cursor", "apply", "--dry-run", "--alias", "aimlapi-second", *where(tmp_path))
    assert (
        "Would switch off aimlapi-first, added by this tool before: aimlapi-second would take its place"
        in (dry.stdout)
    )
    assert "Switched off" not in dry.stdout
    notes = json.loads(
        cli("cursor", "apply", "--dry-run", "--json", "--alias", "aimlapi-second", *where(tmp_path)).stdout
    )["notes"]
    assert not any(n.startswith("Switched off") for n in notes), notes
    before = database_files(install.state_db)
    declined = cli("cursor", "apply", "--alias", "aimlapi-second", *where(tmp_path))  # no terminal, no --yes
    assert "Switched off" not in declined.stdout + declined.stderr
    assert database_files(install.state_db) == before
    done = apply_alias(tmp_path, "aimlapi-second")
    assert done.returncode == 0, done.stderr
    assert done.stdout.count("Switched off aimlapi-first") == 1, done.stdout
    assert "aimlapi-second takes its place" in done.stdout


# --- settings holding what JSON does not allow ---------------------------------------------------


@pytest.mark.parametrize("constant", ["NaN", "Infinity", "-Infinity"])
def test_settings_holding_nan_are_not_read_as_settings(tmp_path: Path, constant: str) -> None:
    row = '{"azureState": {"baseUrl": "https://api.aimlapi.com", "deployment": "x", "n": ' + constant + "}}"
    install = fake_cursor(tmp_path, row)
    before = database_files(install.state_db)
    status = cli("cursor", "status", *where(tmp_path))
    assert status.returncode == 1 and "not valid JSON" in status.stdout, status.stdout
    proc = cli("cursor", "apply", "--yes", "--skip-verify", *where(tmp_path))
    assert proc.returncode == 1 and "not valid JSON" in error_line(proc)
    assert database_files(install.state_db) == before


# --- restore, one backup after another -----------------------------------------------------------


def test_every_backup_can_be_listed_and_brought_back(tmp_path: Path) -> None:
    install = fake_cursor(tmp_path, app_user_3x(base_url="https://api.aimlapi.com/openai"))
    original = database_files(install.state_db)["state.vscdb"]
    assert apply_alias(tmp_path, "aimlapi-first").returncode == 0
    assert apply_alias(tmp_path, "aimlapi-second").returncode == 0
    first = cli("cursor", "restore", "--yes", *where(tmp_path))
    assert first.returncode == 0, first.stderr
    assert "--list" in first.stdout  # earlier backups exist: the way to them is said
    listed = cli("cursor", "restore", "--list", "--json", *where(tmp_path))
    assert listed.returncode == 0, listed.stderr
    backups = json.loads(listed.stdout)["backups"]
    assert [b["reason"] for b in backups].count("apply") == 2
    oldest_apply = [b for b in backups if b["reason"] == "apply"][-1]
    text = cli("cursor", "restore", "--list", *where(tmp_path))
    assert oldest_apply["id"] in text.stdout
    back = cli("cursor", "restore", "--yes", "--from", oldest_apply["id"], *where(tmp_path))
    assert back.returncode == 0, back.stderr
    assert database_files(install.state_db)["state.vscdb"] == original
    unknown = cli("cursor", "restore", "--yes", "--from", "20000101T000000000000Z", *where(tmp_path))
    assert unknown.returncode == 1 and "no backup" in error_line(unknown)


# --- an address on this computer ------------------------------------------------------------------


def test_status_compared_with_an_address_on_this_computer_says_what_is_true(tmp_path: Path) -> None:
    fake_cursor(tmp_path, app_user_3x(base_url="https://api.aimlapi.com"))
    proc = cli("cursor", "status", "--base-url", "http://127.0.0.1:18301", *where(tmp_path))
    assert proc.returncode == 1
    assert "points to api.aimlapi.com, not 127.0.0.1:18301" in proc.stdout, proc.stdout
    assert "not http:" not in proc.stdout
    assert "cursor apply" not in proc.stdout  # apply refuses such an address
    data = json.loads(
        cli("cursor", "status", "--json", "--base-url", "http://127.0.0.1:18301", *where(tmp_path)).stdout
    )
    assert not any("cursor apply" in f["fix"] for f in data["findings"]), data["findings"]


# --- apply's options and help ----------------------------------------------------------------------


def test_apply_takes_the_time_limit_its_messages_name(tmp_path: Path) -> None:
    fake_cursor(tmp_path)
    env = dict(os.environ, AIMLAPI_API_KEY=TEST_KEY, HTTPS_PROXY="http://127.0.0.1:9")
    proc = cli("cursor", "apply", "--yes", "--timeout", "5", *where(tmp_path), env=env)
    assert proc.returncode == 1, proc.stderr
    bad = cli("cursor", "apply", "--yes", "--timeout", "0", *where(tmp_path), env=env)
    assert bad.returncode == 2 and "timeout" in error_line(bad).lower()


def _help(*words: str) -> str:
    proc = cli(*words, "--help")
    assert proc.returncode == 0
    return " ".join(proc.stdout.split())


def test_each_subcommand_names_its_own_exit_codes() -> None:
    restore = _help("cursor", "restore")
    assert "no backup" in restore and "no request from Cursor" not in restore
    apply = _help("cursor", "apply")
    assert "Verify request did not pass" in apply and "no request from Cursor" not in apply
    traffic = _help("cursor", "traffic")
    assert "no request from Cursor arrived" in traffic and "no backup" not in traffic
    status = _help("cursor", "status")
    assert "settings could not be read" in status
    assert "1 differences" not in _help("cursor")


# --- Ctrl+D at the hidden key prompt --------------------------------------------------------------


def _at_a_terminal(args: list[str], keys: list[bytes], env: dict[str, str]) -> tuple[int, str]:
    """Run the command with a terminal of its own (its controlling terminal: the key prompt reads
    from it), typing each of ``keys`` once the command shows the prompt it answers."""
    pid, fd = pty.fork()
    if pid == 0:  # the child becomes the command
        os.execve(sys.executable, [sys.executable, "-m", "app", *args], env)
    said = b""

    def read_until(wanted: bytes | None, guard_s: float = 60) -> None:
        nonlocal said
        end = time.monotonic() + guard_s  # only stops a hung command so the test can fail
        while (wanted is None or wanted not in said) and time.monotonic() < end:
            ready, _, _ = select.select([fd], [], [], 0.1)
            if ready:
                try:
                    chunk = os.read(fd, 65536)
                except OSError:  # the command ended
                    return
                if not chunk:
                    return
                said += chunk

    for key, prompt in zip(keys, [b"[y/N]", b"(input hidden)"], strict=False):
        read_until(prompt)
        os.write(fd, key)
    read_until(None)
    _, status = os.waitpid(pid, 0)
    os.close(fd)
    return os.waitstatus_to_exitcode(status), said.decode(errors="replace")


def test_ctrl_d_at_applys_key_prompt_is_a_plain_answer(tmp_path: Path) -> None:
    install = fake_cursor(tmp_path)
    before = database_files(install.state_db)
    env = {k: v for k, v in os.environ.items() if k != "AIMLAPI_API_KEY"}
    env["PYTHONPATH"] = str(ROOT)
    code, said = _at_a_terminal(["cursor", "apply", "--key-stdin", *where(tmp_path)], [b"y\n", b"\x04"], env)
    assert "Traceback" not in said and "EOFError" not in said and "unexpected error" not in said, said
    assert code == 2, said  # no key given: bad input, as at every other key prompt
    assert "no key given" in said
    assert database_files(install.state_db) == before
