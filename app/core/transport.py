"""The transport: one exchange with the service at a time, made safe. The client (``service``)
says what to send; this module decides how, and what can go wrong on the way:

* deadlines: explicit connect/read/write timeouts, and a deadline for the whole exchange that every
  connect, handshake, read and write obeys, status line and headers included (``network``);
* where bytes may go (``network``): plain http to loopback addresses only, proxies never for
  loopback and CONNECT only for https, one TLS context per process;
* bounded reads: whole answers are read in pieces and capped in bytes, so no server can flood us;
* redirects are never followed (the key must not travel to another host), and TLS is always
  verified with the operating system's trust store (httpx2's default), with no switch to turn off;
* one retry policy (``RetryPolicy``): a 429 or 503 is sent once more, after the wait the service
  asks for, so a request costs at most two;
* cancel: checked before each request, between pieces and while waiting, and a request blocked in
  a read right now is cut (its socket shut down) the moment the cancel event is set;
* every failure is a ``ServiceError`` carrying a ``Problem`` (see ``diagnosis``), or ``Cancelled``;
  nothing else escapes.

httpx2 is imported when a transport is made, not when this module is imported: start-up matters.
"""

from __future__ import annotations

import contextlib
import threading
import time
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from types import TracebackType
from typing import TYPE_CHECKING, Any, Self, TypeVar

from app.core import diagnosis, diagnosis_network, network
from app.core.errors import Cancelled, ServiceError
from app.core.model import Problem, ProblemCode
from app.core.text import Text

if TYPE_CHECKING:
    import socket

    import httpx2

_T = TypeVar("_T")

MAX_BODY_BYTES = 2 * 1024 * 1024
MAX_STREAM_BYTES = 4 * 1024 * 1024
CONNECT_TIMEOUT_CAP_S = 10.0
# A socket timeout may wake a little before the deadline it was cut to.
_DEADLINE_SLACK_S = 0.05

# The answer's handler gets the response, when the attempt started and its deadline.
Handler = Callable[["httpx2.Response", float, float], _T]
# Query parameters: a mapping, or pairs when a name repeats (``model=a&model=b``).
Params = Mapping[str, str] | tuple[tuple[str, str], ...]


@dataclass
class Reply:
    """A whole answer, read within its bounds."""

    status: int
    headers: dict[str, str]
    body: bytes
    ms: int


def ms_since(start: float) -> int:
    return round((time.monotonic() - start) * 1000)


# --- the retry policy --------------------------------------------------------------------------


def retry_after_seconds(headers: Mapping[str, str]) -> float | None:
    """Seconds the service asks us to wait (``retry-after-ms``, or ``Retry-After`` as seconds or
    as an HTTP date), if it says."""
    lowered = {str(k).lower(): str(v) for k, v in headers.items()}
    for name, scale in (("retry-after-ms", 1000.0), ("retry-after", 1.0)):
        raw = lowered.get(name, "").strip()
        if not raw:
            continue
        try:
            value = float(raw) / scale
        except ValueError:
            if name == "retry-after":
                return _seconds_until(raw)
            continue
        if value >= 0 and value == value and value != float("inf"):
            return value
        if name == "retry-after":
            return None
    return None


def _seconds_until(http_date: str) -> float | None:
    from datetime import UTC, datetime
    from email.utils import parsedate_to_datetime

    try:
        when = parsedate_to_datetime(http_date)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - datetime.now(UTC)).total_seconds())


@dataclass(frozen=True)
class RetryPolicy:
    """The one retry rule. A 429 (too many requests) or 503 (busy) is sent once more after the
    wait the service asks for, when that wait is short; anything else is answered as it is.

    A transport's second attempts go alone: one at a time, once the first attempts sent side by
    side with them have finished, so requests refused for running in parallel (the service limits
    parallel requests per key) are not refused again for the same reason."""

    statuses: frozenset[int] = frozenset({429, 503})
    max_wait_s: float = 5.0
    default_wait_s: float = 1.0
    attempts: int = 2

    def wait_before_retry(self, status: int, headers: Mapping[str, str]) -> float | None:
        """Seconds to wait before the second attempt, or None when retrying is pointless."""
        if status not in self.statuses:
            return None
        wait = retry_after_seconds(headers)
        if wait is None:
            return self.default_wait_s
        return wait if wait <= self.max_wait_s else None


RETRY_POLICY = RetryPolicy()


# --- cutting a request that is blocked in a read ----------------------------------------------


