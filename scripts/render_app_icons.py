#!/usr/bin/env python3
"""Render resources/icon.svg into the PNG icons the window loads at start (resources/icons/).

    .venv/bin/python scripts/render_app_icons.py      # after changing resources/icon.svg

A PNG opens without Qt's SVG plugins, which cost start-up time. The PNGs are committed with a copy
of the SVG they were drawn from: the app uses them only while that copy matches icon.svg, so a
changed or rebranded icon.svg is never shown in its old raster form.
"""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SVG = ROOT / "resources" / "icon.svg"
OUT = ROOT / "resources" / "icons"
sys.path.insert(0, str(ROOT / "packaging"))  # the installers' renderer: one drawing of the icon

from icons import render_png  # noqa: E402

sys.path.insert(0, str(ROOT))
from app.ui.resources import ICON_SIZES, icon_png_name  # noqa: E402


def render(svg: Path = SVG, out: Path = OUT) -> list[Path]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for size in ICON_SIZES:
        target = out / icon_png_name(size)
        target.write_bytes(render_png(svg, size))
        written.append(target)
    written.append(Path(shutil.copyfile(svg, out / "rendered-from.svg")))
    return written


if __name__ == "__main__":
    for path in render():
        print(path.relative_to(ROOT))
