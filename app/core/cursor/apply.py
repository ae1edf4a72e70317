"""Apply to Cursor: put the proved Base URL and Deployment Name into Cursor's Azure section and
add the alias to its custom models, switched on. Restore brings the last backup back.

The rules, in the order they are checked:

1. The values must be clean (the same rules as the checks use); a built-in model name is refused
   as alias. The key is never written, and ``useAzure`` is left as it is: Cursor's own Verify
   switches it on (editing a field in Cursor's window turns it off; we write the file instead).
2. Cursor's settings must be readable and in a shape we know; otherwise nothing is written.
3. No Cursor process may run (it would write its own copy back on exit); unknown counts as
   running. Nothing here ever stops a process.
4. A timestamped backup of ``state.vscdb`` (+ ``-wal``, ``-shm``) comes first, beside it in Cursor's
   own folder (``backups.py``).
5. One transaction changes that one row, only if it still holds what was planned from; inside the
   JSON only ``azureState.baseUrl``, ``azureState.deployment`` and the three model lists change;
   every other row and value stays byte for byte the same.
6. The row is read back and compared with the plan; on any difference the backup is put back.

``plan`` (the dry run) says what would change, field by field, without writing anything.
"""

from __future__ import annotations

import copy
import dataclasses
import json
import logging
import os
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any

from app.core.config import (
    InvalidInput,
    builtin_model_names,
    is_loopback_url,
    normalise_alias,
    normalise_base_url,
    normalise_deployment,
)
from app.core.cursor import backups, problems
from app.core.cursor.findings import Finding, Target, diagnose
from app.core.cursor.install import CursorInstall, running_now
from app.core.cursor.ours import AddedModels, added_models, remember_added
from app.core.cursor.problems import CursorError
from app.core.cursor.processes import ProcessScan
from app.core.cursor.settings import CursorSettings, load_app_user, scrubber_for, settings_from_state
from app.core.cursor.statedb import BUSY_TIMEOUT_S, StoredRow, read_state, replace_row, wal_pair
from app.core.model import Problem, ProblemCode
from app.core.text import Text, join_texts

log = logging.getLogger(__name__)

# Base URL and Deployment Name as Cursor calls its fields.
FIELD_LABELS: dict[str, str] = {
    "base_url": Text("Base URL"),
    "deployment": Text("Deployment Name"),
    "custom_models": Text("Custom models"),
    "enabled_models": Text("Models switched on"),
    "disabled_models": Text("Models switched off"),
}


class Outcome(StrEnum):
    APPLIED = "applied"  # written and read back
    UNCHANGED = "unchanged"  # Cursor already had everything: nothing written
    DRY_RUN = "dry_run"  # what would change; nothing written
    REFUSED = "refused"  # a rule said no (Cursor running, bad value, unreadable settings)
    FAILED = "failed"  # something went wrong while writing; the message says what is left


@dataclass(frozen=True)
class FieldChange:
    field: str
    before: Any  # JSON-safe: a string, a list of names, or None when absent
    after: Any

    @property
    def label(self) -> str:
        return FIELD_LABELS.get(self.field, self.field)

    def to_json(self) -> dict[str, Any]:
        return {"field": self.field, "label": self.label, "before": self.before, "after": self.after}


@dataclass(frozen=True)
class ApplyResult:
    outcome: Outcome
    message: str
    changes: tuple[FieldChange, ...] = ()
    notes: tuple[str, ...] = ()
    problem: Problem | None = None
    backup: backups.Backup | None = None
    restored_backup: bool = False  # the read-back failed and the backup was put back
    cursor_running: bool | None = None
    findings: tuple[Finding, ...] = ()  # Cursor's settings after the write, diagnosed

    @property
    def ok(self) -> bool:
        return self.outcome in (Outcome.APPLIED, Outcome.UNCHANGED, Outcome.DRY_RUN)

    def remaining(self) -> list[Finding]:
        """What is left to do in Cursor after applying (typically: paste the key, switch on)."""
        return [f for f in self.findings if f.status in ("fail", "warn")]

    def to_json(self) -> dict[str, Any]:
        return {
            "ok": self.ok,
            "outcome": str(self.outcome),
            "message": self.message,
            "changes": [c.to_json() for c in self.changes],
            "notes": list(self.notes),
            "problem": problems.problem_json(self.problem),
            "backup": self.backup.to_json() if self.backup else None,
            "restored_backup": self.restored_backup,
            "cursor_running": self.cursor_running,
            "findings": [f.to_json() for f in self.findings],
        }


