"""Clipboard with care for secrets.

The key is put on the clipboard marked as a secret for clipboard managers that honour it, and is
cleared after a delay, but only if the clipboard still holds the key: whatever the user copied
since is never touched.
"""

from __future__ import annotations

from PySide6.QtCore import QMimeData, QObject, QTimer, Signal
from PySide6.QtGui import QClipboard, QGuiApplication

DEFAULT_CLEAR_AFTER_S = 30.0


class ClipboardGuard(QObject):
    cleared = Signal()  # emitted when we removed the key from the clipboard

    def __init__(self, parent: QObject | None = None, clear_after_s: float = DEFAULT_CLEAR_AFTER_S) -> None:
        super().__init__(parent)
        self.clear_after_s = clear_after_s
        self._secret: str | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.clear_if_still_secret)

    @staticmethod
    def _clipboard() -> QClipboard:
        return QGuiApplication.clipboard()

    def copy_text(self, text: str) -> None:
        """Copy a non-secret value."""
        self._clipboard().setText(text)

    def copy_secret(self, secret: str) -> None:
        """Copy the key; it is cleared after ``clear_after_s`` if nothing else was copied since."""
        mime = QMimeData()
        mime.setText(secret)
        # Clipboard managers (KDE Klipper, Windows clipboard history) skip data marked like this.
        mime.setData("x-kde-passwordManagerHint", b"secret")
        mime.setData("ExcludeClipboardContentFromMonitorProcessing", b"1")
        self._clipboard().setMimeData(mime)
        self._secret = secret
        self._timer.start(max(1, round(self.clear_after_s * 1000)))

    def holds_secret(self) -> bool:
        return self._secret is not None and self._clipboard().text() == self._secret

    def pending(self) -> bool:
        return self._timer.isActive()

    def clear_if_still_secret(self) -> bool:
        """Clear the clipboard when it still holds the key; True when cleared."""
        self._timer.stop()
        if self._secret is None:
            return False
        still = self._clipboard().text() == self._secret
        self._secret = None
        if still:
            self._clipboard().clear()
            self.cleared.emit()
        return still
