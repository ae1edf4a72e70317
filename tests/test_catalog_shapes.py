"""The model catalog as the service serves it today, through ``models`` as a user runs it: every
documented shape, aliases, capabilities, ETag, and a live catalog that is empty or unreadable shown
as a problem (with the cached list) instead of a green zero."""

from __future__ import annotations

import json
import os
import socket
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.simulator import Simulator
from tests.cli_process import cli_env, run_cli
from tests.conftest import TEST_KEY
from tests.rawserver import RawRequest, RawServer, http_head

CHAT_MODELS = 21  # the simulator's catalog: 21 chat models among 31


@pytest.fixture
def sim() -> Iterator[Simulator]:
    with Simulator(api_key=TEST_KEY) as simulator:
        yield simulator


def models_json(url: str) -> dict:
    ran = run_cli("models", "--base-url", url, "--json")
    assert ran.code == 0, ran.err
    return json.loads(ran.out)


@pytest.mark.parametrize("shape", ["current", "legacy", "bare"])
def test_every_documented_shape_gives_the_chat_models(sim: Simulator, shape: str) -> None:
    sim.catalog_shape = shape
    data = models_json(sim.url)
    assert data["source"] == "live" and data.get("problem") is None
    models = {m["id"]: m for m in data["models"]}
    assert len(models) == CHAT_MODELS
    flash = models["google/gemini-2.0-flash"]
    assert flash["name"] == "Gemini 2.0 Flash" and flash["developer"] == "Google"
    assert flash["context_length"] == 1_048_576
    # Asked with ?include=capabilities: what the window's model picker shows.
    assert flash["streaming"] is True and flash["tools"] is True
    assert models["openai/o1-mini"]["tools"] is False
    if shape != "legacy":  # the older shape has no aliases
        assert flash["aliases"] == ["google/gemini-2.0-flash-exp"]
        assert models["openai/gpt-4o"]["aliases"] == ["gpt-4o"]
    asked = [r for r in sim.requests if r.path == "/models"][-1]
    assert "capabilities" in asked.query.get("include", "")


def test_the_cached_copy_is_revalidated_with_its_etag(sim: Simulator) -> None:
    first = models_json(sim.url)
    sim.requests.clear()
    second = models_json(sim.url)
    asked = [r for r in sim.requests if r.path == "/models"]
    assert len(asked) == 1 and asked[0].headers.get("if-none-match", "").startswith('"')
    # 304: the cached list is the current one, so it counts as live.
    assert second["source"] == "live" and second["models"] == first["models"]


@pytest.mark.parametrize(
    ("fault", "options"),
    [
        ("empty_catalog", {}),
        ("unrecognised_catalog", {"kind": "container"}),
        ("unrecognised_catalog", {"kind": "types"}),
    ],
)
def test_an_empty_or_unreadable_live_catalog_is_a_problem_never_a_green_zero(
    sim: Simulator, fault: str, options: dict
) -> None:
    # With no saved copy: a failure, never "0 chat models (live)".
    sim.set_fault(fault, **options)
    ran = run_cli("models", "--base-url", sim.url)
    assert ran.code == 1, ran.text
    assert "0 chat models" not in ran.text and "model list" in ran.err.lower()
    # With a saved copy: that list, and a note saying why.
    sim.set_fault(None)
    models_json(sim.url)
    sim.set_fault(fault, **options)
    ran = run_cli("models", "--base-url", sim.url, "--json")
    assert ran.code == 0, ran.err
    data = json.loads(ran.out)
    assert data["source"] == "cache" and len(data["models"]) == CHAT_MODELS
    assert data["problem"]["code"] == "bad_response" and data["problem"]["message"]
    assert "saved" in ran.err.lower()
    text = run_cli("models", "--base-url", sim.url)
    assert f"{CHAT_MODELS} chat models" in text.err and "(live)" not in text.err


def test_a_deeply_nested_cache_is_set_aside_not_fatal(sim: Simulator) -> None:
    cache = Path(os.environ["XDG_CACHE_HOME"]) / "cursor-azure-setup" / "catalog.json"
    cache.parent.mkdir(parents=True)
    cache.write_text('{"version": 1, "catalogs": ' + "[" * 200_000 + "]" * 200_000 + "}")
    # Offline: nothing usable cached, so a plain failure (exit 1), not a crash.
    ran = run_cli("models", "--base-url", "http://127.0.0.1:9")
    assert ran.code == 1 and "unexpected error" not in ran.err, ran.err
    # Online: the list, a fresh cache, and the broken file kept aside.
    data = models_json(sim.url)
    assert len(data["models"]) == CHAT_MODELS
    assert json.loads(cache.read_text())["version"] >= 1
    assert [p.name for p in cache.parent.iterdir() if p.name.startswith("catalog.json.corrupt")]


def alias_only_service(request: RawRequest, conn: socket.socket) -> None:
    """A service whose Azure route knows ids only (an alias or an old name gets DeploymentNotFound),
    and whose catalog lists the aliases."""
    if request.target.startswith("/models"):
        entries = [
            {"id": "openai/gpt-4o", "aliases": ["gpt-4o"], "type": "openai/chat-completions", "info": {}},
            {"id": "google/gemini-2.5-pro", "aliases": [], "type": "openai/chat-completions", "info": {}},
            {"id": "mistralai/Mistral-Nemo", "type": "openai/chat-completions", "info": {}},
        ]
        body, status = json.dumps({"object": "list", "data": entries}), "200 OK"
    elif "/openai/deployments/" in request.target:
        error = {
            "code": "DeploymentNotFound",
            "message": "The API deployment for this resource does not exist.",
        }
        body, status = json.dumps({"error": error}), "404 Not Found"
    else:
        body, status = json.dumps({"current_balance": 5.0, "currency": "USD"}), "200 OK"
    data = body.encode()
    head = {"Content-Type": "application/json", "Content-Length": str(len(data)), "Connection": "close"}
    conn.sendall(http_head(status, head) + data)


@pytest.mark.parametrize(
    ("typed", "model_id"),
    [
        ("gpt-4o", "openai/gpt-4o"),
        ("mistralai/mistral-nemo", "mistralai/Mistral-Nemo"),
        ("Mistral-Nemo", "mistralai/Mistral-Nemo"),
    ],
)
def test_a_deployment_not_found_names_the_model_id_to_use(typed: str, model_id: str) -> None:
    with RawServer(alias_only_service) as server:
        env = cli_env(AIMLAPI_API_KEY=TEST_KEY)
        ran = run_cli("verify", "--base-url", server.url, "--deployment", typed, "--json", env=env)
    assert ran.code == 1, ran.err
    verify = {c["id"]: c for c in json.loads(ran.out)["checks"]}["cursor_verify"]
    assert verify["problem"] == "deployment_not_found"
    assert model_id in verify["fix"], verify["fix"]
