"""Smoke checks of a built bundle and .deb, shared by ``build.py --smoke`` and tests/test_packaging.py.

Everything runs the frozen executable as a user would: no Python from the build machine is
involved. Each check raises ``SmokeFailure`` with a one-line reason (and the program's output).
"""

from __future__ import annotations

import contextlib
import json
import os
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import tomllib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

APP_ID = "cursor-azure-setup"
APP_NAME = "Cursor Azure Setup"
SMOKE_DEPLOYMENT = "google/gemini-2.5-pro"


class SmokeFailure(AssertionError):
    pass


def executable(bundle: Path) -> Path:
    """The main executable inside a one-folder bundle."""
    return bundle / (f"{APP_ID}.exe" if sys.platform == "win32" else APP_ID)


def tree_size(path: Path) -> int:
    """Bytes on disk of the files under ``path`` (symlinks counted once, as links)."""
    if path.is_file():
        return path.stat().st_size
    total = 0
    for root, _dirs, files in os.walk(path):
        for name in files:
            total += os.lstat(os.path.join(root, name)).st_size
    return total


def clean_env(home: Path, **extra: str) -> dict[str, str]:
    """The environment for a bundle run: a throw-away home, no proxies, no key unless given."""
    env = {k: v for k, v in os.environ.items() if not k.lower().endswith("_proxy")}
    for var in ("AIMLAPI_API_KEY", "CURSOR_AZURE_SETUP_PRESET", "PYTHONPATH", "PYTHONHOME"):
        env.pop(var, None)
    env.update(
        HOME=str(home),
        USERPROFILE=str(home),
        APPDATA=str(home / "AppData" / "Roaming"),
        LOCALAPPDATA=str(home / "AppData" / "Local"),
        XDG_CONFIG_HOME=str(home / ".config"),
        XDG_CACHE_HOME=str(home / ".cache"),
        XDG_STATE_HOME=str(home / ".local" / "state"),
        XDG_DATA_HOME=str(home / ".local" / "share"),
        NO_PROXY="127.0.0.1,localhost,::1",
        QT_QPA_PLATFORM="offscreen",
    )
    env.update(extra)
    return env


@contextlib.contextmanager
def temp_home() -> Iterator[Path]:
    with tempfile.TemporaryDirectory(prefix="cas-smoke-home-") as tmp:
        yield Path(tmp)


def _run(cmd: list[str], env: dict[str, str], timeout: float) -> subprocess.CompletedProcess[str]:
    try:
        return subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=timeout)
    except subprocess.TimeoutExpired as exc:
        raise SmokeFailure(f"{' '.join(cmd[1:]) or cmd[0]} did not finish within {timeout:.0f} s") from exc


def _describe(proc: subprocess.CompletedProcess[str]) -> str:
    out = (proc.stdout or "")[-1500:]
    err = (proc.stderr or "")[-1500:]
    return f"exit {proc.returncode}\n--- stdout ---\n{out}\n--- stderr ---\n{err}"


def check_version(exe: Path, expected: str, home: Path) -> str:
    proc = _run([str(exe), "--version"], clean_env(home), timeout=60)
    if proc.returncode != 0 or expected not in proc.stdout:
        raise SmokeFailure(f"--version should print {expected} and exit 0; {_describe(proc)}")
    return proc.stdout.strip()


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _wait_for_port(port: int, proc: subprocess.Popen[str], timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            out, err = proc.communicate()
            raise SmokeFailure(f"simulate exited early with {proc.returncode}: {out[-800:]} {err[-800:]}")
        with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port), timeout=0.5):
            return
        time.sleep(0.1)
    raise SmokeFailure(f"simulate did not listen on 127.0.0.1:{port} within {timeout:.0f} s")


def _stop(proc: subprocess.Popen[str]) -> None:
    if proc.poll() is None:
        if sys.platform == "win32":
            proc.terminate()
        else:
            proc.send_signal(signal.SIGINT)  # the CLI's Ctrl+C path: a clean shutdown
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=10)


