"""``cursor status|apply|restore`` as a user runs them: real Cursor databases in WAL mode of every
shape, real install trees, a real process standing in for a running Cursor, exit codes, the JSON
IT scripts read, and Cursor's database byte for byte as it was whenever nothing was to change."""

from __future__ import annotations

import json
import os
import pty
import stat
from pathlib import Path

import pytest

from app import __version__
from app.core.cursor import FINDING_IDS
from app.core.cursor.backups import BACKUPS_DIR_NAME
from tests.conftest import TEST_KEY
from tests.cursor_cli import cli, error_line
from tests.cursor_fixtures import (
    EXTRA_ROWS,
    TARGET,
    app_user_04x,
    app_user_3x,
    app_user_of,
    applied_3x,
    database_files,
    exclusive_lock,
    fake_cursor,
    write_lock,
)
from tests.private_mounts import in_private_mounts, needs_mounts, read_only_bind

SETTING_NAMES = {
    "base_url",
    "deployment",
    "azure_enabled",
    "key_set",
    "openai_override",
    "custom_models",
    "enabled_models",
}
# Cursor 3.x with something wrong in every place a finding looks.
EVERYTHING_WRONG = app_user_3x(
    base_url="https://api.aimlapi.com/openai",
    deployment="gemini-2.5-pro",
    api_key="",
    custom=["my-old-model", TARGET.alias],
    enabled=["my-old-model"],
    disabled=[TARGET.alias],
    use_openai_key=True,
    openai_base_url="https://proxy.example/v1",
)
# Cursor's other rows, without the one where some builds keep the Azure key encrypted (with it, an
# empty azureState.apiKey means "unknown", not "no key").
NO_AZURE_KEY_ROW = {k: v for k, v in EXTRA_ROWS.items() if "azure" not in k.lower()}


def where(tmp_path: Path) -> list[str]:
    return ["--cursor-app", str(tmp_path / "cursor-app"), "--cursor-data", str(tmp_path / "Cursor" / "User")]


def status_json(tmp_path: Path, *extra: str) -> tuple[int, dict]:
    proc = cli("cursor", "status", "--json", *where(tmp_path), *extra)
    return proc.returncode, json.loads(proc.stdout)


def statuses(data: dict) -> dict[str, str]:
    return {f["id"]: f["status"] for f in data["findings"]}


def backups_of(tmp_path: Path) -> list[Path]:
    folder = tmp_path / "Cursor" / "User" / "globalStorage" / BACKUPS_DIR_NAME
    return sorted(p for p in folder.iterdir() if p.is_dir()) if folder.is_dir() else []


# --- status --------------------------------------------------------------------------------------


def test_status_json_is_exactly_the_documented_object(tmp_path: Path) -> None:
    install = fake_cursor(tmp_path, EVERYTHING_WRONG, extra_rows=NO_AZURE_KEY_ROW)
    before = database_files(install.state_db)
    code, data = status_json(tmp_path)
    assert code == 1
    assert set(data) == {
        "found",
        "version",
        "running",
        "data_dir",
        "settings",
        "findings",
        "app_version",
        "preset",
        "organisation",
    }
    assert (data["found"], data["version"], data["running"]) == (True, "3.18.0", False)
    assert data["data_dir"] == str(tmp_path / "Cursor" / "User")
    assert (data["app_version"], data["preset"], data["organisation"]) == (__version__, None, None)
    assert set(data["settings"]) == SETTING_NAMES
    assert data["settings"] == {
        "base_url": "https://api.aimlapi.com/openai",
        "deployment": "gemini-2.5-pro",
        "azure_enabled": False,
        "key_set": False,
        "openai_override": True,
        "custom_models": ["my-old-model", TARGET.alias],
        "enabled_models": ["my-old-model"],
    }
    assert [f["id"] for f in data["findings"]] == list(FINDING_IDS)
    for finding in data["findings"]:
        assert set(finding) == {"id", "status", "message", "fix"}
        assert finding["message"] and (finding["fix"] or finding["status"] == "pass")
    # Every finding id fails (or warns) here, each for its own reason.
    assert statuses(data) == {
        "base_url": "fail",
        "deployment": "fail",
        "azure_switch": "fail",
        "api_key": "fail",
        "alias_added": "pass",
        "alias_enabled": "fail",
        "other_custom_models": "warn",
        "openai_override": "fail",
    }
    # The fixes name the command, not the window's button.
    assert "cursor-azure-setup cursor apply" in data["findings"][0]["fix"]
    assert database_files(install.state_db) == before


