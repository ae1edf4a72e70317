"""Non-secret settings in the user's config folder: ``settings.json``, written atomically.

- A write goes to a temporary file in the same folder, is flushed to disk, then renamed over the
  old file (``files.write_atomic``): a crash or a full disk leaves the old settings whole, never half
  a file, and the temporary files a killed write left are cleaned up by the next one.
- A file we cannot use (bad JSON, wrong types, not UTF-8, absurdly large) is renamed aside as
  ``settings.json.corrupt-<timestamp>`` and reported with a Notice naming it; its content is never
  overwritten in place.
- The API key is never written here: a key named like ``api_key``, or any value holding a
  registered secret, is refused.
"""

from __future__ import annotations

import json
import logging
import os
import shutil
import threading
from pathlib import Path
from typing import Any

from app import APP_ID
from app.core.errors import SettingsError
from app.core.files import UnsuitableTarget, aside_name, read_regular_file, write_atomic
from app.core.model import Notice, NoticeLevel, ProblemCode
from app.core.redact import contains_secret
from app.core.text import Text

__all__ = ["SettingsError", "is_key_name", "load_settings", "save_settings", "settings_path"]

log = logging.getLogger(__name__)

SETTINGS_FILE = "settings.json"
# Real settings are a few hundred bytes; anything this big is not ours.
MAX_SETTINGS_BYTES = 256 * 1024

# Known keys and the JSON types they must have. Unknown keys are kept as they are (a newer version
# of the app may have written them).
SCHEMA: dict[str, tuple[type, ...]] = {
    "base_url": (str,),
    "deployment": (str,),
    "alias": (str,),
    "timeout_s": (int, float),
    "remember_key": (bool,),
    "preset": (str,),
    "last_checked_at": (str,),
}

_lock = threading.Lock()
# Corrupt files we could neither rename nor copy aside: never replace these.
_stuck_corrupt: set[Path] = set()


def settings_path() -> Path:
    from platformdirs import user_config_dir

    return Path(user_config_dir(APP_ID)) / SETTINGS_FILE


def is_key_name(name: str) -> bool:
    squashed = name.lower().replace("-", "").replace("_", "").replace(" ", "")
    return squashed in {"apikey", "key", "aimlapiapikey", "secret", "token", "password"}


