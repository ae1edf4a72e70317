"""The simulator: a real HTTP server on loopback that answers like AI/ML API, with faults on demand.

Served by the standard library's ``ThreadingHTTPServer`` (``serve_forever`` on a thread, ``shutdown``
to stop), one thread per connection. The rooms: ``handler`` (HTTP plumbing), ``routes`` (routing and
the key check), ``chat``, ``completions`` and ``sse`` (the chat answer and its stream), ``catalog`` and
``catalog_routes``, ``account`` and ``ledger`` (balance, usage, request log, key, model health),
``faults`` and ``fault_replies``, ``control`` (``/_simulator/*``), ``cursor_traffic``.
"""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Callable
from http.server import ThreadingHTTPServer
from typing import Any

from app.simulator import cursor_traffic
from app.simulator.account import LOGS_WINDOW_S, RateWindow
from app.simulator.catalog import SHAPES, CatalogModel
from app.simulator.control import is_loopback_client
from app.simulator.errors import CREDITS_MESSAGES
from app.simulator.faults import FaultState, parse_fault_spec
from app.simulator.handler import Handler
from app.simulator.ledger import Account, Ledger
from app.simulator.records import RequestLog, RequestRecord

__all__ = ["DEMO_KEY", "RequestLog", "RequestRecord", "Simulator", "is_loopback_client", "run"]

DEMO_KEY = "sim-key-demo-0000000000000000000000"
STREAM_STYLES = ("auto", "standard", "claude")
OPTIONS = (
    "catalog_shape",
    "stream_style",
    "credits_message",
    "status_code_string",
    "latency_ms",
    "logs_rate_limit",
)
# How often the serving loop looks up from accept() to notice stop().
_POLL_S = 0.05


