"""The simulator's HTTP server: routes, auth, faults, responses (shapes from shared/wire.md).

Decisions where the real service's behaviour is not documented:
- Azure route without ``api-version``: 404 ``{"error": {"code": "404", "message": "Resource not found"}}``,
  as Azure OpenAI answers; checked after the key.
- Azure routes take the key only from ``api-key`` (any case); ``/v1/*`` routes only from
  ``Authorization: Bearer``. Being strict catches a client that sends the key the wrong way.
- A model id that is not a chat model of the catalog: 404 ``DeploymentNotFound`` on the Azure route,
  400 "Body validation error!" on ``/v1/chat/completions``.
- Wrong method or unknown path: 404 in the service's own shape, "Cannot POST /path".
- A chat body without ``Content-Type: application/json`` counts as empty (the service's JSON body
  parser skips it): 400 "Body validation error!". Cursor, the SDKs and curl with ``-H`` send it.
- Reasoning models (OpenAI o-series) refuse ``max_tokens`` and a ``temperature`` other than 1, in
  the OpenAI error shape; o1-mini also refuses a ``system`` message (wire.md's documented message).
"""

from __future__ import annotations

import json
import selectors
import socket
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from ipaddress import ip_address
from typing import Any
from urllib.parse import parse_qsl, unquote

from app.simulator import catalog, replies
from app.simulator.faults import FaultState, parse_fault_spec

DEMO_KEY = "sim-key-demo-0000000000000000000000"

KEYS_MESSAGE = (
    "This request requires a valid API key. You can create a new API key on the Billing page: "
    "https://aimlapi.com/app/keys"
)
CREDITS_MESSAGE = (
    "You've run out of credits. Please top up your balance or update your payment method to "
    "continue: https://aimlapi.com/app/billing/"
)
MAX_TOKENS_MESSAGE = (
    "Unsupported parameter: 'max_tokens' is not supported with this model. "
    "Use 'max_completion_tokens' instead."
)
SERVER_ERROR_MESSAGES = {
    500: "Internal server error",
    502: "The model is under maintenance. Please try again later or use another model.",
    503: "Service unavailable",
    504: "Generation timeout",
}
CREDITS_PER_USD = 2_000_000
NORMAL_BALANCE = 10_000_000
LOW_BALANCE = 6_000
LOW_BALANCE_THRESHOLD = 10_000
MAX_BODY = 8 * 1024 * 1024
CONTROL_PATH = "/_simulator/fault"

HTML_PROXY_PAGE = """<!DOCTYPE html>
<html><head><title>Access Denied</title></head>
<body><h1>Web Page Blocked</h1>
<p>Access to the requested site has been blocked by your organisation's security policy.</p>
<p>URL: api.aimlapi.com</p><p>Category: Uncategorized / Newly Registered Domains</p>
<p>If you believe this is an error, contact your IT help desk.</p>
<hr><address>Corporate Web Gateway</address></body></html>
"""


@dataclass(frozen=True)
class RequestRecord:
    """One request as the server received it (for tests)."""

    method: str
    path: str  # raw, as received, without the query string (``%2F`` stays ``%2F``)
    query: dict[str, str]  # parsed query; ``raw_query`` has the string as sent
    raw_query: str
    headers: dict[str, str]  # lowercase names
    body: bytes

    def json(self) -> Any:
        return json.loads(self.body)

    def __repr__(self) -> str:
        # Keys stay out of test output and logs.
        shown = {k: ("***" if k in ("api-key", "authorization") else v) for k, v in self.headers.items()}
        target = f"{self.path}?{self.raw_query}" if self.raw_query else self.path
        return f"RequestRecord({self.method} {target} headers={shown} body={len(self.body)} bytes)"


