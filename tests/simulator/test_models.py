"""The model catalog: current, legacy and bare shapes, aliases, includes, ETag, one model, faults."""

from __future__ import annotations

import urllib.error
import urllib.request
from typing import Any

import httpx2
import pytest

from app.simulator import Simulator, catalog
from tests.simulator.helpers import GEMINI, NO_TLS, assert_own_error, stdlib_get

LIST_PATHS = ("/v1/models", "/models", "/api/v1/models")


def chat_ids_by_the_documented_rule(listing: Any) -> set[str]:
    """The documented rule: a chat model has type openai/chat-completions or chat-completion, or the
    feature openai/chat-completion, or the endpoint /v1/chat/completions."""
    entries = listing if isinstance(listing, list) else listing["data"]
    return {
        m["id"]
        for m in entries
        if m.get("type") in ("openai/chat-completions", "chat-completion")
        or "openai/chat-completion" in m.get("features", [])
        or "/v1/chat/completions" in m.get("endpoints", [])
    }


def test_the_current_shape_is_the_default(client: httpx2.Client) -> None:
    body = client.get("/v1/models").json()
    assert body["object"] == "list"
    by_id = {m["id"]: m for m in body["data"]}
    for wanted in ("google/gemini-2.5-pro", "anthropic/claude-sonnet-4", "openai/o4-mini"):
        entry = by_id[wanted]
        assert entry["type"] == "openai/chat-completions"
        assert isinstance(entry["aliases"], list)
        assert entry["info"]["contextLength"] > 0 and entry["info"]["name"] and entry["info"]["developer"]
        assert "playground:chat" in entry["tags"]
        assert "features" not in entry and "endpoints" not in entry
    types = {m["type"] for m in body["data"]}
    assert "openai/chat-completions" in types and len(types) >= 5  # images, video, audio, embeddings
    assert chat_ids_by_the_documented_rule(body) == set(catalog.chat_model_ids())


def test_every_list_path_serves_the_same_catalog(client: httpx2.Client) -> None:
    bodies = [client.get(path) for path in LIST_PATHS]
    assert all(r.status_code == 200 for r in bodies)
    assert len({r.content for r in bodies}) == 1
    assert len({r.headers["etag"] for r in bodies}) == 1


@pytest.mark.parametrize("shape", ["legacy", "bare"])
def test_other_shapes_on_request(shape: str) -> None:
    with Simulator(catalog_shape=shape) as sim, httpx2.Client(base_url=sim.url, verify=NO_TLS) as c:
        body = c.get("/models").json()
    if shape == "bare":
        assert isinstance(body, list) and body[0]["type"] in ("openai/chat-completions", "openai/completions")
    else:
        assert set(body) == {"data"}
        entry = next(m for m in body["data"] if m["id"] == GEMINI)
        assert entry["type"] == "chat-completion" and "aliases" not in entry
        assert "openai/chat-completion" in entry["features"]
        assert entry["endpoints"] == ["/v1/chat/completions"]
    assert chat_ids_by_the_documented_rule(body) == set(catalog.chat_model_ids())


def test_the_shape_switches_through_the_control_endpoint(client: httpx2.Client, simulator: Simulator) -> None:
    assert client.get("/_simulator/options").json()["catalog_shape"] == "current"
    r = client.post("/_simulator/options", json={"catalog_shape": "legacy"})
    assert r.status_code == 200 and r.json()["catalog_shape"] == "legacy"
    assert simulator.catalog_shape == "legacy"
    assert "object" not in client.get("/models").json()
    bad = client.post("/_simulator/options", json={"catalog_shape": "xml", "stream_style": "claude"})
    assert bad.status_code == 400 and "catalog_shape" in bad.json()["error"]
    assert simulator.options()["stream_style"] == "auto"  # nothing changes when one value is wrong
    assert client.post("/_simulator/options", json={"colour": "red"}).status_code == 400


def test_aliases_keep_old_names(client: httpx2.Client) -> None:
    data = client.get("/models").json()["data"]
    ids = {m["id"] for m in data}
    gpt4o = next(m for m in data if m["id"] == "openai/gpt-4o")
    assert gpt4o["aliases"] == ["gpt-4o"]
    aliases = [a for m in data for a in m["aliases"]]
    assert len(aliases) >= 5 and not ids & set(aliases)


def test_include_adds_capabilities_pricing_and_modalities(client: httpx2.Client) -> None:
    plain = client.get("/models").json()["data"][0]
    assert not {"capabilities", "pricing", "modalities"} & plain.keys()
    full = client.get("/models", params={"include": "capabilities,pricing,modalities"}).json()["data"]
    gemini = next(m for m in full if m["id"] == GEMINI)
    assert gemini["capabilities"]["streaming"] is True and gemini["capabilities"]["tools"] is True
    assert gemini["pricing"]["input"] > 0 and gemini["pricing"]["currency"] == "USD"
    assert gemini["modalities"] == {"input": ["text", "image"], "output": ["text"]}
    o1_mini = next(m for m in full if m["id"] == "openai/o1-mini")
    assert o1_mini["capabilities"]["tools"] is False
    image = next(m for m in full if m["id"] == "openai/dall-e-3")
    assert image["capabilities"]["streaming"] is False and image["modalities"]["output"] == ["image"]
    # Repeated, or with names the service does not know: the known ones still count.
    repeated = client.get("/models?include=pricing&include=bogus").json()["data"][0]
    assert "pricing" in repeated and "bogus" not in repeated and "capabilities" not in repeated


