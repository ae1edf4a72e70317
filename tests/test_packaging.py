"""The installer build, tested the way IT uses it: build once, then run the built program.

The build (PyInstaller + .deb, about a minute and a half on 2 cores) happens once for the module;
every check then runs the frozen executable, never this checkout's Python. Marked ``slow``; CI
runs it (scripts/test.sh runs every test).
"""

from __future__ import annotations

import shutil
import struct
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.packaging_build import EXAMPLE_PRESET, ORG, ROOT, Built, built_once, load, run_build
from tests.test_window_helpers import make_window, memory_keyring  # noqa: F401  (fixtures)

IS_LINUX = sys.platform.startswith("linux")


def slow(test: Callable[..., None]) -> Callable[..., None]:
    """Marked slow, with room for the one-off build (the suite's default timeout is 120 s)."""
    return pytest.mark.slow(pytest.mark.timeout(900)(test))


smoke = load("smoke")
icons = load("icons")


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Built:
    if IS_LINUX and not (shutil.which("dpkg-deb") and shutil.which("objdump")):
        pytest.fail("the Linux build needs dpkg-dev and binutils: run scripts/setup.sh")
    return built_once(tmp_path_factory)


@slow
def test_bundle_and_deb_fit_their_size_budgets(built: Built) -> None:
    build = load("build")
    size = smoke.tree_size(built.bundle)
    print(f"bundle {size / 1e6:.1f} MB ({size / build.BUNDLE_BUDGET:.2f} of budget)")
    assert built.exe.is_file()
    assert size < build.BUNDLE_BUDGET
    if IS_LINUX:
        assert built.deb is not None, built.output
        deb_size = built.deb.stat().st_size
        print(f".deb {deb_size / 1e6:.1f} MB ({deb_size / build.DEB_BUDGET:.2f} of budget)")
        assert deb_size < build.DEB_BUDGET


@slow
def test_bundle_needs_no_python_and_reports_its_version(built: Built, tmp_path: Path) -> None:
    assert (built.bundle / "preset.toml").read_bytes() == EXAMPLE_PRESET.read_bytes()
    assert f"{built.version}" in smoke.check_version(built.exe, built.version, tmp_path)


@slow
def test_bundled_simulator_and_verify_pass_every_check(built: Built, tmp_path: Path) -> None:
    outcome = smoke.check_verify(built.exe, tmp_path)
    assert outcome.exit_code == 0
    assert [c["status"] for c in outcome.report["checks"]] == ["pass"] * 6


@slow
def test_preset_beside_the_program_is_found_and_its_lock_enforced(built: Built, tmp_path: Path) -> None:
    message = smoke.check_preset_used(built.exe, tmp_path, built.bundle / "preset.toml")
    assert "refused" in message  # examples/preset.toml locks base_url


@slow
def test_window_starts_offscreen_from_the_bundle(built: Built, tmp_path: Path) -> None:
    smoke.check_window(built.exe, tmp_path)


@slow
@pytest.mark.skipif(not (IS_LINUX and shutil.which("xvfb-run")), reason="needs Linux and xvfb-run")
def test_window_starts_on_x11_with_the_bundled_xcb_libraries(built: Built, tmp_path: Path) -> None:
    assert smoke.check_window_x11(built.exe, tmp_path)


@slow
@pytest.mark.skipif(not IS_LINUX, reason="the .deb is built on Linux only")
def test_deb_installs_launcher_menu_entry_icon_and_preset(built: Built, tmp_path: Path) -> None:
    assert built.deb is not None
    home = tmp_path / "home"
    home.mkdir()
    lines = smoke.check_deb(
        built.deb, tmp_path / "root", version=built.version, preset=EXAMPLE_PRESET, home=home
    )
    print("\n".join(lines))
    fields = smoke.deb_fields(built.deb)
    assert "libc6" in fields["Depends"]
    # The Qt libraries travel inside the bundle, not as dependencies.
    assert "libqt6" not in fields["Depends"].lower()


def test_build_refuses_a_broken_preset_in_one_line(tmp_path: Path) -> None:
    bad = tmp_path / "preset.toml"
    bad.write_text('[cursor]\nbase_url = "https://api.aimlapi.com"\ncolour = "blue"\n', encoding="utf-8")
    proc = run_build(
        "--preset", str(bad), "--dist", str(tmp_path / "d"), "--work", str(tmp_path / "w"), timeout=60
    )
    assert proc.returncode == 1
    assert "Traceback" not in proc.stderr
    message = proc.stderr.strip()
    assert message.startswith("build: error:") and "\n" not in message
    assert "colour" in message
    assert not (tmp_path / "d").exists()  # stopped before PyInstaller ran


@pytest.mark.parametrize(
    ("extra", "expected"),
    [
        (["--org", ORG], "--maintainer"),
        (["--org", ORG, "--maintainer", "Acme IT <it@localhost>"], "localhost"),
        (["--maintainer", "Acme IT"], "e-mail"),
    ],
)
@pytest.mark.skipif(not IS_LINUX, reason="the .deb is built on Linux only")
def test_deb_needs_a_real_maintainer_and_says_so_before_building(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, extra: list[str], expected: str
) -> None:
    monkeypatch.delenv("DEBEMAIL", raising=False)
    monkeypatch.delenv("DEBFULLNAME", raising=False)
    proc = run_build(*extra, "--dist", str(tmp_path / "d"), "--work", str(tmp_path / "w"), timeout=60)
    assert proc.returncode == 1
    message = proc.stderr.strip()
    assert message.startswith("build: error:") and "\n" not in message, message
    assert expected in message
    assert not (tmp_path / "d").exists()  # stopped before PyInstaller ran


