"""Cursor's side, run off the UI thread: read what Cursor has, apply the checked values, restore the
backup, and watch whether Cursor runs (every 2 s while the page is on screen).

Every call goes to core (app/core/cursor); the results come back on the UI thread as signals.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QObject, QTimer, Signal

from app.ui.workers import Job, JobRunner, Progress, Task

if TYPE_CHECKING:
    from app.core.cursor import ApplyResult, CursorInstall, CursorStatus, RestoreResult

WATCH_MS = 2000
# What Cursor should have: (Base URL, Deployment Name, model alias), as the flow's Values.target.
# Core's Target is made from it on the worker thread: importing core's Cursor package (sqlite3,
# subprocess, the request log's parsers) waits until Cursor is first looked at, off this thread.
CursorTarget = tuple[str, str, str]
T = TypeVar("T")


# app.core.cursor.ENV_DATA (tests hold them equal): named here so that building the Cursor page
# does not import core's Cursor package on the UI thread (40 ms); its reads do, on a worker.
ENV_DATA = "CURSOR_AZURE_SETUP_CURSOR_DATA"


@dataclass(frozen=True)
class CursorRead:
    status: CursorStatus
    has_backup: bool


class CursorWork(QObject):
    read_done = Signal(object)  # CursorRead
    failed = Signal(object)  # an exception: the read, the apply or the restore could not run
    applied = Signal(object)  # ApplyResult
    restored = Signal(object)  # RestoreResult
    running_changed = Signal(object)  # True, False, or None (could not tell)

    def __init__(
        self,
        runner: JobRunner,
        allow_loopback: bool = False,
        demo_folder: Path | None = None,
        parent: QObject | None = None,
    ) -> None:
        """``demo_folder``: demo mode's stand-in Cursor lives there (made on first read) instead of
        the Cursor on this computer; ``allow_loopback``: the test server's address may be written."""
        super().__init__(parent)
        self.runner = runner
        self.allow_loopback = allow_loopback
        self.demo_folder = demo_folder
        self.install: CursorInstall | None = None
        self.running: bool | None = None
        self._job: Job | None = None
        self._watch_job: Job | None = None
        self._run = 0
        self._watch = QTimer(self)
        self._watch.setInterval(WATCH_MS)
        self._watch.timeout.connect(self._look)

    def busy(self) -> bool:
        return self._job is not None

    # ---- reading, applying, restoring
    def read(self, target: CursorTarget) -> None:
        demo_folder = self.demo_folder

        def work(_progress: Progress, _cancel: threading.Event) -> CursorRead:
            from app.core.cursor import Target, find_cursor, list_backups, make_demo_cursor, status_of

            install = make_demo_cursor(demo_folder) if demo_folder is not None else find_cursor()
            status = status_of(install, Target(*target))
            return CursorRead(status, bool(install.found and list_backups(install)))

        self._start(work, "cursor-read", self._on_read)

    def apply(self, target: CursorTarget) -> None:
        install = self.install
        if install is None:
            return
        allow = self.allow_loopback

        def work(_progress: Progress, _cancel: threading.Event) -> ApplyResult:
            from app.core.cursor import Target, apply_to_cursor

            return apply_to_cursor(install, Target(*target), allow_loopback=allow)

        self._start(work, "cursor-apply", self.applied.emit)

    def restore(self) -> None:
        install = self.install
        if install is None:
            return

        def work(_progress: Progress, _cancel: threading.Event) -> RestoreResult:
            from app.core.cursor import restore_backup

            return restore_backup(install)

        self._start(work, "cursor-restore", self.restored.emit)

    def _start(
        self, work: Callable[[Progress, threading.Event], T], name: str, on_result: Callable[[T], None]
    ) -> None:
        self._run += 1
        run = self._run

        def result(value: T) -> None:
            if run == self._run:
                self._job = None
                on_result(value)

        def error(exc: BaseException) -> None:
            if run == self._run:
                self._job = None
                self.failed.emit(exc)

        self._job = self.runner.start(Task(work, name=name, on_result=result, on_error=error))

    def _on_read(self, value: CursorRead) -> None:
        self.install = value.status.install
        self.running = value.status.install.running
        self.read_done.emit(value)

    # ---- watching whether Cursor runs
    def watch(self, on: bool) -> None:
        """Look every 2 s while ``on`` (the page is on screen)."""
        if on and not self._watch.isActive():
            self._watch.start()
        elif not on:
            self._watch.stop()

    def watching(self) -> bool:
        return self._watch.isActive()

    def _look(self) -> None:
        install = self.install
        if install is None or not install.found or self._job is not None or self._watch_job is not None:
            return

        def work(_progress: Progress, _cancel: threading.Event) -> bool | None:
            from app.core.cursor import running_now

            return running_now(install).running

        def seen(running: bool | None) -> None:
            self._watch_job = None
            if running != self.running:
                self.running = running
                self.running_changed.emit(running)

        def lost(_exc: BaseException) -> None:
            self._watch_job = None

        self._watch_job = self.runner.start(Task(work, name="cursor-running", on_result=seen, on_error=lost))
