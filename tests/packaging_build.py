"""One installer build per test session, shared by the packaging test modules.

The build (PyInstaller, the .deb and the MSI: under a minute on 2 cores) runs the first time a
module asks for it; later modules get the same folder. Every check then uses what was built,
never this checkout's Python.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

from tests.script_modules import load_script

ROOT = Path(__file__).resolve().parents[1]
PACKAGING = ROOT / "packaging"
EXAMPLE_PRESET = ROOT / "examples" / "preset.toml"
ORG = "Acme IT"
MAINTAINER = "Acme IT <it@acme.example>"
IS_LINUX = sys.platform.startswith("linux")


def load(name: str) -> ModuleType:
    # packaging/ is not a package on purpose: a packaging/__init__.py would shadow the PyPI
    # `packaging` library that pip, pytest and PyInstaller import.
    if str(PACKAGING) not in sys.path:
        sys.path.insert(0, str(PACKAGING))  # the build modules import each other by name
    return load_script(f"packaging/{name}.py")


def run_build(*args: str, timeout: float = 600) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(PACKAGING / "build.py"), *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=timeout,
    )


class Built:
    def __init__(self, out: Path, output: str) -> None:
        import app

        smoke = load("smoke")
        self.version = app.__version__
        self.dist = out / "dist"
        self.work = out / "work"
        self.bundle = self.dist / smoke.APP_ID
        self.exe = smoke.executable(self.bundle)
        debs = sorted(self.dist.glob(f"{smoke.APP_ID}_*.deb"))
        self.deb = debs[0] if debs else None
        msis = sorted(self.dist.glob(f"{smoke.APP_ID}-*.msi"))
        self.msi = msis[0] if msis else None
        self.output = output


def built_once(factory: pytest.TempPathFactory) -> Built:
    """The session's build: made on the first call, reused after (or the first failure repeated)."""
    out = factory.getbasetemp() / "installer-build"
    log = out / "build.log"
    if not log.exists():
        out.mkdir(parents=True, exist_ok=True)
        args = ["--preset", str(EXAMPLE_PRESET), "--org", ORG, "--maintainer", MAINTAINER, "--msi"]
        args += ["--dist", str(out / "dist"), "--work", str(out / "work")]
        proc = run_build(*args)
        log.write_text(
            f"exit {proc.returncode}\n{proc.stdout[-6000:]}\n{proc.stderr[-6000:]}", encoding="utf-8"
        )
    text = log.read_text(encoding="utf-8")
    if not text.startswith("exit 0\n"):
        pytest.fail(f"the installer build failed:\n{text}")
    return Built(out, text)
