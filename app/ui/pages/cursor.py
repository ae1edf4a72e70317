"""Step 4: set up Cursor. What Cursor has now (a row per finding), one Apply to Cursor (refused, with
the reason, while Cursor runs; the page notices by itself when it quits), then the one thing left
in Cursor: paste the key and press Verify there, with the key's Copy button and a button that
opens Cursor. Without Cursor (or with settings this tool cannot read): the values to copy by hand.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QRectF, Qt, Signal
from PySide6.QtGui import QPainter, QPen
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.core.flow import CursorPhase, CursorRecord
from app.ui import texts, theme
from app.ui.cursor_work import CursorRead, CursorTarget, CursorWork
from app.ui.keycopy import KeyCopy
from app.ui.pages.base import Page
from app.ui.rows import RowList
from app.ui.widgets import CopyButton, LinkButton, muted_label, small
from app.ui.workers import JobRunner

if TYPE_CHECKING:
    from app.core.cursor import ApplyResult, CursorStatus, Finding, RestoreResult
    from app.ui.clipboard import ClipboardGuard

_APPLY_FIXES = "apply"
_IN_CURSOR = ("api_key", "azure_switch")


class Card(QFrame):
    """A framed box of the page (the one thing left in Cursor, the values to copy by hand)."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel(title, self)
        theme.set_point_size(self.title, 1.0, bold=True)
        self.lay = QVBoxLayout(self)
        m = round(self.fontMetrics().height() * 0.7)
        self.lay.setContentsMargins(m, m, m, m)
        self.lay.setSpacing(round(m * 0.8))
        self.lay.addWidget(self.title)

    def paintEvent(self, _event: object) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.setPen(QPen(theme.border(self.palette()), 1))
        p.drawRoundedRect(QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5), 6, 6)


def mask_key(key: str) -> str:
    """Dots and the last four characters, so people can tell two keys apart."""
    if not key:
        return ""
    return "•" * 12 + (key[-4:] if len(key) >= 12 else "")


