"""Step 1: the API key. Cleaned on paste, loaded from and saved to the OS keyring on request.

This page is the one painted first: it imports nothing heavy (core's cleaning rules load when the
key is first cleaned, the keystore only on a worker thread).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QWidget

from app.ui import texts
from app.ui.pages.base import Page
from app.ui.widgets import LinkButton, Notice, muted_label, push_button

if TYPE_CHECKING:
    import threading
    from collections.abc import Callable

    from app.core.errors import KeyStoreError
    from app.core.flow import KeyState
    from app.core.redact import Secret
    from app.ui.workers import JobRunner, Progress

    # (keyring usable, the saved key if any, why it could not be read)
    KeyringAnswer = tuple[bool, Secret | None, KeyStoreError | None]

# Where keys are made (core's KEYS_PAGE_URL; written here too so the first paint imports no core
# module that sets up logging: tests/test_window_main.py compares the two).
KEYS_PAGE_URL = "https://aimlapi.com/app/keys"

# A jump in length bigger than this in one edit is a paste, cleaned at once; typing waits a moment.
_PASTE_JUMP = 6
_TYPING_PAUSE_MS = 700


class KeyPage(Page):
    changed = Signal()
    loaded_from_keyring = Signal()
    # The keyring's answer at start-up arrived (a key, none, or a problem): the saved key, if any,
    # is now known to the redaction.
    keyring_answered = Signal()

    def __init__(self, runner: Callable[[], JobRunner], parent: QWidget | None = None) -> None:
        """``runner``: gives the window's job runner, which is made after the first paint."""
        super().__init__(
            1,
            QCoreApplication.translate(
                "KeyPage", "Paste the key from your AI/ML API account. It stays on this computer."
            ),
            parent,
            banner=False,
        )
        self._runner = runner
        self.keyring_available: bool | None = None  # None until the keyring was asked
        self.saved_in_keyring = False
        self.keyring_disabled_reason = ""
        self._last_len = 0
        self._error = ""
        col = self.column

        self.label = QLabel(self.tr("API &key"), col)
        self.edit = QLineEdit(col)
        self.edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.edit.setAccessibleName(self.tr("API key"))
        self.edit.setPlaceholderText(self.tr("Paste your key here"))
        self.edit.setClearButtonEnabled(True)
        self.label.setBuddy(self.edit)
        self.show_button = push_button(self.tr("Sho&w"), col)
        self.show_button.setCheckable(True)
        self.show_button.setAccessibleName(self.tr("Show key"))
        self.show_button.toggled.connect(self._toggle_visible)
        self.link = LinkButton(self.tr("Where do I get a key?"), KEYS_PAGE_URL, col)
        self.notice = Notice(col)

        self.remember_button = push_button(self.tr("&Remember on this computer"), col)
        self.remember_button.setAccessibleName(self.tr("Remember the key on this computer"))
        self.remember_button.clicked.connect(self.remember)
        self.forget_button = push_button(self.tr("For&get"), col)
        self.forget_button.setAccessibleName(self.tr("Forget the key on this computer"))
        self.forget_button.clicked.connect(self.forget)
        self.keyring_label = muted_label(self.tr("Checking %1…").replace("%1", texts.key_store()), col)
        self.keyring_label.setAccessibleName(self.tr("Keyring status"))
        self.keyring_notice = Notice(col)

        row = QHBoxLayout()
        row.addWidget(self.edit, 1)
        row.addWidget(self.show_button)
        keyring_row = QHBoxLayout()
        keyring_row.addWidget(self.remember_button)
        keyring_row.addWidget(self.forget_button)
        keyring_row.addStretch(1)
        link_row = QHBoxLayout()  # the link as wide as its words, on the left
        link_row.addWidget(self.link)
        link_row.addStretch(1)
        self.lay.addWidget(self.label)
        self.lay.addLayout(row)
        self.lay.addLayout(link_row)
        self.lay.addWidget(self.notice)
        self.lay.addSpacing(self.fontMetrics().height() // 2)
        self.lay.addLayout(keyring_row)
        self.lay.addWidget(self.keyring_label)
        self.lay.addWidget(self.keyring_notice)
        self.finish_layout()

        self._clean_timer = QTimer(self)
        self._clean_timer.setSingleShot(True)
        self._clean_timer.setInterval(_TYPING_PAUSE_MS)
        self._clean_timer.timeout.connect(self.clean_now)
        self.edit.textEdited.connect(self._on_edited)
        self.edit.textChanged.connect(self._on_text_changed)
        self._update_buttons()

    def first_focus(self) -> QWidget:
        return self.edit

    # ---- the key itself
    def key(self) -> str:
        """The cleaned key ('' when empty or not valid)."""
        from app.core import config

        raw = self.edit.text()
        if not raw.strip():
            return ""
        try:
            cleaned, _ = config.clean_key(raw)
        except config.InvalidInput:
            return ""
        return cleaned

    def key_state(self) -> KeyState:
        """Empty, cannot be a key, usable with a warning, or fine: for the flow's step 1."""
        from app.core import config
        from app.core.flow import KeyState

        if not self.edit.text().strip():
            return KeyState.EMPTY
        try:
            _cleaned, notices = config.clean_key(self.edit.text())
        except config.InvalidInput:
            return KeyState.INVALID
        if any(str(n.level) in ("warning", "error") for n in notices):
            return KeyState.SUSPECT
        return KeyState.OK

    def raw_text(self) -> str:
        return self.edit.text()

    def error(self) -> str:
        return self._error

    def set_key(self, key: str) -> None:
        self.edit.setText(key)
        self._last_len = len(key)
        self.notice.clear()
        self._error = ""
        self._update_buttons()

    def _toggle_visible(self, visible: bool) -> None:
        self.edit.setEchoMode(QLineEdit.EchoMode.Normal if visible else QLineEdit.EchoMode.Password)
        self.show_button.setText(self.tr("H&ide") if visible else self.tr("Sho&w"))
        self.show_button.setAccessibleName(self.tr("Hide key") if visible else self.tr("Show key"))

    def _on_text_changed(self, _text: str) -> None:
        self.changed.emit()

    def _on_edited(self, text: str) -> None:
        jump = len(text) - self._last_len
        self._last_len = len(text)
        if jump >= _PASTE_JUMP or (text and text.strip() != text):
            self.clean_now()
        else:
            self._clean_timer.start()
        self._update_buttons()

    def clean_now(self) -> None:
        """Apply core's cleaning rules and say what was removed (never showing the key)."""
        from app.core import config

        self._clean_timer.stop()
        raw = self.edit.text()
        if not raw.strip():
            self.notice.clear()
            self._error = ""
            if raw:
                self.edit.setText("")
            return
        try:
            cleaned, notices = config.clean_key(raw)
        except config.InvalidInput as exc:
            self._error = problem_text(exc)
            self.notice.show_message("fail", self._error)
            self._update_buttons()
            return
        self._error = ""
        if cleaned != raw:
            self.edit.setText(cleaned)
            self.edit.setCursorPosition(len(cleaned))
            self._last_len = len(cleaned)
        messages = [texts.core_text(n.message) for n in notices]
        worst = "warn" if any(str(n.level) in ("warning", "error") for n in notices) else "info"
        self.notice.show_message(worst, "\n".join(messages))
        self._update_buttons()

    def say_key_missing(self) -> None:
        """Next or Check pressed with no key: say so where the key goes."""
        self.notice.show_message("fail", self.tr("Paste your key first: the checks and Cursor need it."))

    # ---- the keyring
    def disable_keyring(self, reason: str) -> None:
        """Demo mode: the demo key must never replace a real key in the keyring."""
        self.keyring_disabled_reason = reason
        self.keyring_available = False
        self.keyring_label.setText(reason)
        self._update_buttons()

    def load_from_keyring(self) -> None:
        """Ask the keyring (off the UI thread: it may talk to D-Bus or prompt to unlock)."""
        if self.keyring_disabled_reason:
            return
        from app.ui.workers import Task

        def work(_progress: Progress, _cancel: threading.Event) -> KeyringAnswer:
            from app.core import keystore

            # One read: it may show the system's unlock prompt, which must not come twice. A
            # keyring call cannot be interrupted; cancelling only drops what it returns.
            try:
                return True, keystore.load_key(), None
            except keystore.KeyringUnavailable as exc:
                return False, None, exc
            except keystore.KeyStoreError as exc:  # locked, access refused: there, but not now
                return True, None, exc

        self._runner().start(
            Task(work, name="keyring-load", on_result=self._on_loaded, on_error=self._on_keyring_error)
        )

    def _on_loaded(self, value: KeyringAnswer) -> None:
        available, key, problem = value
        self.keyring_available = available
        store = texts.key_store()
        if not available:
            self.keyring_label.setText(
                self.tr(
                    "The key can't be remembered here (%1 is not available). "
                    "It still works until you close this window."
                ).replace("%1", store)
            )
            # The detailed fix is for IT; the tooltip keeps it one hover away.
            self.keyring_label.setToolTip(problem_text(problem) if problem else "")
        elif problem is not None:
            # A key may well be saved; saying "not saved yet" would send people looking for it.
            self.keyring_label.setText(
                self.tr(
                    "Couldn't open %1, so a saved key (if any) was not loaded. Paste the key to carry on."
                ).replace("%1", store)
            )
            self.keyring_notice.show_message("warn", problem_text(problem))
        elif key:
            self.saved_in_keyring = True
            if not self.edit.text():
                self.set_key(key.reveal())
                self.keyring_label.setText(self.tr("Key loaded from %1.").replace("%1", store))
                self.loaded_from_keyring.emit()
            else:
                self.keyring_label.setText(self.tr("A key is saved on this computer."))
        else:
            self.keyring_label.setText(self.tr("Not saved on this computer yet."))
        self._update_buttons()
        self.keyring_answered.emit()

    def _on_keyring_error(self, exc: BaseException) -> None:
        self.keyring_available = False
        self.keyring_label.setText(
            self.tr("Can't use %1 right now, so the key won't be remembered. It still works now.").replace(
                "%1", texts.key_store()
            )
        )
        self.keyring_notice.show_message("warn", problem_text(exc))
        self._update_buttons()
        self.keyring_answered.emit()

    def remember(self) -> None:
        key = self.key()
        if not key:
            self.keyring_notice.show_message("warn", self.tr("Paste a key first."))
            return
        self.remember_button.setEnabled(False)
        self.keyring_label.setText(self.tr("Saving…"))
        from app.ui.workers import Task

        def work(_progress: Progress, _cancel: threading.Event) -> None:
            from app.core import keystore

            keystore.save_key(key)

        def done(_v: object) -> None:
            self.saved_in_keyring = True
            self.keyring_notice.clear()
            self.keyring_label.setText(self.tr("Saved in %1.").replace("%1", texts.key_store()))
            self._update_buttons()

        def failed(exc: BaseException) -> None:
            self.keyring_label.setText(self.tr("Not saved."))
            self.keyring_notice.show_message("warn", problem_text(exc))
            self._update_buttons()

        self._runner().start(Task(work, name="keyring-save", on_result=done, on_error=failed))

    def forget(self) -> None:
        self.forget_button.setEnabled(False)
        from app.ui.workers import Task

        def work(_progress: Progress, _cancel: threading.Event) -> bool:
            from app.core import keystore

            return bool(keystore.forget_key())

        def done(removed: object) -> None:
            self.saved_in_keyring = False
            self.keyring_notice.clear()
            self.keyring_label.setText(
                self.tr("Removed from %1.").replace("%1", texts.key_store())
                if removed
                else self.tr("There was no saved key to remove.")
            )
            self._update_buttons()

        def failed(exc: BaseException) -> None:
            self.keyring_notice.show_message("warn", problem_text(exc))
            self._update_buttons()

        self._runner().start(Task(work, name="keyring-forget", on_result=done, on_error=failed))

    def suggest_remembering(self) -> None:
        """After a passing check: one click keeps the key for next time."""
        if self.keyring_available and not self.saved_in_keyring:
            self.keyring_label.setText(
                self.tr("Tip: press Remember on this computer so you don't have to paste the key again.")
            )

    def _update_buttons(self) -> None:
        usable = bool(self.keyring_available)
        self.remember_button.setEnabled(usable and bool(self.edit.text().strip()))
        self.forget_button.setEnabled(usable and self.saved_in_keyring)
        unavailable = self.tr("Not available: %1.").replace("%1", texts.key_store())
        tip = "" if usable else (self.keyring_disabled_reason or unavailable)
        self.remember_button.setToolTip(tip)
        self.forget_button.setToolTip(tip)


def problem_text(exc: BaseException) -> str:
    """What went wrong and what to do, from core's problem (message and fix)."""
    from app.core.errors import AppError

    if isinstance(exc, AppError):
        parts = (exc.problem.message, exc.problem.fix)
    else:
        parts = (QCoreApplication.translate("KeyPage", "The keyring could not be used."), "")
    return " ".join(texts.core_text(t) for t in parts if t)
