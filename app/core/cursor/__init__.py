"""Cursor on this computer: find it, read its settings, compare them with the values our checks
proved, apply ours (with a backup), restore, and tell from the service's request log whether
Cursor's own requests arrive. Plain Python: the command line and the window are thin views of it.

Modules, one job each:

- ``platforms``: where Cursor lives on Windows, macOS and Linux (pure path rules).
- ``processes``: whether Cursor is running (Linux ``/proc``, Windows ``tasklist``, macOS ``ps``).
- ``install``: ``find_cursor`` -> ``CursorInstall`` (program, version, data folder, running).
- ``statedb``: one row of Cursor's SQLite state database, read safely and written in one transaction.
- ``settings``: ``read_settings`` -> ``CursorSettings`` (the Azure section, the OpenAI override,
  custom models), with unknown fields marked unknown.
- ``findings``: ``diagnose`` -> one ``Finding`` per id in ``FINDING_IDS``.
- ``backups``: timestamped, verified, owner-only copies of the database beside it, the last ten kept.
- ``apply``: ``apply_to_cursor`` (with a dry run), ``restore_backup``, ``list_backups``.
- ``ours``: the custom models an Apply added, so the next one switches them off for its own.
- ``proof``: ``verify_like_cursor``, Cursor's Verify request with the values to apply.
- ``account``: parsers for the service's ``/v2/logs``, ``/v1/key`` and ``/models/metrics``.
- ``traffic``: the verdict on Cursor's own requests (arrived and succeed, arrived and fail, none).
- ``check``: ``check_traffic`` -> ``TrafficVerdict``: the whole check, the service's request log,
  key and model health asked with the user's key, Cursor's settings read to rule causes out.
- ``demo``: stand-ins for ``--demo``: ``make_demo_cursor`` (a Cursor on disk that never runs) and
  ``send_demo_cursor_request`` (the simulator records a request as Cursor's servers send it).
- ``status``: ``cursor_status`` -> ``CursorStatus`` with the stable JSON form.
- ``problems``: every Cursor-side failure as a ``Problem``, and ``CursorError``.

Safety rules (each is tested):

1. The key. Cursor's copy of the API key is never read into anything that leaves the function
   that parses the settings: only "a key is set: yes / no / unknown" comes out. It is never
   written, logged, printed or put in an error; values read from Cursor are scrubbed of it (and
   of every registered secret) in case it was pasted into the wrong field. Rows where Cursor
   keeps keys (``cursorAuth/...``) are never read; at most their names are listed.
2. Reading changes nothing. A read-only connection with a busy timeout, opened and closed in one
   call (``immutable`` when there is no ``-wal``, so no files appear beside Cursor's). A missing
   file, a locked or damaged database, another schema or unreadable JSON is a clear "could not read
   Cursor's settings", never a crash; a field of an unknown type is "unknown", never guessed.
3. Writing happens only while no Cursor process runs (unknown counts as running; nothing is ever
   stopped; asked before the backup, just before the write and after it), after a verified backup,
   in one transaction that touches one row and inside it only the named fields, and only if the row
   still holds what was planned from. The result is read back; on a mismatch the backup is put
   back. Any failure before the commit leaves every byte of the database as it was.
4. Backups live beside Cursor's database, in Cursor's own folder (``backups.backups_folder``:
   ``globalStorage/cursor-azure-setup-backups/``), owner-only, the last ten kept. They are
   byte-exact copies of Cursor's database, so they hold whatever Cursor keeps there, its copy of
   the key included: kept where Cursor already keeps that copy, no file in a folder of ours ever
   holds it. Restore brings the newest pre-Apply copy back, after saving the current one.
"""

from __future__ import annotations

from app.core.cursor.account import (
    KeyInfo,
    LogPage,
    LogRow,
    ModelHealth,
    key_info_from_response,
    parse_logs,
    parse_metrics,
    parse_period,
    read_log_pages,
)
from app.core.cursor.apply import (
    ApplyResult,
    FieldChange,
    Outcome,
    RestoreResult,
    apply_to_cursor,
    list_backups,
    restore_backup,
)
from app.core.cursor.backups import Backup, backups_folder
from app.core.cursor.check import check_traffic
from app.core.cursor.demo import make_demo_cursor, send_demo_cursor_request
from app.core.cursor.findings import FINDING_IDS, Finding, FindingStatus, Target, diagnose
from app.core.cursor.install import ENV_APP, ENV_DATA, CursorInstall, find_cursor, running_now
from app.core.cursor.platforms import Platform, Roots
from app.core.cursor.problems import CursorError
from app.core.cursor.settings import CursorSettings, read_settings
from app.core.cursor.status import CursorStatus, cursor_status, status_of
from app.core.cursor.traffic import TrafficVerdict, Verdict, traffic_verdict

__all__ = [
    "ENV_APP",
    "ENV_DATA",
    "FINDING_IDS",
    "ApplyResult",
    "Backup",
    "CursorError",
    "CursorInstall",
    "CursorSettings",
    "CursorStatus",
    "FieldChange",
    "Finding",
    "FindingStatus",
    "KeyInfo",
    "LogPage",
    "LogRow",
    "ModelHealth",
    "Outcome",
    "Platform",
    "RestoreResult",
    "Roots",
    "Target",
    "TrafficVerdict",
    "Verdict",
    "apply_to_cursor",
    "backups_folder",
    "check_traffic",
    "cursor_status",
    "diagnose",
    "find_cursor",
    "key_info_from_response",
    "list_backups",
    "make_demo_cursor",
    "parse_logs",
    "parse_metrics",
    "parse_period",
    "read_log_pages",
    "read_settings",
    "restore_backup",
    "running_now",
    "send_demo_cursor_request",
    "status_of",
    "traffic_verdict",
]
