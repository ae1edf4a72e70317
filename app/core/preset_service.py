"""Presets as one service for the command line and the window: which presets are in effect, and
what they make of the values a user gives.

Where presets live (docs/architecture.md, "Presets"):

* A **system** preset is one only an administrator can write; its locked fields bind. Every one
  found counts, the first over the later ones field by field (``presets.overlay``): the
  administrator's own file (Linux: ``/etc/xdg/cursor-azure-setup/preset.toml``,
  always, even when ``$XDG_CONFIG_DIRS`` leaves ``/etc/xdg`` out, then the same file under the
  other folders of ``$XDG_CONFIG_DIRS`` that this user cannot write; Windows:
  ``%ProgramData%\\Cursor Azure Setup\\preset.toml``; macOS:
  ``/Library/Application Support/Cursor Azure Setup/preset.toml``), then ``preset.toml`` beside
  the installed program when this user cannot write that folder (a per-machine install).
* A **user-level** preset is advisory: it gives defaults and may lock fields for this user only.
  The first found wins: ``--preset FILE``, ``$CURSOR_AZURE_SETUP_PRESET``, the user's config
  folder, a ``$XDG_CONFIG_DIRS`` folder this user can write, a user-writable beside-the-program
  preset (a per-user install).

``resolve`` then gives each field its value. An unlocked field: what the user gave (the command
line, or the window's initial values) > saved settings > the user-level preset > the system
preset > None (the built-in default applies). A locked field: the system preset's lock, else the
user-level preset's. Anything a user can change that contradicts a system lock (a user-level
preset, the environment, ``--preset``, a command-line value) is a ``PresetError`` naming the
system preset; saved settings that contradict a lock are replaced, with a notice.
"""

from __future__ import annotations

import os
import stat
import sys
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path

from app import APP_ID, APP_NAME
from app.core.config import normalise_base_url, normalise_deployment, parse_timeout
from app.core.errors import InvalidInput, PresetError
from app.core.model import Notice, NoticeLevel
from app.core.presets import FIELDS, FILE_NAME, FieldValues, Preset, Scope, not_a_file, overlay, read_preset
from app.core.text import Text

__all__ = [
    "ENV_VAR",
    "FieldValues",
    "PresetLayers",
    "Resolved",
    "load_presets",
    "resolve",
    "search_paths",
]

ENV_VAR = "CURSOR_AZURE_SETUP_PRESET"
# The administrator's folder on Linux. A module constant, not an environment variable: a variable
# would let anyone move the system preset out of sight. Tests point it elsewhere.
ETC_XDG = Path("/etc/xdg")
MACOS_SYSTEM_DIR = Path("/Library/Application Support") / APP_NAME


# --- where presets live ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Place:
    """A place a preset may be, and whose preset it would be."""

    label: str
    path: Path
    scope: Scope


def _user_can_change(file: Path) -> bool:
    """Whether this user could put or change the preset ``file``: write it or its folder now, or
    make them writable."""
    if sys.platform != "win32" and file.exists() and os.geteuid() != 0:
        if os.access(file, os.W_OK) or file.stat().st_uid == os.geteuid():
            return True
    return _user_can_write(file.parent)


def _user_can_write(folder: Path) -> bool:
    """Whether this user could put or change a file in ``folder`` (or create the folder)."""
    while not folder.exists() and folder.parent != folder:
        folder = folder.parent
    if sys.platform == "win32":
        # os.access ignores Windows' access lists: try it (Program Files refuses ordinary users).
        import tempfile

        try:
            fd, name = tempfile.mkstemp(prefix=".cas-write-test-", dir=folder)
        except OSError:
            return False
        os.close(fd)
        os.unlink(name)
        return True
    if os.access(folder, os.W_OK):
        return True
    uid = os.geteuid()
    if uid == 0:
        return False  # root is stopped only by a read-only mount
    # Not writable now is not enough: the owner of the folder, or of one above it, can make it
    # writable (chmod) or swap it for another, and so can anyone who may write a folder above it
    # (unless that one is sticky, like /tmp, which keeps others' entries theirs).
    real = folder.resolve()
    for place in (real, *real.parents):
        try:
            info = place.stat()
        except OSError:
            return True
        if info.st_uid == uid:
            return True
        if place != real and os.access(place, os.W_OK) and not info.st_mode & stat.S_ISVTX:
            return True
    return False


