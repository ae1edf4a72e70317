"""Where the command line gets the key: the environment, standard input (or a hidden prompt at a
terminal), the OS keyring. It becomes a ``Secret`` the moment it is read."""

from __future__ import annotations

import os
import sys

from app.cli.common import KEY_ENV, PROG, InputError, print_notices
from app.core.errors import InvalidInput
from app.core.redact import Secret

# A key is a few dozen characters; a file far larger is not a key file, and is refused whole (never
# cut to a size that might pass).
_MAX_KEY_INPUT = 64 * 1024


def read_stdin_key() -> Secret:
    if sys.stdin is None:
        raise InputError("no standard input to read the key from")
    if sys.stdin.isatty():
        # A person at a terminal: ask, without echoing the key, rather than wait silently for EOF.
        return prompt_key()
    from app.core.api_key import key_from_bytes

    try:
        buffer = getattr(sys.stdin, "buffer", None)
        if buffer is not None:
            raw = buffer.read(_MAX_KEY_INPUT + 1)
        else:
            raw = sys.stdin.read(_MAX_KEY_INPUT + 1).encode()
    except (OSError, UnicodeError) as exc:
        raise InputError(f"could not read the key from standard input: {type(exc).__name__}") from None
    if len(raw) > _MAX_KEY_INPUT:
        raise InputError(
            f"standard input holds more than {_MAX_KEY_INPUT // 1024} KB, which is not a key: "
            "pipe in a file holding only the key"
        )
    # The line break `echo` or a key file ends with is expected, not worth a notice.
    return Secret(key_from_bytes(raw, "standard input").rstrip("\r\n"))


def prompt_key() -> Secret:
    import getpass

    try:
        return Secret(getpass.getpass("API key (input hidden): "))
    except EOFError:
        # Ctrl+D at the prompt (Ctrl+Z then Enter on Windows): the person chose to type nothing.
        # The prompt line has no line break yet; the message goes on a line of its own.
        print(file=sys.stderr, flush=True)
        raise InputError("no key given: the input ended at the key prompt") from None


def clean_key(raw: Secret) -> Secret:
    from app.core.api_key import clean_key as clean

    try:
        key, notices = clean(raw.reveal())
    except InvalidInput as exc:
        raise InputError(f"the API key is not usable: {exc}") from None
    print_notices(notices)
    return Secret(key)


def key_from_anywhere(key_stdin: bool, command: str) -> Secret:
    """The key a command uses: ``$AIMLAPI_API_KEY``, else standard input when ``key_stdin``, else
    the keyring. ``command`` names the command in the hint about --key-stdin."""
    env = os.environ.get(KEY_ENV, "")
    if env.strip():
        from app.core.api_key import key_from_bytes

        key_from_bytes(os.fsencode(env), KEY_ENV)  # bytes that are not UTF-8 text: exit 2, plainly
        if key_stdin:
            from app.cli.common import err

            err(f"note: using {KEY_ENV}; standard input was not read.")
        return Secret(env)
    if key_stdin:
        raw = read_stdin_key()
        if not raw.reveal().strip():
            raise InputError(
                f"no key on standard input: pipe the key in, e.g. `... {command} --key-stdin < keyfile`"
            )
        return raw
    from app.core.keystore import KeyringLocked, KeyringTimeout, KeyringUnavailable, KeyStoreError, load_key

    try:
        saved = load_key()
    except KeyringTimeout:
        raise InputError(
            f"no API key: {KEY_ENV} is not set and the keyring did not answer within about 3 seconds "
            f"(it may be stuck; logging out and back in usually helps); set {KEY_ENV} or use --key-stdin"
        ) from None
    except KeyringUnavailable:
        raise InputError(
            f"no API key: {KEY_ENV} is not set and this computer has no keyring holding a saved key; "
            f"set {KEY_ENV} or pass the key with --key-stdin"
        ) from None
    except KeyringLocked:
        raise InputError(
            f"no API key: {KEY_ENV} is not set and the keyring is locked or refused access; "
            f"unlock it, or set {KEY_ENV} or use --key-stdin"
        ) from None
    except KeyStoreError as exc:
        raise InputError(
            f"no API key: {KEY_ENV} is not set and the keyring could not be read ({exc.problem.message}); "
            f"set {KEY_ENV} or use --key-stdin"
        ) from None
    if not saved:
        raise InputError(
            f"no API key: set {KEY_ENV}, pass it on standard input with --key-stdin, "
            f"or save it with `{PROG} key set --stdin`"
        )
    return saved


def know_the_saved_key() -> None:
    """Have the scrubber know the key saved in the keyring, for a command that sends no key
    (``models``): the server it asks is the one the checks send the key to, and may hand it back.
    A keyring that cannot be read (none, locked, not answering in time) leaves the key unknown and
    the command goes on."""
    if os.environ.get(KEY_ENV, "").strip():
        return  # the key in the environment was made a Secret at start
    from app.core.errors import KeyStoreError
    from app.core.keystore import load_key

    try:
        load_key()  # a Secret, registered with the scrubber as it is made
    except KeyStoreError:
        pass
