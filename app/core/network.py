"""How connections are opened, below the transport: the one place that decides where bytes may go.

* A deadline for the whole exchange: every connect, TLS handshake, read and write of a request is
  given only the time left before its deadline, so a server that sends its status line and headers
  one byte at a time is stopped like one that sends nothing (a timeout per read alone never fires),
  and the name lookup too (``name_lookup``: a name server that does not answer).
* Plain http only to this computer: for an ``http://`` base URL, the address actually connected to
  must be a loopback address, whatever the name says (a ``*.localhost`` name or a hosts file can
  point anywhere); otherwise the connection is closed before a byte of the request is sent.
* Proxies: a loopback address never goes through one; an https service may go through the proxy the
  system names (environment, Windows registry, macOS settings, honouring the bypass list), which
  then sees only ``CONNECT host:443``; plain http never goes through one (it is loopback only).
* TLS: at most one context per process, made on first https use and shared by every client (loading
  the trust store costs memory and time); plain-http loopback makes none.

The pieces are httpcore2's public interfaces: a ``NetworkBackend`` of our own, and the connection
pool or proxy under an ``httpx2.BaseTransport`` adapter. httpx2 and httpcore2 are imported when a
transport is made (``build_transport``), never when this module is imported: start-up matters.
"""

from __future__ import annotations

import contextlib
import ipaddress
import threading
import time
from collections.abc import Iterable, Iterator
from functools import cache
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from app.core import name_lookup

if TYPE_CHECKING:
    import ssl

    import httpcore2
    import httpx2

__all__ = [
    "NotThisComputer",
    "build_transport",
    "deadline",
    "is_loopback_address",
    "proxy_for",
    "tls_context",
]


class NotThisComputer(Exception):
    """Plain http was about to go to an address that is not this computer's own."""

    def __init__(self, host: str, address: str) -> None:
        super().__init__(f"{host} is at {address}, not a loopback address")
        self.host = host
        self.address = address


# --- the deadline of the exchange running on this thread ----------------------------------------

_current = threading.local()


@contextlib.contextmanager
def deadline(at: float) -> Iterator[None]:
    """Every connection step this thread takes inside the block ends by ``at`` (``time.monotonic``).
    An exchange runs on one thread from its request to its last byte, so a thread-local is its own."""
    previous = getattr(_current, "deadline", None)
    _current.deadline = at
    try:
        yield
    finally:
        _current.deadline = previous


def _time_left(timeout: float | None, too_late: type[Exception]) -> float | None:
    at: float | None = getattr(_current, "deadline", None)
    if at is None:
        return timeout
    left = at - time.monotonic()
    if left <= 0:
        raise too_late("the whole exchange took longer than its time limit")
    return left if timeout is None else min(timeout, left)


def is_loopback_address(address: str) -> bool:
    try:
        ip = ipaddress.ip_address(address.split("%", 1)[0])
    except ValueError:
        return False
    mapped = getattr(ip, "ipv4_mapped", None)
    return bool(ip.is_loopback or (mapped is not None and mapped.is_loopback))


