"""Settings on disk: atomic writes, bad files set aside with their content kept, never the key."""

from __future__ import annotations

import json
import os
import uuid
from pathlib import Path

import pytest

from app.core import settings_store
from app.core.model import NoticeLevel
from app.core.redact import register_secret
from app.core.settings_store import (
    MAX_SETTINGS_BYTES,
    SettingsError,
    load_settings,
    save_settings,
    settings_path,
)

GOOD = {
    "base_url": "https://api.aimlapi.com",
    "deployment": "google/gemini-2.5-pro",
    "alias": "aimlapi-gemini",
}


def folder_listing() -> list[str]:
    return sorted(p.name for p in settings_path().parent.iterdir())


def corrupt_copies() -> list[Path]:
    return sorted(settings_path().parent.glob("settings.json.corrupt-*"))


def test_settings_live_in_the_user_config_folder(isolated_home: Path) -> None:
    assert settings_path() == isolated_home / ".config" / "cursor-azure-setup" / "settings.json"


def test_no_file_means_empty_settings_and_no_notice() -> None:
    assert load_settings() == ({}, None)


def test_round_trip_and_no_temporary_files_left() -> None:
    save_settings(GOOD | {"timeout_s": 45})
    assert load_settings() == (GOOD | {"timeout_s": 45}, None)
    assert folder_listing() == ["settings.json"]
    # Readable by a person, UTF-8.
    assert json.loads(settings_path().read_text(encoding="utf-8"))["alias"] == "aimlapi-gemini"


def test_unknown_keys_from_a_newer_version_are_kept() -> None:
    save_settings(GOOD | {"future_option": {"nested": [1, 2]}})
    assert load_settings()[0]["future_option"] == {"nested": [1, 2]}


def test_a_crash_during_the_write_leaves_the_old_settings_whole(monkeypatch: pytest.MonkeyPatch) -> None:
    save_settings(GOOD)
    before = settings_path().read_bytes()

    def power_cut(src, dst):
        raise OSError(28, "No space left on device")

    real_replace = os.replace
    monkeypatch.setattr(settings_store.os, "replace", power_cut)
    try:
        with pytest.raises(SettingsError) as caught:
            save_settings(GOOD | {"alias": "changed"})
    finally:
        monkeypatch.setattr(settings_store.os, "replace", real_replace)
    assert str(settings_path()) in caught.value.message
    assert "No space left" in caught.value.message
    assert settings_path().read_bytes() == before
    assert folder_listing() == ["settings.json"]  # the temporary file was cleaned up


def test_the_new_content_is_written_to_a_temp_file_in_the_same_folder_then_renamed(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    seen: list[tuple[Path, Path, bytes]] = []
    real_replace = os.replace

    def spy(src, dst):
        seen.append((Path(src), Path(dst), Path(src).read_bytes()))
        real_replace(src, dst)

    monkeypatch.setattr(settings_store.os, "replace", spy)
    save_settings(GOOD)
    ((src, dst, content),) = seen
    assert src.parent == dst.parent == settings_path().parent
    assert dst == settings_path()
    assert json.loads(content) == GOOD


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b'{"base_url": "https://api.aimlapi.com",', "not valid JSON"),
        (b"\xff\xfe\x00garbage \x81\x82", "not UTF-8"),
        (b'["a", "list"]', "JSON object"),
        (b'{"base_url": 42}', "'base_url' has the wrong type"),
        (b'{"timeout_s": true}', "'timeout_s' has the wrong type"),
        (b"[" * 100_000, "not valid JSON"),
        (b'{"alias": "' + b"x" * (MAX_SETTINGS_BYTES + 10) + b'"}', "too large"),
    ],
    ids=["truncated-json", "non-utf8", "not-object", "wrong-type", "bool-timeout", "deep-nesting", "huge"],
)
def test_unusable_file_is_set_aside_with_a_notice_and_its_content_kept(content: bytes, reason: str) -> None:
    path = settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content)

    values, notice = load_settings()

    assert values == {}
    assert notice is not None and notice.level is NoticeLevel.WARNING
    assert reason in notice.message
    (aside,) = corrupt_copies()
    assert str(aside) in notice.message  # the notice names the file
    assert aside.read_bytes() == content  # nothing lost
    assert not path.exists()

    # Saving afterwards writes a fresh file and leaves the set-aside copy alone.
    save_settings(GOOD)
    assert load_settings() == (GOOD, None)
    assert aside.read_bytes() == content


def test_save_without_load_never_overwrites_a_corrupt_file() -> None:
    path = settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"{not json")
    save_settings(GOOD)
    (aside,) = corrupt_copies()
    assert aside.read_bytes() == b"{not json"
    assert load_settings() == (GOOD, None)


def test_two_corrupt_files_in_the_same_second_get_distinct_names() -> None:
    path = settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    for content in (b"{one", b"{two"):
        path.write_bytes(content)
        load_settings()
    assert sorted(p.read_bytes() for p in corrupt_copies()) == [b"{one", b"{two"]


def test_utf8_bom_from_notepad_is_accepted() -> None:
    path = settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"\xef\xbb\xbf" + json.dumps(GOOD).encode())
    assert load_settings() == (GOOD, None)


@pytest.mark.parametrize("name", ["api_key", "API-KEY", "apiKey", "key"])
def test_refuses_a_setting_named_like_the_key(name: str) -> None:
    with pytest.raises(SettingsError) as caught:
        save_settings(GOOD | {name: "whatever-value"})
    assert "keyring" in caught.value.message
    assert not settings_path().exists()


def test_refuses_any_value_that_is_the_registered_key() -> None:
    key = "sst" + uuid.uuid4().hex
    register_secret(key)
    save_settings(GOOD)
    before = settings_path().read_bytes()
    with pytest.raises(SettingsError) as caught:
        save_settings(GOOD | {"alias": key})
    assert key not in str(caught.value)
    with pytest.raises(SettingsError):
        save_settings(GOOD | {"notes": [f"my key is {key}"]})
    assert settings_path().read_bytes() == before


def test_a_key_put_in_the_file_by_hand_is_ignored_with_a_warning() -> None:
    path = settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(GOOD | {"api_key": "hand-written-secret-1234"}), encoding="utf-8")
    values, notice = load_settings()
    assert values == GOOD
    assert notice is not None and "api_key" in notice.message
    assert "hand-written-secret-1234" not in notice.message


def test_values_that_are_not_json_are_refused_cleanly() -> None:
    with pytest.raises(SettingsError):
        save_settings({"alias": object()})
    with pytest.raises(SettingsError):
        save_settings({"timeout_s": float("nan")})
    assert not settings_path().exists()


def test_unwritable_folder_gives_a_plain_error(isolated_home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = isolated_home / "blocker"
    blocker.write_text("a file where the config folder should be")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(blocker))
    with pytest.raises(SettingsError) as caught:
        save_settings(GOOD)
    assert "could not be saved" in caught.value.message and caught.value.fix
