"""One request and its response: what every route reads, and the ways it can answer.

Every response carries ``x-request-id`` and ``x-inference-id``, and echoes a valid
``X-Client-Request-Id``; every JSON answer of the service's routes carries what it charged
(``x-aimlapi-credits-used``, ``x-aimlapi-usd-spent``).
"""

from __future__ import annotations

import json
import re
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Protocol
from urllib.parse import parse_qs

from app.simulator.catalog import CREDITS_PER_USD
from app.simulator.errors import openai_error_body, own_error_body
from app.simulator.records import RequestRecord

if TYPE_CHECKING:
    from app.simulator.server import Simulator

JSON_TYPE = "application/json; charset=utf-8"
# 1 to 128 of A-Z a-z 0-9 . _ : -; anything else is dropped without a word, as the service does.
_CLIENT_REQUEST_ID = re.compile(r"[A-Za-z0-9._:-]{1,128}")


class Cut(Exception):
    """Close the connection now, without finishing the response (stream_cut, stop())."""


class Wire(Protocol):
    """The connection under an exchange (the request handler)."""

    request_version: str
    close_connection: bool

    def send_response(self, code: int, message: str | None = None) -> None: ...
    def send_header(self, keyword: str, value: str) -> None: ...
    def end_headers(self) -> None: ...
    def write(self, data: bytes) -> None: ...


def client_request_id(value: str | None) -> str | None:
    value = (value or "").strip()
    return value if _CLIENT_REQUEST_ID.fullmatch(value) else None


def usd_text(credits: int) -> str:
    """Dollars as the service writes them: a plain decimal, no exponent."""
    return f"{credits / CREDITS_PER_USD:.9f}".rstrip("0").rstrip(".") or "0"


@dataclass
class Charge:
    """What an answer cost, and the tokens it counted."""

    credits: int = 0
    prompt_tokens: int = 0
    completion_tokens: int = 0

    def meta(self) -> dict[str, Any]:
        return {"usage": {"credits_used": self.credits, "usd_spent": self.credits / CREDITS_PER_USD}}


class Exchange:
    def __init__(self, wire: Wire, sim: Simulator, record: RequestRecord, client_host: str) -> None:
        self.wire = wire
        self.sim = sim
        self.record = record
        self.client_host = client_host
        self.query_lists = parse_qs(record.raw_query, keep_blank_values=True)
        self.request_id = uuid.uuid4().hex
        self.inference_id = str(uuid.uuid4())
        self.client_request_id = client_request_id(record.headers.get("x-client-request-id"))
        self.arrived = time.monotonic()
        self.arrived_at = time.time()
        self.first_byte: float | None = None
        self.first_token: float | None = None  # first model output of a stream
        self.status: int | None = None  # once the status line is sent
        self.charge = Charge()
        self.chunked = True
        # Runs once just before the last bytes go out, so whatever it records is visible to the
        # client's next request (the chat route writes its log entry here).
        self.on_finish: Callable[[], None] | None = None

    # -- request ----------------------------------------------------------------------------------
    @property
    def method(self) -> str:
        return self.record.method

    @property
    def path(self) -> str:
        return self.record.path

    @property
    def head_only(self) -> bool:
        return self.record.method == "HEAD"

    def header(self, name: str) -> str:
        return self.record.headers.get(name.lower(), "")

    def finish(self) -> None:
        """Run ``on_finish`` if it has not run yet."""
        hook, self.on_finish = self.on_finish, None
        if hook is not None:
            hook()

    def wait(self, ms: float) -> None:
        """Pause, but give up at once when the simulator stops."""
        if ms > 0 and self.sim._stopping.wait(ms / 1000):
            raise Cut()

    # -- response head ----------------------------------------------------------------------------
    @property
    def started(self) -> bool:
        return self.status is not None

    def _head(self, status: int, headers: dict[str, str]) -> None:
        self.status = status
        self.first_byte = time.monotonic()
        self.wire.send_response(status)
        for name, value in headers.items():
            self.wire.send_header(name, value)
        self.wire.send_header("x-request-id", self.request_id)
        self.wire.send_header("x-inference-id", self.inference_id)
        if self.client_request_id is not None:
            self.wire.send_header("x-client-request-id", self.client_request_id)
        if self.wire.close_connection:
            self.wire.send_header("Connection", "close")
        self.wire.end_headers()

    # -- whole answers ----------------------------------------------------------------------------
    def send(
        self, status: int, body: bytes, content_type: str, headers: dict[str, str] | None = None
    ) -> None:
        head = {"Content-Type": content_type, "Content-Length": str(len(body)), **(headers or {})}
        self._head(status, head)
        self.finish()
        if not self.head_only:
            self.wire.write(body)

    def json(self, status: int, obj: Any, headers: dict[str, str] | None = None) -> None:
        self.send_json(status, json.dumps(obj).encode(), headers)

    def send_json(self, status: int, body: bytes, headers: dict[str, str] | None = None) -> None:
        """A JSON answer, with what it charged."""
        cost = {
            "x-aimlapi-credits-used": str(self.charge.credits),
            "x-aimlapi-usd-spent": usd_text(self.charge.credits),
        }
        self.send(status, body, JSON_TYPE, {**cost, **(headers or {})})

    def own_error(
        self, status: int, message: str, headers: dict[str, str] | None = None, **extra: Any
    ) -> None:
        """The service's own error shape."""
        fault = self.sim._faults.peek()
        string_status = self.sim.status_code_string or (
            fault is not None and fault.flag("status_code_string")
        )
        body = own_error_body(
            status, message, self.path, self.request_id, string_status=string_status, **extra
        )
        self.json(status, body, headers)

    def openai_error(
        self,
        status: int,
        message: str,
        code: str | None,
        param: str | None = None,
        type_: str = "invalid_request_error",
    ) -> None:
        self.json(status, openai_error_body(message, code, param, type_))

    def not_modified(self, etag: str) -> None:
        self._head(304, {"ETag": etag})

    # -- streams ----------------------------------------------------------------------------------
    def start_stream(self, status: int = 200) -> None:
        # HTTP/1.0 clients cannot read chunks: the stream ends when the connection closes.
        self.chunked = self.wire.request_version != "HTTP/1.0"
        head = {"Content-Type": "text/event-stream; charset=utf-8", "Cache-Control": "no-cache"}
        if self.chunked:
            head["Transfer-Encoding"] = "chunked"
        else:
            self.wire.close_connection = True
        self._head(status, head)

    def chunk(self, data: bytes) -> None:
        """One piece of the stream; empty data ends it."""
        if not data:
            self.finish()
        if not self.chunked:
            if data:
                self.wire.write(data)
            return
        self.wire.write(f"{len(data):X}\r\n".encode() + data + b"\r\n")