# --- the plan -----------------------------------------------------------------------------------


def check_target(target: Target, allow_loopback: bool = False) -> Problem | None:
    """A reason not to write these values into Cursor, or None when they are clean.

    An address on this computer (the simulator) is refused unless ``allow_loopback``: Cursor's chat
    requests come from Cursor's servers, which can never reach it (demo mode allows it for a
    stand-in Cursor)."""
    try:
        base_url, _, _ = normalise_base_url(target.base_url)
        deployment, _ = normalise_deployment(target.deployment)
        alias, _ = normalise_alias(target.alias)
    except InvalidInput as exc:
        return problems.bad_value(exc.field, exc.message)
    if is_loopback_url(base_url) and not allow_loopback:
        return problems.bad_value(
            "base_url",
            Text(
                "{url} is an address on this computer: Cursor sends its chat requests from its own "
                "servers, which cannot reach it. Check the real service here, then apply.",
                url=base_url,
            ),
        )
    if not target.base_url.strip() or base_url != target.base_url:
        return problems.bad_value(
            "base_url", Text("The Base URL should be {url}; check it again here first.", url=base_url)
        )
    if deployment != target.deployment:
        return problems.bad_value(
            "deployment",
            Text("The deployment should be {deployment}; check it again here first.", deployment=deployment),
        )
    if not alias or alias != target.alias or any(ch.isspace() for ch in alias):
        return problems.bad_value(
            "alias", Text("Choose a model alias without spaces (for example aimlapi-gemini-2.5-pro).")
        )
    if alias.lower() in builtin_model_names():
        return problems.bad_value(
            "alias",
            Text(
                '"{alias}" is the name of a model built into Cursor, which Cursor refuses as a custom model. '
                "Choose another model alias.",
                alias=alias,
            ),
        )
    return None


def _names(container: Mapping[str, Any], key: str, where: str) -> list[str]:
    value = container.get(key)
    if value is None:
        return []
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise CursorError(
            problems.unknown_shape(Text("{where} is not a list of names", where=f"{where}.{key}"))
        )
    return list(value)