class _Unusable(ValueError):
    """The file's content is not settings we can use; ``reason`` says why, in plain words."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def _parse(raw: bytes) -> dict[str, Any]:
    if len(raw) > MAX_SETTINGS_BYTES:
        raise _Unusable(Text("it is too large ({size:,} bytes)", size=len(raw)))
    try:
        text = raw.decode("utf-8-sig")  # a BOM from Windows Notepad is fine
    except UnicodeDecodeError:
        raise _Unusable(Text("it is not UTF-8 text")) from None
    try:
        data = json.loads(text)
    except (json.JSONDecodeError, RecursionError) as exc:
        line = getattr(exc, "lineno", None)
        reason = (
            Text("it is not valid JSON (line {line})", line=line) if line else Text("it is not valid JSON")
        )
        raise _Unusable(reason) from None
    if not isinstance(data, dict):
        raise _Unusable(Text("it does not hold a JSON object"))
    for name, types in SCHEMA.items():
        value = data.get(name)
        # bool is an int in Python; a timeout of true is still wrong.
        if value is not None and (
            not isinstance(value, types) or (isinstance(value, bool) and bool not in types)
        ):
            raise _Unusable(Text("'{name}' has the wrong type", name=name))
    return data


def _set_aside(path: Path, reason: str) -> Notice:
    """Move an unusable settings file out of the way, keeping its bytes, and say where it went."""
    aside = aside_name(path)
    try:
        os.replace(path, aside)
    except OSError:
        # Windows refuses to rename a file another program holds open; a copy still keeps it.
        try:
            shutil.copy2(path, aside)
        except OSError as exc:
            _stuck_corrupt.add(path)
            log.error("settings file %s unusable (%s) and could not be set aside: %s", path, reason, exc)
            return Notice(
                NoticeLevel.ERROR,
                "settings",
                Text(
                    "Your saved settings in {path} could not be read ({reason}) and could not be moved "
                    "aside, so defaults are used and that file will not be changed. Move or delete it "
                    "yourself to save settings again.",
                    path=str(path),
                    reason=reason,
                ),
            )
        # The copy keeps the content safe, so the original may now be replaced.
        try:
            path.unlink()
        except OSError:
            pass
    log.warning("settings file %s unusable (%s); set aside as %s", path, reason, aside)
    return Notice(
        NoticeLevel.WARNING,
        "settings",
        Text(
            "Your saved settings could not be read ({reason}), so defaults are used. The old file was "
            "kept as {aside}.",
            reason=reason,
            aside=str(aside),
        ),
    )


def _unopenable(path: Path, exc: OSError) -> Notice:
    return Notice(
        NoticeLevel.ERROR,
        "settings",
        Text(
            "Your saved settings in {path} could not be opened ({reason}); defaults are used.",
            path=str(path),
            reason=exc.strerror or str(exc),
        ),
    )


def load_settings() -> tuple[dict[str, Any], Notice | None]:
    """The saved settings ({} when none), and a Notice when something was wrong with the file.
    Never raises for a bad file."""
    path = settings_path()
    with _lock:
        try:
            raw = read_regular_file(path, MAX_SETTINGS_BYTES + 1)
        except FileNotFoundError:
            return {}, None
        except (IsADirectoryError, UnsuitableTarget) as exc:
            if isinstance(exc, UnsuitableTarget) and exc.what != "a folder":
                return {}, _unopenable(path, exc)
            return {}, Notice(
                NoticeLevel.ERROR,
                "settings",
                Text("{path} is a folder, not a file; settings cannot be saved.", path=str(path)),
            )
        except OSError as exc:
            return {}, _unopenable(path, exc)
        try:
            data = _parse(raw)
        except _Unusable as exc:
            return {}, _set_aside(path, exc.reason)
    notice = None
    for name in [k for k in data if isinstance(k, str) and is_key_name(k)]:
        # We never write one; someone put it there by hand. Don't use it, and say so.
        del data[name]
        notice = Notice(
            NoticeLevel.WARNING,
            "settings",
            Text(
                "{path} contains '{name}', which was ignored: keys belong in the keyring only. "
                "Delete that line from the file.",
                path=str(path),
                name=name,
            ),
        )
    return data, notice


def _check_refused(values: dict[str, Any], text: str) -> None:
    for name in values:
        if not isinstance(name, str):
            raise SettingsError(Text("Setting names must be text."), code=ProblemCode.INVALID_INPUT)
        if is_key_name(name):
            raise SettingsError(
                Text(
                    "Refused to save '{name}' in the settings file: the API key is kept in the keyring only.",
                    name=name,
                ),
                Text("Save the key with the keyring instead."),
                ProblemCode.INVALID_INPUT,
            )
    if contains_secret(text):
        raise SettingsError(
            Text("Refused to save the settings: one of the values is the API key."),
            Text("Put the key only in the API key field."),
            ProblemCode.INVALID_INPUT,
        )


def save_settings(values: dict[str, Any]) -> None:
    """Save ``values`` (the whole settings object) atomically. Raises ``SettingsError`` when a
    value is the key, when values are not JSON, or when the file cannot be written."""
    if not isinstance(values, dict):
        raise SettingsError(
            Text("Settings must be a mapping of names to values."), code=ProblemCode.INVALID_INPUT
        )
    try:
        text = json.dumps(values, indent=2, sort_keys=True, ensure_ascii=False, allow_nan=False)
    except (TypeError, ValueError) as exc:
        message = Text("The settings could not be saved: {reason}.", reason=str(exc))
        raise SettingsError(message, code=ProblemCode.INVALID_INPUT) from None
    _check_refused(values, text)
    path = settings_path()
    with _lock:
        if path in _stuck_corrupt and path.exists():
            raise SettingsError(
                Text(
                    "Settings were not saved: {path} could not be read and could not be moved aside.",
                    path=str(path),
                ),
                Text("Move or delete that file, then save again."),
            )
        _protect_unusable(path)
        try:
            write_atomic(path, (text + "\n").encode("utf-8"))
        except OSError as exc:
            raise SettingsError(
                Text(
                    "The settings could not be saved to {path}: {reason}.",
                    path=str(path),
                    reason=exc.strerror or str(exc),
                ),
                Text("Check that the folder is writable and the disk is not full, then try again."),
            ) from None
    _stuck_corrupt.discard(path)


def _protect_unusable(path: Path) -> None:
    """Before replacing the file, set it aside if it is unusable (save without a load first)."""
    try:
        with path.open("rb") as fh:
            raw = fh.read(MAX_SETTINGS_BYTES + 1)
    except OSError:
        return
    try:
        _parse(raw)
    except _Unusable as exc:
        notice = _set_aside(path, exc.reason)
        if notice.level is NoticeLevel.ERROR:
            raise SettingsError(notice.message) from None
