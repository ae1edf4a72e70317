"""The key's Copy button with what happens to the clipboard, said as it happens: a countdown while
the key waits there ("The key stays on the clipboard for 1:45: paste it into Cursor's API Key
field"), then whether it was pasted, replaced, or taken off after two minutes."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from app.ui import texts
from app.ui.widgets import CopyButton, muted_label

if TYPE_CHECKING:
    from app.ui.clipboard import ClipboardGuard


class KeyCopy(QWidget):
    def __init__(
        self, clipboard: Callable[[], ClipboardGuard], key: Callable[[], str], parent: QWidget | None = None
    ) -> None:
        """``clipboard``: gives the window's clipboard guard (made when first used)."""
        super().__init__(parent)
        self._clipboard = clipboard
        self._key = key
        self._mine = False  # the key on the clipboard was copied with this button
        self._pasted = False
        self.button = CopyButton(self.tr("Copy the API key"), self, text=self.tr("Copy the &key"))
        self.button.clicked.connect(self.copy)
        self.feedback = muted_label("", self)
        self.feedback.setAccessibleName(self.tr("Clipboard"))
        self.feedback.hide()  # shown with the first thing it says
        # The button (and what the page puts beside it: add_beside), what happened below it.
        self.row = QHBoxLayout()
        self.row.setSpacing(10)
        self.row.addWidget(self.button)
        self.row.addStretch(1)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(6)
        lay.addLayout(self.row)
        lay.addWidget(self.feedback)
        self._listening = False

    def add_beside(self, widget: QWidget, stretch: int = 0) -> None:
        """Put ``widget`` to the right of the Copy button (before the row's free space)."""
        self.row.insertWidget(self.row.count() - 1, widget, stretch)

    def _say(self, text: str) -> None:
        self.feedback.setText(text)
        self.feedback.setVisible(bool(text))

    def copy(self) -> None:
        key = self._key()
        if not key:
            self._say(self.tr("Paste your key in step 1 first."))
            return
        guard = self.clipboard
        if not self._listening:
            guard.seconds_left.connect(self._count)
            guard.pasted.connect(self._on_pasted)
            guard.cleared.connect(self._on_cleared)
            self._listening = True
        self._mine, self._pasted = True, False
        guard.copy_secret(key)
        self.button.flash_copied()

    @property
    def clipboard(self) -> ClipboardGuard:
        return self._clipboard()

    def _count(self, seconds: int) -> None:
        if not self._mine:
            return
        if seconds > 0 and not self._pasted:
            self._say(
                self.tr(
                    "The key stays on the clipboard for %1: paste it into Cursor's API Key field."
                ).replace("%1", texts.countdown_text(seconds))
            )
        elif seconds == 0:
            # Gone: we cleared it (``cleared`` follows at once), or something else was copied.
            QTimer.singleShot(0, self._settle)

    def _settle(self) -> None:
        if self._mine and not self.clipboard.pending():
            self._mine = False
            self._say(self.tr("You copied something else, so the key is no longer on the clipboard."))

    def _on_pasted(self) -> None:
        if self._mine:
            self._pasted = True
            self._say(self.tr("Pasted. The key leaves the clipboard in a moment."))

    def _on_cleared(self) -> None:
        if not self._mine:
            return
        self._mine = False
        if self._pasted:
            self._say(self.tr("You pasted the key; it is off the clipboard now."))
        else:
            self._say(
                self.tr("Time is up: the key was taken off the clipboard. Copy it again if you need it.")
            )