def plan_changes(
    data: Mapping[str, Any], target: Target, ours_before: Sequence[str] = (), *, written: bool = False
) -> tuple[dict[str, Any], list[FieldChange], list[str]]:
    """-> (the settings object as it should be, what changes, notes). Pure; ``data`` is left as is.
    ``ours_before``: custom models an earlier Apply added (``ours.added_models``); those still
    switched on are switched off, so only the new alias stays on. ``written``: the notes say what
    was done, not what would be.

    Raises CursorError (unknown shape) when a part we would change has a type we don't know."""
    new = copy.deepcopy(dict(data))
    changes: list[FieldChange] = []
    notes: list[str] = []
    # "before" values are shown to the user: cleaned like every value read from Cursor.
    scrub = scrubber_for(data)

    azure = new.get("azureState")
    if azure is None:
        azure = new["azureState"] = {}
    if not isinstance(azure, dict):
        raise CursorError(problems.unknown_shape(Text("{where} is not an object", where="azureState")))
    for field_name, key, want in (
        ("base_url", "baseUrl", target.base_url),
        ("deployment", "deployment", target.deployment),
    ):
        have = azure.get(key)
        if have is not None and not isinstance(have, str):
            raise CursorError(problems.unknown_shape(Text("{where} is not text", where=f"azureState.{key}")))
        if have != want:
            azure[key] = want
            changes.append(FieldChange(field_name, scrub(have) if have is not None else None, want))

    ai = new.get("aiSettings")
    if ai is None:
        notes.append(
            Text(
                "This Cursor keeps its model list elsewhere: add {alias} in Cursor Settings -> Models "
                '("+ Add Custom Model") and switch it on.',
                alias=target.alias,
            )
        )
        return new, changes, notes
    if not isinstance(ai, dict):
        raise CursorError(problems.unknown_shape(Text("{where} is not an object", where="aiSettings")))
    alias = target.alias
    custom = _names(ai, "userAddedModels", "aiSettings")
    on_before = _names(ai, "modelOverrideEnabled", "aiSettings")
    retired = [n for n in dict.fromkeys(ours_before) if n != alias and n in custom and n in on_before]

    def with_alias(names: list[str]) -> list[str]:
        return names if alias in names else [*names, alias]

    def only_alias_on(names: list[str]) -> list[str]:
        return with_alias([n for n in names if n not in retired])

    def off_list(names: list[str]) -> list[str]:
        return [n for n in names if n != alias] + [n for n in retired if n not in names]

    lists: dict[str, tuple[str, Callable[[list[str]], list[str]]]] = {
        "custom_models": ("userAddedModels", with_alias),
        "enabled_models": ("modelOverrideEnabled", only_alias_on),
        "disabled_models": ("modelOverrideDisabled", off_list),
    }
    if retired:
        notes.append(_switched_off([scrub(n) for n in retired], alias, written))
    for field_name, (key, change) in lists.items():
        before = _names(ai, key, "aiSettings")
        after = change(before)
        if after != before:
            ai[key] = after
            shown = [scrub(n) for n in before] if key in data["aiSettings"] else None
            changes.append(FieldChange(field_name, shown, [scrub(n) for n in after]))
    return new, changes, notes


def _switched_off(names: list[str], alias: str, written: bool) -> str:
    shown = join_texts(names)
    if written and len(names) == 1:
        return Text(
            "Switched off {names}, added by this tool before: {alias} takes its place.",
            names=shown,
            alias=alias,
        )
    if written:
        return Text(
            "Switched off {names}, added by this tool before: {alias} takes their place.",
            names=shown,
            alias=alias,
        )
    if len(names) == 1:
        return Text(
            "Would switch off {names}, added by this tool before: {alias} would take its place.",
            names=shown,
            alias=alias,
        )
    return Text(
        "Would switch off {names}, added by this tool before: {alias} would take their place.",
        names=shown,
        alias=alias,
    )


