#!/usr/bin/env python3
"""Build Cursor Azure Setup for this operating system.

    .venv/bin/python packaging/build.py [--preset FILE] [--org NAME --maintainer "Name <e-mail>"]
                                        [--smoke] [--sign] [--msi] [--pkg] ...

Produces, under dist/:
  cursor-azure-setup/                  the one-folder bundle (no Python needed on the target), with
                                       THIRD-PARTY-NOTICES.txt; with --preset, preset.toml beside
                                       the executable
  cursor-azure-setup_<ver>_<arch>.deb  Linux: the bundle and the preset in /opt, /usr/bin launcher,
                                       menu entry, icon, manual page, copyright; nothing in /etc
  cursor-azure-setup-<ver>-x64.msi     with --msi (wixl): per-machine MSI for GPO, Intune, SCCM
  Cursor Azure Setup.app, .pkg         macOS (same spec); --pkg adds the installer package
  cursor-azure-setup-<ver>-setup.exe   Windows, when Inno Setup's ISCC is installed
--sign signs everything (signtool on Windows; codesign, notarytool and stapler on macOS) with the
credentials named in packaging/signing.py, or stops saying which one is missing.
--smoke then runs the built program: --version, simulate + verify --json, the window offscreen,
and (Linux) unpacks the .deb into a temporary root and checks its files. See packaging/README.md.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import time
import tomllib
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))  # `import app` for the version, names and preset validation
if str(HERE) not in sys.path:  # icons and smoke beside this file, also when imported by the tests
    sys.path.insert(0, str(HERE))

import deb  # noqa: E402
import icons  # noqa: E402
import macpkg  # noqa: E402
import msi  # noqa: E402
import notices  # noqa: E402
import signing  # noqa: E402
import smoke  # noqa: E402

import app  # noqa: E402

APP_ID = app.APP_ID
VERSION = app.__version__
SPEC = HERE / "cursor-azure-setup.spec"
DIST = ROOT / "dist"
BUILD = ROOT / "build"
BUNDLE = DIST / APP_ID

# Size budgets (bytes); bench/bench_size.py reports against the same numbers.
BUNDLE_BUDGET = 120 * 1000 * 1000
DEB_BUDGET = 50 * 1000 * 1000

IS_LINUX = sys.platform.startswith("linux")
IS_MAC = sys.platform == "darwin"
IS_WIN = sys.platform == "win32"

PLACEHOLDER_SVG = """<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64">
<rect x="4" y="4" width="56" height="56" rx="12" fill="#2b5fd9"/>
<path d="M18 34l9 9 19-21" fill="none" stroke="#fff" stroke-width="6" stroke-linecap="round"/>
</svg>
"""


class BuildError(Exception):
    """A problem the person building can fix; printed as one line."""


def log(msg: str) -> None:
    print(f"build: {msg}", flush=True)


def _show(path: Path) -> str:
    """A path relative to the repository when it is inside it."""
    try:
        return str(path.relative_to(ROOT))
    except ValueError:
        return str(path)


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    p = argparse.ArgumentParser(
        prog="build.py", description="Build the one-folder bundle and this OS's installer."
    )
    p.add_argument("--preset", type=Path, help="organisation preset (TOML) to ship with the build")
    p.add_argument("--no-deb", action="store_true", help="Linux: skip the .deb")
    p.add_argument("--smoke", action="store_true", help="run the built program afterwards (smoke test)")
    p.add_argument("--icon", type=Path, help="brand: an SVG icon to use instead of resources/icon.svg")
    p.add_argument(
        "--org", default="", help="brand: organisation name (installer publisher, .deb maintainer)"
    )
    p.add_argument(
        "--maintainer",
        default="",
        help='.deb Maintainer, "Name <e-mail>" (default: $DEBFULLNAME <$DEBEMAIL>); required with --org',
    )
    p.add_argument(
        "--deb-revision",
        type=int,
        default=0,
        help="Linux: packaging revision N (version <app version>-N): a rebuild with another preset "
        "that apt must see as newer",
    )
    p.add_argument("--msi", action="store_true", help="also build the MSI from the bundle (needs wixl)")
    p.add_argument("--pkg", action="store_true", help="macOS: also build the installer package (.pkg)")
    p.add_argument(
        "--sign",
        action="store_true",
        help="sign everything (credentials from the environment: see packaging/README.md, section 7)",
    )
    p.add_argument(
        "--installer-identity", default=None, help='macOS: "Developer ID Installer: ..." for the .pkg'
    )
    p.add_argument(
        "--target-arch",
        choices=["x86_64", "arm64", "universal2"],
        default=None,
        help="macOS: the architecture to build for (default: this Mac's)",
    )
    p.add_argument("--bundle-id", default="com.aimlapi.cursor-azure-setup", help="macOS bundle identifier")
    p.add_argument("--codesign-identity", default=None, help='macOS: "Developer ID Application: ..."')
    p.add_argument("--entitlements", type=Path, default=None, help="macOS: entitlements plist for signing")
    p.add_argument("--no-installer", action="store_true", help="Windows: skip the Inno Setup installer")
    p.add_argument("--clean", action="store_true", help="empty PyInstaller's cache first (slower)")
    p.add_argument("--dist", type=Path, default=ROOT / "dist", help="output folder (default: dist/)")
    p.add_argument("--work", type=Path, default=ROOT / "build", help="work folder (default: build/)")
    return p.parse_args(argv)


# --- inputs ---------------------------------------------------------------------------------------


def check_tools(args: argparse.Namespace) -> None:
    try:
        import PyInstaller  # noqa: F401
    except ImportError as exc:
        raise BuildError(
            "PyInstaller is missing: run `bash scripts/setup.sh` (it is in the dev extra)"
        ) from exc
    if IS_LINUX:
        needed = ["objdump", "strip"] + ([] if args.no_deb else ["dpkg-deb", "dpkg", "patchelf"])
        missing = [tool for tool in needed if not shutil.which(tool)]
        if missing:
            raise BuildError(
                f"missing {', '.join(missing)}: install binutils, dpkg-dev and patchelf "
                "(scripts/setup.sh does)"
            )
    if args.msi and not shutil.which("wixl"):
        raise BuildError("--msi needs wixl: install Debian's wixl package (scripts/setup.sh does)")
    if args.sign and not (IS_WIN or IS_MAC):
        raise BuildError(
            "--sign: a Linux build cannot sign what it makes; build without it, then sign the MSI on "
            "Windows with signtool (CI's msi-smoke job does) and sign the apt repository's Release "
            "file that serves the .deb (packaging/README.md, section 7)"
        )
    if args.sign and IS_MAC and not (args.codesign_identity and (args.installer_identity or not args.pkg)):
        raise BuildError("--sign on macOS needs --codesign-identity (and --installer-identity with --pkg)")
    if args.sign and IS_MAC:
        signing.notary_arguments()  # fails now, before the build, when no credentials are set
    if args.sign and IS_WIN:
        signing.signtool_arguments()


def check_preset(path: Path | None) -> dict | None:
    """Parse the preset now, so a typo fails the build instead of every teammate's start-up."""
    if path is None:
        return None
    if not path.is_file():
        raise BuildError(f"preset {path} does not exist")
    try:
        with path.open("rb") as fh:
            data = tomllib.load(fh)
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise BuildError(f"preset {path} is not valid TOML: {exc}") from exc
    try:  # the app's own validation (names the file, line and key) when that module exists
        from app.core import presets
    except ImportError:
        return data
    try:
        presets.load_preset(path)
    except presets.PresetError as exc:
        raise BuildError(str(exc)) from exc
    return data


