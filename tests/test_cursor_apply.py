"""Apply to Cursor and Restore, on real WAL databases: what changes, what must not, the refusals
(Cursor running, locked, damaged, another shape), the backups, and the read-back."""

from __future__ import annotations

import contextlib
import dataclasses
import json
import os
import sqlite3
import stat
import subprocess
from contextlib import closing
from pathlib import Path

import pytest

from app.core.cursor import backups
from app.core.cursor.apply import (
    Outcome,
    apply_to_cursor,
    dump_settings,
    list_backups,
    plan_changes,
    restore_backup,
)
from app.core.cursor.findings import Target
from app.core.cursor.install import CursorInstall, find_cursor, running_now
from app.core.cursor.platforms import Platform, Roots
from app.core.cursor.processes import ProcessScan
from app.core.cursor.statedb import APP_USER_KEY
from app.core.model import ProblemCode
from tests.cursor_fixtures import (
    PLANTED_KEY,
    TARGET,
    all_rows,
    app_user_04x,
    app_user_3x,
    app_user_of,
    applied_3x,
    build_state_db_with_wal,
    database_files,
    exclusive_lock,
    fake_cursor,
    process_table,
    running_program,
    write_lock,
)

# The parts of the settings object Apply may change; everything else must stay as it was.
TOUCHED = {("azureState", "baseUrl"), ("azureState", "deployment")} | {
    ("aiSettings", k) for k in ("userAddedModels", "modelOverrideEnabled", "modelOverrideDisabled")
}


def untouched_part(data: dict) -> dict:
    copy = json.loads(json.dumps(data))
    for outer, inner in TOUCHED:
        if isinstance(copy.get(outer), dict):
            copy[outer].pop(inner, None)
    return copy


def other_rows(db_path: Path) -> dict:
    rows = all_rows(db_path)
    rows["ItemTable"] = {k: v for k, v in rows["ItemTable"].items() if k != APP_USER_KEY}
    return rows


def apply(install: CursorInstall, tmp_path: Path, target: Target = TARGET, **kwargs):
    return apply_to_cursor(install, target, backups_root=tmp_path / "backups", **kwargs)


# --- the happy path ----------------------------------------------------------------------------


def test_apply_to_a_3x_cursor(tmp_path: Path) -> None:
    install = fake_cursor(
        tmp_path, app_user_3x(base_url="https://api.aimlapi.com/openai", deployment="gemini-2.5-pro")
    )
    before_obj = app_user_of(install.state_db)
    before_rows = other_rows(install.state_db)
    before_files = database_files(install.state_db)

    result = apply(install, tmp_path)

    assert result.outcome is Outcome.APPLIED and result.ok and result.problem is None
    after = app_user_of(install.state_db)
    assert after["azureState"]["baseUrl"] == TARGET.base_url
    assert after["azureState"]["deployment"] == TARGET.deployment
    assert after["aiSettings"]["userAddedModels"] == ["my-old-model", TARGET.alias]
    assert after["aiSettings"]["modelOverrideEnabled"] == ["claude-4-sonnet", "my-old-model", TARGET.alias]
    assert after["aiSettings"]["modelOverrideDisabled"] == ["gpt-4o"]
    # Never the key, never the switch: both exactly as they were.
    assert after["azureState"]["apiKey"] == PLANTED_KEY
    assert after["azureState"]["useAzure"] is False
    # Everything else in the object, and every other row of every table, byte for byte.
    assert untouched_part(after) == untouched_part(before_obj)
    assert other_rows(install.state_db) == before_rows
    # The backup holds the database as it was.
    assert result.backup is not None
    assert (result.backup.folder / "state.vscdb").read_bytes() == before_files["state.vscdb"]
    # Read back and diagnosed: what is left is Cursor's own part.
    left = {f.id for f in result.remaining()}
    assert {"base_url", "deployment", "alias_added", "alias_enabled"}.isdisjoint(left)
    assert "azure_switch" in left
    assert [c.field for c in result.changes] == ["base_url", "deployment", "custom_models", "enabled_models"]


def test_apply_keeps_the_value_a_blob(tmp_path: Path) -> None:
    install = fake_cursor(tmp_path, app_user_3x(), as_blob=True)
    assert apply(install, tmp_path).outcome is Outcome.APPLIED
    storage, raw = all_rows(install.state_db)["ItemTable"][APP_USER_KEY]
    assert storage == "blob"
    assert json.loads(raw)["azureState"]["deployment"] == TARGET.deployment


