"""One error type for everything that can go wrong: an ``AppError`` carries a ``Problem``.

The window and the command line render ``exc.problem`` (code, plain message, fix, detail) and
nothing else, so a failure reads the same wherever it shows. Local kinds (bad input, the keyring,
settings, presets, Cursor's files) are subclasses a caller can match by type.
"""

from __future__ import annotations

from app.core.model import Problem


class AppError(Exception):
    """A failure with a ``problem`` saying what went wrong and what to do. ``str(exc)`` is the
    message only; it never holds the key."""

    def __init__(self, problem: Problem) -> None:
        super().__init__(problem.message)
        self.problem = problem