def icon_source(args: argparse.Namespace) -> Path:
    if args.icon:
        if not args.icon.is_file() or args.icon.suffix.lower() != ".svg":
            raise BuildError(f"--icon {args.icon}: give an existing .svg file")
        return args.icon
    icon = ROOT / "resources" / "icon.svg"
    if icon.is_file():
        return icon
    placeholder = BUILD / "icons" / "placeholder" / "icon.svg"
    placeholder.parent.mkdir(parents=True, exist_ok=True)
    placeholder.write_text(PLACEHOLDER_SVG, encoding="utf-8")
    log("WARNING: resources/icon.svg is missing; using a placeholder icon for this build")
    return placeholder


# --- the bundle -----------------------------------------------------------------------------------


def render_icons(svg: Path, custom: bool) -> dict[str, Path]:
    out = BUILD / "icons"
    made = {"ico": icons.write_ico(svg, out / f"{APP_ID}.ico")}
    if IS_MAC:
        icns = icons.write_icns(svg, out / f"{APP_ID}.icns")
        if icns:
            made["icns"] = icns
    if custom:  # the spec ships it as resources/icon.svg
        staged = out / "custom" / "icon.svg"
        staged.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(svg, staged)
        made["svg"] = staged
    return made


def build_translations() -> None:
    """The .qm files the window loads (and Qt's own for those languages), from the committed .ts."""
    subprocess.run([sys.executable, str(ROOT / "scripts" / "translations.py"), "build"], check=True)