def dump_settings(data: Mapping[str, Any]) -> str:
    """The settings object as Cursor writes it (compact JSON, characters as they are). Text that
    cannot be UTF-8 (a lone surrogate) is written escaped, which means the same to any reader."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        text = json.dumps(data, ensure_ascii=True, separators=(",", ":"))
    return text


@dataclass
class _Prepared:
    row: StoredRow = field(repr=False)
    new_text: str = field(repr=False)  # the whole settings object: it holds Cursor's key
    expected: dict[str, Any] = field(repr=False)
    settings: CursorSettings
    changes: list[FieldChange] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    adds_alias: bool = False  # the alias is not in Cursor's list yet: this Apply adds it
    done_notes: list[str] = field(default_factory=list)  # the notes once written


def _prepare(db_path: Path, target: Target, busy_timeout_s: float, ours: AddedModels) -> _Prepared:
    state = read_state(db_path, busy_timeout_s=busy_timeout_s)
    settings = settings_from_state(state)  # the same errors as reading: no row, not text, not JSON
    assert state.row is not None
    data = load_app_user(state.row.text())
    expected, changes, notes = plan_changes(data, target, ours.names)
    _, _, done_notes = plan_changes(data, target, ours.names, written=True)
    if not ours.readable and isinstance(data.get("aiSettings"), dict):
        unread = Text(
            "Could not read the list of models this tool added, so any it added earlier are left on "
            "(switch them off in Cursor Settings -> Models if they are not needed)."
        )
        notes.append(unread)
        done_notes.append(unread)
    adds = settings.custom_models is not None and target.alias not in settings.custom_models
    return _Prepared(state.row, dump_settings(expected), expected, settings, changes, notes, adds, done_notes)


# --- apply --------------------------------------------------------------------------------------


def _describe(changes: Sequence[FieldChange]) -> str:
    return join_texts([c.label for c in changes])


def _log(action: str, outcome: Outcome, problem: Problem | None, backup: backups.Backup | None) -> None:
    # Field names, codes and our own paths only: never a value read from Cursor's database.
    if problem is not None:
        log.info("cursor %s: %s, %s (%s)", action, outcome, problem.code, problem.detail)
    else:
        log.info("cursor %s: %s%s", action, outcome, f", backup {backup.folder}" if backup else "")


def apply_to_cursor(
    install: CursorInstall,
    target: Target,
    *,
    dry_run: bool = False,
    backups_root: Path | None = None,
    busy_timeout_s: float = BUSY_TIMEOUT_S,
    allow_loopback: bool = False,
    processes: Callable[[], ProcessScan] | None = None,
) -> ApplyResult:
    """Write ``target`` into Cursor's settings (see the module's rules). Never raises for a
    failure a user can meet: the result's ``outcome`` and ``problem`` say what happened.
    ``processes``: how to look for a running Cursor (default: ``running_now(install)``), asked
    before the backup, again just before the write and once more after it."""
    problem = check_target(target, allow_loopback)
    if problem is not None:
        result = ApplyResult(Outcome.REFUSED, problem.message, problem=problem)
    else:
        look = processes or (lambda: running_now(install))
        result = _apply(install, target, dry_run, backups_root, busy_timeout_s, look)
    _log("apply", result.outcome, result.problem, result.backup)
    return result


def _apply(
    install: CursorInstall,
    target: Target,
    dry_run: bool,
    backups_root: Path | None,
    busy_timeout_s: float,
    look: Callable[[], ProcessScan],
) -> ApplyResult:
    db_path = install.state_db
    ours_folder = backups_root or backups.backups_folder(db_path)
    try:
        prepared = _prepare(db_path, target, busy_timeout_s, added_models(ours_folder))
    except CursorError as exc:
        return ApplyResult(Outcome.REFUSED, exc.problem.message, problem=exc.problem)
    changes, notes = tuple(prepared.changes), tuple(prepared.notes)

    if not changes:
        return ApplyResult(
            Outcome.UNCHANGED,
            Text("Cursor already has these values; nothing was changed."),
            notes=notes,
            findings=tuple(diagnose(prepared.settings, target)),
        )

    scan = look()
    if dry_run:
        note = () if scan.running is False else (Text("Cursor is running: quit it before applying."),)
        return ApplyResult(
            Outcome.DRY_RUN,
            Text("Apply would change: {changes}.", changes=_describe(prepared.changes)),
            changes,
            notes + note,
            cursor_running=scan.running,
        )
    problem = problems.cursor_still_running(scan.running, scan.describe(), scan.detail) or read_only(db_path)
    if problem is not None:
        return ApplyResult(
            Outcome.REFUSED, problem.message, changes, notes, problem, cursor_running=scan.running
        )

    backup = None
    try:
        backup = backups.make_backup(db_path, backups.REASON_APPLY, backups_root)
        # The backup takes a moment: Cursor may have started meanwhile.
        scan = look()
        started = problems.cursor_still_running(scan.running, scan.describe(), scan.detail)
        if started is not None:
            raise CursorError(started)
        replace_row(db_path, prepared.row, prepared.new_text, busy_timeout_s=busy_timeout_s)
    except CursorError as exc:
        # Nothing was written (the transaction changes all or nothing), so the backup would only
        # stand in the way of the one Restore should find.
        if backup is not None:
            backups.discard(backup)
        refused = exc.problem.code in (ProblemCode.CURSOR_BUSY, ProblemCode.CURSOR_RUNNING)
        outcome = Outcome.REFUSED if refused else Outcome.FAILED
        running = None if exc.problem.code is ProblemCode.CURSOR_RUNNING else False
        return ApplyResult(outcome, exc.problem.message, changes, notes, exc.problem, cursor_running=running)

    result = _read_back(install, target, prepared, backup, changes, notes, busy_timeout_s)
    if result.outcome is Outcome.APPLIED:
        done = list(prepared.done_notes)
        if prepared.adds_alias and not remember_added(ours_folder, target.alias):
            done.append(
                Text(
                    "Could not record {alias} as added by this tool, so a later apply with another "
                    "alias will leave it on.",
                    alias=target.alias,
                )
            )
        result = dataclasses.replace(result, notes=tuple(done))
    after = look()
    if result.outcome is Outcome.APPLIED and after.running is not False:
        problem = problems.started_while_writing(after.describe() or after.detail)
        return dataclasses.replace(
            result,
            outcome=Outcome.FAILED,
            message=problem.message,
            problem=problem,
            cursor_running=after.running,
        )
    return result


def read_only(db_path: Path) -> Problem | None:
    """Why Cursor's database cannot be written by us (checked before any backup), or None."""
    folder_writable = os.access(db_path.parent, os.W_OK)
    wal_ready = all(os.access(p, os.W_OK) for p in wal_pair(db_path))
    if os.access(db_path, os.W_OK) and (folder_writable or wal_ready):
        return None
    where = db_path if not os.access(db_path, os.W_OK) else db_path.parent
    return problems.write_failed(
        Text("Cursor's settings file is read-only for you, so nothing was changed."),
        f"no write access: {where}",
        Text("Make {path} writable for your user (or ask IT), then try again.", path=str(where)),
    )


