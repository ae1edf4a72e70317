"""The app icon: PNG renderings of resources/icon.svg load at start, without Qt's SVG plugins."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from app.ui import resources
from tests.script_modules import load_script

ROOT = Path(__file__).resolve().parents[1]
SVG = ROOT / "resources" / "icon.svg"
ICONS = ROOT / "resources" / "icons"


def _render_png(size: int) -> bytes:
    return load_script("packaging/icons.py").render_png(SVG, size)


def _mean_difference(a: QImage, b: QImage) -> float:
    a = a.convertToFormat(QImage.Format.Format_RGBA8888)
    b = b.convertToFormat(QImage.Format.Format_RGBA8888)
    assert a.size() == b.size()
    pa, pb = bytes(a.constBits()), bytes(b.constBits())
    return sum(abs(x - y) for x, y in zip(pa, pb, strict=True)) / len(pa)


def test_the_committed_pngs_are_drawings_of_the_current_svg(qapp) -> None:
    """Changed icon.svg? Run scripts/render_app_icons.py (this test says so when it was forgotten)."""
    assert (ICONS / "rendered-from.svg").read_bytes() == SVG.read_bytes(), "run scripts/render_app_icons.py"
    for size in resources.ICON_SIZES:
        committed = QImage(str(ICONS / resources.icon_png_name(size)))
        fresh = QImage.fromData(_render_png(size), "PNG")
        assert committed.width() == size
        # Another Qt version may antialias an edge differently; a different drawing differs a lot.
        assert _mean_difference(committed, fresh) < 2.0, f"{size} px: run scripts/render_app_icons.py"


@pytest.mark.skipif(not Path("/proc/self/maps").exists(), reason="reads the loaded libraries from /proc")
def test_the_icon_at_start_is_raster_and_loads_no_svg_plugin() -> None:
    code = (
        "from PySide6.QtWidgets import QApplication; app = QApplication([]);"
        "from app.ui import resources; icon = resources.app_icon(); app.setWindowIcon(icon);"
        "assert not icon.pixmap(40, 40).isNull();"
        "print(sorted(s.width() for s in icon.availableSizes()));"
        "print(any('svg' in line.lower() for line in open('/proc/self/maps')))"
    )
    proc = subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert proc.returncode == 0, proc.stderr
    sizes, svg_loaded = proc.stdout.split("\n")[:2]
    assert sizes == str(sorted(resources.ICON_SIZES))
    assert svg_loaded == "False"


def test_a_rebranded_svg_is_never_shown_in_the_old_raster_form(qapp, tmp_path) -> None:
    shutil.copytree(ICONS, tmp_path / "icons")
    svg = tmp_path / "icon.svg"
    shutil.copyfile(SVG, svg)
    assert resources._raster_icon(svg) is not None
    svg.write_text(SVG.read_text(encoding="utf-8").replace("#2f6fed", "#d92b2b"), encoding="utf-8")
    assert resources._raster_icon(svg) is None  # app_icon() then draws the SVG itself
