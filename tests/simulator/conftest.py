"""Fixtures of the simulator's tests: an httpx2 client on the ``simulator`` fixture's URL."""

from __future__ import annotations

from collections.abc import Iterator

import httpx2
import pytest

from app.simulator import Simulator
from tests.simulator.helpers import NO_TLS


@pytest.fixture
def client(simulator: Simulator) -> Iterator[httpx2.Client]:
    with httpx2.Client(base_url=simulator.url, timeout=5, verify=NO_TLS) as c:
        yield c
