"""Cursor's state database (``User/globalStorage/state.vscdb``): one row in, one row out, safely.

The file is SQLite in WAL mode with one table, ``ItemTable(key TEXT UNIQUE ON CONFLICT REPLACE,
value BLOB)``; Cursor's AI settings are one JSON object in the row ``APP_USER_KEY``.

Reading never changes Cursor's files and never holds them open: a read-only connection
(``mode=ro``) with a busy timeout, opened, read and closed in one call. When there is no ``-wal``
file (Cursor closed cleanly) the file is opened ``immutable`` as well, so SQLite creates no
``-wal``/``-shm`` files beside Cursor's database. (When a ``-wal`` was left without its ``-shm``
index, after a crash, SQLite rebuilds that index beside it, as Cursor does on its next start.)

Writing happens in one ``BEGIN IMMEDIATE`` transaction that re-reads the row and changes nothing
unless it is still byte for byte what the caller planned from; only that one row's value is
updated, in the storage type (TEXT or BLOB) it had.

The row's text may hold Cursor's copy of the API key: ``StoredRow`` keeps it out of ``repr``, and
no error raised here carries any part of a value.
"""

from __future__ import annotations

import sqlite3
from contextlib import closing
from dataclasses import dataclass, field
from pathlib import Path

from app.core.cursor import problems
from app.core.text import Text

ITEM_TABLE = "ItemTable"
APP_USER_KEY = (
    "src.vs.platform.reactivestorage.browser.reactiveStorageServiceImpl.persistentStorage.applicationUser"
)
BUSY_TIMEOUT_S = 3.0
MAX_ROW_BYTES = 64 * 1024 * 1024
WAL_SUFFIXES = ("-wal", "-shm")


@dataclass(frozen=True)
class StoredRow:
    """One row's value as stored: its exact bytes and whether SQLite holds it as BLOB or TEXT."""

    raw: bytes = field(repr=False)
    is_blob: bool

    def text(self) -> str:
        """The value as text (UTF-8, a leading byte-order mark dropped). Raises UnicodeDecodeError."""
        return self.raw.decode("utf-8").removeprefix("\ufeff")

    def encode(self, text: str) -> bytes | str:
        """``text`` in the same storage type as this row, for an UPDATE."""
        return text.encode("utf-8") if self.is_blob else text


def _uri(path: Path, mode: str, immutable: bool = False) -> str:
    uri = path.resolve().as_uri() + f"?mode={mode}"
    return uri + "&immutable=1" if immutable else uri


def _explain(exc: sqlite3.Error) -> tuple[str, bool]:
    """-> (a plain reason, whether the database was locked). Only SQLite's own message is used;
    it never holds row values."""
    text = str(exc).lower()
    if "locked" in text or "busy" in text:
        return Text("another program holds them locked (often Cursor still closing)."), True
    if "not a database" in text or "malformed" in text or "corrupt" in text:
        return Text("the settings file is damaged or is not a settings database."), False
    if "unable to open" in text or "readonly" in text or "read-only" in text:
        return Text("the settings file could not be opened (check that you can read it)."), False
    return Text("the settings file could not be read."), False


def check_is_file(db_path: Path) -> None:
    """Raises ``CursorError``: not found (nothing there), unreadable (a folder, a named pipe or
    another special file where the database belongs: opening a pipe would wait forever)."""
    if db_path.is_file():
        return
    if not db_path.exists():
        raise problems.CursorError(problems.not_found(f"no settings database at {db_path}"))
    kind = Text("a folder") if db_path.is_dir() else Text("a special file (such as a named pipe)")
    raise problems.CursorError(
        problems.unreadable(
            Text("{path} is {kind}, not a file.", path=str(db_path), kind=kind),
            f"not a regular file: {db_path}",
        )
    )


def _check_schema(conn: sqlite3.Connection) -> None:
    columns = [row[1] for row in conn.execute(f"PRAGMA table_info({ITEM_TABLE})")]
    if not columns:
        raise problems.CursorError(problems.unknown_shape(Text("no {table} table", table=ITEM_TABLE)))
    if [c.decode() if isinstance(c, bytes) else c for c in columns] != ["key", "value"]:
        raise problems.CursorError(
            problems.unknown_shape(Text("{table} has other columns", table=ITEM_TABLE))
        )


def _fetch(conn: sqlite3.Connection, key: str) -> StoredRow | None:
    found = conn.execute(
        f"SELECT typeof(value), length(CAST(value AS BLOB)) FROM {ITEM_TABLE} WHERE key = ?", (key,)
    ).fetchone()
    if found is None:
        return None
    kind = found[0].decode() if isinstance(found[0], bytes) else found[0]
    if kind not in ("text", "blob"):
        raise problems.CursorError(
            problems.unknown_shape(Text("the settings row holds {kind}, not text", kind=kind))
        )
    if found[1] > MAX_ROW_BYTES:
        raise problems.CursorError(problems.unknown_shape(Text("the settings row is far too large")))
    # With text_factory=bytes, TEXT arrives as UTF-8 bytes whatever the database's encoding.
    (value,) = conn.execute(f"SELECT value FROM {ITEM_TABLE} WHERE key = ?", (key,)).fetchone()
    return StoredRow(bytes(value), kind == "blob")