class RequestLog:
    """A thread-safe list of RequestRecord: len, index, iterate (over a snapshot), clear().

    Keeps the latest ``limit`` records so a long demo session does not grow without bound.
    """

    def __init__(self, limit: int = 10_000) -> None:
        self._lock = threading.Lock()
        self._items: list[RequestRecord] = []
        self._limit = limit

    def append(self, record: RequestRecord) -> None:
        with self._lock:
            self._items.append(record)
            if len(self._items) > self._limit:
                del self._items[: len(self._items) - self._limit]

    def clear(self) -> None:
        with self._lock:
            self._items.clear()

    def snapshot(self) -> list[RequestRecord]:
        with self._lock:
            return list(self._items)

    def __len__(self) -> int:
        with self._lock:
            return len(self._items)

    def __getitem__(self, index: int) -> RequestRecord:
        with self._lock:
            return self._items[index]

    def __iter__(self) -> Iterator[RequestRecord]:
        return iter(self.snapshot())

    def __bool__(self) -> bool:
        return len(self) > 0

    def __repr__(self) -> str:
        return f"RequestLog({self.snapshot()!r})"


def is_loopback_client(host: str) -> bool:
    """Only clients on this computer may set faults over HTTP (::ffff:127.0.0.1 included)."""
    try:
        addr = ip_address(host.split("%")[0])
    except ValueError:
        return False
    mapped = getattr(addr, "ipv4_mapped", None)
    return (mapped or addr).is_loopback


def _now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