def _shutdown(sock: socket.socket) -> None:
    """Wake any thread blocked reading this socket (close alone does not, on Linux)."""
    import socket

    with contextlib.suppress(OSError):
        sock.shutdown(socket.SHUT_RDWR)


def _socket_of(stream: object) -> socket.socket | None:
    """The socket under one of httpcore2's network streams (its public ``NetworkStream`` API)."""
    import socket

    import httpcore2

    if not isinstance(stream, httpcore2.NetworkStream):
        return None
    sock = stream.get_extra_info("socket")
    return sock if isinstance(sock, socket.socket) else None


class _InFlight:
    """The sockets of the requests running now, so that a cancel can cut a read blocked right now.

    Sockets are learnt through public interfaces only: the network streams httpcore2 hands to the
    documented ``trace`` request extension (whichever event hands them over), and the response's
    documented ``network_stream`` extension once the answer has started."""

    def __init__(self, cancel: threading.Event) -> None:
        self._cancel = cancel
        self._lock = threading.Lock()
        self._groups: list[list[socket.socket]] = []

    @contextlib.contextmanager
    def request(self) -> Iterator[tuple[dict[str, Any], Callable[[object], None]]]:
        """(request extensions, ``note(stream)``) for one request while it runs."""
        sockets: list[socket.socket] = []

        def note(stream: object) -> None:
            sock = _socket_of(stream)
            if sock is None or any(sock is s for s in sockets):
                return
            sockets.append(sock)
            if self._cancel.is_set():
                _shutdown(sock)

        def trace(_event: str, info: Mapping[str, Any]) -> None:
            note(info.get("return_value"))

        with self._lock:
            self._groups.append(sockets)
        try:
            yield {"trace": trace}, note
        finally:
            with self._lock:
                self._groups.remove(sockets)

    def cut(self) -> None:
        with self._lock:
            sockets = [s for group in self._groups for s in group]
        for sock in sockets:
            _shutdown(sock)


# --- reading within bounds ----------------------------------------------------------------------


def _too_large(streamed: bool, max_bytes: int) -> ServiceError:
    if streamed:
        message = Text("The streamed answer was far larger than any real answer, so it was stopped.")
    else:
        message = Text("The answer was far larger than any real answer, so it was stopped.")
    return ServiceError(diagnosis.bad_response(message, f"more than {max_bytes} bytes"))


def _too_slow(detail: str, message: str) -> ServiceError:
    return ServiceError(Problem(ProblemCode.TIMEOUT, message, diagnosis.SLOW_FIX, detail))


def stream_too_long() -> ServiceError:
    message = Text("The streamed answer did not finish within the time limit.")
    return _too_slow("stream exceeded the time limit", message)


@contextlib.contextmanager
def _past_deadline_is(error: Callable[[], ServiceError], deadline: float) -> Iterator[None]:
    """A read that timed out because the exchange's deadline came (``network``) is reported as
    ``error()``: the answer did not finish in time, which says more than "no answer"."""
    import httpx2

    try:
        yield
    except httpx2.TimeoutException:
        if time.monotonic() < deadline - _DEADLINE_SLACK_S:
            raise
        raise error() from None


def body_too_long() -> ServiceError:
    return _too_slow(
        "body exceeded the time limit", Text("The service did not finish its answer within the time limit.")
    )


class GuardedResponse:
    """A response whose text is read under the stream's byte, time and cancel bounds.

    httpx2's ``EventSource`` only needs ``headers``, ``request`` and ``iter_text()``; wrapping them
    stops an endless or flooding stream even when it sends nothing but keep-alive comments."""

    def __init__(
        self, response: httpx2.Response, *, deadline: float, check_cancel: Callable[[], None]
    ) -> None:
        self._response = response
        self._deadline = deadline
        self._check_cancel = check_cancel
        self.chars = 0

    @property
    def headers(self) -> httpx2.Headers:
        return self._response.headers

    @property
    def request(self) -> httpx2.Request:
        return self._response.request

    def iter_text(self) -> Iterator[str]:
        with _past_deadline_is(stream_too_long, self._deadline):
            yield from self._iter_text()

    def _iter_text(self) -> Iterator[str]:
        for text in self._response.iter_text():
            self._check_cancel()
            self.chars += len(text)
            if self._response.num_bytes_downloaded > MAX_STREAM_BYTES or self.chars > MAX_STREAM_BYTES:
                raise _too_large(True, MAX_STREAM_BYTES)
            if time.monotonic() > self._deadline:
                raise stream_too_long()
            yield text