def _windows_program_data() -> Path:
    """%ProgramData% as Windows knows it (the ProgramData Known Folder). Never the environment, which
    a user can change: neither PROGRAMDATA nor WIN_PD_OVERRIDE_COMMON_APPDATA, which platformdirs
    would follow and so let a user move the administrator's file to a folder of their own."""
    if sys.platform != "win32":
        raise OSError("the ProgramData folder exists only on Windows")
    import ctypes
    import uuid
    from ctypes import wintypes

    class Guid(ctypes.Structure):
        _fields_ = [
            ("data1", wintypes.DWORD),
            ("data2", wintypes.WORD),
            ("data3", wintypes.WORD),
            ("data4", ctypes.c_ubyte * 8),
        ]

    program_data = Guid.from_buffer_copy(uuid.UUID("62AB5D82-FDC1-4DC3-A9DD-070D1D495D97").bytes_le)
    found = ctypes.c_wchar_p()
    result = ctypes.windll.shell32.SHGetKnownFolderPath(
        ctypes.byref(program_data), 0, None, ctypes.byref(found)
    )
    try:
        if result == 0 and found.value:
            return Path(found.value)
    finally:
        ctypes.windll.ole32.CoTaskMemFree(found)
    return Path("C:\\ProgramData")  # where every Windows since Vista has it


def _admin_file() -> Path:
    if sys.platform == "win32":
        return _windows_program_data() / APP_NAME / FILE_NAME
    if sys.platform == "darwin":
        return MACOS_SYSTEM_DIR / FILE_NAME
    return ETC_XDG / APP_ID / FILE_NAME


def _other_xdg_config_dirs() -> list[Path]:
    """The folders of $XDG_CONFIG_DIRS other than /etc/xdg (Linux and other XDG systems)."""
    if sys.platform in ("win32", "darwin"):
        return []
    folders: list[Path] = []
    for raw in os.environ.get("XDG_CONFIG_DIRS", "").split(os.pathsep):
        folder = Path(raw)
        if raw and folder.is_absolute() and folder != ETC_XDG and folder not in folders:
            folders.append(folder)
    return folders


def _beside_program() -> Path | None:
    """``preset.toml`` next to the installed program (a frozen bundle only)."""
    if not getattr(sys, "frozen", False):
        return None
    return Path(sys.executable).resolve().parent / FILE_NAME


def _user_config_file() -> Path:
    import platformdirs

    return Path(platformdirs.user_config_dir(APP_ID, appauthor=False)) / FILE_NAME


def search_paths() -> list[Place]:
    """The places looked in automatically, in order: the system ones, then the user-level ones
    (``--preset`` and ``$CURSOR_AZURE_SETUP_PRESET`` come before the latter when given)."""
    system: list[Place] = [Place("the administrator's folder", _admin_file(), Scope.SYSTEM)]
    user: list[Place] = [Place("your config folder", _user_config_file(), Scope.USER)]
    for folder in _other_xdg_config_dirs():
        path = folder / APP_ID / FILE_NAME
        if _user_can_change(path):
            user.append(Place("a config folder you can write ($XDG_CONFIG_DIRS)", path, Scope.USER))
        else:
            system.append(Place("a system config folder ($XDG_CONFIG_DIRS)", path, Scope.SYSTEM))
    beside = _beside_program()
    if beside is not None:
        if _user_can_change(beside):
            user.append(Place("beside the program (a per-user install)", beside, Scope.USER))
        else:
            system.append(Place("beside the program", beside, Scope.SYSTEM))
    return system + user


@dataclass(frozen=True)
class PresetLayers:
    """The presets in effect: at most one system preset and one user-level preset."""

    system: Preset | None = None
    user: Preset | None = None

    @property
    def org_name(self) -> str | None:
        return next((p.org_name for p in (self.system, self.user) if p and p.org_name), None)

    @property
    def help_url(self) -> str | None:
        return next((p.help_url for p in (self.system, self.user) if p and p.help_url), None)

    def in_effect(self) -> Preset | None:
        """The preset to name when one is asked for (``verify --json``): the system one first."""
        return self.system or self.user

    def without_user(self) -> PresetLayers:
        return replace(self, user=None)


def _named(path: Path, found_by: str) -> Path:
    """A path a person or the environment gave, which must be a file."""
    path = path.expanduser()
    if not path.is_file():
        raise PresetError(
            path,
            Text(
                "the preset file {what}. Check the path given with {option}.",
                what=not_a_file(path),
                option=found_by,
            ),
        )
    return path


