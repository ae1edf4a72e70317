"""The HTTP client for AI/ML API: Cursor's Verify request, chat, streaming, tool calling, models, balance.

Every request is the one ``shared/wire.md`` describes. Safety rules, enforced here:

* explicit connect/read timeouts; whole answers capped at ``MAX_BODY_BYTES``; a stream is capped in
  bytes and must finish within the time limit, so no server can hang or flood us;
* redirects are never followed: the key must not travel to another host; a redirect is a Problem;
* TLS is always verified with the operating system's trust store (httpx2's default); no switch;
* one retry on 429/503, honouring ``Retry-After``/``retry-after-ms`` when it is at most 5 s;
* ``cancel`` is checked before each request, between chunks and while waiting to retry;
* every failure is a ``ServiceError`` carrying a ``Problem`` (see ``diagnosis``), or ``Cancelled``;
  nothing else escapes, and no message or detail contains the key.

httpx2 is imported when a client is made, not when this module is imported: start-up matters.
"""

from __future__ import annotations

import contextlib
import json
import threading
import time
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field, replace
from types import TracebackType
from typing import TYPE_CHECKING, Any, Self, TypeVar

from app.core import diagnosis
from app.core.cursor_wire import CHAT_API_VERSION, VERIFY_API_VERSION, chat_path, cursor_verify_body
from app.core.model import KEYS_PAGE_URL, Problem, ProblemCode
from app.core.stream import MalformedChunk, StreamAssembler, ToolCall, content_text, tool_calls_from_message

if TYPE_CHECKING:
    import socket

    import httpx2

_T = TypeVar("_T")

MAX_BODY_BYTES = 2 * 1024 * 1024
MAX_CATALOG_BYTES = 16 * 1024 * 1024  # the whole model catalog is far larger than a chat answer
MAX_STREAM_BYTES = 4 * 1024 * 1024
MAX_RETRY_WAIT_S = 5.0
DEFAULT_RETRY_WAIT_S = 1.0
CONNECT_TIMEOUT_CAP_S = 10.0
CREDITS_PER_USD = 2_000_000
_KEY_FIX = f"Copy the key again from {KEYS_PAGE_URL}, with no spaces or line breaks, and paste it here."
_SLOW_FIX = "Try again; slow models can need longer, so raise the time limit or pick a faster model."

DEFAULT_SYSTEM = "You are a helpful assistant. Answer briefly."
DEFAULT_PROMPT = "Reply with the single word: ready"
TOOL_PROMPT = "What is the weather in Paris right now? Use the get_weather tool."
WEATHER_TOOL: dict[str, Any] = {
    "type": "function",
    "function": {
        "name": "get_weather",
        "description": "Get the current weather in a city.",
        "parameters": {
            "type": "object",
            "properties": {"city": {"type": "string", "description": "The city name, e.g. Paris"}},
            "required": ["city"],
        },
    },
}


class ServiceError(Exception):
    """A request failed; ``problem`` says why in plain words. ``str(exc)`` is the message only."""

    def __init__(self, problem: Problem) -> None:
        super().__init__(problem.message)
        self.problem = problem


class Cancelled(Exception):
    """The user cancelled; the request was abandoned."""


@dataclass
class ChatResult:
    text: str
    status_code: int
    ms: int
    model: str | None = None
    finish_reason: str | None = None
    usage: dict[str, Any] | None = None


@dataclass
class StreamResult:
    text: str
    ttft_ms: int | None  # time to the first words; None when no words came
    total_ms: int
    usage: dict[str, Any] | None
    chunks: int
    finish_reason: str | None = None
    saw_done: bool = False
    model: str | None = None
    tool_calls: list[ToolCall] = field(default_factory=list)


@dataclass
class ToolCallResult:
    calls: list[ToolCall]
    text: str
    ms: int = 0
    finish_reason: str | None = None
    streamed: bool = True


@dataclass(frozen=True)
class ModelInfo:
    id: str
    name: str
    developer: str
    context_length: int | None = None


