"""Bad input as people and broken files produce it, through the command line as a user runs it: each
is a plain one-line message and exit 2 (or a cache set aside), never "unexpected error"."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.cli_process import cli_env, run_cli
from tests.conftest import TEST_KEY


def assert_plain_input_error(ran) -> None:
    assert ran.code == 2, ran.text
    lines = [ln for ln in ran.err.splitlines() if ln.strip() and not ln.startswith("note:")]
    assert len(lines) == 1, ran.err
    assert "unexpected error" not in ran.err and "Error:" not in ran.err


@pytest.mark.parametrize(
    "raw",
    [
        ("clé-" + TEST_KEY).encode("latin-1"),  # a Latin-1 file
        (TEST_KEY + "\r\n").encode("utf-16"),  # Notepad's "Unicode": UTF-16 with a byte-order mark
        b"\xff\xfe\xfa" + TEST_KEY.encode(),  # just broken bytes
    ],
    ids=["latin-1", "utf-16", "broken"],
)
def test_a_key_that_is_not_utf8_text_is_bad_input(raw: bytes) -> None:
    env = cli_env(DBUS_SESSION_BUS_ADDRESS=None)
    for args in (("key", "set", "--stdin"), ("verify", "--key-stdin", "--base-url", "http://127.0.0.1:9")):
        ran = run_cli(*args, stdin=raw, env=env)
        assert_plain_input_error(ran)
        assert "UTF-8" in ran.err


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_a_key_in_utf16_without_a_byte_order_mark_is_named_as_utf16(encoding: str) -> None:
    """Some editors save "Unicode" without the byte-order mark: still UTF-16, and said so (not "a
    control character at position 2")."""
    env = cli_env(DBUS_SESSION_BUS_ADDRESS=None)
    ran = run_cli("key", "set", "--stdin", stdin=(TEST_KEY + "\r\n").encode(encoding), env=env)
    assert_plain_input_error(ran)
    assert "UTF-16" in ran.err, ran.err


def test_a_key_in_the_environment_that_is_not_utf8_is_bad_input() -> None:
    env = {k.encode(): v.encode() for k, v in cli_env().items()}
    env[b"AIMLAPI_API_KEY"] = b"cl\xe9" + TEST_KEY.encode()
    for args in (
        ["verify", "--base-url", "http://127.0.0.1:9"],
        ["models", "--base-url", "http://127.0.0.1:9"],
    ):
        ran = run_cli(*args, env=env)  # type: ignore[arg-type]
        if args[0] == "models":  # models needs no key: the bad one is only never used
            assert ran.code == 1 and "unexpected error" not in ran.err, ran.err
        else:
            assert_plain_input_error(ran)


def test_a_deeply_nested_preset_is_bad_input(tmp_path: Path) -> None:
    preset = tmp_path / "deep.toml"
    preset.write_text("a = " + "[" * 100_000 + "]" * 100_000 + "\n")
    env = cli_env(AIMLAPI_API_KEY=TEST_KEY)
    ran = run_cli("verify", "--preset", str(preset), "--base-url", "http://127.0.0.1:9", env=env)
    assert_plain_input_error(ran)
    assert str(preset) in ran.err


def test_a_nested_table_preset_is_bad_input(tmp_path: Path) -> None:
    preset = tmp_path / "deep.toml"
    preset.write_text("a = " + "{b = " * 50_000 + "1" + "}" * 50_000 + "\n")
    ran = run_cli("models", "--preset", str(preset), "--base-url", "http://127.0.0.1:9")
    assert_plain_input_error(ran)
