#!/usr/bin/env python3
"""The translation files: refresh them from the code, build the .qm files the app loads.

    .venv/bin/python scripts/translations.py update   # after changing words in app/ui or a Text(...) in core
    .venv/bin/python scripts/translations.py build    # .qm files (scripts/setup.sh and the installer build)

``update`` runs Qt's lupdate over the window's code (``self.tr``, ``QCoreApplication.translate``)
and adds core's messages under the context ``core``: every ``Text("...")`` in app/core whose
template is a string literal (see app/core/text.py). It refreshes the template
(``cursor_azure_setup.ts``) and every language file (``cursor_azure_setup_<lang>.ts``), keeping
their translations.

``build`` compiles each language file into ``resources/translations/cursor_azure_setup_<lang>.qm``,
makes the pseudo-translation ``cursor_azure_setup_pseudo.qm`` from the template (accented, about
40% longer, bracketed: ``CURSOR_AZURE_SETUP_LANG=pseudo`` shows it), and copies Qt's own
``qtbase_<lang>.qm`` for each language beside them, so an installer carries Qt's strings for
exactly the languages we ship. The .qm files are build outputs and stay out of git.
"""

from __future__ import annotations

import argparse
import ast
import math
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TS_DIR = ROOT / "resources" / "translations"
DOMAIN = "cursor_azure_setup"
TEMPLATE = TS_DIR / f"{DOMAIN}.ts"
CORE_CONTEXT = "core"
PSEUDO = "pseudo"
UI_SOURCES = ROOT / "app" / "ui"
CORE_SOURCES = ROOT / "app" / "core"


def qt_tool(name: str) -> Path:
    """lupdate / lrelease as shipped inside the PySide6 package (no separate Qt needed)."""
    import PySide6

    tool = Path(PySide6.__file__).parent / (name + (".exe" if sys.platform == "win32" else ""))
    if not tool.is_file():
        raise SystemExit(f"{tool} is missing: install PySide6 (pip install -e '.[dev]')")
    return tool


def language_files(folder: Path = TS_DIR) -> list[Path]:
    return sorted(folder.glob(f"{DOMAIN}_*.ts"))


# --- core's messages --------------------------------------------------------------------------


@dataclass(frozen=True)
class CoreMessage:
    source: str
    path: Path
    line: int


def extract_core_texts(folder: Path = CORE_SOURCES) -> tuple[list[CoreMessage], list[str]]:
    """Every ``Text("literal", ...)`` under ``folder``; and a warning for each Text whose template
    is not a literal (it cannot be translated)."""
    found: list[CoreMessage] = []
    warnings: list[str] = []
    for path in sorted(folder.rglob("*.py")):
        if path == folder / "text.py":  # where Text itself is defined
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call) or _called_name(node.func) != "Text":
                continue
            first = node.args[0] if node.args else None
            if isinstance(first, ast.Constant) and isinstance(first.value, str):
                found.append(CoreMessage(first.value, path, first.lineno))
            else:
                warnings.append(
                    f"{path}:{node.lineno}: Text() without a literal template is not translatable"
                )
    found.sort(key=lambda m: (str(m.path), m.line))
    return found, warnings


def _called_name(func: ast.expr) -> str:
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return func.attr
    return ""


def _xml(text: str) -> str:
    """Escaped as lupdate writes it."""
    return (
        text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace('"', "&quot;")
        .replace("'", "&apos;")
    )


_CORE_BLOCK = re.compile(r"<context>\s*<name>" + CORE_CONTEXT + r"</name>.*?</context>\n?", re.S)


def core_translations(ts: Path) -> dict[str, ET.Element]:
    """source -> <translation> element of the ``core`` context, as the file has them now."""
    if not ts.is_file():
        return {}
    kept: dict[str, ET.Element] = {}
    for context in ET.parse(ts).getroot().iter("context"):
        if context.findtext("name") != CORE_CONTEXT:
            continue
        for message in context.iter("message"):
            source, translation = message.findtext("source"), message.find("translation")
            if source is not None and translation is not None:
                kept[source] = translation
    return kept


_UNFINISHED = '<translation type="unfinished"></translation>'


def _translation_xml(element: ET.Element) -> str:
    """A kept <translation> written as lupdate writes it (an empty one too), so updates don't churn."""
    attributes = "".join(f' {name}="{_xml(value)}"' for name, value in element.attrib.items())
    return f"<translation{attributes}>{_xml(element.text or '')}</translation>"


def core_block(messages: list[CoreMessage], ts: Path, previous: dict[str, ET.Element]) -> str:
    """The ``core`` context for ``ts``: one message per template, its translation kept."""
    by_source: dict[str, list[CoreMessage]] = {}
    for message in messages:
        by_source.setdefault(message.source, []).append(message)
    lines = ["<context>", f"    <name>{CORE_CONTEXT}</name>"]
    for source, places in by_source.items():
        lines.append("    <message>")
        for place in places:
            rel = Path(os.path.relpath(place.path, ts.parent)).as_posix()
            lines.append(f'        <location filename="{_xml(rel)}" line="{place.line}"/>')
        lines.append(f"        <source>{_xml(source)}</source>")
        old = previous.get(source)
        lines.append("        " + (_translation_xml(old) if old is not None else _UNFINISHED))
        lines.append("    </message>")
    lines.append("</context>")
    return "\n".join(lines) + "\n"


def merge_core(ts: Path, messages: list[CoreMessage], previous: dict[str, ET.Element]) -> None:
    """Replace the ``core`` context of ``ts`` with ``messages`` (none: the context goes)."""
    text = _CORE_BLOCK.sub("", ts.read_text(encoding="utf-8"))
    if messages:
        text = text.replace("</TS>", core_block(messages, ts, previous) + "</TS>")
    ts.write_text(text, encoding="utf-8")


