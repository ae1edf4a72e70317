#!/usr/bin/env python3
"""Build Cursor Azure Setup for this operating system.

    python packaging/build.py [--preset FILE] [--no-deb] [--smoke] [--icon FILE.svg] [--org NAME]

Produces, under dist/:
  cursor-azure-setup/                  the one-folder bundle (no Python needed on the target);
                                       with --preset, preset.toml sits beside the executable
  cursor-azure-setup_<ver>_<arch>.deb  Linux: installs under /opt, /usr/bin launcher, menu entry,
                                       icon, preset in /etc/xdg/cursor-azure-setup/ (a conffile)
  Cursor Azure Setup.app               macOS (same spec)
  cursor-azure-setup-<ver>-setup.exe   Windows, when Inno Setup's ISCC is installed
--smoke then runs the built program: --version, simulate + verify --json, the window offscreen,
and (Linux) unpacks the .deb into a temporary root and checks its files. See packaging/README.md.
"""

from __future__ import annotations

import argparse
import os
import platform
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

import icons  # noqa: E402
import smoke  # noqa: E402

import app  # noqa: E402

APP_ID = app.APP_ID
VERSION = app.__version__
SPEC = HERE / "cursor-azure-setup.spec"
DIST = ROOT / "dist"
BUILD = ROOT / "build"
BUNDLE = DIST / APP_ID

# Size budgets (bytes) from issue 5; bench/bench_size.py reports against the same numbers.
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
        help='.deb Maintainer, "Name <email>" (default: derived from --org)',
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
        needed = ["objdump", "strip"] + ([] if args.no_deb else ["dpkg-deb", "dpkg"])
        missing = [tool for tool in needed if not shutil.which(tool)]
        if missing:
            raise BuildError(
                f"missing {', '.join(missing)}: install binutils and dpkg-dev (scripts/setup.sh does)"
            )


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


def place_preset(preset: Path | None) -> None:
    """preset.toml beside the executable: the third place the app looks (issue 5)."""
    target = BUNDLE / "preset.toml"
    if target.exists():
        target.unlink()
    if preset is not None:
        shutil.copyfile(preset, target)
        log(f"preset: {preset} -> {_show(target)}")
        if IS_MAC:
            log(
                "macOS: the .app does not carry the preset (changing a signed bundle breaks its "
                "signature); deploy it to /Library/Application Support/cursor-azure-setup/preset.toml"
            )


# --- Linux .deb -----------------------------------------------------------------------------------

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


def _elf_files(folder: Path) -> list[Path]:
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


def _owner(path: str) -> str | None:
    candidates = [path, os.path.realpath(path)]
    for p in list(candidates):  # merged /usr: dpkg may record either spelling
        if p.startswith("/usr/lib/"):
            candidates.append(p[len("/usr") :])
        elif p.startswith("/lib/"):
            candidates.append("/usr" + p)
    for p in candidates:
        proc = subprocess.run(["dpkg", "-S", p], capture_output=True, text=True)
        if proc.returncode == 0:
            return proc.stdout.split(":", 1)[0].strip()
    return None


def deb_depends(app_dir: Path) -> str:
    """The system packages the bundle links to but does not carry (libc, GL, Wayland...).

    PyInstaller bundles most libraries; the ones it leaves out on purpose (glibc, the GL/EGL
    drivers, the Wayland client) must come from the system, so the .deb depends on their packages.
    libc6 gets a lower bound: the build machine's version (build on the oldest release you support).
    """
    bundled = {p.name for p in app_dir.rglob("*") if ".so" in p.name}
    wanted: set[str] = set()
    for elf in _elf_files(app_dir):
        wanted.update(n for n in _needed(elf) if n not in bundled)
    system = _system_libs()
    packages: set[str] = set()
    for soname in sorted(wanted):
        path = system.get(soname)
        owner = _owner(path) if path else None
        if owner is None:
            log(f"WARNING: no Debian package found for {soname}; not listed in Depends")
            continue
        packages.add(owner.split(",")[0].strip())
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
    """0755 for folders and executables, 0644 for everything else, whatever the umask was."""
    for path in [root, *root.rglob("*")]:
        if path.is_symlink():
            continue
        if path.is_dir():
            path.chmod(0o755)
        else:
            path.chmod(0o755 if path.stat().st_mode & 0o111 else 0o644)


