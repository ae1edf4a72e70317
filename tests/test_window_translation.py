"""Every visible string goes through Qt's translation: a translation file changes the window's
words without touching code."""

# ruff: noqa: F811  (the fixtures are imported from the helpers module)
from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QApplication

from tests.test_window_helpers import make_window, memory_keyring  # noqa: F401

TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context><name>KeySection</name>
 <message><source>Your API key</source><translation>Ihr API-Schlüssel</translation></message>
</context>
<context><name>VerifySection</name>
 <message><source>&amp;Verify</source><translation>&amp;Prüfen</translation></message>
</context>
<context><name>core</name>
 <message><source>Your key and credits</source><translation>Schlüssel und Guthaben</translation></message>
</context>
</TS>
"""


def _lrelease() -> str | None:
    here = Path(sys.executable).parent / "pyside6-lrelease"
    return str(here) if here.exists() else shutil.which("pyside6-lrelease")


def test_a_translation_file_changes_the_words(qtbot, make_window, simulator, tmp_path) -> None:
    tool = _lrelease()
    if tool is None:
        pytest.skip("pyside6-lrelease is not installed")
    ts = tmp_path / "cursor_azure_setup_de.ts"
    ts.write_text(TS, encoding="utf-8")
    qm = tmp_path / "cursor_azure_setup_de.qm"
    subprocess.run([tool, str(ts), "-qm", str(qm)], check=True, capture_output=True, timeout=60)
    translator = QTranslator()
    assert translator.load(str(qm))
    qapp = QApplication.instance()
    qapp.installTranslator(translator)
    try:
        window = make_window(initial={"base_url": simulator.url})
        assert window.key_section.header.title.text() == "Ihr API-Schlüssel"
        assert window.verify_section.verify_button.text() == "&Prüfen"
        assert window.verify_section.rows["account"].title.text() == "Schlüssel und Guthaben"
    finally:
        qapp.removeTranslator(translator)


def test_the_translation_template_is_current(tmp_path: Path) -> None:
    """resources/translations/cursor_azure_setup.ts lists exactly the window's strings for translators."""
    import re
    import shutil
    import subprocess
    import sys

    root = Path(__file__).resolve().parents[1]
    lupdate = shutil.which("pyside6-lupdate", path=str(Path(sys.executable).parent))
    assert lupdate, "pyside6-lupdate comes with PySide6-Essentials"
    fresh = tmp_path / "fresh.ts"
    sources = sorted(str(p) for p in (root / "app" / "ui").rglob("*.py"))
    subprocess.run([lupdate, "-no-obsolete", *sources, "-ts", str(fresh)], check=True, capture_output=True)

    def strings(path: Path) -> set[str]:
        return set(re.findall(r"<source>(.*?)</source>", path.read_text(encoding="utf-8"), re.S))

    committed = strings(root / "resources" / "translations" / "cursor_azure_setup.ts")
    missing = strings(fresh) - committed
    assert not missing, (
        f"run the lupdate command in resources/translations/README.md; missing: {sorted(missing)[:5]}"
    )
    assert "Where do I get a key?" in committed
