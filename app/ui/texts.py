"""User-visible words that several parts of the window share, all through Qt's translation.

The flow model (app/core/flow.py) speaks in ids: step states, status ids, actions, reasons, fixes.
This module gives each id its words, in one place, so the step list, the status line and the pages
say the same thing. The tables are keyed by the ids' values (the flow's enums are ``str`` and
``int`` enums, equal to their values), so the first paint needs no import of the flow itself.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication, QLocale

from app.core.text import Duration, Text

# Standard modules used only after the first paint (logging, string) are imported where used: once
# PySide6 is loaded, every import statement makes it read the named module's source (looking for
# its __feature__ switches), about a millisecond for each large module before the first paint.


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
    values = {name: _value_text(v) for name, v in text.values.items()}
    translated = QCoreApplication.translate("core", text.template)
    if translated != text.template:
        try:
            if _fields(translated) != _fields(text.template):
                raise ValueError("the placeholders differ")
            return translated.format(**values)
        except (ValueError, KeyError, IndexError, AttributeError) as exc:
            import logging

            logging.getLogger(__name__).warning("translation of a core message not used: %s", exc)
    try:
        return text.template.format(**values)
    except (ValueError, KeyError, IndexError, AttributeError):  # a value's translation would not fit
        return str(text)


def _value_text(value: object) -> object:
    if isinstance(value, Text):
        return core_text(value)
    if isinstance(value, Duration):
        return seconds_text(value)
    return value


def _fields(template: str) -> set[str]:
    """The placeholder names of a str.format template ({model}, {seconds:.0f} -> model, seconds)."""
    import string

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
    from app.core.model import CHECK_TITLES

    return core_text(CHECK_TITLES.get(check_id, check_id))


def status_word(status: str) -> str:
    """A check's or a finding's state in words (screen readers say these, never our codes)."""
    words = {
        "pass": QCoreApplication.translate("Texts", "Passed"),
        "warn": QCoreApplication.translate("Texts", "Works, with a note"),
        "fail": QCoreApplication.translate("Texts", "Failed"),
        "skipped": QCoreApplication.translate("Texts", "Not run"),
        "unknown": QCoreApplication.translate("Texts", "Could not tell"),
        "running": QCoreApplication.translate("Texts", "Checking…"),
        "pending": QCoreApplication.translate("Texts", "Waiting"),
        "info": QCoreApplication.translate("Texts", "Note"),
    }
    return words.get(status, status)


def step_title(step: int) -> str:
    return {
        1: QCoreApplication.translate("Texts", "Your API key"),
        2: QCoreApplication.translate("Texts", "Choose the model"),
        3: QCoreApplication.translate("Texts", "Check it works"),
        4: QCoreApplication.translate("Texts", "Set up Cursor"),
        5: QCoreApplication.translate("Texts", "Confirm in Cursor"),
    }[step]


def step_short(step: int) -> str:
    """The step's name in the compact bar ("Step 3 of 5 · Check")."""
    return {
        1: QCoreApplication.translate("Texts", "Key"),
        2: QCoreApplication.translate("Texts", "Model"),
        3: QCoreApplication.translate("Texts", "Check"),
        4: QCoreApplication.translate("Texts", "Cursor"),
        5: QCoreApplication.translate("Texts", "Confirm"),
    }[step]


def state_word(state: str) -> str:
    """One word beside a step: what it needs."""
    return {
        "todo": QCoreApplication.translate("Texts", "To do"),
        "done": QCoreApplication.translate("Texts", "Done"),
        "attention": QCoreApplication.translate("Texts", "Fix"),
        "running": QCoreApplication.translate("Texts", "Working"),
        "stale": QCoreApplication.translate("Texts", "Outdated"),
    }[state]


def state_description(state: str) -> str:
    """The same, in the words a screen reader says."""
    return {
        "todo": QCoreApplication.translate("Texts", "To do"),
        "done": QCoreApplication.translate("Texts", "Done"),
        "attention": QCoreApplication.translate("Texts", "Needs attention"),
        "running": QCoreApplication.translate("Texts", "Working on it"),
        "stale": QCoreApplication.translate("Texts", "Outdated: the values changed since"),
    }[state]


def state_kind(state: str) -> str:
    """The status colour of a step state."""
    return {
        "todo": "skipped",
        "done": "pass",
        "attention": "fail",
        "running": "running",
        "stale": "stale",
    }[state]


