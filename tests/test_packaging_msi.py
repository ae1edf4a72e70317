"""The MSI's structure, read back from the built file with msitools (msiinfo, msidump).

The suite builds it with wixl from the Linux bundle standing in for the Windows one (the tables
are the same; only the payload differs). CI builds the real one from the Windows bundle and
installs it with msiexec (.github/workflows/build.yml).
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from tests.packaging_build import ORG, Built, built_once, load

pytestmark = [pytest.mark.slow, pytest.mark.timeout(900)]

msi = load("msi")
UPGRADE_CODE = "{69674F7D-1F00-41E6-8413-6974CFF197FB}"


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Built:
    if not (shutil.which("wixl") and shutil.which("msiinfo")):
        pytest.fail("wixl and msitools are missing: run scripts/setup.sh")
    result = built_once(tmp_path_factory)
    assert result.msi is not None, result.output
    return result


def table(package: Path, name: str) -> list[list[str]]:
    """A table's rows (msiinfo export: three header lines, then tab-separated rows)."""
    out = subprocess.run(
        ["msiinfo", "export", str(package), name], capture_output=True, text=True, check=True
    ).stdout
    return [line.split("\t") for line in out.splitlines()[3:] if line]


def test_msi_is_per_machine_with_a_stable_upgrade_code_and_replaces_older_versions(built: Built) -> None:
    properties = dict(row[:2] for row in table(built.msi, "Property"))
    assert properties["ALLUSERS"] == "1"  # per-machine: what Group Policy assignment needs
    assert properties["UpgradeCode"] == UPGRADE_CODE
    assert properties["ProductVersion"] == built.version
    assert properties["Manufacturer"] == ORG
    upgrades = table(built.msi, "Upgrade")
    # Older versions are found and removed (major upgrade); a newer one blocks a downgrade.
    older = [
        r
        for r in upgrades
        if r[0] == UPGRADE_CODE and r[2] == built.version and r[6] == "WIX_UPGRADE_DETECTED"
    ]
    newer = [
        r
        for r in upgrades
        if r[0] == UPGRADE_CODE and r[1] == built.version and r[6] == "WIX_DOWNGRADE_DETECTED"
    ]
    assert older and newer, upgrades
    sequence = {row[0]: (row[1], int(row[2])) for row in table(built.msi, "InstallExecuteSequence")}
    assert (
        sequence["InstallValidate"][1]
        < sequence["RemoveExistingProducts"][1]
        < sequence["InstallInitialize"][1]
    )
    conditions = [row[0] for row in table(built.msi, "LaunchCondition")]
    assert "Installed OR WINDOWSBUILDNUMBER >= 17763" in conditions  # Windows 10 1809, for Qt 6


def test_msi_installs_every_bundle_file_under_program_files(built: Built) -> None:
    files = table(built.msi, "File")
    bundled = sorted(p for p in built.bundle.rglob("*") if p.is_file() and not p.is_symlink())
    assert len(files) == len(bundled)
    names = {row[2] for row in files}
    assert {"preset.toml", "THIRD-PARTY-NOTICES.txt", built.exe.name} <= names
    directories = {row[0]: row for row in table(built.msi, "Directory")}
    assert directories["INSTALLDIR"][1:] == ["ProgramFiles64Folder", "Cursor Azure Setup"]
    components = table(built.msi, "Component")
    assert all(row[3] == "256" for row in components if row[0].startswith("c_"))  # 64-bit
    shortcut = table(built.msi, "Shortcut")[0]
    assert shortcut[1:3] == ["ProgramMenuFolder", "Cursor Azure Setup"]
    assert shortcut[4] == "[INSTALLDIR]cursor-azure-setup.exe"


def test_preset_property_is_copied_beside_the_program_and_removed_on_uninstall_only(built: Built) -> None:
    actions = {row[0]: row for row in table(built.msi, "CustomAction")}
    copy, delete = actions["CopyPreset"], actions["DeleteCopiedPreset"]
    assert copy[3] == '/d /c copy /y "[PRESET]" "[INSTALLDIR]preset.toml"'
    assert delete[3] == '/d /c del /f /q "[INSTALLDIR]preset.toml"'
    # Deferred (0x400) and not impersonated (0x800): runs in the install script as LocalSystem,
    # so it can write to Program Files; the copy's failure rolls the install back, the delete's not.
    for row in (copy, delete):
        assert int(row[1]) & 0x400 and int(row[1]) & 0x800
    assert not int(copy[1]) & 0x40 and int(delete[1]) & 0x40  # 0x40: ignore the exit code
    assert actions["FindCommandShell"][3] == "[System64Folder]cmd.exe"
    sequence = {row[0]: (row[1], int(row[2])) for row in table(built.msi, "InstallExecuteSequence")}
    assert sequence["CopyPreset"][0] == "PRESET AND NOT REMOVE"
    assert sequence["InstallFiles"][1] < sequence["CopyPreset"][1] < sequence["InstallFinalize"][1]
    # Uninstall deletes the copy; a major upgrade (UPGRADINGPRODUCTCODE set) keeps it.
    assert sequence["DeleteCopiedPreset"][0] == 'REMOVE="ALL" AND NOT UPGRADINGPRODUCTCODE'
    assert sequence["InstallInitialize"][1] < sequence["DeleteCopiedPreset"][1] < sequence["RemoveFiles"][1]
    assert sequence["FindCommandShell"][1] < sequence["InstallInitialize"][1]


def test_msidump_reads_every_table_and_the_embedded_cabinet(built: Built, tmp_path: Path) -> None:
    # msidump writes some streams (the icon) relative to where it runs: run it in tmp_path.
    subprocess.run(
        ["msidump", "--tables", "--streams", "-d", str(tmp_path), str(built.msi)],
        check=True,
        capture_output=True,
        cwd=tmp_path,
    )
    assert (tmp_path / "Property.idt").is_file() and (tmp_path / "File.idt").is_file()
    cabinet = tmp_path / "_Streams" / "app.cab"
    assert cabinet.is_file() and cabinet.read_bytes()[:4] == b"MSCF"


def test_msi_version_must_be_numeric(tmp_path: Path) -> None:
    with pytest.raises(msi.MsiError, match="ProductVersion"):
        msi.msi_version("0.1.0-beta")
    with pytest.raises(msi.MsiError, match="range"):
        msi.msi_version("0.256.0")
