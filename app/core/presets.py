"""Organisation presets: one file of IT's defaults for the Cursor values, and which are locked.

A preset is a small TOML file (``examples/preset.toml``)::

    [organisation]
    name = "Acme IT"
    help_url = "https://intranet.example/cursor"
    [cursor]
    base_url = "https://api.aimlapi.com"
    deployment = "google/gemini-2.5-pro"
    alias = "acme-gemini"
    allowed_deployments = ["google/gemini-2.5-pro", "anthropic/claude-3-5-haiku"]
    timeout = 30
    [lock]
    fields = ["base_url", "deployment"]

This module reads and validates one file. Where presets are found, which of them bind (system
presets) and how they combine with what the user gives is ``preset_service``'s job. Every mistake
becomes a PresetError naming the file, the line and the key, because the person reading it is IT,
fixing a file they deployed to many machines.
"""

from __future__ import annotations

import json
import re
import tomllib
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from enum import StrEnum
from pathlib import Path
from typing import Any, TypeVar
from urllib.parse import urlsplit

from app.core.config import (
    normalise_alias,
    normalise_base_url,
    normalise_deployment,
    parse_timeout,
    suggest_alias,
)
from app.core.errors import InvalidInput, PresetError
from app.core.model import DEFAULT_BASE_URL, DEFAULT_DEPLOYMENT, DEFAULT_TIMEOUT_S, Notice
from app.core.text import Text

FILE_NAME = "preset.toml"
MAX_BYTES = 1024 * 1024
# The fields a preset can set and lock, in the window's order.
FIELDS: tuple[str, ...] = ("base_url", "deployment", "alias", "timeout")
LOCKABLE = frozenset(FIELDS)

# table -> allowed keys
_SCHEMA: dict[str, frozenset[str]] = {
    "organisation": frozenset({"name", "help_url"}),
    "cursor": frozenset({"base_url", "deployment", "alias", "allowed_deployments", "timeout"}),
    "lock": frozenset({"fields"}),
}


@dataclass(frozen=True)
class FieldValues:
    """A value for each field a preset can set; None when not given. Text as typed or saved;
    ``timeout`` in seconds (text from the command line, a number from saved settings)."""

    base_url: str | None = None
    deployment: str | None = None
    alias: str | None = None
    timeout: str | float | None = None

    def get(self, name: str) -> str | float | None:
        values: dict[str, str | float | None] = {
            "base_url": self.base_url,
            "deployment": self.deployment,
            "alias": self.alias,
            "timeout": self.timeout,
        }
        value = values[name]
        return None if isinstance(value, str) and not value.strip() else value

    @classmethod
    def of(cls, values: Mapping[str, object]) -> FieldValues:
        """From a mapping such as saved settings (``timeout_s`` is accepted for ``timeout``);
        values of the wrong type are left out."""

        def text(name: str) -> str | None:
            value = values.get(name)
            return value if isinstance(value, str) else None

        timeout = values.get("timeout", values.get("timeout_s"))
        if isinstance(timeout, bool) or not isinstance(timeout, str | int | float):
            timeout = None
        return cls(text("base_url"), text("deployment"), text("alias"), timeout)


_V = TypeVar("_V")


class Scope(StrEnum):
    """Who a preset speaks for. A system preset is one only an administrator can write: its locked
    fields bind. A user-level preset gives defaults and may lock fields for this user only."""

    SYSTEM = "system"
    USER = "user"


