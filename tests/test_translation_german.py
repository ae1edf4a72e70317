"""The German translation: complete against the code as it is now, every placeholder kept, built
into the .qm the app loads, and Qt's own words (standard buttons, the file dialog) German with it,
while a language we do not ship leaves everything English."""

from __future__ import annotations

import os
import re
import shutil
import string
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path
from types import ModuleType

import pytest

from tests.script_modules import load_script

ROOT = Path(__file__).resolve().parents[1]
GERMAN = ROOT / "resources" / "translations" / "cursor_azure_setup_de.ts"


@pytest.fixture(scope="module")
def tool() -> ModuleType:
    return load_script("scripts/translations.py")


@pytest.fixture(scope="module")
def fresh_german(tool, tmp_path_factory) -> Path:
    """The committed German file brought up to date with the code, as the update command does."""
    fresh = tmp_path_factory.mktemp("fresh") / GERMAN.name
    shutil.copyfile(GERMAN, fresh)
    assert tool.update([fresh]) == []
    return fresh


def _messages(ts: Path) -> list[tuple[str, str, ET.Element]]:
    root = ET.parse(ts).getroot()
    return [
        (context.findtext("name") or "", message.findtext("source") or "", message)
        for context in root.iter("context")
        for message in context.iter("message")
    ]


def _translations(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    if translation is None:
        return []
    forms = translation.findall("numerusform")
    return [f.text or "" for f in forms] if forms else [translation.text or ""]


def test_every_string_of_the_window_and_of_core_is_translated(fresh_german) -> None:
    """Nothing unfinished, missing or left over once the file is refreshed from the code."""
    messages = _messages(fresh_german)
    assert len(messages) > 500
    undone = [
        f"{context}: {source!r}"
        for context, source, message in messages
        if (message.find("translation") is None)
        or message.find("translation").get("type") in ("unfinished", "vanished", "obsolete")
        or not all(text.strip() for text in _translations(message))
    ]
    assert undone == [], f"{len(undone)} to translate (Qt Linguist, then commit):\n" + "\n".join(undone[:40])


def test_the_committed_german_file_is_current(fresh_german) -> None:
    def keys(ts: Path) -> set[tuple[str, str]]:
        return {(context, source) for context, source, _message in _messages(ts)}

    assert keys(GERMAN) == keys(fresh_german), "run: .venv/bin/python scripts/translations.py update"


_QT_PLACEHOLDER = re.compile(r"%L?\d+|%n")
_TAG = re.compile(r"<[^>]+>")
_URL = re.compile(r"https?://[^\s<>\"“”„]+[^\s<>\"“”„.,;:)]")


def _format_fields(text: str) -> Counter[str]:
    return Counter(field for _lit, field, _spec, _conv in string.Formatter().parse(text) if field is not None)


def _mnemonics(text: str) -> int:
    return len(re.findall(r"&(?!&)(?=\S)", re.sub(r"&(?:[A-Za-z]+|#\d+);", "", text)))


def placeholder_problems(context: str, source: str, translation: str) -> list[str]:
    """What a translation lost or added of its source's placeholders, markup, addresses and mnemonic."""
    problems: list[str] = []
    if context == "core":
        if _format_fields(source) != _format_fields(translation):
            problems.append(
                f"{{}} placeholders {dict(_format_fields(source))} -> {dict(_format_fields(translation))}"
            )
    elif Counter(_QT_PLACEHOLDER.findall(source)) != Counter(_QT_PLACEHOLDER.findall(translation)):
        problems.append(
            f"% placeholders {_QT_PLACEHOLDER.findall(source)} -> {_QT_PLACEHOLDER.findall(translation)}"
        )
    if Counter(_TAG.findall(source)) != Counter(_TAG.findall(translation)):
        problems.append("markup differs")
    missing = [url for url in _URL.findall(source) if url not in translation]
    if missing:
        problems.append(f"address missing: {missing}")
    if context != "core" and _mnemonics(source) != _mnemonics(translation):
        problems.append(f"mnemonics {_mnemonics(source)} -> {_mnemonics(translation)}")
    return problems


def test_every_placeholder_of_a_source_is_in_its_translation() -> None:
    wrong = [
        f"{context}: {source!r} -> {translation!r}: {'; '.join(problems)}"
        for context, source, message in _messages(GERMAN)
        for translation in _translations(message)
        if translation and (problems := placeholder_problems(context, source, translation))
    ]
    assert wrong == [], "\n".join(wrong)


@pytest.mark.parametrize(
    ("context", "source", "translation"),
    [
        ("core", "Wait {seconds} s.", "Bitte warten."),
        ("core", "Top up at {billing}.", "Laden Sie unter {biling} auf."),
        ("Footer", "%1 (Enter)", "(Eingabetaste)"),
        ("MainWindow", "<h3>%1</h3><p>Hi</p>", "<h3>%1</h3>Hallo"),
        ("KeyPage", "Get one at https://aimlapi.com/app/keys.", "Holen Sie einen."),
        ("KeyPage", "Sho&w", "Anzeigen"),
    ],
)
def test_a_lost_placeholder_is_found(context, source, translation) -> None:
    assert placeholder_problems(context, source, translation) != []


def test_the_built_german_translation_holds_every_string(tool, tmp_path) -> None:
    made = tool.build(tmp_path, pseudo=False)
    names = {p.name for p in made}
    assert {"cursor_azure_setup_de.qm", "qtbase_de.qm"} <= names
    assert (tmp_path / "cursor_azure_setup_de.qm").stat().st_size > 50_000


QT_OWN_WORDS = """
import sys
from pathlib import Path
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QFileDialog, QLabel, QMessageBox
from app.ui import i18n
app = QApplication([])
print(i18n.install_translations(app, folders=[Path(sys.argv[1])]))
box = QMessageBox()
B = QMessageBox.StandardButton
box.setStandardButtons(B.Ok | B.Cancel | B.Save)
print("|".join(sorted(b.text().replace("&", "") for b in box.buttons())))
dialog = QFileDialog(None, "", "", "")
dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
words = [w.text() for w in dialog.findChildren(QLabel) if w.text()]
words += [b.text() for b in dialog.findChild(QDialogButtonBox).buttons()]
print("|".join(sorted(w.replace("&", "") for w in words)))
"""


def _qt_words(folder: Path, lang: str) -> list[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")}
    env.pop("CURSOR_AZURE_SETUP_LANG", None)
    env.update(QT_QPA_PLATFORM="offscreen", LANG=lang)
    proc = subprocess.run(
        [sys.executable, "-c", QT_OWN_WORDS, str(folder)],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert proc.returncode == 0, proc.stderr
    return proc.stdout.strip().splitlines()


def test_qt_own_words_are_german_with_our_german_and_english_without(tool, tmp_path) -> None:
    tool.build(tmp_path, pseudo=False)
    language, buttons, file_dialog = _qt_words(tmp_path, "de_DE.UTF-8")
    assert language == "de"
    assert buttons.split("|") == ["Abbrechen", "OK", "Speichern"]
    assert "Dateiname:" in file_dialog.split("|") and "Speichern" in file_dialog.split("|"), file_dialog
    # French is not shipped: the app is English, and so are Qt's own words.
    language, buttons, file_dialog = _qt_words(tmp_path, "fr_FR.UTF-8")
    assert language == "en"
    assert buttons.split("|") == ["Cancel", "OK", "Save"]
    assert "File name:" in file_dialog.split("|") and "Save" in file_dialog.split("|"), file_dialog
