"""The window's language.

Every visible string goes through Qt's translation, so a translation file changes the window's
words without touching code; the app's language is the first of the system's languages we ship
(or CURSOR_AZURE_SETUP_LANG), and Qt's own strings follow it; core's messages are translated
with their values; the pseudo-translation shows what is untranslated or clipped.
"""

# ruff: noqa: F811  (the fixtures are imported from the helpers module)
from __future__ import annotations

import contextlib
import os
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.exceptions import TimeoutError as QtTimeout

from app.core.text import Text, join_texts
from app.ui import i18n, texts
from tests.conftest import TEST_KEY
from tests.script_modules import load_script
from tests.test_window_helpers import (  # noqa: F401
    WAIT_MS,
    make_window,
    memory_keyring,
    run_checks,
    wait_verified,
)
from tests.visible_text import clipped_texts, untranslated_texts

ROOT = Path(__file__).resolve().parents[1]
TEMPLATE = ROOT / "resources" / "translations" / "cursor_azure_setup.ts"

TS_DE = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context><name>Texts</name>
 <message><source>Your API key</source><translation>Ihr API-Schlüssel</translation></message>
 <message><source>&amp;Next</source><translation>&amp;Weiter</translation></message>
</context>
<context><name>core</name>
 <message><source>Your key and credits</source><translation>Schlüssel und Guthaben</translation></message>
