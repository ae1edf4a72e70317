"""Render the app's SVG icon into the formats installers need: .ico (Windows) and .iconset/.icns (macOS).

Qt (already a dependency) does the rendering, so no extra image tools are needed. The .ico holds
PNG-compressed images, which Windows has read since Vista. The .icns is made by Apple's
``iconutil`` from an .iconset folder, so it only exists when building on macOS.
"""

from __future__ import annotations

import os
import shutil
import struct
import subprocess
import sys
from pathlib import Path

ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# iconutil's expected names: icon_<size>x<size>[@2x].png
ICONSET_SIZES = (16, 32, 128, 256, 512)


def _qt_app() -> object:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    return QGuiApplication.instance() or QGuiApplication([sys.argv[0]])


def render_png(svg: Path, size: int) -> bytes:
    """The SVG drawn on a transparent square of ``size`` pixels, as PNG bytes."""
    _qt_app()
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise ValueError(f"{svg}: not a valid SVG image")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(0)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def ico_bytes(pngs: dict[int, bytes]) -> bytes:
    """An .ico file holding one PNG per size (ICONDIR + ICONDIRENTRY records, then the images)."""
    sizes = sorted(pngs)
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = len(header) + 16 * len(sizes)
    entries, blobs = b"", b""
    for size in sizes:
        png = pngs[size]
        dim = 0 if size >= 256 else size  # 0 means 256 in the directory entry
        entries += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(png), offset)
        offset += len(png)
        blobs += png
    return header + entries + blobs


def write_ico(svg: Path, out: Path) -> Path:
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_bytes(ico_bytes({size: render_png(svg, size) for size in ICO_SIZES}))
    return out


def write_iconset(svg: Path, iconset: Path) -> Path:
    """The folder ``iconutil -c icns`` expects (10 PNGs, 16 to 1024 pixels)."""
    if iconset.exists():
        shutil.rmtree(iconset)
    iconset.mkdir(parents=True)
    for size in ICONSET_SIZES:
        (iconset / f"icon_{size}x{size}.png").write_bytes(render_png(svg, size))
        (iconset / f"icon_{size}x{size}@2x.png").write_bytes(render_png(svg, size * 2))
    return iconset


def write_icns(svg: Path, out: Path) -> Path | None:
    """macOS only (needs iconutil); returns None elsewhere."""
    iconutil = shutil.which("iconutil")
    if not iconutil:
        return None
    iconset = write_iconset(svg, out.with_suffix(".iconset"))
    subprocess.run([iconutil, "-c", "icns", str(iconset), "-o", str(out)], check=True)
    return out