def load_presets(explicit: str | Path | None = None) -> PresetLayers:
    """Find and read the presets in effect (see the module's notes). ``explicit`` is ``--preset``.
    Raises PresetError for a named file that is missing and for any file that cannot be used."""
    places = search_paths()
    systems = [p for p in places if p.scope is Scope.SYSTEM and p.path.is_file()]

    user_file: tuple[Path, str] | None = None
    if explicit is not None and str(explicit).strip():
        user_file = (_named(Path(str(explicit).strip()), "--preset"), "--preset")
    elif os.environ.get(ENV_VAR, "").strip():
        found = _named(
            Path(os.environ[ENV_VAR].strip()), Text("the {variable} environment variable", variable=ENV_VAR)
        )
        user_file = (found, ENV_VAR)
    else:
        user = next((p for p in places if p.scope is Scope.USER and p.path.is_file()), None)
        user_file = (user.path, user.label) if user else None

    # Every system preset found, the administrator's first: theirs over the one the installer
    # shipped, field by field, so an administrator's file holds only what they change.
    system_preset: Preset | None = None
    for place in reversed(systems):
        layer = replace(read_preset(place.path), scope=Scope.SYSTEM, found_by=place.label)
        system_preset = layer if system_preset is None else overlay(layer, system_preset)
    user_preset: Preset | None = None
    if user_file is not None and not any(_same_file(user_file[0], p.path) for p in systems):
        user_preset = replace(read_preset(user_file[0]), scope=Scope.USER, found_by=user_file[1])
    return PresetLayers(system_preset, user_preset)


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve()
    except OSError:
        return False


# --- resolving values -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Resolved:
    """What the presets make of the given values.

    ``values``: the value for each field (None: the built-in default); ``locked``: each locked
    field and the preset that locks it; ``allowed``: the deployments the presets allow (None: any);
    ``notices``: what was changed and why, for the user to read."""

    values: FieldValues
    locked: Mapping[str, Preset]
    notices: tuple[Notice, ...] = ()
    allowed: tuple[str, ...] | None = None
    layers: PresetLayers = field(default_factory=PresetLayers)


def same_value(name: str, a: str | float, b: str | float) -> bool:
    """Whether two spellings of a field mean the same value (compared normalised)."""
    try:
        if name == "base_url":
            return normalise_base_url(str(a))[0] == normalise_base_url(str(b))[0]
        if name == "deployment":
            return normalise_deployment(str(a))[0] == normalise_deployment(str(b))[0]
        if name == "timeout":
            return parse_timeout(a) == parse_timeout(b)
    except InvalidInput:
        return False
    return str(a).strip() == str(b).strip()


def shown(name: str, value: str | float | None) -> str:
    if isinstance(value, float):
        return Text("{seconds:g} seconds", seconds=value) if name == "timeout" else f"{value:g}"
    return "" if value is None else str(value).strip()


def _locked_against(lock: Preset, name: str, said: str) -> PresetError:
    """``said`` is what tried to change the field ("--alias mine", "the alias mine that X sets")."""
    return PresetError(
        lock.path,
        Text(
            "{said} conflicts with {preset}, which locks {name} to {value}; remove it or ask IT.",
            said=said,
            preset=lock.describe(),
            name=name,
            value=shown(name, lock.value(name)),
        ),
        names_the_file=True,
    )


def _allowed(layers: PresetLayers) -> tuple[str, ...] | None:
    """The deployments every preset ``allows``, in the order of the first list (the system
    preset's when it has one); None when no preset limits the choice."""
    presets = [p for p in (layers.system, layers.user) if p is not None]
    lists = [(p, (p.deployment,) if p.is_locked("deployment") else p.allowed_deployments) for p in presets]
    limiting = [(p, own) for p, own in lists if own]
    if not limiting:
        return None
    first, own = limiting[0]
    candidates = [d for d in own if d]
    allowed = tuple(d for d in candidates if all(p.allows(d) for p in presets))
    if not allowed:
        other = limiting[-1][0]
        raise PresetError(
            other.path,
            Text(
                "allows none of the deployments {preset} allows ({deployments}); "
                "remove its allowed_deployments or ask IT.",
                preset=first.describe(),
                deployments=", ".join(candidates),
            ),
        )
    return allowed