@pytest.mark.parametrize(
    ("shape", "app_user", "exit_code", "expected"),
    [
        (
            "0.4x",
            app_user_04x(),
            1,
            {
                "base_url": "fail",
                "deployment": "fail",
                "azure_switch": "fail",
                "api_key": "pass",
                "alias_added": "unknown",
                "alias_enabled": "unknown",
                "other_custom_models": "unknown",
                "openai_override": "pass",
            },
        ),
        ("3.x set up", applied_3x(), 0, dict.fromkeys(FINDING_IDS, "pass")),
        (
            "no azureState",
            {"aiSettings": {"userAddedModels": [], "modelOverrideEnabled": [], "modelOverrideDisabled": []}},
            1,
            {
                "base_url": "fail",
                "deployment": "fail",
                "azure_switch": "fail",
                "api_key": "unknown",  # empty here; this Cursor may keep it in an encrypted row
                "alias_added": "fail",
                "alias_enabled": "fail",
                "other_custom_models": "pass",
                "openai_override": "pass",
            },
        ),
        ("garbage JSON", '{"azureState": {"baseUrl": ', 1, dict.fromkeys(FINDING_IDS, "unknown")),
    ],
)
def test_status_of_each_shape(tmp_path: Path, shape: str, app_user, exit_code: int, expected: dict) -> None:
    install = fake_cursor(tmp_path, app_user)
    before = database_files(install.state_db)
    code, data = status_json(tmp_path)
    assert (code, statuses(data)) == (exit_code, expected), shape
    assert data["found"] is True
    text = cli("cursor", "status", *where(tmp_path))
    assert text.returncode == exit_code
    assert text.stdout.count("PASS") == list(expected.values()).count("pass")
    if shape == "garbage JSON":
        assert "Could not read Cursor's settings" in text.stdout
        assert set(data["settings"].values()) == {None}
    assert database_files(install.state_db) == before


def test_status_text_for_people(tmp_path: Path) -> None:
    fake_cursor(tmp_path, app_user_3x(base_url="https://api.aimlapi.com/openai"))
    proc = cli("cursor", "status", *where(tmp_path))
    assert proc.returncode == 1
    out = proc.stdout
    assert "Cursor 3.18.0, installed in" in out and "(not running)" in out
    assert "Base URL          https://api.aimlapi.com/openai" in out
    assert "API Key           set" in out  # whether a key is set, never the key
    assert "✘ FAIL     Base URL" in out and "ends in /openai" in out
    assert "`cursor-azure-setup cursor apply` fixes: Base URL" in out


def test_status_of_a_locked_database_changes_nothing(tmp_path: Path) -> None:
    install = fake_cursor(tmp_path)
    before = database_files(install.state_db)
    with exclusive_lock(install.state_db):
        code, data = status_json(tmp_path)
    assert code == 1
    assert set(statuses(data).values()) == {"unknown"}
    assert "another program holds them locked" in data["findings"][0]["message"]
    assert database_files(install.state_db) == before


def test_status_without_a_settings_database_is_not_found(tmp_path: Path) -> None:
    install = fake_cursor(tmp_path)
    for path in install.state_db.parent.iterdir():
        path.unlink()
    code, data = status_json(tmp_path)
    assert code == 2
    assert data["found"] is True and set(data["settings"].values()) == {None}
    assert set(statuses(data).values()) == {"unknown"}
    proc = cli("cursor", "status", *where(tmp_path))
    assert proc.returncode == 2
    assert "Cursor's settings were not found" in error_line(proc)


def test_cursor_not_found_anywhere() -> None:
    """No overrides and nothing in the usual places (the test's home is empty)."""
    proc = cli("cursor", "status", "--json")
    code, data = proc.returncode, json.loads(proc.stdout)
    assert code == 2
    assert "not found" in error_line(proc)
    assert (data["found"], data["version"], data["data_dir"]) == (False, None, None)
    for action in (["status"], ["apply", "--yes"], ["restore", "--yes"]):
        proc = cli("cursor", *action)
        assert proc.returncode == 2, action
        assert "not found" in error_line(proc)