def test_apply_keeps_the_value_text(tmp_path: Path) -> None:
    install = fake_cursor(tmp_path, app_user_3x())
    assert apply(install, tmp_path).outcome is Outcome.APPLIED
    assert all_rows(install.state_db)["ItemTable"][APP_USER_KEY][0] == "text"


def test_apply_switches_the_alias_back_on(tmp_path: Path) -> None:
    data = app_user_3x(custom=[TARGET.alias], enabled=[], disabled=[TARGET.alias, "gpt-4o", TARGET.alias])
    install = fake_cursor(tmp_path, data)
    apply(install, tmp_path)
    ai = app_user_of(install.state_db)["aiSettings"]
    assert ai["userAddedModels"] == [TARGET.alias]
    assert ai["modelOverrideEnabled"] == [TARGET.alias]
    assert ai["modelOverrideDisabled"] == ["gpt-4o"]


def test_apply_to_a_cursor_without_azure_state(tmp_path: Path) -> None:
    data = app_user_3x()
    del data["azureState"]
    install = fake_cursor(tmp_path, data)
    assert apply(install, tmp_path).outcome is Outcome.APPLIED
    assert app_user_of(install.state_db)["azureState"] == {
        "baseUrl": TARGET.base_url,
        "deployment": TARGET.deployment,
    }


def test_apply_to_a_04x_cursor_leaves_its_model_list_to_cursor(tmp_path: Path) -> None:
    install = fake_cursor(tmp_path, app_user_04x())
    result = apply(install, tmp_path)
    assert result.outcome is Outcome.APPLIED
    after = app_user_of(install.state_db)
    assert "aiSettings" not in after
    assert after["azureState"] == {
        "useAzure": False,
        "baseUrl": TARGET.base_url,
        "deployment": TARGET.deployment,
        "apiKey": PLANTED_KEY,
    }
    assert any("Add Custom Model" in note for note in result.notes)


def test_apply_over_settings_still_in_the_wal(tmp_path: Path) -> None:
    data_dir = tmp_path / "User"
    build_state_db_with_wal(data_dir / "globalStorage" / "state.vscdb", app_user_3x(deployment="in-the-wal"))
    roots = Roots(home=tmp_path, proc=tmp_path / "no-proc", appimage_dirs=())
    (tmp_path / "no-proc").mkdir()
    install = find_cursor(data_dir=data_dir, platform=Platform.LINUX, roots=roots, env={})

    result = apply(install, tmp_path)

    assert result.outcome is Outcome.APPLIED
    assert {name for name, _ in result.backup.files} >= {"state.vscdb", "state.vscdb-wal"}
    assert app_user_of(install.state_db)["azureState"]["deployment"] == TARGET.deployment


def test_nothing_to_change(tmp_path: Path) -> None:
    install = fake_cursor(tmp_path, applied_3x())
    before = database_files(install.state_db)
    result = apply(install, tmp_path)
    assert result.outcome is Outcome.UNCHANGED and result.ok and result.changes == ()
    assert database_files(install.state_db) == before
    assert list_backups(install, tmp_path / "backups") == []
    assert result.findings and all(f.status == "pass" for f in result.findings)


def test_dry_run_says_what_would_change_and_writes_nothing(tmp_path: Path) -> None:
    install = fake_cursor(
        tmp_path, app_user_3x(base_url="https://api.aimlapi.com/openai", deployment="gemini-2.5-pro")
    )
    before = database_files(install.state_db)

    result = apply(install, tmp_path, dry_run=True)

    assert result.outcome is Outcome.DRY_RUN and result.ok
    assert database_files(install.state_db) == before
    assert list_backups(install, tmp_path / "backups") == []
    changes = {c.field: (c.before, c.after) for c in result.changes}
    assert changes["base_url"] == ("https://api.aimlapi.com/openai", TARGET.base_url)
    assert changes["deployment"] == ("gemini-2.5-pro", TARGET.deployment)
    assert changes["custom_models"] == (["my-old-model"], ["my-old-model", TARGET.alias])
    out = result.to_json()
    assert out["outcome"] == "dry_run" and out["changes"][0]["label"] == "Base URL"


