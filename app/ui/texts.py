"""User-visible words that several parts of the window share, all through Qt's translation."""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication

from app.core.model import CHECK_TITLES


def tr(text: str, context: str = "Texts") -> str:
    return QCoreApplication.translate(context, text)


def core_text(text: str) -> str:
    """Messages from core are plain English; let a translation replace them when one exists."""
    return QCoreApplication.translate("core", text) if text else ""


def key_store() -> str:
    """Where the key is kept, by the name people know on their system (not "keyring" on a Mac)."""
    if sys.platform == "darwin":
        return QCoreApplication.translate("Texts", "your Mac's Keychain")
    if sys.platform == "win32":
        return QCoreApplication.translate("Texts", "Windows Credential Manager")
    return QCoreApplication.translate("Texts", "this computer's keyring")


def check_title(check_id: str) -> str:
    """A check's title from core's one table, translated like core's other words."""
    return core_text(CHECK_TITLES.get(check_id, check_id))


def status_word(status: str) -> str:
    words = {
        "pass": QCoreApplication.translate("Texts", "Passed"),
        "warn": QCoreApplication.translate("Texts", "Works, with a warning"),
        "fail": QCoreApplication.translate("Texts", "Failed"),
        "skipped": QCoreApplication.translate("Texts", "Not run"),
        "running": QCoreApplication.translate("Texts", "Checking…"),
        "pending": QCoreApplication.translate("Texts", "Waiting"),
        "info": QCoreApplication.translate("Texts", "Note"),
    }
    return words.get(status, status)


def elapsed_text(ms: float) -> str:
    if ms < 1000:
        return f"{int(ms)} ms"
    return f"{ms / 1000:.1f} s"
