"""Finding Cursor: every path rule on fake trees for Windows, macOS and Linux, the overrides, and
the version from product.json."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from app.core.cursor.install import ENV_APP, ENV_DATA, find_cursor, read_product_json
from app.core.cursor.platforms import Platform, Roots, default_data_dir, install_candidates
from app.core.cursor.problems import CursorError
from app.core.model import ProblemCode
from tests.cursor_fixtures import build_state_db, empty_proc, write_product_json


def windows_roots(tmp_path: Path) -> Roots:
    env = {
        "USERPROFILE": str(tmp_path / "Users" / "ana"),
        "LOCALAPPDATA": str(tmp_path / "Users" / "ana" / "AppData" / "Local"),
        "APPDATA": str(tmp_path / "Users" / "ana" / "AppData" / "Roaming"),
        "ProgramFiles": str(tmp_path / "Program Files"),
    }
    roots = Roots.from_environment(Platform.WINDOWS, env)
    return Roots(**{**roots.__dict__, "proc": empty_proc(tmp_path), "appimage_dirs": ()})


def posix_roots(tmp_path: Path, **extra: object) -> Roots:
    home = tmp_path / "home" / "ana"
    home.mkdir(parents=True, exist_ok=True)
    values: dict = {
        "home": home,
        "root": tmp_path / "root",
        "proc": empty_proc(tmp_path),
        "appimage_dirs": (),
    }
    values.update(extra)
    return Roots(**values)


def find(platform: Platform, roots: Roots, **kwargs: object):
    return find_cursor(platform=platform, roots=roots, env={}, check_running=False, **kwargs)


# --- Windows -----------------------------------------------------------------------------------


def test_windows_per_user_install_and_data_folder(tmp_path: Path) -> None:
    roots = windows_roots(tmp_path)
    app = tmp_path / "Users" / "ana" / "AppData" / "Local" / "Programs" / "cursor"
    write_product_json(app, "3.18.0", "1.99.3")
    data = tmp_path / "Users" / "ana" / "AppData" / "Roaming" / "Cursor" / "User"
    build_state_db(data / "globalStorage" / "state.vscdb", {})

    found = find(Platform.WINDOWS, roots)

    assert found.app_dir == app and found.installed and found.found
    assert (found.version, found.vscode_version) == ("3.18.0", "1.99.3")
    assert found.data_dir == data and found.has_data
    assert found.state_db == data / "globalStorage" / "state.vscdb"


def test_windows_per_machine_install_when_there_is_no_per_user_one(tmp_path: Path) -> None:
    roots = windows_roots(tmp_path)
    app = tmp_path / "Program Files" / "Cursor"
    write_product_json(app, "2.0.1")

    found = find(Platform.WINDOWS, roots)

    assert found.app_dir == app and found.version == "2.0.1"
    assert not found.has_data  # never opened: no User folder yet


def test_windows_prefers_the_per_user_install(tmp_path: Path) -> None:
    roots = windows_roots(tmp_path)
    write_product_json(tmp_path / "Program Files" / "Cursor", "1.0.0")
    user_app = tmp_path / "Users" / "ana" / "AppData" / "Local" / "Programs" / "cursor"
    write_product_json(user_app, "3.1.0")

    assert find(Platform.WINDOWS, roots).app_dir == user_app


def test_windows_roots_fall_back_to_the_profile_folder() -> None:
    roots = Roots.from_environment(Platform.WINDOWS, {"USERPROFILE": "/profiles/ana"})
    assert roots.local_app_data == Path("/profiles/ana/AppData/Local")
    assert default_data_dir(Platform.WINDOWS, roots) == Path("/profiles/ana/AppData/Roaming/Cursor/User")


# --- macOS -------------------------------------------------------------------------------------


def test_macos_applications_folder(tmp_path: Path) -> None:
    roots = posix_roots(tmp_path)
    app = tmp_path / "root" / "Applications" / "Cursor.app"
    write_product_json(app, "3.18.0", layout="bundle")
    data = roots.home / "Library" / "Application Support" / "Cursor" / "User"
    data.mkdir(parents=True)

    found = find(Platform.MACOS, roots)

    assert found.app_dir == app and found.version == "3.18.0"
    assert found.data_dir == data and found.has_data


def test_macos_users_own_applications_folder(tmp_path: Path) -> None:
    roots = posix_roots(tmp_path)
    app = roots.home / "Applications" / "Cursor.app"
    write_product_json(app, "2.4.0", layout="bundle")

    assert find(Platform.MACOS, roots).app_dir == app


def test_macos_system_folder_wins_over_the_users(tmp_path: Path) -> None:
    roots = posix_roots(tmp_path)
    write_product_json(roots.home / "Applications" / "Cursor.app", "1.0.0", layout="bundle")
    system = tmp_path / "root" / "Applications" / "Cursor.app"
    write_product_json(system, "3.0.0", layout="bundle")

    assert find(Platform.MACOS, roots).app_dir == system


# --- Linux -------------------------------------------------------------------------------------


@pytest.mark.parametrize("where", [("usr", "share", "cursor"), ("opt", "Cursor"), ("opt", "cursor")])
def test_linux_package_folders(tmp_path: Path, where: tuple[str, ...]) -> None:
    roots = posix_roots(tmp_path)
    app = (tmp_path / "root").joinpath(*where)
    write_product_json(app, "3.18.0")

    found = find(Platform.LINUX, roots)

    assert found.app_dir == app and found.version == "3.18.0"
    assert found.data_dir == roots.home / ".config" / "Cursor" / "User"


def test_linux_package_order(tmp_path: Path) -> None:
    roots = posix_roots(tmp_path)
    for where in (("opt", "cursor"), ("opt", "Cursor"), ("usr", "share", "cursor")):
        write_product_json((tmp_path / "root").joinpath(*where))
    assert install_candidates(Platform.LINUX, roots)[:3] == [
        tmp_path / "root" / "usr" / "share" / "cursor",
        tmp_path / "root" / "opt" / "Cursor",
        tmp_path / "root" / "opt" / "cursor",
    ]
    assert find(Platform.LINUX, roots).app_dir == tmp_path / "root" / "usr" / "share" / "cursor"


@pytest.mark.parametrize("layout", ["resources", "appimage"])
def test_linux_running_appimage_mount(tmp_path: Path, layout: str) -> None:
    mounts = tmp_path / "tmp"
    roots = posix_roots(tmp_path, appimage_dirs=(mounts,))
    mount = mounts / ".mount_CursorAb12Cd"
    write_product_json(mount, "3.17.2", layout=layout)
    (mounts / ".mount_Other1234").mkdir()  # another AppImage: not Cursor

    found = find(Platform.LINUX, roots)

    assert found.app_dir == mount and found.version == "3.17.2"


def test_linux_data_folder_follows_xdg_config_home(tmp_path: Path) -> None:
    roots = posix_roots(tmp_path, config_home=tmp_path / "xdg")
    (tmp_path / "xdg" / "Cursor" / "User").mkdir(parents=True)

    found = find(Platform.LINUX, roots)

    assert found.data_dir == tmp_path / "xdg" / "Cursor" / "User" and found.has_data
    assert not found.installed and found.found  # a closed AppImage leaves only its data


def test_nothing_there_is_not_found(tmp_path: Path) -> None:
    for platform in Platform:
        roots = windows_roots(tmp_path) if platform is Platform.WINDOWS else posix_roots(tmp_path)
        found = find(platform, roots)
        assert not found.found and not found.installed and not found.has_data
        assert found.version is None
        assert found.to_json()["data_dir"] is None and found.to_json()["state_db"] is None


# --- product.json ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "content",
    [b"", b"not json", b"[1, 2]", b'{"version": 3}', b'{"version": "  "}', b"\xff\xfe\x00garbage"],
)
def test_unreadable_version_is_unknown(tmp_path: Path, content: bytes) -> None:
    app = tmp_path / "app"
    path = write_product_json(app)
    path.write_bytes(content)

    assert read_product_json(app) == (None, None)
    found = find_cursor(
        app, platform=Platform.LINUX, roots=posix_roots(tmp_path), env={}, check_running=False
    )
    assert found.installed and found.version is None


def test_product_json_that_is_a_folder_is_not_an_install(tmp_path: Path) -> None:
    (tmp_path / "root" / "opt" / "cursor" / "resources" / "app" / "product.json").mkdir(parents=True)
    assert not find(Platform.LINUX, posix_roots(tmp_path)).installed


# --- overrides ---------------------------------------------------------------------------------


def test_overrides_as_arguments_win(tmp_path: Path) -> None:
    roots = posix_roots(tmp_path)
    write_product_json(tmp_path / "root" / "usr" / "share" / "cursor", "1.0.0")
    app = tmp_path / "elsewhere" / "cursor"
    write_product_json(app, "3.18.0")
    data = tmp_path / "profile" / "User"
    (data / "globalStorage").mkdir(parents=True)

    found = find(Platform.LINUX, roots, app_dir=app, data_dir=data)

    assert (found.app_dir, found.version, found.data_dir) == (app, "3.18.0", data)


def test_overrides_from_the_environment(tmp_path: Path) -> None:
    app = tmp_path / "it" / "cursor"
    write_product_json(app, "2.9.9")
    data = tmp_path / "it" / "User"
    (data / "globalStorage").mkdir(parents=True)
    env = {ENV_APP: str(app), ENV_DATA: str(data)}

    found = find_cursor(platform=Platform.LINUX, roots=posix_roots(tmp_path), env=env, check_running=False)

    assert (found.app_dir, found.version, found.data_dir) == (app, "2.9.9", data)


def test_argument_wins_over_the_environment(tmp_path: Path) -> None:
    env_app, arg_app = tmp_path / "env-app", tmp_path / "arg-app"
    write_product_json(env_app, "1.0.0")
    write_product_json(arg_app, "2.0.0")

    found = find_cursor(
        arg_app,
        platform=Platform.LINUX,
        roots=posix_roots(tmp_path),
        env={ENV_APP: str(env_app)},
        check_running=False,
    )

    assert found.version == "2.0.0"


def test_data_override_accepts_the_cursor_folder_above_user(tmp_path: Path) -> None:
    (tmp_path / "Cursor" / "User" / "globalStorage").mkdir(parents=True)
    found = find(Platform.LINUX, posix_roots(tmp_path), data_dir=tmp_path / "Cursor")
    assert found.data_dir == tmp_path / "Cursor" / "User"


@pytest.mark.parametrize("which", ["app", "data"])
def test_an_override_that_is_not_cursor_is_bad_input(tmp_path: Path, which: str) -> None:
    wrong = tmp_path / "Documents"
    wrong.mkdir()
    kwargs = {"app_dir": wrong} if which == "app" else {"data_dir": wrong}

    with pytest.raises(CursorError) as caught:
        find(Platform.LINUX, posix_roots(tmp_path), **kwargs)

    problem = caught.value.problem
    assert problem.code is ProblemCode.INVALID_INPUT
    assert str(wrong) in problem.message and problem.fix


def test_an_empty_environment_override_is_ignored(tmp_path: Path) -> None:
    found = find_cursor(
        platform=Platform.LINUX,
        roots=posix_roots(tmp_path),
        env={ENV_APP: "  ", ENV_DATA: ""},
        check_running=False,
    )
    assert not found.found


def test_the_package_is_plain_python() -> None:
    # The command line and the window both build on it: it must load neither Qt nor the network
    # stack (the window paints before httpx2 is imported).
    code = "import sys, app.core.cursor; print('PySide6' in sys.modules, 'httpx2' in sys.modules)"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.split() == ["False", "False"]
