"""Reading Cursor's settings from real state databases in WAL mode, in every shape we know of and
several we must survive, without ever changing a byte of them."""

from __future__ import annotations

import json
import os
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from app.core.cursor.settings import SETTING_NAMES, read_settings
from app.core.cursor.statedb import APP_USER_KEY
from app.core.model import ProblemCode
from tests.cursor_fixtures import (
    EXTRA_ROWS,
    PLANTED_KEY,
    app_user_04x,
    app_user_3x,
    build_state_db,
    build_state_db_with_wal,
    database_files,
    exclusive_lock,
    write_lock,
)


def db(tmp_path: Path, app_user, **kwargs) -> Path:
    return build_state_db(tmp_path / "User" / "globalStorage" / "state.vscdb", app_user, **kwargs)


def read_unchanged(path: Path):
    """Read, and prove the read left the folder and the database exactly as they were."""
    before_files = sorted(os.listdir(path.parent))
    before = database_files(path)
    settings = read_settings(path)
    assert database_files(path) == before
    after_files = sorted(os.listdir(path.parent))
    if f"{path.name}-wal" in before_files:
        # A -wal left without its index (after a crash): SQLite rebuilds the index (-shm) beside
        # it, as Cursor itself would on its next start. Nothing else may appear.
        after_files = [f for f in after_files if f != f"{path.name}-shm"]
        before_files = [f for f in before_files if f != f"{path.name}-shm"]
    assert after_files == before_files  # no -wal appeared
    return settings


def test_cursor_04x_row_with_only_azure_state(tmp_path: Path) -> None:
    path = db(tmp_path, app_user_04x("https://api.aimlapi.com/openai", "gemini-2.5-pro", True))

    s = read_unchanged(path)

    assert s.readable and s.problem is None
    assert (s.base_url, s.deployment, s.azure_enabled, s.key_set) == (
        "https://api.aimlapi.com/openai",
        "gemini-2.5-pro",
        True,
        True,
    )
    assert s.openai_override is False
    # That Cursor kept its model lists elsewhere: unknown, not empty.
    assert s.custom_models is None and s.enabled_models is None and s.chosen_models is None
    assert set(s.unknown) == {"custom_models", "enabled_models", "disabled_models", "chosen_models"}


def test_cursor_3x_row_with_ai_settings(tmp_path: Path) -> None:
    path = db(
        tmp_path,
        app_user_3x(
            "https://api.aimlapi.com",
            "google/gemini-2.5-pro",
            use_azure=False,
            custom=["aimlapi-gemini-2.5-pro", "mine"],
            enabled=["aimlapi-gemini-2.5-pro", "mine", "claude-4-sonnet"],
            disabled=["mine"],
            chosen="aimlapi-gemini-2.5-pro",
        ),
    )

    s = read_unchanged(path)

    assert (s.base_url, s.deployment, s.azure_enabled, s.key_set) == (
        "https://api.aimlapi.com",
        "google/gemini-2.5-pro",
        False,
        True,
    )
    assert s.custom_models == ("aimlapi-gemini-2.5-pro", "mine")
    assert s.switched_on("aimlapi-gemini-2.5-pro") is True
    assert s.switched_on("mine") is False  # enabled and disabled: disabled wins
    assert s.custom_switched_on() == ("aimlapi-gemini-2.5-pro",)
    assert s.chosen_models == {"composer": "aimlapi-gemini-2.5-pro", "cmd-k": "default"}
    assert s.unknown == ()


def test_no_azure_state_means_never_filled_in(tmp_path: Path) -> None:
    data = app_user_3x()
    del data["azureState"]
    rows = {k: v for k, v in EXTRA_ROWS.items() if "azure" not in k.lower()}
    s = read_unchanged(db(tmp_path, data, extra_rows=rows))
    assert (s.base_url, s.deployment, s.azure_enabled, s.key_set) == ("", "", False, False)
    assert s.unknown == ()


