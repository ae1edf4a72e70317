"""Every operation ends within its deadline: a server that sends its status line and headers one
byte at a time, and a keyring daemon that is stopped (not dead), as a user meets them.

The runs below have a generous guard (``guard_s``) only so that a hang fails the test instead of
the whole suite; what is asserted is the outcome, never a duration.
"""

from __future__ import annotations

import contextlib
import json
import os
import signal
import socket
import subprocess
import threading
import time
from collections.abc import Iterator

import pytest

from tests.cli_process import cli_env, run_cli
from tests.conftest import TEST_KEY
from tests.rawserver import RawRequest, RawServer


def trickling_headers(request: RawRequest, conn: socket.socket) -> None:
    """A status line and headers that never end, one byte at a time: each read gets something in
    time, so only a deadline for the whole answer stops the client."""
    conn.sendall(b"HTTP/1.1 200 OK\r\n")
    header = b"X-Slow: " + b"z" * 100_000
    for byte in header:
        try:
            conn.sendall(bytes([byte]))
        except OSError:
            return
        time.sleep(0.2)


def test_verify_ends_within_its_time_limit_against_headers_sent_byte_by_byte() -> None:
    with RawServer(trickling_headers) as server:
        env = cli_env(AIMLAPI_API_KEY=TEST_KEY)
        ran = run_cli("verify", "--base-url", server.url, "--timeout", "2", "--json", env=env, guard_s=45)
    assert ran.code == 1, ran.err
    assert '"timeout"' in ran.out


def test_models_ends_within_its_time_limit_against_headers_sent_byte_by_byte() -> None:
    with RawServer(trickling_headers) as server:
        ran = run_cli("models", "--base-url", server.url, guard_s=45)
    assert ran.code == 1
    assert "time" in ran.err.lower()


@contextlib.contextmanager
def silent_after_connecting() -> Iterator[str]:
    """A loopback port that accepts connections and never says a word: an https client's
    handshake gets no answer, as behind a box that holds encrypted traffic."""
    listener = socket.create_server(("127.0.0.1", 0))
    held: list[socket.socket] = []
    listener.settimeout(0.2)
    stop = False

    def accept() -> None:
        while not stop:
            with contextlib.suppress(OSError):
                held.append(listener.accept()[0])

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    try:
        yield f"https://127.0.0.1:{listener.getsockname()[1]}"
    finally:
        stop = True
        thread.join()
        for conn in [*held, listener]:
            conn.close()


def test_a_secure_connection_that_never_answers_is_told_as_such_within_the_time_limit() -> None:
    with silent_after_connecting() as url:
        env = cli_env(AIMLAPI_API_KEY=TEST_KEY)
        ran = run_cli("verify", "--base-url", url, "--timeout", "2", "--json", env=env, guard_s=45)
    assert ran.code == 1, ran.err
    first = json.loads(ran.out)["checks"][0]
    assert first["problem"] == "tls_error", first
    assert "not set up within the time limit" in first["message"], first


# --- a keyring daemon that stopped answering ------------------------------------------------------


def secret_service_pid() -> int:
    """The process that owns the Secret Service in this test run's D-Bus session."""
    reply = subprocess.run(
        [
            "dbus-send",
            "--session",
            "--print-reply",
            "--dest=org.freedesktop.DBus",
            "/org/freedesktop/DBus",
            "org.freedesktop.DBus.GetConnectionUnixProcessID",
            "string:org.freedesktop.secrets",
        ],
        capture_output=True,
        text=True,
        timeout=10,
    )
    assert reply.returncode == 0, reply.stderr
    return int(reply.stdout.split()[-1])


@contextlib.contextmanager
def stopped(pid: int) -> Iterator[None]:
    """The process frozen (SIGSTOP), as a hung daemon is: alive, holding its name, not answering."""
    os.kill(pid, signal.SIGSTOP)
    try:
        yield
    finally:
        os.kill(pid, signal.SIGCONT)


@pytest.fixture
def frozen_keyring(real_keyring) -> Iterator[None]:
    with stopped(secret_service_pid()):
        yield


def test_key_status_says_the_keyring_did_not_answer(frozen_keyring) -> None:
    ran = run_cli("key", "status", guard_s=60)
    assert ran.code == 3, ran.text
    assert "did not answer" in ran.text


def test_key_set_says_the_keyring_did_not_answer_and_saves_nothing_elsewhere(frozen_keyring) -> None:
    ran = run_cli("key", "set", "--stdin", stdin=TEST_KEY + "\n", guard_s=60)
    assert ran.code == 1, ran.text
    assert "did not answer" in ran.err and TEST_KEY not in ran.text


def test_key_forget_with_a_stopped_keyring_says_the_key_was_not_removed(frozen_keyring) -> None:
    ran = run_cli("key", "forget", guard_s=60)
    assert ran.code == 1, ran.text
    assert "did not answer" in ran.err
    assert "neither read nor saved" not in ran.err
    assert "was not removed" in ran.err, ran.err


def test_verify_without_an_environment_key_says_the_keyring_did_not_answer(frozen_keyring) -> None:
    ran = run_cli("verify", "--base-url", "http://127.0.0.1:9", guard_s=60)
    assert ran.code == 2, ran.text
    assert "did not answer" in ran.err


def test_the_keyring_works_again_once_the_daemon_answers(real_keyring) -> None:
    with stopped(secret_service_pid()):
        assert run_cli("key", "status", guard_s=60).code == 3
    ran = run_cli("key", "status", guard_s=60)
    assert ran.code in (0, 1), ran.text


def test_the_windows_keyring_jobs_are_bounded_too(real_keyring) -> None:
    """The window's keyring jobs call these core functions on a worker: each returns or raises
    within its bound, so no job is left running while the daemon does not answer."""
    import keyring
    from keyring.backends.SecretService import Keyring as SecretServiceKeyring

    from app.core import keystore

    previous = keyring.get_keyring()
    keyring.set_keyring(SecretServiceKeyring())
    try:
        with stopped(secret_service_pid()):
            # Reading only: a call left behind finishes once the daemon answers again, and a
            # write finishing then would change the keyring under later tests.
            with pytest.raises(keystore.KeyringTimeout) as info:
                keystore.load_key()
            assert "did not answer" in info.value.problem.message
            status = keystore.keyring_status()
            assert not status.available and status.problem is not None
            assert status.problem.code == "keyring_timeout"
    finally:
        keyring.set_keyring(previous)