@dataclass(frozen=True)
class Balance:
    credits: int
    usd: float
    low: bool


@dataclass
class _Reply:
    status: int
    headers: dict[str, str]
    body: bytes
    ms: int


class _Limit(Exception):
    """Internal: a size or time bound was hit while reading."""

    def __init__(self, problem: Problem) -> None:
        super().__init__(problem.message)
        self.problem = problem


def _ms(start: float) -> int:
    return round((time.monotonic() - start) * 1000)


class _GuardedResponse:
    """A response whose text is read under the stream's byte, time and cancel bounds.

    httpx2's ``EventSource`` only needs ``headers``, ``request`` and ``iter_text()``; wrapping them
    lets us stop an endless or flooding stream even when it sends nothing but keep-alive comments.
    """

    def __init__(
        self, response: httpx2.Response, *, max_bytes: int, deadline: float, check_cancel: Callable[[], None]
    ) -> None:
        self._response = response
        self._max_bytes = max_bytes
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
        for text in self._response.iter_text():
            self._check_cancel()
            self.chars += len(text)
            if self._response.num_bytes_downloaded > self._max_bytes or self.chars > self._max_bytes:
                raise _Limit(
                    diagnosis.bad_response(
                        "The streamed answer was far larger than any real answer, so it was stopped.",
                        f"more than {self._max_bytes} bytes",
                    )
                )
            if time.monotonic() > self._deadline:
                raise _Limit(_stream_too_long())
            yield text


def _shutdown(sock: socket.socket) -> None:
    """Wake any thread blocked reading this socket (close alone does not, on Linux)."""
    import socket

    with contextlib.suppress(OSError):
        sock.shutdown(socket.SHUT_RDWR)


def _stream_too_long() -> Problem:
    return Problem(
        ProblemCode.TIMEOUT,
        "The streamed answer did not finish within the time limit.",
        _SLOW_FIX,
        "stream exceeded the time limit",
    )


def _runtime_chat_body(system: str, prompt: str, max_tokens: int, *, stream: bool) -> dict[str, Any]:
    """A chat body with the standard parameters Cursor's servers send (wire.md, section 2)."""
    body: dict[str, Any] = {
        "messages": [{"role": "system", "content": system}, {"role": "user", "content": prompt}],
        "temperature": 0.2,
        "max_tokens": max_tokens,
        "stream": stream,
    }
    if stream:
        # Ask for the trailing usage chunk, as the service's streaming clients do.
        body["stream_options"] = {"include_usage": True}
    return body