def _read_back(
    install: CursorInstall,
    target: Target,
    prepared: _Prepared,
    backup: backups.Backup,
    changes: tuple[FieldChange, ...],
    notes: tuple[str, ...],
    busy_timeout_s: float,
) -> ApplyResult:
    db_path = install.state_db
    try:
        state = read_state(db_path, busy_timeout_s=busy_timeout_s)
        settings = settings_from_state(state)
        assert state.row is not None
        same = load_app_user(state.row.text()) == prepared.expected
    except CursorError as exc:
        same, detail = False, exc.problem.detail
    else:
        detail = "the settings read back differ from what was written"
    if same:
        findings = tuple(diagnose(settings, target))
        return ApplyResult(
            Outcome.APPLIED,
            Text(
                "Cursor's settings were changed: {changes}. A backup was saved in {folder}.",
                changes=_describe(changes),
                folder=str(backup.folder),
            ),
            changes,
            notes,
            backup=backup,
            cursor_running=False,
            findings=findings,
        )
    try:
        backups.put_back(backup, db_path)
        restored = True
    except OSError as exc:
        restored, detail = False, f"{detail}; putting the backup back failed: {exc.strerror or exc}"
    fix = (
        Text("Nothing was left half-changed: the backup was put back. Copy the values into Cursor by hand.")
        if restored
        else Text(
            "Restore the backup from {folder} (Restore), or copy the values into Cursor by hand.",
            folder=str(backup.folder),
        )
    )
    problem = problems.write_failed(Text("Cursor's settings did not read back as written."), detail, fix)
    return ApplyResult(Outcome.FAILED, problem.message, changes, notes, problem, backup, restored, False)


