"""The Linux .deb: the bundle in /opt, a launcher in /usr/bin, the menu entry, the icon, the
manual page, the licences, and maintainer scripts that keep upgrades silent.

Nothing is shipped under /etc: the organisation's preset goes beside the program
(/opt/cursor-azure-setup/preset.toml, root-owned, so the app counts it as a system preset) and the
administrator's own edits live in /etc/xdg/cursor-azure-setup/preset.toml, a file the package
never ships, so dpkg never has a conffile question to ask. See packaging/README.md.
"""

from __future__ import annotations

import datetime
import gzip
import hashlib
import json
import os
import platform
import re
import shutil
import subprocess
import time
from dataclasses import dataclass
from email.utils import format_datetime
from pathlib import Path

from notices import debian_owner

HERE = Path(__file__).resolve().parent
LINUX = HERE / "linux"
APP_ID = "cursor-azure-setup"
MAINTAINER_SCRIPTS = ("preinst", "postinst", "postrm")
# "Name <user@host.domain>": dpkg and lintian want a real, reachable address.
MAINTAINER_FORMAT = re.compile(r"^[^<>@\n]+ <[^<>@\s]+@([A-Za-z0-9-]+\.)+[A-Za-z]{2,}>$")

DESKTOP_ENTRY = """[Desktop Entry]
Type=Application
Name={name}
GenericName=AI model setup for Cursor
Comment=Connect Cursor to AI/ML API and check that it works
Exec={app_id}
Icon={app_id}
Terminal=false
Categories=Development;
Keywords=Cursor;AI;Azure;OpenAI;API;key;
StartupNotify=true
"""

DESCRIPTION = """Description: connects Cursor to AI/ML API and checks it live
 Cursor Azure Setup takes a teammate from an AI/ML API key to a working custom
 model in Cursor: it stores the key in the system keyring, sends the requests
 Cursor sends, explains failures in plain words and shows the values to paste."""


class DebError(Exception):
    """A problem with the inputs of the .deb, said in one line."""


@dataclass(frozen=True)
class DebInputs:
    bundle: Path  # the one-folder bundle (dist/cursor-azure-setup)
    app_name: str
    version: str  # the Debian version: the app's, plus "-N" with a packaging revision
    maintainer: str
    org: str
    icon_svg: Path
    preset: Path | None
    components: Path | None  # notices' components.json from the build, for the copyright file
    compress: bool = True  # xz; the tests build uncompressed packages (same contents, faster)


def check_maintainer(maintainer: str) -> str:
    if not MAINTAINER_FORMAT.match(maintainer.strip()):
        raise DebError(
            f'--maintainer {maintainer!r}: give "Name <address>" with a real e-mail address '
            "(it becomes the .deb's Maintainer field)"
        )
    host = maintainer.rsplit("@", 1)[1].rstrip(">").lower()
    if host == "localhost" or host.endswith((".localhost", ".localdomain", ".local")):
        raise DebError(f"--maintainer {maintainer!r}: {host} is not a reachable mail host")
    return maintainer.strip()


def default_maintainer(org: str) -> str:
    """--maintainer, else Debian's DEBFULLNAME/DEBEMAIL; never an invented address."""
    email = os.environ.get("DEBEMAIL", "").strip()
    name = os.environ.get("DEBFULLNAME", "").strip() or org
    if email and "<" in email:
        return email
    if email and name:
        return f"{name} <{email}>"
    what = "--org needs" if org else "the .deb needs"
    raise DebError(
        f'{what} --maintainer "Name <e-mail>" (or DEBFULLNAME and DEBEMAIL set); skip the .deb with --no-deb'
    )


# --- ELF helpers ---------------------------------------------------------------------------------


def elf_files(folder: Path) -> list[Path]:
    out = []
    for path in folder.rglob("*"):
        if path.is_file() and not path.is_symlink():
            with path.open("rb") as fh:
                if fh.read(4) == b"\x7fELF":
                    out.append(path)
    return out


