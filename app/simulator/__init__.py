"""A faithful AI/ML API simulator: a real HTTP server on 127.0.0.1, for ``--demo`` and tests.

    from app.simulator import Simulator
    with Simulator(api_key="k") as sim:
        sim.set_fault("rate_limited", times=1, retry_after=1)
        ...  # any HTTP client against sim.url

From outside the process (demos, manual tests): ``POST {url}/_simulator/fault`` with
``{"name": "slow", "delay_ms": 2000}`` (``{"name": null}`` clears); loopback clients only.
"""

from app.simulator.faults import FAULTS
from app.simulator.server import DEMO_KEY, RequestLog, RequestRecord, Simulator, run

__all__ = ["DEMO_KEY", "FAULTS", "RequestLog", "RequestRecord", "Simulator", "run"]