def run_pyinstaller(args: argparse.Namespace, made: dict[str, Path]) -> None:
    cmd = [
        sys.executable,
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--log-level",
        "WARN",
        "--distpath",
        str(DIST),
        "--workpath",
        str(BUILD / "pyinstaller"),
    ]
    if args.clean:
        cmd.append("--clean")
    cmd += [str(SPEC), "--", "--ico", str(made["ico"]), "--bundle-id", args.bundle_id, "--org", args.org]
    cmd += ["--notices-dir", str(notices_dir())]
    if args.target_arch:
        cmd += ["--target-arch", args.target_arch]
    if "icns" in made:
        cmd += ["--icns", str(made["icns"])]
    if "svg" in made:
        cmd += ["--icon-svg", str(made["svg"])]
    if args.codesign_identity:
        cmd += ["--codesign-identity", args.codesign_identity]
    if args.entitlements:
        cmd += ["--entitlements", str(args.entitlements)]
    log("PyInstaller: " + " ".join(cmd[3:]))
    started = time.monotonic()
    proc = subprocess.run(cmd, cwd=ROOT)
    if proc.returncode != 0:
        raise BuildError(f"PyInstaller failed (exit {proc.returncode}); its messages are above")
    log(f"PyInstaller done in {time.monotonic() - started:.0f} s -> {_show(BUNDLE)}/")


def notices_dir() -> Path:
    return BUILD / "notices"


def place_preset(preset: Path | None) -> None:
    """preset.toml beside the executable: where every installer but the macOS one ships it."""
    target = BUNDLE / "preset.toml"
    if target.exists():
        target.unlink()
    if preset is not None:
        shutil.copyfile(preset, target)
        log(f"preset: {preset} -> {_show(target)}")
        if IS_MAC:
            log(
                "macOS: the .app does not carry the preset (changing a signed bundle breaks its "
                "signature); build the .pkg (--pkg) or deploy it to "
                "/Library/Application Support/Cursor Azure Setup/preset.toml"
            )


# --- Windows installer ----------------------------------------------------------------------------


def find_iscc() -> str | None:
    found = shutil.which("iscc") or shutil.which("ISCC")
    if found:
        return found
    for base in (os.environ.get("ProgramFiles(x86)"), os.environ.get("ProgramFiles")):
        if base and (Path(base) / "Inno Setup 6" / "ISCC.exe").is_file():
            return str(Path(base) / "Inno Setup 6" / "ISCC.exe")
    return None


def build_windows_installer(
    made: dict[str, Path], preset: Path | None, args: argparse.Namespace
) -> Path | None:
    iss = HERE / "windows" / "cursor-azure-setup.iss"
    defines = [
        f"/DAppVersion={VERSION}",
        f"/DSourceDir={BUNDLE}",
        f"/DOutputDir={DIST}",
        f"/DIconFile={made['ico']}",
    ]
    if args.org:
        defines.append(f"/DOrgName={args.org}")
    if preset is not None:
        defines.append(f"/DPresetFile={preset.resolve()}")
    signtool = []
    if args.sign:  # the .iss signs the installer and its uninstaller through this SignTool
        defines.append("/DSign=1")
        signtool = [f"/Ssigntool={signing.inno_signtool_command()}"]
    iscc = find_iscc()
    if iscc is None:
        log("Inno Setup not found; to make the installer run: iscc " + " ".join(defines) + f" {iss}")
        return None
    subprocess.run([iscc, "/Q", *signtool, *defines, str(iss)], check=True)
    exe = DIST / f"{APP_ID}-{VERSION}-setup.exe"
    log(f"installer -> {_show(exe)}")
    return exe


# --- per-OS packages ------------------------------------------------------------------------------


