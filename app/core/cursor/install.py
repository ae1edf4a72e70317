"""Find Cursor on this computer: installed or not, where, which version, whether it runs, and
its user data folder.

Overrides, for tests and IT, win over the usual places: an install folder (holding
``resources/app/product.json``) and a user data folder (Cursor's ``User`` folder), given as
arguments or as the environment variables ``CURSOR_AZURE_SETUP_CURSOR_APP`` and
``CURSOR_AZURE_SETUP_CURSOR_DATA``. An override that does not look right is bad input
(``CursorError`` with ``invalid_input``), never silently ignored.

A version that cannot be read is ``None`` (unknown), never a guess. Some tools rewrite
``product.json``'s ``version``; ``cursor --version`` would be the cross-check, but starting
Cursor's program to ask is not worth the risk of opening a window.
"""

from __future__ import annotations

import json
import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.core.cursor import problems
from app.core.cursor.platforms import (
    Platform,
    Roots,
    current_platform,
    default_data_dir,
    install_candidates,
    product_json_of,
    state_db_of,
)
from app.core.cursor.processes import CursorProcess, ProcessScan, scan_processes
from app.core.text import Text

ENV_APP = "CURSOR_AZURE_SETUP_CURSOR_APP"
ENV_DATA = "CURSOR_AZURE_SETUP_CURSOR_DATA"
_PRODUCT_JSON_MAX_BYTES = 1_000_000


@dataclass(frozen=True)
class CursorInstall:
    """What is known about Cursor here. ``running`` is None when it could not be told."""

    platform: Platform
    app_dir: Path | None
    version: str | None
    vscode_version: str | None
    data_dir: Path  # Cursor's User folder (where it would be, when ``has_data`` is False)
    has_data: bool
    running: bool | None
    processes: tuple[CursorProcess, ...] = ()
    running_detail: str = ""
    roots: Roots | None = field(default=None, repr=False, compare=False)

    @property
    def installed(self) -> bool:
        return self.app_dir is not None

    @property
    def found(self) -> bool:
        """Cursor's program or its user data is here (a closed AppImage leaves only the data)."""
        return self.installed or self.has_data

    @property
    def state_db(self) -> Path:
        return state_db_of(self.data_dir)

    def to_json(self) -> dict[str, Any]:
        return {
            "found": self.found,
            "installed": self.installed,
            "app_dir": str(self.app_dir) if self.app_dir else None,
            "version": self.version,
            "vscode_version": self.vscode_version,
            "running": self.running,
            "processes": [p.to_json() for p in self.processes],
            "data_dir": str(self.data_dir) if self.has_data else None,
            "state_db": str(self.state_db) if self.state_db.is_file() else None,
        }


def read_product_json(app_dir: Path) -> tuple[str | None, str | None]:
    """-> (Cursor's version, the VS Code version it is built on); None for what cannot be read."""
    path = product_json_of(app_dir)
    if path is None:
        return None, None
    try:
        with path.open("rb") as handle:
            raw = handle.read(_PRODUCT_JSON_MAX_BYTES + 1)
        data = json.loads(raw) if len(raw) <= _PRODUCT_JSON_MAX_BYTES else None
    except (OSError, ValueError):
        return None, None
    if not isinstance(data, dict):
        return None, None

    def text(name: str) -> str | None:
        value = data.get(name)
        return value.strip() if isinstance(value, str) and value.strip() else None

    return text("version"), text("vscodeVersion")


def _override(explicit: str | os.PathLike[str] | None, env: Mapping[str, str], name: str) -> Path | None:
    if explicit is not None and str(explicit).strip():
        return Path(explicit).expanduser()
    value = (env.get(name) or "").strip()
    return Path(value).expanduser() if value else None


def _app_from_override(path: Path) -> Path:
    if product_json_of(path) is None:
        raise problems.CursorError(
            problems.bad_override(Text("install folder"), path, "resources/app/product.json")
        )
    return path


def _data_from_override(path: Path) -> Path:
    if (path / "globalStorage").is_dir() or (path.is_dir() and path.name == "User"):
        return path
    # The Cursor folder above User is an easy mistake to forgive.
    if (path / "User" / "globalStorage").is_dir():
        return path / "User"
    raise problems.CursorError(
        problems.bad_override(
            Text("user data folder (its User folder)"), path, Text("a globalStorage folder")
        )
    )


def find_cursor(
    app_dir: str | os.PathLike[str] | None = None,
    data_dir: str | os.PathLike[str] | None = None,
    *,
    platform: Platform | None = None,
    roots: Roots | None = None,
    env: Mapping[str, str] | None = None,
    check_running: bool = True,
) -> CursorInstall:
    """Look for Cursor. Raises ``CursorError`` (invalid_input) for an override that is not a
    Cursor folder; otherwise never raises: what is not there is reported as not found."""
    env = os.environ if env is None else env
    platform = platform or current_platform()
    roots = roots or Roots.from_environment(platform, env)

    app_override = _override(app_dir, env, ENV_APP)
    if app_override is not None:
        app: Path | None = _app_from_override(app_override)
    else:
        app = next((c for c in install_candidates(platform, roots) if product_json_of(c)), None)
    version, vscode_version = read_product_json(app) if app is not None else (None, None)

    data_override = _override(data_dir, env, ENV_DATA)
    data = _data_from_override(data_override) if data_override else default_data_dir(platform, roots)

    scan = (
        scan_processes(platform, proc_root=roots.proc, appimage_dirs=roots.appimage_dirs, env=env)
        if check_running
        else ProcessScan(None, (), "not checked")
    )
    return CursorInstall(
        platform=platform,
        app_dir=app,
        version=version,
        vscode_version=vscode_version,
        data_dir=data,
        has_data=data.is_dir(),
        running=scan.running,
        processes=scan.processes,
        running_detail=scan.detail,
        roots=roots,
    )


def running_now(install: CursorInstall, env: Mapping[str, str] | None = None) -> ProcessScan:
    """Ask again (Cursor may have started or quit since ``find_cursor``)."""
    env = os.environ if env is None else env
    roots = install.roots or Roots.from_environment(install.platform, env)
    return scan_processes(install.platform, proc_root=roots.proc, appimage_dirs=roots.appimage_dirs, env=env)
