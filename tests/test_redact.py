"""Redaction: registered secrets and key-bearing headers never reach logs or text we hand out."""

from __future__ import annotations

import json
import logging
import threading
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.core.redact import (
    LOG_BACKUPS,
    LOG_MAX_BYTES,
    RedactingFilter,
    contains_secret,
    current_log_path,
    redact,
    redact_data,
    register_secret,
    scoped_secrets,
    setup_logging,
    teardown_logging,
)
from tests.conftest import TEST_KEY


def fresh_secret() -> str:
    return "rdx" + uuid.uuid4().hex


@pytest.fixture
def logging_to_file() -> Iterator[None]:
    yield
    teardown_logging()


def test_registered_secret_is_masked_everywhere_in_the_text() -> None:
    key = fresh_secret()
    register_secret(key)
    text = f"start {key} middle {key}end"
    assert redact(text) == "start *** middle ***end"
    assert contains_secret(text) and not contains_secret(redact(text))


def test_url_encoded_form_of_a_secret_is_masked_too() -> None:
    key = "k/ey+" + uuid.uuid4().hex
    register_secret(key)
    assert "ey" not in redact("https://h/x?k=k%2Fey%2B" + key[5:])


def test_short_values_are_not_registered() -> None:
    register_secret("abc12")
    assert redact("abc12 stays") == "abc12 stays"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("api-key: unregistered-value-1", "api-key: ***"),
        ('{"api-key": "unregistered-value-2"}', '{"api-key": "***"}'),
        ("{'api-key': 'v3-unregistered', 'x': 1}", "{'api-key': '***', 'x': 1}"),
        ("Authorization: Bearer unregistered-4", "Authorization: Bearer ***"),
        ("Authorization: Basic dXNlcjpwYXNz", "Authorization: Basic ***"),
        (
            "AIMLAPI_API_KEY=unregistered5 cursor-azure-setup verify",
            "AIMLAPI_API_KEY=*** cursor-azure-setup verify",
        ),
        ("GET /models?api-key=unregistered6&x=1", "GET /models?api-key=***&x=1"),
    ],
)
def test_key_bearing_headers_are_masked_even_when_not_registered(text: str, expected: str) -> None:
    assert redact(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        'curl -H "api-key: $AIMLAPI_API_KEY"',  # the export's placeholder must survive
        "set api-key: %AIMLAPI_API_KEY%",
        "The service rejected the API key.",
        "Authorization: Bearer ***",
    ],
)
def test_placeholders_and_plain_sentences_are_left_alone(text: str) -> None:
    assert redact(text) == text


def test_redact_data_walks_keys_and_nested_values() -> None:
    key = fresh_secret()
    register_secret(key)
    data = {"a": [key, {"b": f"x{key}"}], key: 1, "n": 3}
    out = redact_data(data)
    assert key not in repr(out)
    assert out["n"] == 3


def test_register_is_thread_safe() -> None:
    keys = [fresh_secret() for _ in range(40)]
    threads = [threading.Thread(target=register_secret, args=(k,)) for k in keys]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert redact(" ".join(keys)) == " ".join(["***"] * len(keys))


def _record(msg: str, *args: object, exc_info=None) -> logging.LogRecord:
    return logging.LogRecord("t", logging.ERROR, __file__, 1, msg, args, exc_info)


def test_filter_redacts_message_arguments_and_exception_text() -> None:
    key = fresh_secret()
    register_secret(key)
    try:
        raise ValueError(f"server said no to {key}")
    except ValueError:
        import sys

        record = _record("sending %s with %r", key, {"api-key": key}, exc_info=sys.exc_info())
    assert RedactingFilter().filter(record) is True
    formatted = logging.Formatter().format(record)
    assert key not in formatted
    assert "server said no to ***" in formatted
    assert "ValueError" in formatted


def test_filter_survives_bad_format_arguments_without_leaking() -> None:
    key = fresh_secret()
    register_secret(key)
    record = _record("%d apples", key)  # wrong type for %d
    RedactingFilter().filter(record)
    assert key not in logging.Formatter().format(record)


def test_setup_logging_writes_a_redacted_rotating_log_in_the_user_log_folder(
    isolated_home: Path, logging_to_file
) -> None:
    key = fresh_secret()
    register_secret(key)
    path = setup_logging()
    assert path == current_log_path()
    # platformdirs' log folder on Linux lives under XDG_STATE_HOME.
    assert str(path).startswith(str(isolated_home))
    log = logging.getLogger("app.test")
    log.info("key is %s", key)
    log.warning("header api-key: %s", "unregistered-header-value")
    try:
        raise RuntimeError(f"boom {key}")
    except RuntimeError:
        log.exception("failed with Authorization: Bearer %s", key)
    text = path.read_text(encoding="utf-8")
    assert key not in text and "unregistered-header-value" not in text
    assert "key is ***" in text and "RuntimeError: boom ***" in text

    handlers = [h for h in logging.getLogger().handlers if getattr(h, "baseFilename", "") == str(path)]
    assert len(handlers) == 1
    assert handlers[0].maxBytes == LOG_MAX_BYTES and handlers[0].backupCount == LOG_BACKUPS
    assert (path.stat().st_mode & 0o077) == 0  # owner-only