# --- restore ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class RestoreResult:
    outcome: Outcome  # APPLIED (restored), UNCHANGED, REFUSED or FAILED
    message: str
    problem: Problem | None = None
    backup: backups.Backup | None = None  # the backup brought back
    safety_backup: backups.Backup | None = None  # the files as they were just before
    cursor_running: bool | None = None

    @property
    def ok(self) -> bool:
        return self.outcome in (Outcome.APPLIED, Outcome.UNCHANGED)

    def to_json(self) -> dict[str, Any]:
        return {
            "ok": self.ok,
            "outcome": "restored" if self.outcome is Outcome.APPLIED else str(self.outcome),
            "message": self.message,
            "problem": problems.problem_json(self.problem),
            "backup": self.backup.to_json() if self.backup else None,
            "safety_backup": self.safety_backup.to_json() if self.safety_backup else None,
            "cursor_running": self.cursor_running,
        }


def list_backups(install: CursorInstall, backups_root: Path | None = None) -> list[backups.Backup]:
    """Backups of this Cursor's settings, newest first."""
    return backups.list_backups(install.state_db, backups_root)


def backup_to_restore(
    install: CursorInstall, backup_id: str | None = None, backups_root: Path | None = None
) -> backups.Backup | None:
    """The backup Restore brings back: the one named, else the newest taken before an Apply (so
    restoring twice gives the same result), else the newest; None when there is none."""
    found = list_backups(install, backups_root)
    if backup_id is not None:
        return next((b for b in found if b.id == backup_id), None)
    return next((b for b in found if b.reason == backups.REASON_APPLY), found[0] if found else None)


def restore_backup(
    install: CursorInstall, backup_id: str | None = None, *, backups_root: Path | None = None
) -> RestoreResult:
    """Bring back the newest backup taken before an Apply (or the one named), only while Cursor
    is closed, after saving the current files as a backup of their own."""
    result = _restore(install, backup_id, backups_root)
    _log("restore", result.outcome, result.problem, result.backup)
    return result


def _restore(install: CursorInstall, backup_id: str | None, backups_root: Path | None) -> RestoreResult:
    db_path = install.state_db
    chosen = backup_to_restore(install, backup_id, backups_root)
    if chosen is None:
        problem = problems.no_backup(f"backup id {backup_id}" if backup_id else "")
        return RestoreResult(Outcome.REFUSED, problem.message, problem)
    if not backups.verify_backup(chosen):
        problem = problems.write_failed(
            Text("The backup is damaged or incomplete, so it was not brought back."),
            f"checksum mismatch in {chosen.folder}",
            Text("Nothing was changed. Copy the values into Cursor by hand if needed."),
        )
        return RestoreResult(Outcome.REFUSED, problem.message, problem, chosen)
    scan = running_now(install)
    still_running = problems.cursor_still_running(scan.running, scan.describe(), scan.detail)
    if still_running is not None:
        return RestoreResult(
            Outcome.REFUSED, still_running.message, still_running, chosen, cursor_running=scan.running
        )
    if db_path.is_file() and backups.holds_same(chosen, db_path):
        return RestoreResult(
            Outcome.UNCHANGED,
            Text("Cursor's settings already match the backup."),
            None,
            chosen,
            cursor_running=False,
        )
    safety = None
    try:
        if db_path.is_file():
            safety = backups.make_backup(db_path, backups.REASON_RESTORE, backups_root)
        backups.put_back(chosen, db_path)
    except CursorError as exc:
        return RestoreResult(Outcome.FAILED, exc.problem.message, exc.problem, chosen, cursor_running=False)
    except OSError as exc:
        problem = problems.write_failed(
            Text("The backup could not be put back completely."),
            f"restore from {chosen.folder}: {exc.strerror or exc}",
            Text("Your settings as they were just before are saved in {folder}.", folder=str(safety.folder))
            if safety
            else Text("Copy the values into Cursor by hand."),
        )
        return RestoreResult(Outcome.FAILED, problem.message, problem, chosen, safety, False)
    return RestoreResult(
        Outcome.APPLIED,
        Text(
            "Cursor's settings were brought back from the backup of {created:%Y-%m-%d %H:%M} UTC.",
            created=chosen.created,
        ),
        None,
        chosen,
        safety,
        False,
    )
