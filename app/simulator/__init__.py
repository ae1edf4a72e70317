"""A faithful AI/ML API simulator: a real HTTP server on 127.0.0.1, for ``--demo`` and tests.

    from app.simulator import Simulator
    with Simulator(api_key="k") as sim:
        sim.set_fault("rate_limited", times=1, retry_after=1)
        ...  # any HTTP client against sim.url

From outside the process (demos, manual tests), loopback clients only: ``POST {url}/_simulator/fault``
with ``{"name": "slow", "delay_ms": 2000}`` (``{"name": null}`` clears), ``/_simulator/options`` and
``/_simulator/cursor-request``. See README.md beside this file.
"""

from app.simulator.catalog import SHAPES as CATALOG_SHAPES
from app.simulator.faults import FAULTS
from app.simulator.ledger import Account
from app.simulator.records import RequestLog, RequestRecord
from app.simulator.server import DEMO_KEY, OPTIONS, STREAM_STYLES, Simulator, run

__all__ = [
    "CATALOG_SHAPES",
    "DEMO_KEY",
    "FAULTS",
    "OPTIONS",
    "STREAM_STYLES",
    "Account",
    "RequestLog",
    "RequestRecord",
    "Simulator",
    "run",
]