def test_plan_is_pure_and_serialises_like_cursor() -> None:
    data = app_user_3x()
    snapshot = json.dumps(data)
    new, changes, _ = plan_changes(data, TARGET)
    assert json.dumps(data) == snapshot
    assert changes and json.loads(dump_settings(new)) == new
    assert "Grüße ✓" in dump_settings(new)  # characters as they are, like JSON.stringify
    lone = dump_settings({"text": "\ud800"})
    assert json.loads(lone) == {"text": "\ud800"}


# --- refusals: nothing written, byte for byte ----------------------------------------------------


def test_refuses_while_cursor_runs(tmp_path: Path) -> None:
    install = fake_cursor(tmp_path, app_user_3x(), proc=process_table())
    before = database_files(install.state_db)
    with running_program(tmp_path / "bin", "cursor") as process:
        result = apply(install, tmp_path)
        dry = apply(install, tmp_path, dry_run=True)

    assert result.outcome is Outcome.REFUSED and not result.ok
    assert result.problem.code is ProblemCode.CURSOR_RUNNING
    assert "Quit Cursor" in result.problem.fix and str(process.pid) in result.problem.detail
    assert result.cursor_running is True
    assert database_files(install.state_db) == before
    assert list_backups(install, tmp_path / "backups") == []
    # The dry run still says what would change, and that Cursor must be quit first.
    assert dry.outcome is Outcome.DRY_RUN and any("quit" in n for n in dry.notes)
    # Once Cursor has quit, the same Apply goes through.
    assert apply(install, tmp_path).outcome is Outcome.APPLIED


def test_refuses_when_it_cannot_tell_whether_cursor_runs(tmp_path: Path) -> None:
    install = fake_cursor(tmp_path, app_user_3x(), proc=tmp_path / "no-such-proc")
    before = database_files(install.state_db)
    result = apply(install, tmp_path)
    assert result.problem.code is ProblemCode.CURSOR_RUNNING and result.cursor_running is None
    assert database_files(install.state_db) == before


def test_locked_database(tmp_path: Path) -> None:
    install = fake_cursor(tmp_path, app_user_3x())
    before_rows = all_rows(install.state_db)
    with write_lock(install.state_db):
        before = database_files(install.state_db)
        result = apply(install, tmp_path, busy_timeout_s=0.2)
        assert database_files(install.state_db) == before
    assert result.outcome is Outcome.REFUSED
    assert result.problem.code is ProblemCode.CURSOR_BUSY
    assert "nothing was changed" in result.problem.message
    assert all_rows(install.state_db) == before_rows
    assert list_backups(install, tmp_path / "backups") == []  # nothing changed, nothing to restore


def test_exclusively_locked_database(tmp_path: Path) -> None:
    install = fake_cursor(tmp_path, app_user_3x())
    with exclusive_lock(install.state_db):
        before = database_files(install.state_db)
        result = apply(install, tmp_path, busy_timeout_s=0.2)
        assert database_files(install.state_db) == before
    assert result.problem.code is ProblemCode.CURSOR_SETTINGS_UNREADABLE
    assert "locked" in result.problem.message


@pytest.mark.parametrize(
    ("app_user", "schema", "words"),
    [
        ("{garbage", None, "damaged"),
        ("[1, 2]", None, "recognise"),
        (None, None, "not saved"),
        ({"azureState": "on"}, None, "azureState"),
        ({"azureState": {"baseUrl": 7}}, None, "azureState.baseUrl"),
        ({"aiSettings": []}, None, "aiSettings"),
        ({"aiSettings": {"userAddedModels": "x"}}, None, "userAddedModels"),
        ({"aiSettings": {"modelOverrideDisabled": [1]}}, None, "modelOverrideDisabled"),
        (
            app_user_3x(),
            "CREATE TABLE ItemTable (key TEXT PRIMARY KEY, val TEXT, extra INTEGER)",
            "recognise",
        ),
    ],
)
def test_unreadable_or_unknown_shapes_write_nothing(tmp_path: Path, app_user, schema, words: str) -> None:
    kwargs = {"schema": schema} if schema else {}
    install = fake_cursor(tmp_path, app_user, no_row=app_user is None, **kwargs)
    before, before_rows = database_files(install.state_db), all_rows(install.state_db)

    result = apply(install, tmp_path)

    assert result.outcome is Outcome.REFUSED and not result.ok
    assert result.problem.code is ProblemCode.CURSOR_SETTINGS_UNREADABLE
    assert words in result.problem.message
    assert database_files(install.state_db) == before
    assert all_rows(install.state_db) == before_rows
    assert list_backups(install, tmp_path / "backups") == []


