"""Colours and small style helpers that follow the system palette (light or dark).

Every colour the window paints itself comes from here, picked per palette so it keeps its contrast
(4.5:1 for text, 3:1 for state symbols; tests/test_window_contrast.py checks every pair):

- status colours (pass, warn, fail, skipped, info) for icons, state words and "What to do";
- the accent: the one filled button of a page and the current step's circle, with its text colour;
- the step list's panel, a shade away from the window;
- tinted backgrounds for banners and notices.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QWidget


def _pal(palette: QPalette | None) -> QPalette:
    return palette or QApplication.palette()


def is_dark(palette: QPalette | None = None) -> bool:
    return _pal(palette).color(QPalette.ColorRole.Window).lightnessF() < 0.5


def status_color(kind: str, palette: QPalette | None = None) -> QColor:
    """Colour for "pass", "warn", "fail", "skipped", "info"; darker shades on light backgrounds."""
    dark = is_dark(palette)
    table = {
        "pass": ("#1b6e2c", "#66c77a"),
        "warn": ("#7a4f00", "#f0b44c"),
        "fail": ("#a3221b", "#ff8a80"),
        "skipped": ("#555a5f", "#a0a4a8"),
        "info": ("#1a5fb4", "#8ab4f8"),
        "stale": ("#7a4f00", "#f0b44c"),
        "running": ("#1a5fb4", "#8ab4f8"),
    }
    light_hex, dark_hex = table.get(kind, table["skipped"])
    return QColor(dark_hex if dark else light_hex)


def mark_color(palette: QPalette | None = None) -> QColor:
    """The tick, cross or number drawn inside a filled status circle."""
    return QColor("#111111" if is_dark(palette) else "#ffffff")


def accent(palette: QPalette | None = None) -> QColor:
    """The primary button's fill and the current step's circle (not the style's highlight, whose
    white text is under 4.5:1 in Fusion and in common dark palettes)."""
    return QColor("#8ab4f8" if is_dark(palette) else "#1a5fb4")


def on_accent(palette: QPalette | None = None) -> QColor:
    return QColor("#0b1d3a" if is_dark(palette) else "#ffffff")


def accent_hover(palette: QPalette | None = None) -> QColor:
    return QColor("#a8c7fa" if is_dark(palette) else "#15508f")


def sidebar(palette: QPalette | None = None) -> QColor:
    """The step list's panel: a shade darker than the window (lighter in dark)."""
    pal = _pal(palette)
    return mix(pal.color(QPalette.ColorRole.Window), QColor("#ffffff" if is_dark(pal) else "#000000"), 0.05)


def selection(palette: QPalette | None = None) -> QColor:
    """The background of the step shown now in the step list: lifted off the panel, tinted."""
    pal = _pal(palette)
    return mix(pal.color(QPalette.ColorRole.Base), accent(pal), 0.12)


def tinted_background(kind: str, palette: QPalette | None = None) -> QColor:
    """A faint background for a banner or notice, blended towards the window colour."""
    pal = _pal(palette)
    return mix(pal.color(QPalette.ColorRole.Window), status_color(kind, pal), 0.16 if is_dark(pal) else 0.10)


def border(palette: QPalette | None = None) -> QColor:
    """Lines between parts (the footer's top, a card's frame): visible, not loud."""
    return blend(_pal(palette), 0.78)


def muted_text(palette: QPalette | None = None) -> QColor:
    # PlaceholderText is often too faint for reading; blend text towards the window instead.
    return blend(_pal(palette), 0.32)


def mix(a: QColor, b: QColor, amount: float) -> QColor:
    """``a`` moved ``amount`` of the way towards ``b``."""
    return QColor(
        round(a.red() * (1 - amount) + b.red() * amount),
        round(a.green() * (1 - amount) + b.green() * amount),
        round(a.blue() * (1 - amount) + b.blue() * amount),
    )


def blend(pal: QPalette, amount: float) -> QColor:
    """Window text moved ``amount`` of the way towards the window colour."""
    return mix(pal.color(QPalette.ColorRole.WindowText), pal.color(QPalette.ColorRole.Window), amount)


def set_point_size(widget: QWidget, factor: float, bold: bool = False) -> None:
    """Scale a widget's font relative to the application font (keeps system scaling)."""
    font = widget.font()
    base = QApplication.font().pointSizeF()
    if base > 0:
        font.setPointSizeF(base * factor)
    font.setBold(bold)
    widget.setFont(font)


def primary_button_style(palette: QPalette | None = None) -> str:
    """The one filled button of a page; its focus frame stays visible on the fill."""
    pal = _pal(palette)
    fill, text, hover = accent(pal).name(), on_accent(pal).name(), accent_hover(pal).name()
    ring = pal.color(QPalette.ColorRole.WindowText).name()
    disabled_fill = blend(pal, 0.82).name()
    disabled_text = blend(pal, 0.45).name()
    return (
        f"QPushButton {{ background: {fill}; color: {text}; border: 2px solid {fill};"
        " border-radius: 4px; padding: 5px 16px; font-weight: 600; }"
        f"QPushButton:hover {{ background: {hover}; border-color: {hover}; }}"
        f"QPushButton:focus {{ border: 2px solid {ring}; }}"
        f"QPushButton:disabled {{ background: {disabled_fill}; color: {disabled_text};"
        f" border-color: {disabled_fill}; }}"
    )
