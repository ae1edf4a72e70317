"""The chat routes: check the request as the service does, answer it whole or streamed, log it.

Order of checks: api-version (Azure route), the body, the deployment, the account (credits,
spending limit), faults, then the model's own parameter rules. Every request that got past the key
check is written to the ledger, failed ones with no cost.

*Chosen* where undocumented:
- Azure route without ``api-version``: 404 ``{"error": {"code": "404", "message": "Resource not found"}}``,
  as Azure OpenAI answers.
- A model that is not a chat model of the catalog: 404 ``DeploymentNotFound`` on the Azure route,
  400 "Body validation error!" on ``/v1/chat/completions``. An alias reaches its model; the answer
  names the model's id.
- A body not sent as ``application/json`` counts as empty (the service's JSON parser skips it).
- Reasoning models refuse ``max_tokens`` and a ``temperature`` other than 1 (OpenAI error shape);
  o1-mini also refuses a ``system`` message.
"""

from __future__ import annotations

import json
import time
from dataclasses import dataclass
from typing import Any
from urllib.parse import unquote

from app.simulator import account, catalog, fault_replies, replies
from app.simulator.catalog import CatalogModel
from app.simulator.completions import ChatReply, usage_of
from app.simulator.errors import (
    BODY_VALIDATION_MESSAGE,
    CREDITS_MESSAGES,
    DEPLOYMENT_NOT_FOUND_MESSAGE,
    MAX_TOKENS_MESSAGE,
    SPENDING_LIMIT_MESSAGE,
)
from app.simulator.exchange import Charge, Cut, Exchange
from app.simulator.ledger import LogEntry, key_fingerprint
from app.simulator.sse import Write, frame

AZURE_PREFIXES = ("/openai/deployments/", "/v1/openai/deployments/")
CHAT_SUFFIX = "/chat/completions"
# api-versions before this one name the prompt's filter results ``prompt_annotations``.
_PROMPT_FILTER_RESULTS_SINCE = "2023-10-01"


def azure_deployment(path: str) -> str | None:
    """The (still encoded) deployment of an Azure chat path, or None."""
    for prefix in AZURE_PREFIXES:
        if path.startswith(prefix) and path.endswith(CHAT_SUFFIX):
            return path[len(prefix) : -len(CHAT_SUFFIX)] or None
    return None


@dataclass
class Answer:
    """What the model answers to a request, and what it costs."""

    completion: replies.Completion
    usage: dict[str, Any]
    charge: Charge


@dataclass
class _Request:
    """A chat request as the checks see it."""

    ex: Exchange
    azure: bool
    name: str = ""  # the deployment or model as asked for (the log's model until resolved)
    body: dict[str, Any] | None = None
    wants_stream: bool = False


# -- the whole route --------------------------------------------------------------------------------
def serve(ex: Exchange, azure: bool) -> None:
    req = _Request(ex, azure, name=unquote(azure_deployment(ex.path) or "") if azure else "")
    ex.on_finish = lambda: ex.sim.ledger.add(_log_entry(req))
    try:
        _serve(req)
    finally:
        if ex.started:  # a stream cut short, or a client gone: still in the log
            ex.finish()


def _serve(req: _Request) -> None:
    ex = req.ex
    if req.azure and not ex.record.query.get("api-version"):
        ex.json(404, {"error": {"code": "404", "message": "Resource not found"}})
        return
    if not _read_body(req):
        return
    model = _deployment(req)
    if model is None or _account_refuses(ex):
        return
    if fault_replies.generic(ex, "chat", req.wants_stream):
        return
    assert req.body is not None
    reasoning = model.reasoning or ex.sim._faults.active("reasoning") is not None
    if _parameters_refused(ex, req.body, model, reasoning):
        return
    faults = ex.sim._faults
    answer = plan_answer(
        req.body,
        model,
        reasoning=reasoning,
        no_tool_call=faults.active("no_tool_call") is not None,
        broken_arguments=faults.active("bad_tool_arguments") is not None,
    )
    _deliver(req, model, answer)


def _log_entry(req: _Request) -> LogEntry:
    ex = req.ex
    status = ex.status or 500
    charge = ex.charge if 200 <= status < 300 else Charge()
    done = time.monotonic()
    first = ex.first_token or ex.first_byte or done
    return LogEntry(
        created=ex.arrived_at,
        key=key_fingerprint(ex.sim.api_key),
        status_code=status,
        origin="api",
        model=req.name,
        credits=charge.credits,
        prompt_tokens=charge.prompt_tokens,
        completion_tokens=charge.completion_tokens,
        request_id=ex.request_id,
        inference_id=ex.inference_id,
        client_request_id=ex.client_request_id,
        latency_ms=(done - ex.arrived) * 1000,
        ttft_ms=(first - ex.arrived) * 1000,
    )


