"""Clipboard with care for secrets.

The key goes on the clipboard marked as a secret for clipboard managers that honour it, and
stays there until the first of:

- another application pastes it: the clipboard is emptied shortly after that paste (long enough
  for the paste to complete);
- something else is copied, here or in another application: that is never touched;
- ``clear_after_s`` pass (two minutes: time to find Cursor's settings page);
- the window closes (``clear_if_still_secret`` at shutdown).

``seconds_left`` counts down once a second while the key is on the clipboard, for a visible
countdown; it sends 0 when the key is gone (cleared, pasted and cleared, or replaced).

How a paste is noticed: the key is not handed to the system when copied, only when asked for
(Qt asks our ``QMimeData.retrieveData`` when an application pastes). Our own process reading the
clipboard does not count: on X11 only a request that arrived from the X server counts (a
SelectionRequest event); on the other desktops (Windows, macOS, Wayland) a read counts unless it
happens while our window handles a key press, mouse click or context menu (a paste into our own
field). Requests in the first half second after copying do not count either: clipboard managers
fetch every new copy at once, a person takes longer to switch to another application.
"""

from __future__ import annotations

import time
from typing import Any

from PySide6.QtCore import (
    QAbstractNativeEventFilter,
    QByteArray,
    QEvent,
    QMetaType,
    QMimeData,
    QObject,
    QTimer,
    Signal,
)
from PySide6.QtGui import QClipboard, QGuiApplication

DEFAULT_CLEAR_AFTER_S = 120.0
CLEAR_AFTER_PASTE_S = 1.0
IGNORE_REQUESTS_FOR_S = 0.5

# Clipboard managers (KDE Klipper, Windows clipboard history) skip data marked like this.
SECRET_HINTS = {
    "x-kde-passwordManagerHint": b"secret",
    "ExcludeClipboardContentFromMonitorProcessing": b"1",
}

# What our own window does when it reads the clipboard itself (Ctrl+V, a context menu's Paste).
_INPUT_EVENTS = {
    QEvent.Type.KeyPress,
    QEvent.Type.KeyRelease,
    QEvent.Type.ShortcutOverride,
    QEvent.Type.Shortcut,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseButtonRelease,
    QEvent.Type.MouseButtonDblClick,
    QEvent.Type.ContextMenu,
    QEvent.Type.InputMethod,
    QEvent.Type.Drop,
}
_XCB_SELECTION_REQUEST = 30
_NO_OTHER_APPLICATIONS = {"offscreen", "minimal"}


class _SecretMimeData(QMimeData):
    """The key as text, handed out only when asked for; every request for the text is reported."""

    def __init__(self, secret: str, on_request: Any) -> None:
        super().__init__()
        self._secret = secret
        self._on_request = on_request

    def formats(self) -> list[str]:
        return ["text/plain", *SECRET_HINTS]

    def hasFormat(self, mimetype: str) -> bool:
        return mimetype in self.formats()

    def retrieveData(self, mimetype: str, preferred: QMetaType | QMetaType.Type) -> Any:
        if mimetype in SECRET_HINTS:
            return QByteArray(SECRET_HINTS[mimetype])
        if not mimetype.startswith("text/plain"):
            return None
        self._on_request()
        wanted = preferred.id() if isinstance(preferred, QMetaType) else preferred.value
        if wanted == QMetaType.Type.QString.value:
            return self._secret
        return QByteArray(self._secret.encode("utf-8"))


class _XcbSelectionRequests(QAbstractNativeEventFilter):
    """True while the X server's request for our clipboard (another application pasting) is served."""

    def __init__(self) -> None:
        super().__init__()
        self.serving = False

    def nativeEventFilter(self, event_type: Any, message: Any) -> tuple[bool, int]:
        import ctypes  # here: watching starts with the first copy of the key, not with the window

        address = int(message)  # a VoidPtr: false-y whatever it points to
        if bytes(event_type) == b"xcb_generic_event_t" and address:
            response_type = ctypes.c_uint8.from_address(address).value & 0x7F
            self.serving = response_type == _XCB_SELECTION_REQUEST
        return False, 0