def build_deb(svg: Path, args: argparse.Namespace) -> Path:
    changed = deb.relative_rpaths(BUNDLE)
    if changed:
        log(f"removed the build machine's library paths from {changed} files")
    maintainer = deb.check_maintainer(args.maintainer or deb.default_maintainer(args.org))
    version = f"{VERSION}-{args.deb_revision}" if args.deb_revision else VERSION
    inputs = deb.DebInputs(
        bundle=BUNDLE,
        app_name=app.APP_NAME,
        version=version,
        maintainer=maintainer,
        org=args.org,
        icon_svg=svg,
        preset=args.preset,
        components=notices_dir() / "components.json",
    )
    return deb.build(inputs, BUILD / "deb", DIST, log)


def build_mac_packages(args: argparse.Namespace) -> Path | None:
    app_path = DIST / f"{app.APP_NAME}.app"
    if args.sign:
        signing.codesign_app(app_path, args.codesign_identity, args.entitlements, log)
        signing.notarise(app_path, app_path, log)
    if not args.pkg:
        return None
    suffix = f"-{args.target_arch}" if args.target_arch else ""
    pkg = macpkg.build(
        app_path,
        version=VERSION,
        bundle_id=args.bundle_id,
        preset=args.preset,
        installer_identity=args.installer_identity if args.sign else None,
        work=BUILD / "pkg",
        out=DIST / f"{APP_ID}-{VERSION}{suffix}.pkg",
        log=log,
    )
    if args.sign:
        signing.notarise(pkg, pkg, log)
    return pkg


# --- main -----------------------------------------------------------------------------------------


def size_line(what: str, size: int, budget: int | None = None) -> str:
    share = f" ({size / budget:.2f} of the {budget / 1e6:.0f} MB budget)" if budget else ""
    return f"size: {what} {size / 1e6:.1f} MB{share}"


def report_sizes(deb_file: Path | None, msi_file: Path | None) -> None:
    log(size_line("bundle", smoke.tree_size(BUNDLE), BUNDLE_BUDGET))
    if deb_file is not None:
        log(size_line(".deb", deb_file.stat().st_size, DEB_BUDGET))
    if msi_file is not None:
        log(size_line(".msi", msi_file.stat().st_size))


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    global DIST, BUILD, BUNDLE  # the folders are options (tests build into a temporary folder)
    DIST, BUILD = args.dist.resolve(), args.work.resolve()
    BUNDLE = DIST / APP_ID
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # icon rendering needs no screen
    try:
        check_tools(args)
        check_preset(args.preset)
        if IS_LINUX and not args.no_deb:  # before the long part: a missing maintainer fails at once
            deb.check_maintainer(args.maintainer or deb.default_maintainer(args.org))
        svg = icon_source(args)
        made = render_icons(svg, custom=svg != ROOT / "resources" / "icon.svg")
        build_translations()
        run_pyinstaller(args, made)
        place_preset(args.preset)
        if IS_WIN and args.sign:
            signing.sign_windows([smoke.executable(BUNDLE)], log)
        deb_file = build_deb(svg, args) if IS_LINUX and not args.no_deb else None
        msi_file = None
        if args.msi:
            manufacturer = args.org or app.APP_NAME
            msi_file = msi.build(
                BUNDLE, version=VERSION, manufacturer=manufacturer, icon=made["ico"],
                work=BUILD / "msi", out_dir=DIST, log=log,
            )  # fmt: skip
            if IS_WIN and args.sign:
                signing.sign_windows([msi_file], log)
        if IS_WIN and not args.no_installer:
            build_windows_installer(made, args.preset, args)
        if IS_MAC:
            build_mac_packages(args)
        report_sizes(deb_file, msi_file)
        if args.smoke:
            smoke.run_all(BUNDLE, VERSION, deb=deb_file, preset=args.preset, log=log)
    except (
        BuildError, smoke.SmokeFailure, deb.DebError, msi.MsiError, signing.SigningError,
        notices.NoticeError,
    ) as exc:  # fmt: skip
        print(f"build: error: {exc}", file=sys.stderr)
        return 1
    except subprocess.CalledProcessError as exc:
        print(
            f"build: error: {' '.join(map(str, exc.cmd))} failed with exit {exc.returncode}", file=sys.stderr
        )
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
