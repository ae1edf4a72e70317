"""Builders for Cursor on disk, shared by every test of Cursor's side (core, command line, window).

Real files only: SQLite databases in WAL mode with Cursor's documented schema, install trees with
``product.json`` where each operating system keeps it, and real processes standing in for a
running Cursor.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import tempfile
import time
from collections.abc import Iterator, Mapping
from contextlib import AbstractContextManager, closing, contextmanager
from pathlib import Path
from typing import Any

from app.core.cursor.findings import Target
from app.core.cursor.install import CursorInstall, find_cursor
from app.core.cursor.platforms import ENV_PROC, Platform, Roots
from app.core.cursor.settings import CursorSettings
from app.core.cursor.statedb import APP_USER_KEY

# Recognisable secrets planted where Cursor keeps keys: no output may ever contain them.
PLANTED_KEY = "cursorPLANTEDazureKEY-7f3a9c1e5b2d8f4a6c0e"
PLANTED_AUTH_KEY = "sk-PLANTEDopenaiKEY-0a1b2c3d4e5f60718293a4b5"
PLANTED_SECRETS = (PLANTED_KEY, PLANTED_AUTH_KEY)

TARGET = Target("https://api.aimlapi.com", "google/gemini-2.5-pro", "aimlapi-gemini-2.5-pro")

# Cursor's settings as read when everything matches TARGET.
GOOD = CursorSettings(
    base_url=TARGET.base_url,
    deployment=TARGET.deployment,
    azure_enabled=True,
    key_set=True,
    openai_override=False,
    openai_base_url="",
    custom_models=(TARGET.alias,),
    enabled_models=(TARGET.alias, "claude-4-sonnet"),
    disabled_models=(),
    chosen_models={"composer": TARGET.alias},
)

# Rows a real Cursor database holds besides the AI settings; they must never change.
EXTRA_ROWS: dict[str, str | bytes] = {
    "cursorAuth/openAIKey": PLANTED_AUTH_KEY,
    "cursorAuth/accessToken": "eyJhbGciOiJIUzI1NiJ9.PLANTED.token",
    "secret://cursorAuth/azureApiKey": b"\x01\x02encrypted\xff\xfe",
    "workbench.panel.markers.hidden": '[{"id":"workbench.panel.markers","isHidden":false}]',
    "aiCodeTracking.dailyStats.v1.5.2026-01-02": '{"tabSuggestedLines":10,"tabAcceptedLines":4}',
    "binary.blob": bytes(range(256)),
}


def app_user_04x(
    base_url: str = "https://api.aimlapi.com/openai",
    deployment: str = "gemini-2.5-pro",
    use_azure: bool = False,
    api_key: str = PLANTED_KEY,
) -> dict[str, Any]:
    """The AI settings of a Cursor 0.4x: only ``azureState``, no ``aiSettings``."""
    return {
        "azureState": {
            "useAzure": use_azure,
            "baseUrl": base_url,
            "deployment": deployment,
            "apiKey": api_key,
        }
    }


def app_user_3x(
    base_url: str = "",
    deployment: str = "",
    use_azure: bool = False,
    api_key: str = PLANTED_KEY,
    custom: list[str] | None = None,
    enabled: list[str] | None = None,
    disabled: list[str] | None = None,
    chosen: str = "claude-4-sonnet",
    use_openai_key: bool = False,
    openai_base_url: str = "",
) -> dict[str, Any]:
    """The AI settings of a Cursor 3.x, with the unrelated parts a real one carries (numbers,
    non-ASCII text, nesting) so a write that disturbs them is caught."""
    return {
        "composerState": {"yoloCommandAllowlist": ["ls", "git status"], "autoRun": True},
        "azureState": {
            "useAzure": use_azure,
            "baseUrl": base_url,
            "deployment": deployment,
            "apiKey": api_key,
        },
        "useOpenAIKey": use_openai_key,
        "openAIBaseUrl": openai_base_url,
        "aiSettings": {
            "teamId": 42,
            "userAddedModels": custom if custom is not None else ["my-old-model"],
            "modelOverrideEnabled": enabled if enabled is not None else ["claude-4-sonnet", "my-old-model"],
            "modelOverrideDisabled": disabled if disabled is not None else ["gpt-4o"],
            "modelConfig": {
                "composer": {"modelName": chosen, "maxMode": False},
                "cmd-k": {"modelName": "default"},
            },
            "modelLastUsedAt": {"claude-4-sonnet": "2026-08-17T13:00:00.000Z"},
        },
        "notes": "Grüße ✓ — «quotes» 日本語",
        "ratio": 0.1,
        "big": 9007199254740993,
        "nothing": None,
    }


def applied_3x(target: Target = TARGET, **kwargs: Any) -> dict[str, Any]:
    """A 3.x object that already holds ``target`` (custom model added and on, nothing else on)."""
    data = app_user_3x(
        base_url=target.base_url,
        deployment=target.deployment,
        use_azure=True,
        custom=[target.alias],
        enabled=["claude-4-sonnet", target.alias],
        disabled=[],
        chosen=target.alias,
    )
    data.update(kwargs)
    return data


def _encode(value: dict[str, Any] | str | bytes, as_blob: bool) -> str | bytes:
    text = (
        value
        if isinstance(value, str | bytes)
        else json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    )
    if as_blob and isinstance(text, str):
        return text.encode("utf-8")
    return text


def build_state_db(
    path: Path,
    app_user: dict[str, Any] | str | bytes | None,
    *,
    as_blob: bool = False,
    extra_rows: Mapping[str, str | bytes] = EXTRA_ROWS,
    extra_table: bool = True,
    schema: str = "CREATE TABLE ItemTable (key TEXT UNIQUE ON CONFLICT REPLACE, value BLOB)",
) -> Path:
    """A closed state database in WAL mode: the AI settings row (TEXT, or BLOB with ``as_blob``;
    left out when None), ``extra_rows`` and, with ``extra_table``, a ``cursorDiskKV`` table like
    the real one. Returns ``path``."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with closing(sqlite3.connect(path)) as conn:
        assert conn.execute("PRAGMA journal_mode=WAL").fetchone()[0] == "wal"
        conn.execute(schema)
        if extra_table:
            conn.execute("CREATE TABLE cursorDiskKV (key TEXT UNIQUE ON CONFLICT REPLACE, value BLOB)")
            conn.execute(
                "INSERT INTO cursorDiskKV VALUES (?, ?)", ("composerData:1", '{"text":"hello","n":1}')
            )
        if "ItemTable" in schema:
            rows = dict(extra_rows)
            if app_user is not None:
                rows[APP_USER_KEY] = _encode(app_user, as_blob)
            columns = [r[1] for r in conn.execute("PRAGMA table_info(ItemTable)")]
            if len(columns) == 2:
                conn.executemany("INSERT INTO ItemTable VALUES (?, ?)", list(rows.items()))
        conn.commit()
    return path


