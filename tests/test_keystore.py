"""The key in the OS keyring: a real Secret Service (gnome-keyring, started by scripts/test.sh) for
the normal and locked paths; small refusing backends for the no-keyring and refused paths."""

from __future__ import annotations

import os
import shutil
import subprocess
import uuid
from collections.abc import Iterator

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail, null
from keyring.backends.chainer import ChainerBackend
from keyring.compat import properties
from keyring.errors import KeyringLocked as LibKeyringLocked
from keyring.errors import PasswordSetError

from app.core import keystore
from app.core.keystore import (
    SERVICE,
    USERNAME,
    KeyringLocked,
    KeyringUnavailable,
    KeyringWriteError,
    KeyStoreError,
    forget_key,
    keyring_status,
    load_key,
    save_key,
)


def unique_key() -> str:
    return "kst" + uuid.uuid4().hex + uuid.uuid4().hex[:8]


class _TestBackend(KeyringBackend):
    """Base for the test backends: never viable, so keyring can never pick one by itself."""

    @properties.classproperty
    def priority(cls) -> float:
        raise RuntimeError("test backend; only used through keyring.set_keyring")


class RaisingBackend(_TestBackend):
    """Raises the given exception (which may quote the password, like a careless backend)."""

    def __init__(self, make_exc) -> None:
        super().__init__()
        self.make_exc = make_exc

    def get_password(self, service, username):
        raise self.make_exc(None)

    def set_password(self, service, username, password):
        raise self.make_exc(password)

    def delete_password(self, service, username):
        raise self.make_exc(None)


class ForgetfulBackend(_TestBackend):
    """Accepts every write and keeps nothing."""

    def get_password(self, service, username):
        return None

    def set_password(self, service, username, password):
        return None

    def delete_password(self, service, username):
        return None


class FakePlaintextKeyring(_TestBackend):
    """Stands for keyrings.alt's PlaintextKeyring: a file anyone with the disk can read."""

    __module__ = "keyrings.alt.file"

    def __init__(self) -> None:
        super().__init__()
        self.stored: dict[tuple[str, str], str] = {}

    def get_password(self, service, username):
        return self.stored.get((service, username))

    def set_password(self, service, username, password):
        self.stored[(service, username)] = password

    def delete_password(self, service, username):
        self.stored.pop((service, username), None)


def chainer_of(*backends: KeyringBackend) -> ChainerBackend:
    """A chainer over exactly these backends (what keyring would discover on some machine).
    Not viable, so keyring never considers it on its own."""
    chain_cls = type("Chain", (ChainerBackend,), {"backends": list(backends), "viable": False})
    return chain_cls()


@pytest.fixture
def use_backend() -> Iterator:
    """keyring.set_keyring for one test, restoring whatever was there."""
    previous = keyring.get_keyring()

    def use(backend: KeyringBackend) -> KeyringBackend:
        keyring.set_keyring(backend)
        return backend

    yield use
    keyring.set_keyring(previous)


def assert_key_absent(error: BaseException, key: str) -> None:
    texts = [str(error), repr(error), error.message, error.fix, error.detail, repr(error.args)]
    assert all(key not in t for t in texts)
    assert error.__cause__ is None and error.__context__ is None


# ---------------------------------------------------------------- real Secret Service


def secret_tool(*args: str, input_text: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["secret-tool", *args], input=input_text, capture_output=True, text=True, timeout=20
    )


@pytest.fixture
def secret_service(real_keyring, use_backend) -> Iterator[None]:
    """The real gnome-keyring, with our entry cleared before and after."""
    from keyring.backends import SecretService

    assert shutil.which("secret-tool"), "libsecret-tools (secret-tool) is needed"
    real = use_backend(SecretService.Keyring())
    forget_key()
    yield
    keyring.set_keyring(real)  # a test may have switched to another backend
    forget_key()


def lookup() -> str:
    # keyring's SecretService backend stores attributes "service" and "username".
    result = secret_tool("lookup", "service", SERVICE, "username", USERNAME)
    return result.stdout if result.returncode == 0 else ""


