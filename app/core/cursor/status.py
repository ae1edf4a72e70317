"""Cursor's side at a glance: where it is, what it has, and how that compares with our values.

``cursor_status`` is what ``cursor status`` prints and what the window's "Set up Cursor" step
shows; ``to_json`` is the stable form:

    {"found", "version", "running", "data_dir",
     "settings": {"base_url", "deployment", "azure_enabled", "key_set", "openai_override",
                  "custom_models", "enabled_models", ...},
     "findings": [{"id", "status", "message", "fix", ...}], ...}
"""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from app.core.cursor import problems
from app.core.cursor.findings import Finding, FindingStatus, Target, diagnose
from app.core.cursor.install import CursorInstall, find_cursor
from app.core.cursor.settings import CursorSettings, read_settings
from app.core.model import Problem

# The settings ``cursor status --json`` shows, in order: a public contract for IT scripts.
PUBLIC_SETTINGS = (
    "base_url",
    "deployment",
    "azure_enabled",
    "key_set",
    "openai_override",
    "custom_models",
    "enabled_models",
)


@dataclass(frozen=True)
class CursorStatus:
    install: CursorInstall
    settings: CursorSettings
    findings: tuple[Finding, ...]
    target: Target | None = None

    @property
    def problem(self) -> Problem | None:
        """Why nothing could be compared (Cursor not found, settings unreadable), or None."""
        return self.settings.problem

    @property
    def undecided(self) -> tuple[Finding, ...]:
        """Findings that could not be told. Whether a key is set stays unknown by design where
        Cursor keeps it encrypted: that alone does not count."""
        encrypted_key = bool(self.settings.key_rows)
        return tuple(
            f
            for f in self.findings
            if f.status is FindingStatus.UNKNOWN and not (f.id == "api_key" and encrypted_key)
        )

    @property
    def ok(self) -> bool:
        """Found, read, no finding failed (warnings allowed) and none could not be told."""
        return (
            self.install.found
            and self.settings.readable
            and all(f.status is not FindingStatus.FAIL for f in self.findings)
            and not self.undecided
        )

    def to_json(self) -> dict[str, Any]:
        where = self.install.to_json()
        return {
            "found": self.install.found,
            "version": self.install.version,
            "running": self.install.running,
            "data_dir": where["data_dir"],
            "settings": self.settings.to_json(),
            "findings": [f.to_json() for f in self.findings],
            "ok": self.ok,
            "problem": problems.problem_json(self.problem),
            "target": self.target.to_json() if self.target else None,
            "install": where,
        }


def status_of(
    install: CursorInstall,
    target: Target | None,
    catalog: Mapping[str, Sequence[str]] | None = None,
) -> CursorStatus:
    """Read and compare, for an install already found."""
    settings = read_settings(install.state_db)
    findings = tuple(diagnose(settings, target, catalog)) if target is not None else ()
    return CursorStatus(install, settings, findings, target)


def cursor_status(
    target: Target | None,
    app_dir: str | os.PathLike[str] | None = None,
    data_dir: str | os.PathLike[str] | None = None,
    catalog: Mapping[str, Sequence[str]] | None = None,
) -> CursorStatus:
    """Find Cursor, read its settings read-only, compare them with ``target`` (no findings when
    None). Raises ``CursorError`` (invalid_input) only for an override that is not a Cursor folder."""
    return status_of(find_cursor(app_dir, data_dir), target, catalog)