def build_state_db_with_wal(path: Path, app_user: dict[str, Any], **kwargs: Any) -> Path:
    """A database whose newest settings live only in its ``-wal`` file, as a crashed Cursor
    leaves it: built elsewhere, then copied with the -wal while the writer is still open."""
    with tempfile.TemporaryDirectory() as staging:
        source = build_state_db(Path(staging) / path.name, {"azureState": {}}, **kwargs)
        conn = sqlite3.connect(source)
        try:
            conn.execute("PRAGMA wal_autocheckpoint=0")
            conn.execute(
                "UPDATE ItemTable SET value = ? WHERE key = ?", (_encode(app_user, False), APP_USER_KEY)
            )
            conn.commit()
            path.parent.mkdir(parents=True, exist_ok=True)
            for suffix in ("", "-wal"):
                shutil.copyfile(str(source) + suffix, str(path) + suffix)
        finally:
            conn.close()
    return path


def database_files(db_path: Path) -> dict[str, bytes]:
    """The bytes of ``state.vscdb`` and its ``-wal``, when there is one (the ``-shm`` is an index
    any reader may refresh, so it is left out of byte comparisons)."""
    files = {}
    for suffix in ("", "-wal"):
        candidate = Path(str(db_path) + suffix)
        if candidate.exists():
            files[candidate.name] = candidate.read_bytes()
    return files


def all_rows(db_path: Path) -> dict[str, dict[str, tuple[str, bytes]]]:
    """Every row of every table as (storage type, exact bytes), read from a copy so the original is
    never opened by the test itself."""
    with tempfile.TemporaryDirectory() as staging:
        copy = Path(staging) / db_path.name
        for suffix in ("", "-wal"):
            if Path(str(db_path) + suffix).exists():
                shutil.copyfile(str(db_path) + suffix, str(copy) + suffix)
        with closing(sqlite3.connect(copy)) as conn:
            conn.text_factory = bytes
            tables = [
                r[0].decode() for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")
            ]
            found = {}
            for table in tables:
                columns = [r[1].decode() for r in conn.execute(f"PRAGMA table_info({table})")]
                if columns[:2] != ["key", "value"]:
                    found[table] = {repr(r): ("row", b"") for r in conn.execute(f"SELECT * FROM {table}")}
                    continue
                found[table] = {
                    k.decode() if isinstance(k, bytes) else str(k): (
                        t.decode(),
                        bytes(v) if v is not None else b"",
                    )
                    for k, t, v in conn.execute(f"SELECT key, typeof(value), value FROM {table}")
                }
    return found


def app_user_of(db_path: Path) -> dict[str, Any]:
    """The AI settings object now in the database (read from a copy)."""
    _storage, raw = all_rows(db_path)["ItemTable"][APP_USER_KEY]
    return json.loads(raw.decode("utf-8"))