def _needed(path: Path) -> list[str]:
    out = subprocess.run(["objdump", "-p", str(path)], capture_output=True, text=True).stdout
    return [line.split()[1] for line in out.splitlines() if line.strip().startswith("NEEDED")]


def relative_rpaths(bundle: Path) -> int:
    """Drop run-time search paths that name the build machine (e.g. the builder's Python prefix).

    PyInstaller copies libraries as built, so a Python built with --enable-shared carries
    RUNPATH=/home/builder/.pyenv/... in libpython and its extension modules. On the target that
    folder does not exist (at best; at worst a user could create it and have libraries loaded from
    it). $ORIGIN-relative entries stay. Returns how many files were changed.
    """
    changed = 0
    for elf in elf_files(bundle):
        proc = subprocess.run(["patchelf", "--print-rpath", str(elf)], capture_output=True, text=True)
        if proc.returncode != 0 or not proc.stdout.strip():
            continue
        entries = proc.stdout.strip().split(":")
        kept = [e for e in entries if e.startswith("$ORIGIN")]
        if kept == entries:
            continue
        if kept:
            subprocess.run(["patchelf", "--set-rpath", ":".join(kept), str(elf)], check=True)
        else:
            subprocess.run(["patchelf", "--remove-rpath", str(elf)], check=True)
        changed += 1
    return changed


def _system_libs() -> dict[str, str]:
    """soname -> path, for this machine's architecture, from the dynamic linker's cache."""
    out = subprocess.run(["/sbin/ldconfig", "-p"], capture_output=True, text=True).stdout
    arch_tag = {"x86_64": "x86-64", "aarch64": "AArch64"}.get(platform.machine(), "")
    libs: dict[str, str] = {}
    for line in out.splitlines()[1:]:
        name, _, path = line.strip().partition(" => ")
        soname, _, info = name.partition(" (")
        if arch_tag and arch_tag not in info:
            continue
        libs.setdefault(soname, path)
    return libs


def depends(app_dir: Path, log) -> str:
    """The system packages the bundle links to but does not carry (libc, GL, Wayland...).

    PyInstaller bundles most libraries; the ones it leaves out on purpose (glibc, the GL/EGL
    drivers, the Wayland client) must come from the system, so the .deb depends on their packages.
    libc6 gets a lower bound: the build machine's version (build on the oldest release you support).
    """
    bundled = {p.name for p in app_dir.rglob("*") if ".so" in p.name}
    wanted: set[str] = set()
    for elf in elf_files(app_dir):
        wanted.update(n for n in _needed(elf) if n not in bundled)
    system = _system_libs()
    packages: set[str] = set()
    for soname in sorted(wanted):
        path = system.get(soname)
        owner = debian_owner(path) if path else None
        if owner is None:
            log(f"WARNING: no Debian package found for {soname}; not listed in Depends")
            continue
        packages.add(owner.split(",")[0].split(":")[0].strip())
    deps = []
    for pkg in sorted(packages):
        if pkg == "libc6":
            ver = subprocess.run(
                ["dpkg-query", "-W", "-f=${Version}", "libc6"], capture_output=True, text=True
            ).stdout.split("-")[0]
            deps.append(f"libc6 (>= {ver})" if ver else pkg)
        else:
            deps.append(pkg)
    return ", ".join(deps)


def _normalise_modes(root: Path) -> None:
    """0755 for folders and programs, 0644 for everything else (shared libraries included: they
    are mapped, not run), whatever the umask was."""
    for path in [root, *root.rglob("*")]:
        if path.is_symlink():
            continue
        if path.is_dir():
            path.chmod(0o755)
        elif path.stat().st_mode & 0o111 and ".so" not in path.name:
            path.chmod(0o755)
        else:
            path.chmod(0o644)


# --- /usr/share/doc ------------------------------------------------------------------------------