def wal_pair(db_path: Path) -> tuple[Path, Path]:
    """Where SQLite keeps the ``-wal`` and ``-shm`` of ``db_path`` (whether they exist or not)."""
    wal, shm = (db_path.with_name(db_path.name + s) for s in WAL_SUFFIXES)
    return wal, shm


def wal_files(db_path: Path) -> list[Path]:
    """The ``-wal`` and ``-shm`` files beside ``db_path`` that exist now."""
    return [p for p in (db_path.with_name(db_path.name + s) for s in WAL_SUFFIXES) if p.exists()]


@dataclass(frozen=True)
class StateRead:
    """What one read found: the settings row (None when absent) and the names of rows where
    Cursor may keep an Azure key itself (their values are never read)."""

    row: StoredRow | None
    azure_key_rows: tuple[str, ...] = ()


# Rows where some Cursor builds keep provider keys (plain ``cursorAuth/...`` or encrypted
# ``secret://cursorAuth/...``). Only their names are listed, and only when non-empty.
_AZURE_KEY_ROWS = "(key LIKE 'cursorAuth/%azure%' OR key LIKE 'secret://%cursorAuth%azure%')"


def read_state(db_path: Path, key: str = APP_USER_KEY, busy_timeout_s: float = BUSY_TIMEOUT_S) -> StateRead:
    """The row's stored value (None when the row is not there), read without changing anything.

    Raises ``CursorError``: not found (no file), unreadable (locked, damaged, another shape)."""
    check_is_file(db_path)
    has_wal = db_path.with_name(db_path.name + "-wal").exists()
    try:
        conn = sqlite3.connect(_uri(db_path, "ro", immutable=not has_wal), uri=True, timeout=busy_timeout_s)
    except sqlite3.Error as exc:
        reason, _locked = _explain(exc)
        raise problems.CursorError(problems.unreadable(reason, f"open: {exc}")) from None
    try:
        with closing(conn):
            conn.text_factory = bytes
            _check_schema(conn)
            row = _fetch(conn, key)
            names = conn.execute(
                f"SELECT key FROM {ITEM_TABLE} WHERE {_AZURE_KEY_ROWS} AND length(value) > 0 ORDER BY key"
            ).fetchall()
    except sqlite3.Error as exc:
        reason, _locked = _explain(exc)
        raise problems.CursorError(problems.unreadable(reason, f"read: {exc}")) from None
    return StateRead(row, tuple(n[0].decode("utf-8", "replace") for n in names))


def _write_error(exc: sqlite3.Error, stage: str) -> problems.CursorError:
    reason, locked = _explain(exc)
    if locked:
        return problems.CursorError(problems.busy(f"{stage}: {exc}"))
    return problems.CursorError(
        problems.write_failed(
            Text("Could not change Cursor's settings: {reason}", reason=reason), f"{stage}: {exc}"
        )
    )


def replace_row(
    db_path: Path,
    expected: StoredRow,
    new_text: str,
    key: str = APP_USER_KEY,
    busy_timeout_s: float = BUSY_TIMEOUT_S,
) -> None:
    """Set the row to ``new_text`` in one transaction, only if it still holds ``expected``.

    Raises ``CursorError``: busy (locked, or the row changed since it was read), write failed."""
    try:
        conn = sqlite3.connect(_uri(db_path, "rw"), uri=True, timeout=busy_timeout_s, isolation_level=None)
    except sqlite3.Error as exc:
        raise problems.CursorError(
            problems.write_failed(
                Text("Cursor's settings file could not be opened for writing."), f"open: {exc}"
            )
        ) from None
    with closing(conn):
        conn.text_factory = bytes
        try:
            conn.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as exc:
            raise _write_error(exc, "begin") from None
        try:
            _check_schema(conn)
            current = _fetch(conn, key)
            if current != expected:
                raise problems.CursorError(problems.changed_meanwhile())
            cursor = conn.execute(
                f"UPDATE {ITEM_TABLE} SET value = ? WHERE key = ?", (expected.encode(new_text), key)
            )
            if cursor.rowcount != 1:
                raise problems.CursorError(
                    problems.write_failed(
                        Text("Cursor's settings could not be changed."), "UPDATE changed no row"
                    )
                )
            conn.execute("COMMIT")
        except BaseException as exc:
            try:
                conn.execute("ROLLBACK")
            except sqlite3.Error:
                pass  # no transaction left to roll back
            if isinstance(exc, sqlite3.Error):
                raise _write_error(exc, "write") from None
            raise
