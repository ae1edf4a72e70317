"""The global exception handler: a friendly dialog, the details in the (redacted) log, and a
window that stays usable with everything the user typed still in place."""

from __future__ import annotations

import sys
import threading
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

if TYPE_CHECKING:
    import logging

    from PySide6.QtWidgets import QMessageBox, QWidget


def _log() -> logging.Logger:
    """The window's logger; logging and traceback are imported when an error is written (see the
    note in app/ui/texts.py)."""
    import logging

    return logging.getLogger("app.ui")


def _formatted(exc_type: type[BaseException], exc: BaseException | None, tb: TracebackType | None) -> str:
    import traceback

    return "".join(traceback.format_exception(exc_type, exc, tb))


_state: dict[str, object] = {"log_path": None, "dialog": None, "busy": False, "installed": False}


def set_log_path(path: Path | None) -> None:
    _state["log_path"] = path


def log_path() -> Path | None:
    value = _state["log_path"]
    return value if isinstance(value, Path) else None


def show_friendly_error(parent: QWidget | None = None) -> QMessageBox:
    """A non-modal dialog (the window keeps working behind it); one at a time."""
    from PySide6.QtCore import Qt  # here, as the dialog: the first paint never waits for them
    from PySide6.QtWidgets import QMessageBox

    existing = _state.get("dialog")
    if isinstance(existing, QMessageBox) and existing.isVisible():
        return existing
    where = log_path()
    text = QCoreApplication.translate(
        "ErrorDialog",
        "Something went wrong inside the app. What you typed is still there, and you can carry on.",
    )
    info = (
        QCoreApplication.translate("ErrorDialog", "If it keeps happening, send this file to your IT team:")
        + f"\n{where}"
        if where
        else QCoreApplication.translate(
            "ErrorDialog",
            "If it keeps happening, use Help > Save a report for IT and send the file to your IT team.",
        )
    )
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("ErrorDialog", "Something went wrong"))
    box.setText(text)
    box.setInformativeText(info)
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.setWindowModality(Qt.WindowModality.NonModal)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.setObjectName("friendlyErrorDialog")
    box.setAccessibleName(QCoreApplication.translate("ErrorDialog", "Something went wrong"))
    box.show()
    _state["dialog"] = box
    box.destroyed.connect(lambda *_: _state.update(dialog=None))
    return box


def handle_exception(
    exc_type: type[BaseException],
    exc: BaseException,
    tb: TracebackType | None,
    parent_getter: Callable[[], QWidget | None] | None = None,
) -> None:
    if issubclass(exc_type, KeyboardInterrupt):
        QApplication.quit()
        return
    # The log is redacted by core's filter; the traceback never reaches the user's screen.
    _log().error("unexpected error: %s", _formatted(exc_type, exc, tb))
    if _state["busy"] or QApplication.instance() is None:
        return
    _state["busy"] = True
    try:
        show_friendly_error(parent_getter() if parent_getter else None)
    except Exception:  # never let the handler itself crash the app
        _log().exception("could not show the error dialog")
    finally:
        _state["busy"] = False


def install_exception_hook(parent_getter: Callable[[], QWidget | None] | None = None) -> None:
    """Route uncaught exceptions (slots included: PySide6 reports them through sys.excepthook)."""

    def hook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        handle_exception(exc_type, exc, tb, parent_getter)

    def thread_hook(args: threading.ExceptHookArgs) -> None:
        # A worker thread outside Qt: log it; the window is told by the job's error signal.
        _log().error(
            "unexpected error in a background thread: %s",
            _formatted(args.exc_type, args.exc_value, args.exc_traceback),
        )

    sys.excepthook = hook
    threading.excepthook = thread_hook
    _state["installed"] = True
