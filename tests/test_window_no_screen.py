"""Opening the window where there is no screen (an SSH session, a server, a desktop's variables
lost under sudo) ends with one line saying so and exit 1: never Qt's abort and its lines about
plugins. The command line's own commands are not affected."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.cli_process import cli_env, run_cli

NO_SCREEN = {"DISPLAY": None, "WAYLAND_DISPLAY": None, "QT_QPA_PLATFORM": None}


def _no_x_server_on(number: int) -> str:
    assert not Path(f"/tmp/.X11-unix/X{number}").exists()
    return f":{number}"


def _said_once_and_plainly(err: str) -> None:
    lines = [line for line in err.splitlines() if line.strip()]
    assert len(lines) == 1, err
    assert "The window cannot open" in lines[0] and "--help" in lines[0]
    assert "plugin" not in err and "Aborted" not in err


@pytest.mark.parametrize("args", [(), ("--demo",), ("--smoke",)])
def test_no_display_at_all_is_one_line_and_exit_1(args: tuple[str, ...]) -> None:
    ran = run_cli(*args, env=cli_env(**NO_SCREEN))
    assert ran.code == 1, ran.err  # Qt's abort was -6 (SIGABRT)
    _said_once_and_plainly(ran.err)
    assert "no screen" in ran.err


def test_a_display_that_does_not_answer_is_one_line_and_exit_1(tmp_path: Path) -> None:
    demo_temp = tmp_path / "tmp"
    demo_temp.mkdir()
    ran = run_cli(
        "--demo", env=cli_env(**{**NO_SCREEN, "DISPLAY": _no_x_server_on(977)}, TMPDIR=str(demo_temp))
    )
    assert ran.code == 1, ran.err
    _said_once_and_plainly(ran.err)
    assert "could not reach the screen" in ran.err
    assert list(demo_temp.iterdir()) == []  # the demo's stand-in Cursor is not left behind


def test_an_explicit_platform_without_a_display_still_opens() -> None:
    """QT_QPA_PLATFORM=offscreen (kiosks, installer smoke tests) needs no display variable."""
    ran = run_cli("--smoke", env=cli_env(DISPLAY=None, WAYLAND_DISPLAY=None, QT_QPA_PLATFORM="offscreen"))
    assert ran.code == 0, ran.err


def test_commands_need_no_screen() -> None:
    ran = run_cli("models", "--help", env=cli_env(**NO_SCREEN))
    assert ran.code == 0 and "window" not in ran.err


def test_a_broken_preset_is_said_first_with_exit_2(tmp_path: Path) -> None:
    """Bad input is the user's to fix wherever the window runs: the same answer with or without a screen."""
    preset = tmp_path / "odd.toml"
    preset.write_text("this is [not toml", encoding="utf-8")
    for given in (str(preset), str(tmp_path / "missing.toml")):
        ran = run_cli("--preset", given, env=cli_env(**NO_SCREEN))
        assert ran.code == 2, ran.err
        assert "preset" in ran.err.lower() or "TOML" in ran.err
        assert "The window cannot open" not in ran.err


def test_a_wayland_name_without_its_socket_is_no_screen(tmp_path: Path) -> None:
    """Variables half lost (as under sudo): WAYLAND_DISPLAY set, no runtime folder or no socket."""
    for runtime in (None, str(tmp_path)):
        ran = run_cli(
            env=cli_env(**{**NO_SCREEN, "WAYLAND_DISPLAY": "wayland-0", "XDG_RUNTIME_DIR": runtime})
        )
        assert ran.code == 1, ran.err
        _said_once_and_plainly(ran.err)
        assert "no screen" in ran.err