def test_openai_override_route(tmp_path: Path) -> None:
    on = read_settings(
        db(tmp_path / "a", app_user_3x(use_openai_key=True, openai_base_url="https://x.example/v1"))
    )
    key_only = read_settings(db(tmp_path / "b", app_user_3x(use_openai_key=True, openai_base_url="")))
    assert (on.openai_override, on.openai_base_url) == (True, "https://x.example/v1")
    assert key_only.openai_override is False


@pytest.mark.parametrize("as_blob", [False, True])
def test_value_as_text_or_blob(tmp_path: Path, as_blob: bool) -> None:
    s = read_unchanged(
        db(tmp_path, app_user_3x("https://api.aimlapi.com", "google/gemini-2.5-pro"), as_blob=as_blob)
    )
    assert s.readable and s.deployment == "google/gemini-2.5-pro"


def test_blob_with_a_byte_order_mark(tmp_path: Path) -> None:
    raw = "\ufeff".encode() + json.dumps(app_user_04x()).encode()
    assert read_settings(db(tmp_path, raw)).readable


def test_committed_settings_still_in_the_wal_file_are_read(tmp_path: Path) -> None:
    path = build_state_db_with_wal(tmp_path / "state.vscdb", app_user_04x(deployment="from-the-wal"))
    assert Path(str(path) + "-wal").stat().st_size > 0

    s = read_unchanged(path)

    assert s.deployment == "from-the-wal"


# --- unknown types: never guessed --------------------------------------------------------------


def test_fields_of_unexpected_types_are_unknown(tmp_path: Path) -> None:
    data = {
        "azureState": {"useAzure": "yes", "baseUrl": 42, "deployment": ["x"], "apiKey": {"v": 1}},
        "useOpenAIKey": 1,
        "aiSettings": {"userAddedModels": "aimlapi", "modelOverrideEnabled": [1, 2], "modelConfig": []},
    }
    s = read_unchanged(db(tmp_path, data))
    assert s.readable
    for name in ("base_url", "deployment", "azure_enabled", "key_set", "openai_override", "custom_models"):
        assert getattr(s, name) is None and name in s.unknown
    assert s.enabled_models is None and s.chosen_models is None
    assert s.disabled_models == ()  # absent: none switched off
    assert s.switched_on("x") is None and s.custom_switched_on() is None
    assert s.to_json()["unknown"] == [n for n in SETTING_NAMES if n in s.unknown]


def test_azure_state_that_is_not_an_object(tmp_path: Path) -> None:
    s = read_settings(db(tmp_path, {"azureState": "on", "aiSettings": {}}))
    assert s.readable and s.base_url is None and s.key_set is None and s.custom_models == ()


def test_empty_key_with_an_encrypted_key_row_is_unknown(tmp_path: Path) -> None:
    # EXTRA_ROWS holds secret://cursorAuth/azureApiKey: this Cursor may keep the key there.
    s = read_settings(db(tmp_path, app_user_04x(api_key="")))
    assert s.key_set is None and s.key_rows == ("secret://cursorAuth/azureApiKey",)


def test_empty_key_and_no_key_row_is_no_key(tmp_path: Path) -> None:
    rows = {k: v for k, v in EXTRA_ROWS.items() if "azure" not in k.lower()}
    s = read_settings(db(tmp_path, app_user_04x(api_key="   "), extra_rows=rows))
    assert s.key_set is False


# --- could not read: a clear answer, never a crash, nothing changed ------------------------------


def assert_unreadable(settings, code: ProblemCode = ProblemCode.CURSOR_SETTINGS_UNREADABLE) -> None:
    assert not settings.readable
    assert settings.problem.code is code
    assert settings.problem.message and settings.problem.fix
    assert all(getattr(settings, name) is None for name in SETTING_NAMES)
    assert settings.unknown == SETTING_NAMES