def test_the_log_rotates_keeps_three_old_files_and_every_one_is_redacted(
    monkeypatch: pytest.MonkeyPatch, logging_to_file
) -> None:
    import app.core.redact as redact_module

    monkeypatch.setattr(redact_module, "LOG_MAX_BYTES", 4_000)  # rotate after a few lines, not 1 MB
    key = fresh_secret()
    register_secret(key)
    path = setup_logging()
    log = logging.getLogger("app.test")
    for i in range(60):
        log.info("line %d with the key %s %s", i, key, "x" * 200)
    files = sorted(path.parent.glob(path.name + "*"))
    assert [f.name for f in files] == [path.name] + [f"{path.name}.{n}" for n in (1, 2, 3)]
    assert all(f.stat().st_size <= 4_000 for f in files)
    assert "line 59 with the key ***" in path.read_text(encoding="utf-8")  # the newest lines
    assert not [f for f in files if key in f.read_text(encoding="utf-8")]


def test_setup_logging_twice_adds_no_duplicate_handlers(logging_to_file) -> None:
    path = setup_logging()
    before = len(logging.getLogger().handlers)
    assert setup_logging() == path
    assert len(logging.getLogger().handlers) == before
    logging.getLogger("app.test").info("once-only-line")
    assert path.read_text(encoding="utf-8").count("once-only-line") == 1


def test_verbose_logging_goes_to_stderr_redacted(capsys, logging_to_file) -> None:
    key = fresh_secret()
    register_secret(key)
    setup_logging(verbose=True)
    logging.getLogger("app.test").debug("debug line with %s", key)
    err = capsys.readouterr().err
    assert "debug line with ***" in err and key not in err


def test_verbose_console_never_shows_a_traceback_but_the_log_file_keeps_it(capsys, logging_to_file) -> None:
    """--verbose mirrors the log on stderr, where the command line promises no traceback: an
    exception shows as its last line there, and in full in the file."""
    key = fresh_secret()
    register_secret(key)
    path = setup_logging(verbose=True)
    try:
        raise RuntimeError(f"boom {key}")
    except RuntimeError:
        logging.getLogger("app.test").exception("check crashed")
    err = capsys.readouterr().err
    (line,) = [ln for ln in err.splitlines() if "check crashed" in ln]
    assert "Traceback" not in err and key not in err
    assert "RuntimeError: boom ***" in line and str(path) in line
    text = path.read_text(encoding="utf-8")
    assert "Traceback (most recent call last)" in text and "RuntimeError: boom ***" in text


def test_unusable_log_folder_falls_back_without_crashing(
    isolated_home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, logging_to_file
) -> None:
    import tempfile

    blocker = isolated_home / "not-a-folder"
    blocker.write_text("x")
    monkeypatch.setenv("XDG_STATE_HOME", str(blocker))  # the log folder cannot be created
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    path = setup_logging()
    logging.getLogger("app.test").info("still logging")
    assert path.is_relative_to(tmp_path)
    assert "still logging" in path.read_text(encoding="utf-8")


KEY_CHARS = "abcdefABCDEF0123456789-_."


@settings(max_examples=100, deadline=None)
@given(
    key=st.text(alphabet=KEY_CHARS, min_size=6, max_size=40),
    parts=st.lists(st.text(max_size=30), min_size=1, max_size=5),
)
def test_a_registered_key_never_survives_redaction(key: str, parts: list[str]) -> None:
    with scoped_secrets():
        register_secret(key)
        text = key.join(parts) + key
        out = redact(text)
        assert key not in out
        assert redact(out) == out  # idempotent: masking twice changes nothing


def test_scoped_secrets_are_forgotten_after_the_block() -> None:
    kept, scoped = fresh_secret(), fresh_secret()
    register_secret(kept)
    with scoped_secrets():
        register_secret(scoped)
        assert redact(scoped) == "***"
    assert redact(scoped) == scoped
    assert redact(kept) == "***"


def test_a_key_of_one_repeated_character_is_masked_whole_and_masks_nothing_else() -> None:
    register_secret("zzzzzzzzzzzz")
    assert redact("key zzzzzzzzzzzz, balance 10000000") == "key ***, balance 10000000"


