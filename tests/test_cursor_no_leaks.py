"""The key Cursor keeps never leaves Cursor's side: planted in ``azureState.apiKey`` and in
``cursorAuth/...`` rows, it must not appear in any result, JSON, repr, exception, log record or file
this tool writes (the backups of Cursor's own database excepted: byte-exact copies, kept beside it
in Cursor's own folder; tests/test_no_leaks.py checks that no other file holds the key)."""

from __future__ import annotations

import json
import logging
import traceback
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from app.core.cursor import (
    apply_to_cursor,
    diagnose,
    list_backups,
    read_settings,
    restore_backup,
    status_of,
    traffic_verdict,
)
from app.core.cursor.apply import Outcome
from app.core.cursor.problems import CursorError
from app.core.cursor.settings import settings_from_state
from app.core.cursor.statedb import read_state
from tests.cursor_fixtures import (
    PLANTED_SECRETS,
    TARGET,
    app_user_04x,
    app_user_3x,
    fake_cursor,
    process_table,
    running_program,
    write_lock,
)


def pieces(secret: str) -> list[str]:
    """The secret and any 12-character run of it: a part of a key is a leak too."""
    return [secret] + [secret[i : i + 12] for i in range(0, len(secret) - 11, 4)]


def assert_clean(text: str, where: str) -> None:
    for secret in PLANTED_SECRETS:
        for piece in pieces(secret):
            assert piece not in text, f"a piece of a planted key appeared in {where}"


def exception_text(exc: BaseException) -> str:
    """Everything an exception could show: message, repr, problem, and its whole chain."""
    parts = []
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        parts += [str(current), repr(current), repr(getattr(current, "problem", None)), repr(vars(current))]
        parts += [repr(a) for a in current.args]
        current = current.__cause__ or current.__context__
    parts.append("".join(traceback.format_exception(exc)))
    return "\n".join(parts)


def dumps(value: Any) -> str:
    return json.dumps(value.to_json() if hasattr(value, "to_json") else value, ensure_ascii=False) + repr(
        value
    )


@pytest.fixture
def logs(caplog: pytest.LogCaptureFixture) -> Iterator[pytest.LogCaptureFixture]:
    caplog.set_level(logging.DEBUG)
    yield caplog
    assert_clean(caplog.text, "the log")
    for record in caplog.records:
        assert_clean(str(record.args) + str(record.exc_text), "a log record")


def test_every_output_of_a_full_round(tmp_path: Path, logs: pytest.LogCaptureFixture) -> None:
    install = fake_cursor(tmp_path, app_user_3x(base_url="https://api.aimlapi.com/openai"))
    root = tmp_path / "backups"
    outputs = [
        install,
        read_settings(install.state_db),
        status_of(install, TARGET),
        apply_to_cursor(install, TARGET, dry_run=True, backups_root=root),
        apply_to_cursor(install, TARGET, backups_root=root),
        apply_to_cursor(install, TARGET, backups_root=root),  # unchanged
        restore_backup(install, backups_root=root),
        traffic_verdict(
            [],
            TARGET,
            datetime.now(UTC),
            settings=read_settings(install.state_db),
        ),
    ]
    outputs += diagnose(read_settings(install.state_db), TARGET)
    outputs += list_backups(install, root)
    for output in outputs:
        assert_clean(dumps(output), type(output).__name__)
    # Files we write ourselves: the backups' descriptions (the copies are Cursor's own bytes).
    for meta in root.rglob("backup.json"):
        assert_clean(meta.read_text(encoding="utf-8"), str(meta))


@pytest.mark.parametrize(
    "app_user",
    [
        # Damaged JSON whose text still holds the key: the JSON error keeps the whole document.
        '{"azureState":{"apiKey":"' + PLANTED_SECRETS[0] + '","baseUrl":',
        ("\xff" + PLANTED_SECRETS[0]).encode("latin-1"),  # not UTF-8: the error keeps the bytes
        '["' + PLANTED_SECRETS[0] + '"]',
        {"azureState": {"apiKey": PLANTED_SECRETS[0], "baseUrl": 7}},
        # The key pasted into the wrong fields: it shows in "before" values and messages.
        app_user_3x(
            base_url=PLANTED_SECRETS[0], deployment=f"x/{PLANTED_SECRETS[0]}", custom=[PLANTED_SECRETS[0]]
        ),
        {"azureState": {"apiKey": PLANTED_SECRETS[0]}, "aiSettings": {"userAddedModels": PLANTED_SECRETS[0]}},
    ],
)
def test_failure_paths(tmp_path: Path, logs: pytest.LogCaptureFixture, app_user: Any) -> None:
    install = fake_cursor(tmp_path, app_user, as_blob=isinstance(app_user, bytes))
    assert_clean(dumps(read_settings(install.state_db)), "the settings read")
    assert_clean(dumps(status_of(install, TARGET)), "the status")
    dry = apply_to_cursor(install, TARGET, dry_run=True, backups_root=tmp_path / "backups")
    assert_clean(dumps(dry), "the dry run")
    result = apply_to_cursor(install, TARGET, backups_root=tmp_path / "backups")
    assert result.outcome is Outcome.REFUSED or result.outcome is Outcome.APPLIED
    assert_clean(dumps(result), "the apply result")
    try:
        settings_from_state(read_state(install.state_db))
    except CursorError as exc:
        assert_clean(exception_text(exc), "the exception")


def test_refusals(tmp_path: Path, logs: pytest.LogCaptureFixture) -> None:
    install = fake_cursor(tmp_path, app_user_04x(), proc=process_table())
    with running_program(tmp_path / "bin", "cursor"):
        assert_clean(dumps(apply_to_cursor(install, TARGET, backups_root=tmp_path / "b")), "refused: running")
        assert_clean(dumps(restore_backup(install, backups_root=tmp_path / "b")), "refused: running")
    with write_lock(install.state_db):
        busy = apply_to_cursor(install, TARGET, backups_root=tmp_path / "b", busy_timeout_s=0.1)
    assert busy.problem is not None
    assert_clean(dumps(busy), "refused: busy")
