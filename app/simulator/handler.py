"""The HTTP plumbing: read one request off the connection, hand it to the routes, survive anything.

HTTP/1.1 with keep-alive, chunked request bodies, ``Expect: 100-continue``, absolute-form targets
(as sent to a proxy) and HTTP/1.0 clients (streams then end by closing the connection).
"""

from __future__ import annotations

import socket
from http.server import BaseHTTPRequestHandler
from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qsl

from app.simulator import control, routes
from app.simulator.exchange import Cut, Exchange
from app.simulator.records import RequestRecord

if TYPE_CHECKING:
    from app.simulator.server import Simulator, SimulatorHTTPServer

MAX_BODY = 8 * 1024 * 1024


class BodyError(ValueError):
    """A request body that is too large or not valid chunked encoding."""


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "aimlapi-simulator"
    sys_version = ""
    # Idle keep-alive connections end after this; stop() closes them sooner.
    timeout = 30
    server: SimulatorHTTPServer

    def setup(self) -> None:
        super().setup()
        self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        self.server.track(self.connection)

    def finish(self) -> None:
        try:
            super().finish()
        finally:
            self.server.untrack(self.connection)

    def log_message(self, format: str, *args: Any) -> None:
        pass

    def version_string(self) -> str:
        return self.server_version

    def write(self, data: bytes) -> None:
        self.wfile.write(data)

    @property
    def sim(self) -> Simulator:
        return self.server.sim

    def do_GET(self) -> None:
        self._serve()

    do_HEAD = do_POST = do_PUT = do_PATCH = do_DELETE = do_OPTIONS = do_GET

    # -- reading ----------------------------------------------------------------------------------
    def _read_chunked(self) -> bytes:
        parts: list[bytes] = []
        total = 0
        while True:
            size_line = self.rfile.readline(1024)
            try:
                size = int(size_line.split(b";")[0].strip() or b"0", 16)
            except ValueError:
                raise BodyError("bad chunk size") from None
            if size == 0:
                while self.rfile.readline(1024) not in (b"\r\n", b"\n", b""):
                    pass
                return b"".join(parts)
            total += size
            if total > MAX_BODY:
                raise BodyError("body too large")
            parts.append(self.rfile.read(size))
            self.rfile.readline(1024)

    def _read_body(self) -> bytes:
        if "chunked" in self.headers.get("Transfer-Encoding", "").lower():
            return self._read_chunked()
        try:
            length = int(self.headers.get("Content-Length") or 0)
        except ValueError:
            raise BodyError("bad Content-Length") from None
        if length > MAX_BODY:
            raise BodyError("body too large")
        return self.rfile.read(length) if length > 0 else b""

    def _record(self, body: bytes) -> RequestRecord:
        target = self.path
        if "://" in target.split("?", 1)[0]:  # absolute-form, as sent to a proxy
            target = "/" + target.split("://", 1)[1].partition("/")[2]
        path, _, raw_query = target.partition("?")
        return RequestRecord(
            method=self.command,
            path=path,
            query=dict(parse_qsl(raw_query, keep_blank_values=True)),
            raw_query=raw_query,
            headers={k.lower(): v for k, v in self.headers.items()},
            body=body,
        )

    # -- serving ----------------------------------------------------------------------------------
    def _serve(self) -> None:
        try:
            body = self._read_body()
        except (BodyError, OSError):
            self.close_connection = True
            body = None
        ex = Exchange(self, self.sim, self._record(body or b""), self.client_address[0])
        if body is None:
            ex.own_error(413, "Request body too large or malformed.")
        elif ex.path.startswith(control.PREFIX):
            control.handle(ex)
        else:
            self.sim.requests.append(ex.record)
            self._route(ex)

    def _route(self, ex: Exchange) -> None:
        try:
            ex.wait(self.sim.latency_ms)
            routes.dispatch(ex)
        except (Cut, BrokenPipeError, ConnectionResetError, ConnectionAbortedError):
            self.close_connection = True
        except Exception:
            # A simulator bug must still look like a server: a 500 when nothing was sent yet.
            self.close_connection = True
            if not ex.started:
                ex.own_error(500, "Internal server error")
