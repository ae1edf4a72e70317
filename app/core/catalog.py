"""The model catalog: live from the service, with the last good copy cached for offline use.

The catalog needs no key. The cache is one JSON file in the user's cache folder holding the last
good list per base URL (the simulator's catalog never replaces the real one) with its ``ETag``,
written atomically and scrubbed. With a cached copy the request carries ``If-None-Match``; a 304
says the copy is current (it counts as live).

``load_catalog`` says where the list came from, and when the live catalog could not be used (the
service is away, or its list is empty or unreadable) it carries that problem while the cached list
is shown: an empty or unreadable live list is never a green "0 models". A cache file that cannot be
read (damaged, nested beyond reason) is set aside, never a reason for ``models`` to fail.
"""

from __future__ import annotations

import json
import logging
import os
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app import APP_ID
from app.core.catalog_format import ModelInfo
from app.core.errors import ServiceError
from app.core.files import read_regular_file
from app.core.model import Problem
from app.core.redact import contains_secret, redact_data

log = logging.getLogger(__name__)

CACHE_FILE = "catalog.json"
_CACHE_VERSION = 2
_READABLE_VERSIONS = (1, 2)
MAX_CACHE_BYTES = 32 * 1024 * 1024

__all__ = ["CatalogResult", "ModelInfo", "cache_path", "cache_saved_at", "load_catalog"]


@dataclass(frozen=True)
class CatalogResult:
    """The chat models, and where they came from: ``"live"`` (the service's list, or the cached copy
    the service said is current) or ``"cache"`` (the copy saved last time). ``problem`` says why
    the live list was not used; ``saved_at`` is when the cached copy was saved (epoch seconds)."""

    models: list[ModelInfo]
    source: str
    problem: Problem | None = None
    saved_at: float | None = None


@dataclass(frozen=True)
class _Cached:
    models: list[ModelInfo]
    etag: str | None
    saved_at: float | None


def cache_path() -> Path:
    from platformdirs import user_cache_dir

    return Path(user_cache_dir(APP_ID)) / CACHE_FILE


def _model_to_dict(m: ModelInfo) -> dict[str, Any]:
    return {
        "id": m.id,
        "name": m.name,
        "developer": m.developer,
        "context_length": m.context_length,
        "aliases": list(m.aliases),
        "streaming": m.streaming,
        "tools": m.tools,
    }


def _set_aside(path: Path, reason: str) -> None:
    from app.core.files import aside_name

    aside = aside_name(path)
    try:
        os.replace(path, aside)
    except OSError as exc:
        log.warning("catalog cache %s unusable (%s) and could not be set aside: %s", path, reason, exc)
        return
    log.warning("catalog cache %s unusable (%s); set aside as %s", path, reason, aside)


def _read_cache() -> dict[str, Any]:
    """The cached catalogs by base URL; {} when there are none. A file that cannot be read as a
    cache is set aside (kept, under another name), so it never stands in the way again."""
    path = cache_path()
    try:
        raw = read_regular_file(path, MAX_CACHE_BYTES + 1)
    except FileNotFoundError:
        return {}
    except OSError as exc:
        log.warning("cannot read the catalog cache: %s", exc)
        return {}
    try:
        if len(raw) > MAX_CACHE_BYTES:
            raise ValueError("far too large")
        data = json.loads(raw.decode("utf-8"))
    except (ValueError, RecursionError) as exc:  # damaged, not UTF-8, or nested beyond reason
        _set_aside(path, type(exc).__name__)
        return {}
    if not isinstance(data, dict) or data.get("version") not in _READABLE_VERSIONS:
        return {}
    catalogs = data.get("catalogs")
    return catalogs if isinstance(catalogs, dict) else {}


def _holds_a_secret(m: ModelInfo) -> bool:
    """Whether a model's words hold a secret or a piece of one: a server handed the key back."""
    return any(contains_secret(t, pieces=True) for t in (m.id, m.name, m.developer, *m.aliases))


def _write_cache(base_url: str, models: list[ModelInfo], etag: str | None) -> None:
    """Save the list for ``base_url`` (keeping other base URLs'), atomically. The list comes without
    the entries that hold a secret (``load_catalog`` leaves them out); the file is scrubbed as a
    whole all the same."""
    from app.core.files import write_atomic

    catalogs = _read_cache()
    catalogs[base_url] = {
        "saved_at": time.time(),
        "etag": etag,
        "models": [_model_to_dict(m) for m in models],
    }
    # Only text is scrubbed: a time or a context length holding digits of the key stays a number.
    payload = json.dumps(redact_data({"version": _CACHE_VERSION, "catalogs": catalogs}), indent=1)
    try:
        write_atomic(cache_path(), payload.encode("utf-8"))
    except OSError as exc:  # a cache that cannot be written only costs the offline fallback
        log.warning("could not write the catalog cache: %s", exc)


def _flag(value: object) -> bool | None:
    return value if isinstance(value, bool) else None


def _model_from_dict(raw: object) -> ModelInfo | None:
    if not isinstance(raw, dict) or not isinstance(raw.get("id"), str):
        return None
    ctx = raw.get("context_length")
    aliases = raw.get("aliases")
    return ModelInfo(
        id=raw["id"],
        name=str(raw.get("name") or raw["id"]),
        developer=str(raw.get("developer") or ""),
        context_length=ctx if isinstance(ctx, int) and not isinstance(ctx, bool) else None,
        aliases=tuple(a for a in aliases if isinstance(a, str)) if isinstance(aliases, list) else (),
        streaming=_flag(raw.get("streaming")),
        tools=_flag(raw.get("tools")),
    )


def _cached(base_url: str) -> _Cached | None:
    entry = _read_cache().get(base_url)
    if not isinstance(entry, dict) or not isinstance(entry.get("models"), list):
        return None
    models = [m for m in (_model_from_dict(raw) for raw in entry["models"]) if m is not None]
    if not models:
        return None
    etag = entry.get("etag")
    saved = entry.get("saved_at")
    return _Cached(
        models,
        etag if isinstance(etag, str) and etag else None,
        float(saved) if isinstance(saved, int | float) and not isinstance(saved, bool) else None,
    )


def cache_saved_at(base_url: str) -> float | None:
    """When the cached copy for ``base_url`` was saved (epoch seconds), for "as of ..." notes."""
    cached = _cached(base_url)
    return cached.saved_at if cached is not None else None


def load_catalog(
    base_url: str, timeout_s: float = 10, cancel: threading.Event | None = None
) -> CatalogResult:
    """The chat models, where they came from, and why the live list was not used when it was not.

    Raises ``ServiceError`` (the live failure: the service is away, or its list is empty or
    unreadable) when nothing is cached, and ``Cancelled`` when ``cancel`` is set first.
    """
    from app.core.service import AimlClient  # here: the network stack loads when first needed

    cached = _cached(base_url)
    try:
        with AimlClient(base_url, None, timeout_s=timeout_s, cancel=cancel) as client:
            fetched = client.fetch_catalog(cached.etag if cached is not None else None)
    except ServiceError as exc:
        if cached is None:
            raise
        log.info("catalog from cache: %s", exc.problem.code)
        return CatalogResult(cached.models, "cache", exc.problem, cached.saved_at)
    if fetched.models is None:  # 304: the saved copy is the current one
        assert cached is not None
        return CatalogResult(cached.models, "live", None, cached.saved_at)
    # A model whose words hold the key is not a model of the service's: it is never shown or kept.
    models = sorted((m for m in fetched.models if not _holds_a_secret(m)), key=lambda m: m.id.lower())
    _write_cache(base_url, models, fetched.etag)
    return CatalogResult(models, "live")
