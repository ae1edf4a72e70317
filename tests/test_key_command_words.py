"""`key set` and `key forget` when the keyring cannot help: the words fit the command line (the
window's "it works for this session only" is not true of a command that ends), and say what did or
did not happen to the saved key."""

from __future__ import annotations

from tests.cli_process import cli_env, run_cli
from tests.conftest import TEST_KEY

NO_KEYRING = {"DBUS_SESSION_BUS_ADDRESS": None}


def test_key_set_without_a_keyring_says_the_key_was_not_saved() -> None:
    ran = run_cli("key", "set", "--stdin", stdin=TEST_KEY + "\n", env=cli_env(**NO_KEYRING), guard_s=60)
    assert ran.code == 1, ran.text
    assert "session only" not in ran.err
    assert "was not saved" in ran.err, ran.err
    assert "AIMLAPI_API_KEY" in ran.err


def test_key_forget_without_a_keyring_says_nothing_was_removed() -> None:
    ran = run_cli("key", "forget", env=cli_env(**NO_KEYRING), guard_s=60)
    assert ran.code == 1, ran.text
    assert "session only" not in ran.err and "cannot be saved" not in ran.err
    assert "nothing was removed" in ran.err, ran.err
