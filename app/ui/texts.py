"""User-visible words that several parts of the window share, all through Qt's translation."""

from __future__ import annotations

import logging
import string
import sys

from PySide6.QtCore import QCoreApplication

from app.core.model import CHECK_TITLES
from app.core.text import Text

log = logging.getLogger(__name__)


def tr(text: str, context: str = "Texts") -> str:
    return QCoreApplication.translate(context, text)


def core_text(text: str) -> str:
    """A message from core in the app's language (context ``core``).

    A ``Text`` is looked up by its template and its values are filled into the translation; a value
    that is itself a ``Text`` (a reason inside a sentence, a list of names) is translated the same
    way first. A plain ``str`` is looked up as it is. A translation that breaks the placeholders (a
    name misspelt, one left out, an unbalanced brace) is not used: the English template is.
    """
    if not text:
        return ""
    if not isinstance(text, Text):
        return QCoreApplication.translate("core", text)
    values = {name: core_text(v) if isinstance(v, Text) else v for name, v in text.values.items()}
    translated = QCoreApplication.translate("core", text.template)
    if translated != text.template:
        try:
            if _fields(translated) != _fields(text.template):
                raise ValueError("the placeholders differ")
            return translated.format(**values)
        except (ValueError, KeyError, IndexError, AttributeError) as exc:
            log.warning("translation of a core message not used: %s", exc)
    try:
        return text.template.format(**values)
    except (ValueError, KeyError, IndexError, AttributeError):  # a value's translation would not fit
        return str(text)


def _fields(template: str) -> set[str]:
    """The placeholder names of a str.format template ({model}, {seconds:.0f} -> model, seconds)."""
    return {field for _lit, field, _spec, _conv in string.Formatter().parse(template) if field is not None}


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
