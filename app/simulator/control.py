"""``/_simulator/*``: control the simulator from outside the process (loopback clients only).

- ``/_simulator/fault``: ``GET`` shows the active fault, ``POST {"name": "slow", "delay_ms": 2000}``
  sets one (``{"name": null}`` or ``DELETE`` clears it).
- ``/_simulator/options``: ``GET`` shows the options, ``POST {"catalog_shape": "legacy"}`` changes them.
- ``/_simulator/cursor-request``: ``POST {"deployment": "...", "ok": false, "status": 403}`` records a
  chat request the way Cursor's servers send it; answers ``{"row": ...}`` as ``/v2/logs`` shows it.
These requests are not recorded as API traffic.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from ipaddress import ip_address
from typing import Any

from app.simulator.exchange import Exchange

PREFIX = "/_simulator/"


def is_loopback_client(host: str) -> bool:
    """Only clients on this computer may control the simulator (::ffff:127.0.0.1 included)."""
    try:
        addr = ip_address(host.split("%")[0])
    except ValueError:
        return False
    mapped = getattr(addr, "ipv4_mapped", None)
    return (mapped or addr).is_loopback


def _json_object(ex: Exchange) -> dict[str, Any]:
    data = json.loads(ex.record.body or b"{}")
    if not isinstance(data, dict):
        raise ValueError('Send a JSON object, such as {"name": "rate_limited", "times": 2}.')
    return data


def _current_fault(ex: Exchange) -> dict[str, Any]:
    current = ex.sim._faults.peek()
    return {"fault": current.public() if current else None}


def _fault(ex: Exchange) -> dict[str, Any] | None:
    if ex.method == "DELETE":
        ex.sim.set_fault(None)
    elif ex.method == "POST":
        data = _json_object(ex)
        name = data.pop("name", None)
        if name is not None and not isinstance(name, str):
            raise ValueError("'name' must be a fault name or null.")
        ex.sim.set_fault(name, **data)
    elif ex.method != "GET":
        return None
    return _current_fault(ex)


def _options(ex: Exchange) -> dict[str, Any] | None:
    if ex.method == "POST":
        ex.sim.set_options(**_json_object(ex))
    elif ex.method != "GET":
        return None
    return ex.sim.options()


def _cursor_request(ex: Exchange) -> dict[str, Any] | None:
    if ex.method != "POST":
        return None
    data = _json_object(ex)
    deployment = data.pop("deployment", None)
    if not isinstance(deployment, str) or not deployment:
        raise ValueError("'deployment' must name the deployment Cursor would use.")
    return {"row": ex.sim.record_cursor_request(deployment, **data)}


_ENDPOINTS: dict[str, Callable[[Exchange], dict[str, Any] | None]] = {
    "fault": _fault,
    "options": _options,
    "cursor-request": _cursor_request,
}


def handle(ex: Exchange) -> None:
    if not is_loopback_client(ex.client_host):
        ex.own_error(403, "The simulator's control endpoints only answer loopback clients.")
        return
    endpoint = _ENDPOINTS.get(ex.path[len(PREFIX) :])
    try:
        answer = endpoint(ex) if endpoint else None
    except (TypeError, ValueError) as exc:  # json.JSONDecodeError is a ValueError
        ex.json(400, {"error": str(exc)})
        return
    if answer is None:
        ex.own_error(404, f"Cannot {ex.method} {ex.path}")
        return
    ex.json(200, answer)
