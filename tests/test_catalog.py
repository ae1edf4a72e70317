"""The model catalog: live from the simulator, the cached copy when the service is away."""

from __future__ import annotations

import json
import socket

import pytest

from app.core import catalog
from app.core.catalog import load_catalog
from app.core.model import DEFAULT_DEPLOYMENT, ProblemCode
from app.core.service import ServiceError
from app.simulator import Simulator
from app.simulator import catalog as sim_catalog
from tests.conftest import TEST_KEY


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_live_catalog_lists_chat_models_only_and_is_cached(sim_url, isolated_home):
    result = load_catalog(sim_url)
    ids = [m.id for m in result.models]
    assert result.source == "live" and result.problem is None
    assert DEFAULT_DEPLOYMENT in ids
    # Exactly the chat models: the image, video, audio and embedding models are left out.
    assert sorted(ids) == sorted(sim_catalog.chat_model_ids())
    assert len(sim_catalog.MODELS) > len(ids)
    assert ids == sorted(ids, key=str.lower)
    path = catalog.cache_path()
    assert str(path).startswith(str(isolated_home))  # in the user's cache folder
    saved = json.loads(path.read_text())
    assert [m["id"] for m in saved["catalogs"][sim_url]["models"]] == ids


def test_falls_back_to_the_cache_when_the_service_is_away():
    with Simulator(api_key=TEST_KEY) as sim:
        url = sim.url
        live = load_catalog(url).models
    result = load_catalog(url, timeout_s=2)  # the simulator has stopped
    assert result.source == "cache" and result.problem.code is ProblemCode.UNREACHABLE
    assert [m.id for m in result.models] == [m.id for m in live]
    assert result.saved_at is not None and catalog.cache_saved_at(url) == result.saved_at


def test_falls_back_to_the_cache_on_an_html_proxy_page(simulator, sim_url):
    load_catalog(sim_url)
    simulator.set_fault("html_proxy")
    result = load_catalog(sim_url)
    assert result.source == "cache" and result.models and result.problem.code is ProblemCode.PROXY_ERROR


def test_no_service_and_no_cache_raises_service_error():
    with pytest.raises(ServiceError) as info:
        load_catalog(f"http://127.0.0.1:{free_port()}", timeout_s=2)
    assert info.value.problem.code is ProblemCode.UNREACHABLE
    assert info.value.problem.fix


def test_a_corrupt_cache_is_ignored_not_fatal():
    path = catalog.cache_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"\xff{not json")
    with pytest.raises(ServiceError):
        load_catalog(f"http://127.0.0.1:{free_port()}", timeout_s=2)


def test_cache_of_one_base_url_is_not_used_for_another(sim_url):
    load_catalog(sim_url)
    with pytest.raises(ServiceError):
        load_catalog(f"http://127.0.0.1:{free_port()}", timeout_s=2)


def test_loading_the_catalog_can_be_cancelled():
    import threading

    from app.core.errors import Cancelled

    cancel = threading.Event()
    cancel.set()
    with Simulator(api_key=TEST_KEY) as sim:
        with pytest.raises(Cancelled):
            load_catalog(sim.url, cancel=cancel)
        assert len(sim.requests) == 0  # cancelled before sending
    # An answer that would take ten minutes, with the longest time limit: only the cancel cut can
    # end this before the test's own time limit.
    with Simulator(api_key=TEST_KEY, latency_ms=600_000) as slow:
        cancel = threading.Event()
        threading.Timer(0.3, cancel.set).start()
        with pytest.raises(Cancelled):
            load_catalog(slow.url, timeout_s=300, cancel=cancel)
        assert len(slow.requests) == 1
