"""Contrast of every colour pair the window paints, in the light and the dark palette.

Text needs 4.5:1 against its background, a state symbol (check icons, step circles) 3:1. The
colours come from app/ui/theme.py and the palette, exactly as the widgets pick them; the light
palette is Qt's own (Fusion), the dark one is the palette the dark screenshots use.
"""

from __future__ import annotations

import importlib.util
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from app.ui import theme
from app.ui.contrast import SYMBOL_MINIMUM, TEXT_MINIMUM, contrast_ratio

ROOT = Path(__file__).resolve().parents[1]
R = QPalette.ColorRole
NOTICE_KINDS = ("info", "pass", "warn", "fail")
STATES = ("pass", "warn", "fail", "skipped", "info")

Colour = Callable[[QPalette], QColor]


def role(r: QPalette.ColorRole) -> Colour:
    return lambda pal: pal.color(r)


def status(kind: str) -> Colour:
    return lambda pal: theme.status_color(kind, pal)


def tint(kind: str) -> Colour:
    return lambda pal: theme.tinted_background(kind, pal)


def mark(pal: QPalette) -> QColor:
    """The tick, cross or dash drawn inside a filled state icon or a done-step circle."""
    return QColor("#111111" if theme.is_dark(pal) else "#ffffff")


muted: Colour = theme.muted_text
WINDOW, STEP_LIST = role(R.Window), role(R.AlternateBase)  # the step list's panel is AlternateBase

# (what, minimum, foreground, background)
PAIRS: list[tuple[str, float, Colour, Colour]] = [
    ("text on the window", TEXT_MINIMUM, role(R.WindowText), WINDOW),
    ("text in the step list", TEXT_MINIMUM, role(R.WindowText), STEP_LIST),
    ("muted text on the window", TEXT_MINIMUM, muted, WINDOW),
    ("link on the window", TEXT_MINIMUM, role(R.Link), WINDOW),
    ("text in a field", TEXT_MINIMUM, role(R.Text), role(R.Base)),
    ("text on a button", TEXT_MINIMUM, role(R.ButtonText), role(R.Button)),
    ("'Done' beside a step title", TEXT_MINIMUM, status("pass"), WINDOW),
    ("'What to do:' of a failed check", TEXT_MINIMUM, status("fail"), WINDOW),
    ("'What to do:' of a check with a warning", TEXT_MINIMUM, status("warn"), WINDOW),
    ("number in the current-step circle", TEXT_MINIMUM, role(R.HighlightedText), role(R.Highlight)),
    ("number in a to-do step circle, page", TEXT_MINIMUM, muted, WINDOW),
    ("number in a to-do step circle, step list", TEXT_MINIMUM, muted, STEP_LIST),
    *[(f"text in a {k} notice", TEXT_MINIMUM, role(R.WindowText), tint(k)) for k in NOTICE_KINDS],
    *[(f"link in a {k} notice", TEXT_MINIMUM, role(R.Link), tint(k)) for k in NOTICE_KINDS],
    *[(f"{s} icon on the window", SYMBOL_MINIMUM, status(s), WINDOW) for s in STATES],
    *[(f"{k} icon in its notice", SYMBOL_MINIMUM, status(k), tint(k)) for k in NOTICE_KINDS],
    *[(f"mark inside the {s} icon", SYMBOL_MINIMUM, mark, status(s)) for s in STATES],
    ("spinner of a running check", SYMBOL_MINIMUM, status("info"), WINDOW),
    ("circle of a check not run yet", SYMBOL_MINIMUM, muted, WINDOW),
    ("current-step circle, page", SYMBOL_MINIMUM, role(R.Highlight), WINDOW),
    ("current-step circle, step list", SYMBOL_MINIMUM, role(R.Highlight), STEP_LIST),
    ("done-step circle, page", SYMBOL_MINIMUM, status("pass"), WINDOW),
    ("done-step circle, step list", SYMBOL_MINIMUM, status("pass"), STEP_LIST),
    ("tick in a done-step circle", SYMBOL_MINIMUM, mark, status("pass")),
    ("to-do step circle, step list", SYMBOL_MINIMUM, muted, STEP_LIST),
]

# Today's failures, for the redesign to fix (each one flips to a pass when fixed: strict).
KNOWN_FAILURES = {
    ("light", "number in the current-step circle"): "white on Fusion's highlight blue is 3.7:1",
    ("dark", "number in the current-step circle"): "white on the dark palette's highlight blue is 3.7:1",
}


def _dark_palette() -> QPalette:
    spec = importlib.util.spec_from_file_location("cas_screenshots", ROOT / "docs" / "screenshots.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module._dark_palette(QPalette, QColor)


def _palette(name: str) -> QPalette:
    if name == "light":
        return QApplication.style().standardPalette()
    return _dark_palette()


def _cases() -> list[object]:
    cases = []
    for palette in ("light", "dark"):
        for what, minimum, fg, bg in PAIRS:
            known = KNOWN_FAILURES.get((palette, what))
            marks = [pytest.mark.xfail(strict=True, raises=AssertionError, reason=known)] if known else []
            cases.append(pytest.param(palette, what, minimum, fg, bg, id=f"{palette}: {what}", marks=marks))
    return cases


@pytest.mark.parametrize(("palette", "what", "minimum", "fg", "bg"), _cases())
def test_contrast(qapp, palette, what, minimum, fg, bg) -> None:
    pal = _palette(palette)
    assert theme.is_dark(pal) == (palette == "dark")
    fore, back = fg(pal).name(), bg(pal).name()
    ratio = contrast_ratio(fore, back)
    assert ratio >= minimum, f"{what}: {fore} on {back} is {ratio:.2f}:1, needs {minimum}:1"


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ("#000000", "#ffffff", 21.0),
        ("#ffffff", "#ffffff", 1.0),
        ("#777777", "#ffffff", 4.48),
        ("#fff", "#000", 21.0),
    ],
)
def test_contrast_ratio_matches_wcag(a, b, expected) -> None:
    assert contrast_ratio(a, b) == pytest.approx(expected, abs=0.01)
    assert contrast_ratio(b, a) == contrast_ratio(a, b)