@cache
def _backend_class() -> type[Any]:
    """Our network backend, defined when httpcore2 is first needed (never at import)."""
    import httpcore2

    class DeadlineStream(httpcore2.NetworkStream):
        """A connection whose every step gets only the time left before the exchange's deadline."""

        def __init__(self, inner: httpcore2.NetworkStream) -> None:
            self._inner = inner

        def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
            return self._inner.read(max_bytes, _time_left(timeout, httpcore2.ReadTimeout))

        def write(self, buffer: bytes, timeout: float | None = None) -> None:
            self._inner.write(buffer, _time_left(timeout, httpcore2.WriteTimeout))

        def close(self) -> None:
            self._inner.close()

        def start_tls(
            self,
            ssl_context: ssl.SSLContext,
            server_hostname: str | None = None,
            timeout: float | None = None,
        ) -> httpcore2.NetworkStream:
            left = _time_left(timeout, httpcore2.ConnectTimeout)
            return DeadlineStream(self._inner.start_tls(ssl_context, server_hostname, left))

        def get_extra_info(self, info: str) -> Any:
            return self._inner.get_extra_info(info)

    class Backend(httpcore2.NetworkBackend):
        """Opens TCP connections within the deadline; with ``loopback_only``, to loopback only."""

        def __init__(self, loopback_only: bool) -> None:
            self._inner = httpcore2.SyncBackend()
            self._loopback_only = loopback_only

        def connect_tcp(
            self,
            host: str,
            port: int,
            timeout: float | None = None,
            local_address: str | None = None,
            socket_options: Iterable[Any] | None = None,
        ) -> httpcore2.NetworkStream:
            stream = self._connect_within_deadline(host, port, timeout, local_address, socket_options)
            if self._loopback_only:
                sock = stream.get_extra_info("socket")
                peer = str(sock.getpeername()[0]) if sock is not None else ""
                if not is_loopback_address(peer):
                    stream.close()  # before one byte of the request, let alone the key
                    raise NotThisComputer(host, peer or "an unknown address")
            return DeadlineStream(stream)

        def _connect_within_deadline(
            self,
            host: str,
            port: int,
            timeout: float | None,
            local_address: str | None,
            socket_options: Iterable[Any] | None,
        ) -> httpcore2.NetworkStream:
            """The name lookup, then each address in turn, all within the time left."""
            try:
                found = name_lookup.addresses(host, port, _time_left(timeout, httpcore2.ConnectTimeout))
            except name_lookup.LookupTooSlow as exc:
                raise httpcore2.ConnectTimeout(str(exc)) from exc
            except OSError as exc:  # socket.gaierror: no such name, no name server
                raise httpcore2.ConnectError(str(exc)) from exc
            refused: httpcore2.ConnectError | None = None
            for _family, address in found:
                left = _time_left(timeout, httpcore2.ConnectTimeout)
                try:
                    return self._inner.connect_tcp(address, port, left, local_address, socket_options)
                except httpcore2.ConnectError as exc:  # the next address may answer
                    refused = exc
            raise refused or httpcore2.ConnectError(f"{host} has no address")

        def connect_unix_socket(
            self, path: str, timeout: float | None = None, socket_options: Iterable[Any] | None = None
        ) -> httpcore2.NetworkStream:
            raise httpcore2.ConnectError("unix sockets are not used")

        def sleep(self, seconds: float) -> None:
            time.sleep(seconds)

    return Backend


# --- one TLS context per process ------------------------------------------------------------------

_tls_lock = threading.Lock()
_tls: dict[tuple[str, str], ssl.SSLContext] = {}


def _certificate_setting() -> tuple[str, str]:
    import os

    return os.environ.get("SSL_CERT_FILE", ""), os.environ.get("SSL_CERT_DIR", "")


def tls_context() -> ssl.SSLContext:
    """The process's one TLS context: the operating system's trust store (or ``SSL_CERT_FILE`` /
    ``SSL_CERT_DIR`` when set), certificates always verified. Made on first use, then shared by
    every client. (Keyed by those two settings, which do not change while the app runs; a test
    that changes them gets a context that follows. A setting that cannot be used raises, every
    time, and is never remembered.)"""
    setting = _certificate_setting()
    with _tls_lock:
        context = _tls.get(setting)
        if context is None:
            import httpcore2

            context = _tls[setting] = httpcore2.default_ssl_context()
        return context


def tls_contexts_made() -> int:
    """How many TLS contexts this process made (for the memory bench and tests)."""
    return len(_tls)


# --- proxies ----------------------------------------------------------------------------------------


def proxy_for(base_url: str) -> str | None:
    """The proxy an https base URL goes through, as the system says (environment, registry or macOS
    settings, with their bypass lists), or None. Never one for loopback or plain http."""
    import urllib.request

    parts = urlsplit(base_url)
    host = (parts.hostname or "").lower()
    if parts.scheme != "https" or not host or host == "localhost" or is_loopback_address(host):
        return None
    proxies = urllib.request.getproxies()
    chosen = proxies.get("https") or proxies.get("all")
    if not chosen or urllib.request.proxy_bypass(host):
        return None
    return chosen if "://" in chosen else f"http://{chosen}"


