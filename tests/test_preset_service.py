"""Presets as one service: where they are found, which bind, and how they combine with what a user
gives. The locks of a system preset are tried from outside, the way a user would try to get round
them: the command line, ``--preset``, the environment, a preset of their own, saved settings."""

# ruff: noqa: F811  (the window fixtures are imported from the helpers module)

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from app.cli import main
from app.core import preset_service
from app.core.model import DEFAULT_DEPLOYMENT
from app.core.preset_service import (
    ENV_VAR,
    FieldValues,
    PresetLayers,
    load_presets,
    resolve,
    search_paths,
)
from app.core.presets import PresetError, Scope
from tests.conftest import TEST_KEY
from tests.private_mounts import in_private_mounts, needs_mounts, read_only_bind
from tests.test_window_helpers import make_window, memory_keyring  # noqa: F401  (fixtures)

ROOT = Path(__file__).resolve().parents[1]
SYSTEM_TEXT = (
    '[organisation]\nname = "Acme IT"\n'
    '[cursor]\nbase_url = "{url}"\ndeployment = "google/gemini-2.5-pro"\nalias = "acme-gemini"\n'
    "timeout = 20\n"
    '[lock]\nfields = ["base_url", "deployment", "alias", "timeout"]\n'
)


def put(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def org(name: str) -> str:
    return f'[organisation]\nname = "{name}"\n'


@pytest.fixture
def places(tmp_path: Path, isolated_home: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, Path]:
    """Every lookup place in its own temporary folder; none holds a preset yet. /etc/xdg is played
    by a folder of the test (the real one is tried under a private mount below)."""
    etc_xdg = tmp_path / "etc-xdg"
    monkeypatch.setattr(preset_service, "ETC_XDG", etc_xdg)
    site = tmp_path / "site"  # a $XDG_CONFIG_DIRS folder this user can write
    monkeypatch.setenv("XDG_CONFIG_DIRS", str(site))
    exe_dir = tmp_path / "home-install" / "cursor-azure-setup"  # a per-user install
    exe_dir.mkdir(parents=True)
    monkeypatch.setattr(sys, "executable", str(exe_dir / "cursor-azure-setup"))
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    return {
        "system": etc_xdg / "cursor-azure-setup" / "preset.toml",
        "explicit": tmp_path / "given" / "preset.toml",
        "env": tmp_path / "from-env" / "preset.toml",
        "user": isolated_home / ".config" / "cursor-azure-setup" / "preset.toml",
        "site": site / "cursor-azure-setup" / "preset.toml",
        "beside": exe_dir / "preset.toml",
    }


# --------------------------------------------------------------------------------------------- lookup


def test_no_preset_anywhere_is_fine(places) -> None:
    assert load_presets() == PresetLayers()


def test_the_system_preset_is_found_even_when_xdg_config_dirs_leaves_it_out(places, monkeypatch) -> None:
    put(places["system"], org("Acme IT"))
    monkeypatch.setenv("XDG_CONFIG_DIRS", "/nowhere/else")
    layers = load_presets()
    assert layers.system is not None and layers.system.path == places["system"]
    assert layers.system.scope is Scope.SYSTEM and layers.user is None
    monkeypatch.delenv("XDG_CONFIG_DIRS")
    assert load_presets().system is not None


def test_the_administrators_file_on_a_mac(monkeypatch) -> None:
    monkeypatch.setattr(sys, "platform", "darwin")
    first = search_paths()[0]
    assert first.scope is Scope.SYSTEM
    assert first.path == Path("/Library/Application Support/Cursor Azure Setup/preset.toml")


def test_user_level_lookup_order_first_found_wins(places, monkeypatch) -> None:
    order = ["explicit", "env", "user", "site", "beside"]
    for name in order:
        put(places[name], org(name))
    monkeypatch.setenv(ENV_VAR, str(places["env"]))
    assert load_presets(places["explicit"]).user.org_name == "explicit"
    for name in order[1:]:  # take the winner away each time: the next place takes over
        layers = load_presets()
        assert layers.user is not None and layers.user.org_name == name and layers.system is None
        assert layers.user.scope is Scope.USER
        if name == "env":
            monkeypatch.delenv(ENV_VAR)
        else:
            places[name].unlink()
    assert load_presets() == PresetLayers()


def test_places_this_user_can_write_are_never_system_places(places) -> None:
    found = {place.path: place.scope for place in search_paths()}
    assert found[places["system"]] is Scope.SYSTEM
    assert found[places["site"]] is Scope.USER  # a $XDG_CONFIG_DIRS folder of the user's
    assert found[places["beside"]] is Scope.USER  # a per-user install
    assert next(p.scope for p in search_paths()) is Scope.SYSTEM


def test_a_system_and_a_user_preset_are_both_in_effect(places) -> None:
    put(places["system"], org("Acme IT"))
    put(places["user"], '[cursor]\nalias = "mine"\n')
    layers = load_presets()
    assert layers.system.org_name == "Acme IT" and layers.user.alias == "mine"
    assert layers.org_name == "Acme IT" and layers.in_effect() is layers.system


def test_a_named_preset_that_does_not_exist_is_an_error(places, monkeypatch, tmp_path) -> None:
    put(places["user"], org("user"))
    with pytest.raises(PresetError) as info:
        load_presets(tmp_path / "nope.toml")
    assert "nope.toml" in str(info.value) and "--preset" in str(info.value)
    with pytest.raises(PresetError, match="folder"):
        load_presets(tmp_path)
    monkeypatch.setenv(ENV_VAR, str(tmp_path / "gone.toml"))
    with pytest.raises(PresetError) as info:
        load_presets()
    assert ENV_VAR in str(info.value) and "gone.toml" in str(info.value)


def test_an_explicit_path_accepts_home_and_empty_means_none(places, isolated_home) -> None:
    put(isolated_home / "mine.toml", org("mine"))
    assert load_presets("~/mine.toml").user.org_name == "mine"
    assert load_presets("") == PresetLayers()


def test_a_broken_system_preset_is_reported_not_skipped(places) -> None:
    put(places["system"], "[cursor]\ndeployment = 5\n")
    put(places["user"], org("user"))
    with pytest.raises(PresetError) as info:
        load_presets()
    assert str(places["system"]) in str(info.value)


def test_naming_the_system_preset_with_preset_counts_once(places) -> None:
    put(places["system"], SYSTEM_TEXT.format(url="https://api.aimlapi.com"))
    layers = load_presets(places["system"])
    assert layers.system is not None and layers.user is None


# --------------------------------------------------------------------------------------------- resolve


def layers_of(tmp_path: Path, system: str | None = None, user: str | None = None) -> PresetLayers:
    from dataclasses import replace

    from app.core.presets import read_preset

    def read(name: str, text: str | None, scope: Scope):
        return replace(read_preset(put(tmp_path / name, text)), scope=scope) if text else None

    return PresetLayers(read("system.toml", system, Scope.SYSTEM), read("user.toml", user, Scope.USER))


def test_precedence_of_an_unlocked_field(tmp_path: Path) -> None:
    layers = layers_of(tmp_path, '[cursor]\nalias = "system"\n', '[cursor]\nalias = "user"\n')
    assert resolve(PresetLayers(layers.system)).values.alias == "system"
    assert resolve(layers).values.alias == "user"
    assert resolve(layers, saved=FieldValues(alias="saved")).values.alias == "saved"
    assert resolve(layers, FieldValues(alias="given"), FieldValues(alias="saved")).values.alias == "given"
    assert resolve(PresetLayers()).values == FieldValues()  # the built-in defaults apply later


def test_a_system_lock_replaces_saved_settings_with_a_notice(tmp_path: Path) -> None:
    layers = layers_of(tmp_path, SYSTEM_TEXT.format(url="https://gw.acme.example"))
    resolved = resolve(layers, saved=FieldValues(base_url="https://elsewhere.example", alias="acme-gemini"))
    assert resolved.values.base_url == "https://gw.acme.example"
    assert set(resolved.locked) == {"base_url", "deployment", "alias", "timeout"}
    assert [n.field for n in resolved.notices] == ["base_url"]  # the alias was the same already


def test_a_user_level_lock_binds_only_what_the_system_leaves_free(tmp_path: Path) -> None:
    layers = layers_of(
        tmp_path,
        '[cursor]\nbase_url = "https://gw.acme.example"\n[lock]\nfields = ["base_url"]\n',
        '[cursor]\nalias = "mine"\n[lock]\nfields = ["alias"]\n',
    )
    resolved = resolve(layers)
    assert resolved.locked["base_url"] is layers.system and resolved.locked["alias"] is layers.user
    with pytest.raises(PresetError) as info:
        resolve(layers, FieldValues(alias="other"))
    assert str(layers.user.path) in str(info.value)


def test_allowed_lists_narrow_and_a_saved_deployment_outside_them_is_replaced(tmp_path: Path) -> None:
    layers = layers_of(
        tmp_path,
        '[cursor]\nallowed_deployments = ["google/gemini-2.5-pro", "openai/gpt-4o", "x-ai/grok-3"]\n',
        '[cursor]\nallowed_deployments = ["x-ai/grok-3", "openai/gpt-4o"]\n',
    )
    resolved = resolve(layers, saved=FieldValues(deployment="google/gemini-2.5-pro"))
    assert resolved.allowed == ("openai/gpt-4o", "x-ai/grok-3")  # in the system preset's order
    assert resolved.values.deployment == "openai/gpt-4o"
    assert resolved.notices and "not one your IT team allows" in resolved.notices[0].message
    # A deployment is refused by name of the preset that refuses it.
    with pytest.raises(PresetError) as info:
        resolve(layers, FieldValues(deployment="google/gemini-2.5-pro"))
    assert str(info.value).count(str(layers.user.path)) == 1  # named once, not twice
    with pytest.raises(PresetError) as info:
        resolve(layers, FieldValues(deployment="meta/llama-4"))
    assert str(info.value).count(str(layers.system.path)) == 1 and "system preset" in str(info.value)


def test_a_user_preset_allowing_nothing_the_system_allows_names_both(tmp_path: Path) -> None:
    layers = layers_of(
        tmp_path,
        '[cursor]\nallowed_deployments = ["google/gemini-2.5-pro"]\n',
        '[cursor]\nallowed_deployments = ["openai/gpt-4o"]\n',
    )
    with pytest.raises(PresetError) as info:
        resolve(layers)
    assert str(layers.system.path) in str(info.value) and str(layers.user.path) in str(info.value)


# ------------------------------------------------------------------------------------ locks from outside


@pytest.fixture
def key_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("AIMLAPI_API_KEY", TEST_KEY)


def run(capsys, argv: list[str]) -> tuple[int, str, str]:
    code = main(argv)
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err and TEST_KEY not in out + err
    return code, out, err


def one_line(err: str) -> str:
    lines = [line for line in err.splitlines() if line.strip() and not line.startswith("note:")]
    assert len(lines) == 1, err
    return lines[0]


# field, the command-line option, a value other than the locked one
OVERRIDES = [
    ("base_url", "--base-url", "https://elsewhere.example"),
    ("deployment", "--deployment", "openai/gpt-4o"),
    ("alias", "--alias", "my-own-name"),
    ("timeout", "--timeout", "60"),
]


@pytest.mark.parametrize(("field", "option", "other"), OVERRIDES, ids=[o[0] for o in OVERRIDES])
@pytest.mark.parametrize("how", ["command line", "--preset", "environment", "user config"])
def test_every_system_lock_holds_against_every_way_round_it(
    capsys, places, sim_url, key_env, monkeypatch, tmp_path, field, option, other, how
) -> None:
    put(places["system"], SYSTEM_TEXT.format(url=sim_url))
    argv = ["verify", "--json"]
    own = f"[cursor]\n{field} = {other if field == 'timeout' else json.dumps(other)}\n"
    if how == "command line":
        argv += [option, other]
    elif how == "--preset":
        argv += ["--preset", str(put(tmp_path / "mine.toml", own))]
    elif how == "environment":
        monkeypatch.setenv(ENV_VAR, str(put(tmp_path / "env.toml", own)))
    else:
        put(places["user"], own)
    code, out, err = run(capsys, argv)
    assert code == 2 and out == ""
    line = one_line(err)
    assert str(places["system"]) in line and field in line and "system preset" in line


LOCKED_VALUES = {"base_url": None, "deployment": DEFAULT_DEPLOYMENT, "alias": "acme-gemini", "timeout": "20"}


@pytest.mark.parametrize(("field", "option", "other"), OVERRIDES, ids=[o[0] for o in OVERRIDES])
@pytest.mark.parametrize("locked", [True, False], ids=["locked", "free"])
def test_the_locked_value_itself_is_fine_and_free_fields_stay_free(
    capsys, places, sim_url, key_env, field, option, other, locked
) -> None:
    text = SYSTEM_TEXT.format(url=sim_url)
    if not locked:
        text = text.replace(f'"{field}", ', "").replace(f', "{field}"', "")
    put(places["system"], text)
    value = LOCKED_VALUES[field] if locked else other
    if field == "base_url":
        value = sim_url + "/"  # it must still reach the simulator: the same address, spelt otherwise
    code, out, err = run(capsys, ["verify", "--json", option, value])
    assert code == 0, err
    data = json.loads(out)
    assert data["preset"] == str(places["system"]) and data["organisation"] == "Acme IT"
    if field in ("deployment", "alias"):
        assert data["settings"][field] == value


def test_a_deployment_the_system_preset_does_not_allow_exits_2_naming_it(
    capsys, places, sim_url, key_env
) -> None:
    put(
        places["system"],
        f'[cursor]\nbase_url = "{sim_url}"\nallowed_deployments = ["{DEFAULT_DEPLOYMENT}"]\n',
    )
    code, _out, err = run(capsys, ["verify", "--deployment", "openai/gpt-4o"])
    assert code == 2 and str(places["system"]) in one_line(err)
    code, _out, err = run(capsys, ["models", "--json"])
    assert code == 0 and [m["id"] for m in json.loads(_out)["models"]] == [DEFAULT_DEPLOYMENT]


def test_the_window_keeps_the_system_lock_when_a_user_preset_disagrees(
    qtbot, make_window, places, simulator, tmp_path
) -> None:
    from PySide6.QtWidgets import QApplication

    put(places["system"], SYSTEM_TEXT.format(url=simulator.url))
    mine = put(tmp_path / "mine.toml", '[cursor]\nbase_url = "https://elsewhere.example"\n')
    window = make_window(presets=load_presets(mine))
    m = window.model_page
    assert m.base_url_text() == simulator.url and not m.base_url.isEnabled()
    assert not m.alias.isEnabled() and m.alias_text() == "acme-gemini"
    dialogs = [w for w in QApplication.topLevelWidgets() if w.objectName() == "presetErrorDialog"]
    assert any(str(places["system"]) in d.text() and d.isVisible() for d in dialogs)


# --------------------------------------------------------------------------------------------- the real paths


def cli_env(tmp_path: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("AIMLAPI_API_KEY", ENV_VAR)}
    env.update(PYTHONPATH=str(ROOT), AIMLAPI_API_KEY=TEST_KEY, **extra)
    return env


@needs_mounts
def test_the_real_etc_xdg_binds_even_when_xdg_config_dirs_leaves_it_out(tmp_path, sim_url) -> None:
    stand_in = tmp_path / "etc-xdg"
    put(stand_in / "cursor-azure-setup" / "preset.toml", SYSTEM_TEXT.format(url=sim_url))
    python = sys.executable
    script = (
        f"mount --bind '{stand_in}' /etc/xdg\n"
        f"'{python}' -m app verify --json --alias mine || echo exit=$?\n"
        f"'{python}' -m app verify --json\n"
    )
    done = in_private_mounts(
        script, cwd=ROOT, env=cli_env(tmp_path, XDG_CONFIG_DIRS=str(tmp_path / "elsewhere"))
    )
    assert "exit=2" in done.stdout, done.stdout + done.stderr
    assert "/etc/xdg/cursor-azure-setup/preset.toml" in done.stderr and "system preset" in done.stderr
    report = json.loads(done.stdout[done.stdout.index("{") :])
    assert report["ok"] and report["preset"] == "/etc/xdg/cursor-azure-setup/preset.toml"


@needs_mounts
def test_a_preset_beside_a_program_the_user_cannot_change_binds(tmp_path, sim_url) -> None:
    """A per-machine install (the folder is read-only to this user) ships a system preset; the same
    file in a folder the user can write is only advisory."""
    folder = tmp_path / "opt" / "cursor-azure-setup"
    put(folder / "preset.toml", SYSTEM_TEXT.format(url=sim_url))
    frozen = (
        "import sys; sys.frozen = True; sys.executable = sys.argv.pop(1); "
        "from app.cli import main; sys.exit(main(sys.argv[1:]))"
    )
    run_it = f"'{sys.executable}' -c '{frozen}' '{folder}/cursor-azure-setup' verify --json --alias mine"
    script = (
        f"{run_it} > /dev/null 2> '{tmp_path}/writable.txt' || echo writable=$?\n"
        + read_only_bind(folder, folder)
        + f"{run_it} > /dev/null 2> '{tmp_path}/read-only.txt' || echo read-only=$?\n"
    )
    env = cli_env(tmp_path, XDG_CONFIG_DIRS=str(tmp_path / "none"))
    done = in_private_mounts(script, env, cwd=ROOT)
    assert "read-only=2" in done.stdout and "writable=2" in done.stdout, done.stdout + done.stderr
    preset = str(folder / "preset.toml")
    # Both lock the alias, but only the read-only folder's preset is the organisation's.
    writable = (tmp_path / "writable.txt").read_text()
    read_only = (tmp_path / "read-only.txt").read_text()
    assert f"the preset {preset}" in writable and "system preset" not in writable
    assert f"the system preset {preset}" in read_only


def _as_an_ordinary_user(command: list[str]) -> list[str] | None:
    """``command`` run as a user who is not root (root may write anywhere, so the question "can this
    user change it?" needs someone else); None when that cannot be arranged here."""
    if os.geteuid() != 0:
        return command
    if shutil.which("setpriv") is None:
        return None
    return ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", *command]


def test_a_folder_the_user_owns_stays_theirs_when_made_read_only(sim_url) -> None:
    """chmod 555 on one's own folder does not make its preset the organisation's: its owner can make
    it writable again. Otherwise $XDG_CONFIG_DIRS would let anyone add a "system" preset that
    outranks the one a per-machine install shipped, locks and all."""
    command = _as_an_ordinary_user([sys.executable, "-m", "app", "verify", "--json", "--alias", "mine"])
    if command is None:
        pytest.skip("needs setpriv to run as an ordinary user")
    # Under /tmp, not tmp_path: the ordinary user must be able to reach it.
    mine = Path(tempfile.mkdtemp(prefix="cas-own-folder-"))
    folder = mine / "site" / "cursor-azure-setup"
    try:
        mine.chmod(0o755)
        text = f'[cursor]\nbase_url = "{sim_url}"\nalias = "theirs"\n[lock]\nfields = ["alias"]\n'
        preset = put(folder / "preset.toml", text)
        (mine / "home").mkdir()
        if os.geteuid() == 0:
            for path in (mine, *mine.rglob("*")):
                os.chown(path, 65534, 65534)
        folder.chmod(0o555)
        env = {
            "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
            "HOME": str(mine / "home"),
            "PYTHONPATH": str(ROOT),
            "AIMLAPI_API_KEY": TEST_KEY,
            "XDG_CONFIG_DIRS": str(mine / "site"),
        }
        done = subprocess.run(command, capture_output=True, text=True, timeout=120, cwd=ROOT, env=env)
    finally:
        folder.chmod(0o755)
        shutil.rmtree(mine)
    assert done.returncode == 2, done.stdout + done.stderr
    assert f"the preset {preset}" in done.stderr and "system preset" not in done.stderr, done.stderr


def test_the_administrators_file_overrides_the_shipped_preset_field_by_field(tmp_path) -> None:
    """An administrator's file holds only what they change: every other value, and the locks
    unless their file has a [lock] table, stays the one the installer shipped."""
    from app.core.presets import overlay, read_preset

    shipped = read_preset(
        put(
            tmp_path / "opt" / "preset.toml",
            '[organisation]\nname = "Acme IT"\n[cursor]\ndeployment = "google/gemini-2.5-pro"\n'
            '[lock]\nfields = ["base_url"]\n',
        )
    )
    admins = read_preset(put(tmp_path / "etc" / "preset.toml", '[cursor]\nalias = "admins-choice"\n'))
    merged = overlay(admins, shipped)
    assert (merged.org_name, merged.deployment, merged.alias) == (
        "Acme IT",
        "google/gemini-2.5-pro",
        "admins-choice",
    )
    assert merged.locked == frozenset({"base_url"}) and merged.base_url == "https://api.aimlapi.com"
    assert merged.path == admins.path  # a lock is reported against the administrator's file

    unlocking = read_preset(put(tmp_path / "etc2" / "preset.toml", "[lock]\nfields = []\n"))
    assert overlay(unlocking, shipped).locked == frozenset()
    # A locked field's filled-in default is not a value the shipped preset set: the administrator's
    # lock of the deployment takes the shipped deployment, not a default.
    locking = read_preset(put(tmp_path / "etc3" / "preset.toml", '[lock]\nfields = ["deployment"]\n'))
    assert overlay(locking, shipped).deployment == "google/gemini-2.5-pro"
