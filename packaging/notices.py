"""THIRD-PARTY-NOTICES: the licences of everything the bundle carries, gathered at build time.

Called from the PyInstaller spec once the list of bundled modules and libraries is final, so the
notices describe exactly what ships (and land inside a macOS .app before it is signed). Sources:
- the Python runtime: its own LICENSE.txt (which on Windows and macOS also covers the libraries
  the python.org build links in: OpenSSL, libffi, zlib, ...);
- every Python distribution with a bundled module: the licence files in its *.dist-info, its
  licence expression from the metadata; PySide6 and shiboken6 ship none, so the LGPL-3.0 and the
  GPL-3.0 it builds on come from packaging/licenses/;
- the PyInstaller bootloader (the executable itself);
- Linux: every bundled shared library taken from the system, with its Debian package's copyright.
"""

from __future__ import annotations

import importlib.metadata as metadata
import re
import subprocess
import sys
import sysconfig
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
FILE_NAME = "THIRD-PARTY-NOTICES.txt"
OWN_DISTRIBUTION = "cursor-azure-setup"
# PySide6 is offered under LGPL-3.0 or GPL; the bundle uses it under the LGPL-3.0, which is a set
# of additional permissions on top of the GPL-3.0: both texts must travel with it.
QT_TEXTS = (HERE / "licenses" / "LGPL-3.0.txt", HERE / "licenses" / "GPL-3.0.txt")
QT_NOTE = (
    "The Qt libraries are used under the GNU Lesser General Public License v3 (texts below); you may\n"
    "replace them with your own build of the same Qt version: they are the separate libQt6*/Qt6*\n"
    "files in the bundle. Qt's source: https://download.qt.io/official_releases/qt/ . Qt itself\n"
    "contains third-party code (HarfBuzz, FreeType, libpng, PCRE2, zlib and others) listed with\n"
    "their licences at https://doc.qt.io/qt-6/licenses-used-in-qt.html ."
)
LICENCE_FILE = re.compile(r"(^|/)(licen[cs]e|copying|notice|authors)[^/]*$", re.IGNORECASE)


class NoticeError(Exception):
    """A licence that must ship could not be found."""


@dataclass
class Component:
    name: str
    version: str
    licence: str
    texts: list[tuple[str, str]] = field(default_factory=list)  # (where it came from, text)
    files: list[str] = field(default_factory=list)  # bundle-relative paths or globs


def _read(path: Path) -> str:
    return path.read_text(encoding="utf-8", errors="replace").strip()


# --- Python --------------------------------------------------------------------------------------


def python_component() -> Component:
    version = f"{sys.version_info.major}.{sys.version_info.minor}"
    base = Path(sys.base_prefix)
    candidates = [
        Path(sysconfig.get_path("stdlib")) / "LICENSE.txt",
        base / "lib" / f"python{version}" / "LICENSE.txt",
        base / "LICENSE.txt",
        Path(f"/usr/share/doc/python{version}/copyright"),  # Debian's Python
    ]
    for path in candidates:
        if path.is_file():
            return Component(
                "Python",
                sys.version.split()[0],
                "PSF-2.0",
                [(path.name, _read(path))],
                ["_internal/libpython*", f"_internal/python{version}/*", "_internal/base_library.zip"],
            )
    raise NoticeError(f"Python's licence was not found (looked for {', '.join(map(str, candidates))})")


# --- Python distributions -----------------------------------------------------------------------


def _licence_name(meta: metadata.PackageMetadata) -> str:
    expression = meta.get("License-Expression")
    if expression:
        return expression.strip()
    declared = (meta.get("License") or "").strip()
    if declared and "\n" not in declared and len(declared) <= 80:
        return declared
    classifiers = [c for c in meta.get_all("Classifier") or [] if c.startswith("License ::")]
    if classifiers:
        return " OR ".join(c.rsplit("::", 1)[-1].strip() for c in classifiers)
    return "see the text below"


def _licence_texts(dist: metadata.Distribution) -> list[tuple[str, str]]:
    texts = []
    for rel in dist.files or []:
        rel_text = str(rel).replace("\\", "/")
        if ".dist-info/" in rel_text and LICENCE_FILE.search(rel_text):
            path = Path(str(dist.locate_file(rel)))
            if path.is_file():
                texts.append((rel_text.split(".dist-info/", 1)[1], _read(path)))
    return texts


def distributions_for(modules: Iterable[str]) -> list[metadata.Distribution]:
    """The installed distributions that provide any of these (dotted) module names."""
    by_top = metadata.packages_distributions()
    names: set[str] = set()
    for module in modules:
        names.update(by_top.get(module.split(".", 1)[0], []))
    dists = {}
    for name in names:
        dist = metadata.distribution(name)
        key = dist.metadata["Name"].lower().replace("_", "-")
        if key != OWN_DISTRIBUTION:
            dists[key] = dist
    return [dists[k] for k in sorted(dists)]


