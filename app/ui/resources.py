"""Finding the app's resources (icon, translations) from a source checkout or a PyInstaller bundle."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # Qt's image classes load with the icon, after the first paint
    from PySide6.QtGui import QIcon


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


# PNG renderings of icon.svg (scripts/render_app_icons.py): no SVG plugin is loaded at start.
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)


def icon_png_name(size: int) -> str:
    return f"icon-{size}.png"


_icon: list[QIcon] = []  # made once; a cache by hand, as functools would be one more import before
# the first paint (see the note in app/ui/texts.py): this module is loaded for the translations


def app_icon() -> QIcon:
    if not _icon:
        _icon.append(_load_app_icon())
    return _icon[0]


def _load_app_icon() -> QIcon:
    from PySide6.QtCore import QByteArray
    from PySide6.QtGui import QIcon, QPixmap

    path = find_resource("icon.svg")
    if path is None:
        return QIcon()
    raster = _raster_icon(path)
    if raster is not None:
        return raster
    icon = QIcon(str(path))
    if icon.isNull() or (not icon.availableSizes() and icon.pixmap(32, 32).isNull()):
        # No SVG icon engine in this Qt build: render through QPixmap's image reader instead.
        pix = QPixmap()
        pix.loadFromData(QByteArray(path.read_bytes()), "SVG")
        icon = QIcon(pix)
    return icon


def _raster_icon(svg: Path) -> QIcon | None:
    """The PNG icons beside ``svg``, while they were drawn from that very SVG (a rebranded build
    replaces icon.svg; its icon must not be shown in our old raster form)."""
    from PySide6.QtCore import QSize
    from PySide6.QtGui import QIcon

    folder = svg.parent / "icons"
    try:
        if (folder / "rendered-from.svg").read_bytes() != svg.read_bytes():
            return None
    except OSError:
        return None
    icon = QIcon()
    for size in ICON_SIZES:
        png = folder / icon_png_name(size)
        if png.is_file():
            icon.addFile(str(png), QSize(size, size))
    return None if icon.isNull() else icon