@dataclass(frozen=True)
class Preset:
    """Validated preset values. A locked field always has a value (its default when the file has none)."""

    path: Path
    org_name: str | None = None
    help_url: str | None = None
    base_url: str | None = None
    deployment: str | None = None
    alias: str | None = None
    allowed_deployments: tuple[str, ...] | None = None
    locked: frozenset[str] = frozenset()
    timeout_s: float | None = None
    # Where it was found; set by the lookup, not part of the file's content.
    scope: Scope = field(default=Scope.USER, compare=False)
    found_by: str = field(default="", compare=False)
    # The fields the file itself sets (a locked field's filled-in default is not one of them).
    explicit: frozenset[str] = field(default=frozenset(), compare=False)

    def values(self) -> FieldValues:
        """What the preset sets for the lockable fields."""
        return FieldValues(self.base_url, self.deployment, self.alias, self.timeout_s)

    def value(self, name: str) -> str | float | None:
        """The preset's value for a lockable field (``timeout`` in seconds), or None."""
        return self.values().get(name)

    def describe(self) -> str:
        """How people should hear of it: "the system preset /etc/xdg/... (Acme IT)"."""
        system = self.scope is Scope.SYSTEM
        if self.org_name:
            if system:
                return Text("the system preset {path} ({org})", path=str(self.path), org=self.org_name)
            return Text("the preset {path} ({org})", path=str(self.path), org=self.org_name)
        if system:
            return Text("the system preset {path}", path=str(self.path))
        return Text("the preset {path}", path=str(self.path))

    def is_locked(self, field: str) -> bool:
        return field in self.locked

    def allows(self, deployment: str) -> bool:
        """Whether the preset lets the user pick this deployment."""
        if self.is_locked("deployment"):
            return deployment == self.deployment
        return self.allowed_deployments is None or deployment in self.allowed_deployments

    def default_deployment(self) -> str:
        """The deployment to start with: the preset's, else the first allowed one, else ours."""
        if self.deployment:
            return self.deployment
        if self.allowed_deployments:
            return self.allowed_deployments[0]
        return DEFAULT_DEPLOYMENT


def load_preset(path: str | Path) -> Preset:
    """Read the preset at ``path`` (given by a person: it must exist). Raises PresetError.
    Which presets are in effect, and how they combine, is ``preset_service``'s job."""
    file = Path(str(path).strip()).expanduser()
    if not file.is_file():
        raise PresetError(file, Text("the preset file {what}. Check the path.", what=not_a_file(file)))
    return read_preset(file)


def not_a_file(path: Path) -> str:
    """Why ``path`` cannot be read as a preset, in words: "is a device, not a file", "is a link to a
    pipe (FIFO), not a file", "does not exist". (Never opened: a pipe would wait forever.)"""
    from app.core.files import describe

    what = describe(path)
    return Text("is {what}, not a file", what=what) if what is not None else Text("does not exist")


# ---------------------------------------------------------------------------------------------
# Reading one file


def _line_of(text: str, table: str | None, key: str, value: str | None = None) -> int | None:
    """The 1-based line where ``key`` is set (inside ``[table]``), or where ``value`` appears after it."""
    lines = text.splitlines()
    current: str | None = None
    header = re.compile(r"^\s*\[\s*([^\[\]]+?)\s*\]\s*(?:#.*)?$")
    # "key =" or the start of a dotted key "key.sub =".
    key_re = re.compile(rf"^\s*(?:\"{re.escape(key)}\"|'{re.escape(key)}'|{re.escape(key)})\s*[=.]")
    dotted = re.compile(rf"^\s*{re.escape(table or '')}\s*\.\s*{re.escape(key)}\s*=") if table else None
    for number, line in enumerate(lines, start=1):
        match = header.match(line)
        if match:
            current = match.group(1).strip().strip("\"'")
            continue
        if (current == table and key_re.match(line)) or (current is None and dotted and dotted.match(line)):
            if value is None:
                return number
            for offset, later in enumerate(lines[number - 1 :]):
                if value in later:
                    return number + offset
            return number
    # Inline tables and other spellings: the first line that mentions the key.
    for number, line in enumerate(lines, start=1):
        if not header.match(line) and re.search(rf"(?<![\w-]){re.escape(key)}(?![\w-])", line):
            return number
    return None


_ASSIGNED_KEY = re.compile(r"^\s*([A-Za-z0-9_.\"'-]+)\s*=")


def _key_on_line(source: str) -> str | None:
    """The key a TOML line assigns (``alias = ...`` -> ``alias``), to name it in an error."""
    found = _ASSIGNED_KEY.match(source)
    return found.group(1).strip("\"'") if found else None


def _shown(name: str) -> str:
    """A key as written in TOML: bare when it can be, else quoted (keeps messages on one line)."""
    return name if re.fullmatch(r"[A-Za-z0-9_-]+", name) else json.dumps(name)


def _type_name(value: Any) -> str:
    return {
        bool: Text("true/false"),
        int: Text("a number"),
        float: Text("a number"),
        str: Text("text"),
        list: Text("a list"),
        dict: Text("a table"),
    }.get(type(value), type(value).__name__)


