"""Which code answers a request, and who may ask: the route table and the key check.

*Chosen* where undocumented: the Azure routes take the key only from ``api-key`` (any case), every
other route needing a key only from ``Authorization: Bearer``; being strict catches a client that
sends the key the wrong way. A wrong method or unknown path is 404 in the service's own shape,
"Cannot POST /path". The catalog and model health need no key.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from app.simulator import account, catalog_routes, chat, fault_replies
from app.simulator.errors import KEYS_MESSAGE
from app.simulator.exchange import Exchange


@dataclass(frozen=True)
class Route:
    kind: str  # "chat", "catalog" or "account": which faults reach it
    auth: str | None  # "api-key", "bearer" or None (no key needed)
    serve: Callable[[Exchange], None]


def _azure_chat(ex: Exchange) -> None:
    chat.serve(ex, azure=True)


def _openai_chat(ex: Exchange) -> None:
    chat.serve(ex, azure=False)


_MODELS = Route("catalog", None, catalog_routes.model_list)
_GET_ROUTES: dict[str, Route] = {
    "/models": _MODELS,
    "/v1/models": _MODELS,
    "/api/v1/models": _MODELS,
    "/models/metrics": Route("catalog", None, account.metrics),
    "/v2/billing": Route("account", "bearer", account.billing),
    "/v1/billing/balance": Route("account", "bearer", account.legacy_balance),
    "/v2/usage": Route("account", "bearer", account.usage),
    "/v2/logs": Route("account", "bearer", account.logs),
    "/v1/key": Route("account", "bearer", account.key_info),
}
_ONE_MODEL = Route("catalog", None, catalog_routes.one_model)
_AZURE_CHAT = Route("chat", "api-key", _azure_chat)
_OPENAI_CHAT = Route("chat", "bearer", _openai_chat)


def find_route(method: str, path: str) -> Route | None:
    if method == "POST":
        if chat.azure_deployment(path) is not None:
            return _AZURE_CHAT
        return _OPENAI_CHAT if path == "/v1/chat/completions" else None
    if method not in ("GET", "HEAD"):
        return None
    if path.startswith(catalog_routes.MODEL_PREFIX) and len(path) > len(catalog_routes.MODEL_PREFIX):
        return _ONE_MODEL
    return _GET_ROUTES.get(path)


def authorised(ex: Exchange, how: str) -> bool:
    if how == "api-key":
        given = ex.header("api-key").strip()
    else:
        scheme, _, given = ex.header("authorization").strip().partition(" ")
        if scheme.lower() != "bearer":
            return False
        given = given.strip()
    return bool(given) and given == ex.sim.api_key


def dispatch(ex: Exchange) -> None:
    route = find_route(ex.method, ex.path)
    # A corporate proxy answers before the service sees anything, whatever the path.
    if fault_replies.html_proxy(ex, route.kind if route else "other"):
        return
    if route is None:
        ex.own_error(404, f"Cannot {ex.method} {ex.path}")
        return
    fault_replies.slow(ex, route.kind)
    if route.auth is not None and (
        not authorised(ex, route.auth) or ex.sim._faults.take("bad_key", route.kind)
    ):
        ex.own_error(401, KEYS_MESSAGE)
        return
    # The chat route checks the request first, then lets faults answer (see chat.py).
    if route.kind != "chat" and fault_replies.generic(ex, route.kind):
        return
    route.serve(ex)