def _dep5_licence(expression: str) -> str:
    """A DEP-5 License field: SPDX's OR/AND in the lower case the format uses, no spaces in names."""
    text = re.sub(r"\bOR\b", "or", re.sub(r"\bAND\b", "and", expression))
    words = []
    for word in re.split(r"\s+(or|and|with|WITH)\s+", text):
        words.append(word if word in ("or", "and", "with", "WITH") else re.sub(r"\s+", "-", word.strip()))
    return " ".join(w.lower() if w == "WITH" else w for w in words)


def copyright_file(inputs: DebInputs) -> str:
    """debian/copyright in the machine-readable format (DEP-5), one paragraph per bundled component.

    The full licence texts are in THIRD-PARTY-NOTICES.txt in the bundle; each License paragraph
    says so instead of repeating megabytes of text.
    """
    notices_path = f"/opt/{APP_ID}/_internal/THIRD-PARTY-NOTICES.txt"
    holder = inputs.org or f"The {inputs.app_name} authors"
    paragraphs = [
        "Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/\n"
        f"Upstream-Name: {inputs.app_name}\n"
        f"Upstream-Contact: {inputs.maintainer}\n"
        f"Comment: Built for {holder}. The third-party components below travel inside the\n"
        f" bundle in /opt/{APP_ID}; their licence texts are in\n {notices_path}.",
        f"Files: *\nCopyright: {time.gmtime().tm_year} {holder}\nLicense: LicenseRef-Proprietary",
    ]
    names = {"LicenseRef-Proprietary"}
    components = json.loads(inputs.components.read_text(encoding="utf-8")) if inputs.components else []
    for c in components:
        licence = _dep5_licence(c["licence"]) if c["licence"] != "see the text below" else "other"
        files = " ".join(f"opt/{APP_ID}/{f}" for f in c["files"]) or f"opt/{APP_ID}/_internal/*"
        paragraphs.append(
            f"Files: {files}\nCopyright: the {c['name']} authors ({c['name']} {c['version']})\n"
            f"License: {licence}"
        )
        names.update(re.split(r"\s+(?:or|and|with)\s+", licence))
    for name in sorted(names):
        text = (
            f" {inputs.app_name} itself: all rights reserved by {holder}."
            if name == "LicenseRef-Proprietary"
            else f" The full text is in {notices_path}."
        )
        paragraphs.append(f"License: {name}\n{text}")
    return "\n\n".join(paragraphs) + "\n"


def changelog(inputs: DebInputs) -> bytes:
    """A one-entry Debian changelog (dpkg-parsechangelog reads it; lintian wants one)."""
    when = format_datetime(datetime.datetime.now(datetime.UTC).replace(microsecond=0))
    text = (
        f"{APP_ID} ({inputs.version}) unstable; urgency=medium\n\n"
        f"  * Built from {inputs.app_name} {inputs.version.split('-')[0]}"
        f"{' with the organisation preset' if inputs.preset else ''}.\n\n"
        f" -- {inputs.maintainer}  {when}\n"
    )
    return gzip.compress(text.encode("utf-8"), compresslevel=9, mtime=0)


def _manual_page(version: str) -> bytes:
    text = (LINUX / f"{APP_ID}.1").read_text(encoding="utf-8").replace("@VERSION@", version)
    return gzip.compress(text.encode("utf-8"), compresslevel=9, mtime=0)


# --- the package ---------------------------------------------------------------------------------


