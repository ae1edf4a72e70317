"""Demo mode's stand-ins for Cursor: a Cursor on disk to read, apply to and restore, and "send one
message in Cursor", without a Cursor.

``make_demo_cursor(folder)`` builds a Cursor in ``folder``: an install folder with its
``product.json`` and a ``User`` folder whose state database (SQLite in WAL mode, Cursor's documented
schema) holds the AI settings of a Cursor 3.x never set up for AI/ML API. Its process table is an
empty folder, so it never runs, whatever runs on this computer (a real Cursor included). Applying
the simulator's address to it needs ``apply_to_cursor(..., allow_loopback=True)``.

Cursor's chat requests come from Cursor's servers, which can never reach the built-in simulator
on this computer. In ``--demo`` the simulator records such a request itself when asked through its
loopback-only control endpoint (``POST /_simulator/cursor-request``): as Cursor's servers send it
(api-version 2024-12-01-preview, no client request id, origin ``api``), logged for the demo key.
The traffic check then finds it in the request log exactly as it would find Cursor's.

Only an address on this computer is ever asked: the control endpoint exists on the simulator
alone, and a request meant for it has no business anywhere else.
"""

from __future__ import annotations

import ipaddress
import json
import sqlite3
from contextlib import closing
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from app.core.cursor.account import LogRow, parse_logs
from app.core.cursor.install import CursorInstall, find_cursor
from app.core.cursor.platforms import STATE_DB_PARTS, Platform, Roots
from app.core.cursor.statedb import APP_USER_KEY, ITEM_TABLE
from app.core.diagnosis import bad_response
from app.core.errors import AppError, InvalidInput, ServiceError
from app.core.text import Text

CURSOR_REQUEST_PATH = "/_simulator/cursor-request"
DEMO_TIMEOUT_S = 10.0
DEMO_CURSOR_VERSION = "3.18.0"
# A Cursor 3.x as installed: the Azure section empty, its own models chosen.
DEMO_APP_USER: dict[str, Any] = {
    "azureState": {"useAzure": False, "baseUrl": "", "deployment": "", "apiKey": ""},
    "useOpenAIKey": False,
    "openAIBaseUrl": "",
    "aiSettings": {
        "userAddedModels": [],
        "modelOverrideEnabled": ["claude-4-sonnet", "gpt-5"],
        "modelOverrideDisabled": [],
        "modelConfig": {"composer": {"modelName": "claude-4-sonnet"}},
    },
}


def make_demo_cursor(folder: Path) -> CursorInstall:
    """A stand-in Cursor in ``folder`` (made when missing, kept when there: a demo run can apply,
    restore and apply again). Raises OSError or sqlite3.Error when ``folder`` cannot be written."""
    app_dir, data_dir = folder / "Cursor", folder / "User"
    product = app_dir / "resources" / "app" / "product.json"
    product.parent.mkdir(parents=True, exist_ok=True)
    if not product.is_file():
        product.write_text(
            json.dumps({"nameShort": "Cursor", "version": DEMO_CURSOR_VERSION, "vscodeVersion": "1.99.3"}),
            encoding="utf-8",
        )
    db_path = data_dir.joinpath(*STATE_DB_PARTS)
    if not db_path.is_file():
        db_path.parent.mkdir(parents=True, exist_ok=True)
        with closing(sqlite3.connect(db_path)) as conn:
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute(f"CREATE TABLE {ITEM_TABLE} (key TEXT UNIQUE ON CONFLICT REPLACE, value BLOB)")
            conn.execute(
                f"INSERT INTO {ITEM_TABLE} VALUES (?, ?)",
                (APP_USER_KEY, json.dumps(DEMO_APP_USER, separators=(",", ":"))),
            )
            conn.commit()
    no_processes = folder / "processes"
    no_processes.mkdir(exist_ok=True)
    roots = Roots(home=folder, proc=no_processes, appimage_dirs=())
    # Linux rules whatever this computer runs: its process table is the empty folder above.
    return find_cursor(app_dir, data_dir, platform=Platform.LINUX, roots=roots, env={})


def is_this_computer(base_url: str) -> bool:
    """Whether ``base_url`` names this computer by a loopback address or ``localhost`` itself
    (never by another name that would have to be looked up)."""
    try:
        parts = urlsplit(base_url.strip())
        host = (parts.hostname or "").lower()
    except ValueError:
        return False
    if parts.scheme not in ("http", "https") or not host:
        return False
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def send_demo_cursor_request(
    base_url: str,
    deployment: str,
    ok: bool = True,
    *,
    status: int | None = None,
    timeout_s: float = DEMO_TIMEOUT_S,
) -> LogRow:
    """Have the simulator at ``base_url`` record one chat request the way Cursor's servers send
    it, for ``deployment``: succeeded (``ok``) or failed with ``status`` (500 when not given).
    -> the row as the request log shows it. Raises InvalidInput for an address that is not this
    computer, ServiceError when the simulator refuses, cannot be reached or answers oddly."""
    if not is_this_computer(base_url):
        raise InvalidInput(
            "base_url",
            Text(
                "A stand-in for Cursor's request can only be sent to the built-in simulator on this "
                "computer, not to {url}.",
                url=base_url,
            ),
            Text("Start the app with --demo to try it."),
        )
    from app.core.transport import Transport  # the network stack loads when first needed

    body: dict[str, Any] = {"deployment": deployment, "ok": ok}
    if status is not None:
        body["status"] = status
    with Transport(base_url, timeout_s) as transport:
        reply = transport.request(
            "POST",
            CURSOR_REQUEST_PATH,
            what=Text("the simulated Cursor request"),
            headers={"Content-Type": "application/json"},
            content=json.dumps(body).encode("utf-8"),
            deployment=deployment,
        )
    try:
        row = json.loads(reply.body.decode("utf-8")).get("row")
        rows = parse_logs({"data": [row]}).rows
    except (ValueError, AttributeError, AppError):
        rows = ()
    if not rows:
        raise ServiceError(bad_response(Text("The simulator's answer was not in the expected format.")))
    return rows[0]
