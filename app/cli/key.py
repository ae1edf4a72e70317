"""``key set|status|forget``: the API key in the OS keyring. ``status`` exits 0 when a key is saved,
1 when none is, 3 when the keyring is not available or locked."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from app.cli.common import EXIT_FAILED, EXIT_KEYRING, EXIT_OK, KEY_ENV, PROG, Failure, InputError, Parser, out
from app.cli.keys import clean_key, prompt_key, read_stdin_key

if TYPE_CHECKING:
    from app.cli.common import SubParsers
    from app.core.keystore import KeyStoreError


def add_parser(sub: SubParsers, parents: list[argparse.ArgumentParser]) -> None:
    k = sub.add_parser(
        "key",
        parents=parents,
        help="the API key in the OS keyring",
        description="Save, check or remove the API key in the OS keyring (the only place it is ever "
        "kept). The other commands use it when AIMLAPI_API_KEY is not set.",
    )
    ksub = k.add_subparsers(dest="key_command", metavar="ACTION", parser_class=Parser, required=True)
    ks = ksub.add_parser(
        "set",
        help="save a key (read from standard input with --stdin)",
        description="Save the API key in the OS keyring, replacing a saved one: typed at a hidden prompt, "
        "or read from standard input with --stdin. It is cleaned (spaces, quotes, line breaks) first.",
        epilog="Exit codes: 0 saved; 1 the keyring would not keep it; 2 no key or not a usable key.",
    )
    ks.add_argument("--stdin", action="store_true", help="read the key from standard input")
    ksub.add_parser(
        "status",
        help="is a key saved? (exit 0 yes, 1 no, 3 the keyring is not available or locked)",
        description="Say whether a key is saved in the OS keyring, and which keyring it is (never the key).",
        epilog="Exit codes: 0 a key is saved; 1 no key is saved; 3 the keyring is not available, "
        "locked, or refused access.",
    )
    ksub.add_parser(
        "forget",
        help="remove the saved key",
        description="Remove the saved API key from the OS keyring (nothing else is touched).",
        epilog="Exit codes: 0 removed, or none was saved; 1 the keyring could not be used.",
    )


def run(args: argparse.Namespace) -> int:
    from app.core.keystore import KeyStoreError, forget_key, keyring_status, save_key

    if args.key_command == "set":
        if args.stdin:
            raw = read_stdin_key()
        elif sys.stdin is not None and sys.stdin.isatty():
            raw = prompt_key()
        else:
            raise InputError(f"pass the key on standard input: `{PROG} key set --stdin < keyfile`")
        if not raw.reveal().strip():
            raise InputError("no key given")
        key = clean_key(raw)
        try:
            save_key(key)
        except KeyStoreError as exc:
            raise _not_done(exc, "set") from None
        out("The key is saved in the OS keyring.")
        return EXIT_OK
    if args.key_command == "status":
        st = keyring_status()
        out(st.message or ("A key is saved." if st.has_key else "No key is saved."))
        if st.available and st.backend:
            out(f"Keyring: {st.backend}")
        if st.has_key:
            return EXIT_OK
        return EXIT_KEYRING if st.problem is not None else EXIT_FAILED
    if args.key_command == "forget":
        try:
            removed = forget_key()
        except KeyStoreError as exc:
            raise _not_done(exc, "forget") from None
        out("The saved key was removed." if removed else "No key was saved; nothing to remove.")
        return EXIT_OK
    raise InputError(f"unknown key action {args.key_command!r}")


def _not_done(exc: KeyStoreError, action: str) -> Failure:
    """The keyring's problem in the command line's words. Core speaks for the window, where a key
    that could not be saved still serves until the window closes; a command ends at once, so
    here it says what became of the saved key, and what to do instead."""
    from dataclasses import replace

    from app.core.keystore import KeyringLocked, KeyringTimeout, KeyringUnavailable

    setting = action == "set"
    meanwhile = f"Meanwhile, give the key in {KEY_ENV} or with --key-stdin to each command."
    if isinstance(exc, KeyringTimeout):
        message = "The keyring did not answer within about 3 seconds, so " + (
            "the key was not saved." if setting else "the saved key was not removed."
        )
        fix = (
            "The keyring service may be stuck: log out and back in (or restart the computer), then try again."
        )
    elif isinstance(exc, KeyringUnavailable):
        message = "No keyring is available on this computer, so " + (
            "the key was not saved." if setting else "nothing was removed."
        )
        fix = exc.problem.fix if setting else ""
    elif isinstance(exc, KeyringLocked):
        message = "The keyring is locked or refused access, so " + (
            "the key was not saved." if setting else "the saved key was not removed."
        )
        fix = exc.problem.fix
    elif setting:
        message = "The keyring refused to store the key, so it was not saved."
        fix = "Check that your keyring is unlocked and not full or read-only, then try again."
    else:
        return Failure(exc.problem)
    if setting and KEY_ENV not in fix:
        fix = f"{fix} {meanwhile}".strip()
    return Failure(replace(exc.problem, message=message, fix=fix))
