"""Demo mode's whole flow with no real Cursor: a stand-in Cursor on disk is read, set and restored,
and the simulator records "Cursor's own request" so the traffic check finds it. The same core
functions the window calls, against the real simulator; the stand-in request goes only to an
address on this computer."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.core.config import build_settings
from app.core.cursor import (
    FindingStatus,
    Target,
    apply_to_cursor,
    check_traffic,
    make_demo_cursor,
    restore_backup,
    send_demo_cursor_request,
    status_of,
)
from app.core.cursor.apply import Outcome
from app.core.cursor.demo import is_this_computer
from app.core.cursor.traffic import Verdict
from app.core.errors import InvalidInput, ServiceError
from app.simulator import DEMO_KEY, Simulator
from tests.cursor_fixtures import app_user_of, database_files, running_program
from tests.rawserver import RawServer, http_head


@pytest.fixture
def demo_sim():
    with Simulator(api_key=DEMO_KEY) as sim:
        yield sim


def test_the_whole_demo_flow(tmp_path: Path, demo_sim: Simulator) -> None:
    settings, _ = build_settings(DEMO_KEY, demo_sim.url)
    target = Target.from_settings(settings)
    install = make_demo_cursor(tmp_path / "demo-cursor")
    assert (install.found, install.version, install.running) == (True, "3.18.0", False)

    # What the stand-in Cursor has: nothing set up yet.
    before = status_of(install, target)
    assert before.settings.readable and not before.ok
    assert {f.id for f in before.findings if f.status is FindingStatus.FAIL} >= {"base_url", "deployment"}

    # Apply (the simulator's address is allowed for the stand-in only), read back, restore.
    original = database_files(install.state_db)
    applied = apply_to_cursor(install, target, allow_loopback=True)
    assert applied.outcome is Outcome.APPLIED, applied.message
    assert app_user_of(install.state_db)["azureState"]["baseUrl"] == demo_sim.url
    after = {f.id: f.status for f in status_of(install, target).findings}
    assert after["base_url"] is after["deployment"] is after["alias_enabled"] is FindingStatus.PASS

    # No request from "Cursor" yet, then one that succeeds, then one that fails.
    assert check_traffic(settings, "1h", install).verdict is Verdict.NONE_ARRIVED
    row = send_demo_cursor_request(demo_sim.url, settings.deployment)
    assert row.succeeded and not row.ours and row.model == settings.deployment
    ok = check_traffic(settings, "1h", install)
    assert (ok.verdict, ok.cursor_requests) == (Verdict.ARRIVED_OK, 1)
    failed = send_demo_cursor_request(demo_sim.url, settings.deployment, ok=False, status=403)
    assert not failed.succeeded
    assert check_traffic(settings, "1h", install).verdict is Verdict.ARRIVED_FAILING

    assert restore_backup(install).outcome is Outcome.APPLIED
    assert database_files(install.state_db)["state.vscdb"] == original["state.vscdb"]


def test_the_stand_in_cursor_never_runs_and_is_kept(tmp_path: Path) -> None:
    folder = tmp_path / "demo-cursor"
    install = make_demo_cursor(folder)
    apply_to_cursor(install, Target("https://api.aimlapi.com", "google/gemini-2.5-pro", "aimlapi-gemini"))
    changed = database_files(install.state_db)
    # A process called cursor on this computer (a real Cursor) is not the stand-in.
    with running_program(tmp_path / "bin", "cursor"):
        again = make_demo_cursor(folder)
        assert again.running is False
    assert database_files(again.state_db) == changed  # made once, then kept as the demo left it


@pytest.mark.parametrize(
    "url",
    [
        "https://api.aimlapi.com",
        "http://localhost.example.com:8080",
        "http://127.0.0.1.nip.io",
        "http://10.0.0.1",
        "ftp://127.0.0.1",
        "not a url",
        "",
    ],
)
def test_the_stand_in_request_goes_to_this_computer_only(url: str) -> None:
    assert not is_this_computer(url)
    with pytest.raises(InvalidInput) as caught:
        send_demo_cursor_request(url, "google/gemini-2.5-pro")
    assert "only be sent to the built-in simulator on this computer" in caught.value.problem.message


@pytest.mark.parametrize(
    "url", ["http://127.0.0.1:9", "http://localhost:9", "http://[::1]:9", "http://127.8.0.1"]
)
def test_addresses_of_this_computer(url: str) -> None:
    assert is_this_computer(url)


def test_a_server_that_is_not_the_simulator_says_so(demo_sim: Simulator) -> None:
    def refuse(_request, conn) -> None:
        body = b'{"message": "Cannot POST /_simulator/cursor-request", "statusCode": 404}'
        headers = {"Content-Type": "application/json", "Content-Length": str(len(body))}
        conn.sendall(http_head("404 Not Found", headers) + body)

    with RawServer(refuse) as server, pytest.raises(ServiceError):
        send_demo_cursor_request(server.url, "google/gemini-2.5-pro")
    # The simulator refuses a request that could not have succeeded.
    with pytest.raises(ServiceError):
        send_demo_cursor_request(demo_sim.url, "nobody/no-such-model")
