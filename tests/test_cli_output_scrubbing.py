"""What the command line prints is scrubbed without being damaged: only text values are ever
masked (a number that happens to hold six characters of the key stays a number, and the JSON stays
JSON), and a value typed on the command line counts as a key only when it looks like one (not a
file name with a time stamp in it, not an ordinary path)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.simulator import DEMO_KEY, Simulator
from tests.cli_process import cli_env, run_cli
from tests.conftest import TEST_KEY
from tests.cursor_cli import cli
from tests.cursor_fixtures import fake_cursor


@pytest.fixture
def demo_simulator() -> Iterator[Simulator]:
    """The simulator as `simulate` runs it: the demo key, whose tail is a run of zeros."""
    sim = Simulator(api_key=DEMO_KEY)
    sim.start()
    try:
        yield sim
    finally:
        sim.stop()


@pytest.mark.parametrize("fault", [None, "reasoning"])
def test_verify_json_with_the_demo_key_is_json_and_its_numbers_stay_numbers(
    demo_simulator: Simulator, fault: str | None
) -> None:
    if fault:
        demo_simulator.set_fault(fault)
    ran = run_cli("verify", "--base-url", demo_simulator.url, "--json", env=cli_env(AIMLAPI_API_KEY=DEMO_KEY))
    data = json.loads(ran.out)  # the balance in credits (10000000) once came out as 1***
    account = next(c for c in data["checks"] if c["id"] == "account")
    assert isinstance(account["data"]["credits"], int) and account["data"]["credits"] >= 1_000_000
    assert "***" not in ran.out
    assert ran.code == (1 if fault else 0)


def test_verify_text_with_the_demo_key_keeps_its_numbers(demo_simulator: Simulator, tmp_path: Path) -> None:
    """A run of one repeated character says nothing about a key, and numbers are full of them."""
    report = tmp_path / "report.txt"
    ran = run_cli(
        "verify",
        "--base-url",
        demo_simulator.url,
        "--report",
        str(report),
        env=cli_env(AIMLAPI_API_KEY=DEMO_KEY),
    )
    assert ran.code == 0, ran.err
    assert "***" not in ran.out and "***" not in report.read_text(encoding="utf-8")


def test_a_report_named_with_a_time_stamp_is_named_back_in_full(sim_url: str, tmp_path: Path) -> None:
    report = tmp_path / "rt-report20261130T014124Z.txt"
    ran = run_cli(
        "verify", "--base-url", sim_url, "--report", str(report), env=cli_env(AIMLAPI_API_KEY=TEST_KEY)
    )
    assert ran.code == 0, ran.err
    assert f"Diagnostic report written to {report}." in ran.err
    assert "***" not in ran.err


def test_a_cursor_folder_with_a_time_stamp_in_its_path_is_shown_as_it_is(tmp_path: Path) -> None:
    base = tmp_path / "cursor" / "backup20261130T014124Z"
    fake_cursor(base)
    data_dir = base / "Cursor" / "User"
    proc = cli(
        "cursor", "status", "--json", "--cursor-app", str(base / "cursor-app"), "--cursor-data", str(data_dir)
    )
    assert json.loads(proc.stdout)["data_dir"] == str(data_dir)
    assert "***" not in proc.stdout


@pytest.mark.parametrize(
    "typed",
    [
        "a8f3c1d9e27b4f6a0c5d1e8b3f7a2c94",  # an AI/ML API key: 32 hexadecimal characters
        "sk-proj-Xb7Qm2Lp9Zr4Tt6Vw1Ny3Kd8Hs5Fj0Gc",  # another service's key, typed by mistake
    ],
)
def test_a_key_typed_as_an_argument_is_still_never_repeated(typed: str, tmp_path: Path) -> None:
    proc = cli("cursor", "status", "--cursor-data", str(tmp_path / typed / "User"))
    assert proc.returncode == 2
    assert "***" in proc.stderr
    assert typed not in proc.stderr and typed[:12] not in proc.stderr and typed[-12:] not in proc.stderr


# 32 hexadecimal characters holding "100000": a piece of this key is a piece of the simulator's
# balance of 10000000 credits.
KEY_WITH_A_DIGIT_RUN = "f4e9a1000000b2c7d3e8a9f0c1b6d5e2"


def test_a_json_report_stays_json_when_a_number_holds_a_piece_of_the_key(tmp_path: Path) -> None:
    sim = Simulator(api_key=KEY_WITH_A_DIGIT_RUN)
    sim.start()
    try:
        report = tmp_path / "report.json"
        ran = run_cli(
            "verify",
            "--base-url",
            sim.url,
            "--json",
            "--report",
            str(report),
            env=cli_env(AIMLAPI_API_KEY=KEY_WITH_A_DIGIT_RUN),
        )
    finally:
        sim.stop()
    assert ran.code == 0, ran.err
    for document in (ran.out, report.read_text(encoding="utf-8")):
        data = json.loads(document)
        account = next(c for c in data["checks"] if c["id"] == "account")
        assert isinstance(account["data"]["credits"], int)
        assert KEY_WITH_A_DIGIT_RUN[:6] not in document and KEY_WITH_A_DIGIT_RUN[-6:] not in document


@pytest.mark.parametrize(
    "key",
    [
        "0123456789abcdef0123456789abcdef",  # orderly, but shaped like AI/ML API's keys
        "sk-proj-AbCdEf123456GhIjKl789012",  # another service's key, pasted here by mistake
        "3f9a1c0b7e2d4a5f8c6b1e0d9a7c3b2f",
    ],
)
def test_a_key_typed_as_an_argument_is_never_printed_back_however_orderly(key: str) -> None:
    for args in (("key", "set", key), ("verify", "--key", key), ("models", f"--bogus={key}")):
        ran = run_cli(*args)
        assert ran.code == 2, ran.err
        assert key not in ran.text and key[-12:] not in ran.text, ran.text
