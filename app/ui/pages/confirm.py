"""Step 5: confirm in Cursor. "Send one message in Cursor, then press Check": the service's request
log says whether Cursor's own requests arrive and succeed (core's traffic check), shown like the
checks' verdict. In demo mode a button first sends a request the way Cursor's servers do, so the
whole flow can be seen. A chat right here is tucked below, for the curious.
"""

from __future__ import annotations

import importlib.util
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from app.core.flow import Fix, TrafficRecord, Values, Verdict, fix_for_traffic
from app.ui import texts
from app.ui.chat import ChatPanel
from app.ui.pages.base import Page
from app.ui.rows import RowList
from app.ui.widgets import Collapsible, muted_label
from app.ui.workers import Job, JobRunner, Progress, Task

if TYPE_CHECKING:
    from app.core.cursor import TrafficVerdict
    from app.core.model import Settings

FixHandler = Callable[[str], None]
TRAFFIC_MODULE = "app.core.cursor.check"  # core's traffic check: check_traffic(...)
DEMO_MODULE = "app.core.cursor.demo"  # send_demo_cursor_request(...)


def available(module: str) -> bool:
    """Whether this build's core has the module (the traffic check arrives with Cursor's side)."""
    return importlib.util.find_spec(module) is not None


class ConfirmPage(Page):
    finished = Signal(object)  # TrafficRecord, or None when the check could not run
    running_changed = Signal(bool)

    def __init__(
        self, runner: JobRunner, on_fix: FixHandler, demo: bool = False, parent: QWidget | None = None
    ) -> None:
        super().__init__(5, "", parent)
        self.runner = runner
        self.on_fix = on_fix
        self.demo = demo
        self.verdict: TrafficVerdict | None = None  # core's TrafficVerdict of the last check
        self._job: Job | None = None
        self._run = 0
        col = self.column
        self.set_alias("")

        self.demo_button = QPushButton(
            QCoreApplication.translate("ConfirmPage", "Send a test request as Cursor would"), col
        )
        self.demo_button.setAccessibleName(
            QCoreApplication.translate("ConfirmPage", "Send a test request as Cursor would")
        )
        self.demo_button.setToolTip(
            QCoreApplication.translate(
                "ConfirmPage", "Demo mode: the built-in test server records a request like Cursor's."
            )
        )
        self.demo_button.clicked.connect(self.send_demo_request)
        self.demo_note = muted_label("", col)
        demo_row = QHBoxLayout()
        demo_row.addWidget(self.demo_button)
        demo_row.addWidget(self.demo_note, 1)
        self.demo_button.setVisible(demo and available(DEMO_MODULE))
        self.causes_title = muted_label(
            QCoreApplication.translate("ConfirmPage", "What could have stopped Cursor's request:"), col
        )
        self.causes = RowList(col)
        self.causes_title.hide()
        self.causes.hide()
        self.chat_box = Collapsible(
            QCoreApplication.translate("ConfirmPage", "Try a chat here (optional)"), col
        )
        self.chat_box.button.setAccessibleName(QCoreApplication.translate("ConfirmPage", "Try a chat here"))
        self.chat = ChatPanel(runner, self.chat_box.body)
        from PySide6.QtWidgets import QVBoxLayout

        body = QVBoxLayout(self.chat_box.body)
        body.setContentsMargins(0, 0, 0, 0)
        body.addWidget(self.chat)
        self.lay.addLayout(demo_row)
        self.lay.addWidget(self.causes_title)
        self.lay.addWidget(self.causes)
        self.lay.addWidget(self.chat_box)
        self.finish_layout()
        if not available(TRAFFIC_MODULE):
            self.banner.show_verdict(
                "info",
                QCoreApplication.translate(
                    "ConfirmPage", "This build can't ask the service about Cursor's requests yet."
                ),
                QCoreApplication.translate(
                    "ConfirmPage", "Send a message in Cursor's chat: an answer means it is set up."
                ),
            )

    def set_alias(self, alias: str) -> None:
        name = alias or QCoreApplication.translate("ConfirmPage", "your custom model")
        self.intro.setText(
            QCoreApplication.translate(
                "ConfirmPage",
                "Send one message in Cursor's chat with %1 picked, then press Check. The service's log "
                "says whether Cursor's request arrived.",
            ).replace("%1", name)
        )

    def is_running(self) -> bool:
        return self._job is not None

    # ---- the traffic check
    def start(self, settings: Settings, values: Values) -> None:
        if not available(TRAFFIC_MODULE):
            return
        if self._job is not None:
            self._job.cancel()
        self._run += 1
        run = self._run
        self.banner.show_verdict(
            "info",
            QCoreApplication.translate("ConfirmPage", "Asking the service…"),
            QCoreApplication.translate("ConfirmPage", "Looking for Cursor's requests in the last hour."),
        )

        def work(_progress: Progress, cancel: threading.Event) -> TrafficVerdict:
            import importlib

            check = importlib.import_module(TRAFFIC_MODULE)
            verdict: TrafficVerdict = check.check_traffic(settings, cancel=cancel)
            return verdict

        self._job = self.runner.start(
            Task(
                work,
                name="traffic",
                on_result=lambda verdict: self._on_verdict(run, values, verdict),
                on_error=lambda exc: self._on_error(run, exc),
            )
        )
        self.running_changed.emit(True)

    def _end(self) -> None:
        self._job = None
        self.running_changed.emit(False)

    def _on_verdict(self, run: int, values: Values, verdict: TrafficVerdict) -> None:
        if run != self._run:
            return
        self._end()
        self.verdict = verdict
        record = record_of(verdict, values)
        self._show(verdict, record)
        self.finished.emit(record)

    def _show(self, verdict: TrafficVerdict, record: TrafficRecord) -> None:
        message, fix = texts.core_text(verdict.message), texts.core_text(verdict.fix)
        if record.verdict is Verdict.ARRIVED_OK:
            self.banner.show_verdict(
                "pass",
                message,
                QCoreApplication.translate("ConfirmPage", "Cursor is set up: it chats through AI/ML API."),
            )
        else:
            kind = "warn" if record.verdict is Verdict.UNKNOWN else "fail"
            action = fix_for_traffic(record.problem, record.settings_differ)
            button = (
                (texts.fix_label(action), lambda: self.on_fix(action)) if action is not Fix.NONE else None
            )
            self.banner.show_verdict(kind, message, fix, button)
        causes = list(verdict.causes)
        self.causes_title.setVisible(bool(causes))
        self.causes.setVisible(bool(causes))
        for cause in causes:
            row = self.causes.rows.get(cause.id) or self.causes.add(cause.id, "")
            state = {"likely": "fail", "possible": "unknown", "ruled_out": "pass"}.get(
                str(cause.state), "unknown"
            )
            row.title.setText(texts.core_text(cause.message))
            summary = {
                "fail": QCoreApplication.translate("ConfirmPage", "Likely"),
                "unknown": QCoreApplication.translate("ConfirmPage", "Possible"),
                "pass": QCoreApplication.translate("ConfirmPage", "Ruled out"),
            }[state]
            row.show_state(state, summary, "", texts.core_text(cause.fix))

    def _on_error(self, run: int, exc: BaseException) -> None:
        from app.core.errors import AppError

        if run != self._run:
            return
        self._end()
        if isinstance(exc, AppError):
            self.banner.show_verdict(
                "fail", texts.core_text(exc.problem.message), texts.core_text(exc.problem.fix)
            )
        else:
            self.banner.show_verdict(
                "fail",
                QCoreApplication.translate("ConfirmPage", "The service's log could not be read."),
                QCoreApplication.translate("ConfirmPage", "Press Check again."),
            )
        self.finished.emit(None)

    # ---- demo mode
    def send_demo_request(self) -> None:
        """Demo mode: record a request the way Cursor's servers send it, so Check finds one."""

    def first_focus(self) -> QWidget | None:
        return self.banner if self.banner.isVisible() else None


def record_of(verdict: TrafficVerdict, values: Values) -> TrafficRecord:
    """Core's traffic verdict -> the flow's record (its values, verdict, problem, likely cause)."""
    problem = str(verdict.problem.code) if verdict.problem is not None else None
    differ = any(c.id == "settings_differ" and str(c.state) == "likely" for c in verdict.causes)
    return TrafficRecord(values, Verdict(str(verdict.verdict)), problem, differ)