@pytest.mark.parametrize(
    "value",
    [
        "{not json",
        "",
        "null",
        "[1, 2, 3]",
        '"text"',
        b"\xff\xfe\xfd garbage",
        json.dumps(app_user_04x())[:-3],
    ],
)
def test_garbage_values(tmp_path: Path, value) -> None:
    s = read_unchanged(db(tmp_path, value))
    assert_unreadable(s)
    assert "Could not read Cursor's settings" in s.problem.message or "recognise" in s.problem.message


def test_missing_row(tmp_path: Path) -> None:
    s = read_unchanged(db(tmp_path, None))
    assert_unreadable(s)
    assert "not saved" in s.problem.message


def test_missing_file(tmp_path: Path) -> None:
    assert_unreadable(read_settings(tmp_path / "nowhere" / "state.vscdb"), ProblemCode.CURSOR_NOT_FOUND)


def test_not_a_database(tmp_path: Path) -> None:
    path = tmp_path / "state.vscdb"
    path.write_bytes(b"this is not sqlite at all" * 100)
    s = read_unchanged(path)
    assert_unreadable(s)
    assert "damaged" in s.problem.message


@pytest.mark.parametrize(
    "schema",
    [
        "CREATE TABLE ItemTable (key TEXT PRIMARY KEY, val TEXT)",
        "CREATE TABLE ItemTable (key TEXT, value BLOB, updated INTEGER)",
        "CREATE TABLE Items (key TEXT, value BLOB)",
    ],
)
def test_changed_schema(tmp_path: Path, schema: str) -> None:
    s = read_unchanged(db(tmp_path, app_user_04x(), schema=schema))
    assert_unreadable(s)
    assert "recognise" in s.problem.message


def test_a_null_value(tmp_path: Path) -> None:
    path = db(tmp_path, app_user_04x())
    with closing(sqlite3.connect(path)) as conn, conn:
        conn.execute("UPDATE ItemTable SET value = NULL WHERE key = ?", (APP_USER_KEY,))
    assert_unreadable(read_settings(path))


def test_a_writer_in_the_middle_of_a_transaction_does_not_stop_reading(tmp_path: Path) -> None:
    path = db(tmp_path, app_user_04x(deployment="committed"))
    with write_lock(path):
        s = read_settings(path)
    assert s.readable and s.deployment == "committed"


def test_an_exclusive_lock_gives_could_not_read(tmp_path: Path) -> None:
    path = db(tmp_path, app_user_04x())
    with exclusive_lock(path):
        s = read_settings(path, busy_timeout_s=0.2)
    assert_unreadable(s)
    assert "locked" in s.problem.message


def test_unreadable_file_permissions(tmp_path: Path) -> None:
    if os.geteuid() == 0:
        pytest.skip("root reads any file")
    path = db(tmp_path, app_user_04x())
    path.chmod(0o000)
    try:
        assert_unreadable(read_settings(path))
    finally:
        path.chmod(0o600)


def test_the_key_never_leaves_the_reader(tmp_path: Path) -> None:
    data = app_user_3x(base_url=f"https://api.aimlapi.com/{PLANTED_KEY}", deployment=PLANTED_KEY)
    data["openAIBaseUrl"] = f"https://user:{PLANTED_KEY}@proxy.example/v1"
    data["aiSettings"]["userAddedModels"].append(PLANTED_KEY)
    s = read_settings(db(tmp_path, data))
    text = json.dumps(s.to_json()) + repr(s)
    assert PLANTED_KEY not in text
    assert s.key_set is True
    assert "proxy.example" in (s.openai_base_url or "") and "user:" not in (s.openai_base_url or "")


def test_absurdly_deep_json(tmp_path: Path) -> None:
    # An object nested deeper than Python's stack: the parser gives up, we must not crash.
    deep = '{"a":' * 200_000 + "1" + "}" * 200_000
    s = read_settings(db(tmp_path, deep))
    assert_unreadable(s)
    assert "not valid JSON" in s.problem.detail