@pytest.mark.parametrize(
    "spell",
    [
        pytest.param(lambda part: " ".join(part), id="spaced"),
        pytest.param(lambda part: ", ".join(part), id="commas"),
        pytest.param(lambda part: "-".join(part), id="dashed"),
        pytest.param(lambda part: "".join(f"&#{ord(c)};" for c in part), id="html-decimal"),
        pytest.param(lambda part: "".join(f"&#X{ord(c):X};" for c in part), id="html-hex"),
        pytest.param(lambda part: "".join(f"\\u{ord(c):04X}" for c in part), id="json"),
        pytest.param(lambda part: "".join(f"%{ord(c):02x}" for c in part), id="url-every-byte"),
        pytest.param(lambda part: "\n".join(part), id="one-per-line"),
        pytest.param(lambda part: "\r\n".join(part), id="one-per-windows-line"),
        pytest.param(lambda part: " --- ".join(part), id="long-separators"),
        pytest.param(
            lambda part: "".join(c + " -,_./|"[i % 7] for i, c in enumerate(part))[:-1], id="mixed-separators"
        ),
        pytest.param(lambda part: json.dumps(list(part))[2:-2], id="json-list-of-characters"),
        pytest.param(
            lambda part: " ".join(c.upper() if i % 2 else c for i, c in enumerate(part)), id="mixed-case"
        ),
        pytest.param(lambda part: "".join(f"&#000{ord(c)};" for c in part), id="html-leading-zeros"),
        pytest.param(lambda part: "".join(f"&#{ord(c)}" for c in part), id="html-no-semicolon"),
        pytest.param(lambda part: "".join(f"&#x{ord(c):x}" for c in part), id="html-hex-no-semicolon"),
        pytest.param(
            lambda part: "".join(f"&#{ord(c)};" if i % 2 else c for i, c in enumerate(part)),
            id="html-mixed-plain",
        ),
        pytest.param(
            lambda part: "".join(f"\\u{ord(c):04x}" if i % 2 else c for i, c in enumerate(part)),
            id="json-mixed-plain",
        ),
        pytest.param(
            lambda part: "".join(f"%{ord(c):02x}" if c.isdigit() else c for c in part), id="url-some-bytes"
        ),
        pytest.param(lambda part: "".join(f"={ord(c):02X}" for c in part), id="quoted-printable"),
        pytest.param(
            lambda part: "".join(f"={ord(c):02X}" if i % 2 else c for i, c in enumerate(part)),
            id="quoted-printable-mixed",
        ),
        pytest.param(lambda part: "".join(f"\\x{ord(c):02x}" for c in part), id="c-escapes"),
        pytest.param(lambda part: "\x1b[1;31m".join(part), id="terminal-colours-between"),
        pytest.param(
            lambda part: " ".join(part[i : i + 5] for i in range(0, len(part), 5)), id="chunks-of-five"
        ),
    ],
)
def test_a_key_spelled_out_is_masked_whole_or_in_part(spell) -> None:
    key = fresh_secret()
    register_secret(key)
    for part in (key, key[:8], key[-7:]):
        # Words of 6 letters around: a shorter one may end in the character before the part.
        text = f"the server answered: {spell(part)} (apologies)"
        out = redact(text)
        assert out == "the server answered: *** (apologies)", (part, out)
        assert redact(out) == out


@pytest.mark.parametrize(
    "text",
    [
        "version 1.2.3.4.5.6 of the app",
        "a b c d e f g h",
        "prices: 1, 2, 3, 4, 5, 6",
        "caf&#233; &amp; th&#233; &#8212; 100%25 of &#x41;&#x42;&#x43;&#x44;&#x45;&#x46;",
        "\\u0048\\u0065\\u006c\\u006c\\u006f\\u0021 world",
        # What a log line, the report and the command line show every day.
        "check cursor_verify passed in 412 ms (model gpt-4o-mini-2024-07-18, 3 of 5 models)",
        "GET https://api.aimlapi.com/v1/models?page=2&q=a%20b%2Fc 200 OK",
        "app 1.4.2 on Python 3.11.7; Qt 6.7.1; build 2024.11.30",
        "/home/a b/.local/state/cursor-azure-setup/log/cursor-azure-setup.log.1",
        "C:\\Users\\ana\\AppData\\Local\\cursor-azure-setup\\a\\b\\c\\d\\e\\f",
        "sha256 3f9a1c0e4b7d2a6f8e5c1b3d7a9f0e2c4b6d8a1f3e5c7b9d0a2c4e6f8b1d3a5c",
        "balance: 10000000 credits ($12.50); 1 2 3 4 5 6 7 8 9",
        "2025-01-02 12:30:45,123 INFO t [MainThread]: timeout=30 retries=3 ratio=0.75 code=4F",
        "a\nb\nc\nd\ne\nf\n",
        "\x1b[1;31merror\x1b[0m: the key was refused",
    ],
)
def test_text_spelled_out_that_is_no_key_is_left_alone(text: str) -> None:
    register_secret(fresh_secret())
    register_secret(TEST_KEY)
    assert redact(text) == text


def test_only_the_spelled_out_key_is_masked_not_the_words_around_it() -> None:
    key = fresh_secret()
    register_secret(key)
    text = f"error 17: the key\n{chr(10).join(key[3:12])}\nwas refused (see a b c)"
    assert redact(text) == "error 17: the key\n***\nwas refused (see a b c)"
    mixed = "".join(f"%{ord(c):02x}" if i % 3 else c for i, c in enumerate(key))
    assert redact(f"GET /x?k={mixed}&page=2 401") == "GET /x?k=***&page=2 401"
