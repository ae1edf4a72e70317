"""Checks of the text a window shows: clipped text, and text left untranslated.

``clipped_texts(window)`` walks every visible label, button, check box and non-editable combo box
and returns one finding per text that does not fit:

- ``too wide``: a text that does not wrap (a button, a one-line label) is wider than the room its
  widget gives it; a wrapped label is taller than its widget, or holds a word wider than it.
- ``cut off``: the widget is wider than what the window shows of it (a page wider than its
  scroll area's viewport, a window narrower than its contents).

Text that is merely scrolled out of view vertically is not a finding: pages scroll.

``untranslated_texts(window)``, with the pseudo-translation loaded, lists the visible labels and
buttons holding English words outside the pseudo-translation's brackets: text that never went
through a translation.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QComboBox,
    QLabel,
    QPushButton,
    QRadioButton,
    QStyle,
    QStyleOptionButton,
    QStyleOptionComboBox,
    QToolButton,
    QWidget,
)

SLACK_PX = 1  # rounding between the font's advance and the layout's pixels


@dataclass(frozen=True)
class Clipped:
    widget: str
    text: str
    why: str
    needed: int
    available: int

    def __str__(self) -> str:
        text = self.text if len(self.text) <= 80 else self.text[:77] + "..."
        return f"{self.widget}: {text!r} {self.why} (needs {self.needed} px, has {self.available} px)"


def _shown(text: str) -> str:
    """The text as drawn: a mnemonic's & is an underline, && is one &."""
    return re.sub(r"&(.)", r"\1", text)


def _visible_texts(root: QWidget) -> list[tuple[QWidget, str]]:
    """(widget, text) for every visible label, button and non-editable combo box with text."""
    found = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisible() or widget.objectName().startswith("qt_"):
            continue
        if isinstance(widget, QLabel):
            text = widget.text()
        elif isinstance(widget, QAbstractButton):
            text = _shown(widget.text())
        elif isinstance(widget, QComboBox) and not widget.isEditable():
            text = widget.currentText()
        else:
            continue
        if text:
            found.append((widget, text))
    return found


def _describe(widget: QWidget) -> str:
    name = widget.accessibleName() or widget.objectName()
    return f"{type(widget).__name__}" + (f" '{name}'" if name else "")


def _label_problem(label: QLabel) -> tuple[str, int, int] | None:
    """Measured by the label's own layout code (sizeHint, heightForWidth): plain and rich text alike."""
    if not label.text() or (label.pixmap() is not None and not label.pixmap().isNull()):
        return None
    if not label.wordWrap():
        needed = label.sizeHint().width()
        return ("too wide", needed, label.width()) if needed > label.width() + SLACK_PX else None
    narrowest = label.minimumSizeHint().width()  # the longest word
    if narrowest > label.width() + SLACK_PX:
        return ("has a word wider than its widget", narrowest, label.width())
    needed = label.heightForWidth(label.width())
    return ("too tall for its widget", needed, label.height()) if needed > label.height() + SLACK_PX else None


def _button_problem(button: QAbstractButton) -> tuple[str, int, int] | None:
    text = _shown(button.text())
    if not text:
        return None
    fm = QFontMetrics(button.font())
    needed = fm.horizontalAdvance(text)
    if not button.icon().isNull():
        needed += button.iconSize().width() + 4
    style = button.style()
    if isinstance(button, QToolButton):
        needed, width = button.sizeHint().width(), button.width()
    elif isinstance(button, QPushButton):
        opt = QStyleOptionButton()
        button.initStyleOption(opt)
        width = style.subElementRect(QStyle.SubElement.SE_PushButtonContents, opt, button).width()
    elif isinstance(button, QCheckBox | QRadioButton):
        opt = QStyleOptionButton()
        button.initStyleOption(opt)
        element = (
            QStyle.SubElement.SE_CheckBoxContents
            if isinstance(button, QCheckBox)
            else QStyle.SubElement.SE_RadioButtonContents
        )
        width = style.subElementRect(element, opt, button).width()
    else:
        width = button.contentsRect().width()
    return ("too wide", needed, width) if needed > width + SLACK_PX else None


def _combo_problem(combo: QComboBox) -> tuple[str, int, int] | None:
    if combo.isEditable() or not combo.currentText():
        return None  # an editable combo's line edit scrolls its text
    opt = QStyleOptionComboBox()
    combo.initStyleOption(opt)
    field = combo.style().subControlRect(
        QStyle.ComplexControl.CC_ComboBox, opt, QStyle.SubControl.SC_ComboBoxEditField, combo
    )
    needed = QFontMetrics(combo.font()).horizontalAdvance(combo.currentText())
    return ("too wide", needed, field.width()) if needed > field.width() + SLACK_PX else None


def _cut_off(widget: QWidget) -> tuple[str, int, int] | None:
    """Part of the widget's width hidden by an ancestor (scroll area, window edge)."""
    visible = widget.visibleRegion().boundingRect()
    if visible.isEmpty():
        return None  # scrolled out of view, or covered: not a clipping of its text
    if visible.width() + SLACK_PX < widget.width():
        return ("cut off by the window", widget.width(), visible.width())
    return None


def clipped_texts(root: QWidget) -> list[Clipped]:
    """Every text in ``root`` that does not fit, as described in the module's docstring."""
    found: list[Clipped] = []
    for widget, text in _visible_texts(root):
        if isinstance(widget, QLabel):
            problem = _label_problem(widget)
        elif isinstance(widget, QAbstractButton):
            problem = _button_problem(widget)
        else:
            problem = _combo_problem(widget)
        problem = problem or _cut_off(widget)
        if problem is not None:
            why, needed, available = problem
            found.append(Clipped(_describe(widget), text, why, needed, available))
    return found


_PSEUDO_SEGMENT = re.compile(r"\[[^\[\]]*\]")
_MARKUP = re.compile(r"<[^>]*>|&[A-Za-z#0-9]+;|https?://\S+")
_ENGLISH_WORD = re.compile(r"[A-Za-z]{3,}")


def untranslated_texts(root: QWidget) -> list[str]:
    """Visible texts with English words outside the pseudo-translation's [brackets]."""
    found = []
    for widget, text in _visible_texts(root):
        rest = _MARKUP.sub(" ", text)
        while _PSEUDO_SEGMENT.search(rest):  # a translated sentence may hold translated parts: [.. [..] ..]
            rest = _PSEUDO_SEGMENT.sub(" ", rest)
        rest = _MARKUP.sub(" ", rest)
        if _ENGLISH_WORD.search(rest):
            found.append(f"{_describe(widget)}: {text!r}")
    return found
