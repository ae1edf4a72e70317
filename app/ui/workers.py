"""Background jobs for the window: run core calls off the UI thread, results back on the UI thread.

A job is described completely before it starts (the way Anki's ``QueryOp`` is): a ``Task`` says
what to run and what to do with each outcome, and ``JobRunner.start(task)`` wires every handler
before the thread exists, so no outcome can arrive before its handler. The returned ``Job`` can
only be cancelled; there is no way to add a handler later.

``Task.run(progress, cancel)`` is a plain function: ``progress(value)`` sends an update to the
window, ``cancel`` is a ``threading.Event`` it must honour (every core call that can take long
takes it). Handlers run on the UI thread, so they may touch widgets. Each job ends with exactly
one of ``on_result`` or ``on_error`` (even when cancelled: a cancelled core call raises
``Cancelled``), then ``on_finished``.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QObject, QTimer, Signal

log = logging.getLogger(__name__)

T = TypeVar("T")
Progress = Callable[[object], None]


@dataclass(frozen=True)
class Task(Generic[T]):
    """One background job, described before it starts."""

    run: Callable[[Progress, threading.Event], T]
    name: str = "job"
    on_result: Callable[[T], None] | None = None
    on_error: Callable[[BaseException], None] | None = None
    on_progress: Callable[[Any], None] | None = None
    on_finished: Callable[[], None] | None = None


class _Signals(QObject):
    progress = Signal(object)
    result = Signal(object)
    error = Signal(object)  # the exception instance
    finished = Signal()


class Job:
    """A started task: it can be cancelled and waited for, nothing else.

    Its thread is a daemon: a keyring prompt or a request still running cannot keep the app alive
    after its window closed."""

    def __init__(self, task: Task[Any], signals: _Signals) -> None:
        self.name = task.name
        self._task = task
        self._signals = signals
        self.cancel_event = threading.Event()
        self.done = threading.Event()

    def cancel(self) -> None:
        self.cancel_event.set()

    @property
    def cancelled(self) -> bool:
        return self.cancel_event.is_set()

    def _run(self) -> None:
        try:
            value = self._task.run(self._send_progress, self.cancel_event)
        except BaseException as exc:  # delivered to the window, shown in plain words there
            log.info("background task %s ended with %s", self.name, type(exc).__name__)
            self._emit(self._signals.error, exc)
        else:
            self._emit(self._signals.result, value)
        finally:
            self.done.set()
            self._emit(self._signals.finished)

    def _send_progress(self, value: object) -> None:
        self._emit(self._signals.progress, value)

    @staticmethod
    def _emit(signal: Any, *args: object) -> None:
        try:
            signal.emit(*args)
        except RuntimeError:  # the window went away while we ran; nothing to tell
            pass


class JobRunner(QObject):
    """Starts tasks on daemon threads and keeps them alive until they finish."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._jobs: set[Job] = set()

    def start(self, task: Task[Any]) -> Job:
        """Wire the task's handlers, then start its thread (in that order, always)."""
        signals = _Signals()
        job = Job(task, signals)
        for signal, handler in (
            (signals.progress, task.on_progress),
            (signals.result, task.on_result),
            (signals.error, task.on_error),
            (signals.finished, task.on_finished),
        ):
            if handler is not None:
                signal.connect(handler)
        # Let go of the job one turn of the event loop later, never inside its own signal (and not
        # at all once the runner is gone: the timer is bound to it).
        signals.finished.connect(lambda: QTimer.singleShot(0, self, lambda: self._jobs.discard(job)))
        self._jobs.add(job)
        threading.Thread(target=job._run, name=f"ui-{task.name}", daemon=True).start()
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
