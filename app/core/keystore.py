"""The API key in the operating system's keyring, and nowhere else.

Over ``keyring``: service ``cursor-azure-setup``, user name ``aimlapi-api-key``. Every failure is a
``KeyStoreError`` (an ``AppError``, see ``errors``) saying in plain words what happened and what to do:

- ``KeyringUnavailable``: no usable keyring (keyring's fail/null backend, a chainer with nothing to
  chain, a plain-text or encrypted-file backend from keyrings.alt, which we refuse);
- ``KeyringLocked``: the keyring is locked or access was refused (an unlock prompt dismissed);
- ``KeyringWriteError``: the keyring is there but would not store or delete the key;
- ``KeyringTimeout``: the keyring did not answer within ``KEYRING_WAIT_S`` (a daemon that is
  stopped or stuck answers nothing, ever): nothing was read or saved.

The key enters and leaves here as a ``Secret`` (registered for redaction the moment it is read), and
never appears in an error: messages are ours, and technical detail is redacted.
Every public call waits at most ``KEYRING_WAIT_S`` for the keyring (the call itself runs on a
thread of its own, left behind if the keyring never answers), so neither the command line nor the
window's keyring jobs can hang; the window still calls them off the UI thread.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

from app.core.errors import (
    KEY_ENV_VAR,
    KeyringLocked,
    KeyringTimeout,
    KeyringUnavailable,
    KeyringWriteError,
    KeyStoreError,
)
from app.core.model import Problem
from app.core.redact import Secret
from app.core.text import Text

__all__ = [
    "SERVICE",
    "USERNAME",
    "KeyStoreError",
    "KeyringLocked",
    "KeyringStatus",
    "KeyringTimeout",
    "KeyringUnavailable",
    "KeyringWriteError",
    "backend_name",
    "current_backend_name",
    "forget_key",
    "keyring_status",
    "load_key",
    "save_key",
]

SERVICE = "cursor-azure-setup"
USERNAME = "aimlapi-api-key"

log = logging.getLogger(__name__)
_MAX_DUPLICATES = 10
# How long any keyring operation may take before we say the keyring did not answer.
KEYRING_WAIT_S = 3.0
_T = TypeVar("_T")

# Backends that store secrets in a file we could read back ourselves, or that silently drop them:
# choosing one of these would betray "the key lives only in the keyring".
_REFUSED_MODULE_PREFIXES = ("keyrings.alt",)
_REFUSED_BACKENDS = {
    ("keyring.backends.fail", "Keyring"),
    ("keyring.backends.null", "Keyring"),
}


@dataclass(frozen=True)
class KeyringStatus:
    available: bool
    backend: str
    has_key: bool
    message: str
    # Why the keyring could not be asked (unavailable, locked, refused); None when it answered.
    problem: Problem | None = None


def _backend_id(backend: Any) -> tuple[str, str]:
    cls = type(backend)
    return cls.__module__, cls.__name__


def _is_refused(backend: Any) -> bool:
    module, name = _backend_id(backend)
    if (module, name) in _REFUSED_BACKENDS:
        return True
    if module.startswith(_REFUSED_MODULE_PREFIXES):
        return True
    return False


def backend_name(backend: Any) -> str:
    """A readable name for a backend, e.g. ``SecretService Keyring``."""
    name = getattr(backend, "name", None)
    if isinstance(name, str) and name:
        return name
    module, cls = _backend_id(backend)
    return f"{module}.{cls}"


def _usable_backend() -> Any:
    """The one backend we trust for this call, or ``KeyringUnavailable``.

    A chainer is reduced to its best backend that we accept: writing through a chainer could land
    in a plain-text file when the real keyring refuses, and reading through one could find a stale
    copy in such a file.
    """
    try:
        import keyring
        from keyring.backends.chainer import ChainerBackend

        current = keyring.get_keyring()
        if isinstance(current, ChainerBackend):
            candidates = [b for b in current.backends if not _is_refused(b)]
            if not candidates:
                raise KeyringUnavailable(detail=f"chainer with no acceptable backend: {current.backends!r}")
            return candidates[0]  # the chainer lists them by priority, best first
    except KeyStoreError:
        raise
    except Exception as exc:  # keyring's own start-up failed (bad config file, broken D-Bus...)
        raise KeyringUnavailable(detail=f"{type(exc).__name__}: {exc}") from None
    if _is_refused(current):
        module, name = _backend_id(current)
        raise KeyringUnavailable(detail=f"refused keyring backend {module}.{name}")
    return current


def _classify(exc: BaseException, writing: bool) -> KeyStoreError:
    """Turn whatever a backend raised into one of our errors (plain words, redacted detail)."""
    from keyring import errors as kerr

    detail = f"{type(exc).__name__}: {exc}"
    names = {cls.__name__ for cls in type(exc).__mro__}
    dbus_name = str(getattr(exc, "name", "") or "")
    if isinstance(exc, kerr.NoKeyringError):
        return KeyringUnavailable(detail=detail)
    if (
        isinstance(exc, kerr.KeyringLocked)
        or names & {"LockedException", "PromptDismissedException"}
        or dbus_name.endswith((".IsLocked", ".AccessDenied"))
    ):
        return KeyringLocked(detail=detail)
    if names & {"SecretServiceNotAvailableException"} or isinstance(exc, kerr.InitError):
        return KeyringUnavailable(
            Text(
                "The keyring could not be opened, so the key cannot be saved: it works for this session only."
            ),
            detail=detail,
        )
    if writing or isinstance(exc, kerr.PasswordSetError | kerr.PasswordDeleteError):
        return KeyringWriteError(detail=detail)
    return KeyStoreError(
        Text("The key could not be read from the keyring."),
        Text(
            "Unlock your keyring and try again; meanwhile set the {variable} environment variable.",
            variable=KEY_ENV_VAR,
        ),
        detail=detail,
    )


def _fail(exc: BaseException, writing: bool) -> KeyStoreError:
    error = _classify(exc, writing)
    log.warning("keyring %s failed: %s (%s)", "write" if writing else "read", error.message, error.detail)
    return error


def _call(fn: Callable[[], _T], writing: bool) -> _T:
    """Run a backend call; raise our error *outside* the except block, so it carries no
    ``__context__``: a backend's own exception could quote the key."""
    error: KeyStoreError
    try:
        return fn()
    except Exception as exc:
        error = _fail(exc, writing)
    raise error


