"""``key set|status|forget``: the API key in the OS keyring. ``status`` exits 0 when a key is saved,
1 when none is, 3 when the keyring is not available or locked."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from app.cli.common import EXIT_FAILED, EXIT_KEYRING, EXIT_OK, PROG, InputError, Parser, out
from app.cli.keys import clean_key, prompt_key, read_stdin_key

if TYPE_CHECKING:
    from app.cli.common import SubParsers


def add_parser(sub: SubParsers, parents: list[argparse.ArgumentParser]) -> None:
    k = sub.add_parser("key", parents=parents, help="the API key in the OS keyring")
    ksub = k.add_subparsers(dest="key_command", metavar="ACTION", parser_class=Parser, required=True)
    ks = ksub.add_parser("set", help="save a key (read from standard input with --stdin)")
    ks.add_argument("--stdin", action="store_true", help="read the key from standard input")
    ksub.add_parser(
        "status",
        help="is a key saved? (exit 0 yes, 1 no, 3 the keyring is not available or locked)",
        epilog="Exit codes: 0 a key is saved; 1 no key is saved; 3 the keyring is not available, "
        "locked, or refused access.",
    )
    ksub.add_parser("forget", help="remove the saved key")


def run(args: argparse.Namespace) -> int:
    from app.core.keystore import forget_key, keyring_status, save_key

    if args.key_command == "set":
        if args.stdin:
            raw = read_stdin_key()
        elif sys.stdin is not None and sys.stdin.isatty():
            raw = prompt_key()
        else:
            raise InputError(f"pass the key on standard input: `{PROG} key set --stdin < keyfile`")
        if not raw.reveal().strip():
            raise InputError("no key given")
        save_key(clean_key(raw))
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
        removed = forget_key()
        out("The saved key was removed." if removed else "No key was saved; nothing to remove.")
        return EXIT_OK
    raise InputError(f"unknown key action {args.key_command!r}")
