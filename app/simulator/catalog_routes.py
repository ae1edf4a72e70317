"""The catalog routes: the model list (``/v1/models``, ``/models``, ``/api/v1/models``) and one model
(``/model/{id}``), in the simulator's catalog shape, with ``?include=`` and ``ETag``/``If-None-Match``.

*Chosen* where undocumented: an unknown ``/model/{id}`` is 404 in the service's own shape; the
catalog faults change the list only, never ``/model/{id}``.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any
from urllib.parse import unquote

from app.simulator import catalog
from app.simulator.exchange import Exchange

MODEL_PREFIX = "/model/"


def _etag(body: bytes) -> str:
    return '"' + hashlib.sha256(body).hexdigest()[:32] + '"'


def _matches(if_none_match: str, etag: str) -> bool:
    tags = [t.strip() for t in if_none_match.split(",")]
    return "*" in tags or any(t.removeprefix("W/") == etag for t in tags)


def _answer(ex: Exchange, obj: Any) -> None:
    """200 with an ``ETag``, or 304 with an empty body when the client's copy is current."""
    body = json.dumps(obj).encode()
    etag = _etag(body)
    if _matches(ex.header("if-none-match"), etag):
        ex.not_modified(etag)
        return
    ex.send_json(200, body, {"ETag": etag})


def _listing(ex: Exchange) -> Any:
    faults, shape = ex.sim._faults, ex.sim.catalog_shape
    if faults.take("empty_catalog", "catalog"):
        return catalog.empty_catalog(shape)
    if f := faults.take("unrecognised_catalog", "catalog"):
        return catalog.unrecognised_catalog(str(f.opt("kind")))
    return catalog.catalog_json(catalog.parse_include(ex.query_lists.get("include", [])), shape)


def model_list(ex: Exchange) -> None:
    _answer(ex, _listing(ex))


def one_model(ex: Exchange) -> None:
    name = unquote(ex.path[len(MODEL_PREFIX) :])
    model = catalog.resolve(name)
    if model is None:
        ex.own_error(404, f"Model {name} not found")
        return
    include = catalog.parse_include(ex.query_lists.get("include", []))
    _answer(ex, model.to_json(include, ex.sim.catalog_shape))