class _Cut(Exception):
    """Close the connection now, without finishing the response (stream_cut, stop())."""


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True

    def __init__(self, addr: tuple[str, int], sim: Simulator) -> None:
        if ":" in addr[0]:
            self.address_family = socket.AF_INET6
        self.sim = sim
        self.open_sockets: set[socket.socket] = set()
        self.sockets_lock = threading.Lock()
        super().__init__(addr, _Handler)

    def serve_until(self, stopping: threading.Event, wake: socket.socket) -> None:
        """Like serve_forever, but stop() wakes it at once instead of after a poll interval."""
        with selectors.DefaultSelector() as sel:
            sel.register(self, selectors.EVENT_READ)
            sel.register(wake, selectors.EVENT_READ)
            while not stopping.is_set():
                for key, _ in sel.select():
                    if key.fileobj is self and not stopping.is_set():
                        self._handle_request_noblock()

    def handle_error(self, request: Any, client_address: Any) -> None:
        # A client that hangs up mid-response is normal; never print tracebacks.
        pass


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "aimlapi-simulator"
    sys_version = ""
    # Idle keep-alive connections end after this; stop() closes them sooner.
    timeout = 30
    server: _Server

    # -- plumbing ---------------------------------------------------------------------------------
    def setup(self) -> None:
        super().setup()
        self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        with self.server.sockets_lock:
            self.server.open_sockets.add(self.connection)

    def finish(self) -> None:
        try:
            super().finish()
        finally:
            with self.server.sockets_lock:
                self.server.open_sockets.discard(self.connection)

    def log_message(self, format: str, *args: Any) -> None:
        pass

    def version_string(self) -> str:
        return self.server_version

    def do_GET(self) -> None:
        self._dispatch("GET")

    def do_HEAD(self) -> None:
        self._dispatch("HEAD")

    def do_POST(self) -> None:
        self._dispatch("POST")

    def do_PUT(self) -> None:
        self._dispatch("PUT")

    def do_PATCH(self) -> None:
        self._dispatch("PATCH")

    def do_DELETE(self) -> None:
        self._dispatch("DELETE")

    def do_OPTIONS(self) -> None:
        self._dispatch("OPTIONS")

    @property
    def sim(self) -> Simulator:
        return self.server.sim

    def _read_body(self) -> bytes:
        if "chunked" in self.headers.get("Transfer-Encoding", "").lower():
            parts: list[bytes] = []
            total = 0
            while True:
                size_line = self.rfile.readline(1024)
                size = int(size_line.split(b";")[0].strip() or b"0", 16)
                if size == 0:
                    while self.rfile.readline(1024) not in (b"\r\n", b"\n", b""):
                        pass
                    return b"".join(parts)
                total += size
                if total > MAX_BODY:
                    raise ValueError("body too large")
                parts.append(self.rfile.read(size))
                self.rfile.readline(1024)
        length = int(self.headers.get("Content-Length") or 0)
        if length > MAX_BODY:
            raise ValueError("body too large")
        return self.rfile.read(length) if length > 0 else b""

    def _dispatch(self, method: str) -> None:
        self.request_id = uuid.uuid4().hex
        self._wants_stream = False
        self._chunked = True
        self._started = False
        target = self.path
        if "://" in target.split("?", 1)[0]:  # absolute-form, as sent to a proxy
            target = "/" + target.split("://", 1)[1].partition("/")[2]
        path, _, raw_query = target.partition("?")
        self.req_path = path
        try:
            body = self._read_body()
        except (ValueError, OSError):
            self.close_connection = True
            self._own_error(413, "Request body too large or malformed.")
            return
        if path == CONTROL_PATH:
            self._control(method, body)
            return
        record = RequestRecord(
            method=method,
            path=path,
            query=dict(parse_qsl(raw_query, keep_blank_values=True)),
            raw_query=raw_query,
            headers={k.lower(): v for k, v in self.headers.items()},
            body=body,
        )
        self.sim.requests.append(record)
        try:
            self._wait(self.sim.latency_ms)
            self._route(record)
        except _Cut:
            self.close_connection = True
        except (BrokenPipeError, ConnectionResetError, ConnectionAbortedError):
            self.close_connection = True
        except Exception:
            # A simulator bug must still look like a server: a 500 when nothing was sent yet.
            self.close_connection = True
            if not self._started:
                self._own_error(500, "Internal server error")

    def _wait(self, ms: float) -> None:
        if ms > 0 and self.sim._stopping.wait(ms / 1000):
            raise _Cut()

    # -- responses --------------------------------------------------------------------------------
    def _send(
        self, status: int, body: bytes, content_type: str, headers: dict[str, str] | None = None
    ) -> None:
        self._started = True
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("x-request-id", self.request_id)
        for k, v in (headers or {}).items():
            self.send_header(k, v)
        if self.close_connection:
            self.send_header("Connection", "close")
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def _json(self, status: int, obj: Any, headers: dict[str, str] | None = None) -> None:
        self._send(status, json.dumps(obj).encode(), "application/json; charset=utf-8", headers)

    def _own_error(
        self, status: int, message: str, headers: dict[str, str] | None = None, **extra: Any
    ) -> None:
        """The service's own error shape."""
        body = {
            "message": message,
            "path": self.req_path,
            "requestId": self.request_id,
            "statusCode": str(status) if self._string_status() else status,
            "timestamp": _now_iso(),
            **extra,
        }
        self._json(status, body, headers)

    def _string_status(self) -> bool:
        # The service has documented ``statusCode`` as a string too; any fault can ask for that.
        f = self.sim._faults.peek()
        return bool(f and str(f.opt("status_code_string", "")).lower() in ("1", "true", "yes"))

    def _openai_error(
        self,
        status: int,
        message: str,
        code: str | None,
        param: str | None = None,
        type_: str = "invalid_request_error",
    ) -> None:
        self._json(status, {"error": {"code": code, "message": message, "param": param, "type": type_}})

    # -- control ----------------------------------------------------------------------------------
    def _control(self, method: str, body: bytes) -> None:
        if not is_loopback_client(self.client_address[0]):
            self._own_error(403, "The fault endpoint only answers loopback clients.")
            return
        if method == "GET":
            current = self.sim._faults.peek()
            self._json(200, {"fault": current.public() if current else None})
            return
        if method == "DELETE":
            self.sim.set_fault(None)
            self._json(200, {"fault": None})
            return
        if method != "POST":
            self._own_error(404, f"Cannot {method} {self.req_path}")
            return
        try:
            data = json.loads(body or b"{}")
            if not isinstance(data, dict):
                raise ValueError('Send a JSON object like {"name": "rate_limited", "times": 2}.')
            name = data.pop("name", None)
            if name is not None and not isinstance(name, str):
                raise ValueError("'name' must be a fault name or null.")
            self.sim.set_fault(name, **data)
        except ValueError as exc:  # json.JSONDecodeError is a ValueError
            self._json(400, {"error": str(exc)})
            return
        current = self.sim._faults.peek()
        self._json(200, {"fault": current.public() if current else None})

    # -- routing ----------------------------------------------------------------------------------
    def _route(self, rec: RequestRecord) -> None:
        faults = self.sim._faults
        path = rec.path
        is_azure = _azure_deployment(path) is not None
        is_chat = is_azure or path == "/v1/chat/completions"
        # A corporate proxy answers before the service sees anything, whatever the path.
        if f := faults.take("html_proxy", is_chat=is_chat):
            status = int(f.opt("status"))
            self._send(status, HTML_PROXY_PAGE.encode(), "text/html; charset=utf-8")
            return
        if rec.method == "POST" and is_chat:
            pass
        elif rec.method in ("GET", "HEAD") and path in ("/models", "/v1/models", "/v1/billing/balance"):
            pass
        else:
            self._own_error(404, f"Cannot {rec.method} {path}")
            return
        if f := faults.take("slow", is_chat=is_chat):
            self._wait(int(f.opt("delay_ms")))

        if path in ("/models", "/v1/models"):
            self._models_or_faults(rec, is_chat=False)
            return
        # Everything below needs the key.
        if not self._authorised(rec, azure=is_azure) or faults.take("bad_key", is_chat=is_chat):
            self._own_error(401, KEYS_MESSAGE)
            return
        if path == "/v1/billing/balance":
            if self._generic_faults(is_chat=False):
                return
            self._json(200, self._balance())
            return
        self._chat(rec, azure=is_azure)

    def _models_or_faults(self, rec: RequestRecord, *, is_chat: bool) -> None:
        if self._generic_faults(is_chat=is_chat):
            return
        include = frozenset(p.strip() for p in rec.query.get("include", "").split(",") if p.strip())
        self._json(200, catalog.catalog_json(include))

    def _generic_faults(self, *, is_chat: bool) -> bool:
        """rate_limited, server_error and malformed_json; True when a fault answered."""
        faults = self.sim._faults
        if f := faults.take("rate_limited", is_chat=is_chat):
            headers = {"Retry-After": str(f.opt("retry_after"))}
            if f.opt("retry_after_ms") is not None:
                headers["retry-after-ms"] = str(f.opt("retry_after_ms"))
            self._own_error(429, str(f.opt("message")), headers)
            return True
        if f := faults.take("server_error", is_chat=is_chat):
            status = int(f.opt("status"))
            extra = {"Retry-After": str(f.opt("retry_after"))} if f.opt("retry_after") is not None else None
            self._own_error(status, str(f.opt("message", SERVER_ERROR_MESSAGES[status])), extra)
            return True
        if f := faults.take("malformed_json", is_chat=is_chat):
            if f.opt("where") == "stream" and self._wants_stream:
                self._start_stream()
                self._chunk(
                    b'data: {"id": "chatcmpl-broken", "choices": [{"index": 0, "delta": {"content": "Hel\n\n'
                )
                self._chunk(b"data: [DONE]\n\n")
                self._chunk(b"")
                return True
            self._send(
                200,
                b'{"id": "chatcmpl-broken", "choices": [{"index": 0, "message": {"role": "assis',
                "application/json; charset=utf-8",
            )
            return True
        return False

    def _authorised(self, rec: RequestRecord, *, azure: bool) -> bool:
        if azure:
            given = rec.headers.get("api-key", "").strip()
        else:
            scheme, _, given = rec.headers.get("authorization", "").strip().partition(" ")
            if scheme.lower() != "bearer":
                return False
            given = given.strip()
        return bool(given) and given == self.sim.api_key

    def _balance(self) -> dict[str, Any]:
        faults = self.sim._faults
        if faults.active("no_credits"):
            balance, status, why = 0, "debt", "Your balance is empty. Top up to continue."
        elif faults.active("low_balance"):
            balance, status, why = LOW_BALANCE, "current", "Your balance is below the low-balance threshold."
        else:
            balance, status, why = NORMAL_BALANCE, "current", "Balance is current and up to date"
        return {
            "balance": balance,
            "lowBalance": balance < LOW_BALANCE_THRESHOLD,
            "lowBalanceThreshold": LOW_BALANCE_THRESHOLD,
            "lastUpdated": _now_iso(),
            "autoDebitStatus": "disabled",
            "status": status,
            "statusExplanation": why,
        }

    # -- chat -------------------------------------------------------------------------------------
    def _chat(self, rec: RequestRecord, *, azure: bool) -> None:
        faults = self.sim._faults
        if azure and not rec.query.get("api-version"):
            self._json(404, {"error": {"code": "404", "message": "Resource not found"}})
            return
        ctype = rec.headers.get("content-type", "").split(";")[0].strip().lower()
        if ctype != "application/json" and not ctype.endswith("+json"):
            # The service's JSON body parser ignores other content types: the body counts as empty.
            self._own_error(
                400,
                "Body validation error!",
                meta=[
                    {
                        "path": ["messages"],
                        "message": "Required (send the body with Content-Type: application/json)",
                    }
                ],
            )
            return
        try:
            body = json.loads(rec.body)
        except (ValueError, UnicodeDecodeError):
            self._own_error(
                400, "Body validation error!", meta=[{"path": [], "message": "Invalid JSON body"}]
            )
            return
        if not isinstance(body, dict):
            self._own_error(400, "Body validation error!", meta=[{"path": [], "message": "Expected object"}])
            return
        self._wants_stream = body.get("stream") is True
        messages = body.get("messages")
        if not isinstance(messages, list) or not messages or not all(isinstance(m, dict) for m in messages):
            self._own_error(
                400,
                "Body validation error!",
                meta=[{"path": ["messages"], "message": "Required: a non-empty array"}],
            )
            return
        if azure:
            model_id = unquote(_azure_deployment(rec.path) or "")
            model = catalog.find_model(model_id)
            if model is None or not model.is_chat:
                self._openai_error(
                    404,
                    "The API deployment for this resource does not exist. If you created the deployment "
                    "within the last 5 minutes, please wait a moment and try again.",
                    "DeploymentNotFound",
                )
                return
        else:
            model_id = body.get("model") if isinstance(body.get("model"), str) else ""
            model = catalog.find_model(model_id)
            if model is None or not model.is_chat:
                self._own_error(
                    400,
                    "Body validation error!",
                    meta=[{"path": ["model"], "message": f"Invalid model: {model_id!r} is not a chat model"}],
                )
                return
        if f := faults.take("no_credits", is_chat=True):
            self._own_error(int(f.opt("status", 403)), CREDITS_MESSAGE)
            return
        if self._generic_faults(is_chat=True):
            return

        reasoning = model.reasoning or faults.active("reasoning") is not None
        if reasoning and body.get("max_tokens") is not None:
            self._openai_error(400, MAX_TOKENS_MESSAGE, "unsupported_parameter", "max_tokens")
            return
        if reasoning and body.get("temperature") not in (None, 1, 1.0):
            self._openai_error(
                400,
                f"Unsupported value: 'temperature' does not support {body.get('temperature')} "
                "with this model. Only the default (1) value is supported.",
                "unsupported_value",
                "temperature",
            )
            return
        if not model.system_role:
            for i, m in enumerate(messages):
                if m.get("role") == "system":
                    self._openai_error(
                        400,
                        f"Unsupported value: 'messages[{i}].role' does not support 'system' with this model.",
                        "unsupported_value",
                        f"messages[{i}].role",
                    )
                    return
        limit = body.get("max_completion_tokens", body.get("max_tokens"))
        if limit is not None and (not isinstance(limit, int) or isinstance(limit, bool) or limit < 1):
            self._own_error(
                400,
                "Body validation error!",
                meta=[{"path": ["max_tokens"], "message": "Expected a positive integer"}],
            )
            return

        prompt_tokens = replies.prompt_tokens(messages, body.get("tools"))
        if model.context_length and prompt_tokens + (limit or 0) > model.context_length:
            self._openai_error(
                400,
                f"This model's maximum context length is {model.context_length} tokens. However, you "
                f"requested {prompt_tokens + (limit or 0)} tokens ({prompt_tokens} in the messages, "
                f"{limit or 0} in the completion). Please reduce the length of the messages or completion.",
                "context_length_exceeded",
                "messages",
            )
            return
        function = replies.chosen_tool(body.get("tools"), body.get("tool_choice"), messages)
        # Models without function calling (and the no_tool_call fault) answer in words instead.
        if function is not None and model.tools and not faults.active("no_tool_call"):
            completion = replies.tool_completion(
                function, broken=faults.active("bad_tool_arguments") is not None
            )
        else:
            text = replies.reply_text(messages, model.name)
            fmt = body.get("response_format")
            if isinstance(fmt, dict) and fmt.get("type") in ("json_object", "json_schema"):
                text = json.dumps({"answer": text})
            completion = replies.text_completion(text, limit, reasoning=reasoning)
        usage = _usage(prompt_tokens, completion)
        chat = _ChatReply(model_id=model.id, azure=azure, completion=completion, usage=usage)
        if self._wants_stream:
            opts = body.get("stream_options")
            include_usage = isinstance(opts, dict) and opts.get("include_usage") is True
            self._stream(chat, include_usage)
        else:
            self._json(200, chat.whole())

    def _start_stream(self) -> None:
        self._started = True
        self.send_response(200)
        self.send_header("Content-Type", "text/event-stream; charset=utf-8")
        self.send_header("Cache-Control", "no-cache")
        # HTTP/1.0 clients cannot read chunks: the stream ends when the connection closes.
        self._chunked = self.request_version != "HTTP/1.0"
        if self._chunked:
            self.send_header("Transfer-Encoding", "chunked")
        else:
            self.close_connection = True
            self.send_header("Connection", "close")
        self.send_header("x-request-id", self.request_id)
        self.end_headers()

    def _stream(self, chat: _ChatReply, include_usage: bool) -> None:
        faults = self.sim._faults
        cut = faults.take("stream_cut", is_chat=True)
        slow = faults.active("slow")
        self._start_stream()
        writes = list(chat.sse_writes(include_usage))
        token_delay = self.sim.token_delay_ms
        if slow is not None and slow.opt("token_delay_ms") is not None:
            token_delay = int(slow.opt("token_delay_ms"))
        first_content = next((i for i, w in enumerate(writes) if w.content), len(writes))
        cut_at = None
        if cut is not None:
            # Stop after the n-th content piece (at least one arrives), before [DONE].
            after = max(1, int(cut.opt("after")))
            content_idx = [i for i, w in enumerate(writes) if w.content]
            cut_at = content_idx[min(after, len(content_idx)) - 1] + 1 if content_idx else len(writes) // 2
        for i, w in enumerate(writes):
            if cut_at is not None and i == cut_at:
                if cut is not None and cut.opt("mode") == "clean":
                    self._chunk(b"")
                    return
                # Half an event, then the connection drops: no terminating chunk, no [DONE].
                self._chunk(b'data: {"id": "' + chat.id.encode() + b'", "choices": [{"ind')
                raise _Cut()
            if i == first_content:
                self._wait(max(token_delay * 3, 0))
            elif w.content:
                self._wait(token_delay)
            if w.split or w.split_at is not None:
                half = w.split_at if w.split_at is not None else len(w.data) // 2
                self._chunk(w.data[:half])
                self._wait(2)
                self._chunk(w.data[half:])
            else:
                self._chunk(w.data)
        self._chunk(b"")

    def _chunk(self, data: bytes) -> None:
        """One HTTP/1.1 chunk; empty data ends the body."""
        if not self._chunked:
            if data:
                self.wfile.write(data)
            return
        self.wfile.write(f"{len(data):X}\r\n".encode() + data + b"\r\n")
        self.wfile.flush()


