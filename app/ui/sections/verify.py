"""Step 3: run the checks. One row per check: spinner, then an icon, time taken, message and fix."""

from __future__ import annotations

import threading
import time
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.core.errors import AppError
from app.core.model import CHECK_IDS, CheckResult, Report, Settings, Status
from app.ui import texts, theme
from app.ui.widgets import Notice, StatusIcon, StepHeader, escape, linkify, muted_label
from app.ui.workers import Job, JobRunner, Progress, Task


class CheckRow:
    """The widgets of one check, laid out on a shared grid so columns line up."""

    def __init__(self, check_id: str, grid: QGridLayout, row: int, parent: QWidget) -> None:
        self.id = check_id
        self.started_at: float | None = None
        self.icon = StatusIcon("pending", parent)
        self.title = QLabel(texts.check_title(check_id), parent)
        theme.set_point_size(self.title, 1.0, bold=True)
        self.elapsed = muted_label("", parent)
        self.elapsed.setWordWrap(False)
        self.elapsed.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.message = QLabel(parent)
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.fix = QLabel(parent)
        self.fix.setWordWrap(True)
        self.fix.setTextFormat(Qt.TextFormat.RichText)
        self.fix.setOpenExternalLinks(True)  # a fix may name a page: "Top up on https://..."
        self.fix.hide()
        self.message.hide()
        base = row * 3
        grid.addWidget(self.icon, base, 0, Qt.AlignmentFlag.AlignVCenter)
        grid.addWidget(self.title, base, 1)
        grid.addWidget(self.elapsed, base, 2)
        grid.addWidget(self.message, base + 1, 1, 1, 2)
        grid.addWidget(self.fix, base + 2, 1, 1, 2)
        self.set_pending()

    def status(self) -> str:
        return self.icon.state()

    def set_pending(self) -> None:
        self.started_at = None
        self.icon.set_state("pending")
        self.elapsed.setText("")
        self.message.hide()
        self.fix.hide()
        self._describe()

    def set_running(self) -> None:
        self.started_at = time.monotonic()
        self.icon.set_state("running")
        self.message.setText(texts.status_word("running"))
        self.message.show()
        self.fix.hide()
        self._describe()

    def tick(self) -> None:
        if self.started_at is not None and self.icon.state() == "running":
            self.elapsed.setText(texts.elapsed_text((time.monotonic() - self.started_at) * 1000))

    def set_result(self, result: CheckResult) -> None:
        status = str(result.status)
        self.started_at = None
        self.icon.set_state(status)
        self.elapsed.setText(texts.elapsed_text(result.duration_ms) if status != "skipped" else "")
        self.message.setText(texts.core_text(result.message))
        self.message.setVisible(bool(result.message))
        if result.fix and status in ("fail", "warn"):
            label = QCoreApplication.translate("Texts", "What to do:")
            color = theme.status_color(status).name()
            fix = linkify(escape(texts.core_text(result.fix)))
            self.fix.setText(f'<span style="color:{color}; font-weight:600">{label}</span> {fix}')
            # A tab stop only when there is a link to follow; otherwise just selectable words.
            has_link = "<a " in fix
            self.fix.setTextInteractionFlags(
                Qt.TextInteractionFlag.TextBrowserInteraction
                if has_link
                else Qt.TextInteractionFlag.TextSelectableByMouse
            )
            self.fix.setFocusPolicy(Qt.FocusPolicy.StrongFocus if has_link else Qt.FocusPolicy.NoFocus)
            self.fix.show()
        else:
            self.fix.hide()
        self._describe(result)

    def fix_text(self) -> str:
        """The fix as shown (empty when this row has none)."""
        return self.fix.text() if not self.fix.isHidden() else ""

    def _describe(self, result: CheckResult | None = None) -> None:
        words = [texts.check_title(self.id), texts.status_word(self.icon.state())]
        if result is not None:
            words += [texts.core_text(result.message), texts.core_text(result.fix)]
        self.icon.setAccessibleName(texts.check_title(self.id))
        self.icon.setAccessibleDescription(". ".join(w for w in words if w))


