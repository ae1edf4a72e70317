"""Where Cursor lives on each operating system: pure path rules, no file access.

The platform and the roots (home, %LOCALAPPDATA%, the file-system root, ...) are parameters, so
the Windows and macOS rules are tested on any machine with fake trees.

- Windows: per user ``%LOCALAPPDATA%\\Programs\\cursor``, per machine ``%ProgramFiles%\\Cursor``;
  user data ``%APPDATA%\\Cursor\\User``.
- macOS: ``/Applications/Cursor.app``, then ``~/Applications/Cursor.app``; user data
  ``~/Library/Application Support/Cursor/User``.
- Linux: ``/usr/share/cursor`` (deb, rpm), ``/opt/Cursor``, ``/opt/cursor``, then a running
  AppImage's mount (``/tmp/.mount_Cursor*``); user data ``$XDG_CONFIG_HOME/Cursor/User``
  (``~/.config/Cursor/User``).
"""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

# An AppImage mounts itself at <tmp>/.mount_<first six letters of its file name><random>.
APPIMAGE_MOUNT_PREFIX = ".mount_Cursor"
# Linux: the process table to read instead of /proc (a folder of /proc/<pid> entries). Tests give
# one they control, so a Cursor running elsewhere on the machine cannot change their outcome.
ENV_PROC = "CURSOR_AZURE_SETUP_PROC"


class Platform(StrEnum):
    WINDOWS = "windows"
    MACOS = "macos"
    LINUX = "linux"


def current_platform() -> Platform:
    if sys.platform.startswith("win"):
        return Platform.WINDOWS
    if sys.platform == "darwin":
        return Platform.MACOS
    return Platform.LINUX


@dataclass(frozen=True)
class Roots:
    """The places the rules start from. ``from_environment`` gives the real ones."""

    home: Path
    root: Path = Path("/")  # the file-system root (macOS /Applications, Linux /usr, /opt)
    local_app_data: Path | None = None  # Windows %LOCALAPPDATA%
    app_data: Path | None = None  # Windows %APPDATA%
    program_files: tuple[Path, ...] = ()  # Windows %ProgramFiles% (and its 64-bit twin)
    config_home: Path | None = None  # Linux $XDG_CONFIG_HOME
    appimage_dirs: tuple[Path, ...] = ()  # where AppImages mount while they run
    proc: Path = Path("/proc")

    @classmethod
    def from_environment(cls, platform: Platform, env: Mapping[str, str] | None = None) -> Roots:
        env = os.environ if env is None else env

        def path(name: str) -> Path | None:
            value = (env.get(name) or "").strip()
            return Path(value) if value else None

        home = path("USERPROFILE") if platform is Platform.WINDOWS else None
        home = home or path("HOME") or Path.home()
        program_files: list[Path] = []
        for name in ("ProgramFiles", "ProgramW6432"):
            found = path(name)
            if found is not None and found not in program_files:
                program_files.append(found)
        appimage_dirs = [Path("/tmp")]
        tmp = Path(tempfile.gettempdir())
        if tmp not in appimage_dirs:
            appimage_dirs.append(tmp)
        return cls(
            home=home,
            local_app_data=path("LOCALAPPDATA") or home / "AppData" / "Local",
            app_data=path("APPDATA") or home / "AppData" / "Roaming",
            program_files=tuple(program_files),
            config_home=path("XDG_CONFIG_HOME"),
            appimage_dirs=tuple(appimage_dirs),
            proc=path(ENV_PROC) or Path("/proc"),
        )


def install_candidates(platform: Platform, roots: Roots) -> list[Path]:
    """Install folders to look in, most likely first (AppImage mounts are listed as they exist)."""
    if platform is Platform.WINDOWS:
        found = []
        if roots.local_app_data is not None:
            found.append(roots.local_app_data / "Programs" / "cursor")
        found += [folder / "Cursor" for folder in roots.program_files]
        return found
    if platform is Platform.MACOS:
        return [roots.root / "Applications" / "Cursor.app", roots.home / "Applications" / "Cursor.app"]
    found = [
        roots.root / "usr" / "share" / "cursor",
        roots.root / "opt" / "Cursor",
        roots.root / "opt" / "cursor",
    ]
    for base in roots.appimage_dirs:
        try:
            mounts = sorted(p for p in base.iterdir() if p.name.startswith(APPIMAGE_MOUNT_PREFIX))
        except OSError:
            continue
        found += mounts
    return found


# Where product.json sits inside an install folder: Windows and Linux packages, a macOS app
# bundle, and an AppImage whose tree keeps the Linux package layout under usr/share/cursor.
_PRODUCT_JSON_PLACES = (
    ("resources", "app", "product.json"),
    ("Contents", "Resources", "app", "product.json"),
    ("usr", "share", "cursor", "resources", "app", "product.json"),
)


def product_json_of(app_dir: Path) -> Path | None:
    """The install folder's ``product.json``, or None when it has none."""
    for parts in _PRODUCT_JSON_PLACES:
        candidate = app_dir.joinpath(*parts)
        if candidate.is_file():
            return candidate
    return None


def default_data_dir(platform: Platform, roots: Roots) -> Path:
    """Cursor's ``User`` folder (settings.json, globalStorage/state.vscdb), existing or not."""
    if platform is Platform.WINDOWS:
        base = roots.app_data if roots.app_data is not None else roots.home / "AppData" / "Roaming"
        return base / "Cursor" / "User"
    if platform is Platform.MACOS:
        return roots.home / "Library" / "Application Support" / "Cursor" / "User"
    base = roots.config_home if roots.config_home is not None else roots.home / ".config"
    return base / "Cursor" / "User"


STATE_DB_PARTS = ("globalStorage", "state.vscdb")


def state_db_of(data_dir: Path) -> Path:
    return data_dir.joinpath(*STATE_DB_PARTS)