def test_missing_database(tmp_path: Path) -> None:
    install = fake_cursor(tmp_path)
    install.state_db.unlink()
    result = apply(install, tmp_path)
    assert result.problem.code is ProblemCode.CURSOR_NOT_FOUND
    assert not install.state_db.exists()


@pytest.mark.parametrize(
    ("target", "field"),
    [
        (Target("https://api.aimlapi.com/openai", TARGET.deployment, TARGET.alias), "Base URL"),
        (Target("http://api.aimlapi.com", TARGET.deployment, TARGET.alias), "https"),
        (Target(TARGET.base_url, "google/gemini 2.5", TARGET.alias), "no spaces"),
        (Target(TARGET.base_url, TARGET.deployment, ""), "alias"),
        (Target(TARGET.base_url, TARGET.deployment, "my alias"), "alias"),
        (Target(TARGET.base_url, TARGET.deployment, "gpt-4o"), "built into Cursor"),
        (Target("http://127.0.0.1:8765", TARGET.deployment, TARGET.alias), "on this computer"),
    ],
)
def test_refuses_values_that_are_not_clean(tmp_path: Path, target: Target, field: str) -> None:
    install = fake_cursor(tmp_path)
    before = database_files(install.state_db)
    result = apply(install, tmp_path, target)
    assert result.outcome is Outcome.REFUSED and result.problem.code is ProblemCode.INVALID_INPUT
    assert field in result.problem.message
    assert database_files(install.state_db) == before


def test_the_simulator_address_only_for_a_stand_in_cursor(tmp_path: Path) -> None:
    install = fake_cursor(tmp_path)
    target = Target("http://127.0.0.1:8765", TARGET.deployment, TARGET.alias)
    assert apply(install, tmp_path, target, allow_loopback=True).outcome is Outcome.APPLIED
    assert app_user_of(install.state_db)["azureState"]["baseUrl"] == "http://127.0.0.1:8765"


# --- backups -----------------------------------------------------------------------------------


def test_backups_are_private_and_verified(tmp_path: Path) -> None:
    install = fake_cursor(tmp_path)
    result = apply(install, tmp_path)
    folder = result.backup.folder
    assert folder.is_relative_to(tmp_path / "backups")
    for path in (tmp_path / "backups", folder):
        assert stat.S_IMODE(path.stat().st_mode) == 0o700
    for child in folder.iterdir():
        assert stat.S_IMODE(child.stat().st_mode) == 0o600
    assert backups.verify_backup(result.backup)
    (folder / "state.vscdb").write_bytes(b"tampered")
    assert not backups.verify_backup(result.backup)


def test_backups_live_beside_cursors_database(tmp_path: Path) -> None:
    """A backup holds Cursor's copy of the key: it stays in Cursor's own folder, never in ours."""
    install = fake_cursor(tmp_path)
    result = apply_to_cursor(install, TARGET)
    folder = result.backup.folder
    assert folder.parent == install.state_db.parent / "cursor-azure-setup-backups"
    assert folder.parent == backups.backups_folder(install.state_db)
    for path in (folder.parent, folder):
        assert stat.S_IMODE(path.stat().st_mode) == 0o700
    assert not backups.legacy_backups_root().exists()
    assert list_backups(install) == [result.backup]
    assert restore_backup(install).outcome is Outcome.APPLIED


def test_backups_left_in_our_folder_by_earlier_versions_move_beside_cursors_database(
    tmp_path: Path,
) -> None:
    install = fake_cursor(tmp_path)
    legacy = backups.legacy_backups_root()
    old = backups.make_backup(
        install.state_db, backups.REASON_APPLY, backups._legacy_folder(legacy, install.state_db)
    )
    foreign = legacy / "not-ours.txt"
    foreign.write_text("mine")
    found = list_backups(install)
    assert [b.id for b in found] == [old.id]
    assert found[0].folder.parent == backups.backups_folder(install.state_db)
    assert backups.verify_backup(found[0])
    assert stat.S_IMODE(found[0].folder.stat().st_mode) == 0o700
    # Our copy is gone; what was not ours stays.
    assert not old.folder.exists() and not old.folder.parent.exists()
    assert foreign.read_text() == "mine"


