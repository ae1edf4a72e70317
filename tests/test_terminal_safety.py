"""A server's text never drives the terminal: escape sequences (clear the screen, set the window
title, write the clipboard with OSC 52), bells, carriage returns and direction overrides in a
model's id or name, or in a chat reply, reach neither the terminal nor the diagnostic report."""

from __future__ import annotations

import json
import socket
from pathlib import Path

import pytest

from tests.cli_process import cli_env, run_cli
from tests.conftest import TEST_KEY
from tests.rawserver import RawRequest, RawServer, http_head

# Clear the screen, put "pwned" on the clipboard, ring the bell, overwrite the line, reverse text.
HOSTILE = "\x1b[2J\x1b]52;c;ZWNobyBwd25lZA==\x07\r\nINJECTED\u202egnp.exe\x9b31m"
CONTROLS = ("\x1b", "\x07", "\r", "\u202e", "\x9b")
HOSTILE_ID = "evil/m" + HOSTILE
GOOD_ID = "good/model"


def _send_json(conn: socket.socket, status: str, data: object) -> None:
    body = json.dumps(data).encode()
    head = {"Content-Type": "application/json", "Content-Length": str(len(body)), "Connection": "close"}
    conn.sendall(http_head(status, head) + body)


def hostile_service(request: RawRequest, conn: socket.socket) -> None:
    """A service whose catalog and chat answers carry terminal controls."""
    if request.target.startswith(("/models", "/v1/models")):
        entries = [
            {
                "id": HOSTILE_ID,
                "aliases": ["a" + HOSTILE],
                "type": "openai/chat-completions",
                "info": {"name": "Nice" + HOSTILE, "developer": "D" + HOSTILE},
            },
            {
                "id": GOOD_ID,
                "aliases": ["good" + HOSTILE, "good-alias"],
                "type": "openai/chat-completions",
                "info": {"name": "Good" + HOSTILE, "developer": "Dev"},
            },
        ]
        _send_json(conn, "200 OK", {"object": "list", "data": entries})
    elif "/chat/completions" in request.target:
        message = {"role": "assistant", "content": "Hello" + HOSTILE}
        choice = {"index": 0, "finish_reason": "stop", "message": message}
        _send_json(
            conn, "200 OK", {"id": "x", "object": "chat.completion", "model": GOOD_ID, "choices": [choice]}
        )
    elif request.target.startswith("/v2/billing"):
        _send_json(conn, "200 OK", {"current_balance": 5.0, "currency": "USD"})
    else:
        _send_json(conn, "404 Not Found", {"message": "Not found", "statusCode": 404})


def assert_no_controls(text: str) -> None:
    for control in CONTROLS:
        assert control not in text, repr(control)


@pytest.mark.parametrize("as_json", [False, True])
def test_models_never_prints_a_servers_escape_codes(as_json: bool) -> None:
    with RawServer(hostile_service) as server:
        ran = run_cli("models", "--base-url", server.url, *(["--json"] if as_json else []))
    assert ran.code == 0, ran.err
    assert_no_controls(ran.out + ran.err)
    assert GOOD_ID in ran.out, ran.out
    if as_json:
        ids = [m["id"] for m in json.loads(ran.out)["models"]]
        # A model id holding control characters cannot be typed into Cursor: it is not listed.
        assert ids == [GOOD_ID]


def test_a_chat_reply_never_drives_the_terminal_nor_lands_in_the_report(tmp_path: Path) -> None:
    report = tmp_path / "report.txt"
    with RawServer(hostile_service) as server:
        ran = run_cli(
            "verify",
            "--base-url",
            server.url,
            "--deployment",
            GOOD_ID,
            "--report",
            str(report),
            env=cli_env(AIMLAPI_API_KEY=TEST_KEY),
        )
    assert "Hello" in ran.out, ran.out
    assert_no_controls(ran.out + ran.err)
    assert_no_controls(report.read_text(encoding="utf-8"))
