"""The client for AI/ML API: the requests this app sends and what their answers mean (Cursor's
Verify request, chat, streaming, tool calling, the model list, the balance, reachability, and the
account endpoints: the request log, the key's details, the model's health, the key's spend).

Every request is the one docs/wire.md describes. How a request travels (deadlines, bounded reads,
the retry policy, cancel) is the transport's job (``transport``); this module builds the requests,
reads the answers into result types, and turns answers it cannot use into ``ServiceError``.
Every failure is a ``ServiceError`` carrying a ``Problem``, or ``Cancelled``; no message or detail
contains the key. Every request carries ``X-Client-Request-Id: cas-<run>-<label>`` (docs/wire.md,
"Tracing"): the run is named when the client is made, the label names the check or the call.

httpx2 is imported when a client is made, not when this module is imported: start-up matters.
"""

from __future__ import annotations

import json
import re
import threading
import time
from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from app.core import catalog_format, diagnosis, diagnosis_network
from app.core.answers import (
    CREDITS_PER_USD,
    RUN_ID,
    Balance,
    CatalogFetch,
    ChatResult,
    Ping,
    StreamResult,
    ToolCallResult,
    Trace,
    client_request_id,
    cost_usd,
    new_run_id,
    number,
)
from app.core.catalog_format import ModelInfo
from app.core.cursor_wire import CHAT_API_VERSION, VERIFY_API_VERSION, chat_path, cursor_verify_body
from app.core.errors import Cancelled, InvalidInput, ServiceError
from app.core.model import KEYS_PAGE_URL, Problem, ProblemCode
from app.core.redact import Secret
from app.core.stream import MalformedChunk, StreamAssembler, content_text, tool_calls_from_message
from app.core.text import Text
from app.core.transport import (
    MAX_BODY_BYTES,
    RETRY_POLICY,
    ClosedOnExit,
    Params,
    Reply,
    RetryPolicy,
    Transport,
    ms_since,
    stream_too_long,
)

if TYPE_CHECKING:
    import httpx2

__all__ = [
    "AimlClient",
    "Balance",
    "Cancelled",
    "CatalogFetch",
    "ChatResult",
    "ModelInfo",
    "Ping",
    "ServiceError",
    "StreamResult",
    "ToolCallResult",
    "Trace",
    "client_request_id",
    "new_run_id",
]

MAX_CATALOG_BYTES = 16 * 1024 * 1024  # the whole model catalog is far larger than a chat answer
# The legacy balance route's low-balance threshold (10,000 credits), in dollars.
LOW_BALANCE_USD = 10_000 / CREDITS_PER_USD
LOG_PAGE_MAX = 100
_PERIOD = re.compile(r"^[1-9][0-9]{0,4}[hd]$")
_KEY_FIX = Text(
    "Copy the key again from {keys}, with no spaces or line breaks, and paste it here.", keys=KEYS_PAGE_URL
)

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


def _check_period(period: str) -> str:
    """``24h``, ``7d``: a whole number of hours or days, as the account routes take it."""
    if not isinstance(period, str) or not _PERIOD.match(period.strip()):
        raise InvalidInput(
            "period",
            Text(
                "“{period}” is not a period: give a whole number of hours or days, such as 1h or 7d.",
                period=period,
            ),
        )
    return period.strip()


def _runtime_chat_body(system: str, prompt: str, max_tokens: int, *, stream: bool) -> dict[str, Any]:
    """A chat body with the standard parameters Cursor's servers send (docs/wire.md, "Cursor")."""
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


def _dict(value: object) -> dict[str, Any] | None:
    return value if isinstance(value, dict) else None


def _text(value: object) -> str | None:
    return value if isinstance(value, str) else None