class _Reader:
    """Validates one parsed file, turning every mistake into a PresetError with its line."""

    def __init__(self, path: Path, text: str, data: dict[str, Any]) -> None:
        self.path, self.text, self.data = path, text, data

    def fail(self, table: str | None, key: str, message: str, value: str | None = None) -> PresetError:
        line = _line_of(self.text, table, key, value)
        name = f"[{table}] {_shown(key)}" if table else _shown(key)
        said = Text("{name}: {message}", name=name, message=message)
        return PresetError(self.path, said, line=line, key=f"{table}.{key}" if table else key)

    def fail_table(self, table: str, message: str) -> PresetError:
        """A problem with a whole table: point at its [header] line."""
        header = re.compile(rf"^\s*\[\s*[\"']?{re.escape(table)}[\"']?\s*\]")
        line = next(
            (n for n, text in enumerate(self.text.splitlines(), start=1) if header.match(text)),
            _line_of(self.text, None, table),
        )
        said = Text("{name}: {message}", name=f"[{_shown(table)}]", message=message)
        return PresetError(self.path, said, line=line, key=table)

    def check_shape(self) -> None:
        for table, value in self.data.items():
            if table not in _SCHEMA:
                known = ", ".join(f"[{t}]" for t in _SCHEMA)
                if isinstance(value, dict):
                    raise self.fail_table(table, Text("unknown table. Use only {known}.", known=known))
                raise self.fail(
                    None,
                    table,
                    Text("unknown key outside any table. Put settings under {known}.", known=known),
                )
            if not isinstance(value, dict):
                raise self.fail(
                    None,
                    table,
                    Text("must be a table ([{table}]), not {type}.", table=table, type=_type_name(value)),
                )
            for key in value:
                if key not in _SCHEMA[table]:
                    allowed = ", ".join(sorted(_SCHEMA[table]))
                    raise self.fail(
                        table,
                        key,
                        Text(
                            "unknown key. Keys allowed in [{table}]: {allowed}.", table=table, allowed=allowed
                        ),
                    )

    def text_value(self, table: str, key: str) -> str | None:
        value = self.data.get(table, {}).get(key)
        if value is None:
            return None
        if not isinstance(value, str):
            raise self.fail(
                table,
                key,
                Text('must be text in quotes, like key = "value", not {type}.', type=_type_name(value)),
            )
        if not value.strip():
            raise self.fail(table, key, Text("is empty. Give a value or delete the line."))
        return value

    def normalised(
        self, table: str, key: str, normaliser: Callable[[str], tuple[str, list[Notice]]]
    ) -> str | None:
        value = self.text_value(table, key)
        if value is None:
            return None
        try:
            return normaliser(value)[0]
        except InvalidInput as exc:
            raise self.fail(table, key, str(exc)) from None

    def base_url(self) -> str | None:
        value = self.text_value("cursor", "base_url")
        if value is None:
            return None
        try:
            url, found, _ = normalise_base_url(value)
        except InvalidInput as exc:
            raise self.fail("cursor", "base_url", str(exc)) from None
        if found:
            raise self.fail(
                "cursor",
                "base_url",
                Text(
                    'give only the address (e.g. "{url}") and put {found} in deployment.',
                    url=url,
                    found=found,
                ),
            )
        return url

    def help_url(self) -> str | None:
        value = self.text_value("organisation", "help_url")
        if value is None:
            return None
        value = value.strip()
        try:
            parts = urlsplit(value)
            ok = (
                parts.scheme in ("http", "https")
                and bool(parts.hostname)
                and not any(c.isspace() for c in value)
            )
        except ValueError:
            ok = False
        if not ok:
            raise self.fail(
                "organisation",
                "help_url",
                Text('must be a web address starting with https://, like "https://intranet.example/cursor".'),
            )
        return value

    def allowed_deployments(self) -> tuple[str, ...] | None:
        value = self.data.get("cursor", {}).get("allowed_deployments")
        if value is None:
            return None
        if not isinstance(value, list):
            raise self.fail(
                "cursor",
                "allowed_deployments",
                Text('must be a list, like ["google/gemini-2.5-pro"], not {type}.', type=_type_name(value)),
            )
        if not value:
            raise self.fail(
                "cursor",
                "allowed_deployments",
                Text("is an empty list. List at least one deployment or delete the line."),
            )
        names: list[str] = []
        for item in value:
            if not isinstance(item, str):
                raise self.fail(
                    "cursor",
                    "allowed_deployments",
                    Text("every entry must be text in quotes, not {type}.", type=_type_name(item)),
                    str(item),
                )
            try:
                name = normalise_deployment(item)[0]
            except InvalidInput as exc:
                raise self.fail("cursor", "allowed_deployments", str(exc), item) from None
            if name not in names:
                names.append(name)
        return tuple(names)

    def timeout(self) -> float | None:
        value = self.data.get("cursor", {}).get("timeout")
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise self.fail(
                "cursor",
                "timeout",
                Text("must be a number of seconds, like 30, not {type}.", type=_type_name(value)),
            )
        try:
            return parse_timeout(value)
        except InvalidInput as exc:
            raise self.fail("cursor", "timeout", str(exc)) from None

    def locked(self) -> frozenset[str]:
        value = self.data.get("lock", {}).get("fields")
        if value is None:
            return frozenset()
        if not isinstance(value, list):
            raise self.fail(
                "lock",
                "fields",
                Text('must be a list, like ["base_url", "deployment"], not {type}.', type=_type_name(value)),
            )
        allowed = ", ".join(sorted(LOCKABLE))
        for item in value:
            if not isinstance(item, str) or item not in LOCKABLE:
                raise self.fail(
                    "lock",
                    "fields",
                    Text(
                        "cannot lock {item}. Fields that can be locked: {allowed}.",
                        item=repr(item),
                        allowed=allowed,
                    ),
                    str(item),
                )
        return frozenset(value)


