"""Finding the app's resources (icon) from a source checkout or a PyInstaller bundle."""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path

from PySide6.QtCore import QByteArray
from PySide6.QtGui import QIcon, QPixmap


def resource_dirs() -> list[Path]:
    here = Path(__file__).resolve()
    dirs = [
        here.parents[2] / "resources",  # source checkout: <repo>/resources
        here.parents[1] / "resources",  # installed package data: app/resources
    ]
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        dirs.insert(0, Path(bundle) / "resources")
    return dirs


def find_resource(name: str) -> Path | None:
    for folder in resource_dirs():
        candidate = folder / name
        if candidate.is_file():
            return candidate
    return None


@cache
def app_icon() -> QIcon:
    path = find_resource("icon.svg")
    if path is None:
        return QIcon()
    icon = QIcon(str(path))
    if icon.isNull() or (not icon.availableSizes() and icon.pixmap(32, 32).isNull()):
        # No SVG icon engine in this Qt build: render through QPixmap's image reader instead.
        pix = QPixmap()
        pix.loadFromData(QByteArray(path.read_bytes()), "SVG")
        icon = QIcon(pix)
    return icon