def _read(backend: Any) -> Secret | None:
    value = _call(lambda: backend.get_password(SERVICE, USERNAME), writing=False)
    return Secret(value) if isinstance(value, str) and value else None


def _bounded(operation: Callable[[], _T]) -> _T:
    """Run a whole keyring operation, waiting at most ``KEYRING_WAIT_S``: a D-Bus call to a stopped
    daemon never returns, and no timeout of its own covers it. The operation runs on a daemon
    thread; when it does not finish in time it is abandoned and ``KeyringTimeout`` is raised."""
    values: list[_T] = []
    errors: list[BaseException] = []
    done = threading.Event()

    def run() -> None:
        try:
            values.append(operation())
        except BaseException as exc:  # handed over whole, re-raised on the caller's thread
            errors.append(exc)
        finally:
            done.set()

    threading.Thread(target=run, name="keyring-call", daemon=True).start()
    if not done.wait(KEYRING_WAIT_S):
        log.warning("the keyring did not answer within %.0f s", KEYRING_WAIT_S)
        raise KeyringTimeout()
    if errors:
        raise errors[0]
    return values[0]


def _load_key() -> Secret | None:
    return _read(_usable_backend())


def load_key() -> Secret | None:
    """The saved key, or None when none is saved. Raises ``KeyStoreError`` (``KeyringTimeout``
    when the keyring does not answer in time)."""
    return _bounded(_load_key)


