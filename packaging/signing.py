"""Code signing: off unless build.py is given --sign; then every artefact is signed, or the build
stops saying which credential is missing. Credentials come from the environment (CI fills it from
repository secrets; packaging/README.md, section 7, lists each one):

Windows (signtool, from the Windows SDK):
  SIGN_PFX_FILE + SIGN_PFX_PASSWORD   a code-signing certificate with its private key (.pfx)
  or SIGN_CERT_SHA1                   the thumbprint of a certificate already in the machine's
                                      store (a hardware token or a cloud HSM's local provider)
  SIGN_TIMESTAMP_URL                  RFC 3161 time-stamping server (default: DigiCert's)
macOS (Xcode command line tools):
  --codesign-identity "Developer ID Application: ..." and --installer-identity "Developer ID
  Installer: ..." name certificates in the keychain; notarisation uses
  NOTARY_KEYCHAIN_PROFILE (made once with `xcrun notarytool store-credentials`)
  or NOTARY_APPLE_ID + NOTARY_TEAM_ID + NOTARY_PASSWORD (an app-specific password).
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

DEFAULT_TIMESTAMP_URL = "http://timestamp.digicert.com"


class SigningError(Exception):
    """Signing was asked for and cannot be done; the message says what is missing."""


def _env(name: str) -> str:
    return os.environ.get(name, "").strip()


# --- Windows -------------------------------------------------------------------------------------


def find_signtool() -> str:
    found = shutil.which("signtool") or shutil.which("signtool.exe")
    if found:
        return found
    program_files = os.environ.get("ProgramFiles(x86)", r"C:\Program Files (x86)")
    kits = Path(program_files) / "Windows Kits" / "10" / "bin"
    candidates = sorted(kits.glob("10.*/x64/signtool.exe"), reverse=True) if kits.is_dir() else []
    if candidates:
        return str(candidates[0])
    raise SigningError("signtool.exe was not found: install the Windows SDK (signing tools)")


def signtool_arguments() -> list[str]:
    """signtool's arguments after `sign`, without the files: which certificate, SHA-256, timestamp."""
    timestamp = _env("SIGN_TIMESTAMP_URL") or DEFAULT_TIMESTAMP_URL
    common = ["/fd", "sha256", "/tr", timestamp, "/td", "sha256"]
    pfx, thumbprint = _env("SIGN_PFX_FILE"), _env("SIGN_CERT_SHA1")
    if pfx:
        if not Path(pfx).is_file():
            raise SigningError(f"SIGN_PFX_FILE={pfx} does not exist")
        return [*common, "/f", pfx, "/p", _env("SIGN_PFX_PASSWORD")]
    if thumbprint:
        return [*common, "/sha1", thumbprint]
    raise SigningError("--sign on Windows needs SIGN_PFX_FILE (+ SIGN_PFX_PASSWORD) or SIGN_CERT_SHA1")


def sign_windows(files: list[Path], log) -> None:
    """Sign and then verify (Authenticode, the chain to a trusted root, the timestamp)."""
    tool = find_signtool()
    subprocess.run([tool, "sign", *signtool_arguments(), *map(str, files)], check=True)
    subprocess.run([tool, "verify", "/pa", "/all", *map(str, files)], check=True, stdout=subprocess.DEVNULL)
    log(f"signed with signtool: {', '.join(f.name for f in files)}")


def inno_signtool_command() -> str:
    """The command Inno Setup's SignTool runs ($f is the file): it signs the installer and,
    with SignedUninstaller, the uninstaller it writes."""
    return " ".join([_for_inno(find_signtool()), "sign", *map(_for_inno, signtool_arguments()), "$f"])


def _for_inno(argument: str) -> str:
    """One argument as Inno Setup's SignTool line takes it: "$" is its escape character ("$$" is a
    dollar sign, "$q" a quote), so a password holding "$" must be written "$$"; with a space or
    nothing in it, quoted."""
    if '"' in argument:
        raise SigningError("a signing value holds a double quote, which Inno Setup's SignTool cannot pass on")
    escaped = argument.replace("$", "$$")
    return f"$q{escaped}$q" if " " in argument or not argument else escaped


# --- macOS ---------------------------------------------------------------------------------------


def notary_arguments() -> list[str]:
    profile = _env("NOTARY_KEYCHAIN_PROFILE")
    if profile:
        return ["--keychain-profile", profile]
    apple_id, team, password = _env("NOTARY_APPLE_ID"), _env("NOTARY_TEAM_ID"), _env("NOTARY_PASSWORD")
    if apple_id and team and password:
        return ["--apple-id", apple_id, "--team-id", team, "--password", password]
    raise SigningError(
        "--sign on macOS needs NOTARY_KEYCHAIN_PROFILE, or NOTARY_APPLE_ID + NOTARY_TEAM_ID + NOTARY_PASSWORD"
    )


def codesign_app(app: Path, identity: str, entitlements: Path | None, log) -> None:
    """Sign the .app as a whole again (PyInstaller signed each binary): hardened runtime, secure
    timestamp, the entitlements; then check it."""
    cmd = ["codesign", "--force", "--options", "runtime", "--timestamp", "--sign", identity]
    if entitlements is not None:
        cmd += ["--entitlements", str(entitlements)]
    subprocess.run([*cmd, str(app)], check=True)
    subprocess.run(["codesign", "--verify", "--deep", "--strict", "--verbose=2", str(app)], check=True)
    log(f"codesigned {app.name} as {identity}")


def notarise(artefact: Path, staple: Path, log) -> None:
    """Send to Apple's notary service and wait; staple the ticket so Gatekeeper accepts it offline.

    A .app is sent zipped (ditto keeps its symlinks and signatures); a .pkg as it is."""
    upload = artefact
    if artefact.suffix == ".app":
        upload = artefact.with_suffix(".notarise.zip")
        subprocess.run(["ditto", "-c", "-k", "--keepParent", str(artefact), str(upload)], check=True)
    try:
        subprocess.run(
            ["xcrun", "notarytool", "submit", str(upload), *notary_arguments(), "--wait"], check=True
        )
    finally:
        if upload != artefact:
            upload.unlink(missing_ok=True)
    subprocess.run(["xcrun", "stapler", "staple", str(staple)], check=True)
    subprocess.run(["xcrun", "stapler", "validate", str(staple)], check=True)
    log(f"notarised and stapled {staple.name}")