class CursorPage(Page):
    record_changed = Signal(object)  # CursorRecord
    busy_changed = Signal(bool)

    def __init__(
        self,
        runner: JobRunner,
        clipboard: Callable[[], ClipboardGuard],
        key: Callable[[], str],
        allow_loopback: bool = False,
        demo_folder: Path | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            4,
            QCoreApplication.translate(
                "CursorPage",
                "Puts the checked values into Cursor's settings. Your key is never written there: "
                "you paste it once, in Cursor.",
            ),
            parent,
        )
        self._clipboard = clipboard  # the window's guard, made when first used
        self._key = key
        self.work = CursorWork(runner, allow_loopback, demo_folder, self)
        self.target: CursorTarget | None = None
        self.read: CursorRead | None = None
        self.record: CursorRecord | None = None
        self.last_apply: ApplyResult | None = None
        self._restored_note = ""  # what the last Undo did, until the look after it is shown
        self._findings: tuple[Finding, ...] = ()
        col = self.column

        self.where = small(muted_label("", col))
        self.where.setAccessibleName(QCoreApplication.translate("CursorPage", "Cursor on this computer"))
        self.lay.insertWidget(self.lay.indexOf(self.banner), self.where)

        # The one thing left in Cursor.
        self.next_box = Card(QCoreApplication.translate("CursorPage", "Now, in Cursor"), col)
        self.key_copy = KeyCopy(clipboard, key, self.next_box)
        self.open_button = QPushButton(
            QCoreApplication.translate("CursorPage", "&Open Cursor"), self.next_box
        )
        self.open_button.setAccessibleName(QCoreApplication.translate("CursorPage", "Open Cursor"))
        self.open_button.clicked.connect(self._open_cursor)
        self.open_feedback = muted_label("", self.next_box)
        self.key_copy.add_beside(self.open_button)
        self.key_copy.add_beside(self.open_feedback, 1)
        self.in_cursor = QLabel(self.next_box)
        self.in_cursor.setWordWrap(True)
        # What to do there, then the two buttons for it (and what the clipboard does meanwhile).
        self.next_box.lay.addWidget(self.in_cursor)
        self.next_box.lay.addWidget(self.key_copy)
        self.next_box.hide()

        # By hand: Cursor not here, or its settings unreadable.
        self.manual_box = Card(
            QCoreApplication.translate("CursorPage", "Copy the values into Cursor by hand"), col
        )
        grid = QGridLayout()
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(6)
        grid.setColumnStretch(1, 1)
        self.fields: dict[str, QLineEdit] = {}
        self.copy_buttons: dict[str, CopyButton] = {}
        for i, (name, title) in enumerate(
            (
                ("base_url", QCoreApplication.translate("CursorPage", "Base URL")),
                ("deployment", QCoreApplication.translate("CursorPage", "Deployment Name")),
                ("alias", QCoreApplication.translate("CursorPage", "Model alias")),
            )
        ):
            label = QLabel(title, self.manual_box)
            field = QLineEdit(self.manual_box)
            field.setReadOnly(True)
            field.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
            field.setAccessibleName(
                QCoreApplication.translate("CursorPage", "%1 for Cursor").replace("%1", title)
            )
            button = CopyButton(
                QCoreApplication.translate("CursorPage", "Copy %1").replace("%1", title), self.manual_box
            )
            button.clicked.connect(lambda _c=False, n=name: self._copy_value(n))
            grid.addWidget(label, i, 0)
            grid.addWidget(field, i, 1)
            grid.addWidget(button, i, 2)
            self.fields[name] = field
            self.copy_buttons[name] = button
        self.manual_key = KeyCopy(clipboard, key, self.manual_box)
        self.steps = QLabel(self.manual_box)
        self.steps.setWordWrap(True)
        self.steps.setTextFormat(Qt.TextFormat.PlainText)  # a rich-text list costs ~6 MiB of text engine
        self.steps.setAccessibleName(QCoreApplication.translate("CursorPage", "Steps in Cursor"))
        self.manual_box.lay.addLayout(grid)
        self.manual_box.lay.addWidget(self.manual_key)
        self.manual_box.lay.addWidget(self.steps)
        self.manual_box.hide()

        self.rows_title = QLabel(QCoreApplication.translate("CursorPage", "What Cursor has now"), col)
        theme.set_point_size(self.rows_title, 1.0, bold=True)
        self.rows_box = RowList(col)  # a row per finding, made as the first findings arrive
        self.rows = self.rows_box.rows
        self.rows_title.hide()
        self.rows_box.hide()
        self.look_again = LinkButton(QCoreApplication.translate("CursorPage", "Look again"), "", col)
        self.look_again.clicked.connect(self.refresh)
        self.undo = LinkButton(
            QCoreApplication.translate("CursorPage", "Undo the change to Cursor's settings"), "", col
        )
        self.undo.clicked.connect(self._restore)
        self.undo.hide()
        links = QHBoxLayout()
        links.addWidget(self.look_again)
        links.addWidget(self.undo)
        links.addStretch(1)

        self.lay.addWidget(self.next_box)
        self.lay.addWidget(self.manual_box)
        self.lay.addWidget(self.rows_title)
        self.lay.addWidget(self.rows_box)
        self.lay.addLayout(links)
        self.finish_layout()

        self.work.read_done.connect(self._on_read)
        self.work.applied.connect(self._on_applied)
        self.work.restored.connect(self._on_restored)
        self.work.failed.connect(self._on_failed)
        self.work.running_changed.connect(self._on_running_changed)
        self._fill_steps()

    # ---- what to compare with
    def set_target(self, target: CursorTarget | None) -> None:
        """The values the checks proved (None: not checked yet). A new target is read again."""
        changed = target != self.target
        self.target = target
        if target is None:
            self.work.watch(False)
            self.banner.show_verdict(
                "info",
                QCoreApplication.translate("CursorPage", "Check the values first (step 3)."),
                QCoreApplication.translate(
                    "CursorPage", "Cursor gets only values the checks proved, so a mistake never reaches it."
                ),
            )
            self.next_box.hide()
            self.manual_box.hide()
            return
        for name, value in zip(("base_url", "deployment", "alias"), target, strict=True):
            self.fields[name].setText(value)
        if changed or self.read is None:
            self.last_apply = None
            self.refresh()

    def refresh(self) -> None:
        """Read Cursor's settings again (off the UI thread)."""
        if self.target is None or self.work.busy():
            return
        self.where.setText(QCoreApplication.translate("CursorPage", "Looking for Cursor…"))
        self.banner.show_verdict(
            "info", QCoreApplication.translate("CursorPage", "Looking at Cursor's settings…")
        )
        self.busy_changed.emit(True)
        self.work.read(self.target)

    def watch(self, on: bool) -> None:
        """While the page is on screen: notice Cursor starting or quitting."""
        self.work.watch(on and self.target is not None)

    # ---- results
    def _on_read(self, read: CursorRead) -> None:
        self.read = read
        status = read.status
        self._show_where(status)
        # Nothing to compare when Cursor is not here or unreadable: the banner says so, once.
        self._show_findings(status.findings if status.install.found and status.problem is None else ())
        self.undo.setVisible(read.has_backup)
        record = self._record(status)
        self._publish(record)
        self._explain(record, status)
        if self._restored_note and status.problem is None:
            self.banner.show_verdict("info", self._restored_note)
        self._restored_note = ""

    def _record(self, status: CursorStatus, findings: tuple[Finding, ...] | None = None) -> CursorRecord:
        assert self.target is not None
        target = self.target
        findings = status.findings if findings is None else findings
        if not status.install.found:
            phase = CursorPhase.NOT_FOUND
        elif status.problem is not None:
            phase = CursorPhase.UNREADABLE
        elif any(f.fixed_by_apply and str(f.status) != "pass" for f in findings):
            phase = CursorPhase.DIFFERENT
        else:
            phase = CursorPhase.MATCHES
        finished = bool(findings) and all(str(f.status) == "pass" for f in findings if f.id in _IN_CURSOR)
        return CursorRecord(target, phase, self.work.running, finished)

    def _publish(self, record: CursorRecord) -> None:
        self.record = record
        self.busy_changed.emit(False)
        self.record_changed.emit(record)

    def _explain(self, record: CursorRecord, status: CursorStatus | None) -> None:
        """The banner and the boxes for what was found."""
        phase = record.phase
        self.manual_box.setVisible(
            phase in (CursorPhase.NOT_FOUND, CursorPhase.UNREADABLE, CursorPhase.APPLY_FAILED)
        )
        self.next_box.setVisible(phase is CursorPhase.MATCHES)
        if phase is CursorPhase.NOT_FOUND:
            self.banner.show_verdict(
                "info",
                QCoreApplication.translate(
                    "CursorPage", "Cursor isn't on this computer (or it wasn't found)."
                ),
                QCoreApplication.translate(
                    "CursorPage",
                    "Copy the checked values into Cursor by hand, below. Get Cursor from https://cursor.com",
                ),
            )
        elif phase is CursorPhase.UNREADABLE and status is not None and status.problem is not None:
            self.banner.show_verdict(
                "fail", texts.core_text(status.problem.message), texts.core_text(status.problem.fix)
            )
        elif phase is CursorPhase.DIFFERENT:
            self._explain_differences(record)
        elif phase is CursorPhase.MATCHES:
            self._explain_match(record)

    def _explain_differences(self, record: CursorRecord) -> None:
        count = sum(1 for f in self._findings if f.fixed_by_apply and str(f.status) != "pass")
        if record.running:
            self.banner.show_verdict(
                "warn",
                QCoreApplication.translate(
                    "CursorPage", "Cursor is running: quit it, then press Apply to Cursor."
                ),
                QCoreApplication.translate(
                    "CursorPage",
                    "Cursor writes its own settings back when it quits, so they can only be changed while "
                    "it is closed. This page notices by itself when Cursor quits.",
                ),
            )
        elif record.running is None:
            detail = self.work.install.running_detail if self.work.install is not None else ""
            self.banner.show_verdict(
                "warn",
                QCoreApplication.translate("CursorPage", "Couldn't tell whether Cursor is running."),
                QCoreApplication.translate("CursorPage", "Quit Cursor if it is open, then press Look again.")
                + (f" ({detail})" if detail else ""),
                (QCoreApplication.translate("CursorPage", "Look again"), self.refresh),
            )
        else:
            self.banner.show_verdict(
                "warn",
                QCoreApplication.translate(
                    "CursorPage", "Cursor's settings differ from the checked values in %1 places."
                ).replace("%1", str(count))
                if count != 1
                else QCoreApplication.translate(
                    "CursorPage", "Cursor's settings differ from the checked values in 1 place."
                ),
                QCoreApplication.translate(
                    "CursorPage",
                    "Press Apply to Cursor to put them in. A backup of Cursor's settings is made first, "
                    "and your key is not written.",
                ),
            )

    def _explain_match(self, record: CursorRecord) -> None:
        result = self.last_apply
        if result is not None and str(result.outcome) == "applied":
            changed = ", ".join(texts.core_text(c.label) for c in result.changes)
            title = QCoreApplication.translate("CursorPage", "Applied: Cursor has the checked values.")
            body = QCoreApplication.translate("CursorPage", "Changed: %1. A backup was saved first.").replace(
                "%1", changed
            )
        else:
            title = QCoreApplication.translate("CursorPage", "Cursor already has the checked values.")
            body = ""
        if record.finished:
            body = (
                body
                + " "
                + QCoreApplication.translate(
                    "CursorPage", "It has a key and the Azure switch is on: nothing is left to do."
                )
            ).strip()
        else:
            body = (
                body
                + " "
                + QCoreApplication.translate(
                    "CursorPage", "One thing is left, in Cursor: paste the key and press Verify."
                )
            ).strip()
        self.banner.show_verdict("pass", title, body)

    def _show_where(self, status: CursorStatus) -> None:
        install = status.install
        if not install.found:
            self.where.setText(QCoreApplication.translate("CursorPage", "Cursor: not found"))
            return
        version = install.version or QCoreApplication.translate("CursorPage", "version unknown")
        words = {
            True: QCoreApplication.translate("CursorPage", "running"),
            False: QCoreApplication.translate("CursorPage", "closed"),
            None: QCoreApplication.translate("CursorPage", "running or not: unknown"),
        }
        running = words[self.work.running]
        self.where.setText(
            QCoreApplication.translate("CursorPage", "Cursor %1 · %2")
            .replace("%1", version)
            .replace("%2", running)
        )

    def _show_findings(self, findings: tuple[Finding, ...]) -> None:
        self._findings = tuple(findings)
        self.rows_title.setVisible(bool(findings))
        self.rows_box.setVisible(bool(findings))
        for finding in findings:
            row = self.rows.get(finding.id) or self.rows_box.add(finding.id, texts.core_text(finding.title))
            state = str(finding.status)
            if state == "pass":
                summary = QCoreApplication.translate("CursorPage", "As it should be")
            elif finding.fixed_by_apply:
                summary = QCoreApplication.translate("CursorPage", "Apply fixes this")
            elif finding.id in _IN_CURSOR:
                # Not wrong: the one thing left, done in Cursor after Apply (a plain circle).
                state = "pending"
                summary = QCoreApplication.translate("CursorPage", "To do in Cursor")
            else:
                summary = texts.status_word(state)
            row.show_state(state, summary, texts.core_text(finding.message), texts.core_text(finding.fix))
            row.set_open(
                state in ("fail", "warn") and not finding.fixed_by_apply and finding.id not in _IN_CURSOR
            )

    # ---- Apply and Restore
    def apply(self) -> None:
        if self.target is None or self.work.busy() or self.work.install is None:
            return
        self.banner.show_verdict(
            "info",
            QCoreApplication.translate("CursorPage", "Applying…"),
            QCoreApplication.translate("CursorPage", "Making a backup, then changing Cursor's settings."),
        )
        self.busy_changed.emit(True)
        self.work.apply(self.target)

    def _on_applied(self, result: ApplyResult) -> None:
        self.last_apply = result
        outcome = str(result.outcome)
        if result.findings:
            self._show_findings(result.findings)
        if result.backup is not None:
            self.undo.show()
        code = str(result.problem.code) if result.problem is not None else ""
        if outcome in ("applied", "unchanged") and self.read is not None:
            record = self._record(self.read.status, result.findings or None)
            self._publish(record)
            self._explain(record, None)
            return
        if code == "cursor_running":
            self.work.running = result.cursor_running
            assert self.read is not None
            record = self._record(self.read.status, self._findings)
            self._publish(record)
            self._explain(record, None)
            return
        assert self.target is not None
        record = CursorRecord(
            self.target,
            CursorPhase.APPLY_FAILED,
            self.work.running,
        )
        self._publish(record)
        self._explain(record, None)
        fix = texts.core_text(result.problem.fix) if result.problem is not None else ""
        self.banner.show_verdict("fail", texts.core_text(result.message), fix)

    def _restore(self) -> None:
        if self.work.busy():
            return
        self.banner.show_verdict(
            "info", QCoreApplication.translate("CursorPage", "Bringing Cursor's settings back…")
        )
        self.busy_changed.emit(True)
        self.work.restore()

    def _on_restored(self, result: RestoreResult) -> None:
        self.busy_changed.emit(False)
        self.last_apply = None
        if not result.ok and result.problem is not None:
            self.banner.show_verdict(
                "fail", texts.core_text(result.problem.message), texts.core_text(result.problem.fix)
            )
            return
        # The look that follows fills the rows; the verdict stays what was just done.
        self._restored_note = texts.core_text(result.message)
        self.banner.show_verdict("info", self._restored_note)
        self.refresh()

    def _on_failed(self, exc: BaseException) -> None:
        from app.core.errors import AppError

        self.busy_changed.emit(False)
        if isinstance(exc, AppError):
            title, body = texts.core_text(exc.problem.message), texts.core_text(exc.problem.fix)
        else:
            title, body = (
                QCoreApplication.translate("CursorPage", "Cursor's settings could not be looked at."),
                QCoreApplication.translate("CursorPage", "Press Look again."),
            )
        self.banner.show_verdict("fail", title, body)

    def _on_running_changed(self, running: bool | None) -> None:
        if self.read is None or self.target is None:
            return
        if running is False:
            self.refresh()  # Cursor quit: look again by itself (it may have written its settings)
            return
        record = self._record(self.read.status, self._findings)
        self._publish(record)
        self._explain(record, None)
        self._show_where(self.read.status)

    # ---- the rest
    def _open_cursor(self) -> None:
        from app.ui.launch import open_cursor

        if open_cursor(self.work.install):
            self.open_feedback.setText(QCoreApplication.translate("CursorPage", "Cursor is starting."))
        else:
            self.open_feedback.setText(
                QCoreApplication.translate("CursorPage", "Couldn't start Cursor from here: open it yourself.")
            )

    def _copy_value(self, name: str) -> None:
        self._clipboard().copy_text(self.fields[name].text())
        self.copy_buttons[name].flash_copied()

    def _fill_steps(self) -> None:
        from app.core import export

        steps = [texts.core_text(s) for s in export.cursor_steps()]
        self.steps.setText("\n".join(f"{i}. {s}" for i, s in enumerate(steps, 1)))
        self.in_cursor.setText(
            QCoreApplication.translate(
                "CursorPage",
                "Open Cursor Settings (Ctrl+Shift+J, on a Mac Cmd+Shift+J) → Models → Azure OpenAI, "
                "paste the key into API Key and press Verify: that switches Azure on.",
            )
        )

    def first_focus(self) -> QWidget | None:
        return self.banner if self.banner.isVisible() else None
