"""The command line with odd input and as a newcomer reads it: keys of impossible lengths, report
names that are not file names, a smoke test with a broken preset, help that explains every
command, preset errors that say things once, and a home folder that does not exist."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

from app.simulator import FAULTS, Simulator
from tests.cli_process import cli_env, run_cli
from tests.conftest import TEST_KEY

NO_KEYRING = {"DBUS_SESSION_BUS_ADDRESS": None}


def one_error_line(text: str) -> str:
    lines = [line for line in text.splitlines() if "error:" in line]
    assert len(lines) == 1, text
    return lines[0]


# --- keys of impossible lengths ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("key", "words"),
    [
        ("abc", "too short to be an API key (3 characters)"),
        ("a" * 1000, "far too long to be an API key (1000 characters"),
        ("a" * 100_000, "more than 64 KB"),
        ("a" * 10_000_000, "more than 64 KB"),
    ],
    ids=["3 characters", "1000 characters", "100 KB", "10 MB"],
)
@pytest.mark.parametrize("command", [("key", "set", "--stdin"), ("verify", "--key-stdin")])
def test_a_key_of_an_impossible_length_is_refused(key: str, words: str, command: tuple[str, ...]) -> None:
    where = ("--base-url", "http://127.0.0.1:9") if command[0] == "verify" else ()
    ran = run_cli(*command, *where, stdin=key + "\n", env=cli_env(**NO_KEYRING))
    assert ran.code == 2, ran.text
    assert words in one_error_line(ran.err), ran.err
    assert "web page" not in ran.text


# --- --report ----------------------------------------------------------------------------------------


@pytest.mark.parametrize("name", [" ", "", "-"])
def test_a_report_name_that_is_no_file_name_is_refused(sim_url: str, tmp_path: Path, name: str) -> None:
    ran = run_cli(
        "verify", "--base-url", sim_url, "--report", name, env=cli_env(AIMLAPI_API_KEY=TEST_KEY), cwd=tmp_path
    )
    assert ran.code == 2, ran.text
    assert "report.txt" in one_error_line(ran.err)
    assert list(tmp_path.iterdir()) == []


def test_a_report_folder_is_answered_with_a_text_file_name(sim_url: str, tmp_path: Path) -> None:
    ran = run_cli(
        "verify", "--base-url", sim_url, "--report", str(tmp_path), env=cli_env(AIMLAPI_API_KEY=TEST_KEY)
    )
    assert ran.code == 2
    assert str(tmp_path / "report.txt") in one_error_line(ran.err)


# --- the smoke test ------------------------------------------------------------------------------------


def test_the_smoke_test_fails_on_a_preset_that_cannot_be_used(tmp_path: Path) -> None:
    preset = tmp_path / "preset.toml"
    preset.write_text("[cursor]\nbase_url = 5\n")
    ran = run_cli("--smoke", "--preset", str(preset), env=cli_env(QT_QPA_PLATFORM="offscreen"))
    assert ran.code == 2, ran.text
    assert "base_url" in one_error_line(ran.err)


# --- help ----------------------------------------------------------------------------------------------

COMMANDS = [
    ("verify",),
    ("models",),
    ("simulate",),
    ("key",),
    ("key", "set"),
    ("key", "status"),
    ("key", "forget"),
    ("cursor",),
    ("cursor", "status"),
    ("cursor", "apply"),
    ("cursor", "restore"),
    ("cursor", "traffic"),
]


@pytest.mark.parametrize("command", COMMANDS, ids=" ".join)
def test_every_command_says_what_it_does_in_its_help(command: tuple[str, ...]) -> None:
    ran = run_cli(*command, "--help")
    assert ran.code == 0
    # After the usage lines, a description before the list of arguments or options.
    after_usage = ran.out.split("\n\n", 1)[1]
    first = after_usage.lstrip().splitlines()[0]
    assert first not in ("options:", "positional arguments:"), ran.out


def test_simulate_help_lists_every_fault_and_how_to_give_options() -> None:
    ran = run_cli("simulate", "--help")
    for name in FAULTS:
        assert re.search(rf"^\s+{name}\b", ran.out, re.M), name
    assert "NAME:option=value,option=value" in ran.out and "scope=chat+account" in ran.out


def test_a_scope_list_with_commas_says_to_join_with_a_plus() -> None:
    ran = run_cli("simulate", "--port", "0", "--fault", "rate_limited:scope=chat,account")
    assert ran.code == 2
    line = one_error_line(ran.err)
    assert "scope=chat+account" in line and "comma list" not in line


# --- models ----------------------------------------------------------------------------------------------


def test_models_shows_whether_each_model_streams_and_calls_tools(simulator: Simulator) -> None:
    ran = run_cli("models", "--base-url", simulator.url)
    assert ran.code == 0, ran.err
    header, *rows = ran.out.splitlines()
    assert header.split()[:5] == ["MODEL", "CONTEXT", "STREAMS", "TOOLS", "NAME"]
    gemini = next(r for r in rows if r.startswith("google/gemini-2.5-pro "))
    assert gemini.split()[2:4] == ["yes", "yes"], gemini


# --- presets ----------------------------------------------------------------------------------------------


def locking_preset(tmp_path: Path) -> Path:
    preset = tmp_path / "org-preset.toml"
    preset.write_text(
        '[cursor]\nalias = "org-gemini"\ndeployment = "google/gemini-2.5-pro"\n'
        'allowed_deployments = ["google/gemini-2.5-pro"]\n[lock]\nfields = ["alias"]\n'
    )
    return preset


@pytest.mark.parametrize(
    "args", [("--alias", "mine"), ("--deployment", "openai/gpt-4o")], ids=["locked alias", "not allowed"]
)
def test_a_preset_error_names_the_preset_once(tmp_path: Path, args: tuple[str, ...]) -> None:
    preset = locking_preset(tmp_path)
    ran = run_cli("verify", "--preset", str(preset), *args, env=cli_env(AIMLAPI_API_KEY=TEST_KEY))
    assert ran.code == 2, ran.text
    line = one_error_line(ran.err)
    assert line.count("org-preset.toml") == 1, line


def test_a_preset_holding_a_key_says_the_setting_is_unknown(tmp_path: Path) -> None:
    preset = tmp_path / "preset.toml"
    preset.write_text('[cursor]\napi_key = "Zq7xK9mP2vL4nR8tW1yB5cF3hJ6dG0sA"\n')
    ran = run_cli("verify", "--preset", str(preset), env=cli_env(AIMLAPI_API_KEY=TEST_KEY))
    assert ran.code == 2
    line = one_error_line(ran.err)
    assert "api_key: unknown key" in line and "Zq7xK9" not in line


# --- a home folder that does not exist ---------------------------------------------------------------------


def test_a_home_folder_that_does_not_exist_is_not_created(simulator: Simulator, tmp_path: Path) -> None:
    home = tmp_path / "gone" / "x"
    env = cli_env(
        HOME=str(home),
        XDG_CONFIG_HOME=None,
        XDG_CACHE_HOME=None,
        XDG_STATE_HOME=None,
        AIMLAPI_API_KEY=TEST_KEY,
    )
    assert run_cli("models", "--base-url", simulator.url, env=env).code == 0
    assert run_cli("verify", "--base-url", simulator.url, env=env).code == 0
    assert not (tmp_path / "gone").exists(), sorted(str(p) for p in tmp_path.rglob("*"))
    assert os.environ["HOME"] != str(home)
