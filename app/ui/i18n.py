"""The app's language: which translation to load, and Qt's own strings in the same language.

The app speaks the first of the system's UI languages for which a translation ships
(``resources/translations/cursor_azure_setup_<lang>.qm``), else English. Qt's own strings (the
line edit's context menu, standard dialog buttons) are loaded for that same language only, so
the window never mixes two languages: a German system without our German translation is all
English, and with it all German.

``CURSOR_AZURE_SETUP_LANG`` (``de``, ``pt_BR``, ``en``, ``pseudo``) overrides the system's
choice, for support and tests. ``pseudo`` is the generated pseudo-translation (accented,
longer text) that shows untranslated strings and clipped layouts at a glance.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale

if TYPE_CHECKING:
    from PySide6.QtCore import QTranslator

# QTranslator and QLibraryInfo are imported when a translation is loaded: an English start, the
# common one, never makes their Python types (the window's first frame waits for what it makes).

# logging is imported where a warning is written (see the note in app/ui/texts.py).


def _warn(message: str, *args: object) -> None:
    import logging

    logging.getLogger(__name__).warning(message, *args)


LANG_ENV = "CURSOR_AZURE_SETUP_LANG"
DOMAIN = "cursor_azure_setup"
SOURCE_LANGUAGE = "en"  # the words in the code; needs no file
PSEUDO = "pseudo"

_installed: list[QTranslator] = []


def translation_dirs() -> list[Path]:
    from app.ui import resources

    return [folder / "translations" for folder in resources.resource_dirs()]


def shipped_languages(folders: Iterable[Path] | None = None) -> dict[str, Path]:
    """Language -> our .qm file (the first folder that has a language wins)."""
    found: dict[str, Path] = {}
    for folder in translation_dirs() if folders is None else folders:
        for qm in sorted(Path(folder).glob(f"{DOMAIN}_*.qm")):
            found.setdefault(qm.stem[len(DOMAIN) + 1 :], qm)
    return found


def _candidates(tag: str) -> list[str]:
    """A language tag and its fallbacks: de-DE -> de_DE, de; zh-Hant-TW -> zh_Hant_TW, zh_Hant, zh."""
    parts = tag.replace("-", "_").split(".")[0].split("@")[0].split("_")
    return ["_".join(parts[:n]) for n in range(len(parts), 0, -1) if parts[0]]


def choose_language(ui_languages: Sequence[str], shipped: Iterable[str], override: str | None = None) -> str:
    """The first language, in the user's order of preference, that we can show; else English.

    English counts as shipped (it is the source language), so a user who prefers English to
    German gets English even when a German translation exists.
    """
    available = set(shipped)
    for tag in [override] if override else ui_languages:
        for name in _candidates(tag):
            if name == SOURCE_LANGUAGE:
                return SOURCE_LANGUAGE
            if name in available:
                return name
    if override:
        _warn("%s=%s: no such translation; using English", LANG_ENV, override)
    return SOURCE_LANGUAGE


def _english_first(tags: Sequence[str]) -> bool:
    """Whether the first preference is English in any variant (en, en-GB): the words in the code,
    whatever translations ship (none is made for a variant of English)."""
    first = _candidates(tags[0]) if tags else []
    return bool(first) and first[-1] == SOURCE_LANGUAGE


def qt_translation_dirs(folders: Iterable[Path] | None = None) -> list[Path]:
    """Where Qt's own translations (qtbase_<lang>.qm) are: beside ours first (a bundle copies only
    the languages it ships there), then Qt's installation."""
    from PySide6.QtCore import QLibraryInfo

    dirs = list(translation_dirs() if folders is None else folders)
    return [*dirs, Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))]


def install_translations(
    app: QCoreApplication,
    *,
    ui_languages: Sequence[str] | None = None,
    folders: Sequence[Path] | None = None,
    override: str | None = None,
) -> str:
    """Load our translation and Qt's for the chosen language; returns that language ("en": none).
    Numbers and dates follow that language too.

    Called again (tests), it replaces what it installed before.
    """
    language = _install(app, ui_languages, folders, override)
    _numbers_in(language)
    return language


def _numbers_in(language: str) -> None:
    """Numbers, dates and times written the way the app's language writes them ("1,5 s" in a
    German window, "1.5 s" in an English one), whatever the system's locale; the system's own
    variant when it speaks that language (de_AT, en_GB)."""
    system = QLocale.system()
    if language == PSEUDO or language in _candidates(system.name()):
        QLocale.setDefault(system)
    else:
        QLocale.setDefault(QLocale(language))


def _install(
    app: QCoreApplication,
    ui_languages: Sequence[str] | None,
    folders: Sequence[Path] | None,
    override: str | None,
) -> str:
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    if override is None:
        override = os.environ.get(LANG_ENV, "").strip() or None
    languages = QLocale.system().uiLanguages() if ui_languages is None else ui_languages
    if _english_first([override] if override else languages):
        return SOURCE_LANGUAGE  # no file to look for
    shipped = shipped_languages(folders)
    language = choose_language(languages, shipped, override)
    if language == SOURCE_LANGUAGE:
        return language
    from PySide6.QtCore import QTranslator

    ours = QTranslator(app)
    if not ours.load(str(shipped[language])):
        _warn("translation %s could not be loaded; using English", shipped[language].name)
        return SOURCE_LANGUAGE
    app.installTranslator(ours)
    _installed.append(ours)
    if language != PSEUDO:
        for folder in qt_translation_dirs(folders):
            qt_own = QTranslator(app)
            if qt_own.load(f"qtbase_{language}", str(folder)):
                app.installTranslator(qt_own)
                _installed.append(qt_own)
                break
    return language