class AimlClient(ClosedOnExit):
    """One client for one run, over one ``Transport``. Use as a context manager; safe to share
    between threads. The key is a ``Secret`` (a string given here is wrapped on the way in)."""

    def __init__(
        self,
        base_url: str,
        api_key: Secret | str | None = None,
        timeout_s: float = 30.0,
        cancel: threading.Event | None = None,
        retry: RetryPolicy = RETRY_POLICY,
        run_id: str | None = None,
    ) -> None:
        if run_id is not None and not RUN_ID.match(run_id):
            raise ValueError(f"a run id is 1 to 64 of A-Z a-z 0-9 . _ :, not {run_id!r}")
        self.run_id = run_id or new_run_id()
        self._key = api_key if isinstance(api_key, Secret) else Secret(api_key or "")
        self._transport = Transport(base_url, timeout_s, cancel, retry)
        self.base_url = self._transport.base_url
        self.timeout_s = self._transport.timeout_s

    def close(self) -> None:
        """Close the client; requests still running are cut off (see ``Transport.close``)."""
        self._transport.close()

    # --- public requests ---------------------------------------------------------------------

    def cursor_verify(self, deployment: str) -> ChatResult:
        """Cursor's Verify request, byte for byte what Cursor sends (success means HTTP 200)."""
        body = cursor_verify_body()
        return self._chat_request(
            deployment, VERIFY_API_VERSION, body, Text("Cursor's Verify request"), "cursor_verify"
        )

    def chat(
        self,
        deployment: str,
        prompt: str = DEFAULT_PROMPT,
        system: str = DEFAULT_SYSTEM,
        max_tokens: int = 64,
    ) -> ChatResult:
        """A chat request the way Cursor's servers send it at run time."""
        body = _runtime_chat_body(system, prompt, max_tokens, stream=False)
        return self._chat_request(deployment, CHAT_API_VERSION, body, Text("the chat request"), "chat")

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
        return self._stream(deployment, body, on_text, Text("the streamed chat request"), "streaming")

    def tool_call(self, deployment: str, stream: bool = True) -> ToolCallResult:
        """Offers one function, ``get_weather(city)``; returns the calls the model made (maybe none).

        Whether the arguments parse as JSON is left to the caller (``ToolCall.parsed_arguments``).
        """
        what = Text("the tool-calling request")
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
            res = self._stream(deployment, body, None, what, "tool_calling")
            return ToolCallResult(res.tool_calls, res.text, res.total_ms, res.finish_reason, True, res.trace)
        reply = self._post_chat(deployment, CHAT_API_VERSION, body, what, "tool_calling")
        message, finish, _model, _usage = self._parse_completion(reply, deployment, what)
        return ToolCallResult(
            tool_calls_from_message(message),
            content_text(message.get("content")),
            reply.ms,
            finish,
            False,
            Trace.from_headers(reply.headers),
        )

    def list_models(self) -> list[ModelInfo]:
        """The chat models of the catalog, sorted by id (docs/wire.md, "The catalog"). No key
        needed. Raises ServiceError when it cannot be read or holds no chat model."""
        models = self.fetch_catalog().models
        assert models is not None
        return models

    def fetch_catalog(self, etag: str | None = None) -> CatalogFetch:
        """The catalog with the capabilities of each model; with ``etag`` (the ETag of a saved copy)
        ``models`` is None when that copy is still current (304, an empty answer)."""
        what = Text("the model list")
        extra = {"If-None-Match": etag} if etag else None
        reply = self._transport.request(
            "GET",
            "/models",
            what=what,
            headers=self._headers(None, "models", extra),
            params={"include": "capabilities"},
            max_bytes=MAX_CATALOG_BYTES,
            also_ok=frozenset({304}) if etag else frozenset(),
        )
        new_etag = reply.headers.get("etag") or None
        if reply.status == 304:
            return CatalogFetch(None, new_etag or etag)
        try:
            models = catalog_format.chat_models(self._json(reply, what))
        except catalog_format.CatalogUnusable as exc:
            raise ServiceError(exc.problem) from None
        return CatalogFetch(models, new_etag)

    def balance(self) -> Balance:
        """The account balance in dollars (``GET /v2/billing``); the legacy route in credits
        (``GET /v1/billing/balance``, 2,000,000 credits = 1 USD) only when the current one is absent."""
        try:
            data, trace = self._get_traced("/v2/billing", "account", Text("the balance request"))
        except ServiceError as exc:
            if exc.problem.http_status not in (404, 405):
                raise
            return self._legacy_balance()
        usd = number(data.get("current_balance"))
        if usd is None:
            raise ServiceError(
                diagnosis.bad_response(Text("The balance from the service was not in the expected format."))
            )
        currency = _text(data.get("currency")) or "USD"
        return Balance(round(usd * CREDITS_PER_USD), usd, usd < LOW_BALANCE_USD, currency[:8], trace)

    def _legacy_balance(self) -> Balance:
        data, trace = self._get_traced("/v1/billing/balance", "account", Text("the balance request"))
        raw = number(data.get("balance"))
        if raw is None:
            raise ServiceError(
                diagnosis.bad_response(Text("The balance from the service was not in the expected format."))
            )
        credits = int(raw)
        low = data.get("lowBalance")
        if not isinstance(low, bool):
            threshold = number(data.get("lowBalanceThreshold"))
            low = threshold is not None and credits <= threshold
        return Balance(credits=credits, usd=credits / CREDITS_PER_USD, low=low, trace=trace)

    def request_log(
        self,
        *,
        period: str = "1h",
        models: Sequence[str] = (),
        statuses: Sequence[str] = (),
        limit: int = LOG_PAGE_MAX,
        offset: int = 0,
    ) -> dict[str, Any]:
        """One page of the key's own request log, newest first (``GET /v2/logs``), as the service
        sent it (``cursor.account.parse_logs`` reads it). Several models or statuses repeat the
        parameter: the service matches nothing for a comma list."""
        if not 1 <= limit <= LOG_PAGE_MAX or offset < 0:
            raise ValueError(f"limit is 1 to {LOG_PAGE_MAX} and offset 0 or more")
        params = [("period", _check_period(period))]
        params += [("model", m) for m in models] + [("status", s) for s in statuses]
        params += [("limit", str(limit)), ("offset", str(offset))]
        return self._get_object("/v2/logs", "logs", Text("the request log"), params=tuple(params))

    def key_info(self) -> dict[str, Any] | None:
        """The key's own details (``GET /v1/key``: name, scopes, spending limit), as the service sent
        them; None when the service does not show them to this key (401 or 403: "not available",
        never a bad key)."""
        try:
            return self._get_object("/v1/key", "key", Text("the key's details"))
        except ServiceError as exc:
            if exc.problem.http_status in (401, 403):
                return None
            raise

    def model_health(self, aliases: Sequence[str]) -> dict[str, Any]:
        """How the models did at the service in the last minutes (``GET /models/metrics``, no key);
        a model with no successful request in that window is absent."""
        params = (("aliases", ",".join(aliases)),)
        return self._get_object(
            "/models/metrics", "metrics", Text("the model's health"), auth=None, params=params
        )

    def usage(self, period: str = "24h") -> dict[str, Any]:
        """What this key spent in the period and how many requests were charged (``GET /v2/usage``)."""
        params = (("period", _check_period(period)),)
        return self._get_object("/v2/usage", "usage", Text("the key's spend"), params=params)

    def ping(self) -> Ping:
        """Reachability: time in ms until the catalog starts answering (its body is not read)."""
        what = Text("the reachability check")

        def first_answer(response: httpx2.Response, start: float, deadline: float) -> Ping:
            ms = ms_since(start)
            status = response.status_code
            headers = dict(response.headers)
            if 200 <= status < 300 and not diagnosis.looks_like_html(b"", headers.get("content-type", "")):
                return Ping(ms, Trace.from_headers(headers))
            body = self._transport.read_capped(response, 64 * 1024, deadline, truncate=True)
            raise self._transport.problem(status, headers, body, "", what)

        headers = self._headers(None, "reachability")
        return self._transport.exchange("GET", "/models", headers=headers, handle=first_answer)

    # --- internals -----------------------------------------------------------------------------

    def _headers(
        self, auth: str | None, label: str, extra: Mapping[str, str] | None = None
    ) -> dict[str, str]:
        key = self._key.reveal()
        if auth is not None and any(not 32 <= ord(ch) <= 126 for ch in key):
            # httpx2 would refuse it with the key's bytes in the error text: stop here, say what to do.
            raise ServiceError(
                Problem(
                    ProblemCode.INVALID_INPUT,
                    Text(
                        "The API key contains characters that cannot be sent (such as line breaks or "
                        "accents)."
                    ),
                    _KEY_FIX,
                    "the key has characters outside printable ASCII",
                )
            )
        headers = {"X-Client-Request-Id": client_request_id(self.run_id, label)}
        if auth == "api-key":
            headers["api-key"] = key
        elif auth == "bearer":
            headers["Authorization"] = f"Bearer {key}"
        if extra:
            headers.update(extra)
        return headers

    def _json(self, reply: Reply, what: str, deployment: str = "") -> Any:
        try:
            return json.loads(reply.body.decode("utf-8"))
        except (ValueError, RecursionError):
            raise self._transport.problem(reply.status, reply.headers, reply.body, deployment, what) from None

    def _get_object(
        self, path: str, label: str, what: str, *, auth: str | None = "bearer", params: Params | None = None
    ) -> dict[str, Any]:
        """A GET whose answer is a JSON object (any other answer is a ServiceError)."""
        return self._get_traced(path, label, what, auth=auth, params=params)[0]

    def _get_traced(
        self, path: str, label: str, what: str, *, auth: str | None = "bearer", params: Params | None = None
    ) -> tuple[dict[str, Any], Trace]:
        reply = self._transport.request(
            "GET", path, what=what, headers=self._headers(auth, label), params=params
        )
        data = self._json(reply, what)
        if not isinstance(data, dict):
            raise ServiceError(
                diagnosis.bad_response(
                    Text("The service's answer to {what} was not in the expected format.", what=what),
                    f"{what}: HTTP {reply.status}, not a JSON object",
                )
            )
        return data, Trace.from_headers(reply.headers)

    def _parse_completion(
        self, reply: Reply, deployment: str, what: str
    ) -> tuple[dict[str, Any], str | None, str | None, dict[str, Any] | None]:
        data = self._json(reply, what, deployment)
        if isinstance(data, dict) and "error" in data and not data.get("choices"):
            raise self._transport.problem(reply.status, reply.headers, reply.body, deployment, what)
        choices = data.get("choices") if isinstance(data, dict) else None
        if not isinstance(choices, list) or not choices or not isinstance(choices[0], dict):
            raise ServiceError(
                diagnosis.bad_response(
                    Text("The service's answer had no message in it."),
                    f"{what}: HTTP {reply.status}, no choices",
                )
            )
        choice: dict[str, Any] = choices[0]
        message = _dict(choice.get("message")) or {}
        finish = _text(choice.get("finish_reason"))
        model = _text(data.get("model"))
        usage = _dict(data.get("usage"))
        return message, finish, model, usage

    def _post_chat(
        self, deployment: str, api_version: str, body: dict[str, Any], what: str, label: str
    ) -> Reply:
        return self._transport.request(
            "POST",
            chat_path(deployment),
            what=what,
            headers=self._headers("api-key", label, {"Content-Type": "application/json"}),
            params={"api-version": api_version},
            content=json.dumps(body).encode(),
            deployment=deployment,
        )

    def _chat_request(
        self, deployment: str, api_version: str, body: dict[str, Any], what: str, label: str
    ) -> ChatResult:
        reply = self._post_chat(deployment, api_version, body, what, label)
        message, finish, model, usage = self._parse_completion(reply, deployment, what)
        text = content_text(message.get("content"))
        return ChatResult(
            text, reply.status, reply.ms, model, finish, usage, Trace.from_headers(reply.headers)
        )

    def _stream(
        self,
        deployment: str,
        body: dict[str, Any],
        on_text: Callable[[str], None] | None,
        what: str,
        label: str,
    ) -> StreamResult:
        headers = self._headers(
            "api-key",
            label,
            {"Content-Type": "application/json", "Accept": "text/event-stream", "Cache-Control": "no-store"},
        )

        def read(response: httpx2.Response, start: float, deadline: float) -> StreamResult:
            status = response.status_code
            resp_headers = dict(response.headers)
            ctype = resp_headers.get("content-type", "").split(";")[0].strip().lower()
            if not 200 <= status < 300 or ctype != "text/event-stream":
                data = self._transport.read_capped(response, MAX_BODY_BYTES, deadline, truncate=True)
                raise self._not_a_stream(status, resp_headers, data, deployment, what)
            return self._read_stream(response, start, deadline, on_text, deployment, what)

        return self._transport.exchange(
            "POST",
            chat_path(deployment),
            headers=headers,
            handle=read,
            params={"api-version": CHAT_API_VERSION},
            content=json.dumps(body).encode(),
        )

    def _not_a_stream(
        self, status: int, headers: Mapping[str, str], data: bytes, deployment: str, what: str
    ) -> ServiceError:
        if not 200 <= status < 300 or diagnosis.looks_like_html(data, headers.get("content-type", "")):
            return self._transport.problem(status, headers, data, deployment, what)
        info = diagnosis.parse_error_body(data, headers.get("content-type", ""))
        if info.kind in ("malformed", "empty") or (info.kind == "json" and (info.status or 0) >= 400):
            return self._transport.problem(status, headers, data, deployment, what)
        return ServiceError(
            diagnosis.bad_response(
                Text(
                    "The service sent the whole answer at once instead of piece by piece, which Cursor needs."
                ),
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
        assembler = StreamAssembler()
        ttft_ms: int | None = None
        # httpx2 parses the events; we only look at each event's data.
        for event in self._transport.event_source(response, deadline):
            self._transport.check_cancel()
            try:
                new = assembler.feed_data(event.data)
            except MalformedChunk:
                raise ServiceError(
                    diagnosis.bad_response(
                        Text("A piece of the streamed answer was damaged (not valid data)."),
                        f"{what}: event data {event.data[:200]!r}",
                    )
                ) from None
            if assembler.error is not None:
                err_body = json.dumps({"error": assembler.error}).encode()
                raise self._transport.problem(200, {}, err_body, deployment, what)
            if (new or assembler.tool_calls) and ttft_ms is None:
                ttft_ms = ms_since(start)
            if new and on_text is not None:
                on_text(new)
            if assembler.saw_done:
                break
            if time.monotonic() > deadline:
                raise stream_too_long()
        if not assembler.saw_done and assembler.finish_reason is None:
            raise ServiceError(
                diagnosis_network.stream_cut_problem(
                    self.base_url,
                    f"{what}: the stream ended without its end mark after {assembler.chunks} chunks",
                )
            )
        return StreamResult(
            text=assembler.text,
            ttft_ms=ttft_ms,
            total_ms=ms_since(start),
            usage=assembler.usage,
            chunks=assembler.chunks,
            finish_reason=assembler.finish_reason,
            saw_done=assembler.saw_done,
            model=assembler.model,
            tool_calls=assembler.tool_calls,
            trace=Trace.from_headers(response.headers, cost_usd(assembler.cost_usd)),
        )