def test_backups_are_bounded(tmp_path: Path) -> None:
    install = fake_cursor(tmp_path)
    root = tmp_path / "backups"
    first = backups.make_backup(install.state_db, backups.REASON_APPLY, root)
    for _ in range(backups.KEEP_BACKUPS + 4):
        backups.make_backup(install.state_db, backups.REASON_RESTORE, root)
    found = list_backups(install, root)
    # The newest ten, plus the newest taken before an Apply (the one Restore needs).
    assert len(found) == backups.KEEP_BACKUPS + 1
    assert first in found
    assert [b.created for b in found] == sorted((b.created for b in found), reverse=True)


def test_foreign_folders_in_the_backups_folder_are_left_alone(tmp_path: Path) -> None:
    install = fake_cursor(tmp_path)
    root = tmp_path / "backups"
    backups.make_backup(install.state_db, backups.REASON_APPLY, root)
    stranger = root / "00000000T000000000000Z"
    stranger.mkdir()
    (stranger / "notes.txt").write_text("mine")
    for _ in range(backups.KEEP_BACKUPS + 2):
        backups.make_backup(install.state_db, backups.REASON_RESTORE, root)
    assert (stranger / "notes.txt").read_text() == "mine"


# --- restore -----------------------------------------------------------------------------------


def test_restore_brings_the_backup_back_byte_for_byte(tmp_path: Path) -> None:
    install = fake_cursor(tmp_path, app_user_3x(base_url="https://old.example", deployment="old/model"))
    original = database_files(install.state_db)
    original_rows = all_rows(install.state_db)
    applied = apply(install, tmp_path)
    assert applied.outcome is Outcome.APPLIED
    applied_files = database_files(install.state_db)

    result = restore_backup(install, backups_root=tmp_path / "backups")

    assert result.outcome is Outcome.APPLIED and result.ok
    assert database_files(install.state_db) == original
    assert all_rows(install.state_db) == original_rows
    # What was there just before is saved too.
    assert (result.safety_backup.folder / "state.vscdb").read_bytes() == applied_files["state.vscdb"]
    assert result.to_json()["outcome"] == "restored"
    # Restoring again is harmless: same result, nothing written.
    again = restore_backup(install, backups_root=tmp_path / "backups")
    assert again.outcome is Outcome.UNCHANGED
    assert database_files(install.state_db) == original


def test_restore_removes_a_newer_wal(tmp_path: Path) -> None:
    install = fake_cursor(tmp_path)
    original = database_files(install.state_db)
    apply(install, tmp_path)
    # A -wal appeared since (from a later Cursor session that crashed): it must not be replayed
    # over the restored file.
    Path(str(install.state_db) + "-wal").write_bytes(b"\x37\x7f\x06\x82" + b"\x00" * 28)
    restore_backup(install, backups_root=tmp_path / "backups")
    assert database_files(install.state_db) == original
    assert not Path(str(install.state_db) + "-wal").exists()


def test_restore_a_named_backup(tmp_path: Path) -> None:
    install = fake_cursor(tmp_path)
    first = apply(install, tmp_path, Target(TARGET.base_url, "openai/gpt-4.1", "aimlapi-gpt-4.1"))
    after_first = database_files(install.state_db)
    apply(install, tmp_path)
    newest_apply = list_backups(install, tmp_path / "backups")[0]
    assert newest_apply.reason == "apply" and newest_apply != first.backup

    result = restore_backup(install, newest_apply.id, backups_root=tmp_path / "backups")

    assert result.backup == newest_apply
    assert database_files(install.state_db) == after_first


def test_restore_with_no_backup(tmp_path: Path) -> None:
    install = fake_cursor(tmp_path)
    before = database_files(install.state_db)
    result = restore_backup(install, backups_root=tmp_path / "backups")
    assert result.outcome is Outcome.REFUSED and result.problem.code is ProblemCode.CURSOR_NO_BACKUP
    assert database_files(install.state_db) == before
    unknown = restore_backup(install, "no-such-id", backups_root=tmp_path / "backups")
    assert unknown.problem.code is ProblemCode.CURSOR_NO_BACKUP


