"""The few values of Qt's own enums that the first frame needs, as plain ints.

The first touch of PySide6's ``Qt`` namespace (``from PySide6.QtCore import Qt``, or any call with
an overload that takes one of its enums, such as ``QPainter.setPen`` or ``QPen(colour)``) makes
all of its ~95 enum classes at once: about 17 ms that a bare window never pays. The modules the
first frame draws therefore set enum properties through ``setProperty`` with these ints (Qt
converts the int itself); everything after the first paint uses ``Qt`` as usual.
tests/test_window_first_frame.py checks each value against ``Qt``.
"""

from __future__ import annotations

# Qt.AlignmentFlag
ALIGN_LEFT = 0x0001
ALIGN_VCENTER = 0x0080
ALIGN_CENTER = 0x0084  # AlignHCenter | AlignVCenter

SCROLL_BAR_ALWAYS_OFF = 1  # Qt.ScrollBarPolicy.ScrollBarAlwaysOff
NO_FOCUS = 0  # Qt.FocusPolicy.NoFocus
STRONG_FOCUS = 0x000B  # Qt.FocusPolicy.StrongFocus: Tab and click
RICH_TEXT = 1  # Qt.TextFormat.RichText
TEXT_BROWSER_INTERACTION = 0x000D  # Qt.TextInteractionFlag.TextBrowserInteraction
