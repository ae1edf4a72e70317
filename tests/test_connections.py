"""Where connections go and what they cost: one TLS context per process (none for the plain-http
simulator), and which proxy a base URL would use, as the system's settings say."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from app.core.network import proxy_for
from tests.cli_process import ROOT, cli_env

PROBE = """
import json, sys
sys.path.insert(0, sys.argv[1])
from app.core import network
from app.core.service import AimlClient
counts = []
with AimlClient("http://127.0.0.1:9", "not-a-real-key-000000"):
    counts.append(network.tls_contexts_made())
clients = [AimlClient("https://api.aimlapi.com", "not-a-real-key-000000") for _ in range(3)]
counts.append(network.tls_contexts_made())
for client in clients:
    client.close()
print(json.dumps(counts))
"""


def test_plain_http_loopback_makes_no_tls_context_and_https_clients_share_one() -> None:
    out = subprocess.run(
        [sys.executable, "-c", PROBE, str(ROOT)], capture_output=True, text=True, env=cli_env(), timeout=60
    )
    assert out.returncode == 0, out.stderr
    assert json.loads(out.stdout) == [0, 1]


@pytest.mark.parametrize(
    ("base_url", "expected"),
    [
        ("https://api.aimlapi.com", "http://proxy.corp:3128"),
        ("http://127.0.0.1:8000", None),  # loopback: never through a proxy
        ("https://127.0.0.1:8443", None),
        ("https://localhost:8443", None),
        ("https://[::1]:8443", None),
        ("https://gateway.internal.example", None),  # in NO_PROXY
    ],
)
def test_which_proxy_a_base_url_goes_through(
    monkeypatch: pytest.MonkeyPatch, base_url: str, expected: str | None
) -> None:
    monkeypatch.setenv("HTTPS_PROXY", "proxy.corp:3128")
    monkeypatch.setenv("HTTP_PROXY", "http://other.corp:8080")  # plain http never uses a proxy
    monkeypatch.setenv("NO_PROXY", ".internal.example")
    assert proxy_for(base_url) == expected


def test_all_proxy_serves_https_when_no_https_proxy_is_set(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ALL_PROXY", "http://all.corp:8080")
    monkeypatch.delenv("NO_PROXY", raising=False)
    assert proxy_for("https://api.aimlapi.com") == "http://all.corp:8080"
    assert proxy_for("http://127.0.0.1:9") is None