def _own_files(dist: metadata.Distribution) -> list[str]:
    """Where the package's code sits in the bundle: its top-level packages (``_internal/name/*``)
    and modules (``_internal/name*``). Not its .dist-info, a shared __pycache__, nor what it
    installs outside site-packages (a console script's ``../../bin/...``)."""
    patterns: set[str] = set()
    for rel in dist.files or []:
        first, nested, _rest = str(rel).replace("\\", "/").partition("/")
        if nested and first.isidentifier() and first != "__pycache__":
            patterns.add(f"_internal/{first}/*")
        elif not nested and first.endswith((".py", ".so", ".pyd")):
            patterns.add(f"_internal/{first.split('.', 1)[0]}*")
    return sorted(patterns)


def distribution_component(dist: metadata.Distribution) -> Component:
    meta = dist.metadata
    name = meta["Name"]
    texts = _licence_texts(dist)
    component = Component(name, meta["Version"], _licence_name(meta), texts, _own_files(dist))
    if name.lower().startswith(("pyside6", "shiboken6")):
        component.licence = "LGPL-3.0-only"
        component.texts = [("note", QT_NOTE)] + [(p.name, _read(p)) for p in QT_TEXTS]
    if not component.texts:
        raise NoticeError(f"{name} {meta['Version']} ships no licence file in its metadata")
    return component


def bootloader_component() -> Component:
    dist = metadata.distribution("pyinstaller")
    texts = _licence_texts(dist)
    return Component(
        "PyInstaller bootloader",
        dist.version,
        "GPL-2.0-or-later WITH Bootloader-exception",
        texts,
        ["cursor-azure-setup", "cursor-azure-setup.exe"],
    )


# --- shared libraries from the build system (Linux) ------------------------------------------------


def debian_owner(path: str) -> str | None:
    for candidate in {path, str(Path(path).resolve())}:
        variants = [candidate]
        if candidate.startswith("/usr/lib/"):
            variants.append(candidate[len("/usr") :])
        elif candidate.startswith("/lib/"):
            variants.append("/usr" + candidate)
        for variant in variants:
            proc = subprocess.run(["dpkg", "-S", variant], capture_output=True, text=True)
            if proc.returncode == 0:
                return proc.stdout.split(":", 1)[0].strip()
    return None


def system_library_components(binaries: Iterable[tuple[str, str]]) -> list[Component]:
    """Bundled libraries that PyInstaller copied from the system, grouped by Debian package."""
    if not sys.platform.startswith("linux"):
        return []
    own_trees = [Path(sys.base_prefix).resolve(), Path(sys.prefix).resolve()]
    by_package: dict[str, list[str]] = {}
    unowned: list[str] = []
    for dest, source in binaries:
        resolved = Path(source).resolve()
        if any(resolved.is_relative_to(tree) for tree in own_trees) or not resolved.is_relative_to("/usr"):
            # Python's own, from a wheel, or made from a wheel's file (the trimmed ICU data in the
            # build folder): covered above. Merged /usr: /lib is /usr/lib.
            continue
        owner = debian_owner(source)
        if owner is None:
            unowned.append(dest)
        else:
            by_package.setdefault(owner.split(",")[0].strip(), []).append(dest)
    if unowned:
        raise NoticeError(f"no package (so no licence) found for bundled {', '.join(sorted(unowned))}")
    out = []
    for package, dests in sorted(by_package.items()):
        copyright_file = Path("/usr/share/doc") / package.split(":")[0] / "copyright"
        if not copyright_file.is_file():
            raise NoticeError(f"{copyright_file} is missing (bundled {', '.join(dests)})")
        version = subprocess.run(
            ["dpkg-query", "-W", "-f=${Version}", package], capture_output=True, text=True
        ).stdout.strip()
        out.append(
            Component(
                f"{package.split(':')[0]} (Debian package)",
                version,
                "see the text below",
                [("copyright", _read(copyright_file))],
                sorted(f"_internal/{d}" for d in dests),
            )
        )
    return out


# --- the file ------------------------------------------------------------------------------------


def collect(modules: Iterable[str], binaries: Iterable[tuple[str, str]]) -> list[Component]:
    """Every component the bundle carries; ``binaries`` are (destination, source) pairs."""
    components = [python_component(), bootloader_component()]
    components += [distribution_component(d) for d in distributions_for(modules)]
    components += system_library_components(binaries)
    return components


def render(components: list[Component], app_name: str, version: str) -> str:
    rule = "=" * 78
    lines = [
        f"{app_name} {version}: third-party notices",
        "",
        f"{app_name} ships the following software. Each is used under the licence named here; the",
        "licence texts, as the authors distribute them, follow the list.",
        "",
    ]
    lines += [f"  {c.name} {c.version}: {c.licence}" for c in components]
    for c in components:
        lines += ["", rule, f"{c.name} {c.version}", f"Licence: {c.licence}", rule]
        for origin, text in c.texts:
            lines += ["", f"--- {origin} ---", "", text]
    return "\n".join(lines) + "\n"


def write(
    out: Path, modules: Iterable[str], binaries: Iterable[tuple[str, str]], app_name: str, version: str
) -> list[Component]:
    components = collect(modules, binaries)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(render(components, app_name, version), encoding="utf-8")
    return components
