"""Is Cursor running? Real processes under real names, and the Windows and macOS tools answered by
real programs put first on PATH."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

from app.core.cursor.install import find_cursor
from app.core.cursor.platforms import Platform, Roots
from app.core.cursor.processes import parse_ps_comm, parse_tasklist_csv, scan_processes
from tests.cursor_fixtures import running_program

pytestmark = pytest.mark.skipif(not Path("/proc/self/comm").exists(), reason="needs Linux /proc")


def pids(scan) -> set[int]:
    return {p.pid for p in scan.processes}


@pytest.mark.parametrize("name", ["cursor", "Cursor"])
def test_a_process_named_cursor_counts(tmp_path: Path, name: str) -> None:
    with running_program(tmp_path / "bin", name) as process:
        scan = scan_processes(Platform.LINUX, appimage_dirs=())
        assert scan.running is True
        assert process.pid in pids(scan)
        assert any(p.path.endswith(f"/bin/{name}") for p in scan.processes if p.pid == process.pid)
    # Stopped (and reaped): it no longer counts.
    assert process.pid not in pids(scan_processes(Platform.LINUX, appimage_dirs=()))


def test_a_program_under_an_appimage_mount_counts(tmp_path: Path) -> None:
    mounts = tmp_path / "tmp"
    with running_program(mounts / ".mount_CursorX1y2Z3", "AppRun") as process:
        assert process.pid in pids(scan_processes(Platform.LINUX, appimage_dirs=(mounts,)))
        # The same program is not Cursor when no mount folder is watched.
        assert process.pid not in pids(scan_processes(Platform.LINUX, appimage_dirs=()))


@pytest.mark.parametrize("name", ["cursor-agent", "cursorx", "precursor", "CURSOR"])
def test_unrelated_names_do_not_count(tmp_path: Path, name: str) -> None:
    with running_program(tmp_path / "bin", name) as process:
        assert process.pid not in pids(scan_processes(Platform.LINUX, appimage_dirs=()))


def test_this_process_never_counts() -> None:
    assert os.getpid() not in pids(scan_processes(Platform.LINUX, appimage_dirs=()))


def test_a_zombie_does_not_count(tmp_path: Path) -> None:
    with running_program(tmp_path / "bin", "cursor") as process:
        process.kill()
        # Not reaped yet: it is a zombie, listed in /proc but holding no files.
        for _ in range(1000):
            state = Path(f"/proc/{process.pid}/stat").read_text().rpartition(")")[2].split()[0]
            if state == "Z":
                break
            os.sched_yield()
        assert process.pid not in pids(scan_processes(Platform.LINUX, appimage_dirs=()))


def test_find_cursor_reports_the_running_process(tmp_path: Path) -> None:
    roots = Roots(home=tmp_path, appimage_dirs=())
    with running_program(tmp_path / "bin", "cursor") as process:
        found = find_cursor(platform=Platform.LINUX, roots=roots, env={})
        assert found.running is True
        assert process.pid in {p.pid for p in found.processes}
        assert found.to_json()["running"] is True


def test_an_unreadable_process_table_is_unknown(tmp_path: Path) -> None:
    scan = scan_processes(Platform.LINUX, proc_root=tmp_path / "missing", appimage_dirs=())
    assert scan.running is None and scan.detail


# --- Windows and macOS, through the real command line tools' output ----------------------------


def fake_tool(folder: Path, name: str, output: str, exit_code: int = 0) -> dict[str, str]:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "out.txt").write_text(output, encoding="utf-8")
    script = folder / name
    script.write_text(f'#!/bin/sh\ncat "{folder / "out.txt"}"\nexit {exit_code}\n', encoding="utf-8")
    script.chmod(0o755)
    return {"PATH": f"{folder}{os.pathsep}{os.environ.get('PATH', '')}"}


TASKLIST = (
    '"Cursor.exe","4312","Console","1","182,340 K"\r\n'
    '"Cursor.exe","5120","Console","1","90,112 K"\r\n'
    '"cursor-helper.exe","777","Console","1","1,000 K"\r\n'
)


def test_windows_tasklist(tmp_path: Path) -> None:
    env = fake_tool(tmp_path / "bin", "tasklist", TASKLIST)
    scan = scan_processes(Platform.WINDOWS, env=env)
    assert scan.running is True and pids(scan) == {4312, 5120}


def answering_by_user(folder: Path, name: str, mine: str, everyone: str, filter_arg: str) -> dict[str, str]:
    """A stand-in for ``tasklist`` or ``ps`` that honours a user filter as the real one does: with
    ``filter_arg`` among its arguments it lists only that user's processes, else everyone's."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "mine.txt").write_text(mine, encoding="utf-8")
    (folder / "everyone.txt").write_text(everyone, encoding="utf-8")
    script = folder / name
    script.write_text(
        "#!/bin/sh\n"
        f'for arg in "$@"; do [ "$arg" = \'{filter_arg}\' ] && exec cat "{folder / "mine.txt"}"; done\n'
        f'cat "{folder / "everyone.txt"}"\n',
        encoding="utf-8",
    )
    script.chmod(0o755)
    return {"PATH": f"{folder}{os.pathsep}{os.environ.get('PATH', '')}"}


