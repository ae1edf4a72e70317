"""Run core calls off the UI thread and deliver their results by Qt signals.

A job is a plain function ``fn(progress, cancel)`` where ``progress(obj)`` sends an update to the
window and ``cancel`` is a ``threading.Event`` the function checks. Signals are emitted from the
worker thread and delivered (queued) on the UI thread, so slots may touch widgets.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

log = logging.getLogger(__name__)

JobFn = Callable[[Callable[[object], None], threading.Event], Any]


class JobSignals(QObject):
    progress = Signal(object)
    result = Signal(object)
    error = Signal(object)  # the exception instance
    finished = Signal()


class Job:
    """One background call on its own daemon thread.

    Daemon threads never hold up quitting: a keyring prompt or a request that ignores
    cancelling cannot keep the app alive after its window closed.
    """

    def __init__(self, fn: JobFn, name: str = "job") -> None:
        self.fn = fn
        self.name = name
        self.cancel_event = threading.Event()
        self.signals = JobSignals()
        self.done = threading.Event()

    def cancel(self) -> None:
        self.cancel_event.set()

    def on_result(self, callback: Callable[[Any], None]) -> None:
        self.signals.result.connect(callback)

    def on_progress(self, callback: Callable[[Any], None]) -> None:
        self.signals.progress.connect(callback)

    def on_error(self, callback: Callable[[BaseException], None]) -> None:
        self.signals.error.connect(callback)

    def _send_progress(self, value: object) -> None:
        self._emit(self.signals.progress, value)

    @property
    def cancelled(self) -> bool:
        return self.cancel_event.is_set()

    def run(self) -> None:
        try:
            value = self.fn(self._send_progress, self.cancel_event)
        except BaseException as exc:  # delivered to the window, shown in plain words there
            log.info("background task %s ended with %s", self.name, type(exc).__name__)
            self._emit(self.signals.error, exc)
        else:
            self._emit(self.signals.result, value)
        finally:
            self.done.set()
            self._emit(self.signals.finished)

    @staticmethod
    def _emit(signal: Any, *args: object) -> None:
        try:
            signal.emit(*args)
        except RuntimeError:  # the window went away while we ran; nothing to tell
            pass


class JobRunner(QObject):
    """Starts jobs on daemon threads and keeps them alive until they finish."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._jobs: set[Job] = set()

    def start(
        self,
        fn: JobFn,
        *,
        name: str = "job",
        on_result: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        on_progress: Callable[[Any], None] | None = None,
        on_finished: Callable[[], None] | None = None,
    ) -> Job:
        job = Job(fn, name)
        if on_progress:
            job.on_progress(on_progress)
        if on_result:
            job.on_result(on_result)
        if on_error:
            job.on_error(on_error)
        if on_finished:
            job.signals.finished.connect(on_finished)
        # Drop our reference one turn of the event loop later, never inside the signal itself.
        job.signals.finished.connect(lambda j=job: QTimer.singleShot(0, lambda: self._jobs.discard(j)))
        self._jobs.add(job)
        threading.Thread(target=job.run, name=f"ui-{name}", daemon=True).start()
        return job

    def active(self) -> list[Job]:
        return [j for j in self._jobs if not j.done.is_set()]

    def shutdown(self, wait_ms: int = 3000) -> bool:
        """Cancel everything and wait a little; True when all jobs ended."""
        jobs = list(self._jobs)
        for job in jobs:
            job.cancel()
        deadline = time.monotonic() + wait_ms / 1000
        for job in jobs:
            if not job.done.wait(max(0.0, deadline - time.monotonic())):
                log.info("background task %s still running at shutdown", job.name)
                return False
        return True