def test_round_trip_through_the_real_secret_service(secret_service) -> None:
    key = unique_key()
    assert load_key() is None
    assert keyring_status().has_key is False

    save_key(key)

    # Another program (libsecret's own tool) finds it where Cursor's teammates' keyring keeps it.
    assert lookup() == key
    assert load_key().reveal() == key
    status = keyring_status()
    assert status.available and status.has_key
    assert "SecretService" in status.backend
    assert key not in status.message

    assert forget_key() is True
    assert lookup() == ""
    assert load_key() is None
    assert forget_key() is False
    assert keyring_status().has_key is False


def test_saving_again_replaces_the_key_rather_than_adding_one(secret_service) -> None:
    first, second = unique_key(), unique_key()
    save_key(first)
    save_key(second)
    assert load_key().reveal() == second
    found = secret_tool("search", "--all", "service", SERVICE, "username", USERNAME)
    assert found.stdout.count("secret = ") == 1
    assert first not in found.stdout


def test_key_stored_by_another_tool_is_loaded_and_every_copy_is_forgotten(secret_service) -> None:
    key = unique_key()
    save_key(key)
    # secret-tool's item has different extra attributes, so the keyring now holds two matches.
    stored = secret_tool("store", "--label=by hand", "service", SERVICE, "username", USERNAME, input_text=key)
    assert stored.returncode == 0, stored.stderr
    assert load_key().reveal() == key

    assert forget_key() is True
    assert lookup() == ""
    assert load_key() is None


def test_chainer_never_writes_to_a_plaintext_backend(secret_service, use_backend) -> None:
    from keyring.backends import SecretService

    plaintext = FakePlaintextKeyring()
    use_backend(chainer_of(plaintext, SecretService.Keyring()))
    key = unique_key()
    save_key(key)
    assert lookup() == key
    assert plaintext.stored == {}
    assert forget_key() is True


def _locked_collection() -> str:
    """A fresh collection in the real gnome-keyring, locked. Created through gnome-keyring's
    internal interface, which takes the password directly (the public API would prompt)."""
    import secretstorage
    from secretstorage.util import DBusAddressWrapper, format_secret, open_session

    bus = secretstorage.dbus_init()
    internal = DBusAddressWrapper(
        "/org/freedesktop/secrets", "org.gnome.keyring.InternalUnsupportedGuiltRiddenInterface", bus
    )
    master = format_secret(open_session(bus), b"locked-test-password", "text/plain")
    label = {"org.freedesktop.Secret.Collection.Label": ("s", f"locked-{uuid.uuid4().hex[:8]}")}
    (path,) = internal.call("CreateWithMasterPassword", "a{sv}(oayays)", label, master)
    secretstorage.Collection(bus, path).lock()
    assert secretstorage.Collection(bus, path).is_locked()
    return path


def test_locked_keyring_is_explained_not_crashed(secret_service, use_backend) -> None:
    from keyring.backends import SecretService

    backend = SecretService.Keyring()
    backend.preferred_collection = _locked_collection()
    use_backend(backend)
    key = unique_key()

    # scripts/with-keyring.sh gives the unlock prompter no display, so it is dismissed at once.
    with pytest.raises(KeyringLocked) as caught:
        save_key(key)
    assert "locked" in caught.value.message
    assert "unlock" in caught.value.fix.lower()
    assert_key_absent(caught.value, key)

    with pytest.raises(KeyringLocked):
        load_key()
    status = keyring_status()
    assert status.available is True and status.has_key is False
    assert "locked" in status.message


# ---------------------------------------------------------------- no keyring at all


