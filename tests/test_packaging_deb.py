"""The .deb as Debian and an administrator see it: lintian's verdict against the allowlist, and
upgrades with no terminal that never stop at a question.

The upgrade tests run the real dpkg (its conffile logic and our maintainer scripts) on a private
root: ``dpkg --root=DIR`` keeps its database in DIR/var/lib/dpkg and installs under DIR, and
``--force-script-chrootless`` runs the maintainer scripts here with DPKG_ROOT=DIR instead of inside
a chroot that has no shell. Nothing on the machine itself is touched. Packages are built
uncompressed (same contents, seconds instead of a minute).
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.packaging_build import MAINTAINER, ORG, PACKAGING, Built, built_once, load
from tests.private_mounts import in_private_mounts, needs_mounts, read_only_bind

pytestmark = [
    pytest.mark.slow,
    pytest.mark.timeout(900),
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the .deb is built on Linux"),
]

deb = load("deb")
smoke = load("smoke")
APP_ID = deb.APP_ID
ADMIN_PRESET = Path(f"etc/xdg/{APP_ID}/preset.toml")
SHIPPED_PRESET = Path(f"opt/{APP_ID}/preset.toml")
ALLOWLIST = PACKAGING / "linux" / "lintian-allowlist.txt"


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Built:
    return built_once(tmp_path_factory)


# --- lintian -------------------------------------------------------------------------------------


def _allowlist() -> dict[str, str]:
    entries = {}
    for line in ALLOWLIST.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            tag, _, reason = line.partition(":")
            assert reason.strip(), f"{ALLOWLIST.name}: {tag} has no reason"
            entries[tag.strip()] = reason.strip()
    return entries


def test_lintian_finds_nothing_outside_the_allowlist(built: Built) -> None:
    if not shutil.which("lintian"):
        pytest.fail("lintian is missing: run scripts/setup.sh")
    assert built.deb is not None
    proc = subprocess.run(
        ["lintian", "--no-cfg", "--display-info", "--tag-display-limit", "0", str(built.deb)],
        capture_output=True,
        text=True,
        timeout=600,
    )
    tags: dict[str, list[str]] = {}
    for line in proc.stdout.splitlines():
        match = re.match(rf"^([EWI]): {APP_ID}(?: \w+)?: (\S+)(.*)$", line)
        if match:
            tags.setdefault(match.group(2), []).append(f"{match.group(1)}:{match.group(3)}")
    allowed = _allowlist()
    unexpected = {tag: hits[:3] for tag, hits in tags.items() if tag not in allowed}
    assert not unexpected, f"lintian tags outside {ALLOWLIST.name}: {json.dumps(unexpected, indent=1)}"
    stale = sorted(set(allowed) - set(tags))
    assert not stale, f"{ALLOWLIST.name} lists tags lintian no longer reports: {stale}"
    print({tag: len(hits) for tag, hits in sorted(tags.items())})


def test_no_library_in_the_bundle_searches_a_build_machine_folder(built: Built) -> None:
    offenders = []
    for elf in deb.elf_files(built.bundle):
        dynamic = subprocess.run(["objdump", "-p", str(elf)], capture_output=True, text=True).stdout
        for line in dynamic.splitlines():
            fields = line.split()
            if fields[:1] in (["RPATH"], ["RUNPATH"]):
                paths = [p for p in fields[1].split(":") if not p.startswith("$ORIGIN")]
                if paths:
                    offenders.append(f"{elf.relative_to(built.bundle)}: {paths}")
    assert not offenders, offenders[:5]


def test_copyright_is_machine_readable_and_covers_what_is_bundled(built: Built, tmp_path: Path) -> None:
    assert built.deb is not None
    subprocess.run(["dpkg-deb", "-x", str(built.deb), str(tmp_path)], check=True)
    text = (tmp_path / "usr" / "share" / "doc" / APP_ID / "copyright").read_text(encoding="utf-8")
    paragraphs = [dict(_fields(p)) for p in text.split("\n\n")]
    assert paragraphs[0]["Format"].startswith(
        "https://www.debian.org/doc/packaging-manuals/copyright-format/"
    )
    assert paragraphs[0]["Upstream-Contact"] == MAINTAINER
    files = [p for p in paragraphs if "Files" in p]
    licences = {p["License"].split("\n")[0] for p in paragraphs if "License" in p and "Files" not in p}
    for paragraph in files:  # every licence named by a Files paragraph has its own paragraph
        for name in re.split(r"\s+(?:or|and|with)\s+", paragraph["License"]):
            assert name in licences, name
    described = " ".join(p["Copyright"] for p in files)
    for component in ("PySide6_Essentials", "shiboken6", "httpx2", "keyring", "cffi", "Python", "libssl3"):
        assert component in described, component
    patterns = " ".join(p["Files"] for p in files).split()
    assert not [f for f in patterns if ".." in f.split("/") or "__pycache__" in f], patterns
    assert ORG in paragraphs[1]["Copyright"]
    notices = tmp_path / "opt" / APP_ID / "_internal" / "THIRD-PARTY-NOTICES.txt"
    assert str(notices.relative_to(tmp_path)) in text.replace("\n ", "")


def _fields(paragraph: str) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    for line in paragraph.splitlines():
        if line.startswith(" ") and out:
            out[-1] = (out[-1][0], out[-1][1] + "\n" + line.strip())
        elif ":" in line:
            key, _, value = line.partition(":")
            out.append((key, value.strip()))
    return out


# --- silent upgrades -----------------------------------------------------------------------------


class PrivateRoot:
    """A dpkg database and file tree of our own; every dpkg run has no terminal (stdin /dev/null)."""

    def __init__(self, root: Path) -> None:
        self.root = root
        admin = root / "var" / "lib" / "dpkg"
        for sub in ("info", "updates", "triggers"):
            (admin / sub).mkdir(parents=True, exist_ok=True)
        for name in ("status", "available"):
            (admin / name).touch()

    def dpkg(self, *args: str) -> subprocess.CompletedProcess[str]:
        env = {k: v for k, v in os.environ.items() if k not in ("DEBIAN_FRONTEND",)}
        cmd = [
            "dpkg",
            f"--root={self.root}",
            "--force-not-root",
            "--force-script-chrootless",
            "--force-depends",  # the private root has no libc6 package
            "--log=/dev/null",
            *args,
        ]
        return subprocess.run(
            cmd, stdin=subprocess.DEVNULL, capture_output=True, text=True, env=env, timeout=300
        )

    def install(self, package: Path) -> subprocess.CompletedProcess[str]:
        return self.dpkg("--install", str(package))

    def status(self) -> str:
        proc = self.dpkg("--status", APP_ID)
        return next((line for line in proc.stdout.splitlines() if line.startswith("Status:")), "")

    def conffiles(self) -> str:
        return self.dpkg("--status", APP_ID).stdout.partition("Conffiles:")[2]

    def file(self, rel: Path) -> Path:
        return self.root / rel


def _old_layout_package(work: Path, version: str, preset_text: str) -> Path:
    """A package in the layout of the releases that shipped the preset as a conffile under
    /etc/xdg (a stand-in file in /opt instead of the 100 MB bundle: only /etc matters here)."""
    stage = work / f"old-{version}"
    (stage / "DEBIAN").mkdir(parents=True)
    (stage / "opt" / APP_ID).mkdir(parents=True)
    (stage / "opt" / APP_ID / "README").write_text("stand-in for the bundle\n", encoding="utf-8")
    (stage / ADMIN_PRESET.parent).mkdir(parents=True)
    (stage / ADMIN_PRESET).write_text(preset_text, encoding="utf-8")
    (stage / "DEBIAN" / "conffiles").write_text(f"/{ADMIN_PRESET}\n", encoding="utf-8")
    (stage / "DEBIAN" / "control").write_text(
        f"Package: {APP_ID}\nVersion: {version}\nArchitecture: all\nMaintainer: {MAINTAINER}\n"
        "Description: old layout\n old layout\n",
        encoding="utf-8",
    )
    out = work / f"{APP_ID}_{version}_old.deb"
    subprocess.run(
        ["dpkg-deb", "--root-owner-group", "-Znone", "--build", str(stage), str(out)],
        check=True,
        stdout=subprocess.DEVNULL,
    )
    return out


def _new_package(built: Built, work: Path, revision: int, preset_text: str) -> Path:
    preset = work / f"preset-{revision}.toml"
    preset.write_text(preset_text, encoding="utf-8")
    inputs = deb.DebInputs(
        bundle=built.bundle,
        app_name="Cursor Azure Setup",
        version=f"{built.version}-{revision}",
        maintainer=MAINTAINER,
        org=ORG,
        icon_svg=PACKAGING.parent / "resources" / "icon.svg",
        preset=preset,
        components=built.work / "notices" / "components.json",
        compress=False,
    )
    out = work / f"rev{revision}"
    out.mkdir()
    return deb.build(inputs, work / f"stage{revision}", out, log=lambda _msg: None)


PRESET_V1 = '[organisation]\nname = "Acme IT"\n[cursor]\ndeployment = "google/gemini-2.5-pro"\n'
PRESET_V2 = '[organisation]\nname = "Acme IT"\n[cursor]\ndeployment = "anthropic/claude-3-5-haiku"\n'


def test_the_old_conffile_layout_stops_an_upgrade_without_a_terminal(tmp_path: Path) -> None:
    """Why the preset moved out of /etc: with the old layout, an edited preset and a changed
    default make dpkg ask, and with no terminal the upgrade fails half-done."""
    root = PrivateRoot(tmp_path / "root")
    assert root.install(_old_layout_package(tmp_path, "0.0.9", PRESET_V1)).returncode == 0
    root.file(ADMIN_PRESET).write_text(PRESET_V1 + 'alias = "admins-choice"\n', encoding="utf-8")
    proc = root.install(_old_layout_package(tmp_path, "0.0.10", PRESET_V2))
    assert proc.returncode != 0
    assert "conffile" in (proc.stdout + proc.stderr)
    assert "ok installed" not in root.status()


@needs_mounts
def test_upgrades_are_silent_keep_the_admins_file_and_bring_the_new_default(
    built: Built, tmp_path: Path
) -> None:
    root = PrivateRoot(tmp_path / "root")
    # 1. A machine on the old layout, whose administrator edited the shipped preset.
    assert root.install(_old_layout_package(tmp_path, "0.0.9", PRESET_V1)).returncode == 0
    admins = PRESET_V1 + 'alias = "admins-choice"\n'
    root.file(ADMIN_PRESET).write_text(admins, encoding="utf-8")

    # 2. Upgrade to this layout: no question; the edited file stays, now the administrator's own.
    proc = root.install(_new_package(built, tmp_path, 1, PRESET_V1))
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert root.status() == "Status: install ok installed"
    assert root.file(ADMIN_PRESET).read_text(encoding="utf-8") == admins
    assert str(ADMIN_PRESET) not in root.conffiles()  # dpkg no longer claims it
    assert root.file(SHIPPED_PRESET).read_text(encoding="utf-8") == PRESET_V1
    assert not list(root.file(ADMIN_PRESET).parent.glob("preset.toml.dpkg-*"))

    # 3. The administrator trims their file to the one value they override; the organisation then
    #    ships a changed default. Still no question, their file untouched, the new default shipped.
    own = '[cursor]\nalias = "admins-choice"\n'
    root.file(ADMIN_PRESET).write_text(own, encoding="utf-8")
    proc = root.install(_new_package(built, tmp_path, 2, PRESET_V2))
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert root.status() == "Status: install ok installed"
    assert root.file(ADMIN_PRESET).read_text(encoding="utf-8") == own
    assert root.file(SHIPPED_PRESET).read_text(encoding="utf-8") == PRESET_V2

    # 4. The installed program, run as on a real machine (the administrator's /etc/xdg and the
    #    program's folder in /opt are read-only to the user): the new default where the
    #    administrator set nothing, the administrator's own value where they did.
    program = root.file(Path("opt") / APP_ID)
    home = tmp_path / "home"
    home.mkdir()
    closed = f"http://127.0.0.1:{smoke.free_port()}"
    env = smoke.clean_env(home, AIMLAPI_API_KEY="smk-upgrade-test", XDG_CONFIG_DIRS=str(tmp_path / "none"))
    script = (
        read_only_bind(root.file(Path("etc/xdg")), Path("/etc/xdg"))
        + read_only_bind(program, program)
        + f"'{program / APP_ID}' verify --json --timeout 5 --base-url {closed} || true\n"
    )
    proc = in_private_mounts(script, env)
    report = json.loads(proc.stdout)
    assert report["settings"]["deployment"] == "anthropic/claude-3-5-haiku", proc.stderr
    assert report["settings"]["alias"] == "admins-choice"
    assert report["preset"] == f"/{ADMIN_PRESET}"

    # 5. Removing the package leaves the administrator's file alone.
    assert root.dpkg("--purge", APP_ID).returncode == 0
    assert root.file(ADMIN_PRESET).read_text(encoding="utf-8") == own
    assert not root.file(SHIPPED_PRESET).exists()


def test_an_unedited_old_preset_is_replaced_by_the_shipped_one(built: Built, tmp_path: Path) -> None:
    root = PrivateRoot(tmp_path / "root")
    assert root.install(_old_layout_package(tmp_path, "0.0.9", PRESET_V1)).returncode == 0
    proc = root.install(_new_package(built, tmp_path, 1, PRESET_V2))
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert not root.file(ADMIN_PRESET).exists()  # it was only the old shipped copy
    assert not root.file(ADMIN_PRESET.parent).exists()
    assert root.file(SHIPPED_PRESET).read_text(encoding="utf-8") == PRESET_V2