@pytest.mark.skipif(not IS_LINUX, reason="Windows and macOS sign what they build")
def test_sign_on_linux_stops_before_building_instead_of_shipping_unsigned(tmp_path: Path) -> None:
    """Nothing made on Linux can be signed here (the MSI is signed on Windows, the .deb through the
    apt repository): --sign says so at once rather than leave an unsigned MSI that looks signed."""
    proc = run_build(
        "--sign",
        "--msi",
        "--no-deb",
        "--dist",
        str(tmp_path / "d"),
        "--work",
        str(tmp_path / "w"),
        timeout=60,
    )
    assert proc.returncode == 1
    message = proc.stderr.strip()
    assert message.startswith("build: error:") and "\n" not in message, message
    assert "--sign" in message and "MSI" in message and "apt" in message
    assert not (tmp_path / "d").exists()  # stopped before PyInstaller ran


def test_ico_holds_every_size_as_png(qapp) -> None:
    # qapp: the renderer reuses the test run's QApplication; a QGuiApplication of its own would
    # outlive this test and make every later window test abort.
    svg = ROOT / "resources" / "icon.svg"
    if not svg.is_file():
        pytest.skip("resources/icon.svg is not there yet")
    pngs = {size: icons.render_png(svg, size) for size in (16, 256)}
    data = icons.ico_bytes(pngs)
    reserved, kind, count = struct.unpack_from("<HHH", data)
    assert (reserved, kind, count) == (0, 1, 2)
    for index, size in enumerate((16, 256)):
        width, height, *_rest, length, offset = struct.unpack_from("<BBBBHHII", data, 6 + 16 * index)
        assert (width, height) == ((size, size) if size < 256 else (0, 0))
        assert data[offset : offset + 8] == b"\x89PNG\r\n\x1a\n"
        assert length == len(pngs[size])


def test_about_box_opens_the_notices_shipped_with_the_program(
    qtbot,
    make_window,  # noqa: F811  (the fixture imported above)
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from PySide6.QtCore import QUrl

    notices = tmp_path / "THIRD-PARTY-NOTICES.txt"
    notices.write_text("Cursor Azure Setup: third-party notices\n", encoding="utf-8")
    window = make_window()
    assert "THIRD-PARTY-NOTICES" not in window.show_about().text()  # from source: nothing to show
    # A frozen program: PyInstaller sets these, and the notices sit in its _internal folder.
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    box = window.show_about()
    assert f'href="{QUrl.fromLocalFile(str(notices)).toString()}"' in box.text()
    assert "Third-party licences" in box.text()
    box.close()


def test_each_package_is_named_by_its_own_folders_in_the_copyright_file() -> None:
    """The copyright file's Files patterns: a package's own folders or modules in the bundle, never
    a path climbing out of it (a console script's ../../bin entry) nor a shared __pycache__."""
    from importlib import metadata

    notices = load("notices")
    patterns = {
        name: notices.distribution_component(metadata.distribution(name)).files
        for name in ("httpx2", "keyring", "PySide6_Essentials", "typing_extensions", "cffi")
    }
    assert patterns["httpx2"] == ["_internal/httpx2/*"]
    assert patterns["PySide6_Essentials"] == ["_internal/PySide6/*"]
    assert patterns["typing_extensions"] == ["_internal/typing_extensions*"]
    assert "_internal/_cffi_backend*" in patterns["cffi"]
    for files in patterns.values():
        assert not [f for f in files if ".." in f.split("/") or "__pycache__" in f], files


def test_ci_workflows_pass_yamllint() -> None:
    import subprocess

    if not shutil.which("yamllint"):
        pytest.fail("yamllint is missing: run scripts/setup.sh")
    workflows = ROOT / ".github" / "workflows"
    proc = subprocess.run(
        ["yamllint", "-f", "parsable", "-c", str(ROOT / ".github" / "yamllint.yml"), str(workflows)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_inno_setup_passes_a_signing_password_holding_dollars_and_spaces_intact(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Inno Setup reads "$" in its SignTool line as an escape ("$q" a quote, "$f" the file): the
    line build.py hands it must give signtool the password exactly as the release owner set it."""
    import shlex

    signing = load("signing")
    tools = tmp_path / "sdk bin"
    tools.mkdir()
    (tools / "signtool").write_text("#!/bin/sh\n", encoding="utf-8")
    (tools / "signtool").chmod(0o755)
    pfx = tmp_path / "code signing.pfx"
    pfx.write_bytes(b"not a real certificate")
    password = "pa$$ w0rd $qf $f"
    monkeypatch.setenv("PATH", str(tools))
    monkeypatch.setenv("SIGN_PFX_FILE", str(pfx))
    monkeypatch.setenv("SIGN_PFX_PASSWORD", password)
    line = signing.inno_signtool_command()

    def as_inno_runs_it(text: str, file: str) -> list[str]:
        out, i = [], 0
        while i < len(text):
            pair = text[i : i + 2]
            if pair in ("$$", "$q", "$f"):
                out.append({"$$": "$", "$q": '"', "$f": f'"{file}"'}[pair])
                i += 2
            else:
                out.append(text[i])
                i += 1
        return shlex.split("".join(out))

    args = as_inno_runs_it(line, "C:/out/setup.exe")
    assert args[0] == str(tools / "signtool") and args[1] == "sign" and args[-1] == "C:/out/setup.exe"
    assert args[args.index("/f") + 1] == str(pfx)
    assert args[args.index("/p") + 1] == password
    monkeypatch.setenv("SIGN_PFX_PASSWORD", 'with "quotes"')
    with pytest.raises(signing.SigningError, match="double quote"):
        signing.inno_signtool_command()
