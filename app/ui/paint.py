"""Painting shapes and text in a colour without touching Qt's enum-heavy overloads.

``QPainter.setPen``, ``setBrush``, ``fillRect`` and the ``QPen(colour)``/``QBrush(colour)``
constructors all have an overload that takes one of ``Qt``'s enums, so PySide6 makes the whole
``Qt`` namespace the first time any of them is called (see app/ui/qtvalues.py). The step list and
the footer are painted in the first frame, so they draw through these helpers instead: a shape is
a ``QPainterPath`` filled or stroked with a brush or pen built from setters that take a colour
only. Text in a colour is written by labels (the step list's rows: app/ui/nav.py), whose own
painting sets the pen from their palette.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF
from PySide6.QtGui import QBrush, QColor, QPainter, QPainterPath, QPen


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