def stage(inputs: DebInputs, root: Path, log) -> tuple[Path, str]:
    """Lay out the package's files under ``root``; returns (root, architecture)."""
    arch = subprocess.run(["dpkg", "--print-architecture"], capture_output=True, text=True, check=True)
    arch_name = arch.stdout.strip()
    if root.exists():
        shutil.rmtree(root)
    app_dir = root / "opt" / APP_ID
    shutil.copytree(inputs.bundle, app_dir, symlinks=True, ignore=shutil.ignore_patterns("preset.toml"))
    if inputs.preset is not None:
        shutil.copyfile(inputs.preset, app_dir / "preset.toml")

    bin_dir = root / "usr" / "bin"
    bin_dir.mkdir(parents=True)
    # Absolute, as Debian policy wants for links between top-level folders; the bootloader follows
    # the link to find its _internal folder.
    (bin_dir / APP_ID).symlink_to(f"/opt/{APP_ID}/{APP_ID}")

    share = root / "usr" / "share"
    (share / "applications").mkdir(parents=True)
    (share / "applications" / f"{APP_ID}.desktop").write_text(
        DESKTOP_ENTRY.format(name=inputs.app_name, app_id=APP_ID), encoding="utf-8"
    )
    icon_dir = share / "icons" / "hicolor" / "scalable" / "apps"
    icon_dir.mkdir(parents=True)
    shutil.copyfile(inputs.icon_svg, icon_dir / f"{APP_ID}.svg")
    (share / "man" / "man1").mkdir(parents=True)
    (share / "man" / "man1" / f"{APP_ID}.1.gz").write_bytes(_manual_page(inputs.version))
    doc = share / "doc" / APP_ID
    doc.mkdir(parents=True)
    (doc / "copyright").write_text(copyright_file(inputs), encoding="utf-8")
    changelog_name = "changelog.Debian.gz" if "-" in inputs.version else "changelog.gz"
    (doc / changelog_name).write_bytes(changelog(inputs))

    control_dir = root / "DEBIAN"
    control_dir.mkdir()
    for script in MAINTAINER_SCRIPTS:
        shutil.copyfile(LINUX / script, control_dir / script)
        (control_dir / script).chmod(0o755)
    _normalise_modes(root)
    for script in MAINTAINER_SCRIPTS:
        (control_dir / script).chmod(0o755)

    installed_kib = (sum(p.lstat().st_size for p in root.rglob("*") if not p.is_dir()) + 1023) // 1024
    control = "\n".join(
        [
            f"Package: {APP_ID}",
            f"Version: {inputs.version}",
            f"Architecture: {arch_name}",
            f"Maintainer: {inputs.maintainer}",
            f"Installed-Size: {installed_kib}",
            f"Depends: {depends(app_dir, log)}",
            "Suggests: gnome-keyring",
            "Section: devel",
            "Priority: optional",
            DESCRIPTION,
            "",
        ]
    )
    (control_dir / "control").write_text(control, encoding="utf-8")
    (control_dir / "md5sums").write_text(_md5sums(root), encoding="utf-8")
    for name in ("control", "md5sums"):
        (control_dir / name).chmod(0o644)
    return root, arch_name


def _md5sums(root: Path) -> str:
    lines = []
    for path in sorted(root.rglob("*")):
        rel = path.relative_to(root)
        if rel.parts[0] == "DEBIAN" or path.is_symlink() or not path.is_file():
            continue
        digest = hashlib.md5(path.read_bytes(), usedforsecurity=False).hexdigest()
        lines.append(f"{digest}  {rel.as_posix()}\n")
    return "".join(lines)


def build(inputs: DebInputs, work: Path, out_dir: Path, log) -> Path:
    root, arch = stage(inputs, work / "root", log)
    deb = out_dir / f"{APP_ID}_{inputs.version}_{arch}.deb"
    started = time.monotonic()
    # xz: every dpkg can read it (zstd needs dpkg >= 1.21.18). Level 2 is within 10% of the
    # default's size in a third of the time (measured: 37 s instead of 124 s on 2 cores).
    compression = ["-Zxz", "-z2", "--threads-max=0"] if inputs.compress else ["-Znone"]
    subprocess.run(
        ["dpkg-deb", "--root-owner-group", *compression, "--build", str(root), str(deb)],
        check=True,
        stdout=subprocess.DEVNULL,
    )
    log(f".deb built in {time.monotonic() - started:.0f} s -> {deb}")
    return deb
