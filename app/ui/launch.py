"""Opening Cursor from the window: its program in the install folder core found, started on its
own (it outlives this window); nothing is ever stopped."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QProcess, QUrl
from PySide6.QtGui import QDesktopServices

if TYPE_CHECKING:
    from app.core.cursor import CursorInstall


def cursor_program(install: CursorInstall | None) -> Path | None:
    """Cursor's program: the .app on a Mac, Cursor.exe on Windows, ``cursor`` on Linux (the
    install folder's, else the one on PATH)."""
    app_dir = install.app_dir if install is not None else None
    if sys.platform == "darwin":
        return app_dir if app_dir is not None and app_dir.suffix == ".app" else None
    names = ("Cursor.exe",) if sys.platform == "win32" else ("cursor", "Cursor", "AppRun")
    for name in names:
        if app_dir is not None and (app_dir / name).is_file():
            return app_dir / name
    found = shutil.which("cursor")
    return Path(found) if found else None


def open_cursor(install: CursorInstall | None) -> bool:
    """Start Cursor; False when its program could not be found or started."""
    program = cursor_program(install)
    if program is None:
        return False
    if sys.platform == "darwin":
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(program)))
    started, _pid = QProcess.startDetached(str(program), [])
    return bool(started)