# -- the request ------------------------------------------------------------------------------------
def _refuse_body(ex: Exchange, path: list[str], message: str) -> None:
    ex.own_error(400, BODY_VALIDATION_MESSAGE, meta=[{"path": path, "message": message}])


def _read_body(req: _Request) -> bool:
    """The JSON body with its messages; False when refused (the answer is sent)."""
    ex = req.ex
    ctype = ex.header("content-type").split(";")[0].strip().lower()
    if ctype != "application/json" and not ctype.endswith("+json"):
        _refuse_body(ex, ["messages"], "Required (send the body with Content-Type: application/json)")
        return False
    try:
        body = json.loads(ex.record.body)
    except (ValueError, UnicodeDecodeError):
        _refuse_body(ex, [], "Invalid JSON body")
        return False
    if not isinstance(body, dict):
        _refuse_body(ex, [], "Expected object")
        return False
    req.body = body
    req.wants_stream = body.get("stream") is True
    if not req.azure:
        req.name = body["model"] if isinstance(body.get("model"), str) else ""
    messages = body.get("messages")
    if not isinstance(messages, list) or not messages or not all(isinstance(m, dict) for m in messages):
        _refuse_body(ex, ["messages"], "Required: a non-empty array")
        return False
    return True


def _deployment(req: _Request) -> CatalogModel | None:
    """The chat model the request names (id or alias); None when refused (the answer is sent)."""
    model = catalog.resolve(req.name)
    if model is not None and model.is_chat:
        req.name = model.id
        return model
    if req.azure:
        req.ex.openai_error(404, DEPLOYMENT_NOT_FOUND_MESSAGE, "DeploymentNotFound")
    else:
        _refuse_body(req.ex, ["model"], f"Invalid model: {req.name!r} is not a chat model")
    return None


def _account_refuses(ex: Exchange) -> bool:
    """Out of credits or over the key's spending limit: 403 (the balance routes agree)."""
    faults = ex.sim._faults
    if f := faults.take("no_credits", "chat"):
        text = CREDITS_MESSAGES[str(f.opt("text", ex.sim.credits_message))]
        ex.own_error(int(f.opt("status")), text)
    elif faults.take("spending_limit", "chat") or account.key_limit_reached(ex):
        ex.own_error(403, SPENDING_LIMIT_MESSAGE)
    elif account.balance_credits(ex) <= 0:
        ex.own_error(403, CREDITS_MESSAGES[ex.sim.credits_message])
    else:
        return False
    return True


# -- the model's parameter rules --------------------------------------------------------------------
def _parameters_refused(ex: Exchange, body: dict[str, Any], model: CatalogModel, reasoning: bool) -> bool:
    return (
        _reasoning_refuses(ex, body, reasoning)
        or _system_role_refused(ex, body["messages"], model)
        or _limit_refused(ex, body)
        or _context_exceeded(ex, body, model)
    )


def _reasoning_refuses(ex: Exchange, body: dict[str, Any], reasoning: bool) -> bool:
    if not reasoning:
        return False
    if body.get("max_tokens") is not None:
        ex.openai_error(400, MAX_TOKENS_MESSAGE, "unsupported_parameter", "max_tokens")
        return True
    temperature = body.get("temperature")
    if temperature not in (None, 1, 1.0):
        message = (
            f"Unsupported value: 'temperature' does not support {temperature} with this model. "
            "Only the default (1) value is supported."
        )
        ex.openai_error(400, message, "unsupported_value", "temperature")
        return True
    return False


def _system_role_refused(ex: Exchange, messages: list[dict[str, Any]], model: CatalogModel) -> bool:
    if model.system_role:
        return False
    for i, m in enumerate(messages):
        if m.get("role") == "system":
            message = f"Unsupported value: 'messages[{i}].role' does not support 'system' with this model."
            ex.openai_error(400, message, "unsupported_value", f"messages[{i}].role")
            return True
    return False


def _token_limit(body: dict[str, Any]) -> Any:
    return body.get("max_completion_tokens", body.get("max_tokens"))


def _limit_refused(ex: Exchange, body: dict[str, Any]) -> bool:
    limit = _token_limit(body)
    if limit is None or (isinstance(limit, int) and not isinstance(limit, bool) and limit >= 1):
        return False
    _refuse_body(ex, ["max_tokens"], "Expected a positive integer")
    return True