def test_restore_refuses_while_cursor_runs(tmp_path: Path) -> None:
    install = fake_cursor(tmp_path)
    apply(install, tmp_path)  # with no Cursor running, whatever else runs on this machine
    applied = database_files(install.state_db)
    # The same install, now looking at this machine's real process table.
    assert install.roots is not None
    watched = dataclasses.replace(install, roots=dataclasses.replace(install.roots, proc=process_table()))
    with running_program(tmp_path / "bin", "Cursor"):
        result = restore_backup(watched, backups_root=tmp_path / "backups")
    assert result.problem.code is ProblemCode.CURSOR_RUNNING
    assert database_files(install.state_db) == applied


def test_restore_refuses_a_damaged_backup(tmp_path: Path) -> None:
    install = fake_cursor(tmp_path)
    backup = apply(install, tmp_path).backup
    applied = database_files(install.state_db)
    (backup.folder / "state.vscdb").write_bytes(b"SQLite format 3\x00 but cut short")
    result = restore_backup(install, backups_root=tmp_path / "backups")
    assert result.outcome is Outcome.REFUSED and "damaged" in result.problem.message
    assert database_files(install.state_db) == applied


def test_restore_keeps_the_files_mode(tmp_path: Path) -> None:
    install = fake_cursor(tmp_path)
    os.chmod(install.state_db, 0o640)
    apply(install, tmp_path)
    restore_backup(install, backups_root=tmp_path / "backups")
    assert stat.S_IMODE(install.state_db.stat().st_mode) == 0o640


def test_a_read_back_that_differs_puts_the_backup_back(tmp_path: Path) -> None:
    install = fake_cursor(tmp_path)
    # Something inside the database rewrites the row after every update (a trigger Cursor does
    # not have): the read-back must notice and put the backup back.
    with closing(sqlite3.connect(install.state_db)) as conn, conn:
        conn.execute(
            "CREATE TRIGGER rewrite AFTER UPDATE ON ItemTable WHEN new.key = ? "
            "BEGIN UPDATE ItemTable SET value = '{\"rewritten\":true}' WHERE key = new.key; END".replace(
                "?", f"'{APP_USER_KEY}'"
            )
        )
    before = database_files(install.state_db)

    result = apply(install, tmp_path)

    assert result.outcome is Outcome.FAILED and not result.ok
    assert result.problem.code is ProblemCode.CURSOR_WRITE_FAILED
    assert result.restored_backup and "put back" in result.problem.fix
    assert database_files(install.state_db) == before


# --- odd files and interruptions ------------------------------------------------------------------


def test_a_named_pipe_beside_the_database_is_refused_not_waited_on(tmp_path: Path) -> None:
    install = fake_cursor(tmp_path)
    wal = install.state_db.with_name("state.vscdb-wal")
    wal.unlink(missing_ok=True)
    os.mkfifo(wal)
    before = install.state_db.read_bytes()
    # Reading it is refused by SQLite's own rules or read; the backup must never wait on the pipe.
    result = apply(install, tmp_path)
    assert result.outcome is not Outcome.APPLIED
    assert result.problem is not None
    assert install.state_db.read_bytes() == before
    assert not (tmp_path / "backups").exists() or list((tmp_path / "backups").iterdir()) == []


