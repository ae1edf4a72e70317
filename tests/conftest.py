"""Shared fixtures: an isolated home for every test, and a real simulator on loopback."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

# A unique, realistic-looking key: the leak tests search every output for it.
TEST_KEY = "a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6"

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def isolated_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets its own HOME and XDG folders, so nothing touches the developer's files."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    for var, sub in (
        ("XDG_CONFIG_HOME", ".config"),
        ("XDG_CACHE_HOME", ".cache"),
        ("XDG_STATE_HOME", ".local/state"),
    ):
        (home / sub).mkdir(parents=True, exist_ok=True)
        monkeypatch.setenv(var, str(home / sub))
    # System-wide folders too: a real /etc/xdg preset must not leak into a test.
    (home / "etc-xdg").mkdir(exist_ok=True)
    monkeypatch.setenv("XDG_CONFIG_DIRS", str(home / "etc-xdg"))
    for var in (
        "AIMLAPI_API_KEY",
        "CURSOR_AZURE_SETUP_PRESET",
        "HTTP_PROXY",
        "HTTPS_PROXY",
        "ALL_PROXY",
        "http_proxy",
        "https_proxy",
        "all_proxy",
    ):
        monkeypatch.delenv(var, raising=False)
    # Loopback never goes through a proxy, even if the machine has one configured.
    monkeypatch.setenv("NO_PROXY", "127.0.0.1,localhost,::1")
    # A process table of the test's own (tests/cursor_fixtures.process_table): a Cursor running
    # elsewhere on this machine never counts as running here.
    (home / "process-table").mkdir(exist_ok=True)
    monkeypatch.setenv("CURSOR_AZURE_SETUP_PROC", str(home / "process-table"))
    return home


@pytest.fixture(autouse=True)
def forget_secrets_after_each_test() -> Iterator[None]:
    """Every value a test registers as a secret (typed keys, generated ones) is forgotten after it,
    so throwaway values cannot mask text in later tests."""
    from app.core.redact import scoped_secrets

    with scoped_secrets():
        yield


@pytest.fixture
def simulator() -> Iterator[object]:
    """A started simulator of the service on 127.0.0.1 with a random port; key ``TEST_KEY``."""
    from app.simulator import Simulator

    sim = Simulator(api_key=TEST_KEY)
    sim.start()
    try:
        yield sim
    finally:
        sim.stop()


@pytest.fixture
def sim_url(simulator) -> str:
    return simulator.url


@pytest.fixture
def real_keyring() -> None:
    """Tests that need the real Secret Service: scripts/test.sh provides one (CI always does)."""
    if not os.environ.get("CURSOR_AZURE_SETUP_REAL_KEYRING"):
        pytest.skip("needs the Secret Service that scripts/test.sh starts (dbus-run-session + gnome-keyring)")