def test_windows_other_peoples_cursor_on_a_terminal_server_does_not_count(tmp_path: Path) -> None:
    mine = '"Cursor.exe","4312","RDP-Tcp#3","3","182,340 K"\r\n'
    theirs = '"Cursor.exe","6000","RDP-Tcp#5","5","170,000 K"\r\n'
    env = answering_by_user(tmp_path / "bin", "tasklist", mine, mine + theirs, "USERNAME eq CORP\\ana")
    scan = scan_processes(Platform.WINDOWS, env={**env, "USERNAME": "ana", "USERDOMAIN": "CORP"})
    assert scan.running is True and pids(scan) == {4312}
    # Nobody is named in the environment: every user's Cursor counts (apply waits, to be safe).
    assert pids(scan_processes(Platform.WINDOWS, env=env)) == {4312, 6000}


def test_macos_another_signed_in_persons_cursor_does_not_count(tmp_path: Path) -> None:
    app = "/Applications/Cursor.app/Contents/MacOS/Cursor"
    env = answering_by_user(tmp_path / "bin", "ps", "", f"  812 {app}\n", str(os.getuid()))
    assert scan_processes(Platform.MACOS, env=env).running is False


def test_windows_no_tasks_in_any_language(tmp_path: Path) -> None:
    env = fake_tool(tmp_path / "bin", "tasklist", "INFORMATION: Es werden keine Tasks ausgeführt.\r\n")
    assert scan_processes(Platform.WINDOWS, env=env).running is False


def test_windows_tool_missing_or_failing_is_unknown(tmp_path: Path) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    assert scan_processes(Platform.WINDOWS, env={"PATH": str(empty)}).running is None
    env = fake_tool(tmp_path / "bin", "tasklist", TASKLIST, exit_code=1)
    assert scan_processes(Platform.WINDOWS, env=env).running is None


PS = (
    "    1 /sbin/launchd\n"
    "  812 /Applications/Cursor.app/Contents/MacOS/Cursor\n"
    "  813 /Applications/Cursor.app/Contents/Frameworks/Cursor Helper (Renderer).app/Contents/MacOS/"
    "Cursor Helper (Renderer)\n"
    "  900 /Users/ana/My Apps/Cursor.app/Contents/MacOS/Cursor\n"
    "  901 /usr/local/bin/Cursor\n"
)


def test_macos_ps(tmp_path: Path) -> None:
    env = fake_tool(tmp_path / "bin", "ps", PS)
    scan = scan_processes(Platform.MACOS, env=env)
    assert scan.running is True and pids(scan) == {812, 900}


def test_macos_nothing_running(tmp_path: Path) -> None:
    env = fake_tool(tmp_path / "bin", "ps", "    1 /sbin/launchd\n")
    assert scan_processes(Platform.MACOS, env=env).running is False


def test_parsers_skip_junk() -> None:
    assert parse_tasklist_csv('"Cursor.exe","x"\n\n"","1"\nnot,csv,"\n') == []
    assert parse_ps_comm("garbage\n  x /Applications/Cursor.app/Contents/MacOS/Cursor\n") == []


def test_a_real_ps_on_this_machine_never_counts_us() -> None:
    # The macOS rule run against this machine's own ps: whatever runs here, none of it ends in
    # Cursor.app's path, and this process is never listed.
    command = ["ps", "-x", "-U", str(os.getuid()), "-ww", "-o", "pid=,comm="]
    if subprocess.run(command, capture_output=True).returncode != 0:
        pytest.skip("this ps does not take the macOS options")
    scan = scan_processes(Platform.MACOS)
    assert scan.running is False
