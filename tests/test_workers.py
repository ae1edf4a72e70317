"""Background jobs: every outcome reaches its handler, on the UI thread, and every job can be
cancelled. The handlers are given before the thread starts; there is no way to add one later."""

from __future__ import annotations

import threading
from collections import Counter

from PySide6.QtCore import QThread

from app.ui.workers import Job, JobRunner, Progress, Task

WAIT_MS = 60_000


def test_four_hundred_instant_jobs_each_reach_their_handler(qtbot) -> None:
    """200 jobs that fail at once and 200 that succeed at once: a job that ends before anyone
    could connect to it must still be heard."""
    runner = JobRunner()
    ui_thread = QThread.currentThread()
    results: list[int] = []
    errors: list[int] = []
    progress: Counter[int] = Counter()
    finished: list[str] = []
    wrong_thread: list[str] = []

    def note_thread(name: str) -> None:
        if QThread.currentThread() is not ui_thread:
            wrong_thread.append(name)

    def succeed(i: int):
        def run(send: Progress, _cancel: threading.Event) -> int:
            send(i)
            return i

        return run

    def fail(i: int):
        def run(_send: Progress, _cancel: threading.Event) -> int:
            raise ValueError(i)

        return run

    def on_error(exc: BaseException) -> None:
        note_thread("error")
        errors.append(exc.args[0])

    def on_result(value: int) -> None:
        note_thread("result")
        assert progress[value] == 1, "the progress sent before the result arrives before it"
        results.append(value)

    for i in range(200):
        runner.start(
            Task(
                succeed(i),
                name=f"ok-{i}",
                on_result=on_result,
                on_progress=lambda value: progress.update([value]),
                on_finished=lambda: finished.append("ok"),
            )
        )
        runner.start(
            Task(fail(i), name=f"fail-{i}", on_error=on_error, on_finished=lambda: finished.append("fail"))
        )
    qtbot.waitUntil(lambda: len(finished) == 400, timeout=WAIT_MS)
    assert sorted(results) == list(range(200))
    assert sorted(errors) == list(range(200))
    assert Counter(finished) == {"ok": 200, "fail": 200}
    assert wrong_thread == []
    qtbot.waitUntil(lambda: not runner.active(), timeout=WAIT_MS)


def test_a_started_job_takes_no_new_handlers(qtbot) -> None:
    job = JobRunner().start(Task(lambda _send, _cancel: None, name="nothing"))
    assert isinstance(job, Job)
    assert not any(hasattr(job, name) for name in ("on_result", "on_error", "on_progress", "on_finished"))
    qtbot.waitUntil(job.done.is_set, timeout=WAIT_MS)


def test_cancel_ends_a_job_that_waits_and_its_outcome_still_arrives(qtbot) -> None:
    runner = JobRunner()
    outcome: list[str] = []

    def wait_for_cancel(_send: Progress, cancel: threading.Event) -> str:
        if not cancel.wait(WAIT_MS / 1000):
            return "not cancelled"
        raise RuntimeError("cancelled")

    job = runner.start(
        Task(
            wait_for_cancel,
            name="waiting",
            on_result=outcome.append,
            on_error=lambda exc: outcome.append(str(exc)),
        )
    )
    assert not job.done.is_set()
    job.cancel()
    qtbot.waitUntil(lambda: outcome == ["cancelled"], timeout=WAIT_MS)
    assert job.cancelled and job.done.is_set()


def test_shutdown_cancels_every_job(qtbot) -> None:
    runner = JobRunner()
    for i in range(5):
        runner.start(Task(lambda _send, cancel: cancel.wait(60), name=f"waiting-{i}"))
    assert len(runner.active()) == 5
    assert runner.shutdown(wait_ms=10_000)
    assert runner.active() == []
