"""Colours and small style helpers that follow the system palette (light or dark).

Status colours are picked per palette so they keep enough contrast on either background.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QWidget


def is_dark(palette: QPalette | None = None) -> bool:
    pal = palette or QApplication.palette()
    return pal.color(QPalette.ColorRole.Window).lightnessF() < 0.5


def status_color(kind: str, palette: QPalette | None = None) -> QColor:
    """Colour for "pass", "warn", "fail", "skipped", "info"; darker shades on light backgrounds."""
    dark = is_dark(palette)
    table = {
        "pass": ("#1e7d32", "#66c77a"),
        "warn": ("#8a5a00", "#f0b44c"),
        "fail": ("#b3261e", "#ff8a80"),
        "skipped": ("#5f6368", "#a0a4a8"),
        "info": ("#1a5fb4", "#8ab4f8"),
    }
    light_hex, dark_hex = table.get(kind, table["skipped"])
    return QColor(dark_hex if dark else light_hex)


def tinted_background(kind: str, palette: QPalette | None = None) -> QColor:
    """A faint background for a notice box, blended towards the window colour."""
    pal = palette or QApplication.palette()
    base = pal.color(QPalette.ColorRole.Window)
    accent = status_color(kind, pal)
    mix = 0.16 if is_dark(pal) else 0.10
    return QColor(
        round(base.red() * (1 - mix) + accent.red() * mix),
        round(base.green() * (1 - mix) + accent.green() * mix),
        round(base.blue() * (1 - mix) + accent.blue() * mix),
    )


def muted_text(palette: QPalette | None = None) -> QColor:
    # PlaceholderText is often too faint for reading; blend text towards the window instead.
    return blend(palette or QApplication.palette(), 0.32)


def blend(pal: QPalette, mix: float) -> QColor:
    """Window text moved ``mix`` of the way towards the window colour."""
    text = pal.color(QPalette.ColorRole.WindowText)
    win = pal.color(QPalette.ColorRole.Window)
    return QColor(
        round(text.red() * (1 - mix) + win.red() * mix),
        round(text.green() * (1 - mix) + win.green() * mix),
        round(text.blue() * (1 - mix) + win.blue() * mix),
    )


def set_point_size(widget: QWidget, factor: float, bold: bool = False) -> None:
    """Scale a widget's font relative to the application font (keeps system scaling)."""
    font = widget.font()
    base = QApplication.font().pointSizeF()
    if base > 0:
        font.setPointSizeF(base * factor)
    font.setBold(bold)
    widget.setFont(font)