def update(ts_files: list[Path] | None = None) -> list[str]:
    """Refresh the template and the language files from the code; returns the warnings."""
    files = ts_files or [TEMPLATE, *language_files()]
    previous = {ts: core_translations(ts) for ts in files}
    sources = sorted(p.relative_to(ROOT).as_posix() for p in UI_SOURCES.rglob("*.py"))
    targets = [str(ts.resolve()) for ts in files]
    subprocess.run(
        [str(qt_tool("lupdate")), "-silent", "-no-obsolete", *sources, "-ts", *targets], check=True, cwd=ROOT
    )
    messages, warnings = extract_core_texts()
    for ts in files:
        merge_core(ts, messages, previous[ts])
    return warnings


# --- the pseudo-translation -------------------------------------------------------------------

_ACCENTED = str.maketrans(
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ",
    "áƀçðéƒĝĥíĵķļɱñóþʠŕšŧúṽŵẋýžÅƁÇÐÉƑĜĤÍĴĶĻṀÑÓÞǪŔŠŦÚṼŴẊÝŽ",
)
# Kept as they are: Qt and str.format placeholders, markup, entities, a mnemonic and its letter
# (so Alt shortcuts still work), web addresses.
_KEEP = re.compile(
    r"%L?\d+|%n|\{\{|\}\}|\{[^{}]*\}|<[^>]*>|&(?:[A-Za-z]+|#\d+|#x[0-9A-Fa-f]+);|&.|https?://[^\s<>\"]+",
    re.S,
)
_FILLER = "ļóŕéɱ íþšúɱ ðóļóŕ šíŧ áɱéŧ çóñšéçŧéŧúŕ áðíþíšçíñĝ éļíŧ "
EXPANSION = 0.4


def pseudo_text(text: str) -> str:
    """``Verify %1`` -> ``[Ṽéŕíƒý %1 ļóŕ]``: accented, ~40% longer, bracketed, placeholders intact."""
    if not text:
        return text
    parts: list[str] = []
    visible = 0
    pos = 0
    for match in _KEEP.finditer(text):
        plain = text[pos : match.start()]
        parts += [plain.translate(_ACCENTED), match.group(0)]
        visible += len(plain)
        pos = match.end()
    tail = text[pos:]
    parts.append(tail.translate(_ACCENTED))
    visible += len(tail)
    extra = math.ceil(visible * EXPANSION)
    filler = (_FILLER * (extra // len(_FILLER) + 1))[:extra].rstrip() if extra else ""
    return "[" + "".join(parts) + (" " + filler if filler else "") + "]"


def write_pseudo_ts(template: Path, out: Path) -> Path:
    """A language file with every message of the template translated by ``pseudo_text``."""
    tree = ET.parse(template)
    root = tree.getroot()
    root.set("language", "en")
    for message in root.iter("message"):
        source = message.findtext("source") or ""
        for old in message.findall("translation"):
            message.remove(old)
        translation = ET.SubElement(message, "translation")
        if message.get("numerus") == "yes":
            for _ in range(2):
                ET.SubElement(translation, "numerusform").text = pseudo_text(source)
        else:
            translation.text = pseudo_text(source)
    out.parent.mkdir(parents=True, exist_ok=True)
    tree.write(out, encoding="utf-8", xml_declaration=True)
    return out


# --- the .qm files ------------------------------------------------------------------------------


def lrelease(ts: Path, qm: Path) -> Path:
    qm.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run([str(qt_tool("lrelease")), "-silent", str(ts), "-qm", str(qm)], check=True)
    return qm


def qt_own_translation(language: str) -> Path | None:
    """Qt's qtbase_<lang>.qm for a language (de_AT falls back to de), if Qt has one."""
    from PySide6.QtCore import QLibraryInfo

    folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    parts = language.split("_")
    for n in range(len(parts), 0, -1):
        candidate = folder / f"qtbase_{'_'.join(parts[:n])}.qm"
        if candidate.is_file():
            return candidate
    return None


def build(out_dir: Path = TS_DIR, ts_dir: Path = TS_DIR, pseudo: bool = True) -> list[Path]:
    """Compile every language file into ``out_dir``, plus the pseudo-translation and Qt's own
    strings for each language. Returns the files written."""
    out_dir.mkdir(parents=True, exist_ok=True)
    made: list[Path] = []
    for ts in language_files(ts_dir):
        language = ts.stem[len(DOMAIN) + 1 :]
        made.append(lrelease(ts, out_dir / f"{ts.stem}.qm"))
        qt_own = qt_own_translation(language)
        if qt_own is not None:
            made.append(Path(shutil.copyfile(qt_own, out_dir / f"qtbase_{language}.qm")))
    if pseudo:
        with tempfile.TemporaryDirectory() as work:
            pseudo_ts = write_pseudo_ts(ts_dir / f"{DOMAIN}.ts", Path(work) / f"{DOMAIN}_{PSEUDO}.ts")
            made.append(lrelease(pseudo_ts, out_dir / f"{DOMAIN}_{PSEUDO}.qm"))
    return made


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("update", help="refresh the .ts files from app/ui and core's Text(...) templates")
    b = sub.add_parser("build", help="compile the .qm files (and the pseudo-translation)")
    b.add_argument("--out", type=Path, default=TS_DIR, help="where the .qm files go (default: %(default)s)")
    b.add_argument("--no-pseudo", action="store_true", help="leave out the pseudo-translation")
    args = parser.parse_args(argv)
    if args.command == "update":
        for warning in update():
            print(f"warning: {warning}", file=sys.stderr)
        return 0
    made = build(args.out, pseudo=not args.no_pseudo)
    print(f"translations: {len(made)} file(s) in {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