def test_status_json_overrides_that_are_not_cursor_are_bad_input(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    proc = cli("cursor", "status", "--json", "--cursor-data", str(tmp_path / "empty"))
    assert proc.returncode == 2
    assert "does not look like one" in error_line(proc)
    assert proc.stdout == ""


def test_cursor_folders_from_the_environment(tmp_path: Path) -> None:
    fake_cursor(tmp_path, applied_3x())
    env = dict(os.environ)
    env["CURSOR_AZURE_SETUP_CURSOR_APP"] = str(tmp_path / "cursor-app")
    env["CURSOR_AZURE_SETUP_CURSOR_DATA"] = str(tmp_path / "Cursor" / "User")
    proc = cli("cursor", "status", "--json", env=env)
    assert proc.returncode == 0
    data = json.loads(proc.stdout)
    assert (data["version"], data["data_dir"]) == ("3.18.0", str(tmp_path / "Cursor" / "User"))


def test_values_default_to_saved_settings_then_the_preset(tmp_path: Path, isolated_home: Path) -> None:
    fake_cursor(tmp_path, applied_3x())
    preset = tmp_path / "preset.toml"
    preset.write_text('[cursor]\ndeployment = "openai/gpt-4o"\n', encoding="utf-8")
    # The preset's deployment is compared with, Cursor has another one.
    code, data = status_json(tmp_path, "--preset", str(preset))
    assert (code, statuses(data)["deployment"]) == (1, "fail")
    assert "openai/gpt-4o" in data["findings"][1]["message"]
    assert data["preset"] == str(preset)
    # Saved settings (the window's last values) come before the preset.
    saved = isolated_home / ".config" / "cursor-azure-setup" / "settings.json"
    saved.parent.mkdir(parents=True, exist_ok=True)
    saved.write_text(json.dumps({"deployment": TARGET.deployment, "alias": TARGET.alias}), encoding="utf-8")
    code, data = status_json(tmp_path, "--preset", str(preset))
    assert (code, statuses(data)["deployment"]) == (0, "pass")
    # What is given on the command line comes first.
    code, data = status_json(tmp_path, "--deployment", "anthropic/claude-sonnet-4")
    assert (code, statuses(data)["deployment"]) == (1, "fail")


def test_status_bad_values_are_bad_input(tmp_path: Path) -> None:
    fake_cursor(tmp_path)
    proc = cli("cursor", "status", *where(tmp_path), "--base-url", "ftp://example.com")
    assert proc.returncode == 2
    error_line(proc)


# --- apply ---------------------------------------------------------------------------------------


def test_apply_dry_run_shows_before_and_after_and_changes_nothing(tmp_path: Path) -> None:
    install = fake_cursor(tmp_path, app_user_3x(base_url="https://api.aimlapi.com/openai"))
    before = database_files(install.state_db)
    proc = cli("cursor", "apply", "--dry-run", *where(tmp_path))
    assert proc.returncode == 0, proc.stderr
    assert "Base URL:           https://api.aimlapi.com/openai -> https://api.aimlapi.com" in proc.stdout
    assert "Deployment Name:    (empty) -> google/gemini-2.5-pro" in proc.stdout
    assert f"Custom models:      my-old-model -> my-old-model, {TARGET.alias}" in proc.stdout
    assert database_files(install.state_db) == before
    assert backups_of(tmp_path) == []
    dry = json.loads(cli("cursor", "apply", "--dry-run", "--json", *where(tmp_path)).stdout)
    assert dry["outcome"] == "dry_run"
    assert [c["field"] for c in dry["changes"]] == [
        "base_url",
        "deployment",
        "custom_models",
        "enabled_models",
    ]


def test_apply_yes_writes_reads_back_and_says_what_is_left(tmp_path: Path) -> None:
    install = fake_cursor(tmp_path, app_user_3x(base_url="https://api.aimlapi.com/openai", api_key=""))
    before = database_files(install.state_db)
    proc = cli("cursor", "apply", "--yes", "--skip-verify", *where(tmp_path))
    assert proc.returncode == 0, proc.stderr
    # What Cursor now has, read back by a reader of our own.
    azure = app_user_of(install.state_db)["azureState"]
    assert (azure["baseUrl"], azure["deployment"], azure["useAzure"]) == (
        TARGET.base_url,
        TARGET.deployment,
        False,  # the switch is Cursor's own Verify's job
    )
    assert TARGET.alias in app_user_of(install.state_db)["aiSettings"]["modelOverrideEnabled"]
    # The backup, beside Cursor's database, is the database as it was, owner-only.
    (backup,) = backups_of(tmp_path)
    assert f"Backup (beside Cursor's settings): {backup}" in proc.stdout
    assert (backup / "state.vscdb").read_bytes() == before["state.vscdb"]
    assert stat.S_IMODE(backup.stat().st_mode) == 0o700
    # What is left to do in Cursor: paste the key, switch Azure OpenAI on.
    left = proc.stdout.split("Left to do in Cursor:")[1]
    assert "Paste your API key into API Key" in left and "make sure the switch is on" in left
    # Status agrees, and a second apply changes nothing.
    code, data = status_json(tmp_path)
    assert code == 1
    assert {k for k, v in statuses(data).items() if v != "pass"} == {
        "azure_switch",
        "api_key",
        "other_custom_models",
    }
    again = cli("cursor", "apply", "--yes", *where(tmp_path))
    assert again.returncode == 0 and "already has these values" in again.stdout
    assert len(backups_of(tmp_path)) == 1


def test_apply_without_a_terminal_and_without_yes_asks_for_yes(tmp_path: Path) -> None:
    install = fake_cursor(tmp_path, app_user_3x(base_url="https://api.aimlapi.com/openai"))
    before = database_files(install.state_db)
    proc = cli("cursor", "apply", *where(tmp_path))
    assert proc.returncode == 2
    assert "pass --yes" in error_line(proc)
    assert "Apply would change" in proc.stdout  # it still says what would change
    assert database_files(install.state_db) == before and backups_of(tmp_path) == []


def _at_a_terminal(tmp_path: Path, answer: str):
    leader, follower = pty.openpty()
    try:
        os.write(leader, answer.encode())
        return cli("cursor", "apply", "--skip-verify", *where(tmp_path), stdin=follower)
    finally:
        os.close(follower)
        os.close(leader)


def test_apply_at_a_terminal_asks_first(tmp_path: Path) -> None:
    install = fake_cursor(tmp_path, app_user_3x(base_url="https://api.aimlapi.com/openai"))
    before = database_files(install.state_db)
    declined = _at_a_terminal(tmp_path, "n\n")
    assert declined.returncode == 1
    assert (
        "Apply these changes to Cursor? [y/N]" in declined.stderr and "Nothing was changed" in declined.stderr
    )
    assert database_files(install.state_db) == before
    accepted = _at_a_terminal(tmp_path, "y\n")
    assert accepted.returncode == 0, accepted.stderr
    assert app_user_of(install.state_db)["azureState"]["baseUrl"] == TARGET.base_url


def test_apply_refuses_while_cursor_runs(tmp_path: Path) -> None:
    install = fake_cursor(tmp_path, app_user_3x(base_url="https://api.aimlapi.com/openai"))
    before = database_files(install.state_db)
    proc = cli("cursor", "apply", "--yes", *where(tmp_path), cursor_running_in=tmp_path / "bin")
    assert proc.returncode == 1
    line = error_line(proc)
    assert "Cursor is running" in line and "Quit Cursor, then apply" in line
    assert database_files(install.state_db) == before and backups_of(tmp_path) == []
    # The status says it runs; JSON too.
    status = cli("cursor", "status", "--json", *where(tmp_path), cursor_running_in=tmp_path / "bin")
    assert json.loads(status.stdout)["running"] is True


@pytest.mark.parametrize(
    ("case", "app_user", "args", "exit_code", "words"),
    [
        ("garbage JSON", '{"azureState": ', [], 1, "not valid JSON"),
        ("another shape", {"azureState": {"baseUrl": 7}}, [], 1, "does not recognise"),
        (
            "model lists of another shape",
            {"aiSettings": {"userAddedModels": "x"}},
            [],
            1,
            "does not recognise",
        ),
        ("a built-in name as alias", None, ["--alias", "gpt-4o"], 2, "built into Cursor"),
        ("an address on this computer", None, ["--base-url", "http://127.0.0.1:9"], 2, "on this computer"),
    ],
)
def test_apply_failures_leave_the_database_byte_for_byte(
    tmp_path: Path, case: str, app_user, args: list[str], exit_code: int, words: str
) -> None:
    install = fake_cursor(tmp_path, app_user)
    before = database_files(install.state_db)
    proc = cli("cursor", "apply", "--yes", *where(tmp_path), *args)
    assert proc.returncode == exit_code, (case, proc.stderr)
    assert words in error_line(proc), case
    assert database_files(install.state_db) == before, case
    assert backups_of(tmp_path) == [], case


@pytest.mark.parametrize("lock", [write_lock, exclusive_lock])
def test_apply_to_a_locked_database_changes_nothing(tmp_path: Path, lock) -> None:
    install = fake_cursor(tmp_path, app_user_3x(base_url="https://api.aimlapi.com/openai"))
    before = database_files(install.state_db)
    with lock(install.state_db):
        proc = cli("cursor", "apply", "--yes", "--skip-verify", *where(tmp_path))
    assert proc.returncode == 1
    error_line(proc)
    assert database_files(install.state_db) == before and backups_of(tmp_path) == []


# --- restore -------------------------------------------------------------------------------------


def test_restore_brings_the_backup_back_byte_for_byte(tmp_path: Path) -> None:
    install = fake_cursor(tmp_path, app_user_3x(base_url="https://api.aimlapi.com/openai"))
    before = database_files(install.state_db)
    assert cli("cursor", "apply", "--yes", "--skip-verify", *where(tmp_path)).returncode == 0
    assert database_files(install.state_db) != before
    # Without a terminal it asks for --yes, and changes nothing.
    applied = database_files(install.state_db)
    asked = cli("cursor", "restore", *where(tmp_path))
    assert asked.returncode == 2 and "pass --yes" in error_line(asked)
    assert database_files(install.state_db) == applied
    proc = cli("cursor", "restore", "--yes", *where(tmp_path))
    assert proc.returncode == 0, proc.stderr
    assert "brought back" in proc.stdout
    assert database_files(install.state_db)["state.vscdb"] == before["state.vscdb"]
    # Restoring again gives the same result.
    assert cli("cursor", "restore", "--yes", *where(tmp_path)).returncode == 0
    assert database_files(install.state_db)["state.vscdb"] == before["state.vscdb"]


def test_restore_without_a_backup(tmp_path: Path) -> None:
    install = fake_cursor(tmp_path)
    before = database_files(install.state_db)
    proc = cli("cursor", "restore", "--yes", *where(tmp_path))
    assert proc.returncode == 1
    assert "no backup" in error_line(proc)
    assert database_files(install.state_db) == before


def test_restore_refuses_while_cursor_runs(tmp_path: Path) -> None:
    install = fake_cursor(tmp_path, app_user_3x(base_url="https://api.aimlapi.com/openai"))
    assert cli("cursor", "apply", "--yes", "--skip-verify", *where(tmp_path)).returncode == 0
    applied = database_files(install.state_db)
    proc = cli("cursor", "restore", "--yes", *where(tmp_path), cursor_running_in=tmp_path / "bin")
    assert proc.returncode == 1
    assert "Quit Cursor, then restore" in error_line(proc)
    assert database_files(install.state_db) == applied


# --- IT's login script ---------------------------------------------------------------------------


def test_the_login_script_reports_each_case_without_a_secret(tmp_path: Path) -> None:
    """examples/cursor-status-login.sh as IT deploys it: the JSON where inventory collects it, one
    line in the system log (a stand-in `logger` on PATH keeps it here), exit 0 whatever it found."""
    import subprocess
    import sys

    from tests.cursor_cli import ROOT, assert_no_secret, own_table

    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    program = bin_dir / "cursor-azure-setup"
    program.write_text(f'#!/bin/sh\nexec "{sys.executable}" -m app "$@"\n', encoding="utf-8")
    logger = bin_dir / "logger"
    logger.write_text(f'#!/bin/sh\necho "$@" >> "{tmp_path / "system.log"}"\n', encoding="utf-8")
    for script in (program, logger):
        script.chmod(0o755)
    state = tmp_path / "state"
    env = dict(
        os.environ, PATH=f"{bin_dir}:{os.environ['PATH']}", PYTHONPATH=str(ROOT), XDG_STATE_HOME=str(state)
    )
    env["CURSOR_AZURE_SETUP_CURSOR_APP"] = str(tmp_path / "cursor-app")
    env["CURSOR_AZURE_SETUP_CURSOR_DATA"] = str(tmp_path / "Cursor" / "User")
    report = state / "cursor-azure-setup" / "cursor-status.json"

    def login(environment: dict[str, str]) -> dict:
        done = subprocess.run(
            own_table(["sh", str(ROOT / "examples" / "cursor-status-login.sh")]),
            env=environment,
            capture_output=True,
            text=True,
            timeout=90,
        )
        assert done.returncode == 0, done.stderr
        text = report.read_text(encoding="utf-8")
        assert_no_secret(text + done.stdout + done.stderr, "the login script's report")
        assert stat.S_IMODE(report.parent.stat().st_mode) == 0o700
        return json.loads(text)

    fake_cursor(tmp_path, applied_3x())
    assert login(env)["found"] is True
    (tmp_path / "Cursor" / "User" / "globalStorage" / "state.vscdb").unlink()
    fake_cursor(tmp_path, app_user_3x(base_url="https://api.aimlapi.com/openai"))
    assert statuses(login(env))["base_url"] == "fail"
    nowhere = {k: v for k, v in env.items() if not k.startswith("CURSOR_AZURE_SETUP_CURSOR_")}
    assert login(nowhere)["found"] is False
    # A broken preset is bad input (exit 2 as well), not "Cursor not found": the log says which.
    broken = tmp_path / "broken.toml"
    broken.write_text("[cursor\nbase_url =", encoding="utf-8")
    with pytest.raises(json.JSONDecodeError):
        login({**env, "CURSOR_AZURE_SETUP_PRESET": str(broken)})
    assert "not valid TOML" in (report.parent / "cursor-status.err").read_text(encoding="utf-8")
    assert (tmp_path / "system.log").read_text().splitlines() == [
        "-t cursor-azure-setup cursor status: set up as checked",
        "-t cursor-azure-setup cursor status: needs attention (see cursor-status.json)",
        "-t cursor-azure-setup cursor status: Cursor not found",
        "-t cursor-azure-setup cursor status: could not run (see cursor-status.err)",
    ]


# --- settings read in part, odd files, and honest words -------------------------------------------


@pytest.mark.parametrize(
    "app_user",
    [
        {"azureState": "x", "aiSettings": 5},
        applied_3x(
            azureState={"useAzure": "true", "baseUrl": TARGET.base_url, "deployment": TARGET.deployment}
        ),
    ],
    ids=["not objects", "a switch written as text"],
)
def test_settings_that_could_not_all_be_read_are_not_set_up(tmp_path: Path, app_user: dict) -> None:
    fake_cursor(tmp_path, app_user)
    code, data = status_json(tmp_path)
    assert code == 1
    unknown = [f for f in data["findings"] if f["status"] == "unknown"]
    assert unknown
    for finding in unknown:  # apply refuses these shapes: never sent there
        assert "cursor apply" not in finding["fix"], finding
    proc = cli("cursor", "status", *where(tmp_path))
    assert proc.returncode == 1
    assert "set up as checked here" not in proc.stdout
    assert "could not be read" in proc.stdout.splitlines()[-1]


@pytest.mark.parametrize(
    "base_url", ["https://API.AIMLAPI.COM", "https://api.aimlapi.com:443", "api.aimlapi.com/"]
)
def test_the_same_address_written_another_way_is_the_same(tmp_path: Path, base_url: str) -> None:
    fake_cursor(
        tmp_path,
        applied_3x(
            azureState={
                "useAzure": True,
                "baseUrl": base_url,
                "deployment": TARGET.deployment,
                "apiKey": "k" * 30,
            }
        ),
    )
    code, data = status_json(tmp_path)
    assert statuses(data)["base_url"] == "pass", data["findings"][0]
    assert code == 0


@pytest.mark.parametrize("kind", ["folder", "fifo"])
def test_a_settings_database_that_is_not_a_file(tmp_path: Path, kind: str) -> None:
    install = fake_cursor(tmp_path)
    for path in install.state_db.parent.glob("state.vscdb*"):
        path.unlink()
    if kind == "folder":
        install.state_db.mkdir()
    else:
        os.mkfifo(install.state_db)
    for action in (["status"], ["apply", "--yes", "--skip-verify"]):
        proc = cli("cursor", *action, *where(tmp_path), timeout=60)
        assert proc.returncode == 1, (action, proc.stderr)
        said = proc.stdout + proc.stderr
        assert "Install Cursor" not in said
        assert "not a file" in said, said


def test_a_data_folder_that_does_not_exist(tmp_path: Path) -> None:
    proc = cli("cursor", "status", "--cursor-data", str(tmp_path / "nonexistent"))
    assert proc.returncode == 2
    line = error_line(proc)
    assert "does not exist" in line and "holds globalStorage folder" not in line


# --- apply writes only values that were checked -----------------------------------------------------


def _closed_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def env_through_a_dead_proxy(key: str | None = TEST_KEY) -> dict[str, str]:
    """Every request to the service goes to a proxy on this computer that is not there: nothing
    leaves loopback, and Cursor's Verify request cannot pass."""
    env = dict(os.environ, HTTPS_PROXY=f"http://127.0.0.1:{_closed_port()}")
    env.pop("AIMLAPI_API_KEY", None)
    if key is not None:
        env["AIMLAPI_API_KEY"] = key
    return env


@pytest.mark.parametrize(
    "values", [["--deployment", "nonexistent/model-x"], ["--base-url", "https://example.com"]]
)
def test_apply_writes_nothing_that_cursors_verify_did_not_pass(tmp_path: Path, values: list[str]) -> None:
    install = fake_cursor(tmp_path)
    before = database_files(install.state_db)
    proc = cli("cursor", "apply", "--yes", *where(tmp_path), *values, env=env_through_a_dead_proxy())
    assert proc.returncode == 1, proc.stderr
    assert "Cursor's Verify request did not pass with these values, so nothing was changed" in error_line(
        proc
    )
    assert database_files(install.state_db) == before and backups_of(tmp_path) == []
    data = json.loads(
        cli(
            "cursor", "apply", "--yes", "--json", *where(tmp_path), *values, env=env_through_a_dead_proxy()
        ).stdout
    )
    assert (data["ok"], data["outcome"], data["verified"]) == (False, "refused", False)
    # Without a key there is nothing to check with: bad input, and the way to skip is named.
    proc = cli("cursor", "apply", "--yes", *where(tmp_path), *values, env=env_through_a_dead_proxy(key=None))
    assert proc.returncode == 2 and "--skip-verify" in error_line(proc)
    # IT may skip the check knowingly; the output says it was skipped.
    proc = cli(
        "cursor", "apply", "--yes", "--skip-verify", *where(tmp_path), *values, env=env_through_a_dead_proxy()
    )
    assert proc.returncode == 0, proc.stderr
    assert "not checked with Cursor's Verify request (--skip-verify)" in proc.stdout


def test_an_earlier_alias_of_ours_is_switched_off_not_left_on(tmp_path: Path) -> None:
    install = fake_cursor(tmp_path, app_user_3x(custom=["mine"], enabled=["mine"], disabled=[]))
    for alias in ("aimlapi-first", "aimlapi-second", "aimlapi-third"):
        proc = cli("cursor", "apply", "--yes", "--skip-verify", "--alias", alias, *where(tmp_path))
        assert proc.returncode == 0, proc.stderr
    ai = app_user_of(install.state_db)["aiSettings"]
    assert ai["modelOverrideEnabled"] == ["mine", "aimlapi-third"]  # the user's own model stays on
    assert {"aimlapi-first", "aimlapi-second"} <= set(ai["modelOverrideDisabled"])
    assert "Switched off aimlapi-second, added by this tool before" in proc.stdout
    _code, data = status_json(tmp_path, "--alias", "aimlapi-third")
    other = next(f for f in data["findings"] if f["id"] == "other_custom_models")
    assert "aimlapi-first" not in other["message"] and "aimlapi-second" not in other["message"]


@needs_mounts
def test_a_read_only_database_is_refused_before_anything_is_made(tmp_path: Path) -> None:
    """Cursor's database on a read-only mount: not even root may write it."""
    import shlex
    import sys

    from tests.cursor_cli import ROOT

    install = fake_cursor(tmp_path)
    before = sorted(p.name for p in install.state_db.parent.iterdir())
    command = shlex.join(
        [sys.executable, "-m", "app", "cursor", "apply", "--yes", "--skip-verify", *where(tmp_path)]
    )
    script = read_only_bind(install.state_db, install.state_db) + command
    proc = in_private_mounts(script, dict(os.environ, PYTHONPATH=str(ROOT)), cwd=ROOT)
    assert proc.returncode == 1, proc.stderr
    assert "read-only" in error_line(proc) and "check that you can read it" not in error_line(proc)
    assert sorted(p.name for p in install.state_db.parent.iterdir()) == before  # no -wal, -shm, backups


def test_refusals_speak_the_command_lines_words(tmp_path: Path) -> None:
    fake_cursor(tmp_path)
    proc = cli("cursor", "apply", "--yes", "--alias", "gpt-4o", *where(tmp_path))
    assert proc.returncode == 2
    assert "here" not in error_line(proc) and "--alias" in error_line(proc)


def test_left_to_do_asks_once_for_the_key(tmp_path: Path) -> None:
    fake_cursor(
        tmp_path,
        {"aiSettings": {"userAddedModels": [], "modelOverrideEnabled": [], "modelOverrideDisabled": []}},
        extra_rows=NO_AZURE_KEY_ROW,
    )
    proc = cli("cursor", "apply", "--yes", "--skip-verify", *where(tmp_path))
    assert proc.returncode == 0, proc.stderr
    left = proc.stdout.split("Left to do in Cursor:")[1]
    assert left.lower().count("paste") == 1, left


def test_parts_of_cursors_own_key_in_other_fields_are_never_shown(tmp_path: Path) -> None:
    key = "Zq8vK3mW9xR2tY7pL4nB6cD1hJ5gF0"
    app_user = app_user_3x(
        base_url=f"https://{key[:12]}.example", api_key=key, custom=["mine", key[-10:]], enabled=[key[-10:]]
    )
    fake_cursor(tmp_path, app_user)
    for extra in ([], ["--json"]):
        proc = cli("cursor", "status", *extra, *where(tmp_path))
        said = proc.stdout + proc.stderr
        pieces = [key[i : i + 6] for i in range(len(key) - 5)]
        shown = [p for p in pieces if p.lower() in said.lower()]
        assert not shown, shown
        assert "mine" in said  # the rest is still shown


def test_cursors_own_key_spelled_out_or_escaped_in_other_fields_is_never_shown(tmp_path: Path) -> None:
    """Cursor's copy of a key is masked by the same redaction as ours: spelled out a character at a
    time or written as HTML entities in a custom model's name, it is not printed back either."""
    key = "Zq8vK3mW9xR2tY7pL4nB6cD1hJ5gF0"
    spelled = " ".join(key)
    entities = "".join(f"&#{ord(c)};" for c in key)
    app_user = app_user_3x(api_key=key, custom=["mine", spelled, entities], enabled=["mine"])
    fake_cursor(tmp_path, app_user)
    for extra in ([], ["--json"]):
        proc = cli("cursor", "status", *extra, *where(tmp_path))
        said = proc.stdout + proc.stderr
        assert "mine" in said, said  # the custom models were read and shown
        assert spelled not in said and entities not in said, said


@pytest.mark.parametrize("field", ["deployment", "base_url", "custom"])
def test_a_key_pasted_into_the_wrong_field_of_cursor_is_never_shown(tmp_path: Path, field: str) -> None:
    """A newcomer pastes the key into Deployment Name (or Base URL, or as a custom model) and
    leaves API Key empty: no key is at hand to compare with (a login script run by IT), so the
    value's shape alone must keep it out of every output."""
    key = "7c2e9f41a0b83d56e4f1029c8a7b3d5e"
    wrong = {
        "deployment": {"deployment": key},
        "base_url": {"base_url": f"https://api.aimlapi.com/{key}"},
        "custom": {"custom": ["mine", key], "enabled": [key]},
    }[field]
    fake_cursor(tmp_path, app_user_3x(api_key="", **wrong), extra_rows=NO_AZURE_KEY_ROW)
    env = {k: v for k, v in os.environ.items() if k != "AIMLAPI_API_KEY"}
    for action in (["status"], ["status", "--json"], ["apply", "--dry-run", "--skip-verify"]):
        proc = cli("cursor", *action, *where(tmp_path), env=env)
        said = proc.stdout + proc.stderr
        assert proc.returncode in (0, 1), said
        assert key[:12] not in said and key[-12:] not in said, (action, said)
