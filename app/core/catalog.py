"""The model catalog: live from the service, with the last good copy cached for offline use.

The catalog needs no key. The cache is one JSON file in the user's cache folder holding the last
good list per base URL (the simulator's catalog never replaces the real one), written atomically.
"""

from __future__ import annotations

import json
import logging
import threading
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app import APP_ID
from app.core.errors import ServiceError
from app.core.redact import contains_secret, redact

if TYPE_CHECKING:
    from app.core.service import ModelInfo

log = logging.getLogger(__name__)

CACHE_FILE = "catalog.json"
_CACHE_VERSION = 1


def cache_path() -> Path:
    from platformdirs import user_cache_dir

    return Path(user_cache_dir(APP_ID)) / CACHE_FILE


def _model_to_dict(m: ModelInfo) -> dict[str, Any]:
    return {"id": m.id, "name": m.name, "developer": m.developer, "context_length": m.context_length}


def _read_cache() -> dict[str, Any]:
    try:
        data = json.loads(cache_path().read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    except (OSError, ValueError) as exc:  # unreadable or corrupt: behave as if there were none
        log.warning("ignoring unreadable catalog cache: %s", exc)
        return {}
    if not isinstance(data, dict) or data.get("version") != _CACHE_VERSION:
        return {}
    catalogs = data.get("catalogs")
    return catalogs if isinstance(catalogs, dict) else {}


def _write_cache(base_url: str, models: list[ModelInfo]) -> None:
    """Save the list for ``base_url`` (keeping other base URLs'), atomically. An entry holding a
    secret (a server that echoes the key into a model's name) is left out, not written masked."""
    from app.core.files import write_atomic

    kept = [m for m in models if not any(contains_secret(t) for t in (m.id, m.name, m.developer))]
    catalogs = _read_cache()
    catalogs[base_url] = {"saved_at": time.time(), "models": [_model_to_dict(m) for m in kept]}
    # A file we write, so it goes through the one scrubber like every other output.
    payload = redact(json.dumps({"version": _CACHE_VERSION, "catalogs": catalogs}, indent=1))
    try:
        write_atomic(cache_path(), payload.encode("utf-8"))
    except OSError as exc:  # a cache that cannot be written only costs the offline fallback
        log.warning("could not write the catalog cache: %s", exc)


def _cached_models(base_url: str) -> list[ModelInfo] | None:
    from app.core.service import ModelInfo

    entry = _read_cache().get(base_url)
    if not isinstance(entry, dict) or not isinstance(entry.get("models"), list):
        return None
    models = []
    for raw in entry["models"]:
        if not isinstance(raw, dict) or not isinstance(raw.get("id"), str):
            continue
        ctx = raw.get("context_length")
        models.append(
            ModelInfo(
                id=raw["id"],
                name=str(raw.get("name") or raw["id"]),
                developer=str(raw.get("developer") or ""),
                context_length=ctx if isinstance(ctx, int) else None,
            )
        )
    return models or None


def cache_saved_at(base_url: str) -> float | None:
    """When the cached copy for ``base_url`` was saved (epoch seconds), for "as of ..." notes."""
    entry = _read_cache().get(base_url)
    saved = entry.get("saved_at") if isinstance(entry, dict) else None
    return float(saved) if isinstance(saved, int | float) else None


def load_catalog(
    base_url: str, timeout_s: float = 10, cancel: threading.Event | None = None
) -> tuple[list[ModelInfo], str]:
    """The chat models and where they came from: ``"live"`` or ``"cache"``.

    Raises ``ServiceError`` (the live failure) when the service cannot be read and nothing is
    cached, and ``Cancelled`` when ``cancel`` is set first.
    """
    from app.core.service import AimlClient  # here: the network stack loads when first needed

    try:
        with AimlClient(base_url, None, timeout_s=timeout_s, cancel=cancel) as client:
            models = client.list_models()
    except ServiceError as exc:
        cached = _cached_models(base_url)
        if cached is None:
            raise
        log.info("catalog from cache: %s", exc.problem.code)
        return cached, "cache"
    models = sorted(models, key=lambda m: m.id.lower())
    if models:  # never replace a good cached list with an empty one
        _write_cache(base_url, models)
    return models, "live"
