"""Our own files replaced by named pipes (FIFOs) never hang a command: opening a pipe waits for the
other end forever. The saved settings, the catalog cache and the log file are read or written only
when they are regular files; otherwise the command goes on and says so where it matters."""

from __future__ import annotations

import os
from pathlib import Path

from app.simulator import Simulator
from tests.cli_process import cli_env, run_cli
from tests.conftest import TEST_KEY

APP_ID = "cursor-azure-setup"


def pipe_at(path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    os.mkfifo(path)
    return path


def test_settings_file_as_a_pipe_is_said_and_defaults_are_used(simulator: Simulator) -> None:
    pipe_at(Path(os.environ["XDG_CONFIG_HOME"]) / APP_ID / "settings.json")
    ran = run_cli("verify", "--base-url", simulator.url, env=cli_env(AIMLAPI_API_KEY=TEST_KEY), guard_s=60)
    assert ran.code == 0, ran.err
    note = next(line for line in ran.err.splitlines() if "settings.json" in line)
    assert "pipe" in note and "defaults are used" in note, note


def test_catalog_cache_as_a_pipe_still_lists_the_models(simulator: Simulator) -> None:
    pipe_at(Path(os.environ["XDG_CACHE_HOME"]) / APP_ID / "catalog.json")
    ran = run_cli("models", "--base-url", simulator.url, guard_s=60)
    assert ran.code == 0, ran.err
    assert "google/gemini-2.5-pro" in ran.out


def test_log_file_as_a_pipe_does_not_stop_any_command(simulator: Simulator) -> None:
    pipe_at(Path(os.environ["XDG_STATE_HOME"]) / APP_ID / "log" / f"{APP_ID}.log")
    ran = run_cli("models", "--base-url", simulator.url, guard_s=60)
    assert ran.code == 0, ran.err
    ran = run_cli("verify", "--base-url", simulator.url, env=cli_env(AIMLAPI_API_KEY=TEST_KEY), guard_s=60)
    assert ran.code == 0, ran.err