def _context_exceeded(ex: Exchange, body: dict[str, Any], model: CatalogModel) -> bool:
    limit = _token_limit(body) or 0
    prompt = replies.prompt_tokens(body["messages"], body.get("tools"))
    if not model.context_length or prompt + limit <= model.context_length:
        return False
    message = (
        f"This model's maximum context length is {model.context_length} tokens. However, you "
        f"requested {prompt + limit} tokens ({prompt} in the messages, {limit} in the completion). "
        "Please reduce the length of the messages or completion."
    )
    ex.openai_error(400, message, "context_length_exceeded", "messages")
    return True


# -- the answer -------------------------------------------------------------------------------------
def plan_answer(
    body: dict[str, Any],
    model: CatalogModel,
    *,
    reasoning: bool = False,
    no_tool_call: bool = False,
    broken_arguments: bool = False,
) -> Answer:
    """What the simulated model answers to a valid request, and its cost."""
    messages = body["messages"]
    prompt = replies.prompt_tokens(messages, body.get("tools"))
    function = replies.chosen_tool(body.get("tools"), body.get("tool_choice"), messages)
    # Models without function calling (and the no_tool_call fault) answer in words instead.
    if function is not None and model.tools and not no_tool_call:
        completion = replies.tool_completion(function, broken=broken_arguments)
    else:
        text = replies.reply_text(messages, model.name)
        fmt = body.get("response_format")
        if isinstance(fmt, dict) and fmt.get("type") in ("json_object", "json_schema"):
            text = json.dumps({"answer": text})
        completion = replies.text_completion(text, _token_limit(body), reasoning=reasoning)
    made = completion.completion_tokens
    charge = Charge(model.credits_for(prompt, made), prompt, made)
    return Answer(completion, usage_of(prompt, completion), charge)


def _deliver(req: _Request, model: CatalogModel, answer: Answer) -> None:
    ex = req.ex
    ex.charge = answer.charge
    reply = ChatReply(model.id, req.azure, answer.completion, answer.usage, answer.charge.meta())
    other_2xx = ex.sim._faults.take("success_status", "chat")
    status = int(other_2xx.opt("status")) if other_2xx else 200
    if not req.wants_stream:
        ex.json(status, reply.whole())
        return
    assert req.body is not None
    options = req.body.get("stream_options")
    include_usage = isinstance(options, dict) and options.get("include_usage") is True
    version = ex.record.query.get("api-version", "")
    old_api = req.azure and version[:10] < _PROMPT_FILTER_RESULTS_SINCE
    events = reply.events(ex.sim.claude_style(model), include_usage, old_api)
    _stream(ex, frame(events), status)


# -- streaming --------------------------------------------------------------------------------------
def _token_delay(ex: Exchange) -> int:
    slow = ex.sim._faults.active("slow")
    if slow is not None and slow.opt("token_delay_ms") is not None:
        return int(slow.opt("token_delay_ms"))
    return ex.sim.token_delay_ms


def _cut_position(writes: list[Write], after: int) -> int:
    """Stop after the n-th piece of output (at least one arrives), before the end."""
    content = [i for i, w in enumerate(writes) if w.content]
    if not content:
        return len(writes) // 2
    return content[min(max(1, after), len(content)) - 1] + 1


def _stream(ex: Exchange, writes: list[Write], status: int) -> None:
    cut = ex.sim._faults.take("stream_cut", "chat")
    cut_at = _cut_position(writes, int(cut.opt("after"))) if cut else None
    delay = _token_delay(ex)
    ex.start_stream(status)
    first_content = next((i for i, w in enumerate(writes) if w.content), len(writes))
    for i, w in enumerate(writes):
        if cut is not None and i == cut_at:
            if cut.opt("mode") == "clean":
                break
            # Half an event, then the connection drops: no terminating chunk, no [DONE].
            ex.chunk(b'data: {"id": "chatcmpl-cut", "choices": [{"ind')
            raise Cut()
        if w.content:
            ex.wait(delay * 3 if i == first_content else delay)
            ex.first_token = ex.first_token or time.monotonic()
        _write(ex, w)
    ex.chunk(b"")


def _write(ex: Exchange, w: Write) -> None:
    if w.split_at is None:
        ex.chunk(w.data)
        return
    ex.chunk(w.data[: w.split_at])
    ex.wait(2)
    ex.chunk(w.data[w.split_at :])
