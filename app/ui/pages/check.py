"""Step 3: check that it works. Core's checks run on a worker; the verdict lands in the banner at the
top (one sentence, the one fix, a button that does it), one compact row per check below it.

Each failure is said once: the banner says the first one; rows failing for the same cause say
"See above"; a row failing for a cause of its own opens its details.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QWidget

from app.ui import texts
from app.ui.pages.base import Page
from app.ui.rows import RowList
from app.ui.widgets import LinkButton, muted_label
from app.ui.workers import Job, JobRunner, Progress, Task

if TYPE_CHECKING:
    from app.core.flow import FlowState, FlowView
    from app.core.model import CheckResult, Report, Settings

# What a banner's button does, given by the window: fix id -> action.
FixHandler = Callable[[str], None]


class CheckPage(Page):
    """Runs core's checks; any number of runs, the latest one wins."""

    finished = Signal(object)  # Report, or None when the run could not finish or was stopped
    running_changed = Signal(bool)
    report_requested = Signal()

    def __init__(self, runner: JobRunner, on_fix: FixHandler, parent: QWidget | None = None) -> None:
        super().__init__(
            3,
            QCoreApplication.translate(
                "CheckPage",
                "Sends the request Cursor's Verify button sends, then a chat, a streamed answer and a "
                "tool call. Takes a few seconds; you can keep editing meanwhile.",
            ),
            parent,
        )
        from app.core.model import CHECK_IDS

        self.runner = runner
        self.on_fix = on_fix
        self.report: Report | None = None
        self._job: Job | None = None
        self._run = 0
        self._run_started = 0.0
        self._started_at: dict[str, float] = {}
        col = self.column
        self.rows_box = RowList(col)
        for check_id in CHECK_IDS:
            self.rows_box.add(check_id, texts.check_title(check_id))
        self.rows = self.rows_box.rows
        self.rows_box.hide()
        self.total_label = muted_label("", col, wrap=False)
        self.report_link = LinkButton(self.tr("Save a report for IT…"), "", col)
        self.report_link.setToolTip(
            self.tr(
                "A file for your IT team: versions, system, proxy settings and these results. Never the key."
            )
        )
        self.report_link.clicked.connect(self.report_requested.emit)
        self.report_link.hide()
        below = QHBoxLayout()
        below.addWidget(self.total_label)
        below.addStretch(1)
        below.addWidget(self.report_link)
        self.lay.addWidget(self.rows_box)
        self.lay.addLayout(below)
        self.finish_layout()
        self._ticker = QTimer(self)
        self._ticker.setInterval(200)
        self._ticker.timeout.connect(self._tick)
        self._verdict: tuple[Any, ...] | None = None  # the banner of the last run, while outdated
        self._outdated = False

    def show_flow(self, view: FlowView, state: FlowState) -> None:
        """Outdated results say so at once, and say their verdict again when the values come back."""
        outdated = str(view.state(3)) == "stale" and self.report is not None
        if outdated == self._outdated:
            return
        self._outdated = outdated
        if outdated:
            self._verdict = self.banner.snapshot()
            self.banner.show_verdict(
                "info",
                self.tr("The values changed since this check."),
                self.tr(
                    "Press Check again to check them. The results below are for the values before the change."
                ),
            )
        elif self._verdict is not None:
            self.banner.restore(self._verdict)

    def is_running(self) -> bool:
        return self._job is not None

    # ---- before a run
    def show_input_problem(self, message: str, fix: str) -> None:
        """Check pressed with something missing or wrong: say what, with the button that fixes it."""
        self.banner.show_verdict(
            "fail",
            self.tr("The checks can't run yet."),
            message,
            (texts.fix_label(fix), lambda: self.on_fix(fix)),
        )

    # ---- a run
    def start(self, settings: Settings) -> None:
        """Start a run; a run already going is cancelled and its late results ignored."""
        if self._job is not None:
            self._job.cancel()
        self._run += 1
        run = self._run
        self.report = None
        self._outdated = False
        self._run_started = time.monotonic()
        self._started_at = {}
        for row in self.rows.values():
            row.show_state("pending", texts.status_word("pending"))
            row.set_open(False)
        self.rows_box.show()
        self.banner.show_verdict("info", self.tr("Checking…"), self.tr("This usually takes a few seconds."))
        self.total_label.setText("")

        def work(progress: Progress, cancel: threading.Event) -> Report:
            from app.core import checks  # heavy (network stack): only ever on a worker thread

            return checks.run_checks(
                settings,
                on_start=lambda cid: progress(("start", cid)),
                on_result=lambda result: progress(("result", result)),
                cancel=cancel,
            )

        self._job = self.runner.start(
            Task(
                work,
                name="checks",
                on_progress=lambda msg: self._on_progress(run, msg),
                on_result=lambda report: self._on_report(run, report),
                on_error=lambda exc: self._on_error(run, exc),
            )
        )
        self._ticker.start()
        self.running_changed.emit(True)

    def cancel(self) -> None:
        if self._job is None:
            return
        self._job.cancel()
        self.banner.show_verdict("info", self.tr("Stopping…"))

    def _on_progress(self, run: int, msg: tuple[str, Any]) -> None:
        if run != self._run:
            return
        kind, value = msg
        if kind == "start" and value in self.rows:
            self._started_at[value] = time.monotonic()
            self.rows[value].show_state("running", texts.status_word("running"))
        elif kind == "result" and getattr(value, "id", None) in self.rows:
            self._show_result(value, None)

    def _tick(self) -> None:
        now = time.monotonic()
        for check_id, started in self._started_at.items():
            row = self.rows[check_id]
            if row.state() == "running":
                row.summary.setText(texts.elapsed_text((now - started) * 1000))

    def _end_run(self) -> None:
        self.report_link.show()
        self._job = None
        self._ticker.stop()
        self.running_changed.emit(False)

    def _on_report(self, run: int, report: Report) -> None:
        if run != self._run:
            return
        stopped = self._job is not None and self._job.cancelled
        self._end_run()
        if stopped:
            for result in report.checks:
                self._show_result(result, None)
            self.banner.show_verdict(
                "info", self.tr("Stopped."), self.tr("Press Check again to run the checks.")
            )
            self.finished.emit(None)
            return
        self.report = report
        banner_check = self._show_verdict(report)
        cause = banner_check.problem if banner_check is not None else None
        for result in report.checks:
            self._show_result(result, cause, is_banner=result is banner_check)
        self.total_label.setText(self.tr("Took %1").replace("%1", texts.elapsed_text(report.duration_ms)))
        self.finished.emit(report)

    def _show_verdict(self, report: Report) -> CheckResult | None:
        """The banner; returns the check whose words it shows (None when all passed)."""
        from app.core.flow import fix_for

        failed = [c for c in report.checks if str(c.status) == "fail"]
        warned = [c for c in report.checks if str(c.status) == "warn"]
        if failed:
            first = failed[0]
            fix = fix_for(str(first.problem) if first.problem else None)
            self.banner.show_verdict(
                "fail",
                texts.core_text(first.message),
                texts.core_text(first.fix),
                (texts.fix_label(fix), lambda: self.on_fix(fix)),
            )
            return first
        if warned:
            first = warned[0]
            body = " ".join(t for t in (texts.core_text(first.message), texts.core_text(first.fix)) if t)
            self.banner.show_verdict("warn", self.tr("It works, with a note."), body)
            return first
        self.banner.show_verdict(
            "pass",
            self.tr("Everything works."),
            self.tr(
                "Cursor's Verify request, a chat, a streamed answer and tools all work. Next, set up Cursor."
            ),
        )
        return None

    def _show_result(self, result: CheckResult, cause: object, is_banner: bool = False) -> None:
        row = self.rows[result.id]
        status = str(result.status)
        took = texts.elapsed_text(result.duration_ms)
        message, fix = texts.core_text(result.message), texts.core_text(result.fix)
        if is_banner or (status in ("fail", "skipped") and cause is not None and result.problem == cause):
            # The banner says it: said once.
            row.show_state(status, self.tr("See above"))
        elif status == "skipped":
            row.show_state(status, texts.status_word("skipped"), message)
        elif status == "fail":
            row.show_state(status, took, message, fix)
            row.set_open(cause is not None)  # a failure of its own, beside the banner's: in view
        elif status == "warn":
            row.show_state(status, took, message, fix)
        else:
            row.show_state(status, took, message)

    def _on_error(self, run: int, exc: BaseException) -> None:
        from app.core.errors import AppError

        if run != self._run:
            return
        self._end_run()
        if isinstance(exc, AppError):
            title, body = texts.core_text(exc.problem.message), texts.core_text(exc.problem.fix)
        else:
            title = self.tr("The checks could not run.")
            body = self.tr("Try again; if it keeps happening, save a report for IT.")
        for row in self.rows.values():
            if row.state() in ("running", "pending"):
                row.show_state("pending", texts.status_word("pending"))
        self.banner.show_verdict("fail", title, body)
        self.finished.emit(None)

    def first_focus(self) -> QWidget | None:
        return self.banner if self.banner.isVisible() else None