def resolve(
    layers: PresetLayers,
    given: FieldValues | None = None,
    saved: FieldValues | None = None,
    *,
    given_names: Mapping[str, str] | None = None,
) -> Resolved:
    """The value of each field, the locks and the allowed deployments (see the module's notes).

    ``given``: what the user asked for now (command-line values, the window's initial values);
    ``given_names`` says how to call each in a message (``{"base_url": "--base-url"}``).
    Raises PresetError naming the preset whose lock or list a given value (or a user-level preset)
    contradicts."""
    given = given or FieldValues()
    saved = saved or FieldValues()
    names = dict(given_names or {})
    system, user = layers.system, layers.user
    notices: list[Notice] = []

    locked: dict[str, Preset] = {}
    for preset in (system, user):
        for name in FIELDS:
            if preset is not None and preset.is_locked(name) and name not in locked:
                locked[name] = preset
    # A user-level preset is something a user can change: it cannot move a system lock.
    if system is not None and user is not None:
        for name in FIELDS:
            theirs = user.value(name)
            if system.is_locked(name) and theirs is not None:
                ours = system.value(name)
                if ours is not None and not same_value(name, theirs, ours):
                    said = Text(
                        "the {name} {value} that {path} sets",
                        name=name,
                        value=shown(name, theirs),
                        path=str(user.path),
                    )
                    raise _locked_against(system, name, said)
    for name, lock in locked.items():
        asked = given.get(name)
        ours = lock.value(name)
        if asked is not None and ours is not None and not same_value(name, asked, ours):
            if name in names:
                said = Text("{option} {value}", option=names[name], value=shown(name, asked))
            else:
                said = Text("the {name} {value}", name=name, value=shown(name, asked))
            raise _locked_against(lock, name, said)

    allowed = _allowed(layers)

    def pick(name: str) -> tuple[str | float | None, str]:
        if name in locked:
            return locked[name].value(name), "preset"
        for source, values in (("given", given), ("saved", saved)):
            if values.get(name) is not None:
                return values.get(name), source
        for preset in (user, system):
            value = preset.value(name) if preset is not None else None
            if value is not None:
                return value, "preset"
        return None, "default"

    chosen: dict[str, str | float | None] = {}
    for name in FIELDS:
        value, source = pick(name)
        was = saved.get(name)
        if name in locked and was is not None and value is not None and not same_value(name, was, value):
            notices.append(
                Notice(
                    NoticeLevel.INFO,
                    name,
                    Text(
                        "Your saved {name} was replaced by the one your IT team set ({value}).",
                        name=name.replace("_", " "),
                        value=shown(name, value),
                    ),
                )
            )
        if name == "deployment" and allowed is not None:
            value = _allowed_deployment(value, source, allowed, layers, names, notices)
        chosen[name] = value
    values = FieldValues(
        _text(chosen["base_url"]), _text(chosen["deployment"]), _text(chosen["alias"]), chosen["timeout"]
    )
    return Resolved(values, locked, tuple(notices), allowed, layers)


def _text(value: str | float | None) -> str | None:
    return None if value is None else str(value)


def _allowed_deployment(
    value: str | float | None,
    source: str,
    allowed: tuple[str, ...],
    layers: PresetLayers,
    names: Mapping[str, str],
    notices: list[Notice],
) -> str:
    """The deployment to use when presets limit the choice: one every preset ``allows``. A given
    deployment (or a user-level preset's) that one of them refuses is an error naming that one."""
    presets = [p for p in (layers.system, layers.user) if p is not None]
    if value is None:
        default = next(p.default_deployment() for p in presets if p.allowed_deployments or p.deployment)
        return default if all(p.allows(default) for p in presets) else allowed[0]
    try:
        name = normalise_deployment(str(value))[0]
    except InvalidInput:
        name = str(value)
    refusing = next((p for p in presets if not p.allows(name)), None)
    if refusing is None:
        return name
    user = layers.user
    if source == "given" or (source == "preset" and user is not None and user.deployment == name):
        if source == "given":
            what = names.get("deployment") or Text("given")
        else:
            what = Text("set by {path}", path=str(user.path) if user else "")
        raise PresetError(
            refusing.path,
            Text(
                "The deployment {name} ({what}) is not one that {preset} allows; allowed: {allowed}",
                preset=refusing.describe(),
                name=name,
                what=what,
                allowed=", ".join(allowed),
            ),
            names_the_file=True,
        )
    if source == "saved":
        notices.append(
            Notice(
                NoticeLevel.INFO,
                "deployment",
                Text(
                    "Your saved deployment {name} is not one your IT team allows; using {allowed}.",
                    name=name,
                    allowed=allowed[0],
                ),
            )
        )
    return allowed[0]
