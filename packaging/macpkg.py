"""The macOS installer package (.pkg) that MDM tools (Jamf, Intune, Kandji...) deploy: the .app into
/Applications and, when built with a preset, that preset into
/Library/Application Support/Cursor Azure Setup/preset.toml (the system preset on a Mac; a signed
.app cannot carry it inside). Built with pkgbuild and productbuild; signed with productsign's
identity (--installer-identity, applied with productsign) when given.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

PRESET_DIR = "Library/Application Support/Cursor Azure Setup"


def build(
    app: Path,
    *,
    version: str,
    bundle_id: str,
    preset: Path | None,
    installer_identity: str | None,
    work: Path,
    out: Path,
    log,
) -> Path:
    if work.exists():
        shutil.rmtree(work)
    work.mkdir(parents=True)
    parts = []
    app_pkg = work / "app.pkg"
    # --component keeps the .app's signature as it is; the payload goes to /Applications.
    subprocess.run(
        [
            "pkgbuild",
            "--component",
            str(app),
            "--install-location",
            "/Applications",
            "--identifier",
            bundle_id,
            "--version",
            version,
            str(app_pkg),
        ],
        check=True,
    )
    parts.append(app_pkg)
    if preset is not None:
        root = work / "preset-root"
        (root / PRESET_DIR).mkdir(parents=True)
        shutil.copyfile(preset, root / PRESET_DIR / "preset.toml")
        preset_pkg = work / "preset.pkg"
        subprocess.run(
            [
                "pkgbuild",
                "--root",
                str(root),
                "--install-location",
                "/",
                "--identifier",
                f"{bundle_id}.preset",
                "--version",
                version,
                str(preset_pkg),
            ],
            check=True,
        )
        parts.append(preset_pkg)
    cmd = ["productbuild"]
    for part in parts:
        cmd += ["--package", str(part)]
    if not installer_identity:
        subprocess.run([*cmd, str(out)], check=True)
    else:
        unsigned = work / "unsigned.pkg"
        subprocess.run([*cmd, str(unsigned)], check=True)
        subprocess.run(
            ["productsign", "--sign", installer_identity, "--timestamp", str(unsigned), str(out)], check=True
        )
        subprocess.run(["pkgutil", "--check-signature", str(out)], check=True)
    log(f".pkg -> {out}{' (signed)' if installer_identity else ''}")
    return out