def read_preset(path: str | Path) -> Preset:
    """Read and validate one preset file. Raises PresetError."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise PresetError(
                path,
                Text(
                    "the file is {size} KB; a preset is a few lines. Check it is the right file.",
                    size=size // 1024,
                ),
            )
        with path.open("rb") as fh:
            raw = fh.read(MAX_BYTES + 1)
    except PresetError:
        raise
    except OSError as exc:
        reason = exc.strerror or exc.__class__.__name__
        raise PresetError(
            path,
            Text(
                "cannot read the preset file ({reason}). Check that it exists and can be read.", reason=reason
            ),
        ) from None
    if len(raw) > MAX_BYTES:
        raise PresetError(
            path, Text("the file is over 1 MB; a preset is a few lines. Check it is the right file.")
        )
    try:
        # utf-8-sig: Windows Notepad adds a byte-order mark that TOML parsers refuse.
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        key = _key_on_line(raw.split(b"\n")[line - 1].decode("utf-8", errors="replace"))
        if key:
            said = Text(
                "the file is not UTF-8 text (in {key}). Save it as UTF-8 (in Notepad: Save as, Encoding "
                "UTF-8).",
                key=key,
            )
        else:
            said = Text("the file is not UTF-8 text. Save it as UTF-8 (in Notepad: Save as, Encoding UTF-8).")
        raise PresetError(
            path,
            said,
            line=line,
            key=key,
        ) from None
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise _syntax_error(path, text, exc) from None
    except RecursionError:
        raise PresetError(
            path,
            Text(
                "values are nested far too deeply to be a preset (a preset is a few lines). "
                "Check it is the right file."
            ),
        ) from None

    reader = _Reader(path, text, data)
    reader.check_shape()
    org_name = reader.text_value("organisation", "name")
    help_url = reader.help_url()
    base_url = reader.base_url()
    deployment = reader.normalised("cursor", "deployment", normalise_deployment)
    alias = reader.normalised("cursor", "alias", normalise_alias)
    allowed = reader.allowed_deployments()
    timeout_s = reader.timeout()
    locked = reader.locked()

    if allowed is not None and deployment is not None and deployment not in allowed:
        raise reader.fail(
            "cursor",
            "deployment",
            Text(
                "{deployment} is not in allowed_deployments. Add it there or pick one of them.",
                deployment=deployment,
            ),
        )
    explicit = frozenset(
        name
        for name, value in (
            ("org_name", org_name),
            ("help_url", help_url),
            ("base_url", base_url),
            ("deployment", deployment),
            ("alias", alias or None),
            ("allowed_deployments", allowed),
            ("timeout", timeout_s),
            ("locked", "lock" in data or None),
        )
        if value is not None
    )
    return _with_locked_values(
        reader.fail,
        Preset(
            path=path,
            org_name=org_name.strip() if org_name else None,
            help_url=help_url,
            base_url=base_url,
            deployment=deployment,
            alias=alias or None,
            allowed_deployments=allowed,
            locked=locked,
            timeout_s=timeout_s,
            explicit=explicit,
        ),
    )


def _with_locked_values(fail: Callable[[str, str, str, str], PresetError], preset: Preset) -> Preset:
    """A locked field always carries a value, so the window and verify never have to guess: the
    default where the preset sets none."""
    locked, allowed, deployment = preset.locked, preset.allowed_deployments, preset.deployment
    if "deployment" in locked and deployment is None:
        if allowed is not None and len(allowed) > 1:
            raise fail(
                "lock",
                "fields",
                Text("locks deployment but [cursor] sets none. Set deployment, or stop locking it."),
                "deployment",
            )
        deployment = allowed[0] if allowed else DEFAULT_DEPLOYMENT
    alias = preset.alias
    if "alias" in locked and alias is None:
        alias = suggest_alias(deployment or (allowed[0] if allowed else DEFAULT_DEPLOYMENT))
    return replace(
        preset,
        base_url=DEFAULT_BASE_URL if "base_url" in locked and preset.base_url is None else preset.base_url,
        deployment=deployment,
        alias=alias,
        timeout_s=DEFAULT_TIMEOUT_S if "timeout" in locked and preset.timeout_s is None else preset.timeout_s,
    )


def overlay(over: Preset, under: Preset) -> Preset:
    """``over``'s own values on top of ``under``'s, field by field: an administrator's file that
    sets one value keeps every other value of the preset the installer shipped. Its ``[lock]``
    table, when it has one, replaces the shipped one. Named after ``over``."""

    def pick(name: str, mine: _V | None, theirs: _V | None) -> _V | None:
        if name in over.explicit:
            return mine
        # The defaults filled in for ``under``'s locks are not values anyone set.
        return theirs if name in under.explicit else None

    merged = Preset(
        path=over.path,
        org_name=pick("org_name", over.org_name, under.org_name),
        help_url=pick("help_url", over.help_url, under.help_url),
        base_url=pick("base_url", over.base_url, under.base_url),
        deployment=pick("deployment", over.deployment, under.deployment),
        alias=pick("alias", over.alias, under.alias),
        allowed_deployments=pick("allowed_deployments", over.allowed_deployments, under.allowed_deployments),
        locked=over.locked if "locked" in over.explicit else under.locked,
        timeout_s=pick("timeout", over.timeout_s, under.timeout_s),
        scope=over.scope,
        found_by=f"{over.found_by}, over {under.path}" if over.found_by else f"over {under.path}",
        explicit=over.explicit | under.explicit,
    )
    if (
        merged.allowed_deployments is not None
        and merged.deployment is not None
        and merged.deployment not in merged.allowed_deployments
    ):
        raise PresetError(
            over.path,
            Text(
                "the deployment {deployment} is not in the allowed_deployments of {path}. "
                "Add it there or pick one of them.",
                deployment=merged.deployment,
                path=str(under.path),
            ),
        )

    def fail(_table: str, _key: str, message: str, _name: str) -> PresetError:
        return PresetError(over.path, message)

    return _with_locked_values(fail, merged)


def _syntax_error(path: Path, text: str, exc: tomllib.TOMLDecodeError) -> PresetError:
    # Python 3.11-3.13 put the position only in the message: "Invalid value (at line 3, column 9)".
    message = str(exc)
    line = getattr(exc, "lineno", None)
    match = re.search(r"\(at line (\d+), column (\d+)\)", message)
    if match:
        line = line or int(match.group(1))
        message = message[: match.start()].strip()
    elif "(at end of document)" in message:
        line = line or max(1, len(text.splitlines()))
        message = message.replace("(at end of document)", "").strip()
    key = None
    if line:
        lines = text.splitlines()
        key = _key_on_line(lines[line - 1] if 0 < line <= len(lines) else "")
    if key:
        said = Text(
            "not valid TOML near {key} ({reason}). Check the quotes, brackets and = signs on that line.",
            key=key,
            reason=message,
        )
    else:
        said = Text(
            "not valid TOML ({reason}). Check the quotes, brackets and = signs on that line.", reason=message
        )
    return PresetError(
        path,
        said,
        line=line,
        key=key,
    )
