"""Every failure on Cursor's side, in words a teammate understands, made in one place.

Messages name Cursor's own screens and fields (Settings -> Models -> Azure OpenAI, Base URL,
Deployment Name, API Key); ``detail`` carries the technical reason for the log, never a value read
from Cursor's database.
"""

from __future__ import annotations

from pathlib import Path

from app.core.errors import AppError
from app.core.model import Problem, ProblemCode
from app.core.text import Text

# Cursor's own words (its settings are in English only); a translation may keep them as they are.
CURSOR_AZURE_SECTION = Text("Cursor Settings -> Models -> Azure OpenAI")
QUIT_CURSOR = Text(
    "Quit Cursor completely (File -> Exit; on a Mac, Cursor -> Quit Cursor), then press Apply again."
)


class CursorError(AppError):
    """A failure on Cursor's side (its files, its process); ``problem`` says what to do."""


def not_found(detail: str = "") -> Problem:
    return Problem(
        ProblemCode.CURSOR_NOT_FOUND,
        Text("Cursor's settings were not found on this computer."),
        Text(
            "Install Cursor from https://cursor.com, open it once and quit it, then check again. "
            "You can always copy the values into Cursor by hand."
        ),
        detail,
    )


def bad_override(what: str, path: Path, expected: str) -> Problem:
    if not path.exists():
        message = Text(
            "The folder given as Cursor's {what} ({path}) does not exist.", what=what, path=str(path)
        )
    else:
        message = Text(
            "The folder given as Cursor's {what} ({path}) does not look like one: it has no {expected}.",
            what=what,
            path=str(path),
            expected=expected,
        )
    return Problem(
        ProblemCode.INVALID_INPUT,
        message,
        Text(
            "Give the folder that holds {expected}, or leave the option out to look in the usual places.",
            expected=expected,
        ),
        f"{what}: {path}",
    )


def problem_json(problem: Problem | None) -> dict[str, str] | None:
    """A problem's public form in results and JSON output (its detail stays in the log)."""
    if problem is None:
        return None
    return {"code": str(problem.code), "message": problem.message, "fix": problem.fix}


def running(names: str) -> Problem:
    return Problem(
        ProblemCode.CURSOR_RUNNING,
        Text(
            "Cursor is running. While it runs it keeps its own copy of these settings and would "
            "overwrite any change, so nothing was changed."
        ),
        QUIT_CURSOR,
        f"running: {names}",
    )


def cursor_still_running(is_running: bool | None, names: str, detail: str) -> Problem | None:
    """Why nothing may be written now (Cursor runs, or it could not be told), or None."""
    if is_running is False:
        return None
    return running(names) if is_running else running_unknown(detail)


def started_while_writing(names: str) -> Problem:
    return Problem(
        ProblemCode.CURSOR_RUNNING,
        Text(
            "Cursor started while this tool was changing its settings: the change was written, but "
            "Cursor may put its own copy back when it quits."
        ),
        Text(
            "Quit Cursor, then compare again (Cursor's settings, here); press Apply to Cursor again if "
            "the values are gone."
        ),
        f"running after the write: {names}",
    )


def running_unknown(detail: str) -> Problem:
    return Problem(
        ProblemCode.CURSOR_RUNNING,
        Text(
            "This tool could not tell whether Cursor is running, so it changed nothing (a running "
            "Cursor would overwrite the change)."
        ),
        Text(
            "Make sure Cursor is closed, then try again; if this keeps happening, copy the values into "
            "Cursor by hand."
        ),
        detail,
    )


def unreadable(reason: str, detail: str = "") -> Problem:
    """Cursor's settings could not be read; ``reason`` is one plain sentence saying why."""
    return Problem(
        ProblemCode.CURSOR_SETTINGS_UNREADABLE,
        Text("Could not read Cursor's settings: {reason}", reason=reason),
        Text(
            "Open Cursor once and quit it, then check again. If this keeps happening, copy the values "
            "into {section} by hand.",
            section=CURSOR_AZURE_SECTION,
        ),
        detail or reason,
    )


def unknown_shape(where: str) -> Problem:
    """Cursor stores its settings in a shape this tool does not know: never guess, never write."""
    return Problem(
        ProblemCode.CURSOR_SETTINGS_UNREADABLE,
        Text(
            "Cursor's settings are stored in a way this tool does not recognise ({where}), "
            "so nothing was changed.",
            where=where,
        ),
        Text(
            "Copy the values into {section} by hand; a newer version of this tool may handle this Cursor.",
            section=CURSOR_AZURE_SECTION,
        ),
        f"unexpected shape: {where}",
    )


def busy(detail: str) -> Problem:
    return Problem(
        ProblemCode.CURSOR_BUSY,
        Text(
            "Another program is using Cursor's settings right now (often Cursor still closing), "
            "so nothing was changed."
        ),
        Text("Wait a few seconds, make sure Cursor is closed, and try again."),
        detail,
    )


def changed_meanwhile() -> Problem:
    return Problem(
        ProblemCode.CURSOR_BUSY,
        Text("Cursor's settings changed while this tool was preparing the change, so nothing was changed."),
        Text("Make sure Cursor is closed, then try again."),
        "the settings row differs from the one read before the transaction",
    )


def write_failed(message: str, detail: str, fix: str = "") -> Problem:
    return Problem(
        ProblemCode.CURSOR_WRITE_FAILED,
        message,
        fix
        or Text(
            "Nothing else was changed. Copy the values into {section} by hand.", section=CURSOR_AZURE_SECTION
        ),
        detail,
    )


def no_backup(detail: str = "") -> Problem:
    return Problem(
        ProblemCode.CURSOR_NO_BACKUP,
        Text("There is no backup of Cursor's settings to bring back."),
        Text("A backup is made each time this tool changes Cursor's settings; nothing has been changed yet."),
        detail,
    )


def not_verified(problem: Problem) -> Problem:
    """Cursor's Verify request did not pass with the values to apply: nothing is written."""
    return Problem(
        problem.code,
        Text(
            "Cursor's Verify request did not pass with these values, so nothing was changed: {why}",
            why=problem.message,
        ),
        problem.fix,
        f"verify before apply: {problem.detail}",
        problem.http_status,
    )


def bad_value(field: str, message: str) -> Problem:
    return Problem(
        ProblemCode.INVALID_INPUT,
        message,
        Text("Fix the value here and check it again before applying it to Cursor."),
        f"refused to write {field}",
    )