class AimlClient:
    """One HTTP client for one run. Use as a context manager; safe to share between threads."""

    def __init__(
        self,
        base_url: str,
        api_key: str,
        timeout_s: float = 30.0,
        cancel: threading.Event | None = None,
    ) -> None:
        import httpx2

        self.base_url = base_url.rstrip("/")
        self.timeout_s = float(timeout_s)
        self._key = api_key or ""
        self._cancel_given = cancel is not None
        self._cancel = cancel or threading.Event()
        # Sockets of the requests in flight, so a cancel can cut a read that is blocked right now.
        self._active_lock = threading.Lock()
        self._active: list[list[socket.socket]] = []
        self._closed = threading.Event()
        self._watcher: threading.Thread | None = None
        try:
            from app.core.redact import register_secret
        except ImportError:  # the local scrub in diagnosis still removes this key
            pass
        else:
            register_secret(self._key)
        self._httpx = httpx2
        # A broken certificate or proxy setting on this computer makes the client impossible; every
        # request then fails with that problem instead of the constructor raising.
        self._setup_problem: Problem | None = None
        try:
            self._client = self._make_client(httpx2)
        except Exception as exc:
            self._client = None
            self._setup_problem = diagnosis.problem_from_setup(exc)

    def _make_client(self, httpx2: Any) -> httpx2.Client:
        return httpx2.Client(
            timeout=httpx2.Timeout(
                self.timeout_s,
                connect=min(self.timeout_s, CONNECT_TIMEOUT_CAP_S),
                read=self.timeout_s,
                write=self.timeout_s,
                pool=self.timeout_s,
            ),
            follow_redirects=False,  # the key must never travel on to another host
            headers={"User-Agent": "cursor-azure-setup"},
            # A fresh connection per request: its socket is then always known to the cancel watcher
            # (requests of one run go out concurrently anyway, so reuse would save little).
            limits=httpx2.Limits(max_keepalive_connections=0),
        )

    @property
    def _http(self) -> httpx2.Client:
        if self._client is None:
            raise ServiceError(self._setup_problem or diagnosis.bad_response("The connection is not ready."))
        return self._client

    # --- lifecycle ---------------------------------------------------------------------------

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def close(self) -> None:
        """Close the client; requests still running are cut off (they end in ``Cancelled`` when the
        cancel event is set, else in a ServiceError)."""
        self._closed.set()
        self._cut_in_flight()  # before closing: a closed socket no longer wakes a blocked read
        try:
            if self._client is not None:
                self._client.close()
        except Exception:  # closing twice or under a running request must not raise
            pass

    # --- cancelling a request that is blocked in a read ------------------------------------------

    @contextlib.contextmanager
    def _in_flight(self) -> Iterator[dict[str, Any]]:
        """Request extensions whose trace hook records the request's socket while it runs."""
        sockets: list[socket.socket] = []

        def trace(name: str, info: dict[str, Any]) -> None:
            if not name.endswith("connect_tcp.complete"):
                return
            stream = info.get("return_value")
            sock = stream.get_extra_info("socket") if stream is not None else None
            if sock is not None and hasattr(sock, "shutdown"):
                sockets.append(sock)
                if self._cancel.is_set():
                    _shutdown(sock)

        with self._active_lock:
            self._active.append(sockets)
        self._start_watcher()
        try:
            yield {"trace": trace}
        finally:
            with self._active_lock:
                self._active.remove(sockets)

    def _start_watcher(self) -> None:
        if not self._cancel_given or self._watcher is not None:
            return
        with self._active_lock:
            if self._watcher is None:
                self._watcher = threading.Thread(target=self._watch, name="aiml-cancel-watch", daemon=True)
                self._watcher.start()

    def _watch(self) -> None:
        # Polls, so the thread also ends when the client closes without a cancel.
        while not self._closed.is_set():
            if self._cancel.wait(0.1):
                self._cut_in_flight()
                return

    def _cut_in_flight(self) -> None:
        with self._active_lock:
            sockets = [s for group in self._active for s in group]
        for sock in sockets:
            _shutdown(sock)

    # --- public requests ---------------------------------------------------------------------

    def cursor_verify(self, deployment: str) -> ChatResult:
        """Cursor's Verify request, byte for byte what Cursor sends (success means HTTP 200)."""
        body = cursor_verify_body()
        return self._chat_request(deployment, VERIFY_API_VERSION, body, "Cursor's Verify request")

    def chat(
        self,
        deployment: str,
        prompt: str = DEFAULT_PROMPT,
        system: str = DEFAULT_SYSTEM,
        max_tokens: int = 64,
    ) -> ChatResult:
        """A chat request the way Cursor's servers send it at run time."""
        body = _runtime_chat_body(system, prompt, max_tokens, stream=False)
        return self._chat_request(deployment, CHAT_API_VERSION, body, "the chat request")

    def stream_chat(
        self,
        deployment: str,
        prompt: str = DEFAULT_PROMPT,
        on_text: Callable[[str], None] | None = None,
        system: str = DEFAULT_SYSTEM,
        max_tokens: int = 64,
    ) -> StreamResult:
        """The chat streamed as server-sent events; measures the time to the first words."""
        body = _runtime_chat_body(system, prompt, max_tokens, stream=True)
        return self._stream(deployment, body, on_text, "the streamed chat request")

    def tool_call(self, deployment: str, stream: bool = True) -> ToolCallResult:
        """Offers one function, ``get_weather(city)``; returns the calls the model made (maybe none).

        Whether the arguments parse as JSON is left to the caller (``ToolCall.parsed_arguments``).
        """
        body: dict[str, Any] = {
            "messages": [
                {"role": "system", "content": "You are a helpful assistant. Use the tools when they help."},
                {"role": "user", "content": TOOL_PROMPT},
            ],
            "tools": [WEATHER_TOOL],
            "tool_choice": "auto",
            "temperature": 0,
            "max_tokens": 256,
            "stream": stream,
        }
        if stream:
            body["stream_options"] = {"include_usage": True}
            res = self._stream(deployment, body, None, "the tool-calling request")
            return ToolCallResult(res.tool_calls, res.text, res.total_ms, res.finish_reason, True)
        reply = self._send(
            "POST",
            chat_path(deployment),
            what="the tool-calling request",
            params={"api-version": CHAT_API_VERSION},
            body=body,
            auth="api-key",
            deployment=deployment,
        )
        message, finish, _model, _usage = self._parse_completion(
            reply, deployment, "the tool-calling request"
        )
        return ToolCallResult(
            tool_calls_from_message(message), content_text(message.get("content")), reply.ms, finish, False
        )

    def list_models(self) -> list[ModelInfo]:
        """The chat models of the catalog (type ``chat-completion``), sorted by id. No key needed."""
        what = "the model list"
        reply = self._send("GET", "/models", what=what, auth=None, max_bytes=MAX_CATALOG_BYTES)
        data = self._json(reply, what)
        items = data.get("data") if isinstance(data, dict) else data
        if not isinstance(items, list):
            raise ServiceError(
                diagnosis.bad_response("The model list from the service was not in the expected format.")
            )
        models: dict[str, ModelInfo] = {}
        for item in items:
            if not isinstance(item, dict) or item.get("type") != "chat-completion":
                continue
            model_id = item.get("id")
            if not isinstance(model_id, str) or not model_id.strip():
                continue
            info = item.get("info") if isinstance(item.get("info"), dict) else {}
            name = info.get("name") if isinstance(info.get("name"), str) and info.get("name") else model_id
            developer = info.get("developer") if isinstance(info.get("developer"), str) else ""
            ctx = info.get("contextLength", info.get("context_length"))
            context = ctx if isinstance(ctx, int) and not isinstance(ctx, bool) and ctx > 0 else None
            models[model_id] = ModelInfo(model_id, name, developer, context)
        return [models[k] for k in sorted(models)]

    def balance(self) -> Balance:
        """The account balance in credits and dollars (2,000,000 credits = 1 USD)."""
        what = "the balance request"
        reply = self._send("GET", "/v1/billing/balance", what=what, auth="bearer")
        data = self._json(reply, what)
        raw = data.get("balance") if isinstance(data, dict) else None
        if isinstance(raw, str):
            try:
                raw = float(raw)
            except ValueError:
                raw = None
        if not isinstance(raw, int | float) or isinstance(raw, bool) or raw != raw:
            raise ServiceError(
                diagnosis.bad_response("The balance from the service was not in the expected format.")
            )
        credits = int(raw)
        low = data.get("lowBalance")
        if not isinstance(low, bool):
            threshold = data.get("lowBalanceThreshold")
            low = isinstance(threshold, int | float) and credits <= threshold
        return Balance(credits=credits, usd=credits / CREDITS_PER_USD, low=bool(low))

    def ping(self) -> int:
        """Reachability: time in ms until the catalog starts answering (its body is not read)."""
        what = "the reachability check"
        self._check_cancel()
        start = time.monotonic()
        try:
            with (
                self._in_flight() as ext,
                self._http.stream("GET", self._url("/models"), extensions=ext) as response,
            ):
                ms = _ms(start)
                status = response.status_code
                headers = dict(response.headers)
                if 200 <= status < 300 and not diagnosis.looks_like_html(
                    b"", headers.get("content-type", "")
                ):
                    return ms
                body = self._read_capped(response, 64 * 1024, start + self.timeout_s, truncate=True)
        except Cancelled:
            raise
        except ServiceError:
            self._check_cancel()
            raise
        except Exception as exc:
            raise self._error_from_exception(exc) from None
        raise self._problem(status, headers, body, "", what)

    # --- internals -----------------------------------------------------------------------------

    def _check_cancel(self) -> None:
        if self._cancel.is_set():
            raise Cancelled()

    def _url(self, path: str) -> str:
        return self.base_url + path

    def _headers(self, auth: str | None, extra: Mapping[str, str] | None = None) -> dict[str, str]:
        if auth is not None and any(not 32 <= ord(ch) <= 126 for ch in self._key):
            # httpx2 would refuse it with the key's bytes in the error text: stop here, say what to do.
            raise ServiceError(
                Problem(
                    ProblemCode.INVALID_INPUT,
                    "The API key contains characters that cannot be sent (such as line breaks or accents).",
                    _KEY_FIX,
                    "the key has characters outside printable ASCII",
                )
            )
        headers: dict[str, str] = {}
        if auth == "api-key":
            headers["api-key"] = self._key
        elif auth == "bearer":
            headers["Authorization"] = f"Bearer {self._key}"
        if extra:
            headers.update(extra)
        return headers

    def _safe(self, problem: Problem) -> Problem:
        """The problem with the key scrubbed from every field (belt and braces over diagnosis)."""
        key = self._key
        if len(key) < 4 or not any(key in s for s in (problem.message, problem.fix, problem.detail)):
            return problem
        return replace(
            problem,
            message=problem.message.replace(key, "***"),
            fix=problem.fix.replace(key, "***"),
            detail=problem.detail.replace(key, "***"),
        )

    def _problem(
        self, status: int, headers: Mapping[str, str], body: bytes, deployment: str, what: str
    ) -> ServiceError:
        problem = diagnosis.problem_from_response(
            status, headers, body, deployment=deployment, base_url=self.base_url, what=what, secret=self._key
        )
        return ServiceError(self._safe(problem))

    def _error_from_exception(self, exc: BaseException) -> Exception:
        if isinstance(exc, _Limit):
            return ServiceError(self._safe(exc.problem))
        if self._cancel.is_set():  # e.g. the client was closed under an abandoned request
            return Cancelled()
        problem = diagnosis.problem_from_exception(exc, self.base_url, secret=self._key)
        return ServiceError(self._safe(problem))

    def _retry_wait(self, status: int, headers: Mapping[str, str]) -> float | None:
        """Seconds to wait before the one retry, or None when retrying is pointless."""
        if status not in (429, 503):
            return None
        wait = diagnosis.retry_after_seconds(headers)
        if wait is None:
            return DEFAULT_RETRY_WAIT_S
        return wait if wait <= MAX_RETRY_WAIT_S else None

    def _wait(self, seconds: float) -> None:
        if self._cancel.wait(max(0.0, seconds)):
            raise Cancelled()

    def _read_capped(
        self, response: httpx2.Response, max_bytes: int, deadline: float, truncate: bool = False
    ) -> bytes:
        """The body, read in pieces: never more than ``max_bytes`` in memory, never past ``deadline``."""
        data = bytearray()
        for piece in response.iter_bytes():
            self._check_cancel()
            data += piece
            if len(data) > max_bytes:
                if truncate:
                    return bytes(data[:max_bytes])
                raise _Limit(
                    diagnosis.bad_response(
                        "The answer was far larger than any real answer, so it was stopped.",
                        f"more than {max_bytes} bytes",
                    )
                )
            if time.monotonic() > deadline:
                raise _Limit(
                    Problem(
                        ProblemCode.TIMEOUT,
                        "The service did not finish its answer within the time limit.",
                        _SLOW_FIX,
                        "body exceeded the time limit",
                    )
                )
        return bytes(data)

    def _send(
        self,
        method: str,
        path: str,
        *,
        what: str,
        auth: str | None,
        params: Mapping[str, str] | None = None,
        body: dict[str, Any] | None = None,
        deployment: str = "",
        max_bytes: int = MAX_BODY_BYTES,
    ) -> _Reply:
        """One request with the retry rule; returns a 2xx reply or raises ServiceError/Cancelled."""
        content = json.dumps(body).encode() if body is not None else None
        extra = {"Content-Type": "application/json"} if content is not None else None

        def read(response: httpx2.Response, start: float, deadline: float) -> tuple[int, dict, bytes, float]:
            status = response.status_code
            # Error bodies are only diagnosed: a truncated one is as good as a whole one.
            data = self._read_capped(response, max_bytes, deadline, truncate=not 200 <= status < 300)
            return status, dict(response.headers), data, start

        status, headers, data, start = self._exchange(
            method, path, params=params, content=content, headers=self._headers(auth, extra), handle=read
        )
        if not 200 <= status < 300:
            raise self._problem(status, headers, data, deployment, what)
        if diagnosis.looks_like_html(data, headers.get("content-type", "")):
            raise self._problem(status, headers, data, deployment, what)
        return _Reply(status, headers, data, _ms(start))

    def _exchange(
        self,
        method: str,
        path: str,
        *,
        params: Mapping[str, str] | None,
        content: bytes | None,
        headers: dict[str, str],
        handle: Callable[[httpx2.Response, float, float], _T],
    ) -> _T:
        """Sends once more, after the wait the service asks for, on a first 429/503 (retry rule).

        ``handle(response, start, deadline)`` reads the final response; whatever goes wrong on the
        way becomes a ServiceError (or Cancelled), never a raw httpx2 error.
        """
        for attempt in (1, 2):
            self._check_cancel()
            start = time.monotonic()
            try:
                with (
                    self._in_flight() as ext,
                    self._http.stream(
                        method,
                        self._url(path),
                        params=params,
                        content=content,
                        headers=headers,
                        extensions=ext,
                    ) as response,
                ):
                    wait = (
                        self._retry_wait(response.status_code, dict(response.headers))
                        if attempt == 1
                        else None
                    )
                    if wait is None:
                        return handle(response, start, start + self.timeout_s)
            except Cancelled:
                raise
            except ServiceError:
                self._check_cancel()  # a cut made by cancelling is not the service's fault
                raise
            except Exception as exc:
                raise self._error_from_exception(exc) from None
            self._wait(wait)
        raise AssertionError("unreachable")  # pragma: no cover

    def _json(self, reply: _Reply, what: str, deployment: str = "") -> Any:
        try:
            return json.loads(reply.body.decode("utf-8"))
        except (ValueError, RecursionError):
            raise self._problem(reply.status, reply.headers, reply.body, deployment, what) from None

    def _parse_completion(
        self, reply: _Reply, deployment: str, what: str
    ) -> tuple[dict[str, Any], str | None, str | None, dict[str, Any] | None]:
        data = self._json(reply, what, deployment)
        if isinstance(data, dict) and "error" in data and not data.get("choices"):
            raise self._problem(reply.status, reply.headers, reply.body, deployment, what)
        choices = data.get("choices") if isinstance(data, dict) else None
        if not isinstance(choices, list) or not choices or not isinstance(choices[0], dict):
            raise ServiceError(
                diagnosis.bad_response(
                    "The service's answer had no message in it.", f"{what}: HTTP {reply.status}, no choices"
                )
            )
        choice = choices[0]
        message = choice.get("message") if isinstance(choice.get("message"), dict) else {}
        finish = choice.get("finish_reason") if isinstance(choice.get("finish_reason"), str) else None
        model = data.get("model") if isinstance(data.get("model"), str) else None
        usage = data.get("usage") if isinstance(data.get("usage"), dict) else None
        return message, finish, model, usage

    def _chat_request(self, deployment: str, api_version: str, body: dict[str, Any], what: str) -> ChatResult:
        reply = self._send(
            "POST",
            chat_path(deployment),
            what=what,
            params={"api-version": api_version},
            body=body,
            auth="api-key",
            deployment=deployment,
        )
        message, finish, model, usage = self._parse_completion(reply, deployment, what)
        return ChatResult(content_text(message.get("content")), reply.status, reply.ms, model, finish, usage)

    def _stream(
        self,
        deployment: str,
        body: dict[str, Any],
        on_text: Callable[[str], None] | None,
        what: str,
    ) -> StreamResult:
        path = chat_path(deployment)
        params = {"api-version": CHAT_API_VERSION}
        content = json.dumps(body).encode()
        headers = self._headers(
            "api-key",
            {"Content-Type": "application/json", "Accept": "text/event-stream", "Cache-Control": "no-store"},
        )

        def read(response: httpx2.Response, start: float, deadline: float) -> StreamResult:
            status = response.status_code
            resp_headers = dict(response.headers)
            ctype = resp_headers.get("content-type", "").split(";")[0].strip().lower()
            if not 200 <= status < 300 or ctype != "text/event-stream":
                data = self._read_capped(response, MAX_BODY_BYTES, deadline, truncate=True)
                raise self._not_a_stream(status, resp_headers, data, deployment, what)
            return self._read_stream(response, start, deadline, on_text, deployment, what)

        return self._exchange("POST", path, params=params, content=content, headers=headers, handle=read)

    def _not_a_stream(
        self, status: int, headers: Mapping[str, str], data: bytes, deployment: str, what: str
    ) -> ServiceError:
        if not 200 <= status < 300 or diagnosis.looks_like_html(data, headers.get("content-type", "")):
            return self._problem(status, headers, data, deployment, what)
        info = diagnosis.parse_error_body(data, headers.get("content-type", ""))
        if info.kind in ("malformed", "empty") or (info.kind == "json" and (info.status or 0) >= 400):
            return self._problem(status, headers, data, deployment, what)
        return ServiceError(
            diagnosis.bad_response(
                "The service sent the whole answer at once instead of piece by piece, which Cursor needs.",
                f"{what}: HTTP {status}, content type {headers.get('content-type', '(none)')!r}",
            )
        )

    def _read_stream(
        self,
        response: httpx2.Response,
        start: float,
        deadline: float,
        on_text: Callable[[str], None] | None,
        deployment: str,
        what: str,
    ) -> StreamResult:
        guarded = _GuardedResponse(
            response, max_bytes=MAX_STREAM_BYTES, deadline=deadline, check_cancel=self._check_cancel
        )
        assembler = StreamAssembler()
        ttft_ms: int | None = None
        # httpx2 parses the events; we only look at each event's data.
        for event in self._httpx.EventSource(guarded):  # type: ignore[arg-type]
            self._check_cancel()
            try:
                new = assembler.feed_data(event.data)
            except MalformedChunk:
                raise ServiceError(
                    diagnosis.bad_response(
                        "A piece of the streamed answer was damaged (not valid data).",
                        f"{what}: event data {diagnosis.scrub(event.data[:200], self._key)!r}",
                    )
                ) from None
            if assembler.error is not None:
                err_body = json.dumps({"error": assembler.error}).encode()
                raise self._problem(200, {}, err_body, deployment, what)
            if (new or assembler.tool_calls) and ttft_ms is None:
                ttft_ms = _ms(start)
            if new and on_text is not None:
                on_text(new)
            if assembler.saw_done:
                break
            if time.monotonic() > deadline:
                raise _Limit(_stream_too_long())
        if not assembler.saw_done and assembler.finish_reason is None:
            raise ServiceError(
                diagnosis.stream_cut_problem(
                    f"{what}: the stream ended without its end mark after {assembler.chunks} chunks"
                )
            )
        return StreamResult(
            text=assembler.text,
            ttft_ms=ttft_ms,
            total_ms=_ms(start),
            usage=assembler.usage,
            chunks=assembler.chunks,
            finish_reason=assembler.finish_reason,
            saw_done=assembler.saw_done,
            model=assembler.model,
            tool_calls=assembler.tool_calls,
        )
