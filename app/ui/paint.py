"""Painting shapes and text in a colour without touching Qt's enum-heavy overloads.

``QPainter.setPen``, ``setBrush``, ``fillRect`` and the ``QPen(colour)``/``QBrush(colour)``
constructors all have an overload that takes one of ``Qt``'s enums, so PySide6 makes the whole
``Qt`` namespace the first time any of them is called (see app/ui/qtvalues.py). The step list and
the footer are painted in the first frame, so they draw through these helpers instead: a shape is
a ``QPainterPath`` filled or stroked with a brush or pen built from setters that take a colour
only, and text is drawn by the style in a colour taken from a palette.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF
from PySide6.QtGui import QBrush, QColor, QPainter, QPainterPath, QPalette, QPen
from PySide6.QtWidgets import QApplication

_TEXT_ROLE = QPalette.ColorRole.Text


def pen(colour: QColor, width: float) -> QPen:
    """A solid pen with square caps."""
    result = QPen()
    result.setColor(colour)
    result.setWidthF(width)
    return result


def solid(colour: QColor) -> QBrush:
    """A solid brush: a pen's own brush is one (``QBrush(colour)`` would make ``Qt``)."""
    return pen(colour, 1).brush()


def rect(r: QRectF) -> QPainterPath:
    path = QPainterPath()
    path.addRect(r)
    return path


def ellipse(r: QRectF) -> QPainterPath:
    path = QPainterPath()
    path.addEllipse(r)
    return path


def rounded_rect(r: QRectF, radius: float) -> QPainterPath:
    path = QPainterPath()
    path.addRoundedRect(r, radius, radius)
    return path


def fill(p: QPainter, path: QPainterPath, colour: QColor) -> None:
    """Fill ``path`` with no outline."""
    p.fillPath(path, solid(colour))


def stroke(p: QPainter, path: QPainterPath, colour: QColor, width: float) -> None:
    """Draw the outline of ``path`` only."""
    p.strokePath(path, pen(colour, width))


def text(p: QPainter, r: QRectF, flags: int, words: str, colour: QColor) -> None:
    """``words`` in ``colour`` (the painter's font), aligned in ``r`` by ``flags`` (app/ui/qtvalues.py).

    The style sets the pen to the palette's colour for us; a palette made empty (copying one
    would make ``Qt``: QPalette's constructors take a ``Qt.GlobalColor`` too) with that one role."""
    pal = QPalette()
    pal.setColor(_TEXT_ROLE, colour)
    QApplication.style().drawItemText(p, r.toRect(), flags, pal, True, words, _TEXT_ROLE)