def test_etag_and_if_none_match(client: httpx2.Client) -> None:
    first = client.get("/v1/models")
    etag = first.headers["etag"]
    assert etag.startswith('"') and etag.endswith('"')
    again = client.get("/v1/models", headers={"If-None-Match": etag})
    assert again.status_code == 304 and again.content == b"" and again.headers["etag"] == etag
    assert again.headers["x-inference-id"]
    for header in (f'"other", {etag}', f"W/{etag}", "*"):
        assert client.get("/v1/models", headers={"If-None-Match": header}).status_code == 304
    assert client.get("/v1/models", headers={"If-None-Match": '"stale"'}).status_code == 200
    # Another body, another tag: an include, or another shape.
    included = client.get("/v1/models?include=pricing", headers={"If-None-Match": etag})
    assert included.status_code == 200 and included.headers["etag"] != etag


def test_etag_with_a_standard_library_client(simulator: Simulator) -> None:
    status, headers, body = stdlib_get(simulator, "/v1/models")
    assert status == 200 and body.startswith(b"{")
    req = urllib.request.Request(simulator.url + "/v1/models", headers={"If-None-Match": headers["etag"]})
    with pytest.raises(urllib.error.HTTPError) as info:  # urllib raises for a 304
        urllib.request.urlopen(req, timeout=5)
    assert info.value.code == 304 and info.value.read() == b""


def test_head_models(client: httpx2.Client) -> None:
    r = client.head("/models")
    assert r.status_code == 200 and r.content == b""
    assert int(r.headers["content-length"]) > 1000 and r.headers["etag"]


@pytest.mark.parametrize("name", ["google/gemini-2.5-pro", "google%2Fgemini-2.5-pro", "gemini-2.5-pro-x"])
def test_one_model(client: httpx2.Client, name: str) -> None:
    r = client.get(f"/model/{name}")
    if name.endswith("-x"):
        body = assert_own_error(r, 404, f"/model/{name}")
        assert "not found" in body["message"]
        return
    assert r.status_code == 200 and r.headers["etag"]
    entry = r.json()
    assert entry["id"] == GEMINI and entry["type"] == "openai/chat-completions"


def test_one_model_by_alias_with_includes_and_not_under_v1(client: httpx2.Client) -> None:
    entry = client.get("/model/gpt-4o", params={"include": "capabilities"}).json()
    assert entry["id"] == "openai/gpt-4o" and entry["capabilities"]["tools"] is True
    assert client.get("/v1/model/openai/gpt-4o").status_code == 404
    assert client.get("/model/").status_code == 404


def test_catalog_needs_no_key_and_ignores_a_bad_one(client: httpx2.Client) -> None:
    r = client.get("/models", headers={"Authorization": "Bearer nonsense"})
    assert r.status_code == 200


# -- faults ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(("shape", "empty"), [
    ("current", {"object": "list", "data": []}), ("legacy", {"data": []}), ("bare", []),
])  # fmt: skip
def test_empty_catalog_fault(client: httpx2.Client, simulator: Simulator, shape: str, empty: Any) -> None:
    simulator.catalog_shape = shape
    simulator.set_fault("empty_catalog", times=1)
    assert client.get("/v1/models").json() == empty
    assert client.get("/v1/models").json() != empty


def test_unrecognised_catalog_fault(client: httpx2.Client, simulator: Simulator) -> None:
    simulator.set_fault("unrecognised_catalog")
    container = client.get("/models").json()
    assert "data" not in container and not isinstance(container, list)
    simulator.set_fault("unrecognised_catalog", kind="types")
    listing = client.get("/models").json()
    assert listing["data"] and chat_ids_by_the_documented_rule(listing) == set()
    # One model is still served: the fault changes the list only.
    assert client.get(f"/model/{GEMINI}").status_code == 200
    with pytest.raises(ValueError, match="kind"):
        simulator.set_fault("unrecognised_catalog", kind="xml")


def test_catalog_faults_leave_chat_alone(client: httpx2.Client, simulator: Simulator) -> None:
    simulator.set_fault("empty_catalog")
    r = client.post(
        f"/openai/deployments/{GEMINI}/chat/completions?api-version=1",
        json={"messages": [{"role": "user", "content": "Say ok"}]},
        headers={"api-key": simulator.api_key},
    )
    assert r.status_code == 200
