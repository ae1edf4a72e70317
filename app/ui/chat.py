"""A short chat with the model, streamed word by word, with timings: the optional "try a chat
here" under step 5."""

from __future__ import annotations

import threading
import time
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.ui import texts
from app.ui.widgets import Notice, muted_label
from app.ui.workers import Job, JobRunner, Progress, Task

if TYPE_CHECKING:
    from app.core.model import Settings
    from app.core.service import StreamResult

EXAMPLE_PROMPT = "Give me a one-line Python function to merge two dicts."


class ChatPanel(QWidget):
    finished = Signal(bool)  # True when a reply arrived
    needs_settings = Signal()  # the window answers by calling start(settings)

    def __init__(self, runner: JobRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self._job: Job | None = None
        self._run = 0
        self._started = 0.0
        self._first_ms: float | None = None
        self.updates = 0  # how many pieces of text arrived in the last reply (tests read it)

        self.prompt_label = QLabel(self.tr("&Message"), self)
        self.prompt = QLineEdit(self.tr("Give me a one-line Python function to merge two dicts."), self)
        self.prompt.setAccessibleName(self.tr("Chat message"))
        self.prompt_label.setBuddy(self.prompt)
        self.send_button = QPushButton(self.tr("Se&nd"), self)
        self.send_button.setAccessibleName(self.tr("Send the message"))
        self.send_button.clicked.connect(self.needs_settings.emit)
        self.prompt.returnPressed.connect(self.needs_settings.emit)
        self.stop_button = QPushButton(self.tr("Sto&p"), self)
        self.stop_button.setAccessibleName(self.tr("Stop the answer"))
        self.stop_button.setEnabled(False)
        self.stop_button.clicked.connect(self.stop)
        self.reply = QPlainTextEdit(self)
        self.reply.setReadOnly(True)
        self.reply.setAccessibleName(self.tr("Answer"))
        self.reply.setPlaceholderText(self.tr("The answer appears here, word by word."))
        line = self.reply.fontMetrics().lineSpacing()
        self.reply.setMinimumHeight(line * 4 + 16)
        self.reply.setMaximumHeight(line * 8 + 16)
        self.timing = muted_label("", self)
        self.timing.setAccessibleName(self.tr("Answer timing"))
        self.notice = Notice(self)

        row = QHBoxLayout()
        row.addWidget(self.prompt, 1)
        row.addWidget(self.send_button)
        row.addWidget(self.stop_button)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(18, 0, 0, 0)
        lay.setSpacing(6)
        lay.addWidget(self.prompt_label)
        lay.addLayout(row)
        lay.addWidget(self.reply)
        lay.addWidget(self.timing)
        lay.addWidget(self.notice)

    def is_running(self) -> bool:
        return self._job is not None

    def show_input_error(self, message: str) -> None:
        self.notice.show_message("fail", message)

    def start(self, settings: Settings) -> None:
        prompt = self.prompt.text().strip() or EXAMPLE_PROMPT
        if self._job is not None:
            self._job.cancel()
        self._run += 1
        run = self._run
        self.updates = 0
        self._first_ms = None
        self.reply.clear()
        self.notice.clear()
        self.timing.setText(self.tr("Waiting for the first words…"))
        self.stop_button.setEnabled(True)
        self._started = time.monotonic()

        def work(progress: Progress, cancel: threading.Event) -> StreamResult:
            from app.core import service  # the network stack loads here, never on the paint path

            with service.AimlClient(
                settings.base_url, settings.api_key, settings.timeout_s, cancel=cancel
            ) as client:
                return client.stream_chat(settings.deployment, prompt, on_text=progress)

        self._job = self.runner.start(
            Task(
                work,
                name="chat",
                on_progress=lambda piece: self._on_text(run, piece),
                on_result=lambda result: self._on_done(run, result),
                on_error=lambda exc: self._on_error(run, exc),
            )
        )

    def stop(self) -> None:
        if self._job is not None:
            self._job.cancel()
            self.stop_button.setEnabled(False)

    def _on_text(self, run: int, piece: object) -> None:
        if run != self._run or not piece:
            return
        if self._first_ms is None:
            self._first_ms = (time.monotonic() - self._started) * 1000
            self.timing.setText(
                self.tr("First words after %1…").replace("%1", texts.elapsed_text(self._first_ms))
            )
        self.updates += 1
        cursor = self.reply.textCursor()
        cursor.movePosition(QTextCursor.MoveOperation.End)
        cursor.insertText(str(piece))
        self.reply.setTextCursor(cursor)
        self.reply.ensureCursorVisible()

    def _finish(self) -> None:
        self._job = None
        self.stop_button.setEnabled(False)

    def _on_done(self, run: int, result: StreamResult) -> None:
        if run != self._run:
            return
        self._finish()
        text = result.text
        if text and not self.reply.toPlainText():
            self.reply.setPlainText(text)  # nothing streamed piece by piece: show the whole answer
        ttft = result.ttft_ms if result.ttft_ms is not None else self._first_ms
        parts = []
        if ttft is not None:
            parts.append(self.tr("First words after %1").replace("%1", texts.elapsed_text(float(ttft))))
        if result.total_ms is not None:
            parts.append(self.tr("finished in %1").replace("%1", texts.elapsed_text(float(result.total_ms))))
        self.timing.setText(", ".join(parts) + "." if parts else "")
        self.finished.emit(bool(text or self.reply.toPlainText()))

    def _on_error(self, run: int, exc: BaseException) -> None:
        from app.core.errors import AppError, Cancelled

        if run != self._run:
            return
        self._finish()
        self.timing.setText("")
        if isinstance(exc, Cancelled):
            self.notice.show_message("info", self.tr("Stopped."))
            return
        if isinstance(exc, AppError):
            text = (
                texts.core_text(exc.problem.message)
                + "\n"
                + self.tr("What to do: %1").replace("%1", texts.core_text(exc.problem.fix))
            )
        else:
            text = self.tr("The chat didn't work. Press Check again in step 3 to find out why.")
        self.notice.show_message("fail", text)
        self.finished.emit(False)