def build_deb(svg: Path, preset: Path | None, args: argparse.Namespace) -> Path:
    arch = subprocess.run(["dpkg", "--print-architecture"], capture_output=True, text=True, check=True)
    arch_name = arch.stdout.strip()
    stage = BUILD / "deb" / "root"
    if stage.exists():
        shutil.rmtree(stage)
    app_dir = stage / "opt" / APP_ID
    shutil.copytree(BUNDLE, app_dir, symlinks=True, ignore=shutil.ignore_patterns("preset.toml"))

    bin_dir = stage / "usr" / "bin"
    bin_dir.mkdir(parents=True)
    # Relative, so it also works inside a `dpkg -x` root; the bootloader follows it to _internal.
    (bin_dir / APP_ID).symlink_to(f"../../opt/{APP_ID}/{APP_ID}")

    apps = stage / "usr" / "share" / "applications"
    apps.mkdir(parents=True)
    (apps / f"{APP_ID}.desktop").write_text(
        DESKTOP_ENTRY.format(name=app.APP_NAME, app_id=APP_ID), encoding="utf-8"
    )
    icon_dir = stage / "usr" / "share" / "icons" / "hicolor" / "scalable" / "apps"
    icon_dir.mkdir(parents=True)
    shutil.copyfile(svg, icon_dir / f"{APP_ID}.svg")

    control_dir = stage / "DEBIAN"
    control_dir.mkdir()
    if preset is not None:
        # platformdirs.site_config_dir on Linux: the first of $XDG_CONFIG_DIRS, default /etc/xdg.
        etc = stage / "etc" / "xdg" / APP_ID
        etc.mkdir(parents=True)
        shutil.copyfile(preset, etc / "preset.toml")
        # A conffile: an administrator's edits survive upgrades (dpkg asks before replacing them).
        (control_dir / "conffiles").write_text(f"/etc/xdg/{APP_ID}/preset.toml\n", encoding="utf-8")

    _normalise_modes(stage)
    installed_kib = (smoke.tree_size(stage) + 1023) // 1024
    maintainer = args.maintainer or f"{args.org or app.APP_NAME} <{APP_ID}@localhost>"
    control = "\n".join(
        [
            f"Package: {APP_ID}",
            f"Version: {VERSION}",
            f"Architecture: {arch_name}",
            f"Maintainer: {maintainer}",
            f"Installed-Size: {installed_kib}",
            f"Depends: {deb_depends(app_dir)}",
            "Suggests: gnome-keyring",
            "Section: devel",
            "Priority: optional",
            "Description: connects Cursor to AI/ML API and checks it live",
            " Cursor Azure Setup takes a teammate from an AI/ML API key to a working custom",
            " model in Cursor: it stores the key in the system keyring, sends the requests",
            " Cursor sends, explains failures in plain words and shows the values to paste.",
            "",
        ]
    )
    (control_dir / "control").write_text(control, encoding="utf-8")
    _normalise_modes(control_dir)

    deb = DIST / f"{APP_ID}_{VERSION}_{arch_name}.deb"
    started = time.monotonic()
    # xz: every dpkg can read it (zstd needs dpkg >= 1.21.18). Level 2 is within 10% of the
    # default's size in a third of the time (measured: 37 s instead of 124 s on 2 cores).
    subprocess.run(
        ["dpkg-deb", "--root-owner-group", "-Zxz", "-z2", "--threads-max=0", "--build", str(stage), str(deb)],
        check=True,
        stdout=subprocess.DEVNULL,
    )
    log(f".deb built in {time.monotonic() - started:.0f} s -> {_show(deb)}")
    return deb


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
    iscc = find_iscc()
    if iscc is None:
        log("Inno Setup not found; to make the installer run: iscc " + " ".join(defines) + f" {iss}")
        return None
    subprocess.run([iscc, "/Q", *defines, str(iss)], check=True)
    exe = DIST / f"{APP_ID}-{VERSION}-setup.exe"
    log(f"installer -> {_show(exe)}")
    return exe


# --- main -----------------------------------------------------------------------------------------


def size_line(what: str, size: int, budget: int) -> str:
    return f"size: {what} {size / 1e6:.1f} MB ({size / budget:.2f} of the {budget / 1e6:.0f} MB budget)"


def report_sizes(deb: Path | None) -> None:
    log(size_line("bundle", smoke.tree_size(BUNDLE), BUNDLE_BUDGET))
    if deb is not None:
        log(size_line(".deb", deb.stat().st_size, DEB_BUDGET))


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    global DIST, BUILD, BUNDLE  # the folders are options (tests build into a temporary folder)
    DIST, BUILD = args.dist.resolve(), args.work.resolve()
    BUNDLE = DIST / APP_ID
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # icon rendering needs no screen
    try:
        check_tools(args)
        check_preset(args.preset)
        svg = icon_source(args)
        made = render_icons(svg, custom=svg != ROOT / "resources" / "icon.svg")
        build_translations()
        run_pyinstaller(args, made)
        place_preset(args.preset)
        deb = build_deb(svg, args.preset, args) if IS_LINUX and not args.no_deb else None
        if IS_WIN and not args.no_installer:
            build_windows_installer(made, args.preset, args)
        report_sizes(deb)
        if args.smoke:
            smoke.run_all(BUNDLE, VERSION, deb=deb, preset=args.preset, log=log)
    except (BuildError, smoke.SmokeFailure) as exc:
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
