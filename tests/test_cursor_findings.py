"""Comparing what Cursor has with the proved values: every finding id, in order, and the cases
teammates actually report."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from app.core.cursor.findings import FINDING_IDS, FindingStatus, Target, cursor_base, diagnose
from app.core.cursor.settings import CursorSettings, read_settings
from app.core.cursor.status import status_of
from tests.cursor_fixtures import GOOD, TARGET, applied_3x, build_state_db, fake_cursor


def finding(settings: CursorSettings, finding_id: str, target: Target = TARGET, **kwargs):
    return next(f for f in diagnose(settings, target, **kwargs) if f.id == finding_id)


def with_(**changes) -> CursorSettings:
    return dataclasses.replace(GOOD, **changes)


def test_all_good_in_order() -> None:
    found = diagnose(GOOD, TARGET)
    assert [f.id for f in found] == list(FINDING_IDS)
    assert all(f.status is FindingStatus.PASS for f in found), [f for f in found if f.status != "pass"]
    assert all(f.message for f in found)


def test_from_a_real_database(tmp_path: Path) -> None:
    path = build_state_db(tmp_path / "state.vscdb", applied_3x())
    assert all(f.status is FindingStatus.PASS for f in diagnose(read_settings(path), TARGET))


# --- base_url ----------------------------------------------------------------------------------


def test_cursor_builds_the_base_like_cursor() -> None:
    assert cursor_base(" api.aimlapi.com/ ") == "https://api.aimlapi.com"
    assert cursor_base("https://api.aimlapi.com//") == "https://api.aimlapi.com/"
    assert cursor_base("http://api.aimlapi.com") == "https://http://api.aimlapi.com"


@pytest.mark.parametrize(
    "value", ["https://api.aimlapi.com", "https://api.aimlapi.com/", " api.aimlapi.com "]
)
def test_base_url_forms_cursor_accepts(value: str) -> None:
    assert finding(with_(base_url=value), "base_url").status is FindingStatus.PASS


@pytest.mark.parametrize(
    ("value", "words"),
    [
        ("https://api.aimlapi.com/openai", "/openai"),
        ("https://api.aimlapi.com/openai/", "/openai"),
        ("https://api.aimlapi.com/v1", "more after the address"),
        (
            "https://api.aimlapi.com/openai/deployments/google/gemini-2.5-pro/chat/completions?api-version=x",
            "more after the address",
        ),
        ("https://other-gateway.example.com", "other-gateway.example.com"),
        ("http://api.aimlapi.com", "http://"),
        ("not a url at all", "not a web address"),
        ("", "no Base URL"),
    ],
)
def test_base_url_problems(value: str, words: str) -> None:
    found = finding(with_(base_url=value), "base_url")
    assert found.status is FindingStatus.FAIL
    assert words in found.message
    assert TARGET.base_url in found.fix and found.fixed_by_apply


def test_base_url_unknown() -> None:
    assert finding(with_(base_url=None), "base_url").status is FindingStatus.UNKNOWN


def test_simulator_base_url_matches_itself() -> None:
    target = Target("http://127.0.0.1:8765", TARGET.deployment, TARGET.alias)
    assert finding(with_(base_url="http://127.0.0.1:8765"), "base_url", target).status is FindingStatus.PASS


# --- deployment --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "status", "words"),
    [
        ("google/gemini-2.5-pro", FindingStatus.PASS, "is google/gemini-2.5-pro"),
        (" google/gemini-2.5-pro ", FindingStatus.WARN, "spaces"),
        ("", FindingStatus.FAIL, "no Deployment Name"),
        ("gemini-2.5-pro", FindingStatus.FAIL, "short name"),
        ("google%2Fgemini-2.5-pro", FindingStatus.FAIL, "code in place of the slash"),
        ("Google/Gemini-2.5-Pro", FindingStatus.FAIL, "capital"),
        ("gpt-4o", FindingStatus.FAIL, "short name"),  # a built-in Cursor name typed as deployment
        ("openai/gpt-4o", FindingStatus.FAIL, "set up here is google/gemini-2.5-pro"),
    ],
)
def test_deployment(value: str, status: FindingStatus, words: str) -> None:
    found = finding(with_(deployment=value), "deployment")
    assert found.status is status
    assert words in found.message


def test_deployment_alias_from_the_catalog() -> None:
    catalog = {
        "google/gemini-2.5-pro": ["gemini-pro-latest"],
        "anthropic/claude-sonnet-4": ["claude-sonnet-4"],
    }
    mine = finding(with_(deployment="gemini-pro-latest"), "deployment", catalog=catalog)
    other = finding(with_(deployment="claude-sonnet-4"), "deployment", catalog=catalog)
    assert mine.status is other.status is FindingStatus.FAIL
    assert "short name" in mine.message
    assert "anthropic/claude-sonnet-4" in other.message


# --- the switch, the key -----------------------------------------------------------------------


def test_azure_switch() -> None:
    off = finding(with_(azure_enabled=False), "azure_switch")
    assert off.status is FindingStatus.FAIL and "Verify" in off.fix and not off.fixed_by_apply
    assert finding(with_(azure_enabled=None), "azure_switch").status is FindingStatus.UNKNOWN


def test_api_key() -> None:
    missing = finding(with_(key_set=False), "api_key")
    assert missing.status is FindingStatus.FAIL and "API Key" in missing.fix and not missing.fixed_by_apply
    maybe = finding(with_(key_set=None, key_rows=("secret://cursorAuth/azureApiKey",)), "api_key")
    assert maybe.status is FindingStatus.UNKNOWN and "encrypted" in maybe.message


# --- the alias ---------------------------------------------------------------------------------


def test_alias_not_added_and_not_on() -> None:
    s = with_(custom_models=("other",), enabled_models=("other",))
    added, enabled = finding(s, "alias_added"), finding(s, "alias_enabled")
    assert added.status is enabled.status is FindingStatus.FAIL
    assert added.fixed_by_apply and enabled.fixed_by_apply
    assert "not in Cursor's list" in added.message


def test_alias_switched_off() -> None:
    found = finding(with_(disabled_models=(TARGET.alias,)), "alias_enabled")
    assert found.status is FindingStatus.FAIL and "switched off" in found.message


def test_alias_added_but_not_on() -> None:
    found = finding(with_(enabled_models=()), "alias_enabled")
    assert found.status is FindingStatus.FAIL and "not switched on" in found.message


def test_alias_colliding_with_a_built_in_name() -> None:
    target = Target(TARGET.base_url, "openai/gpt-4o", "gpt-4o")
    not_added = finding(with_(custom_models=()), "alias_added", target)
    added = finding(with_(custom_models=("gpt-4o",)), "alias_added", target)
    assert not_added.status is FindingStatus.FAIL and added.status is FindingStatus.WARN
    assert "built into Cursor" in not_added.message
    assert "aimlapi-gpt-4o" in not_added.fix and not not_added.fixed_by_apply


def test_alias_unknown_when_lists_are_unknown() -> None:
    s = with_(custom_models=None, enabled_models=None)
    assert finding(s, "alias_added").status is FindingStatus.UNKNOWN
    assert finding(s, "alias_enabled").status is FindingStatus.UNKNOWN
    assert finding(s, "other_custom_models").status is FindingStatus.UNKNOWN


def test_other_custom_models_switched_on() -> None:
    s = with_(
        custom_models=(TARGET.alias, "gpt-4o-mine", "off-one"),
        enabled_models=(TARGET.alias, "gpt-4o-mine", "off-one"),
        disabled_models=("off-one",),
    )
    found = finding(s, "other_custom_models")
    assert found.status is FindingStatus.WARN
    assert "gpt-4o-mine" in found.message and "off-one" not in found.message
    # Built-in models switched on are not custom ones: no warning for them.
    assert finding(GOOD, "other_custom_models").status is FindingStatus.PASS


def test_openai_override() -> None:
    on = finding(with_(openai_override=True, openai_base_url="https://proxy.example/v1"), "openai_override")
    assert on.status is FindingStatus.FAIL
    assert "Agent" in on.message and "proxy.example" in on.message and "Azure OpenAI" in on.fix
    assert finding(with_(openai_override=None), "openai_override").status is FindingStatus.UNKNOWN


def test_unreadable_settings_make_every_finding_unknown(tmp_path: Path) -> None:
    s = read_settings(build_state_db(tmp_path / "state.vscdb", "{broken"))
    found = diagnose(s, TARGET)
    assert [f.id for f in found] == list(FINDING_IDS)
    assert {f.status for f in found} == {FindingStatus.UNKNOWN}
    assert all("Could not read Cursor's settings" in f.message for f in found)


# --- the status JSON ---------------------------------------------------------------------------


def test_status_json_shape(tmp_path: Path) -> None:
    install = fake_cursor(tmp_path)
    out = status_of(install, TARGET).to_json()
    assert {"found", "version", "running", "data_dir", "settings", "findings"} <= set(out)
    assert {
        "base_url",
        "deployment",
        "azure_enabled",
        "key_set",
        "openai_override",
        "custom_models",
        "enabled_models",
    } <= set(out["settings"])
    assert [f["id"] for f in out["findings"]] == list(FINDING_IDS)
    for f in out["findings"]:
        assert {"id", "status", "message", "fix"} <= set(f)
        assert f["status"] in ("pass", "warn", "fail", "unknown")
    assert (out["found"], out["version"], out["running"]) == (True, "3.18.0", False)
    assert out["ok"] is False and out["problem"] is None


def test_status_when_cursor_is_not_there(tmp_path: Path) -> None:
    install = fake_cursor(tmp_path)
    install.state_db.unlink()
    out = status_of(install, TARGET).to_json()
    assert out["problem"]["code"] == "cursor_not_found"
    assert {f["status"] for f in out["findings"]} == {"unknown"}
    assert out["ok"] is False