</context>
<context><name>core</name>
 <message><source>The service has no model called “{model}”.</source>
  <translation>Der Dienst hat kein Modell namens „{model}“.</translation></message>
 <message><source>A plain message.</source><translation>Eine einfache Meldung.</translation></message>
 <message><source>Only {count} credits left.</source>
  <translation>Nur noch {cuont} Guthaben.</translation></message>
 <message><source>Wait {seconds} s.</source><translation>Bitte warten.</translation></message>
 <message><source>Look at {name}.</source><translation>Siehe {name.</translation></message>
 <message><source>{problem} Use {url}.</source>
  <translation>{problem} Nehmen Sie {url}.</translation></message>
 <message><source>The address is too long.</source>
  <translation>Die Adresse ist zu lang.</translation></message>
</context>
</TS>
"""


@pytest.fixture(scope="module")
def tool() -> ModuleType:
    """scripts/translations.py: the same code setup.sh and the installer build run."""
    return load_script("scripts/translations.py")


@pytest.fixture
def app_language(qapp: QApplication, monkeypatch: pytest.MonkeyPatch) -> Iterator[QApplication]:
    """The test may change the app's language; English again afterwards. The developer's own
    CURSOR_AZURE_SETUP_LANG does not count."""
    monkeypatch.delenv(i18n.LANG_ENV, raising=False)
    yield qapp
    i18n.install_translations(qapp, ui_languages=["en"], folders=[])


@pytest.fixture
def german(tool: ModuleType, tmp_path: Path) -> Path:
    """A folder holding a (small) German translation, as setup.sh builds it."""
    folder = tmp_path / "translations"
    folder.mkdir()
    ts = tmp_path / "cursor_azure_setup_de.ts"
    ts.write_text(TS_DE, encoding="utf-8")
    tool.lrelease(ts, folder / "cursor_azure_setup_de.qm")
    return folder


def _qt_context_menu(edit: QLineEdit) -> list[str]:
    menu = edit.createStandardContextMenu()
    try:
        return [action.text() for action in menu.actions()]
    finally:
        menu.deleteLater()


def test_a_translation_file_changes_the_words_and_qt_follows(
    qtbot, make_window, simulator, german, app_language
) -> None:
    assert i18n.install_translations(app_language, ui_languages=["de-DE", "de"], folders=[german]) == "de"
    window = make_window(initial={"base_url": simulator.url})
    assert window.key_page.heading.text() == "Ihr API-Schlüssel"
    assert window.footer.primary.text() == "&Weiter"
    assert window.check_page.rows["account"].title.text() == "Schlüssel und Guthaben"
    # Qt's own words (the key field's context menu) are German too, not English.
    menu = _qt_context_menu(window.key_page.edit)
    assert any(text.startswith("&Rückgängig") for text in menu), menu


def test_a_system_language_we_do_not_ship_stays_all_english(
    qtbot, make_window, simulator, tmp_path, app_language
) -> None:
    """A German system without our German translation: no German Qt menus inside an English app."""
    empty = tmp_path / "none"
    empty.mkdir()
    assert i18n.install_translations(app_language, ui_languages=["de-DE", "de"], folders=[empty]) == "en"
    window = make_window(initial={"base_url": simulator.url})
    assert window.key_page.heading.text() == "Your API key"
    menu = _qt_context_menu(window.key_page.edit)
    assert any(text.startswith("&Undo") for text in menu), menu


def test_english_first_stays_english_with_german_shipped(
    qtbot, make_window, simulator, german, app_language
) -> None:
    """English (any variant) preferred over German: English words and Qt's English menus, even
    though a German translation is there (the start looks for no translation file at all)."""
    assert i18n.install_translations(app_language, ui_languages=["en-GB", "de-DE"], folders=[german]) == "en"
    window = make_window(initial={"base_url": simulator.url})
    assert window.key_page.heading.text() == "Your API key"
    menu = _qt_context_menu(window.key_page.edit)
    assert any(text.startswith("&Undo") for text in menu), menu


@pytest.mark.parametrize(
    ("system", "shipped", "override", "expected"),
    [
        (["de-Latn-DE", "de-DE", "de"], {"de"}, None, "de"),
        (["de-DE", "de"], set(), None, "en"),  # nothing for German: English, Qt included
        (["fr-FR", "fr", "de-DE", "de"], {"de"}, None, "de"),  # the first language we ship
        (["en-US", "en", "de-DE", "de"], {"de"}, None, "en"),  # English preferred over German
        (["pt-BR"], {"pt_BR", "pt"}, None, "pt_BR"),
        (["pt-PT"], {"pt_BR", "pt"}, None, "pt"),
        (["C"], {"de"}, None, "en"),
        (["de-DE"], {"de", "pseudo"}, "pseudo", "pseudo"),
        (["de-DE"], {"de"}, "en", "en"),
        (["en-US"], {"de"}, "de", "de"),
        (["de-DE"], {"de"}, "xx", "en"),  # an override we do not ship: English, not the system's
    ],
)
def test_the_language_is_the_first_one_we_ship(system, shipped, override, expected) -> None:
    assert i18n.choose_language(system, shipped, override) == expected


def _in_a_new_process(folder: Path, **env: str) -> tuple[str, str]:
    """The app's language in a new process with this environment, and how it writes 1500 ms."""
    code = (
        "import sys; from pathlib import Path; from PySide6.QtWidgets import QApplication;"
        "from app.ui import i18n, texts; app = QApplication([]);"
        "language = i18n.install_translations(app, folders=[Path(sys.argv[1])]);"
        "print(language, texts.elapsed_text(1500), sep='|')"
    )
    clean = {k: v for k, v in os.environ.items() if k not in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")}
    clean.pop(i18n.LANG_ENV, None)
    clean["QT_QPA_PLATFORM"] = "offscreen"
    proc = subprocess.run(
        [sys.executable, "-c", code, str(folder)],
        env={**clean, **env},
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert proc.returncode == 0, proc.stderr
    language, took = proc.stdout.strip().split("|")
    return language, took


def _language_in_a_new_process(folder: Path, **env: str) -> str:
    return _in_a_new_process(folder, **env)[0]


def test_the_system_language_and_the_override_come_from_the_environment(german) -> None:
    assert _language_in_a_new_process(german, LANG="de_DE.UTF-8") == "de"
    assert _language_in_a_new_process(german, LANGUAGE="fr:de", LANG="fr_FR.UTF-8") == "de"
    assert _language_in_a_new_process(german, LANG="de_DE.UTF-8", CURSOR_AZURE_SETUP_LANG="en") == "en"
    assert _language_in_a_new_process(german, LANG="C.UTF-8", CURSOR_AZURE_SETUP_LANG="de") == "de"
    assert _language_in_a_new_process(german, LANG="C.UTF-8") == "en"


def test_numbers_follow_the_apps_language_not_only_the_systems(german) -> None:
    """A German window on an English system writes "1,5 s"; an English one on a German system
    "1.5 s": the words and the numbers around them are in one language."""

    def took(**env: str) -> str:
        return _in_a_new_process(german, **env)[1]

    assert took(LANG="C.UTF-8", CURSOR_AZURE_SETUP_LANG="de") == "1,5 s"
    assert took(LANG="de_DE.UTF-8") == "1,5 s"
    assert took(LANG="de_DE.UTF-8", CURSOR_AZURE_SETUP_LANG="en") == "1.5 s"
    assert took(LANG="fr_FR.UTF-8") == "1.5 s"  # no French translation ships: all English
    assert took(LANG="en_US.UTF-8") == "1.5 s"


def test_core_messages_are_translated_with_their_values(german, app_language) -> None:
    i18n.install_translations(app_language, ui_languages=["de"], folders=[german])
    missing = Text("The service has no model called “{model}”.", model="acme/x-1")
    assert texts.core_text(missing) == "Der Dienst hat kein Modell namens „acme/x-1“."
    assert texts.core_text("A plain message.") == "Eine einfache Meldung."
    assert texts.core_text("") == ""
    # Not translated yet: English, with the values.
    assert texts.core_text(Text("Nothing for {who} yet.", who="you")) == "Nothing for you yet."
    # A translation that breaks a placeholder is not shown: the English message is.
    assert texts.core_text(Text("Only {count} credits left.", count=3)) == "Only 3 credits left."
    assert texts.core_text(Text("Wait {seconds} s.", seconds=5)) == "Wait 5 s."
    assert texts.core_text(Text("Look at {name}.", name="this")) == "Look at this."
    # A value that is itself a Text is translated too, inside a translated sentence or an English one.
    long = Text("The address is too long.")
    nested = Text("{problem} Use {url}.", problem=long, url="https://api.aimlapi.com")
    assert texts.core_text(nested) == "Die Adresse ist zu lang. Nehmen Sie https://api.aimlapi.com."
    assert texts.core_text(Text("Nothing for {who}: {why}", who="you", why=long)) == (
        "Nothing for you: Die Adresse ist zu lang."
    )
    assert texts.core_text(join_texts([long, Text("A plain message.")])) == (
        "Die Adresse ist zu lang., Eine einfache Meldung."
    )


def test_core_templates_are_extracted_and_merged_keeping_translations(tool, tmp_path) -> None:
    core = tmp_path / "core"
    core.mkdir()
    (core / "limits.py").write_text(
        "from app.core.text import Text\n"
        "from app.core import text\n"
        "def f(model, n, template):\n"
        "    a = Text('The service has no model called “{model}”.', model=model)\n"
        "    b = text.Text(\n        'Only {count} credits left.', count=n)\n"
        "    c = Text(template)\n"
        "    return a, b, Text('The service has no model called “{model}”.', model='x')\n",
        encoding="utf-8",
    )
    messages, warnings = tool.extract_core_texts(core)
    assert [(m.source, m.line) for m in messages] == [
        ("The service has no model called “{model}”.", 4),
        ("Only {count} credits left.", 6),
        ("The service has no model called “{model}”.", 8),
    ]
    assert len(warnings) == 1 and "limits.py:7" in warnings[0]

    ts = tmp_path / "cursor_azure_setup_de.ts"
    ts.write_text(TS_DE, encoding="utf-8")
    tool.merge_core(ts, messages, tool.core_translations(ts))
    contexts = {c.findtext("name"): c for c in ET.parse(ts).getroot().iter("context")}
    core_messages = {m.findtext("source"): m for m in contexts["core"].iter("message")}
    assert set(core_messages) == {"The service has no model called “{model}”.", "Only {count} credits left."}
    kept = core_messages["The service has no model called “{model}”."]
    assert kept.findtext("translation") == "Der Dienst hat kein Modell namens „{model}“."
    assert [loc.get("line") for loc in kept.iter("location")] == ["4", "8"]
    assert kept.find("location").get("filename") == "core/limits.py"
    assert contexts["Texts"].find("message/translation").text == "Ihr API-Schlüssel"  # untouched


def test_the_translation_template_is_current(tool, tmp_path) -> None:
    """The committed template lists exactly the window's strings and core's Text templates: the
    same command that refreshes it (scripts/translations.py update), run on a copy, changes nothing."""
    fresh = tmp_path / "cursor_azure_setup.ts"
    shutil.copyfile(TEMPLATE, fresh)
    assert tool.update([fresh]) == [], "a Text() in app/core has a template that is not a literal"

    def messages(path: Path) -> set[tuple[str, str]]:
        root = ET.parse(path).getroot()
        return {
            (c.findtext("name"), m.findtext("source"))
            for c in root.iter("context")
            for m in c.iter("message")
        }

    committed, wanted = messages(TEMPLATE), messages(fresh)
    assert wanted == committed, (
        "run: .venv/bin/python scripts/translations.py update; "
        f"missing: {sorted(wanted - committed)[:5]}, stale: {sorted(committed - wanted)[:5]}"
    )
    assert ("KeyPage", "Where do I get a key?") in committed


SAMPLES = [
    "&Verify",
    "Set up for %1. Some values were chosen by your IT team.",
    "The service has no model called “{model}”.",
    "Wait {seconds:.0f} s, then press {{Enter}}.",
    "<h3>Cursor Azure Setup %1</h3><p>Your key is kept only in %3.</p>",
    "Copy the key again from https://aimlapi.com/app/keys.",
    "OK",
]


@pytest.mark.parametrize("source", SAMPLES)
def test_the_pseudo_translation_marks_grows_and_keeps_placeholders(tool, source) -> None:
    pseudo = tool.pseudo_text(source)
    assert pseudo.startswith("[") and pseudo.endswith("]")
    kept = re.findall(r"%\d|\{\{|\}\}|\{[^{}]*\}|<[^>]*>|https?://[^\s<]+[^\s<.]|&V", source)
    assert kept == re.findall(r"%\d|\{\{|\}\}|\{[^{}]*\}|<[^>]*>|https?://[^\s<]+[^\s<.]|&V", pseudo)
    words = re.sub(r"%\d|\{[^{}]*\}|<[^>]*>|https?://\S+|&V", "", source)
    assert len(pseudo) >= len(source) + 0.4 * len(words)
    # Every letter outside what must stay is accented, so an untranslated string stands out.
    outside = re.sub(r"%\d|\{[^{}]*\}|<[^>]*>|https?://\S+|&V", "", pseudo)
    assert not re.search(r"[A-Za-z]", outside), outside


@pytest.fixture
def pseudo(tool, tmp_path, app_language) -> str:
    folder = tmp_path / "pseudo"
    ts = tool.write_pseudo_ts(TEMPLATE, tmp_path / "cursor_azure_setup_pseudo.ts")
    tool.lrelease(ts, folder / "cursor_azure_setup_pseudo.qm")
    return i18n.install_translations(app_language, ui_languages=["en"], folders=[folder], override="pseudo")


@pytest.fixture
def shipped_german(tool, tmp_path, app_language) -> str:
    """The German translation the app ships, built as setup.sh builds it."""
    folder = tmp_path / "de"
    tool.lrelease(TEMPLATE.with_name("cursor_azure_setup_de.ts"), folder / "cursor_azure_setup_de.qm")
    return i18n.install_translations(app_language, ui_languages=["en"], folders=[folder], override="de")


def test_the_pseudo_translation_is_selectable_like_a_language(qtbot, make_window, simulator, pseudo) -> None:
    assert pseudo == "pseudo"
    window = make_window(initial={"base_url": simulator.url})
    assert window.key_page.heading.text().startswith("[Ýóúŕ ÅÞÍ ķéý")


def test_every_visible_text_is_translated(qtbot, make_window, simulator, pseudo) -> None:
    window = make_window(initial={"base_url": simulator.url})
    window.key_page.set_key(TEST_KEY)
    run_checks(qtbot, window)
    assert untranslated_texts(window) == []


# The sizes the window must fit without clipping: 1024x640, and 1280x800 at 200% (640x400 logical).
SIZES = [QSize(1024, 640), QSize(640, 400)]


# How long a layout may take to settle after a resize on a loaded machine (word-wrapped labels
# take several passes) before a text that does not fit counts as clipped.
SETTLE_MS = 2000


def _clipped(qtbot, window, size: QSize, state: str) -> list[str]:
    window.resize(size)
    qtbot.waitUntil(lambda: window.size() == size, timeout=WAIT_MS)
    qtbot.wait(30)
    where = f"{size.width()}x{size.height()} step {window.current} {state}"
    texts_found = clipped_texts(window)
    if texts_found:  # perhaps only not laid out yet: clipped if it stays so
        with contextlib.suppress(QtTimeout):
            qtbot.waitUntil(lambda: not clipped_texts(window), timeout=SETTLE_MS)
        texts_found = clipped_texts(window)
    found = [f"{where}: {c}" for c in texts_found]
    steps = window.steps  # its titles sit in boxes the list lays out, not sized to them: measured here
    if steps.isVisible() and steps.title_width() > steps.title_room():
        found.append(f"{where}: a step title ({steps.title_width()} px) is wider than its room")
    return found


def _every_page_and_state(qtbot, window, cursor_data) -> list[str]:
    """Walk every page in the states a test can reach, checking at both sizes each time."""
    found: list[str] = []

    def look(state: str) -> None:
        for size in SIZES:
            found.extend(_clipped(qtbot, window, size, state))

    look("empty key")
    window.key_page.set_key("short-key")
    window.key_page.clean_now()
    look("key too short")
    window.key_page.set_key(TEST_KEY)
    window.go_to_step(2)
    window.model_page.advanced.set_open(True)
    look("Advanced open")
    window.go_to_step(3)
    look("not checked")
    window.run_check()
    wait_verified(qtbot, window)
    look("passed")
    window.key_page.set_key(TEST_KEY[:-1] + "0")
    look("outdated")
    window.run_check()
    wait_verified(qtbot, window)
    look("rejected key")
    window.key_page.set_key(TEST_KEY)
    window.run_check()
    wait_verified(qtbot, window)
    window.go_to_step(4)
    qtbot.waitUntil(
        lambda: window.cursor_page.record is not None and not window.cursor_page.work.busy(), timeout=WAIT_MS
    )
    look("differences")
    window.cursor_page.apply()
    qtbot.waitUntil(lambda: window.cursor_page.next_box.isVisible(), timeout=WAIT_MS)
    window.cursor_page.key_copy.copy()
    look("applied, key copied")
    (cursor_data / "globalStorage" / "state.vscdb").write_bytes(b"not a database")
    window.cursor_page.refresh()
    qtbot.waitUntil(lambda: window.cursor_page.manual_box.isVisible(), timeout=WAIT_MS)
    look("unreadable: by hand")
    window.go_to_step(5)
    window.confirm_page.chat_box.set_open(True)
    look("confirm, chat open")
    return found


@pytest.mark.parametrize("language", ["en", "pseudo", "de"])
def test_nothing_is_clipped_on_any_page_at_1024x640_and_200_percent(
    qtbot, make_window, simulator, request, language, tmp_path, monkeypatch
) -> None:

    from tests.cursor_fixtures import fake_cursor, process_table

    if language == "pseudo":
        request.getfixturevalue("pseudo")
    elif language == "de":
        assert request.getfixturevalue("shipped_german") == "de"
    install = fake_cursor(tmp_path, proc=process_table())
    monkeypatch.setenv("CURSOR_AZURE_SETUP_CURSOR_APP", str(install.app_dir))
    monkeypatch.setenv("CURSOR_AZURE_SETUP_CURSOR_DATA", str(install.data_dir))
    window = make_window(demo_url=simulator.url, demo_key=TEST_KEY)
    found = _every_page_and_state(qtbot, window, install.data_dir)
    assert found == [], "\n".join(found)