class ClosedOnExit:
    """``with thing:`` closes the thing at the end."""

    def close(self) -> None:
        raise NotImplementedError

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()


class Transport(ClosedOnExit):
    """One HTTP client for one run, safe to share between threads. Use as a context manager."""

    def __init__(
        self,
        base_url: str,
        timeout_s: float = 30.0,
        cancel: threading.Event | None = None,
        retry: RetryPolicy = RETRY_POLICY,
    ) -> None:
        import httpx2

        self.base_url = base_url.rstrip("/")
        self.timeout_s = float(timeout_s)
        self.retry = retry
        self._cancel_given = cancel is not None
        self.cancel_event = cancel or threading.Event()
        self._in_flight = _InFlight(self.cancel_event)
        self._closed = threading.Event()
        self._watcher: threading.Thread | None = None
        self._watcher_lock = threading.Lock()
        self._second_attempts = threading.Lock()
        self._first_attempts = 0  # running now
        self._first_attempts_changed = threading.Condition()
        self._httpx = httpx2
        # A broken certificate or proxy setting on this computer makes the client impossible; every
        # request then fails with that problem instead of the constructor raising.
        self._setup_problem: Problem | None = None
        self._client: httpx2.Client | None
        try:
            self._client = httpx2.Client(
                # Our own transport (app/core/network.py) decides where bytes may go: the deadline of
                # the whole exchange, plain http to loopback only, proxies (never for loopback,
                # CONNECT only), one TLS context per process. So nothing is taken from the environment here.
                transport=network.build_transport(self.base_url),
                trust_env=False,
                timeout=httpx2.Timeout(
                    self.timeout_s,
                    connect=min(self.timeout_s, CONNECT_TIMEOUT_CAP_S),
                    read=self.timeout_s,
                    write=self.timeout_s,
                    pool=self.timeout_s,
                ),
                follow_redirects=False,  # the key must never travel on to another host
                headers={"User-Agent": "cursor-azure-setup"},
            )
        except Exception as exc:
            self._client = None
            self._setup_problem = diagnosis_network.problem_from_setup(exc)

    # --- lifecycle ---------------------------------------------------------------------------

    def close(self) -> None:
        """Close the client; requests still running are cut off (they end in ``Cancelled`` when the
        cancel event is set, else in a ServiceError)."""
        self._closed.set()
        self._in_flight.cut()  # before closing: a closed socket no longer wakes a blocked read
        with contextlib.suppress(Exception):  # closing twice or under a running request
            if self._client is not None:
                self._client.close()

    def _start_watcher(self) -> None:
        if not self._cancel_given or self._watcher is not None:
            return
        with self._watcher_lock:
            if self._watcher is None:
                self._watcher = threading.Thread(target=self._watch, name="aiml-cancel-watch", daemon=True)
                self._watcher.start()

    def _watch(self) -> None:
        # Polls, so the thread also ends when the client closes without a cancel.
        while not self._closed.is_set():
            if self.cancel_event.wait(0.1):
                self._in_flight.cut()
                return

    # --- cancel and waiting --------------------------------------------------------------------

    def check_cancel(self) -> None:
        if self.cancel_event.is_set():
            raise Cancelled()

    def _wait(self, seconds: float) -> None:
        if self.cancel_event.wait(max(0.0, seconds)):
            raise Cancelled()

    @contextlib.contextmanager
    def _first_attempt(self) -> Iterator[None]:
        with self._first_attempts_changed:
            self._first_attempts += 1
        try:
            yield
        finally:
            with self._first_attempts_changed:
                self._first_attempts -= 1
                self._first_attempts_changed.notify_all()

    @contextlib.contextmanager
    def _alone(self) -> Iterator[None]:
        """A second attempt goes alone (see ``RetryPolicy``); cancel still ends the wait, and every
        first attempt ends within its own deadline."""
        while not self._second_attempts.acquire(timeout=0.05):
            self.check_cancel()
        try:
            with self._first_attempts_changed:
                while self._first_attempts:
                    self._first_attempts_changed.wait(0.05)
                    self.check_cancel()
            yield
        finally:
            self._second_attempts.release()

    # --- problems ------------------------------------------------------------------------------

    def problem(
        self, status: int, headers: Mapping[str, str], body: bytes, deployment: str, what: str
    ) -> ServiceError:
        return ServiceError(
            diagnosis.problem_from_response(
                status, headers, body, deployment=deployment, base_url=self.base_url, what=what
            )
        )

    def _error_from_exception(self, exc: BaseException) -> Exception:
        if self.cancel_event.is_set():  # e.g. the client was closed under an abandoned request
            return Cancelled()
        return ServiceError(diagnosis_network.problem_from_exception(exc, self.base_url))

    # --- reading -------------------------------------------------------------------------------

    def read_capped(
        self, response: httpx2.Response, max_bytes: int, deadline: float, truncate: bool = False
    ) -> bytes:
        """The body, read in pieces: never more than ``max_bytes`` in memory, never past ``deadline``."""
        data = bytearray()
        with _past_deadline_is(body_too_long, deadline):
            for piece in response.iter_bytes():
                self.check_cancel()
                data += piece
                if len(data) > max_bytes:
                    if truncate:
                        return bytes(data[:max_bytes])
                    raise _too_large(False, max_bytes)
                if time.monotonic() > deadline:
                    raise body_too_long()
        return bytes(data)

    def guarded(self, response: httpx2.Response, deadline: float) -> GuardedResponse:
        return GuardedResponse(response, deadline=deadline, check_cancel=self.check_cancel)

    def event_source(self, response: httpx2.Response, deadline: float) -> Iterator[Any]:
        """The server-sent events of a streamed answer, read within the stream's bounds."""
        return iter(self._httpx.EventSource(self.guarded(response, deadline)))  # type: ignore[arg-type]

    # --- one exchange --------------------------------------------------------------------------

    def exchange(
        self,
        method: str,
        path: str,
        *,
        headers: Mapping[str, str],
        handle: Handler[_T],
        params: Params | None = None,
        content: bytes | None = None,
    ) -> _T:
        """Send a request under the retry policy; ``handle(response, start, deadline)`` reads the
        final answer. Whatever goes wrong on the way becomes a ServiceError (or Cancelled), never a
        raw httpx2 error."""
        wait: float | None = None
        for attempt in range(1, self.retry.attempts + 1):
            self.check_cancel()
            with self._alone() if attempt > 1 else self._first_attempt():
                start = time.monotonic()
                try:
                    # Every step of the exchange, status line and headers included, ends by then.
                    with (
                        network.deadline(start + self.timeout_s),
                        self._in_flight.request() as (extensions, note),
                    ):
                        self._start_watcher()
                        with self._http.stream(
                            method,
                            self.base_url + path,
                            params=params,
                            content=content,
                            headers=dict(headers),
                            extensions=extensions,
                        ) as response:
                            note(response.extensions.get("network_stream"))
                            last = attempt == self.retry.attempts
                            wait = (
                                None
                                if last
                                else self.retry.wait_before_retry(response.status_code, response.headers)
                            )
                            if wait is None:
                                return handle(response, start, start + self.timeout_s)
                except (Cancelled, ServiceError):
                    self.check_cancel()  # a cut made by cancelling is not the service's fault
                    raise
                except Exception as exc:
                    raise self._error_from_exception(exc) from None
            self._wait(wait or 0.0)
        raise AssertionError("unreachable")  # pragma: no cover

    def request(
        self,
        method: str,
        path: str,
        *,
        what: str,
        headers: Mapping[str, str],
        params: Params | None = None,
        content: bytes | None = None,
        deployment: str = "",
        max_bytes: int = MAX_BODY_BYTES,
        also_ok: frozenset[int] = frozenset(),
    ) -> Reply:
        """A whole answer under the retry policy: a 2xx reply that is not a web page (or one of the
        statuses in ``also_ok``, such as 304), or a ServiceError saying what went wrong."""

        def read(response: httpx2.Response, start: float, deadline: float) -> Reply:
            status = response.status_code
            # Error bodies are only diagnosed: a truncated one is as good as a whole one.
            data = self.read_capped(response, max_bytes, deadline, truncate=not 200 <= status < 300)
            return Reply(status, dict(response.headers), data, ms_since(start))

        reply = self.exchange(method, path, headers=headers, handle=read, params=params, content=content)
        if reply.status in also_ok:
            return reply
        if not 200 <= reply.status < 300 or diagnosis.looks_like_html(
            reply.body, reply.headers.get("content-type", "")
        ):
            raise self.problem(reply.status, reply.headers, reply.body, deployment, what)
        return reply

    @property
    def _http(self) -> httpx2.Client:
        if self._client is None:
            raise ServiceError(
                self._setup_problem or diagnosis.bad_response(Text("The connection is not ready."))
            )
        return self._client