@pytest.mark.parametrize(
    "backend",
    [fail.Keyring(), null.Keyring(), FakePlaintextKeyring()],
    ids=["fail", "null", "keyrings.alt-plaintext"],
)
def test_no_usable_keyring_says_session_only_and_how_to_get_one(use_backend, backend) -> None:
    use_backend(backend)
    key = unique_key()
    with pytest.raises(KeyringUnavailable) as caught:
        save_key(key)
    error = caught.value
    assert "this session only" in error.message
    assert "keyring" in error.fix.lower() and "AIMLAPI_API_KEY" in error.fix
    assert_key_absent(error, key)
    with pytest.raises(KeyringUnavailable):
        load_key()
    with pytest.raises(KeyringUnavailable):
        forget_key()
    status = keyring_status()
    assert (status.available, status.has_key) == (False, False)
    assert "this session only" in status.message
    # Nothing was quietly kept anywhere, plain-text backend included.
    assert getattr(backend, "stored", {}) == {}


def test_empty_chainer_is_unavailable(use_backend) -> None:
    use_backend(chainer_of())
    with pytest.raises(KeyringUnavailable):
        save_key(unique_key())
    assert keyring_status().available is False


def test_chainer_of_only_refused_backends_is_unavailable(use_backend) -> None:
    use_backend(chainer_of(FakePlaintextKeyring(), null.Keyring()))
    with pytest.raises(KeyringUnavailable):
        save_key(unique_key())


def test_environment_cannot_force_a_plaintext_backend(monkeypatch, use_backend) -> None:
    # PYTHON_KEYRING_BACKEND is how a user would force keyrings.alt; we refuse what it gives.
    from keyring import core

    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.null.Keyring")
    use_backend(core.load_env() or fail.Keyring())
    with pytest.raises(KeyringUnavailable):
        save_key(unique_key())


# ---------------------------------------------------------------- refused, locked, write failure


def _secretstorage_exc(name: str):
    import secretstorage.exceptions as sx

    return lambda password: getattr(sx, name)("Cannot access the item")


@pytest.mark.parametrize(
    "make_exc",
    [
        lambda password: LibKeyringLocked(f"Failed to unlock the collection holding {password}"),
        _secretstorage_exc("LockedException"),
        _secretstorage_exc("PromptDismissedException"),
    ],
    ids=["keyring.KeyringLocked", "secretstorage.LockedException", "prompt-dismissed"],
)
def test_locked_or_refused_access(use_backend, make_exc) -> None:
    use_backend(RaisingBackend(make_exc))
    key = unique_key()
    with pytest.raises(KeyringLocked) as caught:
        save_key(key)
    assert_key_absent(caught.value, key)
    with pytest.raises(KeyringLocked):
        load_key()
    assert keyring_status().available is True


def test_write_refused_is_a_write_error_without_the_key(use_backend, caplog) -> None:
    # A careless backend quoting the password in its own error message.
    use_backend(RaisingBackend(lambda password: PasswordSetError(f"could not store {password}")))
    key = unique_key()
    with pytest.raises(KeyringWriteError) as caught:
        save_key(key)
    error = caught.value
    assert isinstance(error, KeyStoreError)
    assert error.message and error.fix
    assert_key_absent(error, key)
    assert "***" in error.detail
    assert key not in caplog.text


def test_keyring_that_keeps_nothing_is_caught_at_save_time(use_backend) -> None:
    use_backend(ForgetfulBackend())
    with pytest.raises(KeyringWriteError) as caught:
        save_key(unique_key())
    assert "did not keep" in caught.value.message


def test_status_never_raises_on_a_strange_backend_error(use_backend) -> None:
    use_backend(RaisingBackend(lambda password: OSError("D-Bus went away")))
    status = keyring_status()
    assert status.has_key is False
    assert status.message


def test_test_backends_are_never_picked_by_keyring_itself() -> None:
    # Guard for this file: keyring registers every backend class; ours must not be viable.
    assert not RaisingBackend.viable and not FakePlaintextKeyring.viable
    assert os.environ.get("PYTHON_KEYRING_BACKEND") is None
    assert keystore.SERVICE == "cursor-azure-setup" and keystore.USERNAME == "aimlapi-api-key"