@contextlib.contextmanager
def bundled_simulator(exe: Path, home: Path, key: str) -> Iterator[str]:
    """``simulate`` from the bundle, in the background; yields its base URL."""
    port = free_port()
    cmd = [str(exe), "simulate", "--port", str(port), "--key", key]
    proc = subprocess.Popen(
        cmd, env=clean_env(home), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    try:
        _wait_for_port(port, proc, timeout=60)
        yield f"http://127.0.0.1:{port}"
    finally:
        _stop(proc)


@dataclass
class VerifyOutcome:
    exit_code: int
    report: dict


SMOKE_PRESET = """[organisation]
name = "Smoke test"
[cursor]
alias = "smoke-check"
"""


def check_verify(exe: Path, home: Path) -> VerifyOutcome:
    """simulate + verify --json, both from the bundle: every check must pass (exit 0, ok true).

    A preset given through CURSOR_AZURE_SETUP_PRESET (it outranks one bundled beside the program)
    sets the alias, so this also proves the frozen program reads presets.
    """
    key = "smk" + secrets.token_hex(16)  # unique, so a leak is unmistakable
    preset = home / "smoke-preset.toml"
    preset.write_text(SMOKE_PRESET, encoding="utf-8")
    with bundled_simulator(exe, home, key) as url:
        cmd = [str(exe), "verify", "--json", "--base-url", url, "--deployment", SMOKE_DEPLOYMENT]
        env = clean_env(home, AIMLAPI_API_KEY=key, CURSOR_AZURE_SETUP_PRESET=str(preset))
        proc = _run(cmd, env, timeout=90)
    if key in proc.stdout or key in proc.stderr:
        raise SmokeFailure("verify printed the API key")
    try:
        report = json.loads(proc.stdout)
    except ValueError as exc:
        raise SmokeFailure(f"verify --json did not print JSON; {_describe(proc)}") from exc
    if proc.returncode != 0 or report.get("ok") is not True:
        failing = [c for c in report.get("checks", []) if c.get("status") != "pass"]
        raise SmokeFailure(f"verify against the bundled simulator failed: {failing or _describe(proc)}")
    if report.get("settings", {}).get("alias") != "smoke-check":
        raise SmokeFailure(f"verify ignored the preset's alias: {report.get('settings')}")
    return VerifyOutcome(proc.returncode, report)


def check_preset_used(exe: Path, home: Path, preset: Path, **env: str) -> str:
    """The program finds ``preset`` where the installer put it, without being told where.

    Offline: the checks go to a closed loopback port. A preset that locks base_url must refuse
    the --base-url (exit 2, naming the preset); otherwise its deployment/alias must show up in
    the report.
    """
    with preset.open("rb") as fh:
        data = tomllib.load(fh)
    cursor = data.get("cursor", {})
    locked = set(data.get("lock", {}).get("fields", []))
    closed = f"http://127.0.0.1:{free_port()}"
    cmd = [str(exe), "verify", "--json", "--timeout", "5", "--base-url", closed]
    proc = _run(cmd, clean_env(home, AIMLAPI_API_KEY="smk" + secrets.token_hex(16), **env), timeout=60)
    if "base_url" in locked and cursor.get("base_url"):
        if proc.returncode != 2 or "preset" not in proc.stderr:
            raise SmokeFailure(f"the preset's lock on base_url was not enforced; {_describe(proc)}")
        return f"found; its lock on base_url refused --base-url (exit 2): {proc.stderr.strip()[:120]}"
    try:
        settings = json.loads(proc.stdout).get("settings", {})
    except ValueError as exc:
        raise SmokeFailure(f"verify --json did not print JSON; {_describe(proc)}") from exc
    for field in ("deployment", "alias"):
        if cursor.get(field) and settings.get(field) != cursor[field]:
            raise SmokeFailure(f"the preset's {field} {cursor[field]!r} was not used: {settings}")
    return f"found; report settings {settings}"


def check_window(exe: Path, home: Path) -> None:
    """The window shows offscreen and quits by itself with --smoke."""
    proc = _run([str(exe), "--smoke"], clean_env(home), timeout=90)
    if proc.returncode != 0:
        raise SmokeFailure(f"the window did not start offscreen with --smoke; {_describe(proc)}")


def check_window_x11(exe: Path, home: Path) -> bool:
    """Linux: the same on a virtual X server through Qt's xcb plugin, the one real desktops load
    (offscreen does not touch the bundled X libraries). False when xvfb-run is not installed."""
    xvfb = shutil.which("xvfb-run")
    if not sys.platform.startswith("linux") or not xvfb:
        return False
    env = clean_env(home, QT_QPA_PLATFORM="xcb")
    proc = _run([xvfb, "-a", str(exe), "--smoke"], env, timeout=90)
    if proc.returncode != 0:
        raise SmokeFailure(f"the window did not start on X11 (xcb) with --smoke; {_describe(proc)}")
    return True


# --- the .deb -------------------------------------------------------------------------------------


def deb_fields(deb: Path) -> dict[str, str]:
    out = subprocess.run(["dpkg-deb", "-f", str(deb)], capture_output=True, text=True, check=True).stdout
    fields: dict[str, str] = {}
    key = ""
    for line in out.splitlines():
        if line[:1].isspace() and key:
            fields[key] += "\n" + line.strip()
        elif ":" in line:
            key, _, value = line.partition(":")
            fields[key] = value.strip()
    return fields


def check_deb(deb: Path, root: Path, *, version: str, preset: Path | None, home: Path) -> list[str]:
    """Unpack the .deb into ``root`` (dpkg -x, no installation) and check what it would install.

    Returns the lines of what was checked, for printing.
    """
    done: list[str] = []
    fields = deb_fields(deb)
    for name in ("Package", "Version", "Architecture", "Maintainer", "Description", "Depends"):
        if not fields.get(name):
            raise SmokeFailure(f"{deb.name}: control field {name} is missing")
    if fields["Package"] != APP_ID or fields["Version"] != version:
        raise SmokeFailure(f"{deb.name}: Package/Version are {fields['Package']}/{fields['Version']}")
    done.append(f"control: {fields['Package']} {fields['Version']} {fields['Architecture']}")

    subprocess.run(["dpkg-deb", "-x", str(deb), str(root)], check=True)
    listing = subprocess.run(["dpkg-deb", "-c", str(deb)], capture_output=True, text=True, check=True)
    if any(" root/root " not in line for line in listing.stdout.splitlines()):
        raise SmokeFailure(f"{deb.name}: some files are not owned by root:root")

    app_dir = root / "opt" / APP_ID
    exe = app_dir / APP_ID
    if not (exe.is_file() and os.access(exe, os.X_OK) and (app_dir / "_internal").is_dir()):
        raise SmokeFailure(f"{deb.name}: the bundle is not under /opt/{APP_ID}")
    etc = [line for line in listing.stdout.splitlines() if " ./etc/" in line]
    if etc:
        raise SmokeFailure(f"{deb.name}: ships files under /etc (upgrades would ask about them): {etc}")
    done.append(f"bundle: /opt/{APP_ID} ({tree_size(app_dir) / 1e6:.1f} MB), nothing under /etc")
    check_version(exe, version, home)

    launcher = root / "usr" / "bin" / APP_ID
    if not launcher.is_symlink() or os.readlink(launcher) != f"/opt/{APP_ID}/{APP_ID}":
        raise SmokeFailure(f"{deb.name}: /usr/bin/{APP_ID} should be a link to /opt/{APP_ID}/{APP_ID}")
    done.append(f"launcher: /usr/bin/{APP_ID} -> {os.readlink(launcher)}; the program runs --version")

    desktop = root / "usr" / "share" / "applications" / f"{APP_ID}.desktop"
    if not desktop.is_file():
        raise SmokeFailure(f"{deb.name}: no .desktop entry")
    entries = dict(
        line.split("=", 1) for line in desktop.read_text(encoding="utf-8").splitlines() if "=" in line
    )
    if entries.get("Exec", "").split()[0:1] != [APP_ID] or entries.get("Icon") != APP_ID:
        raise SmokeFailure(f"{desktop.name}: Exec/Icon should name {APP_ID}: {entries}")
    validator = shutil.which("desktop-file-validate")
    if validator:
        proc = subprocess.run([validator, str(desktop)], capture_output=True, text=True)
        if proc.returncode != 0 or proc.stdout.strip():
            raise SmokeFailure(f"desktop-file-validate: {proc.stdout.strip()} {proc.stderr.strip()}")
        done.append("desktop entry: valid (desktop-file-validate)")
    else:
        done.append("desktop entry: present (desktop-file-validate not installed, not validated)")

    icon = root / "usr" / "share" / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg"
    if not icon.is_file() or b"<svg" not in icon.read_bytes()[:4096]:
        raise SmokeFailure(f"{deb.name}: no SVG icon in hicolor/scalable/apps")
    done.append(f"icon: {icon.relative_to(root)}")

    doc = root / "usr" / "share" / "doc" / APP_ID
    copyright_text = (doc / "copyright").read_text(encoding="utf-8") if (doc / "copyright").is_file() else ""
    if not copyright_text.startswith(
        "Format: https://www.debian.org/doc/packaging-manuals/copyright-format/"
    ):
        raise SmokeFailure(f"{deb.name}: no machine-readable /usr/share/doc/{APP_ID}/copyright")
    notices = app_dir / "_internal" / "THIRD-PARTY-NOTICES.txt"
    if not notices.is_file():
        raise SmokeFailure(f"{deb.name}: the bundle carries no THIRD-PARTY-NOTICES.txt")
    done.append(f"licences: /usr/share/doc/{APP_ID}/copyright (DEP-5) and {notices.relative_to(root)}")

    installed_preset = app_dir / "preset.toml"
    if preset is not None:
        if not installed_preset.is_file() or installed_preset.read_bytes() != preset.read_bytes():
            raise SmokeFailure(f"{deb.name}: the preset is not at /opt/{APP_ID}/preset.toml")
        found = check_preset_used(exe, home, installed_preset)
        done.append(f"preset: /opt/{APP_ID}/preset.toml, {found}")
    elif installed_preset.exists():
        raise SmokeFailure(f"{deb.name}: ships a preset although none was given")
    return done


def run_all(
    bundle: Path, version: str, *, deb: Path | None = None, preset: Path | None = None, log=print
) -> None:
    """Every smoke check; prints one line per check."""
    exe = executable(bundle)
    with temp_home() as home:
        started = time.monotonic()
        log(f"smoke: --version -> {check_version(exe, version, home)}")
        outcome = check_verify(exe, home)
        statuses = ", ".join(f"{c['id']}={c['status']}" for c in outcome.report.get("checks", []))
        log(f"smoke: simulate + verify --json -> exit {outcome.exit_code}, ok true ({statuses})")
        if (bundle / "preset.toml").is_file():
            log(f"smoke: preset beside the program: {check_preset_used(exe, home, bundle / 'preset.toml')}")
        check_window(exe, home)
        log("smoke: window offscreen with --smoke -> exit 0")
        if check_window_x11(exe, home):
            log("smoke: window on a virtual X server (xcb) with --smoke -> exit 0")
        app_exe = bundle.parent / f"{APP_NAME}.app" / "Contents" / "MacOS" / APP_ID
        if sys.platform == "darwin" and app_exe.is_file():
            log(f"smoke: {APP_NAME}.app --version -> {check_version(app_exe, version, home)}")
        if deb is not None:
            with tempfile.TemporaryDirectory(prefix="cas-deb-root-") as root:
                for line in check_deb(deb, Path(root), version=version, preset=preset, home=home):
                    log(f"smoke: deb {line}")
        log(f"smoke: all passed in {time.monotonic() - started:.1f} s")