def save_key(key: Secret | str) -> None:
    """Store ``key`` (already cleaned) in the keyring, replacing any saved one, and read it back to
    be sure it is there. Raises ``KeyStoreError``; nothing is written anywhere else."""
    if not isinstance(key, Secret | str):
        raise ValueError("save_key needs a key")
    secret = key if isinstance(key, Secret) else Secret(key)
    if not secret.reveal().strip():
        raise ValueError("save_key needs a non-empty key")
    _bounded(lambda: _save_key(secret))


def _save_key(secret: Secret) -> None:
    backend = _usable_backend()
    _call(lambda: backend.set_password(SERVICE, USERNAME, secret.reveal()), writing=True)
    # Some backends accept a write and keep nothing; say so now rather than at the next start.
    stored = _read(backend)
    if stored != secret:
        raise KeyringWriteError(
            Text("The keyring accepted the key but did not keep it: it works for this session only."),
            detail=f"read back {'a different value' if stored else 'nothing'} from {backend_name(backend)}",
        )
    log.info("API key saved in %s", backend_name(backend))


def _delete_one(backend: Any) -> bool:
    """Delete one saved entry: True when deleted, False when the backend found none."""
    from keyring.errors import PasswordDeleteError

    error: KeyStoreError
    try:
        backend.delete_password(SERVICE, USERNAME)
        return True
    except PasswordDeleteError:
        return False  # backends say "not found" this way; the caller checks
    except Exception as exc:
        error = _fail(exc, writing=True)
    raise error


def forget_key() -> bool:
    """Delete the saved key. True when one was deleted, False when none was saved.
    Raises ``KeyStoreError``."""
    return _bounded(_forget_key)


def _forget_key() -> bool:
    backend = _usable_backend()
    deleted = False
    # Secret Service deletes one matching item per call; other tools may have left duplicates.
    for _ in range(_MAX_DUPLICATES):
        if not _delete_one(backend):
            if _read(backend) is not None:
                break  # "not found", yet there it is: the keyring refuses to delete it
            return deleted
        deleted = True
        if _read(backend) is None:
            log.info("API key removed from %s", backend_name(backend))
            return True
    raise KeyringWriteError(
        Text("The keyring would not delete the saved key."),
        Text(
            "Open your keyring app (Passwords and Keys, Keychain Access or Credential Manager) and delete "
            "the entry '{entry}' yourself.",
            entry=SERVICE,
        ),
    )


def keyring_status() -> KeyringStatus:
    """Whether a keyring is usable, its name, whether a key is saved, and a sentence saying so.
    Never raises, and answers within ``KEYRING_WAIT_S``. Reading may show the OS's unlock prompt."""
    try:
        return _bounded(_keyring_status)
    except KeyringTimeout as exc:
        return KeyringStatus(False, Text("not answering"), False, _said(exc), exc.problem)


def _keyring_status() -> KeyringStatus:
    try:
        backend = _usable_backend()
    except KeyStoreError as exc:
        return KeyringStatus(False, _current_backend_name(), False, _said(exc), exc.problem)
    name = backend_name(backend)
    try:
        has_key = _read(backend) is not None
    except KeyringUnavailable as exc:
        return KeyringStatus(False, name, False, _said(exc), exc.problem)
    except KeyStoreError as exc:
        return KeyringStatus(True, name, False, _said(exc), exc.problem)
    if has_key:
        return KeyringStatus(
            True, name, True, Text("An API key is saved in the keyring ({name}).", name=name)
        )
    return KeyringStatus(
        True, name, False, Text("No API key is saved yet; the keyring ({name}) is ready.", name=name)
    )


def _said(exc: KeyStoreError) -> str:
    return Text("{message} {fix}", message=exc.message, fix=exc.fix)


def _current_backend_name() -> str:
    try:
        import keyring

        return backend_name(keyring.get_keyring())
    except Exception:
        return "none"


def current_backend_name() -> str:
    """The name of the keyring we would use, without touching any secret (for diagnostics)."""
    try:
        return _bounded(_backend_name_in_use)
    except KeyringTimeout:
        return Text("not answering")


def _backend_name_in_use() -> str:
    try:
        return backend_name(_usable_backend())
    except KeyStoreError:
        return f"none usable ({_current_backend_name()})"
