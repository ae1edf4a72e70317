"""Chat requests as Cursor's servers send them, for the demo and tests of "do Cursor's requests arrive".

Cursor's chat traffic comes from its servers at api-version 2024-12-01-preview with the key in
``api-key`` and no ``X-Client-Request-Id``; the service logs it with origin ``api``. A succeeded
request is answered by the simulated model and charged; a failed one costs nothing. Faults do not
apply: the caller says how the request ends.
"""

from __future__ import annotations

import json
import time
import uuid
from typing import TYPE_CHECKING, Any

from app.simulator import catalog
from app.simulator.chat import plan_answer
from app.simulator.ledger import LogEntry, key_fingerprint
from app.simulator.records import RequestRecord

if TYPE_CHECKING:
    from app.simulator.server import Simulator

CURSOR_API_VERSION = "2024-12-01-preview"
# Typical timings of a streamed answer, so model health has numbers to show.
_TTFT_MS = 420.0
_LATENCY_MS = 1900.0


def cursor_body() -> dict[str, Any]:
    """A chat turn with the standard parameters Cursor sends."""
    return {
        "messages": [
            {"role": "system", "content": "You are a coding assistant working in the user's editor."},
            {"role": "user", "content": "Give me a one-line Python function to merge two dicts."},
        ],
        "temperature": 1,
        "stream": True,
    }


def _outcome(deployment: str, ok: Any, status: Any) -> int:
    """The HTTP status the request ended with; ValueError for a combination that cannot happen."""
    if not isinstance(ok, bool):
        raise ValueError("'ok' is true or false.")
    if status is not None and (isinstance(status, bool) or not isinstance(status, int)):
        raise ValueError("'status' is an HTTP status such as 403.")
    if ok:
        if status not in (None, 200):
            raise ValueError("A request that succeeded has status 200; pass ok=False for a failure.")
        model = catalog.resolve(deployment)
        if model is None or not model.is_chat:
            raise ValueError(f"{deployment!r} is not a chat model of the catalog, so it cannot succeed.")
        return 200
    code = 500 if status is None else int(status)
    if not 400 <= code <= 599:
        raise ValueError("A failed request has a 4xx or 5xx status.")
    return code


def _seconds_ago(ago_s: Any) -> float:
    if isinstance(ago_s, bool) or not isinstance(ago_s, int | float) or not 0 <= ago_s < 400 * 86400:
        raise ValueError("'ago_s' is a number of seconds, 0 or more.")
    return float(ago_s)


def record(
    sim: Simulator,
    deployment: str,
    *,
    ok: bool,
    status: int | None,
    origin: str,
    ago_s: float,
    api_key: str | None,
    client_request_id: str | None = None,
) -> dict[str, Any]:
    """Write the request to the ledger (and, for origin ``api``, the request log); the log row."""
    code = _outcome(deployment, ok, status)
    if origin not in ("api", "playground"):
        raise ValueError("'origin' is 'api' or 'playground'.")
    created = time.time() - _seconds_ago(ago_s)
    key = sim.api_key if api_key is None else api_key
    body = cursor_body()
    model = catalog.resolve(deployment)
    name = model.id if model is not None else deployment
    prompt = completion = credits = 0
    if code == 200 and model is not None:
        charge = plan_answer(body, model).charge
        prompt, completion, credits = charge.prompt_tokens, charge.completion_tokens, charge.credits
    entry = LogEntry(
        created=created,
        key=key_fingerprint(key),
        status_code=code,
        origin=origin,
        model=name,
        credits=credits,
        prompt_tokens=prompt,
        completion_tokens=completion,
        request_id=uuid.uuid4().hex,
        inference_id=str(uuid.uuid4()),
        client_request_id=client_request_id,
        latency_ms=_LATENCY_MS,
        ttft_ms=_TTFT_MS,
    )
    if origin == "api":
        sim.requests.append(_as_received(deployment, key, body))
    sim.ledger.add(entry)
    return entry.row()


def _as_received(deployment: str, key: str, body: dict[str, Any]) -> RequestRecord:
    return RequestRecord(
        method="POST",
        path=f"/openai/deployments/{deployment}/chat/completions",
        query={"api-version": CURSOR_API_VERSION},
        raw_query=f"api-version={CURSOR_API_VERSION}",
        headers={"api-key": key, "content-type": "application/json"},
        body=json.dumps(body).encode(),
    )
