"""A server that hands the key back encoded (base64, hexadecimal, reversed, spelled out a character
at a time or as HTML, JSON or URL escapes) in an error message gets it shown nowhere: not in the
text, not in --json, not in the diagnostic report."""

from __future__ import annotations

import base64
import json
import socket
from pathlib import Path

from tests.cli_process import cli_env, run_cli
from tests.conftest import TEST_KEY
from tests.rawserver import RawRequest, RawServer, http_head

RAW = TEST_KEY.encode()
ENCODED = {
    "base64": base64.b64encode(RAW).decode(),
    "base64 url-safe, unpadded": base64.urlsafe_b64encode(RAW).decode().rstrip("="),
    # The key inside a longer encoded text, as a header would be: its characters shift.
    "base64 of the header": base64.b64encode(b"api-key: " + RAW).decode(),
    "base64 of a bearer header": base64.b64encode(b"Bearer " + RAW).decode(),
    "hex": RAW.hex(),
    "HEX": RAW.hex().upper(),
    "reversed": TEST_KEY[::-1],
    # Spelled out: a character at a time, or each as an escape.
    "spaced": " ".join(TEST_KEY),
    "dashed": "-".join(TEST_KEY),
    "HTML entities": "".join(f"&#{ord(c)};" for c in TEST_KEY),
    "HTML hex entities": "".join(f"&#x{ord(c):x};" for c in TEST_KEY),
    "JSON escapes": "".join(f"\\u{ord(c):04x}" for c in TEST_KEY),
    "percent-encoded, every byte": "".join(f"%{b:02X}" for b in RAW),
    "one per line": "\n".join(TEST_KEY),
    "long separators": " --- ".join(TEST_KEY),
    "a JSON list of characters": json.dumps(list(TEST_KEY)),
    "HTML entities without ;": "".join(f"&#00{ord(c)}" for c in TEST_KEY),
    "escapes mixed with plain": "".join(f"&#{ord(c)};" if i % 2 else c for i, c in enumerate(TEST_KEY)),
    "some bytes percent-encoded": "".join(f"%{ord(c):02x}" if c.isdigit() else c for c in TEST_KEY),
    "quoted-printable": "".join(f"={b:02X}" for b in RAW),
    "in fives": " ".join(TEST_KEY[i : i + 5] for i in range(0, len(TEST_KEY), 5)),
}


def echoing_service(request: RawRequest, conn: socket.socket) -> None:
    said = "; ".join(f"{name}={value}" for name, value in ENCODED.items())
    body = json.dumps({"message": f"Invalid key ({said})", "statusCode": 401}).encode()
    head = {"Content-Type": "application/json", "Content-Length": str(len(body)), "Connection": "close"}
    conn.sendall(http_head("401 Unauthorized", head) + body)


def test_the_key_echoed_back_encoded_is_never_shown(tmp_path: Path) -> None:
    report = tmp_path / "report.json"
    outputs = []
    with RawServer(echoing_service) as server:
        for extra in (["--json", "--report", str(report)], []):
            ran = run_cli("verify", "--base-url", server.url, *extra, env=cli_env(AIMLAPI_API_KEY=TEST_KEY))
            assert ran.code == 1, ran.err
            outputs.append(ran.text)
    outputs.append(report.read_text(encoding="utf-8"))
    assert "Invalid key" in outputs[0]  # the message itself is still shown
    for text in outputs:
        for name, value in ENCODED.items():
            core = value.rstrip("=")[4:-4]  # even the middle of the encoded key
            assert core not in text, name