def status_sentence(status: str) -> str:
    """The status line: what to do next."""
    return {
        "paste_key": QCoreApplication.translate("Texts", "Next: paste your API key."),
        "fix_key": QCoreApplication.translate("Texts", "Next: fix the key (step 1)."),
        "choose_model": QCoreApplication.translate("Texts", "Next: choose the model (step 2)."),
        "fix_model": QCoreApplication.translate("Texts", "Next: fix the model or the address (step 2)."),
        "run_check": QCoreApplication.translate("Texts", "Next: check that it works (step 3)."),
        "checking": QCoreApplication.translate("Texts", "Checking… you can keep editing."),
        "fix_check": QCoreApplication.translate("Texts", "Next: do what the check says, then check again."),
        "check_outdated": QCoreApplication.translate(
            "Texts", "The values changed since the check: check again (step 3)."
        ),
        "reading_cursor": QCoreApplication.translate("Texts", "Looking at Cursor's settings…"),
        "set_up_cursor": QCoreApplication.translate("Texts", "Next: set up Cursor (step 4)."),
        "apply": QCoreApplication.translate("Texts", "Next: press Apply to Cursor (step 4)."),
        "quit_cursor": QCoreApplication.translate("Texts", "Next: quit Cursor, then press Apply to Cursor."),
        "finish_in_cursor": QCoreApplication.translate(
            "Texts", "Next: paste the key in Cursor and press Verify there."
        ),
        "by_hand": QCoreApplication.translate("Texts", "Next: copy the values into Cursor (step 4)."),
        "fix_cursor": QCoreApplication.translate("Texts", "Next: fix Cursor's settings (step 4)."),
        "cursor_outdated": QCoreApplication.translate(
            "Texts", "The values changed since Cursor was set up: set it up again (step 4)."
        ),
        "confirm": QCoreApplication.translate(
            "Texts", "Next: send one message in Cursor, then press Check (step 5)."
        ),
        "confirming": QCoreApplication.translate(
            "Texts", "Asking the service whether Cursor's requests arrived…"
        ),
        "fix_traffic": QCoreApplication.translate("Texts", "Next: do what step 5 says, then check again."),
        "confirm_outdated": QCoreApplication.translate(
            "Texts", "The values changed: confirm in Cursor again (step 5)."
        ),
        "all_set": QCoreApplication.translate("Texts", "All set: Cursor chats through AI/ML API."),
    }[status]


def action_label(action: str) -> str:
    """The primary button's words (with the mnemonic)."""
    return {
        "next": QCoreApplication.translate("Texts", "&Next"),
        "check": QCoreApplication.translate("Texts", "&Check"),
        "check_again": QCoreApplication.translate("Texts", "&Check again"),
        "checking": QCoreApplication.translate("Texts", "Checking…"),
        "check_first": QCoreApplication.translate("Texts", "&Check first"),
        "apply": QCoreApplication.translate("Texts", "&Apply to Cursor"),
        "confirm": QCoreApplication.translate("Texts", "&Check"),
        "confirm_again": QCoreApplication.translate("Texts", "&Check again"),
        "close": QCoreApplication.translate("Texts", "&Close"),
    }[action]


def reason_sentence(reason: str) -> str:
    """Why the primary button is disabled (shown beside it)."""
    return {
        "cursor_running": QCoreApplication.translate(
            "Texts", "Cursor is running: quit it, then press Apply. This page notices by itself."
        ),
        "cursor_running_unknown": QCoreApplication.translate(
            "Texts", "Couldn't tell whether Cursor is running. Quit Cursor, then press Look again."
        ),
        "cursor_reading": QCoreApplication.translate("Texts", "Looking at Cursor's settings…"),
        "busy": QCoreApplication.translate("Texts", "Working…"),
    }[reason]


def fix_label(fix: str) -> str:
    """The button beside a failure: the one thing to do about it."""
    return {
        "change_key": QCoreApplication.translate("Texts", "Change the key"),
        "open_billing": QCoreApplication.translate("Texts", "Open the billing page"),
        "choose_model": QCoreApplication.translate("Texts", "Choose another model"),
        "check_address": QCoreApplication.translate("Texts", "Check the address"),
        "set_up_cursor": QCoreApplication.translate("Texts", "Set up Cursor again"),
        "none": "",
    }[fix]


def elapsed_text(ms: float) -> str:
    """Durations in one style everywhere: "under a second", "1.5 s", "12 s"."""
    if ms < 1000:
        return QCoreApplication.translate("Texts", "under a second")
    return seconds_text(ms, precise=False)


def seconds_text(ms: float, precise: bool = True) -> str:
    """A time in the window's one unit, seconds: a measured one precise enough to compare ("0.03 s",
    "1.51 s", "12.4 s"), or with ``precise=False`` rounded as a duration is ("1.5 s", "12 s")."""
    seconds = ms / 1000
    decimals = (1 if seconds < 10 else 0) + (1 if precise else 0)
    number = QLocale().toString(seconds, "f", decimals)
    return QCoreApplication.translate("Texts", "%1 s").replace("%1", number)


def countdown_text(seconds: int) -> str:
    """2:00, 1:45, 0:09."""
    return f"{seconds // 60}:{seconds % 60:02d}"