class _OwnInput(QObject):
    """True while our own window handles a key press, click or context menu, and until the event
    loop next gets back to idle: a clipboard read then is our own field pasting."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.active = False
        self._reset = QTimer(self)
        self._reset.setSingleShot(True)
        self._reset.setInterval(0)
        self._reset.timeout.connect(self._idle)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _INPUT_EVENTS:
            self.active = True
            self._reset.start()
        return False

    def _idle(self) -> None:
        self.active = False


class ClipboardGuard(QObject):
    cleared = Signal()  # we removed the key from the clipboard
    pasted = Signal()  # another application pasted the key
    seconds_left = Signal(int)  # countdown while the key is on the clipboard; 0 once it is gone

    def __init__(
        self,
        parent: QObject | None = None,
        clear_after_s: float = DEFAULT_CLEAR_AFTER_S,
        *,
        clear_after_paste_s: float = CLEAR_AFTER_PASTE_S,
        ignore_requests_for_s: float = IGNORE_REQUESTS_FOR_S,
    ) -> None:
        super().__init__(parent)
        self.clear_after_s = clear_after_s
        self.clear_after_paste_s = clear_after_paste_s
        self.ignore_requests_for_s = ignore_requests_for_s
        self._secret: str | None = None
        self._mime: _SecretMimeData | None = None
        self._copied_at = 0.0
        self._was_pasted = False
        self._shown_left = 0
        self._timer = self._single_shot(self.clear_if_still_secret)
        self._after_paste = self._single_shot(self.clear_if_still_secret)
        self._tick = QTimer(self)
        self._tick.setInterval(1000)
        self._tick.timeout.connect(self._count_down)
        self._xcb_requests = _XcbSelectionRequests()
        self._own_input = _OwnInput(self)
        self._clipboard().dataChanged.connect(self._on_clipboard_changed)

    def _single_shot(self, slot: Any) -> QTimer:
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.timeout.connect(slot)
        return timer

    @staticmethod
    def _clipboard() -> QClipboard:
        return QGuiApplication.clipboard()

    def copy_text(self, text: str) -> None:
        """Copy a non-secret value."""
        self._clipboard().setText(text)

    def copy_secret(self, secret: str) -> None:
        """Copy the key; it leaves the clipboard after a paste, or after ``clear_after_s``."""
        self._forget()
        self._secret = secret
        self._mime = _SecretMimeData(secret, self._on_requested)
        self._copied_at = time.monotonic()
        self._was_pasted = False
        self._watch(True)
        self._clipboard().setMimeData(self._mime)
        self._timer.start(max(1, round(self.clear_after_s * 1000)))
        self._tick.start()
        self._count_down()

    def holds_secret(self) -> bool:
        """The clipboard still holds the key we put there (never reads it: no paste is counted)."""
        return self._secret is not None and self._still_ours()

    def pending(self) -> bool:
        return self._secret is not None

    def was_pasted(self) -> bool:
        return self._was_pasted

    def clear_if_still_secret(self) -> bool:
        """Clear the clipboard when it still holds the key; True when cleared."""
        if self._secret is None:
            return False
        still = self._still_ours()
        self._forget()
        if still:
            self._clipboard().clear()
            self.cleared.emit()
        return still

    # ---- internals
    def _still_ours(self) -> bool:
        # The very object we set, not its text: comparing text would read the key (and a key
        # copied again by someone else is theirs).
        return self._mime is not None and self._clipboard().mimeData() is self._mime

    def _forget(self) -> None:
        """Stop watching, without touching the clipboard."""
        was = self._secret is not None
        self._timer.stop()
        self._after_paste.stop()
        self._tick.stop()
        self._watch(False)
        self._secret = None
        self._mime = None
        if was and self._shown_left:
            self._shown_left = 0
            self.seconds_left.emit(0)

    def _watch(self, on: bool) -> None:
        """Watch for paste requests only while the key is on the clipboard (filters cost per event)."""
        app = QGuiApplication.instance()
        if app is None:
            return
        if on:
            app.installNativeEventFilter(self._xcb_requests)
            app.installEventFilter(self._own_input)
        else:
            app.removeNativeEventFilter(self._xcb_requests)
            app.removeEventFilter(self._own_input)
            self._xcb_requests.serving = False

    def _from_another_application(self) -> bool:
        if self._own_input.active:
            return False
        platform = QGuiApplication.platformName()
        if platform == "xcb":
            return self._xcb_requests.serving
        return platform not in _NO_OTHER_APPLICATIONS

    def _on_requested(self) -> None:
        """Someone asked for the key's text (called while it is being handed over)."""
        if self._was_pasted or not self._from_another_application():
            return
        if time.monotonic() - self._copied_at < self.ignore_requests_for_s:
            return  # a clipboard manager reacting to the copy, not a person pasting
        self._was_pasted = True
        self.pasted.emit()
        # Not now: the paste is still being served, and some applications ask twice.
        self._after_paste.start(max(1, round(self.clear_after_paste_s * 1000)))
        self._count_down()

    def _on_clipboard_changed(self) -> None:
        if self._secret is not None and not self._still_ours():
            self._forget()  # something else was copied: it is never touched

    def _count_down(self) -> None:
        timers = [t.remainingTime() for t in (self._timer, self._after_paste) if t.isActive()]
        left = round(min(timers) / 1000) if timers else 0
        if left != self._shown_left:
            self._shown_left = left
            self.seconds_left.emit(left)