class SimulatorHTTPServer(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True

    def __init__(self, addr: tuple[str, int], sim: Simulator) -> None:
        if ":" in addr[0]:
            self.address_family = socket.AF_INET6
        self.sim = sim
        self._open: set[socket.socket] = set()
        self._open_lock = threading.Lock()
        super().__init__(addr, Handler)

    def track(self, conn: socket.socket) -> None:
        with self._open_lock:
            self._open.add(conn)

    def untrack(self, conn: socket.socket) -> None:
        with self._open_lock:
            self._open.discard(conn)

    def close_connections(self) -> None:
        """End idle keep-alive connections and in-flight streams at once."""
        with self._open_lock:
            conns = list(self._open)
        for conn in conns:
            try:
                conn.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass

    def handle_error(self, request: Any, client_address: Any) -> None:
        # A client that hangs up mid-response is normal; never print tracebacks.
        pass


class _Choice:
    """An option that takes one of a few values; anything else is a ValueError saying which."""

    def __init__(self, *allowed: Any) -> None:
        self.allowed = allowed

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    def __get__(self, obj: Any, objtype: type | None = None) -> Any:
        return self if obj is None else obj.__dict__[self.name]

    def __set__(self, obj: Any, value: Any) -> None:
        if value not in self.allowed:
            shown = ", ".join(str(a).lower() if isinstance(a, bool) else str(a) for a in self.allowed)
            raise ValueError(f"{self.name} must be one of: {shown}.")
        obj.__dict__[self.name] = value


def _whole_number(name: str, value: Any, low: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int | str) or not str(value).strip().isdigit():
        raise ValueError(f"{name} must be a whole number.")
    if int(value) < low:
        raise ValueError(f"{name} must be at least {low}.")
    return int(value)


class Simulator:
    """A real HTTP server on loopback that answers like AI/ML API, with faults on demand."""

    # Pause before the first streamed token and between tokens, so time to first token is measurable.
    token_delay_ms: int = 5
    # The model catalog's shape: current (default), legacy, or a bare top-level array.
    catalog_shape = _Choice(*SHAPES)
    # Claude style streams for anthropic/ deployments ("auto"), for every model, or for none.
    stream_style = _Choice(*STREAM_STYLES)
    # Which documented out-of-credits text a 403 carries.
    credits_message = _Choice(*CREDITS_MESSAGES)
    # The service's own error shape with ``statusCode`` as a string, as it has been documented too.
    status_code_string = _Choice(False, True)

    def __init__(
        self,
        api_key: str = DEMO_KEY,
        host: str = "127.0.0.1",
        port: int = 0,
        latency_ms: int = 0,
        *,
        catalog_shape: str = "current",
        stream_style: str = "auto",
        credits_message: str = "current",
        status_code_string: bool = False,
        account: Account | None = None,
        logs_rate_limit: int = 200,
    ) -> None:
        self.api_key = api_key
        self.host = host
        self.port = port
        self.latency_ms = latency_ms
        self.catalog_shape = catalog_shape
        self.stream_style = stream_style
        self.credits_message = credits_message
        self.status_code_string = status_code_string
        self.account = account if account is not None else Account()
        self.requests = RequestLog()
        self.ledger = Ledger()
        self._logs_rate = RateWindow(_whole_number("logs_rate_limit", logs_rate_limit, 1), LOGS_WINDOW_S)
        self._faults = FaultState()
        self._stopping = threading.Event()
        self._server: SimulatorHTTPServer | None = None
        self._thread: threading.Thread | None = None

    # -- lifecycle --------------------------------------------------------------------------------
    @property
    def url(self) -> str:
        if self._server is None:
            raise RuntimeError("The simulator is not running; call start() first.")
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{host}:{self.port}"

    def start(self) -> str:
        if self._server is not None:
            return self.url
        self._stopping.clear()
        try:
            server = SimulatorHTTPServer((self.host, self.port), self)
        except OSError as exc:
            raise OSError(
                exc.errno, f"Cannot listen on {self.host}:{self.port} ({exc.strerror}); choose another port."
            ) from None
        self._server = server
        self.port = server.server_address[1]
        self._thread = threading.Thread(
            target=server.serve_forever,
            kwargs={"poll_interval": _POLL_S},
            name="aimlapi-simulator",
            daemon=True,
        )
        self._thread.start()
        return self.url

    def stop(self) -> None:
        server, thread = self._server, self._thread
        if server is None:
            return
        self._stopping.set()  # wakes every delayed response
        server.shutdown()
        server.close_connections()
        server.server_close()
        if thread is not None:
            thread.join(timeout=5)
        self._server = None
        self._thread = None

    def __enter__(self) -> Simulator:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # -- faults and options -----------------------------------------------------------------------
    def set_fault(self, name: str | None, **options: Any) -> None:
        """Inject a fault (see faults.FAULTS); None clears it. Raises ValueError for unknown ones."""
        self._faults.set(name, options)

    @property
    def fault(self) -> str | None:
        f = self._faults.peek()
        return f.name if f else None

    @property
    def logs_rate_limit(self) -> int:
        """Requests per key to ``/v2/logs`` in any 60 seconds before it answers 429."""
        return self._logs_rate.limit

    @logs_rate_limit.setter
    def logs_rate_limit(self, value: int) -> None:
        self._logs_rate.limit = _whole_number("logs_rate_limit", value, 1)

    def options(self) -> dict[str, Any]:
        return {name: getattr(self, name) for name in OPTIONS}

    def set_options(self, **options: Any) -> None:
        """Change options by name (see OPTIONS); all are checked before any changes."""
        unknown = sorted(set(options) - set(OPTIONS))
        if unknown:
            raise ValueError(f"Unknown option {unknown[0]!r}; options: {', '.join(OPTIONS)}.")
        if "latency_ms" in options:
            options["latency_ms"] = _whole_number("latency_ms", options["latency_ms"], 0)
        before = self.options()
        try:
            for name, value in options.items():
                setattr(self, name, value)
        except ValueError:
            for name, value in before.items():
                setattr(self, name, value)
            raise

    def claude_style(self, model: CatalogModel) -> bool:
        """Whether a stream from ``model`` comes in the Claude-backed style."""
        return self.stream_style == "claude" or (self.stream_style == "auto" and model.claude_backed)

    # -- traffic that did not come through our own client -----------------------------------------
    def record_cursor_request(
        self,
        deployment: str,
        ok: bool = True,
        status: int | None = None,
        *,
        ago_s: float = 0.0,
        api_key: str | None = None,
    ) -> dict[str, Any]:
        """A chat request as Cursor's servers send it (no client request id, api-version
        2024-12-01-preview, origin ``api``), succeeded or failed with ``status`` (default 500).
        ``ago_s`` back-dates it; ``api_key`` another key (its rows stay out of this key's log).
        Returns the row ``/v2/logs`` shows for it."""
        return self.record_request(deployment, ok, status, ago_s=ago_s, api_key=api_key)

    def record_request(
        self,
        deployment: str,
        ok: bool = True,
        status: int | None = None,
        *,
        origin: str = "api",
        ago_s: float = 0.0,
        api_key: str | None = None,
        client_request_id: str | None = None,
    ) -> dict[str, Any]:
        """Like record_cursor_request, for any origin (``playground``) or client request id."""
        return cursor_traffic.record(
            self,
            deployment,
            ok=ok,
            status=status,
            origin=origin,
            ago_s=ago_s,
            api_key=api_key,
            client_request_id=client_request_id,
        )


def run(
    port: int,
    api_key: str,
    latency_ms: int = 0,
    fault: str | None = None,
    ready: Callable[[str], None] | None = None,
    *,
    catalog_shape: str = "current",
    stream_style: str = "auto",
    credits_message: str = "current",
) -> None:
    """Serve in the foreground until KeyboardInterrupt. ``fault`` may carry options:
    ``"rate_limited:times=2,retry_after=1"``. Raises ValueError for a bad fault or option, OSError
    for a busy port.
    """
    sim = Simulator(
        api_key=api_key,
        port=port,
        latency_ms=latency_ms,
        catalog_shape=catalog_shape,
        stream_style=stream_style,
        credits_message=credits_message,
    )
    if fault:
        name, options = parse_fault_spec(fault)
        sim.set_fault(name, **options)
    url = sim.start()
    try:
        if ready is not None:
            ready(url)
        while True:
            time.sleep(0.5)
    except KeyboardInterrupt:
        pass
    finally:
        sim.stop()