class VerifySection(QWidget):
    """Runs core's checks on a worker; any number of runs, the latest one wins."""

    verify_requested = Signal()
    report_requested = Signal()
    finished = Signal(object)  # Report, or None when the run failed to start or was cancelled
    running_changed = Signal(bool)

    def __init__(self, runner: JobRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.report: Report | None = None
        self.settings_public: dict[str, str] | None = None
        self._job: Job | None = None
        self._run = 0
        self._run_started = 0.0

        self.header = StepHeader(3, self.tr("Check that it works"), self)
        intro = muted_label(
            self.tr(
                "Sends the same test Cursor sends, then a short chat. Takes a few seconds. "
                "You can keep editing while it runs."
            ),
            self,
        )
        self.verify_button = QPushButton(self.tr("&Verify"), self)
        self.verify_button.setAccessibleName(self.tr("Verify"))
        self.verify_button.setDefault(True)
        self.verify_button.setAutoDefault(True)
        self.verify_button.setToolTip(self.tr("Run the checks (Enter)"))
        theme.set_point_size(self.verify_button, 1.05, bold=True)
        self.verify_button.setMinimumWidth(
            self.verify_button.fontMetrics().horizontalAdvance("Verify again") + 48
        )
        self.verify_button.clicked.connect(self.verify_requested.emit)
        self.cancel_button = QPushButton(self.tr("&Cancel"), self)
        self.cancel_button.setAccessibleName(self.tr("Cancel the checks"))
        self.cancel_button.setEnabled(False)
        self.cancel_button.clicked.connect(self.cancel)
        self.report_button = QPushButton(self.tr("Save a report for IT…"), self)
        self.report_button.setAccessibleName(self.tr("Save diagnostic report"))
        self.report_button.setToolTip(
            self.tr(
                "A file for your IT team: versions, system, proxy settings and these results. Never the key."
            )
        )
        self.report_button.clicked.connect(self.report_requested.emit)
        self.report_button.hide()  # useful once something ran
        self.total_label = muted_label("", self)
        self.total_label.setWordWrap(False)
        self.summary = Notice(self)
        self.summary.setAccessibleName(self.tr("Result of the checks"))

        self.rows_box = QWidget(self)
        grid = QGridLayout(self.rows_box)
        grid.setContentsMargins(0, 4, 0, 0)
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(3)
        grid.setColumnStretch(1, 1)
        self.rows: dict[str, CheckRow] = {}
        for i, check_id in enumerate(CHECK_IDS):
            self.rows[check_id] = CheckRow(check_id, grid, i, self.rows_box)
            grid.setRowMinimumHeight(i * 3 + 2, 0)
        self.rows_box.hide()

        buttons = QHBoxLayout()
        buttons.addWidget(self.verify_button)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.total_label, 1)
        buttons.addWidget(self.report_button)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(8)
        lay.addWidget(self.header)
        lay.addWidget(intro)
        lay.addLayout(buttons)
        lay.addWidget(self.summary)
        lay.addWidget(self.rows_box)

        self._ticker = QTimer(self)
        self._ticker.setInterval(100)
        self._ticker.timeout.connect(self._tick)

    def is_running(self) -> bool:
        return self._job is not None

    def show_input_error(self, message: str) -> None:
        self.summary.show_message("fail", message)

    def start(self, settings: Settings) -> None:
        """Start a run; a run already going is cancelled and its late results ignored."""
        if self._job is not None:
            self._job.cancel()
        self._run += 1
        run = self._run
        self.report = None
        self.settings_public = settings.public()
        self._run_started = time.monotonic()
        for row in self.rows.values():
            row.set_pending()
        self.rows_box.show()
        self.summary.show_message("info", self.tr("Checking… this usually takes a few seconds."))
        self.total_label.setText("")
        self.cancel_button.setEnabled(True)
        self.verify_button.setText(self.tr("&Verify again"))

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
        self.cancel_button.setEnabled(False)
        self.summary.show_message("info", self.tr("Stopping…"))

    def _on_progress(self, run: int, msg: tuple[str, Any]) -> None:
        if run != self._run:
            return
        kind, value = msg
        if kind == "start" and value in self.rows:
            self.rows[value].set_running()
        elif kind == "result" and getattr(value, "id", None) in self.rows:
            self.rows[value.id].set_result(value)

    def _tick(self) -> None:
        for row in self.rows.values():
            row.tick()
        if self._job is not None:
            self.total_label.setText(texts.elapsed_text((time.monotonic() - self._run_started) * 1000))

    def _end_run(self) -> None:
        self.report_button.show()
        self._job = None
        self._ticker.stop()
        self.cancel_button.setEnabled(False)
        self.running_changed.emit(False)

    def _on_report(self, run: int, report: Report) -> None:
        if run != self._run:
            return
        cancelled = self._job is not None and self._job.cancelled
        self._end_run()
        for result in report.checks:
            if result.id in self.rows:
                self.rows[result.id].set_result(result)
        self.total_label.setText(self.tr("Took %1").replace("%1", texts.elapsed_text(report.duration_ms)))
        if cancelled:
            self.summary.show_message("warn", self.tr("Stopped. Press Verify to run the checks again."))
            self.finished.emit(None)
            return
        self.report = report
        failed = [c for c in report.checks if c.status == Status.FAIL]
        warned = [c for c in report.checks if c.status == Status.WARN]
        to_step4 = ("#step4", self.tr("Go to step 4"))
        if failed:
            first = failed[0]
            text = self.tr("Not working yet: %1").replace("%1", texts.core_text(first.message))
            if first.fix:
                text += "\n" + self.tr("What to do: %1").replace("%1", texts.core_text(first.fix))
            self.summary.show_message("fail", text, link=self._where_to_fix(first.problem))
        elif warned:
            self.summary.show_message(
                "warn",
                self.tr("It works, with a warning below. Next: copy the values into Cursor (step 4)."),
                link=to_step4,
            )
        else:
            self.summary.show_message(
                "pass",
                self.tr("Everything works. Next: copy the values into Cursor (step 4)."),
                link=to_step4,
            )
        self.finished.emit(report)

    def _where_to_fix(self, problem: object) -> tuple[str, str] | None:
        """A link to the field the fix is about, so nobody has to hunt for it."""
        code = str(problem or "")
        if code in ("invalid_key", "no_credits"):
            return "#step1", self.tr("Go to the key (step 1)")
        if code in ("deployment_not_found", "unsupported_parameter", "no_tool_call"):
            return "#step2", self.tr("Choose another model (step 2)")
        if code in ("unreachable", "tls_error", "proxy_error", "timeout", "bad_response"):
            return "#advanced", self.tr("Check the address (Advanced, step 2)")
        return None

    def _on_error(self, run: int, exc: BaseException) -> None:
        if run != self._run:
            return
        self._end_run()
        if isinstance(exc, AppError):
            text = texts.core_text(exc.problem.message) + "\n" + texts.core_text(exc.problem.fix)
        else:
            text = self.tr(
                "The checks could not run. Try again; if it keeps happening, save a report for IT."
            )
        for row in self.rows.values():
            if row.status() in ("running", "pending"):
                row.set_pending()
        self.summary.show_message("fail", text)
        self.finished.emit(None)
