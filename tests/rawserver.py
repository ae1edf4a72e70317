"""A tiny TCP server on 127.0.0.1 that lets a test write any bytes: broken, slow, endless or hostile.

The handler gets the parsed request and the raw socket, so a test can send headers then nothing,
reset the connection, flood, redirect, or speak TLS with an untrusted certificate.
"""

from __future__ import annotations

import contextlib
import socket
import ssl
import struct
import threading
from collections.abc import Callable
from dataclasses import dataclass


@dataclass
class RawRequest:
    method: str
    target: str  # path and query as sent
    headers: dict[str, str]  # lowercase names
    body: bytes


Handler = Callable[[RawRequest, socket.socket], None]


def read_request(conn: socket.socket) -> RawRequest | None:
    buf = b""
    while b"\r\n\r\n" not in buf:
        piece = conn.recv(65536)
        if not piece:
            return None
        buf += piece
        if len(buf) > 1_000_000:
            return None
    head, _, rest = buf.partition(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    method, target, _ = [*lines[0].split(" ", 2), "", ""][:3]
    headers = {}
    for line in lines[1:]:
        name, _, value = line.partition(":")
        headers[name.strip().lower()] = value.strip()
    length = int(headers.get("content-length", "0") or 0)
    while len(rest) < length:
        piece = conn.recv(65536)
        if not piece:
            break
        rest += piece
    return RawRequest(method, target, headers, rest[:length])


def send_reset(conn: socket.socket) -> None:
    """Close with a TCP reset (SO_LINGER 0) instead of a clean close."""
    with contextlib.suppress(OSError):
        conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    conn.close()


def http_head(status: str, headers: dict[str, str]) -> bytes:
    lines = [f"HTTP/1.1 {status}"] + [f"{k}: {v}" for k, v in headers.items()]
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")


class RawServer:
    def __init__(self, handler: Handler, tls: ssl.SSLContext | None = None, host: str = "127.0.0.1") -> None:
        self.handler = handler
        self.tls = tls
        self.host = host
        self.requests: list[RawRequest] = []
        self.connections = 0
        self.errors: list[BaseException] = []
        self._sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._sock.bind((host, 0))
        self._sock.listen(16)
        self._sock.settimeout(0.05)  # accept() wakes up to notice the stop
        self.port = self._sock.getsockname()[1]
        self._stop = threading.Event()
        self._open: list[socket.socket] = []
        self._thread = threading.Thread(target=self._serve, daemon=True)

    @property
    def url(self) -> str:
        return f"{'https' if self.tls else 'http'}://{self.host}:{self.port}"

    @property
    def stopping(self) -> bool:
        return self._stop.is_set()

    def __enter__(self) -> RawServer:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        with contextlib.suppress(OSError):
            self._sock.close()
        for conn in list(self._open):
            with contextlib.suppress(OSError):
                conn.close()
        self._thread.join(timeout=2)

    def _serve(self) -> None:
        while not self._stop.is_set():
            try:
                conn, _ = self._sock.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            self.connections += 1
            self._open.append(conn)
            threading.Thread(target=self._handle, args=(conn,), daemon=True).start()

    def _handle(self, conn: socket.socket) -> None:
        try:
            conn.settimeout(10)  # accepted sockets inherit the listener's short timeout otherwise
            if self.tls is not None:
                conn = self.tls.wrap_socket(conn, server_side=True)
                self._open.append(conn)
            request = read_request(conn)
            if request is None:
                return
            self.requests.append(request)
            self.handler(request, conn)
        except (OSError, ssl.SSLError) as exc:  # the client hung up, as hostile tests expect
            self.errors.append(exc)
        finally:
            with contextlib.suppress(OSError):
                conn.close()