@contextmanager
def _holding(db_path: Path, begin: str, exclusive: bool) -> Iterator[sqlite3.Connection]:
    conn = sqlite3.connect(db_path, isolation_level=None)
    try:
        if exclusive:
            conn.execute("PRAGMA locking_mode=EXCLUSIVE")
        conn.execute(begin)
        conn.execute("INSERT INTO ItemTable VALUES ('pending.write', 'uncommitted')")
        yield conn
    finally:
        conn.execute("ROLLBACK")
        conn.close()


def write_lock(db_path: Path) -> AbstractContextManager[sqlite3.Connection]:
    """Another program in the middle of a write transaction on the database."""
    return _holding(db_path, "BEGIN IMMEDIATE", exclusive=False)


def exclusive_lock(db_path: Path) -> AbstractContextManager[sqlite3.Connection]:
    """Another program holding the database in exclusive locking mode: no one else may read it."""
    return _holding(db_path, "BEGIN EXCLUSIVE", exclusive=True)


# --- install trees ---------------------------------------------------------------------------


def write_product_json(
    app_dir: Path, version: str = "3.18.0", vscode_version: str = "1.99.3", *, layout: str = "resources"
) -> Path:
    """``product.json`` inside an install folder: ``resources`` (Windows, Linux), ``bundle``
    (macOS ``Contents/Resources``) or ``appimage`` (``usr/share/cursor/resources``)."""
    parts = {
        "resources": ("resources", "app"),
        "bundle": ("Contents", "Resources", "app"),
        "appimage": ("usr", "share", "cursor", "resources", "app"),
    }[layout]
    folder = app_dir.joinpath(*parts)
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "product.json"
    path.write_text(
        json.dumps({"nameShort": "Cursor", "version": version, "vscodeVersion": vscode_version}),
        encoding="utf-8",
    )
    return path


def empty_proc(base: Path) -> Path:
    """A process table with no processes, so tests that are not about processes don't depend on
    what else runs on the machine."""
    proc = base / "no-processes"
    proc.mkdir(parents=True, exist_ok=True)
    return proc


def fake_cursor(
    tmp_path: Path,
    app_user: dict[str, Any] | str | bytes | None = None,
    *,
    proc: Path | None = None,
    version: str = "3.18.0",
    no_row: bool = False,
    **db_kwargs: Any,
) -> CursorInstall:
    """A Linux-layout Cursor in ``tmp_path``: an install folder, a ``User`` folder with a state
    database (a 3.x one unless ``app_user`` is given; no settings row with ``no_row``), found
    through the overrides. No process counts as Cursor unless ``proc`` is the real ``/proc``."""
    app_dir = tmp_path / "cursor-app"
    write_product_json(app_dir, version)
    data_dir = tmp_path / "Cursor" / "User"
    (data_dir / "globalStorage").mkdir(parents=True, exist_ok=True)
    if app_user is None and not no_row:
        app_user = app_user_3x()
    build_state_db(data_dir / "globalStorage" / "state.vscdb", app_user, **db_kwargs)
    roots = Roots(home=tmp_path, proc=proc or empty_proc(tmp_path), appimage_dirs=(tmp_path,))
    return find_cursor(app_dir, data_dir, platform=Platform.LINUX, roots=roots, env={})


# --- a running "Cursor" ----------------------------------------------------------------------


def process_table() -> Path:
    """This test's own process table (``CURSOR_AZURE_SETUP_PROC``, set for every test): a folder
    holding only the processes a test starts with ``running_program``, as links to their
    ``/proc/<pid>`` entries. Whatever else runs on the machine (a real Cursor, another test's
    stand-in) is not in it, and the scan that reads it is the real one."""
    table = Path(os.environ[ENV_PROC])
    table.mkdir(parents=True, exist_ok=True)
    return table


@contextmanager
def running_program(folder: Path, name: str = "cursor") -> Iterator[subprocess.Popen[bytes]]:
    """A real process whose program is a copy of ``sleep`` called ``name`` in ``folder``, listed in
    this test's process table (and, of course, in ``/proc``); stopped and reaped on exit."""
    folder.mkdir(parents=True, exist_ok=True)
    program = folder / name
    shutil.copy2(shutil.which("sleep") or "/bin/sleep", program)
    os.chmod(program, 0o755)
    process = subprocess.Popen([str(program), "300"], stdin=subprocess.DEVNULL)
    entry = None
    try:
        _wait_until_named(process.pid, name[:15])
        if ENV_PROC in os.environ:
            entry = process_table() / str(process.pid)
            entry.symlink_to(f"/proc/{process.pid}")
        yield process
    finally:
        if entry is not None:
            entry.unlink(missing_ok=True)
        process.kill()
        process.wait()


def _wait_until_named(pid: int, comm: str) -> None:
    """Between fork and exec the child still has our name: wait (bounded) until exec is done."""
    for _ in range(1000):
        try:
            if Path(f"/proc/{pid}/comm").read_text().strip() == comm:
                return
        except OSError:
            pass
        time.sleep(0.01)
    raise AssertionError(f"process {pid} never became {comm}")
