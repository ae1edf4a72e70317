"""Step 5: confirm in Cursor. "Send one message in Cursor, then press Check": the service's request
log says whether Cursor's own requests arrive and succeed (core's traffic check), shown like the
checks' verdict. In demo mode a button first sends a request the way Cursor's servers do, so the
whole flow can be seen. A chat right here is tucked below, for the curious.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from app.core.flow import Fix, TrafficRecord, Values, Verdict, fix_for_traffic
from app.ui import texts
from app.ui.chat import ChatPanel
from app.ui.pages.base import Page
from app.ui.rows import RowList
from app.ui.widgets import Collapsible, muted_label
from app.ui.workers import Job, JobRunner, Progress, Task

if TYPE_CHECKING:
    from app.core.cursor import CursorInstall, TrafficVerdict
    from app.core.cursor.account import LogRow
    from app.core.model import Settings

FixHandler = Callable[[str], None]
CAUSE_STATES = {"likely": "fail", "possible": "unknown", "ruled_out": "pass"}


class ConfirmPage(Page):
    finished = Signal(object)  # TrafficRecord, or None when the check could not run
    running_changed = Signal(bool)
    demo_requested = Signal(bool)  # the window answers with send_demo_request(settings, ok)

    def __init__(
        self,
        runner: JobRunner,
        on_fix: FixHandler,
        cursor: Callable[[], CursorInstall | None],
        demo: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(5, "", parent)
        self.runner = runner
        self.on_fix = on_fix
        self._cursor = cursor
        self.demo = demo
        self.verdict: TrafficVerdict | None = None
        self._job: Job | None = None
        self._run = 0
        col = self.column
        self.set_alias("")

        words = QCoreApplication.translate("ConfirmPage", "Send a &test request as Cursor would")
        self.demo_button = QPushButton(words, col)
        self.demo_button.setAccessibleName(words.replace("&", ""))
        self.demo_button.setToolTip(
            QCoreApplication.translate(
                "ConfirmPage", "Demo mode: the built-in test server records a request the way Cursor's would."
            )
        )
        self.demo_button.clicked.connect(lambda: self.send_demo_request())
        self.demo_note = muted_label("", col)
        self.demo_row = QWidget(col)
        demo_row = QHBoxLayout(self.demo_row)
        demo_row.setContentsMargins(0, 0, 0, 0)
        demo_row.addWidget(self.demo_button)
        demo_row.addWidget(self.demo_note, 1)
        self.demo_row.setVisible(demo)
        # What the service says of the key (limit, scopes) and of the model's health, with the verdict.
        self.account = muted_label("", col)
        self.account.hide()
        self.causes_title = muted_label(
            QCoreApplication.translate("ConfirmPage", "What could have kept Cursor's request from arriving:"),
            col,
        )
        self.causes = RowList(col)
        self.causes_title.hide()
        self.causes.hide()
        self.chat_box = Collapsible(
            QCoreApplication.translate("ConfirmPage", "Try a chat here (optional)"), col
        )
        self.chat_box.button.setAccessibleName(QCoreApplication.translate("ConfirmPage", "Try a chat here"))
        self.chat = ChatPanel(runner, self.chat_box.body)
        body = QVBoxLayout(self.chat_box.body)
        body.setContentsMargins(0, 0, 0, 0)
        body.addWidget(self.chat)
        self.lay.addWidget(self.account)
        self.lay.addWidget(self.demo_row)
        self.lay.addWidget(self.causes_title)
        self.lay.addWidget(self.causes)
        self.lay.addWidget(self.chat_box)
        self.finish_layout()

    def set_alias(self, alias: str) -> None:
        name = alias or QCoreApplication.translate("ConfirmPage", "your custom model")
        self.intro.setText(
            QCoreApplication.translate(
                "ConfirmPage",
                "Send one message in Cursor's chat with %1 picked, then press Check. The service's "
                "log says whether Cursor's request arrived.",
            ).replace("%1", name)
        )

    def is_running(self) -> bool:
        return self._job is not None

    # ---- the traffic check
    def start(self, settings: Settings, values: Values) -> None:
        if self._job is not None:
            self._job.cancel()
        self._run += 1
        run = self._run
        install = self._cursor()
        self.banner.show_verdict(
            "info",
            QCoreApplication.translate("ConfirmPage", "Asking the service…"),
            QCoreApplication.translate("ConfirmPage", "Looking for Cursor's requests in the last hour."),
        )
        self.account.hide()  # the last check's account details, until this one answers

        def work(_progress: Progress, cancel: threading.Event) -> TrafficVerdict:
            from app.core.cursor import check_traffic  # the network stack loads on this thread

            return check_traffic(settings, None, install, cancel=cancel)

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
        self.demo_note.clear()  # "now press Check": done, the banner says what came of it
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
        account = [texts.core_text(text) for text in verdict.account_messages()]
        self.account.setText("\n".join(account))
        self.account.setVisible(bool(account))
        causes = list(verdict.causes) if record.verdict is Verdict.NONE_ARRIVED else []
        self.causes_title.setVisible(bool(causes))
        self.causes.setVisible(bool(causes))
        words = {
            "fail": QCoreApplication.translate("ConfirmPage", "Likely"),
            "unknown": QCoreApplication.translate("ConfirmPage", "Possible"),
            "pass": QCoreApplication.translate("ConfirmPage", "Ruled out"),
        }
        for cause in causes:
            row = self.causes.rows.get(cause.id) or self.causes.add(cause.id, "")
            state = CAUSE_STATES.get(str(cause.state), "unknown")
            row.title.setText(texts.core_text(cause.message))
            row.show_state(state, words[state], "", texts.core_text(cause.fix))

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
    def send_demo_request(self, settings: Settings | None = None, ok: bool = True) -> None:
        """Demo mode: the built-in test server records a request the way Cursor's servers send it,
        so Check finds one. ``settings``: where and for which model (the window's, when None)."""
        if settings is None:
            self.demo_requested.emit(ok)
            return
        self.demo_button.setEnabled(False)
        base_url, deployment = settings.base_url, settings.deployment

        def work(_progress: Progress, _cancel: threading.Event) -> LogRow:
            from app.core.cursor import send_demo_cursor_request

            return send_demo_cursor_request(base_url, deployment, ok)

        def done(_row: LogRow) -> None:
            self.demo_button.setEnabled(True)
            self.demo_note.setText(
                QCoreApplication.translate("ConfirmPage", "Sent, as Cursor would. Now press Check.")
            )

        def failed(exc: BaseException) -> None:
            from app.core.errors import AppError

            self.demo_button.setEnabled(True)
            text = texts.core_text(exc.problem.message) if isinstance(exc, AppError) else ""
            self.demo_note.setText(text or QCoreApplication.translate("ConfirmPage", "Not sent."))

        self.runner.start(Task(work, name="demo-cursor-request", on_result=done, on_error=failed))

    def first_focus(self) -> QWidget | None:
        return self.banner if self.banner.isVisible() else None


def record_of(verdict: TrafficVerdict, values: Values) -> TrafficRecord:
    """Core's traffic verdict -> the flow's record (its values, verdict, problem, likely cause)."""
    problem = str(verdict.problem.code) if verdict.problem is not None else None
    differ = any(c.id == "settings_differ" and str(c.state) == "likely" for c in verdict.causes)
    return TrafficRecord(values, Verdict(str(verdict.verdict)), problem, differ)
