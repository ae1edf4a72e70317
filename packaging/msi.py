"""The Windows MSI: packaging/windows/cursor-azure-setup.wxs plus a generated list of the bundle's
files, compiled by wixl (msitools). wixl runs on Linux, so the MSI is built wherever the Windows
bundle is (CI copies it to a Linux job), and the test suite builds one from the Linux bundle to
check its tables.
"""

from __future__ import annotations

import hashlib
import re
import shutil
import subprocess
import time
from pathlib import Path
from xml.sax.saxutils import quoteattr

HERE = Path(__file__).resolve().parent
WXS = HERE / "windows" / "cursor-azure-setup.wxs"
APP_ID = "cursor-azure-setup"
# ProductVersion: major.minor.build, each part a number (major, minor < 256, build < 65536).
MSI_VERSION = re.compile(r"^(\d{1,3})\.(\d{1,3})\.(\d{1,5})$")


class MsiError(Exception):
    """A problem building the MSI, said in one line."""


def _id(prefix: str, rel: str) -> str:
    """A WiX identifier that stays the same for the same path in every version: wixl and WiX derive
    each component's GUID from it, and stable component GUIDs are what lets a major upgrade keep
    files that did not change."""
    return f"{prefix}_{hashlib.sha1(rel.encode('utf-8'), usedforsecurity=False).hexdigest()[:20]}"


def files_fragment(bundle: Path, source_prefix: str) -> str:
    """WiX source for every file of the bundle: one component per file under INSTALLDIR.

    ``source_prefix`` replaces the bundle's folder in each File's Source (wixl resolves sources
    relative to the folder it runs in)."""
    lines = [
        '<?xml version="1.0" encoding="utf-8"?>',
        '<Wix xmlns="http://schemas.microsoft.com/wix/2006/wi">',
    ]
    lines.append("  <Fragment>")
    components: list[str] = []

    def walk(folder: Path, depth: int) -> None:
        pad = "  " * depth
        for path in sorted(folder.iterdir(), key=lambda p: p.name):
            rel = path.relative_to(bundle).as_posix()
            if path.is_symlink():
                continue  # only a Linux stand-in bundle has links (to files it also carries)
            if path.is_dir():
                lines.append(f"{pad}<Directory Id={quoteattr(_id('d', rel))} Name={quoteattr(path.name)}>")
                walk(path, depth + 1)
                lines.append(f"{pad}</Directory>")
            else:
                component = _id("c", rel)
                components.append(component)
                lines.append(f'{pad}<Component Id="{component}" Guid="*" Win64="yes">')
                lines.append(
                    f'{pad}  <File Id="{_id("f", rel)}" Name={quoteattr(path.name)} '
                    f'Source={quoteattr(f"{source_prefix}/{rel}")} KeyPath="yes"/>'
                )
                lines.append(f"{pad}</Component>")

    lines.append('    <DirectoryRef Id="INSTALLDIR">')
    walk(bundle, 3)
    lines.append("    </DirectoryRef>")
    lines.append('    <ComponentGroup Id="BundleFiles">')
    lines += [f'      <ComponentRef Id="{c}"/>' for c in components]
    lines += ["    </ComponentGroup>", "  </Fragment>", "</Wix>", ""]
    return "\n".join(lines)


def msi_version(version: str) -> str:
    if not MSI_VERSION.match(version):
        raise MsiError(f"version {version!r} is not an MSI ProductVersion (major.minor.build, numbers)")
    major, minor, build = (int(p) for p in version.split("."))
    if major > 255 or minor > 255 or build > 65535:
        raise MsiError(f"version {version!r} is out of the MSI range (255.255.65535)")
    return version


def build(
    bundle: Path, *, version: str, manufacturer: str, icon: Path, work: Path, out_dir: Path, log
) -> Path:
    """Compile the MSI with wixl; returns its path (dist/cursor-azure-setup-<version>-x64.msi)."""
    wixl = shutil.which("wixl")
    if wixl is None:
        raise MsiError("wixl is missing: install Debian's wixl package (scripts/setup.sh does)")
    if not (bundle / f"{APP_ID}.exe").is_file() and not (bundle / APP_ID).is_file():
        raise MsiError(f"{bundle} holds no {APP_ID} program")
    if work.exists():
        shutil.rmtree(work)
    work.mkdir(parents=True)
    # wixl looks files up relative to where it runs: give it the bundle and the icon there.
    (work / "payload").symlink_to(bundle.resolve(), target_is_directory=True)
    shutil.copyfile(icon, work / "app.ico")
    fragment = work / "bundle-files.wxs"
    fragment.write_text(files_fragment(bundle, "payload"), encoding="utf-8")
    out = (out_dir / f"{APP_ID}-{version}-x64.msi").resolve()
    cmd = [
        wixl,
        "--arch",
        "x64",
        "-D",
        f"Version={msi_version(version)}",
        "-D",
        f"Manufacturer={manufacturer}",
        "-D",
        "IconFile=app.ico",
        "-o",
        str(out),
        str(WXS),
        str(fragment),
    ]
    started = time.monotonic()
    proc = subprocess.run(cmd, capture_output=True, text=True, cwd=work)
    if proc.returncode != 0 or not out.is_file():
        detail = (proc.stderr or proc.stdout).strip().splitlines()[-1:] or ["no message"]
        raise MsiError(f"wixl failed (exit {proc.returncode}): {detail[0]}")
    log(f"MSI built with wixl in {time.monotonic() - started:.0f} s -> {out}")
    return out


def main(argv: list[str] | None = None) -> int:
    """Build the MSI from a bundle made elsewhere (CI: the Windows bundle, on a Linux runner)."""
    import argparse
    import sys

    p = argparse.ArgumentParser(
        prog="msi.py", description="Build the MSI from a one-folder bundle with wixl."
    )
    p.add_argument("--bundle", type=Path, required=True, help="the bundle folder (dist/cursor-azure-setup)")
    p.add_argument("--version", required=True, help="the app version (major.minor.build)")
    p.add_argument("--org", default="", help="Manufacturer shown in Programs and Features")
    p.add_argument("--icon", type=Path, required=True, help="the .ico build.py made (build/icons)")
    p.add_argument("--out", type=Path, default=Path("dist"), help="output folder (default: dist/)")
    p.add_argument("--work", type=Path, default=Path("build") / "msi", help="work folder")
    args = p.parse_args(argv)
    try:
        build(
            args.bundle, version=args.version, manufacturer=args.org or "Cursor Azure Setup", icon=args.icon,
            work=args.work, out_dir=args.out, log=lambda msg: print(f"msi: {msg}", flush=True),
        )  # fmt: skip
    except MsiError as exc:
        print(f"msi: error: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
