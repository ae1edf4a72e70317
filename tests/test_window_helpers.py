"""Shared helpers for the window tests (not a test module itself: no tests collected here)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import keyring
import keyring.backend
import pytest
from jaraco.classes.properties import classproperty
from PySide6.QtWidgets import QApplication, QWidget

WAIT_MS = 30_000  # generous: CI is a loaded 2-core machine


class MemoryKeyring(keyring.backend.KeyringBackend):
    """A keyring that keeps secrets in memory: a stand-in for the OS keyring, not for our code."""

    @classproperty
    def priority(cls) -> float:
        # Never viable, so keyring's own backend choice can never land on this stand-in.
        raise RuntimeError("a test stand-in, set explicitly by the memory_keyring fixture")

    def __init__(self) -> None:
        super().__init__()
        self.store: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.store.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.store[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if (service, username) not in self.store:
            from keyring.errors import PasswordDeleteError

            raise PasswordDeleteError("not found")
        del self.store[(service, username)]


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    try:
        yield backend
    finally:
        keyring.set_keyring(previous)


@pytest.fixture
def make_window(qtbot: Any, memory_keyring: MemoryKeyring) -> Iterator[Callable[..., Any]]:
    """Build and show the real window; background work is stopped at the end of the test."""
    from app.ui import accessibility
    from app.ui.main import create_window

    accessibility.install()  # as the app's own start-up does (app/ui/main.py), once per process
    made: list[Any] = []

    def make(*, wait_catalog: bool = True, **kwargs: Any) -> Any:
        kwargs.setdefault("clipboard_clear_s", 30)
        window = create_window(**kwargs)
        qtbot.addWidget(window)
        made.append(window)
        window.show()
        qtbot.waitExposed(window)
        qtbot.waitUntil(lambda: window.started, timeout=WAIT_MS)
        # The start-up's stages (pages 2 and 3 built just after the paint; 4 and 5 when first shown).
        qtbot.waitUntil(lambda: window.stages is not None and window.stages.done(), timeout=WAIT_MS)
        if wait_catalog:
            qtbot.waitUntil(lambda: window.model_page.catalog_source != "", timeout=WAIT_MS)
        return window

    yield make
    for window in made:
        window.shutdown(10_000)
    QApplication.clipboard().clear()


def wait_verified(qtbot: Any, window: Any) -> None:
    """Until the checks ended (passed, failed or stopped)."""
    qtbot.waitUntil(lambda: not window.check_page.is_running(), timeout=WAIT_MS)


def run_checks(qtbot: Any, window: Any) -> Any:
    """Press Check on step 3 (going there first) and wait for the report."""
    window.go_to_step(3)
    window.run_check()
    wait_verified(qtbot, window)
    return window.check_page.report


def states(window: Any) -> str:
    """The step list's one-word states, as letters: D done, T to do, A attention, R running, S stale."""
    letters = {"done": "D", "todo": "T", "attention": "A", "running": "R", "stale": "S"}
    return "".join(letters[window.steps.step_state(step)] for step in range(1, 6))


def by_accessible_name(window: QWidget, name: str) -> list[QWidget]:
    return [w for w in window.findChildren(QWidget) if w.accessibleName() == name]


def plain(rich_text: str) -> str:
    """What a rich-text label shows, as plain text."""
    from PySide6.QtGui import QTextDocument

    document = QTextDocument()
    document.setHtml(rich_text)
    return " ".join(document.toPlainText().split())