@dataclass
class _Write:
    data: bytes
    content: bool = False  # carries model output (used for pacing)
    split: bool = False  # sent in two network writes
    split_at: int | None = None  # where to split (default: the middle)


def _usage(prompt: int, completion: replies.Completion) -> dict[str, Any]:
    usage: dict[str, Any] = {
        "prompt_tokens": prompt,
        "completion_tokens": completion.completion_tokens,
        "total_tokens": prompt + completion.completion_tokens,
    }
    if completion.reasoning_tokens:
        usage["completion_tokens_details"] = {"reasoning_tokens": completion.reasoning_tokens}
    return usage


class _ChatReply:
    """One answer, as a whole response or as a stream of chunks."""

    def __init__(
        self, model_id: str, azure: bool, completion: replies.Completion, usage: dict[str, Any]
    ) -> None:
        self.id = "chatcmpl-" + uuid.uuid4().hex[:24]
        self.created = int(time.time())
        self.model_id = model_id
        self.azure = azure
        self.completion = completion
        self.usage = usage
        self.call_id = "call_" + uuid.uuid4().hex[:24]

    def _filters(self) -> dict[str, Any]:
        return (
            {"prompt_filter_results": [{"prompt_index": 0, "content_filter_results": {}}]}
            if self.azure
            else {}
        )

    def whole(self) -> dict[str, Any]:
        c = self.completion
        message: dict[str, Any] = {"role": "assistant", "content": c.text}
        if c.tool_name is not None:
            message["tool_calls"] = [
                {
                    "id": self.call_id,
                    "type": "function",
                    "function": {"name": c.tool_name, "arguments": c.tool_arguments},
                }
            ]
        choice: dict[str, Any] = {"index": 0, "finish_reason": c.finish_reason, "logprobs": None}
        if self.azure:
            choice["content_filter_results"] = {}
        choice["message"] = message
        return {
            "id": self.id,
            "object": "chat.completion",
            "created": self.created,
            "model": self.model_id,
            **self._filters(),
            "choices": [choice],
            "usage": self.usage,
        }

    def _chunk(self, delta: dict[str, Any] | None, finish: str | None = None, **top: Any) -> dict[str, Any]:
        choices: list[dict[str, Any]] = []
        if delta is not None:
            choice: dict[str, Any] = {"index": 0, "delta": delta, "finish_reason": finish, "logprobs": None}
            if self.azure:
                choice["content_filter_results"] = {}
            choices.append(choice)
        return {
            "id": self.id,
            "object": "chat.completion.chunk",
            "created": self.created,
            "model": self.model_id,
            "choices": choices,
            **top,
        }

    def sse_writes(self, include_usage: bool) -> Iterator[_Write]:
        """The stream's network writes, with every quirk of wire.md."""
        n = 0

        def event(obj: dict[str, Any] | str, crlf: bool = False, **kw: Any) -> _Write:
            nonlocal n
            n += 1
            data = obj if isinstance(obj, str) else json.dumps(obj)
            # Alternate "data: " and "data:" and use CRLF line ends on every third event.
            prefix = "data: " if n % 2 else "data:"
            end = "\r\n\r\n" if crlf or n % 3 == 0 else "\n\n"
            return _Write((prefix + data + end).encode(), **kw)

        if self.azure:
            # Azure's first chunk: no choices, empty id/model, only the prompt filter results.
            yield event({"choices": [], "created": 0, "id": "", "model": "", "object": "", **self._filters()})
        yield event(self._chunk({"role": "assistant", "content": ""}))
        c = self.completion
        if c.tool_name is not None:
            first = {
                "index": 0,
                "id": self.call_id,
                "type": "function",
                "function": {"name": c.tool_name, "arguments": ""},
            }
            yield event(self._chunk({"tool_calls": [first]}), content=True)
            for k, frag in enumerate(replies.argument_fragments(c.tool_arguments or "")):
                piece = {"index": 0, "function": {"arguments": frag}}
                yield event(self._chunk({"tool_calls": [piece]}), content=True, split=k == 1)
                if k == 1:
                    yield _Write(b": keep-alive\n\n")
        else:
            for k, tok in enumerate(replies.tokens(c.text or "")):
                yield event(self._chunk({"content": tok}), content=True, split=k == 1)
                if k == 1:
                    yield _Write(b": keep-alive\n\n")
        # CRLF, split between its "\r" and "\n": a reader must not end the line twice.
        finish = event(self._chunk({}, c.finish_reason), crlf=True)
        finish.split_at = len(finish.data) - 3
        yield finish
        if include_usage:
            yield event(self._chunk(None, usage=self.usage))
        yield event("[DONE]")


