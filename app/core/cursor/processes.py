"""Is Cursor running? Writing its settings while it runs is pointless (it writes its own copy back
on exit), so Apply and Restore ask this first and refuse when the answer is yes or unknown.

- Linux: a process named ``cursor`` or ``Cursor``, or one whose program lies under an AppImage
  mount (``/tmp/.mount_Cursor*``). Read from ``/proc``; zombies don't count (they hold no files),
  nor do other users' processes (they write their own settings).
- Windows: a process ``Cursor.exe`` of this user (``tasklist``).
- macOS: a process of this user whose program path ends in ``/Cursor.app/Contents/MacOS/Cursor``
  (``ps``; ``pgrep -x Cursor`` is reported to miss it).

This process never counts, whatever it is called. Nothing here ever stops a process.
"""

from __future__ import annotations

import csv
import io
import os
import shutil
import subprocess
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

from app.core.cursor.platforms import APPIMAGE_MOUNT_PREFIX, Platform

LINUX_NAMES = frozenset({"cursor", "Cursor"})
WINDOWS_IMAGE = "cursor.exe"  # compared case-insensitively, as Windows does
MACOS_SUFFIX = "/Cursor.app/Contents/MacOS/Cursor"
COMMAND_TIMEOUT_S = 10.0


@dataclass(frozen=True)
class CursorProcess:
    pid: int
    name: str
    path: str = ""  # the program's path when the system tells us

    def to_json(self) -> dict[str, object]:
        return {"pid": self.pid, "name": self.name, "path": self.path}


@dataclass(frozen=True)
class ProcessScan:
    """``running`` is None when the system could not be asked; ``detail`` then says why."""

    running: bool | None
    processes: tuple[CursorProcess, ...] = ()
    detail: str = ""

    def describe(self) -> str:
        """A short list for messages: 'cursor (pid 123), cursor (pid 124)'."""
        return ", ".join(f"{p.name} (pid {p.pid})" for p in self.processes[:5]) or self.detail


def scan_processes(
    platform: Platform,
    *,
    proc_root: Path = Path("/proc"),
    appimage_dirs: Iterable[Path] = (Path("/tmp"),),
    env: Mapping[str, str] | None = None,
) -> ProcessScan:
    """Cursor's processes on this computer, never including this one."""
    if platform is Platform.LINUX:
        return _scan_proc(proc_root, tuple(appimage_dirs))
    if platform is Platform.WINDOWS:
        return _scan_command(tasklist_command(os.environ if env is None else env), parse_tasklist_csv, env)
    # This user's processes only (-U, with or without a terminal: -x): on a Mac with several people
    # signed in, another person's Cursor writes that person's settings, not these.
    return _scan_command(["ps", "-x", "-U", str(os.getuid()), "-ww", "-o", "pid=,comm="], parse_ps_comm, env)


def tasklist_command(env: Mapping[str, str]) -> list[str]:
    """``tasklist`` asked for Cursor's processes of this user only: on a terminal server or with
    fast user switching, other people's Cursor writes their own settings, not these. Without a
    user name in the environment, every user's (the cautious answer: apply waits)."""
    command = ["tasklist", "/FO", "CSV", "/NH", "/FI", "IMAGENAME eq Cursor.exe"]
    user, domain = env.get("USERNAME", "").strip(), env.get("USERDOMAIN", "").strip()
    if user:
        command += ["/FI", f"USERNAME eq {domain}\\{user}" if domain else f"USERNAME eq {user}"]
    return command


def _read_text(path: Path) -> str | None:
    try:
        return path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return None


def _is_under_appimage_mount(program: str, appimage_dirs: tuple[Path, ...]) -> bool:
    for base in appimage_dirs:
        prefix = str(base).rstrip("/") + "/" + APPIMAGE_MOUNT_PREFIX
        if program.startswith(prefix):
            return True
    return False


def _proc_state(stat: str) -> str:
    # /proc/PID/stat is "pid (comm) state ...": comm may hold spaces and parentheses.
    tail = stat.rpartition(")")[2].split()
    return tail[0] if tail else ""


def _scan_proc(proc_root: Path, appimage_dirs: tuple[Path, ...]) -> ProcessScan:
    try:
        entries = [e for e in os.listdir(proc_root) if e.isdigit()]
    except OSError as exc:
        return ProcessScan(None, (), f"could not list {proc_root}: {exc.strerror or exc}")
    own, uid = os.getpid(), os.getuid()
    found: list[CursorProcess] = []
    for entry in entries:
        pid = int(entry)
        if pid == own:
            continue
        base = proc_root / entry
        try:
            if base.stat().st_uid != uid:
                continue  # another user's Cursor writes another user's settings
        except OSError:
            continue  # it ended while we looked
        name = (_read_text(base / "comm") or "").rstrip("\n")
        if not name:
            continue  # the process ended while we looked
        try:
            program = os.readlink(base / "exe").removesuffix(" (deleted)")
        except OSError:  # another user's process, or a kernel thread
            program = ""
        by_name = name in LINUX_NAMES or (program and os.path.basename(program) in LINUX_NAMES)
        if not (by_name or (program and _is_under_appimage_mount(program, appimage_dirs))):
            continue
        if _proc_state(_read_text(base / "stat") or "") in ("Z", "X", ""):
            continue  # a zombie holds no files; an empty state means it just ended
        found.append(CursorProcess(pid, name, program))
    found.sort(key=lambda p: p.pid)
    return ProcessScan(bool(found), tuple(found))


def parse_tasklist_csv(text: str) -> list[CursorProcess]:
    """``tasklist /FO CSV /NH`` lines -> Cursor's processes. Lines that are not rows (the
    localised "no tasks" notice) are skipped."""
    found = []
    for row in csv.reader(io.StringIO(text)):
        if len(row) < 2 or row[0].strip().lower() != WINDOWS_IMAGE:
            continue
        pid = row[1].strip()
        if pid.isdigit():
            found.append(CursorProcess(int(pid), row[0].strip()))
    return found


def parse_ps_comm(text: str) -> list[CursorProcess]:
    """``ps -o pid=,comm=`` lines (macOS prints the program's full path) -> Cursor's main processes."""
    found = []
    for line in text.splitlines():
        pid, _, program = line.strip().partition(" ")
        program = program.strip()
        if pid.isdigit() and program.endswith(MACOS_SUFFIX):
            found.append(CursorProcess(int(pid), "Cursor", program))
    return found


def _scan_command(
    command: list[str], parse: Callable[[str], list[CursorProcess]], env: Mapping[str, str] | None
) -> ProcessScan:
    environment = dict(os.environ if env is None else env)
    program = shutil.which(command[0], path=environment.get("PATH"))
    if program is None:
        return ProcessScan(None, (), f"{command[0]} was not found")
    try:
        done = subprocess.run(
            [program, *command[1:]],
            capture_output=True,
            timeout=COMMAND_TIMEOUT_S,
            env=environment,
            stdin=subprocess.DEVNULL,
            check=False,
        )
    except (OSError, subprocess.SubprocessError) as exc:
        return ProcessScan(None, (), f"{command[0]} failed: {type(exc).__name__}")
    if done.returncode != 0:
        return ProcessScan(None, (), f"{command[0]} exited with {done.returncode}")
    text = done.stdout.decode("utf-8", errors="replace")
    own = os.getpid()
    found = tuple(p for p in parse(text) if p.pid != own)
    return ProcessScan(bool(found), found)
