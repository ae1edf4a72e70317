"""One error type for everything that can go wrong: an ``AppError`` carries a ``Problem``.

The window and the command line render ``exc.problem`` (code, plain message, fix, detail) and
nothing else, so a failure reads the same wherever it shows. The kinds below are subclasses a
caller matches by type (the command line maps them to its exit codes). Every problem is redacted
when the error is made, so no error can carry the key, whatever text went into it.
"""

from __future__ import annotations

import sys
from dataclasses import replace
from pathlib import Path

from app.core.model import Problem, ProblemCode
from app.core.redact import redact
from app.core.text import Text

KEY_ENV_VAR = "AIMLAPI_API_KEY"


class AppError(Exception):
    """A failure with a ``problem`` saying what went wrong and what to do. ``str(exc)`` is the
    message only."""

    def __init__(self, problem: Problem) -> None:
        problem = replace(
            problem, message=redact(problem.message), fix=redact(problem.fix), detail=redact(problem.detail)
        )
        super().__init__(problem.message)
        self.problem = problem

    def __str__(self) -> str:
        return self.problem.message

    @property
    def message(self) -> str:
        return self.problem.message

    @property
    def fix(self) -> str:
        return self.problem.fix

    @property
    def detail(self) -> str:
        return self.problem.detail


# --- bad input: the command line exits 2 --------------------------------------------------------


class InvalidInput(AppError, ValueError):
    """A value the user gave cannot be used. ``field`` names it ("api_key", "base_url", ...);
    the message says what to do."""

    def __init__(self, field: str, message: str, fix: str = "") -> None:
        super().__init__(Problem(ProblemCode.INVALID_INPUT, message, fix))
        self.field = field


class PresetError(AppError, ValueError):
    """An organisation preset that cannot be used, or a value against a field it locks. The
    message names the file (and the line and key when there is one) and says what to do.
    ``names_the_file``: the message already names the preset, so it is not put in front again."""

    def __init__(
        self,
        path: Path | str,
        message: str,
        *,
        line: int | None = None,
        key: str | None = None,
        names_the_file: bool = False,
    ) -> None:
        self.path = Path(path)
        self.line = line
        self.key = key
        if names_the_file:
            said = message
        elif line:
            said = Text("{path}, line {line}: {message}", path=str(self.path), line=line, message=message)
        else:
            said = Text("{path}: {message}", path=str(self.path), message=message)
        super().__init__(Problem(ProblemCode.INVALID_INPUT, said, ""))


# --- the user stopped it: the command line exits 130 ---------------------------------------------


def cancelled_problem() -> Problem:
    return Problem(
        ProblemCode.CANCELLED, Text("The check was cancelled."), Text("Run the checks again when ready.")
    )


class Cancelled(AppError):
    """The user cancelled; the work was abandoned."""

    def __init__(self, problem: Problem | None = None) -> None:
        super().__init__(problem or cancelled_problem())


# --- everything else: the command line exits 1 ---------------------------------------------------


class ServiceError(AppError):
    """A request to the service failed; ``problem`` says why (see ``diagnosis``)."""


class SettingsError(AppError):
    """The settings could not be saved."""

    def __init__(self, message: str, fix: str = "", code: ProblemCode = ProblemCode.SAVE_FAILED) -> None:
        super().__init__(Problem(code, message, fix))


class DiagnosticsError(AppError):
    """The diagnostic report could not be written; the message says where and why."""

    def __init__(self, message: str, fix: str = "") -> None:
        super().__init__(Problem(ProblemCode.SAVE_FAILED, message, fix or Text("Choose another folder.")))


class KeyStoreError(AppError):
    """The key could not be read, saved or forgotten. ``detail`` is redacted technical text for
    the log."""

    problem_code = ProblemCode.KEYRING_ERROR
    default_message: str = Text("The key could not be read from or saved to the keyring.")
    default_fix: str = Text(
        "Try again; if it keeps failing, set the {variable} environment variable instead.",
        variable=KEY_ENV_VAR,
    )

    def __init__(self, message: str = "", fix: str = "", detail: str = "") -> None:
        super().__init__(
            Problem(self.problem_code, message or self.default_message, fix or self._fix_default(), detail)
        )

    def _fix_default(self) -> str:
        return self.default_fix


class KeyringUnavailable(KeyStoreError):
    """No usable keyring on this computer."""

    problem_code = ProblemCode.KEYRING_UNAVAILABLE
    default_message = Text(
        "No keyring is available on this computer, so the key cannot be saved: it works for this session "
        "only."
    )

    def _fix_default(self) -> str:
        if sys.platform == "win32":
            return Text(
                "Make sure Windows Credential Manager is working (it is part of Windows), then try again."
            )
        if sys.platform == "darwin":
            return Text(
                "Make sure your login Keychain exists and is unlocked (Keychain Access app), then try again."
            )
        return Text(
            "Use a desktop session with a keyring (GNOME Keyring or KDE Wallet; on Debian or Ubuntu: "
            "sudo apt install gnome-keyring, then log out and in). On WSL or a server without one, set "
            "the {variable} environment variable each time instead.",
            variable=KEY_ENV_VAR,
        )


class KeyringLocked(KeyStoreError):
    """The keyring is locked, or access to it was refused."""

    problem_code = ProblemCode.KEYRING_LOCKED
    default_message = Text("The keyring is locked, or access to it was refused.")
    default_fix = Text(
        "Unlock your keyring (log in to your desktop session, or open your password manager and "
        "unlock it), allow access when asked, then try again."
    )


class KeyringTimeout(KeyStoreError):
    """The keyring did not answer in time (its daemon is stuck or stopped): nothing was read or
    saved, and the key is not taken from anywhere else."""

    problem_code = ProblemCode.KEYRING_TIMEOUT
    default_message = Text(
        "The keyring did not answer within about 3 seconds, so the key was neither read nor saved."
    )
    default_fix = Text(
        "The keyring service may be stuck: log out and back in (or restart the computer), then try "
        "again. Meanwhile you can set the {variable} environment variable for this session.",
        variable=KEY_ENV_VAR,
    )


class KeyringWriteError(KeyStoreError):
    """The keyring is there but would not store or delete the key."""

    default_message = Text("The keyring refused to store the key.")
    default_fix = Text(
        "Check that your keyring is unlocked and not full or read-only, then try again; until then "
        "the key works for this session only."
    )
