"""Colour contrast as WCAG 2 measures it, without Qt (so core tools and tests can use it too).

Text needs a contrast ratio of at least 4.5:1 with its background (WCAG 1.4.3); a symbol that
carries meaning, such as a state icon or the current-step circle, at least 3:1 (WCAG 1.4.11).
"""

from __future__ import annotations

TEXT_MINIMUM = 4.5
SYMBOL_MINIMUM = 3.0

RGB = tuple[int, int, int]


def parse(colour: str) -> RGB:
    """``#rrggbb`` or ``#rgb`` -> (r, g, b) in 0..255."""
    digits = colour.strip().lstrip("#")
    if len(digits) == 3:
        digits = "".join(c * 2 for c in digits)
    if len(digits) != 6:
        raise ValueError(f"not a #rrggbb colour: {colour!r}")
    value = int(digits, 16)
    return (value >> 16) & 0xFF, (value >> 8) & 0xFF, value & 0xFF


def _linear(channel: int) -> float:
    c = channel / 255
    return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4


def relative_luminance(colour: str | RGB) -> float:
    """0 for black, 1 for white (sRGB, WCAG's definition)."""
    r, g, b = parse(colour) if isinstance(colour, str) else colour
    return 0.2126 * _linear(r) + 0.7152 * _linear(g) + 0.0722 * _linear(b)


def contrast_ratio(a: str | RGB, b: str | RGB) -> float:
    """From 1 (the same colour) to 21 (black on white); the order of the two does not matter."""
    la, lb = relative_luminance(a), relative_luminance(b)
    lighter, darker = max(la, lb), min(la, lb)
    return (lighter + 0.05) / (darker + 0.05)