# --- the transport under httpx2 -------------------------------------------------------------------


def _mapped_error(exc: Exception) -> Exception | None:
    """httpx2's error for one of httpcore2's, the most specific by name (both share the names)."""
    import httpx2

    for cls in type(exc).__mro__:
        target = getattr(httpx2, cls.__name__, None)
        if (
            cls.__module__.startswith("httpcore2")
            and isinstance(target, type)
            and issubclass(target, Exception)
        ):
            return target(str(exc))
    return None


@contextlib.contextmanager
def _httpx_errors() -> Iterator[None]:
    try:
        yield
    except Exception as exc:
        mapped = _mapped_error(exc)
        if mapped is None:
            raise
        raise mapped from exc


def build_transport(base_url: str, *, max_connections: int = 100) -> httpx2.BaseTransport:
    """The transport for one base URL: our backend (deadline, loopback check), the proxy if any, and
    the shared TLS context only when https is used. Raises on a broken proxy or certificate
    setting (the caller turns that into a problem)."""
    import httpcore2
    import httpx2

    scheme = urlsplit(base_url).scheme
    backend = _backend_class()(loopback_only=scheme == "http")
    https = scheme == "https"
    context = tls_context() if https else None
    proxy_url = proxy_for(base_url) if https else None
    pool: httpcore2.ConnectionPool
    common: dict[str, Any] = {
        "max_connections": max_connections,
        # A fresh connection per request: its socket is then always known to the cancel cut.
        "max_keepalive_connections": 0,
        "network_backend": backend,
    }
    if proxy_url is None:
        pool = httpcore2.ConnectionPool(ssl_context=context, **common)
    else:
        proxy = httpx2.Proxy(url=proxy_url)
        if proxy.url.scheme not in ("http", "https"):
            raise httpx2.ProxyError(f"unsupported proxy scheme {proxy.url.scheme!r}")
        pool = httpcore2.HTTPProxy(
            proxy_url=httpcore2.URL(
                scheme=proxy.url.raw_scheme,
                host=proxy.url.raw_host,
                port=proxy.url.port,
                target=proxy.url.raw_path,
            ),
            proxy_auth=proxy.raw_auth,
            proxy_headers=proxy.headers.raw,
            ssl_context=context,
            proxy_ssl_context=tls_context() if proxy.url.scheme == "https" else None,
            **common,
        )
    adapter: httpx2.BaseTransport = _adapter_class()(pool)
    return adapter


class _ResponseBody:
    """The body of an answer, with httpcore2's errors turned into httpx2's."""

    def __init__(self, stream: Iterable[bytes]) -> None:
        self._stream = stream

    def __iter__(self) -> Iterator[bytes]:
        with _httpx_errors():
            yield from self._stream

    def close(self) -> None:
        close = getattr(self._stream, "close", None)
        if close is not None:
            with _httpx_errors():
                close()


@cache
def _adapter_class() -> type[Any]:
    """An ``httpx2.BaseTransport`` over an httpcore2 pool, defined when httpx2 is first needed."""
    import httpx2

    class Body(_ResponseBody, httpx2.SyncByteStream):
        pass

    class Adapter(httpx2.BaseTransport):
        def __init__(self, pool: httpcore2.ConnectionPool) -> None:
            self._pool = pool

        def handle_request(self, request: httpx2.Request) -> httpx2.Response:
            import httpcore2

            url = request.url
            core_request = httpcore2.Request(
                method=request.method,
                url=httpcore2.URL(
                    scheme=url.raw_scheme, host=url.raw_host, port=url.port, target=url.raw_path
                ),
                headers=request.headers.raw,
                content=request.stream,
                extensions=request.extensions,
            )
            with _httpx_errors():
                answer = self._pool.handle_request(core_request)
            return httpx2.Response(
                status_code=answer.status,
                headers=answer.headers,
                stream=Body(answer.stream),  # type: ignore[arg-type]
                extensions=answer.extensions,
            )

        def close(self) -> None:
            self._pool.close()

    return Adapter