def _azure_deployment(path: str) -> str | None:
    """The (still encoded) deployment of an Azure chat path, or None."""
    for prefix in ("/openai/deployments/", "/v1/openai/deployments/"):
        if path.startswith(prefix) and path.endswith("/chat/completions"):
            dep = path[len(prefix) : -len("/chat/completions")]
            return dep or None
    return None


class Simulator:
    """A real HTTP server on loopback that answers like AI/ML API, with faults on demand."""

    # Pause before the first streamed token and between tokens, so time to first token is measurable.
    token_delay_ms: int = 5

    def __init__(
        self, api_key: str = DEMO_KEY, host: str = "127.0.0.1", port: int = 0, latency_ms: int = 0
    ) -> None:
        self.api_key = api_key
        self.host = host
        self.port = port
        self.latency_ms = latency_ms
        self.requests = RequestLog()
        self._faults = FaultState()
        self._stopping = threading.Event()
        self._server: _Server | None = None
        self._thread: threading.Thread | None = None

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
            server = _Server((self.host, self.port), self)
        except OSError as exc:
            raise OSError(
                exc.errno, f"Cannot listen on {self.host}:{self.port} ({exc.strerror}); choose another port."
            ) from None
        self._server = server
        self.port = server.server_address[1]
        self._wake_r, self._wake_w = socket.socketpair()
        self._thread = threading.Thread(
            target=server.serve_until,
            args=(self._stopping, self._wake_r),
            name="aimlapi-simulator",
            daemon=True,
        )
        self._thread.start()
        return self.url

    def stop(self) -> None:
        server, thread = self._server, self._thread
        if server is None:
            return
        self._stopping.set()  # wakes every delayed response, and ends the serving loop
        self._wake_w.send(b"x")
        if thread is not None:
            thread.join(timeout=5)
        with server.sockets_lock:
            conns = list(server.open_sockets)
        for conn in conns:  # idle keep-alive connections and in-flight streams
            try:
                conn.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
        server.server_close()
        self._wake_r.close()
        self._wake_w.close()
        self._server = None
        self._thread = None

    def __enter__(self) -> Simulator:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def set_fault(self, name: str | None, **options: Any) -> None:
        """Inject a fault (see faults.FAULTS); None clears it. Raises ValueError for unknown ones."""
        self._faults.set(name, options)

    @property
    def fault(self) -> str | None:
        f = self._faults.peek()
        return f.name if f else None


def run(
    port: int,
    api_key: str,
    latency_ms: int = 0,
    fault: str | None = None,
    ready: Callable[[str], None] | None = None,
) -> None:
    """Serve in the foreground until KeyboardInterrupt. ``fault`` may carry options:
    ``"rate_limited:times=2,retry_after=1"``. Raises ValueError for a bad fault, OSError for a busy port.
    """
    sim = Simulator(api_key=api_key, port=port, latency_ms=latency_ms)
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
