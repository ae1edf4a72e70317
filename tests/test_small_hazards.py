"""Small things that add up: temp files an interrupted write left behind, the log's fallback folder,
messages the scrubber must leave readable, and presets that are not files at all."""

from __future__ import annotations

import os
import stat
import time
from pathlib import Path

import pytest

from app.simulator import Simulator
from tests.cli_process import cli_env, run_cli
from tests.conftest import TEST_KEY

AN_HOUR_AGO = time.time() - 3600


def leftover(folder: Path, target: str) -> Path:
    """A temp file as an atomic write killed half-way leaves it: same folder, hidden, ``.tmp``."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f".{target}.k1ll3d.tmp"
    path.write_text('{"half": ')
    os.utime(path, (AN_HOUR_AGO, AN_HOUR_AGO))
    return path


def test_temp_files_of_interrupted_writes_are_cleaned_up(tmp_path: Path) -> None:
    cache = Path(os.environ["XDG_CACHE_HOME"]) / "cursor-azure-setup"
    stale = [leftover(tmp_path, "report.json"), leftover(cache, "catalog.json")]
    fresh = tmp_path / ".report.json.wr1t1ng.tmp"  # another writer, right now: left alone
    fresh.write_text("{")
    with Simulator(api_key=TEST_KEY) as sim:
        env = cli_env(AIMLAPI_API_KEY=TEST_KEY)
        assert (
            run_cli("verify", "--base-url", sim.url, "--report", str(tmp_path / "report.json"), env=env).code
            == 0
        )
        assert run_cli("models", "--base-url", sim.url).code == 0
    assert [p for p in stale if p.exists()] == []
    assert fresh.exists()
    assert (tmp_path / "report.json").is_file() and (cache / "catalog.json").is_file()


def test_the_log_falls_back_to_a_folder_of_this_user_only(tmp_path: Path) -> None:
    tmp = tmp_path / "tmp"
    tmp.mkdir()
    trap = tmp_path / "someone-elses"
    trap.mkdir()
    # A folder with the old shared name, planted by someone else as a link to theirs.
    (tmp / "cursor-azure-setup-logs").symlink_to(trap)
    blocked = tmp_path / "state-is-a-file"
    blocked.write_text("not a folder")  # the usual log folder cannot be made
    env = cli_env(AIMLAPI_API_KEY=TEST_KEY, TMPDIR=str(tmp), XDG_STATE_HOME=str(blocked))
    ran = run_cli("--verbose", "verify", "--base-url", "http://127.0.0.1:9", env=env)
    assert ran.code == 1, ran.err
    assert list(trap.iterdir()) == []
    logs = [p for p in tmp.rglob("*.log") if not p.is_symlink()]
    assert len(logs) == 1, list(tmp.rglob("*"))
    folder = logs[0].parent
    assert not folder.is_symlink() and folder.stat().st_uid == os.getuid()
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert str(os.getuid()) in folder.name or os.environ.get("USER", "\0") in folder.name


def test_scrubbing_leaves_the_notes_about_a_pasted_header_readable() -> None:
    with Simulator(api_key=TEST_KEY) as sim:
        ran = run_cli(
            "verify", "--base-url", sim.url, "--key-stdin", stdin=f"Authorization: Bearer {TEST_KEY}\n"
        )
    assert ran.code == 0, ran.err
    assert 'Removed "Authorization: Bearer" in front of the key' in ran.err, ran.err
    assert "***" not in ran.err


@pytest.mark.parametrize("kind", ["device", "link to a device", "fifo"])
def test_a_preset_that_is_not_a_file_is_reported_as_what_it_is(tmp_path: Path, kind: str) -> None:
    if kind == "device":
        preset = Path(os.devnull)
    elif kind == "link to a device":
        preset = tmp_path / "preset.toml"
        preset.symlink_to(os.devnull)
    else:
        preset = tmp_path / "preset.toml"
        os.mkfifo(preset)
    ran = run_cli("verify", "--preset", str(preset), env=cli_env(AIMLAPI_API_KEY=TEST_KEY), guard_s=60)
    assert ran.code == 2, ran.text
    assert "does not exist" not in ran.err
    word = {"device": "device", "link to a device": "link", "fifo": "pipe"}[kind]
    assert word in ran.err, ran.err