def test_a_backup_interrupted_in_any_way_leaves_no_copy(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    install = fake_cursor(tmp_path)
    root = tmp_path / "backups"

    def interrupted(_fd: int) -> None:
        raise KeyboardInterrupt  # Ctrl+C while the copy is being written

    monkeypatch.setattr(os, "fsync", interrupted)
    with pytest.raises(KeyboardInterrupt):
        backups.make_backup(install.state_db, backups.REASON_APPLY, root)
    monkeypatch.undo()
    assert not root.exists(), list(root.rglob("*"))


def test_what_a_killed_backup_left_is_swept_at_the_next_run(tmp_path: Path) -> None:
    install = fake_cursor(tmp_path)
    root = tmp_path / "backups"
    kept = backups.make_backup(install.state_db, backups.REASON_APPLY, root)
    # A process killed mid-copy (its id is gone): a hidden partial folder, and the in-place copy
    # earlier versions left, without backup.json.
    gone = subprocess.Popen(["true"])
    gone.wait()
    partial = root / f".partial-20260101T000000000000Z-{gone.pid}"
    partial.mkdir()
    (partial / "state.vscdb").write_bytes(install.state_db.read_bytes())
    old_style = root / "20260101T000000000001Z"
    old_style.mkdir()
    (old_style / "state.vscdb").write_bytes(install.state_db.read_bytes())
    stranger = root / "20260101T000000000002Z"
    stranger.mkdir()
    (stranger / "notes.txt").write_text("not ours")
    assert [b.id for b in list_backups(install, root)] == [kept.id]
    assert not partial.exists() and not old_style.exists()
    assert (stranger / "notes.txt").exists() and kept.folder.exists()


def test_backups_folder_taken_by_a_file_says_so(tmp_path: Path) -> None:
    install = fake_cursor(tmp_path)
    root = tmp_path / "backups"
    root.write_text("")
    before = database_files(install.state_db)
    result = apply(install, tmp_path)
    assert result.outcome is Outcome.FAILED
    assert "disk space" not in result.problem.fix
    assert "not a folder" in result.problem.fix
    assert database_files(install.state_db) == before


def test_restore_through_a_linked_database_keeps_the_link(tmp_path: Path) -> None:
    install = fake_cursor(tmp_path, app_user_3x(base_url="https://old.example", deployment="old/model"))
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    real = elsewhere / "state.vscdb"
    for path in sorted(install.state_db.parent.glob("state.vscdb*")):
        path.rename(elsewhere / path.name)
    install.state_db.symlink_to(real)
    original = database_files(real)
    assert apply(install, tmp_path).outcome is Outcome.APPLIED
    assert app_user_of(real)["azureState"]["baseUrl"] == TARGET.base_url
    result = restore_backup(install, backups_root=tmp_path / "backups")
    assert result.outcome is Outcome.APPLIED, result.message
    assert install.state_db.is_symlink() and install.state_db.resolve() == real
    assert database_files(real) == original
    assert app_user_of(install.state_db)["azureState"]["baseUrl"] == "https://old.example"


# --- Cursor starting during an apply ---------------------------------------------------------------


@pytest.mark.parametrize(("starts_after_look", "outcome"), [(1, Outcome.REFUSED), (2, Outcome.FAILED)])
def test_a_cursor_that_starts_during_the_apply_is_noticed(
    tmp_path: Path, starts_after_look: int, outcome: Outcome
) -> None:
    """A real process called cursor starts right after the first (or the second) look at the
    process table: before the write nothing is written; after it, the result says so."""
    install = fake_cursor(tmp_path, app_user_3x(), proc=process_table())
    before = database_files(install.state_db)
    looks = []
    with contextlib.ExitStack() as stack:

        def look() -> ProcessScan:
            scan = running_now(install)  # the real scan of this test's process table
            looks.append(scan.running)
            if len(looks) == starts_after_look:
                stack.enter_context(running_program(tmp_path / "bin", "cursor"))
            return scan

        result = apply(install, tmp_path, processes=look)
    assert looks[:starts_after_look] == [False] * starts_after_look and looks[-1] is True
    assert result.outcome is outcome and result.problem.code is ProblemCode.CURSOR_RUNNING
    if outcome is Outcome.REFUSED:
        assert database_files(install.state_db) == before
        assert list_backups(install, tmp_path / "backups") == []
    else:
        assert "the change was written" in result.message and "may put its own copy back" in result.message
        assert app_user_of(install.state_db)["azureState"]["baseUrl"] == TARGET.base_url
        assert result.backup is not None and result.backup.folder.exists()


# --- Cursor's Verify request before an apply ---------------------------------------------------------


def test_cursors_verify_request_with_the_values_to_apply(simulator, sim_url: str) -> None:
    from app.core.cursor.proof import verify_like_cursor
    from tests.conftest import TEST_KEY

    assert verify_like_cursor(Target(sim_url, TARGET.deployment, TARGET.alias), TEST_KEY) is None
    missing = verify_like_cursor(Target(sim_url, "nonexistent/model-x", TARGET.alias), TEST_KEY)
    assert missing is not None and missing.code is ProblemCode.DEPLOYMENT_NOT_FOUND
    wrong_key = verify_like_cursor(Target(sim_url, TARGET.deployment, TARGET.alias), "b" * 32)
    assert wrong_key is not None and wrong_key.code is ProblemCode.INVALID_KEY
