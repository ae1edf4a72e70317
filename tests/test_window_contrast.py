"""Contrast of every colour pair the window paints, in the light and the dark palette.

Text needs 4.5:1 against its background, a state symbol (check icons, step circles, the primary
button's fill) 3:1. The colours come from app/ui/theme.py and the palette, exactly as the widgets
pick them; the light palette is Qt's own (Fusion), the dark one is the palette the dark screenshots
use.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from app.ui import theme
from app.ui.contrast import SYMBOL_MINIMUM, TEXT_MINIMUM, contrast_ratio
from tests.script_modules import load_script

ROOT = Path(__file__).resolve().parents[1]
R = QPalette.ColorRole
NOTICE_KINDS = ("info", "pass", "warn", "fail")
STATES = ("pass", "warn", "fail", "skipped", "info", "unknown")

Colour = Callable[[QPalette], QColor]


def role(r: QPalette.ColorRole) -> Colour:
    return lambda pal: pal.color(r)


def status(kind: str) -> Colour:
    # Unknown (a finding that could not be read) is drawn in the skipped grey.
    return lambda pal: theme.status_color("skipped" if kind == "unknown" else kind, pal)


def tint(kind: str) -> Colour:
    return lambda pal: theme.tinted_background(kind, pal)


def mark(pal: QPalette) -> QColor:
    """The tick, cross or dash drawn inside a filled state icon or a done-step circle."""
    return theme.mark_color(pal)


muted: Colour = theme.muted_text
accent: Colour = theme.accent
on_accent: Colour = theme.on_accent
WINDOW, FIELD = role(R.Window), role(R.Base)
STEP_LIST: Colour = theme.sidebar  # the step list's panel
SHOWN: Colour = theme.selection  # the step shown now, in the step list
STATE_WORDS = ("pass", "fail", "running", "stale")  # "Done", "Fix", "Working", "Outdated"
PANELS = (("the list", STEP_LIST), ("the shown step", SHOWN))

# (what, minimum, foreground, background): every pair the window paints itself.
PAIRS: list[tuple[str, float, Colour, Colour]] = [
    ("text on the window", TEXT_MINIMUM, role(R.WindowText), WINDOW),
    ("muted text on the window", TEXT_MINIMUM, muted, WINDOW),
    ("link on the window", TEXT_MINIMUM, role(R.Link), WINDOW),
    ("text in a field", TEXT_MINIMUM, role(R.Text), FIELD),
    ("text on a button", TEXT_MINIMUM, role(R.ButtonText), role(R.Button)),
    ("text on the primary button", TEXT_MINIMUM, on_accent, accent),
    ("primary button's fill on the window", SYMBOL_MINIMUM, accent, WINDOW),
    ("primary button's focus frame on the window", SYMBOL_MINIMUM, role(R.WindowText), WINDOW),
    ("'What to do:' of a failed check", TEXT_MINIMUM, status("fail"), WINDOW),
    ("'What to do:' of a check with a note", TEXT_MINIMUM, status("warn"), WINDOW),
    # The step list: titles, one-word states and circles, on the panel and on the step shown.
    *[(f"step title on {n}", TEXT_MINIMUM, role(R.WindowText), bg) for n, bg in PANELS],
    *[(f"'To do' on {n}", TEXT_MINIMUM, muted, bg) for n, bg in PANELS],
    *[(f"{k} state word on {n}", TEXT_MINIMUM, status(k), bg) for k in STATE_WORDS for n, bg in PANELS],
    ("number in the shown step's circle", TEXT_MINIMUM, on_accent, accent),
    ("shown step's circle", SYMBOL_MINIMUM, accent, SHOWN),
    *[(f"{k} step circle on {n}", SYMBOL_MINIMUM, status(k), bg) for k in STATE_WORDS for n, bg in PANELS],
    ("to-do step circle and number on the list", TEXT_MINIMUM, muted, STEP_LIST),
    ("tick in a done-step circle", SYMBOL_MINIMUM, mark, status("pass")),
    ("! in a step that needs attention", SYMBOL_MINIMUM, mark, status("fail")),
    # Banners and notices: text, links and symbols on their tints.
    *[(f"text in a {k} banner", TEXT_MINIMUM, role(R.WindowText), tint(k)) for k in NOTICE_KINDS],
    *[(f"link in a {k} banner", TEXT_MINIMUM, role(R.Link), tint(k)) for k in NOTICE_KINDS],
    *[(f"{k} icon and bar in its banner", SYMBOL_MINIMUM, status(k), tint(k)) for k in NOTICE_KINDS],
    # Rows and icons.
    *[(f"{s} icon on the window", SYMBOL_MINIMUM, status(s), WINDOW) for s in STATES],
    *[(f"mark inside the {s} icon", SYMBOL_MINIMUM, mark, status(s)) for s in STATES],
    ("spinner of a running check", SYMBOL_MINIMUM, status("info"), WINDOW),
    ("circle of a check not run yet", SYMBOL_MINIMUM, muted, WINDOW),
    # The model list: small print on the list's background.
    ("a model's small print in the list", TEXT_MINIMUM, muted, FIELD),
]  # fmt: skip

# Failures known today, for a redesign to fix (each one flips to a pass when fixed: strict).
KNOWN_FAILURES: dict[tuple[str, str], str] = {}


def _dark_palette() -> QPalette:
    return load_script("docs/screenshots.py")._dark_palette(QPalette, QColor)


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
